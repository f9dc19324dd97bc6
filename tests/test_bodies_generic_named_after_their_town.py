"""A body of a generic name whose town the sentence says just before it is named with that town,
as when the town follows it (session 36, from misses of feoh and ur, opened: "Fundacja ADRA
Polska oficjalnie otworzyła w Katowicach Centrum Integracyjne dla Cudzoziemców (CIC)" and
"uruchomiła w Bydgoszczy, przy ul. Dworcowej 57, Centrum Integracyjne dla Cudzoziemców" gave
"Centrum Integracyjne dla Cudzoziemców", one body for both towns; a register writes
"Centrum Integracyjne dla Cudzoziemców w Katowicach").

A name made of a head and adjectives only, maybe with whom it serves ("dla Cudzoziemców"),
names no body without its town (names.takes_seat, sessions 18-19); "w <town>" right before it,
after at most a verb or an address in commas, is that town. Cases: heads centrum, ośrodek,
punkt with SGJP adjectives agreeing with them (morfeusz2) and maybe "dla" and a noun for
persons in the genitive plural; the reference's cities in the locative; sentences with a verb
of opening or working before the name, or an address. Control: a name of its own ("Centrum
Wsparcia Imigrantów i Imigrantek", a genitive complement) after the town keeps no town.
Measured on the commit before: 0.0 % -> 100 %; control 100 % both.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages
from tests.relations_templates import capitalise, cities, form, rate, w
from ump_kg.extract.context import DocumentContext

SEED = 20261216
COUNT = 120
HEADS = (("centrum", "n"), ("ośrodek", "m3"), ("punkt", "m3"))
ADJECTIVES = ("wielokulturowy", "integracyjny", "informacyjny", "międzykulturowy", "konsultacyjny")
SERVED = ("cudzoziemiec", "migrant", "uchodźca", "imigrant")
FRAMES = (
    "Fundacja otworzyła {w} {name}.",
    "{W} działa {name} i pomaga rodzinom.",
    "Stowarzyszenie uruchomiło {w}, przy ul. Dworcowej 57, {name}.",
    "Miasto otwiera {w} {name} dla mieszkańców.",
)
OWN_NAMES = (
    "Centrum Wsparcia Imigrantów i Imigrantek",
    "Ośrodek Dialogu Mniejszości Narodowych",
    "Punkt Pomocy Rodzinie",
)


def generic(rng: random.Random) -> str | None:
    head, gender = rng.choice(HEADS)
    adjective = form(rng.choice(ADJECTIVES), "adj", "sg", "nom", gender)
    if adjective is None:
        return None
    name = f"{capitalise(head)} {capitalise(adjective)}"
    if rng.random() < 0.6:
        served = form(rng.choice(SERVED), "subst", "pl", "gen")
        if served is None:
            return None
        name += f" dla {capitalise(served)}"
    return name


def labels(ctx: DocumentContext) -> set[str]:
    return {e.label_pl for e in ctx.entities.values()}


def sentence(rng: random.Random, name: str) -> tuple[str, str]:
    city = rng.choice(cities())
    place = w(city)
    text = rng.choice(FRAMES).format(w=place, W=capitalise(place), name=name)
    return text, place


def seated_case(pages: Pages, rng: random.Random) -> tuple[bool, str] | None:
    name = generic(rng)
    if name is None:
        return None
    text, place = sentence(rng, name)
    found = labels(pages.extract(text))
    return f"{name} {place}" in found, f"{text} -> {name} {place}; found {sorted(found)}"


def own_name_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    name = rng.choice(OWN_NAMES)
    text, place = sentence(rng, name)
    found = labels(pages.extract(text))
    return name in found and f"{name} {place}" not in found, f"{text}; found {sorted(found)}"


def test_a_generic_body_is_named_with_the_town_said_before_it(pages: Pages) -> None:
    rng = random.Random(SEED)
    results = [r for r in (seated_case(pages, rng) for _ in range(COUNT + 10)) if r]
    assert rate("'otworzyła w Katowicach Centrum Integracyjne dla Cudzoziemców'", results) >= 0.95


def test_control_a_name_of_its_own_keeps_no_town(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    results = [own_name_case(pages, rng) for _ in range(COUNT)]
    assert rate("control: 'w Gdańsku … Centrum Wsparcia Imigrantów i Imigrantek'", results) >= 0.95
