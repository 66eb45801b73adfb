"""The typed results eventkit returns: spans, layer items and events.

Every extracted item is a :class:`Span` (its text and character offsets into the
input) with fields of its own. Events are pydantic models discriminated by their
``type`` field; :func:`parse_events` turns JSON back into the right classes, built-in
or registered by a plugin, and :func:`events_json_schema` describes them all.
"""

from __future__ import annotations

import datetime as _dt
import threading
from collections.abc import Iterable
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, field_validator

__all__ = [
    "Actor",
    "ActorKind",
    "Deployment",
    "Event",
    "Modality",
    "Place",
    "Qualifier",
    "Quantity",
    "Span",
    "TimeExpr",
    "Treaty",
    "TreatyStatus",
    "WarningEvent",
    "event_classes",
    "events_json_schema",
    "parse_events",
]

Modality = Literal["asserted", "hypothetical", "negated"]
Qualifier = Literal["exact", "about", "at_least", "at_most", "range"]
ActorKind = Literal["person", "country", "government", "military", "organization", "group"]
TimeMod = Literal["start", "mid", "end", "approx", "before", "after"]
TimeKind = Literal["date", "time", "duration", "set"]
TreatyStatus = Literal[
    "negotiating", "signed", "ratified", "in_force", "suspended", "withdrawn", "proposed"
]


class Span(BaseModel):
    """A piece of the input text: ``text == source[start:end]``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class TimeExpr(Span):
    """A temporal expression with its TIMEX3 value and inclusive calendar bounds.

    ``value`` follows TimeML: ``2024-10-23``, ``2024-10``, ``2024``, ``2024-W43``,
    ``2024-Q3``, ``2024-SU``, ``199`` (a decade), ``XXXX-10-24``, ``PAST_REF`` ...
    ``begin``/``finish`` bound it in days, or are None where unknown.
    """

    value: str
    begin: _dt.date | None = None
    finish: _dt.date | None = None
    mod: TimeMod | None = None
    kind: TimeKind = "date"
    rule: str = ""


class Quantity(Span):
    """A count: "at least 3,000 soldiers" is value 3000, low 3000, at_least, "soldiers"."""

    value: int | float | None = None
    low: int | float | None = None
    high: int | float | None = None
    qualifier: Qualifier = "exact"
    unit: str | None = None
    rule: str = ""


class Actor(Span):
    """Who: a person, country, government, military, organisation or armed group.

    ``country`` is the ISO 3166-1 alpha-3 code of the state the actor belongs to or
    stands for, None for international bodies and unknowns. A later mention
    ("Kirby", "the spokesman") carries the canonical name of its first mention and
    that mention's start offset in ``antecedent``.
    """

    name: str
    kind: ActorKind
    country: str | None = None
    title: str | None = None
    antecedent: int | None = None
    rule: str = ""


class Place(Span):
    """Where: a country, a region of one ("eastern Russia"), a city, a sea or strait."""

    name: str
    country: str | None = None
    kind: Literal["country", "region", "city", "water", "other"] = "other"
    rule: str = ""


_lock = threading.Lock()
_EVENT_CLASSES: dict[str, type[Event]] = {}
_adapter: TypeAdapter[list[Any]] | None = None


def _register_event_class(name: str, cls: type[Event]) -> None:
    global _adapter
    with _lock:
        _EVENT_CLASSES[name] = cls
        _adapter = None


class Event(BaseModel):
    """The fields every event has; subclasses add their slots and a ``type`` literal.

    A subclass whose ``type`` is a ``Literal`` is registered for :func:`parse_events`
    and :func:`events_json_schema` as soon as it is defined.
    """

    model_config = ConfigDict(extra="forbid")

    type: str
    trigger: Span
    sentence: Span | None = None
    date: TimeExpr | None = None
    modality: Modality = "asserted"
    attribution: Actor | None = None
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    rule: str = ""
    slot_rules: dict[str, str] = Field(default_factory=dict)
    mentions: list[Span] = Field(default_factory=list)
    cameo: str | None = None
    plover: str | None = None

    @field_validator("confidence")
    @classmethod
    def _two_decimals(cls, value: float) -> float:
        """A rough rank of how sure the rules are: two decimals, not 0.7000000000000001."""
        return round(value, 2)

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        annotation = cls.model_fields["type"].annotation
        if get_origin(annotation) is Literal:
            for name in get_args(annotation):
                _register_event_class(str(name), cls)


class Deployment(Event):
    """Armed forces or military equipment sent, moved, stationed, massed or withdrawn."""

    type: Literal["deployment"] = "deployment"
    force: Actor | None = None
    count: Quantity | None = None
    origin: Place | None = None
    destination: Place | None = None


class WarningEvent(Event):
    """A warning, threat or ultimatum (named so as not to shadow the built-in ``Warning``)."""

    type: Literal["warning"] = "warning"
    speaker: Actor | None = None
    target: Actor | None = None


class Treaty(Event):
    """An agreement between parties negotiated, signed, ratified, suspended or left."""

    type: Literal["treaty"] = "treaty"
    parties: list[Actor] = Field(default_factory=list)
    status: TreatyStatus | None = None
    agreement: Span | None = None


def _load_plugins() -> None:
    """Import installed plugins (once per process) so their event classes are known."""
    from eventkit.registry import load_plugins  # the registry imports this module

    load_plugins()


def event_classes() -> dict[str, type[Event]]:
    """The event classes known by their ``type`` value, built-in and from plugins."""
    _load_plugins()
    return dict(_EVENT_CLASSES)


def _events_adapter() -> TypeAdapter[list[Any]]:
    global _adapter
    _load_plugins()  # outside the lock: a plugin's Event subclass takes it when defined
    with _lock:
        if _adapter is None:
            classes = tuple(_EVENT_CLASSES.values())
            if len(classes) == 1:
                item: Any = classes[0]
            else:
                item = Annotated[Union[classes], Field(discriminator="type")]  # noqa: UP007
            _adapter = TypeAdapter(list[item])
        return _adapter


def parse_events(data: str | bytes | Iterable[Any]) -> list[Event]:
    """Events from JSON text or from dicts, each in the class its ``type`` names.

    >>> parse_events('[]')
    []
    """
    adapter = _events_adapter()
    if isinstance(data, (str, bytes)):
        return adapter.validate_json(data)
    return adapter.validate_python(list(data))


def events_json_schema() -> dict[str, Any]:
    """The JSON Schema of a list of events of every registered type."""
    return _events_adapter().json_schema()
