"""A year-less day with its weekday, in an item that wrote its own day with a year, is read near
that day when the weekday does not fit the page's reading (session 41, from a miss of an opened
real page: "(radiopik.pl, 24 sierpnia 2025). W niedzielę 24 sierpnia … odbył się koncert" on a
page of 2023 was "a Sunday, but 2023-08-24 is a Thursday", and the concert lost its day).

1. A page published one to three years after its item's day; the item "(<portal>, <day month
   year>)" or "<day month year> r. …", then "W <weekday> <day month> w <city> odbyło się
   spotkanie" with a day up to 60 days from the item's, whose weekday fits the item's year and
   not the page's nearest reading -> the meeting on that day (dates.read_near_the_items_day in
   by_paragraph_years).
2. Control: a weekday the day falls on in no year from the item's to the page's leaves the day
   unread: no event on it in either reading.
Days random (seeded), weekdays in the accusative morfeusz2 gives ("w niedzielę", "we wtorek"),
cities the reference's. Measured on e3c8cb8: 1. 0 %, 2. 100 %.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, outcome
from tests.relations_templates import MONTHS_GEN, NEGATIVE, POSITIVE, cities, form, rate
from ump_kg.extract.context import DocumentContext

SEED, CASES = 20261210, 105
WEEKDAYS = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
OPENERS = (
    "- **Spotkanie w sprawie uchodźców** ({portal}, {written}). ",
    "- Miasta rozmawiały ({portal}, {written}, 13:15). ",
    "{written} r. rada miasta przyjęła stanowisko w sprawie cudzoziemców. ",
)
PORTALS = ("radiopik.pl", "lodz.pl", "um.warszawa.pl", "Serwis miejski")


@dataclass(frozen=True)
class Case:
    text: str
    published: dt.date
    day: dt.date  # the year-less day as the item's year reads it
    other: dt.date  # the same day in the page's nearest reading


def written(day: dt.date, year: bool = True) -> str:
    return f"{day.day} {MONTHS_GEN[day.month - 1]}" + (f" {day.year}" if year else "")


def nearest(day: dt.date, published: dt.date) -> dt.date:
    """The occurrence of the day's month and day nearest the page's date."""
    found = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            found.append(day.replace(year=year))
        except ValueError:  # 29 February
            continue
    return min(found, key=lambda d: (abs((d - published).days), d > published))


def on_weekday(index: int) -> str:
    accusative = form(WEEKDAYS[index], "subst", "sg", "acc", None) or WEEKDAYS[index]
    return f"{'We' if accusative.startswith('w') else 'W'} {accusative}"


def unfitting_weekday(day: dt.date, published: dt.date) -> int | None:
    """A weekday the day's month and day falls on in no year from the day's to the page's."""
    taken = set()
    for year in range(day.year - 1, published.year + 2):
        try:
            taken.add(day.replace(year=year).weekday())
        except ValueError:  # 29 February
            continue
    return next((w for w in range(7) if w not in taken), None)


def a_case(rng: random.Random, fitting: bool) -> Case:
    while True:
        anchor = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(2900))
        day = anchor + dt.timedelta(days=rng.randint(-60, 60))
        published = anchor + dt.timedelta(days=rng.randint(400, 1100))
        other = nearest(day, published)
        if other.weekday() != day.weekday() and other != day:
            break
    weekday = day.weekday() if fitting else unfitting_weekday(day, published)
    if weekday is None:
        return a_case(rng, fitting)
    opener = rng.choice(OPENERS).format(portal=rng.choice(PORTALS), written=written(anchor))
    city = rng.choice(cities()).form("loc")
    told = f"{on_weekday(weekday)} {written(day, year=False)} w {city} odbyło się spotkanie."
    return Case(opener + told, published, day, other)


def event_days(ctx: DocumentContext) -> set[dt.date]:
    return {e.first for e in ctx.events if isinstance(e.first, dt.date)}


def measured(pages: Pages, fitting: bool) -> list[tuple[bool, str]]:
    rng = random.Random(SEED + fitting)
    results = []
    for _ in range(CASES):
        case = a_case(rng, fitting)
        ctx = pages.extract(case.text, published=case.published.isoformat())
        days = event_days(ctx)
        if fitting:
            ok = case.day in days and case.other not in days
        else:
            ok = case.day not in days and case.other not in days
        shown = f"[{case.published}] {case.text} -> {sorted(map(str, days))}"
        results.append(outcome(ctx, ok, shown, case.day.isoformat()))
    return results


def test_a_weekday_that_fits_the_items_year_dates_the_day(pages: Pages) -> None:
    results = measured(pages, fitting=True)
    assert rate("'(…, 24 sierpnia 2025). W niedzielę 24 sierpnia' on a 2023 page", results) >= (
        POSITIVE
    )


def test_control_a_weekday_that_fits_no_reading_leaves_the_day(pages: Pages) -> None:
    results = measured(pages, fitting=False)
    assert rate("control: a weekday of no year: no event on the day", results) >= NEGATIVE
