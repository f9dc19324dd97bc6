"""More ways the press names a mayor: "szef Rzeszowa Tadeusz Ferenc", "szefowa Łodzi Hanna
Zdanowska", "Jacek Jaśkowiak, który od 2014 r. kieruje Poznaniem", "X rządzi Lublinem od 2010 r."
— the person holds the mayor's post of the city. "Szef biura X" (no city), "X kieruje wydziałem
{w Poznaniu}" and "X kieruje zaproszenie do Poznania" give no mayor's post. People are drawn from
SGJP (given names and surnames, both genders); cities from the reference data in the case the
sentence needs."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

import rdflib

from tests.relations_pages import Pages, holds, holds_post_in, measured
from tests.relations_templates import (
    MONTHS_GEN,
    NEGATIVE,
    POSITIVE,
    REFERENCE,
    Named,
    Person,
    capitalise,
    cities,
    english_label,
    office_of,
    people,
    rate,
    w,
)
from ump_kg.extract.context import DocumentContext

MAYOR = "prezydent-miasta"


@dataclass(frozen=True)
class MayorCase:
    person: Person
    city: Named
    text: str


MAYORS = (
    "{Szef} {C_gen} {P} podkreślił{a}, że miasto jest otwarte.",
    "{P}, {ktory} od {Y} r. kieruje {C_inst}, mówił{a} o integracji.",
    "{P} rządzi {C_inst} od {Y} r.; w tym roku podpisał{a} deklarację.",
    "Głos zabrał{a} {P}, {ktory} kieruje {C_inst} od {Y} roku.",
)
NOT_MAYORS = (
    "{Szef} biura {P} przedstawił{a} raport o sytuacji {C_loc_w}.",
    "{P}, {ktory} kieruje wydziałem {C_loc_w}, mówił{a} o integracji.",
    "{P} kieruje zaproszenie do mieszkańców {C_gen}.",
)


def mayor_case(rng: random.Random, templates: tuple[str, ...]) -> MayorCase:
    person = rng.choice(people())
    city = rng.choice(cities())
    feminine = person.gender == "f"
    text = rng.choice(templates).format(
        Szef="Szefowa" if feminine else "Szef",
        C_gen=city.form("gen"),
        C_inst=city.form("inst"),
        C_loc_w=w(city),
        P=person.nominative,
        a=person.a,
        ktory="która" if feminine else "który",
        Y=rng.randrange(2002, 2024),
    )
    return MayorCase(person, city, capitalise(text))


def is_mayor(ctx: DocumentContext, case: MayorCase) -> tuple[bool, str]:
    ok = holds(ctx, case.person, office_of(case.city), MAYOR)
    return ok, f"{case.person.nominative} mayor of {case.city.slug}"


def is_no_mayor(ctx: DocumentContext, case: MayorCase) -> tuple[bool, str]:
    ok = not holds(ctx, case.person, office_of(case.city), MAYOR)
    return ok, f"{case.person.nominative} no mayor"


def test_szef_and_governing_a_city_make_a_mayor(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: mayor_case(rng, MAYORS), is_mayor)
    assert rate("'szef Rzeszowa X', 'X, który kieruje Poznaniem' -> mayor", results) >= POSITIVE


def test_a_head_of_an_office_or_a_unit_is_no_mayor(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: mayor_case(rng, NOT_MAYORS), is_no_mayor)
    assert rate("negative: 'szef biura', 'kieruje wydziałem'", results) >= NEGATIVE


# Who governs in a city, the city in the locative, the verb maybe left out in a later clause.
GOVERNING_IN = (
    "{C_loc_W} rządzi dziś {P}.",
    "Zmieniło się wiele: {C_loc_w_other} rządzi {Q}, a {C_loc_w} – {P}.",
    "Z sygnatariuszy wciąż urzędują m.in. {Q} i {P} {C_loc_w}.",
)
NOT_GOVERNING_IN = (
    "{C_loc_W} mieszka dziś {P}.",
    "{P} {C_loc_w} prowadzi kawiarnię, a rządzi nią od lat.",
)


def governing_in_case(rng: random.Random, templates: tuple[str, ...]) -> MayorCase:
    person, other = rng.sample(people(), 2)
    city, other_city = rng.sample(cities(), 2)
    text = rng.choice(templates).format(
        C_loc_W=capitalise(w(city)),
        C_loc_w=w(city),
        C_loc_w_other=w(other_city),
        P=person.nominative,
        Q=other.nominative,
    )
    return MayorCase(person, city, capitalise(text))


def test_governing_in_a_city_makes_a_mayor(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: governing_in_case(rng, GOVERNING_IN), is_mayor)
    assert rate("'W Gdańsku rządzi dziś X', 'we Wrocławiu – Y'", results) >= POSITIVE


def test_living_in_a_city_makes_no_mayor(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: governing_in_case(rng, NOT_GOVERNING_IN), is_no_mayor)
    assert rate("negative: 'W Gdańsku mieszka X'", results) >= NEGATIVE


@dataclass(frozen=True)
class RespectivelyCase:
    people: tuple[Person, Person]
    cities: tuple[Named, Named]
    text: str


def respectively_case(rng: random.Random) -> RespectivelyCase:
    first, second = rng.sample(people(), 2)
    one, two = rng.sample(cities(), 2)

    def deputy(person: Person) -> str:
        return rng.choice(
            ("zastępczyni prezydenta", "wiceprezydentka")
            if person.gender == "f"
            else ("zastępca prezydenta", "wiceprezydent")
        )

    text = (
        f"W imieniu {one.form('gen')} i {two.form('gen')} dokument podpisali – odpowiednio "
        f"{deputy(first)} {first.nominative} i {deputy(second)} {second.nominative}."
    )
    return RespectivelyCase((first, second), (one, two), text)


def paired_in_order(ctx: DocumentContext, case: RespectivelyCase) -> tuple[bool, str]:
    ok = all(
        holds(ctx, person, office_of(city), "zastepca-prezydenta-miasta")
        for person, city in zip(case.people, case.cities, strict=True)
    )
    return ok, "deputies paired with the cities in order"


def test_respectively_pairs_people_with_cities(pages: Pages) -> None:
    results, _ = measured(pages, respectively_case, paired_in_order)
    assert rate("'w imieniu A i B – odpowiednio X i Y'", results) >= POSITIVE


def signed_for_case(rng: random.Random) -> RespectivelyCase:
    first, second = rng.sample(people(), 2)
    one, two, elsewhere = rng.sample(cities(), 3)
    text = rng.choice(
        (
            f"The mayor of {english_label(elsewhere.iri)} did not come. Deputy Mayor "
            f"{first.nominative} signed for {english_label(one.iri)} and Deputy Mayor "
            f"{second.nominative} for {english_label(two.iri)}.",
            f"Prezydent {elsewhere.form('gen')} nie przyjechał. Wiceprezydent {first.nominative} "
            f"podpisał{first.a} w imieniu {one.form('gen')}, a wiceprezydent "
            f"{second.nominative} w imieniu {two.form('gen')}.",
        )
    )
    return RespectivelyCase((first, second), (one, two), text)


def test_a_deputy_who_signed_for_a_city_is_its_deputy(pages: Pages) -> None:
    results, _ = measured(pages, signed_for_case, paired_in_order)
    assert rate("'Deputy Mayor X signed for Bydgoszcz', 'w imieniu Białegostoku'", results) >= (
        POSITIVE
    )


@dataclass(frozen=True)
class KnownMayorCase:
    person: str
    office: str
    text: str


@cache
def reference_mayors() -> tuple[tuple[str, str, str], ...]:
    """(person IRI, label, office IRI) of the reference's mayors (graph/reference/mayors.ttl)."""
    graph = rdflib.Graph().parse(REFERENCE / "mayors.ttl")
    ump = rdflib.Namespace("https://w3id.org/ump-kg/def/")
    return tuple(
        sorted(
            (str(person), str(graph.value(person, rdflib.RDFS.label)), str(office))
            for person, post in graph.subject_objects(ump.holds)
            for office in graph.objects(post, ump.postIn)
        )
    )


def known_mayor_titled_after(rng: random.Random) -> KnownMayorCase:
    person, label, office = rng.choice(reference_mayors())
    since = f"{rng.choice(MONTHS_GEN)} {rng.randrange(2010, 2025)} r."
    text = rng.choice(
        (
            f"Inaczej wygląda sytuacja tego miasta: {label}, prezydent miasta od {since}, "
            "zapowiada zmiany.",
            f"Dokument przygotował {label}, obecny prezydent, razem z radnymi.",
            f"Jak mówi {label}, prezydent miasta, integracja to proces.",
        )
    )
    return KnownMayorCase(person, office, text)


def holds_the_mayors_post(ctx: DocumentContext, case: KnownMayorCase) -> tuple[bool, str]:
    return holds_post_in(ctx, case.person, case.office, MAYOR), f"{case.person} mayor"


def test_a_known_mayor_titled_after_the_name_holds_the_post(pages: Pages) -> None:
    results, _ = measured(pages, known_mayor_titled_after, holds_the_mayors_post)
    assert rate("'X, prezydent miasta od …' (X a reference mayor)", results) >= POSITIVE


# A copula joins the post (in the instrumental) and its holder, either way round; "nie
# została" denies it.
COPULA = (
    "Po wyborach {role_inst} {C_gen} {zostal} {P}.",
    "{P} {zostal} {role_inst} {C_gen} w {Y} roku.",
    "Od {Y} r. {role_inst} {C_gen} jest {P}.",
    "{P} był{a} wówczas {role_inst} {C_gen}.",
)
NOT_COPULA = (
    "{P} nie {zostal} {role_inst} {C_gen}, choć startował{a} w wyborach.",
    "{P} {zostal} {role_inst} fundacji działającej w {C_loc}.",
)


def role_in_the_instrumental(person: Person, deputy: bool) -> str:
    feminine = person.gender == "f"
    if deputy:
        return ("zastępczynią" if feminine else "zastępcą") + " prezydenta"
    return "prezydentką" if feminine else "prezydentem"


@dataclass(frozen=True)
class CopulaCase:
    person: Person
    city: Named
    role: str
    text: str


def copula_case(rng: random.Random, templates: tuple[str, ...]) -> CopulaCase:
    person = rng.choice(people())
    city = rng.choice(cities())
    deputy = rng.random() < 0.4
    text = rng.choice(templates).format(
        role_inst=role_in_the_instrumental(person, deputy),
        C_gen=city.form("gen"),
        C_loc=city.form("loc"),
        P=person.nominative,
        a=person.a,
        zostal="została" if person.gender == "f" else "został",
        Y=rng.randrange(2002, 2024),
    )
    role = "zastepca-prezydenta-miasta" if deputy else MAYOR
    return CopulaCase(person, city, role, capitalise(text))


def holds_the_role(ctx: DocumentContext, case: CopulaCase) -> tuple[bool, str]:
    ok = holds(ctx, case.person, office_of(case.city), case.role)
    return ok, f"{case.person.nominative} {case.role} of {case.city.slug}"


def holds_no_role(ctx: DocumentContext, case: CopulaCase) -> tuple[bool, str]:
    ok = not holds(ctx, case.person, office_of(case.city))
    return ok, f"{case.person.nominative} no post in {case.city.slug}"


def test_a_copula_gives_the_post(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: copula_case(rng, COPULA), holds_the_role)
    assert rate("'prezydentką Gdańska została X', 'X był zastępcą …'", results) >= POSITIVE


def test_a_denied_or_other_post_is_no_mayor(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: copula_case(rng, NOT_COPULA), holds_no_role)
    assert rate("negative: 'X nie została prezydentką …'", results) >= NEGATIVE


@dataclass(frozen=True)
class InOrderCase:
    people: tuple[Person, ...]
    cities: tuple[Named, ...]
    text: str


def mayors_in_order(rng: random.Random) -> InOrderCase:
    count = rng.choice((2, 3))
    who = tuple(rng.sample(people(), count))
    where = tuple(rng.sample(cities(), count))

    def listed(words: list[str]) -> str:
        return ", ".join(words[:-1]) + rng.choice((" i ", " oraz ")) + words[-1]

    text = rng.choice(
        (
            "Deklarację podpisali prezydenci {C}, {P}.",
            "Na sali byli obecni prezydenci {C}: {P}.",
            "Głos zabrali prezydenci {C} – {P}.",
        )
    ).format(C=listed([c.form("gen") for c in where]), P=listed([p.nominative for p in who]))
    return InOrderCase(who, where, text)


def each_holds_in_order(ctx: DocumentContext, case: InOrderCase) -> tuple[bool, str]:
    ok = all(
        holds(ctx, person, office_of(city), MAYOR)
        for person, city in zip(case.people, case.cities, strict=True)
    )
    return ok, "each the mayor of the city in the same place of the list"


def test_mayors_of_listed_cities_pair_in_order(pages: Pages) -> None:
    results, _ = measured(pages, mayors_in_order, each_holds_in_order)
    assert rate("'prezydenci Poznania i Lublina, A i B'", results) >= POSITIVE


def known_mayor_from_a_city(rng: random.Random, own: bool) -> tuple[KnownMayorCase, str]:
    """A reference mayor said to be from their own city (or from another), the city in the
    genitive after "z"/"ze" (morfeusz2's form, the preposition by the locative helper)."""
    person, label, office = rng.choice(reference_mayors())
    city_of = {office_of(c): c for c in cities()}
    city = city_of[office] if own else rng.choice([c for c in cities() if office_of(c) != office])
    z = "ze" if w(city).startswith("we ") else "z"
    text = rng.choice(
        (
            f"Inicjatywę poparli m.in. {label} {z} {city.form('gen')} i inni prezydenci.",
            f"Na spotkanie przyjechał także {label} {z} {city.form('gen')}.",
        )
    )
    return KnownMayorCase(person, office, text), city.slug


def test_a_known_mayor_from_their_city_holds_the_post(pages: Pages) -> None:
    results, _ = measured(
        pages, lambda rng: known_mayor_from_a_city(rng, True)[0], holds_the_mayors_post
    )
    assert rate("'Rafał Trzaskowski z Warszawy' (a reference mayor)", results) >= POSITIVE


def no_post_from_another_city(ctx: DocumentContext, case: KnownMayorCase) -> tuple[bool, str]:
    return not any(f.p.endswith("/holds") for f in ctx.facts), f"{case.person}: no post"


def test_a_known_mayor_from_another_city_gets_no_post(pages: Pages) -> None:
    results, _ = measured(
        pages, lambda rng: known_mayor_from_a_city(rng, False)[0], no_post_from_another_city
    )
    assert rate("negative: a reference mayor 'z' another city", results) >= NEGATIVE
