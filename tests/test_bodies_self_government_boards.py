"""A self-government's executive board is a body: "Zarząd Województwa Pomorskiego", "Zarząd
Powiatu Kartuskiego", "Zarząd Górnośląsko-Zagłębiowskiej Metropolii" (session 40, from a miss of
ingwaz, opened: "Zarząd Województwa Pomorskiego przyjął uchwałą …" gave no body; every opened
gold that names such a board, eight pages in seven sets, records it as an organisation).

names.a_managing_board reads "Zarząd" as a head where the words after it name a voivodeship,
a county or a metropolis by its kind and an adjective, in the genitive
(names.self_governments_board). Cases: adjectives drawn from SGJP (one, or a compound "X-o-Y")
after "Województwa"/"Powiatu", or before "Metropolii", with "Zarząd" in every case morfeusz2
generates (relations_templates.phrase_forms), in sentence templates.
Control: another body's own board named with an adjective ("Zarząd Stowarzyszenia
Sąsiedzkiego", "Zarząd Fundacji Miejskiej") is no body named "Zarząd …", as before.
Measured on 52a73db: 0.0 % -> 100 %; control 100 % both.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, labels_of_bodies
from tests.relations_templates import (
    adjective_form,
    capitalise,
    drawn_until,
    name_adjectives,
    phrase_forms,
    rate,
)

SEED = 20261210
COUNT = 120
KINDS = (("Województwa", "n"), ("Powiatu", "m3"), ("Metropolii", "f"))
OWNERS = (("Stowarzyszenia", "n"), ("Fundacji", "f"), ("Związku", "m3"))
FRAMES = (
    ("nom", "{name} przyjął program integracji cudzoziemców."),
    ("gen", "Członkini {name} otworzyła spotkanie."),
    ("inst", "Organizacje rozmawiały z {name} o migrantach."),
    ("loc", "O planie mówiono na posiedzeniu w {name} w piątek."),
)


def adjective_of(rng: random.Random, gender: str) -> str | None:
    """A capitalised adjective in the genitive, or a compound one ("Kujawsko-Pomorskiego")."""
    last = adjective_form(rng.choice(name_adjectives()), "sg", "gen", gender)
    if last is None:
        return None
    if rng.random() < 0.3:
        first = rng.choice(name_adjectives())
        if first.endswith("ski") or first.endswith("cki"):
            return f"{capitalise(first[:-1] + 'o')}-{capitalise(last)}"
    return capitalise(last)


def board_case(
    pages: Pages, rng: random.Random, owners: tuple[tuple[str, str], ...]
) -> tuple[bool, str] | None:
    kind, gender = rng.choice(owners)
    adjective = adjective_of(rng, gender)
    case, frame = rng.choice(FRAMES)
    forms = dict(phrase_forms("Zarząd") or ())
    if adjective is None or case not in forms:
        return None
    after = f"{adjective} {kind}" if kind == "Metropolii" else f"{kind} {adjective}"
    text = frame.format(name=f"{forms[case]} {after}")
    bodies = labels_of_bodies(pages.extract(text))
    if owners is OWNERS:
        boards = [b for b in bodies if b.startswith("Zarząd")]
        return not boards, f"{text} -> no body 'Zarząd …'; bodies {bodies}"
    label = f"Zarząd {after}"
    return label in bodies, f"{text} -> {label}; bodies {bodies}"


def test_a_self_governments_board_is_a_body(pages: Pages) -> None:
    results = drawn_until(lambda rng: board_case(pages, rng, KINDS), COUNT, SEED)
    assert rate("'Zarząd Województwa Pomorskiego'", results) >= 0.95


def test_control_another_bodys_board_is_none(pages: Pages) -> None:
    results = drawn_until(lambda rng: board_case(pages, rng, OWNERS), COUNT, SEED + 1)
    assert rate("control: 'Zarząd Stowarzyszenia Sąsiedzkiego' names no board", results) >= 0.98
