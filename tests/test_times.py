"""Unit tests of the times layer: resolver decisions, tense, helpers and the Document."""

from __future__ import annotations

import datetime as dt

import pytest

from eventkit.document import Document
from eventkit.times import find_times, nearest_date, times_in_text
from eventkit.times.resolve import Context, Pending, resolve, tense_at

REF = dt.date(2024, 10, 24)  # a Thursday


def _values(text: str, reference: dt.date | None = REF) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in times_in_text(text, reference)]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Ministers will meet on Friday.", "Friday", "future"),
        ("Ministers met on Friday.", "Friday", "past"),
        ("The dividend will be paid on Dec. 15.", "Dec. 15", "future"),
        ("The talks are expected to resume on Monday.", "Monday", "future"),
        ("Friday was quiet.", "Friday", "past"),
        ("On Friday.", "Friday", "none"),
    ],
)
def test_tense_at(sentence: str, word: str, expected: str) -> None:
    start = sentence.index(word)
    assert tense_at(sentence, start, start + len(word)) == expected


@pytest.mark.parametrize(
    ("weekday", "tense", "offset", "expected"),
    [
        (4, "past", None, dt.date(2024, 10, 18)),  # Friday before
        (4, "future", None, dt.date(2024, 10, 25)),  # Friday after
        (3, "past", None, REF),  # the publication weekday is that day
        (3, "future", None, REF),
        (3, "past", -1, dt.date(2024, 10, 17)),  # "last Thursday": a week back
        (3, "future", 1, dt.date(2024, 10, 31)),  # "next Thursday"
        (2, "none", 2, dt.date(2024, 10, 23)),  # "this Wednesday": the nearest
        (0, "none", 2, dt.date(2024, 10, 21)),  # "this Monday": the nearest, 3 days back
        (6, "none", 2, dt.date(2024, 10, 27)),  # "this Sunday": the nearest, 3 days ahead
    ],
)
def test_weekday_resolution(
    weekday: int, tense: str, offset: int | None, expected: dt.date
) -> None:
    p = Pending("day", anchor="tense", weekday=weekday, offset=offset)
    got = resolve(p, Context(reference=REF), tense)  # type: ignore[arg-type]
    assert got.value == expected.isoformat()
    assert got.begin == got.finish == expected


def test_month_day_year_follows_proximity_and_tense() -> None:
    assert _values("The dividend will be paid Jan. 2.") == [("Jan. 2", "2025-01-02")]
    assert _values("The plant closed on Jan. 2.") == [("Jan. 2", "2024-01-02")]
    assert _values("Shares fell on Oct. 20.") == [("Oct. 20", "2024-10-20")]


def test_fuzzy_month_bounds() -> None:
    (early,) = times_in_text("in early March 2023", REF)
    assert (early.value, early.begin, early.finish, early.mod) == (
        "2023-03",
        dt.date(2023, 3, 1),
        dt.date(2023, 3, 10),
        "start",
    )
    (late,) = times_in_text("in late February 2024", REF)
    assert (late.begin, late.finish, late.mod) == (
        dt.date(2024, 2, 21),
        dt.date(2024, 2, 29),
        "end",
    )


def test_quarter_context_for_a_year_earlier() -> None:
    text = "Third-quarter profit rose to $5 million from $4 million a year earlier."
    assert _values(text) == [("Third-quarter", "2024-Q3"), ("a year earlier", "2023-Q3")]
    assert _values("The plant opened a year earlier.") == [("a year earlier", "2023")]


def test_the_year_ago_quarter_follows_the_quarter_last_named() -> None:
    text = "In the second quarter of 2022 sales fell; in the year-ago quarter they rose."
    assert _values(text) == [
        ("the second quarter of 2022", "2022-Q2"),
        ("the year-ago quarter", "2021-Q2"),
    ]


def test_following_year_counts_from_the_last_year_named() -> None:
    text = "He joined on May 22, 2015, and the following year he was promoted."
    assert _values(text) == [("May 22, 2015", "2015-05-22"), ("the following year", "2016")]


def test_holidays() -> None:
    assert _values("The truce ended on Thanksgiving.") == [("Thanksgiving", "2023-11-23")]
    assert _values("The vote is on Election Day.") == [("Election Day", "2024-11-05")]
    assert _values("Pilgrims come at Easter 2025.") == [("Easter 2025", "2025-04-20")]


def test_no_reference_keeps_values_underspecified() -> None:
    assert _values("They met on Friday and left last month.", None) == [
        ("Friday", "XXXX-WXX-5"),
        ("last month", "XXXX-XX"),
    ]
    assert _values("Talks ended in 2019.", None) == [("2019", "2019")]


def test_dateline_month_and_day_anchor_relative_days() -> None:
    doc = Document("MOSCOW, Oct. 24 (AP) _ Troops left yesterday and return tomorrow.")
    assert doc.reference is None
    assert [(t.text, t.value) for t in doc.times] == [
        ("Oct. 24", "XXXX-10-24"),
        ("yesterday", "XXXX-10-23"),
        ("tomorrow", "XXXX-10-25"),
    ]


def test_dateline_with_full_date_is_the_reference() -> None:
    doc = Document("KYIV, Oct. 24, 2024 (Reuters) - Troops left on Wednesday.")
    assert [(t.text, t.value) for t in doc.times] == [
        ("Oct. 24, 2024", "2024-10-24"),
        ("Wednesday", "2024-10-23"),
    ]


def test_find_times_reads_the_document() -> None:
    doc = Document("Troops left on Wednesday.", published=REF)
    (item,) = find_times(doc)
    assert (item.text, item.start, item.end, item.rule) == ("Wednesday", 15, 24, "weekday")
    assert doc.times == [item]


def test_nearest_date_stays_in_the_sentence() -> None:
    text = "Russia sent troops on Monday. On Friday, NATO warned Moscow."
    doc = Document(text, published=REF)
    warned = text.index("warned")
    got = nearest_date(doc, warned, warned + 6)
    assert got is not None and got.text == "Friday" and got.value == "2024-10-18"
    sent = text.index("sent")
    got = nearest_date(doc, sent, sent + 4)
    assert got is not None and got.value == "2024-10-21"
    assert nearest_date(Document("No date here.", published=REF), 0, 2) is None


def test_durations_and_sets_are_typed() -> None:
    items = times_in_text("For the past two years, inspectors came every week.", REF)
    assert [(t.text, t.value, t.kind) for t in items] == [
        ("the past two years", "P2Y", "duration"),
        ("every week", "P1W", "set"),
    ]


def test_long_text_yields_one_expression_per_sentence() -> None:
    # a long text made of many sentences yields one expression per sentence
    text = "Troops left on Wednesday. " * 2000
    assert len(times_in_text(text, REF)) == 2000


def test_impossible_dates_are_not_dates() -> None:
    assert _values("It happened on Feb. 31, 1990 and 2/30/2024.") == [("1990", "1990")]
    # a leap day in a year without one falls back to an unknown year, never raises
    (item,) = times_in_text("It happened on Feb. 29, 2023.", REF)
    assert item.value == "XXXX-02-29" and item.begin is None
    doc = Document("BERLIN, Feb. 30 (Reuters) - Talks ended yesterday.")
    assert [(t.text, t.value) for t in doc.times] == [("yesterday", "XXXX-XX-XX")]


def test_dropping_heads_inside_runs_of_month_abbreviations_changes_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import random

    from eventkit.times import rules

    rnd = random.Random(8)
    abbreviations = [
        "Jan.",
        "Feb",
        "Mar.",
        "Apr.",
        "Jun",
        "Jul.",
        "Aug.",
        "Sept.",
        "Sep",
        "Oct.",
        "Nov.",
        "Dec.",
    ]
    others = [
        "24",
        "2024",
        "this year",
        "of 2023",
        "Nineteen",
        "twenty-first",
        "May",
        "the end of",
        ",",
        "Octopus",
        "Oct's",
        "Monday",
        "\n",
        "  ",
    ]
    parts = []
    for _ in range(3_000):
        pool = abbreviations if rnd.random() < 0.997 else others
        space = rnd.choice([" ", " ", "\n", "\t", "  "] if rnd.random() < 0.997 else [", ", " - "])
        parts.append(rnd.choice(pool) + space)
    text = "Troops left on Oct. " + "".join(parts) + " Oct. 24, 2024."
    reference = dt.date(2024, 10, 24)
    fast, heads = times_in_text(text, reference), len(rules._heads(text))
    monkeypatch.setattr(rules, "_ABBREVIATION_RUN_FROM", len(text))
    assert times_in_text(text, reference) == fast
    assert heads < len(rules._heads(text)) // 2
