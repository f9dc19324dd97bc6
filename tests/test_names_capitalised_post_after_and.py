"""A capitalised post after "i"/"oraz" opens a new phrase, not a word of the body's name before
it: "Dokument podpisali dziekan Wydziału Filologicznego oraz Komendant Straży Miejskiej w Łodzi
Zbigniew Kuleta" names "Wydział Filologiczny", not "Wydział Filologiczny oraz Komendant Straży
Miejskiej" (session 40, from a miss of dagaz, opened).

Official Polish writes posts with a capital ("Komendant", "Dziekan", "Prezydent Miasta"); a
name goes on over "i"/"oraz" before a capitalised word, so a post in small letters ended it and
a capitalised one did not (names.opens_a_post: ROLE_WORD's posts and CAPITALISED_POSTS, in the
singular). Cases: a unit named by an SGJP adjective, then "oraz"/"i", a capitalised post and a
reference body in the genitive, in every case of the first name morfeusz2 generates.
Control: the same post in small letters, as before.
Measured on 52a73db: 18.2 % -> 100 %; control 100 % both.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, labels_of_bodies
from tests.relations_templates import (
    capitalise,
    drawn_until,
    name_adjectives,
    organisations,
    phrase_forms,
    rate,
)

SEED = 20261215
COUNT = 110
POSTS = ("Komendant", "Dziekan", "Rektor", "Dyrektor", "Prezes", "Kierownik", "Przewodniczący")
HEADS = ("Wydział", "Centrum", "Biuro", "Fundacja")
FRAMES = (
    ("gen", "Dokument podpisali dyrektor {first} {and_} {post} {second}."),
    ("inst", "Spotkanie z {first} {and_} {post} {second} odbyło się w piątek."),
    ("loc", "O współpracy mówiono w {first} {and_} {post} {second} wczoraj."),
)


def post_case(pages: Pages, rng: random.Random, capital: bool) -> tuple[bool, str] | None:
    label = f"{rng.choice(HEADS)} {capitalise(rng.choice(name_adjectives()))}"
    forms = dict(phrase_forms(label) or ())
    case, frame = rng.choice(FRAMES)
    second = rng.choice(organisations())
    if case not in forms:
        return None
    post = rng.choice(POSTS)
    text = frame.format(
        first=forms[case],
        and_=rng.choice(("i", "oraz")),
        post=post if capital else post.lower(),
        second=second.form("gen"),
    )
    bodies = labels_of_bodies(pages.extract(text))
    return label in bodies, f"{text} -> {label}; bodies {bodies}"


def test_a_capitalised_post_after_and_ends_the_name(pages: Pages) -> None:
    results = drawn_until(lambda rng: post_case(pages, rng, True), COUNT, SEED)
    assert rate("'Wydział Filologiczny oraz Komendant Straży …'", results) >= 0.95


def test_control_a_post_in_small_letters(pages: Pages) -> None:
    results = drawn_until(lambda rng: post_case(pages, rng, False), COUNT, SEED + 1)
    assert rate("control: 'Wydział Filologiczny oraz komendant Straży …'", results) >= 0.95
