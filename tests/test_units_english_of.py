"""An English unit named with the body it belongs to — "Director of the Social Policy
Department of the Katowice City Office", "Head of the Integration Office of the International
Organization for Migration" — is the unit ("Social Policy Department") of that known body, and
the post is the unit's (a director of a department: the reference's "dyrektor wydziału"). Unit
names are made of policy words not in the corpus, bodies the reference's English labels, people
SGJP's."""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects, person_iri
from tests.relations_templates import english_label, organisations, people, rate

SEED = 20261208
ID = "https://w3id.org/ump-kg/id/"
POLICY = ("Social Policy", "Civic Affairs", "Education", "Housing Policy", "Public Health")
HEADS = ("Department", "Office", "Division")
ROLE_OF = {
    ("Director", "Department"): "dyrektor-wydzialu",
    ("Head", "Department"): "dyrektor-wydzialu",
}


def bodies() -> list[str]:
    return [
        o.iri
        for o in organisations()
        if "/urzad-miasta-" in o.iri or o.iri.endswith(("/iom", "/unhcr"))
    ]


def test_an_english_unit_of_a_known_body(pages: Pages) -> None:
    rng = random.Random(SEED)
    results = []
    for _ in range(105):
        body = rng.choice(bodies())
        unit = f"{rng.choice(POLICY)} {rng.choice(HEADS)}"
        role = rng.choice(("Director", "Head"))
        person = rng.choice(people())
        text = (
            f"The workshop was opened by {person.nominative}, {role} of the {unit} of the "
            f"{english_label(body)}."
        )
        ctx = pages.english.extract(text)
        units = [i for i, e in ctx.entities.items() if e.label_pl == unit]
        who = person_iri(ctx, person)
        posts = objects(ctx, who, "holds") if who else set()
        in_unit = bool(units) and any(units[0] in objects(ctx, str(p), "postIn") for p in posts)
        wanted = ROLE_OF.get((role, unit.split()[-1]))
        roles = {str(r) for p in posts for r in objects(ctx, str(p), "role")}
        ok = (
            len(units) == 1
            and body in objects(ctx, units[0], "unitOf")
            and in_unit
            and (wanted is None or f"{ID}role/{wanted}" in roles)
        )
        results.append((ok, f"{unit} of {body.rsplit('/', 1)[-1]} ({role}) in {text!r}"))
    assert rate("'Director of the X Department of the Y City Office' -> unit of Y", results) >= 0.95
