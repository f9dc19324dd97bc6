"""Many who spoke together on a day, in a city: a press conference, an appeal (session 20;
events.TRIGGER, events.NEEDS_A_DAY).

"W czwartek 10 marca w Warszawie prezydenci mówili, że pomoc … nie wystarczy": a plural subject
that spoke ("mówili", "apelowali", "przekonywali") on a day the clause gives, in a city, is an
event of that day (as "rozmawiali" was since session 17); with no day the same words report
what was said, no event. Subjects: plural nouns for officials and citizens, declined with
morfeusz2 (the verb's masculine-personal or other plural agrees with them); dates drawn over
ten years; cities the reference's. Control: the same sentence without its day (a year at
most). Measured on the commit before: 0 %; control 100 %. (Totals: sampi +2.9 recall; no other
set moved.)
"""

from __future__ import annotations

import datetime as dt
import random

from tests.relations_pages import Pages, outcome
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    cities,
    date_of,
    form,
    generated,
    rate,
    w,
)

SEED = 20261217
CASES = 120
SPEAKERS = ("prezydent", "samorządowiec", "burmistrz", "radny", "przedstawiciel", "wojewoda")
SPEAKERS_F = ("prezydentka", "burmistrzyni", "radna", "przedstawicielka")
VERBS = ("mówić", "apelować", "przekonywać")


def past_plural(verb: str, personal: bool) -> str:
    """ "mówili" for men, "mówiły" for women (morfeusz2's past plural)."""
    gender = "m1" if personal else "f"
    for orth, parts in generated(verb):
        if parts[0] == ("praet",) and "pl" in parts[1] and gender in parts[2]:
            return orth
    raise AssertionError(f"no past plural of {verb}")


def sentence(rng: random.Random, with_day: bool) -> tuple[str, dt.date]:
    female = rng.random() < 0.3
    noun = rng.choice(SPEAKERS_F if female else SPEAKERS)
    subject = str(form(noun, "subst", "pl", "nom"))
    verb = past_plural(rng.choice(VERBS), not female)
    city, date = rng.choice(cities()), date_of(rng, ranges=False)
    when = date.text if with_day else f"w {date.first.year} roku"
    text = f"{when[0].upper()}{when[1:]} {w(city)} {subject} miast {verb}, że pomoc dla uchodźców jest niezbędna."
    return text, date.first


def case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    text, day = sentence(rng, with_day=True)
    ctx = pages.extract(text)
    return outcome(ctx, day in {e.first for e in ctx.events}, text, f"an event on {day}")


def control_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    text, _ = sentence(rng, with_day=False)
    ctx = pages.extract(text)
    return outcome(ctx, not ctx.events, text, "no event")


def test_many_spoke_together_on_a_day(pages: Pages) -> None:
    rng = random.Random(SEED)
    cases = [case(pages, rng) for _ in range(CASES)]
    assert rate("'10 marca w Warszawie prezydenci mówili, że …'", cases) >= POSITIVE


def test_control_without_a_day(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    cases = [control_case(pages, rng) for _ in range(CASES)]
    assert rate("control: 'W 2022 roku … prezydenci mówili'", cases) >= NEGATIVE
