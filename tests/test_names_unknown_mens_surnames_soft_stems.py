"""A foreign man's surname SGJP does not know, ending in j, s, ż or ch, declines as a masculine
noun, and no stem alternation goes with it (session 41, from a miss of an opened real page:
"rozmowa z Romanem Kabaczijem" was "Roman Kabaczijem"; "Andrij Lubinets" is another).

1. "<Given, m., gen./inst./dat.> <Surname + -a / -em / -owi>" — an SGJP man's given name in an
   oblique case, then a made-up surname ending in j, s, ż or ch plus the case's ending — the
   nominative takes the ending off (language/morphology.py masculine_noun_stem, HARD_STEM).
2. Control: a woman's surname of the same shape does not decline ("z Anną Kabaczij" is "Anna
   Kabaczij").
Given names are SGJP's and the cases made as in tests/test_names_unknown_mens_surnames.py;
surnames made of syllables and kept only where morfeusz2 knows neither the stem nor the declined
form. 120 cases each. Measured on e3c8cb8: 1. 0 %, 2. 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages
from tests.relations_templates import rate, readings
from tests.test_names_unknown_mens_surnames import ENDINGS, NUCLEI, ONSETS, mans_case, womans_case

SEED = 20261207
CASES = 120
# (the endings of Ukrainian and other foreign surnames: -ij, -ts, -ż, -ch)
FINALS = ("ij", "aj", "oj", "s", "ts", "ż", "ch")


def unknown(word: str) -> bool:
    return all(parts[0] == ["ign"] for _, parts, _ in readings(word))


def unknown_stem(rng: random.Random) -> str:
    while True:
        stem = "".join(rng.choice(ONSETS) + rng.choice(NUCLEI) for _ in range(2))
        stem = (stem + rng.choice(FINALS)).capitalize()
        if unknown(stem) and all(unknown(stem + ending) for ending in ENDINGS.values()):
            return stem


def test_a_foreign_mans_surname_in_j_s_z_ch_declines_as_a_noun(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'Romanem Kabaczijem' / 'Romana Kabaczija' → 'Roman Kabaczij'",
        [mans_case(pages, rng, unknown_stem) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_control_a_womans_surname_of_that_shape_stays(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "control: 'z Anną Kabaczij' → 'Anna Kabaczij'",
        [womans_case(pages, rng, unknown_stem) for _ in range(CASES)],
    )
    assert value >= 0.95
