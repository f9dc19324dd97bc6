"""Two ways a page spreads one meeting over two places:

- a table of meetings with the year in a column of its own ("| Rok | Miasto | Termin |" over
  "| 2017 | Kraków | 30 listopada – 1 grudnia |"): each row's days are of its row's year, not of
  a heading's span ("## Historia Zespołu w latach 2016–2023") or the page's date;
- a meeting word in one sentence, its day and city in the next, which says "it" was held then
  ("… od nieformalnego spotkania zwołanego z inicjatywy prezydenta. Odbyło się ono 24 listopada
  2016 r. w Gdańsku", "It took place on 5 May 2019 in Lublin").

Cities are the reference's, declined by morfeusz2; days and years random."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import MONTHS_GEN, POSITIVE, Named, cities, draw, rate
from ump_kg.extract.context import DocumentContext

MONTHS_EN = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True)
class Told:
    meetings: tuple[tuple[Named, dt.date, dt.date], ...]
    text: str
    english: bool = False


def a_meeting(rng: random.Random, city: Named, year: int) -> tuple[Named, dt.date, dt.date]:
    first = dt.date(year, rng.randrange(1, 13), rng.randrange(1, 28))
    return city, first, first + dt.timedelta(days=rng.randrange(0, 2))


def days_written(first: dt.date, last: dt.date) -> str:
    if first == last:
        return f"{first.day} {MONTHS_GEN[first.month - 1]}"
    return f"{first.day}–{last.day} {MONTHS_GEN[first.month - 1]}"


def table_of_meetings(rng: random.Random) -> Told:
    chosen = draw(rng, cities(), 4)
    years = sorted(rng.sample(range(2016, 2024), 4))
    meetings = tuple(a_meeting(rng, c, y) for c, y in zip(chosen, years, strict=True))
    rows = [
        f"| {first.year} | {city.form('nom')} | {days_written(first, last)} | "
        f"{rng.choice(('edukacja', 'mieszkalnictwo', 'rynek pracy'))} |"
        for city, first, last in meetings
    ]
    text = "\n".join(
        [
            "## Historia Zespołu w latach 2015–2024",
            "",
            "Zespół UMP ds. Migracji i Integracji spotyka się dwa razy w roku; spotkania "
            "stacjonarne Zespołu zestawia tabela:",
            "",
            "| Rok | Miasto | Termin | Główne tematy |",
            "|---|---|---|---|",
            *rows,
        ]
    )
    return Told(meetings, text)


def each_meeting_dated(ctx: DocumentContext, case: Told) -> tuple[bool, str]:
    found = {(e.city, e.first, e.last) for e in ctx.events}
    want = {(c.iri, first, last) for c, first, last in case.meetings}
    return want <= found, f"meetings {sorted((c.slug, str(f)) for c, f, _ in case.meetings)}"


def test_a_rows_year_cell_gives_its_days_their_year(pages: Pages) -> None:
    results, _ = measured(pages, table_of_meetings, each_meeting_dated, published="2024-06-30")
    assert rate("'| 2017 | Kraków | 30 listopada – 1 grudnia |'", results) >= POSITIVE


PRONOUN = (
    "Współpraca miast zaczęła się od nieformalnego spotkania zwołanego z inicjatywy prezydenta. "
    "Odbyło się ono {day} w {loc}.",
    "Pierwszym krokiem była konferencja poświęcona integracji cudzoziemców. Odbyła się ona "
    "{day} w {loc}, z udziałem urzędników wielu miast.",
)
PRONOUN_EN = (
    "The cooperation began with an informal meeting called by the mayor. It took place on "
    "{day_en} in {nom}.",
)


def told_with_a_pronoun(rng: random.Random) -> Told:
    (city,) = draw(rng, cities())
    meeting = a_meeting(rng, city, rng.randrange(2016, 2024))
    _, first, _ = meeting
    meeting = (city, first, first)
    english = rng.random() < 0.3
    template = rng.choice(PRONOUN_EN if english else PRONOUN)
    text = template.format(
        day=f"{first.day} {MONTHS_GEN[first.month - 1]} {first.year} r.",
        day_en=f"{first.day} {MONTHS_EN[first.month - 1]} {first.year}",
        loc=city.form("loc"),
        nom=city.form("nom"),
    )
    if city.form("loc")[0] in "Ww" and not english:
        text = text.replace(f" w {city.form('loc')}", f" we {city.form('loc')}")
    return Told((meeting,), text, english)


def test_it_was_held_dates_the_meeting_of_the_sentence_before(pages: Pages) -> None:
    results, _ = measured(pages, told_with_a_pronoun, each_meeting_dated, published="2024-06-30")
    assert rate("'… spotkania … Odbyło się ono 24 listopada 2016 r. w Gdańsku'", results) >= (
        POSITIVE
    )
