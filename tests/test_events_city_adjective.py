"""A place named with a city's adjective puts a meeting in that city: "W poniedziałek, 28
marca, w rzeszowskim Ratuszu zebrał się Zespół UMP …", "w gdańskiej Hali Olivii obradował …".
A city's adjective that places nothing ("przedstawiciele gdańskiego Urzędu …", "w gdańskim
stylu") gives the meeting no city. Adjectives are the reference cities' (cities.ttl), declined
by morfeusz2 to agree with SGJP nouns of both genders."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from functools import cache

import rdflib

from tests.relations_pages import Pages, measured
from tests.relations_templates import (
    MONTHS_GEN,
    NEGATIVE,
    POSITIVE,
    REFERENCE,
    adjective_form,
    capitalise,
    form,
    rate,
    title_nouns,
)
from ump_kg.extract.context import DocumentContext

SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
PLACES = (("ratusz", "m3"), ("hala", "f"), ("pałac", "m3"), ("sala", "f"), ("centrum", "n"))


@cache
def city_adjectives() -> tuple[tuple[str, str], ...]:
    graph = rdflib.Graph().parse(REFERENCE / "cities.ttl")
    return tuple(sorted((str(c), str(a)) for c, a in graph.subject_objects(SKOS.hiddenLabel)))


@dataclass(frozen=True)
class AdjectiveCase:
    city: str | None
    text: str


def opening(rng: random.Random) -> str:
    day = dt.date(rng.randrange(2016, 2024), rng.randrange(1, 13), rng.randrange(1, 28))
    return f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r."


def placed(rng: random.Random) -> AdjectiveCase | None:
    city, adjective = rng.choice(city_adjectives())
    place, gender = rng.choice(PLACES)
    adjective_loc = adjective_form(adjective, "sg", "loc", gender)
    place_loc = form(place, "subst", "sg", "loc")
    if adjective_loc is None or place_loc is None:
        return None
    preposition = "we" if re.match(r"[wf][^aeiouyąęó]", adjective_loc) else "w"
    where = f"{preposition} {adjective_loc} {capitalise(place_loc)} {rng.choice(title_nouns())}"
    text = rng.choice(
        (
            f"{opening(rng)} {where} obradował Zespół UMP ds. Migracji i Integracji.",
            f"W poniedziałek, {opening(rng)}, {where} zebrał się Zespół UMP ds. Migracji i Integracji.",
        )
    )
    return AdjectiveCase(city, text)


def not_placed(rng: random.Random) -> AdjectiveCase | None:
    _, adjective = rng.choice(city_adjectives())
    genitive = adjective_form(adjective, "sg", "gen", "m3")
    locative = adjective_form(adjective, "sg", "loc", "m3")
    if genitive is None or locative is None:
        return None
    text = rng.choice(
        (
            f"{opening(rng)} obradował Zespół UMP ds. Migracji i Integracji; przedstawiciele "
            f"{genitive} Urzędu Miejskiego przedstawili raport.",
            f"{opening(rng)} obradował Zespół UMP ds. Migracji i Integracji, urządzony w {locative} "
            "stylu.",
        )
    )
    return AdjectiveCase(None, text)


def met_in(ctx: DocumentContext, case: AdjectiveCase) -> tuple[bool, str]:
    cities = {e.city for e in ctx.events}
    ok = cities == {case.city} if case.city else not any(cities)
    return ok, f"event in {case.city}"


def test_a_place_named_with_a_citys_adjective_places_the_meeting(pages: Pages) -> None:
    results, _ = measured(pages, placed, met_in)
    assert rate("'w rzeszowskim Ratuszu obradował …' -> in Rzeszów", results) >= POSITIVE


def test_a_citys_adjective_that_places_nothing(pages: Pages) -> None:
    results, _ = measured(pages, not_placed, met_in)
    assert rate("negative: 'gdańskiego Urzędu', 'w gdańskim stylu'", results) >= NEGATIVE
