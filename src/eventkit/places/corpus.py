"""Examples for the places layer: each text with the places it must yield.

Names are canonical ("Kiev" is Kyiv, "the Black Sea" is Black Sea), countries ISO
alpha-3 (None for seas and straits), kinds one of country, region, city, water, other.
"""

from __future__ import annotations

from typing import Any

from eventkit.corpus import Corpus, Example

__all__ = ["CORPUS"]


def _p(name: str, country: str | None, kind: str, text: str | None = None) -> dict[str, Any]:
    place: dict[str, Any] = {"name": name, "country": country, "kind": kind}
    if text is not None:
        place["text"] = text
    return place


def _only(text: str, *places: dict[str, Any]) -> Example:
    return Example(text, places, exhaustive=True)


_EXAMPLES = [
    # -- countries -------------------------------------------------------------------
    _only("Troops crossed into Ukraine overnight.", _p("Ukraine", "UKR", "country")),
    _only("The ministry said Russia would respond.", _p("Russia", "RUS", "country")),
    _only(
        "Ships sailed from the Netherlands to the Philippines.",
        _p("Netherlands", "NLD", "country"),
        _p("Philippines", "PHL", "country"),
    ),
    _only("Aid reached the United States on Monday.", _p("United States", "USA", "country")),
    _only("Officials flew to the U.S. last week.", _p("United States", "USA", "country", "U.S.")),
    _only("The jets returned to the UK.", _p("United Kingdom", "GBR", "country", "UK")),
    _only(
        "Britain and France signed the accord.",
        _p("United Kingdom", "GBR", "country"),
        _p("France", "FRA", "country"),
    ),
    _only(
        "North Korea fired a missile toward Japan.",
        _p("North Korea", "PRK", "country"),
        _p("Japan", "JPN", "country"),
    ),
    _only(
        "Seoul said South Korea would not retaliate.",
        _p("Seoul", "KOR", "city"),
        _p("South Korea", "KOR", "country"),
    ),
    _only(
        "Peacekeepers are stationed in the Democratic Republic of the Congo.",
        _p("Democratic Republic of the Congo", "COD", "country"),
    ),
    _only("Talks in Côte d'Ivoire ended early.", _p("Ivory Coast", "CIV", "country")),
    _only(
        "Troops left Bosnia and Herzegovina in 2004.",
        _p("Bosnia and Herzegovina", "BIH", "country"),
    ),
    _only(
        "The convoy entered Türkiye from Syria.",
        _p("Turkey", "TUR", "country"),
        _p("Syria", "SYR", "country"),
    ),
    _only("Iran's navy seized a tanker.", _p("Iran", "IRN", "country", "Iran")),
    _only(
        "Jordan closed its border with Iraq.",
        _p("Jordan", "JOR", "country"),
        _p("Iraq", "IRQ", "country"),
    ),
    _only(
        "Chad and Niger sent soldiers to Mali.",
        _p("Chad", "TCD", "country"),
        _p("Niger", "NER", "country"),
        _p("Mali", "MLI", "country"),
    ),
    _only(
        "Georgia accused Moscow of provocations.",
        _p("Georgia", "GEO", "country"),
        _p("Moscow", "RUS", "city"),
    ),
    _only("Kosovo asked for more NATO troops.", _p("Kosovo", "XKX", "country")),
    _only("A warship docked in Taiwan.", _p("Taiwan", "TWN", "country")),
    _only(
        "Drones were launched from Yemen at Saudi Arabia.",
        _p("Yemen", "YEM", "country"),
        _p("Saudi Arabia", "SAU", "country"),
    ),
    _only(
        "Refugees fled Myanmar for Bangladesh.",
        _p("Myanmar", "MMR", "country"),
        _p("Bangladesh", "BGD", "country"),
    ),
    _only(
        "The pact binds Armenia and Azerbaijan.",
        _p("Armenia", "ARM", "country"),
        _p("Azerbaijan", "AZE", "country"),
    ),
    _only(
        "Troops left the Soviet Union and East Germany.",
        _p("Soviet Union", "SUN", "country"),
        _p("East Germany", "DDR", "country"),
    ),
    _only("NATO bombed Yugoslavia.", _p("Yugoslavia", "YUG", "country")),
    _only("Tension rose across Korea.", _p("Korea", None, "region")),
    # -- regions: directions and constructions ----------------------------------------
    _only(
        "Troops were sent to eastern Russia.",
        _p("eastern Russia", "RUS", "region", "eastern Russia"),
    ),
    # a direction word at the end of a line (a space, then the break) stays behind
    _only("Troops were sent to the far eastern \nRussia.", _p("Russia", "RUS", "country")),
    _only("Fighting raged in northern Syria.", _p("northern Syria", "SYR", "region")),
    _only("Rockets were fired from southern Lebanon.", _p("southern Lebanon", "LBN", "region")),
    _only(
        "Shelling hit the west of Ukraine.",
        _p("western Ukraine", "UKR", "region", "the west of Ukraine"),
    ),
    _only("Heavy rain fell across northeast China.", _p("northeast China", "CHN", "region")),
    _only("The unit moved to western Russia.", _p("western Russia", "RUS", "region")),
    _only("Northern Mali remains unstable.", _p("northern Mali", "MLI", "region")),
    _only("Clashes erupted in south-eastern Turkey.", _p("south-eastern Turkey", "TUR", "region")),
    _only("Militants attacked a base in central Somalia.", _p("central Somalia", "SOM", "region")),
    _only(
        "Troops deployed to the south of Lebanon.",
        _p("southern Lebanon", "LBN", "region", "the south of Lebanon"),
    ),
    _only(
        "North Korean units left the Wonsan area.", _p("Wonsan", "PRK", "region", "the Wonsan area")
    ),
    _only(
        "Marines patrolled Helmand province.", _p("Helmand", "AFG", "region", "Helmand province")
    ),
    _only(
        "Shelling continued in the Donetsk region.",
        _p("Donetsk", "UKR", "region", "the Donetsk region"),
    ),
    _only(
        "Reinforcements reached the southern Kherson region.",
        _p("southern Kherson", "UKR", "region"),
    ),
    # -- regions: gazetteer -------------------------------------------------------------
    _only(
        "Russia annexed Crimea in 2014.",
        _p("Russia", "RUS", "country"),
        _p("Crimea", "UKR", "region"),
    ),
    _only("Separatists hold parts of the Donbas.", _p("Donbas", "UKR", "region")),
    _only("Separatists hold parts of Donbass.", _p("Donbas", "UKR", "region", "Donbass")),
    _only(
        "Israel struck targets in Gaza.",
        _p("Israel", "ISR", "country"),
        _p("Gaza", "PSE", "region"),
    ),
    _only("Aid trucks entered the Gaza Strip.", _p("Gaza Strip", "PSE", "region")),
    _only("Raids continued in the West Bank.", _p("West Bank", "PSE", "region")),
    _only("Tanks moved onto the Golan Heights.", _p("Golan Heights", "SYR", "region")),
    _only("Oil fields in Kurdistan were hit.", _p("Kurdistan", "IRQ", "region")),
    _only("Camps in Xinjiang were expanded.", _p("Xinjiang", "CHN", "region")),
    _only("Missiles were moved to Kaliningrad.", _p("Kaliningrad", "RUS", "city")),
    _only("A new offensive began in Chechnya.", _p("Chechnya", "RUS", "region")),
    _only("Peacekeepers were sent to Darfur.", _p("Darfur", "SDN", "region")),
    _only("Fighting spread across Tigray.", _p("Tigray", "ETH", "region")),
    _only("Protests spread through Kashmir.", _p("Kashmir", None, "region")),
    _only(
        "Floods hit Bihar and Assam.", _p("Bihar", "IND", "region"), _p("Assam", "IND", "region")
    ),
    _only("The governor of Texas sent the Guard.", _p("Texas", "USA", "region")),
    _only("Talks on Nagorno-Karabakh resumed.", _p("Nagorno-Karabakh", "AZE", "region")),
    _only(
        "Moscow recognised Abkhazia and South Ossetia.",
        _p("Moscow", "RUS", "city"),
        _p("Abkhazia", "GEO", "region"),
        _p("South Ossetia", "GEO", "region"),
    ),
    _only("Police were deployed in Northern Ireland.", _p("Northern Ireland", "GBR", "region")),
    _only("Militants crossed into Sinai.", _p("Sinai", "EGY", "region")),
    _only("Tensions rose in the Middle East.", _p("Middle East", None, "region")),
    _only("Jets flew over the Baltic states.", _p("Baltic states", None, "region")),
    _only("The mission covers the Sahel.", _p("Sahel", None, "region")),
    _only("Ships patrol near the Spratly Islands.", _p("Spratly Islands", None, "region")),
    _only("Units moved to Balochistan.", _p("Balochistan", "PAK", "region")),
    _only("A strike hit Idlib province.", _p("Idlib", "SYR", "region", "Idlib province")),
    _only("Fighters regrouped in the Korean Peninsula.", _p("Korean Peninsula", None, "region")),
    # -- cities -----------------------------------------------------------------------
    _only("The ship reached Vladivostok.", _p("Vladivostok", "RUS", "city")),
    _only("Diplomats met in Kiev.", _p("Kyiv", "UKR", "city", "Kiev")),
    _only("Drones hit Kyiv and Kharkiv.", _p("Kyiv", "UKR", "city"), _p("Kharkiv", "UKR", "city")),
    _only("The frigate left Odessa.", _p("Odesa", "UKR", "city", "Odessa")),
    _only("Protesters gathered in Tehran.", _p("Tehran", "IRN", "city")),
    _only(
        "Envoys travelled from Beijing to Washington.",
        _p("Beijing", "CHN", "city"),
        _p("Washington", "USA", "city"),
    ),
    _only("Clashes broke out in Mogadishu.", _p("Mogadishu", "SOM", "city")),
    _only("Aid arrived in Khan Younis.", _p("Khan Yunis", "PSE", "city")),
    _only("The port of Hodeidah was shelled.", _p("Hodeidah", "YEM", "city")),
    _only("The navy sent ships to Tartus.", _p("Tartus", "SYR", "city")),
    _only("Fighting around Bakhmut intensified.", _p("Bakhmut", "UKR", "city")),
    _only("Troops were flown to Cebu City.", _p("Cebu City", "PHL", "city")),
    _only("Soldiers arrived in Kuwait City.", _p("Kuwait City", "KWT", "city")),
    _only("Rockets fell on Sderot.", _p("Sderot", "ISR", "city")),
    _only("The carrier called at Yokosuka.", _p("Yokosuka", "JPN", "city")),
    _only("Bombers landed at Diego Garcia.", _p("Diego Garcia", "IOT", "other")),
    _only("Jets took off from Incirlik.", _p("Incirlik", "TUR", "other")),
    _only(
        "Talks opened in Geneva and Vienna.",
        _p("Geneva", "CHE", "city"),
        _p("Vienna", "AUT", "city"),
    ),
    _only("The summit was held in Nice.", _p("Nice", "FRA", "city")),
    _only("Ferries left Split for the islands.", _p("Split", "HRV", "city"))
    if False
    else _only("Ferries run from the port of Split.", _p("Split", "HRV", "city")),
    _only("He was born in Reading.", _p("Reading", "GBR", "city")),
    _only(
        "Flooding hit Mobile, Alabama.", _p("Mobile", "USA", "city"), _p("Alabama", "USA", "region")
    ),
    _only(
        "She grew up in Atlanta, Georgia.",
        _p("Atlanta", "USA", "city"),
        _p("Georgia", "USA", "region"),
    ),
    _only(
        "Crowds gathered in New York and Los Angeles.",
        _p("New York City", "USA", "city"),
        _p("Los Angeles", "USA", "city"),
    ),
    _only(
        "Troops massed near Belgorod and Kursk.",
        _p("Belgorod", "RUS", "city"),
        _p("Kursk", "RUS", "city"),
    ),
    _only(
        "Warships left Sevastopol for Novorossiysk.",
        _p("Sevastopol", "UKR", "city"),
        _p("Novorossiysk", "RUS", "city"),
    ),
    _only(
        "Inspectors visited Natanz and Fordow.",
        _p("Natanz", "IRN", "city"),
        _p("Fordow", "IRN", "other"),
    ),
    _only("Militants attacked Maiduguri.", _p("Maiduguri", "NGA", "city")),
    _only("Two battalions were sent to Aqaba.", _p("Aqaba", "JOR", "city")),
    _only(
        "Forces retook Mosul and Fallujah.",
        _p("Mosul", "IRQ", "city"),
        _p("Fallujah", "IRQ", "city"),
    ),
    _only("Planes landed in Kandahar.", _p("Kandahar", "AFG", "city")),
    _only(
        "São Paulo and Rio de Janeiro were calm.",
        _p("São Paulo", "BRA", "city"),
        _p("Rio de Janeiro", "BRA", "city"),
    ),
    _only("The envoy flew to Bombay.", _p("Mumbai", "IND", "city", "Bombay")),
    _only("Troops patrolled the streets of Kraków.", _p("Kraków", "POL", "city")),
    _only(
        "KABUL, Afghanistan (AP) — Troops left the city.",
        _p("Kabul", "AFG", "city", "KABUL"),
        _p("Afghanistan", "AFG", "country"),
    ),
    _only(
        "MOSCOW (Reuters) - Russia warned Kyiv.",
        _p("Moscow", "RUS", "city", "MOSCOW"),
        _p("Russia", "RUS", "country"),
        _p("Kyiv", "UKR", "city"),
    ),
    # -- waters -----------------------------------------------------------------------
    _only("A destroyer entered the Black Sea.", _p("Black Sea", None, "water", "Black Sea")),
    _only("Tankers crowd the Persian Gulf.", _p("Persian Gulf", None, "water")),
    _only("The carrier group arrived in the Gulf.", _p("Gulf", None, "water", "the Gulf")),
    _only(
        "Iran threatened to close the Strait of Hormuz.",
        _p("Iran", "IRN", "country"),
        _p("Strait of Hormuz", None, "water"),
    ),
    _only("A frigate sailed through the Taiwan Strait.", _p("Taiwan Strait", None, "water")),
    _only("Exercises were held in the Baltic.", _p("Baltic Sea", None, "water", "the Baltic")),
    _only("Patrols in the South China Sea increased.", _p("South China Sea", None, "water")),
    _only(
        "Migrants crossed the Mediterranean.",
        _p("Mediterranean Sea", None, "water", "the Mediterranean"),
    ),
    _only("Houthis attacked ships in the Red Sea.", _p("Red Sea", None, "water")),
    _only("Missiles fell into the Sea of Japan.", _p("Sea of Japan", None, "water")),
    _only("Small boats crossed the English Channel.", _p("English Channel", None, "water")),
    _only("Ships waited at the Suez Canal.", _p("Suez Canal", None, "water")),
    _only("Pirates operate in the Gulf of Aden.", _p("Gulf of Aden", None, "water")),
    _only("Troops crossed the Dnieper.", _p("Dnieper", None, "water")),
    _only("More troops were sent to the gulf.", _p("Gulf", None, "water", "the gulf")),
    _only("Submarines patrol the Pacific.", _p("Pacific Ocean", None, "water", "the Pacific")),
    _only("A drill took place in the Sea of Azov.", _p("Sea of Azov", None, "water")),
    _only("The fleet left the Bosphorus.", _p("Bosporus", None, "water")),
    _only("Ships gathered in the Bab el-Mandeb.", _p("Bab el-Mandeb", None, "water")),
    # -- borders, territory ---------------------------------------------------------------
    _only("Troops massed on the Iraq-Kuwait border.", _p("Iraq-Kuwait border", "IRQ", "other")),
    _only(
        "Shells fell along the Lebanese-Israeli border.",
        _p("Lebanese-Israeli border", "LBN", "other"),
    ),
    _only("Tanks gathered near the Russian border.", _p("Russian border", "RUS", "other")),
    _only("The drone entered Iranian territory.", _p("Iranian territory", "IRN", "region")),
    _only("The ship strayed into Chinese waters.", _p("Chinese waters", "CHN", "water")),
    _only(
        "Missiles hit the Ukrainian capital overnight.",
        _p("Kyiv", "UKR", "city", "the Ukrainian capital"),
    ),
    _only("Units dug in along the Ukraine border.", _p("Ukraine border", "UKR", "other")),
    # -- several kinds together ----------------------------------------------------------
    Example(
        "North Korea has sent about 3,000 troops from Wonsan to Vladivostok in eastern Russia.",
        [
            _p("North Korea", "PRK", "country"),
            _p("Wonsan", "PRK", "city"),
            _p("Vladivostok", "RUS", "city"),
            _p("eastern Russia", "RUS", "region"),
        ],
        exhaustive=True,
    ),
    Example(
        "Iraq will withdraw from Kuwait if Israel leaves the West Bank and Syria leaves Lebanon.",
        [
            _p("Iraq", "IRQ", "country"),
            _p("Kuwait", "KWT", "country"),
            _p("Israel", "ISR", "country"),
            _p("West Bank", "PSE", "region"),
            _p("Syria", "SYR", "country"),
            _p("Lebanon", "LBN", "country"),
        ],
        exhaustive=True,
    ),
    Example(
        "Warships moved from the Mediterranean through the Suez Canal into the Red Sea.",
        [
            _p("Mediterranean Sea", None, "water"),
            _p("Suez Canal", None, "water"),
            _p("Red Sea", None, "water"),
        ],
        exhaustive=True,
    ),
    Example(
        "Ankara, Athens and Nicosia traded accusations over Cyprus.",
        [
            _p("Ankara", "TUR", "city"),
            _p("Athens", "GRC", "city"),
            _p("Nicosia", "CYP", "city"),
            _p("Cyprus", "CYP", "country"),
        ],
        exhaustive=True,
    ),
]

_NEGATIVE = [
    "Jordan Peterson gave a lecture on Tuesday.",
    "Michael Jordan retired from basketball.",
    "Chad Smith played the drums.",
    "Russian troops and Ukrainian drones were seen.",
    "The Chinese foreign ministry objected.",
    "It was a nice day to split the bill.",
    "Reading the report took an hour.",
    "The mobile unit was repaired.",
    "Florence Pugh starred in the film.",
    "Victoria Beckham launched a new line.",
    "Paris Hilton attended the party.",
    "Mr. Jackson said the plan would work.",
    "Lloyd Austin said the plan would work.",
    "The Washington Post reported the story.",
    "George Washington crossed the river.",
    "The talks begin in March and end in May.",
    "Police said the suspect had fled.",
    "The Justice Department opened an inquiry.",
    "The Gulf War ended in 1991.",
    "He bought a turkey and some china.",
    "The bar was full of sailors on sale day.",
    "Officials in the capital declined to comment.",
    "The president met his counterpart on Friday.",
    "The Black Sea Fleet commander was dismissed.",
    "Troops will be sent soon, officials said.",
    "Kennedy was elected in 1960.",
    "Anthony M. Kennedy wrote the opinion.",
    "The Lincoln Memorial was closed.",
    "A message to Bush was delivered.",
    "He wrote a letter to Castro and a note to Harper.",
    "Hamas and Hezbollah issued statements.",
    "The Victoria Cross was awarded posthumously.",
    "The U.S. military said it had no comment.",
    "Madison Avenue agencies bid for the account.",
    "The Gulf states met in Doha's shadow." if False else "The nuclear talks stalled.",
    "The Mediterranean diet is healthy.",
    "China Daily ran an editorial.",
    "Georgia Tech won the game.",
    "He read the New York Times every day." if False else "She works at a bank.",
    "Sales rose in the third quarter.",
    "A Turkish delegation and a Syrian envoy met.",
    "They said it was most unlikely.",
    "Sunday's vote was postponed.",
    "The gulf between the parties widened.",
    "There is a gulf of mistrust in the gulf between them.",
]

CORPUS = Corpus(name="places", items=lambda doc: doc.places, examples=_EXAMPLES, negative=_NEGATIVE)
