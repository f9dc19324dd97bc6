"""Parks, squares and boulevards are venues (session 36, from misses of eoh, opened this
session: "w parku im. Poniatowskiego" and "na Placu Zebrań Ludowych w Gdańsku", where picnics
were held, were no venues).

Polish spelling writes the common noun of a park or a square in lower case ("w parku im.
Poniatowskiego", "na placu Wolności"); pages capitalise it too. Cases: park, plac, skwer or
bulwar in the locative (morfeusz2), after "w" or "na", named by a patron ("im." and a drawn SGJP
person in the genitive), by an SGJP adjective agreeing with it, or by an SGJP noun in the
genitive; an event held there on a day in a reference city ("we Wrocławiu" too: a session-36
mend, after a first version cut the name at "we"). The venue (nominative, the noun capitalised)
is found and is the event's venue. Controls: the same words as a street address ("na placu
Wolności 1") or without a name ("w parku miejskim") give no venue.
Measured on the commit before: 0.0 % -> 100 %; control 100 % both.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects
from tests.relations_templates import (
    capitalise,
    cities,
    form,
    name_adjectives,
    people,
    rate,
    w,
)
from tests.test_events_editions_and_ds_complements import when
from ump_kg.extract.context import DocumentContext

COUNT = 120
HEADS = (("park", "w"), ("plac", "na"), ("skwer", "na"), ("bulwar", "na"))
GENITIVES = ("wolność", "solidarność", "niepodległość", "zgoda", "przyjaźń", "konstytucja")
VENUE = "https://w3id.org/ump-kg/def/venue"


def named(rng: random.Random) -> tuple[str, str, str] | None:
    """(preposition, the venue in the locative, in the nominative)."""
    head, preposition = rng.choice(HEADS)
    written, nominative = form(head, "subst", "sg", "loc"), form(head, "subst", "sg", "nom")
    if written is None or nominative is None:
        return None
    if rng.random() < 0.5:
        written = capitalise(written)
    shape = rng.randrange(3)
    if shape == 0:
        patron = f"im. {rng.choice(people()).form('gen')}"
        rest_written = rest_nominative = patron
    elif shape == 1:
        adjective = rng.choice(name_adjectives())
        loc, nom = (form(adjective, "adj", "sg", c, "m3") for c in ("loc", "nom"))
        if loc is None or nom is None:
            return None
        rest_written, rest_nominative = capitalise(loc), capitalise(nom)
    else:
        noun = form(rng.choice(GENITIVES), "subst", "sg", "gen")
        if noun is None:
            return None
        rest_written = rest_nominative = capitalise(noun)
    return preposition, f"{written} {rest_written}", f"{capitalise(nominative)} {rest_nominative}"


def venues(ctx: DocumentContext) -> dict[str, str]:
    return {e.label_pl: iri for iri, e in ctx.entities.items() if e.cls.endswith("/Venue")}


def open_air_case(pages: Pages, rng: random.Random) -> tuple[bool, str] | None:
    drawn = named(rng)
    if drawn is None:
        return None
    preposition, written, nominative = drawn
    text = f"Piknik odbył się {when(rng)} {preposition} {written} {w(rng.choice(cities()))}."
    return held_at(pages, text, nominative)


def held_at(pages: Pages, text: str, nominative: str) -> tuple[bool, str]:
    """Whether the page's event was held at a venue of that name."""
    ctx = pages.extract(text, "2024-12-20")
    found = venues(ctx)
    held = nominative in found and any(
        str(o) == found[nominative] for e in ctx.events for o in objects(ctx, e.iri, VENUE)
    )
    return held, f"{text} -> {nominative}; found {sorted(found)}"


def address_case(pages: Pages, rng: random.Random) -> tuple[bool, str] | None:
    drawn = named(rng)
    if drawn is None:
        return None
    preposition, written, _ = drawn
    if rng.random() < 0.5:
        text = f"Biuro mieści się {preposition} {written} {rng.randint(1, 40)} w Lublinie."
    else:
        head = written.split()[0].lower()
        text = f"Piknik odbył się {when(rng)} {preposition} {head} miejskim w Lublinie."
    return not venues(pages.extract(text, "2024-12-20")), text


def test_parks_and_squares_are_venues(pages: Pages) -> None:
    rng = random.Random(20261207)
    results = [r for r in (open_air_case(pages, rng) for _ in range(COUNT)) if r]
    assert rate("'w parku im. Poniatowskiego' -> a venue", results) >= 0.95


def test_control_addresses_and_unnamed_parks_are_no_venues(pages: Pages) -> None:
    rng = random.Random(20261208)
    results = [r for r in (address_case(pages, rng) for _ in range(COUNT)) if r]
    assert rate("control: 'na placu Wolności 1', 'w parku miejskim'", results) >= 0.98
