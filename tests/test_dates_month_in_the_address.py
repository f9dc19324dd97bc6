"""A page without a publication date and without a year in its text, whose address gives a year
and a month ("radio.lublin.pl/2023/02/wspolna-przestrzen-…"), is read in that month: a day
without its year told in the past is on or before the month's end, one announced on or after
its first day (session 35, from a miss of dalet, opened earlier: "We wtorek 28 lutego swoją
działalność zaczął „Baobab”" dated nothing on such a page).

Cases: a year (2015-2024) and a month drawn at random (seeded), written into addresses of
several shapes (with and without a leading zero, under a section's path); a day up to 300 days
before the month's end told in the past (morfeusz2's past forms, test_dates_tense) or up to 300
days after it in the future.
Negative: an address without a year and a month -> the day stays unread (a problem).
Control: the same pages with their publication date -> the day, as before.
Measured before the rule (src of 0f384cf; no rule since touches the page's time): 0.0 % ->
100 %; the negative and the control 100 % before and after."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from tests.test_dates_tense import FUTURE, GENITIVE, past_forms
from ump_kg.extract.document import read_source
from ump_kg.extract.pipeline import extract, knowledge

SEED, CASES = 20261212, 120
SHAPES = (
    "https://radio.example.pl/{y}/{m:02d}/spotkanie-miast-{i}/",
    "https://www.example.pl/aktualnosci/kraj/{y}/{m}/konferencja-{i}",
    "https://example.org/{y}/{m:02d}/artykul-{i}/amp",
)
CITIES = ("w Gdańsku", "w Lublinie", "we Wrocławiu", "w Krakowie", "w Poznaniu")


def month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def a_page(
    rng: random.Random, folder: Path, index: int, address: str, dated: bool
) -> tuple[Path, dt.date]:
    """(the page, the day its text names)."""
    year, month = rng.randrange(2015, 2025), rng.randrange(1, 13)
    end = month_end(year, month)
    past = rng.random() < 0.5
    if past:
        day = end - dt.timedelta(days=rng.randrange(0, 300))
        verb = rng.choice(past_forms())
    else:
        day = end + dt.timedelta(days=rng.randrange(1, 300))
        verb = rng.choice(FUTURE)
    said = f"{day.day} {GENITIVE[day.month - 1]}"
    text = f"{said} {rng.choice(CITIES)} {verb} Zespół."
    source = address.format(y=year, m=month, i=index)
    published = f"published: {end.isoformat()}\n" if dated else ""
    path = folder / f"strona-{index}.md"
    path.write_text(
        f"---\ntitle: Aktualności\nsource: {source}\n{published}language: pl\n---\n{text}\n",
        encoding="utf-8",
    )
    return path, day


def day_read(path: Path) -> dt.date | None:
    ctx = extract(read_source(path), knowledge())
    days = [d.first for d in ctx.dates if isinstance(d.first, dt.date)]
    return days[0] if days else None


def share(
    label: str, folder: Path, make: Callable[[random.Random, int], tuple[Path, dt.date | None]]
) -> float:
    rng = random.Random(SEED)
    failures = []
    for index in range(CASES):
        path, want = make(rng, index)
        got = day_read(path)
        if got != want:
            text = path.read_text(encoding="utf-8").replace("\n", " ")
            failures.append(f"{text!r}: got {got}, want {want}")
    rate = (CASES - len(failures)) / CASES
    print(f"\n{label}: {CASES - len(failures)}/{CASES} = {rate:.1%}", *failures[:10], sep="\n  ")
    return rate


def test_a_year_less_day_is_read_in_the_month_of_the_address(tmp_path: Path) -> None:
    def make(rng: random.Random, index: int) -> tuple[Path, dt.date | None]:
        return a_page(rng, tmp_path, index, rng.choice(SHAPES), dated=False)

    assert share("undated page, month in the address", tmp_path, make) == 1.0


def test_negative_an_address_without_a_month_leaves_the_day_unread(tmp_path: Path) -> None:
    def make(rng: random.Random, index: int) -> tuple[Path, dt.date | None]:
        path, _ = a_page(rng, tmp_path, index, "https://example.org/wiadomosci/{i}", dated=False)
        return path, None

    assert share("negative: no month in the address", tmp_path, make) == 1.0


def test_control_a_dated_page(tmp_path: Path) -> None:
    def make(rng: random.Random, index: int) -> tuple[Path, dt.date | None]:
        return a_page(rng, tmp_path, index, rng.choice(SHAPES), dated=True)

    assert share("control: dated page", tmp_path, make) == 1.0
