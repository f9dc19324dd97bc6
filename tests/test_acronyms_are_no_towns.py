"""A country's acronym in a slot only a town fills is no town (session 20; places.TOWN_SLOTS).

"Zaproszenia trafiły do prezydenta RP": morfeusz2 reads "RP" as a geographic name (the
Republic), so the mayor's slot made a locality "RP". A town is not written in capitals alone;
an acronym there names a country. Acronyms: every string of two to four capitals that
morfeusz2 reads as a geographic name whose lemma is itself in capitals ("RP", "USA", "RFN",
"ZSRR", …), in the slots of a mayor, a head of state and a municipal office. Control: Polish
towns of 50,000 people and more outside the UMP (GeoNames), their genitive from morfeusz2, in
the same slots, are still towns. Measured on the commit before: 0 %; control 100 %.
"""

from __future__ import annotations

import itertools
import random
from functools import cache

from tests.relations_pages import Pages
from tests.relations_templates import NEGATIVE, POSITIVE, form, morfeusz, noun_lexeme, rate
from tests.test_towns_in_lists_and_with_their_country import polish_towns, towns_found
from ump_kg.extract.context import DocumentContext

SEED = 20261206
LETTERS = "ABCDEFGHIJKLMNOPRSTUWZ"
TEMPLATES = (
    "Zaproszenia trafiły także do prezydenta {x}, premiera oraz marszałków Sejmu i Senatu.",
    "List podpisał Prezydent {x}.",
    "W spotkaniu wziął udział burmistrz {x}.",
    "Gości powitał wójt gminy {x}.",
    "Z prezydentem {x} rozmawiali przedstawiciele miast.",
    "Pismo wysłano do Urzędu Miasta {x}.",
    "Delegacja spotkała się z burmistrzem miasta {x}.",
)


@cache
def geographic_acronyms() -> tuple[str, ...]:
    """Capitals-only strings that morfeusz2 reads as a geographic name written in capitals."""
    found = set()
    for size in (2, 3, 4):
        for letters in itertools.product(LETTERS, repeat=size):
            for _, _, (_, lemma, _, qualifiers, _) in morfeusz().analyse("".join(letters)):
                lemma = lemma.split(":")[0]
                if "nazwa_geograficzna" in qualifiers and lemma.isupper():
                    found.add(lemma)
    return tuple(sorted(found))


def acronym_cases(pages: Pages) -> list[tuple[bool, str]]:
    cases = []
    for acronym, template in itertools.product(geographic_acronyms(), TEMPLATES):
        text = template.format(x=acronym)
        ctx = pages.extract(text)
        cases.append((acronym not in towns_found(ctx) | cities_found(ctx), text))
    return cases


def cities_found(ctx: DocumentContext) -> set[str]:
    return {e.label_pl for e in ctx.entities.values() if e.cls.endswith("City")}


def genitive(town: str) -> str | None:
    lexeme = noun_lexeme(town, "nazwa_geograficzna", None)
    return form(lexeme[0], "subst", lexeme[1], "gen") if lexeme else None


def town_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    town, _ = rng.choice(polish_towns())
    written = genitive(town) or town
    template = rng.choice([t for t in TEMPLATES if "{x}," not in t and "Prezydent {x}" not in t])
    text = template.format(x=written)
    ctx = pages.extract(text)
    return town in towns_found(ctx), text


def test_acronyms_are_no_towns(pages: Pages) -> None:
    cases = acronym_cases(pages)
    assert len(geographic_acronyms()) >= 10
    assert rate("'prezydenta RP', 'burmistrz USA'", cases) >= NEGATIVE


def test_control_towns_in_the_same_slots(pages: Pages) -> None:
    rng = random.Random(SEED)
    cases = [town_case(pages, rng) for _ in range(105)]
    assert rate("control: 'burmistrz Płocka'", cases) >= POSITIVE
