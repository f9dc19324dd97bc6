"""A regional or local public unit named in English after its region keeps its town: "the
Małopolska Provincial Office in Kraków", "the Silesian Voivodeship Office in Katowice" (session
32, from a miss of yr, opened this session: the name had been cut to "Małopolska Provincial
Office", as only a local-government word first, or adjectives alone, made a name generic). As
in Polish ("Śląski Urząd Wojewódzki w Katowicach"), a local-government word anywhere before the
head makes the unit one of many, named with its town. Regions: the sixteen voivodeships'
English names; words of local government and of what the unit does, the heads and the towns
(the reference cities in English) as in test_english_generic_units_and_their_town.
Control: a region's name and words of its own ("the Pomeranian Social Policy Office in Gdańsk")
name the unit without the town, as before.
Measured on the commit before: 0 % -> 99.2 % (the one left: "Łódź Municipal Office", a city's
name first, read as its own); the control 100 % before and after."""

from __future__ import annotations

import random

from tests.relations_pages import Pages
from tests.relations_templates import POSITIVE, cities, english_label, rate
from tests.test_english_generic_units_and_their_town import HEADS, LOCAL, WHAT, labels

SEED = 20261232
REGIONS = ("Lower Silesian", "Kuyavian-Pomeranian", "Lublin", "Lubusz", "Łódź", "Małopolska",
           "Masovian", "Opole", "Subcarpathian", "Podlaskie", "Pomeranian", "Silesian",
           "Świętokrzyskie", "Warmian-Masurian", "Greater Poland", "West Pomeranian")  # fmt: skip
PROVINCIAL = (*LOCAL, "Provincial", "Voivodeship")
OWN_WORDS = ("Social Policy", "Migration Research", "Intercultural Dialogue", "Refugee Aid")


def regional_case(pages: Pages, rng: random.Random, own: bool) -> tuple[bool, str]:
    what = rng.choice(OWN_WORDS) if own else rng.choice(("", *WHAT))
    local = "" if own else rng.choice(PROVINCIAL)
    name = " ".join(w for w in (rng.choice(REGIONS), local, what, rng.choice(HEADS)) if w)
    town = english_label(rng.choice(cities()).iri)
    text = f"On 12 May 2023 the {name} in {town} hosted a workshop for teachers."
    found = labels(pages.english.extract(text))
    if own:
        return name in found and f"{name} in {town}" not in found, text
    return f"{name} in {town}" in found, text


def test_a_regional_unit_is_named_with_its_town(pages: Pages) -> None:
    rng = random.Random(SEED)
    cases = [regional_case(pages, rng, own=False) for _ in range(120)]
    assert rate("'the Małopolska Provincial Office in Kraków'", cases) >= POSITIVE


def test_control_a_regional_name_of_its_own_goes_without_the_town(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    cases = [regional_case(pages, rng, own=True) for _ in range(100)]
    assert rate("control: 'the Pomeranian Social Policy Office in Gdańsk'", cases) >= POSITIVE
