"""A voivodeship written with capitals is its self-government, a body: "z Województwem
Lubelskim", "Projekt realizuje Województwo Pomorskie", "Samorząd Województwa Pomorskiego"
(session 40, from misses of ingwaz, opened, where "Województwo Pomorskie" runs a project and
"Samorząd Województwa Wielkopolskiego" has tasks; eight pages of seven opened sets name one so
and their golds record it).

names.a_self_government: "Województwo" capitalised before a capitalised adjective that agrees
with it, or "Samorząd" before a voivodeship's, a county's or the metropolis's kind and
adjective in the genitive, is a body's name. Cases: SGJP adjectives in every case morfeusz2
generates for "Województwo …" and for "Samorząd" (relations_templates.phrase_forms), in
sentence templates.
Control: the region in small letters ("w województwie pomorskim") is no body, as before.
Measured on 52a73db: 0.0 % -> 100 %; control 100 % both.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, labels_of_bodies
from tests.relations_templates import (
    adjective_form,
    capitalise,
    drawn_until,
    form,
    name_adjectives,
    phrase_forms,
    rate,
)

SEED = 20261214
COUNT = 110
FRAMES = (
    ("nom", "{name} realizuje projekt dla migrantów."),
    ("gen", "Przedstawiciele {name} podpisali porozumienie."),
    ("inst", "Miasto podpisało porozumienie z {name} w marcu."),
    ("acc", "Fundacja wspiera {name} w pracy z migrantami."),
)
REGION_FRAMES = (
    "W {region} mieszka wielu cudzoziemców.",
    "Do {region} przyjechało wielu uchodźców.",
)


def self_government_case(pages: Pages, rng: random.Random) -> tuple[bool, str] | None:
    adjective = rng.choice(name_adjectives())
    case, frame = rng.choice(FRAMES)
    if rng.random() < 0.5:
        written = form("województwo", "subst", "sg", case)
        own = adjective_form(adjective, "sg", case, "n")
        nominative = adjective_form(adjective, "sg", "nom", "n")
        if not (written and own and nominative):
            return None
        text = frame.format(name=f"{capitalise(written)} {capitalise(own)}")
        label = f"Województwo {capitalise(nominative)}"
    else:
        genitive = adjective_form(adjective, "sg", "gen", "n")
        label = f"Samorząd Województwa {capitalise(genitive or '')}"
        forms = dict(phrase_forms("Samorząd") or ())
        if genitive is None or case not in forms:
            return None
        text = frame.format(name=f"{forms[case]} Województwa {capitalise(genitive)}")
    bodies = labels_of_bodies(pages.extract(text))
    return label in bodies, f"{text} -> {label}; bodies {bodies}"


def region_case(pages: Pages, rng: random.Random) -> tuple[bool, str] | None:
    adjective = rng.choice(name_adjectives())
    frame = rng.choice(REGION_FRAMES)
    case = "loc" if frame.startswith("W ") else "gen"
    written = form("województwo", "subst", "sg", case)
    own = adjective_form(adjective, "sg", case, "n")
    if not (written and own):
        return None
    text = frame.format(region=f"{written} {own}")
    bodies = labels_of_bodies(pages.extract(text))
    return not bodies, f"{text} -> no body; bodies {bodies}"


def test_a_voivodeship_with_capitals_is_a_body(pages: Pages) -> None:
    results = drawn_until(lambda rng: self_government_case(pages, rng), COUNT, SEED)
    assert rate("'z Województwem Lubelskim', 'Samorząd Województwa Pomorskiego'", results) >= 0.95


def test_control_the_region_in_small_letters_is_none(pages: Pages) -> None:
    results = drawn_until(lambda rng: region_case(pages, rng), COUNT, SEED + 1)
    assert rate("control: 'w województwie pomorskim' names no body", results) >= 0.98
