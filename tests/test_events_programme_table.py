"""An event's page with its programme as a table: a line under the title gives the kind, the
city and the days set off by bars or commas ("International conference | Gdańsk, 30 November –
1 December 2022", "Konferencja | Lublin, 5 czerwca 2024 r."); the table's speakers' column
("| Time | Session | Speakers |", "| Godzina | Sesja | Prelegenci |") names people who take part
in it. A column of another kind ("| Kontakt |") names no participant. Cities are the reference's,
people SGJP's, days random."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects, person_iri
from tests.relations_templates import (
    MONTHS_GEN,
    NEGATIVE,
    POSITIVE,
    Named,
    Person,
    cities,
    draw,
    people,
    rate,
)
from tests.test_events_told_in_two_sentences import MONTHS_EN
from ump_kg.extract.context import DocumentContext


@dataclass(frozen=True)
class TableCase:
    city: Named
    first: dt.date
    speakers: tuple[Person, Person]
    text: str
    english: bool


def programme_page(rng: random.Random, column: str | None = None) -> TableCase:
    (city,) = draw(rng, cities())
    first = dt.date(rng.randrange(2018, 2025), rng.randrange(1, 12), rng.randrange(1, 28))
    one, two = rng.sample(people(), 2)
    english = rng.random() < 0.5
    if english:
        line = (
            f"{rng.choice(('International conference', 'Conference'))} | {city.form('nom')}, "
            f"{first.day} {MONTHS_EN[first.month - 1]} {first.year}"
        )
        header = f"| Time | Session | {column or rng.choice(('Speakers', 'Speaker'))} |"
        rows = [
            f"| 09:30 | Session 1 | {one.nominative}, Director; "
            f"{two.nominative}, Programme Manager |",
            "| 11:00 | Coffee break | |",
        ]
    else:
        line = (
            f"{rng.choice(('Konferencja międzynarodowa', 'Konferencja'))} | {city.form('nom')}, "
            f"{first.day} {MONTHS_GEN[first.month - 1]} {first.year} r."
        )
        header = f"| Godzina | Sesja | {column or rng.choice(('Prelegenci', 'Prelegent'))} |"
        rows = [
            f"| 9:30 | Sesja 1 | {one.nominative}, dyrektor; {two.nominative}, koordynator |",
            "| 11:00 | Przerwa kawowa | |",
        ]
    text = "\n".join(
        ["# Miasta otwarte", "", line, "", "## Program", "", header, "|---|---|---|", *rows]
    )
    return TableCase(city, first, (one, two), text, english)


def the_event(ctx: DocumentContext, case: TableCase) -> str | None:
    found = [e.iri for e in ctx.events if (e.first, e.city) == (case.first, case.city.iri)]
    return found[0] if len(found) == 1 else None


def speakers_take_part(ctx: DocumentContext, case: TableCase) -> tuple[bool, str]:
    event = the_event(ctx, case)
    speakers = {person_iri(ctx, p) for p in case.speakers}
    ok = event is not None and speakers <= objects(ctx, event, "participant")
    return ok, f"conference {case.first} in {case.city.slug} with both speakers"


def test_the_speakers_column_names_the_events_participants(pages: Pages) -> None:
    results, _ = measured(pages, programme_page, speakers_take_part, published="2025-06-30")
    assert rate("'Conference | Gdańsk, 30 November 2022' / '| Speakers |'", results) >= POSITIVE


def no_speaker_takes_part(ctx: DocumentContext, case: TableCase) -> tuple[bool, str]:
    event = the_event(ctx, case)
    speakers = {person_iri(ctx, p) for p in case.speakers}
    ok = event is None or not speakers & objects(ctx, event, "participant")
    return ok, "no participant from a contact column"


def test_another_column_names_no_participant(pages: Pages) -> None:
    results, _ = measured(
        pages,
        lambda rng: programme_page(rng, column="Kontakt"),
        no_speaker_takes_part,
        published="2025-06-30",
    )
    assert rate("negative: '| Kontakt |'", results) >= NEGATIVE
