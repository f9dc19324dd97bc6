"""Signatory cities on English pages: after a sentence that names the declaration, "Poznań,
Warsaw and Wrocław are among the signatories", "Kraków and Łódź signed it" make the cities
signatories; "Katowice did not sign" makes a refusal; a city the declaration was presented in
signs nothing. Cities are the reference cities by their English names and historic exonyms
(tests/relations_templates.city_in_english)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    Named,
    cities,
    city_in_english,
    draw,
    rate,
)
from tests.test_relations_properties import DECLARATION
from ump_kg.extract.context import DocumentContext

OPENING = (
    "The biggest Polish cities signed a declaration on the integration of migrants at a "
    "conference of the Union of Polish Metropolises."
)


@dataclass(frozen=True)
class EnglishCase:
    cities: tuple[Named, ...]
    text: str
    english: bool = True


def english_list(rng: random.Random, chosen: tuple[Named, ...]) -> str:
    names = [city_in_english(rng, c) for c in chosen]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


SIGNED = (
    "{C} are among the signatories.",
    "The page says {C}, which take part in the project, are among the signatories.",
    "{C} signed it as well.",
)
REFUSED = ("{C} did not sign the declaration.", "{C} declined to sign it.")
NEITHER = ("The declaration was later presented in {C}.", "Officials from {C} attended.")


def case(rng: random.Random, templates: tuple[str, ...], many: bool = True) -> EnglishCase:
    chosen = tuple(draw(rng, cities(), rng.choice((2, 3)) if many else 1))
    sentence = rng.choice(templates).format(C=english_list(rng, chosen))
    return EnglishCase(chosen, f"{OPENING} {sentence}")


def sign(ctx: DocumentContext, c: EnglishCase) -> tuple[bool, str]:
    signed = objects(ctx, DECLARATION, "signatoryCity")
    return {x.iri for x in c.cities} <= signed, "signatoryCity"


def refuse(ctx: DocumentContext, c: EnglishCase) -> tuple[bool, str]:
    refused = objects(ctx, DECLARATION, "nonSignatoryCity")
    signed = objects(ctx, DECLARATION, "signatoryCity")
    ok = {x.iri for x in c.cities} <= refused and not ({x.iri for x in c.cities} & signed)
    return ok, "nonSignatoryCity"


def neither(ctx: DocumentContext, c: EnglishCase) -> tuple[bool, str]:
    named = objects(ctx, DECLARATION, "signatoryCity") | objects(
        ctx, DECLARATION, "nonSignatoryCity"
    )
    return not ({x.iri for x in c.cities} & named), "neither"


def test_english_signatory_cities(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: case(rng, SIGNED), sign)
    assert rate("English: 'are among the signatories' -> signatoryCity", results) >= POSITIVE


def test_english_refusals(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: case(rng, REFUSED, many=False), refuse)
    assert rate("English: 'did not sign' -> nonSignatoryCity", results) >= POSITIVE


def test_english_cities_that_neither_sign_nor_refuse(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: case(rng, NEITHER), neither)
    assert rate("negative: presented in, officials from", results) >= NEGATIVE
