"""An English post of the mayor's aide is no mayor's post (session 16; noticed in session 15:
"Anna Nowak, the Mayor of Poznań's Plenipotentiary for Migrants" made her the mayor).

1. "<Person>, the Mayor of <City>'s <Plenipotentiary / Adviser / Spokesperson> for …, opened the
   meeting." — the person holds no mayor's post in the city's office (relations.py
   posts_of_mayors: a possessive after the city).
2. Control: "<Person>, the Mayor of <City>, opened the meeting." — the mayor's post.
People are drawn from SGJP (people()), cities the reference's twelve (English labels). 120
cases each. Measured on 799ebd8: 1. 0 %, 2. 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, holds, outcome
from tests.relations_templates import cities, english_label, office_of, people, rate

SEED = 20261230
CASES = 120
AIDES = ("Plenipotentiary", "Adviser", "Spokesperson", "Representative")


def aide_case(pages: Pages, rng: random.Random, control: bool = False) -> tuple[bool, str]:
    person, city = rng.choice(people()), rng.choice(cities())
    label = english_label(city.iri)
    if control:
        text = f"{person.nominative}, the Mayor of {label}, opened the meeting."
    else:
        text = (
            f"{person.nominative}, the Mayor of {label}'s {rng.choice(AIDES)} for Migrants, "
            "opened the meeting."
        )
    ctx = pages.english.extract(text)
    mayor = holds(ctx, person, office_of(city))
    return outcome(
        ctx, mayor == control, text, "the mayor's post" if control else "no mayor's post"
    )


def test_the_mayors_aide_is_no_mayor(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'X, the Mayor of Y's Plenipotentiary'", [aide_case(pages, rng) for _ in range(CASES)]
    )
    assert value >= 0.98


def test_control_the_mayor(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "control: 'X, the Mayor of Y,'", [aide_case(pages, rng, True) for _ in range(CASES)]
    )
    assert value >= 0.95
