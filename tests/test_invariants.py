"""Invariants of extract() over generated news-like text and arbitrary strings.

For any input: no exception; every span (in the events and in every layer) lies in
the text with ``text[start:end] == span.text``; the same input gives the same output;
``begin <= finish`` for every date; events come in document order; extract_many gives
what extract gives.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

import eventkit
from eventkit import Document, Event, Span, TimeExpr

# Invented phrases that the rules of every layer react to; joined at random they make
# text dense with triggers, counts, dates, actors and places, in broken orders too.
_PHRASES = [
    "Russia",
    "Ukraine's",
    "the United States",
    "U.S.",
    "NATO",
    "the Pentagon",
    "the defence ministry",
    "President Emmanuel Macron",
    "Gen. Mark Adams",
    "Mr. Adams",
    "he",
    "they",
    "sent",
    "deployed",
    "will deploy",
    "withdrew",
    "massed",
    "stationed",
    "warned",
    "threatened",
    "vowed to retaliate",
    "signed",
    "ratified",
    "pulled out of",
    "a ceasefire",
    "the treaty",
    "the New START treaty",
    "an agreement",
    "talks",
    "about 3,000 troops",
    "two brigades",
    "thousands of soldiers",
    "at least 1.5 million",
    "12 fighter jets",
    "a battalion",
    "between 200 and 300",
    "warships",
    "to the border",
    "to eastern Ukraine",
    "in the Black Sea",
    "from Poland",
    "near Kharkiv",
    "in Washington",
    "Kyiv",
    "the Baltic states",
    "on Monday",
    "last week",
    "next month",
    "on Oct. 3",
    "in March 2024",
    "earlier this year",
    "by the end of 2025",
    "the 1990s",
    "two days ago",
    "said",
    "told reporters",
    "did not",
    "could",
    "if",
    "and",
    "of",
    "the",
    ",",
    ".",
    '"',
    "(",
    ")",
    "-",
    ";",
    "\n",
    "\n\n",
    "MOSCOW, Oct 24 (Reuters) -",
]

_NEWSLIKE = st.lists(st.sampled_from(_PHRASES), min_size=0, max_size=60).map(" ".join)
# Arbitrary strings, with code points of every kind: lone surrogates (which Hypothesis
# leaves out unless asked), NUL and other controls, and the marks the rules look at.
_ANY_CHAR = st.one_of(
    st.characters(codec=None),
    st.characters(categories=["Cs", "Cc", "Cf"]),
    st.sampled_from("\x00\n .,'-()\"A1"),
)
_ANY_TEXT = st.text(alphabet=_ANY_CHAR, max_size=300)
_PUBLISHED = st.one_of(
    st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
)


def _spans(value: Any) -> Iterator[Span]:
    """Every span inside a model, a list or a dict, depth first."""
    if isinstance(value, Span):
        yield value
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _spans(getattr(value, name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _spans(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _spans(item)


def _check_span(text: str, span: Span) -> None:
    assert 0 <= span.start <= span.end <= len(text), span
    assert text[span.start : span.end] == span.text, span
    if isinstance(span, TimeExpr) and span.begin is not None and span.finish is not None:
        assert span.begin <= span.finish, span
    antecedent = getattr(span, "antecedent", None)
    if antecedent is not None:
        assert 0 <= antecedent < len(text), span


def _check_events(text: str, events: list[Event]) -> None:
    assert isinstance(events, list)
    for event in events:
        assert isinstance(event, Event)
        for span in _spans(event):
            _check_span(text, span)
    starts = [e.trigger.start for e in events]
    assert starts == sorted(starts), "events out of document order"


def _check_all(text: str, published: dt.date | None) -> None:
    events = eventkit.extract(text, published=published)
    _check_events(text, events)

    again = eventkit.extract(text, published=published)
    assert [e.model_dump() for e in again] == [e.model_dump() for e in events]

    [many] = list(eventkit.extract_many([{"text": text, "published": published}]))
    assert [e.model_dump() for e in many] == [e.model_dump() for e in events]

    doc = Document(text, published=published)
    for layer in ("sentences", "tokens", "times", "quantities", "actors", "places"):
        items = getattr(doc, layer)
        for item in items:
            _check_span(text, item)
        positions = [(item.start, item.end) for item in items]
        assert positions == sorted(positions), f"{layer} out of order"
    if doc.dateline is not None:
        _check_span(text, doc.dateline.span)


_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(text=_NEWSLIKE, published=_PUBLISHED)
def test_newslike_text(text: str, published: dt.date | None) -> None:
    _check_all(text, published)


@_SETTINGS
@given(text=_ANY_TEXT, published=_PUBLISHED)
def test_arbitrary_text(text: str, published: dt.date | None) -> None:
    _check_all(text, published)


@_SETTINGS
@given(
    head=_NEWSLIKE,
    noise=st.text(alphabet=_ANY_CHAR, max_size=20),
    tail=_NEWSLIKE,
)
def test_newslike_text_with_noise_inside(head: str, noise: str, tail: str) -> None:
    _check_all(f"{head}{noise}{tail}", dt.date(2024, 10, 24))


def test_invariants_hold_on_the_bundled_stories() -> None:
    from pathlib import Path

    examples = Path(__file__).resolve().parent.parent / "examples"
    paths = [examples / "article.txt", *sorted((examples / "corpus").glob("*.txt"))]
    for path in paths:
        _check_all(path.read_text("utf-8"), None)
