"""Mayors and offices of towns the reference does not hold. "prezydent Sopotu Jacek Karnowski",
"burmistrz Wieliczki Artur Kozioł": the person holds a post in the town's office, and the office
is in the town (a new locality); "w Urzędzie Miejskim w Michałowie" names the office with its
town even where something happens in it. Towns are drawn from GeoNames (Polish towns that are
not districts of a UMP city) and declined by morfeusz2; people from SGJP's names
(tests/relations_templates.people), in every case the sentence needs. A town after a word that
is no mayor's title ("mieszkaniec Sopotu") gives no office."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from functools import cache

from tests.relations_pages import Pages, measured, objects, person_iri
from tests.relations_templates import (
    ID,
    MONTHS_GEN,
    NEGATIVE,
    POSITIVE,
    Person,
    form,
    people,
    rate,
)
from tests.test_places_named_where import polish_towns
from ump_kg.extract.context import DocumentContext
from ump_kg.language.prepositions import locative_phrase
from ump_kg.slug import slugify


@dataclass(frozen=True)
class TownCase:
    town: str
    person: Person | None
    text: str


@cache
def declined_towns() -> tuple[tuple[str, str, str], ...]:
    """(nominative, genitive, locative) of one-word Polish towns, singular nouns only (a
    plural name, "Suwałki", declines as a plural the templates do not agree with)."""
    found = []
    for town in polish_towns():
        genitive = form(town, "subst", "sg", "gen")
        locative = form(town, "subst", "sg", "loc")
        # (morfeusz2 may give an indeclinable variant first: "w Toruń" is no locative)
        if genitive and locative and town not in (genitive, locative):
            found.append((town, genitive, locative))
    return tuple(found)


def when(rng: random.Random) -> str:
    day = dt.date(rng.randrange(2016, 2024), rng.randrange(1, 13), rng.randrange(1, 28))
    return f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r."


def mayors_sentence(
    rng: random.Random, person: Person, genitive: str, title: str, title_inst: str
) -> str:
    """One of three sentences naming a town's mayor (a title in the nominative or, after "z",
    the instrumental) and the person."""
    return rng.choice(
        (
            f"Apel podpisał także {title} {genitive} {person.form('nom')}.",
            f"{when(rng)} z {title_inst} {genitive} {person.form('inst')} rozmawiali "
            "przedstawiciele Unii Metropolii Polskich.",
            f"Głos zabrał{person.a} {person.form('nom')}, {title} {genitive}.",
        )
    )


def mayor_case(rng: random.Random) -> TownCase:
    town, genitive, _ = rng.choice(declined_towns())
    person = rng.choice(people())
    title = rng.choice(("prezydent", "burmistrz"))
    return TownCase(town, person, mayors_sentence(rng, person, genitive, title, f"{title}em"))


def office_case(rng: random.Random) -> TownCase:
    town, _, locative = rng.choice(declined_towns())
    text = rng.choice(
        (
            f"{when(rng)} w Urzędzie Miejskim {locative_phrase(locative)} przedstawiciele "
            "miast podpisali apel.",
            f"Spotkanie odbyło się {when(rng)} w Urzędzie Miejskim {locative_phrase(locative)}.",
        )
    )
    return TownCase(town, None, text)


def no_title_case(rng: random.Random) -> TownCase:
    town, genitive, _ = rng.choice(declined_towns())
    person = rng.choice(people())
    text = rng.choice(
        (
            f"Głos zabrał{person.a} {person.form('nom')}, mieszkan{'ka' if person.gender == 'f' else 'iec'} {genitive}.",
            f"{person.form('nom')} opowiedział{person.a} o historii {genitive}.",
        )
    )
    return TownCase(town, person, text)


def town_iri(case: TownCase) -> str:
    return f"{ID}city/{slugify(case.town)}"


def offices_in_town(ctx: DocumentContext, case: TownCase) -> set[str]:
    return {f.s for f in ctx.facts if f.p.endswith("inCity") and f.o == town_iri(case)}


def holds_a_post_in_the_towns_office(ctx: DocumentContext, case: TownCase) -> tuple[bool, str]:
    assert case.person is not None
    who = person_iri(ctx, case.person)
    offices = offices_in_town(ctx, case)
    posts = objects(ctx, who, "holds") if who else set()
    ok = any(objects(ctx, str(post), "postIn") & offices for post in posts)
    return ok, f"{case.person.nominative} holds a post in the office of {case.town}"


def office_with_its_town(ctx: DocumentContext, case: TownCase) -> tuple[bool, str]:
    offices = offices_in_town(ctx, case)
    named = {ctx.entities[o].label_pl for o in offices if o in ctx.entities}
    want = next(
        f"Urząd Miejski {locative_phrase(locative)}"
        for town, _, locative in declined_towns()
        if town == case.town
    )
    return want in named, f"{want} in {case.town}"


def no_office(ctx: DocumentContext, case: TownCase) -> tuple[bool, str]:
    return not offices_in_town(ctx, case), f"no office of {case.town}"


def test_a_towns_mayor_holds_a_post_in_its_office(pages: Pages) -> None:
    results, _ = measured(pages, mayor_case, holds_a_post_in_the_towns_office)
    assert rate("'burmistrz Wieliczki Artur Kozioł' -> post in the town's office", results) >= (
        POSITIVE
    )


def test_a_town_office_keeps_its_town_where_something_happens(pages: Pages) -> None:
    results, _ = measured(pages, office_case, office_with_its_town)
    assert rate("'w Urzędzie Miejskim w Michałowie' -> office in the town", results) >= POSITIVE


def test_a_town_after_no_mayors_title_gives_no_office(pages: Pages) -> None:
    results, _ = measured(pages, no_title_case, no_office)
    assert rate("negative: 'mieszkaniec Sopotu', 'o historii Sopotu'", results) >= NEGATIVE


@dataclass(frozen=True)
class MunicipalitiesCase:
    towns: tuple[str, ...]
    text: str


def municipalities(rng: random.Random) -> MunicipalitiesCase:
    """Towns named by their municipality's legal name, in the instrumental of its words:
    "w partnerstwie z … – Gminą Miejską Przemyśl, Miastem Jarosław i Gminą Miasto Sanok"."""
    chosen = rng.sample(declined_towns(), 3)
    names = [town for town, _, _ in chosen]
    listed = f"Gminą Miejską {names[0]}, Miastem {names[1]} i Gminą Miasto {names[2]}"
    text = (
        "Od 2021 r. realizujemy projekt „Razem w regionie”. Projekt prowadzimy w partnerstwie "
        f"z trzema samorządami – {listed}."
    )
    return MunicipalitiesCase(tuple(names), text)


def towns_are_partners(ctx: DocumentContext, case: MunicipalitiesCase) -> tuple[bool, str]:
    project = next((i for i in ctx.entities if "/project/" in i), None)
    found = objects(ctx, project, "partner") if project else set()
    want = {f"{ID}city/{slugify(t)}" for t in case.towns}
    return want <= found, f"partners {sorted(case.towns)}"


def test_municipalities_by_their_legal_names_are_towns(pages: Pages) -> None:
    results, _ = measured(pages, municipalities, towns_are_partners)
    assert rate("'Gminą Miejską X, Miastem Y' -> towns, partners", results) >= POSITIVE
