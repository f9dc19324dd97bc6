"""What a quoted title holds belongs to the title:

- a day inside an event's title is not the event's day ("Konferencja „Miasta dwa lata po 24
  lutego 2022 r.” odbyła się 21 lutego 2024 r. w Lublinie" is on 21 February 2024);
- a titled event without a day or a city that opens the sentence right after a dated meeting's
  ("… spotkali się 21 lutego w Lublinie. Konferencja „…” została zorganizowana przez …", "The
  conference “…” was co-organised by …") is that meeting, named;
- a name inside a short quoted title ("film „Anna Kowalska wraca do domu”", "the report "Two
  Years of Urban Hospitality"") is no person; a quoted sentence of speech that names someone
  ("„Rozmawiałam wczoraj z Anną Kowalską o szkołach.”") still names them.

Cities are the reference's, people SGJP's, days random."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects
from tests.relations_templates import (
    MONTHS_GEN,
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
from tests.test_events_told_in_two_sentences import MONTHS_EN
from ump_kg.extract.context import DocumentContext
from ump_kg.extract.names import find_people

TITLE_WORDS = ("Miasta otwarte", "Metropolie razem", "Cities that welcome", "Wspólne miasto")


@dataclass(frozen=True)
class TitledCase:
    city: Named
    day: dt.date
    other: dt.date
    title: str
    text: str
    english: bool = False


def a_day(rng: random.Random) -> dt.date:
    return dt.date(rng.randrange(2019, 2025), rng.randrange(1, 13), rng.randrange(1, 28))


def polish_day(day: dt.date) -> str:
    return f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r."


def day_in_title(rng: random.Random) -> TitledCase:
    (city,) = draw(rng, cities())
    day, other = a_day(rng), a_day(rng)
    english = rng.random() < 0.4
    if english:
        title = f"{rng.choice(TITLE_WORDS)}: cities after {other.day} {MONTHS_EN[other.month - 1]} {other.year}"
        when = f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
        text = f"The conference “{title}” took place on {when} in {city.form('nom')}."
    else:
        title = f"{rng.choice(TITLE_WORDS)} po {polish_day(other)}"
        text = f"Konferencja „{title}” odbyła się {polish_day(day)} {w(city)}."
    return TitledCase(city, day, other, title, text, english)


def dated_by_its_own_day(ctx: DocumentContext, case: TitledCase) -> tuple[bool, str]:
    days = {e.first for e in ctx.events}
    ok = case.day in days and case.other not in days
    return ok, f"the event on {case.day}, none on {case.other} ({sorted(map(str, days))})"


def test_a_day_inside_the_title_is_not_the_events(pages: Pages) -> None:
    results, _ = measured(pages, day_in_title, dated_by_its_own_day, published="2025-01-10")
    assert rate("'Konferencja „… po 24 lutego 2022 r.” odbyła się 21 lutego 2024 r.'", results) >= (
        POSITIVE
    )


def title_next(rng: random.Random) -> TitledCase:
    (city,) = draw(rng, cities())
    day = a_day(rng)
    title = f"{rng.choice(TITLE_WORDS)} {rng.randrange(2, 9)}"
    english = rng.random() < 0.4
    if english:
        text = (
            f"Mayors of Polish cities met in {city.form('nom')} on {day.day} "
            f"{MONTHS_EN[day.month - 1]} {day.year}.\n\nThe conference “{title}” was "
            "co-organised by the Union of Polish Metropolises."
        )
    else:
        text = (
            f"{polish_day(day)} {w(city)} spotkali się przedstawiciele największych miast.\n\n"
            f"Konferencja „{title}” została zorganizowana przez Unię Metropolii Polskich."
        )
    return TitledCase(city, day, day, title, text, english)


def one_named_event(ctx: DocumentContext, case: TitledCase) -> tuple[bool, str]:
    found = [(e.first, e.city) for e in ctx.events]
    names = {str(n) for e in ctx.events for n in objects(ctx, e.iri, "https://schema.org/name")}
    ok = found == [(case.day, case.city.iri)] and case.title in names
    return ok, f"one event {case.day} in {case.city.slug} named {case.title} ({found}, {names})"


def test_a_titled_event_after_a_dated_meeting_is_that_meeting(pages: Pages) -> None:
    results, _ = measured(pages, title_next, one_named_event, published="2025-01-10")
    assert rate("'… spotkali się 21 lutego w Lublinie. Konferencja „…” …'", results) >= POSITIVE


def named_in(text: str, person: Person) -> bool:
    return person.nominative in [p.base for p in find_people(text, [])]


def test_a_name_inside_a_short_title_is_no_person() -> None:
    rng = random.Random(20261203)
    chosen = rng.sample(people(), 105)
    found = [
        p.nominative
        for p in chosen
        if named_in(f"W programie pokazano film „{p.nominative} wraca do domu” i debatę.", p)
    ]
    assert len(found) / len(chosen) <= 1 - NEGATIVE, found[:5]


def test_a_name_inside_a_quoted_sentence_of_speech_is_a_person() -> None:
    rng = random.Random(20261204)
    chosen = rng.sample(people(), 105)
    found = [
        p.nominative
        for p in chosen
        if named_in(f"„Wczoraj wieczorem rozmawiałam o szkołach – mówi {p.nominative}.”", p)
    ]
    assert len(found) / len(chosen) >= POSITIVE, len(found)
