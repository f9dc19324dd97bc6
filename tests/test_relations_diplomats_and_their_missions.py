"""A diplomat's post after a name names the mission the person works in: "Artem Valah, Konsul
Generalny Ukrainy w Lublinie" holds a post in the Konsulat Generalny Ukrainy w Lublinie (in
Lublin), "…, ambasador Francji w Krakowie" one in the Ambasada Francji w Krakowie (the
generator does not mind that embassies are in capitals). An honorary consul ("konsul honorowy
Ukrainy w Szczecinie", a citizen the country appoints) is named for no mission, as the opened
golds have it (session 28, from
misses of wynn, opened this session: the town in the post's phrase had put the consul in the
town's city office). Countries are CLDR's Polish names in the genitive SGJP generates (one
word); towns are the reference's cities in the locative; people are SGJP's, declined by
morfeusz2. Measured on the commit before: 0 % -> 100 %; the control (a city officer: "Jan
Nowak, sekretarz miasta w Lublinie" holds a post in the city's office as before) 100 % before
and after; and an honorary consul holds no post in the town's office (0 % before,
100 % after)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from tests.relations_pages import Pages, measured
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    cities,
    draw,
    form,
    noun_lexeme,
    office_of,
    people,
    rate,
    w,
)
from ump_kg.extract.context import DocumentContext
from ump_kg.extract.names import countries

POSTS = (("konsul generalny", "Konsulat Generalny"), ("ambasador", "Ambasada"))
SENTENCES = (
    "{person}, {post} {country} {w}, otworzył{a} wystawę.",
    "Na spotkanie przyszedł{a} {person}, {post} {country} {w}.",
)


@cache
def country_genitives() -> tuple[str, ...]:
    """One-word Polish country names' genitives, as morfeusz2 generates them."""
    found = []
    for name in sorted(countries("pl")):
        lexeme = noun_lexeme(name, "nazwa_geograficzna", None) if " " not in name else None
        genitive = form(lexeme[0], "subst", lexeme[1], "gen") if lexeme else None
        if genitive and genitive[:1].isupper() and genitive != name:
            found.append(genitive)
    return tuple(found)


@dataclass(frozen=True)
class DiplomatCase:
    person: str
    mission: str
    city: str
    text: str


def a_diplomat(rng: random.Random) -> DiplomatCase:
    person = rng.choice(people())
    (city,) = draw(rng, cities())
    post, head = rng.choice(POSTS)
    country = rng.choice(country_genitives())
    where = w(city)
    text = rng.choice(SENTENCES).format(
        person=person.nominative, post=post, country=country, w=where, a=person.a
    )
    return DiplomatCase(person.nominative, f"{head} {country} {where}", city.iri, text)


def a_city_officer(rng: random.Random) -> DiplomatCase:
    person = rng.choice(people())
    (city,) = draw(rng, cities())
    text = f"{person.nominative}, sekretarz miasta {w(city)}, otworzył{person.a} wystawę."
    return DiplomatCase(person.nominative, "", office_of(city), text)


def an_honorary_consul(rng: random.Random) -> DiplomatCase:
    person = rng.choice(people())
    (city,) = draw(rng, cities())
    country = rng.choice(country_genitives())
    text = f"{person.nominative}, konsul honorowy {country} {w(city)}, otworzył{person.a} wystawę."
    return DiplomatCase(person.nominative, "", office_of(city), text)


def posts_of(ctx: DocumentContext, person: str) -> set[str]:
    """The bodies the person's posts are in, by their labels (or IRIs where unlabelled)."""
    who = {iri for iri, e in ctx.entities.items() if e.label_pl == person}
    held = {str(f.o) for f in ctx.facts if f.p.endswith("holds") and f.s in who}
    bodies = {str(f.o) for f in ctx.facts if f.p.endswith("postIn") and f.s in held}
    return {ctx.entities[b].label_pl if b in ctx.entities else b for b in bodies}


def in_the_mission(ctx: DocumentContext, case: DiplomatCase) -> tuple[bool, str]:
    found = posts_of(ctx, case.person)
    placed = {
        str(f.o)
        for f in ctx.facts
        if f.p.endswith("inCity")
        and f.s in ctx.entities
        and ctx.entities[f.s].label_pl == case.mission
    }
    ok = found == {case.mission} and placed == {case.city}
    return ok, f"{case.person} in {case.mission} in {case.city} (found {found}, {placed})"


def in_the_city_office(ctx: DocumentContext, case: DiplomatCase) -> tuple[bool, str]:
    found = posts_of(ctx, case.person)
    return found == {case.city}, f"{case.person} in {case.city} (found {found})"


def test_a_diplomat_works_in_the_mission_the_post_names(pages: Pages) -> None:
    results, _ = measured(pages, a_diplomat, in_the_mission)
    assert rate("'X, konsul generalny Ukrainy w Lublinie': the consulate", results) >= POSITIVE


def no_post_in_the_city_office(ctx: DocumentContext, case: DiplomatCase) -> tuple[bool, str]:
    found = posts_of(ctx, case.person)
    return case.city not in found, f"{case.person} not in {case.city} (found {found})"


def test_an_honorary_consul_works_in_no_towns_office(pages: Pages) -> None:
    results, _ = measured(pages, an_honorary_consul, no_post_in_the_city_office)
    assert (
        rate("control: 'X, konsul honorowy Ukrainy w Szczecinie': no office", results) >= NEGATIVE
    )


def test_a_city_officer_works_in_the_citys_office(pages: Pages) -> None:
    results, _ = measured(pages, a_city_officer, in_the_city_office)
    assert rate("control: 'X, sekretarz miasta w Lublinie': the office", results) >= NEGATIVE
