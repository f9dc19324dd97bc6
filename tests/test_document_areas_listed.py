"""A resolution's paragraph lists the areas of the programme it adopts: "§ 2. Celem Programu
jest … w szczególności w obszarach:" over "1) edukacji, w tym nauki języka polskiego;", "2)
rynku pracy;" — each numbered item on a line of its own is a sentence, and its themes are the
programme's (named before by its title, spoken of by its kind word in an oblique case). A list
under a paragraph about something else ("§ 5. Prezydent przedkłada sprawozdanie w terminach:")
gives none. Theme words are the reference themes' labels declined by morfeusz2; titles SGJP
nouns."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects
from tests.relations_templates import NEGATIVE, POSITIVE, capitalise, rate, title_nouns
from tests.test_document_themes import words_of_distinct_themes
from ump_kg.extract.context import DocumentContext

KINDS = (("Program", "Programu"), ("Strategia", "Strategii"))
AREAS = (
    "§ 2. Celem {gen} jest stworzenie warunków do integracji cudzoziemców, w szczególności w "
    "obszarach:",
    "§ 3. Działania {gen} obejmują obszary:",
)
NOT_AREAS = ("§ 5. Sprawozdanie z realizacji {gen} przedkłada się w terminach:",)


@dataclass(frozen=True)
class AreasCase:
    title: str
    themes: frozenset[str]
    text: str


def areas_case(rng: random.Random, intros: tuple[str, ...]) -> AreasCase:
    words = words_of_distinct_themes(rng, rng.randrange(2, 4))
    nominative, genitive = rng.choice(KINDS)
    title = f"{nominative} {capitalise(rng.choice(title_nouns()))} na lata 2024–2028"
    ending = ";" if rng.random() < 0.5 else ","
    items = "\n".join(
        f"{n}) {w.form('gen')}{ending if n < len(words) else '.'}"
        for n, w in enumerate(words, start=1)
    )
    text = "\n\n".join(
        (
            f"§ 1. Przyjmuje się „{title}”, stanowiący załącznik do niniejszej uchwały.",
            f"{rng.choice(intros).format(gen=genitive)}\n{items}",
        )
    )
    return AreasCase(title, frozenset(w.theme for w in words), text)


def themes_of(ctx: DocumentContext, case: AreasCase) -> set[str]:
    found = [iri for iri, e in ctx.entities.items() if e.label_pl == case.title]
    return {str(t) for iri in found for t in objects(ctx, iri, "theme")}


def has_the_themes(ctx: DocumentContext, case: AreasCase) -> tuple[bool, str]:
    return case.themes <= themes_of(ctx, case), f"{case.title}: {sorted(case.themes)}"


def has_none(ctx: DocumentContext, case: AreasCase) -> tuple[bool, str]:
    return not case.themes & themes_of(ctx, case), f"{case.title}: none of the listed themes"


def test_numbered_areas_of_a_programme_are_its_themes(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: areas_case(rng, AREAS), has_the_themes)
    assert rate("'§ 2. Celem Programu … w obszarach:' / '1) edukacji;'", results) >= POSITIVE


def test_a_list_of_something_else_gives_no_themes(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: areas_case(rng, NOT_AREAS), has_none)
    assert rate("negative: '§ 5. Sprawozdanie … w terminach:'", results) >= NEGATIVE
