"""Extraction against hand-written gold standards: the seed (recall 100 %, precision >= 95 %)
and the test pages in other styles (recall and precision >= 90 % over all of them)."""

from __future__ import annotations

from pathlib import Path

import rdflib

from ump_kg.extract.pipeline import knowledge
from ump_kg.rdf.convert import rdflib_graph
from ump_kg.store.build import extract_file

from .conftest import ROOT, shared
from .evaluation import Score, score

SEED = ROOT / "graph" / "sources" / "krakow-2020-04-23-zespol-ump.md"
GOLD = ROOT / "tests" / "gold"
PAGES = sorted((ROOT / "tests" / "pages").glob("*.md"))


def extracted(path: Path) -> rdflib.Graph:
    return rdflib_graph(extract_file(path, knowledge()).quads)


def report(name: str, result: Score) -> str:
    lines = [f"{name}: precision {result.precision:.1%}, recall {result.recall:.1%}"]
    lines += [f"  missing  {t}" for t in result.missing()]
    lines += [f"  spurious {t}" for t in result.spurious()]
    return "\n".join(lines)


def test_seed_against_its_gold_standard() -> None:
    result = score(extracted(SEED), GOLD / "krakow-2020-04-23-zespol-ump.ttl")
    print(report("seed", result))
    assert result.recall == 1.0, report("seed", result)
    assert result.precision >= 0.95, report("seed", result)


def test_raw_seed_without_front_matter_gives_the_same_facts() -> None:
    raw = shared(ROOT.parent / "shared" / "seed" / "000_f8481240159fecbc.txt")
    result = score(extracted(raw), GOLD / "krakow-2020-04-23-zespol-ump.ttl")
    assert result.recall == 1.0 and result.precision >= 0.95, report("raw seed", result)


def test_pages_in_other_styles() -> None:
    assert len(PAGES) >= 8
    tp = ex = gold = 0
    lines = []
    for page in PAGES:
        result = score(extracted(page), GOLD / f"{page.stem}.ttl")
        tp, ex, gold = (
            tp + len(result.true_positives),
            ex + len(result.extracted),
            gold + len(result.gold),
        )
        lines.append(report(page.stem, result))
    precision, recall = tp / ex, tp / gold
    summary = f"all pages: precision {precision:.1%}, recall {recall:.1%}\n" + "\n".join(lines)
    print(summary)
    assert precision >= 0.90 and recall >= 0.90, summary
