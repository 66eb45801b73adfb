"""The ``eventkit`` command line (also ``python -m eventkit``).

eventkit extract PATH... | -     events of articles, one JSON line per document
eventkit schema                  the JSON Schema of the events
eventkit evaluate GOLD.jsonl     precision, recall, F1 and slot accuracy on a gold file
eventkit types                   the registered event extractors
"""

from __future__ import annotations

import argparse
import contextlib
import io
import itertools
import json
import logging
import os
import shutil
import sys
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, TextIO

__all__ = ["main"]

_TEXT_SUFFIXES = frozenset({".txt", ".text"})
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".jsonlines"})
_STDIN = "<stdin>"


class _UsageError(Exception):
    """A bad option value: reported in one line, exit status 2."""


# -- reading the input ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Doc:
    """One article to extract from; ``where`` says where it came from, for messages."""

    id: Any
    text: str
    published: str | None
    where: str


@dataclass(frozen=True)
class _Bad:
    """An input that could not be read: reported, and the batch goes on."""

    where: str
    message: str


def _read_inputs(paths: Sequence[str], published: str | None, mode: str) -> Iterator[_Doc | _Bad]:
    for name in paths:
        if name == "-":
            yield from _read_stdin(published, mode)
            continue
        path = Path(name)
        if path.is_dir():
            files = _files_in(path)
            if not files:
                yield _Bad(name, "no .txt or .jsonl files in this directory")
            for file in files:
                yield from _read_file(file, file.relative_to(path).as_posix(), published, mode)
        else:
            yield from _read_file(path, path.name, published, mode)


def _files_in(directory: Path) -> list[Path]:
    wanted = _TEXT_SUFFIXES | _JSONL_SUFFIXES
    return sorted(p for p in directory.rglob("*") if p.suffix.lower() in wanted and p.is_file())


def _is_jsonl(path: Path, mode: str) -> bool:
    return mode == "jsonl" or (mode == "auto" and path.suffix.lower() in _JSONL_SUFFIXES)


def _read_file(path: Path, doc_id: str, published: str | None, mode: str) -> Iterator[_Doc | _Bad]:
    where = str(path)
    try:
        if _is_jsonl(path, mode):
            with path.open(encoding="utf-8-sig") as lines:
                yield from _read_jsonl(lines, where, path.name, published)
        else:
            yield _Doc(doc_id, path.read_text(encoding="utf-8-sig"), published, where)
    except OSError as exc:
        yield _Bad(where, f"cannot read: {exc.strerror or exc}")
    except UnicodeDecodeError as exc:
        yield _Bad(where, f"not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at {exc.start})")


def _read_stdin(published: str | None, mode: str) -> Iterator[_Doc | _Bad]:
    stream = _utf8(sys.stdin)
    try:
        if mode == "text":
            yield _Doc("-", stream.read(), published, _STDIN)
            return
        head = [stream.readline()]
        while head[-1] and not head[-1].strip():
            head.append(stream.readline())
        if mode == "auto" and not head[-1].lstrip().startswith("{"):
            # Not JSON lines: the whole of stdin is one article, offsets from its start.
            yield _Doc("-", "".join(head) + stream.read(), published, _STDIN)
            return
        yield from _read_jsonl(itertools.chain(head, stream), _STDIN, "-", published)
    except UnicodeDecodeError as exc:
        yield _Bad(_STDIN, f"not UTF-8 text (byte 0x{exc.object[exc.start]:02x})")


def _utf8(stream: TextIO) -> TextIO:
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # already text, such as an io.StringIO
        return stream
    return io.TextIOWrapper(buffer, encoding="utf-8-sig")


def _read_jsonl(
    lines: Iterator[str] | IO[str], where: str, source: str, published: str | None
) -> Iterator[_Doc | _Bad]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        here = f"{where}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _Bad(here, f"bad JSON line: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(data, dict):
            yield _Bad(here, f"bad JSON line: expected an object, got {type(data).__name__}")
            continue
        if "id" in data:
            here = f"{here} (id {data['id']})"
        text = data.get("text")
        if not isinstance(text, str):
            yield _Bad(here, 'bad JSON line: no "text" string')
            continue
        line_published = data.get("published", published)
        if line_published is not None and not isinstance(line_published, str):
            yield _Bad(here, 'bad JSON line: "published" must be a date string or null')
            continue
        doc_id = data.get("id", f"{source}:{number}")
        yield _Doc(doc_id, text, line_published or published, here)


# -- extracting --------------------------------------------------------------------------------

_Job = tuple[str, str | None, tuple[str, ...] | None]
_Result = tuple[str | None, list[Any], list[str]]


class _OneLineLog(logging.Handler):
    """Keeps the first line of each eventkit warning or error (a failed extractor) so
    it is reported once, beside the document it happened in, with no traceback."""

    def __init__(self, printing: bool = False) -> None:
        super().__init__(logging.WARNING)
        self.printing = printing
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        lines = record.getMessage().splitlines() or [""]
        message = lines[0].removeprefix("eventkit: ")
        if self.printing:
            _error(message)
        else:
            self.messages.append(message)

    def drain(self) -> list[str]:
        messages, self.messages = self.messages, []
        return messages


_log: _OneLineLog | None = None


def _one_line_log(printing: bool = False) -> _OneLineLog:
    """Route the ``eventkit`` logger to a one-line handler, if not done already (a
    worker process keeps it; the command line removes it when done)."""
    global _log
    if _log is None:
        _log = _OneLineLog(printing)
        logger = logging.getLogger("eventkit")
        logger.addHandler(_log)
        logger.propagate = False
    return _log


@contextlib.contextmanager
def _logging_in_one_line(printing: bool = False) -> Iterator[None]:
    global _log
    logger = logging.getLogger("eventkit")
    propagate = logger.propagate
    _one_line_log(printing)
    try:
        yield
    finally:
        if _log is not None:
            logger.removeHandler(_log)
        _log = None
        logger.propagate = propagate


def _extract_job(job: _Job) -> _Result:
    """Runs in a worker: the reference date used, the events, and extractor errors."""
    from eventkit.api import extract
    from eventkit.document import parse_published
    from eventkit.text.dateline import find_dateline

    text, published, types = job
    log = _one_line_log()
    log.drain()
    events = extract(text, published=published, types=types)
    reference = parse_published(published)
    if reference is None:
        line = find_dateline(text)
        reference = line.date if line is not None else None
    return (reference.isoformat() if reference else None), events, log.drain()


class _Progress:
    """A one-line progress bar on a terminal's stderr, redrawn at most ten times a second."""

    def __init__(self, stream: TextIO, total: int | None, enabled: bool) -> None:
        self.stream = stream
        self.total = total
        self.enabled = enabled
        self.done = 0
        self.failed = 0
        self.started = time.monotonic()
        self.drawn_at = 0.0
        self.shown = False

    def advance(self, failed: bool = False) -> None:
        self.done += 1
        self.failed += failed
        now = time.monotonic()
        if self.enabled and now - self.drawn_at >= 0.1:
            self.drawn_at = now
            self.draw()

    def line(self) -> str:
        width = shutil.get_terminal_size((80, 24)).columns - 1
        elapsed = max(time.monotonic() - self.started, 1e-9)
        tail = f" {self.done / elapsed:.1f} docs/s"
        if self.failed:
            tail += f", {self.failed} failed"
        if not self.total:
            return f"eventkit: {self.done} docs{tail}"[:width]
        count = f" {self.done}/{self.total}"
        room = max(10, width - len("eventkit: []") - len(count) - len(tail))
        filled = room * min(self.done, self.total) // self.total
        return f"eventkit: [{'#' * filled}{'.' * (room - filled)}]{count}{tail}"[:width]

    def draw(self) -> None:
        if self.enabled:
            self.stream.write("\r" + self.line() + "\x1b[K")
            self.stream.flush()
            self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False

    def close(self) -> None:
        if self.enabled and self.done:
            self.draw()
            self.stream.write("\n")
            self.stream.flush()
        self.shown = False


class _Writer:
    """Writes one document's result in the chosen format."""

    def __init__(self, out: TextIO, fmt: str) -> None:
        self.out, self.fmt, self.count = out, fmt, 0
        self.width = shutil.get_terminal_size((120, 24)).columns if out.isatty() else 0

    def document(self, doc_id: Any, published: str | None, events: list[Any]) -> None:
        if self.fmt == "table":
            self._table(doc_id, events)
        else:
            record = {
                "id": doc_id,
                "published": published,
                "events": [e.model_dump(mode="json") for e in events],
            }
            if self.fmt == "json":
                body = json.dumps(record, ensure_ascii=False, indent=2).replace("\n", "\n  ")
                self.out.write(("[\n  " if self.count == 0 else ",\n  ") + body)
            else:
                self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.count += 1
        self.out.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n" if self.count else "[]\n")
        self.out.flush()

    _COLUMNS = (("id", 16), ("type", 10), ("trigger", 16), ("date", 12), ("modality", 12))

    def _table(self, doc_id: Any, events: list[Any]) -> None:
        from eventkit.model import Event
        from eventkit.records import to_records

        if self.count == 0:
            header = "".join(f"{name.upper():<{w + 1}}" for name, w in self._COLUMNS)
            self._row(header + "DETAILS")
        if not events:
            self._row(f"{_cut(str(doc_id), 16):<17}(no events)")
        for event, row in zip(events, to_records(events, id=str(doc_id)), strict=True):
            cells = "".join(
                f"{_cut('' if row[n] is None else str(row[n]), w):<{w + 1}}"
                for n, w in self._COLUMNS
            )
            slots = [n for n in type(event).model_fields if n not in Event.model_fields]
            details = "  ".join(
                f"{n}={_cell(row, n)}" for n in slots if row.get(n) is not None or _cell(row, n)
            )
            self._row(cells + details)

    def _row(self, line: str) -> None:
        self.out.write((_cut(line, self.width) if self.width else line.rstrip()) + "\n")


def _cell(row: dict[str, Any], name: str) -> str:
    value = row.get(name)
    if value is None:
        return str(row.get(f"{name}_text") or "")
    country = row.get(f"{name}_country")
    return f"{value} ({country})" if country and country != value else str(value)


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def _extract(args: argparse.Namespace) -> int:
    from eventkit.batch import map_outcomes

    types = _types(args.types)
    published = args.published
    if published is not None:
        from eventkit.document import parse_published

        try:
            parse_published(published)
        except ValueError as exc:
            raise _UsageError(f"--published: {exc}") from None
    processes = args.jobs or os.cpu_count() or 1
    total = _count_articles(args.paths, args.input)
    progress = _Progress(sys.stderr, total, sys.stderr.isatty() and not args.no_progress)
    writer = _Writer(sys.stdout, args.format)
    # The inputs handed to map_outcomes and not yet answered, oldest first.
    in_flight: deque[_Doc | _Bad] = deque()

    def jobs() -> Iterator[_Job | None]:
        for item in _read_inputs(args.paths, published, args.input):
            in_flight.append(item)
            yield (item.text, item.published, types) if isinstance(item, _Doc) else None

    failed = 0
    with _logging_in_one_line():
        try:
            for ok, value in map_outcomes(_extract_or_skip, jobs(), processes=processes):
                item = in_flight.popleft()
                progress.clear()
                if isinstance(item, _Bad):
                    _error(f"{item.where}: {item.message}")
                elif not ok:
                    _error(f"{item.where}: {_describe(value)}")
                else:
                    published_used, events, problems = value
                    for message in problems:
                        _error(f"{item.where}: {message}")
                    writer.document(item.id, published_used, events)
                ok = ok and isinstance(item, _Doc) and not value[2]
                failed += not ok
                progress.advance(failed=not ok)
            writer.close()
        finally:
            progress.close()
    return 1 if failed else 0


def _extract_or_skip(job: _Job | None) -> _Result | None:
    return None if job is None else _extract_job(job)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, ValueError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def _count_articles(paths: Sequence[str], mode: str) -> int | None:
    """The number of articles when every input is a text file, else None (unknown)."""
    if mode == "jsonl" or "-" in paths:
        return None
    count = 0
    for name in paths:
        path = Path(name)
        files = _files_in(path) if path.is_dir() else [path]
        if any(_is_jsonl(f, mode) for f in files):
            return None
        count += len(files)
    return count


def _types(values: Sequence[str] | None) -> tuple[str, ...] | None:
    """The event types chosen with ``--types``, checked against the registry."""
    if not values:
        return None
    from eventkit.registry import registered_extractors

    chosen = tuple(dict.fromkeys(t.strip() for v in values for t in v.split(",") if t.strip()))
    known = [info.name for info in registered_extractors()]
    unknown = [t for t in chosen if t not in known]
    if unknown:
        raise _UsageError(
            f"unknown event type(s): {', '.join(unknown)} (registered: {', '.join(known)})"
        )
    return chosen


def _error(message: str) -> None:
    print(f"eventkit: {message}", file=sys.stderr, flush=True)


# -- the other commands -------------------------------------------------------------------------


def _schema(args: argparse.Namespace) -> int:
    from eventkit.model import events_json_schema
    from eventkit.registry import registered_extractors

    registered_extractors()  # imports plugins, whose event classes then join the schema
    print(json.dumps(events_json_schema(), indent=2, ensure_ascii=False))
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from eventkit.evaluate import GoldFormatError, evaluate, load_gold

    try:
        gold = load_gold(args.gold)
    except OSError as exc:
        raise _UsageError(f"{args.gold}: cannot read: {exc.strerror or exc}") from None
    except (GoldFormatError, UnicodeDecodeError) as exc:
        raise _UsageError(str(exc)) from None
    types = [t for v in args.types or () for t in v.split(",") if t.strip()] or None
    with _logging_in_one_line(printing=True):
        report = evaluate(
            gold, types=types, errors=args.errors, processes=args.jobs or os.cpu_count()
        )
    if args.json:
        print(json.dumps(report.to_dict(), indent=1))
    else:
        print(report.format())
    return 1 if report.failures else 0


def _list_types(args: argparse.Namespace) -> int:
    from eventkit.registry import plugin_errors, registered_extractors

    for info in registered_extractors():
        version = f" {info.version}" if info.version else ""
        print(f"{info.name:<16}{info.origin:<13}{info.source}{version}")
    for failure in plugin_errors():
        _error(f"{failure.extractor}: {failure.message}")
    return 0


def _parser() -> argparse.ArgumentParser:
    from eventkit import __version__

    parser = argparse.ArgumentParser(
        prog="eventkit",
        description="Typed events (deployments, warnings, treaties) from English news prose.",
    )
    parser.add_argument("--version", action="version", version=f"eventkit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser(
        "extract",
        help="events of articles, one JSON line per document",
        description="Events of .txt articles (one each) or JSON lines "
        '{"id", "text", "published"}, from files, directories or stdin (-); '
        'writes {"id", "published", "events"} per document. An unreadable file or '
        "bad line is reported on stderr, the rest goes on, and the exit status is 1.",
    )
    ex.add_argument(
        "paths", nargs="+", metavar="PATH", help="a .txt or .jsonl file, a directory, or -"
    )
    ex.add_argument("--published", metavar="DATE", help="publication date; else each dateline's")
    ex.add_argument(
        "--types",
        action="append",
        metavar="TYPE[,TYPE]",
        help="only these event types (built-in or plugin); repeatable",
    )
    ex.add_argument(
        "--format",
        choices=("jsonl", "json", "table"),
        default="jsonl",
        help="JSON lines (default), one JSON array, or a table to read",
    )
    ex.add_argument(
        "--input",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="how to read inputs; auto: by suffix, stdin by its first character",
    )
    _jobs_option(ex)
    ex.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    ex.set_defaults(run=_extract)

    sc = sub.add_parser("schema", help="the JSON Schema of the events")
    sc.set_defaults(run=_schema)

    ev = sub.add_parser(
        "evaluate",
        help="precision, recall, F1 and slot accuracy on a gold file",
        description="Score eventkit against annotated articles (the gold JSONL format).",
    )
    ev.add_argument("gold", metavar="GOLD.jsonl")
    ev.add_argument("--types", action="append", metavar="TYPE[,TYPE]", help="score only these")
    ev.add_argument("--errors", action="store_true", help="list every miss and wrong slot")
    ev.add_argument("--json", action="store_true", help="print the figures as JSON")
    _jobs_option(ev)
    ev.set_defaults(run=_evaluate)

    ty = sub.add_parser("types", help="the registered event extractors")
    ty.set_defaults(run=_list_types)
    return parser


def _jobs_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="worker processes (default 1; 0: one per CPU)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); the exit status."""
    args = _parser().parse_args(argv)
    if getattr(args, "jobs", 1) < 0:
        _error("--jobs must be 0 (one per CPU) or more")
        return 2
    try:
        return int(args.run(args))
    except _UsageError as exc:
        _error(str(exc))
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (``| head``) left: stop quietly, as other Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
