"""Who will speak at an announced event takes part in it (session 17).

1. After "<day> <w city> odbędzie się seminarium …": "O <topic> opowie X", "Wykład wygłosi X",
   "Raport przedstawi X", "Wyniki badań omówi X", "Doświadczeniami podzieli się X", "Projekt
   zaprezentuje X"; in English "The training will be delivered by X" — X is a participant
   (events.py PARTICIPATION: the future perfective of the speech verbs).
2. Control: the same verbs in the past ("opowiedziała", "przedstawił", "omówiła") — already read
   before, still read.
People are drawn from SGJP (people(), nominative), cities the reference's twelve. 120 cases
each. Measured on the commit before: 1. 15.0 % (the English cases: "by" after a verb was read;
"delivered" alone was not); the control 100 %.
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

SEED = 20261211
CASES = 120
FUTURE = (
    "O komunikacji z cudzoziemcami opowie {}.",
    "Wykład wygłosi {}.",
    "Raport przedstawi {}.",
    "Wyniki badań omówi {}.",
    "Doświadczeniami podzieli się {}.",
    "Projekt zaprezentuje {}.",
)
PAST = (
    "O komunikacji z cudzoziemcami opowiedział{a} {p}.",
    "Raport przedstawił{a} {p}.",
    "Wyniki badań omówił{a} {p}.",
)


def case(pages: Pages, rng: random.Random, past: bool) -> tuple[bool, str]:
    person = rng.choice(people())
    city, date = rng.choice(cities()), date_of(rng, ranges=False)
    english = not past and rng.random() < 0.15
    if english:
        day = f"{date.first.day} {MONTHS_EN[date.first.month - 1]} {date.first.year}"
        text = (
            f"A training for city officials will be held in {english_label(city.iri)} on {day}. "
            f"The training will be delivered by {person.nominative}."
        )
        ctx = pages.english.extract(text, "2013-01-01")
    else:
        opening = f"{capitalise(date.text)} {w(city)} odbędzie się seminarium o integracji."
        if past:
            opening = f"{capitalise(date.text)} {w(city)} odbyło się seminarium o integracji."
            said = rng.choice(PAST).format(a=person.a, p=person.nominative)
        else:
            said = rng.choice(FUTURE).format(person.nominative)
        text = f"{opening} {said}".replace("..", ".")
        ctx = pages.extract(text, "2024-12-31" if past else "2013-01-01")
    iri = person_iri(ctx, person)
    taking_part = {str(o) for e in ctx.events for o in objects(ctx, e.iri, "participant")}
    return outcome(ctx, iri is not None and iri in taking_part, text, "a participant")


def test_speakers_announced_in_the_future(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate("'Wykład wygłosi X'", [case(pages, rng, past=False) for _ in range(CASES)])
    assert value >= 0.95


def test_control_speakers_in_the_past(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "control: 'Raport przedstawiła X'", [case(pages, rng, past=True) for _ in range(CASES)]
    )
    assert value >= 0.95
