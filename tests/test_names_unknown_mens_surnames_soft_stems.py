"""A foreign man's surname SGJP does not know, ending in j, s, ż or ch, declines as a masculine
noun, and no stem alternation goes with it (session 41, from a miss of an opened real page:
"rozmowa z Romanem Kabaczijem" was "Roman Kabaczijem"; "Dmytro Lubinets" is another).

1. "<Given, m., gen./inst./dat.> <Surname + -a / -em / -owi>" — an SGJP man's given name in an
   oblique case, then a made-up surname ending in j, s, ż or ch plus the case's ending — the
   nominative takes the ending off (language/morphology.py masculine_noun_stem, HARD_STEM).
2. Control: a woman's surname of the same shape does not decline ("z Anną Kabaczij" is "Anna
   Kabaczij").
Given names are SGJP's (tests/test_names_unknown_mens_surnames.given), surnames made of
syllables and kept only where morfeusz2 knows neither the stem nor the declined form. 120 cases
each. Measured on e3c8cb8: 1. 0 %, 2. 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome, people_found
from tests.relations_templates import rate, readings
from tests.test_names_unknown_mens_surnames import ENDINGS, NUCLEI, ONSETS, SENTENCES, given

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


def mans_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    case = rng.choice(sorted(ENDINGS))
    nominative, written = given("m1", case, rng)
    stem = unknown_stem(rng)
    text = SENTENCES[case].format(name=f"{written} {stem}{ENDINGS[case]}")
    ctx = pages.extract(text)
    want = f"{nominative} {stem}"
    return outcome(ctx, want in people_found(ctx), text, want)


def womans_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    nominative, written = given("f", "inst", rng)
    stem = unknown_stem(rng)
    text = f"Burmistrz spotkał się z {written} {stem} w ratuszu."
    ctx = pages.extract(text)
    want = f"{nominative} {stem}"
    return outcome(ctx, want in people_found(ctx), text, want)


def test_a_foreign_mans_surname_in_j_s_z_ch_declines_as_a_noun(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'Romanem Kabaczijem' / 'Romana Kabaczija' → 'Roman Kabaczij'",
        [mans_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_control_a_womans_surname_of_that_shape_stays(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "control: 'z Anną Kabaczij' → 'Anna Kabaczij'",
        [womans_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95
