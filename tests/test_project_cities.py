"""The cities a project reaches: on a page about a project, "Projekt objął Lublin, Kraków i
Gdańsk", "Partnerami projektu są miasta: …", "Phase 1 targeted 12 municipalities in Poland
(Poznań, Warsaw, Wrocław)" make the cities the project's partners, whether the sentence names
the project or the page's title does. What else reaches them ("Badania terenowe objęły …"),
a city after "w"/"in" (where, not who) and a mayor's city ("patronatem prezydenta Krakowa")
are not partners. Titles from SGJP nouns; cities from the reference data (Polish names in the
nominative, English names on English pages)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, holds, holds_no_post_in, measured, objects
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    Named,
    Person,
    capitalise,
    cities,
    city_in_english,
    draw,
    listed,
    organisations,
    people,
    rate,
    w,
)
from tests.test_events_projects_generated import others, project_title, project_titled
from ump_kg.extract.context import DocumentContext


@dataclass(frozen=True)
class ReachCase:
    title: str  # the page's title
    project: str  # the project's name
    cities: tuple[Named, ...]
    text: str
    english: bool = False


POLISH = (
    "Projekt objął {nom}.",
    "W pierwszym etapie projekt objął {nom}.",
    "Partnerami projektu są miasta: {nom}.",
    "„{P}” objął {nom}.",
)
NOT_PARTNERS = (
    "Badania terenowe objęły {nom}.",
    "Projekt objął wsparciem rodziny mieszkające {w}.",
    "Projekt objął patronatem prezydent {gen}.",
)


def polish_case(rng: random.Random, templates: tuple[str, ...]) -> ReachCase:
    name = project_title(rng)
    chosen = tuple(draw(rng, cities(), rng.choice((2, 3, 4))))
    text = rng.choice(templates).format(
        nom=listed([c.form("nom") for c in chosen]),
        w=w(chosen[0]),
        gen=chosen[0].form("gen"),
        P=name,
    )
    title = f"Projekt „{name}”"
    body = f"# {title}\n\nProjekt „{name}” realizowano w latach 2019–2021.\n\n{text}"
    return ReachCase(title, name, chosen, body)


def english_case(rng: random.Random) -> ReachCase:
    name = project_title(rng)
    chosen = tuple(draw(rng, cities(), rng.choice((2, 3))))
    names = ", ".join(city_in_english(rng, c) for c in chosen)
    text = rng.choice(
        (
            f"Phase 1 targeted {len(chosen) + 4} municipalities in Italy (Bari, Milan) and "
            f"Poland ({names}).",
            f"The project covered {len(chosen)} Polish cities ({names}).",
        )
    )
    title = f"“{name}” – project facts"
    body = f"# {title}\n\nThe project “{name}” ran in 2019–2021.\n\n{text}"
    return ReachCase(title, name, chosen, body, english=True)


def partners(ctx: DocumentContext, case: ReachCase) -> set[str]:
    project = project_titled(ctx, case.project)
    return {str(o) for o in objects(ctx, project, "partner")} if project else set()


def reaches(ctx: DocumentContext, case: ReachCase) -> tuple[bool, str]:
    wanted = {c.iri for c in case.cities}
    return wanted <= partners(ctx, case), f"partners {sorted(c.slug for c in case.cities)}"


def reaches_none(ctx: DocumentContext, case: ReachCase) -> tuple[bool, str]:
    wanted = {c.iri for c in case.cities}
    return not (wanted & partners(ctx, case)), "no city partner"


def test_the_cities_a_project_reaches_are_its_partners(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: polish_case(rng, POLISH), reaches, titled=True)
    assert rate("'Projekt objął A, B i C' -> partners", results) >= POSITIVE


def test_the_cities_an_english_project_targets_are_its_partners(pages: Pages) -> None:
    results, _ = measured(pages, english_case, reaches, titled=True)
    assert rate("'Phase 1 targeted … (A, B)' -> partners", results) >= POSITIVE


def test_cities_reached_by_something_else_are_no_partners(pages: Pages) -> None:
    results, _ = measured(
        pages, lambda rng: polish_case(rng, NOT_PARTNERS), reaches_none, titled=True
    )
    assert rate("negative: fieldwork, 'w <City>', a mayor's city", results) >= NEGATIVE


# The coordinator of a project whose leader the page names holds a coordinator's post in the
# leader: "Koordynatorką projektu jest X", "X, kierowniczka projektu,", "Projektem kieruje X".
ROLE_SENTENCES = (
    "{Koord} projektu jest {P}.",
    "{P}, {kier} projektu, mówił{a} o szkoleniach.",
    "Projektem kieruje {P}.",
)
NO_ROLE = (
    "O projekcie opowiadał{a} {P}.",
    "{P} był{a} na szkoleniu w ramach projektu.",
)


@dataclass(frozen=True)
class RoleCase:
    person: Person
    leader: Named
    title: str
    text: str


def role_case(rng: random.Random, templates: tuple[str, ...]) -> RoleCase:
    name = project_title(rng)
    leader = rng.choice([o for o in organisations() if not o.slug.startswith(("urzad-", "ump"))])
    person = rng.choice(people())
    feminine = person.gender == "f"
    sentence = rng.choice(templates).format(
        Koord="Koordynatorką" if feminine else "Koordynatorem",
        kier="kierowniczka" if feminine else "kierownik",
        P=person.nominative,
        a=person.a,
    )
    text = f"# Projekt „{name}”\n\nProjekt „{name}” realizuje {leader.form('nom')}.\n\n{sentence}"
    return RoleCase(person, leader, f"Projekt „{name}”", text)


def coordinates(ctx: DocumentContext, case: RoleCase) -> tuple[bool, str]:
    return holds(ctx, case.person, case.leader.iri), f"post in {case.leader.slug}"


def coordinates_nothing(ctx: DocumentContext, case: RoleCase) -> tuple[bool, str]:
    return holds_no_post_in(ctx, case.person, case.leader.iri), "no post"


def test_a_projects_coordinator_holds_a_post_in_its_leader(pages: Pages) -> None:
    results, _ = measured(
        pages, lambda rng: role_case(rng, ROLE_SENTENCES), coordinates, titled=True
    )
    assert rate("'Koordynatorką projektu jest X' -> post in the leader", results) >= POSITIVE


def test_a_person_speaking_of_a_project_holds_no_post(pages: Pages) -> None:
    results, _ = measured(
        pages, lambda rng: role_case(rng, NO_ROLE), coordinates_nothing, titled=True
    )
    assert rate("negative: spoke of, took part in", results) >= NEGATIVE


def partners_next_case(rng: random.Random) -> ReachCase:
    """The project named in one sentence, its partner cities in the next of the paragraph,
    on a page whose title names no project."""
    name = project_title(rng)
    chosen = tuple(draw(rng, cities(), rng.choice((2, 3, 4))))
    if rng.random() < 0.5:
        names = ", ".join(city_in_english(rng, c) for c in chosen)
        text = (
            f"IOM and the Union started the project “{name}” in 2022. It is funded by the EU; "
            f"partner cities are {names}."
        )
        return ReachCase("News", name, chosen, text, english=True)
    text = (
        f"Ruszył projekt „{name}”. Finansuje go Unia Europejska; partnerami projektu są miasta: "
        f"{listed([c.form('nom') for c in chosen])}."
    )
    return ReachCase("Aktualności", name, chosen, text)


def test_partner_cities_said_after_the_project(pages: Pages) -> None:
    results, _ = measured(pages, partners_next_case, reaches, titled=True)
    assert rate("'… „X” … partner cities are A, B' -> partners", results) >= POSITIVE


@dataclass(frozen=True)
class ListedPartnersCase:
    project: str
    partners: tuple[Named, ...]
    text: str


def listed_partners(rng: random.Random) -> ListedPartnersCase:
    """A long title ("X. Lokalny system wsparcia integracji obywateli państw trzecich") and the
    partners in list items under "Projekt przygotowano w partnerstwie z:", each in the
    instrumental, with what it does after a comma (or, under a label in bold, "**Partnerzy:**",
    in the nominative)."""
    name = f"{project_title(rng)}. Lokalny system wsparcia integracji obywateli państw trzecich"
    chosen = tuple(draw(rng, others(), 3))
    items = "\n".join(
        f"- {capitalise(o.form('inst'))}, {rng.choice(DUTIES)}," for o in chosen
    ).rstrip(",")
    intro = rng.choice(
        (
            "Projekt przygotowano w partnerstwie z:",
            "Partnerami projektu są:",
            "Projekt realizujemy we współpracy z:",
            # a fact sheet's label in bold, over the partners in the nominative
            "**Partnerzy:**",
            "**Partnerzy projektu:**",
        )
    )
    if intro.startswith("**"):
        items = "\n".join(f"- {o.label}" for o in chosen)
    text = f"Od 1 października 2024 r. miasto realizuje projekt „{name}”.\n\n{intro}\n\n{items}."
    return ListedPartnersCase(name, chosen, text)


DUTIES = (
    "odpowiedzialną za szkolenia",
    "które przygotuje diagnozę potrzeb",
    "prowadzącą punkt porad dla cudzoziemców",
)


def all_listed_are_partners(ctx: DocumentContext, case: ListedPartnersCase) -> tuple[bool, str]:
    project = project_titled(ctx, case.project)
    found = {str(o) for o in objects(ctx, project, "partner")} if project else set()
    return {o.iri for o in case.partners} <= found, f"partners {[o.slug for o in case.partners]}"


def test_partners_listed_under_a_colon_and_a_long_title(pages: Pages) -> None:
    results, _ = measured(pages, listed_partners, all_listed_are_partners)
    assert rate("'w partnerstwie z:' + list items -> partners", results) >= POSITIVE
