"""Bodies named in the plural before the list of their towns are one body per town: "Centra
Integracji Cudzoziemców w Poznaniu, Kaliszu, Koninie, Pile i Lesznie" are "Centrum Integracji
Cudzoziemców w Poznaniu", "… w Kaliszu" and so on, each in its town (session 40, from misses of
ingwaz, opened: two pages gave one body "Centra Integracji Cudzoziemców" for eleven; every
opened gold with such a list, four pages in three sets, names each by the singular and its
town).

plural_bodies.plural_bodies_in_their_towns: a body's name headed by a body's word in the plural,
then "w" and two or more towns (the first may have been read as the name's seat, so
places.slots now reads the towns listed after a name's seat too); the singular comes from
morphology.phrase_base_form(singular=True). Cases: heads of bodies and SGJP adjectives in the
plural, in every case morfeusz2 generates, with a genitive complement or "dla Cudzoziemców",
two or three of the reference cities in the locative, in sentence templates.
Control: one body in the singular before its town is one body, named as before.
Measured on 52a73db: 0.0 % -> 98.2 %; control 100 % both.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, labels_of_bodies
from tests.relations_templates import (
    adjective_form,
    capitalise,
    cities,
    drawn_until,
    form,
    listed,
    name_adjectives,
    rate,
    readings,
    title_noun_genitive,
    title_nouns,
)
from ump_kg.language.prepositions import locative_phrase

SEED = 20261212
COUNT = 110
HEADS = (("centrum", "n"), ("punkt", "m3"), ("ośrodek", "m3"), ("biuro", "n"), ("dom", "m3"))
SERVED = ("dla Cudzoziemców", "dla Uchodźców", "dla Migrantów", "dla Repatriantów")
FRAMES = (
    ("nom", "{name} {towns} pomagają cudzoziemcom."),
    ("gen", "Pracownicy {name} {towns} pomagali cudzoziemcom."),
    ("inst", "Miasto współpracuje z {name} {towns} od roku."),
    ("acc", "Wojewoda otworzył {name} {towns} w marcu."),
)


def genitive_complement(rng: random.Random) -> str | None:
    """A noun's genitive singular that is no nominative plural too ("Wyczerpania" is both,
    and then an adjective before it may be its own, as Polish reads it)."""
    noun = title_noun_genitive(rng.choice(title_nouns()))
    plural_too = noun is not None and any(
        parts[0] == ["subst"] and "pl" in parts[1] and "nom" in parts[2]
        for _, parts, _ in readings(noun)
    )
    return None if plural_too else noun


def name_in(rng: random.Random, number: str, case: str) -> tuple[str, str] | None:
    """A body's name in a number and case, and its singular nominative. (In the singular a
    genitive complement after an adjective in the genitive may be read as the adjective's
    noun, "Biura Wiernego Pobratyńca", as before this rule: the singular names whom it serves.)"""
    head, gender = rng.choice(HEADS)
    adjective = rng.choice(name_adjectives())
    served = number == "sg" or rng.random() < 0.5
    complement = rng.choice(SERVED) if served else genitive_complement(rng)
    words = [
        form(head, "subst", number, case),
        adjective_form(adjective, number, case, gender),
        form(head, "subst", "sg", "nom"),
        adjective_form(adjective, "sg", "nom", gender),
    ]
    if not all(words) or complement is None:
        return None
    written, singular = [
        " ".join(capitalise(str(w)) for w in pair) for pair in (words[:2], words[2:])
    ]
    return f"{written} {complement}", f"{singular} {complement}"


def plural_case(pages: Pages, rng: random.Random, plural: bool) -> tuple[bool, str] | None:
    case, frame = rng.choice(FRAMES)
    named = name_in(rng, "pl" if plural else "sg", case)
    towns = [c.form("loc") for c in rng.sample(cities(), rng.choice((2, 3)) if plural else 1)]
    if named is None:
        return None
    written, singular = named
    text = frame.format(name=written, towns=locative_phrase(listed(towns)))
    if not plural:
        text = text.replace("pomagają", "pomaga")
    bodies = set(labels_of_bodies(pages.extract(text)))
    if not plural:
        # (one body, named as before: with its town or without, as its kind takes a seat)
        ones = [b for b in bodies if b.startswith(singular)]
        return len(ones) == 1, f"{text} -> one body '{singular} …'; bodies {sorted(bodies)}"
    wanted = {f"{singular} {locative_phrase(town)}" for town in towns}
    return wanted <= bodies, f"{text} -> {sorted(wanted)}; bodies {sorted(bodies)}"


def test_bodies_in_the_plural_are_one_per_town(pages: Pages) -> None:
    results = drawn_until(lambda rng: plural_case(pages, rng, True), COUNT, SEED)
    assert rate("'Centra Integracji Cudzoziemców w Poznaniu, Kaliszu i Lesznie'", results) >= 0.95


def test_control_one_body_in_its_town(pages: Pages) -> None:
    results = drawn_until(lambda rng: plural_case(pages, rng, False), COUNT, SEED + 1)
    assert rate("control: 'Punkt Informacyjny dla Cudzoziemców w Gdańsku' is one", results) >= 0.95
