"""A name in bold or italics keeps its post: press releases write "**Jan Nowak**, zastępca
prezydenta Krakowa, …", "*Anna Kos*, dyrektorka Wydziału …", "**Jan Nowak**, Deputy Mayor of
Kraków"; the emphasis marks are not words between the name and its post. Without a post word
("**Jan Nowak** z Krakowa mówił …") the name gets no post. Cities are the reference's, declined by
morfeusz2; people SGJP's; the role word agrees with the person's gender. (Underscore emphasis,
"__Jan Nowak__", is not read: the name finder takes "_" for a letter of the word.)"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, holds, holds_no_post_in, measured
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    Named,
    Person,
    cities,
    office_of,
    people,
    rate,
)
from ump_kg.extract.context import DocumentContext

MARKS = ("**", "*")
POLISH = (
    "{N}, {deputy} prezydenta {C_gen}, opowiedział{a} o pracy urzędu.",
    "Głos zabrał{a} {N}, {deputy} prezydenta {C_gen}.",
    "{N} ({deputy} prezydenta {C_gen}) przedstawił{a} dane miasta.",
)
ENGLISH = (
    "{N}, Deputy Mayor of {C}, described the city's work.",
    "The meeting was opened by {N}, Deputy Mayor of {C}.",
)
NO_POST = ("{N} z {C_gen} opowiedział{a} o pracy urzędu.",)


@dataclass(frozen=True)
class EmphasisCase:
    person: Person
    city: Named
    text: str
    english: bool = False

    @property
    def body(self) -> str:
        return office_of(self.city)


def emphasis_case(rng: random.Random, templates: tuple[str, ...]) -> EmphasisCase:
    person = rng.choice(people())
    city = rng.choice(cities())
    mark = rng.choice(MARKS)
    text = rng.choice(templates).format(
        N=f"{mark}{person.nominative}{mark}",
        deputy="zastępczyni" if person.gender == "f" else "zastępca",
        C=city.form("nom"),
        C_gen=city.form("gen"),
        a=person.a,
    )
    return EmphasisCase(person, city, text, english=templates is ENGLISH)


def deputy_mayors_post(ctx: DocumentContext, case: EmphasisCase) -> tuple[bool, str]:
    ok = holds(ctx, case.person, case.body, "zastepca-prezydenta-miasta")
    return ok, f"{case.person.nominative} deputy mayor of {case.city.slug}"


def test_an_emphasised_name_keeps_its_post(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: emphasis_case(rng, POLISH), deputy_mayors_post)
    assert rate("'**Jan Nowak**, zastępca prezydenta Krakowa'", results) >= POSITIVE


def test_an_emphasised_name_keeps_its_english_post(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: emphasis_case(rng, ENGLISH), deputy_mayors_post)
    assert rate("'**Jan Nowak**, Deputy Mayor of Kraków'", results) >= POSITIVE


def no_post(ctx: DocumentContext, case: EmphasisCase) -> tuple[bool, str]:
    return holds_no_post_in(ctx, case.person, case.body), "no post"


def test_an_emphasised_name_without_a_post_word_gets_none(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: emphasis_case(rng, NO_POST), no_post)
    assert rate("negative: '**Jan Nowak** z Krakowa'", results) >= NEGATIVE
