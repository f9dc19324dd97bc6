"""The red-team sets (tests/redteam/, pages written by helpers who never saw the extractor) do
not fall below the recall and precision measured when this test was written: a rule that helps
one page but breaks pages nobody tuned to shows here. Floors are the measured values less one
point (the blind sets were never read; see tests/redteam/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib

from ump_kg.extract.document import read_source
from ump_kg.extract.emit import emit
from ump_kg.extract.evaluation import Score, score
from ump_kg.extract.pipeline import extract, knowledge
from ump_kg.rdf.convert import rdflib_graph
from ump_kg.vocab import UMP

SETS = Path(__file__).parent / "redteam"
# set: (recall, precision) measured at the end of session 11 (nu, pi, theta, iota and beta
# blind: only their totals were printed)
MEASURED = {
    "zeta": (0.813, 0.898),
    "eta": (0.801, 0.820),
    "alpha": (0.810, 0.942),
    "kappa": (0.805, 0.948),
    "lam": (0.788, 0.897),
    "theta": (0.688, 0.825),
    "iota": (0.667, 0.875),
    "beta": (0.845, 0.880),
    "mu": (0.799, 0.931),
    "nu": (0.660, 0.851),
    "xi": (0.715, 0.894),
    "omicron": (0.784, 0.944),
    "pi": (0.717, 0.898),
}
MARGIN = 0.01


def scores(name: str) -> list[Score]:
    ref = knowledge().graph
    found = []
    for gold in sorted((SETS / name).glob("*.ttl")):
        page = gold.with_suffix(".md")
        extracted = rdflib_graph(emit(extract(read_source(page), knowledge())))
        found.append(score(extracted, rdflib.Graph().parse(gold, format="turtle"), ref, UMP))
    return found


@pytest.mark.parametrize("name", sorted(MEASURED))
def test_a_red_team_set_keeps_its_measured_rates(name: str) -> None:
    results = scores(name)
    assert len(results) == 5
    gold = sum(s.gold.count() for s in results)
    found = sum(s.found.count() for s in results)
    recall = sum(s.true_in_gold for s in results) / gold
    precision = sum(s.true_in_found for s in results) / found
    print(f"\n    {name}: recall {recall:.3f} precision {precision:.3f}")
    floor_recall, floor_precision = MEASURED[name]
    assert recall >= floor_recall - MARGIN, f"{name}: recall {recall:.3f}"
    assert precision >= floor_precision - MARGIN, f"{name}: precision {precision:.3f}"
