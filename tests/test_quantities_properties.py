"""Property tests of the quantities layer: numbers in words and digits read back, any
text is safe, and every span's offsets point at its text."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from eventkit import Document
from eventkit.quantities import quantities_in
from eventkit.quantities.numbers import words_value

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_hundred(n: int, hyphen: bool) -> str:
    if n < 10:
        return _ONES[n]
    if n < 20:
        return _TEENS[n - 10]
    tens, ones = divmod(n, 10)
    if not ones:
        return _TENS[tens]
    return _TENS[tens] + ("-" if hyphen else " ") + _ONES[ones]


def _below_thousand(n: int, hyphen: bool, british: bool, article: bool) -> str:
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return _below_hundred(rest, hyphen)
    head = ("a" if article and hundreds == 1 else _ONES[hundreds]) + " hundred"
    if not rest:
        return head
    return head + (" and " if british else " ") + _below_hundred(rest, hyphen)


def render(n: int, *, hyphen: bool = True, british: bool = True, article: bool = False) -> str:
    """English words for ``0 <= n < 10**9``: 1,234,005 is "one million two hundred
    and thirty-four thousand and five" (British) or without the "and"s."""
    if n == 0:
        return "zero"
    parts = []
    first = True
    for scale, name in ((10**6, "million"), (10**3, "thousand"), (1, "")):
        group, n = divmod(n, scale)
        if not group:
            continue
        words = _below_thousand(group, hyphen, british, article and first)
        if not name and not first and british and group < 100:
            words = "and " + words  # "one thousand and five"
        parts.append(f"{words} {name}".strip())
        first = False
    return " ".join(parts)


def test_the_renderer_itself() -> None:
    assert render(1_234_005) == "one million two hundred and thirty-four thousand and five"
    assert render(750, british=False) == "seven hundred fifty"
    assert render(100, article=True) == "a hundred"


@settings(max_examples=400)
@given(
    st.integers(min_value=0, max_value=999_999_999),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_words_read_back(n: int, hyphen: bool, british: bool, article: bool) -> None:
    assert words_value(render(n, hyphen=hyphen, british=british, article=article)) == n


@settings(max_examples=200)
@given(st.integers(min_value=2, max_value=999_999_999), st.booleans())
def test_words_in_a_sentence_read_back(n: int, british: bool) -> None:
    text = f"The ministry said {render(n, british=british)} soldiers were moved."
    (found,) = quantities_in(text)
    assert (found.value, found.low, found.high, found.qualifier, found.unit) == (
        n,
        n,
        n,
        "exact",
        "soldiers",
    )
    assert found.text == text[found.start : found.end]


@given(st.integers(min_value=2, max_value=10**12))
def test_separated_digits_read_back(n: int) -> None:
    text = f"Officials said {n:,} troops arrived."
    (found,) = quantities_in(text)
    assert (found.value, found.unit, found.text) == (n, "troops", f"{n:,} troops")


# from 1,000 up: "between 3 and 4,000" reads as 3,000 to 4,000 (see the corpus)
@given(st.integers(min_value=1_000, max_value=10**9), st.integers(min_value=1_000, max_value=10**9))
def test_ranges_read_back(a: int, b: int) -> None:
    low, high = min(a, b), max(a, b) + 1
    (found,) = quantities_in(f"Between {low:,} and {high:,} troops were sent.")
    assert (found.value, found.low, found.high, found.qualifier) == (None, low, high, "range")


@settings(max_examples=300)
@given(st.text())
def test_any_text_is_safe_and_offsets_hold(text: str) -> None:
    items = Document(text).quantities
    for item in items:
        assert 0 <= item.start < item.end <= len(text)
        assert text[item.start : item.end] == item.text
    for before, after in itertools.pairwise(items):
        assert before.end <= after.start


_PIECES = [
    "3,000",
    "12",
    "2019",
    "1.5",
    "million",
    "bn",
    "m",
    "three",
    "hundred",
    "and",
    "forty-five",
    "a",
    "dozen",
    "half",
    "thousands",
    "of",
    "tens",
    "several",
    "some",
    "about",
    "at least",
    "more than",
    "up to",
    "between",
    "to",
    "or",
    "more",
    "-",
    "–",
    "+",
    "%",
    "$",
    "€",
    "troops",
    "soldiers",
    "battalion",
    "aircraft carriers",
    "North Korean",
    "US-led",
    "Oct.",
    "October",
    "No.",
    "Resolution",
    "p.m.",
    "10:30",
    "one",
    "the",
    "aged",
    "years",
    "1st",
    "1990s",
    "'s",
    ",",
    ".",
    "(",
    ")",
    "\n",
]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_PIECES), max_size=25), st.lists(st.booleans(), max_size=25))
def test_news_like_text_is_safe_and_offsets_hold(pieces: list[str], glue: list[bool]) -> None:
    text = "".join(p + (" " if i >= len(glue) or glue[i] else "") for i, p in enumerate(pieces))
    items = quantities_in(text)
    for item in items:
        assert text[item.start : item.end] == item.text
        assert item.qualifier in ("exact", "about", "at_least", "at_most", "range")
        if item.qualifier == "range":
            assert item.value is None and item.low is not None and item.high is not None
            assert item.low < item.high
        if item.qualifier == "exact":
            assert item.value == item.low == item.high
    for before, after in itertools.pairwise(items):
        assert before.end <= after.start
