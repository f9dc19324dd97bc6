"""A body the page names in the nominative and again in an oblique case is one body, named as
written in the nominative (session 23, from the opened set tet: "Pracownia Samorządowa Fundacji
Batorego" … "koordynatorka Pracowni Samorządowej Fundacji Batorego", whose oblique form had
been read as "Pracownia Samorządowej Fundacji Batorego"; names.same_lemmas in
same_body_same_name).
Cases: a feminine head of SGJP (pracownia, katedra, biblioteka, galeria, akademia), a postposed SGJP
adjective agreeing with it and a made-up foundation in the genitive (relations_templates
new_names), written in the nominative once and in the genitive, dative or locative after it.
Control: two bodies whose names differ in a word of another lemma stay two.
Measured on e2d9c6e: 0 %; control 100 %. (The oblique form's wrong reading itself, "Pracownia Samorządowej …", is left: where the page never writes the name in the nominative it stands.)
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome
from tests.relations_templates import (
    capitalise,
    cases,
    form,
    name_adjectives,
    new_names,
    rate,
)
from ump_kg.extract.context import DocumentContext

COUNT = 120
HEADS = ("pracownia", "katedra", "biblioteka", "galeria", "akademia")
OBLIQUE = {
    "gen": "W dyskusji wzięła udział Alicja Nowak, koordynatorka {name}.",
    "dat": "Prezydent podziękował {name} za przygotowanie sesji.",
    "loc": "O {name} mówiono podczas sesji.",
}


def phrase(head: str, adjective: str, owner: str, case: str) -> str | None:
    written_head = form(head, "subst", "sg", case)
    written_adjective = form(adjective, "adj", "sg", case, "f")
    if not (written_head and written_adjective):
        return None
    return f"{capitalise(written_head)} {capitalise(written_adjective)} {owner}"


def twice(rng: random.Random) -> tuple[str, str, list[str]] | None:
    head, adjective = rng.choice(HEADS), rng.choice(name_adjectives())
    owner = rng.choice(new_names(("Fundacja",), 0, 300)).form("gen")
    case = rng.choice(sorted(OBLIQUE))
    nominative, oblique = (
        phrase(head, adjective, owner, "nom"),
        phrase(head, adjective, owner, case),
    )
    if not (nominative and oblique):
        return None
    text = f"Sesję przygotowała {nominative}. " + OBLIQUE[case].format(name=oblique)
    return text, nominative, [nominative]


def two_bodies(rng: random.Random) -> tuple[str, str, list[str]] | None:
    head = rng.choice(HEADS)
    one, other = rng.sample(name_adjectives(), 2)
    owner = rng.choice(new_names(("Fundacja",), 0, 300)).form("gen")
    first, second = phrase(head, one, owner, "nom"), phrase(head, other, owner, "gen")
    if not (first and second):
        return None
    text = f"Sesję przygotowała {first}. " + OBLIQUE["gen"].format(name=second)
    return text, first, [first, "(another)"]


def bodies(ctx: DocumentContext, head: str) -> list[str]:
    return sorted(
        e.label_pl for e in ctx.entities.values() if e.label_pl.split()[0].lower() == head
    )


def check(pages: Pages, made: tuple[str, str, list[str]]) -> tuple[bool, str]:
    text, first, wanted = made
    ctx = pages.extract(text, "2022-10-17")
    found = bodies(ctx, first.split()[0].lower())
    # (the control asks for two bodies, the first as written; how the second's oblique form
    # is read is another rule's matter)
    ok = first in found and len(found) == len(wanted)
    return outcome(ctx, ok, text, f"{wanted}; found {found}")


def test_a_body_named_again_in_an_oblique_case_is_one(pages: Pages) -> None:
    value = rate(
        "'Pracownia Samorządowa X' … 'Pracowni Samorządowej X' -> one body",
        [check(pages, m) for m in cases(twice, COUNT)],
    )
    assert value >= 0.95


def test_names_of_other_words_stay_two(pages: Pages) -> None:
    value = rate(
        "control: 'Pracownia Samorządowa X' … 'Pracowni Miejskiej X' -> two bodies",
        [check(pages, m) for m in cases(two_bodies, COUNT)],
    )
    assert value >= 0.95
