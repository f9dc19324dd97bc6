"""More English words for an event (session 19; events.TRIGGER_EN).

"A debate on housing took place in Kraków on 3 March 2024", "a symposium", "the festival of
cultures", "a gala", "a picnic", "the General Assembly", "a study tour", "a peer exchange", "the
inauguration", "the centre was officially opened on …", "Gdańsk celebrated World Refugee Day on
…", "the Day of …" → an event on that day (in that city where one is said). Generic verbs
("celebrated", "discussed") make an event only with a day in the sentence: "Participants
discussed housing." makes none (the control). Days drawn at random, cities the reference's in
English. Measured on the commit before: 58.3 %; the control 100 % before and after.
"""

from __future__ import annotations

import datetime as dt
import random

from tests.relations_pages import Pages
from tests.relations_templates import MONTHS_EN, NEGATIVE, POSITIVE, cities, english_label, rate

SEED = 20261209
CASES = 120
SENTENCES = (
    "A debate on housing for refugees took place in {city} on {day}.",
    "On {day} a symposium on migrant integration was held in {city}.",
    "The festival of cultures was held in {city} on {day}.",
    "A charity gala for refugee families took place in {city} on {day}.",
    "On {day} a neighbourhood picnic for newcomers was organised in {city}.",
    "The General Assembly of the network met in {city} on {day}.",
    "A study tour to {city} was organised on {day} for city officials.",
    "A peer exchange on language courses took place in {city} on {day}.",
    "The inauguration of the new information point took place in {city} on {day}.",
    "The Migrant Support Centre in {city} was officially opened on {day}.",
    "On {day} the city of {city} celebrated World Refugee Day with its residents.",
)


def day(rng: random.Random) -> tuple[dt.date, str]:
    when = dt.date(rng.randrange(2016, 2025), rng.randrange(1, 13), rng.randrange(1, 29))
    return when, f"{when.day} {MONTHS_EN[when.month - 1]} {when.year}"


def case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    when, written = day(rng)
    city = english_label(rng.choice(cities()).iri)
    text = rng.choice(SENTENCES).format(city=city, day=written)
    ctx = pages.english.extract(text)
    return any(e.first == when for e in ctx.events), text


def test_more_english_event_words(pages: Pages) -> None:
    rng = random.Random(SEED)
    cases = [case(pages, rng) for _ in range(CASES)]
    assert rate("'a debate … on 3 March 2024', 'was officially opened on …'", cases) >= POSITIVE


def test_negative_what_was_discussed_without_a_day(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    results = []
    for _ in range(CASES):
        city = english_label(rng.choice(cities()).iri)
        text = rng.choice(
            (f"Participants discussed housing and schools in {city}.",
             f"The city of {city} celebrates its diversity every year.",
             f"Officials from {city} discussed the findings with the authors.")
        )  # fmt: skip
        ctx = pages.english.extract(text)
        results.append((not ctx.events, text))
    assert rate("negative: discussed, celebrates, no day", results) >= NEGATIVE
