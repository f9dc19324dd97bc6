"""A programme's count of its days is not the first day of a range (session 25).

"**Dzień 1 – 15 czerwca**", "Dzień 2 – czwartek, 16 czerwca 2023 r.", "Day 2 – 16 June 2023": the
number after "Dzień"/"Day" counts the programme's days; the date after the dash is the day
(dates.py NOT_A_COUNT). Before, "1 – 15 czerwca" was read as 1–15 June. The dates are drawn at
random (2000–2030) and written with test_dates_properties' Polish and English writers (every
dash, month case, year tail; a weekday from morfeusz2's generator); the count is 1–7, "Dzień" /
"dzień" / "DZIEŃ"-free forms as pages write them.
Control: the same dates without the count word ("1 – 15 czerwca") stay a range.
"""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_dates_properties import (
    DASHES,
    check,
    english,
    english_weekday_prefix,
    polish_weekday_prefix,
    polish_words,
    random_day,
)
from ump_kg.extract.dates import find_dates


def counted_day(rnd: random.Random) -> tuple[str, dt.date, tuple[int, int, dt.date, dt.date]]:
    """'**Dzień 2 – środa, 15 czerwca 2023 r.**' and the day it names (with its span)."""
    day = random_day(rnd)
    in_english = rnd.random() < 0.3
    with_year = rnd.random() < 0.5
    written = english(rnd, day, day, True) if in_english else polish_words(rnd, day, day, True)
    if not with_year and not in_english:
        written = polish_words(rnd, day, day, False)
    count_word = "Day" if in_english else rnd.choice(("Dzień", "dzień"))
    weekday = ""
    if rnd.random() < 0.4:
        weekday = (
            english_weekday_prefix(rnd, day) if in_english else polish_weekday_prefix(rnd, day)
        )
    head = f"{count_word} {rnd.randrange(1, 8)}{rnd.choice(DASHES)}{weekday}{written.prefix}"
    bold = rnd.choice(("", "**"))
    text = f"{bold}{head}{written.core}{bold}\n\nOtwarcie spotkania."
    start = len(bold) + len(head)
    # (published three weeks before: the year-less day's nearest occurrence is the day)
    published = day - dt.timedelta(days=21)
    return text, published, (start, start + len(written.core), day, day)


@given(st.randoms(use_true_random=False))
@settings(derandomize=True, max_examples=600, deadline=None)
def test_a_programmes_count_of_days_is_not_a_range(rnd: random.Random) -> None:
    text, published, expected = counted_day(rnd)
    assert check(text, published, expected) is None, check(text, published, expected)


@given(st.randoms(use_true_random=False))
@settings(derandomize=True, max_examples=300, deadline=None)
def test_control_a_range_without_the_count_word_stays_a_range(rnd: random.Random) -> None:
    last = random_day(rnd)
    if last.day < 2:
        last = last + dt.timedelta(days=1)
    first_day = rnd.randrange(1, last.day)
    month = polish_words(rnd, last, last, True).core.split(" ", 1)[1]
    text = f"{first_day}{rnd.choice(DASHES)}{last.day} {month}"
    (mention,) = find_dates(text, last)
    assert (mention.first, mention.last) == (last.replace(day=first_day), last), text
