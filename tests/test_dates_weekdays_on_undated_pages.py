"""A bare weekday ("w sobotę") said after another sentence on the same line is told in its
own sentence's tense, and on a page without its own day (no publication date, no day in its
address) it is told from the last day the text gave in full before it: "W piątek 20 sierpnia
2021 r. … świętowano …; w sobotę w Szczecinie rozpoczynają się Dni Kultury" is the 21st
(session 34, from a miss of os, opened this session). Two faults: the sentence of a date that
opens a sentence ran back to the line's start (the end of the sentence before was looked for
without the date's own capital after it), so a future weekday after a past sentence was read in
both tenses and dated nothing; and an undated page's weekday was told from the stand-in day its
year is read with (1 July), a day the page never names. Without a full day before it, a bare
weekday on an undated page says no day.

Cases are generated as in test_dates_tense: a day drawn at random (seeded) in 2015-2024, written
with its month's genitive; a past form of SGJP verbs (morfeusz2) or a verb of the future in the
weekday's sentence; run through the whole pipeline.
Negative: an undated page that names only a year -> the weekday dates nothing.
Control: the weekday's sentence alone on a dated page -> told from the publication date.
Measured on the commit before: undated pages 0.8 % -> 100 %; dated pages, the weekday after
another sentence 45.8 % (the past only) -> 100 %; the negative and the control 100 % before and
after."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from tests.relations_pages import Pages
from tests.relations_templates import MONTHS_GEN
from tests.test_dates_tense import (
    FUTURE,
    WEEKDAY_ACCUSATIVE,
    capitalise_first,
    on_weekday,
    past_forms,
)

SEED, CASES = 20261206, 120


@dataclass(frozen=True)
class Told:
    text: str
    weekday_at: int  # where the weekday's words start
    want: dt.date | None
    published: str  # "" for an undated page


def a_story(rng: random.Random, dated: bool = False, alone: bool = False) -> Told:
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    first = f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r. w Lublinie obradował Zespół."
    wanted = rng.randrange(7)
    said = capitalise_first(on_weekday(WEEKDAY_ACCUSATIVE[wanted]))
    past = rng.random() < 0.5
    verb = rng.choice(past_forms()) if past else rng.choice(FUTURE)
    second = f"{said} w Gdańsku {verb} spotkanie miast."
    published = day + dt.timedelta(days=rng.randrange(1, 30)) if dated else day
    want = published if past else published + dt.timedelta(days=1)
    while want.weekday() != wanted:
        want += dt.timedelta(days=-1 if past else 1)
    if alone:
        return Told(second, 0, want, published.isoformat())
    text = f"{first} {second}"
    return Told(text, len(first) + 1, want, published.isoformat() if dated else "")


def a_year_only(rng: random.Random) -> Told:
    year = rng.randrange(2015, 2025)
    first = f"W {year} r. miasto przyjęło program integracji."
    said = capitalise_first(on_weekday(rng.choice(WEEKDAY_ACCUSATIVE)))
    text = f"{first} {said} w Gdańsku {rng.choice(FUTURE)} spotkanie miast."
    return Told(text, len(first) + 1, None, "")


def weekday_read(pages: Pages, told: Told) -> dt.date | None:
    ctx = pages.extract(told.text, published=told.published)
    offset = ctx.doc.text.index(told.text) + told.weekday_at
    days = [d.first for d in ctx.dates if d.start - offset in range(0, 4)]
    return days[0] if days and isinstance(days[0], dt.date) else None


def share(label: str, pages: Pages, make: Callable[[random.Random], Told]) -> float:
    rng = random.Random(SEED)
    failures = []
    for _ in range(CASES):
        told = make(rng)
        got = weekday_read(pages, told)
        if got != told.want:
            failures.append(f"{told.text!r} [{told.published}]: got {got}, want {told.want}")
    rate = (CASES - len(failures)) / CASES
    print(f"\n{label}: {CASES - len(failures)}/{CASES} = {rate:.1%}", *failures[:10], sep="\n  ")
    return rate


def test_a_weekday_on_an_undated_page_is_told_from_the_storys_day(pages: Pages) -> None:
    assert share("undated page: weekday from the story's day", pages, a_story) == 1.0


def test_negative_no_full_day_before_no_day(pages: Pages) -> None:
    assert share("negative: a year only -> no day", pages, a_year_only) == 1.0


def test_a_weekday_after_another_sentence_on_a_dated_page(pages: Pages) -> None:
    rate = share("dated page: weekday after a sentence", pages, lambda rng: a_story(rng, True))
    assert rate == 1.0


def test_control_the_weekdays_sentence_alone_on_a_dated_page(pages: Pages) -> None:
    rate = share("control: alone, dated", pages, lambda rng: a_story(rng, True, alone=True))
    assert rate == 1.0
