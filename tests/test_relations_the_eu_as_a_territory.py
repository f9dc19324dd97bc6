"""The European Union named as a territory or a polity one is in or out of is no party to what a
page tells, so no mention of the body: "cudzoziemcy spoza Unii Europejskiej", "na granicy Unii
Europejskiej z Białorusią", "z siedmiu państw Unii Europejskiej", "członkostwo Ukrainy w Unii
Europejskiej", "people from outside the European Union" (session 27: opened pages of bet, dalet,
psi, tav, zayin, sin, tet and eth named it so, and no gold counts it there). Control: the Union
that funds or acts ("ze środków Unii Europejskiej", "Unia Europejska przekazała …", "funded by
the European Union") stays, and so does the one a person works in ("pracuje w Unii
Europejskiej": tests/test_posts_mayors_officers_work.py, found by the final full run). Subjects
are SGJP nouns, countries and numbers drawn, the Union written in full or as "UE"/"EU".
Measured on 7cb49b7: 0 % -> 100 %; the control 100 % before and after."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import NEGATIVE, POSITIVE, rate, title_nouns
from ump_kg.extract.context import DocumentContext

GENITIVE = ("Unii Europejskiej", "UE")
COUNTRIES_GEN = ("Białorusi", "Ukrainy", "Mołdawii", "Gruzji", "Armenii", "Turcji", "Serbii")
TERRITORY = (
    "{Noun} dla cudzoziemców spoza {eu} otrzymają wsparcie w urzędzie.",
    "Sytuacja na granicy {eu} z {country} była tematem rozmowy.",
    "W spotkaniu uczestniczyło {n} miast z {k} państw {eu}.",
    "Samorządowcy poparli członkostwo {country} w {eu}.",
    "Obywatele krajów spoza {eu} mogą skorzystać z porad.",
    "Program obejmuje państwa członkowskie {eu} oraz {country}.",
)
TERRITORY_EN = (
    "The {noun} helps people from outside the {eu} who live in the city.",
    "Migrants across the {eu} face the same barriers, the {noun} found.",
    "Citizens of the {eu} need no work permit.",
)
PARTY = (
    "{Noun} sfinansowano ze środków {eu}.",
    "Jan Nowak pracuje w {eu} od dawna.",
    "Projekt współfinansowany przez {acc} wsparł {noun}.",
    "{nom} przekazała miastu środki na {noun}.",
)
PARTY_EN = ("The {noun} is funded by the {eu}.",)


@dataclass(frozen=True)
class UnionCase:
    text: str
    english: bool = False


def filled(rng: random.Random, template: str, english: bool) -> str:
    noun = rng.choice(title_nouns()).lower()
    return template.format(
        eu=rng.choice(("European Union", "EU")) if english else rng.choice(GENITIVE),
        acc=rng.choice(("Unię Europejską", "UE")),
        nom="Unia Europejska",
        country=rng.choice(COUNTRIES_GEN),
        n=rng.randrange(12, 60),
        k=rng.randrange(3, 12),
        noun=noun,
        Noun=noun.capitalize(),
    )


def territorial(rng: random.Random) -> UnionCase:
    english = rng.random() < 0.3
    template = rng.choice(TERRITORY_EN if english else TERRITORY)
    return UnionCase(filled(rng, template, english), english)


def acting(rng: random.Random) -> UnionCase:
    english = rng.random() < 0.3
    template = rng.choice(PARTY_EN if english else PARTY)
    return UnionCase(filled(rng, template, english), english)


def the_union_named(ctx: DocumentContext) -> bool:
    return any(m.iri.endswith("/organisation/unia-europejska") for m in ctx.mentions)


def not_named(ctx: DocumentContext, case: UnionCase) -> tuple[bool, str]:
    return not the_union_named(ctx), "no mention of the European Union"


def named(ctx: DocumentContext, case: UnionCase) -> tuple[bool, str]:
    return the_union_named(ctx), "a mention of the European Union"


def test_the_union_as_a_territory_is_no_party(pages: Pages) -> None:
    results, _ = measured(pages, territorial, not_named)
    assert rate("'spoza Unii Europejskiej' -> no mention of the Union", results) >= POSITIVE


def test_the_union_that_funds_or_acts_stays(pages: Pages) -> None:
    results, _ = measured(pages, acting, named)
    assert rate("control: 'ze środków Unii Europejskiej' -> the Union", results) >= NEGATIVE
