"""A town whose name is plural only names its office in the nominative: "prezydent Kielc
Bogdan Wenta" holds a post in the "Urząd Miasta Kielce", as Kielce, Katowice and Tychy name
their own offices; before, the office was made from the genitive, "Urząd Miasta Kielc", and
from SGJP's genitive of Tychy, "Urząd Miasta Tych". Towns are GeoNames' Polish towns
(tests/test_places_named_where.polish_towns) that SGJP reads as plurale tantum, declined by
morfeusz2; people are SGJP's names (tests/relations_templates.people).

Control: a town with a singular name keeps the genitive ("Urząd Miasta Sopotu")."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from tests.relations_pages import Pages, measured
from tests.relations_templates import ID, POSITIVE, Person, form, people, rate
from tests.test_names_properties import morfeusz
from tests.test_places_named_where import polish_towns
from tests.test_town_offices import declined_towns, mayors_sentence
from ump_kg.extract.context import DocumentContext
from ump_kg.slug import slugify


@dataclass(frozen=True)
class TownCase:
    town: str
    person: Person
    text: str
    office: str  # the office's name the graph should hold


def is_plurale_tantum(town: str) -> bool:
    return any(
        str(lemma).split(":")[0] == town and "pt" in str(tag).split(":")
        for _, _, (_, lemma, tag, _, _) in morfeusz().analyse(town)
    )


@cache
def plural_towns() -> tuple[tuple[str, str], ...]:
    """(nominative, genitive) of one-word towns whose names are plural only."""
    found = []
    for town in polish_towns():
        genitive = form(town, "subst", "pl", "gen")
        if is_plurale_tantum(town) and genitive and genitive != town:
            found.append((town, genitive))
    return tuple(found)


def mayor_sentence(rng: random.Random, genitive: str, person: Person) -> str:
    title = rng.choice(("prezydent", "burmistrz"))
    return mayors_sentence(rng, person, genitive, title, f"{title}em")


def plural_town_case(rng: random.Random) -> TownCase:
    town, genitive = rng.choice(plural_towns())
    person = rng.choice(people())
    return TownCase(town, person, mayor_sentence(rng, genitive, person), f"Urząd Miasta {town}")


def singular_town_case(rng: random.Random) -> TownCase:
    town, genitive, _ = rng.choice(declined_towns())
    person = rng.choice(people())
    return TownCase(town, person, mayor_sentence(rng, genitive, person), f"Urząd Miasta {genitive}")


def office_named(ctx: DocumentContext, case: TownCase) -> tuple[bool, str]:
    town = f"{ID}city/{slugify(case.town)}"
    offices = {f.s for f in ctx.facts if f.p.endswith("inCity") and f.o == town}
    named = {ctx.entities[o].label_pl for o in offices if o in ctx.entities}
    return case.office in named, f"{case.office} in {case.town}"


def test_the_sample_has_plural_towns() -> None:
    assert len(plural_towns()) >= 30


def test_a_plural_towns_office_names_it_in_the_nominative(pages: Pages) -> None:
    results, _ = measured(pages, plural_town_case, office_named)
    assert rate("'prezydent Kielc' -> 'Urząd Miasta Kielce'", results) >= POSITIVE


def test_control_a_singular_towns_office_names_it_in_the_genitive(pages: Pages) -> None:
    results, _ = measured(pages, singular_town_case, office_named)
    assert rate("'prezydent Sopotu' -> 'Urząd Miasta Sopotu'", results) >= POSITIVE
