"""A visit on a day is an event (session 25).

"Rzecznik Marcin Wiącek, przebywając 7 kwietnia 2022 r. w Katowicach, odwiedził punkt …", "<Person>
odwiedziła Centrum … w Lublinie 12 maja 2023 r.", "Wizyta <person's genitive> w Poznaniu odbyła
się 3 marca": what a person visited on a day, in a city, is an event of that day there, with the
visitor taking part (events.py TRIGGER 'wizyta', 'odwiedził', which NEEDS_A_DAY). Before, only a
study visit ("wizyta studyjna") was one.
Control: a visit with no day ("<Person> odwiedził Centrum …", "lekarz prowadzi wizyty domowe")
makes no event.
People are drawn from SGJP (relations_templates.people(), every case form from morfeusz2), the
places are made-up names "<head> <SGJP noun>" declined by phrase_forms, the cities the
reference's twelve, the dates random (date_of).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, person_iri
from tests.relations_templates import cities, date_of, new_names, people, rate, w
from ump_kg.extract.context import DocumentContext

PLACES = new_names(("Centrum", "Punkt", "Dom", "Klub"), 150, 260)


@dataclass(frozen=True)
class Case:
    text: str
    first: object
    city: str | None
    person: object


def visit(rng: random.Random, dated: bool) -> Case:
    person = rng.choice(people())
    city = rng.choice(cities())
    place = rng.choice(PLACES)
    date = date_of(rng, ranges=False)
    a = person.a
    if not dated:
        text = rng.choice(
            (
                f"{person.nominative} odwiedził{a} {place.form('acc')} {w(city)}.",
                f"Lekarze z {place.form('gen')} prowadzą wizyty domowe {w(city)}.",
            )
        )
        return Case(text, None, None, person)
    text = rng.choice(
        (
            f"{person.nominative}, przebywając {date.text} {w(city)}, odwiedził{a} "
            f"{place.form('acc')}.",
            f"{person.nominative} odwiedził{a} {place.form('acc')} {w(city)} {date.text}.",
            f"Wizyta {person.form('gen')} {w(city)} odbyła się {date.text}.",
            f"{date.text.capitalize()} {w(city)} z wizytą był{a} {person.nominative}.",
        )
    )
    return Case(text, date.first, city.iri, person)


def an_event_of_the_visit(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    who = person_iri(ctx, case.person)  # type: ignore[arg-type]
    found = [
        e
        for e in ctx.events
        if e.first == case.first
        and e.city == case.city
        and any(f.s == e.iri and f.p.endswith("participant") and str(f.o) == who for f in ctx.facts)
    ]
    return bool(found), f"an event on {case.first} in {case.city} with the visitor"


def no_event(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    return not ctx.events, "no event"


def test_a_visit_on_a_day_is_an_event(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: visit(rng, True), an_event_of_the_visit)
    assert (
        rate("'X, przebywając <day> w Y, odwiedził …', 'Wizyta X w Y odbyła się <day>'", results)
        >= 0.95
    )


def test_control_a_visit_without_a_day_is_no_event(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: visit(rng, False), no_event)
    assert rate("control: a visit with no day", results) >= 0.95
