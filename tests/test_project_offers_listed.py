"""What a project offers, as a list: "## Co zaoferuje projekt?" or "W ramach projektu
uczestnicy będą mogli skorzystać z:" over "- kursów …", "- doradztwa …" — each item's themes are
the project's. A list under an introduction that says nothing of an offer ("Na spotkaniu byli:")
gives the project no themes. Theme words are the reference themes' labels declined by morfeusz2
(tests/test_document_themes.theme_words); titles SGJP nouns."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects
from tests.relations_templates import NEGATIVE, POSITIVE, capitalise, rate, title_nouns
from tests.test_document_themes import theme_words
from ump_kg.extract.context import DocumentContext

OFFERING = (
    ("## Co zaoferuje projekt?", "Przez trzy lata cudzoziemcy będą mogli skorzystać z:"),
    ("## Działania", "W ramach projektu przewidziano:"),
    ("", "Projekt oferuje uczestnikom:"),
)
NOT_OFFERING = (("## Spotkanie", "W spotkaniu inaugurującym projekt wzięli udział eksperci od:"),)


@dataclass(frozen=True)
class OfferCase:
    title: str
    themes: frozenset[str]
    text: str


def offer_case(rng: random.Random, intros: tuple[tuple[str, str], ...]) -> OfferCase | None:
    words = rng.sample(theme_words(), rng.randrange(1, 3))
    if len({w.theme for w in words}) < len(words):
        return None
    title = f"{capitalise(rng.choice(title_nouns()))} bez granic"
    heading, intro = rng.choice(intros)
    items = "\n".join(f"- {w.form('gen')} dla mieszkańców," for w in words)
    text = "\n\n".join(
        part
        for part in (
            f"Miasto realizuje projekt „{title}”, współfinansowany ze środków Unii Europejskiej.",
            heading,
            f"{intro}\n\n{items}",
        )
        if part
    )
    return OfferCase(title, frozenset(w.theme for w in words), text)


def themes_of_the_project(ctx: DocumentContext, case: OfferCase) -> set[str]:
    projects = [iri for iri, e in ctx.entities.items() if e.label_pl == case.title]
    return {str(t) for iri in projects for t in objects(ctx, iri, "theme")}


def has_the_themes(ctx: DocumentContext, case: OfferCase) -> tuple[bool, str]:
    return case.themes <= themes_of_the_project(ctx, case), f"themes {sorted(case.themes)}"


def has_none_of_them(ctx: DocumentContext, case: OfferCase) -> tuple[bool, str]:
    return not (case.themes & themes_of_the_project(ctx, case)), "none of the themes"


def test_what_a_project_offers_in_a_list_are_its_themes(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: offer_case(rng, OFFERING), has_the_themes)
    assert rate("'Co zaoferuje projekt?' / '… skorzystać z:' over items", results) >= POSITIVE


def test_a_list_that_offers_nothing_gives_no_themes(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: offer_case(rng, NOT_OFFERING), has_none_of_them)
    assert rate("negative: 'wzięli udział eksperci od:' over items", results) >= NEGATIVE
