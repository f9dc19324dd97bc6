"""A course run by others with the Team — "27 października odbyło się webinarium „…”,
zorganizowane przez Biuro IOM w Polsce we współpracy z Zespołem UMP ds. Migracji i Integracji"
— is an event of its own day (its organisers named), no meeting of the Team; a meeting of the
Team ("posiedzenie Zespołu", "warsztaty Zespołu" in the genitive) stays the Team's. Bodies are
the reference's in the accusative after "przez" (morfeusz2), course words after "odbyło/odbyły się",
days random."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects
from tests.relations_templates import (
    MONTHS_GEN,
    POSITIVE,
    Named,
    cities,
    draw,
    organisations,
    rate,
    w,
)
from ump_kg.extract.context import DocumentContext

TEAM = "https://w3id.org/ump-kg/id/organisation/ump-zespol-migracji-i-integracji"
# (word, verb agreeing with it)
COURSES = (
    ("webinarium", "odbyło się"),
    ("szkolenie", "odbyło się"),
    ("seminarium", "odbyło się"),
    ("warsztaty", "odbyły się"),
)
WITH_THE_TEAM = (
    "zorganizowane przez {B} we współpracy z Zespołem UMP ds. Migracji i Integracji",
    "przygotowane przez {B} wspólnie z Zespołem UMP ds. Migracji i Integracji",
    "prowadzone przez {B} i Zespół UMP ds. Migracji i Integracji",
)


@dataclass(frozen=True)
class CourseCase:
    day: dt.date
    body: Named
    teams: bool  # a meeting of the Team (the control)
    text: str


def course_case(rng: random.Random, teams: bool) -> CourseCase:
    day = dt.date(rng.randrange(2018, 2025), rng.randrange(1, 13), rng.randrange(1, 28))
    (body,) = draw(rng, [o for o in organisations() if "zespol" not in o.iri])
    when = f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r."
    if teams:
        # (a meeting of the Team is recorded where it was: the control names its city)
        (city,) = draw(rng, cities())
        text = rng.choice(
            (
                f"{when} {w(city)} odbyło się posiedzenie Zespołu UMP ds. Migracji i Integracji, "
                f"zorganizowane przez {body.form('acc')}.",
                f"{when} {w(city)} odbyły się warsztaty Zespołu UMP ds. Migracji i Integracji, "
                f"przygotowane przez {body.form('acc')}.",
            )
        )
    else:
        word, verb = rng.choice(COURSES)
        tail = rng.choice(WITH_THE_TEAM).format(B=body.form("acc"))
        text = f"{when} {verb} {word} dla urzędników, {tail}."
    return CourseCase(day, body, teams, text)


def as_told(ctx: DocumentContext, case: CourseCase) -> tuple[bool, str]:
    events = [e for e in ctx.events if e.first == case.day]
    if len(events) != 1:
        return False, f"one event on {case.day} (found {len(events)})"
    event = events[0]
    of_team = TEAM in objects(ctx, event.iri, "meetingOf")
    if case.teams:
        return event.kind == "TeamMeeting" and of_team, "a meeting of the Team"
    organised = case.body.iri in objects(ctx, event.iri, "organiser")
    return (
        event.kind != "TeamMeeting" and not of_team and organised,
        f"a course organised by {case.body.slug}, no meeting of the Team",
    )


def test_a_course_run_with_the_team_is_no_meeting_of_it(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: course_case(rng, False), as_told)
    assert rate("'webinarium … we współpracy z Zespołem' -> a course", results) >= POSITIVE


def test_a_meeting_of_the_team_stays_the_teams(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: course_case(rng, True), as_told)
    assert rate("'posiedzenie Zespołu' -> the Team's", results) >= POSITIVE
