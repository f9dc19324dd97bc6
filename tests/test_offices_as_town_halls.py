"""A town's office named as its town hall (session 45, from misses of laguz, opened this session,
gar and gim: "Rzeczniczka stołecznego ratusza Monika Beuth-Lutyk przekazała …", "Grzegorz Gawlik
z łódzkiego magistratu poinformował …" gave the people no link to the city's office).

The press names a town's office by the town's adjective and "ratusz" or "magistrat" in any
case ("rzecznik krakowskiego ratusza", "z łódzkiego magistratu", "stołeczny ratusz" for
Warsaw's). Where the reference knows the town's office, that is a mention of the office
(pipeline.town_halls), so the post and affiliation rules read it as they read "Urząd Miasta
Łodzi". After a preposition of place ("w rzeszowskim ratuszu") it is the building.
Control: the building ("Spotkanie odbyło się w łódzkim ratuszu"), and a hall with no town's
adjective ("z nowego ratusza"): no fact of the office.
Adjectives are the reference's cities' (and "stołeczny"), declined by morfeusz2; people SGJP's.
120 cases each. Measured on c544c09 (before the rule): 0.0 %; now 100 %. The control 100 %
before and after.
"""

from __future__ import annotations

import random
from functools import cache

from tests.relations_pages import Pages, holds_post_in, objects, outcome, person_iri
from tests.relations_templates import adjective_form, capitalise, people, rate
from ump_kg.extract.context import DocumentContext
from ump_kg.extract.pipeline import knowledge

SEED = 20261207
CASES = 120
ID = "https://w3id.org/ump-kg/id/"
OTHER_ADJECTIVES = ("nowy", "stary", "zabytkowy", "miejski")


@cache
def town_adjectives() -> tuple[tuple[str, str], ...]:
    """(adjective lemma, the city's office IRI) for the reference's cities, and the capital's."""
    reference = knowledge().reference
    pairs = [
        (adjective, reference.office_of_city[city])
        for adjective, city in sorted(reference.city_of_adjective.items())
        if city in reference.office_of_city
    ]
    warsaw = next(o for c, o in reference.office_of_city.items() if c.endswith("/warszawa"))
    return (*pairs, ("stołeczny", warsaw))


def hall(adjective: str, case: str, rng: random.Random) -> str:
    noun = rng.choice(("ratusz", "magistrat"))
    endings = {"gen": "a" if noun == "ratusz" else "u", "inst": "em"}
    form = adjective_form(adjective, "sg", case, "m3")
    assert form, f"no {case} of {adjective}"
    return f"{form} {noun}{endings[case]}"


def linked_to(ctx: DocumentContext, who: str | None, office: str) -> bool:
    return who is not None and (
        holds_post_in(ctx, who, office) or office in objects(ctx, who, "memberOf")
    )


def office_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    adjective, office = rng.choice(town_adjectives())
    person = rng.choice(people())
    shape = rng.choice(("spokesperson", "from", "employee"))
    if shape == "spokesperson":
        word = "rzeczniczka" if person.gender == "f" else "rzecznik"
        text = capitalise(
            f"{word} {hall(adjective, 'gen', rng)} {person.nominative} przekazał{person.a}, "
            "że punkt działa."
        )
    elif shape == "from":
        text = (
            f"{person.nominative} z {hall(adjective, 'gen', rng)} poinformował{person.a} o pomocy."
        )
    else:
        word = "pracowniczka" if person.gender == "f" else "pracownik"
        text = f"Jak mówi {person.nominative}, {word} {hall(adjective, 'gen', rng)}, punkt działa."
    ctx = pages.extract(text)
    ok = linked_to(ctx, person_iri(ctx, person), office)
    return outcome(ctx, ok, text, f"{person.nominative} of {office.rsplit('/', 1)[-1]}")


def building_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    adjective, office = rng.choice(town_adjectives())
    person = rng.choice(people())
    if rng.random() < 0.5:
        form = adjective_form(adjective, "sg", "loc", "m3")
        text = f"Spotkanie odbyło się w {form} ratuszu, a mówił{person.a} {person.nominative}."
    else:
        other = rng.choice(OTHER_ADJECTIVES)
        text = f"{person.nominative} z {hall(other, 'gen', rng)} poinformował{person.a} o pomocy."
    ctx = pages.extract(text)
    ok = not any(f.s == office or str(f.o) == office for f in ctx.facts)
    return outcome(ctx, ok, text, f"no fact of {office.rsplit('/', 1)[-1]}")


def test_a_town_hall_is_the_towns_office(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'rzecznik łódzkiego magistratu X', 'X z krakowskiego ratusza' → X of the city's office",
        [office_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_a_town_halls_building_is_no_office(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "control: 'w łódzkim ratuszu', 'z nowego ratusza' → no fact of the office",
        [building_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
