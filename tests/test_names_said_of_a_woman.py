"""A woman's given name that SGJP reads only as a man's genitive ("Ivana" as Ivan's) stands as
written when the sentence says the name is a woman's: a feminine noun in apposition after it
("Ivana d'Alessandro, szefowa działu, …") or a feminine past verb before it ("prowadziła Ivana
Rossi"). In a man's context ("wystąpienie Ivana Rossiego, szefa działu") it is Ivan's genitive,
and the nominative is Ivan. Given names: SGJP's masculine given names whose genitive has no
feminine reading; surnames: foreign ones that do not decline."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    cases,
    form,
    name_pools,
    rate,
    readings,
)
from ump_kg.extract.names import find_people

SURNAMES = ("d'Alessandro", "Dubois", "Rossi", "Moreau", "Fontaine", "Bianchi", "Laurent")


@cache
def genitive_only_names() -> tuple[tuple[str, str], ...]:
    """(masculine nominative, its genitive) where the genitive has no feminine reading."""
    found = []
    for nominative, lexeme in name_pools()["given-m1"]:
        genitive = form(lexeme, "subst", "sg", "gen")
        if genitive is None or not genitive.endswith("a"):
            continue
        if any(parts[3:4] and "f" in parts[3] for _, parts, _ in readings(genitive)):
            continue
        found.append((nominative, genitive))
    return tuple(found)


@dataclass(frozen=True)
class WomanCase:
    written: str
    wanted: str
    text: str


FEMININE = (
    "{F} {S}, szefowa działu, otworzyła spotkanie.",
    "Spotkanie prowadziła {F} {S}.",
    "Gości powitała {F} {S}, koordynatorka projektu.",
)
MASCULINE = ("Wysłuchano wystąpienia {F} {S}, szefa działu.", "Dziękujemy za pomoc {F} {S}.")


def woman_case(rng: random.Random, templates: tuple[str, ...], woman: bool) -> WomanCase:
    nominative, genitive = rng.choice(genitive_only_names())
    surname = rng.choice(SURNAMES)
    text = rng.choice(templates).format(F=genitive, S=surname)
    wanted = f"{genitive if woman else nominative} {surname}"
    return WomanCase(f"{genitive} {surname}", wanted, text)


def base_of(case: WomanCase) -> tuple[bool, str]:
    found = [n.base for n in find_people(case.text, []) if n.text == case.written]
    ok = found == [case.wanted]
    return ok, f"{case.text!r}\n       want {case.wanted}; found {found}"


def test_a_name_said_of_a_woman_stands_as_written() -> None:
    results = [base_of(c) for c in cases(lambda rng: woman_case(rng, FEMININE, True), 105)]
    assert rate("'Ivana X, szefowa …', 'prowadziła Ivana X' -> Ivana X", results) >= POSITIVE


def test_the_same_name_said_of_a_man_is_his_genitive() -> None:
    results = [base_of(c) for c in cases(lambda rng: woman_case(rng, MASCULINE, False), 105)]
    assert rate("negative: 'wystąpienia Ivana X, szefa …' -> Ivan X", results) >= NEGATIVE
