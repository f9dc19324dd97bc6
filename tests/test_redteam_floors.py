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
# set: (recall, precision) measured at the end of session 14 (nu, pi, theta, iota, beta, phi,
# psi, omega and sampi blind: only their totals were printed; rho, sigma, tau, upsilon, phi, chi,
# psi, omega and sampi are restated from real public pages, six pages each; chi and tau were
# opened in session 14)
MEASURED = {
    "zeta": (0.843, 0.898),
    "eta": (0.829, 0.825),
    "alpha": (0.822, 0.938),
    "kappa": (0.814, 0.958),
    "lam": (0.809, 0.898),
    "theta": (0.697, 0.826),
    "iota": (0.706, 0.860),
    "beta": (0.856, 0.881),
    "mu": (0.830, 0.933),
    "nu": (0.685, 0.861),
    "xi": (0.734, 0.880),
    "omicron": (0.807, 0.952),
    "pi": (0.747, 0.871),
    "rho": (0.852, 0.838),
    "sigma": (0.747, 0.778),
    "tau": (0.586, 0.889),
    "upsilon": (0.506, 0.655),
    "phi": (0.479, 0.885),
    "chi": (0.695, 0.621),
    "psi": (0.450, 0.737),
    "omega": (0.513, 0.750),
    "sampi": (0.435, 0.686),
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
    assert len(results) == len(list((SETS / name).glob("*.ttl"))) >= 5
    gold = sum(s.gold.count() for s in results)
    found = sum(s.found.count() for s in results)
    recall = sum(s.true_in_gold for s in results) / gold
    precision = sum(s.true_in_found for s in results) / found
    print(f"\n    {name}: recall {recall:.3f} precision {precision:.3f}")
    floor_recall, floor_precision = MEASURED[name]
    assert recall >= floor_recall - MARGIN, f"{name}: recall {recall:.3f}"
    assert precision >= floor_precision - MARGIN, f"{name}: precision {precision:.3f}"
