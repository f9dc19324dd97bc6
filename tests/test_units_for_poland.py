"""An organisation's office in Poland is the reference's unit for Poland: "Pracownicy
Przedstawicielstwa Wysokiego Komisarza Narodów Zjednoczonych ds. Uchodźców (UNHCR) w Polsce",
in any case the sentence needs, is UNHCR Polska; "X (UNHCR Representative in Poland)" works for
UNHCR Polska, "X (UNHCR Senior Adviser)" for UNHCR. The office's name is declined by morfeusz2
(its head) in four cases; people are SGJP's."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects, person_iri
from tests.relations_templates import ID, POSITIVE, Person, form, people, rate
from ump_kg.extract.context import DocumentContext

UNHCR = f"{ID}organisation/unhcr"
UNHCR_POLSKA = f"{ID}organisation/unhcr-polska"
REST = "Wysokiego Komisarza Narodów Zjednoczonych ds. Uchodźców (UNHCR)"
FRAMES = {
    "gen": "Pracownicy {office} omówili różnicę między migrantem a uchodźcą.",
    "inst": "Miasto współpracuje z {office} od 2015 r.",
    "loc": "O {office} mówiono podczas spotkania.",
    "nom": "{office} przygotowało raport o sytuacji uchodźców.",
}


@dataclass(frozen=True)
class UnitCase:
    text: str
    want: str
    person: Person | None = None
    english: bool = False


def office_case(rng: random.Random, ways: tuple[str, ...] = ("w Polsce",)) -> UnitCase | None:
    """ "Pracownicy Przedstawicielstwa … (UNHCR) w Polsce", Poland written one of `ways`"""
    case = rng.choice(sorted(FRAMES))
    head = form("przedstawicielstwo", "subst", "sg", case)
    if head is None:
        return None
    office = f"{head.capitalize()} {REST} {rng.choice(ways)}"
    return UnitCase(FRAMES[case].format(office=office), UNHCR_POLSKA)


def english_case(rng: random.Random) -> UnitCase:
    person = rng.choice(people())
    if rng.random() < 0.5:
        role, want = (
            rng.choice(("Representative", "Deputy Representative")) + " in Poland",
            UNHCR_POLSKA,
        )
    else:
        role, want = rng.choice(("Senior Adviser", "Head of Protection")), UNHCR
    text = f"People quoted: {person.nominative} (UNHCR {role})."
    return UnitCase(text, want, person, english=True)


def named(ctx: DocumentContext, case: UnitCase) -> tuple[bool, str]:
    if case.person is None:
        ok = any(m.iri == case.want for m in ctx.mentions) and not any(
            iri.endswith(
                "przedstawicielstwo-wysokiego-komisarza-narodow-zjednoczonych-ds-uchodzcow"
            )
            for iri in ctx.entities
        )
        return ok, case.want
    who = person_iri(ctx, case.person)
    return bool(who) and case.want in objects(ctx, str(who), "memberOf"), case.want


def test_an_office_in_poland_is_the_reference_unit(pages: Pages) -> None:
    results, _ = measured(pages, office_case, named)
    assert rate("'Przedstawicielstwa … (UNHCR) w Polsce' -> UNHCR Polska", results) >= POSITIVE


def test_a_role_in_poland_is_in_the_unit_for_poland(pages: Pages) -> None:
    results, _ = measured(pages, english_case, named)
    assert rate("'(UNHCR Representative in Poland)' -> UNHCR Polska", results) >= POSITIVE
