"""A department named bare ("Wydział Oświaty", "Wydziału Rozwoju Miasta i Współpracy
Międzynarodowej") on a page about a city is a unit of that city's office, though the page names
neither the office nor is published by it (session 21, from the opened set lamed: the Union's
news of a Team meeting in Poznań, "Z przedstawicielką Wydziału Oświaty członkowie Zespołu
rozmawiali …"; pipeline.place_the_unplaced). Before, only a page that named the office or that
the office published placed its bare units.
The city: one of the reference's, named twice (in the locative and the genitive, morfeusz2's
forms); the department: "Wydział" and an SGJP noun's genitive (morfeusz2), in the genitive after
a word for its people.
Control: a bare "Biuro …" on the same page (the Union has an office of its own, "Biuro UMP")
stays unplaced, as before.
Measured on 2cd4bcc: 0 %; control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects, outcome
from tests.relations_templates import capitalise, cities, form, office_of, rate, title_nouns, w
from ump_kg.extract.context import DocumentContext

SEED = 20261210
CASES = 120


def matter(rng: random.Random) -> str:
    """What a department deals with, in the genitive: "Oświaty", "Rozwoju Miasta"."""
    while True:
        noun = rng.choice(title_nouns()).lower()
        genitive = form(noun, "subst", "sg", "gen")
        if genitive:
            return capitalise(genitive)


def unit_named(ctx: DocumentContext, head: str) -> str | None:
    return next((iri for iri, e in ctx.entities.items() if e.label_pl.startswith(head + " ")), None)


def case(pages: Pages, rng: random.Random, head: str) -> tuple[bool, str]:
    city = rng.choice(cities())
    office = office_of(city)
    unit = f"{head} {matter(rng)}"
    genitive = ("Wydziału " if head == "Wydział" else "Biura ") + unit.split(" ", 1)[1]
    text = (
        f"Członkowie Zespołu spotkali się {w(city)} 12 maja 2023 r. "
        f"Z przedstawicielką {genitive} rozmawiali o szkołach. "
        f"Mieszkańcy {city.form('gen')} chwalili spotkanie."
    )
    ctx = pages.extract(text, "2023-05-20")
    iri = unit_named(ctx, head)
    placed = iri is not None and office in {str(o) for o in objects(ctx, iri, "unitOf")}
    if head == "Biuro":
        return outcome(ctx, not placed, text, f"«{unit}» not the office's")
    return outcome(ctx, placed, text, f"«{unit}» a unit of {office}")


def test_a_bare_department_is_the_page_citys(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'Z przedstawicielką Wydziału X' on a page about Poznań → a unit of its office",
        [case(pages, rng, "Wydział") for _ in range(CASES)],
    )
    assert value >= 0.95


def test_a_bare_bureau_stays_unplaced(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "control: 'Biuro X' on the same page",
        [case(pages, rng, "Biuro") for _ in range(CASES)],
    )
    assert value >= 0.98
