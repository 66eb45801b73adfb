"""The quantities layer: number parsing helpers and the layer as a Document sees it."""

from __future__ import annotations

import random

import pytest

from eventkit import Document
from eventkit.quantities import find_quantities, quantities_in
from eventkit.quantities.numbers import digits_value, parse_words, words_value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3,000", 3000),
        ("3 000", 3000),
        ("1,250,000", 1250000),
        ("1.5", 1.5),
        ("12", 12),
        ("0", 0),
        ("0.5", 0.5),
        ("1,2,3", None),  # a list, not a number
        ("3,14", None),  # a European decimal is left alone
        ("0800", None),  # a clock time or a code
        ("1.500.000", 1500000),
    ],
)
def test_digits_value(text: str, expected: float | None) -> None:
    assert digits_value(text) == expected


def test_dot_thousands_only_when_asked() -> None:
    assert digits_value("3.000") == 3
    assert digits_value("3.000", dot_thousands=True) == 3000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seven hundred and fifty", 750),
        ("seven hundred fifty", 750),
        ("forty-five", 45),
        ("forty five", 45),
        ("a hundred", 100),
        ("a thousand and one", 1001),
        ("fifteen hundred", 1500),
        ("two hundred and fifty thousand", 250000),
        ("one thousand and fifty", 1050),
        ("half a million", 500000),
        ("a half-dozen", 6),
        ("two dozen", 24),
        ("one and a half million", 1500000),
        ("a quarter of a million", 250000),
        ("a couple of hundred", 200),
        ("nine hundred and ninety-nine million", 999000000),
        ("two three", None),
        ("hundred", None),
        ("half", None),
    ],
)
def test_words_value(text: str, expected: int | None) -> None:
    assert words_value(text) == expected


def test_parse_words_stops_where_a_second_number_starts() -> None:
    # "between two thousand and three thousand": the "and" joins two numbers
    assert parse_words(["two", "thousand", "and", "three", "thousand"]) == (2000, 2)
    assert parse_words(["two", "hundred", "and", "three", "hundred"]) == (200, 2)
    assert parse_words(["two", "and", "three"]) == (2, 1)


def test_whole_values_are_ints() -> None:
    (found,) = quantities_in("They sent 1.5 million doses.")
    assert found.value == 1_500_000
    assert isinstance(found.value, int)


def test_the_document_layer_is_sorted_and_typed() -> None:
    doc = Document("Two brigades, then at least 3,000 soldiers and dozens of tanks.")
    assert [q.text for q in doc.quantities] == [
        "Two brigades",
        "at least 3,000 soldiers",
        "dozens of tanks",
    ]
    assert find_quantities(doc) == doc.quantities
    assert all(q.rule for q in doc.quantities)


def test_rule_names_the_parts_that_fired() -> None:
    (found,) = quantities_in("Between 2,000 and 3,000 troops arrived.")
    assert found.rule == "digits+range.and+noun"
    (found,) = quantities_in("At least 40 people died.")
    assert found.rule == "digits+noun+pre"


@pytest.mark.parametrize(
    ("text", "least"),
    [
        ("several hundred soldiers", 300),  # "several" is at least three
        ("a few thousand soldiers", 2000),  # "a few" is at least two
        ("several dozen soldiers", 36),
        ("many thousands of soldiers", 1000),
        ("tens of millions of people", 10_000_000),
    ],
)
def test_vague_magnitudes_give_their_least_value(text: str, least: int) -> None:
    (found,) = quantities_in(text)
    assert (found.value, found.low, found.high, found.qualifier) == (None, least, None, "at_least")


def test_empty_and_numberless_texts() -> None:
    assert quantities_in("") == []
    assert quantities_in("Troops moved north on Friday.") == []


# -- the shortcuts for junk (quantities/rules.py, "skipping junk") --------------------

_CELLS = ["3,000", "12", "1,234,567", "0800", "2019", "1.5", "7", "1,2,3", "40000", "3.000"]
_AROUND = [" | ", "|", " \x00 ", "\n", " \n ", " • ", "Ⓐ", " ", ", ", " - ", ". ", " $", "%"]
_WORDS = ["troops", "in", "about", "Oct.", "Resolution", "of", "to", "a", "km", "at least"]


def _junk_texts(count: int) -> list[str]:
    rnd = random.Random(8)
    texts = []
    for _ in range(count):
        parts = [
            rnd.choice(_CELLS if rnd.random() < 0.6 else _WORDS) + rnd.choice(_AROUND)
            for _ in range(rnd.randint(1, 12))
        ]
        texts.append("".join(parts))
    return texts


def test_a_bare_number_reads_as_the_rules_read_it() -> None:
    from eventkit.quantities import rules

    marks = rules._significant()
    checked = 0
    for text in _junk_texts(3_000):
        tk = rules._Tokens(text)
        for k in range(tk.n):
            if tk.kind[k] != "n":
                continue
            bare = rules._bare_number(tk, k, marks)
            if bare is False:
                continue
            checked += 1
            found = rules._reading(tk, k)
            assert found.resume == k + 1, text
            if bare is True:
                assert found.quantity is None, text
            else:
                assert found.quantity == bare, text
                assert found.quantity.model_dump_json() == bare.model_dump_json()
    assert checked > 1_000


@pytest.mark.parametrize("junk", ["\x00", "|", "\ufffd", "• ", "\ud800", "🚀 "])
def test_cutting_out_runs_of_inert_marks_changes_nothing(
    junk: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventkit.quantities import rules

    run = junk * 200
    stories = ["About 3,000 troops", "1,500", "two brigades", "at least 12 - 15 ships", "2024"]
    text = run.join(["", *stories, ""]) + " 7 " + run + "thousands of soldiers" + run
    whole = quantities_in(text)
    monkeypatch.setattr(rules, "_PIECES_FROM", 0)
    assert len(rules._pieces(text)) > 1
    assert quantities_in(text) == whole
    assert [q.text for q in whole][:2] == ["About 3,000 troops", "1,500"]


def test_reading_long_number_tables_without_tokens_changes_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from eventkit.quantities import rules

    rnd = random.Random(8)
    quiet = [" | ", "|", " \x00 ", "\n", " \n ", "\t|\t", " |\n", "\r\n", "\x0b|"]
    rare = ["10:30", "24/7", "1," + "000," * 20 + "000"]
    rows = []
    for _ in range(6_000):
        if rnd.random() < 0.002:
            rows.append(rnd.choice(_WORDS) + rnd.choice(_AROUND))
        else:
            cells = _CELLS if rnd.random() < 0.995 else rare
            rows.append(rnd.choice(cells) + rnd.choice(quiet if rnd.random() < 0.995 else _AROUND))
    text = "About 3,000 troops | " + "".join(rows) + " two brigades"
    fast = quantities_in(text)
    assert any(table for lo, hi in rules._pieces(text) for *_, table in rules._tables(text, lo, hi))
    monkeypatch.setattr(rules, "_PIECES_FROM", len(text) + 1)
    slow = quantities_in(text)
    assert fast == slow
    assert [q.model_dump_json() for q in fast] == [q.model_dump_json() for q in slow]
    assert fast[0].text == "About 3,000 troops"


def test_counts_built_without_validation_equal_validated_ones() -> None:
    from eventkit.model import Quantity

    (found,) = quantities_in("About 3,000 troops")
    assert found.model_dump_json() == Quantity(**found.__dict__).model_dump_json()
    assert found == Quantity(**found.__dict__)
    assert found.model_fields_set == set(Quantity.model_fields)


def test_a_trusted_builder_validates_when_the_shortcut_would_differ() -> None:
    from eventkit.model import Quantity
    from eventkit.trusted import trusted_builder

    sample = ("3,000", 4, 9, 3000, 3000, None, "at_least", "troops", "digits")
    fast = trusted_builder(Quantity, sample)
    assert fast.__name__ == "built"  # the pydantic in use allows the shortcut
    # a sample the shortcut would get wrong (a field too many, a value validation
    # rejects or converts) gives the validating builder
    too_many = (*sample, "extra")
    assert trusted_builder(Quantity, too_many).__name__ == "validated"
    not_a_qualifier = ("3,000", 4, 9, 3000, 3000, None, "roughly", "troops", "digits")
    assert trusted_builder(Quantity, not_a_qualifier).__name__ == "validated"


def test_cutting_out_stretches_where_no_count_starts_changes_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from eventkit.quantities import rules

    junk = ["Oct. " * 3_000, "troops deployed warned treaty signed " * 500, "Cuba data\n" * 2_000]
    stories = [
        "About 3,000 troops and two brigades",
        "the 12th fleet-wide US-led x-y-z-w battalion of a",
        "one",
        "thousands of soldiers",
        "7",
        "Resolution 2231",
    ]
    text = "".join(story + " " + junk[k % 3] for k, story in enumerate(stories * 2))
    fast = quantities_in(text)
    assert len(rules._near_starts(text, 0, len(text))) > 5
    monkeypatch.setattr(rules, "_may_start", lambda *_: True)
    assert len(rules._near_starts(text, 0, len(text))) == 1
    assert quantities_in(text) == fast
    assert [q.text for q in fast][:2] == ["About 3,000 troops", "two brigades"]


def test_a_megabyte_long_number_token_is_read_once() -> None:
    # a table run may only start where a number token does: tried from each digit of
    # "1,1,1,...", the search for runs would take hours
    assert [q.text for q in quantities_in("1," * 300_000 + " | 7 | troops")] == ["7"]
