"""Who came to a meeting: "Do naszego miasta przyjechały osoby zajmujące się polityką migracyjną
w urzędach Warszawy, Krakowa i Gdańska", "Przybyli specjaliści z Lublina oraz Poznania",
"Officials came from Warsaw, Kraków and Gdańsk": the cities after the verb of arrival take part
in the meeting the account tells of. The city they came to ("przyjechali do Lublina") does not.
So do cities listed one to an item under a line that says their representatives took part ("W
spotkaniu wzięli udział przedstawiciele dziesięciu miast:" over "- Białegostoku,"); under a line
that says something else, they do not.
Cities are the reference's, declined by morfeusz2; days random."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects
from tests.relations_templates import (
    MONTHS_GEN,
    NEGATIVE,
    POSITIVE,
    Named,
    cities,
    draw,
    listed,
    rate,
)
from ump_kg.extract.context import DocumentContext

ARRIVED = (
    "Do naszego miasta przyjechały osoby zajmujące się polityką migracyjną w urzędach {gen}.",
    "Przybyli specjaliści z {gen}.",
    "Na obrady przyjechali pracownicy urzędów {gen}.",
    "Do {host_gen} zjechali się eksperci z {gen}.",
)
CAME_TO = ("Wcześniej część uczestników przyjechała do {gen} na szkolenie.",)


@dataclass(frozen=True)
class ArrivalCase:
    host: Named
    day: dt.date
    came: tuple[Named, ...]
    text: str


def arrival(rng: random.Random, templates: tuple[str, ...], count: int) -> ArrivalCase:
    host, *came = draw(rng, cities(), count + 1)
    day = dt.date(rng.randrange(2018, 2025), rng.randrange(1, 13), rng.randrange(1, 28))
    opening = (
        f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r. {host.form('nom')} był "
        "gospodarzem spotkania Zespołu Unii Metropolii Polskich ds. Migracji i Integracji."
    )
    said = rng.choice(templates).format(
        gen=listed([c.form("gen") for c in came]), host_gen=host.form("gen")
    )
    return ArrivalCase(host, day, tuple(came), f"{opening} {said}")


def cities_taking_part(ctx: DocumentContext, case: ArrivalCase) -> set[str]:
    found = [e for e in ctx.events if e.first == case.day]
    return {str(o) for e in found for o in objects(ctx, e.iri, "participatingCity")}


def all_came(ctx: DocumentContext, case: ArrivalCase) -> tuple[bool, str]:
    taking_part = cities_taking_part(ctx, case)
    want = {c.iri for c in case.came}
    return want <= taking_part, f"{sorted(c.slug for c in case.came)} take part"


def test_cities_people_came_from_take_part(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: arrival(rng, ARRIVED, rng.randrange(2, 5)), all_came)
    assert rate("'przyjechały osoby … w urzędach A, B i C'", results) >= POSITIVE


def none_came(ctx: DocumentContext, case: ArrivalCase) -> tuple[bool, str]:
    taking_part = cities_taking_part(ctx, case)
    return not taking_part & {c.iri for c in case.came}, "the city came to takes no part"


def test_the_city_they_came_to_takes_no_part(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: arrival(rng, CAME_TO, 1), none_came)
    assert rate("negative: 'przyjechała do A'", results) >= NEGATIVE


LISTED_INTROS = (
    "W spotkaniu wzięli udział przedstawiciele {n} miast członkowskich UMP:",
    "Na obrady przyjechali przedstawiciele miast:",
)
OTHER_INTROS = ("Programy integracji przyjęły już rady miast:",)


def cities_listed(rng: random.Random, intros: tuple[str, ...]) -> ArrivalCase:
    host, *came = draw(rng, cities(), rng.randrange(3, 6))
    day = dt.date(rng.randrange(2018, 2025), rng.randrange(1, 13), rng.randrange(1, 28))
    opening = (
        f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r. {host.form('nom')} był "
        "gospodarzem spotkania Zespołu Unii Metropolii Polskich ds. Migracji i Integracji."
    )
    items = "\n".join(f"- {c.form('gen')}," for c in came).rstrip(",") + "."
    intro = rng.choice(intros).format(n=len(came))
    return ArrivalCase(host, day, tuple(came), f"{opening}\n\n{intro}\n\n{items}")


def test_cities_listed_under_their_representatives_take_part(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: cities_listed(rng, LISTED_INTROS), all_came)
    assert rate("'wzięli udział przedstawiciele miast:' / '- Gdańska,'", results) >= POSITIVE


def test_cities_listed_under_another_line_take_no_part(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: cities_listed(rng, OTHER_INTROS), none_came)
    assert rate("negative: 'Programy przyjęły rady miast:' / '- Gdańska,'", results) >= NEGATIVE
