"""Two English wordings (session 24, from the opened set kaf: "Jacek Majchrowski, Mayor of the City
of Kraków, said …" and "the city prepared the Guide for Foreigners Living in Kraków"):
- "Mayor of the City of X", "Mayor of the Capital City of Warsaw": the mayor's post, as "Mayor of
  X" gives it (relations.posts_of_mayors). Before, no post.
- An unquoted publication named by its head and what it is for or on ("the Guide for Foreigners
  Living in Kraków", "the Handbook on Integration of Refugees") is a document with that name, a
  town inside it a word of the title (names.EN_TITLED_DOCUMENT). Before, none.
Cases: people of SGJP's given names and surnames; the reference's cities by their English labels;
titles from a list of English topic words, with a town or without.
Controls: "Deputy Mayor of the City of X" is the deputy's post, not the mayor's; "the guide for
newcomers" in lower case is no document.
Measured on dd2a323: 0 % and 0 %; controls 100 %.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, holds, measured
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    Named,
    Person,
    cities,
    city_in_english,
    draw,
    office_of,
    people,
    rate,
)
from ump_kg.extract.context import DocumentContext

CITY_OF = ("the City of", "the Capital City of", "the city of")
MAYOR_TEMPLATES = (
    "At the ceremony, {person}, {role} {city_of} {city}, said that the city is open.",
    "The {role} {city_of} {city}, {person}, opened the conference.",
    "Speakers included {person}, {role} {city_of} {city}, and two experts.",
)
HEADS = ("Guide", "Handbook", "Toolkit", "Manual", "Guidebook")
LINKS = ("for", "on")
TOPICS = (
    "Foreigners Living in",
    "Integration of Refugees in",
    "Newcomers to",
    "Migrants and Refugees in",
    "Intercultural Education in",
    "Employers of Migrants in",
)


@dataclass(frozen=True)
class MayorCase:
    person: Person
    city: Named
    role: str
    text: str
    english: bool = True


def mayor(rng: random.Random, deputy: bool) -> MayorCase:
    person = rng.choice(people())
    (city,) = draw(rng, cities())
    role = "Deputy Mayor" if deputy else "Mayor"
    text = rng.choice(MAYOR_TEMPLATES).format(
        person=person.nominative,
        role=role,
        city_of=rng.choice(CITY_OF),
        city=city_in_english(rng, city),
    )
    slug = "zastepca-prezydenta-miasta" if deputy else "prezydent-miasta"
    return MayorCase(person, city, slug, text)


def the_mayors_post(ctx: DocumentContext, case: MayorCase) -> tuple[bool, str]:
    ok = holds(ctx, case.person, office_of(case.city), case.role)
    return ok, f"{case.person.nominative} {case.role} of {case.city.slug}"


def test_mayor_of_the_city_of_x_is_the_mayors_post(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: mayor(rng, False), the_mayors_post)
    assert rate("'X, Mayor of the City of Kraków' -> the mayor's post", results) >= POSITIVE


def not_the_mayors(ctx: DocumentContext, case: MayorCase) -> tuple[bool, str]:
    ok = not holds(ctx, case.person, office_of(case.city), "prezydent-miasta")
    return ok, f"{case.person.nominative} no mayor's post"


def test_deputy_mayor_of_the_city_of_x_is_no_mayor(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: mayor(rng, True), not_the_mayors)
    assert rate("control: 'Deputy Mayor of the City of X' -> not the mayor", results) >= NEGATIVE


@dataclass(frozen=True)
class GuideCase:
    name: str
    text: str
    english: bool = True


def guide(rng: random.Random, lower: bool) -> GuideCase:
    (city,) = draw(rng, cities())
    topic = rng.choice(TOPICS)
    town = f" {city_in_english(rng, city)}" if topic.endswith(("in", "to")) else ""
    name = f"{rng.choice(HEADS)} {rng.choice(LINKS)} {topic}{town}"
    written = name.lower() if lower else name
    text = rng.choice(
        (
            f"In September the city prepared the {written}, published in four languages.",
            f"The {written} is free and can be downloaded from the city's website.",
            f"Copies of the {written} were handed out at the information point.",
        )
    )
    return GuideCase(name, text)


def documents_of(ctx: DocumentContext) -> list[str]:
    return sorted(e.label_pl for e in ctx.entities.values() if e.cls.endswith("Document"))


def a_document_so_named(ctx: DocumentContext, case: GuideCase) -> tuple[bool, str]:
    return case.name in documents_of(ctx), f"a document {case.name!r} ({documents_of(ctx)})"


def test_a_guide_for_someone_is_a_document(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: guide(rng, False), a_document_so_named)
    assert rate("'the Guide for Foreigners Living in Kraków' -> a document", results) >= POSITIVE


def no_document(ctx: DocumentContext, case: GuideCase) -> tuple[bool, str]:
    return not documents_of(ctx), f"no document ({documents_of(ctx)})"


def test_a_guide_in_lower_case_is_no_document(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: guide(rng, True), no_document)
    assert rate("control: 'the guide for newcomers' -> no document", results) >= NEGATIVE
