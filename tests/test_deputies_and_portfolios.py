"""Deputies and their portfolios (session 18).

1. "wiceprezydent Krakowa ds. społecznych Andrzej Kulig", "zastępczyni prezydenta Gdańska do
   spraw edukacji i usług społecznych Monika Chabior": the portfolio between the city and the
   name; the person is the city's deputy mayor (relations.py PORTFOLIO). Before, no post.
2. "Zastępczyni dyrektora Wydziału <X> Anna Kos" is the director's deputy: a post in the unit
   that is not the director's (relations.py DEPUTY_BEFORE). Before, she was made its director.
Cities are the reference's (genitives from morfeusz2), people SGJP's, portfolios and units
drawn from the lists below. Measured on the commit before: 1. 0 %, 2. 0 %. No set's totals
moved.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, holds, objects, person_iri
from tests.relations_templates import POSITIVE, capitalise, cities, office_of, people, rate
from ump_kg.extract.context import DocumentContext

SEED = 20261206
PORTFOLIOS = (
    "ds. społecznych", "ds. polityki społecznej", "do spraw edukacji", "ds. rozwoju miasta",
    "do spraw edukacji i usług społecznych", "ds. zdrowia, kultury i sportu",
)  # fmt: skip
UNITS = (
    "Wydziału Polityki Społecznej", "Wydziału Spraw Społecznych", "Wydziału Edukacji",
    "Wydziału Zdrowia i Spraw Społecznych", "Departamentu Pomocy i Projektów Społecznych",
)  # fmt: skip


def deputy_mayor_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city, person = rng.choice(cities()), rng.choice(people())
    word = rng.choice(
        ["wiceprezydentka", "zastępczyni prezydenta"]
        if person.gender == "f"
        else ["wiceprezydent", "zastępca prezydenta"]
    )
    text = (
        f"Głos zabrał{person.a} {word} {city.form('gen')} {rng.choice(PORTFOLIOS)} "
        f"{person.nominative}."
    )
    ctx = pages.extract(text)
    ok = holds(ctx, person, office_of(city), "zastepca-prezydenta-miasta")
    return ok, text


def roles_held(ctx: DocumentContext, who: str) -> set[str]:
    return {str(r) for post in objects(ctx, who, "holds") for r in objects(ctx, str(post), "role")}


def deputy_director_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    person, unit = rng.choice(people()), rng.choice(UNITS)
    word = "zastępczyni" if person.gender == "f" else "zastępca"
    head = "dyrektora"
    text = capitalise(f"{word} {head} {unit} {person.nominative} przedstawił{person.a} dane.")
    ctx = pages.extract(text)
    who = person_iri(ctx, person)
    posts = objects(ctx, who, "holds") if who else set()
    in_unit = any(
        ctx.entities[str(o)].label_pl.startswith(unit.split()[0][:6])
        for post in posts
        for o in objects(ctx, str(post), "postIn")
        if str(o) in ctx.entities
    )
    not_director = who is not None and not any("dyrektor" in r for r in roles_held(ctx, who))
    return in_unit and not_director, text


def test_deputy_mayors_with_a_portfolio(pages: Pages) -> None:
    rng = random.Random(SEED)
    results = [deputy_mayor_case(pages, rng) for _ in range(120)]
    assert rate("'wiceprezydent <city> ds. … <name>'", results) >= POSITIVE


def test_deputy_directors_are_not_directors(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    results = [deputy_director_case(pages, rng) for _ in range(120)]
    assert rate("'Zastępczyni dyrektora Wydziału X <name>'", results) >= POSITIVE
