"""English pages name people no list of given names knows by what follows them: "Erja Tikka of
the Finnish Ministry for Foreign Affairs", "…, and Montserrat Feixas Vihé, UNHCR Representative
for Central Europe" (a second surname before the role; the last item of a list after ", and").
The names are made of random syllables, so no dictionary can know them; a capitalised phrase
"of the Finnish Ministry" after a body ("Institutions and Human Rights") makes no person."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from ump_kg.extract.names import find_people

SYLLABLES = ("ka", "ri", "mo", "te", "lu", "va", "so", "ne", "xi", "da", "fe", "ho")
BODIES = (
    "Finnish Ministry for Foreign Affairs",
    "Catalan Agency for Migration",
    "Dutch Council for Refugees",
    "Irish Office of Integration",
)
ROLES = ("UNHCR Representative for Central Europe", "Director of the Office", "Head of Unit")


def made_up(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def person(rng: random.Random, surnames: int) -> str:
    return " ".join(made_up(rng, rng.randrange(2, 4)) for _ in range(1 + surnames))


@settings(derandomize=True, max_examples=200, deadline=None)
@given(st.randoms(use_true_random=False))
def test_a_person_of_a_body_or_with_a_role_after_two_surnames(rng: random.Random) -> None:
    first, second = person(rng, 1), person(rng, 2)
    text = (
        f"Speakers included {first} of the {rng.choice(BODIES)}, and {second}, {rng.choice(ROLES)}."
    )
    assert [p.base for p in find_people(text, [], "en")] == [first, second], text


@settings(derandomize=True, max_examples=100, deadline=None)
@given(st.randoms(use_true_random=False))
def test_a_body_of_a_body_is_no_person(rng: random.Random) -> None:
    text = f"The Office for Democratic Institutions and Human Rights of the {rng.choice(BODIES)}."
    assert find_people(text, [], "en") == [], text
