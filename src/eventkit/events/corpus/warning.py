"""Warning examples: what each rule must produce (reference Thursday 2024-10-24)."""

from __future__ import annotations

from typing import Any

from eventkit.corpus import Corpus, Example

__all__ = ["CORPUS"]


def _warnings(doc: Any) -> list[Any]:
    return [e for e in doc.events if e.type == "warning"]


def _w(**slots: Any) -> dict[str, Any]:
    return {"type": "warning", **slots}


_EXAMPLES = [
    # a state warns another, dated by the weekday of the warning
    Example(
        "Iran warned the United States on Tuesday against any attack on its ships.",
        [
            _w(
                speaker={"country": "IRN"},
                target={"country": "USA"},
                date={"value": "2024-10-22"},
                modality="asserted",
                plover="THREATEN",
            )
        ],
        exhaustive=True,
    ),
    # a threat of force
    Example(
        "North Korea threatened to strike South Korea with missiles.",
        [_w(speaker={"country": "PRK"}, target={"country": "KOR"}, cameo="138")],
        exhaustive=True,
    ),
    # a set phrase inside a quote is said by the quote's speaker; "they" is the target
    Example(
        "Greek soldiers crossed the river. “If they cross again, they will pay a heavy "
        "price,” Turkish Defence Minister Ali Demir said.",
        [_w(speaker={"name": "Ali Demir", "country": "TUR"}, target={"country": "GRC"})],
    ),
    # "legitimate targets" after a reporting verb: the subject of the reporting verb speaks
    Example(
        "The Kremlin said on Wednesday that Polish troops in Ukraine would become "
        "legitimate targets.",
        [_w(speaker={"country": "RUS"}, target={"country": "POL"}, date={"value": "2024-10-23"})],
        exhaustive=True,
    ),
    # an ultimatum (CAMEO 139)
    Example(
        "Serbia gave Kosovo an ultimatum to remove the barricades.",
        [_w(speaker={"country": "SRB"}, target={"country": "XKX"}, cameo="139")],
        exhaustive=True,
    ),
    # a vow of retaliation
    Example(
        "Hezbollah vowed retaliation against Israel.",
        [_w(speaker={"name": "Hezbollah"}, target={"country": "ISR"})],
        exhaustive=True,
    ),
    # a warning that may be issued is hypothetical
    Example(
        "China could threaten Taiwan with a blockade.",
        [_w(speaker={"country": "CHN"}, target={"country": "TWN"}, modality="hypothetical")],
        exhaustive=True,
    ),
    # a denied threat is negated
    Example(
        "Russia did not threaten Georgia, the minister said.",
        [_w(speaker={"country": "RUS"}, target={"country": "GEO"}, modality="negated")],
        exhaustive=True,
    ),
    # a set phrase in a quote is said by the person the quote is attributed to
    Example(
        "“All options are on the table,” Israeli Defence Minister Dan Alon said of Iran.",
        [
            _w(
                speaker={"name": "Dan Alon", "country": "ISR"},
                target={"country": "IRN"},
                rule="warning.options.phrase",
            )
        ],
        exhaustive=True,
    ),
    # a seat of power speaks for its government
    Example(
        "The White House warned Iran on Sunday.",
        [
            _w(
                speaker={"country": "USA", "kind": "government"},
                target={"country": "IRN"},
                date={"value": "2024-10-20"},
            )
        ],
        exhaustive=True,
    ),
    # a possible strike announced by a leader is a threat of force
    Example(
        "President Lula said he was ready for a possible strike against the rebels in Haiti.",
        [_w(speaker={"name": "Luiz Inacio Lula da Silva", "text": "President Lula"}, cameo="138")],
    ),
    # whom a threat is "against" is its target, before other actors in between
    Example(
        "Germany warned of the threat of NATO strikes against Serbia.",
        [_w(speaker={"country": "DEU"}, target={"country": "SRB"})],
        exhaustive=True,
    ),
    # warnings "from" a capital come from its government
    Example(
        "The president shrugged off stern warnings from Moscow on Thursday that strikes "
        "on Iraq would backfire.",
        [_w(speaker={"country": "RUS"}, date={"value": "2024-10-24"})],
        exhaustive=True,
    ),
    # ", warning X that ...": the participle's speaker is the sentence's subject
    Example(
        "British Prime Minister Tony Blair pledged to stand united with the United States "
        "against Iraq, warning Iraqi President Saddam Hussein that the threat of force is "
        "real.",
        [_w(speaker={"country": "GBR"}, target={"country": "IRQ"})],
        exhaustive=True,
    ),
    # a "that" clause is what is warned of: an "against" inside it names no target
    Example(
        "The president shrugged off warnings from Russia that US air strikes against Iraq "
        "could harm relations.",
        [_w(speaker={"country": "RUS"}, target={"country": "USA"})],
        exhaustive=True,
    ),
    # "our warning" is said by the quote's speaker, and refers back
    Example(
        'US officials warned Iraq on Monday. "Baghdad will know by our actions and our '
        'warning that we are prepared to act again," the defense secretary said.',
        [_w(speaker={"country": "USA"}, target={"country": "IRQ"}, date={"value": "2024-10-21"})],
        exhaustive=True,
    ),
    # "“…,” X said" names the speaker before the verb; actors after "told reporters"
    # are not the speaker
    Example(
        '"They will pay a heavy price," Iran\'s foreign minister said on Monday, '
        "referring to Israel.",
        [_w(speaker={"country": "IRN"}, target={"country": "ISR"})],
        exhaustive=True,
    ),
    # "Union" in a body's name is no labour union
    Example(
        "The African Union warned the junta in Niger on Monday.",
        [_w(speaker={"name": "African Union"}, date={"value": "2024-10-21"})],
        exhaustive=True,
    ),
    # a set phrase quoted from an unnamed official is a warning with no named speaker
    Example(
        '"All options are on the table," a senior administration official told '
        "reporters, referring to Iran.",
        [_w(speaker=None, target={"country": "IRN"})],
        exhaustive=True,
    ),
    # "will be met with a crushing response": a threat of force
    Example(
        '"Any aggression against Iran will be met with a crushing response," Foreign '
        "Minister Abbas Araghchi of Iran said.",
        [_w(speaker={"country": "IRN"}, cameo="138")],
        exhaustive=True,
    ),
    # "Ireland" inside "Northern Ireland" is the United Kingdom's region
    Example(
        "Northern Ireland's biggest party is threatening to leave the talks.",
        [_w(speaker={"country": "GBR"})],
        exhaustive=True,
    ),
    # a red line, and an ultimatum without the word
    Example(
        "The White House said any use of chemical weapons would cross a red line.",
        [_w(speaker={"country": "USA"})],
        exhaustive=True,
    ),
    Example(
        "Turkey gave the Kurdish militia 48 hours to leave the border area.",
        # whom the ultimatum is given is the target
        [_w(speaker={"country": "TUR"}, target={"name": "Kurdish militia"}, cameo="139")],
        exhaustive=True,
    ),
    # a state inside the relative clause of a generic subject ("any country that ...")
    # is not who becomes the target
    Example(
        "Russia said any state that sends jets to Poland would be a legitimate target.",
        [_w(speaker={"country": "RUS"}, target=None)],
        exhaustive=True,
    ),
    # a condition set off before a threat made is the threat's content: the threat is
    # asserted; a warning still to come on a condition is hypothetical
    Example(
        "If the rebels attack again, Ethiopia has threatened to strike their bases.",
        [_w(speaker={"country": "ETH"}, modality="asserted")],
        exhaustive=True,
    ),
    Example(
        "If the rebels attack again, Ethiopia will warn Eritrea first.",
        [_w(speaker={"country": "ETH"}, target={"country": "ERI"}, modality="hypothetical")],
        exhaustive=True,
    ),
    # recalling an ambassador is a diplomatic threat; a product recall is not
    Example(
        "Turkey threatened to recall its ambassador from France.",
        [_w(speaker={"country": "TUR"})],
        exhaustive=True,
    ),
    Example("The carmaker warned of a product recall of two million cars.", []),
    # a diplomatic threat told as what would follow, aimed at the other side of the ties
    Example(
        "Canada said the expulsions would seriously damage relations with India.",
        [_w(speaker={"country": "CAN"}, target={"country": "IND"})],
        exhaustive=True,
    ),
    Example(
        "Egypt said it would sever diplomatic ties with Qatar unless the broadcasts stopped.",
        [_w(speaker={"country": "EGY"}, target={"country": "QAT"})],
        exhaustive=True,
    ),
    Example(
        "Lithuania said the seizure could lead to a review of ties with Belarus.",
        [_w(speaker={"country": "LTU"}, target={"country": "BLR"})],
        exhaustive=True,
    ),
    # ties already cut are an act, not a threat
    Example("Turkey severed ties with Israel in 2010.", []),
    # "cautioned Washington against": the capital is the government warned
    Example(
        "Iran cautioned Washington against escalating the conflict.",
        [_w(speaker={"country": "IRN"}, target={"country": "USA"})],
        exhaustive=True,
    ),
    # two mentions of the same warning merge
    Example(
        "Russia warned Finland on Monday. Moscow repeated the warning to Finland later.",
        [_w(speaker={"country": "RUS"}, target={"country": "FIN"}, date={"value": "2024-10-21"})],
        exhaustive=True,
    ),
    # "the warning" later refers back to it; the date beside the anaphor is not the
    # warning's, and what follows the anaphor is not its target
    Example(
        "Russia warned Finland on Monday that it would close the border. The warning "
        "follows a vote by the Swedish parliament in June. Russian officials repeated "
        "their warning on Wednesday.",
        [_w(speaker={"country": "RUS"}, target={"country": "FIN"}, date={"value": "2024-10-21"})],
        exhaustive=True,
    ),
    # a warning told once as made is asserted, though another mention is conditional
    Example(
        "Israel may warn Iran, officials said on Monday. The warning came on Tuesday.",
        [_w(speaker={"country": "ISR"}, target={"country": "IRN"}, modality="asserted")],
        exhaustive=True,
    ),
    # the possessor of a harm the threat calls for is its target, a name or plural noun
    # no actor covers included
    Example(
        "The opposition party threatened to push for the Socialists' expulsion from the coalition.",
        [_w(speaker=None, target={"name": "Socialists"})],
        exhaustive=True,
    ),
    Example(
        "The ruling party threatened to seek Sinn Fein's immediate expulsion from the talks.",
        [_w(target={"name": "Sinn Fein"})],
        exhaustive=True,
    ),
    # ... and comes before another actor the complement names on the way
    Example(
        "Russia threatened to ask the United Nations for Georgia's suspension from the council.",
        [_w(speaker={"country": "RUS"}, target={"country": "GEO"})],
        exhaustive=True,
    ),
    # ", warning its courts against ...": the object is the target, "its" standing for
    # the state; the state named after "pressure on" is no speaker, and what follows
    # "against" is the act warned against
    Example(
        "Newspapers stepped up pressure on France, warning its courts against a ruling "
        "biased against Algeria.",
        [_w(speaker=None, target={"country": "FRA"})],
        exhaustive=True,
    ),
    # the speaker's own institution as object: no target, and none inside "against ..."
    Example(
        "Iran warned its judiciary against issuing any verdict biased against Israel.",
        [_w(speaker={"country": "IRN"}, target=None)],
        exhaustive=True,
    ),
    # a set phrase's target is whom the threat it refers to is "against", before an
    # actor of the sentence the splitter did not end after "she said."
    Example(
        "``Only NATO can make it work,'' she said. ``We must spell out the consequences of "
        "intransigence,'' she added, referring to the threat of air strikes against Serbia.",
        [_w(target={"country": "SRB"})],
        exhaustive=True,
    ),
    # who will pay, become a target or cross a red line is threatened, never the one
    # who threatens: that is the subject of a warning verb in the sentence, if any
    Example(
        "Israel will pay a heavy price, Iran warned.",
        [_w(speaker={"country": "IRN"}, target={"country": "ISR"}, rule="warning.price.phrase")],
        exhaustive=True,
    ),
    Example(
        '"Israel will pay a heavy price," warned Iran\'s foreign minister.',
        [_w(speaker={"country": "IRN"}, target={"country": "ISR"})],
        exhaustive=True,
    ),
    Example(
        "Japan would cross a red line, China has repeatedly warned.",
        [_w(speaker={"country": "CHN"}, target={"country": "JPN"})],
        exhaustive=True,
    ),
    Example(
        "The spokesman warned that Japan would face serious consequences.",
        [_w(speaker=None, target={"country": "JPN"})],
        exhaustive=True,
    ),
    Example(
        "The president warned Russia that it would pay a heavy price.",
        [_w(speaker=None, target={"country": "RUS"})],
        exhaustive=True,
    ),
    Example(
        "If Poland sends troops, they will become legitimate targets.",
        [_w(speaker=None, target={"country": "POL"})],
        exhaustive=True,
    ),
    # "the threat of American strikes": a threat by the state that would strike, which
    # speaks for it when nobody else does, and is never its target
    Example(
        "The envoy spoke of the threat of American strikes against Iraq.",
        [_w(speaker={"country": "USA"}, target={"country": "IRQ"})],
        exhaustive=True,
    ),
    # a response or retaliation "to an Iranian attack" is aimed at the attacker, not at
    # the victim named after it
    Example(
        "Israel will respond to an Iranian attack on Jordan, the minister said.",
        [_w(speaker={"country": "ISR"}, target={"country": "IRN"})],
        exhaustive=True,
    ),
    Example(
        "Russia said it would retaliate for any American strike on its forces.",
        [_w(speaker={"country": "RUS"}, target={"country": "USA"})],
        exhaustive=True,
    ),
    # "told X to ... or face war": an ultimatum in all but name, aimed at X
    Example(
        "China told Taiwan to abandon independence or face war.",
        [_w(speaker={"country": "CHN"}, target={"country": "TWN"})],
        exhaustive=True,
    ),
    # the threatened subject is the one nearest before the phrase, not the first actor
    # of its clause
    Example(
        "The United States said Iran would face serious consequences.",
        [_w(target={"country": "IRN"})],
        exhaustive=True,
    ),
    # whom the verb takes is the target even when of the speaker's own state
    Example(
        "The White House warned Pentagon officials against leaking the plan.",
        [_w(speaker={"country": "USA"}, target={"text": "Pentagon officials", "country": "USA"})],
        exhaustive=True,
    ),
    # a verb after "and" shares the subject of the verb before it, not its object
    Example(
        "Syria's president called Turkey's leader a liar and said the Turks would pay "
        "a heavy price.",
        [_w(speaker={"country": "SYR"}, target={"country": "TUR"})],
        exhaustive=True,
    ),
    Example(
        "On Thursday Serbia summoned Croatia's envoy and warned Zagreb against moving "
        "troops to the border.",
        [_w(speaker={"country": "SRB"}, target={"country": "HRV"})],
    ),
    # "States" inside "the United States" is no reporting verb ("the report states"):
    # the state that said it is the speaker
    Example(
        "The United States said Venezuela would face serious consequences.",
        [_w(speaker={"country": "USA"}, target={"country": "VEN"})],
        exhaustive=True,
    ),
    # a passive's subject is who is warned; whoever follows "by" warns, else nobody named
    Example(
        "Serbia was warned by the European Union on Tuesday against blocking the talks.",
        [_w(speaker={"name": "European Union"}, target={"country": "SRB"})],
        exhaustive=True,
    ),
    Example(
        "Armenia was warned not to join the court.",
        [_w(speaker=None, target={"country": "ARM"})],
        exhaustive=True,
    ),
    # "received a warning from X": the receiver is warned, the source warns
    Example(
        "Iran received a stern warning from the United States on Monday.",
        [_w(speaker={"country": "USA"}, target={"country": "IRN"}, date={"value": "2024-10-21"})],
        exhaustive=True,
    ),
    # "a warning" after a determiner or possessive is the noun, not the participle: its
    # owner or source warns, whom it goes "to" is warned
    Example(
        "Moscow's warning to Kyiv came on Monday.",
        [_w(speaker={"country": "RUS"}, target={"country": "UKR"})],
        exhaustive=True,
    ),
    Example(
        "A warning from China to Japan was delivered on Monday.",
        [_w(speaker={"country": "CHN"}, target={"country": "JPN"})],
        exhaustive=True,
    ),
    # "…, X warned.": who warns stands between the comma and the verb; when no actor
    # does, none named in what was warned speaks
    Example(
        "The ceasefire will not hold, the Iranian foreign ministry warned.",
        [_w(speaker={"country": "IRN"}, target=None)],
        exhaustive=True,
    ),
    Example(
        "The truce with Israel will collapse, a senior official warned.",
        [_w(speaker=None)],
        exhaustive=True,
    ),
    # "“…,” warned X": the speaker follows the verb, and is not its object
    Example(
        '"We will not stop," warned Iran\'s foreign minister on Monday.',
        [_w(speaker={"country": "IRN"}, target=None)],
        exhaustive=True,
    ),
    Example(
        "Israel will not stop the offensive, warned Iran's foreign minister.",
        [_w(speaker={"country": "IRN"}, target=None)],
        exhaustive=True,
    ),
    # a pronoun opening what is warned is its subject, not whom the verb takes: "it"
    # would respond, it is not warned
    Example(
        "Syria called Turkey an aggressor and warned it would respond.",
        [_w(speaker={"country": "SYR"}, target=None)],
        exhaustive=True,
    ),
    Example(
        "The rebel commander warned they would attack government positions.",
        [_w(target=None)],
        exhaustive=True,
    ),
    # the subject of a phrase of force ("it would strike") strikes: it is never the
    # target, though it is another mention of the speaker
    Example(
        "Poland said Russia had warned that it would strike supply lines.",
        [_w(speaker={"country": "RUS"}, target=None)],
        exhaustive=True,
    ),
    # an actor after a preposition is no subject ("protests against ..."): nobody named
    # warns; an owner after one is ("the countdown to Russia's threatened cut")
    Example(
        "Protests against President Maduro appeared aimed at warning voters that the "
        "opposition could lose.",
        [_w(speaker=None)],
        exhaustive=True,
    ),
    Example(
        "The countdown to Russia's threatened cut of gas supplies to Ukraine began.",
        [_w(speaker={"country": "RUS"}, target={"country": "UKR"})],
        exhaustive=True,
    ),
    # a pronoun after the verb ("..., and they said") resolved to whom the verb takes
    # is a wrong guess: the object is warned, and no speaker is named
    Example(
        "Local leaders warned Turkish officials that they would get no help, and they "
        "said protests could follow.",
        [_w(speaker=None, target={"country": "TUR"})],
        exhaustive=True,
    ),
    # whom the verb takes is named before "that": no actor of the content is warned
    Example(
        "The broadcast was meant to warn farmers that Brazil could cut its imports.",
        [_w(speaker=None, target=None)],
        exhaustive=True,
    ),
    # leaflets dropped by a named force warn for it
    Example(
        "The Israeli army dropped leaflets warning residents of Gaza City to leave.",
        [_w(speaker={"country": "ISR"})],
        exhaustive=True,
    ),
    # a state's threats "to" another are still threats when the state owns them, and
    # "threatened by" a state is a threat by it
    Example(
        "Iran's threats to Israel alarmed Washington.",
        [_w(speaker={"country": "IRN"}, target={"country": "ISR"})],
        exhaustive=True,
    ),
    Example(
        "Syria was threatened by Turkey with sanctions.",
        [_w(speaker={"country": "TUR"}, target={"country": "SYR"})],
        exhaustive=True,
    ),
    # intimidation by a named state stays a threat
    Example(
        "China tried to intimidate Taiwan with military drills.",
        [_w(speaker={"country": "CHN"}, target={"country": "TWN"})],
        exhaustive=True,
    ),
]

_NEGATIVE = [
    "The company gave employees two days to respond.",
    "The fans gave a crushing response to the referee's call.",
    'The film "All options are on the table" opened on Friday.',
    # labour disputes and sport are no warnings between states
    "The union threatened to strike if wages were not raised.",
    "The coach warned his players about complacency.",
    # retaliation done is an act; only retaliation to come is a threat
    "Retaliating for the embassy bombings, U.S. forces launched missile strikes on Monday.",
    "Officials are warning residents that oncoming rains will cause landslides.",
    "The chief executive said he is approaching next year with caution.",
    # "threaten" with a force as subject and no "to" clause means endanger
    "Iraqi troops massed nearby in Kuwait threatened Saudi Arabia's oil fields.",
    "The fighting threatened the ceasefire.",
    "Forecasters warned of heavy rain and flooding on Friday.",
    "Analysts warned that inflation could rise next year.",
    "Health officials warned about a new flu strain.",
    "The bank issued a profit warning on Tuesday.",
    "The label carries a warning about smoking.",
    "Scientists warned that glaciers are melting faster.",
    # a danger from no state or body is no threat anyone made
    "Officials discussed the threat of terrorist attacks against embassies.",
    "Workers told the company to raise wages or face a long strike.",
    # a frame of mind or a side effect warned against or of is no harm threatened
    "The government warned against excessive optimism about the talks.",
    "Officials warned of a knock-on effect for exporters in the region.",
    # a danger named before the verb, warned about: no threat by who warned
    "The mayor recalled a danger the old king warned about in his speeches.",
    # intimidation with nobody named, or suffered in the passive: a defiance
    "The mayor said he would not let anyone intimidate him.",
    "Taiwan will not be intimidated by China, the president said.",
    # a price paid in votes is no harm
    '"The president will pay a heavy price at the polls," Senator John Walker said.',
    # threats received from people no actor names are no official's
    "The judge received threats from callers after the verdict.",
    # a business's threat to its competitors
    "Small bakeries face a powerful threat from the food giant, which opened ten stores.",
    # a threat "to" something nobody owns is a danger
    "Officials said there were fresh threats to Western interests in the region.",
    # leaflets with nobody named behind them
    "Someone handed out leaflets warning that the new mosque would bring crime.",
    # "threatened by" troops is endangered
    "Kuwait's oil fields were threatened by Iraqi troops massed on the border.",
]

CORPUS = Corpus(name="warning", items=_warnings, examples=_EXAMPLES, negative=_NEGATIVE)
