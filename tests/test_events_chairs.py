"""Who chairs an event (session 16, from the misses of an opened real page).

1. After a dated event in a city, "Chairs: A and B." / "Prowadzenie: A i B." — both take part
   (events.py PARTICIPATION "chairs:", "prowadzenie:").
2. Negative control: "Zdjęcia: A i B." / "Photos: A and B." — no participant.
People are drawn from SGJP (people()), cities the reference's twelve (English labels on English
pages). 120 cases each. Measured on 799ebd8: 1. 0 %, the control 100 %. (Organisers listed with
semicolons, "Organisers: A; B; and C", are still read up to the first semicolon only: a clause
ends there.)
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects, outcome, person_iri
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

SEED = 20261218
CASES = 120


def opening(rng: random.Random, english: bool) -> str:
    city, date = rng.choice(cities()), date_of(rng, ranges=False)
    if english:
        day = f"{date.first.day} {MONTHS_EN[date.first.month - 1]} {date.first.year}"
        return f"The seminar was held in {english_label(city.iri)} on {day}."
    return f"{capitalise(date.text)} {w(city)} odbyło się seminarium.".replace("..", ".")


def people_case(pages: Pages, rng: random.Random, cue: str | None = None) -> tuple[bool, str]:
    english = rng.random() < 0.5
    pair = rng.sample(people(), 2)
    joiner = " and " if english else " i "
    label = cue or ("Chairs:" if english else rng.choice(("Prowadzenie:", "Chairs:")))
    if cue is not None:
        label = "Photos:" if english else "Zdjęcia:"
    text = f"{opening(rng, english)} {label} {joiner.join(p.nominative for p in pair)}."
    ctx = (pages.english if english else pages).extract(text)
    taking_part = {str(o) for e in ctx.events for o in objects(ctx, e.iri, "participant")}
    found = [p for p in pair if (iri := person_iri(ctx, p)) and iri in taking_part]
    if cue is not None:
        return outcome(ctx, not found, text, "no participant")
    return outcome(ctx, len(found) == 2, text, "both take part")


def test_who_chairs_takes_part(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'Chairs: A and B', 'Prowadzenie: A i B'", [people_case(pages, rng) for _ in range(CASES)]
    )
    assert value >= 0.95


def test_negative_who_took_the_photos(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    value = rate(
        "negative: 'Zdjęcia: A i B'", [people_case(pages, rng, "photos") for _ in range(CASES)]
    )
    assert value >= 0.98
