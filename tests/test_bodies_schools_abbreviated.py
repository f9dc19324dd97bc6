"""Schools written by their abbreviation and number are the schools of the full name (session 38,
from misses of beorc, opened: "Anny Listewnik, dyrektorki SP nr 57" gave no school, and
"dyrektorka SP nr 16 w Gdańsku" gave a post in the city's office).

"SP", "ZS", "ZSO", "ZSZ", "ZSP", "PPP", "SOSW" or "LO" before a number (with "nr" or without),
and "LO" after a Roman ordinal, name the school in full (names.abbreviated_schools); a person in
apposition before it holds a post in the school. Cases: every abbreviation, numbers 1-99,
Roman ordinals 1-39, people of SGJP's names with a director's post of their gender, with a town
of the reference after the school or none. Control: an abbreviation with no number names no
school. A numbered school the page also names with its patron is that one ("Szkoła Podstawowa
nr 16 im. Władysława Broniewskiego" … "SP nr 16": names.names_same_body; the first version made
two bodies of them on beorc, opened).
Measured on the commit before: 0.0 % -> 100 %, with its patron 0.0 % -> 100 %; control 100 %
both.
"""

from __future__ import annotations

import random

from tests.pages_templates import organisation_iri
from tests.relations_pages import Pages, holds
from tests.relations_templates import NEGATIVE, POSITIVE, cities, form, people, rate, w
from tests.test_bodies_numbered_by_an_ordinal import roman
from ump_kg.extract.context import DocumentContext

# (as Polish school registers and pages abbreviate them; written here, not read from the rule)
SCHOOL_ABBREVIATIONS = {
    "SP": "Szkoła Podstawowa",
    "ZS": "Zespół Szkół",
    "ZSO": "Zespół Szkół Ogólnokształcących",
    "ZSZ": "Zespół Szkół Zawodowych",
    "ZSP": "Zespół Szkolno-Przedszkolny",
    "PPP": "Poradnia Psychologiczno-Pedagogiczna",
    "SOSW": "Specjalny Ośrodek Szkolno-Wychowawczy",
    "LO": "Liceum Ogólnokształcące",
}
SEED = 20261212
COUNT = 120


def labels(ctx: DocumentContext) -> set[str]:
    return {e.label_pl for e in ctx.entities.values()}


def school(rng: random.Random) -> tuple[str, str]:
    """(as written, the full name)."""
    if rng.random() < 0.2:
        ordinal = roman(rng.randint(1, 39))
        return f"{ordinal} LO", f"{ordinal} Liceum Ogólnokształcące"
    abbreviation = rng.choice(sorted(SCHOOL_ABBREVIATIONS))
    number = rng.randint(1, 99)
    written = f"{abbreviation}{rng.choice((' nr', ' nr', ''))} {number}"
    return written, f"{SCHOOL_ABBREVIATIONS[abbreviation]} nr {number}"


def abbreviated_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    written, full = school(rng)
    person = rng.choice(people())
    director = "dyrektorka" if person.gender == "f" else "dyrektor"
    town = f" {w(rng.choice(cities()))}" if rng.random() < 0.5 else ""
    text = rng.choice(
        (
            f"Na forum mówił{'a' if person.gender == 'f' else ''} {person.nominative}, "
            f"{director} {written}{town}.",
            f"Zajęcia dla dzieci z Ukrainy prowadzi {written}{town}.",
        )
    )
    ctx = pages.extract(text)
    ok = full in labels(ctx)
    if ok and "forum" in text:
        ok = holds(ctx, person, organisation_iri(full))
    return ok, f"{text} -> {full}; found {sorted(labels(ctx))}"


def unnumbered_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    abbreviation = rng.choice(sorted(SCHOOL_ABBREVIATIONS))
    text = f"Projekt wspiera {abbreviation} oraz inne szkoły {w(rng.choice(cities()))}."
    made = sorted(x for x in labels(pages.extract(text)) if x in SCHOOL_ABBREVIATIONS.values())
    return not made, f"{text} -> no school; found {made}"


def test_a_school_by_its_abbreviation(pages: Pages) -> None:
    rng = random.Random(SEED)
    results = [abbreviated_case(pages, rng) for _ in range(COUNT)]
    assert rate("'dyrektorka SP nr 57' -> 'Szkoła Podstawowa nr 57'", results) >= POSITIVE


def test_control_an_abbreviation_with_no_number(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    results = [unnumbered_case(pages, rng) for _ in range(COUNT)]
    assert rate("control: 'Projekt wspiera SP oraz …'", results) >= NEGATIVE


def patron_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    """'… w Szkole Podstawowej nr 16 im. Jana Kowalskiego … dyrektorka SP nr 16': one school."""
    number = rng.randint(1, 99)
    patron = rng.choice(people())
    full = f"Szkoła Podstawowa nr {number} im. {patron.form('gen')}"
    person = rng.choice([p for p in people() if p is not patron])
    director = "dyrektorka" if person.gender == "f" else "dyrektor"
    school_loc = form("szkoła", "subst", "sg", "loc") or "szkole"
    text = (
        f"Forum odbyło się w {school_loc.capitalize()} Podstawowej nr {number} im. "
        f"{patron.form('gen')}. Gości powitał{'a' if person.gender == 'f' else ''} "
        f"{person.nominative}, {director} SP nr {number}."
    )
    ctx = pages.extract(text)
    found = labels(ctx)
    ok = f"Szkoła Podstawowa nr {number}" not in found and holds(
        ctx, person, organisation_iri(full)
    )
    return ok, f"{text} -> one school, {full}; found {sorted(found)}"


def test_a_school_by_its_abbreviation_and_with_its_patron(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    results = [patron_case(pages, rng) for _ in range(COUNT)]
    assert rate("'Szkoła Podstawowa nr 16 im. X' … 'SP nr 16'", results) >= POSITIVE
