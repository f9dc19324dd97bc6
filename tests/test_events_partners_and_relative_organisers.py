"""An event's partners, and its organiser in a relative clause (session 19; events.SUPPORT,
events.ORGANISER).

1. After "<date> <w city> odbyła się konferencja.": "Partnerem/Partnerką konferencji był(a, -o)
   X", "Partnerami wydarzenia byli X i Y", "Partnerem merytorycznym spotkania był X",
   "Partnerzy: X, Y" → X (and Y) support the event (ump:supporter).
2. "<date> <w city> odbyła się konferencja, którą przygotował(a, -o) X" → X organised it.
3. Negative control: "Partnerem projektu jest X." after the event → X is no party to the event.
Bodies are the reference's organisations and new "Fundacja/Stowarzyszenie <noun>"; the verb
agrees with the body. Measured on the commit before: 1. 0 %, 2. 0 %, 3. 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, made_or_known, objects, outcome
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    Named,
    capitalise,
    cities,
    date_of,
    rate,
    w,
)
from tests.test_bodies_seats_inner_words import new_bodies
from tests.test_leaders_authors_adopted import adopted, bodies
from ump_kg.extract.context import DocumentContext

SEED = 20261207
CASES = 120
ENDINGS = {"przyjął": "", "przyjęła": "a", "przyjęło": "o"}
WORDS = ("konferencji", "wydarzenia", "spotkania", "seminarium", "debaty", "warsztatów")


def body(rng: random.Random) -> Named:
    return rng.choice(bodies() if rng.random() < 0.5 else new_bodies())


def opening(rng: random.Random) -> str:
    city, date = rng.choice(cities()), date_of(rng, ranges=False)
    return f"{capitalise(date.text)} {w(city)} odbyła się konferencja"


def linked(ctx: DocumentContext, iri: str, *properties: str) -> bool:
    return any(
        iri in {str(o) for o in objects(ctx, e.iri, name)}
        for e in ctx.events
        for name in properties
    )


def partner_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    first, second = body(rng), body(rng)
    a = ENDINGS[adopted(first)]
    word = rng.choice(WORDS)
    text = rng.choice(
        (
            f"{opening(rng)}. Partnerem {word} był{a} {first.form('nom')}.",
            f"{opening(rng)}. Partnerem merytorycznym {word} był{a} {first.form('nom')}.",
            f"{opening(rng)}. Partnerami {word} byli {first.form('nom')} i {second.form('nom')}.",
            f"{opening(rng)}.\n\nPartnerzy: {first.form('nom')}, {second.form('nom')}.",
        )
    )
    ctx = pages.extract(text)
    wanted = made_or_known(ctx, first)
    return outcome(ctx, linked(ctx, wanted, "supporter", "organiser"), text, f"partner {wanted}")


def relative_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    organiser = body(rng)
    a = ENDINGS[adopted(organiser)]
    text = f"{opening(rng)}, którą przygotował{a} {organiser.form('nom')}."
    ctx = pages.extract(text)
    wanted = made_or_known(ctx, organiser)
    return outcome(ctx, linked(ctx, wanted, "organiser"), text, f"organiser {wanted}")


def project_partner(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    partner = body(rng)
    text = f"{opening(rng)}. Partnerem projektu jest {partner.form('nom')}."
    ctx = pages.extract(text)
    wanted = made_or_known(ctx, partner)
    ok = not linked(ctx, wanted, "supporter", "organiser", "participant")
    return outcome(ctx, ok, text, f"no event link for {wanted}")


def test_an_events_partners(pages: Pages) -> None:
    rng = random.Random(SEED)
    cases = [partner_case(pages, rng) for _ in range(CASES)]
    assert rate("'Partnerem konferencji był X'", cases) >= POSITIVE


def test_the_organiser_in_a_relative_clause(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    cases = [relative_case(pages, rng) for _ in range(CASES)]
    assert rate("'konferencja, którą przygotowała X'", cases) >= POSITIVE


def test_negative_a_projects_partner(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    cases = [project_partner(pages, rng) for _ in range(CASES)]
    assert rate("negative: 'Partnerem projektu jest X'", cases) >= NEGATIVE
