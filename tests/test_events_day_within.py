"""A day named beside an event's span is a day of it: "Deklarację podpisano 30 czerwca,
drugiego dnia konferencji (29–30 czerwca)", "signed on 30 June, the second day of the conference
(29–30 June)" date the conference 29–30, not 30. Two dates that do not nest ("16 marca
zapowiedziano konferencję, która odbędzie się 20–21 kwietnia") keep the nearest rule. Dates are
drawn at random and written in Polish or English; cities from the reference data."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import (
    MONTHS_EN,
    MONTHS_GEN,
    POSITIVE,
    cities,
    city_in_english,
    draw,
    rate,
    w,
)
from ump_kg.extract.context import DocumentContext


@dataclass(frozen=True)
class SpanCase:
    first: dt.date
    last: dt.date
    text: str
    english: bool = False


def span(rng: random.Random) -> tuple[dt.date, dt.date, dt.date]:
    first = dt.date(rng.randrange(2016, 2024), rng.randrange(1, 13), rng.randrange(1, 26))
    last = first + dt.timedelta(days=rng.randrange(1, 3))
    day = first + dt.timedelta(days=rng.randrange(0, (last - first).days + 1))
    return first, last, day


def polish_case(rng: random.Random) -> SpanCase:
    first, last, day = span(rng)
    (city,) = draw(rng, cities())
    text = (
        f"Deklarację podpisano {w(city)} {day.day} {MONTHS_GEN[day.month - 1]} {day.year} r., "
        f"podczas konferencji „Miasta Otwarte” ({first.day}–{last.day} "
        f"{MONTHS_GEN[last.month - 1]})."
    )
    if first.month != last.month:
        text = text.replace(f"({first.day}–", f"({first.day} {MONTHS_GEN[first.month - 1]} – ")
    return SpanCase(first, last, text)


def english_case(rng: random.Random) -> SpanCase:
    first, last, day = span(rng)
    (city,) = draw(rng, cities())
    months = (
        f"{first.day}–{last.day} {MONTHS_EN[last.month - 1]}"
        if first.month == last.month
        else f"{first.day} {MONTHS_EN[first.month - 1]} – {last.day} {MONTHS_EN[last.month - 1]}"
    )
    text = (
        f"The declaration was signed in {city_in_english(rng, city)} on {day.day} "
        f"{MONTHS_EN[day.month - 1]} {day.year}, a day of the conference "
        f'"Open Cities" ({months}).'
    )
    return SpanCase(first, last, text, english=True)


def either(rng: random.Random) -> SpanCase:
    return english_case(rng) if rng.random() < 0.5 else polish_case(rng)


def dated_by_its_span(ctx: DocumentContext, case: SpanCase) -> tuple[bool, str]:
    spans = {(e.first, e.last) for e in ctx.events}
    return (case.first, case.last) in spans, f"an event {case.first}–{case.last}"


def test_a_day_beside_an_events_span_is_a_day_of_it(pages: Pages) -> None:
    results, _ = measured(pages, either, dated_by_its_span)
    assert rate("'signed on 30 June, … conference (29–30 June)' -> 29–30", results) >= POSITIVE
