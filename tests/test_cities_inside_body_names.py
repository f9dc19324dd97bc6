"""A city inside the name of a body (session 16, from the misses of opened real pages).

1. A council named by "Rada" and an adjective keeps its town in its name, as a register writes
   it: "Rada Miejska w Łodzi", "Rada Konsultacyjna w Lublinie" (names.py SEAT_HEADS), in every
   case; before, the name was cut to "Rada Miejska", one label for every town's council.
2. The town inside the name of a body people come from does not place the event: "spotkanie, w
   którym udział wzięli przedstawiciele Akademii Morskiej w Gdyni" is not held in Gdynia
   (events.py part_of_a_bodys_name); negative control: "spotkanie w Urzędzie Miejskim w
   Gdańsku" is still held in Gdańsk.
Adjectives are SGJP's (lemmas of polish-inflection-data read with morfeusz2), the names declined
by morfeusz2's generator, cities the twelve of the reference data. 120 cases each. Measured on 799ebd8:
1. 0 %, 2. 0 %, the control 100 %.
"""

from __future__ import annotations

import random
from functools import cache

from tests.relations_pages import Pages, labelled, objects, outcome
from tests.relations_templates import (
    Named,
    capitalise,
    cities,
    common_lemmas,
    date_of,
    form,
    rate,
    readings,
    w,
)

SEED = 20261204
CASES = 120


@cache
def feminine_adjectives() -> tuple[str, ...]:
    """SGJP lexemes of the lemmas that read as adjectives too ("bezdomny:A", "pocztowy",
    "hiszpański"): SGJP's index lists nouns, and these are nouns made of adjectives."""
    found = {
        lexeme
        for lemma in common_lemmas()
        for lexeme, parts, _ in readings(lemma)
        if parts[0] == ["adj"] and lexeme.split(":")[0] == lemma
    }
    return tuple(sorted(found))


# feminine heads of bodies, by their SGJP lexemes
HEADS = {"Rada": "rada", "Akademia": "akademia", "Uczelnia": "uczelnia"}


def body(head: str, city: Named, rng: random.Random) -> Named | None:
    """'<Head> <Adjective> w <City>', each case generated: the head and its adjective agree,
    the town stays in the locative."""
    adjective = rng.choice(feminine_adjectives())
    place = w(city)
    forms = []
    for case in ("nom", "gen", "dat", "acc", "inst", "loc"):
        noun = form(HEADS[head], "subst", "sg", case)
        agreeing = form(adjective, "adj", "sg", case, "f")
        if noun is None or agreeing is None or " " in agreeing:
            return None
        forms.append((case, f"{capitalise(noun)} {capitalise(agreeing)} {place}"))
    label = dict(forms)["nom"]
    return Named(f"new:{label}", label, tuple(forms))


COUNCIL_SENTENCES = (
    ("nom", "Uchwałę w tej sprawie podjęła {name}."),
    ("gen", "Projekt programu trafi do {name}."),
    ("gen", "Radni {name} przyjęli stanowisko."),
    ("dat", "Raport przedstawiono {name} w marcu."),
    ("inst", "Prezydent spotkał się z {name}."),
    ("loc", "O programie dyskutowano na forum, a także w {name}."),
)


def council_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city = rng.choice(cities())
    council = None
    while council is None:
        council = body("Rada", city, rng)
    case, template = rng.choice(COUNCIL_SENTENCES)
    text = template.format(name=council.form(case))
    ctx = pages.extract(text)
    return outcome(ctx, bool(labelled(ctx, council.label)), text, f"«{council.label}»")


def events_in(ctx: object, city: Named) -> bool:
    return any(
        city.iri in objects(ctx, iri, "inCity")  # type: ignore[arg-type]
        for iri in ctx.entities  # type: ignore[attr-defined]
        if "/meeting/" in iri or "/event/" in iri or "/conference/" in iri
    )


def guests_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city = rng.choice(cities())
    guests = None
    while guests is None:
        guests = body(rng.choice(("Akademia", "Uczelnia")), city, rng)
    day = date_of(rng, ranges=False).text
    text = rng.choice(
        (
            f"{day} odbyło się spotkanie, w którym udział wzięli przedstawiciele "
            f"{guests.form('gen')}.",
            f"{day} odbyła się konferencja z udziałem ekspertów {guests.form('gen')}.",
            f"W seminarium, które odbyło się {day}, uczestniczyli goście z {guests.form('gen')}.",
        )
    )
    ctx = pages.extract(text)
    return outcome(ctx, not events_in(ctx, city), text, f"no event in {city.label}")


def held_in_office_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city = rng.choice(cities())
    day = date_of(rng, ranges=False).text
    text = rng.choice(
        (
            f"{day} w Urzędzie Miejskim {w(city)} odbyło się spotkanie z przedstawicielami "
            "organizacji.",
            f"Spotkanie odbyło się {day} w siedzibie Urzędu Miejskiego {w(city)}.",
        )
    )
    ctx = pages.extract(text)
    return outcome(ctx, events_in(ctx, city), text, f"an event in {city.label}")


def test_a_council_keeps_its_town_in_its_name(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'Rada Miejska w Łodzi' in every case", [council_case(pages, rng) for _ in range(CASES)]
    )
    assert value >= 0.95


def test_the_town_of_a_guests_body_is_not_the_events(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "'przedstawiciele Akademii X w Gdańsku' do not place the event",
        [guests_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98


def test_negative_an_event_held_in_an_office_is_in_its_town(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    value = rate(
        "negative: 'w Urzędzie Miejskim w Gdańsku' places the event",
        [held_in_office_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
