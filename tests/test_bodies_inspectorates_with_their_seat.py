"""A district's or a region's inspectorate is named with its town (session 41, from a miss of an
opened real page: "reprezentanci Okręgowego Inspektoratu Pracy w Krakowie" was "Okręgowy
Inspektorat Pracy", one body for every district, in Kraków and in Gdańsk).

1. "<Okręgowy|Wojewódzki|Powiatowy|Regionalny|Rejonowy> Inspektorat <SGJP noun in the
   genitive> w <town>" in any case -> a body of that name with the town (names.py SEAT_HEADS
   gains "inspektorat"; names with a local government's adjective take their seat).
2. Control: an inspectorate of the whole country ("Główny Inspektorat …", "Krajowy
   Inspektorat …") is distinctive without its town, which stays where the sentence puts it.
Names made up as in tests/test_bodies_regional_units_with_their_seat.py (phrase_forms declines
them into the case the sentence governs); towns are the reference's cities.
Measured on e3c8cb8: 1. 0 %, 2. 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, measured
from tests.relations_templates import (
    Named,
    adjective_form,
    cities,
    phrase_forms,
    rate,
    title_noun_genitive,
    title_nouns,
    w,
)
from tests.test_bodies_regional_units_with_their_seat import TEMPLATES, Case, named_so

LOCAL = ("okręgowy", "wojewódzki", "powiatowy", "regionalny", "rejonowy")
NATIONAL = ("główny", "krajowy")


def inspectorate(rng: random.Random, adjectives: tuple[str, ...]) -> Named | None:
    adjective = adjective_form(rng.choice(adjectives), "sg", "nom", "m3")
    complement = title_noun_genitive(rng.choice(title_nouns()[:800]))
    if adjective is None or complement is None:
        return None
    label = f"{adjective.capitalize()} Inspektorat {complement}"
    forms = phrase_forms(label)
    return Named(f"new:{label}", label, forms) if forms else None


def inspectorate_case(rng: random.Random, local: bool) -> Case | None:
    unit = inspectorate(rng, LOCAL if local else NATIONAL)
    if unit is None:
        return None
    city = rng.choice(cities())
    case, template = rng.choice(TEMPLATES)
    text = template.format(name=unit.form(case), seat=w(city))
    return Case(text, unit.label + (f" {w(city)}" if local else ""))


def test_a_districts_inspectorate_is_named_with_its_town(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: inspectorate_case(rng, True), named_so)
    assert rate("'Okręgowego Inspektoratu Pracy w Krakowie' -> with the town", results) >= 0.95


def test_control_the_countrys_inspectorate_keeps_no_town(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: inspectorate_case(rng, False), named_so)
    assert rate("control: 'Głównego Inspektoratu … w Warszawie' -> no town", results) >= 0.95
