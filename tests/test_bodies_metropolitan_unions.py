"""A metropolitan union is a body: "Górnośląsko-Zagłębiowska Metropolia (GZM) chce … przygotować
program migracyjny", "przystąpienie Górnośląsko-Zagłębiowskiej Metropolii do projektu" (session 24,
from the opened set nun; names.ORGANISATION_HEADS gains "metropolia"). "Metropolia" also names the
area, inside another body's name ("Lokalna Organizacja Turystyczna Metropolia Lublin"): there it
heads no name of its own (names.AREA_HEADS, inside_a_run). Before, no body was made.
Cases: an SGJP adjective (capitalised, of the kind bodies' names use) before or after
"Metropolia", the name in every case SGJP generates, in sentence templates.
Control: "… prowadzą Miejskie Biuro … i Lokalna Organizacja Turystyczna Metropolia <town>" makes
no body "<adjective> Metropolia <town>".
Measured on dd2a323: 0 %; control 100 %.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, labels_of_bodies, measured
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    adjective_form,
    capitalise,
    cities,
    draw,
    form,
    name_adjectives,
    phrase_forms,
    rate,
)
from ump_kg.extract.context import DocumentContext

TEMPLATES = {
    "nom": "{name} przygotuje w tym roku program migracyjny dla obywateli Ukrainy.",
    "gen": "Zarząd zgodził się na przystąpienie {name} do projektu jako partnera.",
    "dat": "Przewodniczący przedstawił {name} plan współpracy z organizacjami pozarządowymi.",
    "inst": "Porozumienie z {name} podpisano w ubiegłym tygodniu.",
    "loc": "W {name} mieszka coraz więcej cudzoziemców, mówił przewodniczący zarządu.",
}


@dataclass(frozen=True)
class UnionCase:
    name: str
    text: str


def declined(adjective: str, case: str, first: bool) -> str | None:
    """ "Górnośląsko-Zagłębiowskiej Metropolii": the adjective agrees with the feminine head."""
    adjective_made = adjective_form(adjective, "sg", case, "f")
    head = form("metropolia", "subst", "sg", case)
    if not adjective_made or not head:
        return None
    words = [capitalise(adjective_made), capitalise(head)]
    return " ".join(words if first else reversed(words))


def union(rng: random.Random) -> UnionCase | None:
    adjective = rng.choice(name_adjectives())
    first = rng.random() < 0.5
    case = rng.choice(sorted(TEMPLATES))
    nominative, said = declined(adjective, "nom", first), declined(adjective, case, first)
    if nominative is None or said is None:
        return None
    return UnionCase(nominative, TEMPLATES[case].format(name=said))


def a_body_so_named(ctx: DocumentContext, case: UnionCase) -> tuple[bool, str]:
    bodies = labels_of_bodies(ctx)
    return case.name in bodies, f"a body {case.name!r} (bodies {bodies})"


def test_a_metropolitan_union_is_a_body_in_every_case(pages: Pages) -> None:
    results, _ = measured(pages, union, a_body_so_named)
    assert rate("'Górnośląsko-Zagłębiowska Metropolia' -> a body", results) >= POSITIVE


def inside_a_name(rng: random.Random) -> UnionCase:
    (city,) = draw(rng, cities())
    adjective = capitalise(rng.choice(name_adjectives()))
    forms = phrase_forms(f"Lokalna Organizacja {adjective}") or (("nom", "Lokalna Organizacja"),)
    body = f"{dict(forms)['nom']} Metropolia {city.form('nom')}"
    text = f"Badania prowadzą Miejskie Biuro Rozwoju i {body}."
    return UnionCase(f"Metropolia {city.form('nom')}", text)


def no_area_as_a_body(ctx: DocumentContext, case: UnionCase) -> tuple[bool, str]:
    wrong = [b for b in labels_of_bodies(ctx) if b.endswith(case.name) and " " in b]
    wrong = [b for b in wrong if not b.startswith("Lokalna Organizacja")]
    return not wrong, f"no body ending with {case.name!r} (bodies {labels_of_bodies(ctx)})"


def test_the_area_inside_another_bodys_name_heads_none(pages: Pages) -> None:
    results, _ = measured(pages, inside_a_name, no_area_as_a_body)
    assert (
        rate(
            "control: '… Organizacja Turystyczna Metropolia Lublin' -> no '… Metropolia Lublin'",
            results,
        )
        >= NEGATIVE
    )
