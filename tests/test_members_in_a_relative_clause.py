"""Members named in a relative clause: "prezydenci miast zrzeszonych w Unii Metropolii Polskich,
stowarzyszeniu dwunastu największych polskich miast, do którego należy także Rzeszów" (session 24,
from the opened set kaf). A body (with a lower-case apposition of it at most), then ", do
którego/której należy (także) X (i Y)": X and Y are its members (relations.
members_in_a_relative_clause). Before, only "X należy do Y" made one.
Cases: the reference's organisations in the locative, an apposition whose gender the pronoun
agrees with, one or two reference cities after "należy/należą", with "także", "też", "m.in." or
nothing.
Control: another relative clause (", w którym udział wziął także X") makes no member.
Measured on dd2a323: 0 %; control 100 %.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    Named,
    cities,
    draw,
    organisations,
    rate,
)
from ump_kg.extract.context import DocumentContext

APPOSITIONS = (
    ("stowarzyszeniu dwunastu największych polskich miast", "którego"),
    ("sieci miast europejskich", "której"),
    ("organizacji samorządowej", "której"),
    ("związku gmin i powiatów", "którego"),
    ("", ""),
)
PARTICLES = ("także ", "też ", "m.in. ", "")


@dataclass(frozen=True)
class RelativeCase:
    body: Named
    members: tuple[Named, ...]
    text: str


def relative(rng: random.Random, control: bool) -> RelativeCase:
    (body,) = draw(rng, organisations())
    members = tuple(draw(rng, cities(), rng.choice((1, 2))))
    apposition, pronoun = rng.choice(APPOSITIONS)
    if not apposition:
        pronoun = rng.choice(("którego", "której"))
    said = " i ".join(m.form("nom") for m in members)
    verb = "należą" if len(members) > 1 else "należy"
    clause = (
        f"w którym udział wzięł{'y' if len(members) > 1 else 'o'} {rng.choice(PARTICLES)}{said}"
        if control
        else f"do {pronoun} {verb} {rng.choice(PARTICLES)}{said}"
    )
    before = f", {apposition}" if apposition else ""
    text = (
        f"Stanowisko podpisali przedstawiciele zrzeszeni w {body.form('loc')}{before}, {clause}. "
        "Dokument trafił do rządu."
    )
    return RelativeCase(body, members, text)


def members_of(ctx: DocumentContext, case: RelativeCase) -> tuple[bool, str]:
    found = [m for m in case.members if case.body.iri in objects(ctx, m.iri, "memberOf")]
    return len(found) == len(
        case.members
    ), f"{[m.slug for m in case.members]} members of {case.body.slug}"


def test_a_relative_clause_names_the_bodys_members(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: relative(rng, False), members_of)
    assert rate("'…, stowarzyszeniu …, do którego należy także Rzeszów' -> member", results) >= (
        POSITIVE
    )


def no_members(ctx: DocumentContext, case: RelativeCase) -> tuple[bool, str]:
    found = [m for m in case.members if case.body.iri in objects(ctx, m.iri, "memberOf")]
    return not found, f"no member of {case.body.slug}"


def test_another_relative_clause_makes_no_member(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: relative(rng, True), no_members)
    assert rate("control: '…, w którym udział wzięło także X' -> no member", results) >= NEGATIVE
