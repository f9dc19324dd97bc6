"""A woman's past verb before a name does not keep the name as written when the name is the
verb's object: "W tamtym czasie poznała Beatę Świątek-Soldat z MOPS" names Beata
Świątek-Soldat, "przywitała Jana Nowaka" Jan Nowak. The name stands as written only where it
may be a woman's nominative that SGJP reads as a man's genitive ("prowadziła Ivana Novak":
tests/test_names_said_of_a_woman.py): an accusative -ę, or a surname declined as a man's, is no
such name. People are SGJP's (men, women, -ski/-ska, double-barrelled), declined by morfeusz2; where a
form is the accusative of two lexemes ("Jóźka" of Józiek and of Jóźko), either counts.
Measured on 63f4312: 0 % (men in the genitive-accusative and women in the accusative were
kept as written) -> 100 %; the control (a woman's name as the verb's subject) 100 % before and
after."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from tests.relations_templates import NEGATIVE, POSITIVE, Person, cases, people, rate, readings
from ump_kg.extract.names import find_people

OBJECT = (
    "W tamtym czasie poznała {P} z MOPS, zaangażowaną we wspieranie cudzoziemców.",
    "Na spotkaniu prezydentka przywitała {P}.",
    "Dyrektorka zaprosiła {P} do udziału w debacie.",
    "Wtedy koordynatorka poznała {P}, który pomagał rodzinom.",
)
SUBJECT = (
    "Spotkanie prowadziła {P}.",
    "Gości powitała {P}, koordynatorka projektu.",
    "W debacie uczestniczyła także {P}.",
)


@dataclass(frozen=True)
class VerbCase:
    person: Person
    written: str
    text: str


def object_case(rng: random.Random) -> VerbCase:
    person = rng.choice(people())
    written = person.form("acc")
    return VerbCase(person, written, rng.choice(OBJECT).format(P=written))


def subject_case(rng: random.Random) -> VerbCase:
    person = rng.choice([p for p in people() if p.gender == "f"])
    written = person.form("nom")
    return VerbCase(person, written, rng.choice(SUBJECT).format(P=written))


def an_accusative_of(base: str, written: str) -> bool:
    """Each word written is an accusative of the base's word in some SGJP reading ("Jóźka" of
    Józiek as of Jóźko, "Platona" of Platon as of Plato): the name's own ambiguity, no error."""
    pairs = list(zip(re.split(r"[ -]", base), re.split(r"[ -]", written), strict=False))
    return len(pairs) == len(re.split(r"[ -]", written)) and all(
        b == w
        or any(
            lemma.split(":")[0] == b and "acc" in parts[2]
            for lemma, parts, _ in readings(w)
            if len(parts) > 2
        )
        for b, w in pairs
    )


def base_of(case: VerbCase) -> tuple[bool, str]:
    found = [n.base for n in find_people(case.text, [])]
    ok = found == [case.person.nominative] or (
        len(found) == 1 and an_accusative_of(found[0], case.written) and found[0] != case.written
    )
    return ok, f"{case.text!r}\n       want {case.person.nominative}; found {found}"


def test_the_object_of_a_womans_verb_is_in_the_nominative() -> None:
    results = [base_of(c) for c in cases(object_case, 105)]
    assert rate("'poznała Beatę X', 'przywitała Jana X' -> the nominative", results) >= POSITIVE


def test_a_womans_name_as_the_subject_stays_as_it_is() -> None:
    results = [base_of(c) for c in cases(subject_case, 105)]
    assert rate("control: 'prowadziła Anna X' -> Anna X", results) >= NEGATIVE
