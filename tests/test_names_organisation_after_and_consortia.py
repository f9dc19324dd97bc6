"""Two small rules about bodies' heads (session 23, from the opened sets het and tet: a Lublin
portal's "prowadzą Miejskie Biuro Rozwoju Turystyki i Lokalna Organizacja Turystyczna
Metropolia Lublin" and a report's "Wydawcy: Konsorcjum Migracyjne, …"):

1. "i" before a capitalised "Organizacja" (after its adjectives) opens a second body's name:
   the first body's name ends before it (names.SECOND_BODY_HEADS). Before, the two were one
   name. ("Organizacja" heads no name of its own: it heads plural kinds too often, as in
   "Kongres Wrocławskich Organizacji Pozarządowych".)
   Session 24 (from the opened set het: "reprezentował Związek Miast Polskich i Unię
   Metropolii"): "Unia" opens a second body's name too; half the cases are drawn with it.
2. "Konsorcjum" heads a body's name like "Fundacja" ("Konsorcjum Migracyjne").
Cases: made-up bodies "<head> <SGJP noun>" (relations_templates.new_names) in the case the
sentence needs, then 'i' and "<Adjective> Organizacja <Adjective>" of SGJP adjectives, declined
by morfeusz2; "Konsorcjum <Adjective>" in every case.
Control: 'i' between two genitive complements keeps one name ("Fundacja Kultury i Sztuki").
Measured on bc86455: 0 %, 0 %; control 99.2 % (before and after).
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, labels_of_bodies, outcome
from tests.relations_templates import (
    CASES,
    capitalise,
    cases,
    form,
    name_adjectives,
    new_names,
    rate,
    title_nouns,
)

COUNT = 120
SENTENCES = {
    "nom": "Badania prowadzą {name} od 2021 roku.",
    "gen": "Przedstawiciele {name} spotkali się w marcu 2021 roku.",
    "dat": "Miasto przyznało {name} nagrody w marcu 2021 roku.",
    "inst": "Urzędnicy rozmawiali z {name} w marcu 2021 roku.",
    "loc": "Mówiono o {name} w marcu 2021 roku.",
}
ONE = {
    "nom": "{name} przygotowało raport w 2021 roku.",
    "gen": "Przedstawiciele {name} spotkali się w marcu 2021 roku.",
    "dat": "Miasto przyznało {name} nagrodę w marcu 2021 roku.",
    "acc": "Prezydent odwiedził {name} w marcu 2021 roku.",
    "inst": "Urzędnicy rozmawiali z {name} w marcu 2021 roku.",
    "loc": "Mówiono o {name} w marcu 2021 roku.",
}
HEADS = ("Fundacja", "Stowarzyszenie", "Biuro", "Centrum", "Instytut")


def adjective(rng: random.Random, case: str, gender: str, lemma: str | None = None) -> str | None:
    written = form(lemma or rng.choice(name_adjectives()), "adj", "sg", case, gender)
    return capitalise(written) if written else None


def two_bodies(rng: random.Random) -> tuple[str, str] | None:
    case = rng.choice(list(SENTENCES))
    first = rng.choice(new_names(HEADS, 0, 400))
    before, after = adjective(rng, case, "f"), adjective(rng, case, "f")
    head = form(rng.choice(("organizacja", "unia")), "subst", "sg", case)
    if not (before and after and head):
        return None
    name = f"{first.form(case)} i {before} {capitalise(head)} {after}"
    return SENTENCES[case].format(name=name), first.label


def consortium(rng: random.Random) -> tuple[str, str] | None:
    case = rng.choice(CASES)
    lemma = rng.choice(name_adjectives())
    written, nominative = adjective(rng, case, "n", lemma), adjective(rng, "nom", "n", lemma)
    head = form("konsorcjum", "subst", "sg", case)
    if not (written and nominative and head):
        return None
    return ONE[case].format(name=f"{capitalise(head)} {written}"), f"Konsorcjum {nominative}"


def two_complements(rng: random.Random) -> tuple[str, str] | None:
    """ "Fundacja Kultury i Sztuki": two genitives of one body's name."""
    case = rng.choice(CASES)
    head = rng.choice(("fundacja", "instytut", "stowarzyszenie", "centrum"))
    one, other = rng.sample(title_nouns(), 2)
    written_head, nominative_head = (form(head, "subst", "sg", c) for c in (case, "nom"))
    one_gen, other_gen = (form(n.lower(), "subst", "sg", "gen") for n in (one, other))
    if not (written_head and nominative_head and one_gen and other_gen):
        return None
    tail = f"{capitalise(one_gen)} i {capitalise(other_gen)}"
    return (
        ONE[case].format(name=f"{capitalise(written_head)} {tail}"),
        f"{capitalise(nominative_head)} {tail}",
    )


def check(pages: Pages, made: tuple[str, str]) -> tuple[bool, str]:
    text, wanted = made
    ctx = pages.extract(text, "2021-04-20")
    found = labels_of_bodies(ctx)
    return outcome(ctx, wanted in found, text, f"«{wanted}»; found {found}")


def test_and_an_organisation_opens_a_second_name(pages: Pages) -> None:
    value = rate(
        "'Biuro X i Lokalna Organizacja Turystyczna' -> 'Biuro X' ends before 'i'",
        [check(pages, m) for m in cases(two_bodies, COUNT)],
    )
    assert value >= 0.95


def test_a_consortium_is_a_body(pages: Pages) -> None:
    value = rate(
        "'Konsorcjum Migracyjne' in every case -> its nominative",
        [check(pages, m) for m in cases(consortium, COUNT)],
    )
    assert value >= 0.95


def test_two_genitives_joined_by_and_stay_one_name(pages: Pages) -> None:
    value = rate(
        "control: 'Fundacja Kultury i Sztuki' -> one name",
        [check(pages, m) for m in cases(two_complements, COUNT)],
    )
    assert value >= 0.95
