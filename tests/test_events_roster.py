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

INTROS = ("W spotkaniu uczestniczyli:", "Wzięli w nim udział:", "W obradach uczestniczyli:")
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
