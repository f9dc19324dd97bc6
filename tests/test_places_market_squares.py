"""A town's market square named by an adjective or a genitive is a venue (session 36, with the
parks and squares of the same session; eoh, opened this session, holds a festival "na
rzeszowskim Rynku", which this rule does not read: the town's adjective is lower case).

"na Starym Rynku", "na Rynku Głównym", "na Rynku Kościuszki": the capitalised "Rynku" with an
adjective before or after it, or a name in the genitive after it. Cases: SGJP adjectives
(stary, nowy, mały, wielki, główny, dolny, górny) declined in the locative by morfeusz2 before
or after "Rynku", or a drawn SGJP person's surname in the genitive after it; an event held
there on a day in a reference city. The venue is found in the nominative and is the event's
venue. Control: "na rynku pracy", "Na Rynku Pracy" (a title word) give no venue.
Measured on the commit before: 0.0 % -> 99.2 % (the one left: "Rynku Gibkiego", a surname read as an adjective); control 100 % both.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages
from tests.relations_templates import capitalise, cities, form, people, rate, w
from tests.test_events_editions_and_ds_complements import when
from tests.test_places_parks_and_squares import held_at, venues

SEED = 20261220
COUNT = 120
ADJECTIVES = ("stary", "nowy", "mały", "wielki", "główny", "dolny", "górny")


def square(rng: random.Random) -> tuple[str, str] | None:
    """(the square in the locative, in the nominative)."""
    shape = rng.randrange(3)
    if shape == 2:
        surname = rng.choice(people()).form("gen").split()[-1]
        return f"Rynku {surname}", f"Rynek {surname}"
    adjective = rng.choice(ADJECTIVES)
    loc, nom = (form(adjective, "adj", "sg", c, "m3") for c in ("loc", "nom"))
    if loc is None or nom is None:
        return None
    if shape == 0:
        return f"{capitalise(loc)} Rynku", f"{capitalise(nom)} Rynek"
    return f"Rynku {capitalise(loc)}", f"Rynek {capitalise(nom)}"


def square_case(pages: Pages, rng: random.Random) -> tuple[bool, str] | None:
    drawn = square(rng)
    if drawn is None:
        return None
    written, nominative = drawn
    text = f"Festyn odbył się {when(rng)} na {written} {w(rng.choice(cities()))}."
    return held_at(pages, text, nominative)


def market_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city = rng.choice(cities())
    text = rng.choice(
        (
            f"Sytuacja na rynku pracy {w(city)} poprawiła się w {rng.randint(2016, 2024)} r.",
            f"Na Rynku Pracy {w(city)} brakuje kierowców.",
        )
    )
    return not venues(pages.extract(text, "2024-12-20")), text


def test_market_squares_are_venues(pages: Pages) -> None:
    rng = random.Random(SEED)
    results = [r for r in (square_case(pages, rng) for _ in range(COUNT + 10)) if r]
    assert rate("'na Starym Rynku' -> a venue", results) >= 0.95


def test_control_the_labour_market_is_no_venue(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    assert (
        rate("control: 'na rynku pracy'", [market_case(pages, rng) for _ in range(COUNT)]) >= 0.98
    )
