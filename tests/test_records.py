"""to_records: one flat row per event, the same columns for every event of a type."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventkit import (
    Actor,
    Deployment,
    Place,
    Quantity,
    Span,
    TimeExpr,
    Treaty,
    WarningEvent,
    to_records,
)

TEXT = "On Monday Ruritania sent about 1,200 soldiers from Port Vale to Eastmark."


def _deployment() -> Deployment:
    return Deployment(
        trigger=Span(text="sent", start=20, end=24),
        sentence=Span(text=TEXT, start=0, end=len(TEXT)),
        date=TimeExpr(
            text="Monday",
            start=3,
            end=9,
            value="2024-10-21",
            begin=dt.date(2024, 10, 21),
            finish=dt.date(2024, 10, 21),
        ),
        force=Actor(text="Ruritania", start=10, end=19, name="Ruritania", kind="country"),
        count=Quantity(
            text="about 1,200 soldiers",
            start=25,
            end=45,
            value=1200,
            low=1200,
            qualifier="about",
            unit="soldiers",
        ),
        origin=Place(text="Port Vale", start=51, end=60, name="Port Vale", kind="city"),
        destination=Place(text="Eastmark", start=64, end=72, name="Eastmark", country="EMK"),
        confidence=0.8,
    )


def test_deployment_row() -> None:
    (row,) = to_records([_deployment()])
    assert TEXT[20:24] == "sent" and TEXT[64:72] == "Eastmark"
    assert row["type"] == "deployment"
    assert (row["trigger"], row["start"], row["end"]) == ("sent", 20, 24)
    assert row["sentence"] == TEXT
    assert (row["date"], row["date_begin"], row["date_finish"], row["date_text"]) == (
        "2024-10-21",
        "2024-10-21",
        "2024-10-21",
        "Monday",
    )
    assert (row["force"], row["force_kind"], row["force_country"]) == (
        "Ruritania",
        "country",
        None,
    )
    assert (row["count"], row["count_low"], row["count_high"]) == (1200, 1200, None)
    assert (row["count_qualifier"], row["count_unit"]) == ("about", "soldiers")
    assert (row["origin"], row["origin_kind"]) == ("Port Vale", "city")
    assert (row["destination"], row["destination_country"]) == ("Eastmark", "EMK")
    assert row["modality"] == "asserted" and row["confidence"] == 0.8
    assert "rule" not in row and "mentions" not in row and "slot_rules" not in row


def test_columns_are_the_same_for_every_event_of_a_type() -> None:
    bare = Deployment(trigger=Span(text="moved", start=0, end=5))
    full, empty = to_records([_deployment(), bare])
    assert list(full) == list(empty)
    assert empty["force"] is None and empty["count"] is None and empty["date"] is None
    assert list(full)[:8] == [
        "type",
        "trigger",
        "start",
        "end",
        "sentence",
        "date",
        "date_begin",
        "date_finish",
    ]


def test_every_value_is_a_scalar() -> None:
    rows = to_records([_deployment(), _treaty(), _warning()])
    for row in rows:
        for value in row.values():
            assert value is None or isinstance(value, (str, int, float, bool))
    json.dumps(rows)


def _treaty() -> Treaty:
    return Treaty(
        trigger=Span(text="signed", start=0, end=6),
        parties=[
            Actor(text="Ruritania", start=0, end=9, name="Ruritania", kind="country"),
            Actor(text="the Union", start=14, end=23, name="Eastern Union", kind="organization"),
            Actor(
                text="Eastmark", start=28, end=36, name="Eastmark", kind="country", country="EMK"
            ),
        ],
        status="signed",
        agreement=Span(text="the border accord", start=40, end=57),
    )


def _warning() -> WarningEvent:
    return WarningEvent(
        trigger=Span(text="warned", start=4, end=10),
        speaker=Actor(
            text="Defence Minister Ana Berg",
            start=11,
            end=36,
            name="Ana Berg",
            kind="person",
            title="Defence Minister",
            country="RUR",
        ),
        modality="hypothetical",
    )


def test_lists_of_actors_are_joined() -> None:
    (row,) = to_records([_treaty()])
    assert row["parties"] == "Ruritania; Eastern Union; Eastmark"
    assert row["parties_kind"] == "country; organization; country"
    assert row["parties_country"] == "EMK"
    assert (row["status"], row["agreement"]) == ("signed", "the border accord")


def test_warning_row_and_extra_columns_come_first() -> None:
    (row,) = to_records([_warning()], id="doc-7", source="example")
    assert list(row)[:3] == ["id", "source", "type"]
    assert (row["id"], row["source"]) == ("doc-7", "example")
    assert (row["speaker"], row["speaker_title"], row["speaker_country"]) == (
        "Ana Berg",
        "Defence Minister",
        "RUR",
    )
    assert row["target"] is None and row["modality"] == "hypothetical"


def test_no_events_no_rows() -> None:
    assert to_records([]) == []


def test_a_plugin_event_is_flattened_the_same_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """The example plugin's Visit (examples/plugin-visit), installed or from its source."""
    plugin_source = Path(__file__).parent.parent / "examples" / "plugin-visit" / "src"
    monkeypatch.syspath_prepend(str(plugin_source))
    from eventkit_visit.event import Visit  # type: ignore[import-not-found, unused-ignore]

    visit = Visit(
        trigger=Span(text="visited", start=9, end=16),
        visitor=Actor(text="Ana Berg", start=0, end=8, name="Ana Berg", kind="person"),
        host=Place(text="Port Vale", start=17, end=26, name="Port Vale", kind="city"),
    )
    (row,) = to_records([visit])
    assert (row["type"], row["trigger"], row["visitor"], row["visitor_kind"]) == (
        "visit",
        "visited",
        "Ana Berg",
        "person",
    )
    assert (row["host"], row["host_kind"], row["host_country"]) == ("Port Vale", "city", None)
    assert list(row).index("visitor") < list(row).index("confidence")
