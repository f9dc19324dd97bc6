"""English posts put what they are for before the role noun: "Joanna Kaczmarek, Integration
Programme Coordinator at IOM Poland", "Anna Kos, Senior Inclusion Officer at the Dialog
Foundation" — the person holds the post in the body, and a coordinator's post has the reference
role "koordynator". People are SGJP's; bodies the reference's English labels and made-up
foundations; modifiers drawn."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, holds, measured
from tests.relations_templates import (
    POSITIVE,
    Person,
    english_label,
    organisations,
    people,
    rate,
)
from ump_kg.extract.context import DocumentContext

MODIFIERS = ("Integration Programme", "Senior Inclusion", "Regional Protection", "Local Policy")
ROLES = (("Coordinator", "koordynator"), ("Officer", None), ("Specialist", None))


@dataclass(frozen=True)
class EnglishPostCase:
    person: Person
    body: str
    role: str | None
    text: str
    english: bool = True


def english_post(rng: random.Random) -> EnglishPostCase:
    person = rng.choice(people())
    body = rng.choice([o for o in organisations() if english_label(o.iri) != o.label])
    noun, role = rng.choice(ROLES)
    modifier = " ".join(rng.choice(MODIFIERS).split()[: rng.randrange(1, 3)])
    text = rng.choice(
        (
            '"Cities need plans," said {P}, {M} {R} at the {B}.',
            "{P}, {M} {R} at {B}, presented the results.",
        )
    ).format(P=person.nominative, M=modifier, R=noun, B=english_label(body.iri))
    return EnglishPostCase(person, body.iri, role, text)


def holds_the_post(ctx: DocumentContext, case: EnglishPostCase) -> tuple[bool, str]:
    ok = holds(ctx, case.person, case.body, case.role)
    return ok, f"{case.person.nominative}: a post in {case.body} ({case.role or 'any role'})"


def test_an_english_post_with_modifiers_before_the_role(pages: Pages) -> None:
    results, _ = measured(pages, english_post, holds_the_post)
    assert rate("'X, Integration Programme Coordinator at IOM Poland'", results) >= POSITIVE
