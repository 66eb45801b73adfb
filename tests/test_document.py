"""Document construction, published-date parsing, datelines and lazy layers."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eventkit
from eventkit import Document
from eventkit.text import find_dateline


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2024-10-24", dt.date(2024, 10, 24)),
        ("2024-10-24T18:30:00Z", dt.date(2024, 10, 24)),
        (dt.date(2024, 10, 24), dt.date(2024, 10, 24)),
        (dt.datetime(2024, 10, 24, 9, 0), dt.date(2024, 10, 24)),
        ("October 24, 2024", dt.date(2024, 10, 24)),
        (None, None),
    ],
)
def test_published_forms(published: object, expected: dt.date | None) -> None:
    assert Document("x", published=published).published == expected  # type: ignore[arg-type]


def test_unparseable_published_names_the_value() -> None:
    with pytest.raises(ValueError, match="not a date"):
        eventkit.extract("Troops moved.", published="yesterday-ish")


@pytest.mark.parametrize("bad", [None, 42, ["text"]])
def test_non_str_text_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="must be str"):
        eventkit.extract(bad)  # type: ignore[arg-type]


def test_bytes_tell_the_user_to_decode() -> None:
    with pytest.raises(TypeError, match="decode"):
        eventkit.extract(b"Troops moved.")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "\n\t\n"])
def test_empty_text_has_no_events(text: str) -> None:
    assert eventkit.extract(text) == []


@pytest.mark.parametrize(
    ("text", "place", "month", "day", "year", "agency"),
    [
        ("MADRID 24 Oct. () –\nTroops left.", "Madrid", 10, 24, None, ""),
        ("KYIV, Oct 24 (Reuters) - Troops left.", "Kyiv", 10, 24, None, "Reuters"),
        (
            "ZHANJIANG, Guangdong, Nov. 15 (Xinhua) -- Ships sailed.",
            "Zhanjiang",
            11,
            15,
            None,
            "Xinhua",
        ),
        ("MOSCOW (AP) _ The Kremlin said.", "Moscow", None, None, None, "AP"),
        ("NEW YORK, March 3, 2021 (AFP) - Talks began.", "New York", 3, 3, 2021, "AFP"),
        ("Headline here\nWASHINGTON — The Pentagon said.", "Washington", None, None, None, None),
    ],
)
def test_datelines(
    text: str, place: str, month: int | None, day: int | None, year: int | None, agency: str | None
) -> None:
    line = find_dateline(text)
    assert line is not None
    assert (line.place, line.month, line.day, line.year) == (place, month, day, year)
    assert line.agency == (agency or None)
    assert text[line.span.start : line.span.end] == line.span.text


@pytest.mark.parametrize(
    "text", ["NATO - the alliance met.", "The troops left - quickly.", "US: talks resume"]
)
def test_not_datelines(text: str) -> None:
    assert find_dateline(text) is None


def test_zhanjiang_region_is_kept() -> None:
    line = find_dateline("ZHANJIANG, Guangdong, Nov. 15 (Xinhua) -- Ships sailed.")
    assert line is not None and line.region == "Guangdong"


def test_dated_dateline_is_the_reference_when_published_is_missing() -> None:
    doc = Document("NEW YORK, March 3, 2021 (AFP) - Talks began.")
    assert doc.reference == dt.date(2021, 3, 3)
    # a dateline a few days before publication is the story's day; an older one is not
    assert Document("NEW YORK, March 3, 2021 (AFP) - x", published="2021-03-04").reference == (
        dt.date(2021, 3, 3)
    )
    assert Document("NEW YORK, March 3, 2021 (AFP) - x", published="2021-05-04").reference == (
        dt.date(2021, 5, 4)
    )
    # a dateline with no year takes the year of publication
    assert Document("BEIJING, Jan. 5 (Xinhua) - x", published="2024-01-06").reference == (
        dt.date(2024, 1, 5)
    )
    assert Document("BEIJING, Dec. 31 (Xinhua) - x", published="2024-01-02").reference == (
        dt.date(2023, 12, 31)
    )
    assert Document("KYIV, Oct 24 (Reuters) - x").reference is None


def test_dateline_is_not_part_of_a_sentence() -> None:
    doc = Document("KYIV, Oct 24 (Reuters) - Troops left. They returned.")
    assert [s.text for s in doc.sentences] == ["Troops left.", "They returned."]


def test_layers_are_computed_once() -> None:
    doc = Document("Russia sent troops. They left.", published="2024-10-24")
    assert doc.sentences is doc.sentences
    assert doc.times is doc.times
    assert doc.actors is doc.actors
    assert doc.events is doc.events


def test_sentence_lookup_by_offset() -> None:
    doc = Document("One here. Two there.")
    assert doc.sentence_at(12) == doc.sentences[1]
    assert doc.sentence_index(0) == 0


def test_fast_sentence_boundaries_match_the_exact_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventkit.text import sentences

    texts = [
        "Oct. Oct. Oct. Gen. Lee met John F. Kennedy. It rained. 'Gen. Smith left.",
        "He met U.S. envoys. They left at 5 p.m. Monday. Prices fell 5 pct. Then rose.",
        "The Sen. said no.\nMr. Smith left.  Rev. Jones stayed. -Oct. 12 was cold.",
    ]
    fast = [sentences.split_sentences(t, a) for t in texts for a in (0, 3, 5)]
    monkeypatch.setattr(sentences, "_fast_boundary", lambda: sentences._BOUNDARY)
    assert fast == [sentences.split_sentences(t, a) for t in texts for a in (0, 3, 5)]


@pytest.mark.parametrize("enabled", [True, False])
def test_long_text_tokens_leave_the_garbage_collector_as_found(enabled: bool) -> None:
    # the tokens of a long text are built with the collector paused; a caller's own
    # setting (on or off) is what it finds afterwards
    import gc

    text = "Troops moved, 3,000 of them. " * 5_000  # 145,000 characters
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        tokens = Document(text).tokens
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
    assert len(tokens) == 7 * 5_000  # Troops, moved, ",", "3,000", of, them, "."
    assert tokens[3] == ("3,000", 14, 19)
    assert tokens[-1] == (".", len(text) - 2, len(text) - 1)


_MIXED = st.text(
    alphabet=st.sampled_from(
        list("abXY09 .,'-\n\t\x0b\x1c") + list("’‘“”–—…é٣²\u00a0\u2009\u0301中")
    ),
    max_size=60,
)


@settings(max_examples=500, deadline=None)
@given(_MIXED)
def test_tokens_are_the_token_pattern_matches(text: str) -> None:
    # plain text (curly quotes and dashes included) is split by a faster pattern of the
    # standard engine, the rest by the Unicode one: the tokens are the same either way
    from eventkit.document import _TOKEN

    expected = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    assert [tuple(token) for token in Document(text).tokens] == expected


def test_curly_quotes_and_dashes_keep_text_plain() -> None:
    from eventkit.text.plain import is_plain

    assert is_plain("He said “no” — it’s over…")
    assert not is_plain("Erdoğan said")  # a letter outside ASCII
    assert not is_plain("a\u00a0b")  # a space outside ASCII
    tokens = Document("NATO’s “Baltic” force—3,000 troops").tokens
    assert [t.text for t in tokens] == [
        "NATO’s", "“", "Baltic", "”", "force", "—", "3,000", "troops"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "plain"),
    [("He said “no” — it’s over…", True), ("Erdoğan said", False), ("a\u00a0b", False)],
)
def test_document_knows_once_whether_its_text_is_plain(text: str, plain: bool) -> None:
    doc = Document(text)
    assert doc.plain is plain
    # the places layer takes the document's answer: the same places as asking itself
    from eventkit.places import find_places_in

    assert doc.places == find_places_in(text) == find_places_in(text, plain=plain)


def test_plain_text_docstring_examples_run() -> None:
    import doctest

    import eventkit.text.plain

    result = doctest.testmod(eventkit.text.plain)
    assert result.attempted == 2 and result.failed == 0
