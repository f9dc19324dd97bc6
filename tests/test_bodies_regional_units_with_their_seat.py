"""A regional or district unit's town is part of its name (session 25).

"z Regionalnym Ośrodkiem Polityki Społecznej w Poznaniu", "Okręgowej Izby Lekarskiej w Gdańsku":
as "Miejski Ośrodek Pomocy Społecznej w Bydgoszczy", there is one such unit in every region or
district, so the registered name holds the town (names.py LOCAL_GOVERNMENT_ADJECTIVES gains
"regionalny", "okręgowy", "rejonowy"). Before, the name ended before "w <town>".
Names are made up: "<Regionalny|Okręgowy|Rejonowy> <head> <SGJP noun in the genitive>" with the
heads that take a seat (ośrodek, centrum, biuro, instytut, punkt, izba, rada), declined by
phrase_forms into the case the sentence governs; towns are the reference's cities (SGJP forms).
Control: a name that opens with an adjective of no local government ("Europejski Ośrodek …")
is distinctive without its town, which stays where the sentence puts it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, labelled, measured
from tests.relations_templates import (
    Named,
    adjective_form,
    cities,
    phrase_forms,
    title_noun_genitive,
    title_nouns,
    w,
)
from tests.relations_templates import rate as rate_of
from ump_kg.extract.context import DocumentContext

HEADS = {  # head: gender of its adjective in the nominative
    "Ośrodek": "m3",
    "Centrum": "n",
    "Biuro": "n",
    "Instytut": "m3",
    "Punkt": "m3",
    "Izba": "f",
    "Rada": "f",
}
LOCAL = ("regionalny", "okręgowy", "rejonowy")
NOT_LOCAL = ("europejski", "nowoczesny", "otwarty")
TEMPLATES = (
    ("inst", "Projekt prowadzimy wspólnie z {name} {seat}."),
    ("gen", "Przedstawiciele {name} {seat} wzięli udział w debacie."),
    ("nom", "Szkolenia prowadzi {name} {seat}."),
    ("acc", "Miasto wspiera {name} {seat} od lat."),
    ("dat", "Podziękowania przekazano {name} {seat}."),
)


@dataclass(frozen=True)
class Case:
    text: str
    label: str  # the name the page must give the body


def named_unit(rng: random.Random, adjectives: tuple[str, ...]) -> Named | None:
    head = rng.choice(sorted(HEADS))
    adjective = adjective_form(rng.choice(adjectives), "sg", "nom", HEADS[head])
    complement = title_noun_genitive(rng.choice(title_nouns()[:800]))
    if adjective is None or complement is None:
        return None
    label = f"{adjective.capitalize()} {head} {complement}"
    forms = phrase_forms(label)
    return Named(f"new:{label}", label, forms) if forms else None


def unit_case(rng: random.Random, local: bool) -> Case | None:
    unit = named_unit(rng, LOCAL if local else NOT_LOCAL)
    if unit is None:
        return None
    city = rng.choice(cities())
    case, template = rng.choice(TEMPLATES)
    text = template.format(name=unit.form(case), seat=w(city))
    seat = f" {w(city)}" if local else ""
    return Case(text, unit.label + seat)


def named_so(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    return bool(labelled(ctx, case.label)), f"the body «{case.label}»"


def test_a_regional_units_town_is_part_of_its_name(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: unit_case(rng, True), named_so)
    assert (
        rate_of("'z Regionalnym Ośrodkiem … w Poznaniu' -> its name with the town", results) >= 0.95
    )


def test_control_a_distinctive_name_keeps_no_town(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: unit_case(rng, False), named_so)
    assert rate_of("control: 'z Europejskim Ośrodkiem … w Poznaniu' -> no town", results) >= 0.95
