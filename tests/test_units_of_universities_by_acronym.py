"""An academic unit named with its university's acronym: "Obserwatorium Wielokulturowości i
Migracji UJ" is the observatory, the acronym its university's, no word of its name (session 24,
from the opened set tet; names.ACADEMIC_UNIT_HEADS gains "obserwatorium" —
"Instytut Socjologii UWr" and "Wydział Prawa UAM" were read so already).
Cases: every academic head, a genitive complement of one or two SGJP common nouns (two joined by
"i"), a Polish university's acronym, in sentence templates.
Control: an association of a university's friends ("Stowarzyszenie Przyjaciół UJ") keeps the
acronym: it is no unit of the university.
Measured on dd2a323: 89.5 % (every "Obserwatorium" case failed); control 100 %.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, labels_of_bodies, measured
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    rate,
    title_noun_genitive,
    title_nouns,
)
from ump_kg.extract.context import DocumentContext

HEADS = (
    "Obserwatorium", "Ośrodek", "Instytut", "Centrum", "Zakład", "Katedra",
    "Pracownia", "Laboratorium",
)  # fmt: skip
# (not "UMK": in this domain it is also Kraków's city office, Urząd Miasta Krakowa)
ACRONYMS = ("UJ", "UW", "UWr", "UAM", "UŁ", "UG", "UMCS", "SGH", "UEK", "KUL", "UŚ", "UR")
TEMPLATES = (
    "Raport przygotował zespół badaczy, a wydało go {name} w ubiegłym roku.",
    "Wnioski przedstawiło {name} na konferencji w ratuszu.",
    "{name} prowadzi badania nad integracją cudzoziemców.",
)


@dataclass(frozen=True)
class AcademicCase:
    unit: str
    text: str


def academic(rng: random.Random, control: bool) -> AcademicCase | None:
    nouns = [title_noun_genitive(n) for n in rng.sample(title_nouns(), rng.choice((1, 2)))]
    if not all(nouns):
        return None
    head = "Stowarzyszenie Przyjaciół" if control else rng.choice(HEADS)
    unit = f"{head} {' i '.join(n for n in nouns if n)}"
    written = f"{unit} {rng.choice(ACRONYMS)}"
    if control:
        unit = written
    return AcademicCase(unit, rng.choice(TEMPLATES).format(name=written))


def named_without_the_acronym(ctx: DocumentContext, case: AcademicCase) -> tuple[bool, str]:
    bodies = labels_of_bodies(ctx)
    return case.unit in bodies, f"a body {case.unit!r} (bodies {bodies})"


def test_an_academic_units_name_ends_before_its_universitys_acronym(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: academic(rng, False), named_without_the_acronym)
    assert rate("'Obserwatorium … UJ' -> 'Obserwatorium …'", results) >= POSITIVE


def test_a_friends_association_keeps_the_acronym(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: academic(rng, True), named_without_the_acronym)
    assert rate("control: 'Stowarzyszenie Przyjaciół … UJ' keeps 'UJ'", results) >= NEGATIVE
