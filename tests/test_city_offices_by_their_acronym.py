"""After a department's name, "UM" and a town's first letter is that town's office, where the
page names one town with that letter (session 21, from the opened set lamed: "Magdalena
Pietrusik-Adamska, dyrektorka Wydziału Zdrowia i Spraw Społecznych UMP" on a page about Poznań
was read as a unit of the Union of Polish Metropolises; pipeline.city_offices_by_their_acronym).
The page is about one of the reference's cities (named twice) and names another once, whose
first letter the acronym has (their forms by morfeusz2); departments: "Wydział" and SGJP nouns'
genitives (morfeusz2); people SGJP's.
Control: "UMP" on a page about a town whose first letter is not P (Poznań unnamed) is no office
of Poznań.
Measured on d2b60e3: 10.8 % (the page's own town's letter, read as a bare department of the page's town since d2b60e3); control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects, outcome
from tests.relations_templates import (
    Named,
    capitalise,
    cities,
    form,
    office_of,
    people,
    rate,
    title_nouns,
    w,
)
from ump_kg.extract.context import DocumentContext

SEED = 20261211
CASES = 120


def department(rng: random.Random) -> str:
    while True:
        genitive = form(rng.choice(title_nouns()).lower(), "subst", "sg", "gen")
        if genitive:
            return capitalise(genitive)


def unit_of(ctx: DocumentContext) -> set[str]:
    units = [iri for iri, e in ctx.entities.items() if e.label_pl.startswith("Wydział ")]
    return {str(o) for u in units for o in objects(ctx, u, "unitOf")}


def initial(city: Named) -> str:
    return city.label[:1]


def poznan() -> Named:
    return next(c for c in cities() if c.label == "Poznań")


def case(pages: Pages, rng: random.Random, control: bool) -> tuple[bool, str]:
    # The page is about one town (named twice) and names a guest's town once; the acronym has
    # the guest town's letter. (The control: "UMP" where Poznań is not named at all.)
    host = rng.choice([c for c in cities() if not control or initial(c) != "P"])
    guest = rng.choice([c for c in cities() if initial(c) not in (initial(host), "P" * control)])
    letter = "P" if control else initial(guest)
    person = rng.choice(people())
    role = "dyrektorka" if person.gender == "f" else "dyrektor"
    # ("ze Wrocławia" as "we Wrocławiu")
    whence = "ze" if w(guest).startswith("we ") else "z"
    text = (
        f"Spotkanie odbyło się {w(host)} 12 maja 2023 r. Mieszkańcy {host.form('gen')} i goście "
        f"{whence} {guest.form('gen')} rozmawiali o "
        f"migracjach. – Migracje są faktem – mówi {person.form('nom')}, {role} Wydziału "
        f"{department(rng)} UM{letter}."
    )
    ctx = pages.extract(text, "2023-05-20")
    if control:
        named = office_of(poznan()) in {str(f.o) for f in ctx.facts} | set(ctx.entities)
        return outcome(ctx, not named, text, "no office of Poznań")
    return outcome(ctx, office_of(guest) in unit_of(ctx), text, f"a unit of {office_of(guest)}")


def test_um_and_the_towns_letter_is_its_office(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'dyrektorka Wydziału X UMR' on a page naming Rzeszów once → Urząd Miasta Rzeszowa",
        [case(pages, rng, False) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_another_letter_names_no_office(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "control: 'UMP' where Poznań is not named",
        [case(pages, rng, True) for _ in range(CASES)],
    )
    assert value >= 0.98
