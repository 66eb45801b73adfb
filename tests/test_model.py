"""The event model: JSON round-trip through the discriminated union, and the schema."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pydantic import ValidationError

import eventkit
from eventkit import (
    Actor,
    Deployment,
    Place,
    Quantity,
    Span,
    TimeExpr,
    Treaty,
    WarningEvent,
    parse_events,
)


def _events() -> list[eventkit.Event]:
    text = "Russia sent 3,000 soldiers to Belarus on Wednesday."
    return (
        [
            Deployment(
                trigger=Span(text="sent", start=7, end=11),
                date=TimeExpr(
                    text="Wednesday",
                    start=41,
                    end=50,
                    value="2024-10-23",
                    begin=dt.date(2024, 10, 23),
                    finish=dt.date(2024, 10, 23),
                ),
                force=Actor(
                    text="Russia", start=0, end=6, name="Russia", kind="country", country="RUS"
                ),
                count=Quantity(
                    text="3,000 soldiers",
                    start=12,
                    end=26,
                    value=3000,
                    low=3000,
                    qualifier="exact",
                    unit="soldiers",
                ),
                destination=Place(
                    text="Belarus", start=30, end=37, name="Belarus", country="BLR", kind="country"
                ),
                rule="deployment.verb",
            ),
            WarningEvent(trigger=Span(text="warned", start=0, end=6), modality="hypothetical"),
            Treaty(
                trigger=Span(text="treaty", start=0, end=6),
                status="signed",
                parties=[
                    Actor(
                        text="Russia", start=0, end=6, name="Russia", kind="country", country="RUS"
                    )
                ],
            ),
        ]
        if text
        else []
    )


def test_round_trip_keeps_classes_and_values() -> None:
    events = _events()
    text = json.dumps([e.model_dump(mode="json") for e in events])
    back = parse_events(text)
    assert [type(e) for e in back] == [Deployment, WarningEvent, Treaty]
    assert back == events
    assert parse_events(json.loads(text)) == events


def test_json_dates_are_iso_strings() -> None:
    dumped = _events()[0].model_dump(mode="json")
    assert dumped["date"] == {
        "text": "Wednesday",
        "start": 41,
        "end": 50,
        "value": "2024-10-23",
        "begin": "2024-10-23",
        "finish": "2024-10-23",
        "mod": None,
        "kind": "date",
        "rule": "",
    }
    assert dumped["type"] == "deployment"


def test_warning_type_does_not_shadow_builtin() -> None:
    namespace: dict[str, object] = {}
    exec("from eventkit import *", namespace)
    assert "Warning" not in namespace
    assert namespace["WarningEvent"] is WarningEvent
    assert WarningEvent.model_fields["type"].default == "warning"


def test_unknown_type_is_rejected() -> None:
    with pytest.raises(ValidationError):
        parse_events('[{"type": "parade", "trigger": {"text": "x", "start": 0, "end": 1}}]')


def test_schema_names_every_builtin_type() -> None:
    schema = eventkit.events_json_schema()
    assert schema["type"] == "array"
    assert {"Deployment", "WarningEvent", "Treaty"} <= set(schema["$defs"])
    mapping = schema["items"]["discriminator"]["mapping"]
    assert set(mapping) >= {"deployment", "warning", "treaty"}


def test_span_offsets_must_be_non_negative() -> None:
    with pytest.raises(ValidationError):
        Span(text="x", start=-1, end=0)


def test_confidence_keeps_two_decimals() -> None:
    # 0.45 + 0.1 + 0.15 is 0.7000000000000001 in floating point
    event = WarningEvent(trigger=Span(text="warned", start=0, end=6), confidence=0.45 + 0.1 + 0.15)
    assert event.confidence == 0.7
    assert json.loads(event.model_dump_json())["confidence"] == 0.7
