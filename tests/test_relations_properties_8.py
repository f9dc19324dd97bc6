"""Rules of commits 2b8a312, 14c8ec9 and 3b44433, on generated sentences (rates with `-s`):

- member cities of an association of cities: in brackets after its name, after "miast <name>:"
  and after "do której należą" / "w skład … wchodzą" / "<name> members"; not after another
  body's members ("Eurocities' Polish members include …");
- a list of places after a label ("Miasta partnerskie: A, B i C"), towns drawn from SGJP;
- projects named in capitals ("<CAPS NAME> (2019–2021) – projekt …", "Projekt <CAPS NAME>");
- a city after a new body in one bracket is the body's seat, not a city taking part.

Cities come from the reference data, towns and title words from SGJP (tests/relations_templates.py,
tests/test_lists_generated.py); nothing is copied from a corpus page.
"""

from __future__ import annotations

import random
from pathlib import Path

from tests.relations_pages import Pages, objects, outcome
from tests.relations_templates import (
    COUNT,
    NEGATIVE,
    POSITIVE,
    cases,
    cities,
    draw,
    listed,
    rate,
)
from tests.test_lists_generated import draw_towns, localities
from ump_kg.extract.context import DocumentContext

UMP_IRI = "https://w3id.org/ump-kg/id/organisation/ump"
UMP_NAMES = {
    "nom": ("Unia Metropolii Polskich", "UMP"),
    "gen": ("Unii Metropolii Polskich", "UMP"),
}


def members(ctx: DocumentContext) -> set[str]:
    return {
        f.s.rsplit("/", 1)[-1] for f in ctx.facts if f.p.endswith("memberOf") and f.o == UMP_IRI
    }


MEMBERSHIP = (
    "{nom} ({cities_nom}) przyjęła stanowisko w sprawie migracji.",
    "{nom}, do której należą {cities_nom}, działa od 1990 r.",
    "W skład {gen} wchodzą {cities_nom}.",
    "W spotkaniu wzięli udział przedstawiciele miast {gen}: {cities_gen}.",
    "UMP members {cities_nom} met in Brussels.",
)


def membership_case(rng: random.Random) -> tuple[str, set[str]] | None:
    chosen = draw(rng, cities(), rng.choice((2, 3, 4)))
    template = rng.choice(MEMBERSHIP)
    text = template.format(
        nom=rng.choice(UMP_NAMES["nom"]),
        gen=rng.choice(UMP_NAMES["gen"]),
        cities_nom=listed([c.form("nom") for c in chosen]),
        cities_gen=listed([c.form("gen") for c in chosen]),
    )
    return text, {c.slug for c in chosen}


def test_member_cities_of_an_association_named_with_them(tmp_path: Path) -> None:
    pages, results = Pages(tmp_path), []
    for text, want in cases(membership_case, COUNT):
        ctx = pages.extract(text)
        results.append(outcome(ctx, want <= members(ctx), text, f"members {sorted(want)}"))
    assert rate("member cities named with their association", results) >= POSITIVE


def other_members_case(rng: random.Random) -> tuple[str, set[str]] | None:
    chosen = draw(rng, cities(), 3)
    text = (
        f"Unia Metropolii Polskich współpracuje z siecią Eurocities. Polscy członkowie "
        f"Eurocities to {listed([c.form('nom') for c in chosen])}; ich przedstawiciele należą "
        f"do grup roboczych sieci."
    )
    return text, set()


def test_members_of_another_body_are_not_the_associations(tmp_path: Path) -> None:
    pages, results = Pages(tmp_path), []
    for text, _ in cases(other_members_case, COUNT):
        ctx = pages.extract(text)
        found = members(ctx)
        results.append(outcome(ctx, not found, text, f"no member of UMP, found {sorted(found)}"))
    assert rate("negative: another body's members", results) >= NEGATIVE


LABELS = (
    "Miasta partnerskie",
    "Miasta członkowskie sieci",
    "Gminy uczestniczące",
    "Partner cities",
)


def test_a_list_of_places_after_a_label(tmp_path: Path) -> None:
    pages, rng, results = Pages(tmp_path), random.Random(20261203), []
    for _ in range(COUNT):
        drawn = [lemma for lemma, _ in draw_towns(rng, 3)]
        text = f"- {rng.choice(LABELS)}: {drawn[0]}, {drawn[1]} i {drawn[2]}."
        ctx = pages.extract(text)
        ok = set(drawn) <= localities(ctx)
        results.append(outcome(ctx, ok, text, f"localities {drawn}"))
    assert rate("a list of places after a label", results) >= POSITIVE


LETTERS = "ABCDEGIKLMNOPRSTUW"


def caps_name(rng: random.Random) -> str:
    return " ".join(
        "".join(rng.choice(LETTERS) for _ in range(rng.randrange(3, 8)))
        for _ in range(rng.randrange(2, 4))
    )


def test_a_project_named_in_capitals(tmp_path: Path) -> None:
    pages, rng, results = Pages(tmp_path), random.Random(20261204), []
    for index in range(COUNT):
        name = caps_name(rng)
        years = f"({rng.randrange(2015, 2020)}–{rng.randrange(2020, 2024)}) "
        text = (
            f"{name} {years if index % 2 else ''}– projekt sieci miast, "
            f"finansowany przez Komisję Europejską."
            if index % 3
            else f"Projekt {name} koordynowała Fundacja Ocalenie."
        )
        ctx = pages.extract(text)
        found = {e.label_pl for e in ctx.entities.values() if e.cls.endswith("Project")}
        results.append(outcome(ctx, name in found, text, f"project {name}"))
    assert rate("a project named in capitals", results) >= POSITIVE


def seat_case(rng: random.Random) -> tuple[str, str] | None:
    city, host = draw(rng, cities(), 2)
    noun = rng.choice(("Badań", "Wsparcia", "Dialogu", "Rozwoju"))
    body = f"Fundacja {noun} {rng.choice(('Lokalnego', 'Społecznego', 'Obywatelskiego'))}"
    text = (
        f"W posiedzeniu Zespołu UMP ds. Migracji i Integracji {host.form('loc')} "
        f"uczestniczyła Anna Kowalska ({body}, {city.form('nom')})."
    ).replace(host.form("loc"), f"w {host.form('loc')}", 1)
    return text, city.iri


def test_a_city_after_a_body_in_one_bracket_is_its_seat(tmp_path: Path) -> None:
    pages, results = Pages(tmp_path), []
    for text, city in cases(seat_case, COUNT):
        ctx = pages.extract(text, published="2024-12-31")
        taking_part = {str(o) for e in ctx.events for o in objects(ctx, e.iri, "participatingCity")}
        seats = {str(f.o) for f in ctx.facts if f.p.endswith("inCity") and "/organisation/" in f.s}
        ok = city not in taking_part and city in seats
        results.append(outcome(ctx, ok, text, "the city is the body's seat, not taking part"))
    assert rate("a city after a body in one bracket", results) >= POSITIVE
