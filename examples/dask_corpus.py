"""Run eventkit over a corpus with a Dask bag: all the cores of one machine, or a cluster.

    pip install "eventkit[dask]"
    python examples/dask_corpus.py examples/corpus --out events.jsonl
    python examples/dask_corpus.py "news/*.jsonl" --scheduler tcp://10.0.0.5:8786

The corpus is a directory of .txt articles (one each; the id is the file name, the
date comes from the dateline) or JSON lines files ``{"id", "text", "published"}``
given as a glob. Each Dask partition goes through :func:`eventkit.extract_many`, so a
partition costs one call, not one task per article. The output is the command line's
JSON lines, ``{"id", "published", "events"}``, in corpus order; a summary goes to
stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import dask
import dask.bag as db

import eventkit

__all__ = ["extract_records", "main", "read_corpus", "run"]


def read_corpus(source: str, *, npartitions: int | None = None) -> db.Bag:
    """A bag of ``{"id", "text", "published"}`` dicts from a directory of .txt files or
    a glob (or a list, comma-separated) of JSON lines files."""
    path = Path(source)
    if path.is_dir():
        files = sorted(str(p) for p in path.glob("*.txt"))
        if not files:
            raise SystemExit(f"dask_corpus: no .txt files in {source}")
        parts = npartitions or min(len(files), 64)
        return db.from_sequence(files, npartitions=parts).map(_read_text_file)
    # read_text streams large files in blocks; on a cluster the glob can be s3://...
    return db.read_text(source.split(","), blocksize="16MiB").map(json.loads)


def _read_text_file(path: str) -> dict[str, Any]:
    return {
        "id": Path(path).name,
        "text": Path(path).read_text(encoding="utf-8"),
        "published": None,
    }


def extract_records(
    items: Iterable[dict[str, Any]], types: Sequence[str] | None = None
) -> list[dict[str, Any]]:
    """The events of one partition's articles, as the command line's output records."""
    items = list(items)
    records = []
    for item, events in zip(items, eventkit.extract_many(items, types=types), strict=True):
        reference = eventkit.Document(item["text"], published=item.get("published")).reference
        records.append(
            {
                "id": item.get("id"),
                "published": reference.isoformat() if reference else None,
                "events": [e.model_dump(mode="json") for e in events],
            }
        )
    return records


def run(bag: db.Bag, types: Sequence[str] | None = None) -> db.Bag:
    """The bag of output records: one per article, partition by partition."""
    return bag.map_partitions(extract_records, types=types)


def main(argv: Sequence[str] | None = None) -> int:
    """Extract a corpus with Dask and write JSON lines; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", help="a directory of .txt files, or a glob of .jsonl files")
    parser.add_argument("--out", help="output JSON lines file (default: stdout)")
    parser.add_argument("--types", help="comma-separated event types (default: all)")
    parser.add_argument(
        "--scheduler",
        default="processes",
        help="processes (default), threads, synchronous, or a dask.distributed address",
    )
    parser.add_argument("--partitions", type=int, help="partitions for a directory corpus")
    args = parser.parse_args(argv)
    types = args.types.split(",") if args.types else None

    records = run(read_corpus(args.corpus, npartitions=args.partitions), types)
    started = time.perf_counter()
    if "://" in args.scheduler:
        from dask.distributed import Client  # pip install "dask[distributed]"

        with Client(args.scheduler):
            results = records.compute()
    else:
        with dask.config.set(scheduler=args.scheduler):
            results = records.compute()
    seconds = time.perf_counter() - started

    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout  # noqa: SIM115
    try:
        for record in results:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if args.out:
            out.close()
    kinds = Counter(e["type"] for r in results for e in r["events"])
    found = ", ".join(f"{n} {t}" for t, n in sorted(kinds.items())) or "no events"
    print(f"dask_corpus: {len(results)} articles, {found}, in {seconds:.2f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
