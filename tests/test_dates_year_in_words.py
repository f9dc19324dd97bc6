"""A year said in words is the year, whatever the tense (session 18).

"12 maja br." (bieżącego roku, this year), "12 maja ub. roku" / "ubr." (last year), "12.05 br."
(a day and month in numbers with the year in words), in every abbreviation, in random sentences
told in the past or in the future, on a page published on a random day: the day is in the year
the words say, counted from the publication. Before, a clause in the past put a "br." date
after the publication back a year (the tense rule is for dates without any year), "ub. roku"
was not read as a year, and "12.05 br." was no date.
Measured on the commit before: 67.0 % of 300 cases. No set's totals moved.
"""

from __future__ import annotations

import datetime as dt
import random

from tests.relations_templates import MONTHS_GEN, rate
from ump_kg.extract.dates import find_dates

SEED = 20261204
THIS_YEAR = ("br.", "b.r.", "b. r.", "bieżącego roku", "tego roku")
LAST_YEAR = ("ub.r.", "ub. r.", "ub. roku", "ubr.", "ubiegłego roku", "zeszłego roku")
SENTENCES = (
    "Spotkanie odbyło się {d} w Lublinie.",
    "Zespół obradował {d} w Gdańsku i przyjął stanowisko.",
    "Konferencja odbędzie się {d} w Poznaniu.",
    "Zapraszamy {d} do Krakowa na warsztaty.",
)


def written(day: dt.date, words: str, numeric: bool) -> str:
    if numeric:
        return f"{day.day}.{day.month:02d} {words}"
    return f"{day.day} {MONTHS_GEN[day.month - 1]} {words}"


def case(rng: random.Random) -> tuple[bool, str]:
    published = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    offset = rng.choice((0, 0, -1))
    words = rng.choice(THIS_YEAR if offset == 0 else LAST_YEAR)
    day = dt.date(published.year + offset, 1, 1) + dt.timedelta(days=rng.randrange(365))
    text = rng.choice(SENTENCES).format(d=written(day, words, rng.random() < 0.3))
    found = [m.first for m in find_dates(text, published) if m.first is not None]
    return found == [day], f"{text!r} published {published}: want {day}, got {found}"


def test_a_year_in_words_is_the_year() -> None:
    rng = random.Random(SEED)
    assert rate("'12 maja br.', 'ub. roku', '12.05 br.'", [case(rng) for _ in range(300)]) == 1.0
