"""The event lexicons' word patterns: factored alternations match as plain ones do."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from eventkit.events import lexicon

# Words that share prefixes, end where others go on ("u.s" / "u.s."), differ only in
# case, hold a gap or a non-ASCII letter: the cases the factoring must get right.
_WORDS = st.sampled_from(
    ["troop", "troops", "troopers", "Troops", "air force", "air   force", "air force.", "air",
     "u.s", "u.s.", "U.S. Navy", "pay a {2} price", "pay", "paid", "détente", "Détente",
     "airmen", "ſhips", "ships", "ship's", "re-deploy", "redeploy", "a", "an", "'s", "don’t",
     "don't"]
)  # fmt: skip
_TEXT = st.lists(
    st.sampled_from(
        ["troops", "TROOPS", "air", "force", "forces", "U.S.", "u.s", "Navy", "pay", "a",
         "heavy", "price", "détente", "DÉTENTE", "ſhips", "ships", "ship's", "re-deploy",
         "don’t", "-", ".", ",", "'s", " ", "  ", "\n", "x"]
    ),
    max_size=30,
).map("".join)  # fmt: skip


def _plain(words: list[str]) -> str:
    """The pattern as an unfactored alternation of the words as written, in order."""
    unique = sorted({w for w in words if w}, key=len, reverse=True)
    alternatives = lexicon._plain([lexicon._atoms(w, False) for w in unique])
    return r"(?<![\w\-])(?:" + "|".join(alternatives) + r")(?![\w\-])"


def _spans(pattern: regex.Pattern[str], text: str) -> list[object]:
    found: list[object] = [m.span() for m in pattern.finditer(text)]
    for i in range(len(text) + 1):
        m = pattern.match(text, i)
        found.append(m.span() if m else None)
        # a phrase followed by more of the enclosing pattern backtracks into it
        m = pattern.match(text, i, max(i, len(text) - 3))
        found.append(m.span() if m else None)
    return found


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=12), _TEXT, st.booleans(), st.booleans())
def test_factored_matches_plain(
    words: list[str], text: str, ignore_case: bool, compile_ignoring_case: bool
) -> None:
    # a pattern built as case-sensitive may still be compiled ignoring case
    flags = regex.IGNORECASE if ignore_case or compile_ignoring_case else 0
    factored = regex.compile(lexicon.words_pattern(words, ignore_case), flags)
    plain = regex.compile(_plain(words), flags)
    assert _spans(factored, text) == _spans(plain, text)
    tail = regex.compile(f"(?:{lexicon.words_pattern(words, ignore_case)})\\s*x", flags)
    reference = regex.compile(f"(?:{_plain(words)})\\s*x", flags)
    assert _spans(tail, text) == _spans(reference, text)


@pytest.mark.parametrize(
    ("words", "text"),
    [
        # a branch that ends where a shorter written one goes on: "air   force" is
        # tried before "air force.", so "air force. x" matches "air force"
        (["air   force", "air force."], "air force. x"),
        # two cases of one letter: "U.S" must not be tried before "u.s."
        (["U.S Navy", "u.s.", "U.S"], "U.S. x"),
    ],
)
def test_factored_keeps_order(words: list[str], text: str) -> None:
    for flags in (0, regex.IGNORECASE):
        factored = regex.compile(lexicon.words_pattern(words), flags)
        assert _spans(factored, text) == _spans(regex.compile(_plain(words), flags), text)


def test_factored_shares_prefixes() -> None:
    pattern = lexicon.words_pattern(["troops", "tanks", "warships"], ignore_case=True)
    assert "t(?:roops|anks)" in pattern
