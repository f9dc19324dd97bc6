"""Event words are read in every case morfeusz2 generates for them (session 18).

The locative of some event nouns changes the stem's last consonant ("wizyta" → "w wizycie",
"debata" → "w debacie", "zjazd" → "na zjeździe", "wyjazd" → "na wyjeździe"); the trigger was
written from the nominative and missed those forms, so "3 października 2023 r. przedstawiciele
miast uczestniczyli w wizycie studyjnej w Lublinie" made no event.
1. Every singular and plural form morfeusz2 generates for the event nouns (except the genitive
   plural, which counts services: "liczba szkoleń", and the vocative) is an event word.
2. A dated sentence "… uczestniczyli w <the noun's locative singular> w <city>" makes an event in that city on that day.
Measured on the commit before: 1. 93.6 % of forms (wizycie, debacie, zjeździe, wyjeździe, gale …
missing), 2. 77.8 % of cases. The totals of every set and the corpus did not move: none of their
pages uses these forms.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome
from tests.relations_templates import (
    adjective_form,
    capitalise,
    cities,
    date_of,
    form,
    generated,
    rate,
    w,
)
from ump_kg.extract.events import TRIGGER

SEED = 20261204
# the noun and the adjective it needs to be an event
EVENT_NOUNS = {
    "spotkanie": "", "posiedzenie": "", "konferencja": "", "zjazd": "", "seminarium": "",
    "kongres": "", "debata": "", "szkolenie": "", "webinarium": "", "sympozjum": "",
    "wizyta": "studyjny", "wyjazd": "studyjny", "uroczystość": "", "inauguracja": "",
    "gala": "", "zebranie": "", "zgromadzenie": "", "jubileusz": "",
}  # fmt: skip


def gender_of(noun: str) -> str:
    return next(parts[3][0] for orth, parts in generated(noun) if parts[0] == ("subst",))


def phrase(noun: str, number: str, case: str, orth: str) -> str:
    """The form with the adjective the noun needs ("wizycie studyjnej")."""
    adjective = EVENT_NOUNS[noun]
    if not adjective:
        return orth
    agreeing = adjective_form(adjective, number, case, gender_of(noun))
    return f"{orth} {agreeing}"


def every_form() -> list[tuple[str, str]]:
    found = []
    for noun in EVENT_NOUNS:
        for orth, parts in generated(noun):
            if parts[0] != ("subst",) or ("pl" in parts[1] and "gen" in parts[2]):
                continue
            if parts[2] == ("voc",):  # no news page calls out to a meeting
                continue
            if orth.endswith("yj"):
                continue  # archaic genitive ("konferencyj")
            number = "pl" if "pl" in parts[1] else "sg"
            found.append((noun, phrase(noun, number, parts[2][0], orth)))
    return found


def test_every_form_of_an_event_noun_is_an_event_word() -> None:
    results = [(TRIGGER.search(text) is not None, f"{noun}: {text}") for noun, text in every_form()]
    assert len(results) > 140
    assert rate("event nouns in every case", results) >= 0.99


def locative_case(pages: Pages, rng: random.Random, noun: str) -> tuple[bool, str]:
    city, date = rng.choice(cities()), date_of(rng, ranges=False)
    located = form(noun, "subst", "sg", "loc")
    assert located is not None
    text = (
        f"{capitalise(date.text)} przedstawiciele miast uczestniczyli w "
        f"{phrase(noun, 'sg', 'loc', located)} {w(city)}."
    ).replace("..", ".")
    ctx = pages.extract(text, "2024-12-31")
    found = {(e.first, e.city) for e in ctx.events}
    return outcome(ctx, (date.first, city.iri) in found, text, f"an event in {city.slug}")


def test_dated_events_told_in_the_locative(pages: Pages) -> None:
    rng = random.Random(SEED)
    results = [locative_case(pages, rng, noun) for noun in EVENT_NOUNS for _ in range(8)]
    assert rate("'uczestniczyli w <locative>'", results) >= 0.95
