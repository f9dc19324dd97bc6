"""What a project offers, as a list: "## Co zaoferuje projekt?" or "W ramach projektu
uczestnicy będą mogli skorzystać z:" over "- kursów …", "- doradztwa …" — each item's themes are
the project's. A list under an introduction that says nothing of an offer ("Na spotkaniu byli:")
gives the project no themes. On a project's own page the list may stand right under its heading,
with no introduction ("## Co oferujemy?" over "- **kursy języka polskiego** …"); a list under
"## Kontakt" or "## Partnerzy" offers nothing. Theme words are the reference themes' labels declined by morfeusz2
(tests/test_document_themes.theme_words); titles SGJP nouns."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects
from tests.relations_templates import NEGATIVE, POSITIVE, capitalise, rate, title_nouns
from tests.test_document_themes import words_of_distinct_themes
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
    words = words_of_distinct_themes(rng, rng.randrange(1, 3))
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


OFFER_HEADINGS = ("## Co oferujemy?", "## Oferta projektu", "## Działania w projekcie")
OTHER_HEADINGS = ("## Kontakt", "## Partnerzy", "## Dla kogo?")


def project_page(rng: random.Random, headings: tuple[str, ...]) -> OfferCase | None:
    """A project's own page: its title is the project's; the list is right under a heading."""
    words = words_of_distinct_themes(rng, rng.randrange(1, 3))
    title = f"{capitalise(rng.choice(title_nouns()))} bez granic"
    items = "\n".join(f"- **{w.form('nom')}** dla mieszkańców," for w in words)
    text = "\n\n".join(
        (
            f"# {title}",
            f"Projekt „{title}” jest współfinansowany ze środków Unii Europejskiej.",
            rng.choice(headings),
            items,
        )
    )
    return OfferCase(title, frozenset(w.theme for w in words), text)


def test_a_list_under_an_offer_heading_gives_the_pages_project_its_themes(pages: Pages) -> None:
    results, _ = measured(
        pages, lambda rng: project_page(rng, OFFER_HEADINGS), has_the_themes, titled=True
    )
    assert rate("'## Co oferujemy?' over items", results) >= POSITIVE


def test_a_list_under_another_heading_gives_no_themes(pages: Pages) -> None:
    results, _ = measured(
        pages, lambda rng: project_page(rng, OTHER_HEADINGS), has_none_of_them, titled=True
    )
    assert rate("negative: '## Kontakt' over items", results) >= NEGATIVE
