"""Treaty examples: what each rule must produce (reference Thursday 2024-10-24)."""

from __future__ import annotations

from typing import Any

from eventkit.corpus import Corpus, Example

__all__ = ["CORPUS"]


def _treaties(doc: Any) -> list[Any]:
    return [e for e in doc.events if e.type == "treaty"]


def _t(**slots: Any) -> dict[str, Any]:
    return {"type": "treaty", **slots}


def _parties(*codes: str) -> list[dict[str, str]]:
    return [{"country": c} for c in codes]


_EXAMPLES = [
    # "X and Y signed": both subjects are parties; the weekday dates the signing
    Example(
        "Russia and China signed a defence pact on Wednesday.",
        [
            _t(
                parties=_parties("RUS", "CHN"),
                status="signed",
                date={"value": "2024-10-23"},
                modality="asserted",
                cameo="057",
            )
        ],
        exhaustive=True,
    ),
    # "between X and Y"
    Example(
        "The agreement reached between Armenia and Azerbaijan ends the dispute.",
        [_t(parties=_parties("ARM", "AZE"), status="signed")],
        exhaustive=True,
    ),
    # joining an alliance is a ratified accession
    Example(
        "Finland joined NATO in April 2023.",
        [
            _t(
                parties=[{"country": "FIN"}, {"name": "NATO"}],
                status="ratified",
                date={"value": "2023-04"},
            )
        ],
        exhaustive=True,
    ),
    # "the alliance" is the membership body named last; "western military" is no side
    Example(
        "NATO leaders met in Madrid on Monday. Spain joined the western military alliance in 1982.",
        [
            _t(
                parties=[{"country": "ESP"}, {"name": "NATO"}],
                status="ratified",
                date={"value": "1982"},
            )
        ],
        exhaustive=True,
    ),
    # the joiners are the states before the trigger, never the body they join
    Example(
        "Latvia, the Slovak Republic and Estonia, who were invited to join NATO in Prague, "
        "will officially join NATO on March 29.",
        [
            _t(
                parties=[
                    {"country": "LVA"},
                    {"country": "SVK"},
                    {"country": "EST"},
                    {"name": "NATO"},
                ],
                status="proposed",
                modality="hypothetical",
            ),
            _t(
                parties=[
                    {"country": "LVA"},
                    {"country": "SVK"},
                    {"country": "EST"},
                    {"name": "NATO"},
                ],
                status="ratified",
                date={"value": "2025-03-29"},
            ),
        ],
        exhaustive=True,
    ),
    # an accession's sides include the body acceded to
    Example(
        "The presidents of Latvia and Estonia signed papers of accession in Riga to become "
        "members of the North Atlantic Treaty Organization.",
        [_t(parties=[{"country": "LVA"}, {"country": "EST"}, {"name": "NATO"}], status="signed")],
        exhaustive=True,
    ),
    # the agents of a passive signing are the sides; a title naming a body stands for it
    Example(
        "UN officials said on Monday that the deal was signed by UN Secretary-General "
        "Ban Ki-moon and Iranian Foreign Minister Ali Akbari.",
        [_t(parties=[{"name": "United Nations"}, {"country": "IRN"}], status="signed")],
        exhaustive=True,
    ),
    # whoever reports an accession is no side of it
    Example(
        "Romania and Bulgaria can now take part in NATO planning because all NATO members "
        "have approved their joining the alliance, a German minister said.",
        [_t(parties=[{"country": "ROU"}, {"country": "BGR"}, {"name": "NATO"}], status="ratified")],
        exhaustive=True,
    ),
    # "the talks" later refers back to the talks it shares a side with
    Example(
        "Peace talks between Sudan and South Sudan opened in Juba on Monday. Kenya is "
        "mediating the talks, which Sudan hopes will end soon.",
        [_t(parties=_parties("SDN", "SSD"), status="negotiating")],
        exhaustive=True,
    ),
    # violating an accord refers to it; it is no new agreement
    Example(
        "Israel and Syria signed an accord on water on Monday. Israel accused Syria on "
        "Friday of violating the accord.",
        [_t(parties=_parties("ISR", "SYR"), status="signed", date={"value": "2024-10-21"})],
        exhaustive=True,
    ),
    # "the three countries" are the three named last
    Example(
        "NATO invited Poland, Hungary and the Czech Republic in 1997. The western military "
        "alliance invited the three central European countries to join the 16-nation bloc "
        "in July 1997.",
        [
            _t(
                parties=[
                    {"country": "POL"},
                    {"country": "HUN"},
                    {"country": "CZE"},
                    {"name": "NATO"},
                ],
                status="proposed",
                date={"value": "1997-07"},
            )
        ],
        exhaustive=True,
    ),
    # an accession with no joiner named is that of the joiners before it
    Example(
        "Poland, Hungary and the Czech Republic will join NATO in March. The official said "
        "that the accession was planned for early March.",
        [
            _t(
                parties=[
                    {"country": "POL"},
                    {"country": "HUN"},
                    {"country": "CZE"},
                    {"name": "NATO"},
                ],
                status="ratified",
            ),
            _t(
                parties=[
                    {"country": "POL"},
                    {"country": "HUN"},
                    {"country": "CZE"},
                    {"name": "NATO"},
                ],
                status="proposed",
            ),
        ],
        exhaustive=True,
    ),
    # "long-stalled talks" are suspended talks
    Example(
        "Syria wants to renew the long-stalled peace talks between Syria and Israel.",
        [_t(parties=_parties("SYR", "ISR"), status="suspended")],
        exhaustive=True,
    ),
    # talks between the same sides on another day are the same talks
    Example(
        "Armenia and Azerbaijan opened peace talks in Geneva on Monday. Armenia and "
        "Azerbaijan held more talks on Thursday.",
        [_t(parties=_parties("ARM", "AZE"), status="negotiating", date={"value": "2024-10-21"})],
        exhaustive=True,
    ),
    # an agreement that freezes or halts something else is not itself suspended
    Example(
        "The 2015 accord between Iran and the EU froze much of Iran's enrichment.",
        [_t(parties=[{"country": "IRN"}, {"name": "European Union"}], status="signed")],
        exhaustive=True,
    ),
    # a reporting verb after the quote is no status of the agreement inside it
    Example(
        'Uganda and Sudan signed a truce on Monday. "We hope the rebels will respect the '
        'truce," the statement concluded.',
        [_t(parties=_parties("UGA", "SDN"), status="signed", date={"value": "2024-10-21"})],
        exhaustive=True,
    ),
    # an alliance that grew to include states: one accession per dated group
    Example(
        "The European Union grew to include Austria, Finland and Sweden in 1995 and "
        "Poland in 2004.",
        [
            _t(
                parties=[
                    {"country": "AUT"},
                    {"country": "FIN"},
                    {"country": "SWE"},
                    {"name": "European Union"},
                ],
                status="ratified",
                date={"value": "1995"},
            ),
            _t(
                parties=[{"country": "POL"}, {"name": "European Union"}],
                status="ratified",
                date={"value": "2004"},
            ),
        ],
        exhaustive=True,
    ),
    # a hyphenated pair before the trigger names its sides; an expired treaty is over
    Example(
        "The U.S.-Russian arms control treaty expired in February.",
        [_t(parties=_parties("USA", "RUS"), status="withdrawn", date={"value": "2024-02"})],
        exhaustive=True,
    ),
    Example(
        "The U.N. team arrived. The U.N.-Iraq accord was worked out by the secretary-general.",
        [_t(parties=[{"name": "United Nations"}, {"country": "IRQ"}], status="signed")],
        exhaustive=True,
    ),
    # "the two countries" are the two states last named as actors, not as places; talks
    # "cut off" are suspended, and the same talks told again merge
    Example(
        "Israel wants to withdraw from southern Lebanon. Syria wants to renew the "
        "long-stalled peace talks between the two countries, a newspaper said. "
        "Israeli-Syrian talks have been cut off for two years.",
        [_t(parties=_parties("ISR", "SYR"), status="suspended")],
        exhaustive=True,
    ),
    # go-betweens are no sides: "talks mediated by Qatar and Egypt"
    Example(
        "Israel and Hamas agreed to a ceasefire in Gaza on Wednesday after weeks of talks "
        "mediated by Qatar and Egypt.",
        [
            _t(parties=_parties("ISR", "PSE"), status="signed", date={"value": "2024-10-23"}),
            _t(parties=_parties("ISR", "PSE"), status="negotiating"),
        ],
        exhaustive=True,
    ),
    # a bid to join is not yet a joining
    Example(
        "Turkey threatened on Thursday to block Sweden's bid to join NATO.",
        [_t(parties=[{"country": "SWE"}, {"name": "NATO"}], modality="hypothetical")],
        exhaustive=True,
    ),
    # a later step told in a relative clause is an event of its own
    Example(
        "Russia and North Korea signed a mutual defence pact in June, which Moscow's "
        "parliament ratified this week.",
        [
            _t(parties=_parties("RUS", "PRK"), status="signed", date={"value": "2024-06"}),
            _t(parties=_parties("RUS", "PRK"), status="ratified", date={"value": "2024-W43"}),
        ],
        exhaustive=True,
    ),
    # "the 2015 nuclear deal with world powers" is an agreement, dated by its year;
    # "which the United States abandoned last year" is a later step
    Example(
        "Iran said it would reduce its commitments under the 2015 nuclear deal, which the "
        "United States abandoned last year.",
        [
            _t(status="in_force", date={"value": "2015"}),
            _t(status="withdrawn", date={"value": "2023"}),
        ],
        exhaustive=True,
    ),
    # a rebel group is a side of its own against its state; withdrawing troops is no
    # withdrawal from talks; "between" names the coordinated sides only
    Example(
        "Uganda's army began withdrawing troops on Monday as peace talks between Uganda and "
        "the rebel Lord's Resistance Army progressed in Juba, southern Sudan.",
        [
            _t(
                parties=[{"country": "UGA"}, {"name": "Lord's Resistance Army"}],
                status="negotiating",
            )
        ],
        exhaustive=True,
    ),
    # a capital that opens a sentence is no treaty name; a ceasefire taking effect is in force
    Example(
        "The ceasefire between Armenia and Azerbaijan took effect at midnight.",
        [_t(parties=_parties("ARM", "AZE"), status="in_force", cameo="0871")],
        exhaustive=True,
    ),
    # talks resumed with one side named; an exchange agreed
    Example(
        "Iran and world powers resumed nuclear talks in Vienna on Monday.",
        [_t(parties=_parties("IRN"), status="negotiating")],
        exhaustive=True,
    ),
    Example(
        "Russia and Ukraine agreed to a prisoner swap on Thursday.",
        [_t(parties=_parties("RUS", "UKR"), status="signed")],
        exhaustive=True,
    ),
    # leaving a named deal is an action on it
    Example(
        "Russia announced it was leaving the Black Sea grain deal.",
        [_t(parties=_parties("RUS"), status="withdrawn")],
        exhaustive=True,
    ),
    # failing to ratify is a negated ratification
    Example(
        "The Senate failed to ratify the treaty with Russia.",
        [_t(status="ratified", modality="negated")],
        exhaustive=True,
    ),
    # the sides of "a meeting of A, B and C" at which agreements were reached
    Example(
        "Agreements were reached at the joint meeting of the UN, the AU, the Arab League "
        "and the Sudanese government in Addis Ababa.",
        [
            _t(
                parties=[
                    {"name": "United Nations"},
                    {"name": "African Union"},
                    {"name": "Arab League"},
                    {"country": "SDN"},
                ],
                status="signed",
            )
        ],
        exhaustive=True,
    ),
    # a minister who watches a signing is no joiner; "the three countries" are
    Example(
        "Poland, Hungary and the Czech Republic were invited to join NATO in 1997. Secretary "
        "of State Madeleine Albright watched the foreign ministers of the three countries "
        "sign the documents of accession to the alliance.",
        [
            _t(
                parties=[
                    {"country": "POL"},
                    {"country": "HUN"},
                    {"country": "CZE"},
                    {"name": "NATO"},
                ],
                status="proposed",
            ),
            _t(
                parties=[
                    {"country": "POL"},
                    {"country": "HUN"},
                    {"country": "CZE"},
                    {"name": "NATO"},
                ],
                status="signed",
            ),
        ],
        exhaustive=True,
    ),
    # two agreement nouns in one noun phrase are one agreement
    Example(
        "Poland and NATO signed the accession accords on Friday.",
        [_t(status="signed", date={"value": "2024-10-18"})],
        exhaustive=True,
    ),
    # talks are negotiations
    Example(
        "Peace talks between Ethiopia and Eritrea resumed in Nairobi.",
        [_t(parties=_parties("ETH", "ERI"), status="negotiating", cameo="036")],
        exhaustive=True,
    ),
    # talks about an agreement are its negotiation
    Example(
        "Talks on a ceasefire between Sudan and Chad began in Doha on Monday.",
        [_t(parties=_parties("SDN", "TCD"), status="negotiating", date={"value": "2024-10-21"})],
        exhaustive=True,
    ),
    # talks that break down are suspended
    Example(
        "Peace talks between Colombia and the rebels broke down on Friday.",
        [_t(status="suspended", date={"value": "2024-10-18"})],
        exhaustive=True,
    ),
    # leaving a treaty
    Example(
        "The United States withdrew from the arms treaty with Russia in 2019.",
        [_t(parties=_parties("USA", "RUS"), status="withdrawn", date={"value": "2019"})],
        exhaustive=True,
    ),
    # ratification by a parliament, with a partner after "with"
    Example(
        "Ukraine ratified the association agreement with Moldova.",
        [_t(parties=_parties("UKR", "MDA"), status="ratified")],
        exhaustive=True,
    ),
    # a ceasefire (CAMEO 0871)
    Example(
        "Israel and Hamas agreed a ceasefire on Monday.",
        [
            _t(
                parties=[{"country": "ISR"}, {"name": "Hamas"}],
                status="signed",
                cameo="0871",
                date={"value": "2024-10-21"},
            )
        ],
        exhaustive=True,
    ),
    # a proposed agreement is hypothetical
    Example(
        "Brazil proposed a trade pact with Argentina.",
        [_t(parties=_parties("BRA", "ARG"), status="proposed", modality="hypothetical")],
        exhaustive=True,
    ),
    # "the two governments" are the two states named last
    Example(
        "Chile sent envoys to Peru in May. The two governments signed a fisheries "
        "accord on Friday.",
        [_t(parties=_parties("CHL", "PER"), status="signed", date={"value": "2024-10-18"})],
        exhaustive=True,
    ),
    # an anaphoric mention with a status of its own is a new event about the same treaty
    Example(
        "Norway and Iceland signed a fishing treaty in 2019. Iceland suspended the "
        "treaty last month.",
        [
            _t(parties=_parties("NOR", "ISL"), status="signed", date={"value": "2019"}),
            _t(parties=_parties("NOR", "ISL"), status="suspended", date={"value": "2024-09"}),
        ],
        exhaustive=True,
    ),
    # "talks between the two countries" are between the two states named last; stalled
    # talks are suspended
    Example(
        "Ghana accused Togo of border raids. Ghana wants to resume the stalled talks "
        "between the two countries.",
        [_t(parties=_parties("TGO", "GHA"), status="suspended", modality="hypothetical")],
        exhaustive=True,
    ),
    # a cooperation plan signed by two presidents
    Example(
        "The presidents of Portugal and Spain signed an energy cooperation plan on Friday.",
        [_t(parties=_parties("PRT", "ESP"), status="signed", date={"value": "2024-10-18"})],
        exhaustive=True,
    ),
    # an anaphoric mention merges into the treaty before it
    Example(
        "Japan and India signed a security accord. The pact covers naval drills.",
        [_t(parties=_parties("JPN", "IND"), status="signed")],
        exhaustive=True,
    ),
    # a step held back is a step that did not happen: status the step, modality negated,
    # as for "has not ratified" and "refused to ratify"
    Example(
        "Russia has stalled ratification of the friendship treaty with Ukraine.",
        [_t(parties=_parties("RUS", "UKR"), status="ratified", modality="negated")],
        exhaustive=True,
    ),
    Example(
        "Russia refused to ratify the friendship treaty with Ukraine.",
        [_t(parties=_parties("RUS", "UKR"), status="ratified", modality="negated")],
        exhaustive=True,
    ),
    Example(
        "Kenya has delayed the signing of the security pact with Haiti.",
        [_t(parties=_parties("KEN", "HTI"), status="signed", modality="negated")],
        exhaustive=True,
    ),
    # the negation after the trigger governs the step: "was never ratified"
    Example(
        "The border treaty with Peru was never ratified by Ecuador.",
        [_t(parties=_parties("PER", "ECU"), status="ratified", modality="negated")],
        exhaustive=True,
    ),
    Example(
        "The ceasefire between Armenia and Azerbaijan did not take effect.",
        [_t(parties=_parties("ARM", "AZE"), status="in_force", modality="negated")],
        exhaustive=True,
    ),
    # a step not held back stays asserted
    Example(
        "Russia ratified the friendship treaty with Ukraine on Monday.",
        [
            _t(
                parties=_parties("RUS", "UKR"),
                status="ratified",
                modality="asserted",
                date={"value": "2024-10-21"},
            )
        ],
        exhaustive=True,
    ),
    # denying a violation is no denial of the agreement: the ceasefire holds
    Example(
        "Iraq said it did not violate the ceasefire with Iran.",
        [_t(parties=_parties("IRQ", "IRN"), status="in_force", modality="asserted")],
        exhaustive=True,
    ),
    Example(
        "Iraq denied violating the ceasefire with Iran.",
        [_t(parties=_parties("IRQ", "IRN"), status="in_force", modality="asserted")],
        exhaustive=True,
    ),
    # leaving a deal, however told: walked away from, reneged on
    Example(
        "The United States walked away from the nuclear deal with Iran in 2018.",
        [_t(parties=_parties("USA", "IRN"), status="withdrawn", date={"value": "2018"})],
        exhaustive=True,
    ),
    Example(
        "Washington reneged on the agreement with Pyongyang.",
        [_t(parties=_parties("USA", "PRK"), status="withdrawn")],
        exhaustive=True,
    ),
    # a truce extended stays in force
    Example(
        "The ceasefire between Colombia and Ecuador was extended by six months.",
        [_t(parties=_parties("COL", "ECU"), status="in_force")],
        exhaustive=True,
    ),
    # an alliance that admits states: the alliance and every state after the verb
    Example(
        "NATO will admit Poland, Hungary and the Czech Republic in April.",
        [
            _t(
                parties=[
                    {"country": "POL"},
                    {"country": "HUN"},
                    {"country": "CZE"},
                    {"name": "NATO"},
                ],
                status="ratified",
                date={"value": "2025-04"},
            )
        ],
        exhaustive=True,
    ),
    # "the alliance" admits: the body named last; "the three countries": the three named
    Example(
        "NATO leaders met in Madrid. Poland, Hungary and Slovakia applied in 1997. The "
        "alliance took in the three countries in 1999.",
        [
            _t(
                parties=[
                    {"country": "POL"},
                    {"country": "HUN"},
                    {"country": "SVK"},
                    {"name": "NATO"},
                ],
                status="ratified",
                date={"value": "1999"},
            )
        ],
        exhaustive=True,
    ),
    # "the former Warsaw Pact states" are described by their old bloc, not joining it
    Example(
        "NATO leaders met in Madrid. Poland, Hungary and the Czech Republic were invited "
        "in 1997. The three former Warsaw Pact states become members of the alliance in April.",
        [
            _t(
                parties=[
                    {"country": "POL"},
                    {"country": "HUN"},
                    {"country": "CZE"},
                    {"name": "NATO"},
                ],
                status="ratified",
                date={"value": "2025-04"},
            )
        ],
        exhaustive=True,
    ),
    # admitted to, acceded to a body
    Example(
        "Croatia was admitted to the European Union in 2013.",
        [
            _t(
                parties=[{"country": "HRV"}, {"name": "European Union"}],
                status="ratified",
                date={"value": "2013"},
            )
        ],
        exhaustive=True,
    ),
    Example(
        "Finland acceded to NATO in April 2023.",
        [_t(parties=[{"country": "FIN"}, {"name": "NATO"}], status="ratified")],
        exhaustive=True,
    ),
    # an alliance growing "to include the three ...": the three named last
    Example(
        "Poland, Hungary and the Czech Republic were invited in 1997. The Netherlands became "
        "the last country to ratify NATO expansion to include the three former Warsaw Pact "
        "nations.",
        [
            _t(
                parties=[
                    {"country": "POL"},
                    {"country": "HUN"},
                    {"country": "CZE"},
                    {"name": "NATO"},
                ],
                status="ratified",
            )
        ],
        exhaustive=True,
    ),
    # "X's NATO membership" is X joining; with "bid", "for X" or "seeks to" it is sought
    Example(
        "Turkey's parliament approved Sweden's NATO membership on Tuesday.",
        [
            _t(
                parties=[{"country": "SWE"}, {"name": "NATO"}],
                status="ratified",
                date={"value": "2024-10-22"},
            )
        ],
        exhaustive=True,
    ),
    Example(
        "Georgia's NATO membership bid has stalled.",
        [
            _t(
                parties=[{"country": "GEO"}, {"name": "NATO"}],
                status="proposed",
                modality="hypothetical",
            )
        ],
        exhaustive=True,
    ),
    Example(
        "France backed NATO membership for Ukraine and Moldova.",
        [
            _t(
                parties=[{"country": "UKR"}, {"country": "MDA"}, {"name": "NATO"}],
                status="proposed",
                modality="hypothetical",
            )
        ],
        exhaustive=True,
    ),
    Example(
        "Ukraine seeks to join NATO.",
        [_t(parties=[{"country": "UKR"}, {"name": "NATO"}], status="proposed")],
        exhaustive=True,
    ),
    # one accession told in several mentions has every joiner any of them names
    Example(
        "Hungary's accession to NATO was celebrated on Friday. The ambassadors of Hungary, "
        "Poland and Slovakia said the three countries' entry into NATO would bring security.",
        [
            _t(
                parties=[
                    {"country": "HUN"},
                    {"country": "POL"},
                    {"country": "SVK"},
                    {"name": "NATO"},
                ],
                status="ratified",
            )
        ],
        exhaustive=True,
    ),
    # leaving the agreement "it" refers to: the sides of the deal just told
    Example(
        "Russia and Belarus signed a gas supply deal, but Belarus later pulled out of it.",
        [
            _t(parties=_parties("RUS", "BLR"), status="signed"),
            _t(parties=_parties("RUS", "BLR"), status="withdrawn"),
        ],
        exhaustive=True,
    ),
    Example(
        "Russia and Belarus signed a gas supply deal on Monday. On Friday Belarus withdrew "
        "from it.",
        [
            _t(parties=_parties("RUS", "BLR"), status="signed", date={"value": "2024-10-21"}),
            _t(parties=_parties("RUS", "BLR"), status="withdrawn", date={"value": "2024-10-18"}),
        ],
        exhaustive=True,
    ),
    # a truce and another agreement named apart in one sentence are two agreements
    Example(
        "Iraq accepted a border treaty following the 1988 cease-fire of the eight-year war "
        "with Iran.",
        [
            _t(parties=_parties("IRQ", "IRN"), status="signed"),
            _t(parties=_parties("IRQ", "IRN"), status="signed", date={"value": "1988"}),
        ],
        exhaustive=True,
    ),
    # who puts forward or drafts a proposal is a go-between, not a side, and not the
    # other side of a one-sided agreement either
    Example(
        "Hamas accepted a ceasefire proposal put forward by Egypt and Qatar.",
        [_t(parties=[{"name": "Hamas"}])],
        exhaustive=True,
    ),
    # a relative clause after the agreement is skipped to find its status and sides
    Example(
        "The treaty, which Moscow first proposed in 2019, was signed by Russia and Belarus "
        "on Monday.",
        [_t(status="signed", parties=_parties("RUS", "BLR"), date={"value": "2024-10-21"})],
        exhaustive=True,
    ),
    Example(
        "The accord, which took two years to negotiate, was ratified by Israel and Jordan.",
        [_t(status="ratified", parties=_parties("ISR", "JOR"))],
        exhaustive=True,
    ),
    # a date in a relative clause set off by commas dates that clause, not the event:
    # the deployment in it takes it, the treaty after it does not
    Example(
        "Russia, which sent troops to Syria in 2015, signed a treaty with Belarus.",
        [_t(trigger={"text": "treaty"}, date=None)],
    ),
    # a year before another agreement's noun dates that one ("the 1988 cease-fire"),
    # not the treaty the sentence is about
    Example(
        "Iraq accepted a border treaty with Iran following the 1988 cease-fire.",
        [
            _t(trigger={"text": "treaty"}, date=None),
            _t(trigger={"text": "cease-fire"}, date={"value": "1988"}),
        ],
        exhaustive=True,
    ),
]

_NEGATIVE = [
    # "talks" after a subject pronoun or an adverb is the verb
    "Senator Maria Lopez was born in Havana. She said she sometimes talks to relatives in Cuba.",
    "Ministers met to deal with the refugee flows from Syria and Iraq.",
    # agreements with no state, body or armed group as a side are business or private
    "The cellular agreement between BellSouth Corp. and LIN Broadcasting Corp. carries risks.",
    "Mr. Vaux said that if no agreement is reached, other buyers will be sought.",
    "Under the pact, the company will make a tender offer for the shares.",
    # a treaty's name with no action on it
    "The order set under the Yalta accord held for decades, the minister said.",
    "The company signed a $2 billion deal with its investors.",
    "The striker agreed a contract with the club.",
    "Students read about the treaty in history class.",
    "It was a big deal for the town.",
    "The firm announced a merger agreement with a rival bank.",
    # joining a mission is a deployment, not membership
    "Nepal said its troops would join the UN force in Lebanon.",
    "Workers voted to join the union.",
    # "pulled out of it" with no agreement just before is no treaty event
    "Russia built a base in the region but later pulled out of it.",
    # admitting with no alliance as its subject is no accession; membership with nobody
    # joining is no event
    "The hospital admitted Smith on Monday.",
    "He admitted Russia had broken the rules.",
    "Russia's foreign minister calls extending NATO membership eastward a mistake.",
    "NATO membership would be costly, the minister said.",
    # "its" is resolved too loosely to name a joiner: Russia is not joining here
    "Poland is sensitive to Russia's reactions to its membership of NATO.",
]

CORPUS = Corpus(name="treaty", items=_treaties, examples=_EXAMPLES, negative=_NEGATIVE)
