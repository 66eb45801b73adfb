"""Time budgets: a pathological input gives a logged, partial result instead of a hang.

Scraped pages can hold anything: a megabyte of one character, a table of numbers, a
sentence with no end. eventkit's patterns are written to run in linear time, and this
module is the safety net for the case that slips through. A :func:`budget` sets a
deadline for the code it wraps (per thread and per task: it lives in a context
variable); :func:`finditer` runs a pattern with the time left as the regex module's
``timeout``, and :func:`collect` gathers a layer's items until the time is up. Either
way the work done before the deadline is kept and a warning names what was cut short.

>>> import regex
>>> with budget(5.0):
...     [m.group() for m in finditer(regex.compile(r"\\d+"), "3 ships, 12 jets")]
['3', '12']
"""

from __future__ import annotations

import contextvars
import logging
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import regex

__all__ = [
    "DEFAULT_SECONDS",
    "SECONDS_PER_MB",
    "BudgetExceeded",
    "budget",
    "check",
    "collect",
    "expired",
    "finditer",
    "remaining",
    "seconds_for",
]

logger = logging.getLogger("eventkit")

#: A generous budget for one short document.
DEFAULT_SECONDS = 10.0
#: And for each further megabyte of text: several times what linear code needs.
SECONDS_PER_MB = 20.0

T = TypeVar("T")

_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "eventkit_deadline", default=None
)


class BudgetExceeded(TimeoutError):
    """Raised by :func:`check` when the current budget has run out."""


@contextmanager
def budget(seconds: float | None = DEFAULT_SECONDS) -> Iterator[None]:
    """Limit the code inside to ``seconds`` of wall-clock time (None: no new limit).

    A budget inside another never outlasts it: the earlier deadline wins.
    """
    current = _deadline.get()
    deadline = current
    if seconds is not None:
        if seconds <= 0:
            raise ValueError(f"a budget needs a positive number of seconds, not {seconds!r}")
        mine = time.monotonic() + seconds
        deadline = mine if current is None else min(current, mine)
    token = _deadline.set(deadline)
    try:
        yield
    finally:
        _deadline.reset(token)


def seconds_for(length: int) -> float:
    """A generous budget for a text of ``length`` characters.

    >>> seconds_for(0), seconds_for(2_000_000)
    (10.0, 50.0)
    """
    return DEFAULT_SECONDS + SECONDS_PER_MB * length / 1_000_000


def remaining() -> float | None:
    """Seconds left in the current budget (0.0 once spent), or None without one."""
    deadline = _deadline.get()
    if deadline is None:
        return None
    return max(0.0, deadline - time.monotonic())


def expired() -> bool:
    """Whether the current budget is spent (never true without one)."""
    left = remaining()
    return left is not None and left <= 0.0


def check(what: str = "eventkit") -> None:
    """Raise :class:`BudgetExceeded` if the current budget is spent; for Python loops."""
    if expired():
        raise BudgetExceeded(f"{what}: time budget spent")


def finditer(
    pattern: regex.Pattern[str],
    text: str,
    pos: int = 0,
    endpos: int | None = None,
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text, pos, endpos)`` that stops, with a warning, at the deadline.

    The matches found before the deadline are yielded; none after it.
    """
    left = remaining()
    if left is None:
        yield from pattern.finditer(text, pos, endpos)
        return
    # The regex module needs a positive timeout, and checks it only now and then.
    matches = pattern.finditer(text, pos, endpos, timeout=max(left, 1e-3))
    last = pos
    try:
        for match in matches:
            last = match.end()
            yield match
    except TimeoutError:
        _warn(f"pattern {pattern.pattern[:60]!r}", last, len(text))


def collect(items: Iterable[T], what: str) -> list[T]:
    """The items of an iterable up to the deadline; a warning if cut short.

    A :class:`TimeoutError` raised inside (by :func:`check` or by a regex timeout)
    also ends the collection, keeping the items gathered so far.
    """
    out: list[T] = []
    iterator = iter(items)
    try:
        for item in iterator:
            out.append(item)
            if expired():
                _warn(what, None, None)
                break
    except TimeoutError:
        _warn(what, None, None)
    return out


def _warn(what: str, offset: int | None, length: int | None) -> None:
    where = "" if offset is None else f" at offset {offset} of {length}"
    logger.warning("%s: time budget spent%s; the result is partial", what, where)
