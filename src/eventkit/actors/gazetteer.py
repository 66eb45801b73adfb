"""The actors gazetteer: tokens, the name table and the lexicons the rules read.

Every surface form (a country's name, alias, adjective, capital or seat of
government from :mod:`eventkit.countries`, and the organisations, armed groups and
state bodies of ``data/organizations.json``, the state-owned companies of
``data/companies.json``) is tokenised like the text and keyed by
its token tuple, so one left-to-right pass finds the longest form at each token.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate, compress, count, islice
from operator import and_
from typing import Any, Literal, NamedTuple

import regex

from eventkit.countries import load_countries
from eventkit.text.plain import is_plain

__all__ = [
    "Entry",
    "Gazetteer",
    "Hit",
    "Lexicon",
    "Token",
    "gazetteer",
    "lexicon",
    "tokenize",
]

#: How a form names its actor: a country's name or alias, an adjective or demonym,
#: a capital city, a seat of government, a listed body, or a blocked phrase that is
#: no actor at all ("Latin America", "Washington Post").
Form = Literal["name", "alias", "adjective", "capital", "seat", "body", "block"]
EntryKind = Literal["country", "government", "military", "organization", "group", "block"]


class Token(NamedTuple):
    """A word, initialism, possessive ``'s`` or punctuation mark with its offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Entry:
    """What a surface form stands for."""

    name: str
    kind: EntryKind
    country: str | None
    form: Form


class Hit(NamedTuple):
    """A gazetteer form found over tokens ``[first, last)``."""

    first: int
    last: int
    entry: Entry


_TOKEN = regex.compile(
    r"""
    (?:\p{Lu}\.){2,}(?!\p{L})                                # U.S.  U.K.  D.P.R.K.
    | [\p{L}\p{N}][\p{L}\p{M}\p{N}]*
      (?:['’\-](?![sS]\b)[\p{L}\p{M}\p{N}]+)*\+?           # words: al-Qaeda, N'Djamena, OPEC+
    | ['’][sS]\b                                           # possessive
    | \S
    """,
    regex.VERBOSE,
)
_TOKEN_SPLIT = regex.compile(f"({_TOKEN.pattern})", regex.VERBOSE)
# The same pattern for plain text (eventkit.text.plain: \p{L} is [A-Za-z] there,
# \p{N} [0-9], \p{M} absent, \s [ \t\n\v\f\r], \b the same): the standard engine
# splits a sentence about twice as fast, and most news is plain.
_PLAIN_TOKEN_SPLIT = re.compile(
    r"((?:[A-Z]\.){2,}(?![A-Za-z])"
    r"|[A-Za-z0-9]+(?:['’\-](?![sS]\b)[A-Za-z0-9]+)*\+?"
    r"|['’][sS]\b"
    r"|[^ \t\n\x0b\x0c\r])"
)
# A full stop that belongs to the word before it ("Mr.", "Gen.", "H."): dropped, so
# that "Lt. Gen." and "Lt Gen" are the same tokens.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "adm",
        "brig",
        "sgt",
        "cmdr",
        "sen",
        "rep",
        "gov",
        "pres",
        "st",
        "jr",
        "sr",
        "mt",
        "ft",
        "gens",
        "cpl",
        "pvt",
        "rev",
        "prof",
        "hon",
        "mme",
        "messrs",
        "no",
        "vs",
    ]
)


def _normal(word: str) -> str:
    return word.replace("’", "'")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]``, abbreviation dots dropped.

    >>> [t.text for t in tokenize("Lt. Gen. H. Smith met U.S. envoys in N'Djamena.")]
    ['Lt', 'Gen', 'H', 'Smith', 'met', 'U.S.', 'envoys', 'in', "N'Djamena", '.']
    """
    words, starts, ends = token_lists(text, start, end)
    return [Token(*token) for token in zip(words, starts, ends, strict=True)]


def token_lists(
    text: str, start: int = 0, end: int | None = None
) -> tuple[list[str], list[int], list[int]]:
    """The tokens of :func:`tokenize` as three parallel lists: texts, starts and ends.

    Built without a Python object or loop step per token (the layer's hot path): one
    ``split`` of the slice on the token pattern gives the gaps and tokens in turn, and
    running sums of their lengths give the offsets. The pattern only looks ahead, so
    splitting the slice finds what ``finditer(text, start, end)`` finds.
    """
    stop = len(text) if end is None else end
    chunk = text[start:stop]
    parts = (_PLAIN_TOKEN_SPLIT if is_plain(chunk) else _TOKEN_SPLIT).split(chunk)
    offsets = list(accumulate(map(len, parts), initial=start))
    # parts: gap, token, gap, token, ..., gap; a token i is parts[2i + 1]
    words = parts[1::2]
    starts = offsets[1:-1:2]
    ends = offsets[2::2]
    if "." in chunk:
        _drop_abbreviation_dots(words, starts, ends)
    if "’" in chunk:
        words = [_normal(w) if "’" in w else w for w in words]
    return words, starts, ends


@lru_cache(maxsize=1 << 12)
def _takes_dot(word: str) -> bool:
    """Whether a full stop glued to ``word`` is its own: an abbreviation or initial."""
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _drop_abbreviation_dots(words: list[str], starts: list[int], ends: list[int]) -> None:
    """Drop (in place) each full stop glued to an abbreviation ("Mr.") or an initial."""
    drop = []
    dots = words.count(".") - (words[:1] == ["."])  # a full stop opening the text stays
    if dots * 4 < len(words):  # prose: a step per full stop is cheapest
        i = 0
        for _ in range(dots):
            i = words.index(".", i + 1)
            if ends[i - 1] == starts[i] and _takes_dot(words[i - 1]):
                drop.append(i)
    else:
        # Column by column, a Python step only per full stop after an abbreviation:
        # a page of "Oct. Oct. ..." has hundreds of thousands of full stops, and few
        # distinct words.
        takers = set(filter(_takes_dot, set(words)))
        if takers:
            takes = map(takers.__contains__, words)
            stops = map(".".__eq__, islice(words, 1, None))
            drop = [
                i for i in compress(count(1), map(and_, takes, stops)) if ends[i - 1] == starts[i]
            ]
    if drop:
        keep = [True] * len(words)
        for i in drop:
            keep[i] = False
        words[:] = compress(words, keep)
        starts[:] = compress(starts, keep)
        ends[:] = compress(ends, keep)


def _form_words(form: str) -> list[str]:
    """The token texts of a form; ASCII words and spaces alone (most forms) need no
    pattern: each word is one token."""
    if form.isascii() and form.replace(" ", "").isalpha():
        return form.split()
    return token_lists(form)[0]


def _key(form: str) -> tuple[str, ...]:
    words = tuple(_form_words(form))
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return words


class Gazetteer:
    """Forms keyed by token tuple; :meth:`hits` finds them, longest first."""

    def __init__(self, entries: dict[tuple[str, ...], Entry]) -> None:
        self.entries = entries
        self.longest: dict[str, int] = {}
        for key in entries:
            self.longest[key[0]] = max(self.longest.get(key[0], 0), len(key))
        # The lengths of the forms each word opens, longest first, so that a lookup
        # tries only lengths some form has ("United" opens forms of 2 to 8 words but
        # "The" only of 2); one-word forms are also keyed by the word itself.
        self._sizes = _sizes(entries)
        self.first_words = frozenset(self._sizes)
        self._single = {key[0]: entry for key, entry in entries.items() if len(key) == 1}

    def hits(self, tokens: list[Token]) -> list[Hit]:
        """The forms found in ``tokens``, left to right, never overlapping."""
        return self.hits_in([t.text for t in tokens])

    def hits_in(self, words: list[str]) -> list[Hit]:
        """The forms found in a list of token texts, left to right, never overlapping."""
        out: list[Hit] = []
        sizes_of, entries, single = self._sizes, self.entries, self._single
        n = len(words)
        i = 0
        # Only a form's first word can start one: visit those words alone.
        for at in compress(count(), map(sizes_of.__contains__, words)):
            if at < i:
                continue  # inside the form found last
            word = words[at]
            for size in sizes_of[word]:
                if size == 1:
                    entry = single.get(word)
                elif at + size <= n:
                    entry = entries.get(tuple(words[at : at + size]))
                else:
                    continue
                if entry is not None:
                    out.append(Hit(at, at + size, entry))
                    i = at + size
                    break
        return out


def _read_json(name: str) -> Any:
    raw = resources.files("eventkit.actors").joinpath(f"data/{name}").read_text("utf-8")
    return json.loads(raw)


_DOTTED = {"UN ": "U.N. ", "U.N. ": "UN ", "US ": "U.S. ", "U.S. ": "US ", "EU ": "E.U. "}


def _variants(form: str) -> list[str]:
    """The spellings of a body's name: "al-Qaeda" opens a sentence as "Al-Qaeda",
    "UN refugee agency" is also "U.N. refugee agency"."""
    forms = [form]
    for plain, dotted in _DOTTED.items():
        if form.startswith(plain):
            forms.append(dotted + form[len(plain) :])
    if form[:1].islower() and not form.startswith("the "):
        forms.append(form[:1].upper() + form[1:])
    return forms


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The packaged gazetteer (countries first, then bodies, which win a clash)."""
    entries: dict[tuple[str, ...], Entry] = {}
    country_forms: tuple[tuple[Form, str], ...] = (
        ("seat", "seats"),
        ("capital", "capitals"),
        ("adjective", "adjectives"),
        ("alias", "aliases"),
        ("name", "name"),
    )
    # Later assignments win: a name beats an adjective ("Myanmar"), a capital that
    # is also the country's name ("Singapore") stays a name.
    for form, attr in country_forms:
        for country in load_countries(former=True):
            values = (country.name,) if attr == "name" else getattr(country, attr)
            kind: EntryKind = "government" if form in ("capital", "seat") else "country"
            for value in values:
                # Every form, a seat of government too, names its country:
                # "the Kremlin" is the government of Russia.
                entry = Entry(country.name, kind, country.iso3, form)
                entries[_key(value)] = entry
                # All-capital headlines: "RUSSIA", "NORTH KOREAN", "KREMLIN".
                if sum(c.isalpha() for c in value) >= 4 and not value.isupper():
                    entries.setdefault(_key(value.upper()), entry)
    # State-owned companies ("Gazprom", "Pemex") are organisations of their states.
    companies = [{**row, "kind": "organization"} for row in _read_json("companies.json")]
    for row in (*_read_json("organizations.json"), *companies):
        kind = row["kind"]
        form_of: Form = "block" if kind == "block" else row.get("form", "body")
        for value in (row["name"], *row["aliases"]):
            if value == "-":
                continue
            known = entries.get(_key(value))
            if value == row["name"] and known is not None and known.form in ("name", "alias"):
                continue  # a body named for its country ("Russia"): not a form of it
            for variant in _variants(value):
                entries[_key(variant)] = Entry(row["name"], kind, row["country"], form_of)
    return Gazetteer(entries)


@dataclass(frozen=True)
class Lexicon:
    """The word lists of ``data/lexicon.json``, as token tuples or word sets."""

    titles: frozenset[tuple[str, ...]]
    title_first: dict[str, int]
    #: The words a person can start at: an honorific or a title's first word.
    person_starts: frozenset[str]
    ranks: frozenset[tuple[str, ...]]
    honorifics: frozenset[str]
    title_modifiers: frozenset[str]
    heads: dict[tuple[str, ...], Literal["military", "government", "group"]]
    head_longest: int
    #: The lengths of the heads each word opens, longest first.
    head_sizes: dict[str, tuple[int, ...]]
    #: The first words of the ranks.
    rank_first: frozenset[str]
    agent_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    object_cues: frozenset[str]
    leader_heads: frozenset[tuple[str, ...]]
    us_presidents: frozenset[str]
    locatives: frozenset[str]
    ambiguous_capitals: frozenset[str]
    city_nouns: frozenset[str]
    bloc_modifiers: frozenset[str]
    nonstate_modifiers: frozenset[str]
    us_state_titles: frozenset[tuple[str, ...]]
    state_heads: frozenset[tuple[str, ...]]
    name_stopwords: frozenset[str]
    first_name_countries: frozenset[str]
    #: Where a person's first name part is what a later mention uses alone: family
    #: name first ("Kim Jong Un": "Kim"), or a given name news uses ("Saddam").
    first_part_countries: frozenset[str]
    #: The words around a famous name that make it a thing named after the person:
    #: "the aircraft carrier John F. Kennedy", "John F. Kennedy International Airport".
    namesake_before: frozenset[str]
    #: The bloc modifiers of states ("Western", "Arab"), before which a government
    #: noun or a bloc noun ("powers", "states") names governments of no one country.
    state_bloc_modifiers: frozenset[str]
    bloc_heads: frozenset[str]
    #: Hostile acts a state's adjective before them makes that state's ("an Iraqi
    #: attack", "Russian air strikes"), and the words allowed between.
    act_heads: frozenset[str]
    act_modifiers: frozenset[str]
    #: Words that after "the" name a bloc of states ("the West"), and the bloc's name.
    bloc_names: dict[str, str]
    namesake_after: frozenset[str]
    #: Plurals of a divided state's name that stand for the pair ("the two Koreas"),
    #: and the pair's name.
    state_pairs: dict[str, str]
    #: Surnames of the office-holder table that are also English words or calendar
    #: names ("Trump", "May", "Begin"): alone, they name the holder only mid-sentence.
    word_surnames: frozenset[str]


def _first_words(keys: frozenset[tuple[str, ...]]) -> dict[str, int]:
    """Each first word and the longest key it opens."""
    out: dict[str, int] = {}
    for key in keys:
        out[key[0]] = max(out.get(key[0], 0), len(key))
    return out


def _sizes(keys: Iterable[tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
    """Each first word and the lengths of the keys it opens, longest first."""
    out: dict[str, set[int]] = {}
    for key in keys:
        out.setdefault(key[0], set()).add(len(key))
    return {word: tuple(sorted(found, reverse=True)) for word, found in out.items()}


def _lower_key(form: str) -> tuple[str, ...]:
    return tuple(map(str.lower, _form_words(form)))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged word lists."""
    data = _read_json("lexicon.json")
    titles = frozenset(_lower_key(t) for t in data["titles"])
    ranks = frozenset(_lower_key(t) for t in data["ranks"])
    title_first = _first_words(titles)
    heads: dict[tuple[str, ...], Literal["military", "government", "group"]] = {}
    for word in data["group_heads"]:
        heads[_lower_key(word)] = "group"
    for word in data["government_heads"]:
        heads[_lower_key(word)] = "government"
    for word in data["military_heads"]:
        heads[_lower_key(word)] = "military"
    return Lexicon(
        titles=titles,
        title_first=title_first,
        person_starts=frozenset(data["honorifics"]) | frozenset(title_first),
        ranks=ranks,
        honorifics=frozenset(data["honorifics"]),
        title_modifiers=frozenset(data["title_modifiers"]),
        heads=heads,
        head_longest=max(len(h) for h in heads),
        head_sizes=_sizes(heads),
        rank_first=frozenset(key[0] for key in ranks),
        agent_verbs=frozenset(data["agent_verbs"]),
        speech_verbs=frozenset(data["speech_verbs"]),
        object_cues=frozenset(data["object_cues"]),
        leader_heads=frozenset(_lower_key(h) for h in data["leader_heads"]),
        us_presidents=frozenset(data["us_presidents"]),
        locatives=frozenset(data["locatives"]),
        ambiguous_capitals=frozenset(data["ambiguous_capitals"]),
        city_nouns=frozenset(data["city_nouns"]),
        bloc_modifiers=frozenset(data["bloc_modifiers"]),
        nonstate_modifiers=frozenset(data["nonstate_modifiers"]),
        us_state_titles=frozenset(_lower_key(t) for t in data["us_state_titles"]),
        state_heads=frozenset(_lower_key(t) for t in data["state_heads"]),
        name_stopwords=frozenset(data["name_stopwords"]),
        first_name_countries=frozenset(data["first_name_countries"]),
        first_part_countries=frozenset(
            data["family_name_first_countries"] + data["given_name_countries"]
        ),
        namesake_before=frozenset(data["namesake_before"]),
        state_bloc_modifiers=frozenset(data["state_bloc_modifiers"]),
        bloc_heads=frozenset(data["bloc_heads"]),
        act_heads=frozenset(data["act_heads"]),
        act_modifiers=frozenset(data["act_modifiers"]),
        bloc_names=dict(data["bloc_names"]),
        namesake_after=frozenset(data["namesake_after"]),
        state_pairs=dict(data["state_pairs"]),
        word_surnames=frozenset(data["word_surnames"]),
    )
