"""A town's board that manages things is a body of its own: "Gdański Zarząd Nieruchomości
Komunalnych", "Zarząd Dróg i Zieleni", "Miejski Zarząd Budynków w Rzeszowie" (session 39, from a
miss of jera, opened: "dyrektor Gdańskiego Zarządu Nieruchomości Komunalnych" gave no body, as
"Zarząd" was never a body's head — a body's own board, "Zarząd Fundacji", is none).

names.a_managing_board reads "Zarząd" as a head where the noun after it, in the genitive, names
no body or territory (BODY_HEADS, TOWN_WORDS, BOARDS_OWNERS); "zarząd" joins SEAT_HEADS, so a
municipality's board named by its adjective keeps its town, as "Miejski Ośrodek …" does.
Cases: "Zarząd" with or without a municipality's adjective, one or two SGJP common nouns in the
genitive as what it manages, in every case morfeusz2 generates (relations_templates.
phrase_forms), in sentence templates.
Control: a foundation's, an association's, a voivodeship's or a district's own board followed
by a noun ("Zarząd Fundacji Kolba") is no body named "Zarząd …", as before. (Session 40: a
voivodeship's or a county's board named by its adjective is a body,
test_bodies_self_government_boards.)
Measured on 0a48245: 0.0 % -> 100 %; control 100 % both.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, labels_of_bodies
from tests.relations_templates import (
    drawn_until,
    phrase_forms,
    rate,
    title_noun_genitive,
    title_nouns,
)

SEED = 20261209
COUNT = 120
ADJECTIVES = ("", "Miejski ", "Powiatowy ", "Wojewódzki ", "Gminny ")
OWNERS = ("Fundacji", "Stowarzyszenia", "Województwa", "Dzielnicy", "Związku")
FRAMES = (
    ("nom", "{name} przygotował miejsca noclegowe dla uchodźców."),
    ("gen", "Dyrektor {name} poinformował o nowych miejscach."),
    ("inst", "Miasto współpracuje z {name} przy zakwaterowaniu."),
    ("loc", "O pomocy mówiono w {name} w piątek."),
)


def board(rng: random.Random) -> str | None:
    nouns = [title_noun_genitive(n) for n in rng.sample(title_nouns(), rng.choice((1, 2)))]
    if not all(nouns):
        return None
    return f"{rng.choice(ADJECTIVES)}Zarząd {' i '.join(n for n in nouns if n)}"


def board_case(pages: Pages, rng: random.Random) -> tuple[bool, str] | None:
    label = board(rng)
    case, frame = rng.choice(FRAMES)
    forms = dict(phrase_forms(label) or ()) if label else {}
    if label is None or case not in forms:
        return None
    text = frame.format(name=forms[case])
    bodies = labels_of_bodies(pages.extract(text))
    return label in bodies, f"{text} -> {label}; bodies {bodies}"


def owners_board_case(pages: Pages, rng: random.Random) -> tuple[bool, str] | None:
    noun = rng.choice(title_nouns())
    case, frame = rng.choice(FRAMES)
    forms = dict(phrase_forms("Zarząd") or ())
    if case not in forms:
        return None
    text = frame.format(name=f"{forms[case]} {rng.choice(OWNERS)} {noun}")
    bodies = labels_of_bodies(pages.extract(text))
    boards = [b for b in bodies if b.startswith("Zarząd")]
    return not boards, f"{text} -> no body 'Zarząd …'; bodies {bodies}"


def test_a_board_that_manages_things_is_a_body(pages: Pages) -> None:
    results = drawn_until(lambda rng: board_case(pages, rng), COUNT, SEED)
    assert rate("'Gdański Zarząd Nieruchomości Komunalnych'", results) >= 0.95


def test_control_a_bodys_own_board_is_none(pages: Pages) -> None:
    results = drawn_until(lambda rng: owners_board_case(pages, rng), COUNT, SEED + 1)
    assert rate("control: 'Zarząd Fundacji Kolba' names no board", results) >= 0.98
