"""Refusals of a declaration said the ways Polish press says them (session 16, from probes of
general phrasings of the 2017 declaration's coverage, written after reading no set's misses).

After "W Gdańsku prezydenci miast podpisali Deklarację o współdziałaniu miast Unii Metropolii
Polskich w dziedzinie migracji.":
1. "<City> nie przyłączył(a/o/y) się do deklaracji." — the city did not sign (relations.py
   cities_as_signers: a refusal to join; negated_after).
2. "Prezydent <City, gen.> odmówił podpisania dokumentu." — the city did not sign
   (negated_after: "odmówił podpisania").
3. "Jedynym prezydentem, który nie podpisał deklaracji, był <mayor>." — the mayor did not sign
   (negated_before: NEGATED_RELATIVE_THEN_COPULA); before, he was made a signatory.
4. Control: "<City> przyłączył(a) się do deklaracji." — the city signed.
5. "Sygnatariuszami deklaracji o współdziałaniu w dziedzinie migracji są prezydenci A, B i C." —
   the cities signed (SIGNED: up to ten words of the document's name between the noun and
   its copula; before, three).
Cities are the reference's twelve, their verbs agreeing in the gender and number morfeusz2 gives;
mayors are the reference's. 120 cases each. Measured on 799ebd8: 1. 0 %, 2. 0 %, 3. 0 %,
4. 100 %, 5. 0 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects, outcome
from tests.relations_templates import Named, cities, rate, readings
from tests.test_known_people import mayors

SEED = 20261227
CASES = 120
DECLARATION = "https://w3id.org/ump-kg/id/document/deklaracja-migracyjna-ump-2017"
OPENING = (
    "W Gdańsku prezydenci miast podpisali Deklarację o współdziałaniu miast Unii Metropolii "
    "Polskich w dziedzinie migracji."
)


def joined(city: Named) -> str:
    """'przyłączył' / 'przyłączyła' / 'przyłączyło' / 'przyłączyły', as the city's noun asks."""
    found = [
        parts
        for _, parts, quals in readings(city.label)
        if parts[0] == ["subst"] and "nazwa_geograficzna" in quals
    ]
    number, gender = (found[0][1][0], found[0][3][0]) if found else ("sg", "m3")
    if number == "pl":
        return "przyłączyły"
    return {"f": "przyłączyła", "n": "przyłączyło"}.get(gender, "przyłączył")


def said(ctx: object, prop: str) -> set[str]:
    return {str(o) for o in objects(ctx, DECLARATION, prop)}  # type: ignore[arg-type]


def refusal_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city = rng.choice(cities())
    text = rng.choice(
        (
            f"{city.form('nom')} nie {joined(city)} się do deklaracji.",
            f"Prezydent {city.form('gen')} odmówił podpisania dokumentu.",
        )
    )
    ctx = pages.extract(f"{OPENING} {text}", "2017-07-01")
    ok = city.iri in said(ctx, "nonSignatoryCity") and city.iri not in said(ctx, "signatoryCity")
    return outcome(ctx, ok, text, f"{city.slug} did not sign")


def only_one_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    mayor = rng.choice(mayors())
    name = f"{mayor.given} {mayor.surname}"
    word = "Jedyną prezydentką, która" if mayor.gender == "f" else "Jedynym prezydentem, który"
    verb = "podpisała" if mayor.gender == "f" else "podpisał"
    copula = "była" if mayor.gender == "f" else "był"
    text = f"{word} nie {verb} deklaracji, {copula} {name}."
    ctx = pages.extract(f"{OPENING} {text}", "2017-07-01")
    ok = mayor.iri in said(ctx, "nonSignatory") and mayor.iri not in said(ctx, "signatory")
    return outcome(ctx, ok, text, f"{name} did not sign")


def joined_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city = rng.choice(cities())
    text = f"{city.form('nom')} {joined(city)} się do deklaracji."
    ctx = pages.extract(f"{OPENING} {text}", "2017-07-01")
    ok = city.iri in said(ctx, "signatoryCity") and city.iri not in said(ctx, "nonSignatoryCity")
    return outcome(ctx, ok, text, f"{city.slug} signed")


def test_a_city_that_refused(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'X nie przyłączyły się', 'odmówił podpisania'",
        [refusal_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_the_only_one_who_did_not_sign(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "'Jedynym prezydentem, który nie podpisał …, był X'",
        [only_one_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_control_a_city_that_joined(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    value = rate(
        "control: 'X przyłączył się do deklaracji'", [joined_case(pages, rng) for _ in range(CASES)]
    )
    assert value >= 0.95


def signatories_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    listed = rng.sample(cities(), 3)
    names = f"{listed[0].form('gen')}, {listed[1].form('gen')} i {listed[2].form('gen')}"
    text = (
        f"Sygnatariuszami deklaracji o współdziałaniu w dziedzinie migracji są prezydenci {names}."
    )
    ctx = pages.extract(f"{OPENING} {text}", "2017-07-01")
    ok = {c.iri for c in listed} <= said(ctx, "signatoryCity")
    return outcome(ctx, ok, text, "all three signed")


def test_the_signatories_are(pages: Pages) -> None:
    rng = random.Random(SEED + 3)
    value = rate(
        "'Sygnatariuszami deklaracji … są prezydenci A, B i C'",
        [signatories_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95
