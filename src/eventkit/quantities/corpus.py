"""Examples for the quantities layer: counts as news writes them, and what is no count.

Every expected item gives the span text, the value, the bounds, the qualifier and the
counted noun. The values follow one table (see :mod:`eventkit.quantities.rules`):

============  =====  ==========  ======
qualifier     value  low         high
============  =====  ==========  ======
exact         N      N           N
about         N      None        None
at_least      N      N           None
at_most       N      None        N
range         None   low         high
vague         None   magnitude   None    (qualifier at_least)
============  =====  ==========  ======

All sentences were written for eventkit; none is taken from a news corpus.
"""

from __future__ import annotations

from typing import Any

from eventkit.corpus import Corpus, Example

__all__ = ["CORPUS"]

Number = int | float


def _q(
    text: str,
    value: Number | None,
    low: Number | None,
    high: Number | None,
    qualifier: str,
    unit: str | None,
) -> dict[str, Any]:
    return {
        "text": text,
        "value": value,
        "low": low,
        "high": high,
        "qualifier": qualifier,
        "unit": unit,
    }


def exact(text: str, n: Number, unit: str | None = None) -> dict[str, Any]:
    return _q(text, n, n, n, "exact", unit)


def about(text: str, n: Number, unit: str | None = None) -> dict[str, Any]:
    return _q(text, n, None, None, "about", unit)


def at_least(text: str, n: Number, unit: str | None = None) -> dict[str, Any]:
    return _q(text, n, n, None, "at_least", unit)


def at_most(text: str, n: Number, unit: str | None = None) -> dict[str, Any]:
    return _q(text, n, None, n, "at_most", unit)


def between(text: str, low: Number, high: Number, unit: str | None = None) -> dict[str, Any]:
    return _q(text, None, low, high, "range", unit)


def vague(text: str, least: Number, unit: str | None = None) -> dict[str, Any]:
    return _q(text, None, least, None, "at_least", unit)


def _ex(text: str, *items: dict[str, Any]) -> Example:
    return Example(text, list(items), exhaustive=True)


_EXAMPLES = [
    # -- digits, with thousands separators -------------------------------------------
    _ex(
        "The ministry said 3,000 soldiers crossed the river.",
        exact("3,000 soldiers", 3000, "soldiers"),
    ),
    _ex("Officials counted 12 drones over the capital.", exact("12 drones", 12, "drones")),
    _ex("A convoy of 450 trucks left the depot.", exact("450 trucks", 450, "trucks")),
    _ex("The garrison of 1,250,000 men was never tested.", exact("1,250,000 men", 1250000, "men")),
    _ex("The navy moved 7 000 sailors to the base.", exact("7 000 sailors", 7000, "sailors")),
    _ex(
        "The army has 1.500.000 reservists on paper.",
        exact("1.500.000 reservists", 1500000, "reservists"),
    ),
    _ex("They said 3.000 soldiers had arrived.", exact("3.000 soldiers", 3000, "soldiers")),
    _ex(
        "The police deployed some 9, 000 officers.", about("some 9, 000 officers", 9000, "officers")
    ),
    _ex(
        "Rebels hold 17 towns and 40 villages.",
        exact("17 towns", 17, "towns"),
        exact("40 villages", 40, "villages"),
    ),
    _ex("The death toll rose to 45.", exact("45", 45)),
    _ex("Another 300 died.", exact("300", 300)),
    _ex("Russia has deployed 3000 troops to the border.", exact("3000 troops", 3000, "troops")),
    _ex("The plan calls for 3.5 brigades.", exact("3.5 brigades", 3.5, "brigades")),
    _ex("They had zero casualties.", exact("zero casualties", 0, "casualties")),
    # -- decimals with scale words ------------------------------------------------------
    _ex(
        "The alliance can field 1.2 million troops.", exact("1.2 million troops", 1200000, "troops")
    ),
    _ex(
        "The war displaced 2.5bn people, the report said.",
        exact("2.5bn people", 2500000000, "people"),
    ),
    _ex("The region has 12m people.", exact("12m people", 12000000, "people")),
    _ex("The army ordered 40k rifles.", exact("40k rifles", 40000, "rifles")),
    _ex(
        "Some 3 million refugees have registered.",
        about("Some 3 million refugees", 3000000, "refugees"),
    ),
    _ex(
        "The country of 10.3 million people voted.",
        exact("10.3 million people", 10300000, "people"),
    ),
    _ex(
        "About 1.5 billion people watched.", about("About 1.5 billion people", 1500000000, "people")
    ),
    # -- number words --------------------------------------------------------------------
    _ex("Three thousand marines landed at dawn.", exact("Three thousand marines", 3000, "marines")),
    _ex(
        "Seven hundred and fifty paratroopers jumped.",
        exact("Seven hundred and fifty paratroopers", 750, "paratroopers"),
    ),
    _ex("Forty-five drones were shot down.", exact("Forty-five drones", 45, "drones")),
    _ex("The unit lost forty five men.", exact("forty five men", 45, "men")),
    _ex(
        "A dozen armoured vehicles entered the town.",
        exact("A dozen armoured vehicles", 12, "armoured vehicles"),
    ),
    _ex("Two dozen warships took part.", exact("Two dozen warships", 24, "warships")),
    _ex("Half a dozen drones were downed.", exact("Half a dozen drones", 6, "drones")),
    _ex(
        "A couple of destroyers shadowed the convoy.",
        exact("A couple of destroyers", 2, "destroyers"),
    ),
    _ex(
        "A couple of hundred protesters gathered.",
        exact("A couple of hundred protesters", 200, "protesters"),
    ),
    _ex("A hundred soldiers guarded the bridge.", exact("A hundred soldiers", 100, "soldiers")),
    _ex("A thousand volunteers signed up.", exact("A thousand volunteers", 1000, "volunteers")),
    _ex(
        "Half a million reservists were called up.",
        exact("Half a million reservists", 500000, "reservists"),
    ),
    _ex(
        "A quarter of a million people marched.",
        exact("A quarter of a million people", 250000, "people"),
    ),
    _ex(
        "One and a half million people fled.",
        exact("One and a half million people", 1500000, "people"),
    ),
    _ex(
        "Twenty-five thousand soldiers were mobilised.",
        exact("Twenty-five thousand soldiers", 25000, "soldiers"),
    ),
    _ex(
        "One hundred and twenty prisoners were freed.",
        exact("One hundred and twenty prisoners", 120, "prisoners"),
    ),
    _ex(
        "Eleven hundred police officers were on duty.",
        exact("Eleven hundred police officers", 1100, "police officers"),
    ),
    _ex(
        "Two million three hundred thousand people voted.",
        exact("Two million three hundred thousand people", 2300000, "people"),
    ),
    _ex("A pair of bombers flew over the sea.", exact("A pair of bombers", 2, "bombers")),
    _ex(
        "One soldier was killed and two were wounded.",
        exact("One soldier", 1, "soldier"),
        exact("two", 2),
    ),
    _ex("A single soldier was wounded.", exact("A single soldier", 1, "soldier")),
    _ex("Three dozen soldiers were there.", exact("Three dozen soldiers", 36, "soldiers")),
    _ex("A further 2,000 troops will follow.", exact("2,000 troops", 2000, "troops")),
    # -- approximators -------------------------------------------------------------------
    _ex(
        "Some 3,000 North Korean troops arrived.",
        about("Some 3,000 North Korean troops", 3000, "troops"),
    ),
    _ex("About 1,500 more troops will be sent.", about("About 1,500 more troops", 1500, "troops")),
    _ex(
        "Around 30 helicopters took part in the drill.",
        about("Around 30 helicopters", 30, "helicopters"),
    ),
    _ex("Roughly 200 sailors were aboard.", about("Roughly 200 sailors", 200, "sailors")),
    _ex("Nearly 40,000 people have fled.", about("Nearly 40,000 people", 40000, "people")),
    _ex("Almost 4,000 marines have landed.", about("Almost 4,000 marines", 4000, "marines")),
    _ex(
        "Approximately 60,000 reservists were called up.",
        about("Approximately 60,000 reservists", 60000, "reservists"),
    ),
    _ex(
        "An estimated 2,000 civilians remain in the city.",
        about("An estimated 2,000 civilians", 2000, "civilians"),
    ),
    _ex(
        "Close to 900 peacekeepers are stationed there.",
        about("Close to 900 peacekeepers", 900, "peacekeepers"),
    ),
    _ex("A dozen or so ships were seen.", about("A dozen or so ships", 12, "ships")),
    _ex("Nearly two dozen ships sailed.", about("Nearly two dozen ships", 24, "ships")),
    _ex("The force numbers 5,000 or so.", about("5,000 or so", 5000)),
    _ex("There were 20-odd vessels in the harbour.", about("20-odd vessels", 20, "vessels")),
    _ex(
        "Approx. 800 engineers work at the site.", about("Approx. 800 engineers", 800, "engineers")
    ),
    _ex("The brigade has ~4,000 soldiers.", about("~4,000 soldiers", 4000, "soldiers")),
    _ex("More or less 200 guards were on duty.", about("More or less 200 guards", 200, "guards")),
    # -- lower bounds --------------------------------------------------------------------
    _ex(
        "At least 3,000 soldiers were sent.", at_least("At least 3,000 soldiers", 3000, "soldiers")
    ),
    _ex("More than 300 people were killed.", at_least("More than 300 people", 300, "people")),
    _ex("Over 10,000 people fled the fighting.", at_least("Over 10,000 people", 10000, "people")),
    _ex(
        "Upwards of 5,000 fighters joined.", at_least("Upwards of 5,000 fighters", 5000, "fighters")
    ),
    _ex("In excess of 200 tanks were massed.", at_least("In excess of 200 tanks", 200, "tanks")),
    _ex("Just over 2,000 soldiers remain.", at_least("Just over 2,000 soldiers", 2000, "soldiers")),
    _ex("Well over 100 aircraft took part.", at_least("Well over 100 aircraft", 100, "aircraft")),
    _ex("More than a dozen ships were hit.", at_least("More than a dozen ships", 12, "ships")),
    _ex(
        "The 3,000-plus troops are based in the north.",
        at_least("3,000-plus troops", 3000, "troops"),
    ),
    _ex("They sent 500+ drones.", at_least("500+ drones", 500, "drones")),
    _ex("It will need 3,000 troops or more.", at_least("3,000 troops or more", 3000, "troops")),
    _ex("No fewer than 40 ships were seized.", at_least("No fewer than 40 ships", 40, "ships")),
    _ex(
        "A minimum of 150 monitors will be deployed.",
        at_least("A minimum of 150 monitors", 150, "monitors"),
    ),
    _ex(
        "At least three of the soldiers were hurt.",
        at_least("At least three of the soldiers", 3, "soldiers"),
    ),
    _ex(
        "As few as 50 soldiers defend the town.", at_least("As few as 50 soldiers", 50, "soldiers")
    ),
    _ex(
        "One or more warships will escort the convoy.",
        at_least("One or more warships", 1, "warships"),
    ),
    # -- upper bounds --------------------------------------------------------------------
    _ex("Up to 5,000 troops may be withdrawn.", at_most("Up to 5,000 troops", 5000, "troops")),
    _ex("Fewer than 100 remain in the country.", at_most("Fewer than 100", 100)),
    _ex(
        "Less than a thousand soldiers stayed behind.",
        at_most("Less than a thousand soldiers", 1000, "soldiers"),
    ),
    _ex(
        "No more than 500 advisers will remain.",
        at_most("No more than 500 advisers", 500, "advisers"),
    ),
    _ex("Under 300 troops are left.", at_most("Under 300 troops", 300, "troops")),
    _ex("The unit has as many as 800 men.", at_most("as many as 800 men", 800, "men")),
    _ex(
        "A maximum of 60 observers may enter.",
        at_most("A maximum of 60 observers", 60, "observers"),
    ),
    _ex(
        "Just under 2,000 marines are aboard.", at_most("Just under 2,000 marines", 2000, "marines")
    ),
    _ex("The mission will have 400 staff at most.", at_most("400 staff at most", 400, "staff")),
    _ex("Up to two brigades may be sent.", at_most("Up to two brigades", 2, "brigades")),
    _ex("The force has fewer than a hundred men.", at_most("fewer than a hundred men", 100, "men")),
    # -- ranges ----------------------------------------------------------------------------
    _ex(
        "Between 2,000 and 3,000 troops arrived.",
        between("Between 2,000 and 3,000 troops", 2000, 3000, "troops"),
    ),
    _ex(
        "The base hosts 2,000 to 3,000 troops.",
        between("2,000 to 3,000 troops", 2000, 3000, "troops"),
    ),
    _ex("Witnesses saw 8-10 tanks.", between("8-10 tanks", 8, 10, "tanks")),
    _ex("Witnesses saw 8–10 tanks.", between("8–10 tanks", 8, 10, "tanks")),
    _ex("Two or three warships were nearby.", between("Two or three warships", 2, 3, "warships")),
    _ex("Some 20-30 fighters attacked.", between("Some 20-30 fighters", 20, 30, "fighters")),
    _ex(
        "Between two and three thousand soldiers were deployed.",
        between("Between two and three thousand soldiers", 2000, 3000, "soldiers"),
    ),
    _ex(
        "They shipped 2 to 3 million doses.",
        between("2 to 3 million doses", 2000000, 3000000, "doses"),
    ),
    _ex(
        "From 100 to 150 observers will take part.",
        between("From 100 to 150 observers", 100, 150, "observers"),
    ),
    _ex(
        "Seoul said 10,000 to 12,000 North Korean troops are there.",
        between("10,000 to 12,000 North Korean troops", 10000, 12000, "troops"),
    ),
    _ex("The city has 3-4,000 police.", between("3-4,000 police", 3000, 4000, "police")),
    _ex("One or two soldiers were hurt.", between("One or two soldiers", 1, 2, "soldiers")),
    _ex(
        "Between 1 and 1.5 million people fled.",
        between("Between 1 and 1.5 million people", 1000000, 1500000, "people"),
    ),
    _ex(
        "Reports put the force at 300 - 400 militants.",
        between("300 - 400 militants", 300, 400, "militants"),
    ),
    _ex(
        "Two to three hundred soldiers were there.",
        between("Two to three hundred soldiers", 200, 300, "soldiers"),
    ),
    _ex(
        "Three or four thousand people fled.",
        between("Three or four thousand people", 3000, 4000, "people"),
    ),
    _ex("Two or three dozen tanks burned.", between("Two or three dozen tanks", 24, 36, "tanks")),
    _ex("Five to 10 drones attacked.", between("Five to 10 drones", 5, 10, "drones")),
    # -- vague magnitudes -----------------------------------------------------------------
    _ex("Thousands of troops massed at the border.", vague("Thousands of troops", 1000, "troops")),
    _ex("Dozens of civilians were killed.", vague("Dozens of civilians", 12, "civilians")),
    _ex("Scores of militants were detained.", vague("Scores of militants", 20, "militants")),
    _ex("Hundreds of soldiers crossed the river.", vague("Hundreds of soldiers", 100, "soldiers")),
    _ex(
        "Tens of thousands of protesters marched.",
        vague("Tens of thousands of protesters", 10000, "protesters"),
    ),
    _ex(
        "Hundreds of thousands of refugees fled.",
        vague("Hundreds of thousands of refugees", 100000, "refugees"),
    ),
    _ex("Millions of people lost power.", vague("Millions of people", 1000000, "people")),
    _ex("Thousands were killed.", vague("Thousands", 1000)),
    _ex("Thousands more troops are expected.", vague("Thousands more troops", 1000, "troops")),
    _ex(
        "Several thousand troops were redeployed.", vague("Several thousand troops", 3000, "troops")
    ),
    _ex("A few hundred volunteers stayed.", vague("A few hundred volunteers", 200, "volunteers")),
    _ex("Several dozen vehicles burned.", vague("Several dozen vehicles", 36, "vehicles")),
    _ex("Many thousands of people fled.", vague("Many thousands of people", 1000, "people")),
    _ex("They came in 1,000s of boats.", vague("1,000s of boats", 1000, "boats")),
    _ex(
        "Thousands upon thousands of refugees waited.",
        vague("Thousands upon thousands of refugees", 1000, "refugees"),
    ),
    # -- counts of units and equipment -------------------------------------------------
    _ex("Moscow moved two brigades to the front.", exact("two brigades", 2, "brigades")),
    _ex("A battalion was sent to the island.", exact("A battalion", 1, "battalion")),
    _ex(
        "A US aircraft carrier entered the Gulf.",
        exact("A US aircraft carrier", 1, "aircraft carrier"),
    ),
    _ex(
        "The navy sent three aircraft carriers.",
        exact("three aircraft carriers", 3, "aircraft carriers"),
    ),
    _ex(
        "An American destroyer and a British frigate sailed.",
        exact("An American destroyer", 1, "destroyer"),
        exact("a British frigate", 1, "frigate"),
    ),
    _ex("An additional battalion was deployed.", exact("An additional battalion", 1, "battalion")),
    _ex(
        "The drill involved 90,000 personnel, 300 aircraft and 50 warships.",
        exact("90,000 personnel", 90000, "personnel"),
        exact("300 aircraft", 300, "aircraft"),
        exact("50 warships", 50, "warships"),
    ),
    _ex(
        "It received 24 F-16 jets and 12 Su-35s.",
        exact("24 F-16 jets", 24, "jets"),
        exact("12 Su-35s", 12, "Su-35s"),
    ),
    _ex("The 3,000-strong contingent left.", exact("3,000-strong contingent", 3000, "contingent")),
    _ex("Kyiv received 6 MiG-29 fighter jets.", exact("6 MiG-29 fighter jets", 6, "fighter jets")),
    _ex("It fired 14 ballistic missiles.", exact("14 ballistic missiles", 14, "missiles")),
    # -- modifiers between the number and the noun --------------------------------------
    _ex(
        "Pyongyang sent 3,000 North Korean soldiers.",
        exact("3,000 North Korean soldiers", 3000, "soldiers"),
    ),
    _ex("The 4,000 U.S. soldiers stayed.", exact("4,000 U.S. soldiers", 4000, "soldiers")),
    _ex(
        "Nearly 1,000 US-led coalition troops are based there.",
        about("Nearly 1,000 US-led coalition troops", 1000, "troops"),
    ),
    _ex(
        "Over 100 Russian-made tanks were destroyed.",
        at_least("Over 100 Russian-made tanks", 100, "tanks"),
    ),
    _ex("The army recruited 1500 new soldiers.", exact("1500 new soldiers", 1500, "soldiers")),
    _ex("There are 300 army officers on the list.", exact("300 army officers", 300, "officers")),
    _ex("Some 3,000 of its troops remain.", about("Some 3,000 of its troops", 3000, "troops")),
    _ex(
        "Inspectors toured three suspected weapons sites.",
        exact("three suspected weapons sites", 3, "weapons sites"),
    ),
    _ex("About 300 of them were soldiers.", about("About 300", 300)),
    _ex(
        "Thousands of Russian troops were seen.",
        vague("Thousands of Russian troops", 1000, "troops"),
    ),
    # -- measures -------------------------------------------------------------------------
    _ex("The town lies about 30 miles north of the border.", about("about 30 miles", 30, "miles")),
    _ex("They are 30 to 40km from the town.", between("30 to 40km", 30, 40, "km")),
    # -- title-case headlines ---------------------------------------------------------
    _ex("Russia Sends 3,000 Troops To Border", exact("3,000 Troops", 3000, "Troops")),
    _ex("Moscow Deploys Three Brigades", exact("Three Brigades", 3, "Brigades")),
    # -- numbers beside things that are not counts --------------------------------------
    _ex("In 2019 some 300 soldiers were sent.", about("some 300 soldiers", 300, "soldiers")),
    _ex("On Oct. 24 about 300 troops left.", about("about 300 troops", 300, "troops")),
    _ex("Prices rose 12% as 3,000 workers struck.", exact("3,000 workers", 3000, "workers")),
    _ex("Forty soldiers died in the 1990s.", exact("Forty soldiers", 40, "soldiers")),
    _ex("Flight 17 carried 298 passengers.", exact("298 passengers", 298, "passengers")),
    _ex("The rally drew 2,000 people at 3 p.m.", exact("2,000 people", 2000, "people")),
    _ex("Rebels took over 3 towns.", exact("3 towns", 3, "towns")),
    _ex("Italy sent 3,000 troops to Iraq in 2003.", exact("3,000 troops", 3000, "troops")),
    _ex("Troop numbers rose from 2,000 to 3,000.", exact("2,000", 2000), exact("3,000", 3000)),
    _ex("Ukraine shot down 23 of 25 drones.", exact("23", 23), exact("25 drones", 25, "drones")),
    _ex("The 101st Airborne sent 2,000 soldiers.", exact("2,000 soldiers", 2000, "soldiers")),
    _ex(
        "Under Resolution 1701, some 10,000 peacekeepers serve there.",
        about("some 10,000 peacekeepers", 10000, "peacekeepers"),
    ),
    _ex("The $5 million fund helps 200 families.", exact("200 families", 200, "families")),
]

_NEGATIVE = [
    # years, dates and decades
    "The vote was held in 2019.",
    "2019's budget was larger.",
    "The 2015 nuclear deal collapsed.",
    "Since 1991 the region has been calm.",
    "They met on Oct. 24.",
    "They met on 24 October.",
    "The summit is on May 3.",
    "The talks run from Dec. 1 to 3.",
    "It is 2024-10-24 today.",
    "It happened on 9/11.",
    "The 1990s were calm.",
    "In the '90s it was calm.",
    # clock times and durations
    "The meeting began at 10:30.",
    "It ended at 3 p.m. on Friday.",
    "They met at 0800 GMT.",
    "It lasted three days.",
    "He served 10 years in prison.",
    "The clinic is open 24/7.",
    # percentages and money
    "Prices rose 12% last year.",
    "Prices rose 12 percent.",
    "Support fell by 3 percentage points.",
    "The aid was worth $5 million.",
    "The deal was worth 5 million dollars.",
    "The EU pledged €3bn.",
    "The price was £2m.",
    "The budget is 300 billion rubles.",
    "It cost US$5 billion.",
    "It was three times larger.",
    # ordinals and labels
    "He came third.",
    "The 1st Armored Division moved.",
    "The 101st Airborne deployed.",
    "Resolution 2231 was adopted.",
    "Flight 17 was shot down.",
    "The No. 2 official resigned.",
    "NATO's Article 5 applies.",
    "They drove along Highway 1.",
    "Chapter 7 of the charter applies.",
    "An F-16 crashed.",
    "The G7 met.",
    "COVID-19 spread.",
    "Nord Stream 2 was damaged.",
    "Windows 10 was released.",
    "The Group of Seven met.",
    "A 10-point plan was put forward.",
    # phone numbers and scores
    "Call 202-555-0123 for details.",
    "Call +44 20 7946 0958.",
    "Call 555-3456 for details.",
    "The team won 2-1.",
    "A 5-4 vote approved it.",
    "They lost 2-3 at home.",
    # ages
    "He was aged 45.",
    "A 45-year-old man was arrested.",
    "John Smith, 45, said the talks failed.",
    "At the age of 45 he retired.",
    # "one" as a pronoun and ratios
    "One of them was arrested.",
    "The one who left was caught.",
    "No one was hurt.",
    "They met one another.",
    "One day he left.",
    "One in five soldiers was wounded.",
    "Two-thirds of the troops left.",
    "A two-day summit opened.",
    # unit nouns used as modifiers, and labels of units
    "A battalion commander said the attack failed.",
    "The navy built a submarine base there.",
    "Battalion 3 was relieved.",
    "The Security Council voted 12 to 3.",
    "The score was 3 to 1.",
]

CORPUS = Corpus(
    name="quantities",
    items=lambda doc: doc.quantities,
    examples=_EXAMPLES,
    negative=_NEGATIVE,
)
