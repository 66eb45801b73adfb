"""The times layer: temporal expressions with TIMEX3 values.

:func:`find_times` detects expressions with the grammar of ``rules.py`` and anchors
them with ``resolve.py`` on the document's reference date (its publication date,
else the dateline's) and on each clause's tense. :func:`nearest_date` picks, for an
event extractor, the date expression that goes with a trigger.

>>> from eventkit.document import Document
>>> doc = Document("Troops left on Wednesday.", published="2024-10-24")
>>> [(t.text, t.value) for t in doc.times]
[('Wednesday', '2024-10-23')]
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from eventkit.model import TimeExpr
from eventkit.times.resolve import Context, Pending, Resolved, resolve, tense_at
from eventkit.times.rules import find
from eventkit.trusted import trusted_builder

if TYPE_CHECKING:
    from eventkit.document import Document

__all__ = ["find_times", "nearest_date", "times_in_text"]

_QUARTER_REACH = 1200
_VALUE_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_VALUE_MONTH = re.compile(r"(\d{4})-(\d\d)$")
_VALUE_QUARTER = re.compile(r"(\d{4})-Q([1-4])$")


def find_times(doc: Document) -> list[TimeExpr]:
    """Every temporal expression in ``doc``, resolved against :attr:`Document.reference`.

    When the document has no reference date but its dateline gives a month and day,
    relative days resolve against that day with the year unknown (``XXXX-10-23``).
    """
    reference = doc.reference
    ctx = Context(reference=reference)
    if reference is None:
        line = doc.dateline
        if line is not None and line.month and line.day:
            ctx.ref_month, ctx.ref_day = line.month, line.day
    return _times(doc.text, ctx)


def times_in_text(text: str, reference: dt.date | None = None) -> list[TimeExpr]:
    """The temporal expressions of a bare string, resolved against ``reference``.

    >>> [t.value for t in times_in_text("It ended last year.", dt.date(2024, 10, 24))]
    ['2023']
    """
    return _times(text, Context(reference=reference))


def _times(text: str, ctx: Context) -> list[TimeExpr]:
    out: list[TimeExpr] = []
    for found in find(text):
        pending = found.pending
        if _in_quarter_context(pending, found.rule, ctx, text, found.start):
            pending = Pending("quarter", anchor="ctx_quarter", offset=pending.offset)
        tense = tense_at(text, found.start, found.end) if found.tense_needed else "none"
        got = resolve(pending, ctx, tense)
        _remember(ctx, got, pending.anchor != "ctx_quarter", found.start)
        out.append(
            _time_expr(
                {
                    "text": text[found.start : found.end],
                    "start": found.start,
                    "end": found.end,
                    "value": got.value,
                    "begin": got.begin,
                    "finish": got.finish,
                    "mod": got.mod,
                    "kind": pending.kind,
                    "rule": found.rule,
                }
            )
        )
    return out


# built without validation (eventkit.trusted), which would cost about a tenth of the
# layer's time
_time_expr = trusted_builder(
    TimeExpr, ("Oct. 24", 3, 10, "2024-10-24", dt.date(2024, 10, 24), None, "mid", "date", "x")
)


def _in_quarter_context(p: Pending, rule: str, ctx: Context, text: str, start: int) -> bool:
    """ "A year earlier" in a clause about quarterly results means that quarter, a year
    before."""
    if p.unit != "year" or p.offset != -1 or ctx.last_quarter is None:
        return False
    if rule != "ago":
        return False
    return start - ctx.last_quarter_at < _QUARTER_REACH


def _remember(ctx: Context, got: Resolved, quarter: bool, at: int) -> None:
    value = got.value
    m = _VALUE_DAY.match(value)
    if m is not None:
        try:
            ctx.last_date = dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return
        ctx.last_month = ctx.last_date.replace(day=1)
        ctx.last_year = ctx.last_date.year
        return
    m = _VALUE_MONTH.match(value)
    if m is not None and 1 <= int(m[2]) <= 12:
        ctx.last_month = dt.date(int(m[1]), int(m[2]), 1)
    m = _VALUE_QUARTER.match(value)
    if m is not None and quarter:
        ctx.last_quarter = (int(m[1]), int(m[2]))
        ctx.last_quarter_at = at
    if len(value) >= 4 and value[:4].isdigit() and not value.startswith("P"):
        ctx.last_year = int(value[:4])


def nearest_date(doc: Document, start: int, end: int) -> TimeExpr | None:
    """The date expression (kind ``date`` or ``time``) in the sentence of
    ``doc.text[start:end]`` that lies closest to it, or None.

    >>> from eventkit.document import Document
    >>> doc = Document("On Monday the army said troops left.", published="2024-10-24")
    >>> nearest_date(doc, 29, 35).value
    '2024-10-21'
    """
    sentence = doc.sentence_at(start)
    lo, hi = (sentence.start, sentence.end) if sentence is not None else (0, len(doc.text))
    best: TimeExpr | None = None
    best_distance = 1 << 62
    for item in doc.within(doc.times, lo, hi):
        if item.kind not in ("date", "time"):
            continue
        distance = start - item.end if item.end <= start else max(0, item.start - end)
        if distance < best_distance:
            best, best_distance = item, distance
    return best
