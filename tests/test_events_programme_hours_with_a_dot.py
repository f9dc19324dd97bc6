"""A programme's items opened by an hour written with a dot alone ("- 10.15 – Lucyna Gajda,
wicedyrektor …"): the people of the items take part in the event, as they do where the hour is
written "10:15" or "9.00–10.30". "12.05 – …" may be a day too, so the list tells: an hour's
minutes go past 12 somewhere in it, a month never does. Control: a list of days that could be
read as hours ("- 12.05 – …", "- 3.11 – …") makes nobody a participant (its items do not say
"wystąpienie", which makes a speaker by itself). People are SGJP's
(declined by the templates), cities the reference's, hours and days drawn at random."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects, person_iri
from tests.relations_templates import (
    MONTHS_GEN,
    NEGATIVE,
    POSITIVE,
    Named,
    Person,
    cities,
    draw,
    people,
    rate,
)
from ump_kg.extract.context import DocumentContext

PUBLISHED = "2024-05-20"
ROLES = ("ekspertka ds. migracji", "dyrektor szkoły", "koordynator projektu", "socjolog")
EVENTS = ("konferencja „Miasto otwarte”", "seminarium „Razem w mieście”", "spotkanie otwarte")


@dataclass(frozen=True)
class HoursCase:
    city: Named
    day: dt.date
    speakers: tuple[Person, ...]
    text: str


def hours_of_a_programme(rng: random.Random) -> list[str]:
    """Three or four hours of one morning, one of them at least past a quarter."""
    minute = rng.randrange(8, 11) * 60 + rng.choice((0, 15, 30))
    hours = []
    for _ in range(rng.randrange(3, 5)):
        hours.append(f"{minute // 60}.{minute % 60:02d}")
        minute += rng.choice((15, 20, 25, 30, 45))
    if all(int(h.split(".")[1]) <= 12 for h in hours):
        hours[-1] = hours[-1].split(".")[0] + ".45"
    return hours


def items(
    rng: random.Random, openers: list[str], speakers: tuple[Person, ...], shapes: int = 3
) -> str:
    """One item per opener; the third shape ("wystąpienie: X") says by itself that X speaks."""
    lines = []
    for opener, person in zip(openers, speakers, strict=True):
        shape = rng.choice((0, 2, 1)[:shapes])
        if shape == 0:
            lines.append(f"- {opener} – {person.nominative}, {rng.choice(ROLES)};")
        elif shape == 1:
            lines.append(f"- {opener} – wystąpienie: {person.nominative}, {rng.choice(ROLES)};")
        else:
            lines.append(f"- {opener} – „Jak się tu żyje”: {person.nominative};")
    return "\n".join(lines)


def programme_with_dotted_hours(rng: random.Random) -> HoursCase:
    (city,) = draw(rng, cities())
    day = dt.date(2024, 6, rng.randrange(3, 28))
    openers = hours_of_a_programme(rng)
    speakers = tuple(rng.sample(people(), len(openers)))
    text = (
        f"{day.day} {MONTHS_GEN[day.month - 1]} 2024 r. w {city.form('loc')} odbędzie się "
        f"{rng.choice(EVENTS)}.\n\nProgram pierwszego dnia:\n\n{items(rng, openers, speakers)}"
    )
    return HoursCase(city, day, speakers, text)


def days_that_look_like_hours(rng: random.Random) -> HoursCase:
    """A list of earlier days ("12.05", "3.11": a day up to 23, a month up to 12) under the
    announcement: news of other days, not the programme."""
    (city,) = draw(rng, cities())
    day = dt.date(2024, 6, rng.randrange(3, 28))
    count = rng.randrange(3, 5)
    openers = [f"{rng.randrange(1, 24)}.{rng.randrange(1, 13):02d}" for _ in range(count)]
    speakers = tuple(rng.sample(people(), count))
    text = (
        f"{day.day} {MONTHS_GEN[day.month - 1]} 2024 r. w {city.form('loc')} odbędzie się "
        f"{rng.choice(EVENTS)}.\n\nZ archiwum:\n\n{items(rng, openers, speakers, shapes=2)}"
    )
    return HoursCase(city, day, speakers, text)


def speakers_take_part(ctx: DocumentContext, case: HoursCase) -> tuple[bool, str]:
    events = [e for e in ctx.events if e.first == case.day]
    if len(events) != 1:
        return False, f"one event on {case.day}, not {len(events)}"
    took_part = objects(ctx, events[0].iri, "participant")
    missing = [p.nominative for p in case.speakers if person_iri(ctx, p) not in took_part]
    return not missing, f"every speaker takes part (missing {missing})"


def nobody_takes_part(ctx: DocumentContext, case: HoursCase) -> tuple[bool, str]:
    made = {person_iri(ctx, p) for p in case.speakers} - {None}
    took_part = {o for e in ctx.events for o in objects(ctx, e.iri, "participant")}
    return not (made & took_part), "no one of a list of days takes part"


def test_speakers_of_items_opened_by_dotted_hours_take_part(pages: Pages) -> None:
    results, _ = measured(
        pages, programme_with_dotted_hours, speakers_take_part, published=PUBLISHED
    )
    assert rate("'- 10.15 – Name, role;' -> participant", results) >= POSITIVE


def test_people_of_a_list_of_days_do_not_take_part(pages: Pages) -> None:
    results, _ = measured(pages, days_that_look_like_hours, nobody_takes_part, published=PUBLISHED)
    assert rate("'- 12.05 – Name, role;' -> no participant", results) >= NEGATIVE
