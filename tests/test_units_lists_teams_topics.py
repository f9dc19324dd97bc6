"""Eight rules of session 14 on forms they were not written from. Every inflected form is
morfeusz2's (SGJP); people are SGJP's, cities and bodies the reference ones or made up
(tests/relations_templates, tests/pages_templates), titles tests/test_bodies_projects_pages'.

1. (bd16a75, 4b0929a) A unit named with its parent unit and administration is three bodies, each
   ump:unitOf the next (names.py parent_administration_at), and the first is the subject of the
   verb (relations.py subject_before -> ump:leader): "Oddział do Spraw Integracji Cudzoziemców
   Wydziału Polityki Społecznej Małopolskiego Urzędu Wojewódzkiego w Krakowie prowadzi projekt
   „T”." Oddział, referat, dział, sekcja with "do Spraw X", "ds. X" or "X" under wydział,
   departament, biuro; the twelve voivodeships' adjectives with Urząd Wojewódzki or
   Marszałkowski and its seat ("Małopolski Urząd Wojewódzki w Krakowie"), a made-up "Ministerstwo
   X" or MSWiA; prowadzić, realizować, koordynować, present or past. Negative control: one unit
   whose genitive complement is no body ("Wydział Spraw Społecznych i Zdrowia"), alone or before
   its administration, is one body so named.
2. (5d14a6f) Units listed after an office and a dash are each its unit (relations.py
   units_of_offices list_parent, names.py enumerated_complement): "… przedstawiciele Urzędu
   Miasta Lublina – Wydziału Kultury, Biura X i Referatu ds. Y." (two to five, twelve offices).
   Negative control: an address ("Referat ds. X, Departament Y, Urząd Miejski w …") is a chain.
3. (3c95b0d) A town's office named bare, in any case ("współpracują z Urzędem Miasta", "W Urzędzie
   Miejskim"), is the office of the page's town, its publisher's ("Urząd Miasta Poznania",
   "Portal Miasta Gdańska") or the one named most (pipeline.py bare_town_office_is_the_pages):
   "Anna Nowak, dyrektorka Wydziału X Urzędu Miasta, …" makes the unit that office's, ",
   sekretarz Urzędu Miejskiego," a post in it; no body is labelled "Urząd Miasta". Negative
   control: "z Urzędem Miasta i Urzędem Wojewódzkim" on a page about no town names no body.
4. (31850da) In a run of list items opening with names, most of them people's, the others are
   people too (lists.py people_opening_list_items): "1. Maria Czarnecka – Poznań," … "3. Olesya
   Malyugina (Lublin),"; three to six items (1., 1), -, *, •; bold or not), one or two a given
   name morfeusz2 does not know and the census lacks with a transliterated surname it does not
   know. Negative control: "1. Park Miejski – Poznań," …: no people.
5. (31850da) A quoted campaign, action or initiative is an initiative (names.py
   QUOTED_INITIATIVE) and the one after "w ramach" holds the one before (relations.py
   part_of_a_programme): "„A” to działanie rozpoczęte w 2014 roku w ramach akcji społecznej „B”."
   -> A ump:partOfProgramme B, a Programme; działanie, projekt, inicjatywa, przedsięwzięcie or
   "Projekt „A” jest realizowany"; akcja, kampania, inicjatywa (an adjective or none), program.
   Negative control: "… w ramach współpracy z Fundacją X" (budżetu obywatelskiego …): none.
6. (1e6ea29) The people opening the items under "Zespół projektu tworzą:", "W skład zespołu
   projektu wchodzą:", "Zespół badawczy projektu:" are the project's ump:teamMember (relations.py
   project_team_listed): "- dr Anna Nowak – kierowniczka projektu," / "- Jan Kos,". Negative
   control: the same items under "Na konferencji wystąpili:": no teamMember.
7. (ae6c82e) A list item's bold title opening with the event's word names it (events.py
   bold_title_of_an_event; after "Kind:" the rest) and items indented under "Topics:" give it
   themes (next_item, TOPICS_INTRO): "- **Training on …, Part II** (online)." over "  Topics:",
   "  - access to housing;"; "- **Szkolenie: Kawiarenka i Ogród dla migrantów**" over "  Tematy:";
   two to four themes by their labels (graph/reference/themes.ttl). Negative control: "- **Study
   visit to Barcelona, 9–11 October 2023.**", "- **Wizyta studyjna w Lublinie, 9 …**": no name.
8. (8b15782) A second role joined in the apposition gives a second post (relations.py
   second_post_in_the_phrase): "Anna Nowak, przewodnicząca Rady ds. Migracji i zastępczyni
   dyrektora Wydziału X Urzędu Miasta Krakowa" (roles agreeing; the first body made up, the
   Union's team or "Rady ds. X"). Negative control: "…, przewodniczący Rady X i Anna Nowak" (",
   dyrektorka Wydziału Y …" or not): no second post for him, none in Rada X for her; after ", i"
   his one post is kept.

Each rule is measured over 160 cases drawn by hypothesis (derandomized seeds), each control over
120, printed with -s (each wording's share, the failing pages); each bar is the rate less about
two points. Measured on main (8d5369a, 812ef4b) / on fa375d3 (a worktree, UMP_KG_HOME=main):
1. 46.2% / 0%; the known misses aside 100% (71/71) / 0%.   control 98.3% / 56.7% (-ego aside
   100% / 57.3%: there the unit and its administration were one name).
2. 100% / 0%.   3. 89.4% / 0%; -ego aside 100% (143/143) / 0%.   4.-7. 100% / 0% each.
8. 81.2% / 0%; "Rady ds. X" aside 100% (89/89) / 0%.
Controls 2, 4, 6, 7, 8: 100% / 100%; 3: 100% / 0% ("Urząd Miasta" kept); 5: 100% / 25.0% (no
project „A” made of "„A” to działanie").

Known misses (kept among the cases; the bars allow them):
- rule 1: "Biuro" in the middle (0/49): ADMINISTRATION_HEADS lacks "biuro", so "Referat X Biura Y"
  is one name; a complement ending in an adjective in -ego before the next head (3/33):
  parent_administration_at takes the agreeing capitalised genitive adjectives into the owner
  ("Obywatelski Dolnośląski Urząd Marszałkowski …", "Międzykulturowy Departament …") and cuts
  the unit ("Wydział Dialogu"; the control's two misses); "Wspólny" in the title (0/7):
  project_runners reads JOINTLY there and makes the unit a partner, not the leader;
- rule 3: the same -ego adjective (0/17): "Biura Rozwoju Gospodarczego Urzędu Miasta" makes a
  body "Gospodarczy Urząd Miasta";
- rule 8: "Rady (Zespołu, Komisji) ds. X i dyrektor(ka) / naczelniczka / zastępczyni dyrektora"
  (0/30; kierownik, kierowniczka, naczelnik, zastępca 41/41): phrase_words goes on after "ds."
  through words continues_complement reads as genitives, and the second post goes to the office.
  Outside the rule: with no comma before "i <name>" the first post is lost too (0/90 in the
  control, on fa375d3 too): posts_in_apposition drops a role phrase that runs into a name.

Mended after the file was written (session 14, from its known misses above): "biuro" is an
owner's head too (ADMINISTRATION_HEADS), and only a voivodeship's adjective goes with an owner's
name ("Małopolskiego Urzędu …"; "Biura Rozwoju Gospodarczego Urzędu Miasta" keeps
"Gospodarczego"): rule 1 46.2% -> 93.1%, rule 3 89.4% -> 100%; a word for a post after "i" ends
a name's "ds." complement (names.py ROLE_WORD): rule 8 81.2% -> 100%. The misses above stand
as the helper measured them, except those.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path

import rdflib
from rdflib.namespace import RDFS, SKOS

from tests.pages_templates import city_named, complement, organisation_of, z
from tests.relations_pages import Pages, labelled, objects, people_found, person_iri
from tests.relations_templates import (
    MONTHS_EN,
    MONTHS_GEN,
    NEGATIVE,
    REFERENCE,
    UMP,
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
from tests.test_names_seats_units_titles import facts_of, kind_word, participle, short
from tests.test_posts_bodies_real_pages import (
    city_office_gen,
    posts_of,
    unit_subject,
    voivodeship_adjective,
)
from tests.test_scene_and_subjects import surname as foreign_surname
from tests.test_scene_and_subjects import unknown, unknown_given_names
from tests.test_tables_bodies_named import PageCase, PortalPages, measured_pages
from ump_kg.extract.context import DocumentContext
from ump_kg.extract.events import SCHEMA_NAME


def unit_of(ctx: DocumentContext, child: str, parent: str) -> bool:
    """Whether what is labelled `child` is ump:unitOf what is labelled `parent` (or is that IRI)."""
    wanted = iris(ctx, parent)
    return any(str(o) in wanted for i in labelled(ctx, child) for o in objects(ctx, i, "unitOf"))


def in_ego(*names: str) -> bool:
    """A name ending in an adjective in -ego ('Rozwoju Gospodarczego'): rules 1 and 3 miss."""
    return any(name.endswith("ego") for name in names)


def declined(head: str, rest: str, case: str) -> str:
    """'Wydziału Polityki Społecznej': the head in the case (morfeusz2), the rest as it is."""
    return f"{capitalise(noun(head, 'sg', case))} {rest}"


# --- 1. a unit named with the unit and the administration it belongs to -------------------------

SUBUNITS = ("oddział", "referat", "dział", "sekcja")
UNITS = ("wydział", "departament", "biuro")
REGIONS = {  # a voivodeship's adjective and the reference city its offices sit in
    "małopolski": "krakow", "mazowiecki": "warszawa", "pomorski": "gdansk",
    "dolnośląski": "wroclaw", "lubelski": "lublin", "wielkopolski": "poznan", "śląski": "katowice",
    "łódzki": "lodz", "zachodniopomorski": "szczecin", "podkarpacki": "rzeszow",
    "podlaski": "bialystok", "kujawsko-pomorski": "bydgoszcz",
}  # fmt: skip
MINISTRY_SUBJECTS = ("rodzina", "praca", "edukacja", "rozwój", "kultura", "zdrowie")
RUNNING = ("prowadzić", "realizować", "koordynować")


def subunit_name(rng: random.Random, head: str) -> tuple[str, str]:
    """'Oddział do Spraw Integracji Cudzoziemców', 'Referat ds. Wspierania Migrantów', 'Sekcja
    Cudzoziemców' (morfeusz2), and how it is complemented."""
    made = rng.random() < 0.7
    what = complement(rng) if made else capitalise(noun(rng.choice(WHOM), "pl", "gen"))
    how = rng.choice(("do Spraw", "ds.", "bare"))
    return declined(head, what if how == "bare" else f"{how} {what}", "nom"), how


def owner_of(rng: random.Random) -> tuple[str, str, str]:
    """The administration a unit belongs to (its genitive, its key, its kind): 'Małopolskiego
    Urzędu Wojewódzkiego w Krakowie', 'Kujawsko-Pomorskiego Urzędu Marszałkowskiego w Bydgoszczy'
    (morfeusz2; the key its nominative), 'Ministerstwa Rozwoju', the reference MSWiA (its IRI)."""
    kind = rng.choice(("wojewódzki", "marszałkowski", "ministerstwo"))
    if kind == "ministerstwo" and rng.random() < 0.4:
        body = reference("mswia")
        return body.form("gen"), body.iri, kind
    if kind == "ministerstwo":
        subject = capitalise(noun(rng.choice(MINISTRY_SUBJECTS), "sg", "gen"))
        gen, nom = (declined("ministerstwo", subject, c) for c in ("gen", "nom"))
        return gen, nom, kind
    region = rng.choice(sorted(REGIONS))
    seat = w(city_named(REGIONS[region]))
    forms = [
        f"{voivodeship_adjective(region, c, 'm3')} "
        f"{declined('urząd', capitalise(adjective(kind, 'sg', c, 'm3')), c)} {seat}"
        for c in ("gen", "nom")
    ]
    return forms[0], forms[1], kind


def chain_case(rng: random.Random) -> Case:
    """'Oddział do Spraw Integracji Cudzoziemców Wydziału Polityki Społecznej Małopolskiego Urzędu
    Wojewódzkiego w Krakowie prowadzi projekt „T”.': the verb in the present or in the past
    agreeing with the first unit (morfeusz2)."""
    head, parent = rng.choice(SUBUNITS), rng.choice(UNITS)
    first, how = subunit_name(rng, head)
    subject = unit_subject(rng)
    owner, key, kind = owner_of(rng)
    lexeme, title = rng.choice(RUNNING), title_of(rng)
    verb = present(lexeme) if rng.random() < 0.5 else past(lexeme, "sg", gender_of_noun(head) or "")
    text = f"{first} {declined(parent, subject, 'gen')} {owner} {verb} projekt „{title}”."
    miss = "Wspólny" if "Wspóln" in title else "read"
    miss = "-ego" if in_ego(first, subject) else miss
    miss = "Biuro" if parent == "biuro" else miss
    template = f"{capitalise(head)} | {capitalise(parent)} | {kind} | {how} | {miss}"
    return Case(text, template, title, (first, declined(parent, subject, "nom"), key))


def three_bodies_and_the_leader(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    first, second, owner = case.keys
    leaders = {str(o) for i in initiative(ctx, case.name) for o in objects(ctx, i, "leader")}
    ok = unit_of(ctx, first, second) and unit_of(ctx, second, owner)
    ok = ok and bool(leaders & set(labelled(ctx, first)))
    shown = sorted(f"{short(i)}={e.label_pl!r}" for i, e in ctx.entities.items())
    return ok, f"{first!r} < {second!r} < {short(owner)!r}, the first leads; {shown}"


def test_a_unit_named_with_its_chain_is_three_bodies_and_the_first_leads(pages: Pages) -> None:
    label = "'Oddział X Wydziału Y Małopolskiego Urzędu Wojewódzkiego w Krakowie prowadzi projekt'"
    value, results, parts = rated(pages, label, chain_case, three_bodies_and_the_leader, key=1)
    breakdown("by the first unit", results, column(parts, 0))
    breakdown("by the administration", results, column(parts, 2))
    breakdown("by the complement", results, column(parts, 3))
    breakdown("by the known misses", results, column(parts, 4))
    read = share("  but the known misses", results, column(parts, 4), {"read"})
    assert value >= 0.91  # measured 93.1% after the mend below (46.2% before; fa375d3 0%)
    assert read >= 0.98  # measured 100% (fa375d3 0%)


def single_unit_case(rng: random.Random) -> Case:
    """'Wydział Spraw Społecznych i Zdrowia prowadzi projekt „T”.', 'Biuro Obsługi Mieszkańców
    Mazowieckiego Urzędu Wojewódzkiego w Warszawie realizuje …': one unit whose genitive
    complement names no body, alone or before its administration."""
    head = rng.choice((*SUBUNITS, *UNITS))
    subject = unit_subject(rng) if rng.random() < 0.5 else complement(rng)
    if rng.random() < 0.4:
        subject += f" i {capitalise(noun(rng.choice(MINISTRY_SUBJECTS), 'sg', 'gen'))}"
    owner, key, kind = owner_of(rng) if rng.random() < 0.5 else ("", "", "alone")
    name, title = declined(head, subject, "nom"), title_of(rng)
    said = " ".join(w for w in (name, owner, present(rng.choice(RUNNING))) if w)
    miss = "-ego" if owner and in_ego(subject) else "read"
    return Case(f"{said} projekt „{title}”.", f"{kind} | {miss}", title, (name, key))


def one_unit(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    name, owner = case.keys
    bodies = {e.label_pl for i, e in ctx.entities.items() if "/organisation/" in i}
    bodies -= {owner, *(ctx.entities[i].label_pl for i in iris(ctx, owner) if i in ctx.entities)}
    return bodies == {name}, f"one body {name!r} (and {short(owner)!r}): {sorted(bodies)}"


def test_a_units_own_genitive_complement_is_no_body(pages: Pages) -> None:
    label = "negative: 'Wydział Spraw Społecznych i Zdrowia prowadzi projekt': one unit"
    value, results, parts = rated(pages, label, single_unit_case, one_unit)
    read = share("  but the adjectives in -ego", results, column(parts, 1), {"read"})
    assert value >= 0.96  # measured 98.3% (fa375d3 56.7%: the whole chain was one name)
    assert read >= NEGATIVE  # measured 100% (fa375d3 57.3%)


# --- 2. a list of units after the office and a dash ---------------------------------------------

LIST_FRAMES = ("W spotkaniu wzięli udział przedstawiciele {office} – {units}.",
               "Na sesji obecni byli przedstawiciele {office} – {units}.",
               "Zaproszenie przyjęli przedstawiciele {office} – {units}.")  # fmt: skip
ADDRESS_FRAMES = ("Informacji udziela {chain}.", "Kontakt: {chain}, tel. 22 443 00 00.",
                  "Wnioski przyjmuje {chain}.")  # fmt: skip


def unit_names(rng: random.Random, count: int, heads: tuple[str, ...]) -> list[tuple[str, str]]:
    """Distinct units (nominative, genitive): 'Wydział Kultury', 'Biuro Wspierania Migrantów',
    'Referat ds. Integracji Cudzoziemców' (morfeusz2)."""
    made: dict[str, str] = {}
    while len(made) < count:
        head = rng.choice(heads)
        subject = unit_subject(rng) if rng.random() < 0.5 else complement(rng)
        subject = f"ds. {subject}" if head in SUBUNITS else subject
        made.setdefault(declined(head, subject, "nom"), declined(head, subject, "gen"))
    return list(made.items())


def listed_units_case(rng: random.Random) -> Case:
    """'… przedstawiciele Urzędu Miasta Lublina – Wydziału Kultury, Biura X i Referatu ds. Y.'"""
    (city,) = draw(rng, cities())
    units = unit_names(rng, rng.choice((2, 3, 4, 5)), ("wydział", "biuro", "referat"))
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
    return ok, f"each of {units} a unit of {short(office)}; {facts_of(ctx, 'unitOf')}"


def test_units_listed_after_the_office_and_a_dash_are_its_units(pages: Pages) -> None:
    label = "'przedstawiciele Urzędu Miasta Lublina – Wydziału X, Biura Y oraz Referatu Z'"
    value, _, _ = rated(pages, label, listed_units_case, each_a_unit_of_the_office)
    assert value >= 0.98  # measured 100% (fa375d3 0%)


def address_case(rng: random.Random) -> Case:
    """'Informacji udziela Referat ds. Cudzoziemców, Departament Spraw Społecznych, Urząd Miejski
    w Białymstoku.': a unit, its parent and the town's office (its reference label), no list."""
    (city,) = draw(rng, cities())
    office = next(o for o in organisations() if o.iri == office_of(city))
    ((first, _),) = unit_names(rng, 1, SUBUNITS)
    parent = declined(rng.choice(("wydział", "departament")), unit_subject(rng), "nom")
    text = rng.choice(ADDRESS_FRAMES).format(chain=f"{first}, {parent}, {office.form('nom')}")
    return Case(text, "", keys=(first, parent, office.iri))


def the_chain_kept(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    first, parent, office = case.keys
    ok = unit_of(ctx, first, parent) and unit_of(ctx, parent, office)
    return ok, f"{first!r} < {parent!r} < {short(office)}; {facts_of(ctx, 'unitOf')}"


def test_an_address_without_a_list_keeps_its_chain(pages: Pages) -> None:
    label = "negative: 'Referat ds. X, Departament Y, Urząd Miejski w Białymstoku': a chain"
    value, _, _ = rated(pages, label, address_case, the_chain_kept)
    assert value >= NEGATIVE  # measured 100% (fa375d3 100%)


# --- 3. a town's office named without its town ---------------------------------------------------

BARE_FRAMES = {  # the bare office in the case its sentence governs
    "inst": "Organizacje pozarządowe od lat współpracują z {office} przy projektach dla migrantów.",
    "gen": "Przedstawiciele {office} przedstawili plan działań na przyszły rok.",
    "loc": "W {office} odbyło się spotkanie z organizacjami pozarządowymi.",
    "dat": "Organizacje przekazały {office} swoje rekomendacje.",
}
OFFICE_ROLES = {"m1": ("dyrektor", "kierownik", "naczelnik"),
                "f": ("dyrektorka", "kierowniczka", "naczelniczka")}  # fmt: skip
SOURCES = ("publisher: Urząd Miasta", "publisher: Portal Miasta", "the town named twice")
BARE_LABELS = {"Urząd Miasta", "Urząd Miejski", "Urząd Wojewódzki", "Urząd Marszałkowski"}


def bare_office(rng: random.Random, case: str, adjective_: str = "") -> str:
    """'Urzędem Miasta', 'Urzędzie Miejskim', 'Urzędem Wojewódzkim' (morfeusz2)."""
    adjective_ = adjective_ or rng.choice(("", "miejski"))
    town = adjective(adjective_, "sg", case, "m3") if adjective_ else noun("miasto", "sg", "gen")
    return declined("urząd", capitalise(town), case)


def town_case(rng: random.Random, town: bool = True) -> PageCase:
    """A page a town's office or portal publishes ('Urząd Miasta Poznania', 'Portal Miasta
    Gdańska') or that names its town twice; the office named bare in a case; a person's post in
    a unit of it ('Anna Nowak, dyrektorka Biura X Urzędu Miasta, otworzyła spotkanie.') or in it
    ('…, sekretarz Urzędu Miejskiego, …'). Without `town`: no town, 'Urzędem Wojewódzkim' too."""
    (city,) = draw(rng, cities())
    source = rng.choice(SOURCES) if town else "no town"
    publisher, opening = "", "Organizacje pozarządowe podsumowały rok współpracy."
    if source == "the town named twice":
        opening = f"Forum organizacji odbyło się {w(city)}. Władze {city.form('gen')} wspierają je."
    elif town:
        publisher = f"{source.split()[1]} Miasta {city.form('gen')}"
        publisher = publisher.replace("Urząd Miasta Warszawy", "Urząd m.st. Warszawy")
    case = rng.choice(sorted(BARE_FRAMES))
    named = bare_office(rng, case)
    named += "" if town else f" i {bare_office(rng, case, 'wojewódzki')}"
    person = rng.choice(people())
    role = noun(rng.choice(OFFICE_ROLES[person.gender]), "sg", "nom")
    subject = unit_subject(rng)
    where = f"{declined(rng.choice(UNITS), subject, 'gen')} {bare_office(rng, 'gen')}"
    post = "a unit in -ego" if in_ego(subject) else "a unit"
    if rng.random() < 0.3:
        role, where, post = "sekretarz", bare_office(rng, "gen"), "the office"
    text = (
        f"{opening} {BARE_FRAMES[case].format(office=named)}\n\n"
        f"{person.form('nom')}, {role} {where}, {past('otworzyć', 'sg', person.gender)} spotkanie."
    )
    wanted, template = office_of(city) if town else "", f"{source} | {case} | {post}"
    return PageCase("Aktualności", publisher, PUBLISHED, text, (), wanted, template)


def bare_offices(ctx: DocumentContext) -> list[str]:
    return [e.label_pl for e in ctx.entities.values() if e.label_pl in BARE_LABELS]


def the_towns_office(ctx: DocumentContext, case: PageCase) -> tuple[bool, str]:
    office = case.wanted
    linked = any(str(f.o) == office and f.p in (UMP + "unitOf", UMP + "postIn") for f in ctx.facts)
    bare = [m for m in ctx.mentions if re.fullmatch(r"Urz\w+ (?:Miasta|Miejsk\w+)", m.text)]
    ok = linked and not bare_offices(ctx) and all(m.iri == office for m in bare)
    shown = [f"{m.text}={short(m.iri)}" for m in bare] + facts_of(ctx, "unitOf")
    return ok, f"{short(office)} linked, each bare one: {shown + facts_of(ctx, 'postIn')}"


def test_a_bare_town_office_is_the_office_of_the_pages_town(tmp_path: Path) -> None:
    results, templates = measured_pages(PortalPages(tmp_path), town_case, the_towns_office, MANY)
    parts = [t.split(" | ") for t in templates]
    label = "'współpracują z Urzędem Miasta' on a town's page: that town's office"
    value = tallied(label, results, column(parts, 0))
    breakdown("by the case", results, column(parts, 1))
    breakdown("by the post", results, column(parts, 2))
    read = share("  but a unit in -ego", results, column(parts, 2), {"a unit", "the office"})
    assert value >= 0.98  # measured 100% after the mend below (89.4% before; fa375d3 0%)
    assert read >= 0.98  # measured 100% (fa375d3 0%)


def no_bare_office(ctx: DocumentContext, case: PageCase) -> tuple[bool, str]:
    return not bare_offices(ctx), f"no bare office: {bare_offices(ctx)}"


def test_a_bare_office_on_a_page_about_no_town_is_no_body(tmp_path: Path) -> None:
    make = partial(town_case, town=False)
    results, _ = measured_pages(PortalPages(tmp_path), make, no_bare_office, CONTROL)
    label = "negative: 'z Urzędem Miasta i Urzędem Wojewódzkim' on a page about no town"
    value = tallied(label, results, [""] * len(results))
    assert value >= NEGATIVE  # measured 100% (fa375d3 0%: 'Urząd Miasta' a body of its own)


# --- 4. names no list has among list items that open with people's names -------------------------

MARKERS = ("number", "number)", "-", "*", "•")
INTROS = ("Laureatami konkursu zostali:", "Stypendia otrzymali:", "W warsztatach udział wzięli:",
          "Lista uczestników:", "Do finału zakwalifikowali się:")  # fmt: skip
PLACE_HEADS = ("park", "klub", "plac", "ogród", "dom", "szkoła", "biblioteka", "kawiarnia")
PLACE_ADJECTIVES = ("miejski", "sportowy", "zielony", "centralny", "stary", "nowy", "sąsiedzki")


def marker(kind: str, index: int) -> str:
    return {"number": f"{index}.", "number)": f"{index})"}.get(kind, kind)


def foreign_name(rng: random.Random) -> str:
    """'Oleksandra Hemantiuk', 'Vakhtang Kartszwili': a given name no list has (morfeusz2 'ign',
    not in the census) and a surname morfeusz2 does not know."""
    while not unknown(surname := foreign_surname(rng)):
        pass
    return f"{rng.choice(unknown_given_names()[rng.choice(('f', 'm1'))])} {surname}"


def place_name(rng: random.Random) -> str:
    """'Park Miejski', 'Szkoła Sportowa' (agreeing, morfeusz2)."""
    head = rng.choice(PLACE_HEADS)
    made = adjective(rng.choice(PLACE_ADJECTIVES), "sg", "nom", gender_of_noun(head) or "")
    return f"{capitalise(head)} {capitalise(made)}"


def list_case(rng: random.Random, persons: bool = True) -> Case:
    """'Laureatami konkursu zostali:' over '1. Maria Czarnecka – Poznań,' … '3. Olesya
    Malyugina (Lublin),': three to six items (numbered or bulleted, the name in bold or not),
    one or two of them names no list has, the others SGJP people. Without `persons`: '1. Park
    Miejski – Poznań,': no item is a person."""
    count = rng.choice((3, 4, 5, 6))
    strangers = [foreign_name(rng) for _ in range(1 if count < 5 else rng.choice((1, 2)))]
    names = [p.form("nom") for p in rng.sample(people(), count - len(strangers))] + strangers
    rng.shuffle(names)
    if not persons:
        names, strangers = [place_name(rng) for _ in range(count)], []
    kind, bold = rng.choice(MARKERS), rng.choice(("", "", "", "**"))
    items = []
    for index, name in enumerate(names, start=1):
        town = draw(rng, cities())[0]
        tail = rng.choice((f" – {town.form('nom')}", f" ({town.form('nom')})", f", {w(town)}"))
        items.append(f"{marker(kind, index)} {bold}{name}{bold}{tail},")
    text = f"{rng.choice(INTROS)}\n\n" + "\n".join(items)
    return Case(text, f"{kind} | {len(strangers)} of {count}", keys=tuple(strangers))


def strangers_are_people(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    return all(n in people_found(ctx) for n in case.keys), f"people {list(case.keys)}"


def no_people(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    return not people_found(ctx), "no people"


def test_names_no_list_has_among_peoples_names_in_a_list_are_people(pages: Pages) -> None:
    label = "'1. Maria Czarnecka – Poznań,' … '3. Olesya Malyugina – Lublin,': people"
    value, results, parts = rated(pages, label, list_case, strangers_are_people)
    breakdown("by the count", results, column(parts, 1))
    assert value >= 0.98  # measured 100% (fa375d3 0%)


def test_a_list_of_places_names_no_people(pages: Pages) -> None:
    label = "negative: '1. Park Miejski – Poznań,' …: no people"
    value, _, _ = rated(pages, label, partial(list_case, persons=False), no_people)
    assert value >= NEGATIVE  # measured 100% (fa375d3 100%)


# --- 5. an initiative within a campaign or a programme -------------------------------------------

HOLDERS = {"akcja": "f", "kampania": "f", "inicjatywa": "f", "program": "m3"}
HOLDER_ADJECTIVES = ("społeczny", "informacyjny", "edukacyjny", "obywatelski")
WHAT = {"działanie": "n", "projekt": "m3", "inicjatywa": "f", "przedsięwzięcie": "n"}
PART_FRAMES = (  # {what}: 'działanie rozpoczęte w 2014 roku' and the like
    "„{A}” to {what} w ramach {within} „{B}”.",
    "Projekt „{A}” jest realizowany w ramach {within} „{B}”.",
    "„{A}” to {what} w ramach {within} „{B}”, {aimed} do mieszkańców.",
)
NOT_WITHIN = ("współpracy {body}", "obchodów Dnia Uchodźcy", "budżetu obywatelskiego",
              "współpracy miasta {body}", "działalności statutowej")  # fmt: skip


def part_case(rng: random.Random, held: bool = True) -> Case:
    """'„A” to działanie rozpoczęte w 2014 roku w ramach akcji społecznej „B”.', '… w ramach
    kampanii „B”', '… w ramach programu „B”' (nouns, adjectives and participles agreeing,
    morfeusz2). Without `held`: '… w ramach współpracy z <body, inst>'."""
    first, second = title_of(rng), title_of(rng)
    noun_ = rng.choice(sorted(WHAT))
    how = rng.choice(("rozpocząć", "realizować", "prowadzić"))
    what = f"{noun_} {participle(how, 'ppas', 'nom', WHAT[noun_])}"
    what += f" w {rng.randrange(2012, 2024)} roku" if how == "rozpocząć" else ""
    if not held:
        body = z(organisation_of(rng).form("inst"))
        text = f"„{first}” to {what} w ramach {rng.choice(NOT_WITHIN).format(body=body)}."
        return Case(text, "", first)
    head = rng.choice(sorted(HOLDERS))
    within = kind_word(head, "gen")  # ('programu', not SGJP's rare 'programa')
    if head != "program" and rng.random() < 0.6:
        within += " " + adjective(rng.choice(HOLDER_ADJECTIVES), "sg", "gen", HOLDERS[head])
    frame = rng.choice(PART_FRAMES)
    aimed = participle("skierować", "ppas", "nom", WHAT[noun_])
    text = frame.format(A=first, B=second, what=what, within=within, aimed=aimed)
    return Case(text, f"{head} | {noun_ if '{what}' in frame else 'Projekt „A”'}", first, (second,))


def holds_it(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    inner, outer = initiative(ctx, case.name), initiative(ctx, case.keys[0])
    classes = {ctx.entities[i].cls.rsplit("/", 1)[-1] for i in outer}
    held = {str(o) for i in inner for o in objects(ctx, i, "partOfProgramme")}
    ok = bool(held & set(outer)) and classes == {"Programme"}
    return ok, f"{case.name!r} part of {case.keys[0]!r} ({classes})"


def held_by_nothing(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    ok = bool(initiative(ctx, case.name)) and not facts_of(ctx, "partOfProgramme")
    return ok, f"{case.name!r}, no partOfProgramme: {facts_of(ctx, 'partOfProgramme')}"


def test_an_initiative_within_a_campaign_is_part_of_that_programme(pages: Pages) -> None:
    label = "'„A” to działanie rozpoczęte w 2014 roku w ramach akcji społecznej „B”'"
    value, results, parts = rated(pages, label, part_case, holds_it)
    breakdown("by the noun", results, column(parts, 1))
    assert value >= 0.98  # measured 100% (fa375d3 0%)


def test_w_ramach_without_an_initiative_holds_nothing(pages: Pages) -> None:
    label = "negative: '„A” to działanie … w ramach współpracy z Fundacją X'"
    value, _, _ = rated(pages, label, partial(part_case, held=False), held_by_nothing)
    assert value >= NEGATIVE  # measured 100% (fa375d3 25.0%: no project „A” made)


# --- 6. a project's team listed ------------------------------------------------------------------

TEAM_INTROS = ("Zespół projektu tworzą:", "W skład zespołu projektu wchodzą:",
               "Zespół badawczy projektu:")  # fmt: skip
OTHER_INTROS = ("Na konferencji wystąpili:", "Nagrody otrzymali:", "Głos zabrali:")
TEAM_ROLES = {"m1": ("kierownik", "koordynator", "badacz", "ekspert"),
              "f": ("kierowniczka", "koordynatorka", "badaczka", "ekspertka")}  # fmt: skip
DEGREES = ("", "", "dr ", "dr hab. ", "prof. ", "mgr ")
PROJECT_OPENINGS = ("Projekt „{T}” realizuje {body}.",
                    "„{T}” to projekt badawczy finansowany przez {body_acc}.",
                    "# {T}\n\nProjekt „{T}” prowadzi {body}.")  # fmt: skip


def team_case(rng: random.Random, team: bool = True) -> Case:
    """'Projekt „T” realizuje Fundacja X.', 'Zespół projektu tworzą:' over '- dr Anna Nowak –
    kierowniczka projektu,' / '- Jan Kos,' (the role agreeing, morfeusz2). Without `team`, the
    same items under 'Na konferencji wystąpili:'."""
    title, body = title_of(rng), organisation_of(rng)
    members = rng.sample(people(), rng.choice((2, 3, 4)))
    kind = rng.choice(("-", "*", "number"))
    items = []
    for index, person in enumerate(members, start=1):
        role = f" – {rng.choice(TEAM_ROLES[person.gender])}{rng.choice((' projektu', ''))}"
        role = role if rng.random() < 0.6 else ""
        items.append(f"{marker(kind, index)} {rng.choice(DEGREES)}{person.form('nom')}{role},")
    intro = rng.choice(TEAM_INTROS if team else OTHER_INTROS)
    opening = rng.choice(PROJECT_OPENINGS)
    opening = opening.format(T=title, body=body.form("nom"), body_acc=body.form("acc"))
    return Case(f"{opening}\n\n{intro}\n\n" + "\n".join(items), intro, title, people=tuple(members))


def each_a_member(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    team = {str(o) for i in initiative(ctx, case.name) for o in objects(ctx, i, "teamMember")}
    wanted = {person_iri(ctx, p) for p in case.people}
    return None not in wanted and wanted <= team, f"team {[p.nominative for p in case.people]}"


def no_team(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    return not facts_of(ctx, "teamMember"), f"no teamMember: {facts_of(ctx, 'teamMember')}"


def test_the_people_under_zespol_projektu_tworza_are_its_team(pages: Pages) -> None:
    label = "'Zespół projektu tworzą:' over '- dr Anna Nowak – kierowniczka projektu,'"
    value, _, _ = rated(pages, label, team_case, each_a_member)
    assert value >= 0.98  # measured 100% (fa375d3 0%)


def test_people_under_another_intro_are_no_team(pages: Pages) -> None:
    label = "negative: 'Na konferencji wystąpili:' over the same items: no teamMember"
    value, _, _ = rated(pages, label, partial(team_case, team=False), no_team)
    assert value >= NEGATIVE  # measured 100% (fa375d3 100%)


# --- 7. a bold title of an event and the topics under it -----------------------------------------

EN_KINDS = ("Training", "Workshop", "Seminar", "Webinar")
EN_SUBJECTS = ("good practices in migrant integration for Polish cities",
               "building effective partnerships with civil society",
               "intercultural communication in public services", "the work of one-stop shops",
               "local strategies of inclusion", "data on foreign residents")  # fmt: skip
EN_TOPICS = ("Topics:", "Themes:", "Agenda:")
PL_TOPICS = ("Tematy:", "Tematyka szkolenia:", "Zagadnienia:", "Program szkolenia:")
EN_LEADS = ("{x}", "{x} in cities", "access to {x}", "local {x} policies")
PL_KINDS = ("szkolenie", "warsztat", "seminarium", "webinarium")
SITES = ("online", "Warsaw", "Kraków City Hall", "the UMP office")
EN_VISITS = ("Study visit to", "Workshop in", "Conference in", "Seminar in")
FOREIGN = ("Barcelona", "Leipzig", "Vienna", "Lisbon", "Rotterdam", "Oslo")


@dataclass(frozen=True)
class EventCase(Case):
    english: bool = False


@cache
def theme_words() -> dict[str, tuple[tuple[str, str], ...]]:
    """(a theme's label or hidden label, the theme) by language (graph/reference/themes.ttl)."""
    graph = rdflib.Graph().parse(REFERENCE / "themes.ttl")
    found: dict[str, set[tuple[str, str]]] = {"pl": set(), "en": set()}
    for prop in (RDFS.label, SKOS.hiddenLabel):
        for theme, label in graph.subject_objects(prop):
            language = label.language if isinstance(label, rdflib.Literal) else None
            if language in found and "/theme/" in str(theme):
                found[str(language)].add((str(label), str(theme)))
    return {lang: tuple(sorted(words)) for lang, words in found.items()}


def topics_case(rng: random.Random) -> EventCase:
    """'- **Training on good practices …, Part II** (online).' over an indented 'Topics:' and
    two to four items naming themes ('access to housing', 'hate speech in cities'); '-
    **Szkolenie: Kawiarenka i Ogród dla migrantów**' over 'Tematy:' (the Polish words by
    morfeusz2, the themes' labels as themes.ttl writes them)."""
    english = rng.random() < 0.6
    chosen: dict[str, str] = {}
    while len(chosen) < rng.choice((2, 3, 4)):
        word, theme = rng.choice(theme_words()["en" if english else "pl"])
        if theme not in chosen.values():
            chosen[word] = theme
    if english:
        kind, subject = rng.choice(EN_KINDS), rng.choice(EN_SUBJECTS)
        name = bold = f"{kind} on {subject}, Part {rng.choice(('I', 'II', 'III', 'IV'))}"
        if rng.random() < 0.5:
            name = capitalise(subject)
            bold = f"{kind}: {name}"
        leads, intro = [rng.choice(EN_LEADS).format(x=x) for x in chosen], rng.choice(EN_TOPICS)
        opening = "The Union of Polish Metropolises held a series of events for city staff."
    else:
        name = f"{title_of(rng)} dla {noun(rng.choice(WHOM), 'pl', 'gen')}"
        bold = f"{capitalise(noun(rng.choice(PL_KINDS), 'sg', 'nom'))}: {name}"
        leads, intro = list(chosen), rng.choice(PL_TOPICS)
        opening = "Unia Metropolii Polskich przygotowała cykl spotkań dla pracowników urzędów."
    items = ";\n".join(f"  - {lead}" for lead in leads)
    text = f"{opening}\n\n- **{bold}** ({rng.choice(SITES)}).\n  {intro}\n{items}."
    shape = "Kind: title" if ": " in bold else "Kind on …, Part N"
    return EventCase(text, f"{shape} | {intro}", name, tuple(chosen.values()), english=english)


def named_with_its_themes(ctx: DocumentContext, case: EventCase) -> tuple[bool, str]:
    named = [e.iri for e in ctx.events if case.name in map(str, objects(ctx, e.iri, SCHEMA_NAME))]
    themes = {str(o) for i in named for o in objects(ctx, i, "theme")}
    names = [str(f.o) for f in ctx.facts if f.p == SCHEMA_NAME]
    want = f"{case.name!r} with {[short(k) for k in case.keys]}; names {names}"
    return bool(named) and set(case.keys) <= themes, f"{want}, themes {sorted(map(short, themes))}"


def test_a_bold_title_names_the_event_and_its_topics_give_its_themes(pages: Pages) -> None:
    label = "'- **Training on …, Part II** (online).' over '  Topics:' and its items"
    value, results, parts = rated(pages, label, topics_case, named_with_its_themes)
    breakdown("by the intro", results, column(parts, 1))
    assert value >= 0.98  # measured 100% (fa375d3 0%)


def dated_heading_case(rng: random.Random) -> EventCase:
    """'- **Study visit to Barcelona, 9–11 October 2023.** The delegation met …', '- **Wizyta
    studyjna w Lublinie, 9–11 października 2023 r.** …' (the locative by morfeusz2)."""
    day, year, month = rng.randrange(1, 26), rng.randrange(2016, 2025), rng.randrange(12)
    when = rng.choice((f"{day}–{day + 2}", f"{day}"))
    if rng.random() < 0.5:
        place = rng.choice((*FOREIGN, english_label(draw(rng, cities())[0].iri)))
        bold = f"{rng.choice(EN_VISITS)} {place}, {when} {MONTHS_EN[month]} {year}."
        text = f"- **{bold}** The delegation met city officials."
        return EventCase(text, "en", place, english=True)
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
    assert value >= NEGATIVE  # measured 100% (fa375d3 100%)


# --- 8. a second post joined in the same apposition ----------------------------------------------

FIRST_ROLES = {"m1": ("przewodniczący", "członek", "koordynator", "prezes"),
               "f": ("przewodnicząca", "członkini", "koordynatorka", "prezeska")}  # fmt: skip
SECOND_ROLES = {"m1": ("zastępca dyrektora", "dyrektor", "kierownik", "naczelnik"),
                "f": ("zastępczyni dyrektora", "dyrektorka", "kierowniczka", "naczelniczka")}  # fmt: skip
APPOSITION_FRAMES = ("Spotkanie {opened} {name}, {posts}.",
                     "Głos {took} {name}, {posts}, {which} podkreślił{a} znaczenie współpracy.",
                     "– Miasta potrzebują wsparcia – mówi {name}, {posts}.")  # fmt: skip


def first_body(rng: random.Random) -> tuple[str, str, str]:
    """A body (its genitive, its key, its kind): a made-up foundation, the Union's team, or 'Rady
    ds. Migracji' (morfeusz2)."""
    how = rng.random()
    if how < 0.4:
        body = organisation_of(rng)
        return body.form("gen"), body.label, "a made-up body"
    if how < 0.6:
        team = reference("ump-zespol-migracji-i-integracji")
        return team.form("gen"), team.iri, "the Union's team"
    head = rng.choice(("rada", "zespół", "komisja"))
    what = noun(rng.choice(("migracja", "integracja", "dialog")), "sg", "gen")
    subject = f"ds. {capitalise(what)}"
    return declined(head, subject, "gen"), declined(head, subject, "nom"), "ds."


def two_posts_case(rng: random.Random, second: bool = True) -> Case:
    """'Anna Nowak, przewodnicząca Rady ds. Migracji i zastępczyni dyrektora Wydziału Polityki
    Społecznej Urzędu Miasta Krakowa' (roles agreeing with the person, morfeusz2). Without
    `second`: '…, przewodniczący Rady ds. Migracji i Anna Nowak' (', dyrektorka Wydziału …')."""
    person, other = rng.sample(people(), 2)
    body_gen, body, kind = first_body(rng)
    first_role = rng.choice(FIRST_ROLES[person.gender])
    unit, head = unit_subject(rng), rng.choice(("wydział", "biuro"))
    second_role = rng.choice(SECOND_ROLES[(person if second else other).gender])
    office = city_office_gen(draw(rng, cities())[0])
    unit_post = f"{second_role} {declined(head, unit, 'gen')} {office}"
    tail = unit_post if second else other.form("nom") + rng.choice(("", f", {unit_post}"))
    joined = rng.choice((" i", " oraz") if second else (" i", " oraz", ", i"))
    text = rng.choice(APPOSITION_FRAMES).format(
        opened=past("otworzyć", "sg", person.gender), took=past("zabrać", "sg", person.gender),
        name=person.form("nom"), posts=f"{first_role} {body_gen}{joined} {tail}",
        which="która" if person.gender == "f" else "który", a=person.a,
    )  # fmt: skip
    said = f"'{joined.strip()}' a person" + (" with a post" if "," in tail else "")
    said = second_role.split()[0] if second else said
    keys = (body, declined(head, unit, "nom"))
    return Case(text, f"{first_role} | {said} | {kind}", keys=keys, people=(person, other))


def both_posts(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    held = set().union(*(bodies for bodies, _ in posts_of(ctx, case.people[0])))
    ok = all(held & iris(ctx, k) for k in case.keys)
    return ok, f"posts in {list(case.keys)}; {sorted(map(short, held))}"


def one_post(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    """No second post for the first person (after ', i' the first kept); none in the first body
    for the other."""
    mine, theirs = ([b for b, _ in posts_of(ctx, p)] for p in case.people)
    ok = len(mine) <= 1 and not any(m & iris(ctx, case.keys[1]) for m in mine)
    ok = ok and not any(t & iris(ctx, case.keys[0]) for t in theirs)
    if "', i'" in case.template:
        ok = ok and len(mine) == 1 and bool(mine[0] & iris(ctx, case.keys[0]))
    return ok, f"no second post, none in {case.keys[1]!r}; {mine}, theirs {theirs}"


def test_a_second_post_joined_in_the_apposition(pages: Pages) -> None:
    label = "'Anna Nowak, przewodnicząca Rady X i zastępczyni dyrektora Wydziału Y …': two posts"
    value, results, parts = rated(pages, label, two_posts_case, both_posts)
    breakdown("by the second role", results, column(parts, 1))
    breakdown("by the first body", results, column(parts, 2))
    bodies = {"a made-up body", "the Union's team"}
    read = share("  but 'Rady ds. X'", results, column(parts, 2), bodies)
    assert value >= 0.98  # measured 100% after the mend below (81.2% before; fa375d3 0%)
    assert read >= 0.98  # measured 100% (fa375d3 0%)


def test_a_person_after_the_first_post_is_no_second_post(pages: Pages) -> None:
    label = "negative: 'Jan Kos, przewodniczący Rady X i Anna Nowak': no second post"
    value, results, parts = rated(pages, label, partial(two_posts_case, second=False), one_post)
    breakdown("by the other person", results, column(parts, 1))
    assert value >= NEGATIVE  # measured 100% (fa375d3 100%)
