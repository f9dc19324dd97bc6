"""Five rules about bodies, projects and pages, on forms they were not written from.

1. An academic unit named with the body it belongs to ("Ośrodek Badań nad Migracjami
   Uniwersytetu Warszawskiego", "Zakład Socjologii Migracji Instytutu Socjologii", "Pracownia
   X Wydziału Y Uniwersytetu Z") is two bodies (three): the unit, labelled in the nominative, is
   ump:unitOf its university, faculty or institute, labelled in the nominative. Unit heads
   (Ośrodek, Instytut, Centrum, Zakład, Katedra, Pracownia, Laboratorium, Wydział) are put by
   morfeusz2 into the case the sentence governs ("z Instytutu", "w Ośrodku", "przez Pracownię",
   "z Katedrą", "dzięki Zakładowi"); what a unit studies is SGJP nouns and adjectives in the
   genitive ("Socjologii Stosowanej", "Socjologii Migracji", "Badań nad Diasporami", "Studiów
   Europejskich"); universities are a head and an SGJP adjective of a city or region
   ("Uniwersytet Łódzki", "Politechnika Śląska", "Akademia Pomorska") or of a field, with a seat
   ("Uniwersytet Medyczny w Lublinie", which may be labelled without its seat). Negative
   controls: a body whose head is no academic unit ("Biblioteka, Fundacja, Muzeum Uniwersytetu
   Łódzkiego") stays one body, and a university alone is one body, with no ump:unitOf.
2. Under a heading of projects or programmes ("## 3. Projekty realizowane w 2021 roku", "##
   Nasze projekty", "## Zadania publiczne …", "## Programy"), each heading that is only a quoted
   title ("### 3.1. „Szczecińska Kawiarenka Językowa”") names a project (a programme) labelled
   with the title. Titles are SGJP nouns, alone or two joined, with SGJP adjectives agreeing
   with them (morfeusz2); headings are numbered or not, at two levels. An English page's
   headings ("## Projects" over "### “X”") are among the cases. Negative control: the same
   headings under "## Wydarzenia", "## Aktualności", "## Galeria" … name no project.
3. On a body's own page, one that tells in the first person plural ("przeprowadziliśmy",
   "zorganizowałyśmy": an SGJP past form and "-śmy") under its header ("FUNDACJA X Y" in
   capitals, "Fundacja X | Newsletter nr 3/2023 | marzec 2023") or title ("Newsletter Fundacji
   X – marzec 2023", "Sprawozdanie merytoryczne Stowarzyszenia X za rok 2021", the body in the
   genitive by morfeusz2), the bare kind word ("Fundacja jest liderem projektu „P”", "Instytut
   był liderem …", "Od 2020 roku Stowarzyszenie jest liderem …") is that body: the project's
   ump:leader is the body, labelled in title case ("Fundacja X Y") where the header is in
   capitals; "prezeska Fundacji, Anna Kos", "Anna Kos, koordynatorka Fundacji", "Prezeską
   Zarządu Fundacji jest Anna Kos" give a post in it (role nouns of the person's gender and
   case by morfeusz2). On the same pages a funder after an active verb ("Działanie sfinansowała
   Fundacja Z", the verb's gender the funder's, by morfeusz2) is the project's ump:funder.
   Bodies are made up of real heads and genitive complements (tests/pages_templates). Negative
   controls: a page under a body's header that does not speak as "we" (a "we" only in a
   speaker's words), naming another body of the same kind, does not make the header's body the
   leader through the bare word; a project named in capital letters no dictionary reads ("„OCI
   DUWI”", random letters morfeusz2 does not know) keeps its capitals under a capitals header.
4. On an English page, a unit "of the City of X" ("Marek Olszowy, director of the Social
   Assistance and Projects Office of the City of Warsaw") is labelled without the city and is
   ump:unitOf the reference office of the city. Heads Office, Department, Centre, Bureau; the
   subject before the head or after "of"/"for", one or two subjects joined by "and"; cities the
   reference's English labels (Warsaw, Cracow/Kraków, Lodz/Łódź …). Negative control: a role or
   residents "of the City of X" ("the Mayor of the City of Warsaw", "Residents of the City of
   Gdańsk") make no unit.
5. A byline on one line with the date under the headline ("Katarzyna Pilch · 18 września 2023,
   10:27 · Aktualizacja: …", "Jan Nowak | 12.03.2024 | Komentarze: 3") is page furniture: its
   author is no person of the page, while a person the story names is. Authors are SGJP's
   (men, women, double-barrelled surnames); dates are written seven ways, after "·", "|", "•" or
   ",". Negative controls: a name beside a role ("Anna Kos · koordynatorka projektu") or a date
   inside a sentence ("Anna Kos, 12 marca 2024 r., otworzyła spotkanie …") is still a person.

Each rule is measured over at least 200 cases drawn by hypothesis (derandomized seeds), each
negative control over 120; the rate is printed with `-s`, with each wording's share and the
failing pages, and each bar is the rate measured less about two points. Measured when the file
was written (main / the code before the rules): 1. 35.2% / 0% (the wordings the rule reaches,
a unit right before its university or before an institute that is no unit of its own, 91.4% /
0%); 2. 71.9% / 0% (Polish pages 100% / 0%); 3. leader 78.6% / 0% (the body before the verb
100% / 0%), post 74.3% / 0% (without "Zarządu" 100% / 0%), funder 100% / 0%; 4. 100% / 0%;
5. 100% / 0%; every negative control 100% on both.

Misses found when the file was written and mended after: a faculty or institute between the
unit and its university ("Pracowni X Wydziału Y", "Zakładu X Instytutu Y Uniwersytetu Z") made
the faculty (institute) a unit of the unit below it, the wrong way round; an English page's
heading in English quotes ("### “X”" under "## Projects") named no project; an English venue or
council "of the City of X" ("the Museum of the City of Gdańsk") was made a unit of the city's
office (now only a unit's head — Office, Department, Bureau, Centre … — is). Still missed, kept
among the cases: "Laboratorium …" is read as no body; "Liderem projektu „P” jest Fundacja" (the
leader after the verb, also when named in full) gives no leader; "prezeska Zarządu Fundacji,
Anna Kos" (also with the body named in full) gives no post.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
import string
from dataclasses import dataclass
from functools import cache

import pytest

from tests.pages_templates import Body, organisation_iri, organisation_of, person_of, z
from tests.relations_pages import (
    Pages,
    checked,
    labelled,
    measured,
    objects,
    people_found,
    person_iri,
)
from tests.relations_templates import (
    CASES,
    MONTHS_GEN,
    NEGATIVE,
    UMP,
    Named,
    Person,
    capitalise,
    cases,
    cities,
    city_in_english,
    draw,
    form,
    morfeusz,
    office_of,
    rate,
    readings,
    tallied,
    tally,
    title_nouns,
    w,
)
from tests.test_events_properties import past
from ump_kg.extract.context import DocumentContext

MANY = 210  # cases a rule (hypothesis may repeat a seed; at least 200 remain)
CONTROL = 120  # cases a negative control


def breakdown(label: str, results: list[tuple[bool, str]], keys: list[str]) -> None:
    """Print the share of each key (a head, a case) among the results."""
    print(f"  {label}:")
    for key, held, total in tally(results, keys):
        print(f"    {held}/{total}  {key}")


def share(label: str, results: list[tuple[bool, str]], keys: list[str], wanted: set[str]) -> float:
    """The rate over the cases whose key is wanted (the wordings a rule reads), printed."""
    kept = [ok for (ok, _), key in zip(results, keys, strict=True) if key in wanted]
    assert len(kept) >= 50, f"{label}: only {len(kept)} cases"
    value = sum(kept) / len(kept)
    print(f"  {label}: {sum(kept)}/{len(kept)} = {value:.1%}")
    return value


def noun(lemma: str, number: str, case: str, gender: str | None = None) -> str:
    made = form(lemma, "subst", number, case, gender)
    assert made, (lemma, number, case, gender)
    return made


def adjective(lemma: str, number: str, case: str, gender: str) -> str:
    made = form(lemma, "adj", number, case, gender)
    assert made, (lemma, number, case, gender)
    return made


def gender_of_noun(word: str) -> str | None:
    """The gender of a noun read as a nominative singular ('Kawiarenka' -> 'f')."""
    for _, parts, _ in readings(word):
        if parts[0] == ["subst"] and "sg" in parts[1] and "nom" in parts[2]:
            return parts[3][0]
    return None


# --- 1. academic units split from their university ---------------------------------------------

# a unit's head lexeme -> its gender (for a verb agreeing with it)
UNIT_HEADS = {
    "ośrodek": "m3",
    "instytut": "m3",
    "centrum": "n",
    "zakład": "m3",
    "katedra": "f",
    "pracownia": "f",
    "laboratorium": "n",
    "wydział": "m3",
}
# disciplines (all feminine or neuter in the singular) and adjectives that qualify them
DISCIPLINES = {
    "socjologia": "f",
    "politologia": "f",
    "antropologia": "f",
    "pedagogika": "f",
    "demografia": "f",
    "ekonomia": "f",
    "historia": "f",
    "psychologia": "f",
    "geografia": "f",
    "filozofia": "f",
    "etnologia": "f",
    "kulturoznawstwo": "n",
    "prawo": "n",
}
QUALIFIERS = ("stosowany", "społeczny", "kulturowy", "porównawczy", "historyczny", "regionalny")
# what a discipline is of: "Socjologii Migracji", "Socjologii Religii"
STUDIED = ("migracja", "pamięć", "edukacja", "rodzina", "praca", "religia", "kultura")
# "Badań nad Migracjami": the plural instrumental after "nad"
STUDIED_PLURAL = ("migracja", "mniejszość", "diaspora", "uchodźca", "społeczność")
# "Studiów Europejskich", "Badań Migracyjnych": adjectives in the genitive plural
STUDIES = ("europejski", "wschodni", "migracyjny", "regionalny", "miejski", "społeczny")
# universities: adjectives of a city or region after the head; fields before a seat
PLACE_ADJECTIVES = (
    "warszawski", "wrocławski", "łódzki", "gdański", "śląski", "opolski", "rzeszowski",
    "szczeciński", "lubelski", "pomorski", "poznański", "krakowski", "toruński", "kielecki",
    "zielonogórski", "kaliski", "białostocki", "katowicki", "bydgoski", "mazowiecki",
)  # fmt: skip
UNIVERSITY_HEADS = {"uniwersytet": "m3", "politechnika": "f", "akademia": "f"}
# a university named by its field, with its seat: 'Uniwersytet Medyczny w Lublinie'
FIELD_ADJECTIVES = {
    "uniwersytet": ("przyrodniczy", "ekonomiczny", "medyczny", "pedagogiczny"),
    "akademia": ("medyczny", "pedagogiczny", "ekonomiczny", "muzyczny"),
}


@dataclass(frozen=True)
class Declined:
    """A name in the nominative and in each case (after another name, in the genitive)."""

    label: str
    forms: tuple[tuple[str, str], ...]

    def form(self, case: str) -> str:
        return dict(self.forms)[case]

    @property
    def gen(self) -> str:
        return self.form("gen")


def subject_of(rng: random.Random, academic: bool = True) -> str:
    """What a unit studies, in the genitive: 'Socjologii', 'Socjologii Stosowanej', 'Socjologii
    Migracji', and (not for a faculty or an institute) 'Badań nad Migracjami', 'Studiów
    Europejskich', 'Badań Regionalnych'."""
    how = rng.randrange(5 if academic else 3)
    discipline = rng.choice(sorted(DISCIPLINES))
    field = capitalise(noun(discipline, "sg", "gen"))
    if how == 0:
        return field
    if how == 1:
        gender = DISCIPLINES[discipline]
        qualifier = adjective(rng.choice(QUALIFIERS), "sg", "gen", gender)
        return f"{field} {capitalise(qualifier)}"
    if how == 2:
        return f"{field} {capitalise(noun(rng.choice(STUDIED), 'sg', 'gen'))}"
    if how == 3:
        return f"Badań nad {capitalise(noun(rng.choice(STUDIED_PLURAL), 'pl', 'inst'))}"
    studies = capitalise(noun(rng.choice(("studia", "badanie")), "pl", "gen"))
    return f"{studies} {capitalise(adjective(rng.choice(STUDIES), 'pl', 'gen', 'n'))}"


def university_of(rng: random.Random) -> Declined:
    """'Uniwersytet Łódzki', 'Politechnika Śląska', 'Uniwersytet Medyczny w Lublinie', in every
    case (the head and its adjective declined by morfeusz2, the seat as written)."""
    head = rng.choice(sorted(UNIVERSITY_HEADS))
    gender = UNIVERSITY_HEADS[head]
    if head not in FIELD_ADJECTIVES or rng.random() < 0.7:
        place, seat = rng.choice(PLACE_ADJECTIVES), ""
    else:
        place, seat = rng.choice(FIELD_ADJECTIVES[head]), f" {w(rng.choice(cities()))}"
    forms = tuple(
        (
            case,
            f"{capitalise(noun(head, 'sg', case))} "
            f"{capitalise(adjective(place, 'sg', case, gender))}{seat}",
        )
        for case in CASES
    )
    return Declined(dict(forms)["nom"], forms)


def faculty_of(rng: random.Random, head: str) -> Declined:
    """A faculty or institute: 'Wydział Nauk Społecznych', 'Instytut Socjologii Stosowanej'."""
    if head == "wydział" and rng.random() < 0.4:
        kind = rng.choice(("społeczny", "humanistyczny", "polityczny", "ekonomiczny", "prawny"))
        subject = f"Nauk {capitalise(adjective(kind, 'pl', 'gen', 'f'))}"
    else:
        subject = subject_of(rng, academic=False)
    forms = tuple((case, f"{capitalise(noun(head, 'sg', case))} {subject}") for case in CASES)
    return Declined(dict(forms)["nom"], forms)


UNIT_FRAMES = {
    "nom": (
        "{U} prowadzi badania nad integracją cudzoziemców.",
        "Raport o sytuacji migrantów {przygotował} {U}.",
    ),
    "gen": (
        "Na spotkaniu wystąpił{a} {person} {z_U}.",
        "Przedstawiciele {U} zaprezentowali wyniki badań.",
    ),
    "dat": ("Dzięki {U} powstał raport o migracji.", "Miasto przyznało {U} grant badawczy."),
    "acc": (
        "Miasto zaprosiło {U} do współpracy.",
        "Raport przygotowany przez {U} omówiono na sesji rady miasta.",
    ),
    "inst": (
        "Miasto podpisało umowę z {U}.",
        "Urzędnicy spotkali się z {U} w sprawie badań.",
    ),
    "loc": ("{W_U} odbyło się seminarium o migracji.", "Seminarium odbyło się {w_U}."),
}
PARENTS = ("university", "faculty, university", "institute, university", "faculty", "institute")


@dataclass(frozen=True)
class UnitCase:
    chain: tuple[str, ...]  # labels in the nominative: the unit, then each body it is one of
    text: str
    template: str


def said(rng: random.Random, case: str, written: str, gender: str) -> str:
    """A sentence naming `written` (a name in `case`), its verb agreeing with the name's head."""
    person = person_of(rng, set())
    frame = rng.choice(UNIT_FRAMES[case])
    return frame.format(
        U=written,
        z_U=z(written),
        w_U=w(Named("", written, (("loc", written),))),
        W_U=capitalise(w(Named("", written, (("loc", written),)))),
        person=person.nominative,
        a=person.a,
        przygotował=past("przygotować", "sg", gender),
    )


def unit_case(rng: random.Random) -> UnitCase:
    head = rng.choice(sorted(UNIT_HEADS))
    parents = rng.choice(PARENTS)
    if head == "wydział":
        parents = "university"  # (a faculty is a university's)
    elif head == "instytut":
        parents = parents.replace("institute", "faculty")  # (an institute's is no institute)
    case = rng.choice(sorted(UNIT_FRAMES))
    subject = subject_of(rng)
    chain: list[Declined] = [Declined(f"{capitalise(head)} {subject}", ())]
    for parent in parents.split(", "):
        if parent == "university":
            chain.append(university_of(rng))
        else:
            chain.append(faculty_of(rng, "wydział" if parent == "faculty" else "instytut"))
    written = " ".join([capitalise(noun(head, "sg", case)), subject, *(p.gen for p in chain[1:])])
    text = said(rng, case, written, UNIT_HEADS[head])
    kind = " > ".join(["unit", *parents.split(", ")])
    return UnitCase(tuple(p.label for p in chain), text, f"{kind} | {head} | {case}")


def named(ctx: DocumentContext, label: str) -> list[str]:
    """The bodies the page labels so; a name that ends in its seat ('Uniwersytet Medyczny w
    Lublinie') may be labelled without it (the register's name, the seat an ump:inCity)."""
    seat = re.search(r" we? [A-ZŁŚŻŹĆ]\w+$", label)
    return labelled(ctx, label) + (labelled(ctx, label[: seat.start()]) if seat else [])


def one_of(ctx: DocumentContext, child: str, parent: str) -> bool:
    """A body the page labels `child` is ump:unitOf one it labels `parent`."""
    parents = set(named(ctx, parent))
    return any(parents & {str(o) for o in objects(ctx, c, "unitOf")} for c in named(ctx, child))


def split_from_its_university(ctx: DocumentContext, case: UnitCase) -> tuple[bool, str]:
    ok = all(one_of(ctx, a, b) for a, b in itertools.pairwise(case.chain))
    return ok, " unitOf ".join(repr(label) for label in case.chain)


def test_an_academic_unit_is_one_of_its_university(pages: Pages) -> None:
    results, templates = measured(pages, unit_case, split_from_its_university, count=MANY)
    parts = [t.split(" | ") for t in templates]
    value = tallied(
        "'Instytut Socjologii Uniwersytetu Łódzkiego': the unit unitOf the university",
        results,
        [p[0] for p in parts],
    )
    breakdown("by the unit's head", results, [p[1] for p in parts])
    breakdown("by the case", results, [p[2] for p in parts])
    reached = share(
        "a unit right before its university, or an institute with no university after it",
        results,
        [p[0] for p in parts],
        {"unit > university", "unit > institute"},
    )
    # measured 89.0% (base11 0%; 35.2% while a faculty or institute in between, "Pracowni X
    # Wydziału Y [Uniwersytetu Z]", was made a unit of the unit below it); "Laboratorium …" is
    # read as no body
    assert value >= 0.87
    assert reached >= 0.89  # measured 91.4% (the misses are "Laboratorium …"; base11 0%)


NOT_ACADEMIC = {"biblioteka": "f", "fundacja": "f", "muzeum": "n"}


def whole_case(rng: random.Random) -> UnitCase:
    """A body whose head is no academic unit ('Biblioteka Uniwersytetu Łódzkiego'), or a
    university alone ('Uniwersytet Łódzki')."""
    case = rng.choice(sorted(UNIT_FRAMES))
    university = university_of(rng)
    if rng.random() < 0.3:
        gender = UNIVERSITY_HEADS[university.label.split()[0].lower()]
        text = said(rng, case, university.form(case), gender)
        return UnitCase((university.label,), text, "a university")
    head = rng.choice(sorted(NOT_ACADEMIC))
    label = f"{capitalise(head)} {university.gen}"
    written = f"{capitalise(noun(head, 'sg', case))} {university.gen}"
    return UnitCase((label,), said(rng, case, written, NOT_ACADEMIC[head]), head)


def kept_whole(ctx: DocumentContext, case: UnitCase) -> tuple[bool, str]:
    ok = bool(named(ctx, case.chain[0])) and not any(f.p == UMP + "unitOf" for f in ctx.facts)
    return ok, f"one body {case.chain[0]!r}, no unitOf"


def test_a_library_of_a_university_or_a_university_stays_whole(pages: Pages) -> None:
    results, templates = measured(pages, whole_case, kept_whole, count=CONTROL)
    value = tallied("'Biblioteka Uniwersytetu Łódzkiego', 'Uniwersytet Łódzki'", results, templates)
    assert value >= NEGATIVE


# --- 2. projects under a projects heading ------------------------------------------------------

TITLE_ADJECTIVES = (
    "szczeciński", "łódzki", "gdański", "lubelski", "wspólny", "otwarty", "sąsiedzki",
    "językowy", "wielokulturowy", "międzykulturowy", "przyjazny", "nowy", "zielony", "dobry",
)  # fmt: skip


@cache
def gendered_nouns() -> tuple[tuple[str, str], ...]:
    """SGJP's common nouns (tests/relations_templates.title_nouns) with their gender."""
    found = []
    for word in title_nouns():
        gender = gender_of_noun(word)
        if gender is not None:
            found.append((word, gender))
    return tuple(found)


def title_of(rng: random.Random) -> str:
    """A project's title: 'Szczecińska Kawiarenka Językowa', 'Przystań i Kompas', 'Dom –
    Spotkanie', 'Wspólny Ogród'; adjectives agree with the noun (morfeusz2)."""
    how = rng.randrange(4)
    (word, gender), (other, _) = rng.sample(gendered_nouns(), 2)
    if how == 0:
        return f"{word} i {other}"
    if how == 1:
        return f"{word} – {other}"
    first, second = rng.sample(TITLE_ADJECTIVES, 2)
    before = capitalise(adjective(first, "sg", "nom", gender))
    if how == 2:
        return f"{before} {word}"
    return f"{before} {word} {capitalise(adjective(second, 'sg', 'nom', gender))}"


# headings over quoted titles -> what the titles under them are ("" for no initiative)
HEADINGS = {
    **dict.fromkeys(
        (
            "Projekty realizowane w {year} roku",
            "Projekty",
            "Nasze projekty",
            "Zrealizowane projekty",
            "Projekty w {year} r.",
            "Projekty zrealizowane w latach {year}–{next}",
            "Zadania publiczne realizowane w {year} roku",
            "Realizowane projekty i działania",
        ),
        "Project",
    ),
    **dict.fromkeys(
        ("Programy", "Nasze programy", "Programy realizowane w {year} roku", "Programy miejskie"),
        "Programme",
    ),
}
EN_HEADINGS = {
    **dict.fromkeys(
        ("Projects", "Our projects", "Projects implemented in {year}", "Completed projects"),
        "Project",
    ),
    **dict.fromkeys(("Programmes", "Our programmes"), "Programme"),
}
OTHER_HEADINGS = dict.fromkeys(
    ("Wydarzenia", "Aktualności", "Galeria", "Spotkania", "Relacje z wydarzeń"), ""
)
SECTION_TEXTS = (
    "Zajęcia odbywały się co tydzień {where}.",
    "Uczestniczyło w nich {n} osób.",
    "Spotkania prowadzili wolontariusze i wolontariuszki.",
    "Wzięło w nim udział {n} uczestników z {n2} krajów.",
)
EN_SECTION_TEXTS = (
    "Classes were held every week {where}.",
    "{n} people took part.",
    "The meetings were run by volunteers.",
    "{n} participants from {n2} countries took part.",
)


@dataclass(frozen=True)
class HeadingCase:
    titles: tuple[str, ...]
    kind: str  # Project | Programme | "" (under another heading)
    text: str
    template: str
    english: bool = False


def heading_case(
    rng: random.Random, headings: dict[str, str] = HEADINGS, english: bool = False
) -> HeadingCase:
    """A heading (numbered or not) over two or three headings that are only a quoted title,
    each over a sentence; an English page quotes in English (“…”)."""
    year = rng.randrange(2015, 2024)
    heading = rng.choice(sorted(headings))
    level = rng.choice((1, 2))
    number = rng.randrange(1, 7)
    numbered = rng.random() < 0.6
    above = "#" * (level + 1) + " " + (f"{number}. " if numbered else "")
    intro = (
        f"In {year} the city supported NGOs."
        if english
        else f"W {year} roku miasto wspierało organizacje pozarządowe."
    )
    lines = [intro, above + heading.format(year=year, next=year + 1)]
    titles: list[str] = []
    opening, closing = ("“", "”") if english else ("„", "”")
    for index in range(rng.choice((2, 3))):
        title = title_of(rng)
        while title in titles:
            title = title_of(rng)
        titles.append(title)
        mark = rng.choice((f"{number}.{index + 1}. ", f"{number}.{index + 1} "))
        under = "#" * (level + 2) + " " + (mark if numbered else "")
        city = rng.choice(cities())
        said_text = rng.choice(EN_SECTION_TEXTS if english else SECTION_TEXTS).format(
            where=f"in {city_in_english(rng, city)}" if english else w(city),
            n=rng.randrange(12, 90),
            n2=rng.randrange(3, 12),
        )
        lines += [f"{under}{opening}{title}{closing}", said_text]
    template = f"{'en' if english else 'pl'}: {heading.split(' ')[0]}"
    return HeadingCase(tuple(titles), headings[heading], "\n\n".join(lines), template, english)


def initiatives_titled(ctx: DocumentContext, title: str) -> list[str]:
    """The classes of the initiatives (projects, programmes) the page labels with the title."""
    return [
        e.cls.rsplit("/", 1)[-1]
        for e in ctx.entities.values()
        if e.label_pl == title and e.cls.rsplit("/", 1)[-1] in ("Project", "Programme")
    ]


def each_an_initiative(ctx: DocumentContext, case: HeadingCase) -> tuple[bool, str]:
    ok = all(initiatives_titled(ctx, t) == [case.kind] for t in case.titles)
    return ok, f"each of {list(case.titles)} a {case.kind}"


def test_a_quoted_heading_under_projects_is_a_project(pages: Pages) -> None:
    def make(rng: random.Random) -> HeadingCase:
        if rng.random() < 0.2:
            return heading_case(rng, EN_HEADINGS, english=True)
        return heading_case(rng)

    results, templates = measured(pages, make, each_an_initiative, count=MANY)
    value = tallied("'## Projekty' over '### „X”': the project X", results, templates)
    polish = share("Polish pages („…”)", results, templates, {t for t in templates if "pl:" in t})
    # measured 100% (base11 0%; 71.9% before an English page's “…” heading was read)
    assert value >= 0.98
    assert polish >= 0.98  # measured 100% (base11 0%)


def no_initiative(ctx: DocumentContext, case: HeadingCase) -> tuple[bool, str]:
    found = {t: initiatives_titled(ctx, t) for t in case.titles}
    return not any(found.values()), f"no project or programme; found {found}"


def test_a_quoted_heading_under_other_headings_is_no_project(pages: Pages) -> None:
    results, templates = measured(
        pages, lambda rng: heading_case(rng, OTHER_HEADINGS), no_initiative, count=CONTROL
    )
    value = tallied("'## Wydarzenia' over '### „X”': no project", results, templates)
    assert value >= NEGATIVE


# --- 3. a body's own first-person page names itself bare -------------------------------------

# heads a body may be named bare by on its own page -> their gender
BARE_HEADS = {
    "Fundacja": "f",
    "Stowarzyszenie": "n",
    "Instytut": "m3",
    "Ośrodek": "m3",
    "Centrum": "n",
    "Towarzystwo": "n",
}
HEADER_KINDS = ("capitals", "newsletter line", "newsletter title", "report title")
MONTHS_NOM = (
    "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad "
    "grudzień"
).split()
# (verb lexeme, its object): what "we" did
WE_DID = (
    ("przeprowadzić", "szkolenia dla cudzoziemców"),
    ("zorganizować", "spotkania integracyjne"),
    ("zrealizować", "kampanię informacyjną"),
    ("przygotować", "raport o sytuacji migrantów"),
    ("udzielić", "porad prawnych"),
    ("wydać", "przewodnik dla cudzoziemców"),
)
FUNDING = ("sfinansować", "współfinansować", "dofinansować")
FUNDED_THINGS = ("Działanie", "Projekt", "Zadanie", "Całość", "Warsztaty", "Przedsięwzięcie")


def bare_body(rng: random.Random) -> Body:
    body = organisation_of(rng)
    while body.label.split()[0] not in BARE_HEADS:
        body = organisation_of(rng)
    return body


def we_did(rng: random.Random) -> str:
    """'przeprowadziliśmy szkolenia', 'zorganizowałyśmy spotkania': the first person plural of
    the past, a past form made by morfeusz2 and the agglutinate '-śmy'."""
    lexeme, what = rng.choice(WE_DID)
    gender = rng.choice(("m1", "f"))
    return f"{past(lexeme, 'pl', gender)}śmy {what}"


@cache
def acronym_words() -> tuple[str, ...]:
    """Capital letters no dictionary reads as a word (morfeusz2 'ign' when capitalised)."""
    rng = random.Random(20260417)
    found: list[str] = []
    while len(found) < 60:
        word = "".join(rng.choice(string.ascii_uppercase) for _ in range(rng.choice((3, 4, 5))))
        known = any(tag != "ign" for _, _, (_, _, tag, _, _) in morfeusz().analyse(word.title()))
        if not known and word not in found:
            found.append(word)
    return tuple(found)


@dataclass(frozen=True)
class OwnCase:
    body: str  # the body's label (title case)
    project: str
    funder: str
    text: str
    title: str
    template: str
    person: Person | None = None


LIDEREM = "Liderem projektu „X” jest Fundacja"
BOARD = "prezeska Zarządu Fundacji, Anna Kos"
BOARD_ROLES = (("prezes", "prezeska"), ("wiceprezes", "wiceprezeska"))
# the wording -> its frame
PERSON_FRAMES = {
    BOARD: "W spotkaniu udział {wziął} {role} Zarządu {kind}, {person}.",
    "prezeska Fundacji, Anna Kos": "W spotkaniu udział {wziął} {role} {kind}, {person}.",
    "Anna Kos, koordynatorka Fundacji": "Projekt koordynuje {person}, {role} {kind}.",
    "Prezeską Zarządu Fundacji jest Anna Kos": "{Role} Zarządu {kind} jest {person}.",
}


def our_person(rng: random.Random, head: str, person: Person) -> tuple[str, str]:
    """A person of the body named bare: 'prezeska Zarządu Fundacji, Anna Kos', 'Anna Kos,
    koordynatorka Stowarzyszenia', 'Prezesem Zarządu Instytutu jest Jan Nowak' (the role nouns
    of the person's gender, the kind word in the genitive, made by morfeusz2); and the
    wording."""
    wording = rng.choice(sorted(PERSON_FRAMES))
    male, female = (
        ("koordynator", "koordynatorka") if "koordynatorka" in wording else rng.choice(BOARD_ROLES)
    )
    role = female if person.gender == "f" else male
    sentence = PERSON_FRAMES[wording].format(
        wziął=past("wziąć", "sg", person.gender),
        role=role,
        Role=capitalise(noun(role, "sg", "inst", person.gender)),
        kind=capitalise(noun(head.lower(), "sg", "gen")),
        person=person.nominative,
    )
    return sentence, wording


def leader_sentence(rng: random.Random, head: str, project: str) -> tuple[str, str]:
    """The body named bare: 'Fundacja jest liderem projektu „X”', 'Liderem projektu „X” było
    Stowarzyszenie', 'Od 2021 roku Instytut jest liderem projektu „X”'."""
    was = past("być", "sg", BARE_HEADS[head])
    how = rng.randrange(4)
    if how == 0:
        return f"{head} jest liderem projektu „{project}”.", "X jest liderem"
    if how == 1:
        return f"{head} {was} liderem projektu „{project}”.", "X był liderem"
    if how == 2:
        return f"Liderem projektu „{project}” jest {head}.", LIDEREM
    year = rng.randrange(2018, 2023)
    return f"Od {year} roku {head} jest liderem projektu „{project}”.", "Od roku X jest liderem"


def own_case(rng: random.Random, acronym: bool | None = None) -> OwnCase:
    """A page of a body that tells in the first person plural what it did and names itself
    bare; `acronym` gives the project a name of capital letters (by default one page in five)."""
    body = bare_body(rng)
    head = body.label.split()[0]
    funder = organisation_of(rng)
    while funder.label == body.label or funder.label.split()[0] not in BARE_HEADS:
        funder = organisation_of(rng)  # (a "Biuro …" is read as a unit, which funds nothing)
    year = rng.randrange(2018, 2024)
    month = rng.randrange(12)
    kind = rng.choice(HEADER_KINDS)
    drawn = rng.random() < 0.2
    project = (
        " ".join(rng.sample(acronym_words(), 2))
        if (drawn if acronym is None else acronym)
        else title_of(rng)
    )
    title = "Aktualności"
    if kind == "capitals":
        header = f"{body.label.upper()}\n\nO nas | Projekty | Kontakt"
    elif kind == "newsletter line":
        header = f"{body.label} | Newsletter nr {month + 1}/{year} | {MONTHS_NOM[month]} {year}"
    elif kind == "newsletter title":
        title = f"Newsletter {body.form('gen')} – {MONTHS_NOM[month]} {year}"
        header = f"# {title}"
    else:
        title = rng.choice(
            (
                f"Sprawozdanie merytoryczne {body.form('gen')} za rok {year}",
                f"Sprawozdanie z działalności {body.form('gen')} w {year} roku",
            )
        )
        header = f"# {title}"
    funder_head = funder.label.split()[0]
    funded = past(rng.choice(FUNDING), "sg", gender_of_noun(funder_head) or "f")
    person = person_of(rng, set())
    ours, how = our_person(rng, head, person)
    leads, leading = leader_sentence(rng, head, project)
    story = " ".join(
        (
            f"W {year} roku {we_did(rng)}.",
            leads,
            ours,
            f"{rng.choice(FUNDED_THINGS)} {funded} {funder.label}.",
        )
    )
    text = f"{header}\n\n{story}"
    template = f"{kind} | {how} | {leading}"
    return OwnCase(body.label, project, funder.label, text, title, template, person)


def the_project(ctx: DocumentContext, case: OwnCase) -> list[str]:
    return [i for i, e in ctx.entities.items() if e.label_pl == case.project and "/project/" in i]


def our_body_leads(ctx: DocumentContext, case: OwnCase) -> tuple[bool, str]:
    ours = organisation_iri(case.body)
    ok = any(ours in {str(o) for o in objects(ctx, p, "leader")} for p in the_project(ctx, case))
    ok = ok and labelled(ctx, case.body) == [ours]
    return ok, f"{case.project!r} leader {case.body!r} (so labelled)"


@pytest.fixture(scope="module")
def own_pages(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[OwnCase, DocumentContext]]:
    """The pages of rule 3, extracted once for its three checks."""
    made = Pages(tmp_path_factory.mktemp("own"))
    return [(c, made.extract_titled(c.text, c.title)) for c in cases(own_case, MANY)]


def parts_of(read: list[tuple[OwnCase, DocumentContext]], index: int) -> list[str]:
    return [case.template.split(" | ")[index] for case, _ in read]


def test_a_bodys_own_page_names_it_bare(own_pages: list[tuple[OwnCase, DocumentContext]]) -> None:
    results = checked(own_pages, our_body_leads)
    value = tallied(
        "'Fundacja jest liderem projektu' on the Fundacja's page",
        results,
        parts_of(own_pages, 2),
    )
    breakdown("by the header", results, parts_of(own_pages, 0))
    wordings = parts_of(own_pages, 2)
    before = share("the body before the verb", results, wordings, set(wordings) - {LIDEREM})
    # measured 78.6% (base11 0%): "Liderem projektu „X” jest Fundacja" is not read (nor with
    # the body named in full)
    assert value >= 0.76
    assert before >= 0.98  # measured 100% (base11 0%)


def ours_has_the_person(ctx: DocumentContext, case: OwnCase) -> tuple[bool, str]:
    assert case.person is not None
    ours = organisation_iri(case.body)
    who = person_iri(ctx, case.person)
    posts = objects(ctx, who, "holds") if who else set()
    ok = who is not None and (
        any(ours in {str(o) for o in objects(ctx, str(p), "postIn")} for p in posts)
        or ours in {str(o) for o in objects(ctx, who, "memberOf")}
    )
    return ok, f"{case.person.nominative} holds a post in (or is a member of) {case.body!r}"


def test_a_person_of_the_body_named_bare(
    own_pages: list[tuple[OwnCase, DocumentContext]],
) -> None:
    results = checked(own_pages, ours_has_the_person)
    value = tallied(
        "'prezeska Zarządu Fundacji, Anna Kos' on its page", results, parts_of(own_pages, 1)
    )
    frames = parts_of(own_pages, 1)
    read = share(
        "no 'Zarządu' between the role and the body", results, frames, set(frames) - {BOARD}
    )
    # measured 74.3% (base11 0%): "prezeska Zarządu Fundacji, Anna Kos" (a role, "Zarządu", the
    # body, a comma, the name) gives no post, nor with the body named in full
    assert value >= 0.72
    assert read >= 0.98  # measured 100% (base11 0%)


def funded_by(ctx: DocumentContext, case: OwnCase) -> tuple[bool, str]:
    funder = organisation_iri(case.funder)
    ok = any(funder in {str(o) for o in objects(ctx, p, "funder")} for p in the_project(ctx, case))
    return ok, f"{case.project!r} funder {case.funder!r}"


def test_a_funder_after_an_active_verb(own_pages: list[tuple[OwnCase, DocumentContext]]) -> None:
    results = checked(own_pages, funded_by)
    funders = [case.funder.split()[0] for case, _ in own_pages]
    value = tallied("'Działanie sfinansowała Fundacja X': the funder", results, funders)
    assert value >= 0.98  # measured 100% (base11 0%)


def capitals_kept(ctx: DocumentContext, case: OwnCase) -> tuple[bool, str]:
    ok = bool(the_project(ctx, case))
    return ok, f"the project labelled {case.project!r} as written"


def test_an_acronym_projects_capitals_are_kept(pages: Pages) -> None:
    make = lambda rng: own_case(rng, acronym=True)  # noqa: E731
    results, _ = measured(pages, make, capitals_kept, count=CONTROL, titled=True)
    value = rate("'„OCI DUWI”' under a capitals header: capitals kept", results)
    assert value >= NEGATIVE


def news_case(rng: random.Random) -> OwnCase:
    """A page under a body's header that does not speak as 'we' (a 'we' only in a speaker's
    words), and names another body of the same kind before the bare kind word."""
    ours = bare_body(rng)
    head = ours.label.split()[0]
    other = organisation_of(rng)
    while other.label.split()[0] != head or other.label == ours.label:
        other = organisation_of(rng)
    person = person_of(rng, set())
    project = title_of(rng)
    header = rng.choice((ours.label.upper(), f"{ours.label} | Aktualności | Kontakt"))
    story = " ".join(
        (
            f"{other.label} {past('zorganizować', 'sg', BARE_HEADS[head])} konferencję "
            f"{w(rng.choice(cities()))}.",
            f"– {capitalise(we_did(rng))} wspólnie z partnerami – mówił{person.a} "
            f"{person.nominative}.",
            leader_sentence(rng, head, project)[0],
        )
    )
    return OwnCase(ours.label, project, "", f"{header}\n\n{story}", "Aktualności", "")


def header_body_leads_nothing(ctx: DocumentContext, case: OwnCase) -> tuple[bool, str]:
    ours = organisation_iri(case.body)
    ok = not any(f.p == UMP + "leader" and f.o == ours for f in ctx.facts)
    return ok, f"{case.body!r} leads nothing"


def test_a_page_that_does_not_say_we_names_no_body_bare(pages: Pages) -> None:
    results, _ = measured(pages, news_case, header_body_leads_nothing, count=CONTROL, titled=True)
    value = rate("a 'we' only in a quotation: the header's body is no bare 'Fundacja'", results)
    assert value >= NEGATIVE


# --- 4. English units "of the City of X" --------------------------------------------------------

EN_UNIT_HEADS = ("Office", "Department", "Centre", "Bureau")
EN_SUBJECTS = (
    "Social Assistance", "Projects", "Social Policy", "Education", "Culture", "Health",
    "Social Affairs", "Migration", "Integration", "Civic Dialogue", "Social Development",
    "International Cooperation", "Entrepreneurship", "Public Participation", "Social Innovation",
    "Human Rights", "Housing", "Sport",
)  # fmt: skip
EN_ROLES = ("director", "deputy director", "head", "coordinator", "manager", "specialist")
EN_FRAMES = (
    "{person}, {role} of the {unit} of the City of {city}, opened the meeting.",
    "The meeting was hosted by the {unit} of the City of {city}.",
    "Representatives of the {unit} of the City of {city} took part in the workshop.",
    "{person} from the {unit} of the City of {city} presented the results.",
    "The {unit} of the City of {city} organised a training for teachers.",
)


@dataclass(frozen=True)
class CityUnitCase:
    unit: str
    city: Named
    text: str
    template: str
    english: bool = True


def en_unit_of(rng: random.Random) -> str:
    """'Social Assistance and Projects Office', 'Department of Social Policy', 'Centre for
    Civic Dialogue', 'Education Bureau'."""
    head = rng.choice(EN_UNIT_HEADS)
    subjects = rng.sample(EN_SUBJECTS, rng.choice((1, 1, 2)))
    subject = " and ".join(subjects)
    how = rng.randrange(3)
    if how == 0:
        return f"{subject} {head}"
    return f"{head} {'of' if how == 1 else 'for'} {subject}"


def city_unit_case(rng: random.Random) -> CityUnitCase:
    (city,) = draw(rng, cities())
    unit = en_unit_of(rng)
    person = person_of(rng, set())
    frame = rng.choice(EN_FRAMES)
    text = frame.format(
        person=person.nominative,
        role=rng.choice(EN_ROLES),
        unit=unit,
        city=city_in_english(rng, city),
    )
    head = next(word for word in unit.split() if word in EN_UNIT_HEADS)
    shape = f"X {head}" if unit.endswith(head) else f"{head} {unit.split()[1]} X"
    return CityUnitCase(unit, city, text, shape)


def a_unit_of_the_office(ctx: DocumentContext, case: CityUnitCase) -> tuple[bool, str]:
    office = office_of(case.city)
    units = [i for i, e in ctx.entities.items() if case.unit in (e.label_pl, e.label_en)]
    ok = any(office in {str(o) for o in objects(ctx, u, "unitOf")} for u in units)
    return ok, f"{case.unit!r} unitOf {office.rsplit('/', 1)[-1]}"


def test_an_english_unit_of_the_city_of_x(pages: Pages) -> None:
    results, templates = measured(pages, city_unit_case, a_unit_of_the_office, count=MANY)
    value = tallied(
        "'the Social Assistance and Projects Office of the City of Warsaw'", results, templates
    )
    assert value >= 0.98  # measured 100% (base11 0%)


EN_NOT_BODIES = (
    "{person}, Mayor of the City of {city}, opened the meeting.",
    "The Deputy Mayor of the City of {city} welcomed the guests.",
    "The President of the City of {city} signed the declaration.",
    "Residents of the City of {city} took part in the survey.",
    "{person}, Deputy Mayor of the City of {city}, presented the results.",
)


def role_case(rng: random.Random) -> CityUnitCase:
    (city,) = draw(rng, cities())
    person = person_of(rng, set())
    frame = rng.choice(EN_NOT_BODIES)
    text = frame.format(person=person.nominative, city=city_in_english(rng, city))
    return CityUnitCase("", city, text, frame.split(" of the City")[0].replace("{person}", "X"))


def no_unit(ctx: DocumentContext, case: CityUnitCase) -> tuple[bool, str]:
    return not any(f.p == UMP + "unitOf" for f in ctx.facts), "no unit of the office"


def test_a_mayor_of_the_city_of_x_is_no_unit(pages: Pages) -> None:
    results, templates = measured(pages, role_case, no_unit, count=CONTROL)
    value = tallied("'the Mayor of the City of Warsaw': no unit", results, templates)
    assert value >= NEGATIVE


# --- 5. bylines beside the date ------------------------------------------------------------------

SEPARATORS = (" · ", " | ", " • ", ", ")
AFTER_THE_DATE = (
    "",
    " · Aktualizacja: {update}",
    " | Czas czytania: {n} min",
    " · Kategoria: Społeczeństwo",
    " | Komentarze: {n}",
)
HEADLINES = (
    "Miasto pomaga cudzoziemcom",
    "Nowy punkt informacyjny dla migrantów",
    "Rozmawiali o integracji",
    "Wielokulturowe miasto",
)
STORIES = (
    "{date} {where} otwarto punkt informacyjny dla cudzoziemców. Punkt otworzył{a} {person}.",
    "{date} {where} odbyła się debata o integracji. Debatę poprowadził{a} {person}.",
    "Od {date} {where} działa nowy punkt konsultacyjny. Kieruje nim {person}.",
)


def written_date(rng: random.Random, day: dt.date) -> str:
    """'18 września 2023', '18 września 2023, 10:27', '18.09.2023', '2023-09-18 10:27', …"""
    time = f"{rng.randrange(7, 22)}:{rng.randrange(60):02d}"
    month = MONTHS_GEN[day.month - 1]
    return rng.choice(
        (
            f"{day.day} {month} {day.year}",
            f"{day.day} {month} {day.year}, {time}",
            f"{day.day} {month} {day.year} r.",
            f"{day.day:02d}.{day.month:02d}.{day.year}",
            f"{day.day:02d}.{day.month:02d}.{day.year} {time}",
            f"{day.day:02d}.{day.month:02d}.{day.year}, godz. {time}",
            day.isoformat(),
        )
    )


@dataclass(frozen=True)
class BylineCase:
    author: Person
    person: Person  # a person the story names
    text: str
    template: str


def story_of(rng: random.Random, person: Person, day: dt.date) -> str:
    return rng.choice(STORIES).format(
        date=f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r.",
        where=w(rng.choice(cities())),
        a=person.a,
        person=person.nominative,
    )


def byline_case(rng: random.Random) -> BylineCase:
    taken: set[str] = set()
    author, person = person_of(rng, taken), person_of(rng, taken)
    day = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365))
    separator = rng.choice(SEPARATORS)
    tail = rng.choice(AFTER_THE_DATE).format(
        update=written_date(rng, day + dt.timedelta(days=1)), n=rng.randrange(1, 9)
    )
    byline = f"{author.nominative}{separator}{written_date(rng, day)}{tail}"
    story = story_of(rng, person, day - dt.timedelta(days=rng.randrange(1, 5)))
    text = f"# {rng.choice(HEADLINES)}\n\n{byline}\n\n{story}"
    return BylineCase(author, person, text, separator.strip() or "space")


def no_author(ctx: DocumentContext, case: BylineCase) -> tuple[bool, str]:
    found = people_found(ctx)
    ok = case.author.nominative not in found and case.person.nominative in found
    return ok, f"no {case.author.nominative!r}; {case.person.nominative!r} found"


def test_a_byline_beside_the_date_is_furniture(pages: Pages) -> None:
    results, templates = measured(pages, byline_case, no_author, count=MANY)
    value = tallied("'Katarzyna Pilch · 18 września 2023, 10:27': no person", results, templates)
    assert value >= 0.98  # measured 100% (base11 0%)


def undated_case(rng: random.Random) -> BylineCase:
    """A name beside a role, not a date ('Anna Kos · koordynatorka projektu'), or a date inside
    a sentence ('Anna Kos, 12 marca 2024 r., otworzyła spotkanie')."""
    taken: set[str] = set()
    author, person = person_of(rng, taken), person_of(rng, taken)
    day = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365))
    if rng.random() < 0.5:
        role = rng.choice((("koordynator", "koordynatorka"), ("prezes", "prezeska")))
        line = (
            f"{author.nominative}{rng.choice(SEPARATORS)}"
            f"{role[1] if author.gender == 'f' else role[0]} projektu"
        )
        text = f"# {rng.choice(HEADLINES)}\n\n{line}\n\n{story_of(rng, person, day)}"
        return BylineCase(author, person, text, "a role beside the name")
    sentence = (
        f"{author.nominative}, {written_date(rng, day)}, {past('otworzyć', 'sg', author.gender)} "
        f"spotkanie {w(rng.choice(cities()))}."
    )
    text = f"# {rng.choice(HEADLINES)}\n\n{sentence} {story_of(rng, person, day)}"
    return BylineCase(author, person, text, "a date inside a sentence")


def the_person_stays(ctx: DocumentContext, case: BylineCase) -> tuple[bool, str]:
    return case.author.nominative in people_found(ctx), f"{case.author.nominative!r} found"


def test_a_name_beside_no_date_is_a_person(pages: Pages) -> None:
    results, templates = measured(pages, undated_case, the_person_stays, count=CONTROL)
    value = tallied("'Anna Kos · koordynatorka projektu': the person", results, templates)
    assert value >= NEGATIVE
