"""Well-known office holders with the dates they served, to give a person a country.

"Secretary of State Madeleine Albright" names no country, but in 1999 Albright was
the United States' secretary of state. ``data/office_holders.json`` lists heads of
state and government, foreign and defence ministers and a few other offices from
1945 on, one record per person per term; :func:`holder` finds the record a name
refers to on a date.

>>> holder("Albright", _dt.date(1999, 3, 12)).country
'USA'
>>> holder("Kofi Annan", _dt.date(2003, 3, 1)).body
'United Nations'
"""

from __future__ import annotations

import datetime as _dt
import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

__all__ = ["OfficeHolder", "holder", "is_full_name", "load_office_holders", "served"]


@dataclass(frozen=True)
class OfficeHolder:
    """One term of office: who held ``office`` for ``country`` (ISO alpha-3) or an
    international ``body``, from ``start`` to ``end`` (both inclusive; ``end`` is
    None while the term runs)."""

    name: str
    country: str | None
    body: str | None
    office: str
    start: _dt.date
    end: _dt.date | None
    aliases: tuple[str, ...] = ()

    def holds_on(self, on: _dt.date) -> bool:
        """Whether the term contains the day ``on``."""
        return self.start <= on and (self.end is None or on <= self.end)


class _Index(NamedTuple):
    records: tuple[OfficeHolder, ...]
    full: dict[str, tuple[int, ...]]
    surname: dict[str, tuple[int, ...]]


# Letters that Unicode decomposition leaves alone.
_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O"})
_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])
_PARTICLES = frozenset(
    [
        *("al", "el", "de", "da", "di", "del", "della", "der", "den", "van", "von"),
        *("la", "le", "du", "dos", "das", "zu", "bin", "ibn", "ten", "ter"),
    ]
)
_ARTICLES = ("al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-")


@lru_cache(maxsize=1 << 14)  # the same names and titles recur across documents
def _key(text: str) -> str:
    """A name folded for lookup: no accents, case, dots, hyphens or apostrophes."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    for mark in ("'", "’", "`", "‘"):
        text = text.replace(mark, "")
    return " ".join(text.replace(".", " ").replace("-", " ").split())


def _full_keys(name: str) -> set[str]:
    """The name itself and, if it has any, the name without middle initials and
    generational suffixes ("George H. W. Bush" is also "George Bush")."""
    key = _key(name)
    words = key.split()
    short = [w for i, w in enumerate(words) if not (len(w) == 1 and 0 < i < len(words) - 1)]
    short = [w for w in short if w not in _SUFFIXES]
    return {key, " ".join(short)} if len(short) >= 2 else {key}


def _surnames(name: str) -> set[str]:
    """The surname forms news uses alone: "Bush", "al-Assad" and "Assad", "von der
    Leyen" and "Leyen"."""
    words = name.split()
    while len(words) > 1 and _key(words[-1]) in _SUFFIXES:
        words.pop()
    last = words[-1]
    forms = {last}
    for article in _ARTICLES:
        if last.lower().startswith(article) and len(last) > len(article):
            forms.add(last[len(article) :])
    i = len(words) - 1
    while i > 1 and words[i - 1].lower() in _PARTICLES:
        i -= 1
        forms.add(" ".join(words[i:]))
    return {_key(form) for form in forms}


def _date(text: str | None) -> _dt.date | None:
    return None if text is None else _dt.date.fromisoformat(text)


@lru_cache(maxsize=1)
def _index() -> _Index:
    raw = resources.files("eventkit.actors").joinpath("data/office_holders.json")
    records: list[OfficeHolder] = []
    full: dict[str, list[int]] = {}
    surname: dict[str, list[int]] = {}
    for i, row in enumerate(json.loads(raw.read_text("utf-8"))):
        start = _date(row["start"])
        assert start is not None
        names = [row["name"], *row.get("aliases", ())]
        records.append(
            OfficeHolder(
                name=row["name"],
                country=row.get("country"),
                body=row.get("body"),
                office=row["office"],
                start=start,
                end=_date(row.get("end")),
                aliases=tuple(row.get("aliases", ())),
            )
        )
        full_keys = set().union(*(_full_keys(n) for n in names))
        if row.get("surnames"):
            surname_keys = {_key(s) for s in row["surnames"]}
        else:
            surname_keys = set().union(*(_surnames(n) for n in names))
        for key in full_keys:
            full.setdefault(key, []).append(i)
        for key in surname_keys:
            surname.setdefault(key, []).append(i)
    return _Index(
        tuple(records),
        {k: tuple(v) for k, v in full.items()},
        {k: tuple(v) for k, v in surname.items()},
    )


def load_office_holders() -> tuple[OfficeHolder, ...]:
    """Every packaged term of office, in file order."""
    return _index().records


# What an office or a title is, checked in this order ("Secretary of State for
# Defence" is defence, "Chairman of the Joint Chiefs" military).
_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("defence", ("defence", "secretary of war", "armed forces")),
    ("foreign", ("foreign", "secretary of state", "external affairs")),
    ("intelligence", ("cia", "intelligence")),
    ("justice", ("attorney general", "justice")),
    ("security", ("national security",)),
    ("military", ("joint chiefs", "chief of staff", "chiefs of staff")),
    ("secretary-general", ("secretary general",)),
    ("party", ("general secretary", "first secretary", "party")),
    ("government", ("prime minister", "premier", "chancellor", "head of government")),
    (
        "state",
        (
            *("president", "king", "queen", "emir", "emperor", "shah", "monarch"),
            *("head of state", "leader", "chairman"),
        ),
    ),
)
_SUBORDINATE = frozenset(["vice", "deputy", "assistant", "under", "junior"])


@lru_cache(maxsize=1 << 12)
def _norm_title(text: str) -> str:
    words = _key(text.replace("defense", "defence").replace("Defense", "Defence")).split()
    return " ".join(w for w in words if w not in ("us", "the"))


def _kind(title: str) -> str | None:
    if _SUBORDINATE.intersection(title.split()):
        return None
    padded = f" {title} "
    for kind, keys in _KINDS:
        if any(f" {key} " in padded for key in keys):
            return kind
    return None


def _head(title: str) -> str:
    words = title.split()
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    return words[-1] if words else ""


@lru_cache(maxsize=1 << 12)
def _score(office: str, title: str) -> int:
    """How well an office matches a title: 3 the same words, 2 the same kind of
    office, 1 the same head noun, 0 none."""
    office = _norm_title(office)
    if office == title:
        return 3
    kind = _kind(title)
    if kind is not None and kind == _kind(office):
        return 2
    return 1 if title and _head(office) == _head(title) else 0


def holder(name: str, on: _dt.date | None, title: str | None = None) -> OfficeHolder | None:
    """The term of office ``name`` refers to on the day ``on``, or None.

    ``name`` is a full name or alias ("Madeleine Albright", "Madeleine K. Albright")
    or a surname alone ("Albright"); accents, case and dots are ignored. The record
    must be in office on ``on`` (any term when ``on`` is None). The name must point
    to exactly one person: a surname that two holders in office share, or that two
    holders in the whole table share when ``on`` is None, gives None. ``title``
    ("Secretary of State", "Prime Minister") prefers the records whose office it
    matches and so tells apart "President Hussein" from "King Hussein".
    """
    index = _index()
    key = _key(name)
    found: tuple[int, ...] = index.full.get(key, ())
    if " " not in key:
        # A single word is a surname as often as a name ("Idris", "Tito").
        found = tuple(sorted({*found, *index.surname.get(key, ())}))
    elif not found:
        found = index.surname.get(key, ())
    if not found:
        return None
    candidates = [index.records[i] for i in found]
    if on is not None:
        candidates = [r for r in candidates if r.holds_on(on)]
    if not candidates:
        return None
    scores = [0] * len(candidates)
    if title:
        wanted = _norm_title(title)
        scores = [_score(r.office, wanted) for r in candidates]
        best = max(scores)
        if best > 0:
            kept = [(s, r) for s, r in zip(scores, candidates, strict=True) if s == best]
            scores = [s for s, _ in kept]
            candidates = [r for _, r in kept]
    if len({r.name for r in candidates}) != 1:
        return None
    return candidates[max(range(len(candidates)), key=lambda i: (scores[i], -i))]


# The offices whose former holders news keeps naming, untitled, as of their country
# ("Saddam Hussein", "Mikhail Gorbachev"): heads of state, government and party, and
# the secretaries-general (whose "country" is None: an international body).
_LEADER_KINDS = frozenset(["state", "government", "party", "secretary-general"])


def is_full_name(name: str) -> bool:
    """Whether ``name`` of two or more words is a full name or alias in the table."""
    key = _key(name)
    return " " in key and key in _index().full


def served(name: str, on: _dt.date | None, title: str | None = None) -> OfficeHolder | None:
    """The term ``name`` refers to: :func:`holder` on ``on``, else, for a full name
    out of office on ``on``, its nearest term: the last one ended before ``on``, else
    the first one after it.

    A former holder keeps being news ("Secretary of State James Baker" in 2024,
    "Saddam Hussein" after 2003), but a full name out of office may also be a
    namesake. So only the terms a title names count ("Secretary of State", any
    foreign-affairs office), or with no title only the offices of a leader (head of
    state, government or party, secretary-general); and two people of that name with
    different countries give None. A surname alone never reaches past its term.

    >>> served("James Baker", _dt.date(2024, 1, 1), "Secretary of State").country
    'USA'
    >>> served("Saddam Hussein", _dt.date(2024, 1, 1)).country
    'IRQ'
    >>> served("James Baker", _dt.date(2024, 1, 1)) is None  # no title: maybe a namesake
    True
    """
    found = holder(name, on, title)
    if found is not None or on is None:
        return found
    key = _key(name)
    if " " not in key:
        return None
    index = _index()
    candidates = [index.records[i] for i in index.full.get(key, ())]
    if title:
        wanted = _norm_title(title)
        candidates = [r for r in candidates if _score(r.office, wanted) >= 2]
    else:
        candidates = [r for r in candidates if _kind(_norm_title(r.office)) in _LEADER_KINDS]
    if not candidates:
        return None
    if len({r.name for r in candidates}) > 1 and len({r.country for r in candidates}) > 1:
        return None  # two people of this name served different states
    before = [r for r in candidates if r.end is not None and r.end < on]
    if before:
        return max(before, key=lambda r: r.end or on)
    return min(candidates, key=lambda r: r.start)
