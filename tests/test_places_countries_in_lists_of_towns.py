"""Countries listed after a word for towns are where the towns are, no towns: "przedstawicielami
różnych europejskich miast, m.in. z Włoch, Grecji, Ukrainy i Polski" makes no locality "Włochy"
(session 32, from a miss of yr, opened this session: the page's meeting had been placed in
"Włochy", and "Niemiec" had been taken as a town's nominative). Countries: CLDR's Polish names
(Babel) of one word that morfeusz2 reads as geographic names, put in the genitive by morfeusz2;
lists after "miast, m.in. z", "miasta z", "przedstawiciele miast z".
Control: Polish towns outside the UMP (those of test_towns_in_lists_and_with_their_country, in
the genitive) in the same lists are localities, as before.
Measured on the commit before: 0 % -> 100 %; the control 100 % before and after."""

from __future__ import annotations

import random
from functools import cache

from babel import Locale

from tests.relations_pages import Pages
from tests.relations_templates import POSITIVE, form, noun_lexeme, rate
from tests.test_towns_in_lists_and_with_their_country import listed, polish_towns, towns_found

SEED = 20261232
LISTS = (
    "Celem była wymiana doświadczeń między przedstawicielami różnych miast, m.in. z {list}.",
    "W projekcie uczestniczą miasta z {list}.",
    "Wśród gości byli przedstawiciele miast z {list}.",
)


def genitive(name: str) -> str | None:
    lexeme = noun_lexeme(name, "nazwa_geograficzna", None)
    return form(lexeme[0], "subst", lexeme[1], "gen") if lexeme else None


@cache
def countries() -> tuple[str, ...]:
    """Genitives of CLDR's one-word Polish country names ("Grecji", "Włoch", "Niemiec")."""
    names = [
        str(name)
        for code, name in Locale("pl").territories.items()
        if len(code) == 2 and code.isalpha() and " " not in str(name) and "-" not in str(name)
    ]
    return tuple(sorted({g for g in map(genitive, names) if g}))


@cache
def towns() -> tuple[str, ...]:
    return tuple(sorted({g for g in (genitive(town) for town, _ in polish_towns()) if g}))


def listed_case(pages: Pages, rng: random.Random, names: tuple[str, ...]) -> tuple[str, set[str]]:
    text = rng.choice(LISTS).format(list=listed(rng.sample(names, 3), rng.choice(("i", "oraz"))))
    return text, towns_found(pages.extract(text))


def test_countries_listed_after_a_word_for_towns_are_no_towns(pages: Pages) -> None:
    rng = random.Random(SEED)
    cases = []
    for _ in range(105):
        text, found = listed_case(pages, rng, countries())
        cases.append((not found, f"{text} -> {sorted(found)}"))
    assert rate("'miast, m.in. z Włoch, Grecji i Polski'", cases) >= POSITIVE


def test_control_towns_in_the_same_lists_are_towns(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    cases = []
    for _ in range(105):
        text, found = listed_case(pages, rng, towns())
        cases.append((len(found) == 3, f"{text} -> {sorted(found)}"))
    assert rate("control: 'miast, m.in. z Płocka, Elbląga i Opola'", cases) >= POSITIVE
