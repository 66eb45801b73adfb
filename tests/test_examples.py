"""Every example runs: the scripts in examples/, the plugin's README, the docs' code."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import regex

import eventkit

ROOT = Path(__file__).parent.parent
EXAMPLES = ROOT / "examples"
CORPUS = EXAMPLES / "corpus"

# How each script in examples/ is run; a new script must be added here.
SCRIPTS: dict[str, list[str]] = {
    "tour.py": [],
    "dask_corpus.py": [str(CORPUS), "--scheduler", "processes"],
}


def test_every_script_is_run_here() -> None:
    assert sorted(p.name for p in EXAMPLES.glob("*.py")) == sorted(SCRIPTS)


def _run_script(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


def test_tour_runs() -> None:
    result = _run_script("tour.py")
    assert result.returncode == 0, result.stderr
    headings = [line for line in result.stdout.splitlines() if line.startswith("== ")]
    assert [h.split(".")[0] for h in headings] == [f"== {n}" for n in range(1, 8)]


def _corpus_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}


def _expected_records() -> list[dict[str, Any]]:
    expected = []
    for name, text in _corpus_texts().items():
        events = eventkit.extract(text)
        reference = eventkit.Document(text).reference
        expected.append(
            {
                "id": name,
                "published": reference.isoformat() if reference else None,
                "events": [e.model_dump(mode="json") for e in events],
            }
        )
    return expected


def test_corpus_articles_are_dated_by_their_datelines() -> None:
    dates = {n: eventkit.Document(t).reference for n, t in _corpus_texts().items()}
    assert len(dates) == 6
    assert str(dates["01-baltic-exercise.txt"]) == "2024-11-04"
    assert str(dates["06-treaty-exit.txt"]) == "2025-01-15"


def test_dask_script_writes_the_cli_records(tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    result = _run_script("dask_corpus.py", *SCRIPTS["dask_corpus.py"], "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("dask_corpus: 6 articles, ")
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert got == _expected_records()
    cli = subprocess.run(
        [sys.executable, "-m", "eventkit", "extract", *sorted(map(str, CORPUS.glob("*.txt")))],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.read_text(encoding="utf-8") == cli.stdout


def _load_dask_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dask_corpus", EXAMPLES / "dask_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("scheduler", ["synchronous", "threads"])
def test_dask_bag_in_process(scheduler: str) -> None:
    import dask

    example = _load_dask_example()
    bag = example.run(example.read_corpus(str(CORPUS), npartitions=3))
    with dask.config.set(scheduler=scheduler):
        assert bag.compute() == _expected_records()


def test_dask_reads_json_lines(tmp_path: Path) -> None:
    import dask

    lines: list[dict[str, str | None]] = [
        {"id": "x1", "text": "Ruritania said on Monday it sent troops.", "published": "2024-10-24"},
        {"id": "x2", "text": "Markets were calm.", "published": None},
    ]
    path = tmp_path / "part-0.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    example = _load_dask_example()
    bag = example.run(example.read_corpus(str(tmp_path / "*.jsonl")), ["deployment"])
    with dask.config.set(scheduler="synchronous"):
        got = bag.compute()
    assert [(r["id"], r["published"]) for r in got] == [("x1", "2024-10-24"), ("x2", None)]
    assert got[0]["events"] == [
        e.model_dump(mode="json")
        for e in eventkit.extract(
            "Ruritania said on Monday it sent troops.", published="2024-10-24", types=["deployment"]
        )
    ]


# -- code in the docs ---------------------------------------------------------------------

# The pages whose code blocks this suite runs (docs/plugins.md and docs/performance.md
# are tested by their own authors' suites).
DOC_PAGES = [
    "index.md",
    "quickstart.md",
    "concepts/document.md",
    "concepts/events.md",
    "concepts/dates.md",
    "concepts/counts.md",
    "concepts/actors.md",
    "cli.md",
    "scaling.md",
    "evaluation.md",
]
_PYTHON_BLOCK = regex.compile(r"^```python\n(.*?)^```", regex.MULTILINE | regex.DOTALL)


def _blocks(page: str) -> list[str]:
    return _PYTHON_BLOCK.findall((ROOT / "docs" / page).read_text(encoding="utf-8"))


def test_docs_pages_have_code() -> None:
    assert sum(len(_blocks(page)) for page in DOC_PAGES) >= 10


@pytest.mark.parametrize("page", DOC_PAGES)
def test_docs_code_runs(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Python blocks of a page run in order, in one namespace, from the repo root."""
    monkeypatch.chdir(ROOT)
    namespace: dict[str, Any] = {"__name__": "__docs__"}
    for block in _blocks(page):
        if "# not run" in block:  # cluster set-ups need a cluster
            continue
        exec(compile(block, f"docs/{page}", "exec"), namespace)
