"""A page whose headline names no event ("# Lublin dla cudzoziemców – kawiarenka
partycypacyjna"), a paragraph that invites to one ("Zapraszamy na otwarte spotkanie …", "The
meeting will be interpreted …"), then a fact sheet ("- Temat: „…”", "- Data: 27 listopada 2019
r.", "- Miejsce: …, Lublin"; "- Topic:", "- Date:", "- Venue:"): the sheet dates and places the
event the paragraph right before it invites to, and a quoted topic is the event's own name
(session 47, from a miss of yus, opened this session: an English invitation of Erasmus students
to a participatory cafe gave an undated event). Titles are SGJP's common nouns, cities the
reference's, days random, the field labels and the invitations drawn from their lists.
Controls: a sheet under a paragraph that invites to nothing ("Punkt przyjmuje cudzoziemców bez
zapisów.") is no event; nor is one whose invitation stands two paragraphs above it, with a
paragraph of something else between.
Measured on the commit before: 0.0 % -> 100 %; the controls 100 % before and after."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import (
    MONTHS_EN,
    MONTHS_GEN,
    NEGATIVE,
    POSITIVE,
    Named,
    cities,
    draw,
    rate,
    title_nouns,
)
from ump_kg.extract.context import DocumentContext

PUBLISHED = ""  # an invitation with no date line: the sheet alone dates the event
HEADLINES_PL = (
    "# {city} dla cudzoziemców – kawiarenka partycypacyjna",
    "# Porozmawiajmy o mieście",
)
HEADLINES_EN = ("# {city} for foreigners – participatory cafe", "# Have your say about the city")
INVITATIONS_PL = (
    "Zapraszamy na otwarte spotkanie o przyszłości miasta.",
    "Serdecznie zapraszamy mieszkańców i cudzoziemców na debatę o tym, jak żyje się w mieście.",
    "Każdy, kto chce współtworzyć miasto, może przyjść. Spotkanie będzie tłumaczone na język "
    "ukraiński.",
)
INVITATIONS_EN = (
    "Everyone is invited to an open meeting about the city's future.",
    "Residents who came from abroad are welcome. The meeting will be interpreted to and from "
    "English and Ukrainian.",
    "Join us for a debate on what a city good for everyone would look like.",
)
DATE_LABELS_PL = ("Data", "Termin", "Kiedy")
DATE_LABELS_EN = ("Date", "When")
NOTHING_PL = "Punkt przyjmuje cudzoziemców bez zapisów, a porady są bezpłatne."
NOTHING_EN = "The point is open to foreigners without an appointment, free of charge."


@dataclass(frozen=True)
class SheetCase:
    text: str
    title: str
    day: dt.date
    city: Named
    english: bool


def sheet_lines(rng: random.Random, english: bool, name: str, day: dt.date, city: Named) -> str:
    town = city.form("nom")
    if english:
        label = rng.choice(DATE_LABELS_EN)
        return "\n".join(
            (
                f'- Topic: "{name}"',
                f"- {label}: {day.day} {MONTHS_EN[day.month - 1]} {day.year}, 6:00–8:00 PM",
                f"- Venue: City Gallery, 5 Long Street, {town}",
            )
        )
    label = rng.choice(DATE_LABELS_PL)
    return "\n".join(
        (
            f"- Temat: „{name}”",
            f"- {label}: {day.day} {MONTHS_GEN[day.month - 1]} {day.year} r., godz. 18:00–20:00",
            f"- Miejsce: Galeria Miejska, ul. Długa 5, {town}",
        )
    )


def sheet_case(rng: random.Random, invited: bool = True, far: bool = False) -> SheetCase:
    (city,) = draw(rng, cities())
    english = rng.random() < 0.4
    day = dt.date(rng.randrange(2012, 2026), rng.randrange(1, 13), rng.randrange(1, 29))
    one, other = rng.sample(title_nouns(), 2)
    name = rng.choice((f"{one} i {other.lower()}", one))
    headline = rng.choice(HEADLINES_EN if english else HEADLINES_PL).format(city=city.form("nom"))
    invitation = rng.choice(INVITATIONS_EN if english else INVITATIONS_PL)
    nothing = NOTHING_EN if english else NOTHING_PL
    paragraphs = [headline]
    if far:
        paragraphs += [invitation, nothing]
    else:
        paragraphs.append(invitation if invited else nothing)
    paragraphs.append(sheet_lines(rng, english, name, day, city))
    return SheetCase("\n\n".join(paragraphs), name, day, city, english)


def events_of(ctx: DocumentContext) -> list[tuple[str | None, object, str | None]]:
    return [(e.title[0] if e.title else None, e.first, e.city) for e in ctx.events]


def one_dated_named_event(ctx: DocumentContext, case: SheetCase) -> tuple[bool, str]:
    want = (case.title, case.day, case.city.iri)
    found = events_of(ctx)
    return found == [want], f"one event {want} (found {found})"


def no_dated_event(ctx: DocumentContext, case: SheetCase) -> tuple[bool, str]:
    found = [e for e in events_of(ctx) if e[1] is not None]
    return not found, f"no dated event (found {found})"


def test_a_sheet_under_an_invitation_dates_places_and_names_its_event(pages: Pages) -> None:
    results, _ = measured(pages, sheet_case, one_dated_named_event, published=PUBLISHED)
    assert rate("'Zapraszamy na spotkanie …' / '- Temat: „X”', '- Data: …'", results) >= POSITIVE


def test_control_a_sheet_under_a_paragraph_that_invites_to_nothing_is_no_event(
    pages: Pages,
) -> None:
    results, _ = measured(
        pages, lambda rng: sheet_case(rng, invited=False), no_dated_event, published=PUBLISHED
    )
    assert rate("control: 'Punkt przyjmuje …' / '- Data: …'", results) >= NEGATIVE


def test_control_an_invitation_two_paragraphs_above_the_sheet_is_not_its_event(
    pages: Pages,
) -> None:
    results, _ = measured(
        pages, lambda rng: sheet_case(rng, far=True), no_dated_event, published=PUBLISHED
    )
    assert rate("control: invitation, another paragraph, then the sheet", results) >= NEGATIVE
