"""Plain text: text whose letters, marks, digits and spaces are all ASCII.

Most English news is plain, curly quotes, dashes and ellipses included. In plain text
``\\p{L}`` is ``[A-Za-z]``, ``\\p{N}`` and ``\\d`` are ``[0-9]``, ``\\p{M}`` matches
nothing and ``\\s`` is ``[ \\t\\n\\v\\f\\r]``, so a layer may split it with an equivalent
pattern of the standard library's engine, which is faster than the ``regex`` module
on such simple classes; every other character is punctuation in both engines.

>>> is_plain("NATO’s “Baltic” force — 3,000 troops…")
True
>>> is_plain("Erdoğan said"), is_plain("a\\u00a0b"), is_plain("e\\u0301")
(False, False, False)
"""

from __future__ import annotations

import regex

__all__ = ["is_plain"]

# A letter, mark, digit or space outside ASCII.
_NOT_PLAIN = regex.compile(r"[[\p{L}\p{M}\p{N}\s]--[\x00-\x7f]]", flags=regex.V1)


def is_plain(text: str) -> bool:
    """True when every letter, mark, digit and space of ``text`` is ASCII."""
    return text.isascii() or _NOT_PLAIN.search(text) is None
