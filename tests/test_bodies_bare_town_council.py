"""A bare "Rada Miasta" is the council of the town the page is about (session 23, from the opened
sets het and lamed: "Bydgoscy radni zebrali się na nadzwyczajnej sesji Rady Miasta", "Rada Miasta
przyjęła Gdański Model Integracji Imigrantów"; pipeline.bare_town_council_is_the_pages, as
bare_town_office_is_the_pages does for "Urząd Miasta"). Its name is "Rada Miasta" and the town
in the genitive, in that town. Before, "Rada Miasta" was a body of its own, in no town.
Session 24 (from the opened set nun: "Rada Miasta Lublin"): a council is named as its town's
office is in the reference — "Urząd Miasta Lublin" → "Rada Miasta Lublin", "Urząd m.st.
Warszawy" → "Rada m.st. Warszawy", "Urząd Miejski Wrocławia" → "Rada Miejska Wrocławia" — and
"Rada Miasta <genitive>" where the office is "Urząd Miejski w …" (pipeline.council_name).
Cases: the reference's cities (their genitive by morfeusz2), named once or twice on the page, and
"Rada Miasta" / "Rada Miejska" in the case its sentence needs.
Control: on a page that names no town, the bare words name no body.
Measured on f217c4d: 0 %; control 0 % (the bare words were a body of their own).
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects, outcome
from tests.relations_templates import (
    CASES,
    REFERENCE,
    Named,
    cases,
    cities,
    office_of,
    polish_labels,
    rate,
)
from ump_kg.extract.context import DocumentContext

COUNT = 120
COUNCIL = {
    "nom": "Rada Miasta przyjęła uchwałę w sprawie pomocy uchodźcom.",
    "gen": "Radni zebrali się na nadzwyczajnej sesji Rady Miasta, by rozmawiać o pomocy.",
    "dat": "Prezydent przedstawił Radzie Miasta plan pomocy uchodźcom.",
    "acc": "Prezydent poinformował Radę Miasta o planie pomocy uchodźcom.",
    "inst": "Prezydent spotkał się z Radą Miasta, by rozmawiać o pomocy.",
    "loc": "O planie pomocy uchodźcom dyskutowano w Radzie Miasta.",
}
ABOUT = (
    "W {gen} przebywa obecnie 68 tys. uchodźców z Ukrainy.",
    "Władze {gen} przygotowały nowe miejsca noclegowe.",
)


def page(rng: random.Random, city: Named | None) -> str:
    council = COUNCIL[rng.choice(CASES)]
    if rng.random() < 0.3:
        council = (
            council.replace("Rada Miasta", "Rada Miejska")
            .replace("Rady Miasta", "Rady Miejskiej")
            .replace("Radzie Miasta", "Radzie Miejskiej")
            .replace("Radę Miasta", "Radę Miejską")
            .replace("Radą Miasta", "Radą Miejską")
        )
    if city is None:
        return f"Miasto przygotowało nowe miejsca noclegowe. {council}"
    about = rng.choice(ABOUT).format(gen=city.form("gen"))
    return f"{about} {council}" if rng.random() < 0.5 else f"{council} {about}"


def council_case(rng: random.Random) -> tuple[str, Named | None]:
    city = rng.choice(cities())
    return page(rng, city), city


def no_town_case(rng: random.Random) -> tuple[str, Named | None]:
    return page(rng, None), None


OFFICE_LABELS = dict(polish_labels(REFERENCE / "organisations.ttl"))
COUNCIL_AFTER_OFFICE = {"Urząd Miasta": "Rada Miasta", "Urząd m.st.": "Rada m.st.",
                        "Urząd Miejski": "Rada Miejska"}  # fmt: skip


def council_named_as_the_office(city: Named) -> str:
    office = OFFICE_LABELS.get(office_of(city), "")
    for office_words, council_words in COUNCIL_AFTER_OFFICE.items():
        rest = office[len(office_words) :].strip()
        if office.startswith(office_words + " ") and not rest.startswith(("w ", "we ")):
            return f"{council_words} {rest}"
    return f"Rada Miasta {city.form('gen')}"


def councils(ctx: DocumentContext) -> dict[str, str]:
    return {e.label_pl: iri for iri, e in ctx.entities.items() if e.label_pl.startswith("Rada")}


def check(pages: Pages, made: tuple[str, Named | None]) -> tuple[bool, str]:
    text, city = made
    ctx = pages.extract(text, "2022-03-10")
    found = councils(ctx)
    if city is None:
        return outcome(ctx, not found, text, f"no council; found {sorted(found)}")
    wanted = council_named_as_the_office(city)
    ok = wanted in found and city.iri in objects(ctx, found[wanted], "inCity")
    return outcome(ctx, ok, text, f"«{wanted}» in {city.label}; found {sorted(found)}")


def test_a_bare_town_council_is_the_pages_towns(pages: Pages) -> None:
    value = rate(
        "'na sesji Rady Miasta' on a page about Bydgoszcz -> 'Rada Miasta Bydgoszczy'",
        [check(pages, m) for m in cases(council_case, COUNT)],
    )
    assert value >= 0.95


def test_on_a_page_about_no_town_it_names_no_body(pages: Pages) -> None:
    value = rate(
        "control: 'Rada Miasta' on a page about no town -> no body",
        [check(pages, m) for m in cases(no_town_case, COUNT)],
    )
    assert value >= 0.95
