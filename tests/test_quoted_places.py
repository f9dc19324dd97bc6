"""Places named by a quoted name after the word for their kind (session 20; names.QUOTED_PLACE).

"obrady odbędą się … w przestrzeni „Baobab”", "odwiedzili pracownię ekonomii społecznej „Ładne
Rzeczy”", "w kawiarni „Pod Arkadami”": the kind word in lower case (and up to three words on
what the place is for), then the quoted name, is a venue named by the quotation; where the
sentence puts an event there, it is the event's venue. Before, such places were not named.
Kind words: "przestrzeń", "pracownia", "kawiarnia", "świetlica", "galeria", "księgarnia" in
their locative from morfeusz2; names: one or two SGJP nouns, capitalised. Control: a quoted
title after a word for a project or a report ("w projekcie „X”") is no place.
Measured on the commit before: 0 %; control 100 %. (Totals: corpus 85.7 → 86.1, aleph +1.7,
lamed (blind) +1.9 recall; no set lost.)
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects, outcome
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    cities,
    date_of,
    form,
    rate,
    title_nouns,
    w,
)
from ump_kg.extract.context import DocumentContext

SEED = 20261216
CASES = 120
KINDS = ("przestrzeń", "pracownia", "kawiarnia", "świetlica", "galeria", "księgarnia")
WHAT_FOR = ("", "", "integracyjnej", "ekonomii społecznej", "międzykulturowej")
NOT_PLACES = ("projekcie", "raporcie", "programie", "konkursie")


def venues(ctx: DocumentContext) -> set[str]:
    return {e.label_pl for e in ctx.entities.values() if e.cls.endswith("Venue")}


def event_venues(ctx: DocumentContext) -> set[str]:
    return {
        ctx.entities[str(v)].label_pl
        for e in ctx.events
        for v in objects(ctx, e.iri, "venue")
        if str(v) in ctx.entities
    }


def quoted_name(rng: random.Random) -> str:
    return " ".join(rng.sample(title_nouns(), rng.choice((1, 2))))


def case(pages: Pages, rng: random.Random, place: bool = True) -> tuple[bool, str]:
    city, date, name = rng.choice(cities()), date_of(rng, ranges=False), quoted_name(rng)
    kind = str(form(rng.choice(KINDS), "subst", "sg", "loc")) if place else rng.choice(NOT_PLACES)
    what = rng.choice(WHAT_FOR) if place else ""
    words = " ".join(x for x in (kind, what) if x)
    text = (
        f"{date.text[0].upper()}{date.text[1:]} {w(city)} w {words} „{name}” odbyło się spotkanie."
    )
    ctx = pages.extract(text)
    found = name in venues(ctx) and name in event_venues(ctx)
    ok = found if place else name not in venues(ctx)
    return outcome(ctx, ok, text, ("venue " if place else "no venue ") + name)


def test_quoted_places_are_venues(pages: Pages) -> None:
    rng = random.Random(SEED)
    cases = [case(pages, rng) for _ in range(CASES)]
    assert rate("'w przestrzeni „Baobab”'", cases) >= POSITIVE


def test_control_quoted_titles_are_no_places(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    cases = [case(pages, rng, place=False) for _ in range(CASES)]
    assert rate("control: 'w projekcie „X”'", cases) >= NEGATIVE
