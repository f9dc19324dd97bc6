"""A person followed by a dash and a verb of representing is of the body represented (session 44,
from a miss of ansuz, opened in session 43: a council's list "- Piotr Jankowski – reprezentuje
Stowarzyszenie na Rzecz Osób LGBT Tolerado;" gave no link; ", reprezentujący …" after a comma
was read).

Cases: a person of SGJP's names, a dash, "reprezentuje" or the participle in the person's gender
("reprezentujący", "reprezentująca"), and a body of the reference in the accusative (morfeusz2
declines it), in a list item or a sentence. → the person a member of the body. 120 cases.
Control: the same with a comma ("Anna Nowak, reprezentująca Fundację …"), read before. 120
cases.
Measured on ccea453 (before the rule): 0.0 %; now 100 %. The control 100 % before and after.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects, outcome, person_iri
from tests.relations_templates import organisations, people, rate

SEED = 20261207
CASES = 120


def representing(pages: Pages, rng: random.Random, joiner: str) -> tuple[bool, str]:
    person = rng.choice(people())
    body = rng.choice(organisations())
    verb = rng.choice(
        ("reprezentuje", "reprezentująca" if person.gender == "f" else "reprezentujący")
    )
    said = f"{person.nominative}{joiner} {verb} {body.form('acc')}"
    text = f"- {said};" if rng.random() < 0.5 else f"W spotkaniu wzięli udział m.in. {said}."
    ctx = pages.extract(text)
    iri = person_iri(ctx, person)
    ok = iri is not None and body.iri in objects(ctx, iri, "memberOf")
    return outcome(ctx, ok, text, f"{person.nominative} memberOf {body.label}")


def test_representing_after_a_dash(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'- Piotr Jankowski – reprezentuje Stowarzyszenie …' → a member",
        [representing(pages, rng, " –") for _ in range(CASES)],
    )
    assert value >= 0.95


def test_representing_after_a_comma_stands(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "control: 'Anna Nowak, reprezentująca Fundację …' → a member",
        [representing(pages, rng, ",") for _ in range(CASES)],
    )
    assert value >= 0.95
