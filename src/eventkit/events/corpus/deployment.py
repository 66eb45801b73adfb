"""Deployment examples: what each rule must produce (reference Thursday 2024-10-24)."""

from __future__ import annotations

from typing import Any

from eventkit.corpus import Corpus, Example

__all__ = ["CORPUS"]


def _deployments(doc: Any) -> list[Any]:
    return [e for e in doc.events if e.type == "deployment"]


def _d(**slots: Any) -> dict[str, Any]:
    return {"type": "deployment", **slots}


_EXAMPLES = [
    # a state sends a counted force to a country, on a weekday in the past
    Example(
        "Russia sent 3,000 troops to Belarus on Monday.",
        [
            _d(
                modality="asserted",
                force={"country": "RUS"},
                count={"value": 3000},
                destination={"country": "BLR"},
                date={"value": "2024-10-21"},
                cameo="154",
                plover="MOBILIZE",
            )
        ],
        exhaustive=True,
    ),
    # a military actor named by its demonym is the force
    Example(
        "Hundreds of Turkish soldiers were deployed in northern Syria.",
        [
            _d(
                force={"country": "TUR", "kind": "military"},
                count={"low": 100, "value": None},
                destination={"country": "SYR"},
            )
        ],
        exhaustive=True,
    ),
    # a withdrawal: the place after "from" is the origin
    Example(
        "Israel has withdrawn its troops from southern Lebanon.",
        [
            _d(
                force={"country": "ISR"},
                origin={"country": "LBN"},
                destination=None,
                cameo="0874",
                plover="RETREAT",
            )
        ],
        exhaustive=True,
    ),
    # a state leaving a place, with no force noun
    Example(
        "The government said Iraq would withdraw from Kuwait.",
        [_d(force={"country": "IRQ"}, origin={"country": "KWT"}, modality="hypothetical")],
        exhaustive=True,
    ),
    # a conditional deployment is hypothetical
    Example(
        "If China moves warships into the Taiwan Strait, the region will suffer.",
        [_d(force={"country": "CHN"}, modality="hypothetical")],
        exhaustive=True,
    ),
    # so is a coming one bound to a condition after it ("only if", "unless") ...
    Example(
        "France will send troops to Niger only if the junta asks for them.",
        [_d(force={"country": "FRA"}, destination={"country": "NER"}, modality="hypothetical")],
        exhaustive=True,
    ),
    Example(
        "Japan will dispatch two destroyers to the Gulf unless the talks collapse.",
        [_d(force={"country": "JPN"}, count={"value": 2}, modality="hypothetical")],
    ),
    # ... but not one that holds "even if", nor one whose "if" opens another predicate
    Example(
        "Canada will keep its troops in Latvia even if the alliance splits.",
        [_d(force={"country": "CAN"}, destination={"country": "LVA"}, modality="asserted")],
        exhaustive=True,
    ),
    Example(
        "Britain will send more troops to Estonia, and officials asked if Germany would too.",
        [_d(force={"country": "GBR"}, destination={"country": "EST"}, modality="asserted")],
        exhaustive=True,
    ),
    # what an ultimatum, a demand or an appeal asks for has not happened
    Example(
        "Turkey gave the Kurdish militia 48 hours to leave Syria.",
        [_d(force={"name": "Kurdish militia"}, origin={"country": "SYR"}, modality="hypothetical")],
        exhaustive=True,
    ),
    Example(
        "NATO demanded that Russia pull its forces back from Moldova.",
        [_d(force={"country": "RUS"}, modality="hypothetical")],
        exhaustive=True,
    ),
    Example(
        "Britain called on Iran to withdraw its forces from Iraq.",
        [_d(force={"country": "IRN"}, origin={"country": "IRQ"}, modality="hypothetical")],
        exhaustive=True,
    ),
    # ... and so is a second complement of the verb that asks for it
    Example(
        "The resolution calls for the withdrawal of Syrian forces from Lebanon, and for "
        "the deployment of Lebanese troops along the border.",
        [
            _d(force={"country": "SYR"}, origin={"country": "LBN"}, modality="hypothetical"),
            _d(force={"country": "LBN"}, modality="hypothetical"),
        ],
        exhaustive=True,
    ),
    # a planned deployment is hypothetical
    Example(
        "Germany plans to station a brigade in Lithuania.",
        [
            _d(
                force={"country": "DEU"},
                count={"value": 1},
                destination={"country": "LTU"},
                modality="hypothetical",
            )
        ],
        exhaustive=True,
    ),
    # a denied deployment is negated
    Example(
        "Japan did not send troops to Iraq last year.",
        [_d(force={"country": "JPN"}, destination={"country": "IRQ"}, modality="negated")],
        exhaustive=True,
    ),
    # coordinated forces give one event per state
    Example(
        "Egyptian and Moroccan troops were deployed to Saudi Arabia.",
        [
            _d(force={"country": "EGY"}, destination={"country": "SAU"}),
            _d(force={"country": "MAR"}, destination={"country": "SAU"}),
        ],
        exhaustive=True,
    ),
    # origin and destination, the first "to" place wins
    Example(
        "The navy moved two frigates from Sevastopol to Novorossiysk in August.",
        [
            _d(
                count={"value": 2},
                origin={"name": "Sevastopol"},
                destination={"name": "Novorossiysk"},
                date={"value": "2024-08"},
            )
        ],
        exhaustive=True,
    ),
    # police are a force too (CAMEO 153)
    Example(
        "India will send 5,000 paramilitary police to Manipur.",
        [_d(force={"country": "IND"}, count={"value": 5000}, cameo="153")],
        exhaustive=True,
    ),
    # a later mention with a demonstrative merges into the earlier event
    Example(
        "Poland sent 1,000 soldiers to the border on Tuesday. This deployment angered Minsk.",
        [_d(force={"country": "POL"}, count={"value": 1000}, date={"value": "2024-10-22"})],
        exhaustive=True,
    ),
    # a patrol's place is its object; ships "alongside" it are company, not the force
    Example(
        "The Danish frigate Absalon is patrolling the Baltic Sea alongside two German warships.",
        [_d(force={"country": "DNK"}, destination={"name": "Baltic Sea"}, count=None)],
        exhaustive=True,
    ),
    # a later mention with neither force nor place retells the withdrawal before it
    Example(
        "Chile said on Monday it would withdraw its soldiers from Haiti. Officials in "
        "Santiago praised their work under a UN mandate. Critics said the units should "
        "have been withdrawn years ago.",
        [_d(force={"country": "CHL"}, origin={"country": "HTI"}, destination=None)],
        exhaustive=True,
    ),
    # troops standing somewhere are one event, the move that takes more there another;
    # the force right before "stationed in" is the one stationed
    Example(
        "Sweden said on Monday it would send 200 more soldiers to Mali. The 400 Swedish "
        "soldiers stationed in Mali train local troops.",
        [
            _d(force={"country": "SWE"}, count={"value": 200}, destination={"country": "MLI"}),
            _d(force={"country": "SWE"}, count={"value": 400}, destination={"country": "MLI"}),
        ],
        exhaustive=True,
    ),
    # a noun's force after it needs "of": the troops "with" the buildup are others'
    Example(
        "The U.S. military buildup in Kuwait continued, with Polish troops now part of the force.",
        [_d(force={"country": "USA"}, destination={"country": "KWT"})],
        exhaustive=True,
    ),
    # what a verb of occupation takes is a place: its force is its subject; coordinated
    # forces of one noun are one event each, and "UN forces" are the UN's
    Example(
        "Israeli troops occupy the zone, and the plan calls for the deployment of the "
        "Lebanese army and UN forces in the south.",
        [
            _d(force={"country": "ISR"}),
            _d(force={"country": "LBN"}, modality="hypothetical"),
            _d(force={"name": "United Nations"}, modality="hypothetical"),
        ],
        exhaustive=True,
    ),
    # a verb form used as a noun ("the move is", "a pledge made by") refers, it is no
    # new deployment
    Example(
        "Chad said on Monday it would pull its troops out of Niger. The move is meant to "
        "ease tension.",
        [_d(force={"country": "TCD"}, origin={"country": "NER"}, date={"value": "2024-10-21"})],
        exhaustive=True,
    ),
    Example(
        "Withdrawing all Dutch troops from Mali by the year-end was a campaign pledge "
        "made by the prime minister.",
        [_d(force={"country": "NLD"}, origin={"country": "MLI"})],
        exhaustive=True,
    ),
    # a year that modifies another noun is not the event's date
    Example(
        "That 2012 resolution calls for Armenia's withdrawal from Azerbaijan.",
        [_d(force={"country": "ARM"}, origin={"country": "AZE"}, date=None)],
        exhaustive=True,
    ),
    # actors after "facing" are no subject: the state that promises withdraws
    Example(
        "Serbia, facing Croatian and Hungarian troops, promised to withdraw from Vukovar.",
        [_d(force={"country": "SRB"}, origin={"name": "Vukovar"}, modality="hypothetical")],
        exhaustive=True,
    ),
    # forces named by the same proper adjective are one side across sentences
    Example(
        "Islamist fighters withdrew from Baidoa on Monday. Residents of the region said "
        "on Wednesday that Islamist forces had pulled back from Dinsoor as well.",
        [_d(force={"name": "Islamist fighters"}, origin={"name": "Baidoa"})],
        exhaustive=True,
    ),
    # a denial of the same move to the same place is that deployment told again
    Example(
        "India will send 2,000 paramilitary troops to Bihar state, a newspaper said. A "
        "government spokesman denied that federal forces were being sent to Bihar.",
        [_d(count={"value": 2000}, destination={"name": "Bihar"})],
        exhaustive=True,
    ),
    # a verb that is a military move by itself stands without force or place
    Example(
        "The army mobilized on Monday to avert the strike.",
        [_d(force=None, destination=None, date={"value": "2024-10-21"})],
        exhaustive=True,
    ),
    # a headline in title case is still a sentence
    Example(
        "Russia Sends 3,000 Troops To Belarus",
        [_d(force={"country": "RUS"}, count={"value": 3000}, destination={"country": "BLR"})],
        exhaustive=True,
    ),
    # a range of troops told once stays when another mention counts more
    Example(
        "Ethiopia deployed between 3,000 and 4,000 troops in Somalia, its prime minister said. "
        "UN reports said Ethiopia deployed 8,000 troops in Somalia.",
        [_d(force={"country": "ETH"}, count={"value": None, "low": 3000, "high": 4000})],
        exhaustive=True,
    ),
    # "there" is the place named before
    Example(
        "Kenyan troops patrolled Mogadishu on Monday. Ugandan and Burundian troops are "
        "already there.",
        [
            _d(force={"country": "KEN"}, destination={"name": "Mogadishu"}),
            _d(force={"country": "UGA"}, destination={"name": "Mogadishu"}),
            _d(force={"country": "BDI"}, destination={"name": "Mogadishu"}),
        ],
        exhaustive=True,
    ),
    # a force dug in, told in a relative clause
    Example(
        "Russian soldiers, who are entrenched along the Dnipro, held their positions.",
        [_d(force={"country": "RUS"}, destination={"name": "Dnipro"})],
        exhaustive=True,
    ),
    # forces on their way
    Example(
        "Twelve Dutch soldiers were killed en route to Kandahar when their convoy was hit.",
        [_d(force={"country": "NLD"}, destination={"name": "Kandahar"})],
        exhaustive=True,
    ),
    # an advance "on" a place; the force "backing" it is not the one advancing
    Example(
        "Backed by Turkish drones, Azerbaijani troops began to advance on Shusha.",
        [_d(force={"country": "AZE"})],
        exhaustive=True,
    ),
    # a passive's subject is the force, not the ships that carried it
    Example(
        "The North Korean troops were moved on Russian navy ships from Chongjin to "
        "Vladivostok last week.",
        [
            _d(
                force={"country": "PRK"},
                origin={"name": "Chongjin"},
                destination={"name": "Vladivostok"},
            )
        ],
        exhaustive=True,
    ),
    # "a brigade of about 5,000 soldiers" counts the soldiers; "its" is the subject's
    Example(
        "Germany will station a brigade of about 5,000 soldiers in Lithuania by 2027, its "
        "defence ministry said.",
        [
            _d(
                force={"country": "DEU"},
                count={"value": 5000},
                destination={"country": "LTU"},
                date={"value": "2027"},
                attribution={"country": "DEU"},
            )
        ],
        exhaustive=True,
    ),
    # an advance "on" a target after others' strikes: the advancing force is the subject
    Example(
        "Government fighters began to advance on the rebel stronghold after Ethiopian "
        "warplanes bombed the airport.",
        [_d(force={"name": "Government fighters"})],
        exhaustive=True,
    ),
    # "boots on the ground", ruled out: a negated deployment
    Example(
        "Britain has ruled out putting boots on the ground in Ukraine, officials said.",
        [_d(force={"country": "GBR"}, destination={"country": "UKR"}, modality="negated")],
        exhaustive=True,
    ),
    # a denial governs the clause it introduces
    Example(
        "Moscow denied that its forces were being sent to Syria.",
        [_d(force={"country": "RUS"}, destination={"country": "SYR"}, modality="negated")],
        exhaustive=True,
    ),
    # an unnamed force with another count is another deployment
    Example(
        "Russia has massed more than 100,000 troops near Ukraine's border, U.S. officials "
        "said. The army transferred two battalions from Donetsk to Kharkiv earlier this "
        "month.",
        [
            _d(force={"country": "RUS"}, count={"value": 100000}),
            _d(
                force=None,
                count={"value": 2},
                origin={"name": "Donetsk"},
                destination={"name": "Kharkiv"},
            ),
        ],
        exhaustive=True,
    ),
    # what one warns against or a pact allows is not done
    Example(
        "Russia's foreign minister warned NATO on Wednesday against sending troops to Ukraine.",
        [_d(force={"name": "NATO"}, destination={"country": "UKR"}, modality="hypothetical")],
        exhaustive=True,
    ),
    Example(
        "Japan and the Philippines signed a pact on Monday allowing each to deploy troops on "
        "the other's territory.",
        [
            _d(force={"country": "JPN"}, modality="hypothetical"),
            _d(force={"country": "PHL"}, modality="hypothetical"),
        ],
        exhaustive=True,
    ),
    # "the eastern Mediterranean" and "the Mediterranean" are one place for merging
    Example(
        "The Pentagon dispatched a carrier strike group to the eastern Mediterranean on "
        "Sunday. The carrier sailed into the Mediterranean after a port call in Italy.",
        [_d(force={"country": "USA"}, destination={"name": "Eastern Mediterranean"})],
        exhaustive=True,
    ),
    # the speaker of a passive sends nothing; "any troops sent" are hypothetical
    Example(
        "Pentagon spokesman Sabrina Singh said the troops could be sent to Kursk.",
        [_d(force=None, destination={"name": "Kursk"}, modality="hypothetical")],
        exhaustive=True,
    ),
    Example(
        "Kyiv warned that any North Korean troops sent to Ukraine would become targets.",
        [_d(force={"country": "PRK"}, destination={"country": "UKR"}, modality="hypothetical")],
        exhaustive=True,
    ),
    # each of two coordinated verbs keeps its own date
    Example(
        "The Pentagon sent 1,500 troops to the Middle East this month and dispatched an "
        "aircraft carrier to the Arabian Sea in May.",
        [
            _d(force={"country": "USA"}, count={"value": 1500}, date={"value": "2024-10"}),
            _d(
                force={"country": "USA"},
                destination={"name": "Arabian Sea"},
                date={"value": "2024-05"},
            ),
        ],
        exhaustive=True,
    ),
    # forces named by their unit or weapon system
    Example(
        "The United States deployed two Patriot batteries to Poland on Monday.",
        [_d(force={"country": "USA"}, count={"value": 2}, destination={"country": "POL"})],
        exhaustive=True,
    ),
    Example(
        "Poland sent 10,000 border guards to the frontier with Belarus.",
        [_d(force={"country": "POL"}, count={"value": 10000})],
        exhaustive=True,
    ),
    # "on its territory" is the territory of the state the sentence is about
    Example(
        "Belarus hosts Russian military bases stationed on its territory.",
        [_d(force={"country": "RUS"}, destination={"country": "BLR"})],
        exhaustive=True,
    ),
    # "NATO-led troops" are NATO's; "Saudi-led forces" Saudi Arabia's
    Example(
        "NATO said on Monday that NATO-led troops will be deployed to Kosovo.",
        [_d(force={"name": "NATO"}, destination={"name": "Kosovo"})],
        exhaustive=True,
    ),
    Example(
        "Saudi-led forces moved into Aden on Tuesday.",
        [_d(force={"country": "SAU"}, destination={"name": "Aden"})],
        exhaustive=True,
    ),
    # "police officers" are a force; "according to diplomats in Addis Ababa" names no
    # speaker; the place before "Kirby said" is not who said it
    Example(
        "The first batch of 200 Kenyan police officers arrived in Haiti on Tuesday.",
        [
            _d(
                force={"country": "KEN"},
                count={"value": 200},
                destination={"country": "HTI"},
                cameo="153",
            )
        ],
        exhaustive=True,
    ),
    Example(
        "Ethiopia has massed some 20,000 soldiers along its border, according to diplomats "
        "in Addis Ababa.",
        [_d(force={"country": "ETH"}, count={"value": 20000}, attribution=None)],
        exhaustive=True,
    ),
    Example(
        "Russia sent troops to Belarus, Kirby said.",
        [_d(force={"country": "RUS"}, destination={"country": "BLR"}, attribution=None)],
        exhaustive=True,
    ),
    # forces a state keeps somewhere: "has 2,500 troops in Iraq"
    Example(
        "The United States has about 2,500 troops in Iraq, the Pentagon said.",
        [_d(force={"country": "USA"}, count={"value": 2500}, destination={"country": "IRQ"})],
        exhaustive=True,
    ),
    Example(
        "The U.S. Navy has 27 ships in the Persian Gulf.",
        [_d(force={"country": "USA"}, count={"value": 27}, destination={"name": "Persian Gulf"})],
        exhaustive=True,
    ),
    # a state withdrawing with no object is a withdrawal; a candidate's is not, nor is
    # an expletive "it"
    Example(
        "Iraq was ready to withdraw.",
        [_d(force={"country": "IRQ"}, origin=None, modality="hypothetical")],
        exhaustive=True,
    ),
    # a phrasal withdrawal: "pull ... out of"
    Example(
        "Canada will pull its troops out of Latvia next year.",
        [
            _d(
                force={"country": "CAN"},
                origin={"country": "LVA"},
                destination=None,
                date={"value": "2025"},
                cameo="0874",
            )
        ],
        exhaustive=True,
    ),
    # ... with a longer object between the verb and its particle
    Example(
        "Chad has pulled most of its 1,200 soldiers out of Niger.",
        [_d(force={"country": "TCD"}, origin={"country": "NER"}, modality="asserted")],
        exhaustive=True,
    ),
    # a noun trigger takes its force from the "of" phrase
    Example(
        "The withdrawal of French forces from Mali was completed in August.",
        [_d(force={"country": "FRA"}, origin={"country": "MLI"}, date={"value": "2024-08"})],
        exhaustive=True,
    ),
    # the subject of a stance on a deployment ("condemned", "would respond to", "called
    # for") is not its force; the subject of an act on it ("announced") is
    Example(
        "China condemned the deployment of missiles in South Korea.",
        [_d(force=None, destination={"country": "KOR"})],
        exhaustive=True,
    ),
    Example(
        "Iran called for the withdrawal of all foreign forces from Iraq.",
        [_d(force={"name": "foreign forces", "country": None}, origin={"country": "IRQ"})],
        exhaustive=True,
    ),
    Example(
        "Germany announced the deployment of 4,000 troops to Lithuania.",
        [_d(force={"country": "DEU"}, count={"value": 4000}, destination={"country": "LTU"})],
        exhaustive=True,
    ),
    # troops joining a coalition somewhere are deployed there; joining an army is not
    Example(
        "Nepal said its troops would join the UN force in Lebanon.",
        [_d(force={"country": "NPL"}, destination={"country": "LBN"}, modality="hypothetical")],
        exhaustive=True,
    ),
    # a single warship of a state is its force
    Example(
        "A Russian cruiser sailed into the eastern Mediterranean on Sunday.",
        [_d(force={"country": "RUS"}, date={"value": "2024-10-20"})],
        exhaustive=True,
    ),
    # the force is the subject's head, not what carries or equips it
    Example(
        "About 800 Turkish soldiers aboard four transport planes landed in Libya.",
        [_d(force={"country": "TUR"}, count={"value": 800}, destination={"country": "LBY"})],
        exhaustive=True,
    ),
    # a count shared out: "each" gives every state the whole count
    Example(
        "Spain and Portugal have each pledged 300 soldiers to the mission in Latvia.",
        [
            _d(force={"country": "ESP"}, count={"value": 300}),
            _d(force={"country": "PRT"}, count={"value": 300}),
        ],
        exhaustive=True,
    ),
    # "N of its M troops": the N that move
    Example(
        "Washington will withdraw 9,500 of its 34,500 troops from Germany.",
        [_d(force={"country": "USA"}, count={"value": 9500}, origin={"country": "DEU"})],
        exhaustive=True,
    ),
    # coming, flying or bringing troops home is a withdrawal to the force's own state
    Example(
        "Dutch troops will come home from Afghanistan next year.",
        [
            _d(
                force={"country": "NLD"},
                origin={"country": "AFG"},
                destination={"country": "NLD"},
                date={"value": "2025"},
                cameo="0874",
            )
        ],
        exhaustive=True,
    ),
    Example(
        "Spain will bring its 300 soldiers home from Lebanon.",
        [
            _d(
                force={"country": "ESP"},
                count={"value": 300},
                origin={"country": "LBN"},
                destination={"country": "ESP"},
            )
        ],
        exhaustive=True,
    ),
    Example(
        "French soldiers returned home from Mali on Friday.",
        [_d(force={"country": "FRA"}, origin={"country": "MLI"}, destination={"country": "FRA"})],
        exhaustive=True,
    ),
    # "they" after a force noun are those troops, of the state that has them
    Example(
        "Portugal has only 40 soldiers left in Mali and they will be back home by Friday.",
        [
            _d(
                force={"country": "PRT"},
                origin={"country": "MLI"},
                destination={"country": "PRT"},
                cameo="0874",
            )
        ],
        exhaustive=True,
    ),
    # not money or goods brought home
    Example("Exporters will bring their profits home from Asia.", []),
    # a state that reports forces coming onto its own ground tells of someone else's
    Example(
        "Kyiv said on Monday that 2,000 troops had crossed into the Sumy region.",
        [_d(force=None, count={"value": 2000}, destination={"country": "UKR"})],
        exhaustive=True,
    ),
    # forces an alliance keeps somewhere
    Example(
        "NATO has some 4,000 troops in Kosovo.",
        [_d(force={"name": "NATO"}, count={"value": 4000}, destination={"country": "XKX"})],
        exhaustive=True,
    ),
    # forces standing somewhere, with no verb of movement
    Example(
        "The 2,500 French troops in Chad will stay until spring.",
        [
            _d(
                force={"country": "FRA"},
                count={"value": 2500},
                destination={"country": "TCD"},
                rule="deployment.presence",
            )
        ],
        exhaustive=True,
    ),
    # a vague count gives way to a number in a later mention of the same deployment
    Example(
        "Thousands of U.S. troops are in the region. An estimated 20,000 American GIs "
        "have massed in Kuwait.",
        [_d(force={"country": "USA"}, count={"value": 20000}, destination={"country": "KWT"})],
    ),
    # "call up" reservists is a mobilisation
    Example(
        "The president can call up to 50,000 reservists.",
        [
            _d(
                count={"high": 50000, "qualifier": "at_most"},
                modality="hypothetical",
                rule="deployment.call.verb",
            )
        ],
        exhaustive=True,
    ),
    # a force that is expelled or ousted leaves the place it stands in: "in P" is the
    # origin (the presence it is expelled from is an event of its own)
    Example(
        "The junta expelled Belgian soldiers based in Chad on Monday.",
        [
            _d(
                rule="deployment.expel.verb",
                force={"country": "BEL"},
                origin={"country": "TCD"},
                destination=None,
                date={"value": "2024-10-21"},
                cameo="0874",
            ),
            _d(
                rule="deployment.base.verb",
                force={"country": "BEL"},
                destination={"country": "TCD"},
            ),
        ],
        exhaustive=True,
    ),
    Example(
        "The new government wants to oust the Russian troops in Moldova.",
        [_d(force={"country": "RUS"}, origin={"country": "MDA"}, destination=None)],
        exhaustive=True,
    ),
    # the same for a noun of removal: "the removal of X troops in P"
    Example(
        "The protesters demanded the removal of Italian troops in Niger.",
        [_d(force={"country": "ITA"}, origin={"country": "NER"}, destination=None)],
        exhaustive=True,
    ),
    # a replaced force leaves its place, and the force that replaces it (the subject,
    # "with" Y, or "by" Y in the passive) comes to that place: two events
    Example(
        "Kenyan troops will replace Ugandan soldiers in Mogadishu next month.",
        [
            _d(force={"country": "KEN"}, origin=None, destination={"name": "Mogadishu"}),
            _d(
                force={"country": "UGA"},
                origin={"name": "Mogadishu"},
                destination=None,
                cameo="0874",
            ),
        ],
        exhaustive=True,
    ),
    Example(
        "The plan calls for replacing Danish troops in Kosovo with Polish forces.",
        [
            _d(force={"country": "POL"}, destination={"country": "XKX"}, modality="hypothetical"),
            _d(force={"country": "DNK"}, origin={"country": "XKX"}, modality="hypothetical"),
        ],
        exhaustive=True,
    ),
    Example(
        "Austrian peacekeepers were replaced by Irish troops in the Golan Heights.",
        [
            _d(force={"country": "IRL"}, destination={"name": "Golan Heights"}),
            _d(force={"country": "AUT"}, origin={"name": "Golan Heights"}),
        ],
        exhaustive=True,
    ),
    # a state replacing its own force with one of no named side: its force leaves
    Example(
        "Norway will replace its soldiers in Mali with a smaller contingent.",
        [_d(force={"country": "NOR"}, origin={"country": "MLI"}, destination=None)],
        exhaustive=True,
    ),
    # a force that replaces a force of no named side is the one that comes in
    Example(
        "Spanish troops will replace the departing contingent in Lebanon.",
        [_d(force={"country": "ESP"}, origin=None, destination={"country": "LBN"})],
        exhaustive=True,
    ),
    # a state that expels or kicks out a foreign force expels it from its own land:
    # with no other origin named, the subject's state is the origin
    Example(
        "The Somali parliament voted to expel Kenyan peacekeepers.",
        [_d(force={"country": "KEN"}, origin={"country": "SOM", "name": "Somalia"})],
        exhaustive=True,
    ),
    Example(
        "Mali's junta kicked out the French troops last year.",
        [_d(force={"country": "FRA"}, origin={"country": "MLI"}, date={"value": "2023"})],
        exhaustive=True,
    ),
    # an origin named after "from" wins over the subject's state, even one not found
    Example(
        "Poland vowed to expel Belarusian troops from Lithuania.",
        [_d(force={"country": "BLR"}, origin={"country": "LTU"})],
        exhaustive=True,
    ),
    Example(
        "Poland vowed to expel Belarusian troops from the border zone.",
        [_d(force={"country": "BLR"}, origin=None)],
        exhaustive=True,
    ),
    # a state's own force, or a state in a prepositional phrase, is no host
    Example(
        "Under pressure from Niger, the rebels agreed to kick out the Wagner fighters.",
        [_d(force={"name": "Wagner Group"}, origin=None)],
        exhaustive=True,
    ),
    # the place a force leaves or evacuates may be the verb's object
    Example(
        "The last Danish soldiers left Mali in August.",
        [
            _d(
                force={"country": "DNK"},
                origin={"country": "MLI"},
                destination=None,
                date={"value": "2024-08"},
                cameo="0874",
            )
        ],
        exhaustive=True,
    ),
    Example(
        "Russian troops evacuated Kherson on Friday.",
        [_d(force={"country": "RUS"}, origin={"name": "Kherson"}, destination=None)],
        exhaustive=True,
    ),
    # a force that "leaves for" a place goes there
    Example(
        "Ugandan soldiers left for Somalia on Monday.",
        [_d(force={"country": "UGA"}, origin=None, destination={"country": "SOM"})],
        exhaustive=True,
    ),
    Example(
        "The Dutch marines left Aruba for Curacao last year.",
        [_d(origin={"name": "Aruba"}, destination={"name": "Curacao"})],
        exhaustive=True,
    ),
    # a force left behind somewhere stays there: no withdrawal, the place is where it is
    Example(
        "Washington will leave 2,500 troops in Afghanistan.",
        [
            _d(
                force={"country": "USA"},
                count={"value": 2500},
                origin=None,
                destination={"country": "AFG"},
                cameo="154",
            )
        ],
        exhaustive=True,
    ),
    # "the country" is the one state named before it (the force's own aside) ...
    Example(
        "Mali's junta ordered Danish troops to leave the country.",
        [
            _d(rule="deployment.order.verb", force={"country": "DNK"}, origin=None),
            _d(
                rule="deployment.leave.verb",
                force={"country": "DNK"},
                origin={"country": "MLI", "text": "the country"},
            ),
        ],
        exhaustive=True,
    ),
    Example(
        "The United States has 2,500 troops in Iraq. Washington plans to pull them out "
        "of the country next year.",
        [
            _d(rule="deployment.presence.has", destination={"country": "IRQ"}),
            _d(force={"country": "USA"}, origin={"country": "IRQ"}, date={"value": "2025"}),
        ],
        exhaustive=True,
    ),
    Example(
        "Jordan is worried. The U.S. will send 5,000 more troops to the kingdom.",
        [_d(force={"country": "USA"}, destination={"country": "JOR"})],
        exhaustive=True,
    ),
    # ... and none when two are named: which one is meant is a guess
    Example(
        "Ethiopia and Eritrea traded accusations on Monday. Foreign fighters must pull "
        "out of the country.",
        [_d(force={"name": "Foreign fighters"}, origin=None)],
        exhaustive=True,
    ),
    # in a quote, "the country" is the speaker's own (not an ambassador's)
    Example(
        '"All foreign militias must leave the country within a week," Libyan Interior '
        "Minister Omar Saleh said after talks with Turkey and Russia.",
        [_d(force={"name": "foreign militias"}, origin={"country": "LBY"})],
        exhaustive=True,
    ),
    Example(
        'Talks with Niger ended on Monday. "All foreign forces must leave the country," '
        "the British ambassador said.",
        [_d(force={"name": "foreign forces"}, origin={"country": "NER"})],
        exhaustive=True,
    ),
    # reported speech keeps the speaker as attribution
    Example(
        "Defence Minister Maria Lind said Sweden had sent two warships to the Baltic Sea.",
        [
            _d(
                force={"country": "SWE"},
                attribution={"name": "Maria Lind"},
                destination={"name": "Baltic Sea"},
            )
        ],
        exhaustive=True,
    ),
    # a verb whose object is a place: "alongside" after the place is no sign that what
    # is moved is not a force (as in "amassed reports alongside ...")
    Example(
        "The Dutch frigate Tromp is patrolling the Gulf alongside two Italian vessels.",
        [_d(force={"country": "NLD"}, destination={"name": "Gulf"})],
    ),
    # keeping or maintaining a force somewhere is its presence there; crossing into a
    # place is a move; nuclear weapons are military equipment moved like a force
    Example(
        "France will keep some 1,500 soldiers in Chad.",
        [_d(force={"country": "FRA"}, count={"value": 1500}, destination={"country": "TCD"})],
        exhaustive=True,
    ),
    Example(
        "The US maintains about 28,500 troops in South Korea.",
        [_d(force={"country": "USA"}, destination={"country": "KOR"})],
        exhaustive=True,
    ),
    Example(
        "Turkish forces crossed into northern Iraq overnight.",
        [_d(force={"country": "TUR"}, destination={"country": "IRQ"})],
        exhaustive=True,
    ),
    Example(
        "Russia began moving tactical nuclear weapons to Belarus in June.",
        [_d(force={"country": "RUS"}, destination={"country": "BLR"})],
        exhaustive=True,
    ),
    # a denial or plan before a comma is another clause's; a report set off by commas
    # is passed over
    Example(
        "When Mali refused, France sent 500 troops to Niger.",
        [_d(force={"country": "FRA"}, destination={"country": "NER"}, modality="asserted")],
        exhaustive=True,
    ),
    Example(
        "Under the plan, NATO deployed troops to Kosovo.",
        [_d(destination={"country": "XKX"}, modality="asserted")],
        exhaustive=True,
    ),
    Example(
        "NATO is considering, officials said, sending troops to Kosovo.",
        [_d(destination={"country": "XKX"}, modality="hypothetical")],
        exhaustive=True,
    ),
    # "of" names the force only when the force follows it directly: the place after "to"
    # is the destination, and the subject owns the force
    Example(
        "Kenya approved the deployment of 1,000 police officers to Haiti.",
        [_d(force={"country": "KEN"}, count={"value": 1000}, destination={"country": "HTI"})],
        exhaustive=True,
    ),
    # a denial after the event's own noun negates it; one in a relative clause does not
    Example(
        "The withdrawal of Russian troops from Armenia is not planned, the Kremlin said.",
        [_d(force={"country": "RUS"}, origin={"country": "ARM"}, modality="negated")],
        exhaustive=True,
    ),
    Example(
        "Russia sent troops to Belarus, which is not expected to join the war.",
        [_d(force={"country": "RUS"}, destination={"country": "BLR"}, modality="asserted")],
        exhaustive=True,
    ),
    # a force seen somewhere, off a coast included, stands there
    Example(
        "A Chinese naval flotilla was spotted off the coast of Alaska on Tuesday.",
        [
            _d(
                force={"country": "CHN"},
                destination={"name": "Alaska"},
                date={"value": "2024-10-22"},
            )
        ],
        exhaustive=True,
    ),
    # forces pushing into a place advance; rotating a unit into a place moves it there
    Example(
        "Israeli troops pushed into southern Lebanon on Tuesday.",
        [
            _d(
                force={"country": "ISR"},
                destination={"country": "LBN"},
                date={"value": "2024-10-22"},
            )
        ],
        exhaustive=True,
    ),
    Example(
        "The Pentagon will rotate 3,000 troops out of Germany.",
        [_d(force={"country": "USA"}, count={"value": 3000}, origin={"country": "DEU"})],
        exhaustive=True,
    ),
    # the object of a preposition after "said" is not who said it; a spokesman's body is
    Example(
        "Turkey will send 500 troops to Libya, he said in a letter to the Egyptian government.",
        [_d(force={"country": "TUR"}, attribution=None)],
        exhaustive=True,
    ),
    Example(
        "Turkey will send 500 troops to Libya, said a spokesman for the Turkish defence ministry.",
        [_d(force={"country": "TUR"}, attribution={"country": "TUR"})],
        exhaustive=True,
    ),
    # an order moves the force that is its object (a count's comma is no clause break)
    Example(
        "Russia ordered 3,000 troops to the border with Ukraine.",
        [_d(force={"country": "RUS"}, count={"value": 3000}, destination={"country": "UKR"})],
        exhaustive=True,
    ),
    Example(
        "Niger expelled 1,500 French troops.",
        [_d(force={"country": "FRA"}, count={"value": 1500}, origin={"country": "NER"})],
        exhaustive=True,
    ),
    # the states whose forces make up a force of no state each have a force there
    Example(
        "The international naval force in the region -- made up of Danish, Dutch and "
        "Greek ships -- will enforce the embargo.",
        [
            _d(force={"country": "DNK"}, rule="deployment.composed"),
            _d(force={"country": "NLD"}, rule="deployment.composed"),
            _d(force={"country": "GRC"}, rule="deployment.composed"),
        ],
        exhaustive=True,
    ),
    # a force after ", and" is the next clause's subject, not the verb's object; a
    # "military leader" is no force
    Example(
        "Supporters of the military leader gathered in the north, and riot police "
        "deployed in Lagos.",
        [_d(trigger={"text": "deployed"}, destination={"name": "Lagos"})],
        exhaustive=True,
    ),
    # a date before a commitment ("offered on Tuesday to pull ... back") dates the offer:
    # the withdrawal takes the date a later mention gives it
    Example(
        "Armenia offered on Tuesday to pull its troops back from the border. The troops "
        "will withdraw from the border on Saturday, the defence ministry said.",
        [_d(force={"country": "ARM"}, date={"value": "2024-10-26"})],
        exhaustive=True,
    ),
    # a date after "the United States" dates the event, not a reporting verb ("States")
    Example(
        "The United States on Monday sent 500 troops to Poland.",
        [
            _d(
                force={"country": "USA"},
                date={"value": "2024-10-21"},
                slot_rules={"date": "date.event"},
            )
        ],
        exhaustive=True,
    ),
]

_NEGATIVE = [
    "The candidate decided to withdraw.",
    "No one wants to stay; we think it better to withdraw.",
    "Germany has 80 million people in Europe.",
    # civilian drones and planes
    "Amazon plans to deploy drones for deliveries in Texas.",
    "The airline moved planes carrying passengers to Madrid.",
    # what is moved is no force: pages, a signal; civilians at an embassy; installations
    "Cuban police had amassed 100 pages of reports on him.",
    "Russia sent a strong signal to NATO.",
    "To America's embassy personnel in Nairobi I bring a message of solidarity.",
    "U.S. embassies and military installations were ordered to tighten security.",
    # a place that only names an agreement is no origin
    "The United States withdrew from the Paris climate agreement in 2020.",
    # a force noun inside a treaty's name
    "The United States withdrew from the Intermediate-Range Nuclear Forces Treaty in 2019.",
    "Growth will advance in the third quarter.",
    # a lone verb with no force, place or count says nothing of a deployment
    "The cosmonaut was sent into space on board a Soyuz capsule in 1980.",
    "Earlier that day the family sent a fax to local police.",
    # a force noun that modifies a person or place, civilians, a person's trip, a name
    "The embassy ordered the departure of all non-emergency personnel from Lagos.",
    "The government wants the return of Elian Gonzalez to Cuba.",
    "Raul Castro, the former head of Cuba's Revolutionary Armed Forces, spoke on Monday.",
    "Marines at the Guantanamo Bay Naval Station were put on alert.",
    # a noun whose "of" names no force moves no force
    "Police will secure the arrival and the departure of all the delegates.",
    "The army is committed to the peace talks.",
    "The company deployed new software to its servers on Monday.",
    "She sent a letter to the minister.",
    "The foreign minister will travel to Paris next week.",
    "Oil prices moved higher on Monday.",
    "The senator withdrew his candidacy in March.",
    "Investors pulled money out of emerging markets.",
    "The team arrived in Madrid for the final.",
    "The committee sent the bill back to the chamber.",
    "If they decide to join the army, they will be trained in Texas.",
    # who expels, ousts or replaces a person moves no force: a force must be the object
    "The army ousted the president on Monday.",
    "Britain expelled three Russian diplomats on Monday.",
    "The expulsion of Russian diplomats from Britain was announced.",
    "The rebels kicked out the governor of the province.",
    "Brazil replaced its coach after the defeat.",
    # pushing back or pushing for something moves no force anywhere
    "Police pushed back protesters in Paris.",
    "The minister pushed for talks with Russia.",
    # keeping or maintaining what is no force held anywhere
    "Police struggled to keep the peace in Paris.",
    # "order" with no force ordered: a noun ("in short order", "restore order")
    "That would delay the rebuilding of Syria or its armed forces in short order.",
    # a quotation opens what was amassed: pages, no force
    "Prosecutors said French police had amassed “200 pages of notes” on the suspect.",
    # what is kept from leaving is no force, though warships stand near
    "The naval force of French and German ships may be used to stop oil exports from "
    "leaving Libya.",
    # police departments are institutions, not a force sent anywhere
    "A bulletin was sent by the FBI office in Denver to police departments across the state.",
    # the object ends before a force noun further on: no police are expelled
    "Kenya expelled four foreign nationals who had been questioned by police in Mombasa.",
]

CORPUS = Corpus(name="deployment", items=_deployments, examples=_EXAMPLES, negative=_NEGATIVE)
