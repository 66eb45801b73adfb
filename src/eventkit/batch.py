"""``extract_many``: events from many texts, streamed, in worker processes if asked.

Items go to the workers in chunks, and at most a few chunks per worker are in flight
at any time, so memory stays bounded however long the input is; results come back in
input order, and each is exactly what :func:`eventkit.extract` returns for that item.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from eventkit.api import extract
from eventkit.model import Event
from eventkit.registry import ExtractFn, register_extractor, registered_extractors

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["DEFAULT_CHUNKSIZE", "Item", "extract_many"]

#: Items sent to a worker at a time: large enough to amortise the inter-process
#: round trip, small enough that a slow article does not hold up many others.
DEFAULT_CHUNKSIZE = 8
# Chunks in flight per worker: enough to keep every worker busy while the parent
# collects results, few enough to bound memory.
_IN_FLIGHT_PER_WORKER = 3

#: What :func:`extract_many` takes: a text, or a mapping with ``"text"`` and,
#: optionally, ``"published"``.
Item = str | Mapping[str, Any]

J = TypeVar("J")
R = TypeVar("R")

# (ok, value): value is the result when ok, else the exception the item raised.
Outcome = tuple[bool, Any]


def extract_many(
    items: Iterable[Item],
    *,
    processes: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    types: Sequence[str] | None = None,
    strict: bool = False,
) -> Iterator[list[Event]]:
    """One list of events per item, in input order, as :func:`~eventkit.extract` gives it.

    An item is a text, or a mapping with ``"text"`` and optionally ``"published"``
    (a pandas row or a JSON object will do). ``processes`` greater than 1 runs that
    many worker processes, each given ``chunksize`` items at a time; None or 1 runs in
    this process. Items are read lazily and results yielded as they come, so any
    number of items fits in bounded memory. An item whose extraction raises makes the
    iterator raise that exception when its turn comes.

    >>> [len(events) for events in extract_many(["", {"text": "", "published": None}])]
    [0, 0]
    """
    jobs = (_job(item, types, strict) for item in items)
    for ok, value in map_outcomes(_extract_job, jobs, processes=processes, chunksize=chunksize):
        if not ok:
            raise value
        yield value


_Job = tuple[Any, Any, tuple[str, ...] | None, bool]


def _job(item: Item, types: Sequence[str] | None, strict: bool) -> _Job | Exception:
    # A malformed item becomes a job that raises in its turn, so the items before it
    # are still yielded first, as a loop over extract() would.
    try:
        return _checked_job(item, types, strict)
    except (KeyError, TypeError) as exc:
        return exc


def _checked_job(item: Item, types: Sequence[str] | None, strict: bool) -> _Job:
    if isinstance(types, str):
        types = [types]
    chosen = None if types is None else tuple(types)
    if isinstance(item, str):
        return (item, None, chosen, strict)
    if isinstance(item, Mapping):
        if "text" not in item:
            raise KeyError(f"an item mapping needs a 'text' key; got keys {sorted(item)!r:.80}")
        return (item["text"], item.get("published"), chosen, strict)
    raise TypeError(f"an item must be a str or a mapping with 'text', not {type(item).__name__}")


def _extract_job(job: _Job | Exception) -> list[Event]:
    if isinstance(job, Exception):
        raise job
    text, published, types, strict = job
    return extract(text, published=published, types=types, strict=strict)


def map_outcomes(
    function: Callable[[J], R],
    jobs: Iterable[J],
    *,
    processes: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Iterator[Outcome]:
    """``(True, function(job))`` or ``(False, exception)`` per job, in input order.

    ``function`` must be a module-level function (workers receive it by reference).
    Used by :func:`extract_many`, the command line and the evaluator, which report a
    failing item and go on.
    """
    if processes is not None and processes < 1:
        raise ValueError(f"processes must be None or at least 1, not {processes}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    if processes is None or processes == 1:
        for job in jobs:
            yield _outcome(function, job)
        return
    yield from _parallel(function, jobs, processes, chunksize)


def _outcome(function: Callable[[J], R], job: J) -> Outcome:
    try:
        return (True, function(job))
    except Exception as exc:
        return (False, exc)


def _run_chunk(function: Callable[[J], R], chunk: list[J]) -> list[Outcome]:
    return [_outcome(function, job) for job in chunk]


def _parallel(
    function: Callable[[J], R], jobs: Iterable[J], processes: int, chunksize: int
) -> Iterator[Outcome]:
    from concurrent.futures import ProcessPoolExecutor  # only parallel runs pay for it

    iterator = iter(jobs)
    snapshot = [(info.name, info.function) for info in registered_extractors()]
    _check_picklable(snapshot)
    pool = ProcessPoolExecutor(processes, initializer=_sync_registry, initargs=(snapshot,))
    pending: deque[Future[list[Outcome]]] = deque()
    limit = processes * _IN_FLIGHT_PER_WORKER
    try:
        while True:
            chunk = list(itertools.islice(iterator, chunksize))
            if chunk:
                pending.append(pool.submit(_run_chunk, function, chunk))
            if pending and (len(pending) >= limit or not chunk):
                yield from pending.popleft().result()
            if not chunk and not pending:
                break
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _check_picklable(snapshot: list[tuple[str, ExtractFn]]) -> None:
    """Fail early and clearly when workers that do not fork cannot get an extractor."""
    import multiprocessing
    import pickle

    if multiprocessing.get_start_method() == "fork":
        return  # forked workers inherit the registry as it is
    for name, function in snapshot:
        try:
            pickle.dumps(function)
        except Exception as exc:
            raise RuntimeError(
                f"extractor {name!r} cannot be sent to worker processes ({exc}); define it "
                "at the top level of an importable module, or use processes=None"
            ) from exc


def _sync_registry(snapshot: list[tuple[str, ExtractFn]]) -> None:
    """Give a worker the parent's extractors (a no-op when workers are forked)."""
    wanted = dict(snapshot)
    from eventkit.registry import unregister_extractor

    for info in registered_extractors():
        if info.name not in wanted:
            unregister_extractor(info.name)
    current = {info.name: info.function for info in registered_extractors()}
    for name, function in snapshot:
        if current.get(name) is not function:
            register_extractor(name, function, replace=True)
