"""The masculine-personal plural past ("-li" for "-ł-") in the cues of project partners
(session 16: "W projekcie „T” brali udział A i B" was not read, "brał" was).

1. "W projekcie „T” brali / wzięli udział A i B.", "W projekcie „T” uczestniczyli A i B." — A
   and B are partners of the project (relations.py PARTNERS_ARE).
2. Control: "W projekcie „T” brał udział A." (the singular, read before) still is.
Bodies are the reference's, declined by phrase_forms (morfeusz2). 120 cases each. Measured on
799ebd8: 1. 70.0 % (the "brali" form 0 %), 2. 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome, titled_objects
from tests.relations_templates import organisations, rate

SEED = 20261221
CASES = 120
TITLES = ("Razem w mieście", "Nowy start", "Otwarte drzwi", "Krok po kroku", "Dobry sąsiad")
PLURAL = ("brali udział", "wzięli udział", "uczestniczyli")


def plural_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    one, other = rng.sample(organisations(), 2)
    title = rng.choice(TITLES)
    text = f"W projekcie „{title}” {rng.choice(PLURAL)} {one.form('nom')} i {other.form('nom')}."
    ctx = pages.extract(text)
    ok = {one.iri, other.iri} <= titled_objects(ctx, title, "partner")
    return outcome(ctx, ok, text, "both partners")


def singular_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    body, title = rng.choice(organisations()), rng.choice(TITLES)
    text = f"W projekcie „{title}” brał udział {body.form('nom')}."
    ctx = pages.extract(text)
    return outcome(ctx, body.iri in titled_objects(ctx, title, "partner"), text, "a partner")


def test_plural_past_cues_of_partners(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'W projekcie „T” brali udział A i B'", [plural_case(pages, rng) for _ in range(CASES)]
    )
    assert value >= 0.95


def test_control_the_singular(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate("control: 'brał udział A'", [singular_case(pages, rng) for _ in range(CASES)])
    assert value >= 0.95
