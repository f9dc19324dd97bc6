"""The mayor's officers and where people work (session 14, from probes of general phrasings).

1. "<Role, instrumental> prezydenta <City, genitive> ds. <field> jest <Name>" and "<Name> jest
   <role, instrumental> prezydenta <City, genitive> ds. <field>": a post in the city's office
   (relations.py posts_by_copula with offices_of_mayors_named and BECAME). Roles: pełnomocnik,
   doradca, rzecznik, koordynator (the feminine form for a woman), generated in the
   instrumental by morfeusz2; people from tests/relations_templates.people (SGJP names of both
   sexes); the member cities in the genitive from morfeusz2.
2. "<Name> pracuje w <Body, locative>", "na co dzień pracuje w", "jest zatrudniona w": the person
   is a member of the body (relations.py AFFILIATION_GAP); bodies are the reference's
   (phrase_forms).
3. "dyrektor Wydziału <X> UM <City, genitive> <Name>": the unit is the office's ("UM Łodzi",
   gazetteer office_names; relations.py units_of_offices).
Negative control: "<Name> spotkał(a) się z pełnomocnikiem prezydenta <City, gen>" gives the
person no post.

120 cases each (seeded draws). Measured on fa375d3: 1. 0%, 2. 0%, 3. 0%; now 100% each; the
control 100% on both.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, labelled, objects, outcome
from tests.relations_templates import (
    Person,
    cities,
    form,
    office_of,
    organisations,
    people,
    rate,
)
from ump_kg.extract.context import DocumentContext

SEED = 20261205
CASES = 120
ROLES = {"m1": ("pełnomocnik", "doradca", "rzecznik", "koordynator"),
         "f": ("pełnomocniczka", "doradczyni", "rzeczniczka", "koordynatorka")}  # fmt: skip
FIELDS = ("cudzoziemców", "migracji", "integracji", "społeczności ukraińskiej")
UNITS = ("Polityki Społecznej", "Edukacji", "Kultury", "Zdrowia i Spraw Społecznych")


def posts_in(ctx: DocumentContext, person: Person) -> set[object]:
    """The bodies of the posts the person the page labels with the name holds."""
    return {
        o
        for iri in labelled(ctx, person.nominative)
        for post in objects(ctx, iri, "holds")
        for o in objects(ctx, str(post), "postIn")
    }


def member_of(ctx: DocumentContext, person: Person) -> set[object]:
    return {o for iri in labelled(ctx, person.nominative) for o in objects(ctx, iri, "memberOf")}


def role_instrumental(rng: random.Random, person: Person) -> str:
    role = rng.choice(ROLES[person.gender])
    generated = form(role, "subst", "sg", "inst")
    assert generated is not None, role
    return generated


def officer_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    person, city = rng.choice(people()), rng.choice(cities())
    role = role_instrumental(rng, person)
    field = rng.choice(FIELDS)
    if rng.random() < 0.5:
        body = f"{role.capitalize()} prezydenta {city.form('gen')} ds. {field} jest {person.nominative}."
    else:
        body = f"{person.nominative} jest {role} prezydenta {city.form('gen')} ds. {field}."
    ctx = pages.extract(body)
    return outcome(
        ctx, office_of(city) in posts_in(ctx, person), body, f"a post in {office_of(city)}"
    )


def works_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    person = rng.choice(people())
    body_named = rng.choice([o for o in organisations() if "/organisation/" in o.iri])
    verb = rng.choice(
        (
            "pracuje w",
            "na co dzień pracuje w",
            "jest zatrudniona w" if person.gender == "f" else "jest zatrudniony w",
        )
    )
    text = f"{person.nominative} {verb} {body_named.form('loc')}."
    ctx = pages.extract(text)
    return outcome(
        ctx, body_named.iri in member_of(ctx, person), text, f"memberOf {body_named.iri}"
    )


def unit_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    person, city = rng.choice(people()), rng.choice(cities())
    spoke = "zabrała" if person.gender == "f" else "zabrał"
    text = (
        f"Głos {spoke} dyrektor Wydziału {rng.choice(UNITS)} UM {city.form('gen')} "
        f"{person.nominative}."
    )
    ctx = pages.extract(text)
    units = {i for i, e in ctx.entities.items() if e.label_pl.startswith("Wydział ")}
    ok = any(office_of(city) in objects(ctx, u, "unitOf") for u in units)
    return outcome(ctx, ok, text, f"a unit of {office_of(city)}")


def control_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    person, city = rng.choice(people()), rng.choice(cities())
    met = "spotkała" if person.gender == "f" else "spotkał"
    text = f"{person.nominative} {met} się z pełnomocnikiem prezydenta {city.form('gen')}."
    ctx = pages.extract(text)
    return outcome(ctx, not posts_in(ctx, person), text, "no post")


def test_an_officer_of_the_mayor_holds_a_post_in_the_office(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'Pełnomocnikiem prezydenta X ds. … jest N' / 'N jest …'",
        [officer_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98


def test_who_works_in_a_body_is_its_member(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate("'N pracuje w <Body loc>'", [works_case(pages, rng) for _ in range(CASES)])
    assert value >= 0.98


def test_a_unit_of_um_city_is_the_offices(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    value = rate(
        "'dyrektor Wydziału X UM <City gen> N'", [unit_case(pages, rng) for _ in range(CASES)]
    )
    assert value >= 0.98


def test_negative_meeting_an_officer_is_no_post(pages: Pages) -> None:
    rng = random.Random(SEED + 3)
    value = rate(
        "negative: 'N spotkał się z pełnomocnikiem prezydenta X'",
        [control_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
