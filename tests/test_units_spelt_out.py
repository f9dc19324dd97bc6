"""A unit named with its organisation's acronym — "z Biura UMP", "Dyrektor Sekretariatu IOM" —
is labelled as a register names it, the organisation spelt out in the genitive ("Biuro Unii
Metropolii Polskich"), as the reference names the Board "Zarząd Unii Metropolii Polskich"; the
same unit named in full on the page ("w Biurze Unii Metropolii Polskich") is the same unit.
Heads are the unit heads in every singular case (morfeusz2), organisations the reference's
with an acronym (UMP, IOM, UNHCR; genitives by morfeusz2; "Biuro IOM" is IOM's office in
Poland, a reference unit, so offices are drawn of the Union only)."""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects
from tests.relations_templates import CASES, form, rate
from ump_kg.language.morphology import case_form

ID = "https://w3id.org/ump-kg/id/organisation/"
ORGANISATIONS = (
    ("UMP", "Unia Metropolii Polskich", "ump"),
    ("IOM", "Międzynarodowa Organizacja ds. Migracji", "iom"),
    ("UNHCR", "Biuro Wysokiego Komisarza Narodów Zjednoczonych ds. Uchodźców", "unhcr"),
)
HEADS = ("biuro", "sekretariat", "departament", "dział", "wydział")
# (an international organisation's "Biuro" is its office in the country: the reference's unit)
OFFICE_HEADS = ("biuro",)
FRAMES = {
    "nom": "{U} przygotował(o) raport o cudzoziemcach.",
    "gen": "Spotkanie prowadziła Anna Nowak z {U}.",
    "dat": "Podziękowania złożono {U} za pomoc.",
    "acc": "Miasto poprosiło {U} o dane.",
    "inst": "Miasto współpracuje z {U} od lat.",
    "loc": "O {U} mówiono na posiedzeniu.",
}


def cases() -> list[tuple[str, str, str, str]]:
    """(text, the spelt-out label, parent slug, the full name's text) for every head and case."""
    rng = random.Random(20261207)
    found = []
    for head in HEADS:
        for case in CASES * 4:
            choices = ORGANISATIONS[:1] if head in OFFICE_HEADS else ORGANISATIONS
            acronym, full, parent = rng.choice(choices)
            declined = (form(head, "subst", "sg", case) or head).capitalize()
            label = f"{head.capitalize()} {case_form(full, 'gen')}"
            text = FRAMES[case].format(U=f"{declined} {acronym}").replace("(o)", "")
            found.append((text, label, parent, f"{declined} {case_form(full, 'gen')}"))
    return found


def test_a_unit_named_with_an_acronym_is_spelt_out(pages: Pages) -> None:
    results = []
    for text, label, parent, _ in cases():
        ctx = pages.extract(text)
        units = [(i, e.label_pl) for i, e in ctx.entities.items() if e.cls.endswith("Unit")]
        ok = (
            len(units) == 1
            and units[0][1] == label
            and ID + parent in objects(ctx, units[0][0], "unitOf")
        )
        results.append((ok, f"{label} unit of {parent} in {text!r}: {units}"))
    assert rate("'z Biura UMP' -> Biuro Unii Metropolii Polskich", results) >= 0.95


def test_the_unit_named_both_ways_is_one(pages: Pages) -> None:
    results = []
    for text, label, _, full in cases():
        body = f"{text}\n\nDane przekazało też {full}."
        ctx = pages.extract(body)
        units = {i for i, e in ctx.entities.items() if e.cls.endswith("Unit")}
        results.append((len(units) == 1, f"one unit {label} in {body!r}: {units}"))
    assert rate("'Biura UMP' + 'Biuro Unii Metropolii Polskich' -> one unit", results) >= 0.95
