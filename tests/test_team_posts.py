"""On a page that names the Team in full, a bare "Zespół" is the Team — also right before a
person's name: "obrady poprowadziła koordynatorka Zespołu Joanna Kowalska" gives her the
coordinator's post in the Team; "Zespołu Ekspertów" (a capitalised word that is no given name)
is still another body. People are SGJP's (given names of both genders), the role word agrees."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, holds, measured
from tests.relations_templates import (
    ID,
    NEGATIVE,
    POSITIVE,
    Named,
    Person,
    capitalise,
    cities,
    draw,
    people,
    rate,
    w,
)
from ump_kg.extract.context import DocumentContext

TEAM = f"{ID}organisation/ump-zespol-migracji-i-integracji"
ROLES = (("koordynator", "koordynatorka", "koordynator"),)
SAID = (
    "Obrady poprowadził{a} {role} Zespołu {P}.",
    "Spotkanie otworzył{a} {role} Zespołu {P} z Biura UMP.",
)
OTHER_BODIES = ("Ekspertów", "Doradców", "Roboczego Rady")


@dataclass(frozen=True)
class TeamPostCase:
    person: Person
    city: Named
    role: str
    text: str


def team_post(rng: random.Random) -> TeamPostCase:
    person = rng.choice(people())
    (city,) = draw(rng, cities())
    masculine, feminine, role = rng.choice(ROLES)
    said = rng.choice(SAID).format(
        role=feminine if person.gender == "f" else masculine, P=person.nominative, a=person.a
    )
    text = f"{capitalise(w(city))} obradował Zespół UMP ds. Migracji i Integracji. {said}"
    return TeamPostCase(person, city, role, text)


def holds_the_teams_post(ctx: DocumentContext, case: TeamPostCase) -> tuple[bool, str]:
    return holds(ctx, case.person, TEAM, case.role), f"{case.person.nominative} {case.role}"


def another_body(rng: random.Random) -> TeamPostCase:
    made = team_post(rng)
    opening = f"{capitalise(w(made.city))} obradował Zespół UMP ds. Migracji i Integracji."
    text = f"{opening} Omówiono raport Zespołu {rng.choice(OTHER_BODIES)}."
    return TeamPostCase(made.person, made.city, made.role, text)


def the_team_not_named_again(ctx: DocumentContext, case: TeamPostCase) -> tuple[bool, str]:
    mentions = [m for m in ctx.mentions if m.iri == TEAM]
    return len(mentions) == 1, "the Team named once, in full"


def test_the_teams_coordinator_before_her_name(pages: Pages) -> None:
    results, _ = measured(pages, team_post, holds_the_teams_post)
    assert rate("'koordynatorka Zespołu Joanna Kowalska' -> her post", results) >= POSITIVE


def test_another_team_named_by_a_capital_is_not_the_team(pages: Pages) -> None:
    results, _ = measured(pages, another_body, the_team_not_named_again)
    assert rate("negative: 'raport Zespołu Ekspertów'", results) >= NEGATIVE
