"""English names of a poviat's or a district's inspectorate, court, hospital or office keep
their town, as session 19's generic units do (session 36, from misses of tir, opened this
session: "District Labor Inspectorate in Katowice" was no body at all, and "Poviat Labor
Office in Opole" was named "Poviat Labor Office").

"Inspectorate", "Court" and "Hospital" had been no heads of English bodies' names, and
"Poviat" (the county of Polish administration, as English pages of Polish offices write it) no
word of local government. Names: a local-government word (Poviat, Powiat, District, Regional,
County, Municipal, Provincial) and what the unit does (Labour/Labor, Sanitary, Employment,
Veterinary, Building Supervision), or English adjectives, drawn with those heads or "Office";
towns: the reference cities in English. Control: session 19's names of their own ("Migrant
Info Point in Poznań") still go without the town.
Measured on the commit before: 16.7 % -> 100 %; control 100 % both.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages
from tests.relations_templates import NEGATIVE, POSITIVE, rate
from tests.test_english_generic_units_and_their_town import control, seated_case

SEED = 20261215
LOCAL = ("Poviat", "Powiat", "District", "Regional", "County", "Municipal", "Provincial")
WHAT = ("Labour", "Labor", "Sanitary", "Employment", "Veterinary", "Building Supervision")
ADJECTIVES = ("Sanitary", "Medical", "Psychiatric", "Administrative", "Psychological")
HEADS = ("Inspectorate", "Court", "Hospital", "Office")


def generic_name(rng: random.Random) -> str:
    head = rng.choice(HEADS)
    if rng.random() < 0.7:
        return f"{rng.choice(LOCAL)} {rng.choice(WHAT)} {head}"
    return f"{rng.choice(ADJECTIVES)} {head}"


def test_inspectorates_courts_and_poviat_offices_keep_their_town(pages: Pages) -> None:
    rng = random.Random(SEED)
    cases = [seated_case(pages, rng, generic_name) for _ in range(120)]
    assert rate("'the District Labor Inspectorate in Katowice'", cases) >= POSITIVE


def test_control_a_name_of_its_own_goes_without_the_town(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    cases = [control(pages, rng) for _ in range(100)]
    assert rate("control: 'Migrant Info Point in Poznań'", cases) >= NEGATIVE
