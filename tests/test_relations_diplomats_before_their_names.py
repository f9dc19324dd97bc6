"""A consul general's post said before the name names the consulate the person works in, as
it does after the name (session 37: eolh, opened, has "gościł w Bydgoszczy ambasador Ukrainy w
Polsce Wasyl Zvarych" with no post; measured, the opened golds of ior and yogh name the
consulate general of "konsul generalny Ukrainy w Krakowie Wiaczesław Wojnarowski", while those
of ash and gani name no embassy for an ambassador so named, and a consul without a rank is one
of a consulate general the phrase does not name: relations.diplomats_before_names reads consuls
general only, in any case: "z konsulem generalnym Niemiec w Gdańsku Janem Kowalskim").

Cases: "konsul generalny" in the nominative and the instrumental (morfeusz2), CLDR's Polish
country names in the genitive, the reference's cities in the locative, SGJP's men declined by
morfeusz2, in sentence templates. Controls: an honorary consul, an ambassador and a consul
without a rank before the name hold no post.
Measured on the commit before: 0.0 % -> 100 %; controls 100 % both.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, measured
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    cities,
    draw,
    form,
    office_of,
    people,
    rate,
    w,
)
from tests.test_relations_diplomats_and_their_missions import (
    DiplomatCase,
    country_genitives,
    in_the_mission,
    posts_of,
)
from ump_kg.extract.context import DocumentContext

# (the post's lexemes, the mission's head: none for posts that name no mission here)
POSTS = (("konsul", "generalny"), "Konsulat Generalny")
NO_MISSION = (("konsul", "honorowy"), ("ambasador",), ("konsul",))
NOMINATIVE = (
    "Na spotkanie przyszedł {post} {country} {w} {person}.",
    "{Post} {country} {w} {person} otworzył{a} wystawę.",
)
INSTRUMENTAL = ("Prezydent miasta spotkał się z {post} {country} {w} {person}.",)


def post_in(lexemes: tuple[str, ...], case: str) -> str | None:
    words = [
        form(lexemes[0], "subst", "sg", case, "m1"),
        *(form(x, "adj", "sg", case, "m1") for x in lexemes[1:]),
    ]
    return " ".join(x for x in words if x) if all(words) else None


def a_diplomat_before_the_name(rng: random.Random, control: bool = False) -> DiplomatCase | None:
    person = rng.choice([p for p in people() if p.gender == "m1"])  # (posts in the masculine)
    (city,) = draw(rng, cities())
    lexemes, head = (rng.choice(NO_MISSION), "") if control else POSTS
    case = rng.choice(("nom", "inst"))
    post = post_in(lexemes, case)
    if post is None:
        return None
    country = rng.choice(country_genitives())
    where = w(city)
    frame = rng.choice(NOMINATIVE if case == "nom" else INSTRUMENTAL)
    text = frame.format(
        post=post, Post=post.capitalize(), country=country, w=where, person=person.form(case), a=""
    )
    mission = f"{head} {country} {where}" if head else ""
    return DiplomatCase(person.nominative, mission, office_of(city) if control else city.iri, text)


def someone_in_the_mission(ctx: DocumentContext, case: DiplomatCase) -> tuple[bool, str]:
    """The one person of the page works in the mission (the nominative of a name in the
    instrumental, "Iwonem" → Iwo or Iwon, is the names tests' matter, not this rule's)."""
    people_found = [e.label_pl for e in ctx.entities.values() if e.cls.endswith("Person")]
    named = DiplomatCase(people_found[0], case.mission, case.city, case.text)
    return in_the_mission(ctx, named) if len(people_found) == 1 else (False, case.text)


def no_post_at_all(ctx: DocumentContext, case: DiplomatCase) -> tuple[bool, str]:
    found = posts_of(ctx, case.person)
    return not found, f"{case.text}: {case.person} holds no post (found {found})"


def test_a_diplomat_named_after_the_post_works_in_its_mission(pages: Pages) -> None:
    results, _ = measured(pages, a_diplomat_before_the_name, someone_in_the_mission)
    assert rate("'konsul generalny Ukrainy w Krakowie X': the consulate", results) >= POSITIVE


def test_control_an_honorary_consul_or_an_ambassador_before_the_name_holds_no_post(
    pages: Pages,
) -> None:
    results, _ = measured(pages, lambda rng: a_diplomat_before_the_name(rng, True), no_post_at_all)
    assert (
        rate("control: 'konsul honorowy / ambasador Ukrainy w … X': no post", results) >= NEGATIVE
    )
