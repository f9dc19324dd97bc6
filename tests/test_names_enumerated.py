"""A body whose name enumerates what it deals with — "Ministerstwo Rodziny, Pracy i Polityki
Społecznej" — keeps the whole enumeration, commas included, in every case of its head; the
same enumeration after a minister's title ("Minister Rodziny, Pracy i Polityki Społecznej") is
no document "Polityka Społeczna". Items are SGJP nouns in the genitive (morfeusz2), capitalised
as names write them; heads are declined by morfeusz2."""

from __future__ import annotations

import random

from tests.relations_templates import CASES, capitalise, common_lemmas, form, rate
from ump_kg.extract.names import find_named_bodies

SEED = 20261210
FRAMES = {
    "nom": "Program prowadzi {B} od 2023 roku.",
    "gen": "Przedstawiciele {B} wzięli udział w spotkaniu.",
    "dat": "Dokument przekazano {B} w marcu.",
    "acc": "Miasto poprosiło {B} o dane.",
    "inst": "Miasto współpracuje z {B} od lat.",
    "loc": "W {B} odbyła się narada.",
}
HEADS = ("ministerstwo", "departament", "wydział")
LAST_ITEMS = ("Polityki Społecznej", "Polityki Regionalnej", "Spraw Społecznych")


def items(rng: random.Random, count: int) -> list[str]:
    found: list[str] = []
    while len(found) < count:
        word = rng.choice(common_lemmas())
        genitive = form(word, "subst", "sg", "gen")
        if genitive and genitive.isalpha() and len(genitive) > 3:
            found.append(capitalise(genitive))
    return found


def test_an_enumerated_complement_stays_in_the_name() -> None:
    rng = random.Random(SEED)
    results = []
    for index in range(120):
        head = HEADS[index % len(HEADS)]
        case = CASES[index % len(CASES)]
        first, second = items(rng, 2)
        last = rng.choice(LAST_ITEMS)
        complement = f"{first}, {second} i {last}"
        declined = capitalise(form(head, "subst", "sg", case) or head)
        text = FRAMES[case].format(B=f"{declined} {complement}")
        found = [n.base for n in find_named_bodies(text, [])]
        want = f"{capitalise(head)} {complement}"
        results.append((found == [want], f"{want} in {text!r}: {found}"))
    assert rate("'Ministerstwo Rodziny, Pracy i Polityki Społecznej' -> whole", results) >= 0.95


def test_a_ministers_enumeration_names_no_document() -> None:
    rng = random.Random(SEED + 1)
    results = []
    for _ in range(105):
        first, second = items(rng, 2)
        last = rng.choice(LAST_ITEMS)
        text = f"Pismo przekazano Minister {first}, {second} i {last} w marcu."
        found = [(n.base, n.kind) for n in find_named_bodies(text, []) if n.kind == "document"]
        results.append((not found, f"no document in {text!r}: {found}"))
    assert rate("negative: 'Minister X, Y i Polityki Społecznej' -> no document", results) >= 0.98
