"""Member cities of the Union of Polish Metropolises named in passing: "prezydenci miast
zrzeszonych w UMP – Poznania, Łodzi i Wrocławia", "dwunastu miast UMP, w tym Białegostoku i
Bydgoszczy", "Lublin, jedno z miast Unii Metropolii Polskich,", "Łódź, jako jedno z dwunastu miast
Unii …", "Rzeszów i Szczecin, członkowie
UMP,", "Katowice przystąpiły do UMP w 1990 r." — each city is a member. A city where the Union
met ("w Gdańsku"), a city that works with the Union ("Lwów współpracuje z UMP") and a city
that joined something else is none. The Union's names in every case (morfeusz2) from the
reference data; cities from the reference data."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects, person_iri
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    Named,
    Person,
    capitalise,
    cities,
    draw,
    listed,
    organisations,
    people,
    rate,
    w,
)
from tests.test_events_properties import past
from tests.test_relations_properties_2 import city_gender
from ump_kg.extract.context import DocumentContext


def union() -> Named:
    return next(o for o in organisations() if o.slug == "ump")


@dataclass(frozen=True)
class MemberCase:
    cities: tuple[Named, ...]
    text: str


def union_in(rng: random.Random, case: str) -> str:
    return rng.choice((union().form(case), "UMP"))


def member_case(rng: random.Random) -> MemberCase:
    chosen = tuple(draw(rng, cities(), rng.choice((1, 2, 3))))
    many = len(chosen) > 1
    number, gender = ("pl", "m2") if many else city_gender(chosen[0])
    template = rng.choice(
        (
            "list_gen",
            "w_tym",
            "apposition",
            "joined",
        )
        if many
        else ("apposition", "joined")
    )
    if template == "list_gen":
        text = (
            f"Prezydenci miast zrzeszonych w {union_in(rng, 'loc')} – "
            f"{listed([c.form('gen') for c in chosen])} – spotkali się {w(rng.choice(cities()))}."
        )
    elif template == "w_tym":
        text = (
            f"Dokument poparli prezydenci dwunastu miast {union_in(rng, 'gen')}, w tym "
            f"{listed([c.form('gen') for c in chosen])}."
        )
    elif template == "apposition":
        word = (
            "członkowie"
            if many
            else rng.choice(("jedno z miast", "jako jedno z dwunastu miast", "jako członek"))
        )
        text = (
            f"{listed([c.form('nom') for c in chosen])}, {word} {union_in(rng, 'gen')}, "
            f"{past('przyjąć', number, gender)} program integracji."
        )
    else:
        text = (
            f"{listed([c.form('nom') for c in chosen])} {past('przystąpić', number, gender)} "
            f"do {union_in(rng, 'gen')} w {rng.randrange(1990, 2010)} r."
        )
    return MemberCase(chosen, capitalise(text))


def not_member_case(rng: random.Random) -> MemberCase:
    (city,) = draw(rng, cities())
    number, gender = city_gender(city)
    text = rng.choice(
        (
            f"Posiedzenie {union_in(rng, 'gen')} odbyło się {w(city)}.",
            f"{city.form('nom')} {past('przystąpić', number, gender)} do programu "
            f"Miasta Międzykulturowe, o czym poinformowała {union_in(rng, 'nom')}.",
            f"Przedstawiciele {union_in(rng, 'gen')} spotkali się z mieszkańcami {w(city)}.",
        )
    )
    return MemberCase((city,), capitalise(text))


def members(ctx: DocumentContext, case: MemberCase) -> tuple[bool, str]:
    ok = all(union().iri in objects(ctx, c.iri, "memberOf") for c in case.cities)
    return ok, f"memberOf ump: {[c.slug for c in case.cities]}"


def no_members(ctx: DocumentContext, case: MemberCase) -> tuple[bool, str]:
    ok = not any(union().iri in objects(ctx, c.iri, "memberOf") for c in case.cities)
    return ok, "no memberOf"


def test_cities_named_as_members_of_the_union(pages: Pages) -> None:
    results, _ = measured(pages, member_case, members)
    assert rate("member cities in passing -> memberOf", results) >= POSITIVE


def test_cities_met_in_or_joining_something_else_are_no_members(pages: Pages) -> None:
    results, _ = measured(pages, not_member_case, no_members)
    assert rate("negative: met in, joined another thing", results) >= NEGATIVE


# Bodies and people as members of a body: "Caritas Polska, członek sieci Caritas Europa",
# "X należy do Y", "X od 2018 r. zasiada w Y", "X is a member of Y".
BODY_MEMBERS = (
    "{A}, członek sieci {B_gen}, prowadzi punkt pomocy.",
    "{A} od {Y} r. należy do {B_gen}.",
    "{A} jest członkiem {B_gen}.",
)
NOT_BODY_MEMBERS = (
    "{A} współpracuje z {B_inst} od {Y} r.",
    "{A} otrzymała grant od {B_gen}.",
)


@dataclass(frozen=True)
class BodyCase:
    member: Named
    body: Named
    text: str


def body_case(rng: random.Random, templates: tuple[str, ...]) -> BodyCase:
    # the second is a body one joins: not a city office, which has staff, not members
    joinable = [o for o in organisations() if not o.slug.startswith(("urzad-", "ump"))]
    member = rng.choice([o for o in organisations() if o.slug != "ump"])
    body = rng.choice([o for o in joinable if o.iri != member.iri])
    text = rng.choice(templates).format(
        A=member.form("nom"),
        B_gen=body.form("gen"),
        B_inst=body.form("inst"),
        Y=rng.randrange(2000, 2024),
    )
    return BodyCase(member, body, capitalise(text))


def body_member(ctx: DocumentContext, case: BodyCase) -> tuple[bool, str]:
    return case.body.iri in objects(ctx, case.member.iri, "memberOf"), "memberOf"


def no_body_member(ctx: DocumentContext, case: BodyCase) -> tuple[bool, str]:
    return case.body.iri not in objects(ctx, case.member.iri, "memberOf"), "no memberOf"


def test_a_body_member_of_another(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: body_case(rng, BODY_MEMBERS), body_member)
    assert rate("'A, członek sieci B', 'A należy do B' -> memberOf", results) >= POSITIVE


def test_a_body_working_with_another_is_no_member(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: body_case(rng, NOT_BODY_MEMBERS), no_body_member)
    assert rate("negative: works with, gets a grant from", results) >= NEGATIVE


def team() -> Named:
    return next(o for o in organisations() if o.slug == "ump-zespol-migracji-i-integracji")


@dataclass(frozen=True)
class TeamMemberCase:
    city: Named
    person: Person
    office: str
    text: str


def team_member_case(rng: random.Random) -> TeamMemberCase:
    """ "Łódź uczestniczy w pracach Zespołu …. Miasto reprezentuje w nim Biuro X Urzędu Miasta
    Łodzi, a członkinią zespołu jest dyrektorka biura, Anna Nowak." in variants."""
    (city,) = draw(rng, cities())
    person = rng.choice(people())
    unit = rng.choice(
        ("Biuro Aktywności Miejskiej", "Wydział Spraw Społecznych", "Biuro Integracji")
    )
    member = "członkinią" if person.gender == "f" else "członkiem"
    post = "dyrektorka" if person.gender == "f" else "dyrektor"
    represents = rng.choice(
        (
            f"Miasto reprezentuje w nim {unit} {office_of_city_gen(city)}",
            f"W Zespole miasto reprezentuje {unit} {office_of_city_gen(city)}",
        )
    )
    text = (
        f"Od 2017 r. {city.form('nom')} uczestniczy w pracach {team().form('gen')}. "
        f"{represents}, a {member} zespołu jest {post} biura, {person.nominative}."
    )
    return TeamMemberCase(city, person, unit, text)


def office_of_city_gen(city: Named) -> str:
    return f"Urzędu Miasta {city.form('gen')}"


def in_the_team(ctx: DocumentContext, case: TeamMemberCase) -> tuple[bool, str]:
    who = person_iri(ctx, case.person)
    units = [i for i, e in ctx.entities.items() if e.label_pl == case.office]
    ok = (
        team().iri in objects(ctx, case.city.iri, "memberOf")
        and who is not None
        and team().iri in objects(ctx, who, "memberOf")
        and any(team().iri in objects(ctx, u, "memberOf") for u in units)
    )
    return ok, "city, unit and person in the Team"


def test_who_represents_a_city_in_the_team_is_in_it(pages: Pages) -> None:
    results, _ = measured(pages, team_member_case, in_the_team)
    assert rate("'reprezentuje w nim X', 'członkinią zespołu jest Y'", results) >= POSITIVE
