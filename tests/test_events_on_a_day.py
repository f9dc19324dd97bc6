"""Events on a day of another: after a meeting of two or three days, "Drugiego dnia członkowie
Zespołu wzięli udział w IV Targach Edukacji …" names a public event (a fair, a festival, a week
or days of something, capitalised) held on that day, in the meeting's city, with its name in the
nominative. "Drugiego dnia posiedzenia omówiono …" is the meeting itself, and a day past the
meeting's last ("trzeciego dnia" of a two-day one) dates nothing. Heads and their complements
are declined by morfeusz2 (SGJP nouns); cities from the reference data; days at random."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects
from tests.relations_templates import (
    MONTHS_GEN,
    NEGATIVE,
    POSITIVE,
    Named,
    capitalise,
    cities,
    form,
    generated,
    rate,
    title_nouns,
    w,
)
from ump_kg.extract.context import DocumentContext

SCHEMA_NAME = "https://schema.org/name"
# (lexeme, number) of the heads of public events
HEADS = (("targi", "pl"), ("festiwal", "sg"), ("tydzień", "sg"), ("dzień", "pl"))
ORDINALS = (("Pierwszego", 0), ("Drugiego", 1), ("Trzeciego", 2))
ROMAN = ("", "", "II ", "IV ", "X ")


@dataclass(frozen=True)
class DayCase:
    city: Named
    day: dt.date | None  # the day the named event is on; None: no event on another day
    name: str
    text: str


def usual_form(lexeme: str, number: str, case: str) -> str | None:
    """The shortest form SGJP generates ('dni', 'dniach' beside the rare 'dzienie')."""
    forms = [
        orth
        for orth, parts in generated(lexeme)
        if parts[0] == ("subst",) and number in parts[1] and case in parts[2]
    ]
    return min(forms, key=len) if forms else None


def event_name(rng: random.Random) -> tuple[str, str] | None:
    """(nominative, locative) of 'IV Targi Edukacji', 'Festiwal Kultury', 'Dni Nauki'."""
    lexeme, number = rng.choice(HEADS)
    complement = form(rng.choice(title_nouns()).lower(), "subst", "sg", "gen")
    nominative, locative = usual_form(lexeme, number, "nom"), usual_form(lexeme, number, "loc")
    if complement is None or nominative is None or locative is None:
        return None
    edition = rng.choice(ROMAN)
    tail = capitalise(complement)
    return (
        f"{edition}{capitalise(nominative)} {tail}",
        f"{edition}{capitalise(locative)} {tail}",
    )


def meeting(rng: random.Random, length: int) -> tuple[Named, dt.date, str]:
    city = rng.choice(cities())
    first = dt.date(rng.randrange(2016, 2024), rng.randrange(1, 13), rng.randrange(1, 26))
    last = first + dt.timedelta(days=length - 1)
    days = f"{first.day}–{last.day}" if length > 1 else f"{first.day}"
    sentence = (
        f"{days} {MONTHS_GEN[first.month - 1]} {first.year} r. {w(city)} odbyło się posiedzenie "
        "Zespołu UMP ds. Migracji i Integracji."
    )
    return city, first, sentence


def day_case(rng: random.Random) -> DayCase | None:
    named = event_name(rng)
    if named is None:
        return None
    length = rng.choice((2, 3))
    city, first, opening = meeting(rng, length)
    ordinal, offset = rng.choice(ORDINALS[:length])
    follow = rng.choice(
        (
            f"{ordinal} dnia członkowie Zespołu wzięli udział w {named[1]}.",
            f"{ordinal} dnia goście byli obecni na {named[1]}.",
        )
    )
    return DayCase(city, first + dt.timedelta(days=offset), named[0], f"{opening} {follow}")


def not_another_day(rng: random.Random) -> DayCase | None:
    named = event_name(rng)
    if named is None:
        return None
    city, _, opening = meeting(rng, 2)
    follow = rng.choice(
        (
            "Drugiego dnia posiedzenia omówiono strategię integracji.",
            f"Trzeciego dnia część uczestników wzięła udział w {named[1]}.",
        )
    )
    return DayCase(city, None, named[0], f"{opening} {follow}")


def on_the_day(ctx: DocumentContext, case: DayCase) -> tuple[bool, str]:
    ok = any(
        e.first == case.day
        and e.city == case.city.iri
        and case.name in {str(n) for n in objects(ctx, e.iri, SCHEMA_NAME)}
        for e in ctx.events
    )
    return ok, f"'{case.name}' on {case.day} in {case.city.slug}"


def one_meeting(ctx: DocumentContext, case: DayCase) -> tuple[bool, str]:
    dated = [e for e in ctx.events if e.first is not None]
    return len(dated) == 1, "only the meeting is dated"


def test_a_named_event_on_a_day_of_the_meeting(pages: Pages) -> None:
    results, _ = measured(pages, day_case, on_the_day)
    assert rate("'Drugiego dnia … w IV Targach …' -> event on that day", results) >= POSITIVE


def test_the_meetings_own_day_or_a_day_past_it_is_no_other_event(pages: Pages) -> None:
    results, _ = measured(pages, not_another_day, one_meeting)
    assert rate("negative: the meeting's own day, a day past it", results) >= NEGATIVE
