"""Railway stations and airports are venues, named by their town as it is (session 37, from
misses of sigel, opened, and of oe, aleph, ben and rad: "na Dworcu PKP Gdańsk Główny",
"Dworzec Główny PKP w Krakowie", "na Dworcu Gdynia Główna" gave no venue: "dworzec" was no
head of a place's name, and a town's name inside a name ended it).

names.STATION_HEADS are heads of places; a town in the nominative inside a station's name,
with a word after it, is a word of the name (names.absorbed_mention); a station's name takes
the town said after it, as a venue too ("Dworzec Główny PKP w Krakowie": the opened golds of
oe and sigel name stations so; a venue's name takes no town otherwise). Cases: the one-word
reference cities in the nominative with "Główny"/"Główna" agreeing with the town's gender
(morfeusz2), "PKP" before the town or none, the station's name in the nominative, genitive
and locative (frames); "Dworzec Główny PKP" and the town in the locative after it. Control:
"dworzec" in small letters ("na dworcu w Przemyślu") names no venue.
Measured on the commit before: 0.0 % -> 100 %; control 100 % both.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages
from tests.relations_templates import cities, rate, readings, w
from ump_kg.extract.context import DocumentContext

SEED = 20261213
COUNT = 120
HEAD = {"nom": "Dworzec", "gen": "Dworca", "loc": "Dworcu"}
MAIN = {"nom": "Główny", "gen": "Głównego", "loc": "Głównym"}
FRAMES = {
    "nom": "{station} przyjmuje uchodźców od 1 marca 2022 r.",
    "gen": "W budynku {station} działa punkt informacyjny od 1 marca 2022 r.",
    "loc": "Punkt recepcyjny działa na {station} od 1 marca 2022 r.",
}


def venues(ctx: DocumentContext) -> set[str]:
    return {e.label_pl for e in ctx.entities.values() if e.cls.endswith("Venue")}


def feminine(town: str) -> bool:
    return any(
        parts[0] == ["subst"] and "f" in parts[3]
        for _, parts, _ in readings(town)
        if len(parts) > 3
    )


def station_case(pages: Pages, rng: random.Random) -> tuple[bool, str] | None:
    town = rng.choice([c for c in cities() if " " not in c.label and "-" not in c.label])
    case = rng.choice(sorted(FRAMES))
    if rng.random() < 0.6:
        main = "Główna" if feminine(town.label) else "Główny"
        pkp = rng.choice(("PKP ", ""))
        station = f"{HEAD[case]} {pkp}{town.label} {main}"
        wanted = f"Dworzec {pkp}{town.label} {main}"
    else:
        station = f"{HEAD[case]} {MAIN[case]} PKP {w(town)}"
        wanted = f"Dworzec Główny PKP {w(town)}"
    text = FRAMES[case].format(station=station)
    found = venues(pages.extract(text))
    return wanted in found, f"{text} -> {wanted}; found {sorted(found)}"


def control_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    town = rng.choice(cities())
    text = f"Punkt recepcyjny działał na dworcu {w(town)} od 1 marca 2022 r."
    found = venues(pages.extract(text))
    return not any(v.startswith("Dworzec") for v in found), f"{text}; found {sorted(found)}"


def test_a_station_is_a_venue_named_by_its_town(pages: Pages) -> None:
    rng = random.Random(SEED)
    results = [r for r in (station_case(pages, rng) for _ in range(COUNT)) if r]
    assert rate("'na Dworcu PKP Gdańsk Główny'", results) >= 0.95


def test_control_a_station_in_small_letters_names_no_venue(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    results = [control_case(pages, rng) for _ in range(COUNT)]
    assert rate("control: 'na dworcu w Przemyślu'", results) >= 0.95
