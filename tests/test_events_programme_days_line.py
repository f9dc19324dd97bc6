"""A programme page under its headline: "# Local Trends" over "**17–18 października 2022, Poznań** ·
forumIdei", then "## 17 października – scena dobrych praktyk" over "Sesja „Zaprojektuj
rozwiązanie…”, którą przygotowała …" and "## 18 października, godz. 13:30" over "Debata …"
(session 24, from the opened set tet). The line that gives only a span of days and a city says
where the page's event is: a session or a debate on one of those days is held there
(events.city_of_the_pages_days); and "Sesja „…”", a session by its quoted title, is an event
(events.TRIGGER). Before, the session was no event and the debate had no city.
Cases: headlines from SGJP nouns; spans of two or three days in any month of 2015–2024, bold or
not, with "· <publisher>" after it or nothing; reference cities; sessions' and debates' titles
from SGJP nouns; the two headings with or without an hour.
Control: a day under its own heading outside the span gets no city from the line.
Measured on dd2a323: 0 %; control 100 %.
"""

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
    title_of,
)
from ump_kg.extract.context import DocumentContext

AFTER = (" · forumIdei", " · Fundacja", "")
ORGANISERS = ("Fundacja Batorego", "Unia Metropolii Polskich", "Instytut Spraw Publicznych")


@dataclass(frozen=True)
class ProgrammeCase:
    city: Named
    days: tuple[dt.date, ...]  # the days of the sessions
    inside: bool  # whether the sessions' days are within the line's span
    text: str


def programme(rng: random.Random, outside: bool = False) -> ProgrammeCase:
    (city,) = draw(rng, cities())
    first = dt.date(rng.randrange(2015, 2025), rng.randrange(1, 13), rng.randrange(1, 20))
    last = first + dt.timedelta(days=rng.choice((1, 2)))
    month = MONTHS_GEN[first.month - 1]
    bold = "**" if rng.random() < 0.7 else ""
    line = f"{bold}{first.day}–{last.day} {month} {first.year}, {city.form('nom')}{bold}"
    session_day = first if not outside else first + dt.timedelta(days=6)
    debate_day = last if not outside else last + dt.timedelta(days=6)
    hour = ", godz. 13:30–14:30" if rng.random() < 0.5 else ""
    lines = [
        f"# {title_of(rng)}",
        "",
        f"{line}{rng.choice(AFTER)}",
        "",
        f"{title_of(rng)} to przedsięwzięcie, które od lat gromadzi samorządowców.",
        "",
        f"## {session_day.day} {MONTHS_GEN[session_day.month - 1]} – scena dobrych praktyk",
        "",
        f"Sesja „{title_of(rng)}”, którą przygotowała {rng.choice(ORGANISERS)}.",
        "",
        f"## {debate_day.day} {MONTHS_GEN[debate_day.month - 1]}{hour}",
        "",
        f"Debata okrągłego stołu „{title_of(rng)}”.",
    ]
    return ProgrammeCase(city, (session_day, debate_day), not outside, "\n".join(lines))


def held_there(ctx: DocumentContext, case: ProgrammeCase) -> tuple[bool, str]:
    found = {(e.first, e.city) for e in ctx.events}
    want = {(day, case.city.iri) for day in case.days}
    if case.inside:
        return want <= found, f"sessions {sorted(case.days)} in {case.city.slug} ({found})"
    return not (want & found), f"no session placed by the line ({found})"


def test_sessions_on_the_pages_days_are_in_its_city(pages: Pages) -> None:
    results, _ = measured(pages, programme, held_there, published="")
    assert rate("'**17–18 października 2022, Poznań**' / 'Sesja „…”' / 'Debata …'", results) >= (
        POSITIVE
    )


def test_a_day_outside_the_span_is_not_placed_by_it(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: programme(rng, True), held_there, published="")
    assert rate("control: a session a week later -> no city from the line", results) >= NEGATIVE
