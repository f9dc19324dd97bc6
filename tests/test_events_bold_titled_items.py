"""Events listed as items that open with a title in bold, a dash and the day (session 16, from
the misses of an opened real page of webinar announcements).

1. Under "Zapowiedzi webinariów online z cyklu …" / "Announcements of online webinars …" (or a
   heading naming them), "- **<Title>** – <day>, 14:00–16:00. …" is a dated event titled
   <Title> (schema:name), online, or in the city the item holds it in ("w <city>", "in <city>")
   (events.py titled_item_event).
2. Negative control: items of the same shape under "Nowe publikacje:" / "New publications:",
   about a book ("Książka dotyczy …"), make no event.
Titles are SGJP common nouns (title_nouns), days from date_of, cities the reference's (their
English labels on English pages). 120 cases each. Measured on 799ebd8: 1. 0 %, the control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome
from tests.relations_templates import (
    MONTHS_EN,
    cities,
    date_of,
    english_label,
    rate,
    title_nouns,
    w,
)

SEED = 20261217
CASES = 120


def item(rng: random.Random, english: bool, events: bool) -> tuple[str, str, object, str | None]:
    title = f"{rng.choice(title_nouns()[:300])} i migracje"
    date = date_of(rng, ranges=False)
    city = rng.choice(cities()) if rng.random() < 0.5 else None
    if english:
        day = f"{date.first.day} {MONTHS_EN[date.first.month - 1]} {date.first.year}"
        where = f" in {english_label(city.iri)}" if city else ""
        tail = "The session deals with housing." if events else "The book deals with housing."
        text = f"- **{title}** – {day}, 14:00–16:00{where}. {tail}"
    else:
        where = f" {w(city)}" if city else ""
        tail = "Sesja dotyczy mieszkań." if events else "Książka dotyczy mieszkań."
        text = f"- **{title}** – {date.text}, godz. 14:00–16:00{where}. {tail}"
    return title, text, date, city.iri if city else None


def listed_case(pages: Pages, rng: random.Random, intro_kind: str = "events") -> tuple[bool, str]:
    english = rng.random() < 0.5
    title, line, date, city = item(rng, english, intro_kind == "events")
    if intro_kind == "events":
        intro = (
            "Announcements of online webinars in the series run by the Centre."
            if english
            else "Zapowiedzi webinariów online z cyklu prowadzonego przez Centrum."
        )
    else:
        intro = "New publications:" if english else "Nowe publikacje:"
    text = f"{intro}\n\n{line}"
    ctx = (pages.english if english else pages).extract(text)
    found = [
        e
        for e in ctx.events
        if e.first == date.first  # type: ignore[attr-defined]
        and (city is None or e.city == city)
        and e.title is not None
        and e.title[0] == title
    ]
    if intro_kind != "events":
        return outcome(ctx, not ctx.events, text, "no event")
    return outcome(ctx, len(found) == 1, text, f"the event „{title}” {city or 'online'}")


def test_a_bold_titled_item_with_its_day_is_an_event(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'- **Title** – <day>, 14:00–16:00' under webinars",
        [listed_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_negative_under_publications(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "negative: the same items under 'Nowe publikacje:'",
        [listed_case(pages, rng, "publications") for _ in range(CASES)],
    )
    assert value >= 0.98
