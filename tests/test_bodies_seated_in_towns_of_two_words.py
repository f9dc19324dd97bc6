"""A body's seat in a town named by two words is the whole town: "Punkt Informacyjny dla
Cudzoziemców w Zielonej Górze", "Miejski Ośrodek Pomocy Społecznej w Gorzowie Wielkopolskim"
(session 31, from a miss of bani, opened this session: the names had ended "w Zielonej", "w
Gorzowie", as SGJP reads those words alone as places). The towns are GeoNames' Polish towns of
two words, both declined (those of `test_towns_of_two_words_declined`, put in the locative by the
tests' own `phrase_forms`), the bodies municipal and regional units made of SGJP words declined
by morfeusz2, each in every case on a page the pipeline extracts. Control: the same bodies seated
in towns of one word, as before. Measured on the commit before: 0 % -> 100 %; the control 100 %
before and after."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from tests.relations_pages import Pages, measured
from tests.relations_templates import CASES, POSITIVE, rate
from tests.test_org_names_generated import (
    COMPLEMENTS,
    LOCAL_GOVERNMENT,
    TEMPLATES,
    TOWNS,
    form,
    noun,
    town_locative,
)
from tests.test_towns_of_two_words_declined import towns_of_two_words
from ump_kg.extract.context import DocumentContext

HEADS = ("ośrodek", "centrum", "biuro", "punkt")


@dataclass(frozen=True)
class SeatedCase:
    text: str
    label: str  # the body's name in the nominative, with its seat


@cache
def locatives_of_towns_of_two_words() -> tuple[str, ...]:
    """Locatives of the declined test's towns of two words where both words change
    ("Zielonej Górze", not "Aleksandrowie Łódzkim")."""
    return tuple(
        forms["loc"]
        for town, forms in towns_of_two_words()
        if all(a != b for a, b in zip(town.split(), forms["loc"].split(), strict=True))
    )


def seat(locative: str) -> str:
    return ("we " if locative[:1] in "WF" and locative[1:2] not in "aeiouyąęó" else "w ") + locative


def seated_case(rng: random.Random, towns: tuple[str, ...]) -> SeatedCase | None:
    head = noun(rng.choice(HEADS))
    if head is None:
        return None
    adjective, case = rng.choice(LOCAL_GOVERNMENT), rng.choice(CASES)
    tail = f"{rng.choice(COMPLEMENTS)} {seat(rng.choice(towns))}"
    written = {}
    for wanted in (case, "nom"):
        words = [form(adjective, wanted, head[1], "adj"), form(head[0], wanted, head[1], "subst")]
        if not all(words):
            return None
        written[wanted] = " ".join([*(str(w).capitalize() for w in words), tail])
    text = TEMPLATES[case].format(name=written[case])
    return SeatedCase(text[:1].upper() + text[1:], written["nom"])


def one_word_towns() -> tuple[str, ...]:
    return tuple(t for t in (town_locative(town) for town in TOWNS) if t)


def named_with_its_seat(ctx: DocumentContext, case: SeatedCase) -> tuple[bool, str]:
    labels = [e.label_pl for e in ctx.entities.values() if "Organis" in e.cls or "Unit" in e.cls]
    return labels == [case.label], case.label


def test_a_seat_in_a_town_of_two_words_is_the_whole_town(pages: Pages) -> None:
    results, _ = measured(
        pages, lambda rng: seated_case(rng, locatives_of_towns_of_two_words()), named_with_its_seat
    )
    assert rate("'Punkt Informacyjny … w Zielonej Górze'", results) >= POSITIVE


def test_control_a_seat_in_a_town_of_one_word_as_before(pages: Pages) -> None:
    results, _ = measured(
        pages, lambda rng: seated_case(rng, one_word_towns()), named_with_its_seat
    )
    assert rate("control: 'Miejski Ośrodek … w Płocku'", results) >= POSITIVE
