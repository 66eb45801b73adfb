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


def _phrase(words: str) -> str:
    """A phrase as a pattern: spaces match any run of spaces, ``{N}`` up to N words."""
    out = ""
    items = words.split()
    for i, word in enumerate(items):
        gap = regex.fullmatch(r"\{(\d)\}", word)
        if gap:
            out += rf"(?:[\w’'\-]+\s+){{0,{gap.group(1)}}}"
            continue
        out += regex.escape(word)
        if i < len(items) - 1:
            out += r"\s+"
    return out


def words_pattern(words: list[str]) -> str:
    """An alternation of words/phrases, longest first, as whole words."""
    unique = sorted({w for w in words if w}, key=len, reverse=True)
    return r"(?<![\w\-])(?:" + "|".join(_phrase(w) for w in unique) + r")(?![\w\-])"


def phrase_pattern(words: list[str], flags: int = regex.IGNORECASE) -> regex.Pattern[str]:
    """A compiled, case-insensitive pattern matching any of ``words`` as whole words."""
    return regex.compile(words_pattern(words), flags)


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
