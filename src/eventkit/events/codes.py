"""CAMEO codes and PLOVER categories for events, from ``data/codes.json``."""

from __future__ import annotations

from eventkit.events.lexicon import load

__all__ = ["codes_for"]


def codes_for(event_type: str, sense: str | None) -> tuple[str | None, str | None]:
    """(CAMEO code, PLOVER category) of an event type in a given sense."""
    table = load("codes").data.get(event_type, {})
    pair = table.get(sense or "default") or table.get("default")
    if not pair:
        return None, None
    return str(pair[0]), str(pair[1])
