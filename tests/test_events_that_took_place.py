"""What took place on a day is an event, whatever noun names it (session 18).

"12 maja 2023 r. w Poznaniu odbył się koncert charytatywny", "… odbyła się projekcja filmu",
"Wernisaż odbędzie się 20 czerwca w Gdańsku": no event word of the trigger list, but the verb
"odbyć się" with a day in its clause says an event took place (events.py TOOK_PLACE, tried
after every event word). Also "wideokonferencja"/"telekonferencja" (the prefix hid the word).
Nouns: those below (none an event word of the trigger list), the verb agreeing with the noun's
gender and number as morfeusz2 gives them; cities the reference's twelve, dates generated.
The control: the same sentences without a day make no event ("W Poznaniu odbył się koncert").
Measured on the commit before: 0 %; the control 100 %. No set's totals moved.
English (later the same session): "The concert took place / was held / will be held in <city>
on <day>" (events.TOOK_PLACE_EN); the control "It took place …" (the event named before) makes
none. Measured on the commit before: 0 %; the control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome
from tests.relations_templates import (
    MONTHS_EN,
    capitalise,
    cities,
    date_of,
    english_label,
    generated,
    rate,
    w,
)

SEED = 20261205
NOUNS = (
    "koncert", "wykład", "wernisaż", "projekcja", "marsz", "kiermasz", "turniej", "spektakl",
    "pokaz", "zbiórka", "wystawa", "spacer", "wideokonferencja", "telekonferencja", "bieg",
    "przegląd", "dyżur", "kolacja", "śniadanie", "wieczór",
)  # fmt: skip
PAST = {"m": "odbył się", "f": "odbyła się", "n": "odbyło się", "pl": "odbyły się"}
FUTURE = {"sg": "odbędzie się", "pl": "odbędą się"}


def gender(noun: str) -> str:
    parts = next(p for _, p in generated(noun) if p[0] == ("subst",))
    genders = parts[3]
    return "f" if "f" in genders else "n" if any(g.startswith("n") for g in genders) else "m"


def sentence(rng: random.Random, noun: str, dated: bool) -> tuple[str, object, object]:
    city, date = rng.choice(cities()), date_of(rng, ranges=False)
    when = f"{date.text} " if dated else ""
    if rng.random() < 0.5:
        text = f"{capitalise(when)}{w(city)} {PAST[gender(noun)]} {noun} dla mieszkańców."
    else:
        text = f"{capitalise(noun)} dla mieszkańców {FUTURE['sg']} {when}{w(city)}."
    return text.replace("..", ".").replace(" .", "."), date, city


def case(pages: Pages, rng: random.Random, noun: str, dated: bool) -> tuple[bool, str]:
    text, date, city = sentence(rng, noun, dated)
    text = capitalise(text)
    ctx = pages.extract(text, "2024-12-31")
    if not dated:
        return outcome(ctx, not ctx.events, text, "no event")
    found = {(e.first, e.city) for e in ctx.events}
    return outcome(ctx, (date.first, city.iri) in found, text, f"an event in {city.slug}")


def test_what_took_place_on_a_day_is_an_event(pages: Pages) -> None:
    rng = random.Random(SEED)
    results = [case(pages, rng, noun, True) for noun in NOUNS for _ in range(6)]
    assert rate("'<day> odbył się <noun>'", results) >= 0.95


def test_negative_without_a_day_no_event(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    # (a video conference is a conference: undated, it still is one in its city)
    nouns = [n for n in NOUNS if not n.endswith("konferencja")]
    results = [case(pages, rng, noun, False) for noun in nouns for _ in range(6)]
    assert rate("negative: 'odbył się <noun>' without a day", results) >= 0.98


# English: "The <noun> took place / was held / will be held in <city> on <day>"
ENGLISH_NOUNS = (
    "concert", "lecture", "exhibition opening", "film screening", "fair", "second edition of the "
    "Academy", "walk", "dinner", "tournament", "charity run",
)  # fmt: skip
ENGLISH_VERBS = ("took place", "was held", "will take place", "will be held")


def english_case(pages: Pages, rng: random.Random, opener: str) -> tuple[bool, str]:
    city, date = rng.choice(cities()), date_of(rng, ranges=False)
    day = f"{date.first.day} {MONTHS_EN[date.first.month - 1]} {date.first.year}"
    where = english_label(city.iri)
    text = f"{opener.format(N=rng.choice(ENGLISH_NOUNS))} {rng.choice(ENGLISH_VERBS)} in {where} on {day}."
    ctx = pages.english.extract(text)
    found = {(e.first, e.city) for e in ctx.events}
    if opener.startswith("It"):
        return outcome(ctx, not ctx.events, text, "no event")
    return outcome(ctx, (date.first, city.iri) in found, text, f"an event in {city.slug}")


def test_english_what_took_place_on_a_day(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    results = [english_case(pages, rng, "The {N}") for _ in range(120)]
    assert rate("'The <noun> took place in X on <day>'", results) >= 0.95


def test_negative_english_it_took_place(pages: Pages) -> None:
    rng = random.Random(SEED + 3)
    results = [english_case(pages, rng, "It") for _ in range(100)]
    assert rate("negative: 'It took place …' (the event named before)", results) >= 0.98
