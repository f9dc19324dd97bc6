"""An administrative unit named with its owner's acronym: "Departament Zdrowia UMWP" is the
department, a unit of the body whose acronym ends its name (session 39, from misses of yogh and
wunjo, opened: "Departament Zdrowia UMWP", "Departament Legalności Zatrudnienia GIP" were bodies
with the acronym in their names, owned by nobody, or by the page's only office).

names.acronym_of_the_owner_at ends the unit's name before the acronym (as "Instytut Socjologii
UWr" ended before its university's, tests/test_units_of_universities_by_acronym.py), and
relations.units_of_offices makes the unit a unit of the body the acronym names (an acronym of the
initials of a body the page names in full: pipeline.implicit_acronym_mentions).
Cases: made-up owners "<SGJP adjective> <head> <SGJP noun in the genitive>" named in full in one
sentence, then a unit "<administrative head> <one or two SGJP nouns in the genitive>" with the
owner's initials, in sentence templates.
Control: a society of friends named with the acronym of a body the page names keeps it ("Klub
Seniora PCK" is the club's name, as the golds write it: no administrative unit).
Measured on 0a48245: unit named 21.0 % -> 100 %, owned by the acronym's body 9.5 % -> 98.1 %;
control 100 % both.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, labels_of_bodies, made_or_known, measured, objects
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    Named,
    name_adjectives,
    phrase_forms,
    rate,
    title_noun_genitive,
    title_nouns,
)
from ump_kg.extract.context import DocumentContext

# (masculine heads, their adjective before them as in "Główny Inspektorat Pracy"; a fund's
# acronym names no fund yet: "Departament X NFZ" is left)
OWNER_HEADS = ("Urząd", "Inspektorat", "Zakład")
UNIT_HEADS = ("Departament", "Wydział", "Biuro", "Referat", "Dział")
CLUB_HEADS = ("Stowarzyszenie Przyjaciół", "Towarzystwo Przyjaciół")
TEMPLATES = (
    ("gen", "Na spotkaniu był dyrektor {unit} {acronym}."),
    ("nom", "{unit} {acronym} przygotował materiały dla cudzoziemców."),
    ("inst", "Fundacja współpracuje z {unit} {acronym} od dwóch lat."),
    ("loc", "Szkolenie odbyło się w {unit} {acronym}."),
)


@dataclass(frozen=True)
class Case:
    text: str
    unit: str
    owner: Named | None  # None: the control, whose unit keeps the acronym


def owner_of(rng: random.Random) -> Named | None:
    adjective = rng.choice(name_adjectives()).capitalize()
    noun = title_noun_genitive(rng.choice(title_nouns()[:3000]))
    label = f"{adjective} {rng.choice(OWNER_HEADS)} {noun}"
    forms = phrase_forms(label) if noun else None
    return Named(f"new:{label}", label, forms) if forms else None


def unit_of(rng: random.Random, heads: tuple[str, ...]) -> str | None:
    """A unit's (or a club's) name in the nominative."""
    nouns = [title_noun_genitive(n) for n in rng.sample(title_nouns(), rng.choice((1, 2)))]
    if not all(nouns):
        return None
    return f"{rng.choice(heads)} {' i '.join(n for n in nouns if n)}"


def case_of(rng: random.Random, control: bool) -> Case | None:
    owner = owner_of(rng)
    unit = unit_of(rng, CLUB_HEADS if control else UNIT_HEADS)
    case, template = rng.choice(TEMPLATES)
    forms = dict(phrase_forms(unit) or ()) if unit else {}
    if owner is None or unit is None or case not in forms:
        return None
    acronym = "".join(word[0] for word in owner.label.split())
    opening = f"Urzędnicy spotkali się z przedstawicielami {owner.form('gen')}."
    text = f"{opening} {template.format(unit=forms[case], acronym=acronym)}"
    return Case(text, f"{unit} {acronym}" if control else unit, None if control else owner)


def named_and_owned(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    bodies = labels_of_bodies(ctx)
    if case.owner is None:
        return case.unit in bodies, f"a body {case.unit!r} keeping the acronym (bodies {bodies})"
    unit = next((i for i, e in ctx.entities.items() if e.label_pl == case.unit), None)
    owner = made_or_known(ctx, case.owner)
    owned = unit is not None and owner in {str(o) for o in objects(ctx, unit, "unitOf")}
    return owned, f"{case.unit!r}, a unit of {case.owner.label!r} (bodies {bodies})"


def test_a_units_name_ends_before_its_owners_acronym(pages: Pages) -> None:
    def named(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
        bodies = labels_of_bodies(ctx)
        return case.unit in bodies, f"a body {case.unit!r} (bodies {bodies})"

    results, _ = measured(pages, lambda rng: case_of(rng, False), named)
    assert rate("'Departament Zdrowia UMWP' -> 'Departament Zdrowia'", results) >= POSITIVE


def test_the_unit_belongs_to_the_body_of_the_acronym(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: case_of(rng, False), named_and_owned)
    assert rate("'Departament Zdrowia UMWP' unitOf UMWP's body", results) >= POSITIVE


def test_control_a_clubs_name_keeps_the_acronym(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: case_of(rng, True), named_and_owned)
    assert rate("control: 'Klub Seniora PCK' keeps 'PCK'", results) >= NEGATIVE
