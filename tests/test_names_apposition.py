"""Names with a post in apposition. "Mosze Grinberg, rabin Gminy …": a given name no dictionary
lists as one (made of random syllables here, or read by SGJP only as a surname's form) is a
person's when a word for a post follows after a comma. "koordynatorka Zespołu, Karolina Wendt":
a name after a comma is an apposition, never the patron of the body named before it (as in
"Zespołu Szkół im. Karoliny …"), even where the given name also reads as a genitive. People and
posts are drawn from SGJP and the templates' lists."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.relations_templates import people
from ump_kg.extract.names import OBLIQUE_ENDING, find_people
from ump_kg.language.morphology import analyses

SYLLABLES = ("mo", "sze", "da", "wi", "ra", "che", "li", "ne", "ze", "ta", "ko")
ROLES = ("rabin gminy", "prezeska fundacji", "dyrektor centrum", "koordynatorka projektu", "imam")
BODIES = ("Zespołu", "Centrum", "Fundacji", "Biura", "Stowarzyszenia")


@settings(derandomize=True, max_examples=200, deadline=None)
@given(st.randoms(use_true_random=False))
def test_an_unknown_given_name_before_a_post_in_apposition(rng: random.Random) -> None:
    while True:  # a word SGJP does not know, not ending like an oblique case ("-owi", "-em")
        given_name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        if analyses(given_name)[0][1] == "ign" and not OBLIQUE_ENDING.search(given_name):
            break
    surname = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize() + "berg"
    text = f"{given_name} {surname}, {rng.choice(ROLES)}, mówił o dialogu."
    assert [p.base for p in find_people(text, [])] == [f"{given_name} {surname}"], text


@settings(derandomize=True, max_examples=200, deadline=None)
@given(st.randoms(use_true_random=False))
def test_a_name_after_a_comma_is_no_patron(rng: random.Random) -> None:
    person = rng.choice(people())
    text = (
        f"Obradom przewodniczyła koordynatorka {rng.choice(BODIES)}, {person.nominative} "
        "z Urzędu Miejskiego."
    )
    assert [p.base for p in find_people(text, [])] == [person.nominative], text
