"""A body's "ds." complement ends before "to" as the copula (session 44, from a miss of ansuz,
opened in session 43: "Gdańska Rada ds. Równego Traktowania to ciało doradczo-monitorujące"
gave a body "Rada ds. Równego Traktowania to": SGJP also reads "to" as a noun, which the gerund
"Traktowania" could govern).

Cases: a head (rada, zespół, komisja, biuro, komitet, in the nominative), "ds." and a
gerund in the genitive that morfeusz2 generates from a verb (affirmative), capitalised or not,
with a noun in the genitive after it or none; then "to" and what the body is. → the name
without "to". 120 cases.
Control: the same names before a verb ("… ds. wspierania integracji przyjął plan") end before
it, and a complement's own genitive after the gerund stays ("ds. przeciwdziałania
dyskryminacji"). 120 cases.
Measured on 8014756 (before the rule): 78.3 % ("to" joined a complement the gerund ends: "ds.
Równego Traktowania to"); now 100 %. The control 100 % before and after.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, labels_of_bodies, outcome
from tests.relations_templates import generated, rate

SEED = 20261207
CASES = 120
HEADS = ("Rada", "Zespół", "Komisja", "Biuro", "Komitet")
VERBS = ("traktować", "wspierać", "przeciwdziałać", "monitorować", "koordynować", "rozwijać",
         "upowszechniać", "integrować", "obsługiwać", "aktywizować")  # fmt: skip
OBJECTS = ("imigrantów", "cudzoziemców", "dyskryminacji", "integracji", "mieszkańców", "")
WHAT_IT_IS = ("ciało doradcze prezydenta", "nowa komórka urzędu", "zespół ekspertów")


def gerund_genitive(verb: str) -> str:
    """The affirmative gerund's genitive singular ("traktowania")."""
    return next(
        orth
        for orth, parts in generated(verb)
        if parts[0] == ("ger",) and "sg" in parts[1] and "gen" in parts[2] and "aff" in parts[-1]
    )


def a_name(rng: random.Random) -> str:
    gerund = gerund_genitive(rng.choice(VERBS))
    words = [gerund, rng.choice(OBJECTS)]
    if rng.random() < 0.5:
        words = [w.capitalize() for w in words]
    return f"{rng.choice(HEADS)} ds. {' '.join(w for w in words if w)}"


def before_the_copula(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    name = a_name(rng)
    text = f"{name} to {rng.choice(WHAT_IT_IS)}."
    ctx = pages.extract(text)
    return outcome(ctx, name in labels_of_bodies(ctx), text, name)


def before_a_verb(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    name = a_name(rng)
    text = f"{name} przyjął w piątek plan działań."
    ctx = pages.extract(text)
    return outcome(ctx, name in labels_of_bodies(ctx), text, name)


def test_a_complement_ends_before_the_copula(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'Rada ds. Równego Traktowania to ciało …' → without 'to'",
        [before_the_copula(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_a_complement_before_a_verb_stays(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "control: '… ds. wspierania integracji przyjął plan' → the name",
        [before_a_verb(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
