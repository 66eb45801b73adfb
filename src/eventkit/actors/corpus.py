"""Examples for the actors layer: who each sentence names, checked by hand.

Every sentence is written for this corpus. An expected actor is a partial dict:
``name``, ``kind`` and ``country`` always, ``title`` and ``text`` where they matter.
Hard negatives sit in ``negative``: "Atlanta, Georgia" is the US state, "turkey" the
bird, "Michael Jordan" a person, a city after "in" a place.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventkit.corpus import REFERENCE, Corpus, Example

__all__ = ["CORPUS"]


def _a(name: str, kind: str, country: str | None, **more: Any) -> dict[str, Any]:
    return {"name": name, "kind": kind, "country": country, **more}


def _ex(
    text: str,
    *expected: dict[str, Any],
    exhaustive: bool = False,
    published: dt.date = REFERENCE,
) -> Example:
    return Example(text, expected, published=published, exhaustive=exhaustive)


_COUNTRIES = [
    _ex(
        "Russia rejected the proposal.",
        _a("Russia", "country", "RUS", text="Russia"),
        exhaustive=True,
    ),
    _ex("Officials in Ukraine expect more talks.", _a("Ukraine", "country", "UKR")),
    # a state's name inside a longer place of another state is that place, from the
    # places layer: the United Kingdom's region, not Ireland
    _ex(
        "Police in Northern Ireland and Ireland raised the alert.",
        _a("Northern Ireland", "country", "GBR", text="Northern Ireland", rule="region"),
        _a("Ireland", "country", "IRL", text="Ireland", rule="country"),
        exhaustive=True,
    ),
    _ex("The Russian Federation has denied the claim.", _a("Russia", "country", "RUS")),
    # a plural demonym stands for its state after "the", or paired with another when
    # the pair acts or talks are between them; people counted or placed are no state
    _ex(
        "Armenians and Azerbaijanis resumed talks in Prague.",
        _a("Armenia", "country", "ARM", text="Armenians", rule="demonym"),
        _a("Azerbaijan", "country", "AZE", text="Azerbaijanis", rule="demonym"),
        exhaustive=True,
    ),
    _ex(
        "Talks between Ethiopians and Eritreans broke down.",
        _a("Ethiopia", "country", "ETH", text="Ethiopians"),
        _a("Eritrea", "country", "ERI", text="Eritreans"),
        exhaustive=True,
    ),
    _ex("Most of the victims were Kenyans and Somalis.", exhaustive=True),
    _ex(
        "Talks between North Korea and South Korea stalled.",
        _a("North Korea", "country", "PRK"),
        _a("South Korea", "country", "KOR"),
        exhaustive=True,
    ),
    _ex(
        "The DPRK answered the ROK within hours.",
        _a("North Korea", "country", "PRK"),
        _a("South Korea", "country", "KOR"),
    ),
    _ex(
        "The US and the UK issued a joint statement.",
        _a("United States", "country", "USA"),
        _a("United Kingdom", "country", "GBR"),
    ),
    _ex(
        "The U.S. imposed new sanctions on Iran.",
        _a("United States", "country", "USA"),
        _a("Iran", "country", "IRN"),
    ),
    _ex(
        "America and Britain agreed on Monday.",
        _a("United States", "country", "USA"),
        _a("United Kingdom", "country", "GBR"),
    ),
    _ex(
        "Great Britain signed the pact with the Netherlands.",
        _a("United Kingdom", "country", "GBR"),
        _a("Netherlands", "country", "NLD"),
    ),
    _ex("Burma was long isolated.", _a("Myanmar", "country", "MMR")),
    _ex("Holland will host the meeting.", _a("Netherlands", "country", "NLD")),
    _ex(
        "Syria and Iraq share a long border.",
        _a("Syria", "country", "SYR"),
        _a("Iraq", "country", "IRQ"),
    ),
    _ex(
        "The Czech Republic and Slovakia split peacefully.",
        _a("Czech Republic", "country", "CZE"),
        _a("Slovakia", "country", "SVK"),
    ),
    _ex("Côte d'Ivoire held elections.", _a("Ivory Coast", "country", "CIV")),
    _ex(
        "Ivory Coast and Ghana produce most of the cocoa.",
        _a("Ivory Coast", "country", "CIV"),
        _a("Ghana", "country", "GHA"),
    ),
    _ex("Türkiye hosted the negotiators.", _a("Turkey", "country", "TUR")),
    _ex("Turkey closed its airspace.", _a("Turkey", "country", "TUR")),
    _ex("Palestine was granted observer status.", _a("Palestine", "country", "PSE")),
    _ex("Kosovo declared independence.", _a("Kosovo", "country", "XKX")),
    _ex("Taiwan held drills on Tuesday.", _a("Taiwan", "country", "TWN")),
    _ex(
        "Saudi Arabia and the United Arab Emirates cut output.",
        _a("Saudi Arabia", "country", "SAU"),
        _a("United Arab Emirates", "country", "ARE"),
    ),
    _ex(
        "Troops crossed from Belarus into Poland.",
        _a("Belarus", "country", "BLR"),
        _a("Poland", "country", "POL"),
    ),
    _ex(
        "The DR Congo accused Rwanda of backing the rebels.",
        _a("Democratic Republic of the Congo", "country", "COD"),
        _a("Rwanda", "country", "RWA"),
    ),
    _ex(
        "Georgia and Armenia signed a transit deal.",
        _a("Georgia", "country", "GEO"),
        _a("Armenia", "country", "ARM"),
    ),
    _ex(
        "Jordan and Egypt called for calm.",
        _a("Jordan", "country", "JOR"),
        _a("Egypt", "country", "EGY"),
    ),
    _ex("Chad recalled its ambassador.", _a("Chad", "country", "TCD")),
    _ex("Russia's economy shrank.", _a("Russia", "country", "RUS", text="Russia")),
    _ex(
        "The Americans pushed for a vote.", _a("United States", "country", "USA", text="Americans")
    ),
    _ex("The Israelis said nothing.", _a("Israel", "country", "ISR")),
    _ex("Tbilisi, Georgia, hosted the summit.", _a("Georgia", "country", "GEO")),
    _ex("East Timor joined the bloc.", _a("East Timor", "country", "TLS")),
    _ex(
        "Persia was renamed Iran in 1935.",
        _a("Iran", "country", "IRN"),
        _a("Iran", "country", "IRN"),
    ),
]

_ADJECTIVE_HEADS = [
    _ex(
        "North Korean soldiers arrived on Friday.",
        _a("North Korea", "military", "PRK", text="North Korean soldiers"),
        exhaustive=True,
    ),
    _ex(
        "Russian troops massed near the border.",
        _a("Russia", "military", "RUS", text="Russian troops"),
    ),
    _ex("Israeli forces entered the town.", _a("Israel", "military", "ISR", text="Israeli forces")),
    _ex("The Syrian army retook the hill.", _a("Syria", "military", "SYR", text="Syrian army")),
    # one warship, helicopter or tank of a state is its military as the plural is
    _ex(
        "A Turkish corvette shadowed the tanker.",
        _a("Turkey", "military", "TUR", text="Turkish corvette"),
        exhaustive=True,
    ),
    _ex("An Indian helicopter crashed.", _a("India", "military", "IND", text="Indian helicopter")),
    _ex(
        "Chinese warships sailed through the strait.",
        _a("China", "military", "CHN", text="Chinese warships"),
    ),
    _ex(
        "Turkish jets struck targets overnight.",
        _a("Turkey", "military", "TUR", text="Turkish jets"),
    ),
    _ex(
        "The Russian Defence Ministry released a video.",
        _a("Russia", "government", "RUS", text="Russian Defence Ministry"),
    ),
    _ex(
        "The Russian Armed Forces began an exercise.",
        _a("Russia", "military", "RUS", text="Russian Armed Forces"),
    ),
    _ex(
        "Ukrainian Armed Forces repelled the attack.",
        _a("Ukraine", "military", "UKR", text="Ukrainian Armed Forces"),
    ),
    _ex(
        "US authorities opened an inquiry.",
        _a("United States", "government", "USA", text="US authorities"),
    ),
    _ex(
        "Polish officials confirmed the crash.",
        _a("Poland", "government", "POL", text="Polish officials"),
    ),
    _ex(
        "The Iraqi government condemned the strike.",
        _a("Iraq", "government", "IRQ", text="Iraqi government"),
    ),
    _ex("Iranian diplomats left the talks.", _a("Iran", "government", "IRN")),
    _ex(
        "The British Foreign Office summoned the envoy.", _a("Foreign Office", "government", "GBR")
    ),
    _ex("The French navy sent a frigate.", _a("France", "military", "FRA", text="French navy")),
    _ex(
        "South Korean marines fired back.",
        _a("South Korea", "military", "KOR", text="South Korean marines"),
    ),
    _ex("Japanese destroyers shadowed the convoy.", _a("Japan", "military", "JPN")),
    _ex("Indian paratroopers were flown in.", _a("India", "military", "IND")),
    _ex(
        "German special forces trained the unit.",
        _a("Germany", "military", "DEU", text="German special forces"),
    ),
    _ex(
        "Russian and Belarusian troops held drills.",
        _a("Russia", "military", "RUS"),
        _a("Belarus", "military", "BLR", text="Belarusian troops"),
    ),
    _ex(
        "Egyptian and Jordanian officials met.",
        _a("Egypt", "government", "EGY"),
        _a("Jordan", "government", "JOR"),
    ),
    _ex(
        "The Chinese Foreign Ministry protested.",
        _a("China", "government", "CHN", text="Chinese Foreign Ministry"),
    ),
    _ex(
        "Russia's military said the drills were routine.",
        _a("Russia", "military", "RUS", text="Russia's military"),
    ),
    _ex(
        "Ukraine's defence ministry said the drones were shot down.",
        _a("Ukraine", "government", "UKR"),
    ),
    _ex("U.S. troops left the base.", _a("United States", "military", "USA", text="U.S. troops")),
    _ex("UK officials declined to comment.", _a("United Kingdom", "government", "GBR")),
    _ex("Somali government forces pushed south.", _a("Somalia", "military", "SOM")),
    _ex("Pakistani security forces raided the compound.", _a("Pakistan", "military", "PAK")),
    _ex("Venezuelan authorities detained them.", _a("Venezuela", "government", "VEN")),
    _ex("The Lebanese army deployed along the river.", _a("Lebanon", "military", "LBN")),
    _ex("Australian warplanes joined the mission.", _a("Australia", "military", "AUS")),
    _ex(
        "The Saudi-led coalition denied it; Saudi officials agreed.",
        _a("Saudi Arabia", "government", "SAU", text="Saudi officials"),
        exhaustive=True,
    ),
    _ex("The Filipino coast guard tracked the vessel.", _a("Philippines", "military", "PHL")),
]

_METONYMS = [
    _ex(
        "Pyongyang has sent thousands of soldiers.",
        _a("North Korea", "government", "PRK", text="Pyongyang"),
    ),
    _ex("The Kremlin denied the report.", _a("Russia", "government", "RUS", text="Kremlin")),
    _ex(
        "The White House welcomed the vote.",
        _a("United States", "government", "USA", text="White House"),
    ),
    _ex(
        "The Pentagon said more ships would follow.",
        _a("United States", "military", "USA", text="Pentagon"),
    ),
    _ex(
        "Downing Street declined to comment.",
        _a("United Kingdom", "government", "GBR", text="Downing Street"),
    ),
    _ex("The Elysee confirmed the call.", _a("France", "government", "FRA", text="Elysee")),
    _ex("Beijing warned of consequences.", _a("China", "government", "CHN", text="Beijing")),
    _ex("Tehran rejected the accusation.", _a("Iran", "government", "IRN")),
    _ex("Washington has urged restraint.", _a("United States", "government", "USA")),
    _ex("Moscow's response was swift.", _a("Russia", "government", "RUS", text="Moscow")),
    # a seat of government that is not the capital stands for the state as well
    _ex("Tel Aviv rejected the proposal.", _a("Israel", "government", "ISR", text="Tel Aviv")),
    # a capital before a verb in the present tense acts as well ("keeps", "holds")
    _ex(
        "Washington keeps about 30,000 soldiers in Japan.", _a("United States", "government", "USA")
    ),
    _ex("Ankara holds the key to the vote.", _a("Turkey", "government", "TUR", text="Ankara")),
    _ex("Kyiv said the strike hit a school.", _a("Ukraine", "government", "UKR")),
    _ex("Seoul will respond in kind.", _a("South Korea", "government", "KOR")),
    _ex(
        "Foggy Bottom stayed silent.", _a("United States", "government", "USA", text="Foggy Bottom")
    ),
    _ex("Zhongnanhai has not commented.", _a("China", "government", "CHN", text="Zhongnanhai")),
    _ex(
        "The Blue House said talks would resume.",
        _a("South Korea", "government", "KOR", text="Blue House"),
    ),
    _ex(
        "Whitehall officials drafted the plan.",
        _a("United Kingdom", "government", "GBR", text="Whitehall officials"),
    ),
    _ex(
        "Moscow and Beijing have vetoed the draft.",
        _a("Russia", "government", "RUS"),
        _a("China", "government", "CHN"),
    ),
    _ex("Ankara accused Athens of provocation.", _a("Turkey", "government", "TUR")),
    _ex("New Delhi announced new tariffs.", _a("India", "government", "IND")),
    _ex(
        "Jerusalem and Ramallah traded accusations, while Israel said little.",
        _a("Israel", "country", "ISR", text="Israel"),
    ),
    _ex(
        "The State Department said the embassy would stay open.",
        _a("State Department", "government", "USA"),
    ),
]

_BODIES = [
    _ex("The UN called for a ceasefire.", _a("United Nations", "organization", None)),
    _ex(
        "The Security Council met in emergency session.",
        _a("UN Security Council", "organization", None),
    ),
    _ex(
        "The UN General Assembly adopted the resolution.",
        _a("UN General Assembly", "organization", None),
    ),
    _ex(
        "UNICEF and UNHCR sent supplies.",
        _a("UNICEF", "organization", None),
        _a("UNHCR", "organization", None),
    ),
    _ex("NATO will hold exercises in the Baltic.", _a("NATO", "organization", None)),
    _ex("The EU imposed tariffs.", _a("European Union", "organization", None)),
    _ex("The African Union suspended the country.", _a("African Union", "organization", None)),
    _ex("ASEAN foreign ministers met in Jakarta.", _a("ASEAN", "organization", None)),
    _ex("The IAEA said inspectors were denied access.", _a("IAEA", "organization", None)),
    _ex("OPEC agreed to cut production.", _a("OPEC", "organization", None)),
    _ex("The OSCE monitors withdrew.", _a("OSCE", "organization", None)),
    _ex("The Arab League condemned the annexation.", _a("Arab League", "organization", None)),
    _ex("The WHO declared an emergency.", _a("World Health Organization", "organization", None)),
    _ex(
        "The IMF and the World Bank approved loans.",
        _a("International Monetary Fund", "organization", None),
        _a("World Bank", "organization", None),
    ),
    _ex(
        "The ICC issued an arrest warrant; the ICJ heard the case.",
        _a("International Criminal Court", "organization", None),
        _a("International Court of Justice", "organization", None),
    ),
    _ex("NATO troops patrolled the town.", _a("NATO", "military", None, text="NATO troops")),
    _ex("Hamas fired rockets overnight.", _a("Hamas", "group", "PSE")),
    _ex("Hezbollah said it would retaliate.", _a("Hezbollah", "group", "LBN")),
    _ex("The Taliban took control of the city.", _a("Taliban", "group", "AFG")),
    _ex("The Houthis attacked a tanker.", _a("Houthis", "group", "YEM")),
    _ex("Wagner fighters withdrew from the town.", _a("Wagner Group", "group", "RUS")),
    _ex(
        "Islamic State claimed the bombing; ISIS and ISIL are the same group.",
        _a("Islamic State", "group", None),
        _a("Islamic State", "group", None),
        _a("Islamic State", "group", None),
    ),
    _ex("Al-Qaeda has rebuilt its network.", _a("al-Qaeda", "group", None)),
    _ex("Al-Shabaab militants attacked the base.", _a("al-Shabaab", "group", "SOM")),
    _ex("Boko Haram kidnapped the students.", _a("Boko Haram", "group", "NGA")),
    _ex("The PKK declared a ceasefire.", _a("PKK", "group", "TUR")),
    _ex("FARC rebels handed in their weapons.", _a("FARC", "group", "COL")),
    _ex("The Khmer Rouge ruled until 1979.", _a("Khmer Rouge", "group", "KHM")),
    _ex("The IRA announced an end to its campaign.", _a("Irish Republican Army", "group", "GBR")),
    _ex(
        "The Kosovo Liberation Army disbanded.",
        _a("Kosovo Liberation Army", "group", "XKX"),
        exhaustive=True,
    ),
    _ex("The IDF said it struck the launch site.", _a("Israel Defense Forces", "military", "ISR")),
    _ex(
        "The Revolutionary Guards seized a tanker.",
        _a("Islamic Revolutionary Guard Corps", "military", "IRN"),
    ),
    _ex(
        "The People's Liberation Army sent ships.",
        _a("People's Liberation Army", "military", "CHN"),
    ),
]

_PEOPLE = [
    _ex(
        "White House National Security spokesman John Kirby said the troops had moved.",
        _a("John Kirby", "person", "USA", title="National Security spokesman"),
        exhaustive=True,
    ),
    _ex(
        "The White House National Security spokesman, John Kirby, said more was coming.",
        _a("John Kirby", "person", "USA", title="National Security spokesman", text="John Kirby"),
        exhaustive=True,
    ),
    _ex(
        "German Chancellor Olaf Scholz spoke to reporters.",
        _a("Olaf Scholz", "person", "DEU", title="Chancellor"),
    ),
    _ex(
        "Indian Army chief General Manoj Pande toured the post.",
        _a("Manoj Pande", "person", "IND", title="Army chief"),
    ),
    # out of office (1989-92) but named with his office: still the United States'
    _ex(
        "Secretary of State James Baker arrived.",
        _a("James Baker", "person", "USA", title="Secretary of State"),
    ),
    _ex(
        "Sergei Shoigu, secretary of the Russian Security Council, visited the city.",
        _a(
            "Sergei Shoigu",
            "person",
            "RUS",
            title="secretary of the Russian Security Council",
            text="Sergei Shoigu",
        ),
    ),
    _ex(
        "Anna Kovacs, the defence minister, said the army was ready.",
        _a("Anna Kovacs", "person", None, title="defence minister"),
    ),
    _ex(
        "Russian President Dmitry Medvedev signed the decree.",
        _a("Dmitry Medvedev", "person", "RUS", title="President"),
    ),
    _ex(
        "French President Emmanuel Macron called for talks.",
        _a("Emmanuel Macron", "person", "FRA", title="President"),
    ),
    _ex(
        "UN Secretary-General Antonio Guterres urged calm.",
        _a("Antonio Guterres", "person", None, title="Secretary-General"),
    ),
    _ex(
        "Kremlin spokesman Dmitry Peskov declined to comment.",
        _a("Dmitry Peskov", "person", "RUS", title="spokesman"),
    ),
    _ex(
        "Pentagon press secretary Maria Lopez briefed reporters.",
        _a("Maria Lopez", "person", "USA", title="press secretary"),
    ),
    _ex(
        "Israeli Prime Minister Yael Cohen met the envoy.",
        _a("Yael Cohen", "person", "ISR", title="Prime Minister"),
    ),
    _ex(
        "British Foreign Secretary Tom Hale flew to Cairo.",
        _a("Tom Hale", "person", "GBR", title="Foreign Secretary"),
    ),
    _ex(
        "Japanese Defense Minister Kenji Sato inspected the base.",
        _a("Kenji Sato", "person", "JPN", title="Defense Minister"),
    ),
    _ex(
        "Iran's Supreme Leader Ayatollah Ruhollah Khomeini gave a speech.",
        _a("Ruhollah Khomeini", "person", "IRN", title="Supreme Leader"),
    ),
    _ex(
        "Ukraine's President Volodymyr Zelensky thanked the allies.",
        _a("Volodymyr Zelensky", "person", "UKR", title="President"),
    ),
    _ex(
        "Gen. Mark Reid, the commander of the task force, landed.",
        _a("Mark Reid", "person", None, title="Gen"),
    ),
    _ex(
        "NATO Secretary General Lena Berg warned Moscow.",
        _a("Lena Berg", "person", None, title="Secretary General"),
    ),
    _ex(
        "Saudi Crown Prince Faisal bin Khalid met the delegation.",
        _a("Faisal bin Khalid", "person", "SAU", title="Crown Prince"),
    ),
    # a surname or given name alone that the office-holder table knows on the date is
    # named in full: the canonical name
    _ex(
        "King Abdullah of Jordan visited the camp.",
        _a("Abdullah II", "person", "JOR", text="King Abdullah", title="King"),
    ),
    _ex(
        "Chinese Foreign Minister Wang Lei criticised the move.",
        _a("Wang Lei", "person", "CHN", title="Foreign Minister"),
    ),
    _ex(
        "South Korean President Park Min-ho ordered a review.",
        _a("Park Min-ho", "person", "KOR", title="President"),
    ),
    _ex(
        "Polish Defence Minister Piotr Nowak said the jets were ready.",
        _a("Piotr Nowak", "person", "POL", title="Defence Minister"),
    ),
    _ex(
        "Turkish Foreign Minister Ahmet Yilmaz met his counterpart.",
        _a("Ahmet Yilmaz", "person", "TUR", title="Foreign Minister"),
    ),
    _ex("Syria's Bashar al-Assad refused to step down.", _a("Bashar al-Assad", "person", "SYR")),
    _ex(
        "Prime Minister Sara Lind of Sweden arrived.",
        _a("Sara Lind", "person", "SWE", title="Prime Minister"),
    ),
    _ex("US Ambassador to NATO Julia Grant spoke first.", _a("Julia Grant", "person", "USA")),
    _ex(
        "The Russian foreign minister, Igor Petrov, flew in.",
        _a("Igor Petrov", "person", "RUS", title="foreign minister"),
    ),
    _ex(
        "Hamas leader Yusuf Darwish was killed.",
        _a("Yusuf Darwish", "person", "PSE", title="leader"),
    ),
    _ex("Lt. Gen. Ray Ortiz took command.", _a("Ray Ortiz", "person", None)),
    _ex(
        "Admiral Hugo Brandt, the navy chief, resigned.",
        _a("Hugo Brandt", "person", None, title="Admiral"),
    ),
    _ex(
        "Defence Secretary Ben Walsh and Home Secretary Priya Shah met.",
        _a("Ben Walsh", "person", None, title="Defence Secretary"),
        _a("Priya Shah", "person", None, title="Home Secretary"),
    ),
    _ex(
        "Spokeswoman Tamar Levi said the crossing was shut.",
        _a("Tamar Levi", "person", None, title="Spokeswoman"),
    ),
    _ex("Mr. Okafor said the talks had failed.", _a("Okafor", "person", None)),
    _ex("John Miller said the decision was final.", _a("John Miller", "person", None)),
]

_LATER_MENTIONS = [
    # a title with no country: the country the person served on the document's date,
    # or, named in full with that office, the country of their last term
    _ex(
        "Secretary of State Antony Blinken arrived in Cairo. Former Secretary of State "
        "Madeleine Albright died in 2022.",
        _a("Antony Blinken", "person", "USA", title="Secretary of State"),
        _a("Madeleine Albright", "person", "USA"),
    ),
    # a minister's full name with no title out of office may be a namesake: no country
    _ex("James Baker flew in.", _a("James Baker", "person", None, rule="known-name")),
    # a name in the table but with another office in the title: no country
    _ex("Senator Madeleine Albright spoke.", _a("Madeleine Albright", "person", None)),
    # where leaders go by their given name, a later given name links too
    _ex(
        "Syria's Bashar al-Assad met envoys. Later Bashar told reporters he was ready.",
        _a("Bashar al-Assad", "person", "SYR", text="Syria's Bashar al-Assad"),
        _a("Bashar al-Assad", "person", "SYR", text="Bashar", antecedent=0),
    ),
    _ex(
        "Ethiopian Prime Minister Abiy Ahmed spoke on Monday. Abiy said the army would stay.",
        _a("Abiy Ahmed", "person", "ETH", text="Ethiopian Prime Minister Abiy Ahmed"),
        _a("Abiy Ahmed", "person", "ETH", text="Abiy"),
    ),
    _ex(
        "White House spokesman John Kirby said no. Kirby added that the spokesman had been clear.",
        _a(
            "John Kirby",
            "person",
            "USA",
            title="spokesman",
            text="White House spokesman John Kirby",
            antecedent=None,
        ),
        _a("John Kirby", "person", "USA", title="spokesman", text="Kirby", antecedent=0),
        _a("John Kirby", "person", "USA", title="spokesman", text="spokesman", antecedent=0),
        exhaustive=True,
    ),
    _ex(
        "Secretary of State James Baker flew in. Mr. Baker met the king.",
        _a("James Baker", "person", "USA", text="Secretary of State James Baker"),
        _a("James Baker", "person", "USA", text="Mr. Baker", antecedent=0),
    ),
    _ex(
        "German Chancellor Olaf Scholz spoke. The chancellor said more aid would come.",
        _a("Olaf Scholz", "person", "DEU"),
        _a("Olaf Scholz", "person", "DEU", text="chancellor", antecedent=0),
    ),
    _ex(
        "Russian Defence Minister Sergei Volkov visited the front. "
        "Volkov said the offensive went well.",
        _a("Sergei Volkov", "person", "RUS", title="Defence Minister"),
        _a("Sergei Volkov", "person", "RUS", text="Volkov", antecedent=0),
    ),
    _ex(
        "North Korean leader Kim Jong Un watched the launch. Kim praised the scientists.",
        _a("Kim Jong Un", "person", "PRK", title="leader"),
        _a("Kim Jong Un", "person", "PRK", text="Kim", antecedent=0),
    ),
    _ex(
        "Italian Prime Minister Carla Bruni met the pope. The prime minister later left.",
        _a("Carla Bruni", "person", "ITA"),
        _a("Carla Bruni", "person", "ITA", text="prime minister", antecedent=0),
    ),
    _ex(
        "Foreign Minister Ana Silva of Brazil spoke. Ms. Silva then left.",
        _a("Ana Silva", "person", "BRA"),
        _a("Ana Silva", "person", "BRA", text="Ms. Silva", antecedent=0),
    ),
    _ex(
        "President Joe Harper arrived. President Harper said the deal was done.",
        _a("Joe Harper", "person", None),
        _a("Joe Harper", "person", None, text="President Harper", antecedent=0),
    ),
    _ex(
        "Gen. Omar Haddad led the assault. The general said it succeeded.",
        _a("Omar Haddad", "person", None),
        _a("Omar Haddad", "person", None, text="general", antecedent=0),
    ),
    _ex(
        "The Egyptian president said talks would continue.",
        _a("Egyptian president", "person", "EGY", title="president"),
    ),
    _ex(
        "Kremlin spokesman Dmitry Peskov spoke. Peskov said Moscow would respond.",
        _a("Dmitry Peskov", "person", "RUS"),
        _a("Dmitry Peskov", "person", "RUS", text="Peskov", antecedent=0),
        _a("Russia", "government", "RUS", text="Moscow"),
    ),
]

_OFFICE_HOLDERS = [
    # a full name of the office-holder table needs no title to be a person, with the
    # country served on the document's date; a later surname links to it
    _ex(
        "Vladimir Putin met Xi Jinping in Beijing. Putin said ties were strong.",
        _a("Vladimir Putin", "person", "RUS", text="Vladimir Putin", rule="known-name"),
        _a("Xi Jinping", "person", "CHN", rule="known-name"),
        _a("Vladimir Putin", "person", "RUS", text="Putin", antecedent=0),
        exhaustive=True,
    ),
    # a surname alone, acting or acted on, is the one holder of that surname in office
    # on the document's date; later mentions link to it
    _ex(
        "Zelensky thanked Scholz for the air defence systems. Zelensky also met Starmer.",
        _a("Volodymyr Zelensky", "person", "UKR", text="Zelensky", rule="surname-in-office"),
        _a("Olaf Scholz", "person", "DEU", text="Scholz", rule="surname-in-office"),
        _a("Volodymyr Zelensky", "person", "UKR", text="Zelensky", antecedent=0),
        _a("Keir Starmer", "person", "GBR", text="Starmer", rule="surname-in-office"),
        exhaustive=True,
    ),
    _ex(
        "Yeltsin signed the decree on Friday.",
        _a("Boris Yeltsin", "person", "RUS", text="Yeltsin"),
        published=dt.date(1996, 5, 3),
    ),
    # out of office on that date, a surname alone names nobody known
    _ex("Yeltsin signed the decree on Friday.", exhaustive=True),
    # a surname that is also a word or a month counts only mid-sentence
    _ex("The plan, Macron said, was sound.", _a("Emmanuel Macron", "person", "FRA")),
    _ex("Macron sauce was served.", exhaustive=True),
    _ex("May saw heavy fighting.", exhaustive=True, published=dt.date(2017, 6, 1)),
    # in office then; a later given name links where news uses it alone
    _ex(
        "Saddam Hussein rejected the demand. Saddam told his generals to prepare.",
        _a("Saddam Hussein", "person", "IRQ", text="Saddam Hussein"),
        _a("Saddam Hussein", "person", "IRQ", text="Saddam", antecedent=0),
        published=dt.date(1991, 1, 10),
    ),
    # a former leader keeps his country: the one of his last term
    _ex(
        "Muammar Gaddafi ruled Libya for four decades.",
        _a("Muammar Gaddafi", "person", "LBY"),
    ),
    # ... that of a dissolved state too
    _ex("Mikhail Gorbachev was buried in Moscow.", _a("Mikhail Gorbachev", "person", "SUN")),
    # before the first term: the country of that term
    _ex(
        "Vladimir Putin was appointed to run the security service.",
        _a("Vladimir Putin", "person", "RUS"),
        published=dt.date(1998, 7, 25),
    ),
    _ex(
        "Recep Tayyip Erdogan and Emmanuel Macron spoke by phone.",
        _a("Recep Tayyip Erdogan", "person", "TUR"),
        _a("Emmanuel Macron", "person", "FRA"),
    ),
    # a leader's full name before a government noun
    _ex(
        "The Hosni Mubarak government jailed the activists.",
        _a("Hosni Mubarak government", "government", "EGY", rule="leader-government"),
        exhaustive=True,
    ),
    # two ministers of that name served different states: out of office, no country
    _ex("George Brown said the shop would close.", _a("George Brown", "person", None)),
    # an apposition before a possessor's title: the possessor gives the country
    _ex(
        "Robert Gates, Mr. Bush's deputy national security adviser, said it worked.",
        _a("Robert Gates", "person", "USA", rule="apposition"),
        _a("George H. W. Bush", "person", "USA", text="Mr. Bush"),
        published=dt.date(1991, 2, 25),
    ),
    # a deputy is not the office holder named before
    _ex(
        "National Security Adviser Brent Scowcroft spoke. The deputy national security "
        "adviser said no.",
        _a("Brent Scowcroft", "person", "USA"),
        published=dt.date(1991, 2, 25),
        exhaustive=True,
    ),
]

_BLOCS = [
    # "the West": a bloc of states, a government with no country
    _ex(
        "Moscow accused the West of prolonging the war.",
        _a("Russia", "government", "RUS"),
        _a("West", "government", None, text="West", rule="bloc-name"),
        exhaustive=True,
    ),
    _ex("The West's response was slow.", _a("West", "government", None)),
    # a bloc adjective of states before a bloc noun or a government noun
    _ex(
        "Western powers and Arab states called for a ceasefire.",
        _a("Western powers", "government", None, rule="bloc-head"),
        _a("Arab states", "government", None, rule="bloc-head"),
        exhaustive=True,
    ),
    _ex(
        "Western diplomats said Gulf leaders had been consulted.",
        _a("Western diplomats", "government", None),
        _a("Gulf leaders", "government", None),
    ),
    _ex(
        "European intelligence agencies shared the findings.",
        _a("European intelligence agencies", "government", None),
    ),
    # a people's demonym names no single state (the Kurds live in four; a state's
    # code would file the rebels under the state they fight): a group, no country
    _ex("The Kurdish militia withdrew from the town.", _a("Kurdish militia", "group", None)),
    _ex("Chechen rebels ambushed a convoy.", _a("Chechen rebels", "group", None)),
    _ex("Shia militiamen set up checkpoints.", _a("Shia militiamen", "group", None)),
    # a state's adjective gives the country; a non-state modifier makes fighters a group
    _ex("Syrian opposition fighters shelled the base.", _a("Syria", "group", "SYR")),
    _ex("Iraqi Kurdish fighters advanced on the city.", _a("Iraq", "group", "IRQ")),
    _ex("Somali pirates seized a cargo ship.", _a("Somalia", "group", "SOM")),
    # ... but officials stay a government's
    _ex("Syrian government forces retook the hill.", _a("Syria", "military", "SYR")),
]

_ACTS = [
    # a state's adjective before a hostile act: the attacker's military (the warning
    # rules read "retaliate for an Iraqi attack" as aimed at Iraq)
    _ex(
        "Iran vowed to retaliate for an Iraqi attack on its oil terminal.",
        _a("Iran", "country", "IRN"),
        _a("Iraq", "military", "IRQ", text="Iraqi attack", rule="adjective-act"),
        exhaustive=True,
    ),
    _ex(
        "Kyiv braced for a new Russian offensive in the east.",
        _a("Russia", "military", "RUS", text="Russian offensive"),
    ),
    # act modifiers, and a chain of adjectives
    _ex(
        "American and British air strikes hit the depots.",
        _a("United States", "military", "USA", text="American"),
        _a("United Kingdom", "military", "GBR", text="British air strikes"),
        exhaustive=True,
    ),
    _ex(
        "The Turkish incursion drew sharp criticism.",
        _a("Turkey", "military", "TUR", text="Turkish incursion"),
    ),
    # an act noun modifying a force noun: the force
    _ex(
        "Israeli attack helicopters fired on the convoy.",
        _a("Israel", "military", "ISR", text="Israeli attack helicopters"),
    ),
]

_AGENCIES = [
    # a state's officials, agents, media or agencies in the plural: its government
    _ex(
        "U.S. intelligence agencies believe the attack was planned.",
        _a("United States", "government", "USA", text="U.S. intelligence agencies"),
    ),
    _ex(
        "Russian state television showed the launch.",
        _a("Russia", "government", "RUS", text="Russian state television"),
    ),
    _ex(
        "Iranian diplomatic sources denied the report.",
        _a("Iran", "government", "IRN", text="Iranian diplomatic sources"),
    ),
    _ex(
        "Iraqi police officers met Indian army officers.",
        _a("Iraq", "government", "IRQ", text="Iraqi police officers"),
        _a("India", "military", "IND", text="Indian army officers"),
    ),
    _ex(
        "Israel's security establishment opposed the deal.",
        _a("Israel", "government", "ISR", text="Israel's security establishment"),
    ),
    _ex(
        "U.S. border agents detained the men.",
        _a("United States", "government", "USA", text="U.S. border agents"),
    ),
]

_MIXED = [
    _ex(
        "Pyongyang has sent North Korean soldiers to Russia, "
        "White House spokesman John Kirby said.",
        _a("North Korea", "government", "PRK", text="Pyongyang"),
        _a("North Korea", "military", "PRK", text="North Korean soldiers"),
        _a("Russia", "country", "RUS"),
        _a("John Kirby", "person", "USA"),
        exhaustive=True,
    ),
    _ex(
        "NATO and the EU condemned Iranian officials after the Houthis fired missiles.",
        _a("NATO", "organization", None),
        _a("European Union", "organization", None),
        _a("Iran", "government", "IRN"),
        _a("Houthis", "group", "YEM"),
        exhaustive=True,
    ),
    _ex(
        "The Kremlin said Russian troops would stay in Belarus.",
        _a("Russia", "government", "RUS", text="Kremlin"),
        _a("Russia", "military", "RUS"),
        _a("Belarus", "country", "BLR"),
        exhaustive=True,
    ),
    _ex(
        "Hezbollah fighters clashed with Israeli forces near the border.",
        _a("Hezbollah", "group", "LBN"),
        _a("Israel", "military", "ISR"),
        exhaustive=True,
    ),
    _ex(
        "Chinese and Russian warships held joint drills, Japan's defence ministry said.",
        _a("China", "military", "CHN"),
        _a("Russia", "military", "RUS"),
        _a("Japan", "government", "JPN"),
        exhaustive=True,
    ),
    _ex(
        "Washington and Seoul agreed to expand drills, while Pyongyang warned of retaliation.",
        _a("United States", "government", "USA"),
        _a("South Korea", "government", "KOR"),
        _a("North Korea", "government", "PRK"),
        exhaustive=True,
    ),
    _ex(
        "The UN Security Council will meet after Hamas and Israel agreed to a truce.",
        _a("UN Security Council", "organization", None),
        _a("Hamas", "group", "PSE"),
        _a("Israel", "country", "ISR"),
        exhaustive=True,
    ),
    _ex(
        "MOSCOW, Oct 24 (Reuters) - Russia's foreign ministry said on Thursday "
        "that Washington was to blame.",
        _a("Russia", "government", "RUS"),
        _a("United States", "government", "USA"),
        exhaustive=True,
    ),
]

_MORE = [
    _ex("Soviet troops left the city in 1989.", _a("Soviet Union", "military", "SUN")),
    _ex("Yugoslav forces pulled back.", _a("Yugoslavia", "military", "YUG")),
    _ex("East German border guards opened the gate.", _a("East Germany", "military", "DDR")),
    _ex(
        "The USSR and Czechoslovakia signed a treaty.",
        _a("Soviet Union", "country", "SUN"),
        _a("Czechoslovakia", "country", "CSK"),
    ),
    _ex(
        "The fleet had American, British, and French warships.",
        _a("United States", "military", "USA"),
        _a("United Kingdom", "military", "GBR"),
        _a("France", "military", "FRA", text="French warships"),
    ),
    _ex("President Obama met the king.", _a("Obama", "person", "USA", title="President")),
    _ex(
        "Palestinian militants fired rockets.",
        _a("Palestine", "group", "PSE", text="Palestinian militants"),
    ),
    _ex("Syrian rebels seized the airport.", _a("Syria", "group", "SYR")),
    _ex(
        "The Biden administration approved the sale.",
        _a("Biden administration", "government", "USA"),
    ),
    _ex(
        "Tokyo lodged a protest with Beijing.",
        _a("Japan", "government", "JPN"),
        _a("China", "government", "CHN"),
    ),
    _ex(
        "The United States warned Moscow against escalation.",
        _a("Russia", "government", "RUS", text="Moscow"),
    ),
    _ex(
        "Pakistan's army chief, General Asim Raza, visited the troops.",
        _a("Asim Raza", "person", "PAK", title="army chief", text="General Asim Raza"),
    ),
    _ex(
        "The Niger junta ordered the troops out.",
        _a("Niger", "government", "NER", text="Niger junta"),
    ),
    _ex("China Coast Guard ships rammed the boat.", _a("China", "military", "CHN")),
    _ex("Qatar's emir hosted the talks.", _a("Qatar's emir", "person", "QAT", title="emir")),
    _ex(
        "U.S. immigration officials said the boy would stay.",
        _a("United States", "government", "USA"),
    ),
    _ex(
        "Egyptian and Qatari mediators proposed a truce.",
        _a("Egypt", "government", "EGY"),
        _a("Qatar", "government", "QAT"),
    ),
    _ex(
        "Yemen's Houthis fired missiles at Israel.",
        _a("Houthis", "group", "YEM"),
        _a("Israel", "country", "ISR"),
    ),
    _ex("Kyiv needed more air defences.", _a("Ukraine", "government", "UKR")),
    _ex("Pyongyang", _a("North Korea", "government", "PRK")),
    _ex(
        "Prime Minister Anna Holm met Foreign Minister Erik Dahl. "
        "The prime minister said the talks went well.",
        _a("Anna Holm", "person", None),
        _a("Erik Dahl", "person", None),
        _a("Anna Holm", "person", None, text="prime minister", antecedent=0),
        exhaustive=True,
    ),
    _ex(
        "Israeli Prime Minister Ehud Barak and his defence minister, Yitzhak Rabin, met.",
        _a("Ehud Barak", "person", "ISR"),
        _a("Yitzhak Rabin", "person", "ISR", title="defence minister"),
        exhaustive=True,
    ),
    _ex(
        "The spokesman for Ukraine's air force, Yuriy Ihnat, said the drones fell.",
        _a("Yuriy Ihnat", "person", "UKR", title="spokesman for Ukraine's air force"),
        exhaustive=True,
    ),
    _ex(
        "Anna Berg, minister of defence, resigned.",
        _a("Anna Berg", "person", None, title="minister of defence"),
    ),
    _ex(
        "Beijing officials denied the report.",
        _a("China", "government", "CHN", text="Beijing officials"),
    ),
    _ex(
        "Turkey's Erdogan warned Athens. Erdogan then left.",
        _a("Recep Tayyip Erdogan", "person", "TUR", text="Turkey's Erdogan"),
        _a("Greece", "government", "GRC", text="Athens"),
        _a("Recep Tayyip Erdogan", "person", "TUR", text="Erdogan", antecedent=0),
        exhaustive=True,
    ),
    _ex(
        "U.N. High Commissioner for Refugees Filippo Grandi visited. Grandi left.",
        _a("Filippo Grandi", "person", None, title="U.N. High Commissioner for Refugees"),
        _a("Filippo Grandi", "person", None, text="Grandi", antecedent=0),
        exhaustive=True,
    ),
    _ex("The U.N. nuclear watchdog said access was denied.", _a("IAEA", "organization", None)),
    _ex(
        "But (Russian Prime Minister Mikhail) Mishustin seems determined, an aide said.",
        _a("Mikhail Mishustin", "person", "RUS", title="Prime Minister"),
    ),
    _ex(
        "Germany's Foreign Office said Berlin condemned the move.",
        _a("Germany", "government", "DEU", text="Germany's Foreign Office"),
        _a("Germany", "government", "DEU", text="Berlin"),
        exhaustive=True,
    ),
    _ex("Russia's FSB said it foiled a plot.", _a("Russia", "government", "RUS")),
    _ex("The Taliban government banned the practice.", _a("Taliban", "government", "AFG")),
    _ex("Iraqi Kurdish officials said the flows had stopped.", _a("Iraq", "government", "IRQ")),
    _ex("A senior Hamas official said the group accepted.", _a("Hamas", "group", "PSE")),
    _ex(
        "Georgia Governor Brian Kemp signed the bill.",
        _a("Brian Kemp", "person", None),
        exhaustive=True,
    ),
    _ex("Pro-Russian separatists held the town.", _a("Pro-Russian separatists", "group", None)),
    _ex(
        "The plan replaced American troops with Arab forces.",
        _a("United States", "military", "USA"),
        _a("Arab forces", "military", None),
        exhaustive=True,
    ),
    _ex(
        "Government forces and rebel fighters clashed.",
        _a("Government forces", "military", None),
        _a("rebel fighters", "group", None),
    ),
    _ex("A multinational force will be deployed.", _a("multinational force", "military", None)),
    _ex(
        "Assistant Secretary of State Victoria Nuland met Ukrainian officials.",
        _a("Victoria Nuland", "person", None, title="Assistant Secretary of State"),
        _a("Ukraine", "government", "UKR"),
        exhaustive=True,
    ),
    _ex(
        "Lt. Col. Peter Lerner, an IDF spokesman, said the raid ended.",
        _a("Peter Lerner", "person", "ISR"),
        exhaustive=True,
    ),
    _ex(
        "Russian President Dmitry Medvedev's spokeswoman Natalya Timakova said no.",
        _a("Dmitry Medvedev", "person", "RUS"),
        _a("Natalya Timakova", "person", "RUS", title="spokeswoman"),
    ),
    _ex(
        "RUSSIA WARNS NATO OVER NORTH KOREAN TROOPS",
        _a("Russia", "country", "RUS"),
        _a("NATO", "organization", None),
        _a("North Korea", "military", "PRK"),
    ),
    _ex("Moscow: talks are over", _a("Russia", "government", "RUS")),
    _ex(
        "Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi.",
        _a("Sergei Lavrov", "person", "RUS"),
        _a("Wang Yi", "person", "CHN"),
    ),
]

_WORLD = [
    _ex("Venezuelan troops massed on the border.", _a("Venezuela", "military", "VEN")),
    _ex(
        "Colombian President Gustavo Petro said the talks failed.",
        _a("Gustavo Petro", "person", "COL"),
    ),
    _ex(
        "The Azerbaijani Defence Ministry reported shelling.", _a("Azerbaijan", "government", "AZE")
    ),
    _ex(
        "Armenian Prime Minister Nikol Pashinyan resigned.", _a("Nikol Pashinyan", "person", "ARM")
    ),
    _ex("Yerevan accused Baku of aggression.", _a("Armenia", "government", "ARM")),
    _ex("Baku rejected the claim.", _a("Azerbaijan", "government", "AZE")),
    _ex("Serbian police entered the village.", _a("Serbia", "government", "SRB")),
    _ex("Kosovo police arrested three men.", _a("Kosovo", "government", "XKX")),
    _ex("Belgrade warned Pristina.", _a("Serbia", "government", "SRB")),
    _ex(
        "The Ethiopian National Defense Force captured the town.", _a("Ethiopia", "military", "ETH")
    ),
    _ex("Eritrean troops withdrew from Tigray.", _a("Eritrea", "military", "ERI")),
    _ex(
        "Sudan's army chief Abdel Fattah al-Burhan visited Cairo.",
        _a("Abdel Fattah al-Burhan", "person", "SDN"),
    ),
    _ex("The Rapid Support Forces shelled Khartoum.", _a("Rapid Support Forces", "group", "SDN")),
    _ex("Libyan National Army forces advanced on Tripoli.", _a("Libya", "military", "LBY")),
    _ex("Tunisian authorities detained the opposition leader.", _a("Tunisia", "government", "TUN")),
    _ex("Moroccan King Mohammed VI pardoned the journalists.", _a("Mohammed VI", "person", "MAR")),
    _ex("Algiers recalled its ambassador from Paris.", _a("Algeria", "government", "DZA")),
    _ex("Malian soldiers and Wagner mercenaries patrolled.", _a("Mali", "military", "MLI")),
    _ex("The Burkina Faso junta expelled French troops.", _a("Burkina Faso", "government", "BFA")),
    _ex("Nigerian troops killed Boko Haram fighters.", _a("Nigeria", "military", "NGA")),
    _ex("Kenyan police officers arrived in Haiti.", _a("Kenya", "government", "KEN")),
    _ex("Somali forces and al-Shabaab militants clashed.", _a("Somalia", "military", "SOM")),
    _ex(
        "The Philippine navy said Chinese ships blocked the resupply.",
        _a("Philippines", "military", "PHL"),
    ),
    _ex("Indonesian President Prabowo Subianto met Xi.", _a("Prabowo Subianto", "person", "IDN")),
    _ex(
        "Australian Defence Minister Richard Marles announced the deal.",
        _a("Richard Marles", "person", "AUS"),
    ),
    _ex(
        "Canberra signed the pact with Washington and London.", _a("Australia", "government", "AUS")
    ),
    _ex("Ottawa expelled six Indian diplomats.", _a("Canada", "government", "CAN")),
    _ex("Indian diplomats were expelled.", _a("India", "government", "IND")),
    _ex("Mexican soldiers were deployed to the border.", _a("Mexico", "military", "MEX")),
    _ex("The Brazilian government condemned the coup.", _a("Brazil", "government", "BRA")),
    _ex("Argentine President Javier Milei cut spending.", _a("Javier Milei", "person", "ARG")),
    _ex("Havana denied hosting a spy base.", _a("Cuba", "government", "CUB")),
    _ex("The Cuban government denied the report.", _a("Cuba", "government", "CUB")),
    _ex("Israeli warplanes struck Damascus.", _a("Israel", "military", "ISR")),
    _ex("Syrian state media said air defences responded.", _a("Syria", "government", "SYR")),
    _ex("Jordanian King Abdullah II met Biden.", _a("Abdullah II", "person", "JOR")),
    _ex("Qatari mediators shuttled between the sides.", _a("Qatar", "government", "QAT")),
    _ex(
        "Saudi Crown Prince Mohammed bin Salman hosted the summit.",
        _a("Mohammed bin Salman", "person", "SAU"),
    ),
    _ex("Emirati forces left Yemen.", _a("United Arab Emirates", "military", "ARE")),
    _ex("Omani officials mediated.", _a("Oman", "government", "OMN")),
    _ex("Kuwaiti officials welcomed the deal.", _a("Kuwait", "government", "KWT")),
    _ex(
        "Iraq's Prime Minister Mohammed Shia al-Sudani met Blinken.",
        _a("Mohammed Shia al-Sudani", "person", "IRQ"),
    ),
    _ex("The Iraqi Security Forces retook the city.", _a("Iraq", "military", "IRQ")),
    _ex("Lebanese Prime Minister Najib Mikati urged calm.", _a("Najib Mikati", "person", "LBN")),
    _ex("Turkish drones struck Kurdish positions.", _a("Turkey", "military", "TUR")),
    _ex("Greek and Turkish officials met in Athens.", _a("Greece", "government", "GRC")),
    _ex(
        "Cypriot President Nikos Christodoulides spoke.",
        _a("Nikos Christodoulides", "person", "CYP"),
    ),
    _ex(
        "Hungarian Prime Minister Peter Magyar vetoed the aid.", _a("Peter Magyar", "person", "HUN")
    ),
    _ex("Slovak Prime Minister Robert Fico was shot.", _a("Robert Fico", "person", "SVK")),
    _ex("Finnish border guards closed the crossings.", _a("Finland", "military", "FIN")),
    _ex("Swedish warships joined the NATO exercise.", _a("Sweden", "military", "SWE")),
    _ex("Norwegian F-35 jets intercepted Russian bombers.", _a("Norway", "military", "NOR")),
    _ex("Estonian officials summoned the Russian envoy.", _a("Estonia", "government", "EST")),
    _ex("Latvian soldiers trained with U.S. Marines.", _a("Latvia", "military", "LVA")),
    _ex("Moldovan authorities expelled a Russian diplomat.", _a("Moldova", "government", "MDA")),
    _ex("Georgian police dispersed protesters in Tbilisi.", _a("Georgia", "government", "GEO")),
    _ex(
        "Belarusian leader Stanislav Shushkevich hosted the talks.",
        _a("Stanislav Shushkevich", "person", "BLR"),
    ),
    _ex("Minsk said the troops would stay.", _a("Belarus", "government", "BLR")),
    _ex(
        "Taiwanese President Lai Ching-te visited the island's troops.",
        _a("Lai Ching-te", "person", "TWN"),
    ),
    _ex("Taipei accused Beijing of intimidation.", _a("Taiwan", "government", "TWN")),
    _ex(
        "Japanese Prime Minister Fumio Kishida visited Kyiv.", _a("Fumio Kishida", "person", "JPN")
    ),
    _ex("Pakistani security forces killed militants.", _a("Pakistan", "military", "PAK")),
    _ex("Islamabad blamed Kabul for the attacks.", _a("Pakistan", "government", "PAK")),
    _ex(
        "Afghanistan's Taliban rulers banned girls from school.", _a("Taliban", "government", "AFG")
    ),
    _ex("Bangladeshi police fired tear gas.", _a("Bangladesh", "government", "BGD")),
    _ex("Sri Lankan authorities declared an emergency.", _a("Sri Lanka", "government", "LKA")),
    _ex("Myanmar's military junta bombed the village.", _a("Myanmar", "government", "MMR")),
    _ex(
        "New Zealand Prime Minister Christopher Luxon spoke.",
        _a("Christopher Luxon", "person", "NZL"),
    ),
]

_BODIES_AND_PEOPLE = [
    _ex("The European Union imposed new sanctions.", _a("European Union", "organization", None)),
    _ex("EU foreign ministers met in Luxembourg.", _a("European Union", "organization", None)),
    _ex("The African Union mediated the talks.", _a("African Union", "organization", None)),
    _ex("ECOWAS threatened military intervention.", _a("ECOWAS", "organization", None)),
    _ex(
        "The Gulf Cooperation Council condemned the attack.",
        _a("Gulf Cooperation Council", "organization", None),
    ),
    _ex(
        "The World Food Programme warned of famine.",
        _a("World Food Programme", "organization", None),
    ),
    _ex("UNRWA said its staff were killed.", _a("UNRWA", "organization", None)),
    _ex("The OPCW confirmed chlorine use.", _a("OPCW", "organization", None)),
    _ex(
        "The International Criminal Court issued warrants.",
        _a("International Criminal Court", "organization", None),
    ),
    _ex("Interpol issued a red notice.", _a("Interpol", "organization", None)),
    _ex("The G7 leaders pledged support.", _a("G7", "organization", None)),
    _ex("BRICS leaders met in Kazan.", _a("BRICS", "organization", None)),
    _ex(
        "The Shanghai Cooperation Organisation held a summit.",
        _a("Shanghai Cooperation Organisation", "organization", None),
    ),
    _ex("The CSTO declined to intervene.", _a("CSTO", "organization", None)),
    _ex("UN peacekeepers were attacked in Lebanon.", _a("UN peacekeepers", "military", None)),
    _ex("UNIFIL said its base was hit.", _a("UNIFIL", "organization", None)),
    _ex(
        "Hamas's armed wing, the Qassam Brigades, claimed the attack.",
        _a("Qassam Brigades", "group", "PSE"),
    ),
    _ex(
        "Palestinian Islamic Jihad fired rockets.", _a("Palestinian Islamic Jihad", "group", "PSE")
    ),
    _ex("Hezbollah's leader Naim Qassem gave a speech.", _a("Naim Qassem", "person", "LBN")),
    _ex(
        "The Houthis' leader Abdul-Malik al-Houthi warned the United States.",
        _a("Abdul-Malik al-Houthi", "person", "YEM"),
    ),
    _ex("Kataib Hezbollah attacked the base.", _a("Kataib Hezbollah", "group", "IRQ")),
    _ex(
        "The Syrian Democratic Forces held the prisons.",
        _a("Syrian Democratic Forces", "group", "SYR"),
    ),
    _ex(
        "Hayat Tahrir al-Sham fighters entered Aleppo.", _a("Hayat Tahrir al-Sham", "group", "SYR")
    ),
    _ex("The Islamic State group claimed the bombing.", _a("Islamic State", "group", None)),
    _ex("Al-Shabaab claimed the attack.", _a("al-Shabaab", "group", "SOM")),
    _ex("Boko Haram fighters abducted dozens.", _a("Boko Haram", "group", "NGA")),
    _ex("M23 rebels captured Goma.", _a("M23", "group", "COD")),
    _ex("The PKK announced a ceasefire.", _a("PKK", "group", "TUR")),
    _ex("The Wagner Group withdrew.", _a("Wagner Group", "group", "RUS")),
    _ex(
        "Wagner chief Yevgeny Prigozhin marched on Moscow.",
        _a("Yevgeny Prigozhin", "person", "RUS"),
    ),
    _ex(
        "The Taliban's supreme leader Hibatullah Akhundzada issued a decree.",
        _a("Hibatullah Akhundzada", "person", "AFG"),
    ),
    _ex(
        "ISIS-K claimed the Moscow concert hall attack.",
        _a("Islamic State Khorasan", "group", "AFG"),
    ),
    _ex("The IAEA's chief inspector arrived.", _a("IAEA", "organization", None)),
    _ex("NATO allies agreed to send more air defences.", _a("NATO", "organization", None)),
    _ex("NATO's Secretary General Mark Rutte visited Kyiv.", _a("Mark Rutte", "person", None)),
    _ex(
        "UN Secretary-General Antonio Guterres condemned it.",
        _a("Antonio Guterres", "person", None),
    ),
    _ex(
        "WHO Director-General Tedros Adhanom Ghebreyesus spoke.",
        _a("Tedros Adhanom Ghebreyesus", "person", None),
    ),
    _ex(
        "IMF Managing Director Kristalina Georgieva warned of risks.",
        _a("Kristalina Georgieva", "person", None),
    ),
    _ex("Pope Leo called for a ceasefire.", _a("Leo", "person", None)),
    _ex(
        "Israeli Defense Minister Yoav Gallant visited the troops.",
        _a("Yoav Gallant", "person", "ISR"),
    ),
    _ex(
        "The IDF chief of staff, Lt. Gen. Herzi Halevi, resigned.",
        _a("Herzi Halevi", "person", "ISR"),
    ),
    _ex(
        "Iran's Foreign Minister Abbas Araghchi flew to Beirut.",
        _a("Abbas Araghchi", "person", "IRN"),
    ),
    # dead since 1989, but named with his office
    _ex(
        "Supreme Leader Ayatollah Ruhollah Khomeini warned Israel.",
        _a("Ruhollah Khomeini", "person", "IRN"),
    ),
    _ex(
        "Russian Foreign Ministry spokeswoman Maria Zakharova mocked the move.",
        _a("Maria Zakharova", "person", "RUS"),
    ),
    _ex("Chinese Defense Minister Dong Jun skipped the meeting.", _a("Dong Jun", "person", "CHN")),
    _ex(
        "North Korean Foreign Minister Choe Son Hui visited Moscow.",
        _a("Choe Son Hui", "person", "PRK"),
    ),
    _ex(
        "South Korea's Defense Minister Kim Yong-hyun resigned.",
        _a("Kim Yong-hyun", "person", "KOR"),
    ),
    _ex(
        "U.S. Ambassador to the United Nations Linda Thomas-Greenfield vetoed it.",
        _a("Linda Thomas-Greenfield", "person", "USA"),
    ),
    _ex(
        "White House press secretary Karine Jean-Pierre declined to comment.",
        _a("Karine Jean-Pierre", "person", "USA"),
    ),
    # no country in the title, but Sullivan was the US national security adviser then
    _ex(
        "National Security Adviser Jake Sullivan met Wang Yi.", _a("Jake Sullivan", "person", "USA")
    ),
    _ex("CIA Director William Burns traveled to Cairo.", _a("William Burns", "person", "USA")),
    _ex(
        "Gen. Charles Q. Brown Jr., chairman of the Joint Chiefs of Staff, testified.",
        _a("Charles Q. Brown Jr.", "person", "USA"),
    ),
    _ex(
        "Ukraine's commander-in-chief Oleksandr Syrskyi visited the front.",
        _a("Oleksandr Syrskyi", "person", "UKR"),
    ),
    _ex(
        "Zelensky's chief of staff Andriy Yermak met U.S. officials.",
        _a("Andriy Yermak", "person", None),
    ),
    _ex(
        "British Defence Secretary John Healey announced the deployment.",
        _a("John Healey", "person", "GBR"),
    ),
    _ex(
        "French Armed Forces Minister Sebastien Lecornu visited the base.",
        _a("Sebastien Lecornu", "person", "FRA"),
    ),
    _ex(
        "German Defence Minister Boris Pistorius said Berlin would send tanks.",
        _a("Boris Pistorius", "person", "DEU"),
    ),
    _ex("Polish President Andrzej Duda signed the bill.", _a("Andrzej Duda", "person", "POL")),
]

_COMPANIES = [
    # a company its state owns or controls is an organisation of that state: a party
    # to gas deals, a target of sanctions, an arms exporter (data/companies.json)
    _ex(
        "Gazprom and CNPC signed a 30-year supply contract on Monday.",
        _a("Gazprom", "organization", "RUS", text="Gazprom"),
        _a("CNPC", "organization", "CHN", text="CNPC"),
        exhaustive=True,
    ),
    _ex(
        "Naftogaz said it would not renew the transit deal with Gazprom's export arm.",
        _a("Naftogaz", "organization", "UKR"),
        _a("Gazprom", "organization", "RUS"),
        exhaustive=True,
    ),
    # a company named for its state is the company, not the state
    _ex(
        "Saudi Aramco will supply crude to a refinery Sinopec is building.",
        _a("Saudi Aramco", "organization", "SAU", text="Saudi Aramco"),
        _a("Sinopec", "organization", "CHN"),
        exhaustive=True,
    ),
    _ex(
        "Qatar Petroleum agreed to a joint venture with Petronas.",
        _a("QatarEnergy", "organization", "QAT", text="Qatar Petroleum"),
        _a("Petronas", "organization", "MYS"),
        exhaustive=True,
    ),
    _ex(
        "Treasury officials imposed new sanctions on PDVSA and the National Iranian Oil Company.",
        _a("PDVSA", "organization", "VEN"),
        _a("National Iranian Oil Company", "organization", "IRN"),
    ),
    _ex(
        "Pemex, Petrobras and Equinor bid for the offshore blocks.",
        _a("Pemex", "organization", "MEX"),
        _a("Petrobras", "organization", "BRA"),
        _a("Equinor", "organization", "NOR"),
        exhaustive=True,
    ),
    _ex(
        "KazMunayGas signed a memorandum with Sonatrach and SOCAR in Baku.",
        _a("KazMunayGas", "organization", "KAZ"),
        _a("Sonatrach", "organization", "DZA"),
        _a("SOCAR", "organization", "AZE"),
    ),
    # state arms exporters and defence conglomerates; their heads take the state
    _ex(
        "Rosoboronexport delivered the first air defence systems to Turkey.",
        _a("Rosoboronexport", "organization", "RUS"),
        _a("Turkey", "country", "TUR"),
        exhaustive=True,
    ),
    _ex(
        "Rostec chief Pavel Orlovsky said output had doubled.",
        _a("Pavel Orlovsky", "person", "RUS", text="Rostec chief Pavel Orlovsky"),
        exhaustive=True,
    ),
    _ex("Rosatom will build two reactors in Hungary.", _a("Rosatom", "organization", "RUS")),
]

_STATE_BODIES = [
    # a bare "the Senate" is the one state's whose government the text named
    _ex(
        "President Clinton signed the treaty. The Senate ratified it in 1997.",
        _a("Bill Clinton", "person", "USA", text="President Clinton"),
        _a("United States", "government", "USA", text="Senate", rule="government-named"),
        exhaustive=True,
        published=dt.date(1998, 1, 5),
    ),
    # a bare "the defence ministry" is the state's the text is about, as a bare "the
    # government" is; a bare "the army" or "the military" is of the one state whose
    # forces the text named before
    _ex(
        "Polish troops reached Lithuania on Monday. The army said more would follow.",
        _a("Poland", "military", "POL", text="Polish troops"),
        _a("Lithuania", "country", "LTU"),
        _a("Poland", "military", "POL", text="army", rule="military-named"),
        exhaustive=True,
    ),
    _ex(
        "Kenyan officials met on Monday. The defence ministry said troops had left.",
        _a("Kenya", "government", "KEN", text="Kenyan officials"),
        _a("Kenya", "government", "KEN", text="defence ministry", rule="government-named"),
        exhaustive=True,
    ),
    _ex(
        "Russian and Ukrainian officials met. The army said it was ready.",
        _a("Russia", "government", "RUS"),
        _a("Ukraine", "government", "UKR"),
        exhaustive=True,
    ),
    # regional blocs and international bodies: organisations of no country
    _ex(
        "Mercosur and the Andean Community agreed to cut tariffs.",
        _a("Mercosur", "organization", None),
        _a("Andean Community", "organization", None),
        exhaustive=True,
    ),
    _ex(
        "AUKUS partners will share the technology, APEC ministers heard.",
        _a("AUKUS", "organization", None),
        _a("APEC", "organization", None),
    ),
    _ex(
        "The East African Community sent a regional force; CARICOM leaders objected.",
        _a("East African Community", "organization", None),
        _a("CARICOM", "organization", None),
    ),
    _ex("KFOR troops patrolled the bridge.", _a("KFOR", "military", None)),
    # a named legislature is its state's government
    _ex(
        "The Sejm and the Storting both approved the pipeline accord.",
        _a("Sejm", "government", "POL"),
        _a("Storting", "government", "NOR"),
        exhaustive=True,
    ),
    _ex("The Knesset voted to dissolve itself.", _a("Knesset", "government", "ISR")),
    # a legislature's common name is the government of the state before it
    _ex(
        "Pakistan's National Assembly passed the resolution.",
        _a("Pakistan", "government", "PAK", text="Pakistan's National Assembly"),
        exhaustive=True,
    ),
    _ex(
        "The Chilean Chamber of Deputies rejected the treaty.",
        _a("Chile", "government", "CHL", text="Chilean Chamber of Deputies"),
        exhaustive=True,
    ),
    # a bare "Congress" is the US Congress, unless the sentence is about another
    # state's people or government, or the dateline is another state's
    _ex(
        "Congress must approve any sale of the jets to Qatar.",
        _a("US Congress", "government", "USA", text="Congress", rule="congress"),
        _a("Qatar", "country", "QAT"),
        exhaustive=True,
    ),
    _ex(
        "The president asked members of Congress to fund the mission.",
        _a("US Congress", "government", "USA", text="Congress"),
        exhaustive=True,
    ),
    _ex(
        "Brazil's Congress ratified the accord.",
        _a("Brazil", "government", "BRA", text="Brazil's Congress"),
        exhaustive=True,
    ),
    _ex("US departments: the Treasury Department.", _a("Treasury Department", "government", "USA")),
    # the pair of a divided state: one actor, a government of no one country
    _ex(
        "The two Koreas agreed to reopen the liaison office.",
        _a("North Korea and South Korea", "government", None, text="two Koreas"),
        exhaustive=True,
    ),
    _ex(
        "Trade between both Germanys grew in 1973.",
        _a("East Germany and West Germany", "government", None, rule="state-pair"),
        exhaustive=True,
    ),
    # "the government": of the state after "of"/"in", else of the one state whose
    # government or leaders the text named before, else of the dateline's state
    _ex(
        "BOGOTA, March 3 (Reuters) - The government and the ELN rebels resumed talks.",
        _a("Colombia", "government", "COL", text="government", rule="government-home"),
        _a("ELN", "group", "COL"),
        exhaustive=True,
    ),
    _ex(
        "The Kenyan government denied the report. Later the government said talks would go on.",
        _a("Kenya", "government", "KEN", text="Kenyan government"),
        _a("Kenya", "government", "KEN", text="government", rule="government-named"),
        exhaustive=True,
    ),
    _ex(
        "Diplomats said the government in Kabul had rejected the plan.",
        _a("Afghanistan", "government", "AFG", text="government", rule="government-of"),
        exhaustive=True,
    ),
    # ... but not when two states' governments were named, nor as a modifier
    _ex(
        "Moscow and Kyiv traded accusations. The government said talks would go on.",
        _a("Russia", "government", "RUS"),
        _a("Ukraine", "government", "UKR"),
        exhaustive=True,
    ),
    _ex(
        "The Kenyan government spoke. The government forces' commander spoke.",
        _a("Kenya", "government", "KEN"),
        _a("government forces", "military", None),
        exhaustive=True,
    ),
    # a party's "Congress" is no US Congress
    _ex(
        "Congress leader Meera Pillai spoke at the rally.",
        _a("Meera Pillai", "person", None),
        exhaustive=True,
    ),
]

# Armed groups, liberation movements, parties that negotiate or fight, UN missions and
# regional forces as news of 1980-2010 names them (data/organizations.json): acronyms,
# dotted acronyms, long forms and agency spellings; a group that fought in what became
# a state later takes the older state in older news (the SPLA is Sudan's in 1992)
_GROUPS_OF_HISTORY = [
    # Palestinian and Lebanese movements: the acronym, dotted, and the long form
    _ex(
        "The PLO and Israel exchanged letters of recognition.",
        _a("Palestine Liberation Organization", "group", "PSE", text="PLO"),
        _a("Israel", "country", "ISR"),
        exhaustive=True,
        published=dt.date(1993, 9, 10),
    ),
    _ex(
        "The P.L.O. rejected the plan; the Popular Front for the Liberation of Palestine left.",
        _a("Palestine Liberation Organization", "group", "PSE", text="P.L.O."),
        _a("Popular Front for the Liberation of Palestine", "group", "PSE"),
        exhaustive=True,
        published=dt.date(1988, 11, 15),
    ),
    # "Amal" is also a given name: the movement only with its own nouns
    _ex(
        "Shiite Amal militiamen shelled the camps for a third week.",
        _a("Amal Movement", "group", "LBN", text="Shiite Amal militiamen"),
        exhaustive=True,
        published=dt.date(1986, 5, 20),
    ),
    _ex(
        "A doctor named Amal said the Amal militia had left the camp.",
        _a("Amal Movement", "group", "LBN", text="Amal militia"),
        exhaustive=True,
        published=dt.date(1987, 2, 17),
    ),
    _ex(
        "The South Lebanon Army abandoned its positions as Hezbollah advanced.",
        _a("South Lebanon Army", "group", "LBN"),
        _a("Hezbollah", "group", "LBN"),
        exhaustive=True,
        published=dt.date(2000, 5, 23),
    ),
    # Northern Ireland: Sinn Fein stands in both Irish states, the unionist parties
    # and loyalist militias in the United Kingdom
    _ex(
        "Sinn Fein and the Democratic Unionists agreed to share power.",
        _a("Sinn Fein", "group", None, text="Sinn Fein"),
        _a("Democratic Unionist Party", "group", "GBR", text="Democratic Unionists"),
        exhaustive=True,
        published=dt.date(2007, 3, 26),
    ),
    _ex(
        "The UDA blamed the UVF for the shooting, and the Ulster Unionists called for calm.",
        _a("Ulster Defence Association", "group", "GBR", text="UDA"),
        _a("Ulster Volunteer Force", "group", "GBR", text="UVF"),
        _a("Ulster Unionist Party", "group", "GBR", text="Ulster Unionists"),
        exhaustive=True,
        published=dt.date(2000, 8, 22),
    ),
    # southern Africa: the rebels and the ruling movements they fought
    _ex(
        "UNITA rebels shelled an MPLA garrison near the border.",
        _a("UNITA", "group", "AGO", text="UNITA rebels"),
        _a("MPLA", "government", "AGO"),
        exhaustive=True,
        published=dt.date(1987, 10, 2),
    ),
    _ex(
        "The ANC suspended its armed struggle after talks.",
        _a("African National Congress", "group", "ZAF", text="ANC"),
        exhaustive=True,
        published=dt.date(1990, 8, 7),
    ),
    _ex(
        "RENAMO guerrillas ambushed a convoy bound for the capital, Frelimo officials said.",
        _a("RENAMO", "group", "MOZ", text="RENAMO guerrillas"),
        _a("FRELIMO", "government", "MOZ"),
        published=dt.date(1989, 4, 11),
    ),
    # Sudan: the SPLA fought in the south, Sudan's until 2011 and South Sudan's since
    _ex(
        "SPLA fighters overran a garrison, the rebels said.",
        _a("Sudan People's Liberation Army", "group", "SDN", text="SPLA fighters"),
        exhaustive=True,
        published=dt.date(1992, 6, 1),
    ),
    _ex(
        "The SPLM expelled three of its leaders.",
        _a("Sudan People's Liberation Movement", "group", "SSD", text="SPLM"),
        exhaustive=True,
        published=dt.date(2015, 1, 20),
    ),
    _ex(
        "The Justice and Equality Movement and the Sudan Liberation Army boycotted the talks.",
        _a("Justice and Equality Movement", "group", "SDN"),
        _a("Sudan Liberation Army", "group", "SDN"),
        exhaustive=True,
        published=dt.date(2006, 5, 5),
    ),
    # West and Central Africa
    _ex(
        "RUF rebels freed fifty of the hostages.",
        _a("Revolutionary United Front", "group", "SLE", text="RUF rebels"),
        exhaustive=True,
        published=dt.date(2000, 5, 17),
    ),
    _ex(
        "ECOMOG troops pushed the NPFL out of the port.",
        _a("ECOMOG", "military", None, text="ECOMOG troops"),
        _a("National Patriotic Front of Liberia", "group", "LBR", text="NPFL"),
        exhaustive=True,
        published=dt.date(1992, 11, 3),
    ),
    # "Organization of African Unity" is a body, not a person named "African Unity"
    _ex(
        "The Organization of African Unity condemned the coup.",
        _a("Organization of African Unity", "organization", None),
        exhaustive=True,
        published=dt.date(1997, 5, 26),
    ),
    _ex(
        "The RPF accused the Interahamwe of the killings.",
        _a("Rwandan Patriotic Front", "group", "RWA", text="RPF"),
        _a("Interahamwe", "group", "RWA"),
        exhaustive=True,
        published=dt.date(1994, 5, 2),
    ),
    _ex(
        "The Uganda People's Defence Force pulled out of Ituri.",
        _a("Uganda People's Defence Force", "military", "UGA"),
        published=dt.date(2003, 5, 6),
    ),
    # Somalia: the courts and the Shabaab under the spellings agencies use
    _ex(
        "The Union of Islamic Courts said Shebab fighters would defend the port.",
        _a("Islamic Courts Union", "group", "SOM", text="Union of Islamic Courts"),
        _a("al-Shabaab", "group", "SOM", text="Shebab fighters"),
        exhaustive=True,
        published=dt.date(2006, 12, 20),
    ),
    # Iraq and Iran
    _ex(
        "Peshmerga fighters loyal to the KDP clashed with the PUK.",
        _a("Peshmerga", "group", "IRQ", text="Peshmerga fighters"),
        _a("Kurdistan Democratic Party", "group", "IRQ", text="KDP"),
        _a("Patriotic Union of Kurdistan", "group", "IRQ", text="PUK"),
        exhaustive=True,
        published=dt.date(1996, 8, 31),
    ),
    _ex(
        "The Mahdi Army fought the Badr Brigade for control of the city.",
        _a("Mahdi Army", "group", "IRQ"),
        _a("Badr Organization", "group", "IRQ", text="Badr Brigade"),
        exhaustive=True,
        published=dt.date(2007, 8, 29),
    ),
    _ex(
        "The Mujahedin-e Khalq claimed the mortar attack.",
        _a("Mujahedin-e Khalq", "group", "IRN"),
        exhaustive=True,
        published=dt.date(1999, 4, 10),
    ),
    # an Egyptian Islamic Jihad is not the Palestinian one
    _ex(
        "Egyptian Islamic Jihad merged with al-Qaeda.",
        _a("Egyptian Islamic Jihad", "group", "EGY"),
        _a("al-Qaeda", "group", None),
        exhaustive=True,
        published=dt.date(2001, 6, 1),
    ),
    # the Balkans: UN and NATO missions, and the Bosnian Serb army as a rebel force
    _ex(
        "UNPROFOR commanders protested to the Bosnian Serb army.",
        _a("UNPROFOR", "organization", None),
        _a("Army of Republika Srpska", "group", "BIH", text="Bosnian Serb army"),
        exhaustive=True,
        published=dt.date(1995, 5, 26),
    ),
    _ex(
        "SFOR troops detained a war crimes suspect.",
        _a("SFOR", "military", None, text="SFOR troops"),
        exhaustive=True,
        published=dt.date(1998, 1, 22),
    ),
    # Latin America: the contras in lower case too
    _ex(
        "The contras accepted a truce with the Sandinistas.",
        _a("Contras", "group", "NIC", text="contras"),
        _a("Sandinistas", "government", "NIC"),
        exhaustive=True,
        published=dt.date(1988, 3, 23),
    ),
    _ex(
        "The Zapatistas broke off talks.",
        _a("Zapatistas", "group", "MEX"),
        exhaustive=True,
        published=dt.date(1996, 9, 3),
    ),
    _ex(
        "The Medellin cartel declared war on the state.",
        _a("Medellin cartel", "group", "COL"),
        exhaustive=True,
        published=dt.date(1989, 8, 24),
    ),
    # South and Southeast Asia
    _ex(
        "The MILF signed a framework agreement with Manila.",
        _a("Moro Islamic Liberation Front", "group", "PHL", text="MILF"),
        _a("Philippines", "government", "PHL"),
        exhaustive=True,
        published=dt.date(2012, 10, 15),
    ),
    _ex(
        "Jemaah Islamiyah was blamed for the bombing.",
        _a("Jemaah Islamiyah", "group", "IDN"),
        exhaustive=True,
        published=dt.date(2002, 10, 14),
    ),
    _ex(
        "The Northern Alliance entered Kabul as the Taliban withdrew.",
        _a("Northern Alliance", "group", "AFG"),
        _a("Taliban", "group", "AFG"),
        published=dt.date(2001, 11, 13),
    ),
    _ex(
        "The Free Aceh Movement and Jakarta signed a peace accord.",
        _a("Free Aceh Movement", "group", "IDN"),
        _a("Indonesia", "government", "IDN"),
        exhaustive=True,
        published=dt.date(2005, 8, 15),
    ),
]
_NEGATIVE = [
    "She was born in Atlanta, Georgia, and moved later.",
    "He lives in the state of Georgia.",
    "The turkey was roasted for six hours.",
    "Michael Jordan won six titles.",
    "Jordan Peterson gave a lecture last night.",
    "Chad Johnson caught the ball in the end zone.",
    "We flew to Moscow on Tuesday.",
    "The delegation arrived in Beijing late at night.",
    "The summit will be held in Washington next year.",
    "She studied in Paris and Berlin.",
    "The Washington Post reported the story first.",
    "General Motors said sales rose.",
    "The general public was not consulted.",
    "The president of the chess club resigned.",
    "Latin America and South America are not the same thing.",
    "He moved to New Mexico and then New Jersey.",
    "She ordered a Chinese takeaway and Russian dolls.",
    "A Russian novel won the prize.",
    "The Indian Ocean was calm.",
    "They sailed across the South China Sea.",
    "Pro-Russian slogans covered the walls.",
    "The china plates were broken.",
    "Major League Baseball postponed the game.",
    "The Paris Agreement entered into force.",
    "Denzel Washington starred in the film.",
    "The spokesman did not answer.",
    "Officials said the road was closed.",
    "Troops were seen near the village.",
    "The minister resigned on Monday.",
    "Despite the rain, the match went ahead.",
    "In March, prices rose sharply.",
    "However, nothing changed.",
    "The Moscow Times ran the story.",
    "Bank of England rates were unchanged.",
    "The Korean War ended in an armistice.",
    "Prices in Latin America rose.",
    "Meanwhile, the board met again.",
    "Security was tight at the stadium.",
    "The captain of the team spoke.",
    "Victoria and Albert visited the museum.",
    "He was a major figure in the movement.",
    "The air force base was closed for repairs.",
    "Washington state voters approved the measure.",
    "The fans cheered in Moscow's Red Square.",
    "Flights between Paris and London resumed.",
    "The Georgia Bulldogs won again.",
    "A Chinese-made drone crashed.",
    "The Russian-language newspaper closed.",
    "Goodbye, and thanks for all the fish.",
    "Victoria said she would sing at the concert.",
    "Flights from Kyiv, Warsaw and Berlin were cancelled.",
    "Amnesty was granted to the prisoners.",
    "Georgia voters went to the polls in Atlanta.",
    "Kyiv's residents sheltered in the metro.",
    "Russian president",
    "Latin American leaders met in Lima.",
    "Native American tribes protested the pipeline.",
    "A letter to the Russian president was delivered.",
    # things named after a leader are no person
    "The aircraft carrier John F. Kennedy sailed for the Gulf.",
    "USS Harry S. Truman returned to Norfolk.",
    # a title after a ship's prefix or noun opens the ship's name, not a person's
    "The aircraft carrier HMS Queen Elizabeth returned to Portsmouth.",
    "The frigate Admiral Kuznetsov left port.",
    "Flights left John F. Kennedy International Airport late.",
    "The carrier group, led by the Charles de Gaulle, sailed.",
    # the West Bank and a place "in the West" are no bloc
    "Settlers moved deeper into the West Bank.",
    "Many in the West doubt the plan.",
    # leaders of no state, and states just counted: no bloc of governments
    "Rebel leaders rejected the offer.",
    "The three central European countries joined in 1999.",
    "The Gulf state hosted the talks.",
    # a militia's leader is no militia; chemical agents are no agents of a state
    "The militia leader spoke to reporters.",
    "The chemical agents were destroyed.",
    # a state's adjective before other nouns stays no actor
    "Iraqi oil output rose in March.",
    "The Russian language is taught in the schools.",
    # private firms are no actors of a state, even arms makers (data/companies.json)
    "Lockheed Martin won a contract for the jets.",
    "Boeing shares fell after the crash; Lukoil raised its dividend.",
    # "Congress" of a party, a party congress, a library; a senate of no state;
    # "house prices"
    "The Indian National Congress criticised the deal.",
    "The Congress Party won the state election.",
    "The 20th Party Congress opened on Sunday.",
    "The papers are kept in the Library of Congress.",
    "The senate of the university voted against the plan.",
    "House prices rose sharply last year.",
    "The House passed the bill and the Senate will vote next week.",
    # "the government" of no clear state: none named, two named, or only as places
    "The government said the talks would resume.",
    "Negotiators met in Havana, where the government and the rebels signed.",
    "Koreas is no word of a sentence.",
    # a given name, a word, another force's title: no group of the gazetteer
    "Amal was born in 1972 and studied law.",
    "Solidarity with the victims was expressed.",
    "An International Stabilization Force would secure the strip.",
    "Contra Costa County deputies closed the road.",
]

CORPUS = Corpus(
    name="actors",
    items=lambda doc: doc.actors,
    examples=[
        *_COUNTRIES,
        *_ADJECTIVE_HEADS,
        *_METONYMS,
        *_BODIES,
        *_PEOPLE,
        *_LATER_MENTIONS,
        *_OFFICE_HOLDERS,
        *_BLOCS,
        *_ACTS,
        *_AGENCIES,
        *_MIXED,
        *_MORE,
        *_WORLD,
        *_BODIES_AND_PEOPLE,
        *_COMPANIES,
        *_STATE_BODIES,
        *_GROUPS_OF_HISTORY,
    ],
    negative=_NEGATIVE,
)
