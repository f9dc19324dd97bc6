"""Meetings said with the pronoun before the infinitive, and visits to a city hall (session 16,
from the misses of an opened real page).

1. "<day> <w city> mieli / mają się spotkać samorządowcy z całej Polski." — a meeting that day in
   that city (events.py TRIGGER: "się spotkać" was read only as "spotkali się").
2. English: "<person>, <role>, came to <City>'s city hall on <day>." — a meeting that day in that
   city (TRIGGER_EN "came to … city hall").
3. Negative control: "Refugees came to <City> on <day>." — no event.
Cities are the reference's twelve (English labels on English pages), days from date_of, people
from SGJP (people()). 120 cases each. Measured on 799ebd8: 1. 0 %, 2. 0 %, the control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome
from tests.relations_templates import (
    MONTHS_EN,
    capitalise,
    cities,
    date_of,
    english_label,
    people,
    rate,
    w,
)

SEED = 20261222
CASES = 120


def held(ctx: object, city: str, first: object) -> bool:
    return any(e.city == city and e.first == first for e in ctx.events)  # type: ignore[attr-defined]


def polish_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city, date = rng.choice(cities()), date_of(rng, ranges=False)
    verb = rng.choice(("mieli się spotkać", "mają się spotkać", "miały się spotkać"))
    text = f"{capitalise(date.text)} {w(city)} {verb} samorządowcy z całej Polski."
    ctx = pages.extract(text)
    return outcome(ctx, held(ctx, city.iri, date.first), text, f"a meeting in {city.slug}")


def day_en(date: object) -> str:
    first = date.first  # type: ignore[attr-defined]
    return f"{first.day} {MONTHS_EN[first.month - 1]} {first.year}"


def visit_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city, date, person = rng.choice(cities()), date_of(rng, ranges=False), rng.choice(people())
    text = (
        f"{person.nominative}, the head of a United Nations agency, came to "
        f"{english_label(city.iri)}'s city hall on {day_en(date)}."
    )
    ctx = pages.english.extract(text)
    return outcome(ctx, held(ctx, city.iri, date.first), text, f"a visit in {city.slug}")


def refugees_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city, date = rng.choice(cities()), date_of(rng, ranges=False)
    text = f"Refugees came to {english_label(city.iri)} on {day_en(date)}."
    ctx = pages.english.extract(text)
    return outcome(ctx, not ctx.events, text, "no event")


def test_mieli_sie_spotkac(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate("'<day> w X mieli się spotkać …'", [polish_case(pages, rng) for _ in range(CASES)])
    assert value >= 0.95


def test_came_to_the_city_hall(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "'X came to Kraków's city hall on <day>'", [visit_case(pages, rng) for _ in range(CASES)]
    )
    assert value >= 0.95


def test_negative_refugees_came(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    value = rate(
        "negative: 'Refugees came to X on <day>'", [refugees_case(pages, rng) for _ in range(CASES)]
    )
    assert value >= 0.98
