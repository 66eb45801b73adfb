"""eventkit's speed: throughput, comparison, scaling, memory and hostile inputs.

    python benchmarks/bench.py                      # throughput + scaling, default corpora
    python benchmarks/bench.py --corpus news.jsonl  # add a JSONL corpus ("text", "published")
    python benchmarks/bench.py --hostile            # seconds per hostile input
    python benchmarks/bench.py --patterns           # every module pattern on hostile runs
    python benchmarks/bench.py --quick              # smaller sizes, for a smoke run

Throughput is characters per CPU second on one core (``time.process_time``, the best
of ``--repeat`` runs, so other processes on a busy machine cost little), for
``extract()``, for each layer computed alone on a fresh ``Document``, for
``dateparser.search.search_dates(languages=['en'])`` and for a floor: one pass of one
precompiled regex over the text. The tables are Markdown, ready for
docs/performance.md.
"""

from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import os
import platform
import resource
import sys
import time
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import regex

import eventkit
from eventkit import Document

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import newslike  # noqa: E402

PUBLISHED = "2024-10-24"
# in an order where each comes after the layers it reads (actors read places)
LAYERS = ["sentences", "tokens", "times", "quantities", "places", "actors"]

# The floor: what any regex-based extractor pays at least, one pass of one pattern
# for dates, numbers, capitalised words and event verbs, collecting the matches.
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|"
    "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow"
_VERBS = (
    "sent|send|sends|deploy(?:ed|s|ing)?|moved?|withdr[ae]w|station(?:ed)?|mass(?:ed)?|"
    "warn(?:ed|s|ing)?|threat(?:en(?:ed|s)?)?|sign(?:ed|s)?|ratif(?:y|ied)|treaty|accord|"
    "ceasefire|agreement|pact|troops|soldiers"
)
FLOOR = regex.compile(
    rf"\b(?:(?:{_MONTHS})\.?(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|{_DAYS}|\d[\d,.]*|"
    rf"\p{{Lu}}[\p{{L}}'’\-]+|{_VERBS})\b"
)


def floor(text: str) -> list[tuple[int, int, str]]:
    """The regex floor: every match of one precompiled pattern, in one pass."""
    return [(m.start(), m.end(), m.group()) for m in FLOOR.finditer(text)]


# -- corpora ------------------------------------------------------------------------

Item = tuple[str, str | None]  # (text, published)


def bundled_corpus() -> list[Item]:
    """The bundled example stories (examples/article.txt and examples/corpus/)."""
    examples = ROOT / "examples"
    paths = [examples / "article.txt", *sorted((examples / "corpus").glob("*.txt"))]
    return [(p.read_text("utf-8"), None) for p in paths]


def generated_corpus(count: int) -> list[Item]:
    """Invented news-like articles (benchmarks/newslike.py)."""
    return [(text, PUBLISHED) for text in newslike.articles(count)]


def typographic_corpus(count: int) -> list[Item]:
    """The generated articles with curly quotes, apostrophes and dashes: the layers
    take a faster path for plain text, and this checks it holds beyond ASCII."""
    return [(newslike.typographic(text), PUBLISHED) for text in newslike.articles(count)]


def jsonl_corpus(path: Path) -> list[Item]:
    """Rows of a JSONL file with "text" and optionally "published"."""
    items: list[Item] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                row = json.loads(line)
                items.append((row["text"], row.get("published")))
    return items


# -- timing -------------------------------------------------------------------------


def cpu_seconds(run: Callable[[], object], repeat: int) -> float:
    """The best CPU time of ``repeat`` runs of ``run``."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def _extract_all(items: list[Item]) -> None:
    for text, published in items:
        eventkit.extract(text, published=published)


def _layer_all(items: list[Item], layer: str) -> Callable[[], None]:
    def run() -> None:
        for text, published in items:
            getattr(Document(text, published=published), layer)

    return run


def _dateparser_all(items: list[Item]) -> Callable[[], None]:
    from dateparser.search import search_dates

    def run() -> None:
        for text, _ in items:
            search_dates(text, languages=["en"])

    return run


def _floor_all(items: list[Item]) -> None:
    for text, _ in items:
        floor(text)


def throughput(name: str, items: list[Item], repeat: int, dateparser: bool) -> dict[str, Any]:
    """chars/s of extract(), each layer, dateparser and the floor on one corpus."""
    chars = sum(len(text) for text, _ in items)
    _extract_all(items[:2])  # load lexicons and compile lazily built patterns first
    rows: dict[str, float] = {}
    rows["extract()"] = chars / cpu_seconds(lambda: _extract_all(items), repeat)
    for layer in LAYERS:
        rows[f"layer: {layer}"] = chars / cpu_seconds(_layer_all(items, layer), repeat)
    if dateparser:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _dateparser_all(items[:1])()
            rows["dateparser search_dates"] = chars / cpu_seconds(
                _dateparser_all(items), max(1, repeat - 1)
            )
    rows["regex floor (one pass)"] = chars / cpu_seconds(lambda: _floor_all(items), repeat)
    events = sum(len(eventkit.extract(t, published=p)) for t, p in items)
    return {"corpus": name, "texts": len(items), "chars": chars, "events": events, "rows": rows}


def breakdown(items: list[Item]) -> dict[str, float]:
    """CPU seconds per step of extract(), layers first (each after those before it),
    then each registered extractor on the document whose layers are all built."""
    from eventkit.registry import registered_extractors

    steps: dict[str, float] = {}
    extractors = registered_extractors()
    for text, published in items:
        doc = Document(text, published=published)
        for layer in ["dateline", *LAYERS]:
            started = time.process_time()
            getattr(doc, layer)
            steps[layer] = steps.get(layer, 0.0) + time.process_time() - started
        for info in extractors:
            started = time.process_time()
            list(info.function(doc) or [])
            name = f"extractor: {info.name}"
            steps[name] = steps.get(name, 0.0) + time.process_time() - started
    return steps


def breakdown_table(steps: dict[str, float], chars: int) -> str:
    total = sum(steps.values())
    lines = ["| step | CPU s | share | characters/s |", "|---|---:|---:|---:|"]
    for step, seconds in steps.items():
        rate = f"{chars / seconds:,.0f}" if seconds > 0 else ""
        lines.append(f"| {step} | {seconds:.3f} | {seconds / total:.0%} | {rate} |")
    lines.append(f"| all | {total:.3f} | 100% | {chars / total:,.0f} |")
    return "\n".join(lines)


def _relative(ours: float, rate: float) -> str:
    if ours >= rate:
        return f"extract() {ours / rate:.1f}x faster"
    return f"extract() {rate / ours:.1f}x slower"


def throughput_table(result: dict[str, Any]) -> str:
    rows = result["rows"]
    ours = rows["extract()"]
    lines = [
        f"**{result['corpus']}**: {result['texts']} texts, {result['chars']:,} characters, "
        f"{result['events']} events",
        "",
        "| | characters/s | compared |",
        "|---|---:|---|",
    ]
    for label, rate in rows.items():
        compared = "" if label == "extract()" else _relative(ours, rate)
        lines.append(f"| {label} | {rate:,.0f} | {compared} |")
    targets = []
    if "dateparser search_dates" in rows:
        speedup = ours / rows["dateparser search_dates"]
        verdict = "met" if speedup >= 10 else "NOT met"
        targets.append(f"{speedup:.1f}x dateparser (target at least 10x: {verdict})")
    slowdown = rows["regex floor (one pass)"] / ours
    verdict = "met" if slowdown <= 5 else "NOT met"
    targets.append(f"{slowdown:.0f}x slower than the floor (target within 5x: {verdict})")
    lines += ["", "extract(): " + "; ".join(targets) + "."]
    return "\n".join(lines)


# -- scaling and memory (one child process per size) ----------------------------------


def _max_rss_bytes() -> int:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024


def _scale_child(size: int, lift_budget: bool, conn: Any) -> None:
    if lift_budget:
        # Scaling is about the cost of the whole work: lift the extractors' time
        # budget (guard.seconds_for of the text's length) so none stops early.
        from eventkit import guard

        guard.SECONDS_PER_MB = float("inf")
    text = newslike.text_of_size(size)
    eventkit.extract(newslike.text_of_size(3_000, seed=1), published=PUBLISHED)
    floor(text)
    gc.collect()
    before = _max_rss_bytes()
    started = time.process_time()
    events = eventkit.extract(text, published=PUBLISHED)
    seconds = time.process_time() - started
    after = _max_rss_bytes()
    started = time.process_time()
    floor(text)
    floor_seconds = time.process_time() - started
    conn.send(
        {
            "size": size,
            "seconds": seconds,
            "events": len(events),
            "peak_mb": (after - before) / 2**20,
            "text_mb": sys.getsizeof(text) / 2**20,
            "floor_seconds": floor_seconds,
        }
    )
    conn.close()


def _in_child(target: Callable[..., None], *args: Any, timeout: float) -> dict[str, Any]:
    methods = multiprocessing.get_all_start_methods()
    context: Any = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=target, args=(*args, sender), daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            return {"error": f"no result after {timeout:.0f} s"}
        result: dict[str, Any] = receiver.recv()
        return result
    except EOFError:
        return {"error": f"child died (exit code {process.exitcode})"}
    finally:
        if process.is_alive():
            process.kill()
        process.join(5)


def scaling(sizes: Iterable[int], timeout: float, lift_budget: bool) -> list[dict[str, Any]]:
    return [
        _in_child(_scale_child, size, lift_budget, timeout=timeout) | {"size": size}
        for size in sizes
    ]


def scaling_table(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| input | extract() s | characters/s | s per MB | events | peak memory | floor s |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        size = row["size"]
        label = f"{size / 1e6:g} MB" if size >= 1_000_000 else f"{size / 1e3:g} KB"
        if "error" in row:
            lines.append(f"| {label} | {row['error']} | | | | | |")
            continue
        seconds = max(row["seconds"], 1e-9)
        lines.append(
            f"| {label} | {seconds:.2f} | {size / seconds:,.0f} | {seconds / size * 1e6:.2f} "
            f"| {row['events']} | {row['peak_mb']:.0f} MB | {row['floor_seconds']:.3f} |"
        )
    return "\n".join(lines)


# -- hostile inputs ---------------------------------------------------------------------


def hostile(names: list[str] | None, timeout: float) -> list[dict[str, Any]]:
    """Each hostile case of tests/test_hostile.py in a child process, timed."""
    sys.path.insert(0, str(ROOT / "tests"))
    import test_hostile  # type: ignore[import-not-found]

    eventkit.extract(test_hostile.STORY, published=test_hostile.PUBLISHED)
    rows = []
    for name in names or list(test_hostile.CASES):
        try:
            summary = test_hostile.run_isolated(test_hostile.run_case, name, timeout=timeout)
        except AssertionError as exc:
            summary = {"error": str(exc).split(": ", 1)[-1][:120]}
        rows.append({"case": name} | summary)
        print(f"  {name}: {summary}", file=sys.stderr, flush=True)
    return rows


def hostile_table(rows: list[dict[str, Any]]) -> str:
    lines = ["| case | characters | seconds | result |", "|---|---:|---:|---|"]
    for row in rows:
        if "error" in row:
            lines.append(f"| {row['case']} | | | **{row['error']}** |")
            continue
        if not row["story_kept"] or row["bad_spans"]:
            verdict = "**story lost**"
        else:
            verdict = "ok" if row["seconds"] < 3 else "**slow** (target: well under 3 s)"
        lines.append(f"| {row['case']} | {row['chars']:,} | {row['seconds']:.2f} | {verdict} |")
    return "\n".join(lines)


# -- pattern audit ---------------------------------------------------------------------

AUDIT_UNITS = [
    "a", "A", " ", "\n", "1", "1,", "1.", "1 ", "1-", "1:", ".", ",", "-", "(", "'", ":",
    "/", "%", "$", "a.", "A.", "a'", "a-", ", ", "a ", "A ", "Ab ", "the ", "and ",
    "Oct. ", "U.S. ", "Mr. ", "10 a.m. ", "thousands of ", "October 24, ", "Russia ",
]  # fmt: skip


def module_patterns() -> dict[str, regex.Pattern[str]]:
    """Every compiled pattern held at module level (or in a module-level list, tuple
    or dict) anywhere in eventkit, after one extraction has built the lazy ones."""
    import importlib
    import pkgutil

    eventkit.extract("KYIV, Oct 24 (AP) - Russia sent 3,000 troops to Kyiv.", published=PUBLISHED)
    found: dict[str, regex.Pattern[str]] = {}

    def add(name: str, value: object, depth: int = 0) -> None:
        if isinstance(value, regex.Pattern) and isinstance(value.pattern, str):
            found[name] = value
        elif depth < 2 and isinstance(value, (list, tuple)):
            for i, item in enumerate(value[:1000]):
                add(f"{name}[{i}]", item, depth + 1)
        elif depth < 2 and isinstance(value, dict):
            for key, item in list(value.items())[:1000]:
                add(f"{name}[{key!r}]", item, depth + 1)

    for info in pkgutil.walk_packages(eventkit.__path__, "eventkit."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for attr, value in vars(module).items():
            add(f"{info.name}.{attr}", value)
    return found


def audit_patterns(small: int, large: int, limit: float) -> list[dict[str, Any]]:
    """finditer of every module pattern over runs of hostile units at two lengths:
    the slowest unit per pattern, the time ratio (4x the length: about 4 if linear)."""
    rows = []
    for name, pattern in sorted(module_patterns().items()):
        worst: dict[str, Any] = {"pattern": name, "large_s": 0.0}
        for unit in AUDIT_UNITS:
            times = []
            for size in (small, large):
                text = (unit * (size // len(unit) + 1))[:size]
                started = time.perf_counter()
                try:
                    for _ in pattern.finditer(text, timeout=limit):
                        pass
                except TimeoutError:
                    times.append(float("inf"))
                    break
                times.append(time.perf_counter() - started)
            if times[-1] > worst["large_s"]:
                worst = {"pattern": name, "unit": unit, "small_s": times[0], "large_s": times[-1]}
        rows.append(worst)
    return rows


def audit_table(rows: list[dict[str, Any]], small: int, large: int) -> str:
    lines = [
        f"| pattern | worst input | s at {small:,} | s at {large:,} | ratio |",
        "|---|---|---:|---:|---:|",
    ]
    flagged = 0
    for row in sorted(rows, key=lambda r: -r["large_s"]):
        ratio = row["large_s"] / max(row.get("small_s", 0.0), 1e-6)
        if row["large_s"] < 0.05:
            continue
        flagged += 1
        large_s = "timeout" if row["large_s"] == float("inf") else f"{row['large_s']:.3f}"
        lines.append(
            f"| `{row['pattern']}` | {row['unit']!r} | {row['small_s']:.3f} | {large_s} "
            f"| {ratio:.1f} |"
        )
    lines.append(f"\n{len(rows)} patterns audited, {flagged} listed (slowest first).")
    return "\n".join(lines)


def audit_anchored(small: int, large: int) -> list[dict[str, Any]]:
    """``match(text, pos)`` with no end, at 100 places of generated news of two lengths:
    microseconds a call. The regex module looks ahead through the rest of the text for
    a literal a pattern needs ("each", "guards"), so a call with no end can cost time in
    the text's length: a ratio well above 1 marks a pattern to call with an end."""
    texts = {size: newslike.text_of_size(size) for size in (small, large)}
    rows = []
    for name, pattern in sorted(module_patterns().items()):
        row: dict[str, Any] = {"pattern": name}
        for size, text in texts.items():
            places = range(size // 200, size - size // 200, size // 100)
            started = time.perf_counter()
            for at in places:
                pattern.match(text, at)
            row[size] = (time.perf_counter() - started) / len(places) * 1e6
        rows.append(row)
    return rows


def anchored_table(rows: list[dict[str, Any]], small: int, large: int) -> str:
    lines = [
        f"| pattern | us a call at {small:,} | us a call at {large:,} | ratio |",
        "|---|---:|---:|---:|",
    ]
    listed = [r for r in rows if r[large] > 20 and r[large] > 4 * r[small]]
    for row in sorted(listed, key=lambda r: -r[large]):
        ratio = row[large] / max(row[small], 1e-3)
        lines.append(f"| `{row['pattern']}` | {row[small]:.1f} | {row[large]:.1f} | {ratio:.0f} |")
    lines.append(f"\n{len(rows)} patterns, {len(listed)} listed: their calls need an end position.")
    return "\n".join(lines)


# -- the machine --------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import dateparser

    load = ""
    if hasattr(os, "getloadavg"):
        load = f", load average {os.getloadavg()[0]:.1f} at start"
    return (
        f"{cpu}, {os.cpu_count()} logical CPUs{load}; {platform.system()} "
        f"{platform.release()}; Python {platform.python_version()}; eventkit "
        f"{eventkit.__version__}, regex {regex.__version__}, dateparser {dateparser.__version__}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, action="append", default=[], help="JSONL file")
    parser.add_argument("--articles", type=int, default=200, help="generated articles")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure (best)")
    parser.add_argument("--sizes", default="10000,100000,1000000,10000000")
    parser.add_argument("--no-throughput", action="store_true")
    parser.add_argument("--no-scaling", action="store_true")
    parser.add_argument("--no-dateparser", action="store_true")
    parser.add_argument(
        "--keep-budget", action="store_true", help="scale with the extractors' time budget"
    )
    parser.add_argument("--hostile", action="store_true", help="time the hostile cases")
    parser.add_argument("--case", action="append", help="hostile case (default: all)")
    parser.add_argument("--patterns", action="store_true", help="audit every module pattern")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per child")
    parser.add_argument("--quick", action="store_true", help="small sizes, one repeat")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    args = parser.parse_args(argv)
    if args.quick:
        args.articles, args.repeat, args.sizes = 30, 1, "10000,100000"

    results: dict[str, Any] = {"machine": machine()}
    print(f"Machine: {results['machine']}\n")
    if not args.no_throughput:
        corpora = [
            ("bundled examples", bundled_corpus()),
            (f"generated news-like ({args.articles} articles)", generated_corpus(args.articles)),
            (
                f"generated, typographic ({args.articles} articles)",
                typographic_corpus(args.articles),
            ),
        ] + [(path.name, jsonl_corpus(path)) for path in args.corpus]
        results["throughput"] = []
        for name, items in corpora:
            result = throughput(name, items, args.repeat, not args.no_dateparser)
            results["throughput"].append(result)
            print(throughput_table(result) + "\n", flush=True)
            steps = breakdown(items)
            result["breakdown"] = steps
            print(f"Where the time goes ({name}):\n")
            print(breakdown_table(steps, result["chars"]) + "\n", flush=True)
    if not args.no_scaling:
        sizes = [int(s) for s in args.sizes.split(",")]
        results["scaling"] = scaling(sizes, args.timeout * 10, not args.keep_budget)
        budget = "as configured" if args.keep_budget else "lifted"
        print(f"Scaling (one generated text of each size, CPU seconds, time budget {budget}):\n")
        print(scaling_table(results["scaling"]) + "\n", flush=True)
    if args.hostile:
        results["hostile"] = hostile(args.case, args.timeout)
        print("Hostile inputs (each followed by a short story; CPU seconds):\n")
        print(hostile_table(results["hostile"]) + "\n", flush=True)
    if args.patterns:
        small, large = (5_000, 20_000)
        results["patterns"] = audit_patterns(small, large, limit=args.timeout / 10)
        print("Pattern audit (finditer over runs of one unit; wall-clock seconds):\n")
        print(audit_table(results["patterns"], small, large) + "\n", flush=True)
        results["anchored"] = audit_anchored(20_000, 400_000)
        print("Anchored matches with no end (generated news; wall-clock):\n")
        print(anchored_table(results["anchored"], 20_000, 400_000) + "\n", flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
