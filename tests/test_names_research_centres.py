"""A research body named by what it studies — "Ośrodek Badań nad Migracjami", "Instytut Studiów
nad Mniejszościami" — keeps "nad" and the instrumental after it in its name, in every case of its
head; a body that works "nad" something in a sentence ("Fundacja pracuje nad projektem") does
not take it. Subjects are SGJP nouns in the instrumental plural (morfeusz2), capitalised as names
write them; heads declined by morfeusz2."""

from __future__ import annotations

import random

from tests.relations_templates import CASES, capitalise, common_lemmas, form, rate
from ump_kg.extract.names import find_named_bodies

SEED = 20261216
HEADS = (("ośrodek", "Badań"), ("centrum", "Badań"), ("instytut", "Studiów"), ("instytut", "Badań"))
FRAMES = {
    "nom": "{B} opublikował raport o cudzoziemcach.",
    "gen": "Raport przygotowali badacze {B}.",
    "dat": "Miasto przekazało dane {B} w marcu.",
    "acc": "Miasto zaprosiło {B} do współpracy.",
    "inst": "Miasto współpracuje z {B} od lat.",
    "loc": "O {B} mówiono na posiedzeniu.",
}


def subject(rng: random.Random) -> str:
    while True:
        word = form(rng.choice(common_lemmas()), "subst", "pl", "inst")
        if word and word.isalpha() and len(word) > 4:
            return capitalise(word)


def test_a_research_bodys_subject_after_nad_is_in_its_name() -> None:
    rng = random.Random(SEED)
    results = []
    for index in range(120):
        head, studies = HEADS[index % len(HEADS)]
        case = CASES[index % len(CASES)]
        name_tail = f"{studies} nad {subject(rng)}"
        declined = capitalise(form(head, "subst", "sg", case) or head)
        text = FRAMES[case].format(B=f"{declined} {name_tail}")
        found = [n.base for n in find_named_bodies(text, [])]
        want = f"{capitalise(head)} {name_tail}"
        results.append((found == [want], f"{want} in {text!r}: {found}"))
    assert rate("'Ośrodek Badań nad Migracjami' -> whole", results) >= 0.95
