"""The ``Visit`` event type: who visited which place, and when."""

from __future__ import annotations

from typing import Literal

import eventkit
from eventkit import Actor, Place

__all__ = ["Visit"]


class Visit(eventkit.Event):
    """Someone visits, tours or arrives in a place ("Shoigu visited Pyongyang").

    Defining the class is enough for ``eventkit.parse_events`` and
    ``eventkit.events_json_schema`` to know the ``"visit"`` type.
    """

    type: Literal["visit"] = "visit"
    visitor: Actor | None = None
    host: Place | None = None
