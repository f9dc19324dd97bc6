"""English names a person's body after "of the" or "from the": "prepared by Katarzyna Zielonka
of the UMP Office", "Anna Kos from the International Organization for Migration" — the person
is a member of it. Bodies are the reference's English labels, people SGJP's; a person who only
speaks of a body ("X spoke of the Council of Europe") is no member of it (the control)."""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects, person_iri
from tests.relations_templates import NEGATIVE, POSITIVE, english_label, organisations, people, rate

SEED = 20261214
FRAMES = (
    "The report was prepared by {P} of the {B}, who presented it to the mayors.",
    "Questions were answered by {P} from the {B}.",
    "The guest of the session was {P} of the {B}.",
)
CONTROL = "At the session {P} spoke of the {B} and its work."


def bodies() -> list[str]:
    return [o.iri for o in organisations() if not english_label(o.iri).isupper()]


def run(pages: Pages, member: bool) -> list[tuple[bool, str]]:
    rng = random.Random(SEED + member)
    results = []
    for _ in range(105):
        body, person = rng.choice(bodies()), rng.choice(people())
        frame = rng.choice(FRAMES) if member else CONTROL
        text = frame.format(P=person.nominative, B=english_label(body))
        ctx = pages.english.extract(text)
        who = person_iri(ctx, person)
        is_member = who is not None and body in objects(ctx, who, "memberOf")
        results.append((is_member == member, f"member: {member} in {text!r}"))
    return results


def test_of_the_body_after_a_person_is_membership(pages: Pages) -> None:
    assert rate("'X of the Y', 'X from the Y' -> member of Y", run(pages, True)) >= POSITIVE


def test_speaking_of_a_body_is_no_membership(pages: Pages) -> None:
    assert rate("negative: 'X spoke of the Y' -> no member", run(pages, False)) >= NEGATIVE
