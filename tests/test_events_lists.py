"""Lists of meetings: under an introduction that names the Team's meetings, items that open
with their date and city ("- 12–13.06, Lublin – …", "- 20 lutego – Warszawa, …") are Team
meetings there; a heading that is a year ("**2019**") dates the year-less days below it, whatever
the page's publication date. Cities and people are drawn from the reference data and SGJP
(tests/relations_templates.py); dates at random (seeded)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from tests.relations_templates import MONTHS_GEN, cities, people, rate
from tests.test_relations_properties import Pages, outcome
from ump_kg.extract.context import DocumentContext

COUNT = 105


def item(rng: random.Random, day: dt.date, city: str) -> tuple[str, dt.date]:
    if rng.random() < 0.5 and day.day < 27:
        last = day + dt.timedelta(days=1)
        return f"{day.day}–{last.day}.{day.month:02d}, {city}", last
    return f"{day.day} {MONTHS_GEN[day.month - 1]} – {city}", day


def meetings(ctx: DocumentContext) -> set[tuple[str, dt.date, object]]:
    return {
        (str(e.city).rsplit("/", 1)[-1], e.first, e.last)  # type: ignore[misc]
        for e in ctx.events
        if e.kind == "TeamMeeting"
    }


def test_items_of_a_list_of_meetings_under_year_headings(tmp_path: Path) -> None:
    pages = Pages(tmp_path)
    rng = random.Random(20261202)
    results = []
    for _ in range(COUNT):
        year = rng.randrange(2016, 2023)
        published = f"{year + 1}-{rng.randrange(1, 13):02d}-15"
        lines, want = [], set()
        for _ in range(rng.randrange(2, 4)):
            city = rng.choice(cities())
            day = dt.date(year, rng.randrange(1, 13), rng.randrange(1, 28))
            written, last = item(rng, day, city.form("nom"))
            guest = rng.choice(people())
            lines.append(f"- {written} – gościem był{guest.a} {guest.nominative}.")
            want.add((city.slug, day, last))
        body = (
            "Poniżej zestawienie posiedzeń Zespołu UMP ds. Migracji i Integracji.\n\n"
            f"**{year}**\n" + "\n".join(lines)
        )
        ctx = pages.extract(body, published=published)
        ok = want <= meetings(ctx)
        results.append(outcome(ctx, ok, body, f"team meetings {sorted(want)}"))
    assert rate("list items: team meetings with the heading's year", results) >= 0.95
