"""Benchmark export and publishing on a generated graph: N-Triples and Turtle export of the
whole store (deterministic serialisation included), and publishing it to a local Oxigraph server.

    python scripts/bench_export.py [--triples 1000000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from generate import cached_graph  # noqa: E402

from ump_kg.publish.publish import GraphStore, publish_graph  # noqa: E402
from ump_kg.rdf.write import serialize  # noqa: E402
from ump_kg.store.store import named_graph_quads  # noqa: E402

T = TypeVar("T")


def timed(label: str, action: Callable[[], T]) -> T:
    start = time.perf_counter()
    result = action()
    print(f"{label}: {time.perf_counter() - start:.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--triples", type=int, default=1_000_000)
    args = parser.parse_args()
    data = cached_graph(args.triples)
    store = ox.Store(tempfile.mkdtemp())
    store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    quads = named_graph_quads(store)
    print(f"{len(quads):,} quads")
    nt = timed("export N-Triples", lambda: serialize(quads, "nt"))
    timed("export Turtle", lambda: serialize(quads, "ttl"))
    triples = [q.triple for q in quads]
    folder = tempfile.mkdtemp()
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}"}
    url = subprocess.run(
        ["bash", str(ROOT / "scripts" / "oxigraph-server.sh"), "start", folder, "7899"],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stdout.strip()
    try:
        done = timed(
            "publish to Oxigraph (replace, verified)",
            lambda: publish_graph(
                GraphStore.at(url + "/store"), "https://example.org/graph/bench", triples
            ),
        )
        print(
            f"  {done.triples:,} triples in {done.requests} requests; {len(nt):,} bytes of N-Triples"
        )
    finally:
        subprocess.run(
            ["bash", str(ROOT / "scripts" / "oxigraph-server.sh"), "stop", folder], check=False
        )


if __name__ == "__main__":
    main()
