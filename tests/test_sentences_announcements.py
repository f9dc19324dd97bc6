"""Announcements write days with an abbreviated weekday and number their sections: "**1.
Termin**", "Konferencja: wt. 14 III 2023, godz. 9:30–16:00." — the weekday's period ("wt.",
"czw.", "śr.") ends no sentence and a section's number ("1.", "**2.") opens its line without
being a sentence of its own; so the conference is dated, and a numbered position's point
("2. Projekt nie przewiduje …") still speaks of the page's document. Days, months (Roman and
Arabic), cities and section titles are drawn; cities are the reference's."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import POSITIVE, Named, cities, draw, rate, w
from ump_kg.extract.context import DocumentContext
from ump_kg.extract.sentences import split_sentences

WEEKDAY_ABBREVIATIONS = ("pn.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz.")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
SECTION_TITLES = ("Termin", "Miejsce", "Organizatorzy", "Program", "Rejestracja")


def written_day(rng: random.Random, day: dt.date) -> str:
    weekday = WEEKDAY_ABBREVIATIONS[day.weekday()]
    month = ROMAN[day.month - 1] if rng.random() < 0.5 else f"{day.month:02d}"
    separator = " " if month in ROMAN else "."
    return f"{weekday} {day.day}{separator}{month}{separator}{day.year}"


def numbered(rng: random.Random, number: int, title: str) -> str:
    return rng.choice((f"**{number}. {title}**", f"{number}. {title}", f"### {number}. {title}"))


@dataclass(frozen=True)
class AnnouncementCase:
    city: Named
    day: dt.date
    text: str


def announcement(rng: random.Random) -> AnnouncementCase:
    (city,) = draw(rng, cities())
    day = dt.date(2023, rng.randrange(2, 12), rng.randrange(1, 28))
    earlier = day - dt.timedelta(days=rng.randrange(7, 20))
    text = "\n\n".join(
        [
            f"{w(city).capitalize()} odbędzie się konferencja o integracji cudzoziemców.",
            numbered(rng, 1, "Termin") + "\nKonferencja: "
            f"{written_day(rng, day)}, godz. 9:30–16:00. Konferencja, pierwotnie zapowiadana "
            f"na {written_day(rng, earlier)}, odbędzie się w nowym terminie.",
            numbered(rng, 2, rng.choice(SECTION_TITLES[1:])) + "\nSzczegóły wkrótce.",
        ]
    )
    return AnnouncementCase(city, day, text)


def dated_as_announced(ctx: DocumentContext, case: AnnouncementCase) -> tuple[bool, str]:
    found = [(e.kind, e.first) for e in ctx.events]
    return ("Conference", case.day) in found, f"a conference on {case.day}"


def test_an_announced_day_with_a_weekday_abbreviation(pages: Pages) -> None:
    results, _ = measured(pages, announcement, dated_as_announced, published="2023-01-15")
    assert rate("'Konferencja: wt. 14 III 2023' under '**1. Termin**'", results) >= POSITIVE


def test_weekday_abbreviations_and_section_numbers_end_no_sentence() -> None:
    rng = random.Random(7)
    for _ in range(105):
        day = dt.date(2023, rng.randrange(1, 13), rng.randrange(1, 28))
        line = f"Spotkanie: {written_day(rng, day)}, godz. 10:00."
        heading = numbered(rng, rng.randrange(1, 10), rng.choice(SECTION_TITLES))
        sentences = [s.text for s in split_sentences(f"{heading}\n{line}\n\nKoniec.")]
        assert line in " ".join(sentences) and all(s.strip("*# ") for s in sentences), sentences
        assert not any(s.rstrip("*").endswith((".", ". ")) and len(s) <= 5 for s in sentences)
