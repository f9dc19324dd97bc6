"""A foreign state's mission for Poland keeps the country in its name, also as official names
write it: "Ambasada Ukrainy w Rzeczypospolitej Polskiej", "Biuro Przedstawicielskie Tajpej w
Polsce", "Ambasada Gruzji w RP" (session 33, from misses of stan, opened this session: the names
were cut before "w Rzeczypospolitej Polskiej", and an office's name, headed by "biuro", before "w
Polsce"). test_bodies_for_the_country had only "w Polsce" after associations and foundations.

Names are generated: a head (ambasada; przedstawicielstwo; biuro with an adjective of SGJP:
przedstawicielski, handlowy, konsularny) in every case (morfeusz2), then a CLDR country's Polish
name of one word in the genitive (morfeusz2), then one of the three ways of writing Poland, in
the sentence templates of test_org_names_generated.
A known organisation's office written so ("Przedstawicielstwa … (UNHCR) w Rzeczypospolitej
Polskiej"), in four cases, is the reference's unit for Poland, as with "w Polsce"
(test_units_for_poland's frames); the control is "w Polsce" itself.
Measured on the commit before: missions 20.0 % (only "w Polsce" after "ambasada" and
"przedstawicielstwo") -> 100 %; the office in the Republic 0 % -> 100 %; the control 100 %
before and after."""

from __future__ import annotations

import random

from tests.relations_pages import Pages, measured
from tests.relations_templates import POSITIVE, rate
from tests.test_names_keep_the_degree import form
from tests.test_org_names_generated import CASES, whole_nominative_rate
from tests.test_places_countries_in_lists_of_towns import countries
from tests.test_units_for_poland import named, office_case

SEED = 20261233
POLAND = ("w Polsce", "w Rzeczypospolitej Polskiej", "w RP")
# (head, its gender, an adjective of the head or None)
HEADS = (
    ("ambasada", "f", None),
    ("przedstawicielstwo", "n", None),
    ("biuro", "n", "przedstawicielski"),
    ("biuro", "n", "handlowy"),
    ("biuro", "n", "konsularny"),
)


def mission_forms(rng: random.Random) -> tuple[str, dict[str, str]] | None:
    head, gender, adjective = rng.choice(HEADS)
    country, poland = rng.choice(countries()), rng.choice(POLAND)
    forms = {}
    for case in CASES:
        noun = form(head, case, gender, "subst")
        extra = form(adjective, case, gender, "adj") if adjective else ""
        if noun is None or extra is None:
            return None
        words = [str(noun).capitalize()] + ([str(extra).capitalize()] if extra else [])
        forms[case] = f"{' '.join(words)} {country} {poland}"
    return forms["nom"], forms


def missions(seed: int, count: int = 40) -> list[tuple[str, dict[str, str]]]:
    rng = random.Random(seed)
    found: list[tuple[str, dict[str, str]]] = []
    while len(found) < count:
        made = mission_forms(rng)
        if made is not None:
            found.append(made)
    return found


def test_a_foreign_mission_for_poland_keeps_the_country() -> None:
    rate = whole_nominative_rate("missions 'w RP' -> nominative, whole", missions(SEED))
    assert rate >= 0.95


def test_a_known_organisations_office_in_the_republic_is_its_unit_for_poland(
    pages: Pages,
) -> None:
    results, _ = measured(pages, lambda rng: office_case(rng, POLAND[1:]), named)
    assert rate("'… (UNHCR) w Rzeczypospolitej Polskiej' -> UNHCR Polska", results) >= POSITIVE


def test_control_a_known_organisations_office_in_polsce_is_its_unit_for_poland(
    pages: Pages,
) -> None:
    results, _ = measured(pages, lambda rng: office_case(rng, POLAND[:1]), named)
    assert rate("control: '… (UNHCR) w Polsce' -> UNHCR Polska", results) >= POSITIVE
