"""The Document: a text, its publication date, and layers computed once on demand."""

from __future__ import annotations

import bisect
import datetime as dt
import gc
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from itertools import accumulate, repeat
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, Protocol, TypeVar, overload

import regex

from eventkit.model import Actor, Event, Place, Quantity, Span, TimeExpr
from eventkit.text.dateline import Dateline, find_dateline
from eventkit.text.plain import is_plain
from eventkit.text.sentences import split_sentences

if TYPE_CHECKING:
    from eventkit.registry import ExtractorFailure

__all__ = ["Document", "Token", "parse_published"]


class Token(NamedTuple):
    """A word, number or punctuation mark and its offsets (a plain tuple: cheap)."""

    text: str
    start: int
    end: int


# A word (with inner apostrophes, hyphens, dots of "U.S."), a number, or one mark.
_TOKEN = regex.compile(r"(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’.,\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]")
# Split on (gaps and tokens in turn: the pattern never matches empty), the same with
# the standard engine, which is faster, for plain text (eventkit.text.plain): curly
# quotes, dashes and the like are one-character tokens in both, "’" a joiner in both.
_TOKEN_SPLIT = regex.compile(f"({_TOKEN.pattern})")
_PLAIN_TOKEN_SPLIT = re.compile(
    r"((?:[A-Za-z]\.){2,}|[A-Za-z0-9]+(?:['’.,\-][A-Za-z0-9]+)*|[^ \t\n\x0b\x0c\rA-Za-z0-9])"
)
_START = attrgetter("start")

T = TypeVar("T")


class _Positioned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


P = TypeVar("P", bound=_Positioned)


class _layer(Generic[T]):
    """A lazily computed attribute, stored on the instance after the first access.

    Unlike ``functools.cached_property`` on Python 3.11 it takes no class-wide lock,
    so documents on different threads never wait for each other.
    """

    def __init__(self, compute: Callable[[Any], T]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type) -> _layer[T]: ...

    @overload
    def __get__(self, obj: object, owner: type) -> T: ...

    def __get__(self, obj: object | None, owner: type) -> T | _layer[T]:
        if obj is None:
            return self
        value = self.compute(obj)
        obj.__dict__[self.name] = value
        return value


def parse_published(published: dt.date | dt.datetime | str | None) -> dt.date | None:
    """A publication date from a ``date``, ``datetime`` or date string; None stays None.

    Raises ``ValueError`` naming the value when a string is not a date.
    """
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if not isinstance(published, str):
        raise TypeError(
            f"published must be a date, datetime or str, not {type(published).__name__}"
        )
    value = published.strip()
    if not value:
        return None
    try:
        return (
            dt.date.fromisoformat(value[:10]) if len(value) >= 10 else dt.date.fromisoformat(value)
        )
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    parsed = _parse_with_dateparser(value)
    if parsed is None:
        raise ValueError(f"published is not a date: {published!r}")
    return parsed


def _parse_with_dateparser(value: str) -> dt.date | None:
    if len(value) > 64:
        return None
    import dateparser  # imported here: only non-ISO dates pay for it

    parsed = dateparser.parse(
        value,
        languages=["en"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return parsed.date() if parsed else None


class Document:
    """A news text with its layers: sentences, dateline, times, quantities, actors,
    places and events, each computed at most once, when first read.

    >>> doc = Document("MOSCOW (AP) _ Russia sent troops on Friday.", published="2024-10-24")
    >>> doc.dateline.place, [s.text for s in doc.sentences]
    ('Moscow', ['Russia sent troops on Friday.'])
    """

    def __init__(self, text: str, *, published: dt.date | dt.datetime | str | None = None) -> None:
        if isinstance(text, (bytes, bytearray, memoryview)):
            raise TypeError(
                "text must be str, not bytes: decode it first, e.g. data.decode('utf-8')"
            )
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        self.text = text
        self.published = parse_published(published)
        self.errors: list[ExtractorFailure] = []

    def __repr__(self) -> str:
        head = self.text[:40].replace("\n", " ")
        return f"Document({head!r}{'…' if len(self.text) > 40 else ''}, published={self.published})"

    # -- structure ------------------------------------------------------------------
    @_layer
    def dateline(self) -> Dateline | None:
        """The dateline ("KYIV, Oct 24 (Reuters) -") if the story opens with one."""
        return find_dateline(self.text)

    @_layer
    def reference(self) -> dt.date | None:
        """The date relative expressions resolve against: the dateline's when it is a
        day in the week before publication ("BEIJING, Jan. 5 (Xinhua) --" in a feed
        published on the 6th), else the publication date, else the dateline's.
        Computed once, like the layers that resolve against it."""
        written = self.dateline.date if self.dateline is not None else None
        if self.published is not None:
            if written is None and self.dateline is not None:
                written = _day_before(self.published, self.dateline.month, self.dateline.day)
            if written is not None and 0 <= (self.published - written).days <= _DATELINE_LAG:
                return written
            return self.published
        return written

    @_layer
    def sentences(self) -> list[Span]:
        """The sentences (headline lines included, the dateline left out), in order."""
        line = self.dateline
        if line is None:
            return split_sentences(self.text)
        return split_sentences(self.text, 0, line.span.start) + split_sentences(
            self.text, line.span.end
        )

    @_layer
    def plain(self) -> bool:
        """True when every letter, mark, digit and space of the text is ASCII
        (:func:`eventkit.text.plain.is_plain`): layers then split it with faster
        patterns. One scan of the text, shared by the layers that ask."""
        return is_plain(self.text)

    @_layer
    def tokens(self) -> list[Token]:
        """Words, numbers and punctuation marks with their offsets, in order."""
        # Built column by column in C (no Python call per token): this list is as long
        # as the text has words and marks, a million for some scraped pages. Gaps and
        # tokens alternate in the split; running sums of their lengths are the offsets.
        text = self.text
        parts = (_PLAIN_TOKEN_SPLIT if self.plain else _TOKEN_SPLIT).split(text)
        offsets = list(accumulate(map(len, parts), initial=0))
        columns = zip(parts[1::2], offsets[1:-1:2], offsets[2::2], strict=True)
        with _gc_paused() if len(text) >= _GC_PAUSE_CHARS else nullcontext():
            return list(map(tuple.__new__, repeat(Token), columns))

    @_layer
    def _token_starts(self) -> list[int]:
        return list(map(_START, self.tokens))

    def token_index(self, offset: int) -> int:
        """The index of the first token that starts at or after ``offset``."""
        return bisect.bisect_left(self._token_starts, offset)

    @_layer
    def _sentence_starts(self) -> list[int]:
        return list(map(_START, self.sentences))

    def sentence_index(self, offset: int) -> int:
        """The index of the sentence holding ``offset`` (the one before it if between)."""
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence holding ``offset``, or None for a text with no sentence."""
        if not self.sentences:
            return None
        return self.sentences[self.sentence_index(offset)]

    @staticmethod
    def within(items: Sequence[P], start: int, end: int) -> list[P]:
        """The items of a layer (sorted by start) that lie inside ``[start, end)``."""
        out = []
        for i in range(_bisect_start(items, start), len(items)):  # no copy of the tail
            item = items[i]
            if item.start >= end:
                break
            if item.end <= end:
                out.append(item)
        return out

    # -- layers -----------------------------------------------------------------------
    @_layer
    def times(self) -> list[TimeExpr]:
        """Temporal expressions with TIMEX3 values, resolved against :attr:`reference`."""
        from eventkit.times import find_times

        return sorted(find_times(self), key=_position)

    @_layer
    def quantities(self) -> list[Quantity]:
        """Counts: "at least 3,000 soldiers", "two brigades", "thousands of troops"."""
        from eventkit.quantities import find_quantities

        return sorted(find_quantities(self), key=_position)

    @_layer
    def actors(self) -> list[Actor]:
        """People, countries, governments, militaries, organisations and armed groups."""
        from eventkit.actors import find_actors

        return _as_of(sorted(find_actors(self), key=_position), self.reference)

    @_layer
    def places(self) -> list[Place]:
        """Countries, regions, cities, seas and straits."""
        from eventkit.places import find_places

        return _as_of(sorted(find_places(self), key=_position), self.reference)

    @_layer
    def events(self) -> list[Event]:
        """Events of every registered type, in document order (by trigger)."""
        from eventkit.registry import run_extractors

        return run_extractors(self)


A = TypeVar("A", Actor, Place)


_DATELINE_LAG = 7  # days a dateline may precede publication and still be the story's day


def _day_before(published: dt.date, month: int | None, day: int | None) -> dt.date | None:
    """The latest date with this month and day not after ``published`` (a dateline's
    "Jan. 5" with no year)."""
    if month is None or day is None:
        return None
    for year in (published.year, published.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= published:
            return candidate
    return None


def _as_of(items: list[A], when: dt.date | None) -> list[A]:
    """Country codes as they were on the reference date (Kosovo is YUG in 1999)."""
    if when is None:
        return items
    from eventkit.countries import as_of

    out = []
    for item in items:
        code = as_of(item.country, when)
        out.append(item if code == item.country else item.model_copy(update={"country": code}))
    return out


# A tuple subclass such as Token stays tracked by the garbage collector, and a million
# of them, built in one call, set off several full collections, each walking all of
# them: half the time of the tokens of a megabyte of junk. The collector is paused for
# that one call (no user code runs in it) on long texts only.
_GC_PAUSE_CHARS = 100_000


@contextmanager
def _gc_paused() -> Iterator[None]:
    """The garbage collector off for the block, unless it was off already (so a caller
    who disabled it keeps it disabled). Another thread in the block meanwhile only
    loses the speed-up: collection stays correct either way."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _position(item: _Positioned) -> tuple[int, int]:
    return (item.start, item.end)


def _bisect_start(items: Sequence[_Positioned], start: int) -> int:
    return bisect.bisect_left(items, start, key=_START)
