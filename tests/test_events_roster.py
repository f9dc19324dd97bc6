"""A roster after a line that says its items took part ("W spotkaniu uczestniczyli:", "Wzięli
w nim udział:") over items "- Gdańsk – Piotr Malinowski (Urząd Miejski w Gdańsku)": each person
takes part and each city that opens an item sent them. A list after a line that says something
else ("Miasta opracowały plany:") gives no participant. The Team called a "grupa robocza" on a
city's page is the Team. People are SGJP's, cities the reference's."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects, person_iri
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    Named,
    Person,
    cities,
    draw,
    people,
    rate,
    w,
)
from ump_kg.extract.context import DocumentContext

INTROS = (
    "W spotkaniu uczestniczyli:",
    "Wzięli w nim udział:",
    "W obradach uczestniczyli:",
    "W programie spotkania wystąpili:",
    "Głos zabrali:",
)
OTHER_INTROS = ("Plany integracji opracowały już miasta:", "Raporty przygotowali autorzy:")


@dataclass(frozen=True)
class RosterCase:
    cities: tuple[Named, ...]
    people: tuple[Person, ...]
    text: str
    took_part: bool


def roster(rng: random.Random, intros: tuple[str, ...], took_part: bool) -> RosterCase:
    host, *sent = draw(rng, cities(), 4)
    chosen = tuple(rng.sample(people(), 3))
    items = "\n".join(
        f"- {city.form('nom')} – {person.nominative} ({office_label(city)}),"
        for city, person in zip(sent, chosen, strict=True)
    ).rstrip(",")
    text = (
        f"27 i 28 lutego 2020 r. gościliśmy {w(host)} grupę roboczą ds. migracji i integracji "
        f"Unii Metropolii Polskich.\n\n{rng.choice(intros)}\n\n{items}."
    )
    return RosterCase(tuple(sent), chosen, text, took_part)


def office_label(city: Named) -> str:
    return f"Urząd Miasta {city.form('gen')}"


def roster_read(ctx: DocumentContext, case: RosterCase) -> tuple[bool, str]:
    if len(ctx.events) != 1:
        return False, "one event"
    event = ctx.events[0].iri
    cities_in = objects(ctx, event, "participatingCity")
    people_in = objects(ctx, event, "participant")
    who = [person_iri(ctx, p) for p in case.people]
    if case.took_part:
        ok = all(c.iri in cities_in for c in case.cities) and all(p in people_in for p in who)
    else:
        ok = not any(p in people_in for p in who) and not any(
            c.iri in cities_in for c in case.cities
        )
    return ok, "roster read" if case.took_part else "no participants"


def test_a_roster_after_a_line_of_taking_part(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: roster(rng, INTROS, True), roster_read)
    assert rate("'W spotkaniu uczestniczyli:' + '- City – Person (Office)'", results) >= POSITIVE


def test_a_list_after_another_line_is_no_roster(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: roster(rng, OTHER_INTROS, False), roster_read)
    assert rate("negative: 'Plany opracowały miasta:' + list", results) >= NEGATIVE


def test_the_working_group_is_the_team(pages: Pages) -> None:
    def team_meeting(ctx: DocumentContext, case: RosterCase) -> tuple[bool, str]:
        return [e.kind for e in ctx.events] == ["TeamMeeting"], "a meeting of the Team"

    results, _ = measured(pages, lambda rng: roster(rng, INTROS, True), team_meeting)
    assert rate("'gościliśmy grupę roboczą … UMP' -> TeamMeeting", results) >= POSITIVE


def table_page(rng: random.Random) -> RosterCase:
    """A page whose first heading names the Team, a section "## Posiedzenia w latach …" and a
    table of meetings; a sentence says IOM supports "jego posiedzenia od początku"."""
    chosen = tuple(draw(rng, cities(), 3))
    rows = []
    for year, city in zip((2017, 2018, 2019), chosen, strict=True):
        day = rng.randrange(1, 27)
        rows.append(f"| {day}–{day + 1} czerwca {year} r. | {city.form('nom')} | integracja |")
    text = (
        "# Zespół UMP ds. Migracji i Integracji – podsumowanie\n\n"
        "Zespół działa od 2017 r.; jego posiedzenia od początku wspierają eksperci "
        "Międzynarodowej Organizacji ds. Migracji (IOM).\n\n"
        "## Posiedzenia w latach 2017–2019\n\n"
        "| Termin | Miasto | Temat |\n|---|---|---|\n" + "\n".join(rows) + "\n"
    )
    return RosterCase(chosen, (), text, True)


def team_meetings_supported(ctx: DocumentContext, case: RosterCase) -> tuple[bool, str]:
    iom = "https://w3id.org/ump-kg/id/organisation/iom"
    meetings = [e for e in ctx.events if e.kind == "TeamMeeting"]
    ok = {e.city for e in meetings} == {c.iri for c in case.cities} and all(
        iom in objects(ctx, e.iri, "supporter") for e in meetings
    )
    return ok, "three Team meetings, each supported by IOM"


def test_a_table_of_meetings_on_the_teams_page(pages: Pages) -> None:
    results, _ = measured(pages, table_page, team_meetings_supported)
    assert rate("table under the Team's page heading; 'jego posiedzenia … wspierają'", results) >= (
        POSITIVE
    )
