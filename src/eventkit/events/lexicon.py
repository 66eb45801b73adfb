"""The event lexicons in ``events/data/``, loaded once and compiled into patterns."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import regex

__all__ = ["Lexicon", "load", "phrase_pattern", "words_pattern"]


def _read(name: str) -> dict[str, Any]:
    text = resources.files("eventkit.events").joinpath(f"data/{name}.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


_SPACE = r"\s+"
_GAP = regex.compile(r"\{(\d)\}")

# A phrase as a list of atoms, each one regex piece: an ASCII character (a str of
# length 1, unescaped), a run of spaces (_SPACE), or anything else as a _Raw piece
# (a non-ASCII character, a gap of up to N words).


class _Raw(str):
    """A regex piece the factoring below does not look into."""


def _atoms(words: str, fold: bool) -> list[str]:
    """A phrase's atoms: spaces match any run of spaces, ``{N}`` up to N words; with
    ``fold``, ASCII letters lower-cased (the same pattern when case is ignored)."""
    out: list[str] = []
    items = words.split()
    for i, word in enumerate(items):
        gap = _GAP.fullmatch(word)
        if gap:
            out.append(_Raw(rf"(?:[\w’'\-]+\s+){{0,{gap.group(1)}}}"))
            continue
        out.extend(
            (c.lower() if fold else c) if c.isascii() else _Raw(regex.escape(c)) for c in word
        )
        if i < len(items) - 1:
            out.append(_Raw(_SPACE))
    return out


def _piece(atom: str) -> str:
    return atom if isinstance(atom, _Raw) else regex.escape(atom)


def _plain(branches: list[list[str]]) -> list[str]:
    return ["".join(map(_piece, b)) for b in branches]


def _factored(branches: list[list[str]]) -> list[str]:
    """The alternatives of ``branches`` (in order) with common first atoms factored
    out: "troops|tanks|warships" becomes "t(?:roops|anks)|warships". The engine then
    tries only the branches that can start at a character instead of all of them, which
    makes a search with a long word list several times faster.

    It matches exactly as the plain alternation does: branches under different
    characters (or a run of spaces) cannot both match at one place, so only their
    order within a group matters, and it is kept; a branch that ends here is tried
    after the longer ones, as in the plain order. Where that cannot be shown (a gap, a
    non-ASCII character, two cases of one letter, a branch ending before a longer
    one) the branches are left as they are."""
    if len(branches) <= 1:
        return _plain(branches)
    ended = [not b for b in branches]
    if any(isinstance(b[0], _Raw) and b[0] != _SPACE for b in branches if b) or (
        any(ended) and not all(ended[ended.index(True) :])
    ):
        return _plain(branches)
    groups: dict[str, list[list[str]]] = {}
    for b in branches:
        if b:
            groups.setdefault(b[0], []).append(b[1:])
    if len({k.lower() for k in groups}) < len(groups):
        return _plain(branches)  # "A" and "a": one character when case is not ignored
    alternatives = [_piece(first) + _group(rest) for first, rest in groups.items()]
    if any(ended):
        alternatives.append("")
    return alternatives


def _group(branches: list[list[str]]) -> str:
    alternatives = _factored(branches)
    return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"


def words_pattern(words: list[str], ignore_case: bool = False) -> str:
    """An alternation of words/phrases, longest first, as whole words; pass
    ``ignore_case`` for a pattern compiled case-insensitively (it factors better)."""
    unique = sorted({w for w in words if w}, key=len, reverse=True)
    branches = [_atoms(w, ignore_case) for w in unique]
    return r"(?<![\w\-])(?:" + "|".join(_factored(branches)) + r")(?![\w\-])"


def phrase_pattern(words: list[str], flags: int = regex.IGNORECASE) -> regex.Pattern[str]:
    """A compiled, case-insensitive pattern matching any of ``words`` as whole words."""
    return regex.compile(words_pattern(words, bool(flags & regex.IGNORECASE)), flags)


class Lexicon:
    """One event type's lexicon: senses by surface form, and compiled patterns."""

    def __init__(self, name: str) -> None:
        self.data = _read(name)
        self.sense: dict[str, str] = {}
        for group in ("verbs", "nouns"):
            for sense, forms in self.data.get(group, {}).items():
                for form in forms:
                    self.sense.setdefault(form.lower(), sense)
        self.verb_forms = {
            f.lower() for forms in self.data.get("verbs", {}).values() for f in forms
        }
        self.noun_forms = {
            f.lower() for forms in self.data.get("nouns", {}).values() for f in forms
        }

    def words(self, key: str) -> list[str]:
        """A list of words or phrases from the lexicon (flattening a dict of lists)."""
        value = self.data.get(key, [])
        if isinstance(value, dict):
            return [w for forms in value.values() for w in forms]
        return list(value)

    def first_words(self, *keys: str) -> frozenset[str]:
        """The lower-cased first words of the entries under ``keys``: a trigger can
        only start at a token that is one of them."""
        return frozenset(w.split()[0].lower() for k in keys for w in self.words(k) if w.split())

    def pattern(self, *keys: str) -> regex.Pattern[str]:
        """A whole-word pattern for the entries under ``keys``."""
        return phrase_pattern([w for k in keys for w in self.words(k)])


@cache
def load(name: str) -> Lexicon:
    """The lexicon ``events/data/<name>.json``, loaded once per process."""
    return Lexicon(name)
