"""English accounts name who opened or ran an event: "… said Anna Kos, Inclusion Officer at the
Fundacja Dialog, who opened the workshop by presenting …", "Jan Nowak … co-facilitated both
days" — they took part in it. People are SGJP's, cities the reference's (English labels), days
random."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects, person_iri
from tests.relations_templates import (
    MONTHS_EN,
    POSITIVE,
    Named,
    Person,
    cities,
    city_in_english,
    draw,
    people,
    rate,
)
from ump_kg.extract.context import DocumentContext

OPENERS = (
    '"Cities need plans," said {P}, Inclusion Officer at the Dialog Foundation, who opened the '
    "workshop by presenting new data.",
    "{P}, who coordinates the network from Warsaw, co-facilitated both days.",
    "{P} facilitated the session on housing.",
)


@dataclass(frozen=True)
class OpenerCase:
    city: Named
    day: dt.date
    person: Person
    text: str
    english: bool = True


def opener_case(rng: random.Random) -> OpenerCase:
    (city,) = draw(rng, cities())
    day = dt.date(rng.randrange(2018, 2025), rng.randrange(1, 13), rng.randrange(1, 27))
    person = rng.choice(people())
    text = (
        f"A two-day workshop was held in {city_in_english(rng, city)} on {day.day}–{day.day + 1} "
        f"{MONTHS_EN[day.month - 1]} {day.year}. " + rng.choice(OPENERS).format(P=person.nominative)
    )
    return OpenerCase(city, day, person, text)


def took_part(ctx: DocumentContext, case: OpenerCase) -> tuple[bool, str]:
    events = [e for e in ctx.events if (e.city, e.first) == (case.city.iri, case.day)]
    who = person_iri(ctx, case.person)
    ok = len(events) == 1 and who in objects(ctx, events[0].iri, "participant")
    return ok, f"{case.person.nominative} took part in the workshop in {case.city.slug}"


def test_who_opened_or_facilitated_took_part(pages: Pages) -> None:
    results, _ = measured(pages, opener_case, took_part)
    assert rate("'who opened the workshop', 'co-facilitated' -> participant", results) >= (POSITIVE)
