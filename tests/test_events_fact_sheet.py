"""A meeting's fact sheet: minutes and announcements open with a heading that names the event
("# NOTATKA ZE SPOTKANIA", "## Sprawozdanie z konferencji") over field lines ("**Termin:**
18–19.04.2023 r.", "Miejsce: Łódź – Sala …", "**Gospodarz:** Miasto Łódź"). The date field dates
the heading's event and the place field places it; with the Team named above the heading it is
the Team's meeting. A sheet under a heading that names no event ("# Nabór wniosków") makes none.
Later lines of the record ("1. Spotkanie otworzyła …, która przypomniała, że od lutego 2022 r.
…") go on about it: a time since when something holds is no other event's month. Cities are the
reference's, days random."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import MONTHS_GEN, NEGATIVE, POSITIVE, Named, cities, draw, rate
from ump_kg.extract.context import DocumentContext

PUBLISHED = "2024-12-20"
HEADINGS = (
    ("# NOTATKA ZE SPOTKANIA", "Meeting"),
    ("# Notatka z posiedzenia", "Meeting"),
    ("## Sprawozdanie z konferencji", "Conference"),
    ("# Warsztaty dla pracowników urzędów", "Meeting"),
)
NO_EVENT = ("# Nabór wniosków", "# Dyżur konsultanta", "## Ogłoszenie")
TEAM_LINES = (
    "UNIA METROPOLII POLSKICH\nZespół ds. Migracji i Integracji",
    "Zespół UMP ds. Migracji i Integracji",
)
VENUES = ("Sala Witrażowa", "Sala Sesyjna", "Aula Główna")


@dataclass(frozen=True)
class SheetCase:
    city: Named
    first: dt.date
    last: dt.date
    kind: str
    text: str


def written(first: dt.date, last: dt.date, rng: random.Random) -> str:
    """The date field's value as minutes write it."""
    month = MONTHS_GEN[first.month - 1]
    if first == last:
        return rng.choice(
            (
                f"{first.day} {month} {first.year} r.",
                f"{first.day:02d}.{first.month:02d}.{first.year}",
            )
        )
    return rng.choice(
        (
            f"{first.day}–{last.day}.{first.month:02d}.{first.year} r.",
            f"{first.day}–{last.day} {month} {first.year} r.",
        )
    )


def sheet(
    rng: random.Random,
    headings: tuple[tuple[str, str], ...],
    labels: tuple[str, ...] = ("**Termin:**", "Termin:", "**Data:**", "Data spotkania:"),
) -> SheetCase:
    (city,) = draw(rng, cities())
    first = dt.date(rng.randrange(2018, 2025), rng.randrange(3, 12), rng.randrange(1, 27))
    last = first + dt.timedelta(days=rng.randrange(0, 2))
    heading, kind = rng.choice(headings)
    team = rng.random() < 0.5
    if team and kind == "Meeting":
        kind = "TeamMeeting"
    label = rng.choice(labels)
    lines = [
        *([rng.choice(TEAM_LINES)] if team else []),
        heading,
        f"{label} {written(first, last, rng)}",
        f"**Miejsce:** {city.form('nom')} – {rng.choice(VENUES)}, ul. Długa 1",
        f"**Gospodarz:** Miasto {city.form('nom')}",
        "## Przebieg spotkania",
        "1. Spotkanie otworzyła zastępczyni prezydenta, która przypomniała, że od "
        f"{MONTHS_GEN[rng.randrange(12)]} {first.year - 1} r. liczba cudzoziemców w mieście wzrosła.",
    ]
    return SheetCase(city, first, last, kind, "\n\n".join(lines))


def the_sheets_event(ctx: DocumentContext, case: SheetCase) -> tuple[bool, str]:
    found = [(e.kind, e.first, e.last, e.city) for e in ctx.events]
    want = (case.kind, case.first, case.last, case.city.iri)
    return found == [want], f"one event {want} (found {found})"


def test_a_fact_sheet_dates_and_places_the_headings_event(pages: Pages) -> None:
    results, _ = measured(
        pages, lambda rng: sheet(rng, HEADINGS), the_sheets_event, published=PUBLISHED
    )
    assert rate("'# NOTATKA ZE SPOTKANIA' / '**Termin:** …' / '**Miejsce:** …'", results) >= (
        POSITIVE
    )


def no_event(ctx: DocumentContext, case: SheetCase) -> tuple[bool, str]:
    dated = [e for e in ctx.events if e.first == case.first]
    return not dated, f"no event on {case.first}"


def test_a_sheet_under_a_heading_without_an_event_makes_none(pages: Pages) -> None:
    headings = tuple((h, "Meeting") for h in NO_EVENT)
    # ("Data spotkania:" names a meeting itself)
    labels = ("**Termin:**", "Termin:", "**Data:**")
    results, _ = measured(
        pages, lambda rng: sheet(rng, headings, labels), no_event, published=PUBLISHED
    )
    assert rate("negative: '# Nabór wniosków' / 'Termin: …'", results) >= NEGATIVE
