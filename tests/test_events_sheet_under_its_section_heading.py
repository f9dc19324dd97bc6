"""A fact sheet under a section whose heading names one event dates that event, whatever
sections stand above it: "## Zaproszenie na konferencję online „…”", a paragraph of invitation,
then "- **Termin:** 20 grudnia 2023 r., godz. 10.00–14.00" is a conference on 20 December 2023
(session 43, from a miss of yogh, opened earlier: the sheet was read only under the page's one
headline or right under its heading, and a page of three sections gave no event). Titles are
SGJP's common nouns, days random, the page's first sections made of SGJP nouns too.
Control: the same page whose last section's heading names no event ("## Nabór wniosków") gives
no event of the sheet's day. Measured on 1905d76: 0.0 % -> 100 %; control 100 % before and
after."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import MONTHS_GEN, NEGATIVE, POSITIVE, rate, title_nouns
from ump_kg.extract.context import DocumentContext

PUBLISHED = "2011-12-01"  # before every generated day: the pages announce
HEADINGS = (
    "Zaproszenie na konferencję online",
    "Konferencja",
    "Szkolenie dla pracodawców",
    "Warsztaty",
    "Zaproszenie na seminarium",
)
PLAIN_HEADINGS = ("Nabór wniosków", "Informacje dla pracodawców", "Dokumenty do pobrania")
INVITATIONS = (
    "Wydział Spraw Cudzoziemców zaprasza pracodawców do udziału.",
    "Organizatorzy zapraszają przedstawicieli samorządów i organizacji.",
)


@dataclass(frozen=True)
class SheetCase:
    text: str
    first: dt.date


def sheet_case(rng: random.Random, plain: bool = False) -> SheetCase:
    first = dt.date(rng.randrange(2012, 2025), rng.randrange(1, 13), rng.randrange(1, 29))
    one, other, name = rng.sample(title_nouns(), 3)
    heading = rng.choice(PLAIN_HEADINGS if plain else HEADINGS)
    lines = [
        f"# {one} – informacje",
        f"## {other}",
        f"Informacje o działaniach projektu {other.lower()} są dostępne w urzędzie.",
        f"## {heading} „{name}”",
        rng.choice(INVITATIONS),
        f"- **Termin:** {first.day} {MONTHS_GEN[first.month - 1]} {first.year} r., "
        "godz. 10.00–14.00, w formule online.\n"
        "- **Prelegenci:** przedstawiciele urzędu i organizacji pozarządowych.",
    ]
    return SheetCase("\n\n".join(lines), first)


def days_of(ctx: DocumentContext) -> list[object]:
    return [e.first for e in ctx.events]


def the_sheet_dates_an_event(ctx: DocumentContext, case: SheetCase) -> tuple[bool, str]:
    found = days_of(ctx)
    return case.first in found, f"an event on {case.first} (found {found})"


def no_event_on_the_sheet_day(ctx: DocumentContext, case: SheetCase) -> tuple[bool, str]:
    found = days_of(ctx)
    return case.first not in found, f"no event on {case.first} (found {found})"


def test_a_sheet_under_a_section_heading_naming_an_event_dates_it(pages: Pages) -> None:
    results, _ = measured(pages, sheet_case, the_sheet_dates_an_event, published=PUBLISHED)
    assert rate("'## Zaproszenie na konferencję „X”' / '- **Termin:** …'", results) >= POSITIVE


def test_control_a_sheet_under_a_plain_heading_dates_no_event(pages: Pages) -> None:
    results, _ = measured(
        pages,
        lambda rng: sheet_case(rng, plain=True),
        no_event_on_the_sheet_day,
        published=PUBLISHED,
    )
    assert rate("control: '## Nabór wniosków' / '- **Termin:** …'", results) >= NEGATIVE
