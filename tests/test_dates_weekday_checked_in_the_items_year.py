"""A year-less day with its weekday is not moved to its item's year where the weekday does not
fit that year (session 41, found while testing the weekday rule of the same session: "(…, 17
lutego 2021). W poniedziałek 27 marca" on a page of 2023 was moved from 27 March 2023, a
Monday, to 27 March 2021, a Saturday).

1. A page published one to three years after its item's day; the item "(<portal>, <day month
   year>)" or "<day month year> r. …", then "W <weekday> <day month> w <city> odbyło się
   spotkanie" with a weekday that fits the page's nearest reading and no year near the item's
   day -> no event on a day of another weekday (dates.by_paragraph_years, a_weekday_before: a
   day whose weekday fits no year near its item's day stays unread).
2. Control: the same day without its weekday is read in the item's year, nearest the item's day
   (session 29's rule).
Days random (seeded), weekdays in the accusative morfeusz2 gives, cities the reference's.
Measured on e3c8cb8: 1. 0 %, 2. 100 %.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, outcome
from tests.relations_templates import NEGATIVE, POSITIVE, cities, rate
from tests.test_dates_weekday_fits_the_items_year import (
    OPENERS,
    PORTALS,
    event_days,
    nearest,
    on_weekday,
    written,
)

SEED, CASES = 20261211, 105


@dataclass(frozen=True)
class Case:
    text: str
    published: dt.date
    weekday: int | None  # the weekday written, if any
    item_day: dt.date  # the day read in the item's year


def near_the_item(day: dt.date) -> set[int]:
    """The weekdays the day's month and day falls on a year either side of the item's."""
    found = set()
    for year in (day.year - 1, day.year, day.year + 1):
        try:
            found.add(day.replace(year=year).weekday())
        except ValueError:  # 29 February
            continue
    return found


def a_case(rng: random.Random, with_weekday: bool) -> Case:
    while True:
        anchor = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(2900))
        day = anchor + dt.timedelta(days=rng.randint(-60, 60))
        published = anchor + dt.timedelta(days=rng.randint(400, 1100))
        page_day = nearest(day, published)
        if page_day.weekday() not in near_the_item(day):
            break
    opener = rng.choice(OPENERS).format(portal=rng.choice(PORTALS), written=written(anchor))
    city = rng.choice(cities()).form("loc")
    said = f"{on_weekday(page_day.weekday())} " if with_weekday else "W dniu "
    told = f"{said}{written(day, year=False)} w {city} odbyło się spotkanie."
    weekday = page_day.weekday() if with_weekday else None
    return Case(opener + told, published, weekday, day)


def measured(pages: Pages, with_weekday: bool) -> list[tuple[bool, str]]:
    rng = random.Random(SEED + with_weekday)
    results = []
    for _ in range(CASES):
        case = a_case(rng, with_weekday)
        ctx = pages.extract(case.text, published=case.published.isoformat())
        days = event_days(ctx)
        if case.weekday is not None:
            same = {d for d in days if (d.month, d.day) == (case.item_day.month, case.item_day.day)}
            ok = all(d.weekday() == case.weekday for d in same)
        else:
            ok = case.item_day in days
        shown = f"[{case.published}] {case.text} -> {sorted(map(str, days))}"
        results.append(outcome(ctx, ok, shown, str(case.item_day)))
    return results


def test_a_weekday_keeps_its_day_out_of_a_year_it_does_not_fit(pages: Pages) -> None:
    results = measured(pages, with_weekday=True)
    assert rate("'(…, 17 lutego 2021). W poniedziałek 27 marca': never a Saturday", results) >= (
        POSITIVE
    )


def test_control_without_a_weekday_the_items_year_reads_the_day(pages: Pages) -> None:
    results = measured(pages, with_weekday=False)
    assert rate("control: 'W dniu 27 marca' after '(…, 17 lutego 2021)': 2021", results) >= (
        NEGATIVE
    )
