"""A page with no date of its own is read in the year its datelines give (session 41, from a
miss of an opened real page: "- **Zapowiedź** (lubelski.pl, zapowiedź z listopada 2021 r.). …
trwa od środy 17 listopada do niedzieli 21 listopada" left every day of the festival unread).

A dateline (a publication label, or a cited source's date in brackets after its web address:
dates.is_dateline) is never an event's date, but it says when the page, or the item, was
written: pipeline.time_of_undated_page now counts its year with the text's other dates.

1. An undated page, one item: "(<address>, <day month year> | zapowiedź z <month year> r.)",
   then a meeting in a reference city on a day without a year, announced after the dateline's
   month or reported up to five months before it -> the meeting on that day of the dateline's
   year. A day announced after a dateline's day comes after it (dates.announced_after in
   by_paragraph_years: the nearest occurrence alone put "(…, 6 kwietnia 2019) … spotkają się
   19 października" in 2018).
2. Control: two full dates of one year in the text outweigh a dateline of the next year; a
   year-less day (May to August) in another item is of the text's year.
Addresses made of SGJP nouns (tests/test_dates_of_cited_pages.address), cities the reference's.
Measured on e3c8cb8: 1. 40.0 % (day datelines read by the cited-day rule, some in the wrong year), 2. 100 %.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from tests.relations_templates import MONTHS_GEN, cities, rate, title_nouns
from tests.test_dates_of_cited_pages import address, event_days, undated_page

SEED = 20261209
COUNT = 105


def a_day(rng: random.Random, year: int, first: int = 2, last: int = 11) -> dt.date:
    return dt.date(year, rng.randrange(first, last + 1), rng.randrange(1, 29))


def written(day: dt.date) -> str:
    return f"{day.day} {MONTHS_GEN[day.month - 1]}"


def dateline(rng: random.Random, day: dt.date) -> str:
    if rng.random() < 0.5:
        return f"{written(day)} {day.year}"
    return f"zapowiedź z {MONTHS_GEN[day.month - 1]} {day.year} r."


def meeting(rng: random.Random, day_text: str) -> str:
    city = rng.choice(cities())
    if rng.random() < 0.5:
        return f"Przedstawiciele miast spotkają się {day_text} w {city.form('loc')}."
    return f"{day_text.capitalize()} w {city.form('loc')} odbędzie się spotkanie koordynatorów."


def dateline_case(folder: Path, rng: random.Random) -> tuple[bool, str]:
    year = rng.randrange(2015, 2026)
    if rng.random() < 0.5:
        # (an announcement: the meeting comes after the day or the month the item was written)
        written_on = a_day(rng, year, 2, 6)
        held_on = a_day(rng, year, written_on.month + 1, 11)
        told = meeting(rng, written(held_on))
    else:
        # (a report: the meeting came before, within five months, where the nearest reading of
        # session 29 holds: tests/test_dates_year_of_the_paragraph.py)
        written_on = a_day(rng, year, 7, 11)
        held_on = a_day(rng, year, written_on.month - 4, written_on.month - 1)
        city = rng.choice(cities())
        told = f"Przedstawiciele miast spotkali się {written(held_on)} w {city.form('loc')}."
    text = (
        f"- **{rng.choice(title_nouns())}** ({address(rng)}, {dateline(rng, written_on)}). " + told
    )
    days = event_days(undated_page(folder, text))
    return (held_on, held_on) in days, f"{text} -> {held_on}; events {sorted(map(str, days))}"


def outweighed_case(folder: Path, rng: random.Random) -> tuple[bool, str]:
    year = rng.randrange(2015, 2026)
    one, two, held_on = a_day(rng, year), a_day(rng, year), a_day(rng, year, 5, 8)
    later = a_day(rng, year + 1)
    city = rng.choice(cities())
    text = (
        f"- **{rng.choice(title_nouns())}** ({address(rng)}, zapowiedź z "
        f"{MONTHS_GEN[later.month - 1]} {later.year} r.). Rada przyjęła program {written(one)} "
        f"{one.year} r., a zespół zebrał się {written(two)} {two.year} r.\n"
        f"- **{rng.choice(title_nouns())}**. Przedstawiciele miast spotkali się "
        f"{written(held_on)} w {city.form('loc')}."
    )
    days = event_days(undated_page(folder, text))
    return (held_on, held_on) in days, f"{text} -> {held_on}; events {sorted(map(str, days))}"


def test_an_undated_page_is_read_in_its_datelines_year(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    results = [dateline_case(tmp_path, rng) for _ in range(COUNT)]
    assert rate("'(lubelski.pl, zapowiedź z listopada 2021 r.)' … '17 listopada'", results) >= 0.95


def test_control_the_texts_own_year_outweighs_one_dateline(tmp_path: Path) -> None:
    rng = random.Random(SEED + 1)
    results = [outweighed_case(tmp_path, rng) for _ in range(COUNT)]
    assert rate("control: two full dates of the text's year over one dateline", results) >= 0.95
