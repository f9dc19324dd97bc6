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
    NEGATIVE,
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


def english_post_lower_case(rng: random.Random) -> EnglishPostCase:
    """The same posts written in lower case, as a running text does ('project coordinator at
    the Dialog Foundation', 'senior inclusion officer at IOM Poland')."""
    case = english_post(rng)
    person = case.person.nominative
    written = case.text.replace(person, "\0")
    start = written.index("\0, ") + 3
    end = written.index(" at ", start)
    lowered = written[:start] + written[start:end].lower() + written[end:]
    return EnglishPostCase(case.person, case.body, case.role, lowered.replace("\0", person))


def test_an_english_post_in_lower_case(pages: Pages) -> None:
    results, _ = measured(pages, english_post_lower_case, holds_the_post)
    assert rate("'X, integration programme coordinator at IOM Poland'", results) >= POSITIVE


def another_clause(rng: random.Random) -> EnglishPostCase:
    """'X, and the director of the Y, Z, spoke': the role is Z's, not X's."""
    first, second = rng.sample(people(), 2)
    body = rng.choice([o for o in organisations() if english_label(o.iri) != o.label])
    noun, _ = rng.choice(ROLES)
    joint = rng.choice(("and the", "with the", "who met the", "as well as the"))
    text = (
        f"The meeting gathered {first.nominative}, {joint} {noun.lower()} at the "
        f"{english_label(body.iri)}, {second.nominative}."
    )
    return EnglishPostCase(first, body.iri, None, text)


def no_post_for_the_first(ctx: DocumentContext, case: EnglishPostCase) -> tuple[bool, str]:
    return not holds(ctx, case.person, case.body), f"{case.person.nominative}: no post there"


def test_a_role_in_another_clause_is_not_the_names(pages: Pages) -> None:
    results, _ = measured(pages, another_clause, no_post_for_the_first)
    assert rate("'X, and the director at Y, Z': not X's post", results) >= NEGATIVE
