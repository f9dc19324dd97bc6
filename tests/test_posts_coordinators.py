"""Coordinators named in two more ways:

- by a relative clause: "X of the Gdańsk City Office, who coordinates the UMP Team for
  Migration and Integration, said …", "X z Urzędu Miasta Lublin, która koordynuje prace
  Zespołu …": X holds the coordinator's post in the body the clause names, and keeps the
  membership of the office before it; "X, who met the Team, said …" gives no post;
- by a contact block: "Koordynatorka projektu: X" over the line of the body X works in
  ("Wydział Spraw Społecznych Urzędu Miasta Bydgoszczy"): X coordinates from that body.

Cities are the reference's, people SGJP's."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, holds, measured, objects, person_iri
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    Named,
    Person,
    cities,
    draw,
    office_of,
    people,
    rate,
)
from ump_kg.extract.context import DocumentContext

TEAM = "https://w3id.org/ump-kg/id/organisation/ump-zespol-migracji-i-integracji"
ENGLISH = (
    "{N} of the {C} City Office, who coordinates the UMP Team for Migration and Integration, "
    "said the standards would follow.",
    "The report was prepared by {N} of the {C} City Office, who has coordinated the Union of "
    "Polish Metropolises Team for Migration and Integration since 2019.",
)
POLISH = (
    "Głos zabrał{a} {N} z Urzędu Miasta {C_gen}, {which} koordynuje prace Zespołu UMP ds. "
    "Migracji i Integracji.",
)
NO_POST = (
    "{N} of the {C} City Office, who met the UMP Team for Migration and Integration, said the "
    "standards would follow.",
)


@dataclass(frozen=True)
class CoordinatorCase:
    person: Person
    city: Named
    text: str
    english: bool


def coordinator_case(rng: random.Random, templates: tuple[str, ...]) -> CoordinatorCase:
    person = rng.choice(people())
    (city,) = draw(rng, cities())
    english = templates is not POLISH
    text = rng.choice(templates).format(
        N=person.nominative,
        C=city.form("nom"),
        C_gen=city.form("gen"),
        a=person.a,
        which="która" if person.gender == "f" else "który",
    )
    return CoordinatorCase(person, city, text, english)


def coordinates_the_team(ctx: DocumentContext, case: CoordinatorCase) -> tuple[bool, str]:
    who = person_iri(ctx, case.person)
    ok = holds(ctx, case.person, TEAM, "koordynator") and (
        who is not None and office_of(case.city) in objects(ctx, who, "memberOf")
    )
    return ok, f"{case.person.nominative} coordinates the Team, member of the office"


def test_who_coordinates_the_team_holds_the_post(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: coordinator_case(rng, ENGLISH), coordinates_the_team)
    assert rate("'X of the City Office, who coordinates the UMP Team'", results) >= POSITIVE


def test_ktora_koordynuje_prace_zespolu_holds_the_post(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: coordinator_case(rng, POLISH), coordinates_the_team)
    assert rate("'X z Urzędu …, która koordynuje prace Zespołu'", results) >= POSITIVE


def no_team_post(ctx: DocumentContext, case: CoordinatorCase) -> tuple[bool, str]:
    who = person_iri(ctx, case.person)
    posts = objects(ctx, who, "holds") if who else set()
    ok = not any(TEAM in objects(ctx, str(post), "postIn") for post in posts)
    return ok, "no post in the Team"


def test_who_met_the_team_holds_no_post(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: coordinator_case(rng, NO_POST), no_team_post)
    assert rate("negative: 'X, who met the UMP Team'", results) >= NEGATIVE


UNITS = ("Wydział Spraw Społecznych", "Biuro Partycypacji Społecznej", "Wydział Zdrowia")


@dataclass(frozen=True)
class ContactCase:
    person: Person
    city: Named
    unit: str
    text: str


def contact_block(rng: random.Random) -> ContactCase:
    person = rng.choice(people())
    (city,) = draw(rng, cities())
    unit = rng.choice(UNITS)
    title = "Koordynatorka" if person.gender == "f" else "Koordynator"
    text = "\n\n".join(
        (
            "Projekt „Razem w mieście” jest współfinansowany ze środków Unii Europejskiej.",
            "## Kontakt",
            f"{title} projektu: {person.nominative}\n{unit} Urzędu Miasta {city.form('gen')}\n"
            "tel. 52 585 93 14",
        )
    )
    return ContactCase(person, city, unit, text)


def coordinates_from_the_unit(ctx: DocumentContext, case: ContactCase) -> tuple[bool, str]:
    units = [iri for iri, e in ctx.entities.items() if e.label_pl == case.unit]
    ok = any(holds(ctx, case.person, unit, "koordynator") for unit in units)
    return ok, f"{case.person.nominative} coordinator in {case.unit}"


def test_a_contact_blocks_coordinator_works_in_the_body_below(pages: Pages) -> None:
    results, _ = measured(pages, contact_block, coordinates_from_the_unit)
    assert rate("'Koordynatorka projektu: X' / 'Wydział …'", results) >= POSITIVE
