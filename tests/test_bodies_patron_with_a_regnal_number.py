"""A patron's regnal number is part of the body's name, not a university's acronym (session
37, found while checking the titled-patron rule: "Szkoły Podstawowej im. Jana Pawła II" gave
"Szkoła Podstawowa im. Jana Pawła"; "II" has two capitals, so it was read as the acronym of
the university a school belongs to, as "UWr" in "Instytut Socjologii UWr").

A unit's name ends with its university's acronym (names.parent_university_at) unless that
"acronym" is a Roman numeral. Cases: heads a university's units share (szkoła, centrum,
ośrodek, instytut) with words after them, in the nominative and the genitive (morfeusz2);
patrons of SGJP given names and surnames in the genitive (morfeusz2) with a number between
them or after the given name. Control: "Instytut Socjologii UWr" still ends at its university.
Measured on the commit before: 41.5 % -> 100 %; control 100 % both.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages
from tests.relations_templates import capitalise, form, people, rate
from ump_kg.extract.context import DocumentContext

SEED = 20261207
COUNT = 120
HEADS = (
    ("szkoła", "Podstawowa", "Podstawowej"),
    ("centrum", "Kultury", "Kultury"),
    ("ośrodek", "Sportu", "Sportu"),
    ("instytut", "Badań Regionalnych", "Badań Regionalnych"),
)
NUMBERS = ("II", "III", "IV", "VI", "XXIII")
FRAMES = {
    "nom": ("{name} zaprasza cudzoziemców na warsztaty.", "Pomoc zapewnia {name}."),
    "gen": ("Uczniowie i nauczyciele {name} pomagali uchodźcom.", "Dyrektor {name} zaprasza."),
}


def labels(ctx: DocumentContext) -> set[str]:
    return {e.label_pl for e in ctx.entities.values()}


def patron(rng: random.Random) -> str:
    given, surname = rng.choice([p for p in people() if p.gender == "m1"]).form("gen").split(" ")
    number = rng.choice(NUMBERS)
    return f"{given} {number} {surname}" if rng.random() < 0.5 else f"{given} {number}"


def numbered_case(pages: Pages, rng: random.Random) -> tuple[bool, str] | None:
    head, rest_nom, rest_gen = rng.choice(HEADS)
    case = rng.choice(("nom", "gen"))
    head_form = form(head, "subst", "sg", case)
    if head_form is None:
        return None
    named_after = f"im. {patron(rng)}"
    nominative = f"{capitalise(head)} {rest_nom} {named_after}"
    written = f"{capitalise(head_form)} {rest_gen if case == 'gen' else rest_nom} {named_after}"
    text = rng.choice(FRAMES[case]).format(name=written)
    found = labels(pages.extract(text))
    return nominative in found, f"{text} -> {nominative}; found {sorted(found)}"


def acronym_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    unit, acronym = rng.choice(
        (("Instytut Socjologii", "UWr"), ("Wydział Prawa", "UAM"), ("Centrum Badań", "UŁ"))
    )
    text = rng.choice(FRAMES["nom"]).format(name=f"{unit} {acronym}")
    found = labels(pages.extract(text))
    return unit in found and f"{unit} {acronym}" not in found, f"{text}; found {sorted(found)}"


def test_a_patrons_number_is_part_of_the_name(pages: Pages) -> None:
    rng = random.Random(SEED)
    results = [r for r in (numbered_case(pages, rng) for _ in range(COUNT + 10)) if r]
    assert rate("'Szkoła Podstawowa im. Jana Pawła II'", results) >= 0.95


def test_control_a_universitys_acronym_ends_a_units_name(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    results = [acronym_case(pages, rng) for _ in range(COUNT)]
    assert rate("control: 'Instytut Socjologii UWr'", results) >= 0.95
