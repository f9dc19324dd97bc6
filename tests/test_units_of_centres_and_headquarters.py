"""A department named with the public body it belongs to, in the genitive, is a unit of that
body when the body is a city's or region's centre ("ośrodek") or a police or fire service's
headquarters ("komenda"), as of an office: "Dział Pieczy Zastępczej Miejskiego Ośrodka Pomocy
Rodzinie", "Wydział Prewencji Komendy Wojewódzkiej Policji we Wrocławiu" are two bodies, the
department and its owner (session 43, from misses of uruz and ansuz, opened: the extractor gave
one body of both names, or put the police's department in a city office). The owner's level
adjective before its head ("Miejskiego", "Regionalnego") is the owner's where it cannot be the
complement's before it. Units and owners are
made up from SGJP nouns in the genitive ("Dział Weturyna Miejskiego Ośrodka Pościeli"), the
owners' heads, adjectives and the units declined by morfeusz2 (a centre's department with a
feminine complement, which no level adjective can agree with); cities are the reference's.
Second case: centres named in the plural as a department's subject ("Dział Nadzoru Ośrodków …")
are no owner. Measured on caa609b: 0.0 % -> 100 %; the plural 84.8 % -> 100 % (the plural was
read before as the owner of a faculty's unit, "Wydział Nadzoru" of "Ośrodki …")."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from tests.relations_pages import Pages, measured
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    adjective,
    cities,
    form,
    noun_lexeme,
    phrase_forms,
    rate,
    title_noun_genitive,
    title_nouns,
    w,
)
from ump_kg.extract.context import DocumentContext

UNIT_HEADS = ("Wydział", "Dział", "Referat", "Sekcja", "Biuro")
# The owner's kind: a level adjective and the head, in the nominative
OWNER_KINDS = (
    "Miejski Ośrodek",
    "Regionalny Ośrodek",
    "Powiatowy Ośrodek",
    "Gminny Ośrodek",
    "Komenda Wojewódzka",
    "Komenda Miejska",
    "Komenda Powiatowa",
    "Komenda Główna",
)
SENTENCES = (
    "Głos zabrał Jan Nowak z {unit} {owner}{seat}.",
    "Pracownicy {unit} {owner}{seat} pomagają rodzinom.",
    "Spotkanie przygotowali przedstawiciele {unit} {owner}{seat}.",
)


@cache
def complements(feminine: bool = False) -> tuple[str, ...]:
    """Capitalised SGJP nouns in the genitive ("Pościeli") that no adjective's form spells
    ("Niepalącego"), for made-up names; `feminine`: of feminine nouns only."""
    nouns = [
        noun
        for noun in title_nouns()[:600]
        if not feminine or noun_lexeme(noun.lower(), "nazwa_pospolita", "f")
    ]
    found = (title_noun_genitive(noun) for noun in nouns)
    return tuple(c for c in found if c and c.isalpha() and not adjective(c.lower()))


@dataclass(frozen=True)
class OwnedCase:
    unit: str
    owner: str
    text: str


def genitive(label: str) -> str | None:
    forms = dict(phrase_forms(label) or ())
    return forms.get("gen")


def owned_case(rng: random.Random) -> OwnedCase | None:
    kind = rng.choice(OWNER_KINDS)
    # (a masculine or neuter complement before "Miejskiego Ośrodka" could take the adjective:
    # "Zakład Rozwoju Regionalnego Wydziału …" is the regional development's; a centre's
    # department is made up with a feminine one)
    first = rng.choice(complements(feminine=kind.endswith("Ośrodek")))
    second = rng.choice(complements())
    unit = f"{rng.choice(UNIT_HEADS)} {first}"
    owner = f"{kind} {second}"
    unit_gen, owner_gen = genitive(unit), genitive(owner)
    if unit_gen is None or owner_gen is None:
        return None
    (city,) = rng.sample(cities(), 1)
    seat = f" {w(city)}" if rng.random() < 0.5 else ""
    text = rng.choice(SENTENCES).format(unit=unit_gen, owner=owner_gen, seat=seat)
    return OwnedCase(unit, owner, text)


def plural_case(rng: random.Random) -> OwnedCase | None:
    second = rng.choice(complements())
    unit = f"{rng.choice(UNIT_HEADS)} Nadzoru"
    centres = form("ośrodek", "subst", "pl", "gen")
    if centres is None:
        return None
    text = f"Pracownicy {genitive(unit) or unit} {centres.capitalize()} {second} pomagają."
    return OwnedCase(unit, f"Ośrodki {second}", text)


def owners_of(ctx: DocumentContext, unit: str) -> set[str]:
    units = {iri for iri, e in ctx.entities.items() if e.label_pl == unit}
    return {
        ctx.entities[f.o].label_pl
        for f in ctx.facts
        if f.p.endswith("unitOf") and f.s in units and f.o in ctx.entities
    }


def a_unit_of_its_owner(ctx: DocumentContext, case: OwnedCase) -> tuple[bool, str]:
    found = owners_of(ctx, case.unit)
    ok = any(label.startswith(case.owner) for label in found)
    return ok, f"{case.unit} unitOf {case.owner} (found {sorted(found)})"


def no_owner_of_plural_centres(ctx: DocumentContext, case: OwnedCase) -> tuple[bool, str]:
    found = {e.label_pl for e in ctx.entities.values()}
    ok = not any(label.startswith("Ośrod") for label in found)
    return ok, f"no body 'Ośrodek …' from {case.text!r} (found {sorted(found)})"


def test_a_department_of_a_centre_or_headquarters_is_its_unit(pages: Pages) -> None:
    results, _ = measured(pages, owned_case, a_unit_of_its_owner)
    assert rate("'Dział X Miejskiego Ośrodka Y' unitOf the centre", results) >= POSITIVE


def test_centres_in_the_plural_are_no_owner(pages: Pages) -> None:
    results, _ = measured(pages, plural_case, no_owner_of_plural_centres)
    assert rate("'Dział Nadzoru Ośrodków X': no centre", results) >= NEGATIVE
