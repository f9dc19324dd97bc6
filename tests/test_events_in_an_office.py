"""Where an event is when it is held in a city's office, and who hosts it (session 14).

1. An event held "w siedzibie", "w gmachu", "w budynku", "w ratuszu", "w sali sesyjnej", "w
   Sali Kolumnowej" (or plainly "w") of a member city's office (graph/reference/organisations.ttl,
   its name declined to the locative or genitive by morfeusz2 through phrase_forms) is in that
   city (events.py city_of_a_seat): "Warsztaty odbyły się 5 marca 2024 r. w sali sesyjnej
   Urzędu Miasta Lublin." -> ump:inCity Lublin.
2. "Gospodarzem spotkania 5 marca 2024 r. był Urząd Miasta Poznania": the host named after the
   copula, a date between, organises it (events.py HOST_COPULA in organisations_after).
3. "Uczestnicy wymieniali się doświadczeniami w zakresie <field>" after the event's sentence: the
   field is the event's theme (events.py DISCUSSION: "wymieniali się doświadczeniami", "wymiana
   doświadczeń", "w zakresie"); fields in the genitive, one per theme of the scheme. Measured
   on fa375d3 0%, now 100%.
Negative control: "Spotkanie z przedstawicielami Urzędu Miasta Krakowa odbyło się 5 marca
2024 r." names no place and no host.

Offices, days, months, years and the words for events are drawn (seeded); 120 cases each.
Measured on fa375d3 (the code before the rules): 1. 19.2% (a plain "w Urzędzie Miasta X" was
read, and a hall's name holding the city), 2. 0%; now 100% both; the control 100% on both.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects, outcome
from tests.relations_templates import MONTHS_GEN, cities, office_of, organisations, rate
from ump_kg.extract.context import DocumentContext

SEED = 20261204
CASES = 120
SEATS = ("w siedzibie", "w gmachu", "w budynku", "w sali sesyjnej", "w Sali Kolumnowej", "w")
EVENTS = (
    ("Spotkanie", "odbyło"),
    ("Szkolenie", "odbyło"),
    ("Warsztaty", "odbyły"),
    ("Konferencja", "odbyła"),
    ("Seminarium", "odbyło"),
)


def offices() -> list[tuple[str, dict[str, str], str]]:
    """(office IRI, its case forms, its city's IRI) for the member cities' offices."""
    by_iri = {o.iri: dict(o.forms) for o in organisations()}
    return [(office_of(c), by_iri[office_of(c)], c.iri) for c in cities() if office_of(c) in by_iri]


def when(rng: random.Random) -> str:
    return f"{rng.randrange(1, 29)} {rng.choice(MONTHS_GEN)} {rng.randrange(2017, 2026)} r."


def event_objects(ctx: DocumentContext, name: str) -> set[object]:
    return {o for e in ctx.events for o in objects(ctx, e.iri, name)}


def seat_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    _, forms, city = rng.choice(offices())
    seat = rng.choice(SEATS)
    event, verb = rng.choice(EVENTS)
    form = forms["loc"] if seat == "w" else forms["gen"]
    body = f"{event} {verb} się {when(rng)} {seat} {form}."
    ctx = pages.extract(body)
    return outcome(ctx, city in event_objects(ctx, "inCity"), body, f"the event in {city}")


def host_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    office, forms, city = rng.choice(offices())
    event = rng.choice(("spotkania", "szkolenia", "warsztatów", "konferencji", "seminarium"))
    body = f"Gospodarzem {event} {when(rng)} był {forms['nom']}."
    ctx = pages.extract(body)
    ok = office in event_objects(ctx, "organiser") and city in event_objects(ctx, "inCity")
    return outcome(ctx, ok, body, f"organiser {office} and the event in {city}")


def control_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    office, forms, city = rng.choice(offices())
    event, verb = rng.choice(EVENTS)
    body = f"{event} z przedstawicielami {forms['gen']} {verb} się {when(rng)}"
    ctx = pages.extract(body + ".")
    ok = city not in event_objects(ctx, "inCity") and office not in event_objects(ctx, "organiser")
    return outcome(ctx, ok, body, "no place and no host")


def test_an_event_in_a_city_office_is_in_its_city(pages: Pages) -> None:
    rng = random.Random(SEED)
    results = [seat_case(pages, rng) for _ in range(CASES)]
    assert rate("'… w sali sesyjnej Urzędu Miasta Lublin': in Lublin", results) >= 0.98


def test_the_host_after_the_copula_organises(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    results = [host_case(pages, rng) for _ in range(CASES)]
    assert rate("'Gospodarzem spotkania <date> był Urząd Miasta X'", results) >= 0.98


def test_negative_representatives_of_an_office_name_no_place(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    results = [control_case(pages, rng) for _ in range(CASES)]
    assert rate("negative: 'Spotkanie z przedstawicielami Urzędu Miasta X'", results) >= 0.98


FIELDS = {
    "opieki zdrowotnej": "zdrowie",
    "edukacji dzieci cudzoziemskich": "edukacja",
    "dostępu do mieszkań": "mieszkalnictwo",
    "aktywizacji zawodowej": "zatrudnienie",
    "przeciwdziałania dyskryminacji": "przeciwdzialanie-dyskryminacji",
}
EXCHANGED = (
    "Uczestnicy wymieniali się doświadczeniami w zakresie",
    "Była to okazja do wymiany doświadczeń w zakresie",
    "Miasta wymieniły się doświadczeniami w zakresie",
)


def exchange_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    _, forms, _ = rng.choice(offices())
    event, verb = rng.choice(EVENTS)
    field, theme = rng.choice(sorted(FIELDS.items()))
    body = f"{event} {verb} się {when(rng)} w {forms['loc']}. {rng.choice(EXCHANGED)} {field}."
    ctx = pages.extract(body)
    themes = {str(t).rsplit("/", 1)[-1] for t in event_objects(ctx, "theme")}
    return outcome(ctx, theme in themes, body, f"the theme {theme}")


def test_an_exchange_of_experience_names_the_events_theme(pages: Pages) -> None:
    rng = random.Random(SEED + 3)
    results = [exchange_case(pages, rng) for _ in range(CASES)]
    assert rate("'… wymieniali się doświadczeniami w zakresie X': X a theme", results) >= 0.98
