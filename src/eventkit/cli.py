"""The ``eventkit`` command line: ``eventkit extract FILE... --published DATE``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["main"]


def _extract(args: argparse.Namespace) -> int:
    from eventkit.api import extract

    failed = False
    for name in args.paths:
        try:
            text = sys.stdin.read() if name == "-" else Path(name).read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            print(f"eventkit: {name}: {exc}", file=sys.stderr)
            failed = True
            continue
        events = extract(text, published=args.published)
        record = {
            "id": "-" if name == "-" else Path(name).name,
            "published": args.published,
            "events": [e.model_dump(mode="json") for e in events],
        }
        print(json.dumps(record, ensure_ascii=False))
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = argparse.ArgumentParser(prog="eventkit", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="events from text files, printed as JSON lines")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="a .txt article, or - for stdin")
    ex.add_argument("--published", help="publication date (ISO), else the dateline's")
    ex.set_defaults(run=_extract)
    args = parser.parse_args(argv)
    return int(args.run(args))
