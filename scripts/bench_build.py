"""Benchmark `ump-kg build`: wall time of the whole command (process start included) and the
peak memory of the process and its workers.

    python scripts/bench_build.py [--runs 5]
        graph/sources, a fresh store each run
    python scripts/bench_build.py --corpus 100 500 [--jobs N] [--no-reasoner]
        generated corpora (scripts/generate_corpus.py): a full build on a fresh store, a build
        with nothing changed, and a build after one page changed
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent


def run_once(*args: str) -> tuple[float, int]:
    """Seconds and peak RSS (KB) of one `ump-kg build`, its worker processes included."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "ump_kg", "build", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        assert child.stderr is not None
        sys.exit(f"build failed:\n{child.stderr.read().decode()}")
    return seconds, usage.ru_maxrss


def bench_sources(runs: int) -> None:
    times = []
    peak = 0
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            seconds, peak_kb = run_once("--store", os.path.join(tmp, "store"))
            times.append(seconds)
            peak = max(peak, peak_kb)
    print(
        f"ump-kg build: median {statistics.median(times):.2f} s, min {min(times):.2f} s, "
        f"max {max(times):.2f} s over {runs} runs; peak RSS {peak / 1024:.0f} MB"
    )


def change_one_page(pages: Path) -> None:
    page = sorted(pages.glob("*.md"))[len(list(pages.glob("*.md"))) // 2]
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("opowiedzieli", "mówili", 1) + "\n", encoding="utf-8")


def bench_corpus(n: int, extra: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        pages, store = Path(tmp) / "pages", Path(tmp) / "store"
        subprocess.run(
            [sys.executable, str(SCRIPTS / "generate_corpus.py"), str(n), "--out", str(pages)],
            check=True,
            capture_output=True,
        )
        common = ["--sources", str(pages), "--store", str(store), *extra]
        rows = [("full build, fresh store", *run_once(*common, "--full"))]
        rows.append(("nothing changed", *run_once(*common)))
        change_one_page(pages)
        rows.append(("one page changed", *run_once(*common)))
        rows.append(("--full on the same store", *run_once(*common, "--full")))
    for what, seconds, peak_kb in rows:
        print(f"{n:5} pages  {what:26} {seconds:7.1f} s  peak RSS {peak_kb / 1024:6.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", type=int, nargs="+", metavar="N", help="generated pages")
    parser.add_argument("--jobs", type=int, help="worker processes (default: the CPUs)")
    parser.add_argument("--no-reasoner", action="store_true")
    args = parser.parse_args()
    if not args.corpus:
        bench_sources(args.runs)
        return
    extra = (["--jobs", str(args.jobs)] if args.jobs else []) + (
        ["--no-reasoner"] if args.no_reasoner else []
    )
    for n in args.corpus:
        bench_corpus(n, extra)


if __name__ == "__main__":
    main()
