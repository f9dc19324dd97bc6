"""A day written without its year in a paragraph, or a list's item, that has already written a
day with its year is read in the year that puts it nearest that day, not by the page's date: an
item of a news list, "(bialystok.pl, 23 marca 2021, 13:15). Samorządowcy spotkali się tego dnia
(23 marca) …", on a page of 2022, tells of 23 March 2021 (session 29, from a miss of ethel,
opened this session); "12 grudnia 2021 … 15 stycznia" of January 2022. A day in an item of
its own keeps the page's reading (the control). Days are random (seeded), the year-less day
within five months of the written one, the page one to three years later; cities are the
reference's, declined by morfeusz2. Measured on the commit before: 0 % -> 100 %; the control
100 % before and after."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, outcome
from tests.relations_templates import MONTHS_GEN, NEGATIVE, POSITIVE, cities, rate
from ump_kg.extract.context import DocumentContext

SEED, CASES = 20261205, 105
PORTALS = ("bialystok.pl", "lodz.pl", "Serwis miejski", "um.warszawa.pl", "Aktualności")
TITLES = ("Głos samorządów w UE", "Spotkanie w sprawie uchodźców", "Miasta rozmawiały")
OPENERS = (
    "- **{title}** ({portal}, {written}, 13:15). ",
    "- {title} ({portal}, {written}). ",
    "{written} r. rada miasta przyjęła stanowisko w sprawie cudzoziemców. ",
)
TOLD = (
    "Przedstawiciele miast spotkali się {day} w {city}.",
    "W dniu {day} w {city} odbyło się spotkanie zespołu.",
    "Samorządowcy spotkali się tego dnia ({day}) w {city}.",
)


@dataclass(frozen=True)
class Case:
    text: str
    published: dt.date
    want: dt.date  # the year-less day's date
    wrong: dt.date  # the day read the other way
    anchor: dt.date  # the day written with its year (an event of its own on some templates)


def written(day: dt.date, year: bool = True) -> str:
    return f"{day.day} {MONTHS_GEN[day.month - 1]}" + (f" {day.year}" if year else "")


def last_on_or_before(day: dt.date, published: dt.date) -> dt.date:
    """The last occurrence of the day's month and day on or before the page's date."""
    for year in range(published.year, published.year - 9, -1):
        try:
            found = day.replace(year=year)
        except ValueError:  # 29 February
            continue
        if found <= published:
            return found
    raise AssertionError(day)


def a_case(rng: random.Random, same_paragraph: bool) -> Case:
    anchor = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(2900))
    template = rng.choice(TOLD)
    offset = 0 if "tego dnia" in template else rng.randint(-150, 150)
    day = anchor + dt.timedelta(days=offset)
    published = anchor + dt.timedelta(days=rng.randint(400, 1100))
    city = rng.choice(cities()).form("loc")
    opener = rng.choice(OPENERS).format(
        title=rng.choice(TITLES), portal=rng.choice(PORTALS), written=written(anchor)
    )
    told = template.format(day=written(day, year=False), city=city)
    text = opener + told if same_paragraph else f"{opener}\n\n- {told}"
    wanted = day if same_paragraph else last_on_or_before(day, published)
    other = last_on_or_before(day, published) if same_paragraph else day
    return Case(text, published, wanted, other, anchor)


def event_days(ctx: DocumentContext) -> set[dt.date]:
    return {e.first for e in ctx.events if isinstance(e.first, dt.date)}


def measured(pages: Pages, same_paragraph: bool) -> list[tuple[bool, str]]:
    rng = random.Random(SEED + same_paragraph)
    results = []
    for _ in range(CASES):
        case = a_case(rng, same_paragraph)
        ctx = pages.extract(case.text, published=case.published.isoformat())
        days = event_days(ctx)
        ok = case.want in days and (
            case.wrong in (case.want, case.anchor) or case.wrong not in days
        )
        shown = f"[{case.published}] {case.text} -> {sorted(days)}"
        results.append(outcome(ctx, ok, shown, case.want.isoformat()))
    return results


def test_a_yearless_day_takes_the_year_of_its_paragraph(pages: Pages) -> None:
    results = measured(pages, same_paragraph=True)
    assert rate("'(…, 23 marca 2021). … spotkali się 23 marca': 2021", results) >= POSITIVE


def test_a_yearless_day_in_an_item_of_its_own_keeps_the_pages_reading(pages: Pages) -> None:
    results = measured(pages, same_paragraph=False)
    assert rate("control: a day in the next item: by the page's date", results) >= NEGATIVE
