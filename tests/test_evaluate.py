"""evaluate / score: matching by trigger in evidence, duplicates, slots, the gold file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import regex

import eventkit
from eventkit import Deployment, Document, Event, Span, Treaty, WarningEvent
from eventkit.evaluate import GoldDocument, GoldFormatError, evaluate, load_gold, score

GOLD = Path(__file__).parent / "data" / "gold_sample.jsonl"


def _pred(kind: str, trigger: str, start: int, **slots: Any) -> dict[str, Any]:
    return {
        "type": kind,
        "trigger": {"text": trigger, "start": start, "end": start + len(trigger)},
        "modality": "asserted",
        **slots,
    }


# Hand-made predictions for the two gold documents (offsets checked by hand).
PREDICTIONS: list[list[Any]] = [
    [
        _pred(
            "deployment",
            "sent",
            10,
            date={"value": "2024-10-21"},
            force={"name": "Ruritanian troops", "country": "RUR"},
            count={"value": 300},
            destination={"name": "eastmark", "country": None},
        ),
        _pred("deployment", "troops", 19, count={"value": 200}),  # the same gold: a duplicate
        _pred("warning", "warned", 58, speaker={"name": "Eastmark"}, target={"country": "XXX"}),
        _pred(
            "treaty",
            "signed",
            106,
            parties=[{"country": "RUR"}, {"name": "The Eastmark"}],
            status="ratified",
        ),
        _pred("treaty", "sent", 10),  # no treaty evidence holds it: a false positive
    ],
    [_pred("deployment", "moved", 45, destination={"name": "the Gray Sea"})],
]


def test_load_gold_finds_the_evidence() -> None:
    docs = load_gold(GOLD)
    assert [d.id for d in docs] == ["g1", "g2"]
    assert docs[0].published == "2024-10-24"
    assert docs[1].spans == [[(31, 66)], [(78, 101)]]
    assert docs[1].text[78:101] == "more ships could follow"


def test_counts_and_figures() -> None:
    report = score(load_gold(GOLD), PREDICTIONS)
    dep, war, tre = report.types["deployment"], report.types["warning"], report.types["treaty"]
    assert (dep.gold, dep.pred, dep.match, dep.dup, dep.fp, dep.found) == (3, 3, 2, 1, 0, 2)
    assert (dep.precision, dep.recall) == (1.0, 2 / 3)
    assert (war.gold, war.pred, war.match, war.found) == (1, 1, 1, 1)
    assert (tre.gold, tre.pred, tre.match, tre.fp, tre.found) == (1, 2, 1, 1, 1)
    assert (tre.precision, tre.recall) == (0.5, 1.0)
    assert tre.f1 == pytest.approx(2 / 3)
    micro = report.micro
    assert (micro.gold, micro.pred, micro.match, micro.dup, micro.fp) == (5, 6, 4, 1, 1)
    assert (micro.precision, micro.recall) == (0.8, 0.8)
    assert micro.f1 == pytest.approx(0.8)


def test_slots_take_the_best_matching_prediction() -> None:
    slots = score(load_gold(GOLD), PREDICTIONS).slots
    right = {key: (s.scored, s.correct) for key, s in slots.items()}
    assert right == {
        "deployment.date": (1, 1),
        "deployment.force": (1, 1),  # by country, as the gold gives one
        "deployment.count": (1, 1),  # the duplicate's 200 does not spoil the 300
        "deployment.destination": (2, 2),  # by name: case and "the" ignored
        "deployment.modality": (2, 2),  # the hypothetical event was missed: not scored
        "warning.speaker": (1, 1),
        "warning.target": (1, 0),
        "warning.modality": (1, 1),
        "treaty.parties": (1, 1),
        "treaty.status": (1, 0),
        "treaty.modality": (1, 1),
    }
    assert score(load_gold(GOLD), PREDICTIONS).slot_accuracy == 11 / 13


def test_problems_are_listed_when_asked() -> None:
    docs = load_gold(GOLD)
    assert score(docs, PREDICTIONS).problems == []
    problems = score(docs, PREDICTIONS, errors=True).problems
    assert "[g2] FN deployment: 'more ships could follow'" in problems
    assert '[g1] slot treaty.status: gold "signed" got ["ratified"]' in problems
    assert any(p.startswith("[g1] FP treaty: trigger 'sent' at 10:") for p in problems)
    assert len(problems) == 4  # one FP, one FN, two wrong slots


def test_types_limit_gold_and_predictions() -> None:
    report = score(load_gold(GOLD), PREDICTIONS, types=["treaty"])
    assert list(report.types) == ["treaty"]
    assert (report.micro.gold, report.micro.pred) == (1, 2)
    assert set(report.slots) == {"treaty.parties", "treaty.status", "treaty.modality"}


def test_a_failed_extraction_is_a_problem_and_counts_nothing() -> None:
    report = score(load_gold(GOLD), [PREDICTIONS[0], RuntimeError("boom")])
    assert report.failures == 1
    assert report.problems == ["[g2] extract() raised RuntimeError: boom"]
    assert report.types["deployment"].found == 1


def _one(gold_event: dict[str, Any], pred: dict[str, Any]) -> tuple[int, int, int]:
    text = "Officials said Ruritania sent 2,000 to 3,000 troops last week."
    doc = GoldDocument(
        "s", text, None, [{"type": "deployment", "evidence": [text], **gold_event}], [[(0, 62)]]
    )
    slot = next(iter(gold_event))
    s = score([doc], [[_pred("deployment", "sent", 25, **pred)]]).slots[f"deployment.{slot}"]
    return s.scored, s.correct, s.lenient


@pytest.mark.parametrize(
    ("gold_event", "pred", "expected"),
    [
        (
            {"date": {"value": "2024-10", "begin": "2024-10-01", "finish": "2024-10-20"}},
            {"date": {"value": "2024-10-14", "begin": "2024-10-14", "finish": "2024-10-14"}},
            (1, 0, 1),
        ),
        (
            {"date": {"value": "2024-10", "begin": "2024-10-01", "finish": "2024-10-20"}},
            {"date": {"value": "2024-09", "begin": "2024-09-01", "finish": "2024-09-30"}},
            (1, 0, 0),
        ),
        (
            {"count": {"value": None, "low": 2000, "high": 3000}},
            {"count": {"value": None, "low": 2000, "high": 3000}},
            (1, 1, 1),
        ),
        (
            {"count": {"value": None, "low": 2000, "high": 3000}},
            {"count": {"value": 2000, "low": 2000, "high": None}},
            (1, 0, 0),
        ),
        ({"force": {"name": "Ana Berg"}}, {"force": {"name": "Berg"}}, (1, 1, 1)),
        ({"force": {"name": "Berg"}}, {"force": {"name": "Ana Berg"}}, (1, 0, 0)),
        (
            {"force": {"name": "Ruritania", "country": "RUR"}},
            {"force": {"name": "Ruritania"}},
            (1, 0, 0),
        ),
        ({"force": {"name": "Ruritania"}}, {}, (1, 0, 0)),
        ({"modality": "hypothetical"}, {}, (1, 0, 0)),
    ],
)
def test_slot_rules(
    gold_event: dict[str, Any], pred: dict[str, Any], expected: tuple[int, int, int]
) -> None:
    assert _one(gold_event, pred) == expected


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not JSON"),
        ('["a list"]', "must be a JSON object"),
        ('{"text": "Troops moved."}', "'events' list"),
        ('{"text": "Troops moved.", "events": [{"type": "deployment"}]}', "'evidence'"),
        (
            '{"text": "Troops moved.", "events": [{"type": "deployment", "evidence": ["left"]}]}',
            "evidence not in text: 'left'",
        ),
    ],
)
def test_bad_gold_lines_name_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"text": "", "events": []}\n\n' + line + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=regex.escape(message)) as info:
        load_gold(path)
    assert str(info.value).startswith(f"{path}:3: ")


# -- end to end, with a fake extractor standing in for the built-in ones -------------------

_TRIGGERS = {"sent": Deployment, "moved": Deployment, "warned": WarningEvent, "signed": Treaty}
_WORDS = regex.compile(r"\b(?:sent|moved|warned|signed)\b")


def fake_extractor(doc: Document) -> list[Event]:
    return [
        _TRIGGERS[m[0]](trigger=Span(text=m[0], start=m.start(), end=m.end()))
        for m in _WORDS.finditer(doc.text)
    ]


@pytest.fixture
def only_fake() -> Iterator[None]:
    """The fake as the only extractor; the registry is restored afterwards."""
    saved = [
        i for i in eventkit.registered_extractors() if i.origin not in ("built-in", "entry point")
    ]
    for info in eventkit.registered_extractors():
        eventkit.unregister_extractor(info.name)
    eventkit.register_extractor("test-fake", fake_extractor)
    yield
    eventkit.unregister_extractor("test-fake")
    eventkit.refresh_plugins()
    for info in saved:
        eventkit.register_extractor(info.name, info.function, replace=True)


@pytest.mark.parametrize("processes", [None, 2])
@pytest.mark.usefixtures("only_fake")
def test_evaluate_runs_extract_over_the_gold(processes: int | None) -> None:
    report = evaluate(GOLD, processes=processes)
    micro = report.micro
    assert (micro.gold, micro.pred, micro.match, micro.found) == (5, 4, 4, 4)
    assert (micro.precision, micro.recall) == (1.0, 0.8)
    assert report.slot_accuracy == 4 / 13  # only modality ("asserted") is ever right
    assert (report.docs, report.chars, report.failures) == (2, 130 + 101, 0)


@pytest.mark.usefixtures("only_fake")
def test_evaluate_takes_parsed_lines() -> None:
    lines = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert evaluate(lines).to_dict()["micro"] == evaluate(GOLD).to_dict()["micro"]


@pytest.mark.usefixtures("only_fake")
def test_report_formats() -> None:
    report = evaluate(GOLD, errors=True)
    figures = report.to_dict()
    assert figures["micro"]["recall"] == 0.8
    assert figures["slots"]["treaty.status"] == {
        "scored": 1,
        "correct": 0,
        "accuracy": 0.0,
        "lenient": 0.0,
    }
    table = report.format()
    assert "micro            5     4      4    0  1.000  0.800  0.889" in table
    assert "[g2] FN deployment: 'more ships could follow'" in table
    assert table.splitlines()[-1].startswith("slot accuracy 0.308; 2 docs, 231 chars in ")
