"""An English name that ends with a kind word is a thing's, not a person's (session 17).

"Rights of refugees follow from the Geneva Convention": "Geneva" reads as a given name, and the
phrase was taken for a person. A name whose last word is a document's or body's kind word
("Convention", "Pact", "Strategy", "Centre", "Foundation", "Institute", …) names no person
(names.EN_KIND_WORDS). Given names are drawn from SGJP (people(): the first word of each
generated person), so every case is a name the people finder knows as a given name.
Control: the same given names with a surname and a role ("Anna Nowak, Director of …") are still
people. 120 cases each. Measured on the commit before: 36.7 %; control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome, people_found
from tests.relations_templates import people, rate

SEED = 20261208
CASES = 120
KINDS = ("Convention", "Pact", "Strategy", "Centre", "Foundation", "Institute", "Charter", "Fund")


def thing_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    given = rng.choice(people()).nominative.split()[0]
    kind = rng.choice(KINDS)
    text = f"Support for refugees follows from the {given} {kind}, the city said."
    ctx = pages.english.extract(text)
    return outcome(ctx, not people_found(ctx), text, "no person")


def person_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    person = rng.choice(people())
    text = (
        f"The meeting was opened by {person.nominative}, Director of the Social Policy Department."
    )
    ctx = pages.english.extract(text)
    return outcome(ctx, bool(people_found(ctx)), text, "a person")


def test_english_things_named_after_people(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate("'the Geneva Convention'", [thing_case(pages, rng) for _ in range(CASES)])
    assert value >= 0.98


def test_control_people_with_a_role(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate("control: 'X Y, Director of …'", [person_case(pages, rng) for _ in range(CASES)])
    assert value >= 0.95
