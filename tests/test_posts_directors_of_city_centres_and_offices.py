"""The director of a city office's unit named "Centrum …" ("Krzysztof Stanowski, dyrektor Centrum
Współpracy Międzynarodowej Urzędu Miasta Lublin"), and on an English page the director or head of
a city office's unit named by "Office", "Bureau" or "Centre" ("Marek Olszowy, director of the
Social Assistance and Projects Office of the City of Warsaw", "Head of the Centre for
International Cooperation of the City of Lublin"), holds the register's role of a city
department's head, "dyrektor wydziału" (roles.ttl: the person heading a department of a city
office), as a "dyrektor Biura …" already did (session 47, from misses of wynn, fita, gim, xi and
qof, opened earlier: the post had no role; every opened gold gives such directors this role).
relations.CITY_UNIT_HEAD_ROLES, ENGLISH_CITY_UNIT_HEADS, city_unit_head_role.
Controls: "dyrektor Wydziału …" and "director of the … Department", read before; the director of
another body's centre ("dyrektor Centrum Badań Migracyjnych Uniwersytetu Łódzkiego", "director
of the Centre for Migration Research of the University of Warsaw") on a page that names a city:
no "dyrektor wydziału".
People are SGJP's, offices the reference's city offices (their genitive from morfeusz2) or an
English office name of a member city, units drawn from the lists below. 120 cases each. Measured
on d675b74 (before the rule): 0.0 %; now 100 %; the controls 100 % before and after."""

from __future__ import annotations

import random

from tests.relations_pages import Pages, holds_post_in, outcome, person_iri
from tests.relations_templates import Person, capitalise, organisations, people, rate
from ump_kg.extract.context import DocumentContext

SEED = 20261208
CASES = 120
ROLE = "dyrektor-wydzialu"
CENTRES_PL = (
    "Współpracy Międzynarodowej",
    "Komunikacji Społecznej",
    "Aktywności Społecznej",
    "Obsługi Inwestorów",
    "Dialogu Obywatelskiego",
)
UNITS_EN = (
    ("Social Assistance and Projects Office", "Office"),
    ("Foreign Affairs Office", "Office"),
    ("Sustainable Development Bureau", "Bureau"),
    ("Centre for International Cooperation", "Centre"),
    ("Centre for Social Communication", "Centre"),
    ("Civic Dialogue Centre", "Centre"),
)
DEPARTMENTS_EN = (
    ("Education Department", "Department"),
    ("Department of Social Policy", "Department"),
)
CITIES_EN = ("Warsaw", "Lublin", "Gdańsk", "Wrocław", "Poznań", "Szczecin", "Białystok", "Rzeszów")
OTHER_CENTRES = (
    "Centrum Badań Migracyjnych Uniwersytetu Łódzkiego",
    "Centrum Badań nad Handlem Ludźmi Uniwersytetu Wrocławskiego",
    "Centrum Kształcenia Językowego Politechniki Gdańskiej",
)
OTHER_CENTRES_EN = (
    "Centre for Migration Research of the University of Warsaw",
    "Centre for Advanced Studies of the University of Gdańsk",
)


def offices() -> list[str]:
    return [o.form("gen") for o in organisations() if o.label.startswith("Urząd Miasta")]


def heads_a_unit(ctx: DocumentContext, person: Person, key: str, role: str = ROLE) -> bool:
    who = person_iri(ctx, person)
    units = [e.iri for e in ctx.entities.values() if key in e.label_pl]
    return who is not None and any(holds_post_in(ctx, who, u, role) for u in units)


def polish_case(pages: Pages, rng: random.Random, head: str = "Centrum") -> tuple[bool, str]:
    person = rng.choice(people())
    word = "dyrektorka" if person.gender == "f" else "dyrektor"
    complement = rng.choice(CENTRES_PL if head == "Centrum" else ("Edukacji", "Spraw Społecznych"))
    unit = f"{head} {complement} {rng.choice(offices())}"
    if rng.random() < 0.5:
        text = capitalise(f"{word} {unit} {person.nominative} mówi, że miasto pomaga.")
    else:
        text = f"Jak mówi {person.nominative}, {word} {unit}, miasto pomaga."
    ctx = pages.extract(text)
    ok = heads_a_unit(ctx, person, complement.split()[0])
    return outcome(ctx, ok, text, f"{person.nominative}: {ROLE} of the unit")


def english_case(
    english: Pages, rng: random.Random, units: tuple[tuple[str, str], ...]
) -> tuple[bool, str]:
    person = rng.choice(people())
    unit, _ = rng.choice(units)
    word = rng.choice(("director", "Director", "Head"))
    city = rng.choice(CITIES_EN)
    office = f"of the City of {city}" if rng.random() < 0.5 else f"of the {city} City Office"
    text = f"{person.nominative}, {word} of the {unit} {office}, said that the city helps."
    ctx = english.extract(text)
    key = next(w for w in unit.split() if w not in ("Centre", "for", "Office", "Bureau", "of"))
    ok = heads_a_unit(ctx, person, key)
    return outcome(ctx, ok, text, f"{person.nominative}: {ROLE} of the unit")


def test_the_director_of_a_city_office_s_centre(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'dyrektorka Centrum X Urzędu Miasta Y' → dyrektor wydziału",
        [polish_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_the_director_of_a_city_office_s_unit_on_an_english_page(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "'director of the X Office / Centre for X of the City of Y' → dyrektor wydziału",
        [english_case(pages.english, rng, UNITS_EN) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_control_the_director_of_a_department(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    value = rate(
        "control: 'dyrektor Wydziału X', 'director of the X Department' → dyrektor wydziału",
        [
            polish_case(pages, rng, "Wydziału")
            if rng.random() < 0.5
            else english_case(pages.english, rng, DEPARTMENTS_EN)
            for _ in range(CASES)
        ],
    )
    assert value >= 0.95


def other_centre_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    person = rng.choice(people())
    if rng.random() < 0.5:
        word = "dyrektorka" if person.gender == "f" else "dyrektor"
        text = (
            f"Wczoraj do Lublina przyjechał{person.a} {person.nominative}, {word} "
            f"{rng.choice(OTHER_CENTRES)}."
        )
        ctx = pages.extract(text)
    else:
        text = (
            f"{person.nominative}, director of the {rng.choice(OTHER_CENTRES_EN)}, came to "
            "Lublin yesterday."
        )
        ctx = pages.english.extract(text)
    ok = not heads_a_unit(ctx, person, "", ROLE)
    return outcome(ctx, ok, text, f"{person.nominative}: no dyrektor wydziału")


def test_control_the_director_of_another_body_s_centre(pages: Pages) -> None:
    rng = random.Random(SEED + 3)
    value = rate(
        "control: 'dyrektor Centrum Badań … Uniwersytetu Łódzkiego' → no dyrektor wydziału",
        [other_centre_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
