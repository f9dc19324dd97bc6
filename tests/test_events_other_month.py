"""In the account of a dated event, a meeting word in the same city with a month the event
does not fall in ("… follows the anti-rumours training in Wrocław, May 2024" under a visit of
March 2025; "nawiązywało do szkolenia we Wrocławiu w maju 2023 r.") is another event of its
own (undated, of that year); with the event's own month it is the same event. Cities are the
reference's (English labels on English pages, the locative by morfeusz2 on Polish ones), days
and months random."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import (
    MONTHS_EN,
    MONTHS_GEN,
    MONTHS_LOC,
    NEGATIVE,
    POSITIVE,
    Named,
    cities,
    city_in_english,
    draw,
    rate,
    w,
)
from ump_kg.extract.context import DocumentContext


@dataclass(frozen=True)
class MonthCase:
    city: Named
    day: dt.date
    other: tuple[int, int] | None  # (year, month) of the other event; None: the same month
    text: str
    english: bool


def month_case(rng: random.Random, other_month: bool) -> MonthCase:
    (city,) = draw(rng, cities())
    day = dt.date(rng.randrange(2019, 2025), rng.randrange(1, 13), rng.randrange(1, 26))
    year, month = (day.year - 1, rng.randrange(1, 13)) if other_month else (day.year, day.month)
    english = rng.random() < 0.5
    if english:
        name = city_in_english(rng, city)
        text = (
            f"ICC study visit to {name}, {day.day}–{day.day + 1} {MONTHS_EN[day.month - 1]} "
            f"{day.year}: 23 ICC members came. It follows the anti-rumours training in {name}, "
            f"{MONTHS_EN[month - 1]} {year}."
        )
    else:
        text = (
            f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r. {w(city)} odbyło się "
            f"posiedzenie Zespołu UMP ds. Migracji i Integracji. Nawiązywało do szkolenia "
            f"{w(city)} w {MONTHS_LOC[month - 1]} {year} r."
        )
    return MonthCase(city, day, (year, month) if other_month else None, text, english)


def events_in_the_city(ctx: DocumentContext, case: MonthCase) -> tuple[bool, str]:
    found = sorted(
        ((e.first is not None, e.year) for e in ctx.events if e.city == case.city.iri),
        key=str,
    )
    if case.other is None:
        return found == [(True, case.day.year)], f"one event in {case.city.slug}"
    wanted = sorted([(True, case.day.year), (False, case.other[0])], key=str)
    return found == wanted, f"the dated event and another of {case.other[0]}"


def test_another_month_is_another_event(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: month_case(rng, True), events_in_the_city)
    assert rate("'… follows the training in X, May 2024' -> another event", results) >= POSITIVE


def test_the_events_own_month_is_the_same_event(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: month_case(rng, False), events_in_the_city)
    assert rate("negative: the same month -> the same event", results) >= NEGATIVE
