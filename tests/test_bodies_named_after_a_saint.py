"""A body named after a saint without "im." keeps the saint in its name: "Niepubliczna Szkoła
św. Cyryla i Metodego", "Parafia św. Anny", "Szpital bł. Karoliny" (session 39, from a miss of
sowilo, opened: "w Niepublicznej Szkole św. Cyryla i Metodego" gave "Niepubliczna Szkoła").

A saint's or a blessed one's title with its full stop, right after a body's words, and the
patron after it are words of the name, as after "im." (names.phrase_words, SAINTS_TITLES).
Cases: heads of bodies (a parish, a church's school, a hospital, a foundation, a care home) in
every case morfeusz2 generates for them, patrons drawn from SGJP's given names in the genitive
(one, or two joined by "i"), in sentence templates; the patron is no person of the page.
Control: the same bodies named after "im. św.", as before.
Measured on 0a48245: 0.0 % -> 100 %; control 100 % both.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages
from tests.relations_templates import drawn_until, form, name_pools, phrase_forms, rate
from ump_kg.extract.context import DocumentContext

SEED = 20261207
COUNT = 120
NAMES = (
    "Parafia",
    "Niepubliczna Szkoła Podstawowa",
    "Szpital Specjalistyczny",
    "Fundacja",
    "Dom Pomocy Społecznej",
    "Hospicjum",
)
FRAMES = (
    ("nom", "{name} zebrała dary dla uchodźców z Ukrainy."),
    ("gen", "Wolontariusze {name} pomagali na dworcu."),
    ("inst", "Miasto współpracuje z {name} od lat."),
    ("loc", "Zbiórka odbyła się w {name} w niedzielę."),
)


def saint(rng: random.Random) -> str | None:
    """One or two given names of SGJP in the genitive ("Anny", "Cyryla i Metodego")."""
    pool = name_pools()["given-m1"] + name_pools()["given-f"]
    names = []
    for _, lexeme in rng.sample(pool, rng.choice((1, 1, 2))):
        gender = "m1" if lexeme.endswith("m1") else "f"
        genitive = form(lexeme, "subst", "sg", "gen", gender)
        if genitive is None:
            return None
        names.append(genitive)
    return " i ".join(names)


def labels(ctx: DocumentContext) -> set[str]:
    return {e.label_pl for e in ctx.entities.values()}


def saint_case(pages: Pages, rng: random.Random, after_im: bool) -> tuple[bool, str] | None:
    label = rng.choice(NAMES)
    case, frame = rng.choice(FRAMES)
    forms = dict(phrase_forms(label) or ())
    patron = saint(rng)
    if case not in forms or patron is None:
        return None
    tail = f"{'im. ' if after_im else ''}{rng.choice(('św.', 'bł.'))} {patron}"
    text = frame.format(name=f"{forms[case]} {tail}")
    wanted = f"{label} {tail}"
    found = labels(pages.extract(text))
    return wanted in found, f"{text} -> {wanted}; found {sorted(found)}"


def test_a_saint_after_a_bodys_name_is_its_patron(pages: Pages) -> None:
    results = drawn_until(lambda rng: saint_case(pages, rng, False), COUNT, SEED)
    assert rate("'Parafia św. Anny', 'Szkoła św. Cyryla i Metodego'", results) >= 0.95


def test_control_a_saint_after_im(pages: Pages) -> None:
    results = drawn_until(lambda rng: saint_case(pages, rng, True), COUNT, SEED + 1)
    assert rate("control: 'Parafia im. św. Anny'", results) >= 0.95
