"""Who was at an event as its expert, its trainer or a panellist (session 19; events.PARTICIPATION).

After "<date> <w city> odbyła się konferencja.": "Ekspertem/Ekspertką spotkania był(a) X",
"Szkolenie przeprowadził(a) X", and in English "Among the panellists were X and Y", "The panel
members were X and Y" → X takes part in the event. The role nouns' instrumentals and the verb's
past forms come from morfeusz2 for the person's gender; people from the SGJP name pools.
Measured on the commit before: 0 % (Polish), 1.7 % (English).
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects, person_iri
from tests.relations_templates import POSITIVE, capitalise, cities, date_of, form, people, rate, w

SEED = 20261208
CASES = 120
EN_OPENERS = ("Among the panellists were", "The panel members were", "Panellists:")


def polish_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    person = rng.choice(people())
    female = person.gender == "f"
    city, date = rng.choice(cities()), date_of(rng, ranges=False)
    opening = f"{capitalise(date.text)} {w(city)} odbyła się konferencja."
    if rng.random() < 0.5:
        noun = form("ekspertka" if female else "ekspert", "subst", "sg", "inst")
        verb = "była" if female else "był"
        text = f"{opening} {capitalise(str(noun))} spotkania {verb} {person.nominative}."
    else:
        verb = "przeprowadziła" if female else "przeprowadził"
        text = f"{opening} Szkolenie {verb} {person.nominative}."
    ctx = pages.extract(text)
    iri = person_iri(ctx, person)
    ok = iri is not None and any(iri in objects(ctx, e.iri, "participant") for e in ctx.events)
    return ok, text


def english_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    first, second = rng.sample(people(), 2)
    city = rng.choice(("Gdańsk", "Poznań", "Lublin", "Wrocław"))
    text = (
        f"On 12 May 2023 a conference was held in {city}. {rng.choice(EN_OPENERS)} "
        f"{first.nominative} and {second.nominative}."
    )
    ctx = pages.english.extract(text)
    iri = person_iri(ctx, first)
    ok = iri is not None and any(iri in objects(ctx, e.iri, "participant") for e in ctx.events)
    return ok, text


def test_experts_and_trainers(pages: Pages) -> None:
    rng = random.Random(SEED)
    cases = [polish_case(pages, rng) for _ in range(CASES)]
    assert rate("'Ekspertką spotkania była X', 'Szkolenie przeprowadził X'", cases) >= POSITIVE


def test_english_panellists(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    cases = [english_case(pages, rng) for _ in range(CASES)]
    assert rate("'Among the panellists were X and Y'", cases) >= POSITIVE
