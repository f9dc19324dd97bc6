"""A table of meetings with a column of guests: "| 2–3 marca | Rzeszów | pomoc społeczna; status
UKR | Marta Oleksiak (UNHCR Polska); przedstawiciele Podkarpackiego Urzędu Wojewódzkiego |" —
the row is one meeting however many semicolons its cells hold, the people in the guests' column
took part, and so did a body whose representatives came. People are SGJP's, cities the
reference's, bodies drawn from the reference in the genitive (morfeusz2), days random."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects, person_iri
from tests.relations_templates import (
    MONTHS_GEN,
    POSITIVE,
    Named,
    Person,
    cities,
    draw,
    organisations,
    people,
    rate,
)
from ump_kg.extract.context import DocumentContext

GUEST_TITLES = ("Goście", "Goście i prelegenci", "Zaproszeni eksperci", "Prelegenci")
TOPICS = (
    "edukacja dzieci z doświadczeniem migracji; oddziały przygotowawcze",
    "mieszkalnictwo; najem społeczny",
    "pomoc społeczna; status UKR",
)
BODIES = ("Fundacja „Dialog”", "Uniwersytet Warszawski", "Stowarzyszenie Interkulturalni PL")


@dataclass(frozen=True)
class TableCase:
    day: dt.date
    city: Named
    guests: tuple[Person, Person]
    body: Named
    text: str


def table_case(rng: random.Random) -> TableCase:
    (city,) = draw(rng, cities())
    day = dt.date(2023, rng.randrange(1, 13), rng.randrange(1, 27))
    one, two = rng.sample(people(), 2)
    body = rng.choice(
        [o for o in organisations() if not o.label.isupper() and len(o.label.split()) > 1]
    )
    guests = (
        f"{one.nominative} ({rng.choice(BODIES)}); {two.nominative} ({rng.choice(BODIES)}); "
        f"przedstawiciele {body.form('gen')}"
    )
    title = rng.choice(GUEST_TITLES)
    text = "\n".join(
        [
            "Poniżej zestawienie posiedzeń Zespołu w 2023 r.:",
            "",
            f"| Lp. | Termin | Miejsce | Główne tematy | {title} |",
            "|---|---|---|---|---|",
            f"| 1 | {day.day}–{day.day + 1} {MONTHS_GEN[day.month - 1]} | {city.form('nom')} | "
            f"{rng.choice(TOPICS)} | {guests} |",
        ]
    )
    return TableCase(day, city, (one, two), body, text)


def guests_took_part(ctx: DocumentContext, case: TableCase) -> tuple[bool, str]:
    events = [e for e in ctx.events if (e.city, e.first) == (case.city.iri, case.day)]
    if len(events) != 1:
        return False, f"one meeting in {case.city.slug} on {case.day}"
    took_part = objects(ctx, events[0].iri, "participant")
    wanted = {person_iri(ctx, p) for p in case.guests} | {case.body.iri}
    return wanted <= took_part, f"{[p.nominative for p in case.guests]} and {case.body.label}"


def test_the_guests_column_names_participants(pages: Pages) -> None:
    results, _ = measured(pages, table_case, guests_took_part, published="2024-01-20")
    assert rate("'| Goście |' -> participants of the row's meeting", results) >= POSITIVE
