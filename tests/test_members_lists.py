"""A team's page lists its members one to an item, each with an address from the smallest unit
to the office: "Członkowie Zespołu:" over "- Anna Kos – kierowniczka Referatu ds. Cudzoziemców,
Departament Spraw Społecznych, Urząd Miejski w Białymstoku", "- Jan Nowak – specjalista ds.
integracji, Urząd Miasta Krakowa".

- each item's person is a member of the team the introduction (or the heading) names;
- in the address each unit belongs to the next, larger one, and the last to the office — of the
  item's city, not of the page's;
- a person with a role noun of no body before the office after the comma works there (a post
  in it, or a member of it);
- "**Koordynatorka Zespołu:** Marta Kos" is the team's coordinator.

A list under an introduction that is not about members ("Dyżury pełnią:") makes nobody a member.
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
INTROS = (
    "Członkowie Zespołu UMP ds. Migracji i Integracji:",
    "W skład Zespołu UMP ds. Migracji i Integracji wchodzą:",
)
OTHER_INTROS = ("Zespół UMP ds. Migracji i Integracji spotyka się w miastach; dyżury pełnią:",)
SECTIONS = ("Referatu ds. Cudzoziemców", "Referatu Integracji Imigrantów")
DEPARTMENTS = ("Departament Spraw Społecznych", "Wydział Polityki Społecznej")


@dataclass(frozen=True)
class MembersCase:
    first: tuple[Person, Named]
    second: tuple[Person, Named]
    coordinator: Person
    text: str
    members: bool


def office_name(city: Named) -> str:
    return f"Urząd Miasta {city.form('gen')}"


def members_page(rng: random.Random, intros: tuple[str, ...], members: bool) -> MembersCase:
    one, two = draw(rng, cities(), 2)
    first, second, coordinator = rng.sample(people(), 3)
    head = "kierowniczka" if first.gender == "f" else "kierownik"
    expert = "specjalistka" if second.gender == "f" else "specjalista"
    title = "Koordynatorka" if coordinator.gender == "f" else "Koordynator"
    text = "\n\n".join(
        (
            rng.choice(intros),
            f"- {first.nominative} – {head} {rng.choice(SECTIONS)}, {rng.choice(DEPARTMENTS)}, "
            f"{office_name(one)}\n- {second.nominative} – {expert} ds. integracji, "
            f"{office_name(two)}",
            f"**{title} Zespołu:** {coordinator.nominative}",
        )
    )
    return MembersCase((first, one), (second, two), coordinator, text, members)


def units_of(ctx: DocumentContext, office: str) -> set[str]:
    """IRIs of the units that belong to the office, directly or through another unit."""
    found: set[str] = set()
    frontier = {office}
    while frontier:
        found |= frontier
        frontier = {
            f.s for f in ctx.facts if f.p.endswith("/unitOf") and str(f.o) in frontier
        } - found
    return found - {office}


def read_as_members(ctx: DocumentContext, case: MembersCase) -> tuple[bool, str]:
    (first, one), (second, two) = case.first, case.second
    who = [person_iri(ctx, p) for p in (first, second)]
    in_team = all(w is not None and TEAM in objects(ctx, w, "memberOf") for w in who)
    # the section belongs to the department, the department to its own city's office
    chain = len(units_of(ctx, office_of(one))) >= 2 and not units_of(ctx, office_of(two))
    # (a member of the office, or holding a post in it: "specjalistka ds. integracji, Urząd …")
    works = who[1] is not None and (
        office_of(two) in objects(ctx, who[1], "memberOf") or holds(ctx, second, office_of(two))
    )
    coordinates = holds(ctx, case.coordinator, TEAM, "koordynator")
    ok = in_team and chain and works and coordinates
    return ok, f"members {in_team}, address chain {chain}, works {works}, coordinator {coordinates}"


def test_a_members_list_makes_members_and_reads_addresses(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: members_page(rng, INTROS, True), read_as_members)
    assert rate(
        "'Członkowie Zespołu:' / '- X – kierowniczka Referatu …, Departament …'", results
    ) >= (POSITIVE)


def no_members(ctx: DocumentContext, case: MembersCase) -> tuple[bool, str]:
    who = [person_iri(ctx, p) for p, _ in (case.first, case.second)]
    ok = not any(w is not None and TEAM in objects(ctx, w, "memberOf") for w in who)
    return ok, "nobody a member"


def test_a_list_under_another_line_makes_no_members(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: members_page(rng, OTHER_INTROS, False), no_members)
    assert rate("negative: 'dyżury pełnią:'", results) >= NEGATIVE


def members_did(rng: random.Random) -> MembersCase:
    """ "Członkowie Zespołu:" as the subject of items that say what they did."""
    one, two = draw(rng, cities(), 2)
    first, second, coordinator = rng.sample(people(), 3)
    text = "\n\n".join(
        (
            "Członkowie Zespołu UMP ds. Migracji i Integracji:",
            f"- odwiedzili pracownię ekonomii społecznej, gdzie spotkali się z "
            f"{first.form('inst')},\n- rozmawiali z {second.form('inst')} o szkołach.",
        )
    )
    return MembersCase((first, one), (second, two), coordinator, text, False)


def test_items_that_say_what_members_did_make_no_members(pages: Pages) -> None:
    results, _ = measured(pages, members_did, no_members)
    assert rate("negative: 'Członkowie Zespołu:' / '- spotkali się z X'", results) >= NEGATIVE


FOUNDATIONS = ("Fundacji Ocalenie", "Fundacji Nowy Dom", "Stowarzyszenia Interkulturalni")


def enumeration(rng: random.Random) -> tuple[str, str]:
    department = rng.choice(("Wydziału Spraw Społecznych", "Wydziału Polityki Społecznej"))
    text = (
        f"W spotkaniu udział wzięli przedstawiciele {department}, {rng.choice(FOUNDATIONS)} i "
        f"{rng.choice(('Caritas Polska', 'IOM'))}."
    )
    return department, text


def test_bodies_enumerated_with_commas_are_no_address(pages: Pages) -> None:
    """ "przedstawiciele Wydziału …, Fundacji Ocalenie i Caritas Polska" names three bodies: the
    department is no unit of the foundation after its comma."""
    rng = random.Random(20261205)
    results = []
    for _ in range(105):
        department, text = enumeration(rng)
        ctx = pages.extract(text)
        nested = [f for f in ctx.facts if f.p.endswith("/unitOf") and "fundacj" in str(f.o)]
        nested += [f for f in ctx.facts if f.p.endswith("/unitOf") and "stowarzysz" in str(f.o)]
        results.append((not nested, f"{text!r}: {department} nested in {nested}"))
    assert rate("negative: 'Wydziału …, Fundacji … i Caritas'", results) >= NEGATIVE
