"""Benchmark `ump-kg build` on graph/sources: wall time of the whole command (process start
included) over several runs on a fresh store each, and the peak memory of the process.

    python scripts/bench_build.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(store: str) -> tuple[float, int]:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "ump_kg", "build", "--store", store], check=True, capture_output=True
    )
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, peak_kb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    times = []
    peak = 0
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            seconds, peak_kb = run_once(os.path.join(tmp, "store"))
            times.append(seconds)
            peak = max(peak, peak_kb)
    print(
        f"ump-kg build: median {statistics.median(times):.2f} s, min {min(times):.2f} s, "
        f"max {max(times):.2f} s over {args.runs} runs; peak RSS {peak / 1024:.0f} MB"
    )


if __name__ == "__main__":
    main()
