"""Nine rules about posts, bodies and places, from pages restated from real ones, on forms
they were not written from (extract/relations.py, names.py, first_person.py, lists.py,
language/morphology.py).

1. A post named as a function: "funkcję|stanowisko|obowiązki", a role noun in the genitive
   (koordynatora/koordynatorki, dyrektora/dyrektorki, prezesa/prezeski by morfeusz2, the
   holder's gender), a body in the genitive (made-up bodies of tests/pages_templates, the Team
   "Zespołu UMP ds. Migracji i Integracji", a "Wydziału X Urzędu Miasta Y" of a reference
   city, X SGJP genitives), optional words ("od 2019 r.", "do kwietnia 2023 r.", "od 5 maja
   2021 r."), a verb that takes it up (pełni, sprawuje, obejmuje, zajmuje, przejmuje, or the
   past of pełnić, sprawować, zajmować, objąć, przejąć agreeing with the holder, morfeusz2) and
   the person: the person holds a post in the body (role koordynator for a coordinator,
   dyrektor-wydzialu for a Wydział's director). Openers "Z dniem 1 maja 2023 r.", "Od 2020
   roku", "Obecnie" or none. Negative control: the phrase with no person after the verb ("…
   pełni zarząd", "… nadal wakat") and a person before it in another clause ("X przypomniała,
   że funkcję … pełni jej założyciel") give the person no post in the body.
2. A board word between the role and the body and a degree between the body and the name
   ("prezes zarządu Fundacji X dr Piotr Nowacki", "przewodnicząca rady Fundacji X prof. Anna
   Kos", wiceprezes/wiceprezeska zarządu; the board, the degree (dr, dr hab., prof., prof. dr
   hab., mgr, ks., dr inż.) or both) give a post in the body. Negative control: a board, a body
   and a degree with no role noun ("Raport zarządu Fundacji X omówił dr Jan Kos", "Z członkami
   rady … spotkała się prof. …") give no post.
3. "X, dyrektor(ka) Biura <SGJP genitives> Urzędu Miasta <city's genitive>" (a reference
   city; "Urzędu m.st. Warszawy"): the post has the role dyrektor-wydzialu and is in a unit of
   the city's office. Negative control: "dyrektor Biura Unii Metropolii Polskich" or of a
   made-up foundation's Biuro gives no such role. (A Biuro alone on a page about a city is not
   measured.)
4. An association's own body keeps the association's name: heads centrum, biuro, komisja,
   zespół, rada, zarząd (morfeusz2, in the case the sentence governs: tests/
   test_bodies_projects_pages UNIT_FRAMES, verbs agreeing) with SGJP genitives ("Badań i
   Analiz", "Polityki Społecznej"), "ds. …" or an agreeing adjective ("Rady Programowej"),
   then "Unii Metropolii Polskich", half of them with "im. Pawła Adamowicza": a body labelled
   in the nominative without the patron, ump:unitOf the UMP. Negative control: a university's
   unit (Ośrodek, Centrum, Instytut, Katedra, Zakład + SGJP genitives + a university made of a
   head and an SGJP adjective, in every case) is still split from its university.
5. "Laboratorium X Ośrodka Y Uniwersytetu Z" (also "Pracownia", "Zakład" of an Ośrodek, and
   "Laboratorium X Uniwersytetu Z"), in every case: the unit unitOf the centre unitOf the
   university, each labelled in the nominative. Negative control: a lower-case "w laboratorium
   Ośrodka X …" names no body "Laboratorium".
6. "Dolnośląskiego Wojewódzkiego Urzędu Pracy": the sixteen voivodeships' adjectives (the last
   part of "Kujawsko-Pomorski" declined), "Wojewódzki" (also an SGJP surname) and a head (Urząd
   Pracy, Ośrodek Polityki Społecznej / Doskonalenia Nauczycieli / Ruchu Drogowego, Centrum
   Zdrowia Publicznego, Fundusz Ochrony Środowiska i Gospodarki Wodnej) in every case by
   morfeusz2: one body labelled in the nominative, no person "Wojewódzki". Negative control: a
   given name before "Wojewódzki", "Miejska" … ("Jan Wojewódzki, dyrektor Fundacji X, …") is
   still a person.
7. A locative list ("Spotkania odbyły się w Warszawie, Katowicach, Lublinie i Zielonej Górze.")
   of two to four reference cities and one town of several words (seventeen: Zielona Góra,
   Jelenia Góra, Nowy Sącz, Gorzów Wielkopolski, Stalowa Wola, …; noun and adjectives declined
   by morfeusz2) anywhere in it: a Locality labelled with the town in the nominative. Negative
   control: one-word towns (Leszno, Kalisz, Płock …) in the same lists keep their lemma.
8. "i"/"oraz" and a lower-case preposition end a name: "na stronie Fundacji X i na Facebooku",
   "w siedzibie … i w Lublinie", "do … i do Gdańska", "z … i z Fundacją Y", "… i po Poznaniu"
   name no body across "i na", "i w" …. Negative control: "i" between two capitalised genitives
   ("Stowarzyszenia Wspierania Migrantów i Uchodźców") keeps the whole name.
9. A body's kind word alone (Fundacja, Stowarzyszenie, Centrum, Instytut, Ośrodek, Towarzystwo,
   in the genitive), after the page named one body of the kind ("W 2021 roku Centrum X otworzyło
   punkt …", "We Wrocławiu otwarto Centrum X.", "Miasto podpisało umowę z Centrum X."), is that
   body: the person whose role it follows holds a post in it. Negative control: two bodies of
   the kind named before, or the bare word before the body is named: no post in the body.

Each rule is measured over 150 drawn cases (hypothesis, derandomized seeds), each negative
control over 105; the rate is printed with -s, with each wording's share and the failures; each
bar is the rate measured less about two points. Measured when the file was written (main /
base12, the code before the rules): 1. 88.0% / 0% (bodies and the Team 100% / 0%); 2. 100% /
0%; 3. 60.7% / 0% (the apposition "X, dyrektor Biura …" 100% / 0%); 4. 80.0% / 0% (heads other
than "Zarząd" 95.2% / 0%); 5. 100% / 0%; 6. 89.3% / 28.0% (base12 reads the nominative); 7. 76.0%
/ 0% (the other thirteen towns 100% / 0%); 8. 100% / 86.7% ("i na Facebooku" 38/38 / 18/38);
9. 50.7% / 0% (the apposition "X, dyrektorka Centrum" 100% / 0%); every negative control 100% on
both.

Mended after the file was written (posts_before_names reads a unit's owners in the genitive
before the name; the_only_body_of_its_kind lets a person's name follow the kind word): rules 1,
3 and 9 now 100% (their bars raised to 0.98), the misses below them marked.

Known misses, kept among the cases (the bars allow them):
- rule 1 (mended): a Wydział of a city office with a month between ("Funkcję dyrektora Wydziału
  Edukacji Urzędu Miasta Krakowa od stycznia 2018 roku pełni Jan Nowak.") gave no post: 5/23;
- rule 3 (mended): the role before the name ("Spotkanie otworzył dyrektor Biura X Urzędu Miasta
  Y Jan Kos.") gave no post at all, 0/59;
- rule 4: "Zarząd … Unii Metropolii Polskich" is no unit, 0/24, and "Komisja Rewizyjna",
  "Rada Rewizyjna" are missed in some cases (6/48);
- rule 6: "… Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej" names no body, 0/16;
- rule 7: "Ostrowie Wielkopolskim" gives "Ostrowa Wielkopolska", "Tomaszowie Mazowieckim"
  "Tomaszowo Mazowieckie"; "Piotrkowie Trybunalskim" and "Środzie Wielkopolskiej" no such
  Locality: 0/36;
- rule 9 (mended): the role before the name ("Dyrektorka Centrum Katarzyna Jania powitała
  gości.", "… otworzyła dyrektorka Centrum Katarzyna Jania.", the brief's own wording) gave no
  post, 0/74.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from tests.pages_templates import (
    TEAM,
    TEAM_NAMES,
    UMP_ORG,
    Body,
    genitive,
    organisation_iri,
    organisation_of,
    person_of,
    z,
)
from tests.relations_pages import Pages, labelled, measured, objects, person_iri
from tests.relations_templates import (
    MONTHS_GEN,
    NEGATIVE,
    UMP,
    Named,
    Person,
    capitalise,
    cities,
    listed,
    noun_lexeme,
    office_of,
    readings,
    tallied,
    w,
)
from tests.test_bodies_projects_pages import (
    UNIT_FRAMES,
    UnitCase,
    adjective,
    breakdown,
    noun,
    said,
    share,
    split_from_its_university,
    subject_of,
    university_of,
)
from tests.test_events_properties import past
from ump_kg.extract.context import DocumentContext
from ump_kg.language.prepositions import locative_phrase

MANY = 150  # cases a rule (hypothesis may repeat a seed; more than 100 remain)
CONTROL = 105  # cases a negative control


# --- shared: people, roles, posts ----------------------------------------------------------------

# role lexemes: (for a man, for a woman)
ROLES = {
    "koordynator": ("koordynator", "koordynatorka"),
    "dyrektor": ("dyrektor", "dyrektorka"),
    "prezes": ("prezes", "prezeska"),
}


def role_word(role: str, person: Person, case: str = "nom") -> str:
    """The role noun of the person's gender in a case, by morfeusz2 ('koordynatorki')."""
    lexeme = ROLES[role][1] if person.gender == "f" else ROLES[role][0]
    return noun(lexeme, "sg", case, person.gender)


def posts_of(ctx: DocumentContext, person: Person) -> list[tuple[set[str], set[str]]]:
    """(the bodies, the roles) of each post the person holds on the page."""
    who = person_iri(ctx, person)
    if who is None:
        return []
    found = []
    for post in objects(ctx, who, "holds"):
        bodies = {str(o) for o in objects(ctx, str(post), "postIn")}
        roles = {str(o).rsplit("/", 1)[-1] for o in objects(ctx, str(post), "role")}
        found.append((bodies, roles))
    return found


def units_of(ctx: DocumentContext, office: str) -> set[str]:
    return {f.s for f in ctx.facts if f.p == UMP + "unitOf" and str(f.o) == office}


def made_up_body(rng: random.Random, heads: tuple[str, ...] | None = None) -> Body:
    """A made-up body (tests/pages_templates), not a 'Biuro' (read as a unit of another)."""
    body = organisation_of(rng)
    while body.label.split()[0] == "Biuro" or (heads and body.label.split()[0] not in heads):
        body = organisation_of(rng)
    return body


def city_office_gen(city: Named) -> str:
    """'Urzędu Miasta Łodzi', 'Urzędu m.st. Warszawy'."""
    if city.label == "Warszawa":
        return "Urzędu m.st. Warszawy"
    return f"Urzędu Miasta {city.form('gen')}"


# what a city office's unit does: (noun lexeme, number, an adjective or None)
UNIT_SUBJECTS = (
    ("polityka", "sg", "społeczny"),
    ("sprawa", "pl", "społeczny"),
    ("rozwój", "sg", "gospodarczy"),
    ("współpraca", "sg", "międzynarodowy"),
    ("partycypacja", "sg", "społeczny"),
    ("edukacja", "sg", None),
    ("kultura", "sg", None),
    ("zdrowie", "sg", None),
    ("przedsiębiorczość", "sg", None),
    ("dialog", "sg", "obywatelski"),
    ("strategia", "sg", "miejski"),
    ("innowacja", "pl", "społeczny"),
)


def unit_subject(rng: random.Random) -> str:
    """'Polityki Społecznej', 'Spraw Społecznych', 'Kultury' (genitives by morfeusz2)."""
    lexeme, number, adj = rng.choice(UNIT_SUBJECTS)
    found = noun_lexeme(lexeme, None, None)
    assert found
    gender = next(p[3][0] for lx, p, _ in readings(lexeme) if lx == found[0])
    words = [capitalise(noun(lexeme, number, "gen"))]
    if adj:
        words.append(capitalise(adjective(adj, number, "gen", gender)))
    return " ".join(words)


def day_text(rng: random.Random) -> str:
    return f"{rng.randrange(1, 29)} {rng.choice(MONTHS_GEN)} {rng.randrange(2015, 2025)} r."


# --- 1. a post named as a function --------------------------------------------------------------

FUNCTION_WORDS = ("funkcję", "stanowisko", "obowiązki")
# the verb that takes the post up: present forms, or a past lexeme (agreeing with the holder)
PRESENT = ("pełni", "sprawuje", "obejmuje", "zajmuje", "przejmuje")
PAST = ("pełnić", "sprawować", "zajmować", "objąć", "przejąć")
OPENERS = ("", "Z dniem {day} ", "Od {day} ", "Od {year} roku ", "Obecnie ")
BETWEEN = ("", " od {year} r.", " do kwietnia {year} r.", " od stycznia {year} roku", " od {day}")


@dataclass(frozen=True)
class PostCase:
    person: Person
    body: str  # the body's IRI ("" for a unit of the office)
    office: str  # the office a unit is of ("" for a body)
    role: str  # the reference role wanted ("" for none)
    text: str
    template: str


def post_body(rng: random.Random, role: str) -> tuple[str, str, str, str, str]:
    """(the body in the genitive, its IRI, the office of a unit, the role wanted, its kind)."""
    how = rng.randrange(3) if role != "prezes" else 0
    if how == 0 or (how == 2 and role != "dyrektor"):
        body = made_up_body(rng)
        want = "koordynator" if role == "koordynator" else ""
        return body.form("gen"), organisation_iri(body.label), "", want, body.label.split()[0]
    if how == 1 and role == "koordynator":
        return rng.choice(TEAM_NAMES["gen"]), TEAM, "", "koordynator", "the Team"
    if how == 1:
        body = made_up_body(rng)
        return body.form("gen"), organisation_iri(body.label), "", "", body.label.split()[0]
    city = rng.choice(cities())
    unit = f"Wydziału {unit_subject(rng)} {city_office_gen(city)}"
    return unit, "", office_of(city), "dyrektor-wydzialu", "Wydział"


def function_case(rng: random.Random) -> PostCase:
    """'Z dniem 1 maja 2023 r. funkcję koordynatorki Zespołu UMP … obejmuje Marta Kos.'"""
    person = person_of(rng, set())
    role = rng.choice(sorted(ROLES))
    written, body, office, want, kind = post_body(rng, role)
    year = rng.randrange(2015, 2025)
    opener = rng.choice(OPENERS).format(day=day_text(rng), year=year)
    function = rng.choice(FUNCTION_WORDS)
    between = rng.choice(BETWEEN).format(day=day_text(rng), year=year)
    if rng.random() < 0.5:
        verb = rng.choice(PRESENT)
    else:
        verb = past(rng.choice(PAST), "sg", person.gender)
    phrase = f"{function} {role_word(role, person, 'gen')} {written}{between} {verb}"
    text = f"{capitalise(opener + phrase)} {person.nominative}."
    return PostCase(person, body, office, want, text, f"{function} | {kind} | {verb}")


def holds_the_post(ctx: DocumentContext, case: PostCase) -> tuple[bool, str]:
    bodies = {case.body} if case.body else units_of(ctx, case.office)
    ok = any(
        b & bodies and (not case.role or case.role in roles)
        for b, roles in posts_of(ctx, case.person)
    )
    where = case.body.rsplit("/", 1)[-1] or f"a unit of {case.office.rsplit('/', 1)[-1]}"
    return ok, f"{case.person.nominative} holds a post in {where} (role {case.role or 'any'})"


def test_a_post_named_as_a_function(pages: Pages) -> None:
    results, templates = measured(pages, function_case, holds_the_post, count=MANY)
    parts = [t.split(" | ") for t in templates]
    value = tallied(
        "'funkcję koordynatorki Zespołu … obejmuje X': the post", results, [p[1] for p in parts]
    )
    breakdown("by the function word", results, [p[0] for p in parts])
    breakdown("by the verb", results, [p[2] for p in parts])
    kinds = [p[1] for p in parts]
    bodies = share("a body or the Team (not a Wydział)", results, kinds, set(kinds) - {"Wydział"})
    # measured 88.0% (base12 0%): a Wydział of a city office is read 5/23 (a date with a month
    # between, "od stycznia 2018 roku", "do kwietnia 2023 r.", gives no post)
    assert value >= 0.98  # 88.0% when written, 100% since
    assert bodies >= 0.98  # measured 100% (base12 0%)


def not_held_case(rng: random.Random) -> PostCase:
    """'Funkcję … pełni' with no person after it, a person in another clause before it."""
    person = person_of(rng, set())
    role = rng.choice(sorted(ROLES))
    body = made_up_body(rng)
    function = rng.choice(FUNCTION_WORDS)
    verb = rng.choice(PRESENT)
    year = rng.randrange(2015, 2025)
    phrase = f"{function} {role_word(role, person, 'gen')} {body.form('gen')} od {year} r. {verb}"
    how = rng.randrange(3)
    if how == 0:
        text = f"{person.nominative} {past('przypomnieć', 'sg', person.gender)}, że {phrase} jej założyciel."
    elif how == 1:
        text = f"{person.nominative} {past('powitać', 'sg', person.gender)} gości. {capitalise(phrase)} zarząd."
    else:
        text = f"{person.nominative} {past('otworzyć', 'sg', person.gender)} spotkanie, a {phrase} nadal wakat."
    return PostCase(person, organisation_iri(body.label), "", "", text, str(how))


def holds_no_post(ctx: DocumentContext, case: PostCase) -> tuple[bool, str]:
    ok = not any(case.body in b for b, _ in posts_of(ctx, case.person))
    return ok, f"{case.person.nominative} holds no post in {case.body.rsplit('/', 1)[-1]}"


def test_a_function_with_no_holder_after_it(pages: Pages) -> None:
    results, templates = measured(pages, not_held_case, holds_no_post, count=CONTROL)
    value = tallied("'X powiedziała, że funkcję … pełni zarząd': no post", results, templates)
    assert value >= NEGATIVE


# --- 2. a board word and a degree between the role, the body and the name ------------------------

# (role for a man, for a woman, the board it heads)
BOARD_ROLES = (
    ("prezes", "prezeska", "zarządu"),
    ("wiceprezes", "wiceprezeska", "zarządu"),
    ("przewodniczący", "przewodnicząca", "rady"),
)
DEGREES = ("dr", "dr hab.", "prof.", "prof. dr hab.", "mgr", "ks.", "dr inż.")
BOARD_FRAMES = (
    "W spotkaniu udział {wziął} {role} {body} {person}.",
    "Gości {powitał} {role} {body} {person}.",
    "Konferencję {otworzył} {role} {body} {person}.",
)


@dataclass(frozen=True)
class BoardCase:
    person: Person
    body: str  # IRI
    text: str
    template: str


def board_case(rng: random.Random) -> BoardCase:
    """'prezes zarządu Fundacji X dr Piotr Nowacki', 'przewodnicząca rady Fundacji X prof. Anna
    Kos', with the board word, the degree or both."""
    person = person_of(rng, set())
    male, female, board = rng.choice(BOARD_ROLES)
    if person.gender == "f" and male == "wiceprezes" and rng.random() < 0.5:
        female = "wiceprezes"
    body = made_up_body(rng)
    how = rng.choice(("board and degree", "board", "degree"))
    role = female if person.gender == "f" else male
    role += f" {board}" if "board" in how else ""
    degree = f"{rng.choice(DEGREES)} " if "degree" in how else ""
    text = rng.choice(BOARD_FRAMES).format(
        wziął=past("wziąć", "sg", person.gender),
        powitał=past("powitać", "sg", person.gender),
        otworzył=past("otworzyć", "sg", person.gender),
        role=role,
        body=body.form("gen"),
        person=degree + person.nominative,
    )
    return BoardCase(person, organisation_iri(body.label), capitalise(text), how)


def holds_a_post_in_the_body(ctx: DocumentContext, case: BoardCase) -> tuple[bool, str]:
    ok = any(case.body in b for b, _ in posts_of(ctx, case.person))
    return ok, f"{case.person.nominative} holds a post in {case.body.rsplit('/', 1)[-1]}"


def test_a_board_and_a_degree_between_role_body_and_name(pages: Pages) -> None:
    results, templates = measured(pages, board_case, holds_a_post_in_the_body, count=MANY)
    value = tallied("'prezes zarządu Fundacji X dr Piotr Nowacki': the post", results, templates)
    assert value >= 0.98  # measured 100% (base12 0%)


NOT_A_ROLE = (
    "Raport {board} {body} {omówił} {person}.",
    "Sprawozdanie {board} {body} {przedstawił} {person}.",
    "Z członkami {board} {body} {spotkał} się {person}.",
)


def no_role_case(rng: random.Random) -> BoardCase:
    """A board and a body, then a degree and a name, with no role noun before them."""
    person = person_of(rng, set())
    body = made_up_body(rng)
    text = rng.choice(NOT_A_ROLE).format(
        board=rng.choice(("zarządu", "rady")),
        body=body.form("gen"),
        omówił=past("omówić", "sg", person.gender),
        przedstawił=past("przedstawić", "sg", person.gender),
        spotkał=past("spotkać", "sg", person.gender),
        person=f"{rng.choice(DEGREES)} {person.nominative}",
    )
    return BoardCase(person, organisation_iri(body.label), text, text.split()[0])


def no_post_in_the_body(ctx: DocumentContext, case: BoardCase) -> tuple[bool, str]:
    ok = not any(case.body in b for b, _ in posts_of(ctx, case.person))
    return ok, f"{case.person.nominative} holds no post in {case.body.rsplit('/', 1)[-1]}"


def test_a_board_and_a_degree_without_a_role_give_no_post(pages: Pages) -> None:
    results, templates = measured(pages, no_role_case, no_post_in_the_body, count=CONTROL)
    value = tallied("'Raport zarządu Fundacji X omówił dr Jan Kos': no post", results, templates)
    assert value >= NEGATIVE


# --- 3. the director of a city office's Biuro ---------------------------------------------------

BUREAU_FRAMES = (
    "{person}, {role} {bureau}, {otworzył} spotkanie.",
    "Spotkanie {otworzył} {role} {bureau} {person}.",
    "W debacie udział {wziął} {person}, {role} {bureau}.",
)


@dataclass(frozen=True)
class BureauCase:
    person: Person
    office: str  # the city office's IRI ("" where the Biuro is no city office's)
    text: str
    template: str


def bureau_text(rng: random.Random, person: Person, bureau: str) -> tuple[str, str]:
    frame = rng.choice(BUREAU_FRAMES)
    wording = frame.format(
        person="X", role="dyrektor", bureau="Biura …", otworzył="otworzył", wziął="wziął"
    )
    return wording, frame.format(
        person=person.nominative,
        role=role_word("dyrektor", person),
        bureau=bureau,
        otworzył=past("otworzyć", "sg", person.gender),
        wziął=past("wziąć", "sg", person.gender),
    )


def bureau_case(rng: random.Random) -> BureauCase:
    """'Michał Śmiechowicz, dyrektor Biura Rozwoju Gospodarczego Urzędu Miasta Łodzi'."""
    person = person_of(rng, set())
    city = rng.choice(cities())
    bureau = f"Biura {unit_subject(rng)} {city_office_gen(city)}"
    wording, text = bureau_text(rng, person, bureau)
    return BureauCase(person, office_of(city), text, wording)


def a_director_of_department(ctx: DocumentContext, case: BureauCase) -> tuple[bool, str]:
    units = units_of(ctx, case.office)
    ok = any(b & units and "dyrektor-wydzialu" in r for b, r in posts_of(ctx, case.person))
    return ok, f"{case.person.nominative} dyrektor-wydzialu of a unit of {case.office}"


def test_a_city_bureaus_director_directs_a_department(pages: Pages) -> None:
    results, templates = measured(pages, bureau_case, a_director_of_department, count=MANY)
    value = tallied("'dyrektor Biura X Urzędu Miasta Łodzi': dyrektor-wydzialu", results, templates)
    comma = share("X, dyrektor Biura …", results, templates, {t for t in templates if "X," in t})
    # measured 60.7% (base12 0%): "Spotkanie otworzył dyrektor Biura … X." gives no post at all
    assert value >= 0.98  # 60.7% when written, 100% since
    assert comma >= 0.98  # measured 100% (base12 0%)


def other_bureau_case(rng: random.Random) -> BureauCase:
    """'dyrektor Biura Unii Metropolii Polskich', 'dyrektorka Biura Fundacji X'."""
    person = person_of(rng, set())
    if rng.random() < 0.5:
        bureau, kind = "Biura Unii Metropolii Polskich", "the Union"
    else:
        body = made_up_body(rng)
        bureau, kind = f"Biura {body.form('gen')}", body.label.split()[0]
    return BureauCase(person, "", bureau_text(rng, person, bureau)[1], kind)


def no_director_of_department(ctx: DocumentContext, case: BureauCase) -> tuple[bool, str]:
    ok = not any("dyrektor-wydzialu" in r for _, r in posts_of(ctx, case.person))
    return ok, f"{case.person.nominative} no dyrektor-wydzialu"


def test_the_unions_or_a_foundations_bureau_is_no_department(pages: Pages) -> None:
    results, templates = measured(
        pages, other_bureau_case, no_director_of_department, count=CONTROL
    )
    value = tallied("'dyrektor Biura Unii Metropolii Polskich': no such role", results, templates)
    assert value >= NEGATIVE


# --- 4. an association's own body keeps the association's name ----------------------------------

ASSOCIATION_HEADS = {
    "centrum": "n",
    "biuro": "n",
    "komisja": "f",
    "zespół": "m3",
    "rada": "f",
    "zarząd": "m3",
}
# adjectives after a body's head: 'Rada Programowa', 'Komisja Rewizyjna'
BODY_ADJECTIVES = ("programowy", "rewizyjny", "ekspercki", "doradczy", "analityczny", "prasowy")
UNION = "Unii Metropolii Polskich"
PATRON = " im. Pawła Adamowicza"


def association_body(rng: random.Random, case: str) -> tuple[str, str, str]:
    """(the label, the name in the case, its kind): 'Centrum Badań i Analiz Unii Metropolii
    Polskich', 'Komisji ds. Polityki Społecznej Unii …', 'Radą Programową Unii …'."""
    head = rng.choice(sorted(ASSOCIATION_HEADS))
    gender = ASSOCIATION_HEADS[head]
    how = rng.randrange(3)
    if how == 0:
        subject = rng.choice(("Badań i Analiz", unit_subject(rng), subject_of(rng)))
        nominative, written = subject, subject
        kind = "genitive"
    elif how == 1:
        subject = f"ds. {unit_subject(rng)}"
        nominative, written, kind = subject, subject, "ds."
    else:
        adj = rng.choice(BODY_ADJECTIVES)
        nominative = capitalise(adjective(adj, "sg", "nom", gender))
        written = capitalise(adjective(adj, "sg", case, gender))
        kind = "adjective"
    label = f"{capitalise(head)} {nominative} {UNION}"
    text = f"{capitalise(noun(head, 'sg', case))} {written} {UNION}"
    return label, text, f"{head} | {kind}"


@dataclass(frozen=True)
class AssociationCase:
    label: str
    text: str
    template: str


def association_case(rng: random.Random) -> AssociationCase:
    case = rng.choice(sorted(UNIT_FRAMES))
    label, written, kind = association_body(rng, case)
    patron = rng.random() < 0.5
    head = label.split()[0].lower()
    text = said(rng, case, written + (PATRON if patron else ""), ASSOCIATION_HEADS[head])
    return AssociationCase(label, text, f"{kind} | {case} | {'patron' if patron else '-'}")


def the_unions_unit(ctx: DocumentContext, case: AssociationCase) -> tuple[bool, str]:
    named = labelled(ctx, case.label)
    ok = any(UMP_ORG in {str(o) for o in objects(ctx, n, "unitOf")} for n in named)
    return ok, f"{case.label!r} unitOf ump"


def test_an_associations_own_body_keeps_its_name(pages: Pages) -> None:
    results, templates = measured(pages, association_case, the_unions_unit, count=MANY)
    parts = [t.split(" | ") for t in templates]
    value = tallied(
        "'Centrum Badań i Analiz Unii Metropolii Polskich'", results, [p[0] for p in parts]
    )
    breakdown("by the name's shape", results, [p[1] for p in parts])
    breakdown("by the case", results, [p[2] for p in parts])
    breakdown("by the patron", results, [p[3] for p in parts])
    heads = [p[0] for p in parts]
    not_board = share("not 'Zarząd'", results, heads, set(heads) - {"zarząd"})
    # measured 80.0% (base12 0%): "Zarząd … Unii Metropolii Polskich" is no unit (0/24); "Komisja
    # Rewizyjna", "Rada Rewizyjna" in some cases neither
    assert value >= 0.78
    assert not_board >= 0.93  # measured 95.2% (base12 0%)


UNIVERSITY_UNIT_HEADS = {
    "ośrodek": "m3",
    "centrum": "n",
    "instytut": "m3",
    "katedra": "f",
    "zakład": "m3",
}


def university_unit_case(rng: random.Random) -> UnitCase:
    """'Ośrodek Badań nad Migracjami Uniwersytetu Warszawskiego', 'Centrum X Politechniki Y'."""
    head = rng.choice(sorted(UNIVERSITY_UNIT_HEADS))
    case = rng.choice(sorted(UNIT_FRAMES))
    subject = subject_of(rng)
    university = university_of(rng)
    written = f"{capitalise(noun(head, 'sg', case))} {subject} {university.gen}"
    text = said(rng, case, written, UNIVERSITY_UNIT_HEADS[head])
    chain = (f"{capitalise(head)} {subject}", university.label)
    return UnitCase(chain, text, f"{head} | {case}")


def test_a_universitys_unit_is_still_split_from_it(pages: Pages) -> None:
    results, templates = measured(
        pages, university_unit_case, split_from_its_university, count=CONTROL
    )
    value = tallied(
        "'Ośrodek Badań nad Migracjami Uniwersytetu Warszawskiego'",
        results,
        [t.split(" | ")[0] for t in templates],
    )
    assert value >= NEGATIVE


# --- 5. a laboratory, and a research centre's unit ----------------------------------------------

LAB_HEADS = {"laboratorium": "n", "pracownia": "f", "zakład": "m3"}


def laboratory_case(rng: random.Random) -> UnitCase:
    """'Laboratorium X Ośrodka Badań nad Y Uniwersytetu Z' (a unit, its centre, its university),
    or 'Laboratorium X Uniwersytetu Z'; 'Pracownia', 'Zakład' of an Ośrodek too."""
    head = rng.choice(("laboratorium", "laboratorium", "pracownia", "zakład"))
    case = rng.choice(sorted(UNIT_FRAMES))
    subject = subject_of(rng)
    university = university_of(rng)
    label = f"{capitalise(head)} {subject}"
    if head == "laboratorium" and rng.random() < 0.3:
        chain: tuple[str, ...] = (label, university.label)
        parents = [university.gen]
    else:
        centre = subject_of(rng)
        chain = (label, f"Ośrodek {centre}", university.label)
        parents = [f"Ośrodka {centre}", university.gen]
    written = " ".join([capitalise(noun(head, "sg", case)), subject, *parents])
    text = said(rng, case, written, LAB_HEADS[head])
    return UnitCase(
        chain, text, f"{head} > {' > '.join(['centre', 'university'][-len(parents) :])} | {case}"
    )


def test_a_laboratory_of_a_research_centre(pages: Pages) -> None:
    results, templates = measured(pages, laboratory_case, split_from_its_university, count=MANY)
    parts = [t.split(" | ") for t in templates]
    value = tallied(
        "'Laboratorium X Ośrodka Y Uniwersytetu Z': two units", results, [p[0] for p in parts]
    )
    breakdown("by the case", results, [p[1] for p in parts])
    assert value >= 0.98  # measured 100% (base12 0%)


LOWER_LAB = (
    "Zajęcia odbyły się w laboratorium {centre}.",
    "Studenci pracowali w laboratorium {centre}.",
    "Badania prowadzono w laboratoriach {centre}.",
)


@dataclass(frozen=True)
class LabCase:
    text: str
    template: str


def lower_case_lab(rng: random.Random) -> LabCase:
    """'w laboratorium Ośrodka X Uniwersytetu Z': a room, no body 'Laboratorium'."""
    centre = f"Ośrodka {subject_of(rng)} {university_of(rng).gen}"
    frame = rng.choice(LOWER_LAB)
    return LabCase(frame.format(centre=centre), frame.split()[0])


def no_laboratory(ctx: DocumentContext, case: LabCase) -> tuple[bool, str]:
    found = [
        e.label_pl for e in ctx.entities.values() if e.label_pl.lower().startswith("laborator")
    ]
    return not found, f"no body 'Laboratorium'; found {found}"


def test_a_lower_case_laboratory_is_no_body(pages: Pages) -> None:
    results, templates = measured(pages, lower_case_lab, no_laboratory, count=CONTROL)
    value = tallied("'w laboratorium Ośrodka X': no body", results, templates)
    assert value >= NEGATIVE


# --- 6. an adjective between an adjective and its noun ------------------------------------------

VOIVODESHIPS = (
    "dolnośląski", "lubelski", "lubuski", "łódzki", "małopolski", "mazowiecki", "opolski",
    "podkarpacki", "podlaski", "pomorski", "śląski", "świętokrzyski", "wielkopolski",
    "zachodniopomorski", "kujawsko-pomorski", "warmińsko-mazurski",
)  # fmt: skip
# (head lexeme, its gender, what follows it in the genitive)
OFFICES = (
    ("urząd", "m3", "Pracy"),
    ("ośrodek", "m3", "Polityki Społecznej"),
    ("ośrodek", "m3", "Doskonalenia Nauczycieli"),
    ("ośrodek", "m3", "Ruchu Drogowego"),
    ("fundusz", "m3", "Ochrony Środowiska i Gospodarki Wodnej"),
    ("centrum", "n", "Zdrowia Publicznego"),
)


def voivodeship_adjective(lexeme: str, case: str, gender: str) -> str:
    """'Dolnośląskiego', 'Kujawsko-Pomorskiego' (the last part declined by morfeusz2)."""
    first, _, last = lexeme.rpartition("-")
    made = adjective(last, "sg", case, gender)
    return "-".join(capitalise(p) for p in [*([first] if first else []), made])


@dataclass(frozen=True)
class OfficeCase:
    label: str
    text: str
    template: str


def office_case(rng: random.Random) -> OfficeCase:
    """'Dolnośląskiego Wojewódzkiego Urzędu Pracy', 'Mazowieckiemu Wojewódzkiemu Ośrodkowi …' in
    the case the sentence governs."""
    voivodeship = rng.choice(VOIVODESHIPS)
    head, gender, rest = rng.choice(OFFICES)
    case = rng.choice(sorted(UNIT_FRAMES))

    def named(in_case: str) -> str:
        return (
            f"{voivodeship_adjective(voivodeship, in_case, gender)} "
            f"{capitalise(adjective('wojewódzki', 'sg', in_case, gender))} "
            f"{capitalise(noun(head, 'sg', in_case))} {rest}"
        )

    text = said(rng, case, named(case), gender)
    return OfficeCase(named("nom"), text, f"{head} {rest.split()[0]} | {case}")


def one_body_no_surname(ctx: DocumentContext, case: OfficeCase) -> tuple[bool, str]:
    people = [e.label_pl for e in ctx.entities.values() if e.cls == UMP + "Person"]
    ok = bool(labelled(ctx, case.label)) and not any("Wojew" in p for p in people)
    return ok, f"{case.label!r}, no person 'Wojewódzki'"


def test_an_adjective_between_adjective_and_noun(pages: Pages) -> None:
    results, templates = measured(pages, office_case, one_body_no_surname, count=MANY)
    parts = [t.split(" | ") for t in templates]
    value = tallied("'Dolnośląskiego Wojewódzkiego Urzędu Pracy'", results, [p[1] for p in parts])
    breakdown("by the body", results, [p[0] for p in parts])
    # measured 89.3% (base12 28.0%, the nominative only): "… Wojewódzki Fundusz Ochrony
    # Środowiska i Gospodarki Wodnej" names no body (0/16)
    assert value >= 0.87


SURNAME_ADJECTIVES = {"m1": ("Wojewódzki", "Miejski"), "f": ("Wojewódzka", "Miejska")}
SURNAME_FRAMES = (
    "{name}, {role} {body}, {otworzył} spotkanie.",
    "Spotkanie {prowadził} {name}.",
    "Gości {powitał} {name} z {body}.",
)


def surname_case(rng: random.Random) -> OfficeCase:
    """'Jan Wojewódzki, dyrektor Fundacji X, …': a given name before the surname, no noun the
    surname agrees with after it, is still a person."""
    person = person_of(rng, set())
    name = f"{person.nominative.split()[0]} {rng.choice(SURNAME_ADJECTIVES[person.gender])}"
    text = rng.choice(SURNAME_FRAMES).format(
        name=name,
        role=role_word(rng.choice(sorted(ROLES)), person),
        body=made_up_body(rng).form("gen"),
        otworzył=past("otworzyć", "sg", person.gender),
        prowadził=past("prowadzić", "sg", person.gender),
        powitał=past("powitać", "sg", person.gender),
    )
    return OfficeCase(name, text, name.split()[1])


def the_person(ctx: DocumentContext, case: OfficeCase) -> tuple[bool, str]:
    people = [e.label_pl for e in ctx.entities.values() if e.cls == UMP + "Person"]
    return case.label in people, f"the person {case.label!r}"


def test_a_surname_wojewodzki_after_a_given_name_is_a_person(pages: Pages) -> None:
    results, templates = measured(pages, surname_case, the_person, count=CONTROL)
    value = tallied("'Jan Wojewódzki, dyrektor Fundacji X': the person", results, templates)
    assert value >= NEGATIVE


# --- 7. places of several words in a locative list ----------------------------------------------

# towns of several words: (name, the index of its noun)
TOWNS = (
    ("Zielona Góra", 1), ("Jelenia Góra", 1), ("Nowy Sącz", 1), ("Gorzów Wielkopolski", 0),
    ("Nowy Targ", 1), ("Stalowa Wola", 1), ("Biała Podlaska", 0), ("Ostrów Wielkopolski", 0),
    ("Dąbrowa Górnicza", 0), ("Piotrków Trybunalski", 0), ("Tomaszów Mazowiecki", 0),
    ("Ruda Śląska", 0), ("Wodzisław Śląski", 0), ("Mińsk Mazowiecki", 0),
    ("Ostrowiec Świętokrzyski", 0), ("Starogard Gdański", 0), ("Środa Wielkopolska", 0),
)  # fmt: skip
ONE_WORD_TOWNS = ("Leszno", "Kalisz", "Płock", "Elbląg", "Tarnów", "Radom", "Gniezno", "Konin")
LIST_FRAMES = (
    "Podobne punkty działają {places}.",
    "Spotkania odbyły się {places}.",
    "Szkolenia zorganizowano także {places}.",
)


def town_locative(name: str, head: int) -> str:
    """'Zielonej Górze', 'Gorzowie Wielkopolskim': the noun (SGJP's lexeme of the town, or of
    the common noun) and the adjectives agreeing with it, by morfeusz2."""
    words = name.split()
    found = noun_lexeme(words[head], "nazwa_geograficzna", None) or noun_lexeme(
        words[head], None, None
    )
    assert found, name
    lexeme, number = found
    gender = next(p[3][0] for lx, p, _ in readings(words[head]) if lx == lexeme)
    made = []
    for index, word in enumerate(words):
        if index == head:
            made.append(capitalise(noun(lexeme, number, "loc")))
        else:
            lemma = next(lx for lx, p, _ in readings(word.lower()) if p[0] == ["adj"])
            made.append(capitalise(adjective(lemma, number, "loc", gender)))
    return " ".join(made)


@dataclass(frozen=True)
class ListCase:
    towns: tuple[tuple[str, str], ...]  # (nominative, as written)
    text: str
    template: str


def town_list_case(rng: random.Random, several: bool = True) -> ListCase:
    """'w Warszawie, Katowicach, Lublinie i Zielonej Górze': two to four reference cities
    and one town of several words (or, `several` false, two of one word)."""
    towns: tuple[tuple[str, str], ...]
    if several:
        name, head = rng.choice(TOWNS)
        towns = ((name, town_locative(name, head)),)
    else:
        towns = tuple((n, town_locative(n, 0)) for n in rng.sample(ONE_WORD_TOWNS, 2))
    items = [c.form("loc") for c in rng.sample(cities(), rng.choice((2, 3, 4)))]
    items += [written for _, written in towns]
    rng.shuffle(items)
    places = locative_phrase(listed(items))
    template = towns[0][0] if several else str(len(items))
    return ListCase(towns, rng.choice(LIST_FRAMES).format(places=places), template)


def localities_in_the_nominative(ctx: DocumentContext, case: ListCase) -> tuple[bool, str]:
    places = {e.label_pl for e in ctx.entities.values() if e.cls == UMP + "Locality"}
    ok = all(n in places for n, _ in case.towns)
    return ok, f"Localities {[n for n, _ in case.towns]}; found {sorted(places)}"


def test_a_place_of_several_words_in_a_list(pages: Pages) -> None:
    results, templates = measured(pages, town_list_case, localities_in_the_nominative, count=MANY)
    value = tallied("'w … i Zielonej Górze': a Locality 'Zielona Góra'", results, templates)
    missed = {"Ostrów Wielkopolski", "Piotrków Trybunalski", "Tomaszów Mazowiecki"}
    read = share(
        "not -ów towns, not Środa",
        results,
        templates,
        set(templates) - missed - {"Środa Wielkopolska"},
    )
    # measured 76.0% (base12 0%): "Ostrowie Wielkopolskim" → "Ostrowa Wielkopolska",
    # "Tomaszowie Mazowieckim" → "Tomaszowo Mazowieckie", "Piotrkowie Trybunalskim", "Środzie
    # Wielkopolskiej" give no such Locality
    assert value >= 0.74
    assert read >= 0.98  # measured 100% (base12 0%)


def test_a_place_of_one_word_in_a_list_keeps_its_lemma(pages: Pages) -> None:
    results, templates = measured(
        pages,
        lambda rng: town_list_case(rng, several=False),
        localities_in_the_nominative,
        count=CONTROL,
    )
    value = tallied("'w … Lesznie i Kaliszu': Localities 'Leszno', 'Kalisz'", results, templates)
    assert value >= NEGATIVE


# --- 8. "i" and a lower-case preposition end a name ---------------------------------------------

SITES = ("Facebooku", "Instagramie", "YouTubie", "LinkedInie")
AND_FRAMES = {
    "na": "Informacje o projekcie są na stronie {body_gen} {i} na {site}.",
    "w": "Szkolenia odbywały się w siedzibie {body_gen} {i} {w_city}.",
    "do": "Delegacja pojechała do {body_gen} {i} do {city_gen}.",
    "z": "Rozmawiano o współpracy z {body_inst} {i} {z_other}.",
    "po": "Uczestnicy przeszli do siedziby {body_gen} {i} po {city_loc}.",
}


@dataclass(frozen=True)
class AndCase:
    label: str
    text: str
    template: str


def and_case(rng: random.Random) -> AndCase:
    """'na stronie Fundacji X i na Facebooku', 'z Fundacją X oraz z Instytutem Y'."""
    body, other = made_up_body(rng), made_up_body(rng)
    city = rng.choice(cities())
    how = rng.choice(sorted(AND_FRAMES))
    i = rng.choice(("i", "i", "oraz"))
    text = AND_FRAMES[how].format(
        body_gen=body.form("gen"),
        body_inst=body.form("inst"),
        i=i,
        site=rng.choice(SITES),
        w_city=w(city),
        city_gen=city.form("gen"),
        city_loc=city.form("loc"),
        z_other=z(other.form("inst")),
    )
    return AndCase(body.label, text, f"{i} {how}")


JOINED = re.compile(r"\s(?:i|oraz)\s+(?:na|w|we|z|ze|do|od|po|przy|u)\s")


def no_name_across_and(ctx: DocumentContext, case: AndCase) -> tuple[bool, str]:
    across = [e.label_pl for e in ctx.entities.values() if JOINED.search(e.label_pl)]
    return not across, f"no name across 'i na'; found {across}"


def test_and_a_preposition_end_a_name(pages: Pages) -> None:
    results, templates = measured(pages, and_case, no_name_across_and, count=MANY)
    value = tallied(
        "'na stronie OBM UW i na Facebooku': no body 'UW i na Facebooku'", results, templates
    )
    # measured 100% (base12 86.7%: "i na Facebooku" 18/38, the rest held already)
    assert value >= 0.98


# objects a name's second genitive joins by "i": (lexeme, number)
JOINED_OBJECTS = (
    ("migrant", "pl"),
    ("uchodźca", "pl"),
    ("cudzoziemiec", "pl"),
    ("repatriant", "pl"),
    ("rodzina", "pl"),
)


def joined_name_case(rng: random.Random) -> AndCase:
    """'Stowarzyszenie Wspierania Migrantów i Uchodźców' in the genitive: one name."""
    head = rng.choice(("Fundacja", "Stowarzyszenie", "Instytut", "Ośrodek", "Centrum"))
    action = genitive(rng.choice(("wsparcie", "pomoc", "integracja", "edukacja")), "sg")
    first, second = rng.sample(JOINED_OBJECTS, 2)
    label = f"{head} {action} {genitive(*first)} i {genitive(*second)}"
    head_gen = capitalise(noun(head.lower(), "sg", "gen"))
    text = f"Informacje są na stronie {label.replace(head, head_gen, 1)}."
    return AndCase(label, text, head)


def the_whole_name(ctx: DocumentContext, case: AndCase) -> tuple[bool, str]:
    return bool(labelled(ctx, case.label)), f"{case.label!r}"


def test_and_a_capitalised_word_go_on_with_a_name(pages: Pages) -> None:
    results, templates = measured(pages, joined_name_case, the_whole_name, count=CONTROL)
    value = tallied(
        "'Stowarzyszenia Wspierania Migrantów i Uchodźców': the whole name", results, templates
    )
    assert value >= NEGATIVE


# --- 9. a body's kind word alone is the only body of its kind ------------------------------------

KINDS = ("Fundacja", "Stowarzyszenie", "Centrum", "Instytut", "Ośrodek", "Towarzystwo")
NAMED_FIRST = (
    "W {year} roku {body_nom} {otworzył} punkt informacyjny dla cudzoziemców {w_city}.",
    "{W_city} otwarto {body_acc}.",
    "Miasto podpisało umowę z {body_inst}.",
)
BARE_FRAMES = {
    "X, dyrektorka Centrum,": "{person}, {role} {kind_gen}, {powitał} gości.",
    "… X, dyrektorka Centrum.": "Gości {powitał} {person}, {role} {kind_gen}.",
    "Dyrektorka Centrum X …": "{Role} {kind_gen} {person} {powitał} gości.",
    "… dyrektorka Centrum X.": "Spotkanie {otworzył} {role} {kind_gen} {person}.",
}


@dataclass(frozen=True)
class BareCase:
    person: Person
    body: str  # IRI
    text: str
    template: str


def first_sentence(rng: random.Random, body: Body) -> str:
    city = rng.choice(cities())
    gender = {"Fundacja": "f", "Stowarzyszenie": "n", "Centrum": "n", "Towarzystwo": "n"}
    return rng.choice(NAMED_FIRST).format(
        year=rng.randrange(2015, 2025),
        body_nom=body.label,
        body_acc=body.form("acc"),
        body_inst=body.form("inst"),
        otworzył=past("otworzyć", "sg", gender.get(body.label.split()[0], "m3")),
        w_city=w(city),
        W_city=capitalise(w(city)),
    )


def bare_sentence(rng: random.Random, person: Person, kind: str) -> tuple[str, str]:
    wording = rng.choice(sorted(BARE_FRAMES))
    role = role_word(rng.choice(sorted(ROLES)), person)
    text = BARE_FRAMES[wording].format(
        person=person.nominative,
        role=role,
        Role=capitalise(role),
        kind_gen=capitalise(noun(kind.lower(), "sg", "gen")),
        powitał=past("powitać", "sg", person.gender),
        otworzył=past("otworzyć", "sg", person.gender),
    )
    return text, wording


def bare_case(rng: random.Random) -> BareCase:
    """'… otwarto Centrum X we Wrocławiu. … Katarzyna Jania, dyrektorka Centrum, …'."""
    body = made_up_body(rng, KINDS)
    person = person_of(rng, set())
    said_bare, wording = bare_sentence(rng, person, body.label.split()[0])
    text = f"{first_sentence(rng, body)} {said_bare}"
    return BareCase(person, organisation_iri(body.label), text, wording)


def test_a_kind_word_alone_is_the_only_body_of_its_kind(pages: Pages) -> None:
    results, templates = measured(pages, bare_case, holds_a_post_in_the_body, count=MANY)
    value = tallied(
        "'… dyrektorka Centrum Katarzyna Jania': a post in the Centrum", results, templates
    )
    comma = share("X, dyrektorka Centrum", results, templates, {t for t in templates if "X," in t})
    # measured 50.7% (base12 0%): the role before the name ("Dyrektorka Centrum Katarzyna Jania
    # powitała gości", "… otworzyła dyrektorka Centrum Katarzyna Jania.") gives no post, 0/74
    assert value >= 0.98  # 50.7% when written, 100% since
    assert comma >= 0.98  # measured 100% (base12 0%)


def two_bodies_case(rng: random.Random) -> BareCase:
    """Two bodies of the kind named before the bare word, or the bare word before the body."""
    body = made_up_body(rng, KINDS)
    kind = body.label.split()[0]
    other = made_up_body(rng, (kind,))
    while other.label == body.label:
        other = made_up_body(rng, (kind,))
    person = person_of(rng, set())
    said_bare, _ = bare_sentence(rng, person, kind)
    if rng.random() < 0.5:
        text = f"{first_sentence(rng, body)} {first_sentence(rng, other)} {said_bare}"
        return BareCase(person, organisation_iri(body.label), text, "two bodies of the kind")
    return BareCase(
        person,
        organisation_iri(body.label),
        f"{said_bare} {first_sentence(rng, body)}",
        "the bare word first",
    )


def test_a_kind_word_alone_with_two_bodies_or_none_before(pages: Pages) -> None:
    results, templates = measured(pages, two_bodies_case, no_post_in_the_body, count=CONTROL)
    value = tallied("two Centra, or 'Centrum' before any: no post", results, templates)
    assert value >= NEGATIVE
