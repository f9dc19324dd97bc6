"""Whom a body serves may be named with the country they come from: "Centrum Integracji dla
Uchodźców z Ukrainy", "Fundacja Pomocy Dzieciom z Białorusi". After a capitalised plural noun
for persons, "z" and a country in the genitive are words of the name (session 31, from a miss
of bani, opened this session: the name had stopped at "dla Uchodźców"). Heads, persons and
adjectives are SGJP lexemes declined by morfeusz2; the countries are CLDR's Polish names in the
genitive morfeusz2 generates; only "uchodźca" and "Ukrainy" were on the page. Control: the same
bodies without the country, and "z" with a town or another body after a name, as before.
Measured on the commit before: 0 % -> 100 %; the controls 100 % before and after."""

from __future__ import annotations

import random
from functools import cache

from tests.test_org_names_generated import (
    SERVING_ADJECTIVES,
    SERVING_HEADS,
    Body,
    declined_before,
    form,
    found_in,
    nominative_rate,
    noun,
    sample_of,
    serving_bodies,
)
from tests.test_relations_diplomats_and_their_missions import country_genitives

SEED = 20261205
# plural nouns for persons a body serves (SGJP m1, and "dziecko")
PERSONS = (
    "cudzoziemiec",
    "migrant",
    "imigrant",
    "obywatel",
    "repatriant",
    "student",
    "pracownik",
    "przesiedleniec",
    "uczeń",
    "emigrant",
    "uchodźca",
    "dziecko",
)


def served_from_a_country(rng: random.Random) -> Body | None:
    head = noun(rng.choice(SERVING_HEADS))
    persons = noun(rng.choice(PERSONS))
    if head is None or persons is None:
        return None
    whom = form(persons[0], "gen", persons[1], "subst", number="pl")
    if whom is None:
        return None
    country = rng.choice(country_genitives())
    return declined_before(
        head, rng.choice(SERVING_ADJECTIVES), f"dla {whom.capitalize()} z {country}"
    )


@cache
def bodies_served_from_a_country() -> tuple[Body, ...]:
    return sample_of(served_from_a_country, SEED)


def test_the_country_those_served_come_from_stays_in_the_name() -> None:
    rate = nominative_rate(
        "'Centrum Integracji dla Uchodźców z Ukrainy'", bodies_served_from_a_country()
    )
    assert rate >= 0.95


def test_control_whom_a_body_serves_without_a_country_as_before() -> None:
    assert (
        nominative_rate("control: 'Punkt Informacyjny dla Cudzoziemców'", serving_bodies()) >= 0.95
    )


def test_control_a_town_after_a_bodys_name_is_not_part_of_it() -> None:
    """ "Fundacja Ocalenie z Warszawy": where a body is from; no persons before "z"."""
    rng = random.Random(SEED)
    countries = rng.sample(country_genitives(), 20)
    for country in countries:
        _, found = found_in(f"Fundacja Ocalenie z {country} pomaga cudzoziemcom.")
        assert [b.base for b in found] == ["Fundacja Ocalenie"], (country, found)
