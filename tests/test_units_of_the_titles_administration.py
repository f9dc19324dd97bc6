"""A unit named bare on a page of another administration (session 16: "Wydział Polityki
Społecznej" on a voivode's office's page was made a unit of Kraków's city office).

1. On a page whose title names a voivode's office ("<Region> Urząd Wojewódzki w <city> o …") and
   no city office, "W strukturze Wydziału <X> utworzono nowy oddział." makes Wydział <X> a unit of
   that office (pipeline.py other_administration).
2. Control: the same sentence on a page whose title names the city's office (and whose text
   names the city and a ministry) keeps the unit the city office's.
Regions are the sixteen voivodeships (their adjectives declined by morfeusz2), cities the
reference's twelve, units "Wydział" + an SGJP noun in the genitive. 120 cases each. Measured on
799ebd8: 1. 0 %, 2. 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects, outcome
from tests.relations_templates import (
    capitalise,
    cities,
    form,
    office_of,
    rate,
    readings,
    title_nouns,
    w,
)

SEED = 20261219
CASES = 120
REGIONS = (
    "dolnośląski kujawsko-pomorski lubelski lubuski łódzki małopolski mazowiecki opolski "
    "podkarpacki podlaski pomorski śląski świętokrzyski warmińsko-mazurski wielkopolski "
    "zachodniopomorski"
).split()


def region_office(rng: random.Random) -> tuple[str, str]:
    """("Małopolski Urząd Wojewódzki", "Małopolskiego Urzędu Wojewódzkiego")."""
    region = rng.choice(REGIONS)
    genitive = form(region, "adj", "sg", "gen", "m3") or region

    def upper(word: str) -> str:  # "Warmińsko-Mazurski": each part of a compound
        return "-".join(capitalise(part) for part in word.split("-"))

    return f"{upper(region)} Urząd Wojewódzki", f"{upper(genitive)} Urzędu Wojewódzkiego"


def unit_name(rng: random.Random) -> tuple[str, str] | None:
    noun = rng.choice(title_nouns()[:400])
    found = readings(noun.lower())
    if any(parts[0] == ["adj"] for _, parts, _ in found):
        return None  # ("Totumfacki": a noun that is also an adjective names another unit)
    lexemes = [lex for lex, parts, _ in found if parts[0] == ["subst"]]
    genitive = form(lexemes[0], "subst", "sg", "gen") if lexemes else None
    return (
        (f"Wydział {capitalise(genitive)}", f"Wydziału {capitalise(genitive)}")
        if genitive
        else None
    )


def parents(ctx: object, label: str) -> set[str]:
    return {
        str(o)
        for iri, e in ctx.entities.items()  # type: ignore[attr-defined]
        if e.label_pl == label
        for o in objects(ctx, iri, "unitOf")  # type: ignore[arg-type]
    }


def region_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    unit = None
    while unit is None:
        unit = unit_name(rng)
    office, office_gen = region_office(rng)
    city = rng.choice(cities())
    title = f"{office} {w(city)} o projekcie"
    text = f"Odpowiedź {office_gen} {w(city)}. W strukturze {unit[1]} utworzono nowy oddział."
    ctx = pages.extract_titled(f"# {title}\n\n{text}", title)
    labels = {e.label_pl for iri, e in ctx.entities.items() if iri in parents(ctx, unit[0])}
    return outcome(ctx, f"{office} {w(city)}" in labels, text, f"{unit[0]} of {office}")


def city_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    unit = None
    while unit is None:
        unit = unit_name(rng)
    city = rng.choice(cities())
    title = f"Urząd Miasta {city.form('gen')} o projekcie"
    text = (
        f"{capitalise(w(city))} projekt wspiera Ministerstwo Spraw Wewnętrznych i Administracji. "
        f"W strukturze {unit[1]} utworzono nowy oddział."
    )
    ctx = pages.extract_titled(f"# {title}\n\n{text}", title)
    return outcome(ctx, office_of(city) in parents(ctx, unit[0]), text, "the city office's unit")


def test_a_unit_of_the_administration_the_title_names(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate("a voivode's office's page", [region_case(pages, rng) for _ in range(CASES)])
    assert value >= 0.95


def test_control_the_city_offices_page(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate("control: the city office's page", [city_case(pages, rng) for _ in range(CASES)])
    assert value >= 0.95
