"""An event's fact sheet written as a list, under a headline whose title holds a period: "#
Miasta Integrujące. Integracja = Bezpieczeństwo | konferencja" over "- **Termin:** 29–30 czerwca
2017 r.", "- **Miejsce:** Dwór Artusa w Gdańsku", "- **Wstęp:** po rejestracji". A list item's
field is a field as a line's is, and a headline is one title whatever periods it holds, so the
date field dates the headline's event and the place field places it. A listed sheet under a
headline that names no event ("# Nabór wniosków. Edycja …") makes none. Titles are SGJP nouns,
cities the reference's, days random. Measured on 63f4312: 50.5 % (a "* " item was read as a
field already, a "- " item was not, nor a headline cut at its period) -> 100 %; the control 100 %
before and after."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import (
    MONTHS_GEN,
    NEGATIVE,
    POSITIVE,
    Named,
    cities,
    draw,
    rate,
    title_nouns,
    w,
)
from ump_kg.extract.context import DocumentContext

PUBLISHED = ""  # an event's own page often has no date line: the sheet alone dates it
EVENT_HEADLINES = (
    ("# {a}. {b} = {c} | konferencja", "Conference"),
    ("# {a}. {b} – konferencja", "Conference"),
    ("# Konferencja. {a} i {b}", "Conference"),
)
NO_EVENT_HEADLINES = ("# Nabór wniosków. {a} i {b}", "# {a}. {b} | ogłoszenie")
VENUES = ("Dwór Artusa", "Sala Kolumnowa", "Aula Główna", "Centrum Kultury Zamek")
LABELS = ("**Termin:**", "Termin:", "**Data:**", "**Kiedy:**")
BULLETS = ("-", "*")


@dataclass(frozen=True)
class ListedSheet:
    city: Named
    first: dt.date
    last: dt.date
    kind: str
    text: str


def written(first: dt.date, last: dt.date, rng: random.Random) -> str:
    month = MONTHS_GEN[first.month - 1]
    if first == last:
        return rng.choice((f"{first.day} {month} {first.year} r.", f"{first:%d.%m.%Y} r."))
    return f"{first.day}–{last.day} {month} {first.year} r."


def listed_sheet(rng: random.Random, headlines: tuple[tuple[str, str], ...]) -> ListedSheet:
    (city,) = draw(rng, cities())
    first = dt.date(rng.randrange(2015, 2025), rng.randrange(1, 13), rng.randrange(1, 27))
    last = first + dt.timedelta(days=rng.randrange(0, 3))
    a, b, c = rng.sample(title_nouns(), 3)
    headline, kind = rng.choice(headlines)
    bullet = rng.choice(BULLETS)
    place = rng.choice(
        (
            f"{rng.choice(VENUES)} {w(city)}",
            f"{city.form('nom')}, {rng.choice(VENUES)}",
        )
    )
    lines = [
        headline.format(a=a, b=b.lower(), c=c),
        "",
        f"{bullet} {rng.choice(LABELS)} {written(first, last, rng)}",
        f"{bullet} **Miejsce:** {place}",
        f"{bullet} **Wstęp:** po rejestracji; szczegóły w programie",
        "",
        "Spotkanie będzie okazją do rozmowy o tym, jak prowadzić procesy integracyjne.",
    ]
    return ListedSheet(city, first, last, kind, "\n".join(lines))


def the_sheets_event(ctx: DocumentContext, case: ListedSheet) -> tuple[bool, str]:
    found = [(e.kind, e.first, e.last, e.city) for e in ctx.events]
    want = (case.kind, case.first, case.last, case.city.iri)
    return found == [want], f"one event {want} (found {found})"


def no_event_on_its_day(ctx: DocumentContext, case: ListedSheet) -> tuple[bool, str]:
    dated = [e.iri for e in ctx.events if e.first == case.first]
    return not dated, f"no event on {case.first} (found {dated})"


def test_a_listed_sheet_dates_and_places_the_headlines_event(pages: Pages) -> None:
    results, _ = measured(
        pages,
        lambda rng: listed_sheet(rng, EVENT_HEADLINES),
        the_sheets_event,
        published=PUBLISHED,
    )
    assert rate("'# A. B | konferencja' / '- **Termin:** …' / '- **Miejsce:** …'", results) >= (
        POSITIVE
    )


def test_a_listed_sheet_under_a_headline_without_an_event_makes_none(pages: Pages) -> None:
    headlines = tuple((h, "") for h in NO_EVENT_HEADLINES)
    results, _ = measured(
        pages, lambda rng: listed_sheet(rng, headlines), no_event_on_its_day, published=PUBLISHED
    )
    assert rate("negative: '# Nabór wniosków. …' / '- **Termin:** …'", results) >= NEGATIVE
