"""A generic public unit named in English with its town (session 19).

"the Municipal Social Welfare Centre in Katowice", "the Multicultural Centre in Warsaw": as in
Polish ("Miejski Ośrodek Pomocy Społecznej w Bydgoszczy", "Centrum Wielokulturowe w
Krakowie"), a unit there is one of in every town is named with its town, and the page's later
"the Multicultural Centre" is the same unit (names.english_seat, with_the_seat_said_once).
A name with a word of its own ("Migrant Info Point in Poznań", "Social Policy Office in
Gdańsk") is named without the town (the control). Names: a local-government word or English
adjectives (the suffixes -al, -ic, -ive, -ary, -ous) drawn with nouns of what the unit does,
the heads Centre/Center/Office; towns: the reference cities in English. Measured on the commit
before: 0 %; eta +1.0/+1.1, omicron +0.7/+0.9, tsade +0.6/+0.9.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.relations_pages import Pages
from tests.relations_templates import NEGATIVE, POSITIVE, cities, english_label, rate
from ump_kg.extract.context import DocumentContext

SEED = 20261206
LOCAL = ("Municipal", "City", "District", "Regional", "County", "Local")
ADJECTIVES = ("Multicultural", "Intercultural", "Social", "Medical", "Psychological", "Cultural",
              "Educational", "Civic", "Legal", "Consultative", "Voluntary", "Humanitarian")  # fmt: skip
WHAT = ("Family Support", "Social Welfare", "Crisis Intervention", "Integration", "Information",
        "Social Services", "Migrant Support")  # fmt: skip
HEADS = ("Centre", "Center", "Office")


def generic_name(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{rng.choice(LOCAL)} {rng.choice(WHAT)} {rng.choice(HEADS)}"
    adjectives = [a for a in rng.sample(ADJECTIVES, 2) if not a.endswith("an")][:2]
    return " ".join([*adjectives, rng.choice(HEADS)])


def labels(ctx: DocumentContext) -> set[str]:
    return {e.label_en for e in ctx.entities.values()}


def seated_case(
    pages: Pages, rng: random.Random, name_of: Callable[[random.Random], str] = generic_name
) -> tuple[bool, str]:
    name = name_of(rng)
    town = english_label(rng.choice(cities()).iri)
    text = (
        f"On 12 May 2023 the {name} in {town} hosted a workshop for teachers. "
        f"The {name} also runs language courses."
    )
    ctx = pages.english.extract(text)
    full = f"{name} in {town}"
    return full in labels(ctx) and name not in labels(ctx), text


def test_a_generic_unit_is_named_with_its_town(pages: Pages) -> None:
    rng = random.Random(SEED)
    cases = [seated_case(pages, rng) for _ in range(120)]
    assert rate("'the Multicultural Centre in Warsaw'", cases) >= POSITIVE


def control(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    town = english_label(rng.choice(cities()).iri)
    name = rng.choice(("Migrant Info Point", "Social Policy Office", "Baltic Migrant Centre",
                       "Helsinki Foundation Office", "Wrocław Centre"))  # fmt: skip
    text = f"On 12 May 2023 the {name} in {town} hosted a workshop for teachers."
    ctx = pages.english.extract(text)
    return not any(label.endswith(f" in {town}") for label in labels(ctx)), text


def test_negative_a_name_of_its_own_goes_without_the_town(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    cases = [control(pages, rng) for _ in range(100)]
    assert rate("negative: 'Migrant Info Point in Poznań'", cases) >= NEGATIVE
