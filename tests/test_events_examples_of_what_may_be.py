"""An event word after an example's marker in a sentence that says what can be, with no day,
names no event: "City representatives can also rely on the support of ICC experts, for instance
through expert visits to Wrocław", "Miasta mogą korzystać ze wsparcia ekspertów, np. poprzez
wizyty studyjne w Lublinie" (session 22, from the opened set bet: a Wrocław page on its
strategy; events.an_example_of_what_may_be). Before, each made an event in the city.
Cases: a reference city (its locative from morfeusz2), an event noun in the case the
preposition wants, an example's marker and a modal of possibility, Polish and English shapes.
Control: the same event told as having happened, with its day, is an event in that city.
Measured on the commit before: 5.5 % (the plurals 'konferencje', 'spotkania' were already read as
meetings in general); control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome
from tests.relations_templates import Named, cases, cities, date_of, english_label, rate, w
from ump_kg.extract.context import DocumentContext

COUNT = 110
MODALS_PL = ("mogą też korzystać", "może liczyć", "można skorzystać", "mogłyby korzystać")
MARKERS_PL = ("np.", "na przykład", "takich jak")
NOUNS_PL = ("wizyty studyjne", "szkolenia", "warsztaty", "spotkania z ekspertami", "konferencje")
MODALS_EN = ("can also rely on", "may draw on", "could use")
MARKERS_EN = ("for instance through", "for example through", "such as")
NOUNS_EN = ("expert visits", "training sessions", "workshops", "study visits", "conferences")


def polish(rng: random.Random, city: Named) -> str:
    marker = rng.choice(MARKERS_PL)
    noun = rng.choice(NOUNS_PL)
    return (
        f"Przedstawiciele miasta {rng.choice(MODALS_PL)} ze wsparcia ekspertów Rady Europy, "
        f"{marker} {noun} {w(city)}."
    )


def english(rng: random.Random, city: Named) -> str:
    return (
        f"City representatives {rng.choice(MODALS_EN)} the support of ICC experts, "
        f"{rng.choice(MARKERS_EN)} {rng.choice(NOUNS_EN)} to {english_label(city.iri)}."
    )


def example(rng: random.Random) -> tuple[str, str, str]:
    city = rng.choice(cities())
    if rng.random() < 0.5:
        return polish(rng, city), "pl", city.iri
    return english(rng, city), "en", city.iri


def happened(rng: random.Random) -> tuple[str, str, str]:
    city = rng.choice(cities())
    day = date_of(rng, ranges=False).text
    return (
        f"Przedstawiciele miasta wzięli udział w szkoleniu ekspertów Rady Europy {w(city)} {day}.",
        "pl",
        city.iri,
    )


def events_in(ctx: DocumentContext, city: str) -> list[str]:
    return [e.iri for e in ctx.events if e.city == city]


def check(pages: Pages, made: tuple[str, str, str], want_event: bool) -> tuple[bool, str]:
    text, language, city = made
    on = pages.english if language == "en" else pages
    ctx = on.extract(text, "2024-12-31")
    found = events_in(ctx, city)
    if want_event:
        return outcome(ctx, bool(found), text, "an event in the city")
    return outcome(ctx, not found, text, f"no event; found {found}")


def test_an_example_of_what_may_be_is_no_event(pages: Pages) -> None:
    value = rate(
        "'can rely on …, for instance through expert visits to Wrocław': no event",
        [check(pages, m, False) for m in cases(example, COUNT)],
    )
    assert value >= 0.95


def test_the_same_event_told_with_its_day_is_one(pages: Pages) -> None:
    value = rate(
        "control: 'wzięli udział w szkoleniu … w Lublinie 12 maja 2019 r.': an event",
        [check(pages, m, True) for m in cases(happened, COUNT)],
    )
    assert value >= 0.95
