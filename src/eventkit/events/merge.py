"""One event per real-world event: mentions of the same event merge into one.

Each extractor says when two of its events are the same (``same``); the merged event
keeps the first mention's trigger, the span of every mention in ``mentions``, and
the best value of each slot (``better`` decides between two values of a slot).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from eventkit.model import Event

__all__ = ["merge_events"]

E = TypeVar("E", bound=Event)

# Slots whose value is chosen by the rule that found it: a date attached to the event
# beats one attached to the verb that reports it.
# How many earlier events a new mention is compared with: enough for any article,
# and it keeps merging linear on pathological input.
_LOOK_BACK = 64
_RULE_RANK = {"date.event": 2, "date.report": 1}


def _rank(event: Event, slot: str) -> int:
    return _RULE_RANK.get(event.slot_rules.get(slot, ""), 1)


def _combine(kept: E, other: E, slots: Sequence[str], asserted_wins: bool) -> E:
    update: dict[str, Any] = {
        "mentions": [*kept.mentions, *other.mentions],
        "confidence": round(min(0.99, max(kept.confidence, other.confidence) + 0.05), 2),
    }
    if asserted_wins and other.modality == "asserted":
        update["modality"] = "asserted"
    rules = dict(kept.slot_rules)
    # an anaphor ("the warning follows two rulings last June") tells nothing of when
    own = slots if other.slot_rules.get("anaphor") else ("date", *slots)
    for slot in own:
        mine, theirs = getattr(kept, slot), getattr(other, slot)
        empty = mine is None or mine == []
        if theirs is None or theirs == []:
            continue
        vague = (
            slot == "count"
            and getattr(mine, "value", 0) is None
            and getattr(mine, "high", 0) is None
            and (getattr(theirs, "value", None) is not None)
        )  # "thousands of troops" gives way to "an estimated 20,000 troops" (a range stays)
        # "paramilitary troops" gives way to a later "Indian troops": a side named by
        # its state beats a description (a pronoun's guess does not)
        stateless = (
            getattr(mine, "country", 1) is None
            and getattr(theirs, "country", None) is not None
            and getattr(theirs, "rule", "") != "pronoun"
            and getattr(theirs, "kind", "") != "person"
        )
        if (
            empty
            or vague
            or stateless
            or (slot == "date" and _rank(other, slot) > _rank(kept, slot))
        ):
            update[slot] = theirs
            if slot in other.slot_rules:
                rules[slot] = other.slot_rules[slot]
    update["slot_rules"] = rules
    if kept.attribution is None and other.attribution is not None:
        update["attribution"] = other.attribution
    return kept.model_copy(update=update)


def merge_events(
    events: Sequence[E],
    same: Callable[[E, E], bool],
    slots: Sequence[str],
    asserted_wins: bool = False,
) -> list[E]:
    """Merge each event into the latest earlier one it is ``same`` as, in order.

    With ``asserted_wins``, an event told as fact in any mention is asserted (a speech
    act reported once as made was made, however else it is mentioned)."""
    merged: list[E] = []
    for event in sorted(events, key=lambda e: e.trigger.start):
        if not event.mentions:
            event = event.model_copy(update={"mentions": [event.trigger]})
        # the most recently mentioned events first: an anaphor refers to the latest
        recent = sorted(
            range(max(0, len(merged) - _LOOK_BACK), len(merged)),
            key=lambda k: merged[k].mentions[-1].start,
            reverse=True,
        )
        for i in recent:
            if same(merged[i], event):
                merged[i] = _combine(merged[i], event, slots, asserted_wins)
                break
        else:
            merged.append(event)
    return merged
