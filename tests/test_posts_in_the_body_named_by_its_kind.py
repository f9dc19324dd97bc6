"""A post in "the foundation" or "the association", written as its bare kind word after the page
has named the body, is a post in that body also where the holder's name follows right after
("wiceprezeska stowarzyszenia Nina Ptak mówiła …") or the post is a seat on its board
("Michał Brokos, członek zarządu stowarzyszenia, wyjaśnił …") (session 34, from misses of calc,
opened this session: those posts had no body). kind_words read the bare word as the last body
the page named with that head only after a post's own word and not before a capitalised word.

Cases: one-word names of test_bodies_kind_word_in_small_letters (its seeded sample), named in a
first sentence (the kind word capitalised or small); people of relations_templates (SGJP's
given names and surnames, every kind); a second sentence with a role noun (or a board seat) and
the kind word in the genitive, before the name or in apposition after it.
Negative: two bodies of the kind named first -> the bare word is the last one's, no post in the
one named before it.
Control: the second sentence with the body's full name, as before.
Measured on 53497da (before this session): 15.2 % (a role noun in apposition only) -> 99.0 %;
the negative 100 % -> 98.1 % (where the second name is itself a body's head word, "stowarzyszenie
Wspólnota", it is not named, and the bare word is the first's); the control 99.0 % before and
after."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, holds, made_or_known, measured
from tests.relations_templates import NEGATIVE, POSITIVE, Named, Person, people, rate
from tests.test_bodies_kind_word_in_small_letters import names
from ump_kg.extract.context import DocumentContext

KINDS = (("Fundacja", "fundacji"), ("Stowarzyszenie", "stowarzyszenia"))
ROLES = ("prezes", "wiceprezes", "koordynator", "dyrektor")
FIRST = (
    "Punkt prowadzi {Kind} {name}, a miasto daje lokal.",
    "W ratuszu {small} {name} otworzył{e} nowy punkt porad.",
)
SECOND = (
    "Podczas otwarcia {role} {body} {person} mówił{a} o punkcie.",
    "{person}, {role} {body}, wyjaśnił{a} zasady działania punktu.",
    "{person}, członek zarządu {body}, wyjaśnił{a} zasady działania punktu.",
)


@dataclass(frozen=True)
class Case:
    text: str
    person: Person
    body: str  # "new:<label>"


def a_case(rng: random.Random, full_name: bool = False, two: bool = False) -> Case | None:
    (kind, genitive) = rng.choice(KINDS)
    name, other = rng.sample(names(), 2)
    small = kind.lower()
    ending = "a" if kind == "Fundacja" else "o"
    first = rng.choice(FIRST).format(Kind=kind, small=small, name=name, e=ending)
    if two:
        # (the bare word is the last one named: the first gets no post)
        first = f"Punkt prowadzą {small} {name} i {small} {other}."
    person = rng.choice(people())
    body = f"{genitive.capitalize()} {name}" if full_name else genitive
    second = rng.choice(SECOND).format(
        role=rng.choice(ROLES), body=body, person=person.form("nom"), a=person.a
    )
    return Case(f"{first} {second[:1].upper()}{second[1:]}", person, f"new:{kind} {name}")


def holds_in_body(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    body = made_or_known(ctx, Named(case.body, "", ()))
    return holds(ctx, case.person, body), f"{case.person.nominative} post in {case.body}"


def no_post(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    ok, _ = holds_in_body(ctx, case)
    return not ok, f"no post of {case.person.nominative} in {case.body}"


def test_a_post_in_the_body_the_page_named(pages: Pages) -> None:
    results, _ = measured(pages, a_case, holds_in_body)
    assert rate("'prezes fundacji X' -> post in the page's foundation", results) >= POSITIVE


def test_negative_two_bodies_of_the_kind(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: a_case(rng, two=True), no_post)
    assert rate("negative: two foundations named -> no post", results) >= NEGATIVE


def test_control_the_full_name(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: a_case(rng, full_name=True), holds_in_body)
    assert rate("control: 'prezes Fundacji X' -> post", results) >= POSITIVE
