"""The place gazetteer: countries, regions, waters, towns and cities, keyed by surface form.

Loaded once, on first use, from :mod:`eventkit.countries` and the files in ``data/``
(see ``data/PROVENANCE.md``). A key is a surface form folded to lower case without
accents; when two places share a key the stronger source wins (country, then region or
water, then the curated towns, then the most populous city).

>>> gazetteer().lookup("Kiev").name, gazetteer().lookup("the Black Sea") is None
('Kyiv', True)
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import Literal, NamedTuple

import regex

from eventkit.countries import load_countries

__all__ = ["Entry", "Gazetteer", "PlaceKind", "fold_key", "gazetteer", "tokenize"]

PlaceKind = Literal["country", "region", "city", "water", "other"]

#: A word: an initialism ("U.S."), or letters with inner apostrophes ("d'Ivoire") but
#: not a possessive "'s"; digits stand alone so numbers never join a name.
TOKEN = regex.compile(
    r"(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}]*(?:['’](?![sS]\b)\p{L}[\p{L}\p{M}]*)*|\d+"
)
_MARKS = regex.compile(r"[\p{Mn}ʻʼʿʾ`´]")
_SPACES = regex.compile(r"\s+")

# Source strengths: the higher wins a shared key.
_RANK_COUNTRY = 50
_RANK_FORMER = 45
_RANK_REGION = 40
_RANK_WATER = 40
_RANK_TOWN = 30
_RANK_CAPITAL = 25
_RANK_CITY = 10


class Entry(NamedTuple):
    """One place a surface form can denote.

    ``form`` is the surface form as listed (its case is checked against the text);
    ``needs_the`` forms are only taken after "the" ("the Gulf"); ``cue_only`` ones only
    after a locative cue ("in Nice"); ``minor`` cities (single words under 100,000
    people) need a cue too; ``adjective_too`` forms ("U.S.") also work as adjectives.
    """

    name: str
    country: str | None
    kind: PlaceKind
    form: str
    rank: int
    population: int = 0
    needs_the: bool = False
    cue_only: bool = False
    minor: bool = False
    capital: bool = False
    adjective_too: bool = False


def fold_key(text: str) -> str:
    """The lookup key of a surface form: lower case, no accents, one space, straight quotes."""
    if text.isascii():
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return _SPACES.sub(" ", _MARKS.sub("", decomposed)).strip().lower()


def tokenize(text: str) -> list[str]:
    """The words of ``text`` as :data:`TOKEN` finds them."""
    return TOKEN.findall(text)


class Gazetteer:
    """Surface forms to places, plus country adjectives for "the Russian border"."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.adjectives: dict[str, str] = {}
        #: For each first word (as a key), the most words any form starting with it has.
        self.max_words: dict[str, int] = {}
        self.stoplist: frozenset[str] = frozenset()
        #: The usual capital of each country by ISO alpha-3 code ("UKR" -> "Kyiv").
        self.capitals: dict[str, str] = {}
        #: AP abbreviations of US states ("N.J.") to the state's name, read after "City, ".
        self.us_states: dict[str, str] = {}
        #: Weaker cities and towns sharing a key with the entry, for "Paris, Texas".
        self.namesakes: dict[str, list[Entry]] = {}
        #: The first words, in lower case, of forms that do not open with a capital; and
        #: by position (1, 2 ...) the later words of forms that are not capitalised.
        #: Both in lower case with straight quotes, and from every form ever added.
        self.lower_first: set[str] = set()
        self.lower_later: list[set[str]] = []

    def holds(self, key: str, rank: int, population: int = 0) -> bool:
        """True when a place at least as strong as ``(rank, population)`` holds ``key``."""
        held = self.entries.get(key)
        return held is not None and (held.rank, held.population) >= (rank, population)

    def add(self, entry: Entry, key: str | None = None) -> None:
        """Add ``entry`` under its form's key unless a stronger place holds the key."""
        key = fold_key(entry.form) if key is None else key
        if not key:
            return
        held = self.entries.get(key)
        if held is not None and (held.rank, held.population) >= (entry.rank, entry.population):
            self._namesake(key, held, entry)
            return
        words = tokenize(entry.form)
        if not words:
            return
        if held is not None:
            self._namesake(key, entry, held)
        self.entries[key] = entry
        first = fold_key(words[0])
        self.max_words[first] = max(self.max_words.get(first, 0), len(words))
        self._note_case(words)

    def _note_case(self, words: list[str]) -> None:
        """Note the words of an added form in ``lower_first`` and ``lower_later``."""
        if not words[0][:1].isupper():
            self.lower_first.add(words[0].lower().replace("’", "'"))
        later = self.lower_later
        while len(later) < len(words) - 1:
            later.append(set())
        for position in range(1, len(words)):
            word = words[position]
            if not word[:1].isupper():
                later[position - 1].add(word.lower().replace("’", "'"))

    def _namesake(self, key: str, winner: Entry, loser: Entry) -> None:
        if (
            winner.kind in ("city", "other", "region")
            and loser.kind in ("city", "other")
            and loser.country not in (None, winner.country)
            and not loser.needs_the
        ):
            others = self.namesakes.setdefault(key, [])
            if all(o.country != loser.country for o in others):
                others.append(loser)

    def wants_namesake(self, key: str, country: str) -> bool:
        """True when a city in ``country`` under ``key`` would be a new namesake."""
        held = self.entries.get(key)
        if held is None or held.country == country or held.kind not in ("city", "other", "region"):
            return False
        return all(o.country != country for o in self.namesakes.get(key, ()))

    def in_country(self, key: str, country: str) -> Entry | None:
        """The place under ``key`` that lies in ``country`` ("Paris" in USA), or None."""
        entry = self.entries.get(key)
        if entry is not None and entry.country == country:
            return entry
        return next((e for e in self.namesakes.get(key, ()) if e.country == country), None)

    def lookup(self, form: str) -> Entry | None:
        """The place ``form`` denotes on its own ("the" forms excluded), or None."""
        entry = self.entries.get(fold_key(form))
        return None if entry is None or entry.needs_the else entry


def _data_rows(name: str) -> Iterator[list[str]]:
    text = resources.files("eventkit.places").joinpath(f"data/{name}").read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _data_lines(name: str) -> list[list[str]]:
    return list(_data_rows(name))


def _forms(cell: str) -> list[str]:
    return [f.strip() for f in cell.split(";") if f.strip()]


def _split_the(form: str) -> tuple[str, bool]:
    if form[:4].lower() == "the ":
        return form[4:], True
    return form, False


def _load_countries(gaz: Gazetteer, capitals: dict[str, str]) -> None:
    adjective_forms: set[str] = set()
    for country in load_countries():
        for adjective in country.adjectives:
            gaz.adjectives.setdefault(fold_key(adjective), country.iso3)
            adjective_forms.add(adjective)
    for country in load_countries():
        bare = {country.name, *(a for a in country.aliases if a[:4].lower() != "the ")}
        for form in (country.name, *country.aliases):
            text, needs_the = _split_the(form)
            if needs_the and text in bare:
                continue
            gaz.add(
                Entry(
                    name=country.name,
                    country=country.iso3,
                    kind="country",
                    form=text,
                    rank=_RANK_COUNTRY,
                    needs_the=needs_the,
                    adjective_too=text in adjective_forms,
                )
            )
        for capital in country.capitals:
            capitals.setdefault(fold_key(capital), country.iso3)
        if country.capitals:
            gaz.capitals[country.iso3] = country.capitals[0]


def _load_former_countries(gaz: Gazetteer) -> None:
    for row in _data_lines("former_countries.tsv")[1:]:
        name, iso3, forms = [*row, "", "", ""][:3]
        for listed in (name, *_forms(forms)):
            form, needs_the = _split_the(listed)
            gaz.add(
                Entry(
                    name=name,
                    country=iso3,
                    kind="country",
                    form=form,
                    rank=_RANK_FORMER,
                    needs_the=needs_the,
                )
            )


def _load_regions(gaz: Gazetteer) -> None:
    for row in _data_lines("regions.tsv")[1:]:
        name, iso3, forms, flags = [*row, "", "", "", ""][:4]
        for form in (name, *_forms(forms)):
            text, needs_the = _split_the(form)
            gaz.add(
                Entry(
                    name=name,
                    country=None if iso3 == "-" else iso3,
                    kind="region",
                    form=text,
                    rank=_RANK_REGION,
                    needs_the=needs_the or flags.strip() == "the",
                )
            )


def _load_waters(gaz: Gazetteer) -> None:
    for row in _data_lines("waters.tsv")[1:]:
        name, forms, flags = [*row, "", "", ""][:3]
        for form in (name, *_forms(forms)):
            text, needs_the = _split_the(form)
            gaz.add(
                Entry(
                    name=name,
                    country=None,
                    kind="water",
                    form=text,
                    rank=_RANK_WATER,
                    needs_the=needs_the or flags.strip() == "the",
                )
            )


def _load_settlements(gaz: Gazetteer, capitals: dict[str, str]) -> None:
    cue_only = {fold_key(w[0]) for w in _data_lines("cue_only.txt")}
    wordlike = {fold_key(w[0]) for w in _data_lines("wordlike.txt")}
    for row in _data_lines("towns.tsv")[1:]:
        name, iso3, kind, forms = [*row, "", "", "", ""][:4]
        for listed in (name, *_forms(forms)):
            form, needs_the = _split_the(listed)
            key = fold_key(form)
            gaz.add(
                Entry(
                    name=name,
                    country=None if iso3 == "-" else iso3,
                    kind="other" if kind == "other" else "city",
                    form=form,
                    needs_the=needs_the,
                    rank=_RANK_TOWN,
                    cue_only=key in cue_only,
                    capital=capitals.get(key) == iso3,
                )
            )
    _load_cities(gaz, capitals, cue_only, wordlike)


def _load_cities(
    gaz: Gazetteer, capitals: dict[str, str], cue_only: set[str], wordlike: set[str]
) -> None:
    """The GeoNames cities: :meth:`Gazetteer.add` and its checks inlined for the 44,000
    forms, rows read one at a time (loading is paid by the first text of every process,
    junk included, and few objects kept means no early full garbage collection)."""
    entries, namesakes, max_words = gaz.entries, gaz.namesakes, gaz.max_words
    find_tokens, new_entry, get_capital = TOKEN.findall, tuple.__new__, capitals.get
    rows = _data_rows("cities.tsv")
    next(rows, None)  # the header
    for row in rows:
        name, iso3, population, forms = row if len(row) == 4 else [*row, "", "", "0", ""][:4]
        people = int(population) if population else 0
        minor = people < 100_000
        name_key = " ".join(name.lower().split()) if name.isascii() else fold_key(name)
        # A name that needs a cue passes the need to its variants ("Mobile", "Mobil").
        name_cue = name_key in cue_only
        for listed in (name, *_forms(forms)) if forms else (name,):
            if listed[:1] in "tT" and listed[:4].lower() == "the ":
                form, needs_the = listed[4:], True  # "The Hague" is "Hague" after "the"
                key = " ".join(form.lower().split()) if form.isascii() else fold_key(form)
            elif listed is name:
                form, needs_the, key = name, False, name_key
            else:
                form, needs_the = listed, False
                key = " ".join(form.lower().split()) if form.isascii() else fold_key(form)
            # A city named like a word ("Savannah") needs a cue; a small one is dropped.
            if key in wordlike:
                wordlike_ok = people >= 100_000
                if not wordlike_ok and key not in cue_only:
                    continue
            else:
                wordlike_ok = False
            # A tiny capital (Hamilton, Bermuda) does not outrank a large namesake.
            capital = people >= 50_000 and get_capital(key) == iso3
            rank = _RANK_CAPITAL if capital else _RANK_CITY
            held = entries.get(key)
            # A place at least as strong holds the key: this one can only be a new
            # namesake of it (``add``, then ``_namesake`` with the held place the winner).
            loses = held is not None and (held.rank, held.population) >= (rank, people)
            if not key or (
                loses
                and held is not None
                and (
                    needs_the
                    or held.country == iso3
                    or held.kind not in ("city", "other", "region")
                    or any(o.country == iso3 for o in namesakes.get(key, ()))
                )
            ):
                continue
            words: list[str] | None
            if loses:
                words = None
            elif form.isascii() and form.replace(" ", "").isalpha():
                # Words of ASCII letters and spaces (most cities) are what TOKEN finds.
                words = form.split()
            else:
                words = find_tokens(form)
                if not words:
                    continue
            entry: Entry = new_entry(
                Entry,
                (
                    name,
                    iso3,
                    "city",
                    form,
                    rank,
                    people,
                    needs_the,
                    name_cue or wordlike_ok or key in cue_only,
                    minor and " " not in key and "-" not in key,
                    capital,
                    False,
                ),
            )
            if words is None:
                namesakes.setdefault(key, []).append(entry)
                continue
            if held is not None:
                gaz._namesake(key, entry, held)
            entries[key] = entry
            first = words[0]
            if len(words) > 1 or not first[:1].isupper():
                gaz._note_case(words)
            first = first.lower() if first.isascii() else fold_key(first)
            if max_words.get(first, 0) < len(words):
                max_words[first] = len(words)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The packaged gazetteer, built on first use (about a tenth of a second)."""
    gaz = Gazetteer()
    capitals: dict[str, str] = {}
    _load_countries(gaz, capitals)
    _load_former_countries(gaz)
    _load_regions(gaz)
    _load_waters(gaz)
    _load_settlements(gaz, capitals)
    for iso3, capital in gaz.capitals.items():
        city = gaz.in_country(fold_key(capital), iso3)
        if city is not None:
            gaz.capitals[iso3] = city.name
    for abbreviation, state in _data_lines("us_state_abbreviations.tsv")[1:]:
        gaz.us_states[abbreviation] = state
    gaz.stoplist = frozenset(fold_key(w[0]) for w in _data_lines("stoplist.txt"))
    return gaz
