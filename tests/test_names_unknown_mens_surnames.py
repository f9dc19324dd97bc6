"""A man's surname SGJP does not know, declined as a masculine noun (session 16, from a miss of
an opened real page: "dr. Tomasza Sieniowa" was "Tomasz Sieniowa").

1. "<Given, m., gen./inst./dat.> <Surname + -a / -em / -owi>" — an SGJP man's given name in an
   oblique case, then a surname SGJP does not know (or knows only as another word) ending in a
   hard consonant plus the case's ending — the nominative takes the ending off
   (language/morphology.py masculine_noun_stem).
2. Control: a woman's surname of the same shape does not decline ("z Anną Sieniow" is "Anna
   Sieniow"), and a man's known to SGJP keeps SGJP's reading.
Given names are SGJP's (tests/relations_templates.name_pools; only forms that are one given
name's), surnames are made of syllables
ending in a hard consonant and kept only where morfeusz2 does not know the stem. 120 cases each.
Measured on 799ebd8: 1. 0 %, 2. 98.3 % (the two misses: "Hala" read as a common noun).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.relations_pages import Pages, outcome, people_found
from tests.relations_templates import form, name_pools, rate, readings

SEED = 20261214
CASES = 120
ONSETS = ("b", "d", "k", "l", "m", "n", "r", "s", "t", "w", "z", "sz", "ch")
NUCLEI = ("a", "e", "i", "o", "u", "y")
FINALS = ("b", "d", "f", "ł", "m", "n", "p", "r", "t", "w", "z")
ENDINGS = {"gen": "a", "inst": "em", "dat": "owi"}
SENTENCES = {
    "gen": "Program zamknęło wystąpienie dr. {name}, prezesa fundacji.",
    "inst": "Burmistrz spotkał się z {name} w ratuszu.",
    "dat": "Dyrektor podziękował {name} za współpracę.",
}


def unknown_stem(rng: random.Random) -> str:
    while True:
        stem = "".join(rng.choice(ONSETS) + rng.choice(NUCLEI) for _ in range(2))
        stem = (stem + rng.choice(FINALS)).capitalize()
        if all(parts[0] == ["ign"] for _, parts, _ in readings(stem)):
            return stem


def given(gender: str, case: str, rng: random.Random) -> tuple[str, str]:
    while True:
        nominative, lexeme = rng.choice(name_pools()[f"given-{gender}"])
        written = form(lexeme, "subst", "sg", case, gender)
        # (a form that is also another given name — "Tworzysława" a woman's, "Platonowi"
        # Plato's and Platon's — leaves the given name open, whatever the surname)
        names = {lex for lex, _, quals in readings(written or "") if "imię" in quals}
        if written and len(names) == 1:
            return nominative, written


def mans_case(
    pages: Pages, rng: random.Random, stem_of: Callable[[random.Random], str] | None = None
) -> tuple[bool, str]:
    case = rng.choice(sorted(ENDINGS))
    nominative, written = given("m1", case, rng)
    stem = (stem_of or unknown_stem)(rng)
    text = SENTENCES[case].format(name=f"{written} {stem}{ENDINGS[case]}")
    ctx = pages.extract(text)
    want = f"{nominative} {stem}"
    return outcome(ctx, want in people_found(ctx), text, want)


def womans_case(
    pages: Pages, rng: random.Random, stem_of: Callable[[random.Random], str] | None = None
) -> tuple[bool, str]:
    nominative, written = given("f", "inst", rng)
    stem = (stem_of or unknown_stem)(rng)
    text = f"Burmistrz spotkał się z {written} {stem} w ratuszu."
    ctx = pages.extract(text)
    want = f"{nominative} {stem}"
    return outcome(ctx, want in people_found(ctx), text, want)


def test_an_unknown_mans_surname_declines_as_a_noun(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'Tomasza Sieniowa' / 'Tomaszem Sieniowem' → 'Tomasz Sieniow'",
        [mans_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_control_a_womans_surname_stays(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "control: 'z Anną Sieniow' → 'Anna Sieniow'",
        [womans_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95
