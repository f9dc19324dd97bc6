"""On English pages "launch" names an event only as a noun ("The launch event took place in
Kraków on 4 March 2024", "at the project's launch in Gdańsk on …"); a programme or project that
"was launched on 16 March 2023" started that day, and no meeting was held. Cities are the
reference's (their English labels), titles drawn from SGJP nouns, days random."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import (
    MONTHS_EN,
    NEGATIVE,
    POSITIVE,
    Named,
    cities,
    city_in_english,
    draw,
    rate,
)
from ump_kg.extract.context import DocumentContext

THINGS = ("The Academy for Cities", "The programme", "The Cities Together project", "The network")
LAUNCHED = (
    "{thing} was launched on {day}.",
    "{thing} was launched on {day} and ran for 18 months.",
    "{thing}, which was launched on {day}, trains city officials.",
)
LAUNCH_EVENTS = (
    "The launch event took place in {city} on {day}.",
    "Partners met at the project's launch in {city} on {day}.",
)


@dataclass(frozen=True)
class LaunchCase:
    city: Named | None
    day: dt.date
    text: str
    english: bool = True


def written(day: dt.date) -> str:
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def a_day(rng: random.Random) -> dt.date:
    return dt.date(rng.randrange(2018, 2025), rng.randrange(1, 13), rng.randrange(1, 28))


def launched(rng: random.Random) -> LaunchCase:
    day = a_day(rng)
    text = rng.choice(LAUNCHED).format(thing=rng.choice(THINGS), day=written(day))
    return LaunchCase(None, day, text)


def launch_event(rng: random.Random) -> LaunchCase:
    day = a_day(rng)
    (city,) = draw(rng, cities())
    text = rng.choice(LAUNCH_EVENTS).format(city=city_in_english(rng, city), day=written(day))
    return LaunchCase(city, day, text)


def events_as_said(ctx: DocumentContext, case: LaunchCase) -> tuple[bool, str]:
    if case.city is None:
        return not ctx.events, "no event"
    found = [(e.city, e.first) for e in ctx.events]
    return found == [(case.city.iri, case.day)], f"one event in {case.city.slug} on {case.day}"


def test_a_launch_event_is_an_event(pages: Pages) -> None:
    results, _ = measured(pages, launch_event, events_as_said)
    assert rate("'The launch event took place in X on …'", results) >= POSITIVE


def test_something_launched_is_no_event(pages: Pages) -> None:
    results, _ = measured(pages, launched, events_as_said)
    assert rate("negative: 'The programme was launched on …'", results) >= NEGATIVE
