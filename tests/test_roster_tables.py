"""A table of who took part (under "## Uczestnicy" after a meeting): "| Miasto | Imię i
nazwisko | Jednostka |" over "| Gdańsk | Ewa Kos | Wydział Rozwoju Społecznego, Urząd Miejski w
Gdańsku |". Each row's city took part, and its person works in the first body of the body
column (a unit named alone, "| Wrocław | … | Biuro X |", is one of the row's city's office). Cities and offices are the reference's (nominative labels, as tables write them),
people SGJP's, units drawn from unit heads and subjects, NGOs made up (morfeusz2); headers vary
(Polish and English, the city column shared with institutions). Negative controls: a table with
no name column makes nobody a member; a table under a heading that is not a roster makes no city
a participant."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.pages_templates import organisation_iri, organisation_of, person_of
from tests.relations_pages import Pages, measured, objects
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    Named,
    Person,
    cities,
    draw,
    office_of,
    organisations,
    rate,
    w,
)
from ump_kg.extract.context import DocumentContext

HEADERS = (
    "| Miasto | Imię i nazwisko | Jednostka |",
    "| Miasto / instytucja | Osoba | Instytucja |",
    "| Miasto | Przedstawiciel | Urząd / organizacja |",
    "| City | Name | Organisation |",
)
HEADINGS = ("## Uczestnicy", "## Lista obecności", "W spotkaniu uczestniczyli:", "Udział wzięli:")
UNIT_HEADS = ("Wydział", "Biuro", "Referat")
SUBJECTS = ("Polityki Społecznej", "Spraw Społecznych", "Integracji Cudzoziemców", "Edukacji")


@dataclass(frozen=True)
class Row:
    city: Named
    person: Person
    body: str  # the IRI of the body the person works in, "" for a unit of the office
    unit: str  # the unit's label, "" for a body
    cell: str


@dataclass(frozen=True)
class RosterCase:
    host: Named
    rows: tuple[Row, ...]
    text: str


def office_named(city: Named) -> Named:
    return next(o for o in organisations() if o.iri == office_of(city))


def row_of(rng: random.Random, city: Named, taken: set[str]) -> Row:
    person = person_of(rng, taken)
    if rng.random() < 0.5:
        unit = f"{rng.choice(UNIT_HEADS)} {rng.choice(SUBJECTS)}"
        return Row(city, person, "", unit, f"{unit}, {office_named(city).form('nom')}")
    body = organisation_of(rng)
    if body.label.split()[0] in UNIT_HEADS:
        # "| Wrocław | … | Biuro Ochrony Migrantów |": a unit's name alone in a city's row is a
        # unit of that city's office (its IRI qualified by the office's)
        iri = f"{office_of(city)}-{organisation_iri(body.label).rsplit('/', 1)[-1]}"
        return Row(city, person, iri, "", body.label)
    return Row(city, person, organisation_iri(body.label), "", body.label)


def roster_case(rng: random.Random, heading: str | None = None) -> RosterCase:
    host, *guests = draw(rng, cities(), 4)
    taken: set[str] = set()
    rows = tuple(row_of(rng, city, taken) for city in guests)
    lines = [rng.choice(HEADERS), "|---|---|---|"]
    lines += [f"| {r.city.form('nom')} | {r.person.nominative} | {r.cell} |" for r in rows]
    text = (
        f"12 marca 2021 r. {w(host)} spotkał się Zespół UMP ds. Migracji i Integracji.\n\n"
        f"{heading or rng.choice(HEADINGS)}\n\n" + "\n".join(lines)
    )
    return RosterCase(host, rows, text)


def meeting_of(ctx: DocumentContext, case: RosterCase) -> str | None:
    return next((e.iri for e in ctx.events if e.city == case.host.iri), None)


def cities_took_part(ctx: DocumentContext, case: RosterCase) -> tuple[bool, str]:
    meeting = meeting_of(ctx, case)
    came = {str(o) for o in objects(ctx, meeting, "participatingCity")} if meeting else set()
    return all(r.city.iri in came for r in case.rows), "every row's city took part"


def works_in(ctx: DocumentContext, row: Row) -> bool:
    who = next(
        (m.iri for m in ctx.mentions if m.kind == "person" and m.text == row.person.nominative),
        None,
    )
    if who is None:
        return False
    bodies = {str(o) for o in objects(ctx, who, "memberOf")}
    if row.body:
        return row.body in bodies
    units = [i for i, e in ctx.entities.items() if e.label_pl == row.unit]
    return any(
        unit in bodies and office_of(row.city) in {str(o) for o in objects(ctx, unit, "unitOf")}
        for unit in units
    )


def people_work_there(ctx: DocumentContext, case: RosterCase) -> tuple[bool, str]:
    return all(works_in(ctx, r) for r in case.rows), "every row's person works in its body"


def test_a_rosters_cities_took_part(pages: Pages) -> None:
    results, _ = measured(pages, roster_case, cities_took_part)
    assert rate("'| Gdańsk | Ewa Kos | … |' under 'Uczestnicy': Gdańsk came", results) >= POSITIVE


def test_a_rosters_people_work_in_their_bodies(pages: Pages) -> None:
    results, _ = measured(pages, roster_case, people_work_there)
    assert rate("'| Gdańsk | Ewa Kos | Wydział X, Urząd … |': Ewa Kos works there", results) >= (
        POSITIVE
    )


def no_name_column(rng: random.Random) -> RosterCase:
    case = roster_case(rng)
    text = case.text
    for header in HEADERS:
        text = text.replace(header, "| Miasto | Temat | Jednostka |")
    return RosterCase(case.host, case.rows, text)


def nobody_is_a_member(ctx: DocumentContext, case: RosterCase) -> tuple[bool, str]:
    return not any(works_in(ctx, r) for r in case.rows), "nobody made a member"


def test_a_table_without_names_makes_no_members(pages: Pages) -> None:
    results, _ = measured(pages, no_name_column, nobody_is_a_member)
    assert rate("'| Miasto | Temat | Jednostka |': no members", results) >= NEGATIVE


def no_city_came(ctx: DocumentContext, case: RosterCase) -> tuple[bool, str]:
    meeting = meeting_of(ctx, case)
    came = {str(o) for o in objects(ctx, meeting, "participatingCity")} if meeting else set()
    return not any(r.city.iri in came for r in case.rows), "no row's city took part"


def test_a_table_that_is_no_roster_sends_no_city(pages: Pages) -> None:
    results, _ = measured(
        pages, lambda rng: roster_case(rng, "## Kontakty w miastach"), no_city_came
    )
    assert rate("'## Kontakty w miastach' over the table: no city came", results) >= NEGATIVE
