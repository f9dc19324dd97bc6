"""A post given by a copula keeps its holder past an academic title: "dyrektorem Biura X jest
dr hab. Igor Zachariasz", "koordynatorką Fundacji Y została prof. Anna Kos" — the person holds a
post in the body. Bodies are the reference's (genitive by morfeusz2), people SGJP's, the role
word's instrumental agrees with the holder."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, holds, measured
from tests.relations_templates import POSITIVE, Named, Person, organisations, people, rate
from ump_kg.extract.context import DocumentContext

TITLES = ("dr hab.", "prof.", "dr", "mgr inż.", "prof. dr hab.")
ROLES = (("dyrektorem", "dyrektorką"), ("koordynatorem", "koordynatorką"), ("prezesem", "prezeską"))


@dataclass(frozen=True)
class TitledCase:
    person: Person
    body: Named
    text: str


def titled_holder(rng: random.Random) -> TitledCase:
    person = rng.choice(people())
    body = rng.choice([o for o in organisations() if not o.label.isupper()])
    masculine, feminine = rng.choice(ROLES)
    role = feminine if person.gender == "f" else masculine
    verb = rng.choice(("jest", "została" if person.gender == "f" else "został"))
    text = (
        f"Od 1 października {rng.randrange(2016, 2024)} r. {role} {body.form('gen')} {verb} "
        f"{rng.choice(TITLES)} {person.nominative}."
    )
    return TitledCase(person, body, text[:1].upper() + text[1:])


def holds_a_post(ctx: DocumentContext, case: TitledCase) -> tuple[bool, str]:
    return holds(ctx, case.person, case.body.iri), f"{case.person.nominative} in {case.body.slug}"


def test_a_titled_holder_of_a_post_by_copula(pages: Pages) -> None:
    results, _ = measured(pages, titled_holder, holds_a_post)
    assert rate("'dyrektorem Biura X jest dr hab. Y'", results) >= POSITIVE
