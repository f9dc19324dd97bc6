"""Departments listed before one named with its parent share that parent: "przedstawiciele
Wydziału Spraw Cudzoziemców i Wydziału Polityki Społecznej Małopolskiego Urzędu Wojewódzkiego"
makes both departments units of the voivode's office (session 33, from misses of gani and zeta,
both opened in earlier sessions: only the last department had its office, and the first had
been given the page's city office, or none). Polish lists a shared genitive once, after the
last item.

Units are generated: a department's head (wydział, biuro, departament, referat) in the
genitive (morfeusz2) with a complement of test_org_names_generated, two or three listed with
commas, "i" or "oraz", then the parent in the genitive: a city's office of the reference
("Urzędu Miasta Płocka" is not one: the reference's twelve cities, declined by morfeusz2) or a
voivode's office ("Opolskiego Urzędu Wojewódzkiego", region adjectives declined by morfeusz2).
Control: a centre or a municipal social-welfare body listed first ("Miejskiego Ośrodka Pomocy
Społecznej i Wydziału Edukacji Urzędu Miasta Gdańska") is a body of its own, not a unit of the
office named after the department.
Measured on the commit before: 43.8 % -> 100 %; the control 100 % before and after."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, labelled, measured, objects
from tests.relations_templates import POSITIVE, cities, draw, office_of, rate
from tests.test_bodies_local_units_where_something_happens import REGIONS, declined
from tests.test_org_names_generated import COMPLEMENTS, form
from ump_kg.extract.context import DocumentContext

DEPARTMENTS = {"wydział": "m3", "biuro": "n", "departament": "m3", "referat": "m3"}
OWN_BODIES = (
    ([("miejski", "adj"), ("ośrodek", "subst")], "m3"),
    ([("miejski", "adj"), ("centrum", "subst")], "n"),
    ([("europejski", "adj"), ("centrum", "subst")], "n"),
)
TEMPLATES = (
    "W spotkaniu uczestniczyli przedstawiciele {units} {parent}.",
    "Szkolenie przygotowali pracownicy {units} {parent}.",
    "Pismo w tej sprawie podpisali dyrektorzy {units} {parent}.",
)


@dataclass(frozen=True)
class ListedCase:
    text: str
    units: tuple[str, ...]  # the nominatives of the departments listed
    parent: str  # the parent's IRI, or "new:" and its label


def department(rng: random.Random, used: set[str]) -> tuple[str, str] | None:
    """(genitive, nominative) of a department: 'Wydziału Spraw Cudzoziemców'."""
    head = rng.choice(sorted(DEPARTMENTS))
    complement = rng.choice([c for c in COMPLEMENTS if c not in used])
    used.add(complement)
    genitive = form(head, "gen", DEPARTMENTS[head], "subst")
    if genitive is None:
        return None
    return f"{genitive.capitalize()} {complement}", f"{head.capitalize()} {complement}"


def parent(rng: random.Random) -> tuple[str, str] | None:
    """(genitive, IRI or 'new:' label) of a city's office or of a voivode's office."""
    if rng.random() < 0.5:
        city = draw(rng, cities())[0]
        return f"Urzędu Miasta {city.form('gen')}", office_of(city)
    words = [(rng.choice(REGIONS), "adj"), ("urząd", "subst"), ("wojewódzki", "adj")]
    genitive, nominative = declined(words, "gen", "m3"), declined(words, "nom", "m3")
    if genitive is None or nominative is None:
        return None
    return genitive, f"new:{nominative}"


def joined(items: list[str], rng: random.Random) -> str:
    return ", ".join(items[:-1]) + f" {rng.choice(('i', 'oraz'))} {items[-1]}"


def listed_case(rng: random.Random) -> ListedCase | None:
    used: set[str] = set()
    units = [department(rng, used) for _ in range(rng.choice((2, 2, 3)))]
    office = parent(rng)
    if office is None or any(u is None for u in units):
        return None
    named = [u for u in units if u is not None]
    text = rng.choice(TEMPLATES).format(units=joined([g for g, _ in named], rng), parent=office[0])
    return ListedCase(text, tuple(n for _, n in named), office[1])


def control_case(rng: random.Random) -> ListedCase | None:
    """The first item a body of its own: it is no unit of the office."""
    used: set[str] = set()
    words, gender = rng.choice(OWN_BODIES)
    own, own_nominative = declined(words, "gen", gender), declined(words, "nom", gender)
    unit, office = department(rng, used), parent(rng)
    if own is None or own_nominative is None or unit is None or office is None:
        return None
    complement = rng.choice([c for c in COMPLEMENTS if c not in used])
    text = rng.choice(TEMPLATES).format(
        units=joined([f"{own} {complement}", unit[0]], rng), parent=office[0]
    )
    return ListedCase(text, (f"{own_nominative} {complement}",), office[1])


def parent_iri(ctx: DocumentContext, case: ListedCase) -> str:
    if not case.parent.startswith("new:"):
        return case.parent
    label = case.parent.removeprefix("new:")
    return next((i for i, e in ctx.entities.items() if e.label_pl == label), case.parent)


def units_of_the_parent(ctx: DocumentContext, case: ListedCase) -> tuple[bool, str]:
    office = parent_iri(ctx, case)
    ok = all(
        any(office in {str(o) for o in objects(ctx, iri, "unitOf")} for iri in labelled(ctx, u))
        for u in case.units
    )
    return ok, f"{', '.join(case.units)} unitOf {case.parent}"


def no_unit_of_the_parent(ctx: DocumentContext, case: ListedCase) -> tuple[bool, str]:
    office = parent_iri(ctx, case)
    found = labelled(ctx, case.units[0])
    ok = bool(found) and not any(
        office in {str(o) for o in objects(ctx, iri, "unitOf")} for iri in found
    )
    return ok, f"{case.units[0]} found, no unitOf {case.parent}"


def test_departments_listed_before_their_parent_are_its_units(pages: Pages) -> None:
    results, _ = measured(pages, listed_case, units_of_the_parent)
    assert rate("'Wydziału A i Wydziału B Urzędu X' -> both units of X", results) >= POSITIVE


def test_control_a_body_of_its_own_listed_first_is_no_unit(pages: Pages) -> None:
    results, _ = measured(pages, control_case, no_unit_of_the_parent)
    assert rate("control: 'Miejskiego Ośrodka … i Wydziału B Urzędu X'", results) >= POSITIVE
