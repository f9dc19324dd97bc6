"""Four rules on forms they were not written from: a post after the body a person comes from, a
table of members with their posts, a city inside a document's name, a Polish name in brackets
on an English page.

1. "Joanna Kos z Urzędu Miasta Łodzi, koordynatorka Fundacji X": a person, "z"/"ze" + the body
   they come from, a comma, a role noun and another body: the person holds a post in the second
   body. Where the second body is a unit ("dyrektorka Wydziału Polityki Społecznej") and the first
   a city's office, the unit is one of that office (its IRI has the office's prefix), also on a
   page placed in another city. Offices are the reference's in the genitive, people SGJP's (men
   and women), role nouns put into the nominative of the person's gender by morfeusz2, units a
   head (Wydział, Biuro, Referat) and subjects generated in the genitive, NGOs made up. Negative
   control: "Anna Nowak z Urzędu Miasta Krakowa, Jan Kowalski z Fundacji X" (a second person, no
   role) gives nobody a post.
2. A table "| Miasto | Imię i nazwisko | Stanowisko / komórka organizacyjna |" (the body column
   headed "Stanowisko", "Funkcja", "Komórka organizacyjna", "Position", "Unit", …) whose cell
   is "kierowniczka Referatu X, Wydział Y", "dyrektor Wydziału Z" or "inspektorka Biura W, Urząd
   Miasta …": the row's person holds a post in the first body of the cell, a unit no office owns
   in the cell is a unit of the office of the row's city, and under "## Członkowie Zespołu" (on a
   page that names the Team) each row's person is a member of the Team. Each city is in a table
   once (two cities' units of one name would share one IRI, a known limitation). Negative
   controls, on tables of two rows (one with a post, one with a body only) under a heading that
   is not about members ("## Kontakty"): nobody is a member of the Team; a cell with no role noun
   ("Fundacja X", "Wydział Y") makes the person a member of the body, with no post.
3. A city inside a document's or programme's name: in the nominative after the name's adjective
   ("Programu Otwarty Kraków" -> "Program Otwarty Kraków", "Strategią Gościnna Łódź") or in the
   genitive after a genitive complement ("Strategii Rozwoju Krakowa", "Planu Integracji
   Cudzoziemców Gdańska", "Programu Rozwoju Społecznego Lublina"): the name runs through the
   city. Heads (program, strategia, polityka, plan) are put into every case by morfeusz2,
   adjectives agree with the city, complements are generated in the genitive. Negative control:
   "Rada Miasta Krakowa …, Urząd Miasta Krakowa …" make no document, and the office is still the
   reference office.
4. On an English page, a body, venue or programme named in English with its Polish name in
   brackets ("the Sąsiedzi Foundation (Fundacja Sąsiedzi)", "the Multicultural Centre in Kraków
   (Centrum Wielokulturowe w Krakowie)", "the Wielopolski Palace (Pałac Wielopolskich)", "the
   Department of Social Policy of the Kraków City Office (Wydział Polityki Społecznej)", "the
   Open Kraków Programme (Program Otwarty Kraków)"): one node, the Polish name its Polish label,
   the English its English one. Pairs are made from parts with their translations: Polish heads
   and SGJP nouns, adjectives agreeing with them, genitive complements, families' names in the
   genitive plural (morfeusz2); cities the reference's, in their English labels. Negative
   controls: an English bracket ("(see below)", "(IOM)", the name's acronym) changes no label;
   on a Polish page the rule does not run.

Cases are drawn by hypothesis from seeds (tests/relations_templates.cases), 210 a rule (the
tables of the negative controls have two rows, the others three); the rate each rule holds at is
printed with the failures (pytest -s), and each bar is the rate measured less about two points.
When the test was written these forms failed, and the rules were then mended for them (they are
Polish as pages write it, kept in the cases): a unit named "… <adjective> i Polityki Społecznej"
("Wydział Spraw Społecznych i Polityki Społecznej" was read as "Wydział Spraw Społecznych"); the
heading "## Skład zespołu" (the Team's word in lower case after "Skład"); a genitive city after a
complement's adjective ("Strategia Rozwoju Gospodarczego Krakowa"); in brackets, a Polish name
with no Polish letter or ending ("Stowarzyszenie Rajer"), an English name with "Łódź" in it
("the Friendly Łódź Strategy"), and a unit "of the Cracow City Office" (the English exonym: the
office's English name was taken for the unit's).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import pytest

from tests.pages_templates import TEAM, genitive, person_of, slug, z
from tests.relations_pages import (
    Pages,
    checked,
    holds,
    holds_post_in,
    labelled,
    measured,
    objects,
    person_iri,
)
from tests.relations_templates import (
    CASES,
    ID,
    NEGATIVE,
    UMP,
    Named,
    Person,
    capitalise,
    cases,
    cities,
    city_in_english,
    date_of,
    draw,
    form,
    generated,
    name_pools,
    office_of,
    organisations,
    phrase_forms,
    rate,
    readings,
    tallied,
    title_nouns,
    w,
)
from ump_kg.extract.context import DocumentContext

MANY = 210  # cases a rule (at least 200 remain)


# --- generated parts ---------------------------------------------------------------------------


def office_named(city: Named) -> Named:
    return next(o for o in organisations() if o.iri == office_of(city))


def genitive_phrase(noun: str, number: str, adjective: str | None = None) -> str:
    """'Polityki Społecznej', 'Spraw Społecznych', 'Zdrowia': a noun (and its adjective) in the
    genitive, as morfeusz2 makes them."""
    head = genitive(noun, number)
    if adjective is None:
        return head
    gender = gender_of_lexeme(noun)
    made = form(adjective, "adj", number, "gen", gender if number == "sg" else None)
    assert made, adjective
    return f"{head} {capitalise(made)}"


def gender_of_lexeme(noun: str) -> str:
    found = [parts[3][0] for lexeme, parts, _ in readings(noun) if parts[0] == ["subst"]]
    assert found, noun
    return found[0]


# (noun, number, adjective or None, English): what a unit of an office deals with
SUBJECTS = (
    ("polityka", "sg", "społeczny", "Social Policy"),
    ("sprawa", "pl", "społeczny", "Social Affairs"),
    ("zdrowie", "sg", None, "Health"),
    ("edukacja", "sg", None, "Education"),
    ("kultura", "sg", None, "Culture"),
    ("rozwój", "sg", "społeczny", "Social Development"),
    ("partycypacja", "sg", "społeczny", "Social Participation"),
    ("dialog", "sg", "obywatelski", "Civic Dialogue"),
    ("przedsiębiorczość", "sg", None, "Entrepreneurship"),
    ("współpraca", "sg", "międzynarodowy", "International Cooperation"),
    ("bezpieczeństwo", "sg", None, "Security"),
)
# an activity and whom it is for: 'Integracji Cudzoziemców'
ACTIVITIES = ("integracja", "obsługa", "wsparcie")
PEOPLE_SERVED = ("cudzoziemiec", "migrant", "mieszkaniec", "uchodźca")


def subject_of(rng: random.Random) -> str:
    """What a unit deals with, in the genitive: one subject ('Polityki Społecznej'), two joined
    with 'i' ('Zdrowia i Spraw Społecznych'), or an activity and whom it serves ('Integracji
    Cudzoziemców')."""
    how = rng.randrange(3)
    if how == 0:
        return genitive_phrase(*rng.choice(SUBJECTS)[:3])
    if how == 1:
        one, two = rng.sample(SUBJECTS, 2)
        return f"{genitive_phrase(*one[:3])} i {genitive_phrase(*two[:3])}"
    activity, served = rng.choice(ACTIVITIES), rng.choice(PEOPLE_SERVED)
    return f"{genitive(activity, 'sg')} {genitive(served, 'pl')}"


UNIT_HEADS = ("Wydział", "Biuro", "Referat")


@dataclass(frozen=True)
class Unit:
    head: str
    subject: str

    @property
    def label(self) -> str:
        return f"{self.head} {self.subject}"

    @property
    def gen(self) -> str:
        made = form(self.head.lower(), "subst", "sg", "gen", "m3" if self.head != "Biuro" else "n")
        assert made, self.head
        return f"{capitalise(made)} {self.subject}"


def unit_of(rng: random.Random, heads: tuple[str, ...] = UNIT_HEADS) -> Unit:
    return Unit(rng.choice(heads), subject_of(rng))


NGO_HEADS = ("Fundacja", "Stowarzyszenie", "Towarzystwo")
ACTIONS_EN = {
    "rozwój": "Development",
    "wsparcie": "Support",
    "integracja": "Integration",
    "edukacja": "Education",
    "ochrona": "Protection",
    "promocja": "Promotion",
}
OBJECTS_EN = {
    ("migrant", "pl", None): "Migrant",
    ("cudzoziemiec", "pl", None): "Foreigner",
    ("uchodźca", "pl", None): "Refugee",
    ("imigrant", "pl", None): "Immigrant",
    ("społeczność", "pl", "lokalny"): "Local Community",
    ("kultura", "sg", "ukraiński"): "Ukrainian Culture",
    ("mniejszość", "pl", "narodowy"): "National Minority",
}


@dataclass(frozen=True)
class Ngo:
    label: str
    forms: tuple[tuple[str, str], ...]
    english: str  # its English translation: 'Foundation for Refugee Support'

    def form(self, case: str) -> str:
        return dict(self.forms)[case]

    @property
    def iri(self) -> str:
        return f"{ID}organisation/{slug(self.label)}"


EN_NGO_HEADS = {
    "Fundacja": "Foundation",
    "Stowarzyszenie": "Association",
    "Towarzystwo": "Society",
    "Centrum": "Centre",
}


def ngo_of(rng: random.Random, heads: tuple[str, ...] = NGO_HEADS) -> Ngo:
    """A made-up NGO: a head, an activity and whom it is for ('Fundacja Wsparcia Uchodźców')."""
    while True:
        head = rng.choice(heads)
        action = rng.choice(sorted(ACTIONS_EN))
        obj = rng.choice(sorted(OBJECTS_EN, key=str))
        complement = f"{genitive(action, 'sg')} {genitive_phrase(*obj)}"
        label = f"{head} {complement}"
        forms = phrase_forms(label)
        if forms is not None:
            english = f"{EN_NGO_HEADS[head]} for {OBJECTS_EN[obj]} {ACTIONS_EN[action]}"
            return Ngo(label, forms, english)


# (male, female) role nouns: of a unit of an office, of an NGO
UNIT_ROLES = (
    ("dyrektor", "dyrektorka"),
    ("kierownik", "kierowniczka"),
    ("koordynator", "koordynatorka"),
    ("specjalista", "specjalistka"),
    ("inspektor", "inspektorka"),
    ("pełnomocnik", "pełnomocniczka"),
)
NGO_ROLES = (
    ("prezes", "prezeska"),
    ("dyrektor", "dyrektorka"),
    ("koordynator", "koordynatorka"),
    ("kierownik", "kierowniczka"),
)


def role_of(rng: random.Random, roles: tuple[tuple[str, str], ...], person: Person) -> str:
    """The role noun in the nominative of the person's gender, as morfeusz2 makes it."""
    male, female = rng.choice(roles)
    word = female if person.gender == "f" else male
    made = form(word, "subst", "sg", "nom")
    assert made, word
    return made


def unit_iri(city: Named, unit: Unit) -> str:
    """A city office's unit: the office's IRI and the unit's name."""
    return f"{office_of(city)}-{slug(unit.label)}"


def unit_of_office(ctx: DocumentContext, label: str, office: str) -> bool:
    """A unit of this label the page made is one of the office."""
    return any(office in {str(o) for o in objects(ctx, u, "unitOf")} for u in labelled(ctx, label))


# --- 1. a post after the body the person comes from --------------------------------------------

FROM_FRAMES = (
    "Na spotkaniu wystąpił{a} {who}.",
    "Gościem spotkania był{a} {who}.",
    "{who}, przedstawił{a} wyniki badania.",
    "O działaniach miasta opowiedział{a} {who}.",
    "W debacie udział brał{a} {who}.",
)
ELSEWHERE = (
    "",
    "{date} {where} odbyło się spotkanie miast. ",
    "Spotkanie odbyło się {where}. ",
)


@dataclass(frozen=True)
class FromCase:
    person: Person
    body: str  # the IRI of the body of the post
    office: str  # the office the unit of the post is one of, "" when the body is an NGO
    text: str
    template: str


def from_case(rng: random.Random) -> FromCase:
    home, host = draw(rng, cities(), 2)
    person = person_of(rng, set())
    kind = rng.choice(("office, unit", "office, NGO", "NGO, NGO"))
    came_from = (ngo_of(rng) if kind == "NGO, NGO" else office_named(home)).form("gen")
    if kind == "office, unit":
        unit = unit_of(rng)
        role = role_of(rng, UNIT_ROLES, person)
        post, body, office = f"{role} {unit.gen}", unit_iri(home, unit), office_of(home)
    else:
        target = ngo_of(rng)
        role = role_of(rng, NGO_ROLES, person)
        post, body, office = f"{role} {target.form('gen')}", target.iri, ""
    who = f"{person.nominative} {z(came_from)}, {post}"
    said = rng.choice(FROM_FRAMES).format(who=who, a=person.a)
    # the page is placed in another city than the office's
    scene = rng.choice(ELSEWHERE).format(date=date_of(rng, ranges=False).text, where=w(host))
    return FromCase(person, body, office, capitalise(scene + said), kind)


def post_in_the_second_body(ctx: DocumentContext, case: FromCase) -> tuple[bool, str]:
    ok = holds(ctx, case.person, case.body)
    if case.office:
        ok = ok and case.office in {str(o) for o in objects(ctx, case.body, "unitOf")}
    want = f"{case.person.nominative} post in {slug(case.body)}"
    return ok, want + (f", unitOf {slug(case.office)}" if case.office else "")


def test_a_post_after_the_body_one_comes_from(pages: Pages) -> None:
    results, templates = measured(pages, from_case, post_in_the_second_body, count=MANY)
    assert tallied("'X z Urzędu Miasta Y, dyrektorka Wydziału Z': post", results, templates) >= 0.98


def two_people_case(rng: random.Random) -> FromCase:
    (home,) = draw(rng, cities())
    taken: set[str] = set()
    first, second = person_of(rng, taken), person_of(rng, taken)
    ngo = ngo_of(rng)
    frame = rng.choice(
        (
            "Na spotkaniu wystąpili {who}.",
            "Gośćmi spotkania byli {who}.",
            "{who} przedstawili wyniki badania.",
        )
    )
    who = (
        f"{first.nominative} {z(office_named(home).form('gen'))}, "
        f"{second.nominative} {z(ngo.form('gen'))}"
    )
    return FromCase(first, ngo.iri, "", capitalise(frame.format(who=who)), "two people")


def nobody_holds_a_post(ctx: DocumentContext, case: FromCase) -> tuple[bool, str]:
    return not any(f.p == UMP + "holds" for f in ctx.facts), "no post"


def test_a_second_person_is_no_post(pages: Pages) -> None:
    results, _ = measured(pages, two_people_case, nobody_holds_a_post, count=MANY)
    assert rate("'A z Urzędu …, B z Fundacji X': no post", results) >= NEGATIVE


# --- 2. a table of members with their posts --------------------------------------------------

TABLE_HEADERS = (
    "| Miasto | Imię i nazwisko | Stanowisko / komórka organizacyjna |",
    "| Miasto | Imię i nazwisko | Stanowisko |",
    "| Miasto | Osoba | Funkcja |",
    "| Miasto | Przedstawiciel | Komórka organizacyjna |",
    "| Miasto | Imię i nazwisko | Stanowisko, jednostka |",
    "| City | Name | Position |",
    "| City | Name | Unit |",
)
MEMBER_HEADINGS = (
    "## Członkowie Zespołu",
    "## Skład Zespołu",
    "## Członkowie zespołu",
    "## Skład zespołu",
    "## Członkinie i członkowie Zespołu",
    "### Skład osobowy Zespołu",
    "## Członkowie Zespołu UMP ds. Migracji i Integracji",
)
OTHER_HEADINGS = ("## Kontakty", "## Osoby do kontaktu", "## Dyżury w urzędach", "## Kontakt")
TEAM_INTROS = (
    "Zespół UMP ds. Migracji i Integracji skupia przedstawicieli miast Unii Metropolii Polskich.",
    "W pracach Zespołu Unii Metropolii Polskich ds. Migracji i Integracji uczestniczą urzędnicy "
    "miast członkowskich.",
    "Przedstawiamy urzędników, którzy pracują w Zespole UMP ds. Migracji i Integracji.",
)


@dataclass(frozen=True)
class Row:
    city: Named
    person: Person
    post_in: str  # the label of the body of the post ("" where the cell has no role)
    unit: str  # the label of the unit that is one of the city's office
    member_of: str  # the label of the body the person is a member of, where no role
    cell: str


@dataclass(frozen=True)
class TableCase:
    rows: tuple[Row, ...]
    text: str
    template: str


def row_with_a_role(rng: random.Random, city: Named, taken: set[str], units: set[str]) -> Row:
    person = person_of(rng, taken)
    role = role_of(rng, UNIT_ROLES, person)
    while True:
        how = rng.choice(("referat, wydział", "wydział", "biuro, urząd"))
        if how == "referat, wydział":
            first, last = unit_of(rng, ("Referat",)), unit_of(rng, ("Wydział", "Biuro"))
            cell, owned = f"{role} {first.gen}, {last.label}", last.label
        elif how == "wydział":
            first = unit_of(rng, ("Wydział", "Biuro"))
            cell, owned = f"{role} {first.gen}", first.label
        else:
            first = unit_of(rng, ("Biuro", "Wydział"))
            cell, owned = f"{role} {first.gen}, {office_named(city).label}", first.label
        if first.label not in units and owned not in units:
            units.update({first.label, owned})
            return Row(city, person, first.label, owned, "", cell)


def row_without_a_role(rng: random.Random, city: Named, taken: set[str], units: set[str]) -> Row:
    person = person_of(rng, taken)
    while True:
        body = ngo_of(rng).label if rng.random() < 0.5 else unit_of(rng, ("Wydział", "Biuro")).label
        if body not in units:
            units.add(body)
            return Row(city, person, "", "", body, body)


RowMaker = Callable[[random.Random, Named, set[str], set[str]], Row]


def table_case(
    rng: random.Random,
    headings: tuple[str, ...] = MEMBER_HEADINGS,
    makers: tuple[RowMaker, ...] = (row_with_a_role,) * 3,
) -> TableCase:
    """A table of a row by each maker, each row of another city."""
    taken: set[str] = set()
    units: set[str] = set()
    drawn = draw(rng, cities(), len(makers))
    rows = tuple(make(rng, city, taken, units) for make, city in zip(makers, drawn, strict=True))
    header = rng.choice(TABLE_HEADERS)
    heading = rng.choice(headings)
    lines = [header, "|---|---|---|"]
    lines += [f"| {r.city.label} | {r.person.nominative} | {r.cell} |" for r in rows]
    text = f"{rng.choice(TEAM_INTROS)}\n\n{heading}\n\n" + "\n".join(lines)
    return TableCase(rows, text, f"{heading} / {header}")


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[TableCase, DocumentContext]]:
    made = Pages(tmp_path_factory.mktemp("tables"))
    return [(c, made.extract(c.text)) for c in cases(table_case, MANY)]


def holds_a_post_in(ctx: DocumentContext, row: Row) -> bool:
    """The row's person holds a post in a body of the cell's first body's name, a unit of the
    row's city's office (its IRI has the office's prefix)."""
    who = person_iri(ctx, row.person)
    bodies = [b for b in labelled(ctx, row.post_in) if b.startswith(f"{office_of(row.city)}-")]
    return who is not None and any(holds_post_in(ctx, who, b) for b in bodies)


def posts_of_the_rows(ctx: DocumentContext, case: TableCase) -> tuple[bool, str]:
    ok = all(holds_a_post_in(ctx, r) for r in case.rows)
    return ok, "each row's person holds a post in the cell's first body, of the row's city"


def units_of_the_rows_cities(ctx: DocumentContext, case: TableCase) -> tuple[bool, str]:
    ok = all(unit_of_office(ctx, r.unit, office_of(r.city)) for r in case.rows)
    return ok, "each cell's unit is one of its row's city's office"


def members_of_the_team(ctx: DocumentContext, case: TableCase) -> tuple[bool, str]:
    ok = all(
        (who := person_iri(ctx, r.person)) is not None and TEAM in objects(ctx, who, "memberOf")
        for r in case.rows
    )
    return ok, "each row's person is a member of the Team"


def test_a_tables_role_is_a_post_in_the_cells_first_body(
    tables: list[tuple[TableCase, DocumentContext]],
) -> None:
    results = checked(tables, posts_of_the_rows)
    headers = [c.template.split(" / ")[1] for c, _ in tables]
    # measured 100% (94.3% while a unit whose name ends "… <adjective> i Polityki Społecznej"
    # was cut before "i")
    assert (
        tallied("'| Kraków | Anna Kos | kierowniczka Referatu X, Wydział Y |'", results, headers)
        >= 0.98
    )


def test_a_tables_unit_is_one_of_the_rows_citys_office(
    tables: list[tuple[TableCase, DocumentContext]],
) -> None:
    results = checked(tables, units_of_the_rows_cities)
    assert (
        rate("'| Kraków | … | dyrektor Wydziału X |': the unit of Kraków's office", results) >= 0.98
    )


def test_a_table_under_members_makes_members_of_the_team(
    tables: list[tuple[TableCase, DocumentContext]],
) -> None:
    results = checked(tables, members_of_the_team)
    templates = [c.template.split(" / ")[0] for c, _ in tables]
    # measured 100% (87.1% before "## Skład zespołu", the Team in lower case after "Skład",
    # was read)
    assert tallied("'## Członkowie Zespołu' over the table: members", results, templates) >= 0.98


def contact_case(rng: random.Random) -> TableCase:
    """A table of two rows, one with a post and one with a body only, in either order, under a
    heading that is not about members."""
    makers: tuple[RowMaker, ...] = (row_with_a_role, row_without_a_role)
    return table_case(rng, OTHER_HEADINGS, tuple(rng.sample(makers, 2)))


@pytest.fixture(scope="module")
def contacts(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[TableCase, DocumentContext]]:
    made = Pages(tmp_path_factory.mktemp("contacts"))
    return [(c, made.extract(c.text)) for c in cases(contact_case, MANY)]


def nobody_in_the_team(ctx: DocumentContext, case: TableCase) -> tuple[bool, str]:
    ok = not any(f.p == UMP + "memberOf" and f.o == TEAM for f in ctx.facts)
    return ok, "nobody a member of the Team"


def test_a_table_under_contacts_makes_no_team_members(
    contacts: list[tuple[TableCase, DocumentContext]],
) -> None:
    results = checked(contacts, nobody_in_the_team)
    assert rate("'## Kontakty' over the table: no member of the Team", results) >= NEGATIVE


def member_without_a_post(ctx: DocumentContext, row: Row) -> bool:
    who = person_iri(ctx, row.person)
    if who is None or objects(ctx, who, "holds"):
        return False
    return bool(set(labelled(ctx, row.member_of)) & {str(o) for o in objects(ctx, who, "memberOf")})


def members_without_posts(ctx: DocumentContext, case: TableCase) -> tuple[bool, str]:
    ok = all(member_without_a_post(ctx, r) for r in case.rows if not r.post_in)
    return ok, "the person of a cell with no role a member of the cell's body, with no post"


def test_a_cell_without_a_role_is_membership(
    contacts: list[tuple[TableCase, DocumentContext]],
) -> None:
    results = checked(contacts, members_without_posts)
    assert rate("'| Kraków | Anna Kos | Fundacja X |': member, no post", results) >= 0.97


# --- 3. a city inside a document's name ----------------------------------------------------------

# heads of documents' names and their genders
DOCUMENT_HEADS = {"program": "m3", "strategia": "f", "polityka": "f", "plan": "m3"}
SLOGAN_ADJECTIVES = ("otwarty", "gościnny", "przyjazny", "bezpieczny", "zielony", "aktywny")
NAME_COMPLEMENTS = ("rozwój", "integracja", "promocja", "rewitalizacja", "edukacja", "adaptacja")
COMPLEMENTS_WITH_ADJECTIVES = (
    ("rozwój", "społeczny"),
    ("rozwój", "gospodarczy"),
    ("integracja", "społeczny"),
    ("edukacja", "obywatelski"),
    ("promocja", "gospodarczy"),
)
DOCUMENT_FRAMES = {
    "nom": ("Dokumentem przewodnim jest {name}.", "Od 2019 roku obowiązuje {name}."),
    "gen": ("Miasto realizuje założenia {name}.", "W ramach {name} powstało centrum."),
    "dat": ("Radni przyjrzeli się {name} na sesji.", "Eksperci poświęcili uwagę {name}."),
    "acc": ("Radni przyjęli {name} w 2019 roku.", "Urzędnicy przygotowali {name}."),
    "inst": ("Zgodnie z {name} miasto wspiera cudzoziemców.", "Nad {name} pracowali eksperci."),
    "loc": ("O {name} rozmawiano na spotkaniu.", "W {name} zapisano cele na kolejne lata."),
}


def head_form(head: str, case: str) -> str:
    """A document head's singular form in a case, as morfeusz2 generates it; where SGJP has two
    paradigms with two genitives ("programu", and the rarer "programa"), the one in -u."""
    gender = DOCUMENT_HEADS[head]
    found = [
        orth
        for orth, parts in generated(head)
        if parts[0] == ("subst",) and "sg" in parts[1] and case in parts[2] and gender in parts[3]
    ]
    assert found, (head, case)
    return next((f for f in found if case == "gen" and f.endswith("u")), found[0])


def complement_of(rng: random.Random) -> tuple[str, str]:
    """A genitive complement of a document's name and its kind: 'Rozwoju', 'Integracji
    Cudzoziemców', 'Rozwoju Społecznego'."""
    how = rng.randrange(3)
    if how == 0:
        return genitive(rng.choice(NAME_COMPLEMENTS), "sg"), "genitive after a noun"
    if how == 1:
        served = genitive(rng.choice(PEOPLE_SERVED), "pl")
        return (
            f"{genitive(rng.choice(NAME_COMPLEMENTS), 'sg')} {served}",
            "genitive after two nouns",
        )
    noun, adjective = rng.choice(COMPLEMENTS_WITH_ADJECTIVES)
    return genitive_phrase(noun, "sg", adjective), "genitive after an adjective"


def city_gender(city: Named) -> tuple[str, str]:
    """(number, gender) of the city's name: 'Katowice' is plural."""
    for _, parts, quals in readings(city.label):
        if "nazwa_geograficzna" in quals and parts[0] == ["subst"]:
            return parts[1][0], parts[3][0]
    raise AssertionError(city.label)


@dataclass(frozen=True)
class TitleCase:
    city: Named
    name: str  # the nominative of the whole name
    city_word: str  # the city as the name writes it
    text: str
    template: str


def title_case(rng: random.Random) -> TitleCase:
    (city,) = draw(rng, cities())
    head = rng.choice(sorted(DOCUMENT_HEADS))
    case = rng.choice(CASES)
    word, nominative = head_form(head, case), head_form(head, "nom")
    if rng.random() < 0.5:
        number, gender = city_gender(city)
        adjective = form(rng.choice(SLOGAN_ADJECTIVES), "adj", number, "nom", gender)
        assert adjective
        rest, city_word = f"{capitalise(adjective)} {city.label}", city.label
        kind = "nominative after an adjective"
    else:
        complement, kind = complement_of(rng)
        rest, city_word = f"{complement} {city.form('gen')}", city.form("gen")
    name = f"{capitalise(nominative)} {rest}"
    written = f"{capitalise(word)} {rest}"
    text = rng.choice(DOCUMENT_FRAMES[case]).format(name=written)
    return TitleCase(city, name, city_word, text, f"{head}, {case}, the city in the {kind}")


def named_with_the_city(ctx: DocumentContext, case: TitleCase) -> tuple[bool, str]:
    ok = any(
        (e.cls.endswith("/Document") or "/programme/" in iri)
        and case.city_word in (e.label_pl or "").split()
        for iri, e in ctx.entities.items()
    )
    return ok, f"a document named with {case.city_word!r}: {case.name!r}"


def test_a_city_inside_a_documents_name(pages: Pages) -> None:
    results, templates = measured(pages, title_case, named_with_the_city, count=MANY)
    kinds = [t.rsplit(", ", 1)[-1] for t in templates]
    # measured 100% (88.6% while a genitive city after a complement's adjective, "Strategii
    # Rozwoju Gospodarczego Krakowa", was left out of the name)
    assert tallied("'Programu Otwarty Kraków', 'Strategii Rozwoju Krakowa'", results, kinds) >= 0.98


def council_case(rng: random.Random) -> TitleCase:
    (city,) = draw(rng, cities())
    office = office_named(city)
    text = rng.choice(
        (
            f"Rada Miasta {city.form('gen')} przyjęła uchwałę, a {office.label} ogłosił konkurs.",
            f"Projekt przygotował {office.label}. Rada Miasta {city.form('gen')} go przyjęła.",
            f"Posiedzenie Rady Miasta {city.form('gen')} zwołano na wniosek {office.form('gen')}.",
        )
    )
    return TitleCase(city, "", city.form("gen"), text, "")


def no_document_and_the_office(ctx: DocumentContext, case: TitleCase) -> tuple[bool, str]:
    documents = [e.label_pl for e in ctx.entities.values() if e.cls.endswith("/Document")]
    office = any(m.iri == office_of(case.city) for m in ctx.mentions)
    return not documents and office, "no document; the reference office named"


def test_a_council_and_an_office_are_no_document(pages: Pages) -> None:
    results, _ = measured(pages, council_case, no_document_and_the_office, count=MANY)
    assert rate("'Rada Miasta Krakowa', 'Urząd Miasta Krakowa': no document", results) >= NEGATIVE


# --- 4. a Polish name in brackets on an English page --------------------------------------------

CENTRE_ADJECTIVES = {
    "wielokulturowy": "Multicultural",
    "międzykulturowy": "Intercultural",
    "obywatelski": "Civic",
    "sąsiedzki": "Neighbourhood",
    "młodzieżowy": "Youth",
    "europejski": "European",
}
SLOGANS_EN = {
    "otwarty": "Open",
    "gościnny": "Hospitable",
    "przyjazny": "Friendly",
    "bezpieczny": "Safe",
    "zielony": "Green",
    "aktywny": "Active",
}
PROGRAMME_HEADS = {"Program": "Programme", "Strategia": "Strategy", "Projekt": "Project"}
VENUE_HEADS = {"Pałac": "Palace", "Zamek": "Castle"}
EN_FRAMES = (
    "The meeting was hosted by {np}.",
    "Representatives of {np} took part in the meeting.",
    "The training was organised together with {np}.",
    "Our partners from {np} presented their work.",
)
VENUE_FRAMES = (
    "The conference took place in {np} in {city}.",
    "Participants met at {np} in {city}.",
    "The meeting was held in {np}, {city}.",
)
PROGRAMME_FRAMES = (
    "The city presented {np}.",
    "Since 2016 the city has run {np}.",
    "The meeting discussed {np} and its results.",
)


@dataclass(frozen=True)
class BracketCase:
    polish: str  # the Polish name in brackets
    english_name: str  # the English name as written (without 'the')
    bracket: str  # what the brackets hold
    text: str
    template: str
    english: bool = True  # on an English page


@cache
def families() -> tuple[tuple[str, str], ...]:
    """(singular nominative, plural genitive) of SGJP's -ski/-cki surnames of men: a family's
    palace ('Pałac Wielopolskich', 'the Wielopolski Palace')."""
    found = []
    for word, lexeme in name_pools()["surname-m1"]:
        if word.endswith(("ski", "cki")):
            plural = form(lexeme, "subst", "pl", "gen", "m1")
            if plural:
                found.append((word, plural))
    return tuple(found)


def proper_nouns() -> tuple[str, ...]:
    return tuple(n for n in title_nouns() if n.isalpha())


def named_pair(rng: random.Random, city: Named) -> tuple[str, str, str, str]:
    """(Polish, English, the English phrase as written, its kind)."""
    kind = rng.choice(("proper", "complement", "centre", "unit", "venue", "programme"))
    if kind == "proper":
        head = rng.choice(("Fundacja", "Stowarzyszenie"))
        noun = rng.choice(proper_nouns())
        english = f"{noun} {EN_NGO_HEADS[head]}"
        return f"{head} {noun}", english, f"the {english}", kind
    if kind == "complement":
        ngo = ngo_of(rng, ("Fundacja", "Stowarzyszenie", "Centrum"))
        return ngo.label, ngo.english, f"the {ngo.english}", kind
    if kind == "centre":
        adjective = rng.choice(sorted(CENTRE_ADJECTIVES))
        made = form(adjective, "adj", "sg", "nom", "n")
        assert made
        english = f"{CENTRE_ADJECTIVES[adjective]} Centre"
        polish = f"Centrum {capitalise(made)} {w(city)}"
        return polish, english, f"the {english} in {city_in_english(rng, city)}", kind
    if kind == "unit":
        noun, number, qualifier, english_subject = rng.choice(SUBJECTS)
        polish = f"Wydział {genitive_phrase(noun, number, qualifier)}"
        office = f"the {city_in_english(rng, city)} City Office"
        if rng.random() < 0.5:
            english = f"Department of {english_subject}"
        else:
            english = f"{english_subject} Department"
        return polish, english, f"the {english} of {office}", kind
    if kind == "venue":
        head = rng.choice(sorted(VENUE_HEADS))
        family, plural = rng.choice(families())
        english = f"{family} {VENUE_HEADS[head]}"
        return f"{head} {plural}", english, f"the {english}", kind
    number, gender = city_gender(city)
    adjective = rng.choice(sorted(SLOGANS_EN))
    made = form(adjective, "adj", number, "nom", gender)
    assert made
    head = rng.choice(sorted(PROGRAMME_HEADS))
    english = f"{SLOGANS_EN[adjective]} {city_in_english(rng, city)} {PROGRAMME_HEADS[head]}"
    return f"{head} {capitalise(made)} {city.label}", english, f"the {english}", kind


def acronym(english: str) -> str:
    return "".join(word[0] for word in english.split() if word[:1].isupper())


def bracket_case(
    rng: random.Random, bracket: str | None = None, polish_page: bool = False
) -> BracketCase:
    (city,) = draw(rng, cities())
    polish, english, phrase, kind = named_pair(rng, city)
    if bracket is None:
        inside = polish
    elif bracket == "acronym":
        inside = acronym(english)
    else:
        inside = bracket
    np = f"{phrase} ({inside})"
    if kind == "venue":
        frame = rng.choice(VENUE_FRAMES).format(np=np, city=city_in_english(rng, city))
    elif kind == "programme":
        frame = rng.choice(PROGRAMME_FRAMES).format(np=np)
    else:
        frame = rng.choice(EN_FRAMES).format(np=np)
    return BracketCase(polish, english, inside, frame, kind, not polish_page)


def known_by_both_names(ctx: DocumentContext, case: BracketCase) -> tuple[bool, str]:
    named = [e for e in ctx.entities.values() if e.label_pl == case.polish]
    english_only = [e for e in ctx.entities.values() if e.label_pl == case.english_name]
    ok = (
        len(named) == 1
        and bool(named[0].label_en)
        and named[0].label_en in case.text
        and named[0].label_en != case.polish
        and not english_only
    )
    found = [(e.label_pl, e.label_en) for e in named]
    return ok, f"one node labelled {case.polish!r}@pl, {case.english_name!r}@en; found {found}"


def test_a_polish_name_in_brackets_on_an_english_page(pages: Pages) -> None:
    results, templates = measured(pages, bracket_case, known_by_both_names, count=MANY)
    # measured 99.0% (91.0% while Polish names with no Polish letter or ending, "Stowarzyszenie
    # Rajer", English names with "Łódź" in them and a unit "of the Cracow City Office" failed)
    assert tallied("'the Sąsiedzi Foundation (Fundacja Sąsiedzi)'", results, templates) >= 0.97


ENGLISH_BRACKETS = ("see below", "IOM", "UNHCR", "acronym", "in English", "2019")


def labels(ctx: DocumentContext) -> set[tuple[str, str]]:
    return {(e.label_pl or "", e.label_en or "") for e in ctx.entities.values()}


def test_an_english_bracket_changes_no_label(pages: Pages) -> None:
    results = []
    for case in cases(lambda rng: bracket_case(rng, rng.choice(ENGLISH_BRACKETS)), MANY):
        ctx = pages.english.extract(case.text)
        plain = pages.english.extract(case.text.replace(f" ({case.bracket})", ""))
        ok = labels(ctx) == labels(plain)
        results.append((ok, f"{case.text!r}: labels {sorted(labels(ctx) ^ labels(plain))}"))
    assert rate("'the X Foundation (see below)': labels unchanged", results) >= NEGATIVE


def not_renamed(ctx: DocumentContext, case: BracketCase) -> tuple[bool, str]:
    renamed = [
        e
        for e in ctx.entities.values()
        if e.label_pl == case.polish and e.label_en == case.english_name
    ]
    return not renamed, f"no node {case.polish!r}@pl with {case.english_name!r}@en"


def test_a_polish_page_reads_no_translation(pages: Pages) -> None:
    results, _ = measured(
        pages, lambda rng: bracket_case(rng, polish_page=True), not_renamed, count=MANY
    )
    assert rate("a Polish page: no English label from brackets", results) >= NEGATIVE
