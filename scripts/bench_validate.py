"""Benchmark entry validation in a large graph: a ~50-triple entry validated against a generated
graph of N triples on the embedded store (median of several runs, validation time only), and
peak memory of the process.

    python scripts/bench_validate.py [--triples 1000000] [--runs 15]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from generate import cached_graph  # noqa: E402

from ump_kg.entries.read import Entry  # noqa: E402
from ump_kg.entries.validate import validate_entries  # noqa: E402

ENTRY = """@prefix ump: <https://w3id.org/ump-kg/def/> .
@prefix city: <https://w3id.org/ump-kg/id/city/> .
@prefix meeting: <https://w3id.org/ump-kg/id/meeting/> .
@prefix organisation: <https://w3id.org/ump-kg/id/organisation/> .
@prefix theme: <https://w3id.org/ump-kg/id/theme/> .
@prefix person: <https://w3id.org/ump-kg/id/person/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""


def entry_triples() -> list[ox.Triple]:
    """Five meetings of ten triples each: about 50 triples."""
    text = ENTRY
    for n in range(5):
        text += f"""
meeting:bench-{n} a ump:TeamMeeting ; rdfs:label "Posiedzenie {n}"@pl , "Meeting {n}"@en ;
    ump:meetingOf organisation:ump-zespol-migracji-i-integracji ; ump:inCity city:lodz ;
    ump:startDate "2021-03-0{n + 1}"^^xsd:date ; ump:endDate "2021-03-0{n + 2}"^^xsd:date ;
    ump:supporter organisation:iom , organisation:unhcr-polska ; ump:theme theme:integracja ;
    ump:participant person:osoba-0-0 .
"""
    return [q.triple for q in ox.parse(text, format=ox.RdfFormat.TURTLE)]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    data = cached_graph(args.triples)
    folder = tempfile.mkdtemp()
    start = time.perf_counter()
    store = ox.Store(folder)
    store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    print(f"loaded {len(store):,} quads in {time.perf_counter() - start:.1f} s")
    triples = entry_triples()
    entry = Entry(Path("bench.ttl"), triples, {})
    times = []
    for _ in range(args.runs):
        t = time.perf_counter()
        outcome = validate_entries(store, [entry])
        times.append(time.perf_counter() - t)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"entry of {len(triples)} triples against {args.triples:,}: median {statistics.median(times) * 1000:.0f} ms, "
        f"min {min(times) * 1000:.0f} ms, first {times[0] * 1000:.0f} ms (warm-up); "
        f"{len(outcome.problems)} problems; peak RSS {peak:.0f} MB"
    )


if __name__ == "__main__":
    main()
