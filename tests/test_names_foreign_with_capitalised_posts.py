"""Foreign people named with their post, as a page writes them: "Mathieu Klein, Prezydent Miasta
Nancy", "Clemens Cremer, Radny Miasta Karlsruhe" (a page may capitalise posts), "konsul
generalny Słowacji Ivan Škorupa", "Adrienne Körmendy, konsul generalna Węgier" (letters of
other Latin alphabets). Each is a person, named as written. Control: "Ruch Samorządowy TAK! Dla
Polski, wiceprezydent …": a preposition opens no name. Given names and surnames are made up
from syllables, kept only where SGJP knows neither (so no rule can know them by heart);
cities are the reference's, declined by the templates."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, p
from tests.relations_templates import NEGATIVE, POSITIVE, Named, cities, draw, rate
from ump_kg.extract.context import DocumentContext
from ump_kg.language.morphology import analyses, given_names

ONSETS = ("M", "Cl", "Ad", "Fr", "Ju", "Le", "Ar", "Sc", "Pat", "Ser", "Kat", "Jo", "Ol", "Ren")
MIDDLES = ("a", "e", "i", "o", "u", "é", "ö", "ü", "á", "ri", "the", "len", "dri", "ma")
ENDS = ("thieu", "mens", "rienne", "ric", "ne", "yla", "tem", "ott", "rick", "gio", "lle", "don")
SURNAME_ONSETS = ("K", "Š", "Č", "Ž", "Cr", "Kl", "Val", "Ne", "Ed", "Tou", "Bult", "Dör", "Ré")
SURNAME_ENDS = ("örmendy", "korupa", "emer", "ein", "ah", "wman", "worthy", "chet", "ovič", "ský")
ROLES_AFTER = (
    ("Prezydent Miasta", "gen"),
    ("Radny Miasta", "gen"),
    ("Burmistrz Miasta", "gen"),
    ("Zastępca Burmistrza Miasta", "gen"),
    ("Wiceprezydent Miasta", "gen"),
)
ROLES_BEFORE = ("konsul generalny Słowacji", "konsul honorowy Francji", "ambasador Węgier")


def unknown(word: str) -> bool:
    """SGJP has no reading of the word and no census list has it as a given name."""
    return analyses(word)[0][1] == "ign" and not given_names(word)


def made_up_name(rng: random.Random) -> tuple[str, str] | None:
    given = rng.choice(ONSETS) + rng.choice(MIDDLES) + rng.choice(ENDS)
    surname = rng.choice(SURNAME_ONSETS) + rng.choice(SURNAME_ENDS)
    return (given, surname) if unknown(given) and unknown(surname) else None


@dataclass(frozen=True)
class ForeignCase:
    names: tuple[str, ...]
    text: str


def post_after(rng: random.Random, city: Named) -> tuple[str, str] | None:
    made = made_up_name(rng)
    if made is None:
        return None
    role, case = rng.choice(ROLES_AFTER)
    return f"{made[0]} {made[1]}", f"{made[0]} {made[1]}, {role} {city.form(case)}"


def signatories_with_capitalised_posts(rng: random.Random) -> ForeignCase | None:
    one, two = draw(rng, cities(), 2)
    first, second = post_after(rng, one), post_after(rng, two)
    if first is None or second is None:
        return None
    text = f"Pod deklaracją podpisali się: {first[1]}; {second[1]}. Dokument przyjęto jednogłośnie."
    return ForeignCase((first[0], second[0]), text)


def post_before(rng: random.Random) -> ForeignCase | None:
    made = made_up_name(rng)
    if made is None:
        return None
    name = f"{made[0]} {made[1]}"
    text = f"W panelu wzięli udział m.in. {rng.choice(ROLES_BEFORE)} {name} i inni goście."
    return ForeignCase((name,), text)


def either(rng: random.Random) -> ForeignCase | None:
    return signatories_with_capitalised_posts(rng) if rng.random() < 0.6 else post_before(rng)


def people(ctx: DocumentContext) -> set[str]:
    return {e.label_pl for e in ctx.entities.values() if e.cls == p("Person")}


def each_a_person(ctx: DocumentContext, case: ForeignCase | None) -> tuple[bool, str]:
    if case is None:
        return True, "no name to make"
    missing = [n for n in case.names if n not in people(ctx)]
    return not missing, f"people {case.names}, missing {missing}"


def movement_before_a_post(rng: random.Random) -> ForeignCase:
    """ "Ruchu Samorządowego TAK! Dla Polski, wiceprezydent Wrocławia …"."""
    (city,) = draw(rng, cities())
    word = rng.choice(("Dla", "Przez", "Bez", "Oraz", "Przy"))
    country = rng.choice(("Polski", "Europy", "Miast", "Regionu"))
    text = (
        f"Dokument przekazał szef Ruchu Samorządowego TAK! {word} {country}, wiceprezydent "
        f"{city.form('gen')}."
    )
    return ForeignCase((f"{word} {country}",), text)


def no_such_person(ctx: DocumentContext, case: ForeignCase) -> tuple[bool, str]:
    made = [n for n in case.names if n in people(ctx)]
    return not made, f"no person {case.names}"


def test_foreign_people_with_their_posts_are_people(pages: Pages) -> None:
    results, _ = measured(pages, either, each_a_person)
    assert rate("'Mathieu Klein, Prezydent Miasta Nancy' -> a person", results) >= POSITIVE


def test_a_preposition_opens_no_name(pages: Pages) -> None:
    results, _ = measured(pages, movement_before_a_post, no_such_person)
    assert rate("control: 'TAK! Dla Polski, wiceprezydent …' -> no person", results) >= NEGATIVE
