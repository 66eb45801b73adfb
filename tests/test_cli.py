"""The command line: inputs, output formats, errors, exit status, schema, evaluate."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import regex

import eventkit
from eventkit import Deployment, Document, Span, TimeExpr
from eventkit.cli import main

EXAMPLES = Path(__file__).parent.parent / "examples"
GOLD = Path(__file__).parent / "data" / "gold_sample.jsonl"
_SENT = regex.compile(r"\bsent\b")


def fake_deployments(doc: Document) -> list[Deployment]:
    """A deployment per "sent", dated with the document's reference date if any."""
    date = None
    if doc.reference is not None:
        date = TimeExpr(text="", start=0, end=0, value=doc.reference.isoformat())
    return [
        Deployment(trigger=Span(text=m[0], start=m.start(), end=m.end()), date=date)
        for m in _SENT.finditer(doc.text)
    ]


@pytest.fixture(autouse=True)
def fake() -> Iterator[None]:
    eventkit.register_extractor("test-fake", fake_deployments)
    yield
    eventkit.unregister_extractor("test-fake")


def run(
    capsys: pytest.CaptureFixture[str], *argv: str | Path, stdin: str | None = None
) -> tuple[int, str, str]:
    if stdin is not None:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(sys, "stdin", io.StringIO(stdin))
            status = main([str(a) for a in argv])
    else:
        status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def records(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def summary(record: dict[str, Any]) -> tuple[Any, ...]:
    events = [
        (e["type"], e["trigger"]["start"], (e["date"] or {}).get("value")) for e in record["events"]
    ]
    return record["id"], record["published"], events


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("Ruritania sent 300 troops to the border.", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "PORT VALE, March 3, 2025 (Example Wire) - The navy sent two frigates.", encoding="utf-8"
    )
    (tmp_path / "c.txt").write_text("Markets were calm.", encoding="utf-8")
    return tmp_path


def test_text_files_one_line_each(capsys: pytest.CaptureFixture[str], articles: Path) -> None:
    status, out, err = run(
        capsys, "extract", "--types", "test-fake", *sorted(articles.glob("*.txt"))
    )
    assert (status, err) == (0, "")
    assert [summary(r) for r in records(out)] == [
        ("a.txt", None, [("deployment", 10, None)]),
        ("b.txt", "2025-03-03", [("deployment", 51, "2025-03-03")]),  # the dateline's date
        ("c.txt", None, []),
    ]


def test_published_option_wins(capsys: pytest.CaptureFixture[str], articles: Path) -> None:
    status, out, _ = run(
        capsys, "extract", "--types=test-fake", "--published", "2024-10-24", articles / "b.txt"
    )
    assert status == 0
    assert [summary(r) for r in records(out)] == [
        ("b.txt", "2024-10-24", [("deployment", 51, "2024-10-24")])
    ]


def test_directory_is_read_in_name_order(
    capsys: pytest.CaptureFixture[str], articles: Path
) -> None:
    status, out, _ = run(capsys, "extract", "--types", "test-fake", articles)
    assert status == 0
    assert [r["id"] for r in records(out)] == ["a.txt", "b.txt", "c.txt"]


JSONL = "\n".join(
    [
        '{"id": "n1", "text": "They sent aid.", "published": "2024-10-24"}',
        '{"text": "Troops sent north."}',
        "",
        '{"id": 7, "text": "Quiet day.", "published": null}',
    ]
)


def test_jsonl_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(JSONL + "\n", encoding="utf-8")
    status, out, err = run(capsys, "extract", "--types", "test-fake", path)
    assert (status, err) == (0, "")
    assert [summary(r) for r in records(out)] == [
        ("n1", "2024-10-24", [("deployment", 5, "2024-10-24")]),
        ("news.jsonl:2", None, [("deployment", 7, None)]),
        (7, None, []),
    ]


def test_jsonl_from_stdin(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "extract", "--types", "test-fake", "-", stdin=JSONL)
    assert status == 0
    assert [r["id"] for r in records(out)] == ["n1", "-:2", 7]


def test_plain_text_from_stdin(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys,
        "extract",
        "--types",
        "test-fake",
        "--published",
        "2024-10-24",
        "-",
        stdin="\nRuritania sent troops.\nMore later.\n",
    )
    assert status == 0
    assert [summary(r) for r in records(out)] == [
        ("-", "2024-10-24", [("deployment", 11, "2024-10-24")])
    ]


def test_bad_inputs_are_reported_and_the_rest_goes_on(
    capsys: pytest.CaptureFixture[str], articles: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"id": "ok", "text": "They sent aid."}\n'
        "{not json\n"
        '{"id": "no-text"}\n'
        '["a", "list"]\n'
        '{"id": "d", "text": "x", "published": "someday"}\n'
        '{"id": "last", "text": "It sent ships."}\n',
        encoding="utf-8",
    )
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 sent.".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    status, out, err = run(
        capsys, "extract", "--types", "test-fake", bad, missing, latin, articles / "a.txt"
    )
    assert status == 1
    assert [r["id"] for r in records(out)] == ["ok", "last", "a.txt"]
    assert err.splitlines() == [
        f"eventkit: {bad}:2: bad JSON line: Expecting property name enclosed in double quotes"
        " (column 2)",
        f'eventkit: {bad}:3 (id no-text): bad JSON line: no "text" string',
        f"eventkit: {bad}:4: bad JSON line: expected an object, got list",
        f"eventkit: {bad}:5 (id d): published is not a date: 'someday'",
        f"eventkit: {missing}: cannot read: No such file or directory",
        f"eventkit: {latin}: not UTF-8 text (byte 0xe9 at 3)",
    ]


def test_a_failing_extractor_is_one_line_and_fails_the_run(
    capsys: pytest.CaptureFixture[str], articles: Path
) -> None:
    def broken(doc: Document) -> list[Deployment]:
        raise RuntimeError("out of coffee")

    eventkit.register_extractor("test-broken", broken)
    try:
        status, out, err = run(
            capsys, "extract", "--types", "test-fake,test-broken", articles / "a.txt"
        )
    finally:
        eventkit.unregister_extractor("test-broken")
    assert status == 1
    assert [summary(r) for r in records(out)] == [("a.txt", None, [("deployment", 10, None)])]
    assert err == (
        f"eventkit: {articles / 'a.txt'}: extractor 'test-broken' raised RuntimeError: "
        "out of coffee\n"
    )


def test_unknown_type_is_a_usage_error(capsys: pytest.CaptureFixture[str], articles: Path) -> None:
    status, out, err = run(capsys, "extract", "--types", "deployment,nope", articles / "a.txt")
    assert (status, out) == (2, "")
    assert err.startswith("eventkit: unknown event type(s): nope (registered: ")
    assert "test-fake" in err


def test_bad_published_option(capsys: pytest.CaptureFixture[str], articles: Path) -> None:
    status, out, err = run(capsys, "extract", "--published", "soonish", articles / "a.txt")
    assert (status, out) == (2, "")
    assert err == "eventkit: --published: published is not a date: 'soonish'\n"


def test_json_format_is_one_array(capsys: pytest.CaptureFixture[str], articles: Path) -> None:
    paths = sorted(articles.glob("*.txt"))
    _, lines, _ = run(capsys, "extract", "--types", "test-fake", *paths)
    status, out, _ = run(capsys, "extract", "--types", "test-fake", "--format", "json", *paths)
    assert status == 0
    assert json.loads(out) == records(lines)
    _, empty, _ = run(capsys, "extract", "--format", "json", "-", stdin="")
    assert json.loads(empty) == [{"id": "-", "published": None, "events": []}]


def test_table_format(capsys: pytest.CaptureFixture[str], articles: Path) -> None:
    status, out, _ = run(
        capsys,
        "extract",
        "--types",
        "test-fake",
        "--format",
        "table",
        articles / "b.txt",
        articles / "c.txt",
    )
    assert status == 0
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "TYPE", "TRIGGER", "DATE", "MODALITY", "DETAILS"]
    assert lines[1].split() == ["b.txt", "deployment", "sent", "2025-03-03", "asserted"]
    assert lines[2].split() == ["c.txt", "(no", "events)"]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, articles: Path
) -> None:
    paths = sorted(articles.glob("*.txt"))
    _, _, err = run(capsys, "extract", *paths)
    assert "\r" not in err
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["extract", *map(str, paths)]) == 0
    shown = terminal.getvalue()
    assert shown.startswith("\reventkit: [")
    assert "] 3/3 " in shown and shown.endswith("\n")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    main(["extract", "--no-progress", *map(str, paths)])
    assert terminal.getvalue() == ""


def test_jobs_give_the_same_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    lines = [{"id": i, "text": f"Unit {i} sent {i} trucks.", "published": None} for i in range(20)]
    lines[5]["published"] = "not a date"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    one = run(capsys, "extract", path)
    two = run(capsys, "extract", "-j", "3", path)
    assert one == two
    assert one[0] == 1 and len(records(one[1])) == 19


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "schema")
    schema = json.loads(out)
    assert status == 0 and schema["type"] == "array"
    mapping = schema["items"]["discriminator"]["mapping"]
    assert {"deployment", "warning", "treaty"} <= set(mapping)


def test_types_lists_the_plugin(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "types")
    names = [line.split()[0] for line in out.splitlines()]
    assert status == 0 and {"deployment", "warning", "treaty", "test-fake"} <= set(names)


def test_evaluate_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "evaluate", GOLD)
    assert status == 0
    assert out.splitlines()[0].split() == ["type", "gold", "pred", "match", "dup", "P", "R", "F1"]
    micro = next(line for line in out.splitlines() if line.startswith("micro"))
    assert micro.split()[1] == "5"  # five gold events, whatever the extractors find
    status, out, _ = run(capsys, "evaluate", "--json", "--types", "treaty", GOLD)
    figures = json.loads(out)
    assert figures["micro"]["gold"] == 1 and figures["run"]["docs"] == 2


def test_evaluate_bad_gold(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"text": "abc", "events": [{"type": "x", "evidence": ["zz"]}]}\n')
    status, out, err = run(capsys, "evaluate", path)
    assert (status, out) == (2, "")
    assert err == f"eventkit: {path}:1: evidence not in text: 'zz'\n"
    status, _, err = run(capsys, "evaluate", tmp_path / "none.jsonl")
    assert status == 2 and err.endswith("cannot read: No such file or directory\n")


def test_python_dash_m() -> None:
    text = (EXAMPLES / "article.txt").read_text(encoding="utf-8")
    eventkit.unregister_extractor("test-fake")  # the subprocess does not have it
    try:
        expected = eventkit.extract(text, published="2024-10-24")
    finally:
        eventkit.register_extractor("test-fake", fake_deployments)
    result = subprocess.run(
        [sys.executable, "-m", "eventkit", "extract", "-", "--published", "2024-10-24"],
        input=text,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    (record,) = records(result.stdout)
    assert (record["id"], record["published"]) == ("-", "2024-10-24")
    assert eventkit.parse_events(record["events"]) == expected


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["extract"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("eventkit ")


@pytest.fixture
def visit_plugin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The example plugin (examples/plugin-visit): installed with the test extra, else
    imported from its source tree and registered for the test."""
    names = {info.name for info in eventkit.registered_extractors()}
    if "visit" in names:
        yield
        return
    monkeypatch.syspath_prepend(str(EXAMPLES / "plugin-visit" / "src"))
    from eventkit_visit import extract_visits  # type: ignore[import-not-found, unused-ignore]

    eventkit.register_extractor("visit", extract_visits)
    yield
    eventkit.unregister_extractor("visit")


@pytest.mark.usefixtures("visit_plugin")
def test_types_selects_a_plugin_type(capsys: pytest.CaptureFixture[str]) -> None:
    line = json.dumps(
        {
            "id": "v1",
            "text": "Foreign Minister Ana Berg visited Tallinn on Tuesday. Ruritania sent troops.",
            "published": "2024-10-24",
        }
    )
    status, out, err = run(capsys, "extract", "--types", "visit", "-", stdin=line)
    assert (status, err) == (0, "")
    (record,) = records(out)
    assert [e["type"] for e in record["events"]] == ["visit"]
    _, out, _ = run(capsys, "extract", "--types", "visit,test-fake", "-", stdin=line)
    assert [e["type"] for e in records(out)[0]["events"]] == ["visit", "deployment"]
