"""A page without a publication date whose address gives the day in full
("https://…/aktualnosci/2021/01/20/…", as htmldate reads addresses) is read on that day: "We
wtorek, 12 stycznia, w Lublinie odbyło się spotkanie …" is of that year. Days are drawn at
random, cities are the reference's, declined by the templates. (Until session 35 an address
with a year and a month only, "/2023/02/", dated nothing, and a control here said so; it now
dates a page whose text names no year to that month: test_dates_month_in_the_address.)"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from tests.relations_templates import MONTHS_GEN, POSITIVE, cities, draw, rate
from ump_kg.extract.document import read_source
from ump_kg.extract.pipeline import extract, knowledge

COUNT = 105
WHAT = (
    "spotkanie przedstawicieli miast",
    "konferencja o integracji",
    "posiedzenie Rady Imigrantów",
)


@dataclass(frozen=True)
class AddressCase:
    address: str
    wanted: dt.date | None
    text: str


def meeting_of_an_earlier_day(rng: random.Random, full: bool) -> AddressCase:
    (city,) = draw(rng, cities())
    page_day = dt.date(rng.randrange(2016, 2025), rng.randrange(1, 13), rng.randrange(15, 29))
    held = page_day - dt.timedelta(days=rng.randrange(1, 12))
    path = f"{page_day.year}/{page_day.month:02d}" + (f"/{page_day.day:02d}" if full else "")
    address = f"https://www.{city.slug}.pl/aktualnosci/{path}/spotkanie-{rng.randrange(100, 999)}/"
    text = (
        f"{held.day} {MONTHS_GEN[held.month - 1]} w {city.form('loc')} odbyło się "
        f"{rng.choice(WHAT)}. Rozmawiano o pomocy dla cudzoziemców."
    )
    return AddressCase(address, held if full else None, text)


def dated_as_wanted(folder: Path, index: int, case: AddressCase) -> tuple[bool, str]:
    path = folder / f"strona-{index}.md"
    path.write_text(
        f"---\ntitle: Aktualności\nsource: {case.address}\nlanguage: pl\n---\n{case.text}\n",
        encoding="utf-8",
    )
    ctx = extract(read_source(path), knowledge())
    days = [e.first for e in ctx.events if e.first is not None]
    wanted = [case.wanted] if case.wanted else []
    return days == wanted, f"{case.address}: event days {days}, want {wanted} — {case.text!r}"


def test_a_day_in_the_address_dates_an_undated_page(tmp_path: Path) -> None:
    rng = random.Random(26)
    results = [
        dated_as_wanted(tmp_path, i, meeting_of_an_earlier_day(rng, full=True))
        for i in range(COUNT)
    ]
    assert rate("'…/2021/01/20/…' + '12 stycznia' -> 2021-01-12", results) >= POSITIVE
