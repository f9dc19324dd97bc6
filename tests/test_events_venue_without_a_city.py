"""An event's venue where the page does not say its city (session 20; events.venue_of).

"12 maja 2023 r. w Sali Kolumnowej Ratusza odbyło się posiedzenie Zespołu …": the venue was
read only for an event with a city, so a meeting on a city's own page ("Ratusza", with no town
named) lost it. Now the venue the sentence puts the event in is its venue whether or not the
city is known. Venues: "Sala <adjective> Ratusza" and "Aula <adjective>" with SGJP adjectives
(feminine, declined with morfeusz2 into the locative); dates drawn over ten years. Control: the
hall named in a sentence that does not hold the event ("Sala … została odnowiona.") is not its
venue. Measured on the commit before: 0 %; control 100 %. (Totals: upsilon +1.9, phi +1.6, mu
+0.5, pi +0.5, theta +0.4, iota +0.3, lam +0.2 recall; beta and digamma -0.3 and -0.5
precision.)
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects, outcome
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    capitalise,
    date_of,
    form,
    phrase_forms,
    rate,
)
from tests.test_organs_of_bodies import organ_adjectives
from ump_kg.extract.context import DocumentContext

SEED = 20261215
CASES = 120


def hall(rng: random.Random) -> dict[str, str]:
    """Case forms of "Sala Kolumnowa Ratusza" / "Aula Lustrzana" made of SGJP adjectives."""
    while True:
        adjective = form(rng.choice(organ_adjectives()), "adj", "sg", "nom", "f")
        if adjective is None:
            continue
        owner = rng.choice((" Ratusza", " Urzędu", ""))
        head = "Sala" if owner else "Aula"
        forms = phrase_forms(f"{head} {capitalise(adjective)}{owner}")
        if forms is not None:
            return dict(forms)


def venue_labels(ctx: DocumentContext, event_iris: list[str]) -> set[str]:
    return {
        ctx.entities[str(v)].label_pl
        for e in event_iris
        for v in objects(ctx, e, "venue")
        if str(v) in ctx.entities
    }


def case(pages: Pages, rng: random.Random, elsewhere: bool = False) -> tuple[bool, str]:
    forms, date = hall(rng), date_of(rng, ranges=False)
    meeting = rng.choice(
        (
            "odbyło się posiedzenie Zespołu ds. Migracji i Integracji Unii Metropolii Polskich",
            "odbyła się konferencja o integracji cudzoziemców",
            "odbyło się spotkanie przedstawicieli organizacji pozarządowych",
        )
    )
    if elsewhere:
        text = f"{capitalise(date.text)} {meeting}. {forms['nom']} została niedawno odnowiona."
    else:
        text = f"{capitalise(date.text)} w {forms['loc']} {meeting}."
    ctx = pages.extract(text)
    venues = venue_labels(ctx, [e.iri for e in ctx.events])
    ok = not venues if elsewhere else forms["nom"] in venues
    return outcome(ctx, ok, text, ("no venue" if elsewhere else f"venue {forms['nom']}"))


def test_venue_of_an_event_without_a_city(pages: Pages) -> None:
    rng = random.Random(SEED)
    cases = [case(pages, rng) for _ in range(CASES)]
    assert rate("'w Sali Kolumnowej Ratusza odbyło się …'", cases) >= POSITIVE


def test_control_a_hall_named_elsewhere(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    cases = [case(pages, rng, elsewhere=True) for _ in range(CASES)]
    assert rate("control: 'Sala … została odnowiona'", cases) >= NEGATIVE
