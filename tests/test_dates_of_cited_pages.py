"""A digest's item cites its source in brackets, web address first, with the cited page's date:
"- (pip.gov.pl, 20 czerwca 2022, „Spotkanie z delegacją”) Zastępca … przyjął delegację …, która
przebywała w Warszawie 17 i 18 czerwca 2022 roku". That date is when the cited page was
published, as a dateline's is the page's own: never an event's (session 39, from misses of
wunjo, opened: the meeting was dated 20 June, the day of the news).

dates.cited_pages_date marks such a date as a dateline (dates.is_dateline), which no event
takes. On a page with no date of its own, the item's cited day still reads its year-less days
("… spotkali się tego dnia (23 marca)": dates.read_by_the_days_year), as ethel's gold wants.
Cases: web addresses made of SGJP nouns and a domain, dates of relations_templates.date_of, a
meeting in a city of the reference told right after the brackets, with no day of its own.
Controls: (1) on an undated page, the meeting told "tego dnia (<day month>)" after the cited
date is of that day; (2) a date in brackets without a web address after a meeting is its date.
Measured on 0a48245: 0.0 % -> 100 %; controls 100 % both.
"""

from __future__ import annotations

import random
from pathlib import Path

from tests.relations_pages import Pages
from tests.relations_templates import (
    MONTHS_GEN,
    Written,
    cities,
    date_of,
    rate,
    title_nouns,
)
from ump_kg.extract.context import DocumentContext
from ump_kg.extract.document import read_source
from ump_kg.extract.pipeline import extract, knowledge

SEED = 20261208
COUNT = 105
DOMAINS = (".pl", ".gov.pl", ".org.pl", ".eu", ".com")


def address(rng: random.Random) -> str:
    word = rng.choice(title_nouns()).lower()
    ascii_word = word.translate(str.maketrans("ąćęłńóśźż", "acelnoszz"))
    return f"{rng.choice(('', 'www.'))}{ascii_word}{rng.choice(DOMAINS)}"


def event_days(ctx: DocumentContext) -> set[tuple[object, object]]:
    return {(e.first, e.last) for e in ctx.events if e.first is not None}


def cited_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    """The item's meeting has no day of its own in its sentence: the cited page's day is still
    none of its."""
    cited = date_of(rng, ranges=False)
    city = rng.choice(cities())
    title = f", „{rng.choice(title_nouns())}”" if rng.random() < 0.4 else ""
    text = (
        f"- ({address(rng)}, {cited.text}{title}) Przedstawiciele miast spotkali się "
        f"w {city.form('loc')}, by omówić integrację cudzoziemców."
    )
    days = event_days(pages.extract(text))
    ok = (cited.first, cited.last) not in days
    return ok, f"{text} -> not {cited.first}; events {sorted(map(str, days))}"


def undated_page(folder: Path, body: str) -> DocumentContext:
    path = folder / "undated.md"
    path.write_text(
        '---\ntitle: "Aktualności"\nsource: https://example.org/undated\nlanguage: pl\n---\n\n'
        + body
        + "\n",
        encoding="utf-8",
    )
    return extract(read_source(path), knowledge())


def same_day_case(folder: Path, rng: random.Random) -> tuple[bool, str]:
    cited = date_of(rng, ranges=False)
    day = cited.first
    city = rng.choice(cities())
    text = (
        f"- **{rng.choice(title_nouns())}** ({address(rng)}, {day.day} "
        f"{MONTHS_GEN[day.month - 1]} {day.year}). Przedstawiciele miast spotkali się tego dnia "
        f"({day.day} {MONTHS_GEN[day.month - 1]}) w {city.form('loc')}."
    )
    days = event_days(undated_page(folder, text))
    return (day, day) in days, f"{text} -> {day}; events {sorted(map(str, days))}"


def bracketed_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    own: Written = date_of(rng, ranges=False)
    city = rng.choice(cities())
    text = f"- Przedstawiciele miast spotkali się w {city.form('loc')} ({own.text})."
    days = event_days(pages.extract(text))
    return (own.first, own.last) in days, f"{text} -> {own.first}; events {sorted(map(str, days))}"


def test_a_cited_pages_date_is_no_events_date(pages: Pages) -> None:
    rng = random.Random(SEED)
    results = [cited_case(pages, rng) for _ in range(COUNT)]
    assert rate("'(pip.gov.pl, 20 czerwca 2022) … spotkali się' on no day", results) >= 0.95


def test_control_the_cited_day_reads_a_year_less_day(tmp_path: Path) -> None:
    rng = random.Random(SEED + 1)
    results = [same_day_case(tmp_path, rng) for _ in range(COUNT)]
    assert rate("control: 'tego dnia (23 marca)' on an undated page", results) >= 0.95


def test_control_a_bracketed_date_without_an_address(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    results = [bracketed_case(pages, rng) for _ in range(COUNT)]
    assert rate("control: '(23 marca 2021)' after a meeting", results) >= 0.95
