"""A unit no sentence places goes to the office of the city the page is about ("Biuro Obsługi
Mieszkańców" in a city's news) — but not a unit whose name names the body it belongs to: "Wydział
Politologii Uniwersytetu Pomorskiego", "Dział Komunikacji i Promocji UWr", "Zakład Badań Fundacji
Nowy Dom" are a university's, an acronym's, a foundation's, even on a page about Lublin. A plain
unit on the same page still goes to the city's office. Cities are the reference's; owners are
heads declined by morfeusz2 with made-up names; acronyms made up."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects
from tests.relations_templates import NEGATIVE, POSITIVE, Named, cities, draw, office_of, rate, w
from ump_kg.extract.context import DocumentContext
from ump_kg.language.morphology import case_form

OWNER_HEADS = ("uniwersytet", "fundacja", "instytut", "akademia", "stowarzyszenie")
OWNER_NAMES = ("Pomorski", "Nowy Dom", "Kultury Dialogu", "Otwarta", "Bałtycki")
UNIT_HEADS = ("Wydział", "Dział", "Zakład", "Biuro")
SUBJECTS = ("Komunikacji i Promocji", "Socjologii Migracji", "Politologii", "Badań Społecznych")


@dataclass(frozen=True)
class UnitCase:
    city: Named
    unit: str
    plain: str
    text: str


def owner_genitive(rng: random.Random) -> str | None:
    head = case_form(rng.choice(OWNER_HEADS), "gen")
    if head is None:
        return None
    return f"{head.capitalize()} {rng.choice(OWNER_NAMES)}"


def unit_case(rng: random.Random) -> UnitCase | None:
    (city,) = draw(rng, cities())
    if rng.random() < 0.3:
        owner: str | None = rng.choice(("UWr", "UMCS", "SWPS", "UEk"))
    else:
        owner = owner_genitive(rng)
    if owner is None:
        return None
    unit = f"{rng.choice(UNIT_HEADS)} {rng.choice(SUBJECTS)} {owner}"
    plain = "Biuro Obsługi Mieszkańców"
    text = (
        f"Urząd Miasta {city.form('gen')} zaprosił gości na spotkanie {w(city)}. "
        f"Wśród zaproszonych był {unit}. Informacji udziela {plain}."
    )
    return UnitCase(city, unit, plain, text)


def owner_of(ctx: DocumentContext, label: str) -> set[object]:
    units = [iri for iri, e in ctx.entities.items() if e.label_pl == label]
    return {o for iri in units for o in objects(ctx, iri, "unitOf")}


def not_the_offices(ctx: DocumentContext, case: UnitCase) -> tuple[bool, str]:
    return office_of(case.city) not in owner_of(ctx, case.unit), f"{case.unit} not the office's"


def plain_is_the_offices(ctx: DocumentContext, case: UnitCase) -> tuple[bool, str]:
    return office_of(case.city) in owner_of(ctx, case.plain), f"{case.plain} is the office's"


def test_a_unit_that_names_its_owner_is_not_the_city_offices(pages: Pages) -> None:
    results, _ = measured(pages, unit_case, not_the_offices)
    assert rate("'Wydział Politologii Uniwersytetu X' on a city's page", results) >= NEGATIVE


def test_a_plain_unit_on_the_same_page_is_the_city_offices(pages: Pages) -> None:
    results, _ = measured(pages, unit_case, plain_is_the_offices)
    assert rate("'Biuro Obsługi Mieszkańców' on a city's page", results) >= POSITIVE
