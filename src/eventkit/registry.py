"""The extractor registry: built-in and plugin event extractors, found by name.

An extractor is a callable that takes a :class:`~eventkit.Document` and returns or
yields :class:`~eventkit.Event` objects. Register one from code with the
:func:`extractor` decorator or :func:`register_extractor`, or ship it in a package
that declares it in the ``eventkit.extractors`` entry-point group::

    [project.entry-points."eventkit.extractors"]
    visit = "eventkit_visit:extract_visits"

Nothing is scanned at ``import eventkit``: the entry points are read the first time
the registry is used (:func:`load_plugins`, once per process) and
:func:`refresh_plugins` reads them again. The built-in extractors are declared the
same way, in eventkit's own ``pyproject.toml``.

A plugin that fails to import is logged and listed by :func:`plugin_errors`; an
extractor that raises or returns something other than events is logged and recorded
in ``Document.errors`` (:func:`run_extractors`). Neither costs the other extractors
their events, unless ``strict=True``.
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import metadata
from typing import TYPE_CHECKING, Literal, TypeVar

from eventkit.model import Event, event_classes

if TYPE_CHECKING:
    from eventkit.document import Document

__all__ = [
    "ENTRY_POINT_GROUP",
    "ExtractFn",
    "ExtractorFailure",
    "ExtractorInfo",
    "Origin",
    "extractor",
    "load_plugins",
    "plugin_errors",
    "refresh_plugins",
    "register_extractor",
    "registered_extractors",
    "run_extractors",
    "unregister_extractor",
]

ENTRY_POINT_GROUP = "eventkit.extractors"
logger = logging.getLogger("eventkit")

ExtractFn = Callable[["Document"], "Iterable[Event] | Event | None"]
Origin = Literal["built-in", "decorator", "function", "entry point"]
F = TypeVar("F", bound=ExtractFn)

# eventkit's own entry points, used when it runs from a source tree whose distribution
# metadata (and so its entry points) is missing or older than the code.
_BUILTINS = {
    "deployment": "eventkit.events.deployment:extract_deployments",
    "warning": "eventkit.events.warning:extract_warnings",
    "treaty": "eventkit.events.treaty:extract_treaties",
}


@dataclass(frozen=True)
class ExtractorInfo:
    """A registered extractor: its name, the callable, where it came from, its version.

    ``origin`` is ``"built-in"``, ``"entry point"`` (an installed plugin),
    ``"decorator"`` or ``"function"`` (registered from code); ``source`` is the
    callable's ``module:qualname`` and ``distribution`` the installed package that
    provides it, when known.
    """

    name: str
    function: ExtractFn
    origin: Origin
    version: str | None = None
    source: str = ""
    distribution: str | None = None


@dataclass(frozen=True)
class ExtractorFailure:
    """An extractor that failed to load or to run; the other extractors' events stand.

    ``stage`` is ``"load"`` (its entry point did not import or is not callable),
    ``"run"`` (it raised) or ``"output"`` (it returned something that is not a valid
    event; its valid events are kept).
    """

    extractor: str
    message: str
    exception: BaseException | None = None
    stage: Literal["load", "run", "output"] = "run"


@dataclass(frozen=True)
class _EntryPoint:
    name: str
    target: str  # "module:attr"
    distribution: str | None
    version: str | None
    builtin: bool
    entry: metadata.EntryPoint


# The registry state; every change holds _lock (re-entrant: a plugin module may call
# the decorator while it is being imported by load_plugins).
_lock = threading.RLock()
_registered: dict[str, ExtractorInfo] = {}
_overrides: set[str] = set()  # names registered with replace=True: they beat entry points
_plugin_errors: list[ExtractorFailure] = []
_entry_points: list[_EntryPoint] | None = None
_loading: _EntryPoint | None = None  # the entry point being imported, if any
_loading_all = False
_loaded = False


def _source(function: object) -> str:
    module = getattr(function, "__module__", None) or "?"
    return f"{module}:{getattr(function, '__qualname__', type(function).__name__)}"


def _normalise(distribution: str) -> str:
    return distribution.lower().replace("_", "-").replace(".", "-")


def _own_version() -> str | None:
    try:
        return metadata.version("eventkit")
    except metadata.PackageNotFoundError:
        version = getattr(sys.modules.get("eventkit"), "__version__", None)
        return version if isinstance(version, str) else None


def _module_version(function: object) -> str | None:
    """The ``__version__`` of the top-level package a callable lives in, if it has one."""
    top = (getattr(function, "__module__", None) or "").partition(".")[0]
    version = getattr(sys.modules.get(top), "__version__", None) if top else None
    return version if isinstance(version, str) else None


def _scan() -> list[_EntryPoint]:
    """The extractor entry points in load order: eventkit's own by name, then plugins
    by distribution (of two plugins with one name, the first wins)."""
    builtins: list[_EntryPoint] = []
    plugins: list[_EntryPoint] = []
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        dist = getattr(ep, "dist", None)
        dist_name = dist.name if dist is not None else None
        builtin = dist_name is not None and _normalise(dist_name) == "eventkit"
        item = _EntryPoint(
            name=ep.name,
            target=f"{ep.module}:{ep.attr}" if ep.attr else ep.module,
            distribution=dist_name,
            version=dist.version if dist is not None else None,
            builtin=builtin,
            entry=ep,
        )
        (builtins if builtin else plugins).append(item)
    declared = {ep.name for ep in builtins}
    for name, target in _BUILTINS.items():
        if name not in declared:
            builtins.append(
                _EntryPoint(
                    name,
                    target,
                    "eventkit",
                    _own_version(),
                    True,
                    metadata.EntryPoint(name, target, ENTRY_POINT_GROUP),
                )
            )
    builtins.sort(key=lambda ep: ep.name)
    plugins.sort(key=lambda ep: (_normalise(ep.distribution or ""), ep.name))
    return builtins + plugins


def _scanned() -> list[_EntryPoint]:
    global _entry_points
    if _entry_points is None:
        _entry_points = _scan()
    return _entry_points


def _same(taken: ExtractorInfo, function: ExtractFn, source: str) -> bool:
    """Whether ``function`` is ``taken`` again: the same object, or the same named
    function defined anew (a reloaded module, a notebook cell run twice)."""
    return taken.function is function or (taken.source == source and "<" not in source)


def _provides(ep: _EntryPoint, function: object) -> bool:
    """Whether ``function`` is what ``ep`` names, judged without importing anything:
    the same name, in the entry point's module or a submodule (a re-exported function)."""
    module, _, attr = ep.target.partition(":")
    defined_in = getattr(function, "__module__", None) or ""
    return getattr(function, "__qualname__", None) == attr and (
        defined_in == module or defined_in.startswith(module + ".")
    )


def _entry_info(name: str, function: ExtractFn, ep: _EntryPoint) -> ExtractorInfo:
    origin: Origin = "built-in" if ep.builtin else "entry point"
    source = ep.target if _provides(ep, function) else _source(function)
    return ExtractorInfo(name, function, origin, ep.version, source, ep.distribution)


def register_extractor(
    name: str,
    function: ExtractFn,
    *,
    replace: bool = False,
    version: str | None = None,
) -> ExtractFn:
    """Register ``function`` as the extractor called ``name``; returns ``function``.

    A name already taken, by code or by an installed plugin, raises ``ValueError``
    unless ``replace=True`` (which also keeps a plugin of that name from loading);
    registering the same function again (a reloaded module, a notebook cell run
    twice) is not a duplicate.
    ``version`` defaults to the ``__version__`` of the function's top-level package.

    >>> register_extractor("example-noop", lambda doc: [])  # doctest: +ELLIPSIS
    <function <lambda> at ...>
    >>> unregister_extractor("example-noop")
    """
    _register(name, function, replace, version, "function")
    return function


def _register(
    name: str, function: ExtractFn, replace: bool, version: str | None, origin: Origin
) -> None:
    if not isinstance(name, str) or not name.strip() or name != name.strip():
        raise ValueError(
            f"an extractor name must be a non-empty str without surrounding spaces, not {name!r}"
        )
    if not callable(function):
        raise TypeError(f"extractor {name!r} must be callable, not {type(function).__name__}")
    source = _source(function)
    with _lock:
        info = ExtractorInfo(
            name, function, origin, version or _module_version(function), source, None
        )
        plugin = _loading
        if plugin is None and not _loaded:
            # A plugin module imported by hand before the registry loaded it, registering
            # its own entry point's function: that is the plugin, not a second extractor.
            plugin = next(
                (ep for ep in _scanned() if ep.name == name and _provides(ep, function)), None
            )
        if plugin is not None:
            info = _entry_info(name, function, plugin)
        if not replace:
            taken = _registered.get(name)
            if taken is not None and not _same(taken, function, source):
                raise ValueError(
                    f"an extractor named {name!r} is already registered ({taken.origin}, "
                    f"{taken.source}); pass replace=True to replace it"
                )
            if taken is None and not _loaded:
                declared = next((ep for ep in _scanned() if ep.name == name), None)
                if declared is not None and not _provides(declared, function):
                    where = declared.distribution or "an installed package"
                    raise ValueError(
                        f"an extractor named {name!r} is provided by {where} "
                        f"({declared.target}); pass replace=True to replace it"
                    )
        else:
            _overrides.add(name)
        _registered[name] = info


def extractor(name: str, *, replace: bool = False, version: str | None = None) -> Callable[[F], F]:
    """Decorator: register the decorated function as the extractor called ``name``.

    >>> @extractor("example-noop")
    ... def noop(doc):
    ...     return []
    >>> unregister_extractor("example-noop")
    """

    def decorate(function: F) -> F:
        _register(name, function, replace, version, "decorator")
        return function

    return decorate


def unregister_extractor(name: str) -> None:
    """Remove the extractor called ``name`` (``KeyError`` if there is none).

    An extractor from an entry point stays removed until :func:`refresh_plugins`.
    """
    with _lock:
        load_plugins()
        if name not in _registered:
            raise KeyError(f"no extractor named {name!r}")
        del _registered[name]
        _overrides.discard(name)


def load_plugins() -> None:
    """Load the extractors that installed packages declare, once per process.

    Every registry function calls it; ``eventkit.parse_events`` and
    ``eventkit.events_json_schema`` need it too, so that a plugin's event class is
    known without the user importing the plugin.
    """
    global _loading_all, _loaded
    if _loaded:
        return
    with _lock:
        if _loaded or _loading_all:
            return
        _loading_all = True
        try:
            for ep in _scanned():
                _load(ep)
            _loaded = True
        finally:
            _loading_all = False


def _load(ep: _EntryPoint) -> None:
    global _loading
    taken = _registered.get(ep.name)
    if taken is not None:
        if _provides(ep, taken.function) or ep.name in _overrides:
            return  # the plugin registered itself on import, or code replaced it on purpose
        _fail(ep, f"its name is taken by {taken.source} ({taken.origin}); it was not loaded")
        return
    _loading = ep
    try:
        function = ep.entry.load()
    except Exception as exc:  # a broken plugin is reported, never fatal
        _fail(ep, f"failed to import: {type(exc).__name__}: {exc}", exc)
        return
    finally:
        _loading = None
    if not callable(function):
        _fail(ep, f"is a {type(function).__name__}, not a callable extractor")
        return
    if ep.name not in _registered:  # the module's own decorator may have registered it
        _registered[ep.name] = _entry_info(ep.name, function, ep)


def _fail(ep: _EntryPoint, message: str, exc: BaseException | None = None) -> None:
    where = f" from {ep.distribution} {ep.version or ''}".rstrip() if ep.distribution else ""
    failure = ExtractorFailure(
        ep.name, f"entry point {ep.name} = {ep.target!r}{where} {message}", exc, "load"
    )
    _plugin_errors.append(failure)
    logger.warning("%s", failure.message)


def refresh_plugins() -> None:
    """Read the entry points again: for packages installed or removed since the first use.

    Extractors from entry points are reloaded (those unregistered come back); those
    registered from code are kept. A package installed after start-up is found only
    if its location is already on ``sys.path``.
    """
    global _entry_points, _loaded
    with _lock:
        importlib.invalidate_caches()
        for name, info in list(_registered.items()):
            if info.origin in ("built-in", "entry point"):
                del _registered[name]
        _plugin_errors.clear()
        _entry_points = None
        _loaded = False
        load_plugins()


def registered_extractors() -> list[ExtractorInfo]:
    """Every registered extractor: built-in ones by name, then in registration order.

    >>> [(i.name, i.origin) for i in registered_extractors()][:1]
    [('deployment', 'built-in')]
    """
    with _lock:
        load_plugins()
        infos = list(_registered.values())
    return sorted(infos, key=lambda info: info.origin != "built-in")


def plugin_errors() -> list[ExtractorFailure]:
    """The entry points that failed to load since the last refresh (each also logged)."""
    with _lock:
        load_plugins()
        return list(_plugin_errors)


def run_extractors(
    doc: Document, types: Sequence[str] | str | None = None, *, strict: bool = False
) -> list[Event]:
    """The events of the selected extractors (all when ``types`` is None), in text order.

    An unknown name in ``types`` raises ``ValueError``. An extractor that raises loses
    its own events only; one that returns something other than events loses the bad
    items only. Each failure is logged on the ``eventkit`` logger and appended to
    ``doc.errors``. ``strict=True`` raises instead: the extractor's own exception, a
    ``TypeError`` for bad output, or the import error of a plugin that failed to load.
    """
    infos = registered_extractors()
    failed = plugin_errors()
    if types is not None:
        wanted = list(dict.fromkeys([types] if isinstance(types, str) else types))
        by_name = {info.name: info for info in infos}
        unknown = [name for name in wanted if name not in by_name]
        if unknown:
            broken = [f.message for f in failed if f.extractor in unknown]
            raise ValueError(
                f"unknown event type(s) {unknown}; registered: {sorted(by_name)}"
                + "".join(f"; {message}" for message in broken)
            )
        infos = [info for info in infos if info.name in wanted]
        failed = [f for f in failed if f.extractor in wanted]
    if strict and failed:
        raise RuntimeError(failed[0].message) from failed[0].exception
    classes = event_classes()
    events: list[Event] = []
    for info in infos:
        try:
            good, bad = _collect(info.function(doc), doc, classes)
        except Exception as exc:
            if strict:
                raise
            message = f"raised {type(exc).__name__}: {exc}"
            _record(doc, ExtractorFailure(info.name, message, exc, "run"))
            continue
        events.extend(good)
        if bad:
            more = f" (and {len(bad) - 1} more)" if len(bad) > 1 else ""
            message = f"returned an invalid event: {bad[0]}{more}"
            if strict:
                raise TypeError(f"extractor {info.name!r} {message}")
            _record(doc, ExtractorFailure(info.name, message, None, "output"))
    events.sort(key=lambda e: (e.trigger.start, e.trigger.end))
    return events


def _collect(
    result: object, doc: Document, classes: Mapping[str, type[Event]]
) -> tuple[list[Event], list[str]]:
    """The valid events an extractor returned, and what was wrong with the rest."""
    if result is None:
        return [], []
    if isinstance(result, Event):
        result = [result]
    if isinstance(result, (str, bytes, bytearray, Mapping)) or not isinstance(result, Iterable):
        return [], [f"{type(result).__name__} {result!r:.60}, not an iterable of events"]
    good: list[Event] = []
    bad: list[str] = []
    for item in result:
        problem = _problem(item, doc, classes)
        if problem:
            bad.append(problem)
        else:
            good.append(item)
    return good, bad


def _problem(item: object, doc: Document, classes: Mapping[str, type[Event]]) -> str:
    if not isinstance(item, Event):
        return f"{type(item).__name__} {item!r:.60}, not an Event"
    cls = classes.get(item.type)
    if cls is None or not isinstance(item, cls):
        return (
            f"{type(item).__name__} of type {item.type!r}, which parse_events would not "
            f"read back: subclass eventkit.Event with type: Literal[{item.type!r}]"
        )
    trigger = item.trigger
    if trigger.end > len(doc.text) or doc.text[trigger.start : trigger.end] != trigger.text:
        return f"trigger {trigger.text!r} at {trigger.start}:{trigger.end} is not in the text"
    return ""


def _record(doc: Document, failure: ExtractorFailure) -> None:
    logger.error("extractor %r %s", failure.extractor, failure.message, exc_info=failure.exception)
    doc.errors.append(failure)
