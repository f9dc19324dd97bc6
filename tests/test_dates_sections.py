"""A year said once for a section: "## Posiedzenia w 2021 r." over a list or table of
year-less days, or a list's introduction "Spotkania Zespołu w 2021 roku:" — the days are of that
year, though the page was published later; the next heading without a year, or the first line
after the list, ends it (a day there is read by the page's date and tense). A table row's
place cell "Szczecin, Centrum Dialogu Przełomy" names the meeting's venue. Years, days and
cities are drawn; cities are the reference's."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, objects, outcome
from tests.relations_templates import MONTHS_GEN, POSITIVE, Named, cities, draw, rate
from ump_kg.extract.context import DocumentContext

HEADINGS = (
    "## Posiedzenia Zespołu w {Y} r.",
    "**Spotkania Zespołu w {Y} roku**",
    "Posiedzenia Zespołu w {Y} r.:",
    "W {Y} roku posiedzenia Zespołu odbyły się w następujących terminach:",
)
CENTRES = ("Centrum Dialogu", "Centrum Kultury", "Centrum Wielokulturowe", "Dom Sąsiedzki")


@dataclass(frozen=True)
class SectionCase:
    year: int
    days: tuple[dt.date, ...]
    cities: tuple[Named, ...]
    after: dt.date  # a day told after the section, read by the page's date (a past verb)
    published: str
    table: bool
    text: str


def day_in(rng: random.Random, year: int) -> dt.date:
    return dt.date(year, rng.randrange(1, 13), rng.randrange(1, 28))


def section_case(rng: random.Random) -> SectionCase:
    year = rng.randrange(2017, 2023)
    published = dt.date(year + rng.randrange(1, 3), rng.randrange(2, 12), 15)
    # (Lublin is the city of the day told after the section)
    where = tuple(draw(rng, [c for c in cities() if c.slug != "lublin"], 2))
    days = tuple(sorted(day_in(rng, year) for _ in where))
    table = rng.random() < 0.4
    heading = rng.choice(HEADINGS[:2] if table else HEADINGS).format(Y=year)
    if table:
        rows = [
            f"| {i} | {d.day} {MONTHS_GEN[d.month - 1]} | {c.form('nom')}, "
            f"{rng.choice(CENTRES)} {rng.choice(('Przełomy', 'Zamek', 'Kwadrat'))} | edukacja |"
            for i, (d, c) in enumerate(zip(days, where, strict=True), 1)
        ]
        body = "\n".join(["| Lp. | Termin | Miejsce | Tematy |", "|---|---|---|---|", *rows])
        intro = "Poniżej zestawienie posiedzeń Zespołu:\n\n"
    else:
        body = "\n".join(
            f"- {d.day} {MONTHS_GEN[d.month - 1]} – {c.form('nom')}"
            for d, c in zip(days, where, strict=True)
        )
        intro = ""
    after = published - dt.timedelta(days=rng.randrange(3, 25))
    # a heading's year holds to the next heading; a list introduction's to the list's end
    closing = "" if heading.endswith(":") else rng.choice(("## Co dalej\n\n", "**Co dalej**\n\n"))
    text = (
        f"{heading}\n\n{intro}{body}\n\n{closing}{after.day} {MONTHS_GEN[after.month - 1]} "
        "w Lublinie odbyła się konferencja o integracji."
    )
    return SectionCase(year, days, where, after, published.isoformat(), table, text)


def days_of_the_section(ctx: DocumentContext, case: SectionCase) -> tuple[bool, str]:
    found = {(e.city, e.first) for e in ctx.events}
    wanted = {(c.iri, d) for c, d in zip(case.cities, case.days, strict=True)}
    lublin = [e.first for e in ctx.events if e.city and e.city.endswith("/lublin")]
    ok = wanted <= found and lublin == [case.after]
    if case.table:
        ok = ok and all(
            objects(ctx, e.iri, "venue") for e in ctx.events if (e.city, e.first) in wanted
        )
    return ok, f"days {sorted(wanted)} in {case.year}; Lublin {case.after} (published later)"


def test_a_sections_year_holds_for_its_days(pages: Pages) -> None:
    results = []
    rng = random.Random(20261202)
    for _ in range(105):
        case = section_case(rng)
        ctx = pages.extract(case.text, published=case.published)
        ok, want = days_of_the_section(ctx, case)
        results.append(outcome(ctx, ok, case.text, want))
    assert rate("'## Posiedzenia w 2021 r.' over '- 12 marca – Kraków'", results) >= POSITIVE
