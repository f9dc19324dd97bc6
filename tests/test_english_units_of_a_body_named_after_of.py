"""An English unit named by what it does, then "of" and its body, is a unit of that body (session
46, from misses of fita and yat, opened this session: "students of the Translation Department of
Maria Curie-Skłodowska University" made one body "Translation Department of Maria
Curie-Skłodowska", "Joanna Wojciechowska-Szoska of the International Projects Department of
RARR" a body "International Projects Department of RARR"; the golds of fita, yat, and of earlier
sets (cmr's "Socio-Cultural Research Unit", unitOf the Centre) name the unit apart).

A department, unit, division or directorate whose name has words before its head:
its "of" complement names the body it belongs to (names.english_complement, EN_OWNED_UNIT_HEADS),
and the unit is that body's (relations, the unit-and-body pairs).
Control: a head named first keeps its complement ("the Department of Social Policy", "the Unit
of Migration Research"): one body of that whole name.
Subjects are the English labels of the reference's themes, capitalised; owners new bodies with
an English head after a reference city's English name; people SGJP's.
Measured on the commit before the rule: 0.0 %; now 100 %. The control 100 % before and after.
"""

from __future__ import annotations

import random
from functools import cache

import rdflib

from tests.relations_pages import Pages, labelled, objects, outcome
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    REFERENCE,
    cities,
    city_in_english,
    people,
    rate,
)

SEED = 20261209
CASES = 120
HEADS = ("Department", "Unit", "Division", "Directorate")  # ("Section" is no body head yet)
OWNER_HEADS = ("University", "Regional Development Agency", "Foundation", "Institute")


@cache
def subjects() -> tuple[str, ...]:
    """What units do: the English labels of the reference's themes, in title case."""
    graph = rdflib.Graph().parse(REFERENCE / "themes.ttl")
    found = {
        " ".join(word.capitalize() for word in str(label).split())
        for prop in (rdflib.SKOS.prefLabel, rdflib.SKOS.altLabel, rdflib.RDFS.label)
        for label in graph.objects(None, prop)
        if isinstance(label, rdflib.Literal)
        and label.language == "en"
        and 1 <= len(str(label).split()) <= 3
        and str(label).replace(" ", "").isalpha()
    }
    return tuple(sorted(found))


def a_unit_and_its_body(rng: random.Random) -> tuple[str, str, str]:
    unit = f"{rng.choice(subjects())} {rng.choice(HEADS)}"
    owner = f"{city_in_english(rng, rng.choice(cities()))} {rng.choice(OWNER_HEADS)}"
    person = rng.choice(people())
    shape = rng.randrange(3)
    if shape == 0:
        text = f"According to {person.nominative} of the {unit} of {owner}, the help works."
    elif shape == 1:
        text = f"Students of the {unit} of {owner} help the staff of the city."
    else:
        text = f"{person.nominative} heads the {unit} of the {owner}, which opened in May."
    return text, unit, owner


def a_unit_of_its_body(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    text, unit, owner = a_unit_and_its_body(rng)
    ctx = pages.english.extract(text)
    units, owners = labelled(ctx, unit), labelled(ctx, owner)
    ok = bool(units and owners) and owners[0] in objects(ctx, units[0], "unitOf")
    return outcome(ctx, ok, text, f"'{unit}' unitOf '{owner}'")


def a_head_named_first(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    subject = rng.choice(subjects())
    whole = f"{rng.choice(HEADS)} of {subject}"
    person = rng.choice(people())
    text = f"According to {person.nominative} of the {whole}, the help works."
    ctx = pages.english.extract(text)
    return outcome(ctx, bool(labelled(ctx, whole)), text, f"one body '{whole}'")


def test_a_unit_named_before_its_head_is_of_the_body_after_of(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'the Translation Department of X University' -> unit 'Translation Department' of X",
        [a_unit_of_its_body(pages, rng) for _ in range(CASES)],
    )
    assert value >= POSITIVE


def test_a_head_named_first_keeps_its_complement(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "control: 'the Department of Social Policy' -> one body of that name",
        [a_head_named_first(pages, rng) for _ in range(CASES)],
    )
    assert value >= NEGATIVE
