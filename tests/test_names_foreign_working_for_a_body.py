"""A foreign name no list knows, followed by a post that says whom the person works for: "Erja
Tikka, pracowniczka Ministerstwa Spraw Zagranicznych Finlandii", "…, urzędnik Urzędu Miasta
Poznania", "…, wykładowczyni Uniwersytetu …", "…, naczelnik Wydziału …" (session 27, from a miss
of ash, opened this session). The post in the nominative after the name says the name is one,
as written. Control: two capitalised common nouns before such a post ("Kolba Pościel, pracownik
…") are no person. Names are made up from syllables, kept only where SGJP and the census lists
know neither word; bodies are the reference's, declined by the templates; the common nouns are
SGJP's. Measured on 98e673e: 23 % (only after a verb: "Głos zabrał …") -> 100 %; the control
100 % before and after."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, people_found
from tests.relations_templates import NEGATIVE, POSITIVE, draw, organisations, rate, title_nouns
from ump_kg.extract.context import DocumentContext
from ump_kg.language.morphology import analyses, given_names

ONSETS = ("Er", "Ol", "Ad", "Ai", "Ke", "Lu", "Ta", "Si", "Nno", "Ya", "Oa", "Ish")
MIDDLES = ("ja", "u", "we", "ri", "ni", "ma", "ko", "se")
ENDS = ("", "n", "la", "ro", "ke", "mi", "tu")
SURNAME_ONSETS = ("Tik", "Ade", "Nak", "Oko", "Vaa", "Hä", "Mwa", "Kii", "Ndu")
SURNAME_ENDS = ("ka", "bayo", "mura", "nkwo", "nanen", "kinen", "ngi", "ssa")
POSTS = (
    ("pracownik", "pracowniczka"),
    ("urzędnik", "urzędniczka"),
    ("wykładowca", "wykładowczyni"),
    ("naczelnik", "naczelniczka"),
)
SENTENCES = (
    "{person}, {post} {body}, mówił{a} o integracji cudzoziemców.",
    "Głos zabrał{a} także {person}, {post} {body}.",
    "- {person}, {post} {body};",
)


def unknown(word: str) -> bool:
    """SGJP has no reading of the word and no census list has it as a given name."""
    return analyses(word)[0][1] == "ign" and not given_names(word)


@dataclass(frozen=True)
class PostCase:
    person: str
    text: str


def made_up_name(rng: random.Random) -> str | None:
    """A given name and a surname made up from syllables, where SGJP and the census lists know
    neither word."""
    given = rng.choice(ONSETS) + rng.choice(MIDDLES) + rng.choice(ENDS)
    surname = rng.choice(SURNAME_ONSETS) + rng.choice(SURNAME_ENDS)
    return f"{given} {surname}" if unknown(given) and unknown(surname) else None


def a_foreigner_with_a_post(rng: random.Random) -> PostCase | None:
    person = made_up_name(rng)
    if person is None:
        return None
    woman = rng.random() < 0.5
    post = rng.choice(POSTS)[woman]
    (body,) = draw(rng, organisations())
    text = rng.choice(SENTENCES).format(
        person=person, post=post, body=body.form("gen"), a="a" if woman else ""
    )
    return PostCase(person, text)


def two_nouns_with_a_post(rng: random.Random) -> PostCase:
    one, two = rng.sample(title_nouns(), 2)
    post = rng.choice(POSTS)[0]
    (body,) = draw(rng, organisations())
    return PostCase("", f"{one} {two}, {post} {body.form('gen')}, mówił o integracji.")


def named(ctx: DocumentContext, case: PostCase) -> tuple[bool, str]:
    return case.person in people_found(ctx), f"{case.person} among the people"


def no_person(ctx: DocumentContext, case: PostCase) -> tuple[bool, str]:
    found = people_found(ctx)
    return not found, f"no person (found {found})"


def test_a_foreign_name_before_whom_one_works_for_is_a_person(pages: Pages) -> None:
    results, _ = measured(pages, a_foreigner_with_a_post, named)
    assert rate("'Erja Tikka, pracowniczka Ministerstwa …' is a person", results) >= POSITIVE


def test_two_common_nouns_before_such_a_post_are_none(pages: Pages) -> None:
    results, _ = measured(pages, two_nouns_with_a_post, no_person)
    assert rate("control: 'Kolba Pościel, pracownik …' is no person", results) >= NEGATIVE
