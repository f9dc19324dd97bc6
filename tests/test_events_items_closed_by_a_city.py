"""A list item that opens with its day, names its event and ends with a city is an event in that
city (session 18): "- 12.05.2023 – warsztaty dla urzędników, Kraków" (events.
city_closing_the_item). Before, only an item that named its city right after its day
("- 12.05.2023, Kraków – warsztaty") was placed.
Cities: the reference's twelve (nominatives); event phrases from the list below; days generated.
The control: "- <day> – spotkanie z mieszkańcami <city's genitive>" — a city in another case
closing the item is who took part, not where: no event in that city.
Measured on the commit before: 0 %; the control 100 %. Sets: pi (invented, blind) 76.0/86.8 ->
76.3/86.8, others unchanged.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome
from tests.relations_templates import cities, date_of, rate

SEED = 20261217
EVENTS = (
    "warsztaty dla urzędników", "konferencja „Miasto dla wszystkich”", "szkolenie z prawa pobytowego",
    "spotkanie sieci punktów informacyjnych", "seminarium o edukacji dzieci migrantów",
    "debata o mieszkalnictwie",
)  # fmt: skip


def case(pages: Pages, rng: random.Random, control: bool) -> tuple[bool, str]:
    city, date = rng.choice(cities()), date_of(rng, ranges=False)
    day = f"{date.first.day:02d}.{date.first.month:02d}.{date.first.year}"
    if control:
        item = f"- {day} – spotkanie z mieszkańcami {city.form('gen')}"
    else:
        item = f"- {day} – {rng.choice(EVENTS)}, {city.form('nom')}"
    text = f"## Kalendarium\n\n{item}"
    ctx = pages.extract(text, "2024-12-31")
    placed = (date.first, city.iri) in {(e.first, e.city) for e in ctx.events}
    if control:
        return outcome(ctx, not placed, text, f"no event in {city.slug}")
    return outcome(ctx, placed, text, f"an event in {city.slug}")


def test_items_closed_by_their_city(pages: Pages) -> None:
    rng = random.Random(SEED)
    assert (
        rate("'- <day> – warsztaty …, Kraków'", [case(pages, rng, False) for _ in range(120)])
        >= 0.95
    )


def test_negative_a_city_in_another_case(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    assert (
        rate("negative: '… z mieszkańcami Krakowa'", [case(pages, rng, True) for _ in range(100)])
        >= 0.98
    )
