"""Benchmark the query library on generated graphs: the embedded store (pyoxigraph on disk) and,
side by side in the same run, rdflib's in-memory Dataset. Each engine runs in its own process,
so its peak memory is its own; an engine/size that exceeds --budget seconds is cut off.

    python scripts/bench_queries.py [--sizes 10000 100000 1000000] [--budget 900]
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

PER_QUERY = 60  # seconds rdflib may spend on one query
from generate import cached_graph  # noqa: E402

EXAMPLES = {
    "team-meetings-by-year": {"year": "2019"},
    "meeting-agenda": {"city": "Lublin"},
    "city": {"city": "Kraków"},
    "provenance": {"subject": "https://w3id.org/ump-kg/id/meeting/2019-06-12-lublin"},
    "find": {"text": "europ"},
}


def queries() -> dict[str, str]:
    from ump_kg.query.library import library
    from ump_kg.query.params import bind_values, with_values

    return {
        name: with_values(q.text, bind_values(q, EXAMPLES.get(name, {})))
        for name, q in library().items()
    }


def run_engine(engine: str, data: Path) -> dict[str, object]:
    """In a child process: load the N-Quads file, run every query once, report seconds."""
    texts = queries()
    result: dict[str, object] = {}
    start = time.perf_counter()
    if engine == "oxigraph":
        import pyoxigraph as ox

        folder = tempfile.mkdtemp()
        store = ox.Store(folder)
        store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
        result["load"] = time.perf_counter() - start
        for name, text in texts.items():
            t = time.perf_counter()
            answer = store.query(text, use_default_graph_as_union=True)
            rows = len(list(answer)) if not isinstance(answer, ox.QueryBoolean) else 1
            result[name] = (time.perf_counter() - t, rows)
    else:
        import signal

        import rdflib

        dataset = rdflib.Dataset(default_union=True)
        dataset.parse(str(data), format="nquads")
        result["load"] = time.perf_counter() - start

        def give_up(*_: object) -> None:
            raise TimeoutError

        signal.signal(signal.SIGALRM, give_up)
        for name, text in texts.items():
            t = time.perf_counter()
            signal.alarm(PER_QUERY)  # rdflib is pure Python: the alarm interrupts it
            try:
                rows = len(list(dataset.query(text)))
                result[name] = (time.perf_counter() - t, rows)
            except TimeoutError:
                result[name] = (None, None)
            finally:
                signal.alarm(0)
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def measure(engine: str, data: Path, budget: int) -> dict[str, object] | None:
    try:
        run = subprocess.run(
            [sys.executable, __file__, "--child", engine, str(data)],
            capture_output=True,
            text=True,
            timeout=budget,
        )
    except subprocess.TimeoutExpired:
        return None
    if run.returncode != 0:
        raise SystemExit(run.stderr)
    return json.loads(run.stdout)  # type: ignore[no-any-return]


def row(name: str, o: list[float | int | None] | None, r: list[float | int | None] | None) -> str:
    embedded = f"{o[0]:.4f}" if o and o[0] is not None else "—"
    if r is None:
        other, ratio = "cut off", "—"
    elif r[0] is None:
        other, ratio = f"> {PER_QUERY} s", "—"
    else:
        other = f"{r[0]:.3f}"
        ratio = f"{r[0] / o[0]:.0f}x" if o and o[0] else "—"
    return f"| {name} | {o[1] if o else '—'} | {embedded} | {other} | {ratio} |"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--budget", type=int, default=900, help="seconds per engine and size")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_engine(args.child[0], Path(args.child[1]))))
        return
    names = sorted(queries())
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(line_buffering=True)  # print each table row as it is measured
    for size in args.sizes:
        data = cached_graph(size)
        ox_result = measure("oxigraph", data, args.budget)
        rdf_result = measure("rdflib", data, args.budget)
        print(f"\n## {size:,} triples")
        for label, res in (("embedded (pyoxigraph)", ox_result), ("rdflib", rdf_result)):
            print(
                f"{label}: load {res['load']:.2f} s, peak {res['peak_mb']:.0f} MB"
                if res
                else f"{label}: over {args.budget} s"
            )
        print("| query | rows | embedded s | rdflib s | ratio |\n|---|---|---|---|---|")
        for name in names:
            o = ox_result[name] if ox_result else None
            r = rdf_result[name] if rdf_result else None
            print(row(name, o, r))  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
