"""Measure eventkit on annotated news: precision, recall, F1 and slot accuracy.

The gold file has one JSON object a line, ``{"id", "published", "text", "events"}``,
each gold event with its ``type``, ``modality``, ``evidence`` (exact substrings of the
text) and the slots to score (``date``, ``count``, ``force``, ``origin``,
``destination``, ``speaker``, ``target``, ``parties``, ``status``). The rules:

- A predicted event matches a gold event of its type whose evidence holds the start of
  its trigger; each prediction matches at most one gold event (the first free one). A
  further prediction of an already matched gold event is a *duplicate*: reported, and
  neither right nor wrong. Precision = matches / (matches + false positives), recall
  = matched gold events / gold events.
- Slots absent or null in the gold are not scored. On a matched gold event a slot is
  right when any prediction that matched it has it right: ``date`` by TIMEX3 value
  (*lenient*: or overlapping begin-finish bounds); ``count`` by value, or by low and
  high when the gold value is null; actors and places by ``country`` when the gold
  gives one, else by name (case-insensitive, "the" ignored, a person by surname);
  ``parties`` as a set; ``modality`` and ``status`` exactly.

>>> report = evaluate([])
>>> report.micro.f1, report.slot_accuracy
(0.0, 0.0)
"""

from __future__ import annotations

import json
import os
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventkit.batch import DEFAULT_CHUNKSIZE, map_outcomes
from eventkit.model import Event

__all__ = [
    "SLOTS",
    "Counts",
    "GoldDocument",
    "GoldFormatError",
    "Report",
    "SlotScore",
    "evaluate",
    "load_gold",
    "score",
]

#: The slots scored on a matched gold event, in report order.
SLOTS = (
    "date",
    "count",
    "force",
    "origin",
    "destination",
    "speaker",
    "target",
    "parties",
    "modality",
    "status",
)


class GoldFormatError(ValueError):
    """A gold file line that is not valid JSON, lacks a field, or cites absent evidence."""


@dataclass(frozen=True)
class GoldDocument:
    """One annotated article; ``spans[i]`` are the offsets of ``events[i]``'s evidence."""

    id: str
    text: str
    published: str | None
    events: list[dict[str, Any]]
    spans: list[list[tuple[int, int]]]


@dataclass
class Counts:
    """Event counts for one type (or all, ``micro``) and the figures they give."""

    gold: int = 0
    pred: int = 0
    match: int = 0
    dup: int = 0
    fp: int = 0
    found: int = 0

    @property
    def precision(self) -> float:
        """Matches over judged predictions (duplicates are not judged)."""
        judged = self.match + self.fp
        return self.match / judged if judged else 0.0

    @property
    def recall(self) -> float:
        """Matched gold events over gold events."""
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        """Add ``other``'s counts to these."""
        for name in ("gold", "pred", "match", "dup", "fp", "found"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class SlotScore:
    """How often one slot (``"deployment.count"``) was right on matched gold events."""

    scored: int = 0
    correct: int = 0
    lenient: int = 0

    @property
    def accuracy(self) -> float:
        """Correct over scored."""
        return self.correct / self.scored if self.scored else 0.0

    @property
    def lenient_accuracy(self) -> float:
        """Correct, counting overlapping dates, over scored."""
        return self.lenient / self.scored if self.scored else 0.0


@dataclass
class Report:
    """The result of :func:`evaluate`: counts per type, slot scores, problems, run figures."""

    types: dict[str, Counts] = field(default_factory=dict)
    slots: dict[str, SlotScore] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    docs: int = 0
    chars: int = 0
    seconds: float = 0.0
    failures: int = 0

    @property
    def micro(self) -> Counts:
        """The counts summed over every type."""
        total = Counts()
        for counts in self.types.values():
            total.add(counts)
        return total

    @property
    def slot_accuracy(self) -> float:
        """Correct slots over scored slots, every type and slot together."""
        scored = sum(s.scored for s in self.slots.values())
        return sum(s.correct for s in self.slots.values()) / scored if scored else 0.0

    def to_dict(self) -> dict[str, Any]:
        """The figures as JSON-ready data (the shape of ``score.py --json``)."""

        def figures(c: Counts) -> dict[str, Any]:
            counts = {k: v for k, v in vars(c).items() if v or k in ("gold", "pred")}
            return {**counts, "precision": c.precision, "recall": c.recall, "f1": c.f1}

        return {
            "run": {
                "docs": self.docs,
                "chars": self.chars,
                "seconds": self.seconds,
                "failures": self.failures,
            },
            "types": {t: figures(c) for t, c in sorted(self.types.items())},
            "micro": figures(self.micro),
            "slots": {
                k: {
                    "scored": s.scored,
                    "correct": s.correct,
                    "accuracy": s.accuracy,
                    "lenient": s.lenient_accuracy,
                }
                for k, s in sorted(self.slots.items())
            },
            "slot_accuracy": self.slot_accuracy,
        }

    def format(self, *, problems: bool = True) -> str:
        """The report as a table for a terminal, after the problems when asked."""
        lines = [*self.problems, ""] if problems and self.problems else []
        lines.append(f"{'type':<12}{'gold':>6}{'pred':>6}{'match':>7}{'dup':>5}")
        lines[-1] += f"{'P':>7}{'R':>7}{'F1':>7}"
        for name, c in [*sorted(self.types.items()), ("micro", self.micro)]:
            lines.append(
                f"{name:<12}{c.gold:>6}{c.pred:>6}{c.match:>7}{c.dup:>5}"
                f"{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}"
            )
        lines += ["", f"{'slot':<24}{'scored':>7}{'right':>7}{'acc':>7}{'lenient':>9}"]
        for key, s in sorted(self.slots.items()):
            lines.append(
                f"{key:<24}{s.scored:>7}{s.correct:>7}{s.accuracy:>7.3f}{s.lenient_accuracy:>9.3f}"
            )
        lines += [
            "",
            f"slot accuracy {self.slot_accuracy:.3f}; {self.docs} docs, {self.chars} chars "
            f"in {self.seconds:.3f} s; extract() failures: {self.failures}",
        ]
        return "\n".join(lines)


# -- the gold file ------------------------------------------------------------------------


def load_gold(path: str | os.PathLike[str]) -> list[GoldDocument]:
    """The annotated documents of a gold JSONL file.

    Raises :class:`GoldFormatError` naming the file and line of a bad line or of an
    evidence string that is not in its text.
    """
    return list(_gold_lines(Path(path)))


def _gold_lines(path: Path) -> Iterator[GoldDocument]:
    with path.open(encoding="utf-8-sig") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldFormatError(f"{path}:{number}: not JSON: {exc}") from None
            yield _gold_document(data, f"{path}:{number}")


def _gold_document(data: Any, where: str) -> GoldDocument:
    if not isinstance(data, Mapping):
        raise GoldFormatError(f"{where}: a gold line must be a JSON object")
    text, events = data.get("text"), data.get("events")
    if not isinstance(text, str) or not isinstance(events, list):
        raise GoldFormatError(f"{where}: a gold line needs a 'text' string and an 'events' list")
    spans = []
    for event in events:
        if not isinstance(event, Mapping) or not isinstance(event.get("type"), str):
            raise GoldFormatError(f"{where}: every gold event needs a 'type'")
        evidence = event.get("evidence")
        if not isinstance(evidence, list) or not all(isinstance(s, str) for s in evidence):
            raise GoldFormatError(f"{where}: a gold event needs an 'evidence' list of strings")
        offsets = []
        for piece in evidence:
            start = text.find(piece)
            if start < 0:
                raise GoldFormatError(f"{where}: evidence not in text: {piece[:60]!r}")
            offsets.append((start, start + len(piece)))
        spans.append(offsets)
    published = data.get("published")
    return GoldDocument(
        id=str(data.get("id", where)),
        text=text,
        published=published if isinstance(published, str) else None,
        events=[dict(e) for e in events],
        spans=spans,
    )


# -- scoring ------------------------------------------------------------------------------


def evaluate(
    gold: str | os.PathLike[str] | Iterable[GoldDocument | Mapping[str, Any]],
    *,
    types: Sequence[str] | None = None,
    errors: bool = False,
    processes: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Report:
    """Run :func:`eventkit.extract` over a gold file (or its parsed lines) and score it.

    ``types`` scores only those event types; ``errors=True`` lists every false
    positive, miss and wrong slot in ``report.problems`` (an extraction that raised is
    always listed). ``processes`` > 1 extracts in worker processes.
    """
    if isinstance(gold, (str, os.PathLike)):
        docs = load_gold(gold)
    else:
        docs = [
            d if isinstance(d, GoldDocument) else _gold_document(d, f"document {n}")
            for n, d in enumerate(gold, 1)
        ]
    started = time.perf_counter()
    jobs = ((d.text, d.published) for d in docs)
    outcomes = list(map_outcomes(_extract, jobs, processes=processes, chunksize=chunksize))
    seconds = time.perf_counter() - started
    predictions: list[list[Any] | BaseException] = [v for _, v in outcomes]
    report = score(docs, predictions, types=types, errors=errors)
    report.seconds = seconds
    return report


def _extract(job: tuple[str, str | None]) -> list[Event]:
    from eventkit.api import extract

    return extract(job[0], published=job[1])


def score(
    docs: Sequence[GoldDocument],
    predictions: Sequence[Sequence[Event | Mapping[str, Any]] | BaseException],
    *,
    types: Sequence[str] | None = None,
    errors: bool = False,
) -> Report:
    """Score predicted events (or event dicts) against gold documents, one list per
    document; an exception in place of a list is an extraction that failed."""
    if len(docs) != len(predictions):
        raise ValueError(f"{len(docs)} gold documents but {len(predictions)} predictions")
    report = Report(docs=len(docs), chars=sum(len(d.text) for d in docs))
    counts: defaultdict[str, Counts] = defaultdict(Counts)
    slots: defaultdict[str, SlotScore] = defaultdict(SlotScore)
    wanted = set(types) if types else None
    for doc, predicted in zip(docs, predictions, strict=True):
        if isinstance(predicted, BaseException):
            report.failures += 1
            report.problems.append(
                f"[{doc.id}] extract() raised {type(predicted).__name__}: {predicted}"
            )
            predicted = []
        preds = [_as_dict(p) for p in predicted]
        gold = [(g, s) for g, s in zip(doc.events, doc.spans, strict=True) if _kept(g, wanted)]
        preds = [p for p in preds if _kept(p, wanted)]
        matched: dict[int, list[dict[str, Any]]] = {}
        for pred in preds:
            kind = pred.get("type")
            counts[str(kind)].pred += 1
            start = (pred.get("trigger") or {}).get("start")
            candidates = [
                i
                for i, (g, spans) in enumerate(gold)
                if g["type"] == kind and start is not None and any(s <= start < e for s, e in spans)
            ]
            free = [i for i in candidates if i not in matched]
            if free:
                matched[free[0]] = [pred]
                counts[str(kind)].match += 1
            elif candidates:
                matched[candidates[0]].append(pred)
                counts[str(kind)].dup += 1
            else:
                counts[str(kind)].fp += 1
                if errors:
                    report.problems.append(_false_positive(doc, pred))
        for i, (g, _spans) in enumerate(gold):
            counts[g["type"]].gold += 1
            if i not in matched:
                if errors:
                    evidence = g["evidence"][0][:110] if g["evidence"] else ""
                    report.problems.append(f"[{doc.id}] FN {g['type']}: {evidence!r}")
                continue
            counts[g["type"]].found += 1
            for slot in SLOTS:
                if g.get(slot) is None:
                    continue
                key = f"{g['type']}.{slot}"
                ok = any(_slot_ok(slot, g, p) for p in matched[i])
                lenient = ok or any(_slot_ok(slot, g, p, lenient=True) for p in matched[i])
                slots[key].scored += 1
                slots[key].correct += ok
                slots[key].lenient += lenient
                if errors and not ok:
                    got = json.dumps([p.get(slot) for p in matched[i]], ensure_ascii=False)
                    report.problems.append(
                        f"[{doc.id}] slot {key}: gold "
                        f"{json.dumps(g[slot], ensure_ascii=False)} got {got[:300]}"
                    )
    report.types = dict(counts)
    report.slots = dict(slots)
    return report


def _kept(event: Mapping[str, Any], wanted: set[str] | None) -> bool:
    return wanted is None or event.get("type") in wanted


def _as_dict(event: Event | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(event, Event):
        return event.model_dump(mode="json")
    return dict(event)


def _false_positive(doc: GoldDocument, pred: Mapping[str, Any]) -> str:
    trigger = pred.get("trigger") or {}
    start = trigger.get("start")
    at = start or 0
    context = doc.text[max(0, at - 60) : at + 60]
    return (
        f"[{doc.id}] FP {pred.get('type')}: trigger {trigger.get('text')!r} at {start}: {context!r}"
    )


def _norm(value: Any) -> str:
    # As the reference scorer: lower case, every "the " dropped, spaces collapsed.
    return " ".join(str(value or "").lower().replace("the ", " ").split())


def _actor_ok(gold: Mapping[str, Any], pred: Any) -> bool:
    if not isinstance(pred, Mapping):
        return False
    if gold.get("country"):
        return bool(pred.get("country") == gold["country"])
    g, p = _norm(gold.get("name")), _norm(pred.get("name"))
    if not g or not p:
        return False
    return g == p or (len(g.split()) > 1 and g.split()[-1] == p.split()[-1])


def _party_key(actor: Any) -> Any:
    if not isinstance(actor, Mapping):
        return None
    return actor.get("country") or _norm(actor.get("name"))


def _date_ok(gold: Mapping[str, Any], pred: Any, lenient: bool) -> bool:
    if not isinstance(pred, Mapping):
        return False
    if pred.get("value") == gold.get("value"):
        return True
    if lenient and gold.get("begin") and pred.get("begin"):
        pred_finish = pred.get("finish") or pred["begin"]
        gold_finish = gold.get("finish") or gold["begin"]
        return bool(pred["begin"] <= gold_finish and gold["begin"] <= pred_finish)
    return False


def _count_ok(gold: Mapping[str, Any], pred: Any) -> bool:
    if not isinstance(pred, Mapping):
        return False
    if gold.get("value") is not None:
        return bool(pred.get("value") == gold["value"])
    return pred.get("low") == gold.get("low") and pred.get("high") == gold.get("high")


def _slot_ok(
    slot: str, gold_event: Mapping[str, Any], pred: Mapping[str, Any], lenient: bool = False
) -> bool:
    g, p = gold_event[slot], pred.get(slot)
    if slot == "date":
        return _date_ok(g, p, lenient)
    if slot == "count":
        return _count_ok(g, p)
    if slot == "parties":
        return isinstance(p, list) and {_party_key(a) for a in g} == {_party_key(a) for a in p}
    if slot in ("modality", "status"):
        return bool(p == g)
    return _actor_ok(g, p)
