"""A place named with a city's adjective puts the event in that city also after a date that
ends in "r." ("Spotkanie odbyło się 3 marca 2023 r. w krakowskim Centrum Wielokulturowym";
session 22; events.city_adjective_of_a_place). Before, the dot of "r." (of "godz.", "ul.")
was read as the end of a clause, so the event had no city.
Cases: a reference city's adjective (its hidden label in the reference, declined by morfeusz2
to agree with the place), a place's head (Ratusz, Centrum, Biblioteka, Urząd), a
generated date with "r.".
Control: a city's adjective in the next sentence ("… 2023 r. Krakowskie Centrum …") does not
place the event.
Measured on 9f72367: 0 %; control 100 %.
"""

from __future__ import annotations

import random
from functools import cache

import rdflib
from rdflib.namespace import SKOS

from tests.relations_pages import Pages, outcome
from tests.relations_templates import MONTHS_GEN, REFERENCE, cases, date_of, form, rate
from ump_kg.extract.context import DocumentContext

COUNT = 110
# (head in the locative, its gender for the adjective, the head in the nominative)
PLACES = (
    ("Ratuszu", "m3", "Ratusz"),
    ("Centrum Wielokulturowym", "n", "Centrum Wielokulturowe"),
    ("Bibliotece Miejskiej", "f", "Biblioteka Miejska"),
    ("Pałacu Kultury", "m3", "Pałac Kultury"),
)


@cache
def city_adjectives() -> tuple[tuple[str, str], ...]:
    """(adjective lemma, city IRI): the cities' hidden labels in the reference."""
    graph = rdflib.Graph().parse(REFERENCE / "cities.ttl")
    return tuple(
        sorted(
            (str(o), str(s))
            for s, o in graph.subject_objects(SKOS.hiddenLabel)
            if isinstance(o, rdflib.Literal) and o.language == "pl"
        )
    )


def placed(rng: random.Random, next_sentence: bool = False) -> tuple[str, str] | None:
    lemma, city = rng.choice(city_adjectives())
    place, gender, nominative = rng.choice(PLACES)
    first = date_of(rng, ranges=False).first
    day = f"{first.day} {MONTHS_GEN[first.month - 1]} {first.year} r."
    adjective = form(lemma, "adj", "sg", "loc", gender)
    if adjective is None:
        return None
    if next_sentence:
        text = f"Spotkanie odbyło się {day} {lemma.capitalize()} {nominative} zaprasza."
    else:
        text = f"Spotkanie odbyło się {day} w {adjective} {place}."
    return text, city


def events_in(ctx: DocumentContext, city: str) -> list[str]:
    return [e.iri for e in ctx.events if e.city == city]


def check(pages: Pages, made: tuple[str, str], control: bool) -> tuple[bool, str]:
    text, city = made
    ctx = pages.extract(text, "2024-12-31")
    found = events_in(ctx, city)
    if control:
        return outcome(ctx, not found, text, "no event in the city")
    return outcome(ctx, bool(found), text, f"an event in {city}")


def test_a_city_adjective_after_a_year_in_r_places_the_event(pages: Pages) -> None:
    assert len(city_adjectives()) >= 10
    value = rate(
        "'odbyło się 3 marca 2023 r. w krakowskim Centrum …' -> in Kraków",
        [check(pages, m, False) for m in cases(placed, COUNT)],
    )
    assert value >= 0.95


def test_a_city_adjective_in_the_next_sentence_does_not(pages: Pages) -> None:
    value = rate(
        "control: '… 2023 r. Krakowskie Centrum … zaprasza.' -> no city",
        [check(pages, m, True) for m in cases(lambda rng: placed(rng, True), COUNT)],
    )
    assert value >= 0.98
