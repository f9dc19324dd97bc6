"""A first and a last day said with verbs of opening and closing are one range (session 36,
from a miss of eoh, opened this session: "The festival opens on 23 September 2021 and closes
on 3 October" gave two days, and the festival the first only).

Cases: a start drawn from 2015-2024 and a length of 1-40 days; the days written in Polish
("rozpocznie się 23 września i potrwa do 3 października", "ruszył … i zakończył się …", in
the future, present or past) or in English ("opens on … and closes on
…", "started on … and will run until …"), the year after the first day, after the last, or
after both. The dates read are one range from the first day to the last. Negative: the
opening of one thing and the day of another ("Rejestracja rozpocznie się 3 czerwca, a
konferencja odbędzie się 5 czerwca") stay two days.
Measured on the commit before: 0.0 % -> 100 %; negative 100 % both.
"""

from __future__ import annotations

import datetime as dt
import random

from tests.relations_templates import MONTHS_EN, MONTHS_GEN, rate
from ump_kg.extract.dates import find_dates

SEED = 20261217
COUNT = 150
PL = (
    ("Festiwal rozpocznie się", "i potrwa do"),
    ("Wystawa rusza", "i zakończy się"),
    ("Projekt rozpoczął się", "i trwał do"),
    ("Akcja ruszyła", "a zakończyła się"),
    ("Kurs zaczyna się", "i kończy się"),
)
EN = (
    ("The festival opens on", "and closes on"),
    ("The exhibition started on", "and will run until"),
    ("The programme begins", "and ends on"),
    ("The campaign kicked off on", "and lasted until"),
)


def written(day: dt.date, english: bool, year: bool) -> str:
    month = MONTHS_EN[day.month - 1] if english else MONTHS_GEN[day.month - 1]
    tail = f" {day.year}" + ("" if english else " r.") if year else ""
    return f"{day.day} {month}{tail}"


def range_case(rng: random.Random) -> tuple[bool, str]:
    first = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3600))
    last = first + dt.timedelta(days=rng.randint(1, 40))
    english = rng.random() < 0.5
    opening, closing = rng.choice(EN if english else PL)
    years = rng.choice(((True, False), (False, True), (True, True)))
    if first.year != last.year:
        years = (True, True)
    text = (
        f"{opening} {written(first, english, years[0])} {closing} "
        f"{written(last, english, years[1])}".rstrip(".")
        + "."
    )
    found = [(m.first, m.last) for m in find_dates(text, first - dt.timedelta(days=30))]
    return found == [(first, last)], f"{text} -> {found}"


def two_things_case(rng: random.Random) -> tuple[bool, str]:
    first = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3600))
    last = first + dt.timedelta(days=rng.randint(1, 40))
    text = (
        f"Rejestracja rozpocznie się {written(first, False, True)}, a konferencja odbędzie się "
        f"{written(last, False, True)}".rstrip(".")
        + "."
    )
    found = [(m.first, m.last) for m in find_dates(text, first - dt.timedelta(days=30))]
    return found == [(first, first), (last, last)], f"{text} -> {found}"


def test_opening_and_closing_days_are_one_range() -> None:
    rng = random.Random(SEED)
    assert (
        rate("'opens on … and closes on …' -> one range", [range_case(rng) for _ in range(COUNT)])
        == 1.0
    )


def test_negative_the_opening_of_one_thing_and_the_day_of_another() -> None:
    rng = random.Random(SEED + 1)
    assert rate("negative: two things, two days", [two_things_case(rng) for _ in range(120)]) == 1.0
