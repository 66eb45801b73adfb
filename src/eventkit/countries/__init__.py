"""The country table: ISO 3166-1 codes, news names, aliases, demonyms and capitals.

>>> lookup("North Korean").iso3, by_code("GBR").name
('PRK', 'United Kingdom')
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

__all__ = [
    "Country",
    "FormKind",
    "as_of",
    "by_code",
    "by_iso2",
    "capital_of",
    "load_countries",
    "lookup",
    "surface_forms",
]

#: What a surface form of a country is: its name, another name, an adjective or
#: demonym, a capital city, or a seat of government ("Kremlin").
FormKind = Literal["name", "alias", "adjective", "capital", "seat"]


@dataclass(frozen=True)
class Country:
    """One country: ``iso3`` code, canonical ``name`` and its other surface forms."""

    iso3: str
    iso2: str
    name: str
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()
    former: bool = False


def _read(name: str, *, former: bool) -> tuple[Country, ...]:
    raw = resources.files("eventkit.countries").joinpath(f"data/{name}").read_text("utf-8")
    return tuple(
        Country(
            iso3=row["iso3"],
            iso2=row["iso2"],
            name=row["name"],
            aliases=tuple(row["aliases"]),
            adjectives=tuple(row["adjectives"]),
            capitals=tuple(row["capitals"]),
            seats=tuple(row["seats"]),
            former=former,
        )
        for row in json.loads(raw)
    )


@lru_cache(maxsize=2)
def load_countries(*, former: bool = False) -> tuple[Country, ...]:
    """Every current country of the packaged table, sorted by ISO alpha-3 code.

    ``former=True`` adds the states that news of their time names, under their
    ISO 3166-3 codes: Soviet Union (SUN), Yugoslavia (YUG), Czechoslovakia (CSK),
    East Germany (DDR).
    """
    current = _read("countries.json", former=False)
    return current + _read("former.json", former=True) if former else current


@lru_cache(maxsize=1)
def _by_code() -> dict[str, Country]:
    return {c.iso3: c for c in load_countries(former=True)}


@lru_cache(maxsize=1)
def _by_iso2() -> dict[str, Country]:
    return {c.iso2: c for c in load_countries(former=True)}


def by_code(iso3: str) -> Country | None:
    """The country with ISO alpha-3 code ``iso3`` ("RUS"), or None."""
    return _by_code().get(iso3.upper())


def by_iso2(iso2: str) -> Country | None:
    """The country with ISO alpha-2 code ``iso2`` ("RU"), or None."""
    return _by_iso2().get(iso2.upper())


@lru_cache(maxsize=1)
def surface_forms() -> dict[str, tuple[str, FormKind]]:
    """Every surface form, exactly as written, to ``(iso3, kind)``.

    Former states included. Names, aliases and adjectives come first: a capital
    that is also a country's name ("Singapore", "Djibouti") stays a ``name``.
    """
    forms: dict[str, tuple[str, FormKind]] = {}
    order: tuple[tuple[FormKind, str], ...] = (
        ("name", "name"),
        ("alias", "aliases"),
        ("adjective", "adjectives"),
        ("capital", "capitals"),
        ("seat", "seats"),
    )
    for kind, attr in order:
        for country in load_countries(former=True):
            values = (country.name,) if attr == "name" else getattr(country, attr)
            for value in values:
                forms.setdefault(value, (country.iso3, kind))
    return forms


@lru_cache(maxsize=1)
def _folded() -> dict[str, str]:
    # Case-insensitive fallback, leaving out all-capital abbreviations ("US", "UK")
    # whose lower-case forms are ordinary words.
    out: dict[str, str] = {}
    for form, (iso3, kind) in surface_forms().items():
        if kind in ("name", "alias", "adjective") and not form.isupper():
            out.setdefault(form.casefold(), iso3)
    return out


def lookup(name: str) -> Country | None:
    """The country a name, alias, adjective or demonym denotes, or None.

    Exact forms first, then case-insensitively (abbreviations only as written);
    a leading "the" is ignored. Capitals are not names: see :func:`capital_of`.

    >>> lookup("Britain").iso3, lookup("the U.S.").iso3, lookup("Ivorian").name
    ('GBR', 'USA', 'Ivory Coast')
    """
    text = " ".join(name.split())
    candidates = [text]
    if text[:4].lower() == "the ":
        candidates.append(text[4:])
    forms = surface_forms()
    for candidate in candidates:
        hit = forms.get(candidate)
        if hit is not None and hit[1] in ("name", "alias", "adjective"):
            return _by_code()[hit[0]]
    for candidate in candidates:
        iso3 = _folded().get(candidate.casefold())
        if iso3 is not None:
            return _by_code()[iso3]
    return None


def capital_of(name: str) -> Country | None:
    """The country whose capital or seat of government ``name`` is ("Kyiv", "Kremlin").

    >>> capital_of("the Kremlin").iso3, capital_of("Pyongyang").iso3
    ('RUS', 'PRK')
    """
    text = " ".join(name.split())
    if text[:4].lower() == "the ":
        text = text[4:]
    iso3 = _capitals().get(text)
    return None if iso3 is None else _by_code()[iso3]


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    out: dict[str, str] = {}
    for country in load_countries(former=True):
        for value in (*country.capitals, *country.seats):
            out.setdefault(value, country.iso3)
    return out


@lru_cache(maxsize=1)
def _successions() -> dict[str, tuple[str, tuple[tuple[str, str], ...]]]:
    text = (
        resources.files("eventkit.countries").joinpath("data/successions.json").read_text("utf-8")
    )
    rows = json.loads(text)["successions"]
    return {r["code"]: (r["since"], tuple((since, was) for since, was in r["was"])) for r in rows}


def as_of(code: str | None, when: _dt.date | None) -> str | None:
    """The code of the state a place coded ``code`` belonged to on ``when``: Kosovo
    (XKX) is Yugoslavia (YUG) in 1999 news, South Sudan (SSD) is Sudan in 2006.

    >>> as_of("XKX", _dt.date(1999, 3, 12)), as_of("XKX", _dt.date(2024, 1, 1))
    ('YUG', 'XKX')
    """
    if code is None or when is None:
        return code
    entry = _successions().get(code)
    if entry is None:
        return code
    since, history = entry
    day = when.isoformat()
    if day >= since:
        return code
    for start, was in history:
        if day >= start:
            return was
    return code
