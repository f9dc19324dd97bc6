"""The city a visit went to, and a dated panel, make events (session 17).

1. "A delegation of <body> visited <city> on <day>", "<day> delegacja … odwiedziła <city>" (with
   a meeting word) — the event is in the city visited (events.py locative_city: "visited",
   "odwiedzili" as a place's cue; before, the city was only a participating one).
2. "<day> <w city> odbył się panel dyskusyjny o migracji", "<body> held a panel discussion in
   <city> on <day>" — an event of that day (TRIGGER "panel", with a day in its clause).
3. Negative control: "W panelu „<title>”, który poprowadziła X, udział wzięli …" inside a
   conference's account, no day — no event of its own (NEEDS_A_DAY).
These rules came from probing phrasings suggested by the file names and the helper's report of
the blind set san (made this session): san's gain from them is no blind evidence.
Cities are the reference's twelve (forms from SGJP), people from SGJP. 120 cases each.
Measured on the commit before: 1. 0 %, 2. 0 %; the control 100 %.
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
    title_of,
    w,
)

SEED = 20261214
CASES = 120


def visit_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city, date = rng.choice(cities()), date_of(rng, ranges=False)
    if rng.random() < 0.5:
        day = f"{date.first.day} {MONTHS_EN[date.first.month - 1]} {date.first.year}"
        text = f"A delegation of the European Committee of the Regions visited {english_label(city.iri)} on {day}."
        ctx = pages.english.extract(text)
    else:
        text = (
            f"{capitalise(date.text)} delegacja urzędników w ramach wizyty studyjnej "
            f"odwiedziła {city.form('acc')}."
        ).replace("..", ".")
        ctx = pages.extract(text, "2024-12-31")
    found = {(e.first, e.city) for e in ctx.events}
    return outcome(ctx, (date.first, city.iri) in found, text, f"an event in {city.slug}")


def panel_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city, date = rng.choice(cities()), date_of(rng, ranges=False)
    if rng.random() < 0.5:
        day = f"{date.first.day} {MONTHS_EN[date.first.month - 1]} {date.first.year}"
        text = f"The ODIHR held a panel discussion in {english_label(city.iri)} on {day}."
        ctx = pages.english.extract(text)
    else:
        text = f"{capitalise(date.text)} {w(city)} odbył się panel dyskusyjny o migracji.".replace(
            "..", "."
        )
        ctx = pages.extract(text, "2024-12-31")
    found = {(e.first, e.city) for e in ctx.events}
    return outcome(ctx, (date.first, city.iri) in found, text, f"an event in {city.slug}")


def inner_panel_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    person = rng.choice(people())
    text = (
        f"W panelu „{title_of(rng)}”, który poprowadził{person.a} {person.nominative}, udział "
        "wzięli przedstawiciele miast."
    )
    ctx = pages.extract(text, "2024-12-31")
    return outcome(ctx, not ctx.events, text, "no event")


def test_visits_are_in_the_city_visited(pages: Pages) -> None:
    rng = random.Random(SEED)
    assert rate("'visited X on <day>'", [visit_case(pages, rng) for _ in range(CASES)]) >= 0.95


def test_dated_panels(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    assert rate("'odbył się panel'", [panel_case(pages, rng) for _ in range(CASES)]) >= 0.95


def test_negative_a_panel_inside_a_conference(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    assert (
        rate("negative: 'W panelu „…”'", [inner_panel_case(pages, rng) for _ in range(CASES)])
        >= 0.98
    )
