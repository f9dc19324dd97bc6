"""English weekdays without a day of the month date an event from the page's date (session 17).

"On Tuesday, a round table … was held in Wrocław" on a page of Thursday 10 March 2022 → 8 March;
"Next Monday the mayors will meet in Gdańsk" → 14 March — as the Polish "we wtorek", "w
przyszły poniedziałek" already were (dates.BARE_WEEKDAY). Told in the past: the weekday on or
before the page's date; in the future (or "next"): the first after it; "last": before.
Control: "On Tuesday, 12 March 2024" — the written day wins.
Pages' dates are drawn at random over ten years, cities are the reference's twelve (English
labels). 120 cases each. Measured on the commit before: 0 % (no date); control 100 %.
"""

from __future__ import annotations

import datetime as dt
import random

from tests.relations_pages import Pages, outcome
from tests.relations_templates import MONTHS_EN, cities, english_label, rate

SEED = 20261212
CASES = 120
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def expected(published: dt.date, weekday: int, past: bool) -> dt.date:
    day = published if past else published + dt.timedelta(days=1)
    step = -1 if past else 1
    while day.weekday() != weekday:
        day += dt.timedelta(days=step)
    return day


def case(pages: Pages, rng: random.Random, written: bool = False) -> tuple[bool, str]:
    published = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    weekday = rng.randrange(7)
    city = english_label(rng.choice(cities()).iri)
    past = rng.random() < 0.5
    if written:
        day = published - dt.timedelta(days=rng.randrange(1, 30))
        name = DAYS[day.weekday()]
        text = (
            f"On {name}, {day.day} {MONTHS_EN[day.month - 1]} {day.year}, the mayors met in {city}."
        )
        want = day
    elif past:
        text = rng.choice(
            (
                f"On {DAYS[weekday]}, a round table on refugees was held in {city}.",
                f"Last {DAYS[weekday]} the mayors met in {city}.",
            )
        )
        want = expected(published, weekday, True)
    else:
        text = rng.choice(
            (
                f"Next {DAYS[weekday]} the mayors will meet in {city}.",
                f"On {DAYS[weekday]}, a workshop on integration will be held in {city}.",
            )
        )
        want = expected(published, weekday, False)
    ctx = pages.english.extract(text, published.isoformat())
    days = {e.first for e in ctx.events}
    return outcome(ctx, want in days, f"({published}) {text}", f"an event on {want}")


def test_english_bare_weekdays(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate("'On Tuesday, … was held'", [case(pages, rng) for _ in range(CASES)])
    assert value >= 0.95


def test_control_a_written_day_wins(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "control: 'On Tuesday, 12 March 2024'", [case(pages, rng, True) for _ in range(CASES)]
    )
    assert value >= 0.98
