"""A sentence that holds something in another city is not about the event told before it: "The
first workshop took place in Lublin on 5 December 2023. A third, for officials from Bydgoszcz
and Katowice, will be held in Wrocław later this year." — Bydgoszcz and Katowice did not come
to Lublin. With no other city held ("Officials from Bydgoszcz and Katowice took part.", "W grupie
byli członkowie Zespołu … z Bydgoszczy i Katowic"), the cities came. Cities are the reference's (English labels; Polish forms by morfeusz2), days
random."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects
from tests.relations_templates import (
    MONTHS_EN,
    MONTHS_GEN,
    NEGATIVE,
    POSITIVE,
    Named,
    cities,
    city_in_english,
    draw,
    rate,
    w,
)
from ump_kg.extract.context import DocumentContext


@dataclass(frozen=True)
class ElsewhereCase:
    host: Named
    day: dt.date
    guests: tuple[Named, Named]
    elsewhere: bool
    text: str
    english: bool


def elsewhere_case(rng: random.Random, elsewhere: bool) -> ElsewhereCase:
    host, one, two, other = draw(rng, cities(), 4)
    day = dt.date(rng.randrange(2018, 2025), rng.randrange(1, 13), rng.randrange(1, 28))
    english = rng.random() < 0.5
    if english:
        first = (
            f"The first workshop took place in {city_in_english(rng, host)} on {day.day} "
            f"{MONTHS_EN[day.month - 1]} {day.year}."
        )
        guests = f"{city_in_english(rng, one)} and {city_in_english(rng, two)}"
        second = (
            f"A second one, for officials from {guests}, will be held in "
            f"{city_in_english(rng, other)} later this year."
            if elsewhere
            else f"Officials from {guests} took part."
        )
    else:
        first = (
            f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r. {w(host)} odbyły się "
            "pierwsze warsztaty."
        )
        guests = f"{one.form('gen')} i {two.form('gen')}"
        second = (
            f"Kolejne, dla urzędników z {guests}, odbędą się {w(other)} jesienią."
            if elsewhere
            else rng.choice(
                (
                    f"Wzięli w nich udział urzędnicy z {guests}.",
                    # "członkowie Zespołu z A i B": members from the cities came
                    f"W grupie byli członkowie Zespołu UMP ds. Migracji i Integracji z {guests}.",
                )
            )
        )
    return ElsewhereCase(host, day, (one, two), elsewhere, f"{first} {second}", english)


def guests_as_said(ctx: DocumentContext, case: ElsewhereCase) -> tuple[bool, str]:
    events = [e for e in ctx.events if (e.city, e.first) == (case.host.iri, case.day)]
    if len(events) != 1:
        return False, f"one event in {case.host.slug} on {case.day}"
    came = objects(ctx, events[0].iri, "participatingCity")
    guests = {c.iri for c in case.guests}
    if case.elsewhere:
        return not (came & guests), "the guests of the next workshop did not come"
    return guests <= came, "the guests came"


def test_cities_that_came(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: elsewhere_case(rng, False), guests_as_said)
    assert rate("'Officials from A and B took part' -> they came", results) >= POSITIVE


def test_cities_of_an_event_held_elsewhere_did_not_come(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: elsewhere_case(rng, True), guests_as_said)
    assert rate("negative: 'A second one … will be held in C'", results) >= NEGATIVE
