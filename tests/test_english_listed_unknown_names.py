"""On an English page, names no list of given names holds are people where they are listed with
a person: "the Nobel peace laureates Tawakkol Karman, Leymah Gbowee and Jody Williams" names
three people, not one (session 43, from a miss of ansuz, opened; names.an_english_pair with the
Polish pages' names.coordinated_foreigners). The unknown names are made up from syllables and
kept only where morfeusz2 reads each word as unknown ("ign") and the list of international given
names lacks it; the known person's given name is drawn from that list. Control: capitalised
abstract nouns listed with a person ("Social Inclusion, Equal Treatment and Jody Williams") are
no people. Measured on 2a523d2: 0.0 % -> 100 %; control 100 % before and after."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from tests.relations_pages import Pages, measured
from tests.relations_templates import NEGATIVE, POSITIVE, rate
from ump_kg.extract.context import DocumentContext
from ump_kg.language.international_given_names import INTERNATIONAL_GIVEN_NAMES
from ump_kg.language.morphology import analyses

ONSETS = ("t", "k", "l", "m", "g", "b", "n", "r", "s", "d", "w", "h", "z")
NUCLEI = ("a", "e", "i", "o", "u", "ay", "ee", "ou")
CODAS = ("", "", "k", "l", "n", "r", "h", "m")
TEMPLATES = (
    "On World Refugee Day the laureates {names} opened their visit in Krakow.",
    "The panel brought together {names}, who spoke about shelters for women.",
    "Speakers included {names}.",
    "{names} met refugee women at the centre.",
)
ABSTRACT = (
    "Social Inclusion", "Equal Treatment", "Human Development", "Community Engagement",
    "Public Participation", "Cultural Diversity", "Local Integration", "Civic Education",
)  # fmt: skip


def unknown(word: str) -> bool:
    return word not in INTERNATIONAL_GIVEN_NAMES and all(t == "ign" for _, t, _ in analyses(word))


def made_up(rng: random.Random) -> str | None:
    """A capitalised word of two or three syllables that Polish morphology does not know (the
    first of twenty draws that is one)."""
    for _ in range(20):
        syllables = rng.choice((2, 3))
        word = "".join(
            rng.choice(ONSETS) + rng.choice(NUCLEI) + rng.choice(CODAS) for _ in range(syllables)
        ).capitalize()
        if unknown(word) and 4 <= len(word) <= 10:
            return word
    return None


@cache
def known_given_names() -> tuple[str, ...]:
    names = sorted(n for n in INTERNATIONAL_GIVEN_NAMES if n.isalpha() and n[:1].isupper())
    return tuple(names)


@dataclass(frozen=True)
class ListCase:
    people: tuple[str, ...]
    text: str
    english: bool = True


def listed_case(rng: random.Random) -> ListCase | None:
    words = [made_up(rng) for _ in range(5)]
    if any(w is None for w in words):
        return None
    first, second = f"{words[0]} {words[1]}", f"{words[2]} {words[3]}"
    known = f"{rng.choice(known_given_names())} {words[4]}"
    order = [first, second, known]
    rng.shuffle(order)
    text = rng.choice(TEMPLATES).format(names=f"{order[0]}, {order[1]} and {order[2]}")
    return ListCase((first, second, known), text)


def abstract_case(rng: random.Random) -> ListCase | None:
    surname = made_up(rng)
    if surname is None:
        return None
    known = f"{rng.choice(known_given_names())} {surname}"
    first, second = rng.sample(ABSTRACT, 2)
    text = f"The partners' topics were {first}, {second} and {known}."
    return ListCase((first, second), text)


def people_found(ctx: DocumentContext) -> set[str]:
    return {e.label_pl for e in ctx.entities.values() if e.cls.endswith("Person")}


def all_listed_are_people(ctx: DocumentContext, case: ListCase) -> tuple[bool, str]:
    found = people_found(ctx)
    return set(case.people) <= found, f"people {sorted(case.people)} (found {sorted(found)})"


def no_topic_is_a_person(ctx: DocumentContext, case: ListCase) -> tuple[bool, str]:
    found = people_found(ctx)
    return not set(case.people) & found, f"no person of {case.people} (found {sorted(found)})"


def test_unknown_names_listed_with_a_person_are_people(pages: Pages) -> None:
    results, _ = measured(pages, listed_case, all_listed_are_people)
    assert rate("'Tawakkol Karman, Leymah Gbowee and Jody Williams'", results) >= POSITIVE


def test_abstract_nouns_listed_with_a_person_are_no_people(pages: Pages) -> None:
    results, _ = measured(pages, abstract_case, no_topic_is_a_person)
    assert rate("'Social Inclusion, Equal Treatment and Jody Williams'", results) >= NEGATIVE
