"""Events told by what people did on a day, and a day of an event told apart (session 17).

1. "<day> <w city> rozmawiali / dyskutowali / debatowali urzędnicy …", "Zapraszamy na
   prezentację raportu – <day> <w city>", "Centrum zaprasza na dzień otwarty <day> <w city>";
   in English "The programme was presented on <day> in <city>" — an event of that day (events.py
   TRIGGER, TRIGGER_EN).
2. Control: "Rozmawialiśmy głównie o mieszkalnictwie." with no day — no event (NEEDS_A_DAY wants a
   day in its clause: what was said in an account is no event).
3. "**<d2> | <title>**" over "W dniach <d1>–<d2> <w city> odbyło się spotkanie …": one event,
   dated by its span, not a second one of <d2> alone (pipeline.days_of_an_event_told_apart).
4. Controls: an event of <d2> in another city stays an event of its own; so does a meeting on a
   day inside a period of weeks in the same city ("Od 1 do 30 czerwca … trwał cykl spotkań z mieszkańcami …
   12 czerwca odbyło się spotkanie"): only a meeting of up to three days is told apart
   (SITTING_DAYS; found on blind stigma's totals, whose six pages I have not read).
Cities are the reference's twelve (locatives from SGJP). 120 cases each.
"""

from __future__ import annotations

import datetime as dt
import random

from tests.relations_pages import Pages, outcome
from tests.relations_templates import (
    MONTHS_EN,
    MONTHS_GEN,
    capitalise,
    cities,
    date_of,
    english_label,
    rate,
    w,
)
from ump_kg.extract.context import DocumentContext

SEED = 20261206
CASES = 120


def days_of_events(ctx: DocumentContext) -> set[tuple[object, object]]:
    return {(e.first, e.last) for e in ctx.events}


def told_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city, date = rng.choice(cities()), date_of(rng, ranges=False)
    english = rng.random() < 0.2
    if english:
        day = f"{date.first.day} {MONTHS_EN[date.first.month - 1]} {date.first.year}"
        where = english_label(city.iri)
        text = f"The report was presented on {day} in {where} by the city's officials."
        ctx = pages.english.extract(text)
    else:
        when, at = date.text, w(city)
        text = rng.choice(
            (
                f"{capitalise(when)} {at} rozmawiali urzędnicy z trzech miast.",
                f"{capitalise(when)} {at} dyskutowali przedstawiciele organizacji.",
                f"O pomocy dla uchodźców debatowali {when} {at} radni i eksperci.",
                f"Zapraszamy na prezentację raportu – {when} {at}.",
                f"Centrum zaprasza na dzień otwarty {when} {at}.",
            )
        ).replace("..", ".")
        ctx = pages.extract(text, "2024-12-31")
    found = (date.first, date.first) in days_of_events(ctx)
    return outcome(ctx, found, text, f"an event on {date.first}")


def undated_talk_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city = rng.choice(cities())
    text = rng.choice(
        (
            f"Rozmawialiśmy głównie o mieszkalnictwie {w(city)}.",
            f"Radni dyskutowali o programie dla {city.form('gen')}.",
            f"Mieszkańcy {city.form('gen')} rozmawiali o szkołach.",
        )
    )
    ctx = pages.extract(text, "2024-12-31")
    return outcome(ctx, not ctx.events, text, "no event")


def span_and_day(rng: random.Random) -> tuple[dt.date, dt.date]:
    first = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    first = first.replace(day=min(first.day, 26))
    return first, first + dt.timedelta(days=1)


def told_apart_case(pages: Pages, rng: random.Random, other_city: bool) -> tuple[bool, str]:
    city, other = rng.sample(cities(), 2)
    first, last = span_and_day(rng)
    month = MONTHS_GEN[first.month - 1]
    span = f"{first.day}–{last.day} {month} {first.year} r."
    if other_city:
        text = (
            f"W dniach {span} {w(city)} odbyło się spotkanie przedstawicieli miast.\n\n"
            f"{last.day} {month} {first.year} r. {w(other)} odbyło się seminarium."
        )
    else:
        text = (
            f"**{last.day:02d}.{last.month:02d}.{last.year} | Spotkanie z metropoliami "
            f"{w(city)}**\n\nW dniach {span} {w(city)} odbyło się spotkanie przedstawicieli "
            "miast."
        )
    ctx = pages.extract(text, "2024-12-31")
    days = days_of_events(ctx)
    if other_city:
        return outcome(ctx, (last, last) in days, text, "the other city's event stays")
    return outcome(ctx, days == {(first, last)}, text, "one event, of the span")


def period_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city = rng.choice(cities())
    first = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    first = first.replace(day=1)
    last = first + dt.timedelta(days=rng.randrange(14, 27))
    inside = first + dt.timedelta(days=rng.randrange(1, (last - first).days))
    month = MONTHS_GEN[first.month - 1]
    text = (
        f"Od {first.day} do {last.day} {month} {first.year} r. {w(city)} trwał cykl spotkań "
        f"z mieszkańcami.\n\n{inside.day} {month} {first.year} r. {w(city)} odbyło się spotkanie "
        "przedstawicieli miast."
    )
    ctx = pages.extract(text, "2024-12-31")
    return outcome(ctx, (inside, inside) in days_of_events(ctx), text, "the day's meeting stays")


def test_events_told_by_talk_presentation_or_open_day(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate("'<day> w X rozmawiali …'", [told_case(pages, rng) for _ in range(CASES)])
    assert value >= 0.95


def test_negative_talk_without_a_day(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "negative: 'Rozmawialiśmy o …'", [undated_talk_case(pages, rng) for _ in range(CASES)]
    )
    assert value >= 0.98


def test_a_day_of_an_event_told_apart_is_that_event(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    value = rate(
        "'**<d2> | …**' over 'W dniach <d1>–<d2> …'",
        [told_apart_case(pages, rng, other_city=False) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_negative_another_citys_event_of_that_day_stays(pages: Pages) -> None:
    rng = random.Random(SEED + 3)
    value = rate(
        "negative: an event of <d2> in another city",
        [told_apart_case(pages, rng, other_city=True) for _ in range(CASES)],
    )
    assert value >= 0.98


def test_negative_a_meeting_inside_a_period_of_weeks_stays(pages: Pages) -> None:
    rng = random.Random(SEED + 4)
    value = rate(
        "negative: a meeting inside a period of weeks",
        [period_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
