"""On an English page a body's name before a possessive ending ends before it ("the University of
Gdańsk's Centre …" names the University of Gdańsk, not "University of Gdańsks"; "the Zapta
Institute's report": the head word itself carries it), a person's given name written with an
accent the census list leaves out ("Lívia", "José", "Zoë") is a known given name, and "Chief"
after a name ("Lívia Styp-Rekowska, Chief of Mission of IOM Poland, said …") is a role like
"Head", and so is a role with a prefix that makes it a second's ("Jaume Asens, vice-mayor of
Barcelona", "Vice-Chair of the Board") (session 29, from misses of ben, ae and resh, opened this
session: the page's head of mission and a vice-mayor were no people). Given names are the census
list's (src/ump_kg/language/international_given_names.txt) with one vowel given an acute accent;
surnames and the made-up names for "Chief" are random syllables (seeded). Controls: an accented
capitalised pair whose first word, without its accent, is no given name, with no role, "the
Chief Executive" with no name and "X Y, vice-versa," make no person. Bodies for the possessive
are made-up words before a head and "of" + a made-up place after it. Measured on the commit
before (150 seeds each): 0 % (accented names), 3.3 % (chiefs), 0 % (possessives) and 2.7 %
(vice-roles) -> 100 %; the controls pass before and after."""

from __future__ import annotations

import random
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_names_english_roles import made_up
from ump_kg.extract.names import find_named_bodies, find_people, known_given_name
from ump_kg.language.international_given_names import INTERNATIONAL_GIVEN_NAMES

ACUTE = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"}
CHIEF_ROLES = ("Chief of Mission of IOM Poland", "Chief of Staff", "Chief of the Section")


@cache
def accented_given_names() -> tuple[str, ...]:
    """Census names with one vowel accented, where the accented spelling is no listed name."""
    found = []
    for name in sorted(INTERNATIONAL_GIVEN_NAMES):
        for index, letter in enumerate(name):
            if letter in ACUTE and index > 0:
                accented = name[:index] + ACUTE[letter] + name[index + 1 :]
                if accented not in INTERNATIONAL_GIVEN_NAMES:
                    found.append(accented)
                break
    return tuple(found)


def people(text: str) -> list[str]:
    return [p.base for p in find_people(text, [], "en")]


@settings(derandomize=True, max_examples=150, deadline=None)
@given(st.randoms(use_true_random=False))
def test_an_accented_given_name_is_known(rng: random.Random) -> None:
    name = f"{rng.choice(accented_given_names())} {made_up(rng, rng.randrange(2, 4))}"
    text = f"At the conference in Warsaw {name} spoke about refugees."
    assert people(text) == [name], text


def a_made_up_name(rng: random.Random) -> str:
    return f"{made_up(rng, rng.randrange(2, 4))} {made_up(rng, rng.randrange(2, 4))}"


@settings(derandomize=True, max_examples=150, deadline=None)
@given(st.randoms(use_true_random=False))
def test_a_chief_after_a_name_is_a_role(rng: random.Random) -> None:
    name = a_made_up_name(rng)
    text = f"{name}, {rng.choice(CHIEF_ROLES)}, said that the centre was needed."
    assert people(text) == [name], text


@settings(derandomize=True, max_examples=150, deadline=None)
@given(st.randoms(use_true_random=False))
def test_control_no_person_without_a_name_or_a_role(rng: random.Random) -> None:
    word = made_up(rng, rng.randrange(2, 4))
    vowel = next((i for i, c in enumerate(word) if c in ACUTE and i > 0), None)
    if vowel is None or word in INTERNATIONAL_GIVEN_NAMES:
        return
    accented = word[:vowel] + ACUTE[word[vowel]] + word[vowel + 1 :]
    text = rng.choice(
        (
            f"The {accented} {made_up(rng, 3)} opened in Warsaw last year.",
            f"The Chief Executive of {made_up(rng, 3)} Group said the centre was needed.",
        )
    )
    assert people(text) == [], text


HEADS = ("Institute", "University", "Foundation", "Centre", "Council", "Office", "Association")


def a_body(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{made_up(rng, rng.randrange(2, 4))} {rng.choice(HEADS)}"
    return f"{rng.choice(HEADS)} of {made_up(rng, rng.randrange(2, 4))}"


@settings(derandomize=True, max_examples=150, deadline=None)
@given(st.randoms(use_true_random=False))
def test_a_bodys_name_ends_before_its_possessive(rng: random.Random) -> None:
    body = a_body(rng)
    apostrophe = rng.choice(("'", "\u2019"))
    text = f"The report of the {body}{apostrophe}s experts was published in Warsaw."
    assert [n.base for n in find_named_bodies(text, [], "en")] == [body], text


@settings(derandomize=True, max_examples=150, deadline=None)
@given(st.randoms(use_true_random=False))
def test_control_a_bodys_name_without_a_possessive(rng: random.Random) -> None:
    body = a_body(rng)
    text = f"The report of the {body} was published in Warsaw."
    assert [n.base for n in find_named_bodies(text, [], "en")] == [body], text


VICE_ROLES = ("vice-mayor of Barcelona", "Vice-Chair of the Board", "co-chair of the network")


@settings(derandomize=True, max_examples=150, deadline=None)
@given(st.randoms(use_true_random=False))
def test_a_vice_role_after_a_name_is_a_role_and_vice_versa_none(rng: random.Random) -> None:
    name = a_made_up_name(rng)
    # ("Kari Kaka": a known given name is a cue of its own, so the control needs another)
    control = not known_given_name(name.split()[0]) and rng.random() < 0.5
    role = "vice-versa" if control else rng.choice(VICE_ROLES)
    text = f"{name}, {role}, answered with a question."
    assert people(text) == ([] if control else [name]), text
