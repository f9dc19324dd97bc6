"""A partner cue speaks of the initiative named right before it (session 16, from a spurious fact
on an opened real page).

1. "Omówiono program „T1”, wspólną inicjatywę A i B, oraz projekt „T2”." — A and B are no
   partners of the project named later in the sentence (relations.py cue_of_another); before,
   both were.
2. Control (the rule must not over-reach): "Projekt „T2” to wspólna inicjatywa A i B." and "W
   projekcie „T2” uczestniczą A i B." make A and B partners of the project; the second form,
   with the project's title between "w projekcie" and its verb, was not read before
   (PARTNERS_ARE).
Organisations are the reference's, declined by phrase_forms (morfeusz2). 120 cases each.
Measured on 799ebd8: 1. 0 %, 2. 51.7 % (the second form 0 %).
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome, titled_objects
from tests.relations_templates import organisations, rate

SEED = 20261210
CASES = 120
TITLES = ("Razem w mieście", "Nowy start", "Otwarte drzwi", "Krok po kroku", "Dobry sąsiad")


def drawn(rng: random.Random) -> tuple[object, object, str, str]:
    one, other = rng.sample(organisations(), 2)
    first, second = rng.sample(TITLES, 2)
    return one, other, first, second


def earlier_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    one, other, first, second = drawn(rng)
    text = (
        f"Omówiono program „{first}”, wspólną inicjatywę {one.form('gen')} i "  # type: ignore[attr-defined]
        f"{other.form('gen')}, oraz projekt „{second}”."  # type: ignore[attr-defined]
    )
    ctx = pages.extract(text)
    wrong = titled_objects(ctx, second, "partner") & {one.iri, other.iri}  # type: ignore[attr-defined]
    return outcome(ctx, not wrong, text, f"„{second}” without partners")


def own_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    one, other, _, second = drawn(rng)
    text = rng.choice(
        (
            f"Projekt „{second}” to wspólna inicjatywa {one.form('gen')} i {other.form('gen')}.",  # type: ignore[attr-defined]
            f"W projekcie „{second}” uczestniczą {one.form('nom')} i {other.form('nom')}.",  # type: ignore[attr-defined]
        )
    )
    ctx = pages.extract(text)
    ok = {one.iri, other.iri} <= titled_objects(ctx, second, "partner")  # type: ignore[attr-defined]
    return outcome(ctx, ok, text, f"„{second}” with both partners")


def test_a_cue_after_another_initiative_is_its_own(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'program „T1”, wspólna inicjatywa A i B, oraz projekt „T2”'",
        [earlier_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98


def test_control_a_projects_own_partners_stay(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "control: 'Projekt „T” to wspólna inicjatywa A i B'",
        [own_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95
