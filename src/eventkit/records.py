"""``to_records``: events as flat dicts, one per event, ready for a pandas DataFrame."""

from __future__ import annotations

import types as _types
from collections.abc import Iterable, Iterator
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel

from eventkit.model import Actor, Event, Place, Quantity, Span, TimeExpr

__all__ = ["to_records"]

# The columns every event gets, in this order, before its own slots. Provenance
# (``rule``, ``slot_rules``, ``mentions``) stays in the event objects.
_COMMON = ("type", "trigger", "start", "end", "sentence", "date", "modality", "attribution")
_SKIPPED = frozenset({"trigger", "sentence", "rule", "slot_rules", "mentions"})
_MAIN = {Actor: "name", Place: "name", Quantity: "value", TimeExpr: "value", Span: "text"}
# Sub-columns per slot class, written ``{slot}_{field}`` beside ``{slot}`` itself.
_EXTRA: dict[type[BaseModel], tuple[str, ...]] = {
    Actor: ("kind", "country", "title", "text"),
    Place: ("kind", "country", "text"),
    Quantity: ("low", "high", "qualifier", "unit", "text"),
    TimeExpr: ("begin", "finish", "text"),
    Span: (),
}


def to_records(events: Iterable[Event], **columns: Any) -> list[dict[str, Any]]:
    """One flat dict per event: scalar columns only, the same columns for every event
    of a type, in a stable order; ``pandas.DataFrame(to_records(events))`` is a table.

    A slot holding an actor or a place gives ``force`` (its canonical name),
    ``force_kind``, ``force_country``...; a count gives ``count`` (its value),
    ``count_low``, ``count_high``, ``count_qualifier``, ``count_unit``; a date gives
    ``date`` (its TIMEX3 value), ``date_begin``, ``date_finish``; a list of actors
    (a treaty's ``parties``) gives names and countries joined with ``"; "``. Keyword
    arguments are extra columns put first in every row, such as a document id.

    >>> from eventkit import Deployment, Span
    >>> event = Deployment(trigger=Span(text="sent", start=7, end=11))
    >>> row = to_records([event], id="a1")[0]
    >>> row["id"], row["type"], row["trigger"], row["start"], row["force"]
    ('a1', 'deployment', 'sent', 7, None)
    """
    return [{**columns, **dict(_flatten(event))} for event in events]


def _flatten(event: Event) -> Iterator[tuple[str, Any]]:
    yield "type", event.type
    yield "trigger", event.trigger.text
    yield "start", event.trigger.start
    yield "end", event.trigger.end
    yield "sentence", event.sentence.text if event.sentence is not None else None
    yield from _slot("date", TimeExpr, event.date)
    yield "modality", event.modality
    yield from _slot("attribution", Actor, event.attribution)
    fields = type(event).model_fields
    # The type's own slots first, then the remaining common fields (confidence, codes).
    order = [n for n in fields if n not in Event.model_fields]
    order += [n for n in Event.model_fields if n not in _COMMON and n not in _SKIPPED]
    for name in order:
        field = fields[name]
        value = getattr(event, name)
        model, is_list = _model_of(field.annotation)
        if model is None:
            yield name, _plain(value)
        elif is_list:
            yield from _list_slot(name, model, value)
        else:
            yield from _slot(name, model, value)


def _slot(name: str, model: type[BaseModel], value: BaseModel | None) -> Iterator[tuple[str, Any]]:
    main, extra = _columns_of(model)
    dumped = value.model_dump(mode="json") if value is not None else {}
    yield name, dumped.get(main) if main else None
    for sub in extra:
        yield f"{name}_{sub}", _plain(dumped.get(sub))


def _list_slot(
    name: str, model: type[BaseModel], values: list[BaseModel] | None
) -> Iterator[tuple[str, Any]]:
    main, extra = _columns_of(model)
    dumped = [v.model_dump(mode="json") for v in values or ()]
    yield name, _joined(d.get(main) for d in dumped) if main else None
    for sub in extra:
        if sub in ("country", "kind"):
            yield f"{name}_{sub}", _joined(d.get(sub) for d in dumped)


def _columns_of(model: type[BaseModel]) -> tuple[str | None, tuple[str, ...]]:
    for known in _MAIN:  # most derived first: Actor, Place, Quantity, TimeExpr, Span
        if issubclass(model, known):
            return _MAIN[known], _EXTRA[known]
    scalar = tuple(n for n, f in model.model_fields.items() if _model_of(f.annotation)[0] is None)
    return None, scalar


def _model_of(annotation: Any) -> tuple[type[BaseModel] | None, bool]:
    """The model class a field holds (under Optional or list), and whether in a list."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation, False
    origin = get_origin(annotation)
    if origin in (Union, _types.UnionType):
        for arg in get_args(annotation):
            found = _model_of(arg)
            if found[0] is not None:
                return found
    elif origin in (list, tuple) or (isinstance(origin, type) and issubclass(origin, list)):
        args = get_args(annotation)
        if args and _model_of(args[0])[0] is not None:
            return _model_of(args[0])[0], True
    return None, False


def _joined(values: Iterable[Any]) -> str | None:
    parts = [str(v) for v in values if v is not None and v != ""]
    return "; ".join(parts) if parts else None


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump_json()
    if isinstance(value, (list, tuple)):
        return _joined(_plain(v) for v in value)
    if isinstance(value, dict):
        return _joined(f"{k}={_plain(v)}" for k, v in value.items())
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
