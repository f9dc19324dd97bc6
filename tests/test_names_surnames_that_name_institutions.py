"""A word SGJP knows both as an institution's name and as a surname is the surname after a given
name (session 23, from the opened set het: a Lublin daily's "Rzeczniczka prezydenta Lublina
Katarzyna Duma wyliczyła …"; names.person_words with known_surname). Before, "Duma" headed a
body (SGJP's "nazwa_instytucji": the State Duma) and the person was lost.
Cases: every capitalised word SGJP reads both ways ("Duma", "Harvard"), after SGJP given names
of the surname's gender, each part declined by morfeusz2 in the case its sentence needs.
Control: a word SGJP knows only as an institution's name ("Caritas", "Bundestag", "Sorbona")
after a given name makes no person.
Measured on b5d2022: 12.5 %; control 100 %.
"""

from __future__ import annotations

import random
from functools import cache

from tests.relations_pages import Pages, outcome
from tests.relations_templates import (
    CASES,
    capitalised_lemmas,
    cases,
    name_pools,
    person_forms,
    rate,
    readings,
)
from ump_kg.extract.context import DocumentContext

COUNT = 120
SENTENCES = {
    "nom": "Rzeczniczka prezydenta {name} wyliczyła, że pomoc otrzymało 138 tys. osób.",
    "gen": "Zdaniem {name} pomoc otrzymało 138 tys. osób.",
    "dat": "Prezydent podziękował {name} za pracę przy pomocy uchodźcom.",
    "acc": "Na spotkanie zaproszono {name} z urzędu miasta.",
    "inst": "Rozmawialiśmy z {name} o pomocy dla uchodźców.",
    "loc": "Dziennikarze pisali o {name} w kontekście pomocy uchodźcom.",
}


def qualified(word: str, qualifier: str) -> bool:
    return any(qualifier in quals for _, _, quals in readings(word))


@cache
def both_ways() -> tuple[tuple[str, str, str], ...]:
    """(word, surname lexeme, gender) of capitalised SGJP words read as an institution's name and
    as a surname."""
    found = []
    for word in capitalised_lemmas():
        if not (word[1:].islower() and qualified(word, "nazwa_instytucji")):
            continue
        for lexeme, parts, quals in readings(word):
            if "nazwisko" in quals and parts[0] == ["subst"] and "nom" in parts[2]:
                found += [(word, lexeme, g) for g in ("m1", "f") if g in parts[3]]
    return tuple(sorted(set(found)))


@cache
def institutions_only() -> tuple[str, ...]:
    return tuple(
        w
        for w in capitalised_lemmas()
        if w[1:].islower() and qualified(w, "nazwa_instytucji") and not qualified(w, "nazwisko")
    )


def person_case(rng: random.Random) -> tuple[str, str] | None:
    word, lexeme, gender = rng.choice(both_ways())
    given = rng.choice(name_pools()[f"given-{gender}"])
    forms = person_forms([given, (word, lexeme)], gender)
    if forms is None:
        return None
    case = rng.choice(CASES)
    return SENTENCES[case].format(name=dict(forms)[case]), dict(forms)["nom"]


def institution_case(rng: random.Random) -> tuple[str, str] | None:
    given = rng.choice(name_pools()["given-f"])[0]
    name = f"{given} {rng.choice(institutions_only())}"
    return SENTENCES["nom"].format(name=name), name


def people(ctx: DocumentContext) -> list[str]:
    return sorted(e.label_pl for e in ctx.entities.values() if e.cls.endswith("Person"))


def check(pages: Pages, made: tuple[str, str], wanted: bool) -> tuple[bool, str]:
    text, name = made
    ctx = pages.extract(text, "2022-05-25")
    found = people(ctx)
    return outcome(ctx, (name in found) == wanted, text, f"«{name}» a person: {wanted}; {found}")


def test_a_surname_that_names_an_institution_is_a_surname(pages: Pages) -> None:
    value = rate(
        "'Katarzyna Duma' in every case -> the person 'Katarzyna Duma'",
        [check(pages, m, True) for m in cases(person_case, COUNT)],
    )
    assert value >= 0.95


def test_an_institution_alone_is_no_surname(pages: Pages) -> None:
    value = rate(
        "control: 'Anna Caritas' -> no person",
        [check(pages, m, False) for m in cases(institution_case, COUNT)],
    )
    assert value >= 0.95
