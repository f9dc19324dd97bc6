"""A row of a table of meetings that says the meeting was held online ("| 26 stycznia 2021,
godz. 17:00–19:00 | zdalnie, na platformie Microsoft Teams |") is a meeting held online, in no
city; a row with a room is in the page's city as before (session 28, from misses of wynn,
opened this session: a city team's schedule put its remote meetings in the city). The words
for online are extract/events.py's ONLINE; the city is a reference city, declined by
morfeusz2 (tests/relations_templates.cities); the days are random days of 2021. Measured on
the commit before: 0 % -> 100 %; the control (rows with a room) 100 % before and after."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import MONTHS_GEN, NEGATIVE, POSITIVE, cities, draw, rate
from ump_kg.extract.context import DocumentContext

ONLINE_PLACES = (
    "zdalnie, na platformie Microsoft Teams",
    "online",
    "w formie wideokonferencji",
    "zdalnie (przez platformę Zoom)",
    "spotkanie online na platformie Webex",
)
ROOMS = ("Sala Sesyjna", "Sala Obrad", "sala konferencyjna Wydziału Polityki Społecznej")
BODIES = ("Zespołu ds. Integracji Cudzoziemców", "Rady ds. Migracji", "Zespołu ds. Dialogu")


@dataclass(frozen=True)
class ScheduleCase:
    title: str
    text: str
    online: tuple[str, ...]  # the days (ISO) of the rows held online
    in_the_city: tuple[str, ...]  # the days of the rows with a room
    city: str


def schedule(rng: random.Random, online_rows: int) -> ScheduleCase:
    (city,) = draw(rng, cities())
    days = sorted(rng.sample(range(365), 4))  # four different days of 2021, in order
    online_at = set(rng.sample(range(4), online_rows))
    rows, online, in_city = [], [], []
    for number, offset in enumerate(days):
        day = dt.date(2021, 1, 1) + dt.timedelta(days=offset)
        written = f"{day.day} {MONTHS_GEN[day.month - 1]} 2021, godz. 17:00–19:00"
        if number in online_at:
            place = rng.choice(ONLINE_PLACES)
            online.append(day.isoformat())
        else:
            place = f"{rng.choice(ROOMS)}, ul. Długa {rng.randint(1, 40)}"
            in_city.append(day.isoformat())
        rows.append(f"| {number + 1} | {written} | {place} |")
    body = rng.choice(BODIES)
    text = "\n".join(
        [
            f"Harmonogram posiedzeń {body} w {city.form('loc')} w 2021 roku.",
            "",
            "| Lp. | Termin | Miejsce |",
            "| --- | --- | --- |",
            *rows,
        ]
    )
    title = f"Harmonogram posiedzeń – {city.label}"
    return ScheduleCase(title, text, tuple(online), tuple(in_city), city.iri)


def cities_of_days(ctx: DocumentContext) -> dict[str, str | None]:
    return {str(e.first): e.city for e in ctx.events if e.first is not None}


def online_rows_in_no_city(ctx: DocumentContext, case: ScheduleCase) -> tuple[bool, str]:
    found = cities_of_days(ctx)
    ok = all(day in found and found[day] is None for day in case.online)
    return ok, f"online days {case.online} in no city (found {found})"


def rooms_in_the_city(ctx: DocumentContext, case: ScheduleCase) -> tuple[bool, str]:
    found = cities_of_days(ctx)
    ok = all(found.get(day) == case.city for day in case.in_the_city)
    return ok, f"days {case.in_the_city} in {case.city} (found {found})"


def test_a_row_held_online_is_a_meeting_in_no_city(pages: Pages) -> None:
    results, _ = measured(
        pages, lambda rng: schedule(rng, rng.randint(1, 3)), online_rows_in_no_city, titled=True
    )
    assert rate("'| … | zdalnie, na platformie Microsoft Teams |': no city", results) >= POSITIVE


def test_a_row_with_a_room_is_in_the_pages_city(pages: Pages) -> None:
    results, _ = measured(
        pages, lambda rng: schedule(rng, rng.randint(0, 2)), rooms_in_the_city, titled=True
    )
    assert rate("control: '| … | Sala Sesyjna, ul. … |' in the city", results) >= NEGATIVE
