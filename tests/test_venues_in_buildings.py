"""Buildings named after the word for them, and one-word buildings, are venues (session 17).

"odbyło się w budynku Nowego Ratusza" → venue «Nowy Ratusz»; "w hotelu Mercure" → «Hotel
Mercure»; "w Ratuszu", "w Arsenale" → «Ratusz», «Arsenał» (places.venues_in_buildings; a
capitalised common noun in the locative, not a country, "Internet" or "Urząd").
Names: SGJP's capitalised adjectives of place (generated in the genitive and nominative by
morfeusz2) before "Ratusz", "Pałac", "Dom Kultury"; brands for hotels; one-word buildings from a
list of common nouns (ratusz, arsenał, zamek, spichlerz, dworzec). Control:
"odbyło się w Internecie" / "w Polsce" — no venue. 120 cases each. Measured on the commit
before: 0 %; the control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects, outcome
from tests.relations_templates import capitalise, cities, date_of, rate, w
from tests.test_names_keep_the_degree import form

SEED = 20261219
CASES = 120
ADJECTIVES = ("nowy", "stary", "miejski", "wielki", "królewski")
HEADS = {"ratusz": "m3", "pałac": "m3", "spichlerz": "m3"}
ONE_WORD = ("ratusz", "arsenał", "zamek", "spichlerz", "dworzec")
BRANDS = ("Mercure", "Novotel", "Radisson", "Scandic", "Hilton", "Puro")


def venue_names(ctx: object) -> set[str]:
    return {
        e.label_pl
        for e in ctx.entities.values()  # type: ignore[attr-defined]
        if e.cls.endswith("Venue")
    }


def case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city, date = rng.choice(cities()), date_of(rng, ranges=False)
    kind = rng.randrange(3)
    if kind == 0:
        head = rng.choice(sorted(HEADS))
        adjective = rng.choice(ADJECTIVES)
        gen = f"{str(form(adjective, 'gen', 'm3', 'adj')).capitalize()} {str(form(head, 'gen', 'm3', 'subst')).capitalize()}"
        want = f"{str(form(adjective, 'nom', 'm3', 'adj')).capitalize()} {head.capitalize()}"
        where = f"w budynku {gen}"
    elif kind == 1:
        brand = rng.choice(BRANDS)
        want, where = f"Hotel {brand}", f"w hotelu {brand}"
    else:
        noun = rng.choice(ONE_WORD)
        want, where = noun.capitalize(), f"w {str(form(noun, 'loc', 'm3', 'subst')).capitalize()}"
    text = f"{capitalise(date.text)} spotkanie przedstawicieli miast odbyło się {where} {w(city)}.".replace(
        "..", "."
    )
    ctx = pages.extract(text, "2024-12-31")
    held = {str(o) for e in ctx.events for o in objects(ctx, e.iri, "venue")}
    ok = want in venue_names(ctx) and bool(held)
    return outcome(ctx, ok, text, f"venue {want!r}")


def control_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    date = date_of(rng, ranges=False)
    where = rng.choice(("w Internecie", "w Polsce", "w Europie", "w Urzędzie"))
    text = f"{capitalise(date.text)} spotkanie przedstawicieli miast odbyło się {where}.".replace(
        "..", "."
    )
    ctx = pages.extract(text, "2024-12-31")
    return outcome(ctx, not venue_names(ctx), text, "no venue")


def test_venues_in_buildings(pages: Pages) -> None:
    rng = random.Random(SEED)
    assert (
        rate(
            "'w budynku Nowego Ratusza', 'w hotelu X', 'w Ratuszu'",
            [case(pages, rng) for _ in range(CASES)],
        )
        >= 0.95
    )


def test_control_no_building(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    assert rate("control: 'w Internecie'", [control_case(pages, rng) for _ in range(CASES)]) >= 0.98
