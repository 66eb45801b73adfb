"""Properties of the times layer that hold for any input text."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from eventkit.times import times_in_text

_REFERENCE = dt.date(2024, 10, 24)

# Text built from time words, numbers and punctuation finds many more expressions than
# random characters would, so the properties are tried where the rules actually fire.
_WORDS = st.sampled_from(
    [
        "the",
        "last",
        "next",
        "this",
        "early",
        "mid-",
        "late",
        "end",
        "of",
        "in",
        "on",
        "year",
        "years",
        "month",
        "week",
        "weekend",
        "day",
        "days",
        "quarter",
        "third",
        "first",
        "half",
        "ago",
        "earlier",
        "later",
        "two",
        "a",
        "every",
        "Friday",
        "Wednesday",
        "May",
        "March",
        "October",
        "Oct.",
        "Sept.",
        "24",
        "3rd",
        "2024",
        "1990s",
        "'80s",
        "Q3",
        "fiscal",
        "today",
        "yesterday",
        "now",
        "recently",
        "soon",
        "coming",
        "past",
        "summer",
        "Christmas",
        "9",
        "a.m.",
        "10/24/2024",
        "2024-10-24",
        "between",
        "and",
        "-",
        ",",
        ".",
        "\n",
        "$",
        "%",
        "'s",
        "century",
        "20th",
    ]
)
_TEXTS = st.one_of(
    st.text(max_size=200),
    st.lists(_WORDS, max_size=40).map(" ".join),
    st.lists(_WORDS, max_size=40).map("".join),
)
_REFERENCES = st.one_of(st.none(), st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(_TEXTS, _REFERENCES)
def test_spans_are_inside_the_text_and_ordered(text: str, reference: dt.date | None) -> None:
    times = times_in_text(text, reference)
    previous_end = 0
    for t in times:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        assert t.start >= previous_end  # no two expressions overlap
        previous_end = t.end


@settings(max_examples=300, deadline=None)
@given(_TEXTS, _REFERENCES)
def test_bounds_are_ordered(text: str, reference: dt.date | None) -> None:
    for t in times_in_text(text, reference):
        if t.begin is not None and t.finish is not None:
            assert t.begin <= t.finish
        assert t.value


@settings(max_examples=200, deadline=None)
@given(_TEXTS, _REFERENCES)
def test_deterministic(text: str, reference: dt.date | None) -> None:
    first = [t.model_dump() for t in times_in_text(text, reference)]
    second = [t.model_dump() for t in times_in_text(text, reference)]
    assert first == second


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_string_is_accepted(text: str) -> None:
    times_in_text(text, _REFERENCE)
    times_in_text(text, None)
