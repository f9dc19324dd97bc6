"""English names a patron after "named after": "Union of Polish Metropolises named after Paweł
Adamowicz", "a school named after Janina Kos" — and before a building's, prize's or
institution's head ("the Jacques Delors building", "the Janina Kos Prize", session 10) — the
patron is part of the name, no person of the page. Given names are drawn from the census list and SGJP (the English name tests' sample),
surnames made up there, heads not in the corpus. (Reference people as patrons, through the
whole pipeline: tests/test_names_patron_surnames.py.)"""

from __future__ import annotations

import random

from tests.test_names_english import PARTICLE_SURNAMES, SURNAMES, given_names_sample
from tests.test_names_properties import report
from ump_kg.extract.names import find_people

SEED = 20261202
PATRON_TEMPLATES = (
    "The Primary School No. 12 named after {name} hosted the workshop.",
    "Pupils of a secondary school named after {name} took part.",
    "The square was renamed after {name} in 2019.",
    "The Foundation, named after {name}, funds language courses.",
    "A prize named for {name} went to a migrant-led association.",
    # the patron's name before the head (session 10)
    "The meeting took place in the {name} building in Brussels.",
    "Delegates gathered at the {name} Hall on Monday.",
    "The {name} Prize went to a migrant-led association.",
    "Students of the {name} School of Public Policy joined the debate.",
)
# The same names with a cue that makes them people: the rule must not lose them.
PEOPLE_TEMPLATES = (
    "The workshop was opened by Dr {name}.",
    "{name} (Programme Coordinator) answered questions.",
)


def names() -> list[str]:
    rng = random.Random(SEED)
    return [
        f"{given} {rng.choice([*SURNAMES, *PARTICLE_SURNAMES])}" for given in given_names_sample()
    ]


def test_a_name_after_named_after_is_no_person() -> None:
    ok, failures, cases = 0, [], names()
    for index, name in enumerate(cases):
        text = PATRON_TEMPLATES[index % len(PATRON_TEMPLATES)].format(name=name)
        found = [p.base for p in find_people(text, [], language="en")]
        if found:
            failures.append(f"{text!r} -> {found}")
        else:
            ok += 1
    assert report("English patrons -> no person", ok, len(cases), failures) == 1.0


def test_the_same_names_with_a_cue_are_people() -> None:
    ok, failures, cases = 0, [], names()
    for index, name in enumerate(cases):
        text = PEOPLE_TEMPLATES[index % len(PEOPLE_TEMPLATES)].format(name=name)
        found = [p.base for p in find_people(text, [], language="en")]
        if found == [name]:
            ok += 1
        else:
            failures.append(f"{text!r} -> {found}")
    assert report("English people with a cue", ok, len(cases), failures) >= 0.98
