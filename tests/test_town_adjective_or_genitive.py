"""A word that is both a town's genitive and its adjective (session 16: "Politechnika Gdańska"
was read as "Politechnika" and the city Gdańsk, and no body was made).

Of the reference's twelve cities only Gdańsk has a genitive ("Gdańska") that is also its
adjective's feminine nominative ("gdańska"); the rule is general (pipeline.py
town_adjective_in_a_name): after a body's head noun in the nominative that the adjective agrees
with, the word is the adjective, part of the body's name.

1. "<Feminine body head> Gdańska" in a sentence → a body of that name. The heads are the
   feminine nouns among names.py BODY_HEADS, capitalised, in the nominative morfeusz2 gives.
2. Control: "Prezydentka Gdańska …", "Mieszkańcy Gdańska …", "Rada Miasta Gdańska" keep the
   city (a post's noun, a plural, a neuter noun before it).
120 cases each. Measured on 799ebd8: 1. 0 %, 2. 100 %.
"""

from __future__ import annotations

import random
from functools import cache

from tests.relations_pages import Pages, labelled, outcome
from tests.relations_templates import capitalise, form, rate, readings
from ump_kg.extract.names import BODY_HEADS

SEED = 20261215
CASES = 120
CITY = "https://w3id.org/ump-kg/id/city/gdansk"
SENTENCES = (
    "Partnerem projektu jest {name}.",
    "{name} zaprasza na spotkanie.",
    "Umowę podpisała {name}.",
)
CONTROLS = (
    "Prezydentka Gdańska otworzyła spotkanie.",
    "Mieszkańcy Gdańska przyjęli uchodźców.",
    "Uchwałę podjęła Rada Miasta Gdańska.",
    "Wiceprezydentka Gdańska mówiła o integracji.",
)


@cache
def feminine_heads() -> tuple[str, ...]:
    found = []
    for lemma in sorted(BODY_HEADS):
        if not lemma.isalpha() or not lemma.islower():
            continue
        if any(
            parts[0] == ["subst"] and "f" in parts[3] and lexeme == lemma
            for lexeme, parts, _ in readings(lemma)
        ):
            nominative = form(lemma, "subst", "sg", "nom")
            if nominative:
                found.append(capitalise(nominative))
    return tuple(found)


def body_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    name = f"{rng.choice(feminine_heads())} Gdańska"
    text = rng.choice(SENTENCES).format(name=name)
    ctx = pages.extract(text)
    return outcome(ctx, bool(labelled(ctx, name)), text, f"the body «{name}»")


def control_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    text = rng.choice(CONTROLS)
    ctx = pages.extract(text)
    ok = any(m.iri == CITY for m in ctx.mentions if m.kind == "city")
    return outcome(ctx, ok, text, "the city Gdańsk")


def test_a_town_adjective_after_a_bodys_head(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate("'Politechnika Gdańska' is a body", [body_case(pages, rng) for _ in range(CASES)])
    assert value >= 0.95


def test_control_the_towns_genitive_elsewhere(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "control: 'Prezydentka Gdańska', 'Rada Miasta Gdańska' keep the city",
        [control_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
