"""The extractor registry: built-in and plugin event extractors, found by name.

An extractor is a callable that takes a :class:`~eventkit.Document` and returns or
yields :class:`~eventkit.Event` objects. Register one with the :func:`extractor`
decorator or :func:`register_extractor`, or ship it in a package that declares it
in the ``eventkit.extractors`` entry-point group; entry points are read lazily, once
per process (:func:`refresh_plugins` reads them again).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import metadata
from typing import TYPE_CHECKING, Literal, TypeVar

from eventkit.model import Event

if TYPE_CHECKING:
    from eventkit.document import Document

__all__ = [
    "ENTRY_POINT_GROUP",
    "ExtractorFailure",
    "ExtractorInfo",
    "extractor",
    "plugin_errors",
    "refresh_plugins",
    "register_extractor",
    "registered_extractors",
    "run_extractors",
    "unregister_extractor",
]

ENTRY_POINT_GROUP = "eventkit.extractors"
logger = logging.getLogger("eventkit")

ExtractFn = Callable[["Document"], "Iterable[Event] | None"]
Origin = Literal["built-in", "decorator", "function", "entry point"]
F = TypeVar("F", bound=ExtractFn)

# The built-in extractors, used as they are when eventkit runs from a source tree
# whose distribution metadata (and so its entry points) is not installed.
_BUILTINS = {
    "deployment": "eventkit.events.deployment:extract_deployments",
    "warning": "eventkit.events.warning:extract_warnings",
    "treaty": "eventkit.events.treaty:extract_treaties",
}


@dataclass(frozen=True)
class ExtractorInfo:
    """A registered extractor: its name, the callable, where it came from, its version."""

    name: str
    function: ExtractFn
    origin: Origin
    version: str | None = None
    source: str = ""


@dataclass(frozen=True)
class ExtractorFailure:
    """An extractor (or plugin import) that failed; the other extractors' events stand."""

    extractor: str
    message: str
    exception: BaseException | None = None


_lock = threading.RLock()
_registered: dict[str, ExtractorInfo] = {}
_plugins_loaded = False
_plugin_errors: list[ExtractorFailure] = []


def _describe(fn: object) -> str:
    module = getattr(fn, "__module__", None) or "?"
    return f"{module}:{getattr(fn, '__qualname__', type(fn).__name__)}"


def register_extractor(
    name: str,
    function: ExtractFn,
    *,
    replace: bool = False,
    origin: Origin = "function",
    version: str | None = None,
) -> ExtractFn:
    """Register ``function`` as the extractor called ``name``.

    A name already taken raises ``ValueError`` unless ``replace=True``.
    """
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"an extractor name must be a non-empty str, not {name!r}")
    if not callable(function):
        raise TypeError(f"extractor {name!r} must be callable, not {type(function).__name__}")
    with _lock:
        if not replace:
            _ensure_plugins_loaded()
            if name in _registered:
                raise ValueError(
                    f"an extractor named {name!r} is already registered "
                    f"({_registered[name].source}); pass replace=True to replace it"
                )
        _registered[name] = ExtractorInfo(name, function, origin, version, _describe(function))
    return function


def extractor(name: str, *, replace: bool = False) -> Callable[[F], F]:
    """Decorator: register the decorated function as the extractor called ``name``.

    >>> @extractor("example-noop")
    ... def noop(doc):
    ...     return []
    >>> unregister_extractor("example-noop")
    """

    def decorate(function: F) -> F:
        register_extractor(name, function, replace=replace, origin="decorator")
        return function

    return decorate


def unregister_extractor(name: str) -> None:
    """Remove the extractor called ``name``; ``KeyError`` if there is none."""
    with _lock:
        _ensure_plugins_loaded()
        if name not in _registered:
            raise KeyError(f"no extractor named {name!r}")
        del _registered[name]


def _ensure_plugins_loaded() -> None:
    global _plugins_loaded
    with _lock:
        if _plugins_loaded:
            return
        _plugins_loaded = True
        _load_entry_points()


def _load_entry_points() -> None:
    seen: set[str] = set()
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        if ep.name in seen:
            continue
        dist = getattr(ep, "dist", None)
        dist_name = dist.metadata["Name"] if dist is not None else None
        version = dist.version if dist is not None else None
        builtin = dist_name == "eventkit"
        try:
            function = ep.load()
        except Exception as exc:  # a broken plugin is reported, never fatal
            failure = ExtractorFailure(
                ep.name, f"plugin {ep.value!r} failed to import: {exc!r}", exc
            )
            _plugin_errors.append(failure)
            logger.warning("eventkit: %s", failure.message)
            continue
        if not callable(function):
            failure = ExtractorFailure(ep.name, f"plugin {ep.value!r} is not callable")
            _plugin_errors.append(failure)
            logger.warning("eventkit: %s", failure.message)
            continue
        seen.add(ep.name)
        if ep.name in _registered and _registered[ep.name].origin != "built-in":
            continue  # code registered it explicitly: that wins
        origin: Origin = "built-in" if builtin else "entry point"
        _registered[ep.name] = ExtractorInfo(ep.name, function, origin, version, ep.value)
    for name, target in _BUILTINS.items():
        if name not in seen and name not in _registered:
            module_name, _, attr = target.partition(":")
            module = __import__(module_name, fromlist=[attr])
            _registered[name] = ExtractorInfo(
                name, getattr(module, attr), "built-in", _own_version(), target
            )


def _own_version() -> str | None:
    try:
        return metadata.version("eventkit")
    except metadata.PackageNotFoundError:
        return None


def refresh_plugins() -> None:
    """Read the ``eventkit.extractors`` entry points again (for long-running processes)."""
    global _plugins_loaded
    with _lock:
        for name in [n for n, i in _registered.items() if i.origin in ("entry point", "built-in")]:
            del _registered[name]
        _plugin_errors.clear()
        _plugins_loaded = False
        _ensure_plugins_loaded()


def registered_extractors() -> list[ExtractorInfo]:
    """Every registered extractor, built-in ones first, then in registration order."""
    with _lock:
        _ensure_plugins_loaded()
        infos = list(_registered.values())
    return sorted(infos, key=lambda i: i.origin != "built-in")


def plugin_errors() -> list[ExtractorFailure]:
    """Plugins whose entry point failed to import or load, since the last refresh."""
    with _lock:
        _ensure_plugins_loaded()
        return list(_plugin_errors)


def run_extractors(
    doc: Document, types: Sequence[str] | None = None, *, strict: bool = False
) -> list[Event]:
    """Run the selected extractors (all when ``types`` is None) on ``doc``.

    A failing extractor is logged and recorded in ``doc.errors``; its events are
    dropped and the others' kept. ``strict=True`` raises instead.
    """
    infos = registered_extractors()
    if types is not None:
        wanted = list(dict.fromkeys(types))
        known = {i.name for i in infos}
        unknown = [t for t in wanted if t not in known]
        if unknown:
            raise ValueError(f"unknown event type(s) {unknown}; registered: {sorted(known)}")
        infos = [i for i in infos if i.name in wanted]
    events: list[Event] = []
    for info in infos:
        try:
            produced = list(info.function(doc) or ())
        except Exception as exc:
            if strict:
                raise
            _record(doc, ExtractorFailure(info.name, f"raised {exc!r}", exc))
            continue
        for item in produced:
            if isinstance(item, Event):
                events.append(item)
                continue
            failure = ExtractorFailure(
                info.name, f"returned {type(item).__name__}, not an Event: {item!r:.80}"
            )
            if strict:
                raise TypeError(f"extractor {info.name!r} {failure.message}")
            _record(doc, failure)
    events.sort(key=lambda e: (e.trigger.start, e.trigger.end))
    return events


def _record(doc: Document, failure: ExtractorFailure) -> None:
    logger.error("eventkit: extractor %r %s", failure.extractor, failure.message)
    doc.errors.append(failure)
