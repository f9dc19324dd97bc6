"""Cities and bodies that run or join a project, said the ways general Polish says them
(session 15, from probes).

1. "<City> realizuje projekt „T”" ("Gdańsk", "Miasto Gdańsk", "Gmina Miasta Gdańska", "Miasto
   Stołeczne Warszawa", "m.st. Warszawa"): the city leads it through its office (relations.py
   project_runners, subject_before takes a city in the nominative). A title such as „Razem”
   does not make the runner a partner (JOINTLY skips quotes).
2. "<Body> realizuje projekt „T” wspólnie z <Body2>": the subject leads, the other is a partner
   ("wspólnie z" is no "together" of several subjects).
3. "W <city> <Body> realizuje projekt „T”": a place said with a preposition is no subject, so the
   body leads (SUBJECTLESS_PREPOSITION).
4. "<City or Body> jest partnerem / jednym z partnerów projektu „T”" and "Partnerem projektu
   „T” jest <City or Body>": a partner (PARTNER_AFTER_BODY; PARTNERS_ARE with a quoted title).
Cities are the reference's twelve (forms from morfeusz2), bodies the reference's organisations
declined by phrase_forms. 120 cases each. Measured on dbcf3ca: 1. 0%, 2. 0%, 3. 57.5%, 4. 0%;
now 100% each.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects, outcome
from tests.relations_templates import Named, cities, office_of, organisations, rate, w
from tests.test_leaders_authors_adopted import bodies, iris_labelled

SEED = 20261204
CASES = 120
TITLES = ("Razem", "Wspólnie dla miasta", "Otwarte sąsiedztwo", "Nowy dom", "Miasta w ruchu")


def city_as_subject(city: Named, rng: random.Random) -> str:
    """The city in the nominative as a register or a page writes it."""
    name = city.form("nom")
    if city.slug == "warszawa":
        return rng.choice((name, "Miasto Stołeczne Warszawa", "m.st. Warszawa"))
    return rng.choice((name, f"Miasto {name}", f"Gmina Miasta {city.form('gen')}"))


def city_runs_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city, title = rng.choice(cities()), rng.choice(TITLES)
    text = f"{city_as_subject(city, rng)} realizuje projekt „{title}”."
    ctx = pages.extract(text)
    projects = iris_labelled(ctx, title)
    ok = any(office_of(city) in objects(ctx, p, "leader") for p in projects) and not any(
        objects(ctx, p, "partner") for p in projects
    )
    return outcome(ctx, ok, text, f"{office_of(city)} leads „{title}”, no partner")


def with_a_partner_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    leader, partner = rng.sample(bodies(), 2)
    title = rng.choice(TITLES)
    verb = "realizują" if leader.label.split()[0].endswith("y") else "realizuje"
    text = f"{leader.form('nom')} {verb} projekt „{title}” wspólnie z {partner.form('inst')}."
    ctx = pages.extract(text)
    projects = iris_labelled(ctx, title)
    ok = any(
        leader.iri in objects(ctx, p, "leader") and partner.iri in objects(ctx, p, "partner")
        for p in projects
    )
    return outcome(ctx, ok, text, f"{leader.iri} leads, {partner.iri} a partner")


def place_before_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city, body, title = rng.choice(cities()), rng.choice(bodies()), rng.choice(TITLES)
    text = f"{w(city).capitalize()} {body.form('nom')} realizuje projekt „{title}”."
    ctx = pages.extract(text)
    ok = any(body.iri in objects(ctx, p, "leader") for p in iris_labelled(ctx, title))
    return outcome(ctx, ok, text, f"{body.iri} leads „{title}”")


def partner_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    title = rng.choice(TITLES)
    if rng.random() < 0.5:
        city = rng.choice(cities())
        who, wanted = city_as_subject(city, rng), {city.iri, office_of(city)}
    else:
        body = rng.choice(organisations())
        who, wanted = body.form("nom"), {body.iri}
    text = rng.choice(
        (
            f"{who} jest partnerem projektu „{title}”.",
            f"{who} jest jednym z partnerów projektu „{title}”.",
            f"Partnerem projektu „{title}” jest {who}.",
        )
    )
    ctx = pages.extract(text)
    found = {str(o) for p in iris_labelled(ctx, title) for o in objects(ctx, p, "partner")}
    return outcome(ctx, bool(found & wanted), text, f"{who} a partner of „{title}”")


def test_a_city_that_runs_a_project_leads_it(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'Miasto Gdańsk realizuje projekt „T”'", [city_runs_case(pages, rng) for _ in range(CASES)]
    )
    assert value >= 0.98


def test_who_runs_it_with_another_leads_it(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "'X realizuje projekt „T” wspólnie z Y'",
        [with_a_partner_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98


def test_a_place_before_the_subject_is_no_runner(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    value = rate(
        "'W Gdańsku X realizuje projekt „T”'", [place_before_case(pages, rng) for _ in range(CASES)]
    )
    assert value >= 0.98


def test_partners_before_and_after_the_copula(pages: Pages) -> None:
    rng = random.Random(SEED + 3)
    value = rate(
        "'X jest (jednym z) partnerem(-ów) projektu „T”', 'Partnerem projektu „T” jest X'",
        [partner_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
