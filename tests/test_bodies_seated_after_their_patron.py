"""A generic body named after a patron keeps the town after the patron as its seat (session 38,
from misses of mann and eolh, opened: "Muzeum Okręgowe im. Leona Wyczółkowskiego w Bydgoszczy"
gave "Muzeum Okręgowe im. Leona Wyczółkowskiego", while "Muzeum Okręgowe w Bydgoszczy" kept
its town: the patron's words were read as words that make the name less generic).

A patron ("im. …") after a body's head and its adjectives makes the name no less generic: the
town after it is the body's seat, as it is without a patron (names.takes_seat). Cases: heads
that take a seat (muzeum, biblioteka, ośrodek, instytut) with an adjective, patrons drawn from
SGJP's given names and surnames in the genitive (tests.relations_templates.people), towns of
the reference in the locative, the name in the nominative (the subject) and the instrumental
(with whom) — not where something happens in it, where a venue keeps no town. Control: the
same bodies without a patron, as before.
Measured on the commit before: 0.0 % -> 100 %; control 100 % both.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages
from tests.relations_templates import POSITIVE, cities, people, phrase_forms, rate, w
from ump_kg.extract.context import DocumentContext

SEED = 20261213
COUNT = 120
NAMES = ("Muzeum Okręgowe", "Biblioteka Miejska", "Ośrodek Kulturalny", "Instytut Regionalny")
FRAMES = (
    ("nom", "{name} zaprasza uchodźców z Ukrainy na bezpłatne zajęcia."),
    ("inst", "Fundacja współpracuje z {name} od początku wojny."),
)


def labels(ctx: DocumentContext) -> set[str]:
    return {e.label_pl for e in ctx.entities.values()}


def seated_case(pages: Pages, rng: random.Random, patron: bool) -> tuple[bool, str] | None:
    label = rng.choice(NAMES)
    case, frame = rng.choice(FRAMES)
    forms = dict(phrase_forms(label) or ())
    if case not in forms:
        return None
    named = f" im. {rng.choice(people()).form('gen')}" if patron else ""
    town = w(rng.choice(cities()))
    text = frame.format(name=f"{forms[case]}{named} {town}")
    wanted = f"{label}{named} {town}"
    found = labels(pages.extract(text))
    return wanted in found, f"{text} -> {wanted}; found {sorted(found)}"


def test_a_patron_and_then_the_seat(pages: Pages) -> None:
    rng = random.Random(SEED)
    results = [r for r in (seated_case(pages, rng, True) for _ in range(COUNT + 20)) if r]
    assert rate("'Muzeum Okręgowe im. Leona Wyczółkowskiego w Bydgoszczy'", results) >= POSITIVE


def test_control_the_seat_without_a_patron(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    results = [r for r in (seated_case(pages, rng, False) for _ in range(COUNT + 20)) if r]
    assert rate("control: 'Muzeum Okręgowe w Bydgoszczy'", results) >= POSITIVE
