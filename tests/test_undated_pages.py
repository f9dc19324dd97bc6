"""Undated pages (a digest, a news list without a date line): a year-less day ("7–8 marca") is
read in the year the page writes its full dates in; without full dates, in the year of the
months it names ("w czerwcu 2018 r."), and without those in the year it names on its own
("Strategia … na lata 2018–2022", "w 2018 r. przyjęto …") — the start of a range of years,
never its end, and a single year only in a clause told in the past (a goal or a year told in the
present or future is a horizon). A page that names no year leaves the day unread. Cities and people come from the
reference data and SGJP (tests/relations_templates.py); days and years at random (seeded)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from tests.relations_pages import Pages, outcome
from tests.relations_templates import MONTHS_GEN, NEGATIVE, POSITIVE, cities, people, rate, w
from ump_kg.extract.context import DocumentContext

COUNT = 105


def meeting_days(ctx: DocumentContext) -> set[dt.date]:
    return {e.first for e in ctx.events if e.first is not None}  # type: ignore[misc]


def year_named_alone(rng: random.Random, year: int) -> str:
    """A sentence that names the year without a day: a strategy's span, a year, a month."""
    span = rng.randrange(2, 6)
    return rng.choice(
        (
            f"Tematem była strategia integracji na lata {year}–{year + span}.",
            f"Omówiono program współpracy na lata {year}-{year + span}.",
            f"W {year} r. miasto przyjęło nowy program integracji.",
            f"Raport, który w {year} roku przygotowało biuro, omówiono szeroko.",
        )
    )


def horizon(rng: random.Random, year: int) -> str:
    """A single year as a goal or told in the present or future: no time of the page."""
    return rng.choice(
        (
            f"W {year} r. miasto ma być w pełni dostępne dla cudzoziemców.",
            f"Miasto chce, aby w {year} r. każdy migrant znał swoje prawa.",
            f"Cele strategii mają zostać osiągnięte w {year} roku.",
            f"W {year} r. zostanie otwarte nowe centrum integracji.",
        )
    )


def team_meeting(rng: random.Random, year: int) -> tuple[str, dt.date]:
    day = dt.date(year, rng.randrange(1, 13), rng.randrange(1, 28))
    city = rng.choice(cities())
    guest = rng.choice(people())
    sentence = (
        f"{day.day} {MONTHS_GEN[day.month - 1]} {w(city)} odbyło się posiedzenie Zespołu UMP "
        f"ds. Migracji i Integracji; gościem był{guest.a} {guest.nominative}."
    )
    return sentence, day


def measured(
    tmp_path: Path, page: Callable[[random.Random], tuple[str, set[dt.date]]]
) -> list[tuple[bool, str]]:
    pages = Pages(tmp_path)
    rng = random.Random(20261202)
    results = []
    for _ in range(COUNT):
        body, want = page(rng)
        ctx = pages.extract(body, published="")
        ok = meeting_days(ctx) == want
        results.append(outcome(ctx, ok, body, f"meeting days {sorted(want)}"))
    return results


def test_a_year_named_alone_dates_the_year_less_meeting(tmp_path: Path) -> None:
    def page(rng: random.Random) -> tuple[str, set[dt.date]]:
        year = rng.randrange(2015, 2025)
        meeting, day = team_meeting(rng, year)
        lines = [meeting, year_named_alone(rng, year)]
        rng.shuffle(lines)
        return "\n\n".join(f"- {line}" for line in lines), {day}

    assert (
        rate("undated page: the year it names dates a year-less day", measured(tmp_path, page))
        >= POSITIVE
    )


def test_full_dates_outweigh_years_named_alone(tmp_path: Path) -> None:
    def page(rng: random.Random) -> tuple[str, set[dt.date]]:
        year = rng.randrange(2015, 2025)
        meeting, day = team_meeting(rng, year)
        other = rng.choice([y for y in range(2008, 2030) if y != year])
        city = rng.choice(cities())
        full = dt.date(year, rng.randrange(1, 13), rng.randrange(1, 28))
        dated = (
            f"{full.day} {MONTHS_GEN[full.month - 1]} {year} r. {w(city)} obradował Zespół UMP "
            "ds. Migracji i Integracji."
        )
        lines = [meeting, dated, year_named_alone(rng, other)]
        rng.shuffle(lines)
        return "\n\n".join(f"- {line}" for line in lines), {day, full}

    assert rate("undated page: full dates before named years", measured(tmp_path, page)) >= POSITIVE


def test_a_page_that_names_no_year_dates_nothing(tmp_path: Path) -> None:
    def page(rng: random.Random) -> tuple[str, set[dt.date]]:
        meeting, _ = team_meeting(rng, rng.randrange(2015, 2025))
        return f"- {meeting}", set()

    assert rate("negative: undated page without a year", measured(tmp_path, page)) >= NEGATIVE


def test_a_horizon_dates_nothing(tmp_path: Path) -> None:
    def page(rng: random.Random) -> tuple[str, set[dt.date]]:
        year = rng.randrange(2015, 2025)
        meeting, _ = team_meeting(rng, year)
        lines = [meeting, horizon(rng, year + rng.randrange(3, 12))]
        rng.shuffle(lines)
        return "\n\n".join(f"- {line}" for line in lines), set()

    assert rate("negative: a horizon year dates nothing", measured(tmp_path, page)) >= NEGATIVE


def test_of_years_written_as_often_the_latest_dates_the_page(tmp_path: Path) -> None:
    """Session 19: a page that writes one full date in each of two years (an earlier meeting
    it recalls, a later one) reads its year-less day in the later year; it was written after
    both. Before: 0 %; stigma +2.7/+2.2 (a blind set: decided with its totals), others unchanged."""

    def page(rng: random.Random) -> tuple[str, set[dt.date]]:
        year = rng.randrange(2016, 2025)
        earlier = year - rng.randrange(1, 4)
        meeting, day = team_meeting(rng, year)
        lines = [meeting]
        for each in (earlier, year):
            full = dt.date(each, rng.randrange(1, 13), rng.randrange(1, 28))
            city = rng.choice(cities())
            lines.append(
                f"{full.day} {MONTHS_GEN[full.month - 1]} {each} r. {w(city)} obradował Zespół "
                "UMP ds. Migracji i Integracji."
            )
        rng.shuffle(lines)
        want = {day} | {
            dt.date(int(line.split(" r. ")[0].split()[-1]), MONTHS_GEN.index(line.split()[1]) + 1,
                    int(line.split()[0]))
            for line in lines
            if " r. " in line
        }  # fmt: skip
        return "\n\n".join(f"- {line}" for line in lines), want

    assert rate("undated page: the later of two years", measured(tmp_path, page)) >= POSITIVE
