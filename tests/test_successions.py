"""Country codes as of the reference date: newer states map to the state they left."""

from __future__ import annotations

import datetime as dt

import pytest

from eventkit import Document
from eventkit.countries import as_of


@pytest.mark.parametrize(
    ("code", "day", "expected"),
    [
        ("XKX", dt.date(1999, 3, 12), "YUG"),
        ("XKX", dt.date(2004, 5, 1), "SCG"),
        ("XKX", dt.date(2007, 1, 1), "SRB"),
        ("XKX", dt.date(2008, 2, 17), "XKX"),
        ("SSD", dt.date(2006, 11, 15), "SDN"),
        ("SSD", dt.date(2012, 1, 1), "SSD"),
        ("ERI", dt.date(1990, 1, 1), "ETH"),
        ("TLS", dt.date(1999, 9, 1), "IDN"),
        ("FRA", dt.date(1950, 1, 1), "FRA"),
        (None, dt.date(1999, 1, 1), None),
        ("XKX", None, "XKX"),
    ],
)
def test_as_of(code: str | None, day: dt.date | None, expected: str | None) -> None:
    assert as_of(code, day) == expected


def test_layers_use_the_reference_date() -> None:
    text = "Serbian forces left Kosovo on Monday."
    then = Document(text, published="1999-06-14")
    now = Document(text, published="2024-06-14")
    assert [p.country for p in then.places if p.name == "Kosovo"] == ["YUG"]
    assert [p.country for p in now.places if p.name == "Kosovo"] == ["XKX"]
    assert {a.country for a in then.actors if a.kind == "military"} == {"YUG"}
    assert {a.country for a in now.actors if a.kind == "military"} == {"SRB"}
