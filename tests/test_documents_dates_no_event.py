"""The day a document bears is no event's day (events.py a_documents_date, session 14).

"The workshop was announced in an ODIHR release dated Warsaw, 15 March 2023", "Spotkanie
zapowiedziano w komunikacie z dnia 3 marca 2023 r.": the day after "dated" (with a place and a
comma or not) or "z dnia" is the day of the release, the letter or the order, not of the
meeting the sentence speaks of. Days, months and years are drawn (seeded); the meeting words,
kinds of document and places vary; Polish months are in the genitive, as dates write them.
Measured on fa375d3 (the code before the rule): 0% for both wordings (the document's day became
the event's); now 100% for both. A negative control: a day right after the meeting word ("Warsztat odbył się 3 marca 2023 r.")
is the event's.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome
from tests.relations_templates import MONTHS_EN, MONTHS_GEN, rate
from ump_kg.extract.context import DocumentContext

SEED = 20261203
CASES = 120
PLACES = ("Warsaw", "Strasbourg", "Geneva", "Kraków", "")
EN_KINDS = ("release", "press release", "letter", "news item", "invitation")
EN_EVENTS = ("workshop", "training", "seminar", "conference")
PL_KINDS = ("komunikacie", "piśmie", "zarządzeniu", "zaproszeniu", "ogłoszeniu")
PL_EVENTS = ("Spotkanie", "Szkolenie", "Seminarium", "Warsztat")


def day(rng: random.Random) -> tuple[int, int, int]:
    return rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(2016, 2026)


def event_days(ctx: DocumentContext) -> set[str]:
    return {str(e.first) for e in ctx.events if e.first is not None}


def english_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    d, m, y = day(rng)
    place = rng.choice(PLACES)
    dated = f"dated {place + ', ' if place else ''}{d} {MONTHS_EN[m - 1]} {y}"
    body = (
        f"The {rng.choice(EN_EVENTS)} for Polish cities was announced in an ODIHR "
        f"{rng.choice(EN_KINDS)} {dated}."
    )
    ctx = pages.english.extract(body)
    wrong = f"{y:04d}-{m:02d}-{d:02d}" in event_days(ctx)
    return outcome(ctx, not wrong, body, "no event on the document's day")


def polish_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    d, m, y = day(rng)
    body = (
        f"{rng.choice(PL_EVENTS)} zapowiedziano w {rng.choice(PL_KINDS)} z dnia {d} "
        f"{MONTHS_GEN[m - 1]} {y} r."
    )
    ctx = pages.extract(body)
    wrong = f"{y:04d}-{m:02d}-{d:02d}" in event_days(ctx)
    return outcome(ctx, not wrong, body, "no event on the document's day")


def held_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    d, m, y = day(rng)
    body = f"{rng.choice(PL_EVENTS)} odbyło się w Krakowie {d} {MONTHS_GEN[m - 1]} {y} r."
    ctx = pages.extract(body)
    right = f"{y:04d}-{m:02d}-{d:02d}" in event_days(ctx)
    return outcome(ctx, right, body, "an event on its day")


def test_a_day_after_dated_is_no_events_day(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'… announced in a release dated Warsaw, 15 March 2023'",
        [english_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98  # measured 100% (fa375d3 0%)


def test_a_day_after_z_dnia_is_no_events_day(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "'… zapowiedziano w komunikacie z dnia 3 marca 2023 r.'",
        [polish_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98  # measured 100% (fa375d3 0%)


def test_negative_a_day_the_event_was_held_is_its_day(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    value = rate(
        "negative: 'Spotkanie odbyło się w Krakowie 3 marca 2023 r.'",
        [held_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
