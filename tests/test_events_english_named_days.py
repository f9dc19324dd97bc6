"""A named day or week on an English page, and the city that celebrated it (session 19;
events.english_event_name, events.HOSTED).

"On 20 June 2023 Gdańsk celebrated World Refugee Day", "Lublin marked International Migrants
Day on 18 December 2022", "The European Week of Integration took place in Kraków on …" → an
event on that day, in that city, named by the day's own name (schema:name). Names: capitalised
adjectives and nouns drawn into "<A> <B> Day" / "<A> Week of <B>"; cities the reference's in
English. Measured on the commit before: 0 % (no city, no name).
"""

from __future__ import annotations

import datetime as dt
import random

from tests.relations_pages import Pages, objects
from tests.relations_templates import MONTHS_EN, POSITIVE, cities, english_label, rate

SEED = 20261210
FIRST = ("World", "International", "European", "National", "Global", "Regional")
SECOND = ("Refugee", "Migrants", "Diversity", "Neighbours", "Dialogue", "Languages", "Tolerance")
SCHEMA_NAME = "https://schema.org/name"


def case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    when = dt.date(rng.randrange(2016, 2025), rng.randrange(1, 13), rng.randrange(1, 29))
    day = f"{when.day} {MONTHS_EN[when.month - 1]} {when.year}"
    reference_city = rng.choice(cities())
    city = english_label(reference_city.iri)
    if rng.random() < 0.5:
        name = f"{rng.choice(FIRST)} {rng.choice(SECOND)} Day"
        verb = rng.choice(("celebrated", "marked"))
        text = rng.choice(
            (f"On {day} {city} {verb} {name} with its residents.",
             f"{city} {verb} {name} on {day}.")
        )  # fmt: skip
    else:
        name = f"{rng.choice(FIRST)} Week of {rng.choice(SECOND)}"
        text = f"The {name} took place in {city} on {day}."
    ctx = pages.english.extract(text)
    ok = any(
        e.first == when
        and reference_city.iri in {str(o) for o in objects(ctx, e.iri, "inCity")}
        and name
        in {str(n) for n in {f.o for f in ctx.facts if f.s == e.iri and f.p == SCHEMA_NAME}}
        for e in ctx.events
    )
    return ok, text


def test_a_named_day_and_the_city_that_celebrated_it(pages: Pages) -> None:
    rng = random.Random(SEED)
    cases = [case(pages, rng) for _ in range(120)]
    assert rate("'Gdańsk celebrated World Refugee Day on …'", cases) >= POSITIVE
