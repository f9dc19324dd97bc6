"""A foreign name before "przedstawicielka": "Montserrat Feixas, przedstawicielka UNHCR na Europę
Środkową, podkreśliła …" (session 24, from the opened set kaf). Two capitalised words SGJP does
not know, then a comma and a word for whom one acts for ("przedstawiciel(ka)", "reprezentant(ka)"),
are a person named as written (names.ROLE_CUE_AFTER), and the body after the word is theirs.
Before, no person was made.
Cases: given names and surnames made of syllables that SGJP does not know (checked with
morfeusz2), the reference's organisations by their acronym or Polish name in the genitive.
Control: the same words before "przedstawicielstwo" (a body, no person's post) make no person.
Measured on dd2a323: 0 %; control 99 % (a census given name, "Melani", is a person there as before).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, people_found
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    Named,
    draw,
    organisations,
    rate,
    readings,
)
from ump_kg.extract.context import DocumentContext

ONSETS = ("K", "M", "R", "T", "L", "S", "N", "V", "D", "G")
SYLLABLES = ("ar", "el", "ov", "ira", "un", "ast", "eix", "ors", "ani", "ert", "oya", "ez")


@dataclass(frozen=True)
class ForeignCase:
    name: str
    body: Named
    text: str


def unknown_word(rng: random.Random, ending: str = "") -> str | None:
    word = rng.choice(ONSETS) + "".join(rng.sample(SYLLABLES, 2)) + ending
    return word if all(r[1] == [["ign"]] for r in readings(word)) else None


def foreign(rng: random.Random, control: bool) -> ForeignCase | None:
    woman = rng.random() < 0.5
    given = unknown_word(rng, "a" if woman else "")
    surname = unknown_word(rng)
    if given is None or surname is None:
        return None
    (body,) = draw(rng, organisations())
    word = (
        "przedstawicielstwo"
        if control
        else rng.choice(
            ("przedstawicielka", "reprezentantka") if woman else ("przedstawiciel", "reprezentant")
        )
    )
    said = "podkreśliła" if woman else "podkreślił"
    text = (
        f"{given} {surname}, {word} {body.form('gen')} na Europę Środkową, {said} w "
        "oświadczeniu, że miasto było dla wielu wzorem."
    )
    return ForeignCase(f"{given} {surname}", body, text)


def a_person_of_the_body(ctx: DocumentContext, case: ForeignCase) -> tuple[bool, str]:
    found = people_found(ctx)
    return case.name in found, f"a person {case.name!r}"


def test_a_foreign_name_before_przedstawicielka_is_a_person(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: foreign(rng, False), a_person_of_the_body)
    assert rate("'Montserrat Feixas, przedstawicielka UNHCR' -> a person", results) >= POSITIVE


def no_person(ctx: DocumentContext, case: ForeignCase) -> tuple[bool, str]:
    return case.name not in people_found(ctx), f"no person {case.name!r}"


def test_unknown_words_before_a_body_word_are_no_person(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: foreign(rng, True), no_person)
    assert rate("control: 'X Y, przedstawicielstwo …' -> no person", results) >= NEGATIVE
