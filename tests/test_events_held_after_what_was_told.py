"""A ceremony told after what happened at it: "We wtorek 25 czerwca 2019 r. tytuł … otrzymały dwie
organizacje …; uroczystość odbyła się w Muzeum Inżynierii Miejskiej" (session 24, from the opened
set mem). The event word opens its clause as the subject of "odbyła się" and gives no day: it is
held on the one day the clause or sentence just before gives (events.day_of_what_was_told).
Before, the ceremony had no day, and the day was no event's.
Cases: a day (in words or digits, with or without a weekday) and an action with no event word
("wręczono nagrody", "podpisano porozumienie", …), then, after ";" or in the next sentence, an
event word of any gender with "odbył(a|o) się" and a reference city in the locative.
Controls: a clause before that gives two days ("3 maja ogłoszono wyniki, a 20 maja wręczono
nagrody") dates no event by either; the event's own day
("Uroczystość odbyła się 3 lipca …") stays its day.
Measured on dd2a323: 0 %; controls 100 %.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import (
    MONTHS_GEN,
    NEGATIVE,
    POSITIVE,
    Named,
    cities,
    draw,
    rate,
    w,
)
from ump_kg.extract.context import DocumentContext

ACTIONS = (
    "wręczono nagrody laureatom konkursu",
    "podpisano porozumienie o współpracy",
    "przyznano tytuły czterem osobom",
    "nagrodzono dwie organizacje pozarządowe",
    "ogłoszono wyniki naboru wniosków",
)
EVENTS = (
    ("Uroczystość", "odbyła"),
    ("Gala", "odbyła"),
    ("Spotkanie", "odbyło"),
    ("Konferencja", "odbyła"),
    ("Wydarzenie", "odbyło"),
)
VENUES = ("w Muzeum Narodowym", "w sali sesyjnej ratusza", "w Centrum Kultury")
WEEKDAYS = (
    "W poniedziałek",
    "We wtorek",
    "W środę",
    "W czwartek",
    "W piątek",
    "W sobotę",
    "W niedzielę",
)


@dataclass(frozen=True)
class ToldCase:
    city: Named
    day: dt.date | None  # the day the event is held on (None: no day stands)
    other: tuple[dt.date, ...]  # days no event is held on
    text: str


def written(day: dt.date, rng: random.Random) -> str:
    return rng.choice(
        (f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r.", f"{day:%d.%m.%Y} r.")
    )


def a_day(rng: random.Random) -> dt.date:
    return dt.date(rng.randrange(2012, 2025), rng.randrange(1, 13), rng.randrange(1, 27))


def told(rng: random.Random, control: str = "") -> ToldCase:
    (city,) = draw(rng, cities())
    day = a_day(rng)
    word, verb = rng.choice(EVENTS)
    weekday = f"{WEEKDAYS[day.weekday()]} " if rng.random() < 0.4 else ""
    lead = f"{weekday}{written(day, rng)} {rng.choice(ACTIONS)}"
    own = ""
    if control == "two days":
        second = day + dt.timedelta(days=rng.randrange(3, 20))
        first_action, second_action = rng.sample(ACTIONS, 2)
        lead = f"{written(day, rng)} {first_action}, a {written(second, rng)} {second_action}"
    if control == "own day":
        own_day = day + dt.timedelta(days=rng.randrange(3, 20))
        own = f" {own_day.day} {MONTHS_GEN[own_day.month - 1]} {own_day.year} r."
    place = f"{rng.choice(VENUES)} {w(city)}"
    if rng.random() < 0.5:
        text = f"{lead}; {word.lower()} {verb} się{own} {place}."
    else:
        text = f"{lead}. {word} {verb} się{own} {place}."
    if control == "two days":
        return ToldCase(city, None, (day, second), text)
    if control == "own day":
        return ToldCase(city, own_day, (day,), text)
    return ToldCase(city, day, (), text)


def held_on(ctx: DocumentContext, case: ToldCase) -> tuple[bool, str]:
    found = [(e.first, e.city) for e in ctx.events]
    wanted = case.day is None or (case.day, case.city.iri) in found
    none_other = not any(first in case.other for first, _ in found)
    return wanted and none_other, f"held on {case.day} in {case.city.slug} (events {found})"


def test_a_ceremony_told_after_what_happened_is_on_its_day(pages: Pages) -> None:
    results, _ = measured(pages, told, held_on)
    assert rate("'25 czerwca … przyznano tytuły; uroczystość odbyła się …'", results) >= POSITIVE


def test_two_days_before_date_no_event(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: told(rng, "two days"), held_on)
    assert rate("control: '3 maja …, a 20 maja …; uroczystość odbyła się …'", results) >= NEGATIVE


def test_the_events_own_day_stays(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: told(rng, "own day"), held_on)
    assert rate("control: '…. Uroczystość odbyła się 3 lipca …' -> 3 lipca", results) >= (NEGATIVE)
