"""The plugin hook end to end, with the example plugin installed (examples/plugin-visit).

The test environment installs it: ``pip install -e ".[test]" -e ./examples/plugin-visit``.
Where what happens at start-up matters, the test runs a fresh interpreter.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from importlib import metadata
from typing import Any

import eventkit

SHOIGU = "Russian Defence Minister Sergei Shoigu visited Pyongyang on Friday."
VISIT_JSON = '[{"type": "visit", "trigger": {"text": "visited", "start": 0, "end": 7}}]'


def _fresh(code: str) -> Any:
    """Run ``code`` in a new interpreter; it prints one JSON value, returned here."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_example_plugin_is_installed() -> None:
    # if this fails: python -m pip install -e ./examples/plugin-visit
    assert metadata.version("eventkit-visit") == "0.1.0"


def test_import_eventkit_reads_no_entry_point() -> None:
    out = _fresh(
        """
        import json, sys
        from importlib import metadata

        real = metadata.entry_points

        def refuse(**selection):  # pydantic reads its own group: only ours is refused
            if selection.get("group") == "eventkit.extractors":
                raise AssertionError("eventkit's entry points read at import")
            return real(**selection)

        metadata.entry_points = refuse
        import eventkit
        print(json.dumps("eventkit_visit" in sys.modules))
        """
    )
    assert out is False


def test_the_plugin_is_listed_and_loaded_without_an_import() -> None:
    out = _fresh(
        """
        import json, sys
        import eventkit

        listing = [[i.name, i.origin, i.version, i.distribution, i.source]
                   for i in eventkit.registered_extractors()]
        print(json.dumps([listing, "eventkit_visit" in sys.modules]))
        """
    )
    listing, imported = out
    assert ["visit", "entry point", "0.1.0", "eventkit-visit", "eventkit_visit:extract_visits"] in (
        listing
    )
    assert [row[:2] for row in listing[:3]] == [
        ["deployment", "built-in"],
        ["treaty", "built-in"],
        ["warning", "built-in"],
    ]
    assert imported is True


def test_parse_events_knows_the_plugin_type_without_an_import() -> None:
    out = _fresh(
        f"""
        import json
        import eventkit

        [event] = eventkit.parse_events({VISIT_JSON!r})
        print(json.dumps(f"{{type(event).__module__}}.{{type(event).__name__}}"))
        """
    )
    assert out == "eventkit_visit.event.Visit"


def test_the_schema_knows_the_plugin_type_without_an_import() -> None:
    out = _fresh(
        """
        import json
        import eventkit

        schema = eventkit.events_json_schema()
        print(json.dumps(sorted(schema["items"]["discriminator"]["mapping"])))
        """
    )
    assert "visit" in out and "deployment" in out


def test_a_code_extractor_cannot_silently_shadow_the_plugin() -> None:
    out = _fresh(
        """
        import json, sys
        import eventkit

        try:
            @eventkit.extractor("visit")
            def mine(doc):
                return []
            error = None
        except ValueError as exc:
            error = str(exc)
        print(json.dumps(error))
        """
    )
    assert out.startswith("an extractor named 'visit' is provided by eventkit-visit")
    assert out.endswith("pass replace=True to replace it")


def test_replace_keeps_the_plugin_from_loading() -> None:
    out = _fresh(
        """
        import json, sys
        import eventkit

        @eventkit.extractor("visit", replace=True)
        def mine(doc):
            return []

        origin = {i.name: i.origin for i in eventkit.registered_extractors()}["visit"]
        print(json.dumps([origin, "eventkit_visit" in sys.modules]))
        """
    )
    assert out == ["decorator", False]


def test_extract_returns_a_visit_beside_the_built_ins() -> None:
    text = "Russia sent about 3,000 troops to the border on Wednesday. " + SHOIGU
    events = eventkit.extract(text, published="2024-09-14")
    assert [e.type for e in events] == ["deployment", "visit"]
    visit = events[1]
    assert type(visit).__name__ == "Visit"
    assert visit.model_dump(mode="json")["host"]["country"] == "PRK"
    assert eventkit.parse_events(json.dumps([e.model_dump(mode="json") for e in events])) == events


def test_refresh_keeps_the_plugin() -> None:
    eventkit.refresh_plugins()
    assert "visit" in {i.name for i in eventkit.registered_extractors()}
