"""A directorate-general named right after its body is its unit (session 18).

"European Commission DG Employment, Social Affairs and Inclusion", "the European
Commission's DG Home": the DG is a unit of the Commission (relations.units_of_offices,
DIRECTORATE). Before, the DG stood alone. Areas: generated from the policy words below (one to
three, joined as the Commission's DGs are); the body is the reference's Commission (its English
labels). Measured on the commit before: 0 %. Corpus 85.0/91.2 -> 85.7/91.2; alpha, lam, xi
+0.2 to +0.5 recall.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects
from tests.relations_templates import POSITIVE, rate

SEED = 20261213
COMMISSION = "https://w3id.org/ump-kg/id/organisation/komisja-europejska"
AREAS = (
    "Employment", "Social Affairs", "Inclusion", "Migration", "Home Affairs", "Education",
    "Youth", "Sport", "Culture", "Regional Policy", "Justice", "Consumers", "Health",
)  # fmt: skip


def area(rng: random.Random) -> str:
    words = rng.sample(AREAS, rng.choice((1, 2, 3)))
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + " and " + words[-1]


def case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    dg = f"DG {area(rng)}"
    if rng.random() < 0.5:
        text = f"The project was welcomed by the European Commission {dg}."
    else:
        text = f"The study was funded by the European Commission's {dg}."
    ctx = pages.english.extract(text)
    units = [i for i, e in ctx.entities.items() if e.label_pl == dg]
    ok = any(COMMISSION in {str(o) for o in objects(ctx, u, "unitOf")} for u in units)
    return ok, text


def test_directorates_general_of_the_commission(pages: Pages) -> None:
    rng = random.Random(SEED)
    assert rate("'European Commission DG X'", [case(pages, rng) for _ in range(120)]) >= POSITIVE
