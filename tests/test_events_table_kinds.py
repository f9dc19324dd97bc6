"""A project's table of events, introduced by a text that names the Team ("… shares the results
through the UMP Team for Migration and Integration"): each row's own word says what the event
was — "Final conference "Cities that Welcome"" a conference under its own name, "Peer-learning
workshop …", "Study visit …" meetings, and only "… at the meeting of the UMP Team …" the
Team's. Rows without such a word take the kind the introduction gives (a table of the Team's
meetings). Cities are the reference's, days random, titles drawn from SGJP words."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, objects
from tests.relations_templates import (
    MONTHS_EN,
    MONTHS_GEN,
    POSITIVE,
    Named,
    capitalise,
    cities,
    city_in_english,
    common_lemmas,
    draw,
    rate,
)
from ump_kg.extract.context import DocumentContext

SCHEMA_NAME = "https://schema.org/name"
ROWS_EN = (
    ("Final conference \"{t}\"", "Conference", True),
    ("Peer-learning workshop on multilingual communication", "Meeting", False),
    ("Study visit to the one-stop shop", "Meeting", False),
    ("Training for front-line staff", "Meeting", False),
    ("Presentation of results at the meeting of the UMP Team for Migration and Integration",
     "TeamMeeting", False),
)  # fmt: skip
ROWS_PL = (
    ("Konferencja końcowa „{t}”", "Conference", True),
    ("Warsztaty dla pracowników urzędów", "Meeting", False),
    ("Wizyta studyjna w punkcie obsługi cudzoziemców", "Meeting", False),
    ("Szkolenie dla urzędników", "Meeting", False),
    ("Prezentacja wyników na posiedzeniu Zespołu UMP ds. Migracji i Integracji",
     "TeamMeeting", False),
)  # fmt: skip


@dataclass(frozen=True)
class Row:
    day: dt.date
    city: Named
    kind: str
    title: str | None


@dataclass(frozen=True)
class TableCase:
    rows: tuple[Row, ...]
    english: bool
    text: str


def table_case(rng: random.Random) -> TableCase:
    english = rng.random() < 0.5
    kinds = ROWS_EN if english else ROWS_PL
    chosen = rng.sample(kinds, 3)
    places = draw(rng, cities(), 3)
    year = rng.randrange(2019, 2025)
    rows, lines = [], []
    for index, ((cell, kind, titled), city) in enumerate(zip(chosen, places, strict=True)):
        day = dt.date(year, 2 + 3 * index, rng.randrange(1, 28))
        title = capitalise(rng.choice(common_lemmas())) + " w mieście" if titled else None
        event = cell.format(t=title) if titled else cell
        when = (
            f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
            if english
            else f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year}"
        )
        place = city_in_english(rng, city) if english else city.label
        lines.append(f"| {when} | {event} | {place} |")
        rows.append(Row(day, city, kind, title))
    if english:
        intro = (
            "The project shares its results with the member cities through the UMP Team for "
            "Migration and Integration.\n\n## Events\n\n| Date | Event | Place |\n|---|---|---|"
        )
    else:
        intro = (
            "Projekt przedstawia swoje wyniki miastom członkowskim za pośrednictwem Zespołu UMP "
            "ds. Migracji i Integracji.\n\n## Wydarzenia\n\n| Data | Wydarzenie | Miejsce |\n"
            "|---|---|---|"
        )
    return TableCase(tuple(rows), english, intro + "\n" + "\n".join(lines))


def each_as_its_row_says(ctx: DocumentContext, case: TableCase) -> tuple[bool, str]:
    for row in case.rows:
        found = [e for e in ctx.events if (e.first, e.city) == (row.day, row.city.iri)]
        if len(found) != 1 or found[0].kind != row.kind:
            return False, f"{row.kind} on {row.day} in {row.city.slug}: {[e.kind for e in found]}"
        if row.title and row.title not in {str(o) for o in objects(ctx, found[0].iri, SCHEMA_NAME)}:
            return False, f"the conference named {row.title}"
    return True, "each row's kind and name"


def test_a_rows_own_word_says_what_the_event_was(pages: Pages) -> None:
    def extract(case: TableCase) -> DocumentContext:
        return (pages.english if case.english else pages).extract(case.text)

    results = []
    rng = random.Random(20261205)
    for _ in range(105):
        case = table_case(rng)
        ok, want = each_as_its_row_says(extract(case), case)
        results.append((ok, f"{want}: {case.text!r}"))
    assert rate("'| … | Final conference \"X\" | … |' -> a conference named X", results) >= (
        POSITIVE
    )
