"""A fair's or a festival's grounds and halls are places: "goście odwiedzili teren Międzynarodowych
Targów Poznańskich", "spotkanie w hali Targów Pracy" name no fair held; "odbyły się Targi Pracy"
does. Fair names are capitalised adjectives and nouns from SGJP (their genitive plural by
morfeusz2), cities the reference's, days random."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import (
    MONTHS_GEN,
    NEGATIVE,
    POSITIVE,
    Named,
    capitalise,
    cities,
    draw,
    form,
    rate,
    title_nouns,
    w,
)
from ump_kg.extract.context import DocumentContext

PREMISES = (
    "{d} goście odwiedzili teren Targów {X}, gdzie działa punkt pomocy dla uchodźców.",
    "{d} urzędnicy spotkali się z wolontariuszami w hali Targów {X}.",
    "{d} zwiedziliśmy pawilon Targów {X}, w którym mieszkają uchodźcy.",
)
FAIRS = ("{d} {W} odbyły się Targi {X}.", "{d} {W} rozpoczęły się Targi {X}.")


@dataclass(frozen=True)
class FairCase:
    city: Named
    day: dt.date
    held: bool
    text: str


def fair_case(rng: random.Random, held: bool) -> FairCase | None:
    (city,) = draw(rng, cities())
    noun = form(rng.choice(title_nouns()).lower(), "subst", "sg", "gen")
    if noun is None:
        return None
    day = dt.date(2022, rng.randrange(1, 13), rng.randrange(1, 28))
    written = f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r."
    template = rng.choice(FAIRS if held else PREMISES)
    text = template.format(d=written, W=w(city), X=capitalise(noun))
    if not held:
        text = f"{text} {capitalise(w(city))} mieszka dziś wielu cudzoziemców."
    return FairCase(city, day, held, text)


def fairs_as_said(ctx: DocumentContext, case: FairCase) -> tuple[bool, str]:
    fairs = [e for e in ctx.events if e.kind == "Conference"]
    if case.held:
        return [(e.city, e.first) for e in fairs] == [(case.city.iri, case.day)], "one fair"
    return not fairs, "no fair: its grounds are a place"


def test_a_fair_held_is_an_event(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: fair_case(rng, True), fairs_as_said)
    assert rate("'odbyły się Targi X' -> a fair", results) >= POSITIVE


def test_a_fairs_grounds_are_no_event(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: fair_case(rng, False), fairs_as_said)
    assert rate("negative: 'teren Targów X', 'w hali Targów X'", results) >= NEGATIVE
