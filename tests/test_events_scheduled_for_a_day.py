"""An event a page calls by a generic word is one when it is scheduled for a day (session 36,
from a miss of eoh, opened this session: "Wydarzenie zaplanowano na sobotę 22 czerwca 2024 r.
… w Gdańsku" gave no event; "Wydarzenie odbędzie się …" did).

Cases: "Wydarzenie" or "Forum", "zaplanowano" or "jest/zostało zaplanowane", "na" and a day
(relations_templates.date_of, without ranges, maybe after a weekday), the reference's cities in
the locative before or after the day. The page was published before the day. An event on that
day in that city is found. Control: the same with "odbędzie się", as before. Negative: a
scheduled thing that is no event ("Remont zaplanowano na …") gives none.
Measured on the commit before: 0.0 % -> 100 %; control and negative 100 % both.
"""

from __future__ import annotations

import datetime as dt
import random

from tests.relations_pages import Pages
from tests.relations_templates import cities, date_of, rate, w
from ump_kg.extract.context import DocumentContext

SEED = 20261219
COUNT = 120
VERBS = ("zaplanowano", "jest zaplanowane", "zostało zaplanowane")


def dated_in(ctx: DocumentContext, day: dt.date, city: str) -> bool:
    return any(e.first == day and e.city == city for e in ctx.events)


def scheduled(pages: Pages, rng: random.Random, word: str, verb: str) -> tuple[bool, str]:
    when, city = date_of(rng, ranges=False), rng.choice(cities())
    text = (
        f"{word} {verb} na {when.text} {w(city)}."
        if rng.random() < 0.5
        else f"{word} {verb} {w(city)} na {when.text}."
    )
    ctx = pages.extract(text, (when.first - dt.timedelta(days=20)).isoformat())
    return dated_in(ctx, when.first, city.iri), text


def test_an_event_scheduled_for_a_day(pages: Pages) -> None:
    rng = random.Random(SEED)
    cases = [
        scheduled(pages, rng, rng.choice(("Wydarzenie", "Forum")), rng.choice(VERBS))
        for _ in range(COUNT)
    ]
    assert rate("'Wydarzenie zaplanowano na 22 czerwca 2024 r. w Gdańsku'", cases) >= 0.95


def test_control_an_event_that_will_take_place(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    cases = [
        scheduled(pages, rng, rng.choice(("Wydarzenie", "Forum")), "odbędzie się")
        for _ in range(COUNT)
    ]
    assert rate("control: 'Wydarzenie odbędzie się …'", cases) >= 0.95


def test_negative_scheduled_works_are_no_event(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    cases = [
        (not ok, text)
        for ok, text in (
            scheduled(pages, rng, rng.choice(("Remont", "Otwarcie naboru")), rng.choice(VERBS))
            for _ in range(COUNT)
        )
    ]
    assert rate("negative: 'Remont zaplanowano na …'", cases) >= 0.98
