"""An event called off is no event (session 19; events.CANCELLED).

"Zaplanowana na <date> konferencja <w city> nie odbędzie się", "Spotkanie <w city>,
zaplanowane na <date>, zostało odwołane", "Odwołano warsztaty <w city> zaplanowane na
<date>", "The workshop planned for <day> in <city> was cancelled / will not take place / did not
take place" → no event on that day. Control: the same sentences with the event held ("odbyła
się", "took place") → the event. Kinds, cities (the reference's, in their locatives from
morfeusz2, or in English) and dates drawn at random. Measured on the commit before: 0 %;
the control 100 % before and after.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages
from tests.relations_templates import (
    MONTHS_EN,
    NEGATIVE,
    POSITIVE,
    cities,
    date_of,
    english_label,
    rate,
    w,
)

SEED = 20261211
CASES = 120


def case(pages: Pages, rng: random.Random, held: bool) -> tuple[bool, str]:
    city = rng.choice(cities())
    date = date_of(rng, ranges=False)
    if rng.random() < 0.6:
        polish = (
            (f"Zaplanowana na {date.text} konferencja {w(city)} nie odbędzie się.",
             f"Zaplanowana na {date.text} konferencja {w(city)} odbędzie się zgodnie z planem."),
            (f"Spotkanie {w(city)}, zaplanowane na {date.text}, zostało odwołane.",
             f"Spotkanie {w(city)}, zaplanowane na {date.text}, odbyło się zgodnie z planem."),
            (f"Odwołano warsztaty {w(city)} zaplanowane na {date.text}.",
             f"{date.text.capitalize()} {w(city)} odbyły się warsztaty."),
        )  # fmt: skip
        text = rng.choice(polish)[1 if held else 0]
        ctx = pages.extract(text)
    else:
        day = f"{date.first.day} {MONTHS_EN[date.first.month - 1]} {date.first.year}"
        town = english_label(city.iri)
        ending = rng.choice(("was cancelled", "will not take place", "did not take place",
                             "has been called off"))  # fmt: skip
        text = (
            f"The workshop planned for {day} in {town} took place as planned."
            if held
            else f"The workshop planned for {day} in {town} {ending}."
        )
        ctx = pages.english.extract(text)
    made = any(e.first == date.first for e in ctx.events)
    return made == held, text


def test_an_event_called_off_is_no_event(pages: Pages) -> None:
    rng = random.Random(SEED)
    cases = [case(pages, rng, held=False) for _ in range(CASES)]
    assert rate("'nie odbędzie się', 'odwołano', 'was cancelled'", cases) >= NEGATIVE


def test_control_the_event_held(pages: Pages) -> None:
    rng = random.Random(SEED)
    cases = [case(pages, rng, held=True) for _ in range(CASES)]
    assert rate("control: the event held as planned", cases) >= POSITIVE
