"""The extractor registry: registration, selection, listing, fault isolation, entry points."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Any, Literal

import pytest

import eventkit
from eventkit import Document, Event, Span, registry
from eventkit.registry import (
    ENTRY_POINT_GROUP,
    ExtractorInfo,
    extractor,
    plugin_errors,
    refresh_plugins,
    register_extractor,
    registered_extractors,
    run_extractors,
    unregister_extractor,
)

TEXT = "Alpha pinged Beta. Gamma pinged Delta."


class Ping(Event):
    """A test-only event type."""

    type: Literal["ping"] = "ping"


def _pings(doc: Document) -> list[Event]:
    """A Ping for every "pinged" in the text."""
    out: list[Event] = []
    start = doc.text.find("pinged")
    while start >= 0:
        out.append(Ping(trigger=Span(text="pinged", start=start, end=start + 6)))
        start = doc.text.find("pinged", start + 1)
    return out


def _info(name: str) -> ExtractorInfo:
    return next(i for i in registered_extractors() if i.name == name)


@pytest.fixture(autouse=True)
def _clean_registry() -> Iterator[None]:
    """Undo every registration a test makes; bring back entry points it removed."""
    before = {i.name: i.function for i in registered_extractors()}
    yield
    for info in registered_extractors():
        if before.get(info.name) is not info.function:
            unregister_extractor(info.name)
    refresh_plugins()


# -- registration -----------------------------------------------------------------------


def test_decorator_registers_and_returns_the_function() -> None:
    @extractor("ping", version="9.9")
    def pings(doc: Document) -> list[Event]:
        return _pings(doc)

    assert pings.__name__ == "pings"  # the decorator hands the function back
    info = _info("ping")
    assert (info.origin, info.version, info.function) == ("decorator", "9.9", pings)
    assert info.source.endswith(":test_decorator_registers_and_returns_the_function.<locals>.pings")
    events = eventkit.extract(TEXT, types=["ping"])
    assert [(e.type, e.trigger.start) for e in events] == [("ping", 6), ("ping", 25)]
    assert all(isinstance(e, Ping) for e in events)


def test_function_form() -> None:
    assert register_extractor("ping", _pings) is _pings
    info = _info("ping")
    assert (info.origin, info.source) == ("function", f"{__name__}:_pings")
    assert len(eventkit.extract(TEXT, types="ping")) == 2


def test_decorator_form_is_in_the_top_level_namespace() -> None:
    @eventkit.extractor("ping")
    def pings(doc: Document) -> list[Event]:
        return _pings(doc)

    assert "ping" in {i.name for i in eventkit.registered_extractors()}


def test_duplicate_name_is_an_error() -> None:
    register_extractor("ping", _pings)
    with pytest.raises(ValueError, match=r"'ping' is already registered.*replace=True"):
        register_extractor("ping", lambda doc: [])
    assert _info("ping").function is _pings


def test_the_same_function_again_is_not_a_duplicate() -> None:
    register_extractor("ping", _pings)
    register_extractor("ping", _pings)
    assert _info("ping").function is _pings


def test_two_lambdas_are_duplicates() -> None:
    register_extractor("ping", lambda doc: [])
    with pytest.raises(ValueError, match="already registered"):
        register_extractor("ping", lambda doc: [])


def test_replace() -> None:
    register_extractor("ping", lambda doc: [])
    register_extractor("ping", _pings, replace=True)
    assert _info("ping").function is _pings
    assert len(eventkit.extract(TEXT, types=["ping"])) == 2


def test_a_built_in_name_is_taken_unless_replaced() -> None:
    with pytest.raises(ValueError, match="'deployment' is already registered \\(built-in"):
        register_extractor("deployment", _pings)
    register_extractor("deployment", _pings, replace=True)
    assert _info("deployment").origin == "function"
    assert [e.type for e in eventkit.extract(TEXT, types=["deployment"])] == ["ping", "ping"]


def test_removal() -> None:
    register_extractor("ping", _pings)
    unregister_extractor("ping")
    assert "ping" not in {i.name for i in registered_extractors()}
    with pytest.raises(KeyError, match="no extractor named 'ping'"):
        unregister_extractor("ping")
    with pytest.raises(ValueError, match="unknown event type"):
        eventkit.extract(TEXT, types=["ping"])


@pytest.mark.parametrize("name", ["", " ping", "ping "])
def test_bad_names(name: str) -> None:
    with pytest.raises(ValueError, match="non-empty str"):
        register_extractor(name, _pings)


def test_not_callable() -> None:
    with pytest.raises(TypeError, match="must be callable"):
        register_extractor("ping", "not a function")  # type: ignore[arg-type]


# -- listing and selection -----------------------------------------------------------------


def test_listing_shows_name_origin_and_version() -> None:
    register_extractor("ping", _pings, version="1.2.3")
    infos = registered_extractors()
    listing = [(i.name, i.origin, i.version, i.distribution) for i in infos]
    version = metadata.version("eventkit")
    assert listing[:3] == [
        ("deployment", "built-in", version, "eventkit"),
        ("treaty", "built-in", version, "eventkit"),
        ("warning", "built-in", version, "eventkit"),
    ]
    assert _info("deployment").source == "eventkit.events.deployment:extract_deployments"
    assert (infos[-1].name, infos[-1].origin, infos[-1].version) == ("ping", "function", "1.2.3")


def test_built_ins_come_through_eventkits_own_entry_points() -> None:
    declared = {
        ep.name: ep.value
        for ep in metadata.entry_points(group=ENTRY_POINT_GROUP)
        if ep.dist is not None and ep.dist.name == "eventkit"
    }
    # _BUILTINS stands in only when eventkit runs uninstalled: it must say the same
    assert declared == registry._BUILTINS
    for name, value in declared.items():
        info = _info(name)
        assert (info.origin, info.source, info.distribution) == ("built-in", value, "eventkit")


def test_version_defaults_to_the_package_version() -> None:
    # eventkit's own functions registered from code: version is eventkit.__version__
    from eventkit.events.treaty import extract_treaties

    register_extractor("treaty-again", extract_treaties)
    assert _info("treaty-again").version == eventkit.__version__
    register_extractor("ping", _pings)  # a test module has no __version__
    assert _info("ping").version is None


def test_types_selects_extractors() -> None:
    register_extractor("ping", _pings)
    register_extractor("pong", lambda doc: [Ping(trigger=Span(text="Alpha", start=0, end=5))])
    doc = Document(TEXT)
    assert [e.trigger.start for e in run_extractors(doc, ["pong"])] == [0]
    assert [e.trigger.start for e in run_extractors(doc, ["ping", "pong", "ping"])] == [0, 6, 25]
    assert {e.type for e in run_extractors(doc)} == {"ping"}  # every extractor runs


def test_unknown_type_is_a_value_error_naming_the_registered_ones() -> None:
    with pytest.raises(ValueError, match=r"unknown event type\(s\) \['protest'\].*'deployment'"):
        eventkit.extract(TEXT, types=["deployment", "protest"])


# -- fault isolation -------------------------------------------------------------------------


def _boom(doc: Document) -> list[Event]:
    raise RuntimeError("boom")


def test_a_raising_extractor_loses_only_its_own_events(caplog: pytest.LogCaptureFixture) -> None:
    register_extractor("ping", _pings)
    register_extractor("boom", _boom)
    doc = Document(TEXT)
    with caplog.at_level(logging.ERROR, logger="eventkit"):
        events = run_extractors(doc, ["boom", "ping"])
    assert [e.type for e in events] == ["ping", "ping"]
    [failure] = doc.errors
    assert (failure.extractor, failure.stage) == ("boom", "run")
    assert failure.message == "raised RuntimeError: boom"
    assert isinstance(failure.exception, RuntimeError)
    [record] = [r for r in caplog.records if r.name == "eventkit"]
    assert record.levelno == logging.ERROR
    assert "'boom' raised RuntimeError: boom" in record.getMessage()
    assert record.exc_info is not None  # the traceback is logged


def test_failures_reach_document_events_too() -> None:
    register_extractor("ping", _pings)
    register_extractor("boom", _boom)
    doc = Document(TEXT)
    assert [e.type for e in doc.events] == ["ping", "ping"]
    assert [f.extractor for f in doc.errors] == ["boom"]


def test_strict_re_raises() -> None:
    register_extractor("boom", _boom)
    with pytest.raises(RuntimeError, match=r"^boom$"):
        eventkit.extract(TEXT, types=["boom"], strict=True)
    with pytest.raises(RuntimeError, match=r"^boom$"):
        eventkit.extract(TEXT, strict=True)


def test_a_generator_failing_midway_loses_its_partial_events() -> None:
    def half(doc: Document) -> Iterator[Event]:
        yield Ping(trigger=Span(text="Alpha", start=0, end=5))
        raise KeyError("gone")

    register_extractor("half", half)
    register_extractor("ping", _pings)
    doc = Document(TEXT)
    assert [e.trigger.start for e in run_extractors(doc, ["half", "ping"])] == [6, 25]
    assert [(f.extractor, f.message) for f in doc.errors] == [("half", "raised KeyError: 'gone'")]


@pytest.mark.parametrize(
    ("garbage", "message"),
    [
        (42, "int 42, not an iterable of events"),
        ("ping", "str 'ping', not an iterable of events"),
        ({"type": "ping"}, "dict {'type': 'ping'}, not an iterable of events"),
        ([None, "x"], "NoneType None, not an Event (and 1 more)"),
        ([Ping(trigger=Span(text="pinged", start=0, end=6))], "trigger 'pinged' at 0:6 is not in"),
        ([Ping(trigger=Span(text="Alpha", start=0, end=99))], "trigger 'Alpha' at 0:99 is not in"),
        (
            [Event(type="pong", trigger=Span(text="Alpha", start=0, end=5))],
            "Event of type 'pong', which parse_events would not read back",
        ),
    ],
)
def test_garbage_output_is_recorded_and_the_rest_kept(
    garbage: Any, message: str, caplog: pytest.LogCaptureFixture
) -> None:
    register_extractor("ping", _pings)
    register_extractor("junk", lambda doc: garbage)
    doc = Document(TEXT)
    with caplog.at_level(logging.ERROR, logger="eventkit"):
        events = run_extractors(doc, ["junk", "ping"])
    assert [e.trigger.start for e in events] == [6, 25]
    [failure] = doc.errors
    assert (failure.extractor, failure.stage) == ("junk", "output")
    assert failure.message.startswith("returned an invalid event: ")
    assert message in failure.message
    assert any("'junk' returned an invalid event" in r.getMessage() for r in caplog.records)
    with pytest.raises(TypeError, match="extractor 'junk' returned an invalid event"):
        run_extractors(Document(TEXT), ["junk"], strict=True)


def test_valid_events_next_to_garbage_are_kept() -> None:
    register_extractor("mixed", lambda doc: [*_pings(doc), "junk"])
    doc = Document(TEXT)
    assert [e.trigger.start for e in run_extractors(doc, ["mixed"])] == [6, 25]
    assert [f.stage for f in doc.errors] == ["output"]


def test_none_and_a_single_event_are_accepted() -> None:
    register_extractor("nothing", lambda doc: None)
    register_extractor("one", lambda doc: Ping(trigger=Span(text="Alpha", start=0, end=5)))
    doc = Document(TEXT)
    assert [e.trigger.start for e in run_extractors(doc, ["nothing", "one"])] == [0]
    assert doc.errors == []


# -- entry points ------------------------------------------------------------------------------


def _fake_entry_points(
    monkeypatch: pytest.MonkeyPatch, *extra: metadata.EntryPoint
) -> list[metadata.EntryPoint]:
    """Installed entry points plus ``extra``, as ``importlib.metadata`` will report them."""
    installed = list(metadata.entry_points(group=ENTRY_POINT_GROUP))

    def entry_points(**selection: Any) -> list[metadata.EntryPoint]:
        assert selection == {"group": ENTRY_POINT_GROUP}
        return [*installed, *extra]

    monkeypatch.setattr(metadata, "entry_points", entry_points)
    return installed


def _ep(name: str, value: str) -> metadata.EntryPoint:
    return metadata.EntryPoint(name, value, ENTRY_POINT_GROUP)


def test_a_plugin_that_fails_to_import_is_reported_not_fatal(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _fake_entry_points(monkeypatch, _ep("protest", "eventkit_no_such_plugin:extract"))
    with caplog.at_level(logging.WARNING, logger="eventkit"):
        refresh_plugins()
    [failure] = plugin_errors()
    assert (failure.extractor, failure.stage) == ("protest", "load")
    assert "'eventkit_no_such_plugin:extract' failed to import: ModuleNotFoundError" in (
        failure.message
    )
    assert isinstance(failure.exception, ModuleNotFoundError)
    assert [r.levelno for r in caplog.records if r.name == "eventkit"] == [logging.WARNING]
    names = {i.name for i in registered_extractors()}
    assert {"deployment", "warning", "treaty"} <= names and "protest" not in names
    assert Document(TEXT).events == []  # the other extractors still run
    with pytest.raises(ValueError, match=r"'protest'.*failed to import"):
        eventkit.extract(TEXT, types=["protest"])
    with pytest.raises(RuntimeError, match="failed to import") as raised:
        eventkit.extract(TEXT, strict=True)
    assert isinstance(raised.value.__cause__, ModuleNotFoundError)
    eventkit.extract(TEXT, types=["treaty"], strict=True)  # strict about what it runs only


def test_a_plugin_module_that_raises_on_import(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "ek_raising_plugin.py").write_text("raise RuntimeError('bad plugin')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    _fake_entry_points(monkeypatch, _ep("sanction", "ek_raising_plugin:extract"))
    refresh_plugins()
    [failure] = plugin_errors()
    assert "failed to import: RuntimeError: bad plugin" in failure.message


def test_an_entry_point_that_is_not_callable(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_entry_points(monkeypatch, _ep("attack", "eventkit:__version__"))
    refresh_plugins()
    [failure] = plugin_errors()
    assert failure.message.endswith("is a str, not a callable extractor")


def test_an_entry_point_cannot_take_a_built_in_name(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_entry_points(monkeypatch, _ep("deployment", "tests_no_such_module:extract"))
    refresh_plugins()
    assert _info("deployment").origin == "built-in"
    [failure] = plugin_errors()
    assert "its name is taken by eventkit.events.deployment" in failure.message


def _write_plugin(tmp_path: Path, module: str, body: str) -> None:
    (tmp_path / f"{module}.py").write_text(textwrap.dedent(body))


PLUGIN = """
    from typing import Literal
    import eventkit

    class Protest(eventkit.Event):
        type: Literal["protest"] = "protest"

    def extract(doc):
        start = doc.text.find("pinged")
        if start >= 0:
            yield Protest(trigger=eventkit.Span(text="pinged", start=start, end=start + 6))
"""


def test_refresh_finds_new_and_forgets_removed_plugins(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _write_plugin(tmp_path, "ek_protest_plugin", PLUGIN)
    monkeypatch.syspath_prepend(str(tmp_path))
    assert "protest" not in {i.name for i in registered_extractors()}
    register_extractor("ping", _pings)  # from code: survives refreshes
    installed = _fake_entry_points(monkeypatch, _ep("protest", "ek_protest_plugin:extract"))
    assert "protest" not in {i.name for i in registered_extractors()}  # read once, until...
    refresh_plugins()
    info = _info("protest")
    assert (info.origin, info.source) == ("entry point", "ek_protest_plugin:extract")
    assert [e.type for e in eventkit.extract(TEXT)] == ["ping", "protest", "ping"]
    unregister_extractor("protest")
    assert "protest" not in {i.name for i in registered_extractors()}
    refresh_plugins()  # an unregistered entry point comes back
    assert _info("protest").origin == "entry point"
    monkeypatch.setattr(metadata, "entry_points", lambda **_: installed)
    refresh_plugins()  # uninstalled
    names = {i.name for i in registered_extractors()}
    assert "protest" not in names and "ping" in names


def test_a_plugin_that_uses_the_decorator_on_its_entry_point(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Registering itself while the registry imports it is not a duplicate: it is the plugin.
    _write_plugin(
        tmp_path,
        "ek_decorated_plugin",
        PLUGIN.replace("def extract", '@eventkit.extractor("protest")\n    def extract'),
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    _fake_entry_points(monkeypatch, _ep("protest", "ek_decorated_plugin:extract"))
    refresh_plugins()
    assert plugin_errors() == []
    assert _info("protest").origin == "entry point"


def test_code_registered_with_replace_beats_a_plugin(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _write_plugin(tmp_path, "ek_protest_plugin2", PLUGIN)
    monkeypatch.syspath_prepend(str(tmp_path))
    _fake_entry_points(monkeypatch, _ep("protest", "ek_protest_plugin2:extract"))
    refresh_plugins()
    with pytest.raises(ValueError, match="'protest' is already registered \\(entry point"):
        register_extractor("protest", _pings)
    register_extractor("protest", _pings, replace=True)
    refresh_plugins()
    assert _info("protest").function is _pings
    assert plugin_errors() == []


def test_a_plugin_installed_after_code_took_its_name_is_reported(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _write_plugin(tmp_path, "ek_protest_plugin3", PLUGIN)
    monkeypatch.syspath_prepend(str(tmp_path))
    register_extractor("protest", _pings)
    _fake_entry_points(monkeypatch, _ep("protest", "ek_protest_plugin3:extract"))
    refresh_plugins()
    assert _info("protest").function is _pings
    [failure] = plugin_errors()
    assert "its name is taken by" in failure.message and "it was not loaded" in failure.message


def test_a_plugin_imported_by_hand_before_the_registry_loads(tmp_path: Path) -> None:
    # A fresh interpreter, so that the registry has not read its entry points yet: the
    # user imports a plugin whose decorated function is re-exported by its package.
    package = tmp_path / "ek_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("from ek_pkg.impl import extract\n")
    (package / "impl.py").write_text(
        textwrap.dedent(
            PLUGIN.replace("def extract", '@eventkit.extractor("protest")\n    def extract')
        )
    )
    code = f"""
        import json, sys
        from importlib import metadata
        sys.path.insert(0, {str(tmp_path)!r})
        installed = list(metadata.entry_points(group="eventkit.extractors"))
        extra = metadata.EntryPoint("protest", "ek_pkg:extract", "eventkit.extractors")
        metadata.entry_points = lambda **kw: [*installed, extra]

        import ek_pkg
        from eventkit import registry

        info = {{i.name: i for i in registry.registered_extractors()}}["protest"]
        print(json.dumps([info.origin, info.source, len(registry.plugin_errors())]))
        """
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == ["entry point", "ek_pkg:extract", 0]
