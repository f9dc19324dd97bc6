"""A city's officer at an event brings the city: "udział: Anna Czarnecka (Wydział Edukacji
Urzędu Miasta Krakowa)", "głos zabrała X z Urzędu Miasta Poznania" — the person takes part as a
member of the office (or of one of its units), so the office's city takes part too. A person
from a foundation brings no city. Offices and cities are the reference's (declined by
morfeusz2), people SGJP's, days random."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects, person_iri
from tests.relations_templates import (
    MONTHS_GEN,
    NEGATIVE,
    POSITIVE,
    Named,
    Person,
    cities,
    organisations,
    people,
    rate,
    w,
)
from tests.test_events_speakers import a_day
from tests.test_events_staff import UNITS
from ump_kg.extract.context import DocumentContext
from ump_kg.extract.pipeline import knowledge


@dataclass(frozen=True)
class OfficerCase:
    host: str
    officer: Person
    city: str | None  # the city the officer's office is of; None: a foundation's person
    text: str


def offices() -> list[tuple[Named, str]]:
    city_of = knowledge().reference.city_of_office
    return [(o, city_of[o.iri]) for o in organisations() if o.iri in city_of]


TEMPLATES = (
    "W posiedzeniu uczestniczył{a} {P} ({B}).",
    "Głos zabrał{a} {P} z {Bgen}.",
    "Udział w dyskusji wziął{e} {P} ({B}).",
)


def from_an_office(rng: random.Random, city: bool) -> OfficerCase:
    (office, office_city), (_, host_city) = rng.sample(offices(), 2)
    officer = rng.choice(people())
    unit, unit_gen = rng.choice(UNITS)
    if city:
        named, named_gen = rng.choice(
            [
                (office.form("nom"), office.form("gen")),
                (f"{unit} {office.form('gen')}", f"{unit_gen} {office.form('gen')}"),
            ]
        )
    else:
        named, named_gen = "Fundacja „Dialog”", "Fundacji „Dialog”"
    female = officer.gender == "f"
    sentence = rng.choice(TEMPLATES).format(
        P=officer.nominative, B=named, Bgen=named_gen, a=officer.a, e="ęła" if female else ""
    )
    day = a_day(rng)
    text = (
        f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r. {w(city_by_iri()[host_city])} obradował "
        f"Zespół UMP ds. Migracji i Integracji. {sentence}"
    )
    return OfficerCase(host_city, officer, office_city if city else None, text)


def city_by_iri() -> dict[str, Named]:
    return {c.iri: c for c in cities()}


def an_officer(rng: random.Random) -> OfficerCase:
    return from_an_office(rng, True)


def a_foundations_person(rng: random.Random) -> OfficerCase:
    return from_an_office(rng, False)


def brought_the_city(ctx: DocumentContext, case: OfficerCase) -> tuple[bool, str]:
    events = [e for e in ctx.events if e.city == case.host]
    if len(events) != 1:
        return False, f"one meeting in {case.host}"
    took_part = objects(ctx, events[0].iri, "participant")
    cities = objects(ctx, events[0].iri, "participatingCity") - {case.host}
    there = person_iri(ctx, case.officer) in took_part
    if case.city is None:
        return there and not cities, f"{case.officer.nominative} took part; no city came with"
    return there and cities == {case.city}, f"{case.officer.nominative} brought {case.city}"


def test_an_officer_brings_the_city(pages: Pages) -> None:
    results, _ = measured(pages, an_officer, brought_the_city)
    assert rate("'X (Wydział … Urzędu Miasta Y)' -> Y took part", results) >= POSITIVE


def test_a_foundations_person_brings_no_city(pages: Pages) -> None:
    results, _ = measured(pages, a_foundations_person, brought_the_city)
    assert rate("'X (Fundacja „Dialog”)' -> no city", results) >= NEGATIVE
