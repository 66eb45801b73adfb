"""Thread safety: extract() from many threads at once gives what sequential calls give."""

from __future__ import annotations

import contextlib
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import eventkit
from eventkit import Document

_EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# Invented stories that fire all three extractors, with and without a dateline.
_TEXTS = [
    "Ruritania sent about 3,000 troops to its border with Freedonia on Monday, "
    "the defence ministry said.",
    "TALLINN, March 3, 2025 (Example Wire) - Estonia warned Russia on Tuesday that any "
    "incursion would be met with force. Two frigates were deployed to the Baltic Sea.",
    "The two countries signed a border treaty in Geneva last week, and parliament is "
    "expected to ratify it in the spring.",
    "France will deploy 500 soldiers to Romania next month, President Macron said.",
    "No event at all: markets rose on Wednesday as oil prices fell.",
]


def _texts() -> list[tuple[str, str | None]]:
    texts: list[tuple[str, str | None]] = [(t, "2024-10-24") for t in _TEXTS]
    texts.append(((_EXAMPLES / "article.txt").read_text("utf-8"), None))
    texts += [(p.read_text("utf-8"), None) for p in sorted((_EXAMPLES / "corpus").glob("*.txt"))]
    return texts


def _dump(text: str, published: str | None) -> list[dict[str, Any]]:
    return [e.model_dump(mode="json") for e in eventkit.extract(text, published=published)]


def test_sequential_results_are_not_trivial() -> None:
    # The comparison below means something only if the stories do produce events.
    results = [_dump(t, p) for t, p in _texts()]
    assert sum(map(len, results)) >= 8
    assert {e["type"] for events in results for e in events} == {
        "deployment",
        "warning",
        "treaty",
    }


def test_concurrent_extract_equals_sequential() -> None:
    texts = _texts()
    expected = [_dump(t, p) for t, p in texts]
    jobs = texts * 6  # every text on several threads at the same time
    barrier = threading.Barrier(8)

    def run(index: int) -> list[dict[str, Any]]:
        if index < 8:  # start the first eight together
            with contextlib.suppress(threading.BrokenBarrierError):
                barrier.wait(timeout=5)
        return _dump(*jobs[index])

    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(run, range(len(jobs))))
    assert got == expected * 6


def test_concurrent_first_use_of_every_layer() -> None:
    # Fresh documents read their layers for the first time on many threads at once,
    # in different orders, so lazily built lexicons and caches are raced too.
    text = _TEXTS[1]
    layers = ["times", "quantities", "actors", "places", "sentences", "tokens", "events"]
    reference = Document(text)
    expected = {name: repr(getattr(reference, name)) for name in layers}

    def run(shift: int) -> dict[str, str]:
        doc = Document(text)
        order = layers[shift % len(layers) :] + layers[: shift % len(layers)]
        return {name: repr(getattr(doc, name)) for name in order}

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(run, range(32)))
    assert all(result == expected for result in results)


def test_one_document_shared_by_threads() -> None:
    # Two threads may both compute a layer of one shared document; each must still
    # see a complete, correct value.
    text = _TEXTS[0]
    expected = repr(Document(text, published="2024-10-24").events)
    doc = Document(text, published="2024-10-24")
    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(lambda _: repr(doc.events), range(12)))
    assert results == [expected] * 12


_COLD_START = """
import sys, threading
import eventkit

texts = [line for line in sys.stdin.read().split("\\x1e") if line]
barrier = threading.Barrier(len(texts))
results = [None] * len(texts)

def run(i):
    barrier.wait(timeout=30)
    results[i] = [e.model_dump_json() for e in eventkit.extract(texts[i], published="2024-10-24")]

threads = [threading.Thread(target=run, args=(i,)) for i in range(len(texts))]
for t in threads:
    t.start()
for t in threads:
    t.join()
again = [[e.model_dump_json() for e in eventkit.extract(t, published="2024-10-24")] for t in texts]
print(results == again, sum(map(len, again)))
"""


def test_threads_racing_on_a_cold_start() -> None:
    # A fresh interpreter: lexicons, gazetteers and lazily compiled patterns are all
    # first built while eight threads ask for them at once.
    import subprocess
    import sys

    texts = [t for t, _ in _texts()[:8]]
    done = subprocess.run(
        [sys.executable, "-c", _COLD_START],
        input="\x1e".join(texts),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    same, count = done.stdout.split()
    assert same == "True"
    assert int(count) >= 8
