"""Joining and refusing a declaration. A city that joins a signed document ("Do deklaracji
przyłączył się Lublin", "Katowice dołączyły do sygnatariuszy", "Rzeszów przystąpił do
porozumienia") signs it; one that refuses ("Katowice odmówiły podpisania deklaracji") does not.
Joining something else ("dołączył do programu") and not joining ("nie przyłączył się") sign
nothing. Verbs agree with the city's name (number and gender from morfeusz2, past tense
generated); cities are the reference cities."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    Named,
    capitalise,
    cities,
    draw,
    listed,
    rate,
)
from tests.test_events_properties import past
from tests.test_relations_properties import DECLARATION
from tests.test_relations_properties_2 import city_gender
from ump_kg.extract.context import DocumentContext

OPENING = (
    "30 czerwca 2017 r. prezydenci miast Unii Metropolii Polskich podpisali w Gdańsku "
    "Deklarację o współdziałaniu w dziedzinie migracji."
)


@dataclass(frozen=True)
class JoinCase:
    city: Named
    text: str


def said(rng: random.Random, templates: tuple[str, ...]) -> JoinCase:
    (city,) = draw(rng, cities())
    number, gender = city_gender(city)
    sentence = rng.choice(templates).format(
        C=city.form("nom"),
        joined=rng.choice(
            (past("przyłączyć", number, gender) + " się", past("dołączyć", number, gender))
        ),
        entered=past("przystąpić", number, gender),
        refused=past("odmówić", number, gender),
    )
    return JoinCase(city, f"{OPENING} {capitalise(sentence)}")


JOINED = (
    "Do deklaracji {joined} później także {C}.",
    "{C} {joined} do sygnatariuszy deklaracji kilka dni później.",
    "W lipcu {C} {entered} do deklaracji.",
    "{C} {joined} do tego dokumentu we wrześniu.",
)
REFUSED = (
    "{C} {refused} podpisania deklaracji.",
    "Jako jedyne miasto {C} {refused} złożenia podpisu pod dokumentem.",
)
NOT_JOINED = (
    "{C} {joined} do programu Intercultural Cities.",
    "Do deklaracji nie {joined} {C}.",
    "W 2019 r. {C} {entered} do sieci Eurocities.",
)


def signs(ctx: DocumentContext, case: JoinCase) -> tuple[bool, str]:
    return case.city.iri in objects(ctx, DECLARATION, "signatoryCity"), "signatoryCity"


def refuses(ctx: DocumentContext, case: JoinCase) -> tuple[bool, str]:
    ok = case.city.iri in objects(ctx, DECLARATION, "nonSignatoryCity")
    return ok and case.city.iri not in objects(ctx, DECLARATION, "signatoryCity"), "nonSignatory"


def signs_nothing(ctx: DocumentContext, case: JoinCase) -> tuple[bool, str]:
    return case.city.iri not in objects(ctx, DECLARATION, "signatoryCity"), "no signatoryCity"


def test_a_city_that_joins_the_declaration_signs_it(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: said(rng, JOINED), signs)
    assert rate("joining the declaration -> signatoryCity", results) >= POSITIVE


def test_a_city_that_refuses_does_not_sign(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: said(rng, REFUSED), refuses)
    assert rate("refusing to sign -> nonSignatoryCity", results) >= POSITIVE


def test_joining_something_else_signs_nothing(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: said(rng, NOT_JOINED), signs_nothing)
    assert rate("negative: joining a programme, not joining", results) >= NEGATIVE


# Signatory cities in lists and copulas: "Sygnatariusze deklaracji: A, B, C", "Deklarację
# sygnowało 11 miast: A, B, C", "A jest jednym z sygnatariuszy", "Pod dokumentem są podpisy
# prezydentów A, B", "Podpisy złożyli przedstawiciele miast (A, B)".
LISTED = (
    "Sygnatariusze deklaracji: {nom}.",
    "Deklarację sygnowało {n} miast: {nom}.",
    "Pod dokumentem są podpisy prezydentów {gen}.",
    "Podpisy złożyli przedstawiciele miast ({gen}).",
)
NOT_LISTED = (
    "Dyskutowano o sytuacji w miastach: {nom}.",
    "Pod dokumentem nie ma podpisów prezydentów {gen}.",
)


@dataclass(frozen=True)
class ListedCase:
    cities: tuple[Named, ...]
    text: str


def listed_case(rng: random.Random, templates: tuple[str, ...]) -> ListedCase:
    chosen = tuple(draw(rng, cities(), rng.choice((2, 3, 4))))
    sentence = rng.choice(templates).format(
        nom=listed([c.form("nom") for c in chosen]),
        gen=listed([c.form("gen") for c in chosen]),
        n=rng.choice((11, 12, 9)),
    )
    return ListedCase(chosen, f"{OPENING} {sentence}")


def one_of_case(rng: random.Random) -> ListedCase:
    (city,) = draw(rng, cities())
    number, gender = city_gender(city)
    verb = "są" if number == "pl" else rng.choice(("jest", past("być", number, gender)))
    return ListedCase((city,), f"{OPENING} {city.form('nom')} {verb} jednym z sygnatariuszy.")


def all_sign(ctx: DocumentContext, case: ListedCase) -> tuple[bool, str]:
    signed = objects(ctx, DECLARATION, "signatoryCity")
    return {c.iri for c in case.cities} <= signed, "signatoryCity"


def none_sign(ctx: DocumentContext, case: ListedCase) -> tuple[bool, str]:
    signed = objects(ctx, DECLARATION, "signatoryCity")
    return not ({c.iri for c in case.cities} & signed), "no signatoryCity"


def test_signatory_cities_listed_after_a_colon_or_a_word_for_signatures(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: listed_case(rng, LISTED), all_sign)
    assert (
        rate("'Sygnatariusze: A, B', 'podpisy prezydentów A, B' -> signatoryCity", results)
        >= POSITIVE
    )


def test_a_city_that_is_one_of_the_signatories(pages: Pages) -> None:
    results, _ = measured(pages, one_of_case, all_sign)
    assert rate("'A jest jednym z sygnatariuszy' -> signatoryCity", results) >= POSITIVE


def test_cities_listed_without_signing_sign_nothing(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: listed_case(rng, NOT_LISTED), none_sign)
    assert rate("negative: a list of cities, no signatures", results) >= NEGATIVE


# All the Union's cities but one: "11 z 12 prezydentów miast UMP – zabrakło podpisu prezydenta
# X", "prezydenci jedenastu z dwunastu miast Unii, bez X", "wszystkich miast UMP poza X",
# "wszyscy … z wyjątkiem prezydenta X" — every other member city signs, X does not; numbers
# that do not add up ("9 z 12", one named exception) infer nothing.
ALL_BUT = (
    "Deklarację podpisało 11 z 12 prezydentów miast UMP – zabrakło podpisu prezydenta {gen}.",
    "Podpisali ją prezydenci jedenastu z dwunastu miast Unii Metropolii Polskich, bez {gen}.",
    "Pod deklaracją podpisali się prezydenci wszystkich miast UMP poza {inst}.",
    "Deklarację podpisali wszyscy prezydenci miast UMP z wyjątkiem prezydenta {gen}.",
)
NOT_ADDING_UP = (
    "Deklarację podpisało 9 z 12 prezydentów miast UMP – zabrakło podpisu prezydenta {gen}.",
)


def all_but_case(rng: random.Random, templates: tuple[str, ...]) -> ListedCase:
    (city,) = draw(rng, cities())
    sentence = rng.choice(templates).format(gen=city.form("gen"), inst=city.form("inst"))
    return ListedCase((city,), f"{OPENING} {sentence}")


def all_but_one_sign(ctx: DocumentContext, case: ListedCase) -> tuple[bool, str]:
    signed = objects(ctx, DECLARATION, "signatoryCity")
    others = {c.iri for c in cities()} - {case.cities[0].iri}
    return signed == others, f"all but {case.cities[0].slug}"


def no_inference(ctx: DocumentContext, case: ListedCase) -> tuple[bool, str]:
    return not objects(ctx, DECLARATION, "signatoryCity"), "no signatoryCity"


def test_all_the_unions_cities_but_one_sign(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: all_but_case(rng, ALL_BUT), all_but_one_sign)
    assert rate("'11 z 12 …, bez X', 'wszystkich … poza X' -> the others sign", results) >= POSITIVE


def test_numbers_that_do_not_add_up_infer_nothing(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: all_but_case(rng, NOT_ADDING_UP), no_inference)
    assert rate("negative: '9 z 12' with one exception", results) >= NEGATIVE
