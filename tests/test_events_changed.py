"""A meeting moved to another day or city (the issue's "negation and change"): "Posiedzenie
Zespołu miało się odbyć 26–27 marca 2020 r. w Rzeszowie. … ostatecznie odbyło się 8 października
2020 r. – i to nie w Rzeszowie, lecz w formule zdalnej." gives one meeting, on the final day,
online (or in the final city); the planned day and city do not stand. "Według harmonogramu
posiedzenie miały gościć Katowice. Ostatecznie Zespół obradował 18–19 listopada w Łodzi." gives
one meeting in Łódź. Days drawn at random, cities from the reference data."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import MONTHS_GEN, POSITIVE, Named, cities, draw, rate, w
from ump_kg.extract.context import DocumentContext


@dataclass(frozen=True)
class ChangeCase:
    day: dt.date
    city: Named | None  # None: online
    planned: Named
    text: str


def written(day: dt.date) -> str:
    return f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r."


def moved(rng: random.Random) -> ChangeCase:
    planned, final = draw(rng, cities(), 2)
    first = dt.date(rng.randrange(2016, 2023), rng.randrange(1, 7), rng.randrange(1, 27))
    day = first + dt.timedelta(days=rng.randrange(60, 150))
    online = rng.random() < 0.5
    where = f"– i to nie {w(planned)}, lecz w formule zdalnej" if online else f"{w(final)}"
    template = rng.choice(
        (
            f"Wiosenne posiedzenie Zespołu UMP ds. Migracji i Integracji miało się odbyć "
            f"{written(first)} {w(planned)}. Z powodu epidemii najpierw je przełożono, a "
            f"ostatecznie odbyło się dopiero {written(day)} {where}.",
            f"Posiedzenie Zespołu UMP ds. Migracji i Integracji pierwotnie zaplanowano na "
            f"{written(first)} {w(planned)}. Ostatecznie odbyło się {written(day)} {where}.",
        )
    )
    return ChangeCase(day, None if online else final, planned, template)


def final_only(ctx: DocumentContext, case: ChangeCase) -> tuple[bool, str]:
    events = [(e.first, e.city, e.online) for e in ctx.events]
    want = (case.day, case.city.iri if case.city else None, case.city is None)
    return events == [want], f"one meeting {want}"


def test_a_moved_meeting_is_where_and_when_it_finally_was(pages: Pages) -> None:
    results, _ = measured(pages, moved, final_only)
    assert rate("'miało się odbyć … ostatecznie odbyło się …' -> the final one", results) >= (
        POSITIVE
    )
