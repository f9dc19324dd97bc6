"""Towns in a list whose oblique form SGJP also reads as another place (session 36).

"w Białymstoku, Siedlcach, Zielonej Górze i Warszawie": "Siedlcach" is a form of the town
Siedlce and of the village Siedlec, and the list read it as written ("Siedlcach"); "Żarach"
became "Żar", the shorter of Żary and Żar; "Tarnowa" (Tarnów's genitive, and the village
Tarnowa) stayed "Tarnowa". Of the places a written form may be, the one GeoNames lists as a
Polish town is the town a page names (lists.locality_nominative).
Towns: every one-word Polish town of GeoNames (15,000 people and more, the data the rule reads)
outside 15 km of a UMP city (GeoNames lists districts there), whose locative or genitive,
made by morfeusz2's generator, SGJP reads as more than one place or as a place's own
nominative, leaving out forms that are another town's name ("Turku"). Control: towns whose forms SGJP reads as one place only.
Measured on the commit before: 46.7 % (locatives) and 6.7 % (genitives); control 99.2 % both
("Wrześni" is read as the month).
"""

from __future__ import annotations

import random
from functools import cache

from tests.relations_pages import Pages
from tests.relations_templates import POSITIVE, form, noun_lexeme, rate
from tests.test_towns_in_lists_and_with_their_country import (
    UMP_CITIES,
    geonames,
    km,
    listed,
    towns_found,
)
from ump_kg.language.morphology import analyses

SEED = 20261206


def places_read(written: str) -> set[str]:
    return {
        lemma
        for lemma, tag, quals in analyses(written)
        if tag.startswith("subst") and "nazwa_geograficzna" in quals and lemma[:1].isupper()
    }


@cache
def town_forms(case: str) -> tuple[tuple[str, str, bool], ...]:
    """(town, its form in the case, whether SGJP reads that form as several places)."""
    centres = [c for c in geonames() if c["countrycode"] == "PL" and c["name"] in UMP_CITIES]
    town_names = {str(c["name"]) for c in geonames()}
    found = set()
    for c in geonames():
        name = str(c["name"])
        if c["countrycode"] != "PL" or not name.isalpha() or name in UMP_CITIES:
            continue
        if any(km(c, centre) < 15 for centre in centres):
            continue
        lexeme = noun_lexeme(name, "nazwa_geograficzna", None)
        written = form(lexeme[0], "subst", lexeme[1], case) if lexeme else None
        if not written or written in town_names:
            continue  # "Turku": Turek's locative, and a town of its own
        read = places_read(written)
        found.add((name, written, len(read) > 1 or written in read))
    return tuple(sorted(found))


def case_of(pages: Pages, rng: random.Random, ambiguous: bool, case: str) -> tuple[bool, str]:
    drawn = rng.sample([t for t in town_forms(case) if t[2] == ambiguous], 3)
    written = [w for _, w, _ in drawn]
    if case == "loc":
        text = f"Warsztaty odbyły się w Lublinie, {listed(written, 'i')}."
    else:
        text = f"W spotkaniu wzięli udział przedstawiciele Lublina, {listed(written, 'i')}."
    found = towns_found(pages.extract(text))
    return {name for name, _, _ in drawn} <= found, text


def test_towns_of_several_readings_in_the_locative(pages: Pages) -> None:
    rng = random.Random(SEED)
    cases = [case_of(pages, rng, True, "loc") for _ in range(105)]
    assert rate("locatives of several places", cases) >= POSITIVE


def test_towns_of_several_readings_in_the_genitive(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    cases = [case_of(pages, rng, True, "gen") for _ in range(105)]
    assert rate("genitives of several places", cases) >= POSITIVE


def test_control_towns_of_one_reading(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    cases = [case_of(pages, rng, False, case) for case in ("loc", "gen") for _ in range(60)]
    assert rate("control: one reading", cases) >= POSITIVE
