"""Normalisation: an underspecified :class:`Pending` value becomes a TIMEX3 value.

Rules (``rules.py``) say *what* an expression names ("the Friday, tense decides",
"the reference month minus one", "October of an unknown year"); the resolver anchors
that on the reference date (publication date, else the dateline's date), on the
sentence's tense and on what the document mentioned last, as HeidelTime does.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Literal

__all__ = [
    "Context",
    "Pending",
    "Resolved",
    "Tense",
    "lexicon",
    "resolve",
    "tense_at",
]

Tense = Literal["past", "future", "none"]
Unit = Literal[
    "day",
    "week",
    "weekend",
    "month",
    "quarter",
    "half",
    "season",
    "year",
    "decade",
    "century",
    "fixed",
]
Anchor = Literal["abs", "ref", "tense", "ctx", "ctx_quarter"]
Fuzz = Literal["early", "mid", "late", "start", "end", "approx", "before", "after"]

_DAY = dt.timedelta(days=1)
_SEASONS = ("SP", "SU", "FA", "WI")
# meteorological seasons of the northern hemisphere: (first month, last month)
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


@dataclass(frozen=True, slots=True)
class Pending:
    """What a rule found, before anchoring.

    ``unit`` is the granularity of the value. ``anchor`` says how to complete it:
    ``abs`` (the fields given are the value, a missing year is guessed from the
    reference and tense), ``ref`` (``offset`` units from the reference), ``tense``
    (the nearest ``weekday``/``month``/``part`` before or after the reference, by the
    sentence's tense; ``offset`` -1/+1 forces last/next), ``ctx`` (``offset`` units from
    the last date the text mentioned), ``ctx_quarter`` (the quarter last mentioned,
    ``offset`` years away).
    """

    unit: Unit
    anchor: Anchor = "abs"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    part: int | None = None  # quarter 1-4, half 1-2, season index, decade, century
    weekday: int | None = None
    offset: int | None = None
    fuzz: Fuzz | None = None
    fixed: str | None = None  # a value that needs no anchoring: PAST_REF, P3Y
    time: str | None = None  # "T09:00", "TNI" appended to a day value
    kind: Literal["date", "time", "duration", "set"] = "date"
    year_end: bool = False  # "year-end": the last day of the year
    year_offset: int | None = None  # "January this year" (0), "last year's third quarter" (-1)
    fuzz_to: Fuzz | None = None  # "between early and mid-October": where the range ends
    holiday: int | None = None  # 0 fixed date, 1 Thanksgiving, 2 US Election Day, 3 Easter
    day_to: int | None = None  # "Oct. 30-31": the last day of a range in one month
    week: int | None = None  # "the first week of March" (1-4; -1 the last)


@dataclass(frozen=True, slots=True)
class Resolved:
    """A TIMEX3 value with inclusive calendar bounds and a modifier."""

    value: str
    begin: dt.date | None
    finish: dt.date | None
    mod: Literal["start", "mid", "end", "approx", "before", "after"] | None


@dataclass(slots=True)
class Context:
    """The anchors of one document: reference date (or its month/day) and what was
    mentioned last."""

    reference: dt.date | None
    ref_month: int | None = None  # a dateline's month and day when its year is unknown
    ref_day: int | None = None
    last_date: dt.date | None = None
    last_quarter: tuple[int, int] | None = None
    last_quarter_at: int = -(1 << 30)  # where that quarter was mentioned
    last_year: int | None = None
    last_month: dt.date | None = None
    notes: dict[str, int] = field(default_factory=dict)


@cache
def lexicon(name: str) -> frozenset[str]:
    """The words of ``data/<name>.txt`` (one a line, ``#`` starts a comment line)."""
    text = resources.files("eventkit.times").joinpath(f"data/{name}.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


# -- tense -----------------------------------------------------------------------------
_FUTURE_WORDS = lexicon("future_words")
# "to" after one of these marks a future ("is expected to", "plans to", "is due to")
_FUTURE_BEFORE_TO = lexicon("future_before_to")
_PAST_WORDS = lexicon("past_words")
_NOT_PAST = lexicon("not_past")
_PASSIVE = lexicon("passive")
_ATTRIBUTION = lexicon("attribution")
_ATTRIBUTION_TAIL = lexicon("attribution_tail")
_ATTRIBUTION_SUBJECT = 6  # words of the subject of a closing attribution: "the army's chief"
_ENDS = ".!?\n;"
_WINDOW = 200
_SOON_BEFORE = re.compile(r"\b(?:as (?:soon|early) as|no later than|not before)\s+$", re.I)
# "since March", "ever since Monday": the time since which something holds is past
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?$", re.I)
_WORD = re.compile(r"[a-z']+")
_DETERMINERS = frozenset(["a", "an", "the", "this", "that", "its", "their", "his", "her", "our"])


def _classify(w: str) -> Tense:
    """The tense a lower-case word marks, if any."""
    if w in _FUTURE_WORDS or w.endswith("'ll"):
        return "future"
    if w in _PAST_WORDS or (len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST):
        return "past"
    return "none"


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _WINDOW)
    left = lo
    for ch in _ENDS:
        i = text.rfind(ch, lo, start)
        if i >= left and not (ch == "." and i > 0 and text[i - 1].isupper()):
            left = i + 1
    hi = min(len(text), end + _WINDOW)
    right = hi
    for ch in _ENDS:
        i = text.find(ch, end, right)
        if i != -1 and not (ch == "." and text[i - 1].isupper() and i - 1 >= end):
            right = i
    return left, right


def _attribution_start(text: str, end: int, right: int) -> int:
    """Where a closing attribution after ``end`` starts ("Troops will leave on Saturday|,
    the defence ministry said."), else ``right``: the verb that reports a clause does
    not give it its tense."""
    comma = text.rfind(",", end, right)
    if comma == -1:
        return right
    tail = _WORD.findall(text[comma:right].lower().replace("’", "'"))
    for j, word in enumerate(tail[: _ATTRIBUTION_SUBJECT + 1]):
        if word in _ATTRIBUTION:
            return comma if _ATTRIBUTION_TAIL.issuperset(tail[j + 1 :]) else right
    return right


def tense_at(text: str, start: int, end: int) -> Tense:
    """The tense of the clause around ``text[start:end]``: that of the verb nearest to it.

    >>> tense_at("Ministers will meet on Friday.", 23, 29)
    'future'
    """
    if _SOON_BEFORE.search(text, max(0, start - 24), start):
        return "future"  # "as early as Tuesday", "no later than Friday"
    if _SINCE_BEFORE.search(text, max(0, start - 16), start):
        return "past"
    left, right = _clause_bounds(text, start, end)
    before = _WORD.findall(text[left:start].lower().replace("’", "'"))
    after = _WORD.findall(
        text[end : _attribution_start(text, end, right)].lower().replace("’", "'")
    )
    # walk outwards, a word to the left, then one to the right a step behind, so that
    # the verb before an expression ("met on Friday") wins a tie
    n_before, n_after = len(before), len(after)
    for k in range(max(n_before, n_after + 1)):
        if k < n_before:
            i = n_before - 1 - k
            word = before[i]
            if (
                word == "to"
                and i > 0
                and before[i - 1] in _FUTURE_BEFORE_TO
                and (i + 1 >= n_before or before[i + 1] not in _DETERMINERS)
            ):
                return "future"  # "agreed to meet", not "agreed to a ceasefire"
            got = _classify(word)
            if got == "past" and i > 0 and before[i - 1] in _PASSIVE:
                got = "none"  # "will be paid", "is expected": a participle, not a past
            if got != "none":
                return got
        if 1 <= k <= n_after:
            word = after[k - 1]
            if word in _FUTURE_BEFORE_TO and k < n_after and after[k] == "to":
                return "future"
            got = _classify(word)
            if got == "past" and k >= 2 and after[k - 2] in _PASSIVE:
                got = "none"
            if got != "none":
                return got
    return "none"


# -- calendar helpers ------------------------------------------------------------------
def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + n
    return index // 12, index % 12 + 1


def _week_value(day: dt.date) -> tuple[str, dt.date, dt.date]:
    iso = day.isocalendar()
    monday = day - dt.timedelta(days=iso[2] - 1)
    return f"{iso[0]:04d}-W{iso[1]:02d}", monday, monday + dt.timedelta(days=6)


def _fuzz_days(
    fuzz: Fuzz | None, begin: dt.date, finish: dt.date
) -> tuple[dt.date, dt.date, Literal["start", "mid", "end", "approx", "before", "after"] | None]:
    """Narrow a month's or a year's bounds to its early, middle or late part."""
    if fuzz is None:
        return begin, finish, None
    if fuzz in ("approx", "before", "after"):
        return begin, finish, fuzz
    span = (finish - begin).days + 1
    mod: Literal["start", "mid", "end"] = (
        "start" if fuzz in ("early", "start") else "mid" if fuzz == "mid" else "end"
    )
    if span <= 31:  # a month: days 1-10, 11-20, 21-end
        if mod == "start":
            return begin, begin + dt.timedelta(days=9), mod
        if mod == "mid":
            return begin + dt.timedelta(days=10), begin + dt.timedelta(days=19), mod
        return begin + dt.timedelta(days=20), finish, mod
    if span <= 366:  # a year: four months each
        if mod == "start":
            return begin, dt.date(begin.year, 4, 30), mod
        if mod == "mid":
            return dt.date(begin.year, 5, 1), dt.date(begin.year, 8, 31), mod
        return dt.date(begin.year, 9, 1), finish, mod
    third = span // 3
    if mod == "start":
        return begin, begin + dt.timedelta(days=third - 1), mod
    if mod == "mid":
        return begin + dt.timedelta(days=third), finish - dt.timedelta(days=third), mod
    return finish - dt.timedelta(days=third - 1), finish, mod


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    if not 1 <= year <= 9999:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest_year(ref: dt.date, month: int, day: int | None, tense: Tense) -> int:
    """The year that puts month(/day) nearest to ``ref``; the tense decides near-ties.

    News mentions dates within a few months of the story far more often than the same
    day nearly a year away, in either direction; when both readings are over four
    months away the clause's tense picks the past or the coming one.
    """
    probe_day = day or 15
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        when = _safe_date(year, month, min(probe_day, calendar.monthrange(year, month)[1]))
        if when is not None:
            candidates.append((abs((when - ref).days), year, when))
    candidates.sort()
    best_distance, best_year, best_when = candidates[0]
    if tense == "past" and best_when > ref + dt.timedelta(days=_SLACK):
        past = [c for c in candidates if c[2] <= ref + dt.timedelta(days=_SLACK)]
        if past and past[0][0] <= _FAR_DAYS:
            return past[0][1]
    if tense == "future" and best_when < ref - dt.timedelta(days=_SLACK):
        future = [c for c in candidates if c[2] >= ref - dt.timedelta(days=_SLACK)]
        if future and future[0][0] <= _FAR_DAYS:
            return future[0][1]
    if best_distance <= _NEAR_DAYS or tense == "none":
        return best_year
    if day is None and month == ref.month:
        return ref.year
    if tense == "past":
        past = [c for c in candidates if c[2] <= ref]
        return past[0][1] if past else best_year
    future = [c for c in candidates if c[2] >= ref]
    return future[0][1] if future else best_year


_NEAR_DAYS = 125
_FAR_DAYS = 300
_SLACK = 2


def _season_bounds(year: int, index: int) -> tuple[dt.date, dt.date]:
    first, last = _SEASON_MONTHS[_SEASONS[index]]
    if first > last:  # winter runs into the next year
        return dt.date(year, first, 1), _month_end(year + 1, last)
    return dt.date(year, first, 1), _month_end(year, last)


# -- resolution ------------------------------------------------------------------------
def resolve(p: Pending, ctx: Context, tense: Tense) -> Resolved:
    """The TIMEX3 value and bounds of ``p`` in ``ctx`` with the clause's ``tense``."""
    if p.fixed is not None:
        return Resolved(p.fixed, None, None, _plain_mod(p.fuzz))
    ref = ctx.reference
    try:
        if ref is None:
            return _resolve_without_reference(p, ctx, tense)
        return _resolve(p, ctx, ref, tense)
    except (ValueError, OverflowError):  # a day the calendar lacks, a year out of range
        return Resolved(_unknown(p), None, None, _plain_mod(p.fuzz))


def _plain_mod(
    fuzz: Fuzz | None,
) -> Literal["start", "mid", "end", "approx", "before", "after"] | None:
    if fuzz is None:
        return None
    return {"early": "start", "late": "end"}.get(fuzz, fuzz)  # type: ignore[return-value]


def _unknown(p: Pending) -> str:
    if p.unit == "day":
        if p.month is not None and p.day is not None:
            return f"XXXX-{p.month:02d}-{p.day:02d}"
        return "XXXX-XX-XX"
    if p.unit == "month":
        return f"XXXX-{p.month:02d}" if p.month else "XXXX-XX"
    if p.unit in ("week", "weekend"):
        return "XXXX-WXX"
    if p.unit == "quarter":
        return f"XXXX-Q{p.part}" if p.part else "XXXX-QX"
    if p.unit == "half":
        return f"XXXX-H{p.part}" if p.part else "XXXX-HX"
    if p.unit == "season":
        return f"XXXX-{_SEASONS[p.part or 0]}"
    return "XXXX"


def _resolve_without_reference(p: Pending, ctx: Context, tense: Tense) -> Resolved:
    mod = _plain_mod(p.fuzz)
    if p.anchor == "abs" and p.year is not None:
        return _resolve(p, ctx, dt.date(p.year, 7, 1), tense)
    if ctx.ref_month is not None and ctx.ref_day is not None:
        surrogate = dt.date(2000, ctx.ref_month, ctx.ref_day)  # a leap year: Feb 29 fits
        if p.unit == "day" and p.anchor in ("ref", "abs") and p.weekday is None:
            got = _resolve(p, ctx, surrogate, tense)
            return Resolved("XXXX" + got.value[4:], None, None, got.mod)
        if p.unit == "month" and p.anchor in ("ref", "abs"):
            got = _resolve(p, ctx, surrogate, tense)
            return Resolved("XXXX" + got.value[4:], None, None, got.mod)
    if p.unit == "day" and p.weekday is not None:
        return Resolved(f"XXXX-WXX-{p.weekday + 1}", None, None, mod)
    return Resolved(_unknown(p), None, None, mod)


def _resolve(p: Pending, ctx: Context, ref: dt.date, tense: Tense) -> Resolved:
    unit = p.unit
    if unit == "day":
        return _resolve_day(p, ctx, ref, tense)
    if unit in ("week", "weekend"):
        return _resolve_week(p, ctx, ref, tense)
    if unit == "month":
        if p.anchor == "ref":
            year, month = _add_months(ref.year, ref.month, p.offset or 0)
        elif p.anchor == "ctx":
            base = ctx.last_month or ctx.last_date or ref
            year, month = _add_months(base.year, base.month, p.offset or 0)
        else:
            month = p.month or ref.month
            if p.year is not None:
                year = p.year
            elif p.year_offset is not None:
                year = ref.year + p.year_offset
            elif p.offset == -1:
                # "last May": the latest May before last month, which would be "last
                # month" (TimeML: "last February" on 1 March 1998 is 1997-02)
                year = ref.year if month < ref.month - 1 else ref.year - 1
            elif p.offset == 1:  # "next May"
                year = ref.year if month > ref.month else ref.year + 1
            else:
                year = _nearest_year(ref, month, None, tense)
        first, last = dt.date(year, month, 1), _month_end(year, month)
        if p.week is not None:  # "the first week of March": days 1-7; the last, the last 7
            week = dt.timedelta(days=7 * (p.week - 1)) if p.week > 0 else None
            begin = first + week if week is not None else last - dt.timedelta(days=6)
            return Resolved(f"{year:04d}-{month:02d}", begin, begin + dt.timedelta(days=6), None)
        begin, finish, mod = _fuzz_days(p.fuzz, first, last)
        if p.fuzz_to is not None:
            finish = _fuzz_days(p.fuzz_to, first, last)[1]
            mod = None
        return Resolved(f"{year:04d}-{month:02d}", begin, finish, mod)
    if unit == "quarter":
        return _resolve_quarter(p, ctx, ref, tense)
    if unit == "half":
        year = _year_of(p, ctx, ref)
        half = p.part or (1 if ref.month <= 6 else 2)
        begin = dt.date(year, 1 if half == 1 else 7, 1)
        finish = dt.date(year, 6, 30) if half == 1 else dt.date(year, 12, 31)
        begin, finish, mod = _fuzz_days(p.fuzz if p.fuzz in ("approx",) else None, begin, finish)
        return Resolved(f"{year:04d}-H{half}", begin, finish, mod)
    if unit == "season":
        return _resolve_season(p, ref, tense)
    if unit == "year":
        year = _year_of(p, ctx, ref)
        if p.year_end:
            end = dt.date(year, 12, 31)
            return Resolved(end.isoformat(), end, end, None)
        begin, finish, mod = _fuzz_days(p.fuzz, dt.date(year, 1, 1), dt.date(year, 12, 31))
        return Resolved(f"{year:04d}", begin, finish, mod)
    if unit == "decade":
        decade = p.part if p.part is not None else ref.year // 10 + (p.offset or 0)
        begin, finish, mod = _fuzz_days(
            p.fuzz, dt.date(max(1, decade * 10), 1, 1), dt.date(decade * 10 + 9, 12, 31)
        )
        return Resolved(f"{decade:03d}", begin, finish, mod)
    if unit == "century":
        century = p.part if p.part is not None else ref.year // 100 + (p.offset or 0)
        begin, finish, mod = _fuzz_days(
            p.fuzz, dt.date(max(1, century * 100), 1, 1), dt.date(century * 100 + 99, 12, 31)
        )
        return Resolved(f"{century:02d}", begin, finish, mod)
    return Resolved(_unknown(p), None, None, _plain_mod(p.fuzz))


def _year_of(p: Pending, ctx: Context, ref: dt.date) -> int:
    if p.anchor == "ref":
        return ref.year + (p.offset or 0)
    if p.anchor == "ctx":
        base = ctx.last_year if ctx.last_year is not None else ref.year
        return base + (p.offset or 0)
    return p.year if p.year is not None else ref.year


def _resolve_day(p: Pending, ctx: Context, ref: dt.date, tense: Tense) -> Resolved:
    if p.weekday is not None:
        day = _weekday_near(ref, p.weekday, p.offset, tense)
    elif p.anchor == "ref":
        day = ref + dt.timedelta(days=p.offset or 0)
    elif p.anchor == "ctx":
        day = (ctx.last_date or ref) + dt.timedelta(days=p.offset or 0)
    else:
        month = p.month or ref.month
        if p.year is not None:
            year = p.year
        elif p.offset == -1 or (p.holiday is not None and p.offset is None and tense == "past"):
            probe = _holiday_date(p, ref.year) or dt.date(ref.year, month, p.day or 1)
            year = ref.year if probe < ref else ref.year - 1
        elif p.offset == 1 or (p.holiday is not None and p.offset is None and tense == "future"):
            probe = _holiday_date(p, ref.year) or dt.date(ref.year, month, p.day or 1)
            year = ref.year if probe > ref else ref.year + 1
        else:
            year = _nearest_year(ref, month, p.day or 20, tense)
        day = _holiday_date(p, year) or dt.date(year, month, p.day or 1)
    value = day.isoformat() + (p.time or "")
    if p.day_to is not None:  # "Oct. 30-31": the first day, bounds over the range
        return Resolved(value, day, dt.date(year, month, p.day_to), _plain_mod(p.fuzz))
    return Resolved(value, day, day, _plain_mod(p.fuzz))


def _holiday_date(p: Pending, year: int) -> dt.date | None:
    """The date of a moveable feast in ``year`` (None for other expressions)."""
    if p.holiday == 1:  # Thanksgiving (US): the fourth Thursday of November
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    if p.holiday == 2:  # US Election Day: the Tuesday after the first Monday of November
        first = dt.date(year, 11, 1)
        monday = first + dt.timedelta(days=(0 - first.weekday()) % 7)
        return monday + dt.timedelta(days=1)
    if p.holiday == 3:  # Easter Sunday (the anonymous Gregorian computus)
        a, b, c = year % 19, year // 100, year % 100
        d, e = b // 4, b % 4
        f = (b + 8) // 25
        g = (b - f + 1) // 3
        h = (19 * a + b - d - g + 15) % 30
        i, k = c // 4, c % 4
        leap = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * leap) // 451
        month, day = divmod(h + leap - 7 * m + 114, 31)
        return dt.date(year, month, day + 1)
    return None


def _weekday_near(ref: dt.date, weekday: int, offset: int | None, tense: Tense) -> dt.date:
    back = (ref.weekday() - weekday) % 7  # days back to the last such weekday (0 = ref)
    before = ref - dt.timedelta(days=back)
    after = ref + dt.timedelta(days=(weekday - ref.weekday()) % 7)
    if offset == -1:  # "last Friday": strictly before
        return before if back else ref - dt.timedelta(days=7)
    if offset == 1:  # "next Friday": strictly after
        return after if after != ref else ref + dt.timedelta(days=7)
    if offset == 2 and tense == "none":  # "this Friday" with no tense: the nearest
        return before if back <= 3 else after
    if tense == "future":
        return after
    return before


def _resolve_week(p: Pending, ctx: Context, ref: dt.date, tense: Tense) -> Resolved:
    if p.anchor == "ctx":
        base = (ctx.last_date or ref) + dt.timedelta(weeks=p.offset or 0)
    elif p.anchor == "abs" and p.month is not None:
        year = p.year if p.year is not None else _nearest_year(ref, p.month, p.day, tense)
        base = dt.date(year, p.month, p.day or 1)
    else:
        base = ref + dt.timedelta(weeks=p.offset or 0)
    if p.unit == "weekend":
        if p.anchor == "tense" and p.offset is None:
            saturday_back = (base.weekday() - 5) % 7
            if tense == "future" and base.weekday() < 5:
                base = base + dt.timedelta(days=(5 - base.weekday()))
            elif base.weekday() < 5:
                base = base - dt.timedelta(days=saturday_back)
        value, monday, _ = _week_value(base)
        saturday = monday + dt.timedelta(days=5)
        return Resolved(value + "-WE", saturday, saturday + _DAY, _plain_mod(p.fuzz))
    value, monday, sunday = _week_value(base)
    return Resolved(value, monday, sunday, _plain_mod(p.fuzz))


def _resolve_quarter(p: Pending, ctx: Context, ref: dt.date, tense: Tense) -> Resolved:
    ref_q = (ref.month - 1) // 3 + 1
    if p.anchor == "ctx_quarter":
        year, q = ctx.last_quarter or _last_completed(ref)
        year = p.year if p.year is not None else year + (p.offset or 0)
    elif p.anchor == "ref":
        index = ref.year * 4 + ref_q - 1 + (p.offset or 0)
        year, q = index // 4, index % 4 + 1
    elif p.anchor == "tense":  # "the quarter", "the latest quarter": last completed
        year, q = _last_completed(ref)
    else:
        q = p.part or ref_q
        if p.year is not None:
            year = p.year
        elif p.year_offset is not None:
            year = ref.year + p.year_offset
        else:
            year = ref.year
            if q > ref_q and tense == "past" and ref_q == 1:
                year -= 1
    begin = dt.date(year, 3 * q - 2, 1)
    return Resolved(f"{year:04d}-Q{q}", begin, _month_end(year, 3 * q), _plain_mod(p.fuzz))


def _last_completed(ref: dt.date) -> tuple[int, int]:
    index = ref.year * 4 + (ref.month - 1) // 3 - 1
    return index // 4, index % 4 + 1


def _resolve_season(p: Pending, ref: dt.date, tense: Tense) -> Resolved:
    index = p.part or 0
    if p.year is not None:
        year = p.year
    else:
        year = ref.year
        begin, finish = _season_bounds(year, index)
        if p.offset == -1:
            while begin > ref or finish >= ref:
                year -= 1
                begin, finish = _season_bounds(year, index)
        elif p.offset == 1:
            while begin <= ref:
                year += 1
                begin, finish = _season_bounds(year, index)
        elif index == 3 and ref.month <= 2:
            year -= 1  # in January "this winter" began last December
        elif tense == "future" and finish < ref:
            year += 1  # in October "will meet in the spring": the coming one
        elif tense == "past" and begin > ref:
            year -= 1  # in March "fought through the summer": the last one
    begin, finish = _season_bounds(year, index)
    begin, finish, mod = _fuzz_days(p.fuzz if p.fuzz == "approx" else None, begin, finish)
    return Resolved(f"{year:04d}-{_SEASONS[index]}", begin, finish, mod)
