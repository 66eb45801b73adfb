"""extract_many: input order, equality with extract(), worker processes, streaming."""

from __future__ import annotations

import itertools
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

import eventkit
from eventkit import Deployment, Document, Span, TimeExpr, extract_many
from eventkit.batch import Item

_SENT = regex.compile(r"\b(?:sent|deployed)\b")


def fake_deployments(doc: Document) -> Iterator[Deployment]:
    """One deployment per "sent"/"deployed", dated with the document's reference date."""
    for m in _SENT.finditer(doc.text):
        date = None
        if doc.reference is not None:
            value = doc.reference.isoformat()
            date = TimeExpr(text="", start=0, end=0, value=value)
        yield Deployment(trigger=Span(text=m[0], start=m.start(), end=m.end()), date=date)


@pytest.fixture
def fake() -> Iterator[str]:
    eventkit.register_extractor("test-fake", fake_deployments)
    yield "test-fake"
    eventkit.unregister_extractor("test-fake")


TEXTS = [
    "Ruritania sent 300 troops to the border.",
    "",
    "Nothing happened here.",
    "The navy deployed two frigates, and the army sent a brigade.",
    "KINGSTON, March 3, 2025 (Example Wire) - The ministry sent engineers.",
]


def test_one_list_per_item_in_input_order(fake: str) -> None:
    got = list(extract_many(TEXTS, types=[fake]))
    assert [[e.trigger.text for e in events] for events in got] == [
        ["sent"],
        [],
        [],
        ["deployed", "sent"],
        ["sent"],
    ]
    assert got[0][0].trigger.start == 10
    assert got[4][0].date is not None and got[4][0].date.value == "2025-03-03"


def test_mappings_carry_published(fake: str) -> None:
    items: list[Item] = [
        {"text": "Ruritania sent troops.", "published": "2024-10-24"},
        {"text": "Ruritania sent troops."},
        "Ruritania sent troops.",
    ]
    dates = [
        [e.date.value if e.date else None for e in events]
        for events in extract_many(items, types=[fake])
    ]
    assert dates == [["2024-10-24"], [None], [None]]


@pytest.mark.parametrize("processes", [None, 1, 2, 3])
def test_identical_to_extract_one_by_one(fake: str, processes: int | None) -> None:
    items = [TEXTS[i % len(TEXTS)] + f" Item {i}." for i in range(23)]
    expected = [eventkit.extract(t) for t in items]
    got = list(extract_many(items, processes=processes, chunksize=2))
    assert got == expected
    assert sum(len(events) for events in got) >= 23  # the fake alone finds one per item


def test_workers_run_the_registered_plugin_only_when_asked(fake: str) -> None:
    items = ["They sent aid."] * 5
    got = list(extract_many(items, processes=2, chunksize=1, types=[fake]))
    assert [[(e.type, e.trigger.start) for e in events] for events in got] == [
        [("deployment", 5)]
    ] * 5


def test_streams_lazily() -> None:
    consumed = 0

    def endless() -> Iterator[str]:
        nonlocal consumed
        for i in itertools.count():
            consumed += 1
            yield f"Text {i}."

    results = extract_many(endless(), processes=2, chunksize=4)
    first = list(itertools.islice(results, 3))
    results.close()  # type: ignore[attr-defined]
    assert len(first) == 3
    assert consumed < 100  # only a few chunks were read ahead, not the endless input


def test_a_failing_item_raises_in_its_turn(fake: str) -> None:
    items: list[Item] = ["They sent aid.", {"text": "They sent aid.", "published": "x"}, "x"]
    results = extract_many(items, processes=2, chunksize=1, types=[fake])
    assert [e.trigger.text for e in next(results)] == ["sent"]
    with pytest.raises(ValueError, match="not a date"):
        next(results)


@pytest.mark.parametrize("processes", [None, 2])
def test_bad_items_are_type_errors_after_the_good_ones(processes: int | None) -> None:
    results = extract_many(["", 42, ""], processes=processes)  # type: ignore[list-item]
    assert next(results) == []
    with pytest.raises(TypeError, match="str or a mapping"):
        next(results)


def test_mapping_without_text() -> None:
    with pytest.raises(KeyError, match="'text'"):
        list(extract_many([{"body": "x"}]))


@pytest.mark.parametrize(("processes", "chunksize"), [(0, 8), (-1, 8), (2, 0)])
def test_bad_settings(processes: int, chunksize: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        list(extract_many(["x"], processes=processes, chunksize=chunksize))


def test_unknown_type_is_reported() -> None:
    with pytest.raises(ValueError, match="unknown event type"):
        list(extract_many(["They sent aid."], types=["no-such-type"]))


_SPAWNED = """
import multiprocessing
import eventkit

if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    eventkit.register_extractor("test-lambda", lambda doc: [])
    try:
        list(eventkit.extract_many(["x"], processes=2))
    except RuntimeError as exc:
        print(exc)
"""


def test_unpicklable_extractor_fails_clearly_without_fork(tmp_path: Path) -> None:
    script = tmp_path / "spawned.py"
    script.write_text(_SPAWNED, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("extractor 'test-lambda' cannot be sent to worker processes")
    assert "or use processes=None" in result.stdout
