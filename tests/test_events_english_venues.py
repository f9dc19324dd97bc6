"""English pages put a meeting in a building: "the Team met at the Wielopolski Palace in
Kraków", "… was held at the Museum of Emigration in Gdynia" — the building is the meeting's
venue, in the meeting's city. Buildings are made of SGJP surnames and building words (palace,
castle, museum, library, gallery, theatre), cities the reference's English labels, days
random."""

from __future__ import annotations

import datetime as dt
import random

from tests.relations_pages import Pages, objects
from tests.relations_templates import (
    MONTHS_EN,
    POSITIVE,
    cities,
    city_in_english,
    people,
    rate,
)

SEED = 20261215
SHAPES = ("{S} Palace", "{S} Castle", "Museum of {S}", "{S} Gallery", "{S} Theatre", "{S} Library")
FRAMES = (
    "On {d} the UMP Team for Migration and Integration met at the {V} in {C}.",
    "The workshop was held at the {V} in {C} on {d}.",
)


def test_a_building_an_english_meeting_is_held_at_is_its_venue(pages: Pages) -> None:
    rng = random.Random(SEED)
    results = []
    for _ in range(105):
        city = rng.choice(cities())
        surname = rng.choice(people()).nominative.split()[-1].split("-")[0]
        venue = rng.choice(SHAPES).format(S=surname)
        day = dt.date(rng.randrange(2018, 2025), rng.randrange(1, 13), rng.randrange(1, 28))
        when = f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
        text = rng.choice(FRAMES).format(d=when, V=venue, C=city_in_english(rng, city))
        ctx = pages.english.extract(text)
        events = [e for e in ctx.events if (e.first, e.city) == (day, city.iri)]
        venues = [
            ctx.entities[str(v)].label_pl
            for e in events
            for v in objects(ctx, e.iri, "venue")
            if str(v) in ctx.entities
        ]
        results.append((venues == [venue], f"{venue} in {text!r}: {venues}"))
    assert rate("'met at the X Palace in Kraków' -> venue", results) >= POSITIVE
