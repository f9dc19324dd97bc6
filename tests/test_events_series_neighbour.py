"""In the account of a meeting, the previous or the next meeting of the series is named in
passing — "Jego członkowie spotykają się kilka razy w roku – poprzednie posiedzenie odbyło się
w czerwcu w Lublinie.", "The next meeting will be held in Kraków in March." — it is a meeting of
its own, and the sentences after it still tell the page's meeting (also after a sentence of
background that ended its account). A meeting told next without such a word ("Drugie
posiedzenie odbyło się …") is the one the sentences after it tell. Cities are the reference's
(Polish forms by morfeusz2), people SGJP's, days random."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, objects, person_iri
from tests.relations_templates import (
    MONTHS_EN,
    MONTHS_GEN,
    MONTHS_LOC,
    POSITIVE,
    Named,
    Person,
    cities,
    city_in_english,
    draw,
    people,
    rate,
    w,
)
from ump_kg.extract.context import DocumentContext

BACKGROUND_PL = "Zespół powstał w 2017 roku, po podpisaniu przez prezydentów deklaracji."
BACKGROUND_EN = "The Team was set up in 2017, after the mayors signed a declaration."


@dataclass(frozen=True)
class SeriesCase:
    host: Named
    other: Named
    day: dt.date
    guest: Person
    neighbour: bool  # the other meeting is named as the previous or next one
    text: str


def neighbour_clause(rng: random.Random, other: Named, month: int, english: bool) -> str:
    if english:
        place = city_in_english(rng, other)
        return rng.choice(
            (
                f"The previous meeting was held in {place} in {MONTHS_EN[month]}.",
                f"The Team meets several times a year; the next meeting will take place in "
                f"{place} in {MONTHS_EN[month]}.",
            )
        )
    return rng.choice(
        (
            f"Jego członkowie spotykają się kilka razy w roku – poprzednie posiedzenie odbyło "
            f"się w {MONTHS_LOC[month]} {w(other)}.",
            f"Poprzednie spotkanie Zespołu odbyło się {w(other)}.",
            f"Kolejne posiedzenie odbędzie się w {MONTHS_LOC[month]} {w(other)}.",
        )
    )


def series_case(rng: random.Random, neighbour: bool) -> SeriesCase:
    host, other = draw(rng, cities(), 2)
    day = dt.date(rng.randrange(2018, 2025), rng.randrange(1, 13), rng.randrange(1, 20))
    guest = rng.choice(people())
    english = rng.random() < 0.3
    if english:
        opening = (
            f"On {day.day} {MONTHS_EN[day.month - 1]} {day.year} the UMP Team for Migration "
            f"and Integration met in {city_in_english(rng, host)}."
        )
        guest_line = f"The guest of the meeting was {guest.nominative} (Programme Coordinator)."
    else:
        opening = (
            f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r. {w(host)} obradował Zespół "
            "UMP ds. Migracji i Integracji."
        )
        guest_line = f"Gościem spotkania był{guest.a} {guest.nominative}."
    month = (day.month + rng.choice((-3, 3))) % 12
    if neighbour:
        middle = neighbour_clause(rng, other, month, english)
        if rng.random() < 0.5:
            middle = f"{BACKGROUND_EN if english else BACKGROUND_PL} {middle}"
    else:
        later = day + dt.timedelta(days=rng.randrange(40, 200))
        middle = (
            f"The second meeting took place in {city_in_english(rng, other)} on {later.day} "
            f"{MONTHS_EN[later.month - 1]} {later.year}."
            if english
            else f"Drugie posiedzenie odbyło się {later.day} {MONTHS_GEN[later.month - 1]} "
            f"{later.year} r. {w(other)}."
        )
    text = f"{opening} {middle} {guest_line}"
    if english:
        text = "<!-- en -->" + text
    return SeriesCase(host, other, day, guest, neighbour, text)


def guest_of(ctx: DocumentContext, case: SeriesCase) -> tuple[bool, str]:
    who = person_iri(ctx, case.guest)
    hosts = [e for e in ctx.events if (e.city, e.first) == (case.host.iri, case.day)]
    others = [e for e in ctx.events if e.city == case.other.iri]
    if len(hosts) != 1 or len(others) != 1:
        return False, f"one meeting in {case.host.slug} and one in {case.other.slug}"
    at_host = who in objects(ctx, hosts[0].iri, "participant")
    at_other = who in objects(ctx, others[0].iri, "participant")
    if case.neighbour:
        return at_host and not at_other, f"{case.guest.nominative} at {case.host.slug}"
    return at_other and not at_host, f"{case.guest.nominative} at {case.other.slug}"


def run(pages: Pages, neighbour: bool) -> list[tuple[bool, str]]:
    def extract(case: SeriesCase) -> DocumentContext:
        if case.text.startswith("<!-- en -->"):
            return pages.english.extract(case.text.removeprefix("<!-- en -->"))
        return pages.extract(case.text)

    results = []
    rng = random.Random(20261202 + neighbour)
    for _ in range(105):
        case = series_case(rng, neighbour)
        ok, want = guest_of(extract(case), case)
        results.append((ok, f"{want}: {case.text}"))
    return results


def test_a_neighbour_meeting_named_in_passing_leaves_the_account(pages: Pages) -> None:
    results = run(pages, True)
    assert rate("'poprzednie posiedzenie … w Lublinie' -> the account goes on", results) >= POSITIVE


def test_a_meeting_told_next_takes_the_account(pages: Pages) -> None:
    results = run(pages, False)
    assert (
        rate("'Drugie posiedzenie odbyło się …' -> the next sentences are its", results) >= POSITIVE
    )
