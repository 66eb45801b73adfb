"""The plugin hook end to end, with the example plugin installed (examples/plugin-visit).

The test environment installs it: ``pip install -e ".[test]" -e ./examples/plugin-visit``.
Where what happens at start-up matters, the test runs a fresh interpreter.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

import regex

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


# -- docs/plugins.md: the walkthrough runs as written -------------------------------------

DOCS = Path(__file__).parent.parent / "docs" / "plugins.md"
_BLOCK = regex.compile(r"^```(\w+)\n(.*?)^```", regex.MULTILINE | regex.DOTALL)

# Run before a walkthrough step: eventkit sees only its own entry points (as on a machine
# with no plugin yet), plus the ones listed in EXTRA.
_ONLY_OWN_PLUGINS = """\
import sys
from importlib import metadata

_real = metadata.entry_points
EXTRA = {extra!r}


def _entry_points(**selection):
    found = _real(**selection)
    if selection.get("group") != "eventkit.extractors":
        return found
    own = [ep for ep in found if ep.dist is not None and ep.dist.name == "eventkit"]
    return own + [metadata.EntryPoint(n, v, "eventkit.extractors") for n, v in EXTRA]


metadata.entry_points = _entry_points
"""


def _doc_blocks() -> dict[str, list[str]]:
    blocks: dict[str, list[str]] = {}
    for language, body in _BLOCK.findall(DOCS.read_text(encoding="utf-8")):
        blocks.setdefault(language, []).append(body)
    return blocks


def _run(code: str, cwd: Path, *, extra: Sequence[tuple[str, str]] = ()) -> list[str]:
    """Run ``code`` as a script in a new interpreter set up by _ONLY_OWN_PLUGINS."""
    (cwd / "step.py").write_text(code, encoding="utf-8")
    prelude = _ONLY_OWN_PLUGINS.format(extra=list(extra))
    run = 'import runpy\nrunpy.run_path("step.py", run_name="__main__")\n'
    done = subprocess.run(
        [sys.executable, "-c", prelude + run], capture_output=True, text=True, cwd=cwd
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def _comments(block: str) -> list[str]:
    return [line[2:] for line in block.splitlines() if line.startswith("# ")]


def test_the_walkthrough_script_prints_what_the_docs_say(tmp_path: Path) -> None:
    python = _doc_blocks()["python"]
    assert python[0].startswith("# protest.py")
    script = "\n".join(python[:3])  # the class, the extractor, trying it
    assert _run(script, tmp_path) == _comments(python[2])


def test_the_walkthrough_package_works_through_its_entry_point(tmp_path: Path) -> None:
    blocks = _doc_blocks()
    python = blocks["python"]
    toml = blocks["toml"][0]
    assert 'protest = "eventkit_protest:extract_protests"' in toml
    package = tmp_path / "eventkit-protest" / "src" / "eventkit_protest"
    package.mkdir(parents=True)
    code = "\n".join(python[:2]).replace('@eventkit.extractor("protest")\n', "")
    (package / "__init__.py").write_text(code, encoding="utf-8")
    assert python[4].startswith("# src/eventkit_protest/corpus.py")
    (package / "corpus.py").write_text(python[4], encoding="utf-8")
    tests = tmp_path / "eventkit-protest" / "tests"
    tests.mkdir()
    (tests / "test_protest.py").write_text(python[5], encoding="utf-8")
    # "installed": the package on sys.path and its entry point declared
    use = f"import sys\nsys.path.insert(0, {str(package.parent)!r})\n" + python[3]
    out = _run(use, tmp_path, extra=[("protest", "eventkit_protest:extract_protests")])
    assert out[0] == "Protest"
    assert out[1].startswith("[Protest(type='protest', trigger=Span(text='protested'")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tests)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(package.parent), *sys.path])},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 passed" in done.stdout
