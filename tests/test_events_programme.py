"""An announced conference and its programme: "5 i 6 czerwca Rzeszów będzie gospodarzem
konferencji …" puts it in Rzeszów; a heading naming one of its days ("**Program – 5 czerwca**")
opens its programme, so the speakers of the numbered items take part in it; "Drugiego dnia, 6
czerwca, uczestnicy wezmą udział w wizytach studyjnych" is the same event, not a second one; a
registration deadline ("rejestracja – do 31 maja") is no event. People are SGJP's, cities the
reference's, days drawn at random."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects, person_iri
from tests.relations_templates import (
    MONTHS_GEN,
    POSITIVE,
    Named,
    Person,
    cities,
    draw,
    organisations,
    people,
    rate,
)
from ump_kg.extract.context import DocumentContext
from ump_kg.extract.pipeline import knowledge

PUBLISHED = "2024-05-20"


@dataclass(frozen=True)
class ProgrammeCase:
    city: Named
    first: dt.date
    speakers: tuple[Person, Person]
    text: str


def programme(rng: random.Random) -> ProgrammeCase:
    (city,) = draw(rng, cities())
    first = dt.date(2024, 6, rng.randrange(3, 20))
    second = first + dt.timedelta(days=1)
    deadline = dt.date(2024, 5, 31)
    one, two = rng.sample(people(), 2)
    month = MONTHS_GEN[first.month - 1]
    text = (
        f"Już za dwa tygodnie, {first.day} i {second.day} {month}, {city.form('nom')} będzie "
        f"gospodarzem ogólnopolskiej konferencji „Miasto pierwszego kontaktu”.\n\n"
        f"**Program – {first.day} {month}**\n\n"
        f"1. 10.00 – otwarcie konferencji: {one.nominative}, rektor uczelni;\n"
        f"2. 10.30 – wystąpienie: {two.nominative}, ekspert ds. migracji;\n\n"
        f"Drugiego dnia, {second.day} {month}, uczestnicy wezmą udział w wizytach studyjnych.\n\n"
        f"Udział w konferencji jest bezpłatny, ale obowiązuje rejestracja – do {deadline.day} "
        f"{MONTHS_GEN[deadline.month - 1]}."
    )
    return ProgrammeCase(city, first, (one, two), text)


def one_conference(ctx: DocumentContext, case: ProgrammeCase) -> tuple[bool, str]:
    if len(ctx.events) != 1:
        return False, f"one event, not {len(ctx.events)}"
    event = ctx.events[0]
    speakers = [person_iri(ctx, p) for p in case.speakers]
    took_part = objects(ctx, event.iri, "participant")
    ok = (
        event.city == case.city.iri
        and event.first == case.first
        and all(s in took_part for s in speakers)
    )
    return ok, f"one conference in {case.city.slug} on {case.first} with both speakers"


def test_an_announced_conference_and_its_programme(pages: Pages) -> None:
    results, _ = measured(pages, programme, one_conference, published=PUBLISHED)
    assert rate("host city, programme speakers, its second day, no deadline event", results) >= (
        POSITIVE
    )


@dataclass(frozen=True)
class OrganisedCase:
    city: str
    text: str


def organised_by_an_office(rng: random.Random) -> OrganisedCase:
    """ "W środę, 12 października, poszłyśmy na warsztat konsultacyjny, który Urząd Miasta
    Poznania zorganizował w Sali Białej": the office's city holds it."""
    city_of = {o: c for c, o in knowledge().reference.office_of_city.items()}
    office = rng.choice([o for o in organisations() if o.iri in city_of])
    day = dt.date(2022, rng.randrange(1, 13), rng.randrange(1, 28))
    verb = rng.choice(("zorganizował", "przygotował"))
    event = rng.choice(("warsztat konsultacyjny", "spotkanie informacyjne", "seminarium"))
    text = (
        f"{day.day} {MONTHS_GEN[day.month - 1]} poszłyśmy na {event}, który {office.form('nom')} "
        f"{verb} w Sali Białej."
    ).replace("który", "które" if event != "warsztat konsultacyjny" else "który")
    return OrganisedCase(city_of[office.iri], text)


def held_in_the_offices_city(ctx: DocumentContext, case: OrganisedCase) -> tuple[bool, str]:
    return [e.city for e in ctx.events] == [case.city], f"one event in {case.city}"


def test_an_office_organising_an_event_holds_it_in_its_city(pages: Pages) -> None:
    results, _ = measured(
        pages, organised_by_an_office, held_in_the_offices_city, published="2022-12-31"
    )
    assert rate("'warsztat, który Urząd Miasta X zorganizował' -> in X", results) >= POSITIVE
