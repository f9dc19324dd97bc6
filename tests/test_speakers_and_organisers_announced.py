"""Speakers and organisers an announcement lists (session 16, from the misses of an opened real
page).

1. After a dated event, "The key speakers are:" / "Prelegentami będą:" / "Wśród prelegentów są:" /
   "Wystąpią:" over items "- <person>, <role>" — each person takes part (events.py ROSTER_INTRO).
2. "The organisers are A, B and C." (English; "Organisers:" was read before) — each body
   organises the event (events.py ORGANISER).
3. Negative control: the same items under "Contact:" / "Kontakt:" are no participants.
People are drawn from SGJP (tests/relations_templates.people), organisations are the reference's
(their English labels on English pages), cities the reference's twelve. 120 cases each. Measured
on 799ebd8: 1. 0 %, 2. 0 %, the control 100 %.
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
    organisations,
    people,
    rate,
    w,
)

SEED = 20261212
CASES = 120
INTROS_PL = ("Prelegentami będą:", "Wśród prelegentów są:", "Wystąpią:", "Głos zabiorą:")
INTROS_EN = ("The key speakers are:", "Speakers will be:", "The speakers include:")


def polish_event(rng: random.Random) -> str:
    city, date = rng.choice(cities()), date_of(rng, ranges=False)
    return f"{capitalise(date.text)} {w(city)} odbędzie się konferencja „Miasta razem”.".replace(
        "..", "."
    )


def english_event(rng: random.Random) -> str:
    city, date = rng.choice(cities()), date_of(rng, ranges=False)
    day = f"{date.first.day} {MONTHS_EN[date.first.month - 1]} {date.first.year}"
    return f'The conference "Cities Together" will be held in {english_label(city.iri)} on {day}.'


def speakers_case(
    pages: Pages, rng: random.Random, intro_pl: str | None = None
) -> tuple[bool, str]:
    english = rng.random() < 0.5 and intro_pl is None
    speakers = rng.sample(people(), 2)
    role = "expert" if english else "ekspertka"
    items = "\n".join(f"- {p.nominative}, {role}" for p in speakers)
    if english:
        text = f"{english_event(rng)}\n\n{rng.choice(INTROS_EN)}\n\n{items}"
        ctx = pages.english.extract(text)
    else:
        intro = intro_pl or rng.choice(INTROS_PL)
        text = f"{polish_event(rng)}\n\n{intro}\n\n{items}"
        ctx = pages.extract(text)
    found = {
        p.nominative
        for p in speakers
        for e in ctx.events
        if (iri := person_iri(ctx, p))
        and iri in {str(o) for o in objects(ctx, e.iri, "participant")}
    }
    if intro_pl is not None:
        return outcome(ctx, not found, text, "no participants")
    return outcome(ctx, len(found) == 2, text, "both speakers take part")


def organisers_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    bodies = rng.sample(organisations(), 2)
    names = " and ".join(f"the {english_label(b.iri)}" for b in bodies)
    text = f"{english_event(rng)} The organisers are {names}."
    ctx = pages.english.extract(text)
    found = {str(o) for e in ctx.events for o in objects(ctx, e.iri, "organiser")}
    return outcome(ctx, {b.iri for b in bodies} <= found, text, "both organise it")


def test_listed_speakers_take_part(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'Prelegentami będą:' / 'The key speakers are:' over items",
        [speakers_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_the_organisers_are(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "'The organisers are A and B.'", [organisers_case(pages, rng) for _ in range(CASES)]
    )
    assert value >= 0.95


def test_negative_a_contact_list(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    value = rate(
        "negative: 'Kontakt:' over items",
        [speakers_case(pages, rng, "Kontakt:") for _ in range(CASES)],
    )
    assert value >= 0.98
