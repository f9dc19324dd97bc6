"""A meeting moved to another day or city: the old day and city do not stand (issue 10, item 8;
session 17).

1. "Spotkanie przedstawicieli miast zaplanowane na <d1> <w c1> zostało przeniesione na <d2> do
   <c2>", "Spotkanie, które miało się odbyć <d1> <w c1>, odbędzie się <d2> <w c2>", "The meeting
   planned for <d1> in <c1> has been moved to <d2> in <c2>" — an event on <d2> in <c2>, none on
   <d1> (events.py moved_later, FINALLY, MOVED).
2. Control: a plan with no move ("Spotkanie zaplanowane na <d1> <w c1> otworzy prezydent
   miasta.") — its day and city stand.
Cities are the reference's twelve (cases from SGJP: locative after "w", genitive after "do");
days are drawn within five months after the page's date (a year-less day resolves to the
occurrence nearest the page's date). 120 cases each. Measured on the commit before: 1. 0 % (the
old day and city stood, or nothing was made); the control 100 %.
"""

from __future__ import annotations

import datetime as dt
import random

from tests.relations_pages import Pages, outcome
from tests.relations_templates import MONTHS_EN, MONTHS_GEN, cities, english_label, rate, w

SEED = 20261213
CASES = 120
PUBLISHED = dt.date(2024, 1, 2)


def two_days(rng: random.Random) -> tuple[dt.date, dt.date]:
    first = PUBLISHED + dt.timedelta(days=rng.randrange(10, 140))
    return first, first + dt.timedelta(days=rng.randrange(3, 30))


def pl(day: dt.date) -> str:
    return f"{day.day} {MONTHS_GEN[day.month - 1]}"


def en(day: dt.date) -> str:
    return f"{day.day} {MONTHS_EN[day.month - 1]}"


def case(pages: Pages, rng: random.Random, moved: bool) -> tuple[bool, str]:
    one, two = rng.sample(cities(), 2)
    d1, d2 = two_days(rng)
    english = moved and rng.random() < 0.3
    if not moved:
        text = f"Spotkanie przedstawicieli miast zaplanowane na {pl(d1)} {w(one)} otworzy prezydent miasta."
        ctx = pages.extract(text, PUBLISHED.isoformat())
        found = {(e.first, e.city) for e in ctx.events}
        return outcome(ctx, (d1, one.iri) in found, text, f"the event of {d1} stands")
    if english:
        text = (
            f"The meeting of city officials planned for {en(d1)} in {english_label(one.iri)} has "
            f"been moved to {en(d2)} in {english_label(two.iri)}."
        )
        ctx = pages.english.extract(text, PUBLISHED.isoformat())
    else:
        text = rng.choice(
            (
                f"Spotkanie przedstawicieli miast zaplanowane na {pl(d1)} {w(one)} zostało "
                f"przeniesione na {pl(d2)} do {two.form('gen')}.",
                f"Spotkanie przedstawicieli miast, które miało się odbyć {pl(d1)} {w(one)}, "
                f"odbędzie się {pl(d2)} {w(two)}.",
            )
        )
        ctx = pages.extract(text, PUBLISHED.isoformat())
    found = {(e.first, e.city) for e in ctx.events}
    ok = (d2, two.iri) in found and not any(day == d1 for day, _ in found)
    return outcome(ctx, ok, text, f"an event on {d2} in {two.slug}, none on {d1}")


def test_events_moved(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'zaplanowane na d1 … przeniesione na d2'", [case(pages, rng, True) for _ in range(CASES)]
    )
    assert value >= 0.95


def test_control_a_plan_that_stands(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate("control: a plan with no move", [case(pages, rng, False) for _ in range(CASES)])
    assert value >= 0.95
