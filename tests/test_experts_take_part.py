"""Experts of a body at a meeting (session 16, from a probe of general phrasings of a Team
meeting's report).

1. After "<day> <w city> obradował Zespół …", "W spotkaniu uczestniczyli eksperci / ekspertki /
   specjaliści <body, gen.> i <body, gen.>." — both bodies take part (events.py REPRESENTED).
2. Negative control: "Eksperci <body, gen.> przygotowali wcześniej raport o migracji." — the
   body does not take part (no word of taking part).
Bodies are the reference's organisations other than the Team, declined by phrase_forms; cities
the reference's twelve; days from date_of. 120 cases each. Measured on 799ebd8: 1. 0 %, 2. 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects, outcome
from tests.relations_templates import capitalise, cities, date_of, organisations, rate, w
from tests.test_events_properties import team

SEED = 20261229
CASES = 120
EXPERTS = ("eksperci", "ekspertki", "specjaliści")


def bodies() -> list[object]:
    return [o for o in organisations() if o.iri != team().iri and "/urzad-miasta-" not in o.iri]


def opening(rng: random.Random) -> str:
    city, date = rng.choice(cities()), date_of(rng, ranges=False)
    return f"{capitalise(date.text)} {w(city)} obradował {team().form('nom')}.".replace("..", ".")


def taking_part(ctx: object) -> set[str]:
    return {
        str(o)
        for e in ctx.events  # type: ignore[attr-defined]
        for o in objects(ctx, e.iri, "participant")  # type: ignore[arg-type]
    }


def experts_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    one, other = rng.sample(bodies(), 2)
    text = (
        f"{opening(rng)} W spotkaniu uczestniczyli {rng.choice(EXPERTS)} "
        f"{one.form('gen')} i {other.form('gen')}."  # type: ignore[attr-defined]
    )
    ctx = pages.extract(text)
    ok = {one.iri, other.iri} <= taking_part(ctx)  # type: ignore[attr-defined]
    return outcome(ctx, ok, text, "both take part")


def report_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    body = rng.choice(bodies())
    text = f"{opening(rng)} Eksperci {body.form('gen')} przygotowali wcześniej raport o migracji."  # type: ignore[attr-defined]
    ctx = pages.extract(text)
    return outcome(ctx, body.iri not in taking_part(ctx), text, "no participant")  # type: ignore[attr-defined]


def test_experts_of_bodies_take_part(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate("'uczestniczyli eksperci X i Y'", [experts_case(pages, rng) for _ in range(CASES)])
    assert value >= 0.95


def test_negative_experts_wrote_a_report(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "negative: 'Eksperci X przygotowali raport'",
        [report_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
