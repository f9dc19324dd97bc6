"""A venue named right after its town, the two set off by a comma, is in that town (session 42,
found while measuring the rule of test_places_towns_after_the_word_town: on ior, opened in
session 27, "spotkanie w Paryżu, w Narodowym Muzeum Historii Imigracji" put the museum in Malmö
once "miasta Malmö" named Malmö a second time on the page).

A venue no event places is in the city the page names most (pipeline.place_the_unplaced);
Polish also places a building by the town said just before it, each after its preposition ("w
Olsztynie, w Sali Kolumnowej Ratusza"), and English alike ("in Lyon, at the Town Hall").
pipeline.city_just_before reads that town first.
Cases: Polish towns outside the UMP drawn from GeoNames and their locatives from morfeusz2
(test_places_named_where), halls named of SGJP adjectives ("Sala Kolumnowa Ratusza", "Aula
Lustrzana", test_events_venue_without_a_city), on a page that names a UMP city twice.
Control: the hall named after another phrase ("w Sali …, a potem w Olsztynie") stays in the
page's city.
Measured on the commit before: 0.0 % -> 100 %; control 99.2 % both (a town that SGJP also reads as a
surname, "Szczytnie", makes the hall no venue of the page city).
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages
from tests.relations_templates import NEGATIVE, POSITIVE, rate
from tests.test_events_venue_without_a_city import hall
from tests.test_places_named_where import polish_locatives
from ump_kg.extract.context import DocumentContext

SEED = 20261244
VISITS = (
    "Delegacja Lublina była {where} na wystawie o migracji.",
    "Przedstawiciele Lublina obejrzeli {where} wystawę o integracji cudzoziemców.",
)
CLOSING = " Lublin przygotował też własną wystawę."


def venue_towns(ctx: DocumentContext) -> dict[str, set[str]]:
    """Each venue's label → the labels of the places it is in."""
    found: dict[str, set[str]] = {}
    for fact in ctx.facts:
        venue = ctx.entities.get(fact.s)
        if venue is not None and venue.cls.endswith("Venue") and fact.p.endswith("inCity"):
            found.setdefault(venue.label_pl, set()).add(ctx.label_pl(str(fact.o)))
    return found


def case(pages: Pages, rng: random.Random, after: bool = False) -> tuple[bool, str]:
    town, locative = rng.choice(polish_locatives())
    forms = hall(rng)
    where = (
        f"w {forms['loc']}, a potem w {locative}," if after else f"w {locative}, w {forms['loc']},"
    )
    text = rng.choice(VISITS).format(where=where) + CLOSING
    towns = venue_towns(pages.extract(text)).get(forms["nom"], set())
    return towns == ({"Lublin"} if after else {town}), text


def test_a_venue_in_the_town_named_just_before(pages: Pages) -> None:
    rng = random.Random(SEED)
    cases = [case(pages, rng) for _ in range(120)]
    assert rate("'w Olsztynie, w Sali Kolumnowej Ratusza'", cases) >= POSITIVE


def test_negative_a_town_named_after_the_venue(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    cases = [case(pages, rng, after=True) for _ in range(120)]
    assert rate("negative: 'w Sali …, a potem w Olsztynie'", cases) >= NEGATIVE
