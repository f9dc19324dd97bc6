"""A body's sitting at which something was done is on the day it was done (session 17).

1. "<day> <w city>, podczas posiedzenia <body> / sesji Rady Miasta <X> / obrad <body>,
   <people> podpisali / przyjęli …" — an event of that day in that city (events.py day_date,
   SITTING). Before, the day was taken as the action's only and the sitting had no date.
2. Control: "Konferencja odbyła się <d1>–<d2> … <d2> podczas konferencji podpisano …" — a
   conference may last several days and the page gives its span: no event of the signing's day
   alone (the conference keeps its span).
Bodies are the reference's organisations in the genitive, cities the reference's twelve, every
form from SGJP (morfeusz2). 120 cases each.
"""

from __future__ import annotations

import datetime as dt
import random

from tests.relations_pages import Pages, outcome
from tests.relations_templates import (
    MONTHS_GEN,
    capitalise,
    cities,
    date_of,
    organisations,
    rate,
    w,
)
from ump_kg.extract.context import DocumentContext

SEED = 20261205
CASES = 120


def days_of_events(ctx: DocumentContext) -> set[tuple[dt.date | None, dt.date | None]]:
    return {(e.first, e.last) for e in ctx.events}


def sitting(rng: random.Random) -> str:
    city = rng.choice(cities())
    body = rng.choice(organisations())
    return rng.choice(
        (
            f"podczas posiedzenia {body.form('gen')}",
            f"w trakcie sesji Rady Miasta {city.form('gen')}",
            f"podczas obrad {body.form('gen')}",
            f"w czasie zebrania {body.form('gen')}",
        )
    )


def action(rng: random.Random) -> str:
    return rng.choice(
        (
            "prezydenci miast podpisali deklarację o współpracy.",
            "przyjęto stanowisko w sprawie uchodźców.",
            "członkowie przyjęli nowy program integracji.",
        )
    )


def sitting_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city, date = rng.choice(cities()), date_of(rng, ranges=False)
    text = f"{capitalise(date.text)} {w(city)}, {sitting(rng)}, {action(rng)}".replace("..", ".")
    ctx = pages.extract(text, "2024-12-31")
    found = (date.first, date.first) in days_of_events(ctx)
    return outcome(ctx, found, text, f"an event on {date.first}")


def conference_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city = rng.choice(cities())
    start = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    start = start.replace(day=min(start.day, 26))
    last = start + dt.timedelta(days=1)
    month = MONTHS_GEN[start.month - 1]
    text = (
        f"Konferencja odbyła się {w(city)} {start.day}–{last.day} {month} {start.year} r. "
        f"{last.day} {month}, podczas konferencji, {action(rng)}"
    )
    ctx = pages.extract(text, "2024-12-31")
    alone = (last, last) in days_of_events(ctx)
    return outcome(ctx, not alone, text, "no event of the signing's day alone")


def test_a_sitting_is_on_the_day_of_what_was_done_at_it(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'<day> w X, podczas posiedzenia Y, podpisali …'",
        [sitting_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_negative_a_conference_keeps_its_span(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "negative: a conference of a span, '<d2>, podczas konferencji'",
        [conference_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
