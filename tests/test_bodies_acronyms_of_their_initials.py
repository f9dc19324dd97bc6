"""An acronym of a body's initials the page never defines is that body (session 25).

"… współpracę Uniwersytetu Ekonomicznego w Krakowie z … Porozumienie podpisał Rektor UEK dr hab.
Stanisław Mazur": "UEK", the initials of the capitalised words of one body the page names, is
that body (pipeline.py implicit_acronym_mentions); so the rector's post is in it. Before, "UEK"
named nothing and the post was lost.
Bodies are made up: "<head> <adjective from SGJP> <SGJP noun in the genitive>" ("Fundacja Nowa
Kolby"), declined by phrase_forms; people from SGJP (relations_templates.people()).
Control: where two bodies of the page share those initials, the acronym names neither.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from tests.relations_pages import Pages, holds, made_or_known, measured
from tests.relations_templates import (
    Named,
    name_adjectives,
    people,
    phrase_forms,
    rate,
    title_noun_genitive,
    title_nouns,
)
from ump_kg.extract.context import DocumentContext

HEADS = ("Fundacja", "Stowarzyszenie", "Instytut", "Ośrodek", "Centrum")
ROLES = ("prezes", "dyrektor", "rektor", "koordynator")


@dataclass(frozen=True)
class Case:
    text: str
    body: Named
    person: object
    alone: bool  # whether only this body has the initials


def body_of(rng: random.Random, head: str, initials: str | None = None) -> Named | None:
    """A made-up body; with `initials`, one whose adjective and noun open with those letters."""
    adjectives = [a for a in name_adjectives() if not initials or a[:1].upper() == initials[0]]
    nouns = [n for n in title_nouns()[:3000] if not initials or n[:1] == initials[1]]
    if not adjectives or not nouns:
        return None
    adjective, noun = rng.choice(adjectives), title_noun_genitive(rng.choice(nouns))
    if noun is None:
        return None
    label = f"{head} {adjective.capitalize()} {noun}"
    forms = phrase_forms(label)
    return Named(f"new:{label}", label, forms) if forms else None


def acronym_of(body: Named) -> str:
    return "".join(word[0] for word in body.label.split())


def case_of(rng: random.Random, alone: bool) -> Case | None:
    head = rng.choice(HEADS)
    body = body_of(rng, head)
    if body is None:
        return None
    person = rng.choice(people())
    acronym = acronym_of(body)
    role = rng.choice(ROLES)
    text = f"Miasto podpisało porozumienie z {body.form('inst')}."
    if not alone:
        twin = body_of(rng, head, acronym[1:])
        if twin is None or acronym_of(twin) != acronym or twin.label == body.label:
            return None
        text += f" Wcześniej podobne podpisało z {twin.form('inst')}."
    text += f" W imieniu {acronym} podpisał{person.a} je {role} {acronym} {person.nominative}."
    return Case(text, body, person, alone)


def post_in_the_body(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    inside = holds(ctx, case.person, made_or_known(ctx, case.body))  # type: ignore[arg-type]
    if case.alone:
        return inside, f"a post in «{case.body.label}»"
    return not inside, f"no post in «{case.body.label}» (its initials are another's too)"


@pytest.mark.parametrize("alone", [True, False], ids=["one-body", "control-two-bodies"])
def test_an_acronym_of_initials_names_the_one_body(pages: Pages, alone: bool) -> None:
    results, _ = measured(pages, lambda rng: case_of(rng, alone), post_in_the_body)
    label = "'Rektor UEK X' after 'Uniwersytet Ekonomiczny w Krakowie'" if alone else "control"
    assert rate(label, results) >= 0.95
