"""English posts said role first: "the Head of the Department of X, Anna Nowak" (session 16,
from the misses of an opened real page).

1. "… were set out by the <Role> of the <Body>, <Person>, and …" — the person holds a post in
   the body (relations.py posts_before_names: ROLE_TO_BODY reads "of the").
2. Negative control: "The <Role> of the <Body> said that <Person> will visit." — no post.
Bodies are the reference's English labels; roles English role nouns; people drawn from SGJP.
120 cases each. Measured on 799ebd8: 1. 0 %, the control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, holds, outcome
from tests.relations_templates import english_label, organisations, people, rate

SEED = 20261224
CASES = 120
ROLES = ("Head", "Director", "President", "Coordinator", "Chair")


def role_case(pages: Pages, rng: random.Random, control: bool = False) -> tuple[bool, str]:
    body, person, role = rng.choice(organisations()), rng.choice(people()), rng.choice(ROLES)
    label = english_label(body.iri)
    if control:
        text = f"The {role} of the {label} said that {person.nominative} will visit the city."
    else:
        text = (
            f"The needs were set out by the {role} of the {label}, {person.nominative}, and by "
            "the city's experts."
        )
    ctx = pages.english.extract(text)
    found = holds(ctx, person, body.iri)
    return outcome(ctx, found != control, text, "no post" if control else f"a post in {body.slug}")


def test_the_role_of_the_body_then_the_name(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate("'the Head of the X, Anna Nowak'", [role_case(pages, rng) for _ in range(CASES)])
    assert value >= 0.95


def test_negative_a_name_in_another_clause(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "negative: 'The Head of the X said that Anna Nowak …'",
        [role_case(pages, rng, True) for _ in range(CASES)],
    )
    assert value >= 0.98
