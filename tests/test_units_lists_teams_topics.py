"""DOCSTRING"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path

import rdflib
from rdflib.namespace import RDFS, SKOS

from tests.pages_templates import complement, organisation_of
from tests.relations_pages import Pages, labelled, objects, people_found, person_iri
from tests.relations_templates import (
    MONTHS_EN,
    MONTHS_GEN,
    REFERENCE,
    UMP,
    Named,
    Person,
    capitalise,
    cities,
    draw,
    english_label,
    office_of,
    organisations,
    people,
    tallied,
    w,
)
from tests.test_bodies_projects_pages import (
    adjective,
    breakdown,
    gender_of_noun,
    noun,
    share,
    title_of,
)
from tests.test_events_properties import past
from tests.test_kinds_authors_foreign_posts import (
    CONTROL,
    MANY,
    PUBLISHED,
    WHOM,
    Case,
    column,
    initiative,
    iris,
    present,
    rated,
    reference,
)
from tests.test_names_seats_units_titles import facts_of, participle, short
from tests.test_posts_bodies_real_pages import city_office_gen, unit_subject, voivodeship_adjective
from tests.test_scene_and_subjects import surname as foreign_surname
from tests.test_scene_and_subjects import unknown, unknown_given_names
from tests.test_tables_bodies_named import PageCase, PortalPages, measured_pages
from ump_kg.extract.context import DocumentContext
from ump_kg.extract.events import SCHEMA_NAME

UNITS_OF = "unitOf"


def unit_of(ctx: DocumentContext, child: str, parent: str) -> bool:
    """Whether something labelled `child` is ump:unitOf something labelled (or IRI) `parent`."""
    wanted = {parent} if parent.startswith("http") else set(labelled(ctx, parent))
    return any(str(o) in wanted for i in labelled(ctx, child) for o in objects(ctx, i, UNITS_OF))


# --- 1. a unit named with the units and the administration it belongs to -------------------------

SUBUNITS = ("oddział", "referat", "dział", "sekcja")
UNITS = ("wydział", "departament", "biuro")
# the voivodeships' adjectives and the reference city each one's offices sit in
REGIONS = {
    "małopolski": "krakow", "mazowiecki": "warszawa", "pomorski": "gdansk",
    "dolnośląski": "wroclaw", "lubelski": "lublin", "wielkopolski": "poznan", "śląski": "katowice",
    "łódzki": "lodz", "zachodniopomorski": "szczecin", "podkarpacki": "rzeszow",
    "podlaski": "bialystok", "kujawsko-pomorski": "bydgoszcz",
}  # fmt: skip
OFFICE_ADJECTIVES = ("wojewódzki", "marszałkowski")
MINISTRY_SUBJECTS = ("rodzina", "praca", "edukacja", "rozwój", "kultura", "zdrowie")
RUNNING = ("prowadzić", "realizować", "koordynować")


def city_slugged(slug_: str) -> Named:
    return next(c for c in cities() if c.slug == slug_)


def subunit_name(rng: random.Random, head: str, case: str) -> tuple[str, str]:
    """'Oddział do Spraw Integracji Cudzoziemców', 'Referat ds. Wspierania Migrantów', 'Dział
    Rozwoju Społeczności Lokalnych' in a case (the head by morfeusz2), and how it is complemented."""
    what = (
        complement(rng) if rng.random() < 0.7 else capitalise(noun(rng.choice(WHOM), "pl", "gen"))
    )
    how = rng.choice(("do Spraw", "ds.", "bare"))
    joined = what if how == "bare" else f"{how} {what}"
    return f"{capitalise(noun(head, 'sg', case))} {joined}", how


def owner_of(rng: random.Random) -> tuple[dict[str, str], str, str]:
    """The administration a unit belongs to: its nominative and genitive, its key (a label or a
    reference IRI) and kind. 'Małopolski Urząd Wojewódzki w Krakowie', 'Kujawsko-Pomorski Urząd
    Marszałkowski w Bydgoszczy' (morfeusz2), 'Ministerstwo Rozwoju', the reference MSWiA."""
    kind = rng.choice(("wojewódzki", "marszałkowski", "ministerstwo"))
    if kind == "ministerstwo":
        if rng.random() < 0.4:
            body = reference("mswia")
            return {"nom": body.form("nom"), "gen": body.form("gen")}, body.iri, kind
        subject = capitalise(noun(rng.choice(MINISTRY_SUBJECTS), "sg", "gen"))
        forms = {
            c: f"{capitalise(noun('ministerstwo', 'sg', c))} {subject}" for c in ("nom", "gen")
        }
        return forms, forms["nom"], kind
    region = rng.choice(sorted(REGIONS))
    seat = w(city_slugged(REGIONS[region]))
    forms = {
        c: f"{voivodeship_adjective(region, c, 'm3')} {capitalise(noun('urząd', 'sg', c))} "
        f"{capitalise(adjective(kind, 'sg', c, 'm3'))} {seat}"
        for c in ("nom", "gen")
    }
    return forms, forms["nom"], kind


@dataclass(frozen=True)
class ChainCase(Case):
    owner: str = ""  # the administration's label or reference IRI


def chain_case(rng: random.Random) -> ChainCase:
    """'Oddział do Spraw Integracji Cudzoziemców Wydziału Polityki Społecznej Małopolskiego Urzędu
    Wojewódzkiego w Krakowie prowadzi projekt „T”.': the verb in the present or in the past
    agreeing with the first unit (morfeusz2)."""
    head, parent = rng.choice(SUBUNITS), rng.choice(UNITS)
    first, how = subunit_name(rng, head, "nom")
    second = f"{capitalise(noun(parent, 'sg', 'gen'))} {unit_subject(rng)}"
    forms, owner, kind = owner_of(rng)
    lexeme = rng.choice(RUNNING)
    verb = (
        present(lexeme) if rng.random() < 0.5 else past(lexeme, "sg", gender_of_noun(head) or "m3")
    )
    title = title_of(rng)
    text = f"{first} {second} {forms['gen']} {verb} projekt „{title}”."
    second_nom = f"{capitalise(noun(parent, 'sg', 'nom'))} {second.split(' ', 1)[1]}"
    template = f"{capitalise(head)} | {capitalise(parent)} | {kind} | {how} | "
    template += chain_miss(parent, (first, second), title)
    return ChainCase(text, template, title, (first, second_nom), owner=owner)


def chain_miss(parent: str, names: tuple[str, str], title: str) -> str:
    """The known misses of rule 1 (the module's docstring), or 'read'."""
    if parent == "biuro":
        return "a Biuro in the middle"
    if any(name.endswith("ego") for name in names):
        return "an adjective in -ego before a head"
    return "'Wspólny' in the title" if "Wspóln" in title else "read"


def projects_titled(ctx: DocumentContext, title: str) -> list[str]:
    return [i for i, e in ctx.entities.items() if "/project/" in i and e.label_pl == title]


def three_bodies_and_the_leader(ctx: DocumentContext, case: ChainCase) -> tuple[bool, str]:
    first, second = case.keys
    leaders = {str(o) for p in projects_titled(ctx, case.name) for o in objects(ctx, p, "leader")}
    ok = (
        unit_of(ctx, first, second)
        and unit_of(ctx, second, case.owner)
        and bool(leaders & set(labelled(ctx, first)))
    )
    shown = sorted(f"{short(i)}={e.label_pl!r}" for i, e in ctx.entities.items())
    return ok, f"{first!r} < {second!r} < {short(case.owner)!r}, leader; {shown}"


def test_a_unit_named_with_its_chain_is_three_bodies_and_the_first_leads(pages: Pages) -> None:
    label = "'Oddział X Wydziału Y Małopolskiego Urzędu Wojewódzkiego w Krakowie prowadzi projekt'"
    value, results, parts = rated(pages, label, chain_case, three_bodies_and_the_leader, key=1)
    breakdown("by the first unit", results, column(parts, 0))
    breakdown("by the administration", results, column(parts, 2))
    breakdown("by the complement", results, column(parts, 3))
    breakdown("by the known misses", results, column(parts, 4))
    read = share("  but the known misses", results, column(parts, 4), {"read"})
    assert value >= 0.0
    assert read >= 0.0


def single_unit_case(rng: random.Random) -> ChainCase:
    """'Wydział Spraw Społecznych i Zdrowia prowadzi projekt „T”.', 'Biuro Obsługi Mieszkańców
    Mazowieckiego Urzędu Wojewódzkiego w Warszawie prowadzi …': one unit whose genitive
    complement names no body, alone or with its administration."""
    head = rng.choice((*SUBUNITS, *UNITS))
    subject = unit_subject(rng) if rng.random() < 0.5 else complement(rng)
    if rng.random() < 0.4:
        subject += f" i {capitalise(noun(rng.choice(MINISTRY_SUBJECTS), 'sg', 'gen'))}"
    name = f"{capitalise(noun(head, 'sg', 'nom'))} {subject}"
    forms, owner, kind = owner_of(rng)
    alone = rng.random() < 0.5
    title = title_of(rng)
    text = f"{name}{'' if alone else ' ' + forms['gen']} {present(rng.choice(RUNNING))} projekt „{title}”."
    return ChainCase(text, "alone" if alone else kind, title, (name,), owner=owner)


def one_unit(ctx: DocumentContext, case: ChainCase) -> tuple[bool, str]:
    bodies = {
        e.label_pl
        for i, e in ctx.entities.items()
        if "/organisation/" in i and case.owner not in (i, e.label_pl)
    }
    return bodies == {case.keys[0]}, f"one unit {case.keys[0]!r}: {sorted(bodies)}"


def test_a_units_own_genitive_complement_is_no_body(pages: Pages) -> None:
    label = "negative: 'Wydział Spraw Społecznych i Zdrowia prowadzi projekt': one unit"
    value, _, _ = rated(pages, label, single_unit_case, one_unit)
    assert value >= 0.0


# --- 2. a list of units after the office and a dash ---------------------------------------------

LIST_FRAMES = (
    "W spotkaniu wzięli udział przedstawiciele {office} – {units}.",
    "Na sesji obecni byli przedstawiciele {office} – {units}.",
    "Zaproszenie przyjęli przedstawiciele {office} – {units}.",
)
LIST_HEADS = ("wydział", "biuro", "referat")


def unit_names(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """Distinct units of a town's office, (nominative, genitive): 'Wydział Kultury', 'Biuro
    Wspierania Migrantów', 'Referat ds. Integracji Cudzoziemców' (morfeusz2)."""
    made: dict[str, str] = {}
    while len(made) < count:
        head = rng.choice(LIST_HEADS)
        subject = unit_subject(rng) if rng.random() < 0.5 else complement(rng)
        if head == "referat":
            subject = f"ds. {subject}"
        made.setdefault(
            f"{capitalise(noun(head, 'sg', 'nom'))} {subject}",
            f"{capitalise(noun(head, 'sg', 'gen'))} {subject}",
        )
    return list(made.items())


def listed_units_case(rng: random.Random) -> Case:
    """'… przedstawiciele Urzędu Miasta Lublina – Wydziału Kultury, Biura X i Referatu ds. Y.'"""
    (city,) = draw(rng, cities())
    units = unit_names(rng, rng.choice((2, 3, 4, 5)))
    genitives = [g for _, g in units]
    joined = ", ".join(genitives[:-1]) + f" {rng.choice(('i', 'oraz'))} {genitives[-1]}"
    text = rng.choice(LIST_FRAMES).format(office=city_office_gen(city), units=joined)
    return Case(text, f"{len(units)} units", keys=(office_of(city), *(n for n, _ in units)))


def each_a_unit_of_the_office(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    office, *units = case.keys
    ok = all(
        len(labelled(ctx, u)) == 1
        and unit_of(ctx, u, office)
        and not any(unit_of(ctx, u, other) for other in units if other != u)
        for u in units
    )
    return ok, f"each of {units} a unit of {short(office)}; {facts_of(ctx, UNITS_OF)}"


def test_units_listed_after_the_office_and_a_dash_are_its_units(pages: Pages) -> None:
    label = "'przedstawiciele Urzędu Miasta Lublina – Wydziału X, Biura Y oraz Referatu Z'"
    value, _, _ = rated(pages, label, listed_units_case, each_a_unit_of_the_office)
    assert value >= 0.0


ADDRESS_FRAMES = (
    "Informacji udziela {chain}.",
    "Kontakt: {chain}, tel. 22 443 00 00.",
    "Wnioski przyjmuje {chain}.",
)


def address_case(rng: random.Random) -> Case:
    """'Informacji udziela Referat ds. Cudzoziemców, Departament Spraw Społecznych, Urząd Miejski
    w Białymstoku.': a unit, its parent and the town's office (the reference label), no list."""
    (city,) = draw(rng, cities())
    office = next(o for o in organisations() if o.iri == office_of(city))
    first = unit_names(rng, 1)[0][0].replace("Wydział", "Referat").replace("Biuro", "Referat")
    parent = f"{capitalise(noun(rng.choice(('wydział', 'departament')), 'sg', 'nom'))} {unit_subject(rng)}"
    chain = f"{first}, {parent}, {office.form('nom')}"
    return Case(
        rng.choice(ADDRESS_FRAMES).format(chain=chain), "", keys=(first, parent, office.iri)
    )


def the_chain_kept(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    first, parent, office = case.keys
    ok = unit_of(ctx, first, parent) and unit_of(ctx, parent, office)
    return ok, f"{first!r} < {parent!r} < {short(office)}; {facts_of(ctx, UNITS_OF)}"


def test_an_address_without_a_list_keeps_its_chain(pages: Pages) -> None:
    label = "negative: 'Referat ds. X, Departament Y, Urząd Miejski w Białymstoku': a chain"
    value, _, _ = rated(pages, label, address_case, the_chain_kept)
    assert value >= 0.0


# --- 3. a town's office named without its town ---------------------------------------------------

BARE_OFFICE_FRAMES = {  # the bare office in the case its sentence governs
    "inst": "Organizacje pozarządowe od lat współpracują z {office} przy projektach dla migrantów.",
    "gen": "Przedstawiciele {office} przedstawili plan działań na przyszły rok.",
    "loc": "W {office} odbyło się spotkanie z organizacjami pozarządowymi.",
    "dat": "Organizacje przekazały {office} swoje rekomendacje.",
}
OFFICE_ROLES = {
    "m1": ("dyrektor", "kierownik", "naczelnik"),
    "f": ("dyrektorka", "kierowniczka", "naczelniczka"),
}
SOURCES = ("Urząd Miasta", "Portal Miasta", "the city named")


def bare_office(rng: random.Random, case: str) -> str:
    """'Urzędem Miasta', 'Urzędzie Miejskim' (morfeusz2)."""
    town = rng.choice(("Miasta", "Miejski"))
    said = capitalise(noun("miasto", "sg", "gen")) if town == "Miasta" else ""
    said = said or capitalise(adjective("miejski", "sg", case, "m3"))
    return f"{capitalise(noun('urząd', 'sg', case))} {said}"


def town_case(rng: random.Random, town: bool = True) -> PageCase:
    """A page of a town's office or portal ('publisher: Urząd Miasta Poznania', 'Portal Miasta
    Gdańska') or a page naming its town twice; the office named bare in any case; a person's
    post in a unit of it ('Anna Nowak, dyrektorka Biura X Urzędu Miasta, otworzyła …') or in it
    (', sekretarz Urzędu Miasta,'). Without `town`: no town, and 'Urzędem Wojewódzkim' too."""
    (city,) = draw(rng, cities())
    source = rng.choice(SOURCES) if town else "no town"
    publisher = ""
    if source != "the city named":
        portal = "Urząd" if source == "Urząd Miasta" else "Portal"
        publisher = f"{portal} Miasta {city.form('gen')}" if town else ""
        publisher = "Urząd m.st. Warszawy" if publisher == "Urząd Miasta Warszawy" else publisher
        opening = "Organizacje pozarządowe podsumowały rok współpracy."
    else:
        opening = f"{capitalise(w(city))} odbyło się forum organizacji. {city.form('nom')} wspiera inicjatywy mieszkańców."
    case = rng.choice(sorted(BARE_OFFICE_FRAMES))
    named = bare_office(rng, case)
    if not town:
        named += f" i {capitalise(noun('urząd', 'sg', case))} {capitalise(adjective('wojewódzki', 'sg', case, 'm3'))}"
    person = rng.choice(people())
    role = noun(rng.choice(OFFICE_ROLES[person.gender]), "sg", "nom")
    where = f"{rng.choice(UNIT_GENITIVES)} {unit_subject(rng)} {bare_office(rng, 'gen')}"
    post = "a unit in -ego" if where.split()[2].endswith("ego") else "a unit"
    if rng.random() < 0.3:
        role, where, post = "sekretarz", bare_office(rng, "gen"), "the office"
    text = (
        f"{opening} {BARE_OFFICE_FRAMES[case].format(office=named)}\n\n"
        f"{person.form('nom')}, {role} {where}, {past('otworzyć', 'sg', person.gender)} spotkanie."
    )
    template = f"{source} | {case} | {post}"
    return PageCase(
        "Aktualności", publisher, PUBLISHED, text, (), office_of(city) if town else "", template
    )


UNIT_GENITIVES = ("Biura", "Wydziału", "Referatu")
BARE_LABELS = frozenset(
    {"Urząd Miasta", "Urząd Miejski", "Urząd Wojewódzki", "Urząd Marszałkowski"}
)


def bare_offices(ctx: DocumentContext) -> list[str]:
    return [e.label_pl for e in ctx.entities.values() if e.label_pl in BARE_LABELS]


def the_towns_office(ctx: DocumentContext, case: PageCase) -> tuple[bool, str]:
    office = case.wanted
    linked = any(str(f.o) == office and f.p in (UMP + "unitOf", UMP + "postIn") for f in ctx.facts)
    bare = [m for m in ctx.mentions if re.fullmatch(r"Urz\w+ (?:Miasta|Miejsk\w+)", m.text)]
    ok = linked and not bare_offices(ctx) and all(m.iri == office for m in bare)
    shown = [f"{m.text}={short(m.iri)}" for m in bare]
    return (
        ok,
        f"{short(office)} linked, {shown}; {facts_of(ctx, UNITS_OF) + facts_of(ctx, 'postIn')}",
    )


def test_a_bare_town_office_is_the_office_of_the_pages_town(tmp_path: Path) -> None:
    results, templates = measured_pages(PortalPages(tmp_path), town_case, the_towns_office, MANY)
    label = "'współpracują z Urzędem Miasta' on a town's page: that town's office"
    value = tallied(label, results, [t.split(" | ")[0] for t in templates])
    breakdown("by the case", results, [t.split(" | ")[1] for t in templates])
    posts = [t.split(" | ")[2] for t in templates]
    breakdown("by the post", results, posts)
    read = share("  but a unit in -ego", results, posts, {"a unit", "the office"})
    assert value >= 0.0
    assert read >= 0.0


def no_bare_office(ctx: DocumentContext, case: PageCase) -> tuple[bool, str]:
    return not bare_offices(ctx), f"no bare office: {bare_offices(ctx)}"


def test_a_bare_office_on_a_page_about_no_town_is_no_body(tmp_path: Path) -> None:
    make = partial(town_case, town=False)
    results, _ = measured_pages(PortalPages(tmp_path), make, no_bare_office, CONTROL)
    value = tallied(
        "negative: 'z Urzędem Miasta i Urzędem Wojewódzkim', no town: no body",
        results,
        [""] * len(results),
    )
    assert value >= 0.0


# --- 4. names no list has among list items that open with people's names -------------------------

MARKERS = ("number", "number)", "-", "*", "•")
INTROS = ("Laureatami konkursu zostali:", "Stypendia otrzymali:", "W warsztatach udział wzięli:",
          "Lista uczestników:", "Do finału zakwalifikowali się:")  # fmt: skip


def marker(kind: str, index: int) -> str:
    return {"number": f"{index}.", "number)": f"{index})"}.get(kind, kind)


def foreign_name(rng: random.Random) -> str:
    """'Oleksandra Hemantiuk', 'Levan Kartwelaszwili': a given name no list has and a surname
    morfeusz2 does not know."""
    gender = rng.choice(("f", "m1"))
    while not unknown(made := foreign_surname(rng)):
        pass
    return f"{rng.choice(unknown_given_names()[gender])} {made}"


def tail_of(rng: random.Random) -> str:
    (city,) = draw(rng, cities())
    return rng.choice((f" – {city.form('nom')}", f" ({city.form('nom')})", f": {city.form('nom')}",
                       f", {w(city)}"))  # fmt: skip


def list_case(rng: random.Random, persons: bool = True) -> Case:
    """'Laureatami konkursu zostali:' over '1. Maria Czarnecka – Poznań,' … '3. Olesya
    Malyugina – Lublin,': three to six items, one or two of them names no list has (the rest
    SGJP people). Without `persons`: '1. Park Miejski – Poznań,' (a head and an agreeing
    adjective, morfeusz2): no item is a person."""
    count = rng.choice((3, 4, 5, 6))
    foreign = 1 if count < 5 else rng.choice((1, 2))
    names = [p.form("nom") for p in rng.sample(people(), count - foreign)]
    strangers = [foreign_name(rng) for _ in range(foreign)]
    names += strangers
    rng.shuffle(names)
    if not persons:
        names = [place_name(rng) for _ in range(count)]
        strangers = []
    kind, bold = rng.choice(MARKERS), rng.random() < 0.2
    items = [
        f"{marker(kind, i)} {'**' if bold else ''}{n}{'**' if bold else ''}{tail_of(rng)},"
        for i, n in enumerate(names, start=1)
    ]
    text = f"{rng.choice(INTROS)}\n\n" + "\n".join(items)
    return Case(text, f"{kind} | {count} items", keys=tuple(strangers), people=())


PLACE_HEADS = (
    "park",
    "klub",
    "plac",
    "ogród",
    "dom",
    "szkoła",
    "biblioteka",
    "kawiarnia",
    "galeria",
)
PLACE_ADJECTIVES = ("miejski", "sportowy", "zielony", "centralny", "stary", "nowy", "sąsiedzki")


def place_name(rng: random.Random) -> str:
    head = rng.choice(PLACE_HEADS)
    gender = gender_of_noun(head) or "m3"
    return f"{capitalise(head)} {capitalise(adjective(rng.choice(PLACE_ADJECTIVES), 'sg', 'nom', gender))}"


def strangers_are_people(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    found = people_found(ctx)
    return all(n in found for n in case.keys), f"people {list(case.keys)}"


def no_people(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    return not people_found(ctx), "no people"


def test_names_no_list_has_among_peoples_names_in_a_list_are_people(pages: Pages) -> None:
    label = "'1. Maria Czarnecka – Poznań,' … '3. Olesya Malyugina – Lublin,': people"
    value, results, parts = rated(pages, label, list_case, strangers_are_people)
    breakdown("by the count", results, column(parts, 1))
    assert value >= 0.0


def test_a_list_of_places_names_no_people(pages: Pages) -> None:
    label = "negative: '1. Park Miejski – Poznań,' …: no people"
    value, _, _ = rated(pages, label, partial(list_case, persons=False), no_people)
    assert value >= 0.0


# --- 5. an initiative within a campaign or programme --------------------------------------------

HOLDERS = {"akcja": "f", "kampania": "f", "inicjatywa": "f", "program": "m3"}
HOLDER_ADJECTIVES = ("społeczny", "informacyjny", "edukacyjny", "obywatelski")
PART_FRAMES = (  # {what}: 'działanie rozpoczęte w 2014 roku' and the like, {within}: the holder
    "„{A}” to {what} w ramach {within} „{B}”.",
    "Projekt „{A}” jest realizowany w ramach {within} „{B}”.",
    "„{A}” to {what} w ramach {within} „{B}”, skierowane do mieszkańców.",
)
WHAT = {"działanie": "n", "projekt": "m3", "inicjatywa": "f", "przedsięwzięcie": "n"}


def within(rng: random.Random) -> tuple[str, str]:
    """'akcji społecznej', 'kampanii informacyjnej', 'programu' (the genitive, morfeusz2)."""
    head = rng.choice(sorted(HOLDERS))
    words = [noun(head, "sg", "gen")]
    if head != "program" and rng.random() < 0.6:
        words.append(adjective(rng.choice(HOLDER_ADJECTIVES), "sg", "gen", HOLDERS[head]))
    return " ".join(words), head


def part_case(rng: random.Random, held: bool = True) -> Case:
    """'„A” to działanie rozpoczęte w 2014 roku w ramach akcji społecznej „B”.' (the noun and
    its participle agreeing, morfeusz2). Without `held`: 'w ramach współpracy z <body>'."""
    first, second = title_of(rng), title_of(rng)
    noun_ = rng.choice(sorted(WHAT))
    how = rng.choice(("rozpocząć", "realizować", "prowadzić"))
    started = participle(how, "ppas", "nom", WHAT[noun_])
    what = f"{noun_} {started}" + (
        f" w {rng.randrange(2012, 2024)} roku" if how == "rozpocząć" else ""
    )
    frame = rng.choice(PART_FRAMES)
    if not held:
        other = organisation_of(rng).form("inst")
        text = f"„{first}” to {what} w ramach {rng.choice(NOT_WITHIN).format(body=other)}."
        return Case(text, "", first)
    said, head = within(rng)
    text = frame.format(A=first, B=second, what=what, within=said)
    return Case(text, f"{head} | {noun_ if '{what}' in frame else 'Projekt'}", first, (second,))


NOT_WITHIN = ("współpracy z {body}", "obchodów Dnia Uchodźcy", "budżetu obywatelskiego",
              "współpracy miasta z {body}", "działalności statutowej")  # fmt: skip


def holds_it(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    inner, outer = initiative(ctx, case.name), initiative(ctx, case.keys[0])
    classes = {ctx.entities[i].cls.rsplit("/", 1)[-1] for i in outer}
    held = {str(o) for i in inner for o in objects(ctx, i, "partOfProgramme")}
    return bool(held & set(outer)) and classes == {
        "Programme"
    }, f"part of {case.keys[0]!r} ({classes})"


def held_by_nothing(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    ok = bool(initiative(ctx, case.name)) and not facts_of(ctx, "partOfProgramme")
    return ok, f"{case.name!r}, no partOfProgramme: {facts_of(ctx, 'partOfProgramme')}"


def test_an_initiative_within_a_campaign_is_part_of_that_programme(pages: Pages) -> None:
    label = "'„A” to działanie rozpoczęte w 2014 roku w ramach akcji społecznej „B”'"
    value, results, parts = rated(pages, label, part_case, holds_it)
    breakdown("by the noun", results, column(parts, 1))
    assert value >= 0.0


def test_w_ramach_without_an_initiative_holds_nothing(pages: Pages) -> None:
    label = "negative: '„A” to działanie … w ramach współpracy z Fundacją X'"
    value, _, _ = rated(pages, label, partial(part_case, held=False), held_by_nothing)
    assert value >= 0.0


# --- 6. a project's team listed ------------------------------------------------------------------

TEAM_INTROS = (
    "Zespół projektu tworzą:",
    "W skład zespołu projektu wchodzą:",
    "Zespół badawczy projektu:",
)
OTHER_INTROS = ("Na konferencji wystąpili:", "Nagrody otrzymali:", "Głos zabrali:")
TEAM_ROLES = {"m1": ("kierownik", "koordynator", "badacz", "ekspert"),
              "f": ("kierowniczka", "koordynatorka", "badaczka", "ekspertka")}  # fmt: skip
DEGREES = ("", "", "dr ", "dr hab. ", "prof. ", "mgr ")
PROJECT_OPENINGS = (
    "Projekt „{T}” realizuje {body}.",
    "„{T}” to projekt badawczy finansowany przez {body}.",
    "# {T}\n\nProjekt „{T}” prowadzi {body}.",
)


def team_case(rng: random.Random, team: bool = True) -> Case:
    """'Projekt „T” realizuje Fundacja X.', 'Zespół projektu tworzą:' over '- dr Anna Nowak –
    kierowniczka projektu,' / '- Jan Kos,' (the role agreeing, morfeusz2). Without `team`, the
    same items under 'Na konferencji wystąpili:'."""
    title, body = title_of(rng), organisation_of(rng)
    members = rng.sample(people(), rng.choice((2, 3, 4)))
    kind = rng.choice(("-", "*", "number"))
    items = []
    for index, person in enumerate(members, start=1):
        role = ""
        if rng.random() < 0.6:
            role = f" – {rng.choice(TEAM_ROLES[person.gender])}" + rng.choice((" projektu", ""))
        items.append(f"{marker(kind, index)} {rng.choice(DEGREES)}{person.form('nom')}{role},")
    intro = rng.choice(TEAM_INTROS if team else OTHER_INTROS)
    opening = rng.choice(PROJECT_OPENINGS).format(T=title, body=body.form("nom"))
    text = f"{opening}\n\n{intro}\n\n" + "\n".join(items)
    return Case(text, intro, title, people=tuple(members))


def team_members(ctx: DocumentContext, case: Case) -> set[str]:
    return {str(o) for i in initiative(ctx, case.name) for o in objects(ctx, i, "teamMember")}


def each_a_member(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    wanted = {person_iri(ctx, p) for p in case.people}
    return None not in wanted and wanted <= team_members(
        ctx, case
    ), f"team {[p.nominative for p in case.people]}"


def no_team(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    return not facts_of(ctx, "teamMember"), f"no teamMember: {facts_of(ctx, 'teamMember')}"


def test_the_people_under_zespol_projektu_tworza_are_its_team(pages: Pages) -> None:
    label = "'Zespół projektu tworzą:' over '- dr Anna Nowak – kierowniczka projektu,'"
    value, _, _ = rated(pages, label, team_case, each_a_member)
    assert value >= 0.0


def test_people_under_another_intro_are_no_team(pages: Pages) -> None:
    label = "negative: 'Na konferencji wystąpili:' over the same items: no teamMember"
    value, _, _ = rated(pages, label, partial(team_case, team=False), no_team)
    assert value >= 0.0


# --- 7. a bold title of an event and the topics under it -----------------------------------------

EN_KINDS = ("Training", "Workshop", "Seminar", "Webinar")
EN_SUBJECTS = ("good practices in migrant integration for Polish cities",
               "building effective partnerships with civil society",
               "intercultural communication in public services", "the work of one-stop shops",
               "local strategies of inclusion", "data on foreign residents")  # fmt: skip
ROMAN = ("I", "II", "III", "IV")
PL_KINDS = ("szkolenie", "warsztat", "seminarium", "webinarium")
PL_TOPICS_INTROS = ("Tematy:", "Tematyka szkolenia:", "Zagadnienia:", "Program szkolenia:")
EN_TOPICS_INTROS = ("Topics:", "Themes:", "Agenda:")
EN_LEADS = ("{x}", "{x} in cities", "access to {x}", "local {x} policies")
SITES = ("online", "Warsaw", "Kraków City Hall", "the UMP office")


@cache
def theme_words() -> dict[str, tuple[tuple[str, str], ...]]:
    """(a theme's label or hidden label, the theme) by language (graph/reference/themes.ttl)."""
    graph = rdflib.Graph().parse(REFERENCE / "themes.ttl")
    found: dict[str, list[tuple[str, str]]] = {"pl": [], "en": []}
    for prop in (RDFS.label, SKOS.hiddenLabel):
        for theme, label in graph.subject_objects(prop):
            if isinstance(label, rdflib.Literal) and label.language in found and "/theme/" in theme:
                found[label.language].append((str(label), str(theme)))
    return {lang: tuple(sorted(set(words))) for lang, words in found.items()}


@dataclass(frozen=True)
class EventCase(Case):
    english: bool = False


def topics_case(rng: random.Random) -> EventCase:
    """'- **Training on good practices …, Part II** (online).' over an indented 'Topics:' and
    two to four items naming themes; '- **Szkolenie: Kawiarenka i Ogród dla migrantów**' over
    'Tematy:' (the kind word's case by morfeusz2, the themes' labels as themes.ttl writes them)."""
    english = rng.random() < 0.6
    lang = "en" if english else "pl"
    chosen: dict[str, str] = {}
    while len(chosen) < rng.choice((2, 3, 4)):
        word, theme = rng.choice(theme_words()[lang])
        if theme not in chosen.values():
            chosen[word] = theme
    if english:
        kind, subject = rng.choice(EN_KINDS), rng.choice(EN_SUBJECTS)
        if rng.random() < 0.5:
            bold = name = f"{kind} on {subject}, Part {rng.choice(ROMAN)}"
        else:
            name = capitalise(subject)
            bold = f"{kind}: {name}"
        leads = [rng.choice(EN_LEADS).format(x=x) for x in chosen]
        intro, shape = rng.choice(EN_TOPICS_INTROS), bold.split()[1]
        opening = "The Union of Polish Metropolises held a series of events for city staff in 2023."
    else:
        kind = capitalise(noun(rng.choice(PL_KINDS), "sg", "nom"))
        name = f"{title_of(rng)} dla {noun(rng.choice(WHOM), 'pl', 'gen')}"
        bold, leads, shape = f"{kind}: {name}", list(chosen), "Polish"
        intro = rng.choice(PL_TOPICS_INTROS)
        opening = "Unia Metropolii Polskich przygotowała cykl spotkań dla pracowników urzędów."
    site = rng.choice(SITES)
    items = "\n".join(f"  - {lead};" for lead in leads)
    text = f"{opening}\n\n- **{bold}** ({site}).\n  {intro}\n{items[:-1]}."
    return EventCase(text, f"{shape} | {intro}", name, tuple(chosen.values()), english=english)


def named_with_its_themes(ctx: DocumentContext, case: EventCase) -> tuple[bool, str]:
    named = [
        e.iri for e in ctx.events if case.name in {str(o) for o in objects(ctx, e.iri, SCHEMA_NAME)}
    ]
    themes = {str(o) for i in named for o in objects(ctx, i, "theme")}
    ok = bool(named) and set(case.keys) <= themes
    names = [str(f.o) for f in ctx.facts if f.p == SCHEMA_NAME]
    return (
        ok,
        f"{case.name!r} with {[short(k) for k in case.keys]}; names {names}, themes {sorted(map(short, themes))}",
    )


def test_a_bold_title_names_the_event_and_its_topics_give_its_themes(pages: Pages) -> None:
    label = "'- **Training on …, Part II** (online).' over '  Topics:' and its items"
    value, results, parts = rated(pages, label, topics_case, named_with_its_themes)
    breakdown("by the intro", results, column(parts, 1))
    assert value >= 0.0


EN_VISITS = ("Study visit to", "Workshop in", "Conference in", "Seminar in")
FOREIGN = ("Barcelona", "Leipzig", "Vienna", "Lisbon", "Rotterdam", "Oslo")
VISIT_TAILS = (
    "The delegation met city officials.",
    "Participants discussed local integration policies.",
)


def dated_heading_case(rng: random.Random) -> EventCase:
    """'- **Study visit to Barcelona, 9–11 October 2023.** The delegation met …', '- **Wizyta
    studyjna w Lublinie, 9–11 października 2023 r.**' (the city's locative by morfeusz2)."""
    day, year = rng.randrange(1, 26), rng.randrange(2016, 2025)
    month = rng.randrange(12)
    when = rng.choice((f"{day}–{day + 2}", f"{day}"))
    if rng.random() < 0.5:
        place = rng.choice((*FOREIGN, english_label(draw(rng, cities())[0].iri)))
        bold = f"{rng.choice(EN_VISITS)} {place}, {when} {MONTHS_EN[month]} {year}."
        return EventCase(f"- **{bold}** {rng.choice(VISIT_TAILS)}", "en", place, english=True)
    (city,) = draw(rng, cities())
    kind = rng.choice(("wizyta studyjna", "konferencja", "szkolenie", "seminarium"))
    bold = f"{capitalise(kind)} {w(city)}, {when} {MONTHS_GEN[month]} {year} r."
    return EventCase(f"- **{bold}** Uczestnicy rozmawiali o integracji.", "pl", city.form("loc"))


def no_name_from_the_heading(ctx: DocumentContext, case: EventCase) -> tuple[bool, str]:
    names = [str(f.o) for f in ctx.facts if f.p == SCHEMA_NAME]
    return not any(case.name in n for n in names), f"no name with {case.name!r}: {names}"


def test_a_bold_heading_with_a_date_gives_no_name(pages: Pages) -> None:
    label = "negative: '- **Study visit to Barcelona, 9–11 October 2023.**': no schema:name"
    value, _, _ = rated(pages, label, dated_heading_case, no_name_from_the_heading)
    assert value >= 0.0


# --- 8. a second post joined in the same apposition ----------------------------------------------

FIRST_ROLES = {"m1": ("przewodniczący", "członek", "koordynator", "prezes"),
               "f": ("przewodnicząca", "członkini", "koordynatorka", "prezeska")}  # fmt: skip
SECOND_ROLES = {"m1": ("zastępca dyrektora", "dyrektor", "kierownik", "naczelnik"),
                "f": ("zastępczyni dyrektora", "dyrektorka", "kierowniczka", "naczelniczka")}  # fmt: skip
COUNCILS = ("rada", "zespół", "komisja")
APPOSITION_FRAMES = (
    "Spotkanie {opened} {name}, {posts}.",
    "Głos {took} {name}, {posts}, {which} podkreślił{a} znaczenie współpracy.",
    "– Miasta potrzebują wsparcia – mówi {name}, {posts}.",
)


def first_body(rng: random.Random) -> tuple[str, str, str]:
    """A body (its genitive, its key, its kind): a made-up foundation, the Union's team or 'Rady
    ds. Migracji' (morfeusz2)."""
    how = rng.random()
    if how < 0.4:
        body = organisation_of(rng)
        return body.form("gen"), body.label, "a made-up body"
    if how < 0.6:
        team = reference("ump-zespol-migracji-i-integracji")
        return team.form("gen"), team.iri, "the Union's team"
    head = rng.choice(COUNCILS)
    subject = (
        f"ds. {capitalise(noun(rng.choice(('migracja', 'integracja', 'dialog')), 'sg', 'gen'))}"
    )
    return (
        f"{capitalise(noun(head, 'sg', 'gen'))} {subject}",
        f"{capitalise(head)} {subject}",
        "ds.",
    )


def two_posts_case(rng: random.Random, second: bool = True) -> Case:
    """'Anna Nowak, przewodnicząca Rady ds. Migracji i zastępczyni dyrektora Wydziału Polityki
    Społecznej Urzędu Miasta Krakowa' (roles agreeing with the person, morfeusz2). Without
    `second`: '…, przewodniczący Rady ds. Migracji i Anna Nowak' (and her post in the unit)."""
    person, other = rng.sample(people(), 2)
    gender = person.gender
    body_gen, body, kind = first_body(rng)
    first_role = rng.choice(FIRST_ROLES[gender])
    (city,) = draw(rng, cities())
    head = rng.choice(("wydział", "biuro"))
    unit_nom = f"{capitalise(noun(head, 'sg', 'nom'))} {unit_subject(rng)}"
    unit_gen = f"{capitalise(noun(head, 'sg', 'gen'))} {unit_nom.split(' ', 1)[1]}"
    second_role = rng.choice(SECOND_ROLES[gender if second else other.gender])
    unit_post = f"{second_role} {unit_gen} {city_office_gen(city)}"
    tail = unit_post if second else other.form("nom") + rng.choice(("", f", {unit_post}"))
    posts = f"{first_role} {body_gen} {rng.choice(('i', 'oraz'))} {tail}"
    text = rng.choice(APPOSITION_FRAMES).format(
        opened=past("otworzyć", "sg", gender), took=past("zabrać", "sg", gender),
        name=person.form("nom"), posts=posts, which="która" if gender == "f" else "który",
        a=person.a,
    )  # fmt: skip
    said = second_role.split()[0] if second else "a person" + (", her post" if "," in tail else "")
    template = f"{first_role} | {said} | {kind}"
    return Case(text, template, keys=(body, unit_nom), people=(person, other))


def posts_in(ctx: DocumentContext, person: Person) -> list[set[str]]:
    """The bodies of each post the person holds on the page."""
    who = person_iri(ctx, person)
    return (
        [{str(o) for o in objects(ctx, str(p), "postIn")} for p in objects(ctx, who, "holds")]
        if who
        else []
    )


def both_posts(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    held = set().union(*posts_in(ctx, case.people[0]))
    ok = all(held & iris(ctx, k) for k in case.keys)
    return ok, f"posts in {list(case.keys)}; {sorted(map(short, held))}"


def one_post(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    """No second post for the first person, none in the first body for the other."""
    mine, theirs = posts_in(ctx, case.people[0]), posts_in(ctx, case.people[1])
    unit = iris(ctx, case.keys[1])
    ok = len(mine) <= 1 and not any(m & unit for m in mine)
    ok = ok and not any(t & iris(ctx, case.keys[0]) for t in theirs)
    return ok, f"at most one post, none in {case.keys[1]!r}; {mine}, theirs {theirs}"


def test_a_second_post_joined_in_the_apposition(pages: Pages) -> None:
    label = "'Anna Nowak, przewodnicząca Rady X i zastępczyni dyrektora Wydziału Y …': two posts"
    value, results, parts = rated(pages, label, two_posts_case, both_posts)
    breakdown("by the second role", results, column(parts, 1))
    breakdown("by the first body", results, column(parts, 2))
    read = share(
        "  but a body 'ds. X'", results, column(parts, 2), {"a made-up body", "the Union's team"}
    )
    assert value >= 0.0
    assert read >= 0.0


def test_a_person_after_the_first_post_is_no_second_post(pages: Pages) -> None:
    label = "negative: 'Jan Kos, przewodniczący Rady X i Anna Nowak': one post"
    value, results, parts = rated(pages, label, partial(two_posts_case, second=False), one_post)
    breakdown("by the body", results, column(parts, 2))
    assert value >= 0.0
