"""A meeting that sets the scene of what was said is on that day, in the page's city (session 25).

1. "<Person> mówił(a) <day> podczas spotkania w <venue>." on a city's page ("<City> –
   aktualności"), the venue a name with no city in it: an event of that day in that city
   (events.py sets_the_scene, city_of_a_city_page). Before, a meeting word after "podczas" made
   no dated event unless the sentence named a city.
2. The same with the page's city named in the sentence for something else ("… 6500 osób
   trafiło do <City> – mówił(a) <Person> <day>, podczas spotkania w <venue>"): the page's city
   is still the one the meeting is in.
3. Control: the same sentence naming another city than the page's ("… przyjechało z <Other>")
   does not place the meeting in the page's city.
4. Control (English): "Over the past months meetings, consultations and forums were held in
   <City>." speaks of meetings in general — no event (events.py COUNTED_MEETINGS_EN); "A meeting
   was held in <City> on <day>." is one.
People are morfeusz2's given names and surnames in the nominative, venues made-up names
"<head> <SGJP noun>" declined by phrase_forms, cities the reference's twelve (SGJP forms).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from tests.relations_pages import Pages, measured, outcome
from tests.relations_templates import (
    MONTHS_EN,
    capitalise,
    cases,
    cities,
    date_of,
    new_names,
    people,
    rate,
)
from ump_kg.extract.context import DocumentContext

VENUES = new_names(("Centrum", "Dom", "Klub", "Galeria", "Pałac"), 40, 140)
SAID = ("mówił{a}", "podkreślał{a}", "zapowiedział{a}", "przypomniał{a}")
MEETING = ("spotkania", "posiedzenia", "zebrania", "spotkania z mieszkańcami")


@dataclass(frozen=True)
class Case:
    text: str
    title: str
    first: object
    city: str | None  # the IRI the event is in; None: not the page's city


def spoken_at_a_meeting(rng: random.Random, other: bool, named: bool) -> Case:
    city, elsewhere = rng.sample(list(cities()), 2)
    person = rng.choice(people())
    venue = rng.choice(VENUES)
    date = date_of(rng, ranges=False)
    said = rng.choice(SAID).format(a=person.a)
    meeting = rng.choice(MEETING)
    scene = f"{date.text}, podczas {meeting} w {venue.form('loc')}."
    if other:
        text = (
            f"– Wiele rodzin przyjechało z {elsewhere.form('gen')} – {said} "
            f"{person.nominative} {scene}"
        )
    elif named:
        text = (
            f"– Około 6500 osób trafiło do {city.form('gen')} – {said} {person.nominative} {scene}"
        )
    else:
        text = f"{person.nominative} {said} {scene}"
    return Case(text, f"{city.label} – aktualności", date.first, None if other else city.iri)


def on_that_day(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    days = [e for e in ctx.events if e.first == case.first and e.last == case.first]
    if case.city is None:
        page_city = next(c.iri for c in cities() if case.title.startswith(c.label))
        return all(e.city != page_city for e in days), "no event in the page's city"
    return any(e.city == case.city for e in days), f"an event on {case.first} in {case.city}"


@pytest.mark.parametrize("named", [False, True], ids=["no-city", "page-city-named"])
def test_a_meeting_that_sets_the_scene_is_on_its_day_in_the_pages_city(
    pages: Pages, named: bool
) -> None:
    results, _ = measured(
        pages, lambda rng: spoken_at_a_meeting(rng, False, named), on_that_day, titled=True
    )
    assert rate("'<Person> mówił <day> podczas spotkania w <venue>'", results) >= 0.95


def test_negative_a_sentence_naming_another_city_does_not_place_it_in_the_pages(
    pages: Pages,
) -> None:
    results, _ = measured(
        pages, lambda rng: spoken_at_a_meeting(rng, True, False), on_that_day, titled=True
    )
    assert rate("negative: another city named", results) >= 0.98


@dataclass(frozen=True)
class English:
    text: str
    first: object
    english = True


def meetings_in_general(rng: random.Random) -> English:
    city = rng.choice(cities())
    months = rng.choice(("ten", "six", "twelve", "few"))
    kinds = rng.choice(
        ("meetings, consultations and forums", "meetings and workshops", "consultations")
    )
    return English(
        f"Over the past {months} months {kinds} were held in {city.label} "
        "to collect the views of residents.",
        None,
    )


def one_meeting(rng: random.Random) -> English:
    city = rng.choice(cities())
    date = date_of(rng, ranges=False)
    day = f"{date.first.day} {MONTHS_EN[date.first.month - 1]} {date.first.year}"
    return English(capitalise(f"a meeting was held in {city.label} on {day}."), date.first)


def no_event(ctx: DocumentContext, case: English) -> tuple[bool, str]:
    return not ctx.events, "no event"


def one_event(ctx: DocumentContext, case: English) -> tuple[bool, str]:
    return any(e.first == case.first for e in ctx.events), f"an event on {case.first}"


def test_english_meetings_in_the_plural_without_a_day_are_no_event(pages: Pages) -> None:
    results, _ = measured(pages, meetings_in_general, no_event)
    assert rate("'Over the past months meetings … were held in X'", results) >= 0.95


def test_control_an_english_meeting_held_on_a_day_is_one(pages: Pages) -> None:
    results, _ = measured(pages, one_meeting, one_event)
    assert rate("control: 'A meeting was held in X on <day>'", results) >= 0.95


@dataclass(frozen=True)
class Programme:
    text: str
    title: str
    published: str


def a_programme_of_the_meeting(rng: random.Random) -> Programme | None:
    city = rng.choice(cities())
    person = rng.choice(people())
    date = date_of(rng, ranges=False)
    first = date.first
    if " " not in date.text or first.day > 27:  # a numeric date, or no next day in the month
        return None
    month = date.text.split()[1]
    text = (
        f"W dniach {first.day}–{first.day + 1} {month} {first.year} r. w {city.form('loc')} "
        "odbędzie się spotkanie przedstawicieli miast.\n\n"
        f"**Dzień 1 – {first.day} {month}**\n\n"
        f"- 10:00 – Otwarcie spotkania – {person.nominative}\n"
        "- 12:00 – Przerwa\n"
    )
    # (published in the meeting's month, before it: the heading's year-less day is that year's)
    return Programme(text, f"{city.label} – aktualności", f"{first.year}-{first.month:02d}-01")


def test_control_a_programmes_line_on_a_city_page_is_the_meeting_told(pages: Pages) -> None:
    results = []
    for case in cases(a_programme_of_the_meeting, 135):
        ctx = pages.extract_titled(case.text, case.title, case.published)
        ok = len(ctx.events) == 1
        results.append(outcome(ctx, ok, case.text, "one event (the programme's lines are its)"))
    assert rate("control: 'Otwarcie spotkania' under the meeting's day", results) >= 0.95
