"""A member's blog tells of meetings in the first person: "12 maja 2018 r. spotkaliśmy się w
Krakowie", "zebrałyśmy się we Wrocławiu" — a meeting there on that day. The verbs' first person
plural is the past form morfeusz2 generates for the subject's gender with the personal ending
"-śmy"; cities the reference's, days random."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import MONTHS_GEN, POSITIVE, Named, capitalise, cities, draw, rate, w
from tests.test_events_properties import past
from ump_kg.extract.context import DocumentContext


@dataclass(frozen=True)
class FirstPersonCase:
    city: Named
    day: dt.date
    text: str


def first_person(rng: random.Random) -> FirstPersonCase:
    (city,) = draw(rng, cities())
    day = dt.date(rng.randrange(2017, 2024), rng.randrange(1, 13), rng.randrange(1, 28))
    verb = past(rng.choice(("spotkać", "zebrać")), "pl", rng.choice(("m1", "f"))) + "śmy się"
    when = f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r."
    text = rng.choice(
        (f"{when} {verb} {w(city)}, by omówić plan pracy.", f"{capitalise(w(city))} {verb} {when}")
    )
    return FirstPersonCase(city, day, text.rstrip(".") + ".")


def one_meeting_there(ctx: DocumentContext, case: FirstPersonCase) -> tuple[bool, str]:
    found = [(e.city, e.first) for e in ctx.events]
    return found == [(case.city.iri, case.day)], f"one meeting in {case.city.slug} on {case.day}"


def test_we_met_is_a_meeting(pages: Pages) -> None:
    results, _ = measured(pages, first_person, one_meeting_there, published="2024-06-30")
    assert rate("'spotkaliśmy się w Krakowie 12 maja 2018 r.'", results) >= POSITIVE
