"""Generated news-like articles for benchmarks: invented sentences from templates.

Every sentence here is made up from the templates and word lists below; no text is
taken from any news source. The articles are dense in what eventkit looks for (dates,
counts, actors, places, deployment, warning and treaty verbs) mixed with filler, so
they exercise every layer.
"""

from __future__ import annotations

import random

__all__ = ["article", "articles", "text_of_size", "typographic"]

_COUNTRIES = [
    "Russia", "Ukraine", "France", "Germany", "Poland", "Estonia", "Latvia", "Lithuania",
    "Finland", "Sweden", "Norway", "Turkey", "Greece", "Japan", "China", "India",
    "Pakistan", "Iran", "Israel", "Egypt", "Nigeria", "Kenya", "Brazil", "Mexico",
    "Canada", "Australia", "South Korea", "North Korea", "the United States", "Britain",
]  # fmt: skip
_ADJECTIVES = [
    "Russian", "Ukrainian", "French", "German", "Polish", "Turkish", "Japanese",
    "Chinese", "Indian", "Iranian", "Israeli", "Egyptian", "Kenyan", "Brazilian",
    "Canadian", "American", "British",
]  # fmt: skip
_CITIES = [
    "Kyiv", "Warsaw", "Berlin", "Paris", "Ankara", "Tokyo", "Cairo", "Nairobi", "Ottawa",
    "Riga", "Vilnius", "Tallinn", "Helsinki", "Athens", "Delhi", "Tehran", "Brasilia",
]  # fmt: skip
_REGIONS = [
    "the border", "the Black Sea", "the Baltic Sea", "the eastern front", "the north",
    "the southern coast", "the capital", "the disputed region", "the Arctic",
]  # fmt: skip
_FORCES = [
    "troops", "soldiers", "paratroopers", "marines", "warships", "fighter jets",
    "tanks", "armoured vehicles", "military advisers", "peacekeepers", "drones",
]  # fmt: skip
_UNITS = ["a brigade", "two battalions", "an aircraft carrier", "a naval task force"]
_COUNTS = [
    "about 3,000", "at least 200", "more than 1,500", "some 12", "up to 40,000",
    "nearly 800", "two", "several hundred", "thousands of", "between 500 and 700",
    "an estimated 9,000", "fewer than 50",
]  # fmt: skip
_WHEN = [
    "on Monday", "on Tuesday", "last week", "earlier this month", "next month",
    "on Oct. 12", "in early March", "by the end of the year", "in 2023", "two days ago",
    "on Friday night", "this weekend", "in the spring", "on 3 November 2024",
    "three weeks ago", "later this year",
]  # fmt: skip
_OFFICIALS = [
    "the defence ministry", "a government spokesman", "the foreign minister",
    "President Anna Lindqvist", "Prime Minister Tomas Varga", "Gen. Mark Ellison",
    "Defence Minister Ruth Okafor", "a senior official who asked not to be named",
    "the army's chief of staff", "Foreign Minister Ivo Marek",
]  # fmt: skip
_TREATIES = [
    "a ceasefire", "the border treaty", "a defence pact", "the arms control accord",
    "a grain deal", "a peace agreement", "a memorandum of understanding",
]  # fmt: skip
_FILLER = [
    "Markets were calm as trading opened, and the currency held steady against the euro.",
    "The weather in the region has been unusually mild for the season.",
    "Analysts said the figures were broadly in line with expectations.",
    "The report, which runs to more than 60 pages, will be published online.",
    "Local businesses said they had seen little change in recent weeks.",
    "Schools reopened after the holiday, and traffic returned to normal.",
    "The museum's new wing, designed by a local architect, opens to the public soon.",
    "Officials declined to comment on the details of the budget negotiations.",
]  # fmt: skip
_TEMPLATES = [
    "{country} sent {count} {force} to {region} {when}, {official} said.",
    "{official} said {country} would deploy {unit} to {city} {when}.",
    "{adj} forces withdrew {count} {force} from {region} {when}.",
    "{country} has stationed {count} {force} near {city} since {when2}.",
    "{country} warned {country2} {when} that any attack would be met with force.",
    '"We will respond to any provocation," {official} told reporters in {city} {when}.',
    "{official} threatened to expel the {adj} ambassador if the talks failed.",
    "{country} and {country2} signed {treaty} in {city} {when}.",
    "Parliament in {city} is expected to ratify {treaty} {when}.",
    "{country} said {when} it would pull out of {treaty} with {country2}.",
    "Talks on {treaty} between {country} and {country2} resumed {when}.",
    "{count} {force} took part in exercises near {city} {when}, according to {official}.",
    "{official} did not say whether more {force} would follow.",
    "The {adj} navy moved {unit} into {region} {when}, satellite images showed.",
    "{country} massed {count} {force} along {region}, {official} said {when}.",
    "The alliance agreed {when} to send {unit} to {country}.",
]  # fmt: skip


def _sentence(rnd: random.Random) -> str:
    if rnd.random() < 0.25:
        return rnd.choice(_FILLER)
    country, country2 = rnd.sample(_COUNTRIES, 2)
    text = rnd.choice(_TEMPLATES).format(
        country=country,
        country2=country2,
        adj=rnd.choice(_ADJECTIVES),
        city=rnd.choice(_CITIES),
        region=rnd.choice(_REGIONS),
        force=rnd.choice(_FORCES),
        unit=rnd.choice(_UNITS),
        count=rnd.choice(_COUNTS),
        when=rnd.choice(_WHEN),
        when2=rnd.choice(["March", "last year", "2022", "the summer"]),
        official=rnd.choice(_OFFICIALS),
        treaty=rnd.choice(_TREATIES),
    )
    return text[0].upper() + text[1:]


def article(rnd: random.Random) -> str:
    """One invented article: a headline, a dateline, and paragraphs of 1-3 sentences."""
    city = rnd.choice(_CITIES)
    headline = _sentence(rnd).rstrip(".")
    paragraphs = [
        " ".join(_sentence(rnd) for _ in range(rnd.randint(1, 3)))
        for _ in range(rnd.randint(5, 12))
    ]
    day = rnd.randint(1, 28)
    dateline = f"{city.upper()}, Oct {day} (Example Wire) - "
    return f"{headline}\n{dateline}" + "\n\n".join(paragraphs)


def articles(count: int, seed: int = 2024) -> list[str]:
    """``count`` invented articles (about 1,500 characters each), the same for a seed."""
    rnd = random.Random(seed)
    return [article(rnd) for _ in range(count)]


def typographic(text: str) -> str:
    """``text`` set as much published news is: curly quotes and apostrophes, dashes."""
    opening = True
    out = []
    for part in text.replace("'", "\u2019").replace(" - ", " \u2014 ").split('"'):
        out.append(part)
        out.append("\u201c" if opening else "\u201d")
        opening = not opening
    return "".join(out[:-1])


def text_of_size(size: int, seed: int = 2024) -> str:
    """One text of ``size`` characters made of invented articles, cut at a paragraph."""
    rnd = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        part = article(rnd)
        parts.append(part)
        total += len(part) + 2
    return "\n\n".join(parts)[:size]
