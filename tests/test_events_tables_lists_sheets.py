"""Five rules about events on forms they were not written from: tables of events, lists of
meetings under year headings, fact sheets under a page's headline, the speakers of a timed
programme, and a year inside a quoted title.

1. A table "| Data | Wydarzenie | Miejsce | Rola Fundacji |" (headers varied, the place column
   second or third) under a heading that may name no event ("## Wybrane wydarzenia w 2021 roku"):
   each row whose event cell has its own event word ("Konferencja „X”", "Szkolenie „X” dla firm
   z regionu", "Warsztaty", "Seminarium", "Debata", "Posiedzenie Zespołu UMP ds. Migracji i
   Integracji", a named day "Światowy Dzień Uchodźcy – piknik rodzinny") is its own event on the
   row's day. Rows name no city: it is the city of the reference office the place column names
   ("Urząd Miasta Szczecin, Sala Sesyjna", also another city's than the page's), else, for a
   venue only ("Willa Kowalskiego", "Klub Kapelusz"), the page's one city, from its dateline
   ("Szczecin, 20 czerwca 2022 r.") or its title ("Wydarzenia w Lublinie w 2021 roku"). A named
   day's row gets the day as its schema:name. Named days are an adjective and "Dzień" with a
   noun in the genitive (morfeusz2; themes and SGJP's common nouns), titles SGJP's nouns, venues
   SGJP's surnames in the genitive and nouns, days written as tables write them. Negative
   controls: (a) on the same tables, the co-organiser of one row ("| … | współorganizator (ze
   Stowarzyszeniem X) |", X made up and put in the instrumental by morfeusz2) is no organiser or
   participant of another row's event; (b) a named day without a date, in the case its sentence
   governs ("ze względu na zbliżający się Światowy Dzień Uchodźcy", "z okazji …", "przed
   Międzynarodowym Dniem …", "o Europejskim Dniu …"), makes no event named after it; (c) a
   newspaper "Dziennik Łódzki" (the reference's city adjectives and others, declined by
   morfeusz2) in a dated sentence makes no event.
2. A page "# Spotkania Zespołu ds. Migracji i Integracji" (or "Posiedzenia", "Kalendarium
   spotkań"), a paragraph naming no event, then year headings ("**2019**", "## 2019") over items
   "- 12.03.2019 – Warszawa, Centrum Wielokulturowe. Rynek pracy …" (the date first or the city
   first, a second sentence or none, the year given or left to the heading): each item is a
   meeting of the Team on its days in its city. On an English page, "## Activities in cities"
   over "- **Gdańsk, 9–10 March 2022** – two-day training on …": the item's own word makes the
   event (a conference or seminar a Conference; a training, workshop or round table a Meeting).
   Venues and topics are generated with morfeusz2. Negative control: a list of news ("- 12.03.2019
   – Warszawa: miasto przyjęło nowy program …", "- **Gdańsk, 9 March 2022** – the city adopted
   …") under a heading that names no event makes no event.
3. "# Seminarium „X”" (Konferencja, Warsztaty, Debata, Spotkanie), an invitation ("Fundacja …
   zaprasza na otwarte seminarium o edukacji cudzoziemców", the adjective and the head put into
   the accusative by morfeusz2), then "**Termin:** 14 listopada (czwartek), godz. 10:00–15:00"
   and "**Miejsce:** Aula Ekonomii, ul. Jana Kowalskiego 3, Łódź": one event (the titled,
   dateless one of the headline is the same) on that day, a day without a year being its next
   occurrence after the page's date, in the place line's city, named X. Negative control: the
   same sheet under a headline naming no event ("# Nabór „X”", "# Dyżury konsultantów"), with
   or without a site's heading above it, makes no event on its day (its labels naming no event
   themselves: "**Termin spotkania:**" would). (Until session 43 a site's heading above a
   headline naming an event also made none; the nearest heading now decides.)
4. On the same pages, "## Program" over "**10:15** Karolina Lis, koordynatorka Zespołu UMP ds.
   Migracji i Integracji – „Title”" (hours bold or plain, ranges, a list or paragraphs): who has
   an hour took part, SGJP's people (tests/pages_templates.person_of) and foreign given names
   morfeusz2 does not know (tests/test_scene_and_subjects), after a post or a body. Negative
   control: a person named in a talk's title („Rozmowa z Anną Nowak”, „Wspomnienie o …”,
   „Miasto według …”) takes no part, nor does anyone but the speakers ("*11:45 przerwa kawowa*"
   among the lines).
5. "# Seminarium „… po 2022 roku”" over "**Termin:** 14 listopada": the year in the quoted title
   is no section's year; the day is its next occurrence after the page's date, with or without
   an invitation between. Title years are before the page's year or after 2025. Negative
   control: a heading's own year ("## Posiedzenia w 2019 r.", "**Posiedzenia w 2019 r.**", "##
   Konferencja „… po 2015 roku” w 2019 r.") still dates a year-less "12 marca" under it.

Cases are drawn by hypothesis from seeds (tests/relations_templates.cases), 210 a rule and 110 a
negative control; the tables of rule 1 and the sheets of rules 3 and 4 are extracted once and
checked by two tests each. Rates are printed with -s, with each form's share and the failures;
each bar is the rate measured less about two points. Known misses, kept in the cases: a year-less
day in figures ("- 12.03 – Warszawa, …" under "**2019**") is read as no day, so the item makes
no meeting (rule 2 measured 77.6%, 100% on the other forms); a plain "Miejsce: …" line right
after the date line is read as one sentence with it, and the event gets no city (rule 3 measured
77.6%, 100% with a bold place line); a foreign given name before a surname SGJP reads as a
common word ("Olha Ponczyk", "Yevhen Gadko", "Wołodymyr Packo", "Rostysław Poliuk") is no person
(rule 4 measured 98.1% of pages, 100% of SGJP's people). Not asserted: a co-organiser in brackets
is its own row's organiser on about four tables in ten.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
from dataclasses import dataclass
from functools import cache

import pytest

from tests.pages_templates import TEAM_NAMES, organisation_iri, organisation_of, person_of, z
from tests.relations_pages import Pages, checked, measured
from tests.relations_templates import (
    MONTHS_EN,
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
    noun_lexeme,
    office_of,
    organisations,
    rate,
    tallied,
    tally,
    title_nouns,
    title_of,
    w,
)
from tests.test_scene_and_subjects import share, surname, unknown_given_names
from ump_kg.extract.context import DocumentContext, Event
from ump_kg.extract.pipeline import knowledge

MANY = 210  # cases of a rule (at least 200 remain)
CONTROL = 110  # cases of a negative control (at least 100 remain)
SCHEMA_NAME = "https://schema.org/name"
WEEKDAYS = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")


# --- generated words -----------------------------------------------------------------------------


def noun_form(lemma: str, number: str, case: str, gender: str | None = None) -> str:
    found = noun_lexeme(lemma, None, gender)
    assert found, lemma
    made = form(found[0], "subst", number, case, gender)
    assert made, (lemma, number, case)
    return made


def adjective_form(lemma: str, number: str, case: str, gender: str | None = None) -> str:
    made = form(lemma, "adj", number, case, gender)
    assert made, (lemma, number, case, gender)
    return made


@cache
def genitive_nouns() -> tuple[str, ...]:
    """SGJP's common nouns (tests/relations_templates.title_nouns) in the genitive singular,
    capitalised: 'Kapelusza', 'Drogi'."""
    found = []
    for noun in title_nouns()[:400]:
        lexeme = noun_lexeme(noun.lower(), None, None)
        if lexeme is None or lexeme[1] != "sg":
            continue
        made = form(lexeme[0], "subst", "sg", "gen")
        if made and made.isalpha():
            found.append(capitalise(made))
    assert len(found) >= 100, len(found)
    return tuple(found)


def office_named(city: Named) -> Named:
    return next(o for o in organisations() if o.iri == office_of(city))


def events_text(ctx: DocumentContext) -> str:
    return "; ".join(
        f"{e.kind} {e.first}–{e.last} {str(e.city).rsplit('/', 1)[-1]} {e.iri.rsplit('/', 1)[-1]}"
        for e in ctx.events
    )


def dated(ctx: DocumentContext) -> list[Event]:
    return [e for e in ctx.events if isinstance(e.first, dt.date)]


def names(ctx: DocumentContext, iri: str) -> set[str]:
    return {str(f.o) for f in ctx.facts if f.s == iri and f.p == SCHEMA_NAME}


def days_in(rng: random.Random, year: int, count: int) -> list[tuple[dt.date, dt.date]]:
    """`count` one- or two-day spans of a year, a week apart at least, in order."""
    while True:
        starts = sorted(rng.sample(range(0, 360), count))
        if all(b - a >= 7 for a, b in itertools.pairwise(starts)):
            break
    spans = []
    for start in starts:
        first = dt.date(year, 1, 1) + dt.timedelta(days=start)
        last = first + dt.timedelta(days=1 if rng.random() < 0.3 else 0)
        spans.append((first, last if last.year == year else first))
    return spans


def written_day(rng: random.Random, first: dt.date, last: dt.date, year: bool = True) -> str:
    """A day or two as tables and lists write them: '12.03.2021', '6–7.10.2021', '30 listopada
    – 1 grudnia 2021', '20 czerwca 2021 r.'; without the year: '12.03', '11–12 czerwca'."""
    m1, m2 = MONTHS_GEN[first.month - 1], MONTHS_GEN[last.month - 1]
    y = f" {first.year}" if year else ""
    dotted_year = f".{first.year}" if year else ""
    tail = rng.choice((" r.", "")) if year else ""
    if first == last:
        return rng.choice(
            (
                f"{first.day:02d}.{first.month:02d}{dotted_year}",
                f"{first.day} {m1}{y}{tail}",
            )
        )
    if first.month == last.month:
        return rng.choice(
            (
                f"{first.day}–{last.day}.{first.month:02d}{dotted_year}",
                f"{first.day}–{last.day} {m1}{y}{tail}",
            )
        )
    return f"{first.day} {m1} – {last.day} {m2}{y}{tail}"


# --- 1. a table of events, each row its own event -------------------------------------------------

TABLE_HEADINGS = (
    "## Wybrane wydarzenia w {year} roku",
    "## 5. Wydarzenia w {year} r.",
    "## Kalendarium wydarzeń {year}",
    "### Udział w wydarzeniach w {year} roku",
    "## Spotkania i wydarzenia w {year} roku",
)
TABLE_INTROS = (
    "",
    "W {year} r. Fundacja wzięła udział w następujących wydarzeniach:",
    "Poniżej wybrane wydarzenia, które współtworzyliśmy.",
)
COLUMNS = {
    "date": ("Data", "Termin"),
    "event": ("Wydarzenie", "Nazwa wydarzenia", "Wydarzenie / działanie"),
    "place": ("Miejsce", "Lokalizacja", "Miejsce wydarzenia"),
    "role": ("Rola Fundacji", "Rola", "Charakter udziału"),
}
ROLES = ("organizator", "współorganizator", "partner", "prelegent", "patronat")
ROOMS = ("Sala Sesyjna", "Sala Błękitna", "Sala Portretowa", "Sala Lustrzana", "sala nr 105")
VENUE_ONLY_HEADS = ("Willa", "Pałac", "Dworek", "Galeria", "Klub", "Kamienica", "Park")
DAY_ADJECTIVES = ("światowy", "międzynarodowy", "europejski", "ogólnopolski")
DAY_OF = (
    ("uchodźca", "sg"),
    ("migrant", "sg"),
    ("sąsiad", "sg"),
    ("wolontariusz", "sg"),
    ("język", "pl"),
    ("różnorodność", "sg"),
    ("tolerancja", "sg"),
    ("solidarność", "sg"),
    ("dialog", "sg"),
)
DAY_AFTER = ("piknik rodzinny", "wieczór kuchni świata", "festyn", "koncert", "spacer po mieście")
KINDS = ("conference", "training", "workshop", "seminar", "debate", "team", "named day")
DATELINE = "the dateline"
TITLE = "the title"
BY_THE_OFFICE = "an office in the place column"
BY_THE_PAGE = "a venue only: the page's city"


@dataclass(frozen=True)
class Row:
    first: dt.date
    last: dt.date
    city: Named
    name: str | None  # the schema:name a named day's row gets
    line: str
    role: str  # the role cell
    place: str  # where its city comes from: an office in the place column, or the page


@dataclass(frozen=True)
class TableCase:
    rows: tuple[Row, ...]
    title: str
    text: str
    template: str
    together: int  # the row whose role cell names a co-organiser ("ze Stowarzyszeniem X")
    partner: str  # the co-organiser's label
    published: str


def named_day(rng: random.Random) -> str:
    """'Światowy Dzień Uchodźcy', 'Europejski Dzień Języków', 'Międzynarodowy Dzień Kapelusza':
    an adjective and 'Dzień' in the nominative, a noun (SGJP's) in the genitive."""
    adjective = capitalise(adjective_form(rng.choice(DAY_ADJECTIVES), "sg", "nom", "m3"))
    if rng.random() < 0.6:
        lemma, number = rng.choice(DAY_OF)
        of = capitalise(noun_form(lemma, number, "gen"))
    else:
        of = rng.choice(genitive_nouns())
    return f"{adjective} Dzień {of}"


def event_cell(rng: random.Random) -> tuple[str, str | None, str]:
    """(the event cell, the name a named day gets, the kind of row)."""
    kind = rng.choice(KINDS)
    title = title_of(rng)
    if kind == "named day":
        day = named_day(rng)
        return f"{day} – {rng.choice(DAY_AFTER)}", day, kind
    cell = {
        "conference": f"Konferencja „{title}”"
        + rng.choice(("", " podsumowująca pierwszy rok projektu")),
        "training": rng.choice(
            (f"Szkolenie „{title}” dla firm z regionu", f"Szkolenie dla pracodawców „{title}”")
        ),
        "workshop": f"Warsztaty „{title}”",
        "seminar": f"Seminarium „{title}”",
        "debate": f"Debata „{title}”",
        "team": rng.choice(TEAM_NAMES["gen"]).join(("Posiedzenie ", ""))
        + rng.choice(("", f" – prezentacja projektu „{title}”")),
    }[kind]
    return cell, None, kind


def venue_only(rng: random.Random) -> str:
    """'Willa Kowalskiego', 'Klub Kapelusz', 'Centrum Kultury Droga': a venue naming no city."""
    how = rng.randrange(3)
    if how == 0:
        owner = person_of(rng, set()).form("gen").split()[-1]
        return f"{rng.choice(VENUE_ONLY_HEADS)} {owner}"
    if how == 1:
        return f"{rng.choice(VENUE_ONLY_HEADS)} {rng.choice(title_nouns())}"
    return f"Centrum {capitalise(noun_form('kultura', 'sg', 'gen'))} {rng.choice(title_nouns())}"


def table_case(rng: random.Random) -> TableCase:
    year = rng.randrange(2016, 2025)
    home, *others = draw(rng, cities(), 4)
    count = rng.randrange(3, 5)
    spans = days_in(rng, year, count)
    partner = organisation_of(rng)
    together = rng.randrange(1, count)  # not the first row: the row after another's
    order = rng.choice((("date", "event", "place", "role"), ("date", "place", "event", "role")))
    header = [rng.choice(COLUMNS[c]) for c in order]
    rows = []
    for index, (first, last) in enumerate(spans):
        cell, name, _ = event_cell(rng)
        if rng.random() < 0.5:
            city = rng.choice((home, *others))
            office = office_named(city).label
            room = rng.choice(ROOMS)
            place = rng.choice((f"{office}, {room}", f"{room}, {office}", office))
            by = BY_THE_OFFICE
        else:
            city, place, by = home, venue_only(rng), BY_THE_PAGE
        role = rng.choice(ROLES)
        if index == together:
            role = rng.choice(
                (
                    f"współorganizator ({z(partner.form('inst'))})",
                    f"partner ({z(partner.form('inst'))})",
                    f"organizator (wspólnie {z(partner.form('inst'))})",
                )
            )
        values = {"date": written_day(rng, first, last), "event": cell, "place": place}
        values["role"] = role
        line = "| " + " | ".join(values[c] for c in order) + " |"
        rows.append(Row(first, last, city, name, line, role, by))
    table = [
        "| " + " | ".join(header) + " |",
        "|---|---|---|---|",
        *(r.line for r in rows),
    ]
    heading = rng.choice(TABLE_HEADINGS).format(year=year)
    intro = rng.choice(TABLE_INTROS).format(year=year)
    written = dt.date(year + 1, 1, 1) + dt.timedelta(days=rng.randrange(180))
    top = f"# Sprawozdanie merytoryczne z działalności za rok {year}\n\n"
    if rng.random() < 0.5:
        template = DATELINE
        month = MONTHS_GEN[written.month - 1]
        dateline = rng.choice(
            (
                f"{home.label}, {written.day} {month} {written.year} r.",
                f"{home.label}, {written.day:02d}.{written.month:02d}.{written.year} r.",
                f"{home.label}, {written.day} {month} {written.year}",
            )
        )
        top += f"{dateline}\n\n"
        title = f"Sprawozdanie merytoryczne za rok {year}"
    else:
        template = TITLE
        title = rng.choice(
            (
                f"Sprawozdanie z działalności – {home.label}",
                f"Wydarzenia {w(home)} w {year} roku",
                f"Kalendarium – {home.label} {year}",
            )
        )
    body = [top + heading, *([intro] if intro else []), "\n".join(table)]
    text = "\n\n".join(body) + "\n\n## Źródła finansowania\n\nDarowizny i dotacje."
    return TableCase(
        tuple(rows), title, text, template, together, partner.label, written.isoformat()
    )


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[TableCase, DocumentContext]]:
    made = Pages(tmp_path_factory.mktemp("tables"))
    return [(c, made.extract_titled(c.text, c.title, c.published)) for c in cases(table_case, MANY)]


def each_row_its_event(ctx: DocumentContext, case: TableCase) -> tuple[bool, str]:
    found = dated(ctx)
    missing = [
        r.line
        for r in case.rows
        if not any((e.first, e.last, e.city) == (r.first, r.last, r.city.iri) for e in found)
    ]
    unnamed = [
        r.name
        for r in case.rows
        if r.name and not any(r.name in names(ctx, e.iri) for e in found if e.first == r.first)
    ]
    ok = not missing and not unnamed and len(found) == len(case.rows)
    want = (
        f"[{case.title}] one event a row, in its city; missing {missing}; unnamed {unnamed}; "
        f"events {events_text(ctx)}"
    )
    return ok, want


def test_each_row_of_a_table_of_events_is_an_event_in_its_city(
    tables: list[tuple[TableCase, DocumentContext]],
) -> None:
    results = checked(tables, each_row_its_event)
    value = tallied(
        "'| 6–7.10.2021 | Posiedzenie … | Urząd Miasta Szczecin, Sala Sesyjna |': an event",
        results,
        [c.template for c, _ in tables],
    )
    rows = [
        (
            any((e.first, e.last, e.city) == (r.first, r.last, r.city.iri) for e in dated(ctx)),
            f"{r.place}, {'a named day' if r.name else 'another event'}",
        )
        for case, ctx in tables
        for r in case.rows
    ]
    for key, held, total in tally([(ok, "") for ok, _ in rows], [k for _, k in rows]):
        print(f"    {held}/{total}  rows: {key}")
    print(f"each row an event in its city: {value}")
    assert value >= 0.98  # measured 100% (base11 0%)


def partner_stays_in_its_row(ctx: DocumentContext, case: TableCase) -> tuple[bool, str]:
    row = case.rows[case.together]
    at = ctx.doc.text.find(row.line)
    start = ctx.doc.text.find(row.role, at)
    inside = {m.iri for m in ctx.mentions if start <= m.start < start + len(row.role)}
    partner = inside | {organisation_iri(case.partner)}
    others = {e.iri for e in ctx.events if e.first != row.first}
    wrong = [
        f"{f.s.rsplit('/', 1)[-1]} {f.p.rsplit('/', 1)[-1]}"
        for f in ctx.facts
        if f.s in others and str(f.o) in partner
    ]
    return not wrong, f"{case.partner} of no other row's event; found {wrong}"


def test_a_rows_partner_is_not_another_rows(
    tables: list[tuple[TableCase, DocumentContext]],
) -> None:
    results = checked(tables, partner_stays_in_its_row)
    value = rate("negative: '| … | współorganizator (ze Stowarzyszeniem X) |' stays", results)
    assert value >= NEGATIVE  # measured 100% (base11 100%: it made no row's event)


# --- 1b. a named day without its date, a newspaper ------------------------------------------------

OCCASIONS = (
    ("nom", "Ze względu na zbliżający się {day} głównym tematem była sytuacja uchodźców."),
    ("gen", "Z okazji {day} przygotowano materiały dla szkół."),
    ("inst", "Przed {day} miasto przypomniało o punktach informacyjnych."),
    ("loc", "Rozmawiano także o {day} i o akcjach w szkołach."),
    ("inst", "W związku ze zbliżającym się {day} zespół przygotował ulotki."),
)


@dataclass(frozen=True)
class DayCase:
    day: str  # the day's nominative
    text: str
    template: str


def day_in(day: str, case: str) -> str:
    adjective, _, of = day.split(" ", 2)
    lemma = adjective.lower()
    made = capitalise(adjective_form(lemma, "sg", case, "m3"))
    return f"{made} {capitalise(noun_form('dzień', 'sg', case, 'm3'))} {of}"


def occasion_case(rng: random.Random) -> DayCase:
    day = named_day(rng)
    case, sentence = rng.choice(OCCASIONS)
    said = sentence.format(day=day_in(day, case))
    city = rng.choice(cities())
    first = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(3000))
    when = f"{first.day} {MONTHS_GEN[first.month - 1]} {first.year} r."
    before = rng.choice(
        (
            f"{capitalise(when)} {w(city)} obradował {rng.choice(TEAM_NAMES['nom'])}. ",
            f"Spotkanie odbyło się {when} {w(city)}. ",
            "",
        )
    )
    return DayCase(day, before + said, case)


def no_event_of_the_day(ctx: DocumentContext, case: DayCase) -> tuple[bool, str]:
    wrong = [
        e.iri
        for e in ctx.events
        if (e.title and re.search(r"Dzie[nń]|Dni[au]", e.title[0]))
        or any(re.search(r"Dzie[nń]|Dni[au]", n) for n in names(ctx, e.iri))
    ]
    return not wrong, f"no event named after {case.day}; events {events_text(ctx)}"


def test_a_named_day_without_its_date_is_no_event(pages: Pages) -> None:
    results, templates = measured(pages, occasion_case, no_event_of_the_day, count=CONTROL)
    value = tallied("negative: 'ze względu na zbliżający się Światowy Dzień …'", results, templates)
    assert value >= NEGATIVE  # measured 100%


def newspaper_adjectives() -> tuple[str, ...]:
    found = [*sorted(knowledge().reference.city_of_adjective), "bałtycki", "zachodni", "polski"]
    return tuple(a for a in found if form(a, "adj", "sg", "nom", "m3"))


NEWSPAPER_SENTENCES = (
    ("nom", "Jak podał {paper}, {when} {where} miasto przyjęło nowy program integracji."),
    ("nom", "O sprawie pisał {when} {paper}."),
    ("loc", "W {paper} ukazał się {when} artykuł o integracji cudzoziemców {where}."),
    ("gen", "Według {paper} {when} {where} otworzono nowy punkt informacyjny."),
    ("dat", "{When} prezydent udzielił wywiadu {paper}."),
)


@dataclass(frozen=True)
class PaperCase:
    text: str
    template: str


def newspaper_case(rng: random.Random) -> PaperCase:
    adjective = rng.choice(newspaper_adjectives())
    case, sentence = rng.choice(NEWSPAPER_SENTENCES)
    paper = (
        f"{capitalise(noun_form('dziennik', 'sg', case))} "
        f"{capitalise(adjective_form(adjective, 'sg', case, 'm3'))}"
    )
    first = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(3000))
    when = f"{first.day} {MONTHS_GEN[first.month - 1]} {first.year} r."
    city = rng.choice(cities())
    text = sentence.format(paper=paper, when=when, When=capitalise(when), where=w(city))
    return PaperCase(text, case)


def no_event(ctx: DocumentContext, case: PaperCase) -> tuple[bool, str]:
    return not ctx.events, f"no event; events {events_text(ctx)}"


def test_a_newspaper_named_dziennik_is_no_event(pages: Pages) -> None:
    results, templates = measured(pages, newspaper_case, no_event, count=CONTROL)
    value = tallied("negative: 'Dziennik Łódzki' -> no event", results, templates)
    assert value >= NEGATIVE  # measured 100%


# --- 2. a list of meetings under year headings ---------------------------------------------------

TEAM_SHORT = ("Zespołu ds. Migracji i Integracji", *TEAM_NAMES["gen"])
LIST_HEADLINES = (
    "# Spotkania {team}",
    "# Posiedzenia {team}",
    "# Kalendarium spotkań {team}",
    "## Spotkania {team} w latach {first}–{last}",
)
LIST_PARAGRAPHS = (
    "{team} działa przy Unii Metropolii Polskich od 2017 r.",
    "Tworzą go przedstawiciele urzędów miast członkowskich odpowiedzialni za politykę migracyjną.",
    "Zespół spotyka się zwykle dwa razy w roku, za każdym razem w innym mieście.",
    "Przewodniczącą Zespołu jest {person}.",
)
YEAR_LINES = ("**{year}**", "## {year}", "### {year}")
CENTRE_ADJECTIVES = ("wielokulturowy", "międzykulturowy", "obywatelski", "sąsiedzki")
VENUE_HEADS = ("dom", "pałac", "galeria", "muzeum", "centrum")
VENUE_OF = (("kultura", "sg"), ("spotkanie", "pl"), ("sztuka", "sg"), ("nauka", "sg"))
THEMES = ("edukacja", "zatrudnienie", "mieszkalnictwo", "zdrowie", "partycypacja", "ochrona")
SERVED = ("cudzoziemiec", "migrant", "uchodźca", "dziecko")
DATE_FIRST = "the date, then the city"
CITY_FIRST = "the city, then the date"
NO_YEAR = "no year (the year heading's)"
DOTTED = "no year, one day in figures ('12.03')"
ENGLISH = "English, the item's own word"
READ_FORMS = {DATE_FIRST, CITY_FIRST, NO_YEAR, ENGLISH}
# (the item's words, the kind of event they make)
ACTIVITIES = (
    ("two-day training on {topic} for front-line employees of the city office", "Meeting"),
    ("training on {topic} for social workers", "Meeting"),
    ("workshop on {topic} for refugee families", "Meeting"),
    ("round table with employers on {topic}", "Meeting"),
    (
        'final conference "{title}" bringing together representatives of all UMP cities',
        "Conference",
    ),
    ("seminar on {topic} for city officials", "Conference"),
)
TOPICS_EN = (
    "intercultural communication",
    "access to housing",
    "the recognition of qualifications",
    "labour market integration",
    "anti-discrimination",
)
TITLES_EN = ("Cities that Include", "Welcoming Cities", "Local Integration Works", "Open Doors")
PROJECTS_EN = ("CITIES4INCLUSION", "LOCAL INTEGRATION", "WELCOMING METROPOLISES", "CITY LINKS")


@dataclass(frozen=True)
class Item:
    first: dt.date
    last: dt.date
    city: Named
    kind: str


@dataclass(frozen=True)
class ListCase:
    items: tuple[Item, ...]
    text: str
    template: str
    english: bool = False


def venue_in_a_list(rng: random.Random, city: Named) -> str:
    """'Centrum Wielokulturowe', 'Dom Kultury', 'Pałac Sztuki Kapelusz', 'Ratusz'."""
    how = rng.randrange(3)
    if how == 0:
        adjective = adjective_form(rng.choice(CENTRE_ADJECTIVES), "sg", "nom", "n")
        venue = f"Centrum {capitalise(adjective)}"
    elif how == 1:
        lemma, number = rng.choice(VENUE_OF)
        head = capitalise(rng.choice(VENUE_HEADS))
        venue = f"{head} {capitalise(noun_form(lemma, number, 'gen'))}"
        if rng.random() < 0.4:
            venue += f" {rng.choice(title_nouns())}"
    else:
        venue = rng.choice(("Ratusz", "Nowy Ratusz", "Sala Sesyjna Ratusza"))
    return venue + (f" {w(city)}" if rng.random() < 0.2 else "")


def second_sentence(rng: random.Random) -> str:
    """'Zatrudnienie cudzoziemców i mieszkalnictwo uchodźców.', 'Rozmawiano o edukacji dzieci.'"""
    one, two = rng.sample(THEMES, 2)
    served = [noun_form(s, "pl", "gen") for s in rng.sample(SERVED, 2)]
    return rng.choice(
        (
            f"{capitalise(one)} {served[0]} i {two} {served[1]}.",
            f"Rozmawiano o {noun_form(one, 'sg', 'loc')} {served[0]}.",
            f"{capitalise(one)} {served[0]}; gościem Zespołu był "
            f"{rng.choice(('Biuro IOM w Polsce', 'UNHCR Polska'))}.",
        )
    )


def polish_item(rng: random.Random, first: dt.date, last: dt.date, city: Named) -> tuple[str, str]:
    """(the item, its template)."""
    year = rng.random() < 0.75
    day = written_day(rng, first, last, year)
    venue = venue_in_a_list(rng, city)
    rest = f" {second_sentence(rng)}" if rng.random() < 0.7 else ""
    template = DATE_FIRST if year else NO_YEAR
    if re.fullmatch(r"\d\d\.\d\d", day):
        template = DOTTED
    if rng.random() < 0.2:
        return f"- {city.label}, {day} – {venue}.{rest}", CITY_FIRST if year else template
    line = rng.choice(
        (
            f"- {day} – {city.label}, {venue}.{rest}",
            f"- {day}, {city.label} – {venue}.{rest}",
            f"- **{day}** – {city.label}, {venue}.{rest}",
            f"- {day}: {city.label}, {venue}.{rest}",
        )
    )
    return line, template


def polish_list_case(rng: random.Random) -> ListCase:
    start = rng.randrange(2017, 2022)
    years = list(range(start, start + rng.randrange(2, 4)))
    team = rng.choice(TEAM_SHORT)
    headline = rng.choice(LIST_HEADLINES).format(team=team, first=years[0], last=years[-1])
    person = person_of(rng, set())
    paragraph = " ".join(
        s.format(team=capitalise(rng.choice(TEAM_NAMES["nom"])), person=person.nominative)
        for s in LIST_PARAGRAPHS
        if rng.random() < 0.7 or "{team}" in s
    )
    parts = [headline, paragraph]
    items, templates = [], []
    for year in years:
        spans = days_in(rng, year, rng.randrange(1, 4))
        lines = []
        for first, last in spans:
            city = rng.choice(cities())
            line, template = polish_item(rng, first, last, city)
            lines.append(line)
            items.append(Item(first, last, city, "TeamMeeting"))
            templates.append(template)
        parts += [rng.choice(YEAR_LINES).format(year=year), "\n".join(lines)]
    template = next((t for t in (DOTTED, NO_YEAR, CITY_FIRST) if t in templates), DATE_FIRST)
    return ListCase(tuple(items), "\n\n".join(parts), template)


def english_day(rng: random.Random, first: dt.date, last: dt.date) -> str:
    m1, m2 = MONTHS_EN[first.month - 1], MONTHS_EN[last.month - 1]
    if first == last:
        return rng.choice((f"{first.day} {m1} {first.year}", f"{m1} {first.day}, {first.year}"))
    if first.month == last.month:
        return f"{first.day}–{last.day} {m1} {first.year}"
    return f"{first.day} {m1} – {last.day} {m2} {first.year}"


def english_list_case(rng: random.Random) -> ListCase:
    project = rng.choice(PROJECTS_EN)
    year = rng.randrange(2019, 2025)
    places = draw(rng, cities(), rng.randrange(3, 5))
    items, lines = [], []
    for (first, last), city in zip(days_in(rng, year, len(places)), places, strict=True):
        words, kind = rng.choice(ACTIVITIES)
        what = words.format(topic=rng.choice(TOPICS_EN), title=rng.choice(TITLES_EN))
        name, day = city_in_english(rng, city), english_day(rng, first, last)
        lines.append(
            rng.choice(
                (
                    f"- **{name}, {day}** – {what}.",
                    f"- **{day}, {name}** – {what}.",
                    f"- {name}, {day} – {what}.",
                )
            )
        )
        items.append(Item(first, last, city, kind))
    text = (
        f"# {project}: Strengthening Local Integration Capacities in Polish Metropolises\n\n"
        "The project supports local administrations in planning and delivering integration "
        "services, with a focus on front-line staff.\n\n"
        f"{rng.choice(('## Activities in cities', '## Activities', '## Local activities'))}\n\n"
        + "\n".join(lines)
    )
    return ListCase(tuple(items), text, ENGLISH, english=True)


def list_case(rng: random.Random) -> ListCase:
    return english_list_case(rng) if rng.random() < 0.3 else polish_list_case(rng)


def each_item_an_event(ctx: DocumentContext, case: ListCase) -> tuple[bool, str]:
    found = dated(ctx)
    missing = [
        f"{i.first} {i.city.label} {i.kind}"
        for i in case.items
        if not any(
            (e.first, e.last, e.city, e.kind) == (i.first, i.last, i.city.iri, i.kind)
            for e in found
        )
    ]
    return not missing, f"an event of each item; missing {missing}; events {events_text(ctx)}"


def test_each_item_of_a_list_of_meetings_is_a_meeting(pages: Pages) -> None:
    results, templates = measured(pages, list_case, each_item_an_event, count=MANY)
    value = tallied("'**2019**' over '- 12.03.2019 – Warszawa, …': a meeting", results, templates)
    print(f"each item a meeting: {value}")
    read = share("  the forms the rule reads (not '12.03')", results, templates, READ_FORMS)
    print(f"the forms the rule reads: {read}")
    # measured 77.6% (base11 0%): a year-less day in figures ('- 12.03 – Warszawa, …' under
    # '**2019**') is read as no day at all
    assert value >= 0.75
    assert read >= 0.98  # measured 100% (base11 0%)


NEWS_HEADLINES = ("# Aktualności z miast", "# Z życia metropolii", "# Przegląd wiadomości")
NEWS = (
    "miasto przyjęło nowy program integracji cudzoziemców",
    "rada miasta uchwaliła budżet na kolejny rok",
    "ruszył nabór do programu stypendialnego",
    "prezydent podpisał zarządzenie o powołaniu pełnomocnika",
    "urząd zatrudnił asystentów międzykulturowych",
)
NEWS_EN = (
    "the city adopted its local integration plan",
    "the city council approved the budget",
    "a new call for grants was announced",
    "the mayor appointed a plenipotentiary for foreigners",
)


def news_case(rng: random.Random) -> ListCase:
    english = rng.random() < 0.3
    start = rng.randrange(2017, 2023)
    parts = []
    for year in range(start, start + rng.randrange(1, 4)):
        lines = []
        for first, _ in days_in(rng, year, rng.randrange(1, 4)):
            city = rng.choice(cities())
            if english:
                name, day = city_in_english(rng, city), english_day(rng, first, first)
                news = rng.choice(NEWS_EN)
                lines.append(
                    rng.choice((f"- **{name}, {day}** – {news}.", f"- {day}, {name}: {news}."))
                )
            else:
                day, news = written_day(rng, first, first), rng.choice(NEWS)
                lines.append(
                    rng.choice(
                        (f"- {day} – {city.label}: {news}.", f"- {day}, {city.label} – {news}.")
                    )
                )
        parts += [rng.choice(YEAR_LINES).format(year=year), "\n".join(lines)]
    if english:
        head = rng.choice(("## Results", "## News from the cities", "## Milestones"))
        intro = "Selected news from the member cities."
    else:
        head = rng.choice(NEWS_HEADLINES)
        intro = "Wybrane wiadomości z miast członkowskich Unii Metropolii Polskich."
    return ListCase(
        (), "\n\n".join([head, intro, *parts]), ENGLISH if english else "Polish", english
    )


def test_a_list_of_news_is_no_list_of_meetings(pages: Pages) -> None:
    results, templates = measured(pages, news_case, no_event, count=CONTROL)
    value = tallied(
        "negative: '- 12.03.2019 – Warszawa: miasto przyjęło …' -> no event", results, templates
    )
    assert value >= NEGATIVE  # measured 100%


# --- 3. a fact sheet under the page's headline; 4. its programme's speakers -----------------------

# head: (gender, number) of the event's word
SHEET_HEADS = {
    "seminarium": ("n", "sg"),
    "konferencja": ("f", "sg"),
    "warsztaty": ("m3", "pl"),
    "debata": ("f", "sg"),
    "spotkanie": ("n", "sg"),
}
INVITING_ADJECTIVES = ("otwarty", "bezpłatny", "doroczny", "kolejny")
DATE_LABELS = ("**Termin:**", "Termin:", "**Data:**", "**Kiedy:**", "**Termin spotkania:**")
PLACE_LABELS = ("**Miejsce:**", "Miejsce:", "**Gdzie:**", "**Miejsce spotkania:**")
HALLS = ("aula", "sala", "centrum", "dom")
HALL_OF = (("ekonomia", "sg"), ("kultura", "sg"), ("nauka", "sg"), ("spotkanie", "pl"))
EXTRA_FIELDS = ("", "**Język:** polski", "**Udział:** bezpłatny")
SPEAKER_ROLES = (
    ("dyrektor", "dyrektorka"),
    ("koordynator", "koordynatorka"),
    ("kierownik", "kierowniczka"),
    ("prezes", "prezeska"),
    ("specjalista", "specjalistka"),
)
PLAIN_PLACE = "'Miejsce:' in plain text, the line after the date's"
BOLD_PLACE = "'**Miejsce:**', '**Gdzie:**' in bold"
BOLD_TEMPLATES = {f"{BOLD_PLACE}; the year given", f"{BOLD_PLACE}; no year"}
SGJP_POST = "an SGJP name, a post"
SGJP_BODY = "an SGJP name, a body"
FOREIGN_BODY = "a foreign given name, a body"
FOREIGN_POST = "a foreign given name, a post"
QUOTED_PERSON = (
    "„Rozmowa z {inst}”",
    "„Wspomnienie o {loc}”",
    "„Miasto według {gen}”",
    "„Lekcje {gen} dla metropolii”",
)


@dataclass(frozen=True)
class Speaker:
    label: str  # the name in the nominative
    template: str


@dataclass(frozen=True)
class SheetCase:
    first: dt.date
    last: dt.date
    city: Named
    name: str  # the event's title
    published: str
    text: str
    template: str
    speakers: tuple[Speaker, ...] = ()
    quoted: str = ""  # a person named in a talk's title (the nominative)
    quote: str = ""  # the talk's title as written
    title_year: int = 0  # a year inside the headline's quoted title


def sheet_title(rng: random.Random) -> str:
    """'Kapelusze wobec migracji', or words of tests/relations_templates.title_of."""
    if rng.random() < 0.5:
        return title_of(rng)
    while True:
        noun = rng.choice(title_nouns())
        found = noun_lexeme(noun.lower(), None, None)
        plural = form(found[0], "subst", "pl", "nom") if found and found[1] == "sg" else None
        if plural:
            theme = noun_form(rng.choice(THEMES), "sg", "gen")
            return f"{capitalise(plural)} wobec {theme}"


def invitation(rng: random.Random, head: str) -> str:
    gender, number = SHEET_HEADS[head]
    adjective = adjective_form(rng.choice(INVITING_ADJECTIVES), number, "acc", gender)
    topic = (
        f"{noun_form(rng.choice(THEMES), 'sg', 'loc')} {noun_form(rng.choice(SERVED), 'pl', 'gen')}"
    )
    inviting = organisation_of(rng).label
    what = f"{adjective} {noun_form(head, number, 'acc')} o {topic}"
    return rng.choice(
        (
            f"{inviting} zaprasza na {what}.",
            f"Zapraszamy na {what}. Organizatorem jest {inviting}.",
        )
    )


def sheet_date(rng: random.Random, first: dt.date, last: dt.date) -> tuple[str, bool]:
    """(the date field's value, whether it gives the year): '14 listopada (czwartek), godz.
    10:00–15:00', '14.11.2024', '14–15 listopada'."""
    month = MONTHS_GEN[first.month - 1]
    hours = rng.choice(("", ", godz. 10:00–15:00", ", godz. 9:30"))
    if first != last:
        days = (
            f"{first.day}–{last.day} {month}"
            if first.month == last.month
            else f"{first.day} {month} – {last.day} {MONTHS_GEN[last.month - 1]}"
        )
        if rng.random() < 0.5:
            return f"{days}{hours}", False
        return f"{days} {last.year} r.{hours}", True
    if rng.random() < 0.6:
        weekday = rng.choice(("", f" ({WEEKDAYS[first.weekday()]})"))
        return f"{first.day} {month}{weekday}{hours}", False
    return rng.choice(
        (f"{first.day} {month} {first.year} r.", f"{first.day:02d}.{first.month:02d}.{first.year}")
    ) + hours, True


def sheet_place(rng: random.Random, city: Named) -> str:
    """'Aula Ekonomii, ul. Jana Kowalskiego 3, Łódź', 'Łódź, Centrum Kultury', …"""
    lemma, number = rng.choice(HALL_OF)
    hall = f"{capitalise(rng.choice(HALLS))} {capitalise(noun_form(lemma, number, 'gen'))}"
    if rng.random() < 0.3:
        hall += f", budynek {rng.choice('ABCD')}"
    street = f"ul. {person_of(rng, set()).form('gen')} {rng.randrange(1, 40)}"
    return rng.choice(
        (
            f"{hall}, {street}, {city.label}",
            f"{city.label}, {hall}",
            f"{hall}, {city.label}",
            f"{hall} {w(city)}",
        )
    )


def fresh_person(rng: random.Random, taken: set[str]) -> Person:
    """A person none of whose surnames another person of the page has ('Kossewska' and
    'Kossewska-Grzesiecka' would be taken for one person)."""
    while True:
        person = person_of(rng, set())
        parts = set(person.nominative.split()[-1].split("-"))
        if not parts & taken:
            taken.update(parts)
            return person


def speaker_line(rng: random.Random, taken: set[str]) -> tuple[str, Speaker]:
    """'Karolina Lis, koordynatorka Zespołu UMP …', 'Iryna Bondar, Fundacja X'."""
    template = rng.choice((SGJP_POST, SGJP_BODY, FOREIGN_BODY, FOREIGN_POST))
    if template in (SGJP_POST, SGJP_BODY):
        person = fresh_person(rng, taken)
        name, gender = person.nominative, person.gender
    else:
        gender = rng.choice(("f", "m1"))
        name = f"{rng.choice(unknown_given_names()[gender])} {surname(rng)}"
    body = organisation_of(rng)
    if template in (SGJP_POST, FOREIGN_POST):
        male, female = rng.choice(SPEAKER_ROLES)
        role = female if gender == "f" else male
        of = rng.choice(
            (
                body.form("gen"),
                rng.choice(TEAM_NAMES["gen"]),
                office_named(rng.choice(cities())).form("gen"),
            )
        )
        said = f"{name}, {role} {of}"
    else:
        said = f"{name}, {body.label}"
    return said, Speaker(name, template)


def hour(rng: random.Random, at: dt.datetime) -> str:
    a, b = at.strftime("%H:%M"), (at + dt.timedelta(minutes=30)).strftime("%H:%M")
    return rng.choice(
        (f"**{a}**", a, f"**{a}–{b}**", f"{a}–{b}", f"{a.replace(':', '.')}–{b.replace(':', '.')}")
    )


def programme(rng: random.Random) -> tuple[list[str], tuple[Speaker, ...], str, str]:
    """The programme's lines, its speakers, a person named in a talk's title and that title."""
    at = dt.datetime(2024, 1, 1, 10, 0)
    step = dt.timedelta(minutes=30)
    lines, speakers, taken = [f"{hour(rng, at)} Otwarcie"], [], set[str]()
    count = rng.randrange(2, 4)
    quoted = fresh_person(rng, taken)
    quoting = rng.randrange(count)
    quote = ""
    for index in range(count):
        at += step
        said, speaker = speaker_line(rng, taken)
        talk = f"„{title_of(rng)}”"
        if index == quoting:
            talk = rng.choice(QUOTED_PERSON).format(
                inst=quoted.form("inst"), loc=quoted.form("loc"), gen=quoted.form("gen")
            )
            quote = talk
        lines.append(f"{hour(rng, at)} {said} – {talk}")
        speakers.append(speaker)
        if index == 0:
            at += step
            lines.append(
                rng.choice(("*{h} przerwa kawowa*", "{h} Przerwa kawowa", "*{h} lunch*")).format(
                    h=at.strftime("%H:%M")
                )
            )
    at += step
    lines.append(f"{hour(rng, at)} Podsumowanie")
    if rng.random() < 0.5:
        lines = [f"- {line}" for line in lines]
    return lines, tuple(speakers), quoted.nominative, quote


def sheet_case(rng: random.Random, with_programme: bool = True) -> SheetCase:
    head = rng.choice(sorted(SHEET_HEADS))
    name = sheet_title(rng)
    city = rng.choice(cities())
    published = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(2500))
    first = published + dt.timedelta(days=rng.randrange(2, 75))
    last = first + dt.timedelta(days=1 if head == "warsztaty" and rng.random() < 0.5 else 0)
    when, with_year = sheet_date(rng, first, last)
    place_label = rng.choice(PLACE_LABELS)
    fields = [
        f"{rng.choice(DATE_LABELS)} {when}",
        f"{place_label} {sheet_place(rng, city)}",
    ]
    extra = rng.choice(EXTRA_FIELDS)
    fields += [extra] if extra else []
    parts = [f"# {capitalise(head)} „{name}”", invitation(rng, head), "\n".join(fields)]
    speakers: tuple[Speaker, ...] = ()
    quoted = quote = ""
    if with_programme:
        lines, speakers, quoted, quote = programme(rng)
        joined = "\n".join(lines) if lines[0].startswith("- ") else "\n\n".join(lines)
        parts += ["## Program", joined]
    parts.append("Udział jest bezpłatny. Prosimy o wcześniejszą rejestrację.")
    place = PLAIN_PLACE if place_label == "Miejsce:" else BOLD_PLACE
    template = f"{place}; {'the year given' if with_year else 'no year'}"
    return SheetCase(
        first,
        last,
        city,
        name,
        published.isoformat(),
        "\n\n".join(parts),
        template,
        speakers,
        quoted,
        quote,
    )


@pytest.fixture(scope="module")
def sheets(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[SheetCase, DocumentContext]]:
    made = Pages(tmp_path_factory.mktemp("sheets"))
    return [(c, made.extract(c.text, c.published)) for c in cases(sheet_case, MANY)]


def one_event_of_the_sheet(ctx: DocumentContext, case: SheetCase) -> tuple[bool, str]:
    found = [
        e
        for e in ctx.events
        if (e.first, e.last, e.city) == (case.first, case.last, case.city.iri)
        and case.name in names(ctx, e.iri)
    ]
    ok = len(found) == 1 and len(ctx.events) == 1
    want = (
        f"one event {case.first}–{case.last} in {case.city.label} named {case.name!r} "
        f"(published {case.published}); events {events_text(ctx)}"
    )
    return ok, want


def test_a_fact_sheet_under_the_headline_is_its_event(
    sheets: list[tuple[SheetCase, DocumentContext]],
) -> None:
    results = checked(sheets, one_event_of_the_sheet)
    value = tallied(
        "'# Seminarium „X”', a paragraph, '**Termin:** 14 listopada': one event",
        results,
        [c.template for c, _ in sheets],
    )
    print(f"a fact sheet under the headline: {value}")
    bold = share("  a bold place line", results, [c.template for c, _ in sheets], BOLD_TEMPLATES)
    print(f"with a bold place line: {bold}")
    # measured 77.6% (base11 0%): a plain 'Miejsce: …' line right after the date line is read
    # as part of the date line's sentence, and the event gets no city
    assert value >= 0.75
    assert bold >= 0.98  # measured 100% (base11 0%)


def person_iris(ctx: DocumentContext, label: str) -> set[str]:
    return {m.iri for m in ctx.mentions if m.kind == "person" and m.text == label} | {
        iri for iri, e in ctx.entities.items() if e.label_pl == label
    }


def participants(ctx: DocumentContext) -> set[str]:
    return {str(f.o) for f in ctx.facts if f.p == UMP + "participant"}


def speakers_took_part(ctx: DocumentContext, case: SheetCase) -> tuple[bool, str]:
    came = participants(ctx)
    missing = [s.label for s in case.speakers if not person_iris(ctx, s.label) & came]
    return not missing, f"every speaker a participant; missing {missing}"


def test_who_has_an_hour_of_the_programme_took_part(
    sheets: list[tuple[SheetCase, DocumentContext]],
) -> None:
    results = checked(sheets, speakers_took_part)
    value = rate("'**10:15** Karolina Lis, koordynatorka …': every speaker a participant", results)
    each = [
        (bool(person_iris(ctx, s.label) & participants(ctx)), s.template)
        for case, ctx in sheets
        for s in case.speakers
    ]
    for label in (SGJP_POST, SGJP_BODY, FOREIGN_BODY, FOREIGN_POST):
        held = [ok for ok, template in each if template == label]
        print(f"    {sum(held)}/{len(held)}  speakers: {label}")
    sgjp = [ok for ok, template in each if template in (SGJP_POST, SGJP_BODY)]
    print(f"pages: {value}; speakers with SGJP names: {sum(sgjp) / len(sgjp)}")
    # measured 98.1% of pages (base11 0%): a foreign given name before a surname that SGJP
    # reads as a common word ('Olha Ponczyk', 'Yevhen Gadko', 'Wołodymyr Packo', 'Rostysław
    # Poliuk') is no person
    assert value >= 0.96
    assert sum(sgjp) / len(sgjp) >= 0.98  # measured 100% (base11 0%)


def quoted_person_absent(ctx: DocumentContext, case: SheetCase) -> tuple[bool, str]:
    start = ctx.doc.text.find(case.quote)
    inside = {
        m.iri
        for m in ctx.mentions
        if m.kind == "person" and start <= m.start < start + len(case.quote)
    }
    named = inside | person_iris(ctx, case.quoted)
    speakers = set().union(*(person_iris(ctx, s.label) for s in case.speakers))
    wrong = named & participants(ctx)
    others = {p for p in participants(ctx) if "/person/" in p and p not in speakers}
    return not wrong and not others, (
        f"{case.quoted} (in {case.quote}) no participant, nor anyone but the speakers; "
        f"found {sorted(wrong | others)}"
    )


def test_a_person_in_a_talks_title_did_not_take_part(
    sheets: list[tuple[SheetCase, DocumentContext]],
) -> None:
    results = checked(sheets, quoted_person_absent)
    value = rate("negative: '– „Rozmowa z Anną Nowak”', '*11:45 przerwa kawowa*'", results)
    assert value >= NEGATIVE  # measured 100%


SITE_HEADINGS = ("# Wydział Ekonomiczno-Socjologiczny", "# Aktualności", "# Strona główna")
NO_EVENT_HEADLINES = ("# Nabór „{t}”", "# Kurs języka polskiego „{t}”", "# Dyżury konsultantów")


def sheet_without_event_case(rng: random.Random) -> SheetCase:
    case = sheet_case(rng, with_programme=False)
    # ("**Termin spotkania:** …", "**Miejsce spotkania:**" name a meeting themselves: the
    # sheet's lines here do not)
    case = SheetCase(
        case.first,
        case.last,
        case.city,
        case.name,
        case.published,
        case.text.replace("**Termin spotkania:**", "**Termin:**").replace(
            "**Miejsce spotkania:**", "**Miejsce:**"
        ),
        case.template,
    )
    _, _, rest = case.text.partition("\n\n")
    _, _, fields = rest.partition("\n\n")
    paragraph = f"{organisation_of(rng).label} prowadzi zapisy do końca miesiąca."
    new = rng.choice(NO_EVENT_HEADLINES).format(t=case.name)
    text = f"{new}\n\n{paragraph}\n\n{fields}"
    if rng.random() < 0.5:
        # (a site's heading over a headline naming no event; since session 43 a headline naming
        # one dates its event whatever headings stand above it:
        # test_events_sheet_under_its_section_heading)
        return SheetCase(
            case.first,
            case.last,
            case.city,
            case.name,
            case.published,
            f"{rng.choice(SITE_HEADINGS)}\n\n{text}",
            "two headlines, none naming an event",
        )
    return SheetCase(
        case.first, case.last, case.city, case.name, case.published, text, "no event's word"
    )


def no_event_on_the_sheets_day(ctx: DocumentContext, case: SheetCase) -> tuple[bool, str]:
    wrong = [e.iri for e in ctx.events if e.first == case.first]
    return not wrong, f"no event on {case.first}; events {events_text(ctx)}"


def test_a_fact_sheet_without_its_headline_makes_no_event(pages: Pages) -> None:
    results, templates = [], []
    for case in cases(sheet_without_event_case, CONTROL):
        ctx = pages.extract(case.text, case.published)
        ok, want = no_event_on_the_sheets_day(ctx, case)
        results.append((ok, f"{case.text!r}\n       want {want}"))
        templates.append(case.template)
    value = tallied("negative: two headlines, or none naming an event", results, templates)
    assert value >= NEGATIVE  # measured 100%


# --- 5. a year in a quoted title is not the section's year ----------------------------------------

TITLE_YEARS = ("{t} po {y} roku", "{t} {y}", "{t}. Bilans {y}", "{t} od {y} r.", "Rok {y}: {t}")
RIGHT_UNDER = "the date line right under the headline"
AFTER_A_PARAGRAPH = "the date line after a paragraph"


def title_year_case(rng: random.Random) -> SheetCase:
    head = rng.choice(sorted(SHEET_HEADS))
    city = rng.choice(cities())
    published = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(2500))
    first = published + dt.timedelta(days=rng.randrange(2, 75))
    year = rng.choice(
        (rng.randrange(published.year - 9, published.year), rng.randrange(2026, 2036))
    )
    name = rng.choice(TITLE_YEARS).format(t=title_of(rng), y=year)
    weekday = rng.choice(("", f" ({WEEKDAYS[first.weekday()]})"))
    hours = rng.choice(("", ", godz. 10:00–15:00"))
    fields = [
        f"{rng.choice(('**Termin:**', '**Data:**', '**Kiedy:**'))} "
        f"{first.day} {MONTHS_GEN[first.month - 1]}{weekday}{hours}",
        f"{rng.choice(('**Miejsce:**', '**Gdzie:**'))} {sheet_place(rng, city)}",
    ]
    parts = [f"# {capitalise(head)} „{name}”"]
    template = RIGHT_UNDER
    if rng.random() < 0.5:
        parts.append(invitation(rng, head))
        template = AFTER_A_PARAGRAPH
    parts += ["\n".join(fields), "Udział jest bezpłatny. Prosimy o wcześniejszą rejestrację."]
    text = "\n\n".join(parts)
    return SheetCase(
        first, first, city, name, published.isoformat(), text, template, title_year=year
    )


def on_the_coming_day(ctx: DocumentContext, case: SheetCase) -> tuple[bool, str]:
    ok = any((e.first, e.city) == (case.first, case.city.iri) for e in ctx.events) and not any(
        isinstance(e.first, dt.date) and e.first.year == case.title_year for e in ctx.events
    )
    want = f"an event on {case.first} (published {case.published}), none in {case.title_year}"
    return ok, f"{want}; {events_text(ctx)}"


def test_a_year_in_a_quoted_title_is_not_the_sections_year(pages: Pages) -> None:
    results, templates = [], []
    for case in cases(title_year_case, MANY):
        ctx = pages.extract(case.text, case.published)
        ok, want = on_the_coming_day(ctx, case)
        results.append((ok, f"{case.text!r}\n       want {want}"))
        templates.append(case.template)
    value = tallied(
        "'# Seminarium „… po 2022 roku”' over '**Termin:** 14 listopada'", results, templates
    )
    assert value >= 0.98  # measured 100% (base11 0%, both with and without a paragraph)


SECTION_HEADINGS = (
    "## Posiedzenia w {y} r.",
    "## Spotkania Zespołu w {y} roku",
    "**Posiedzenia w {y} r.**",
    "### Rok {y}",
    "## Konferencja „{t} po {q} roku” w {y} r.",
)


@dataclass(frozen=True)
class SectionCase:
    first: dt.date
    city: Named
    published: str
    text: str
    template: str


def section_year_case(rng: random.Random) -> SectionCase:
    first = dt.date(2017, 1, 1) + dt.timedelta(days=rng.randrange(2200))
    published = dt.date(first.year + rng.randrange(1, 5), rng.randrange(1, 13), 15)
    city = rng.choice(cities())
    heading = rng.choice(SECTION_HEADINGS)
    said = f"{first.day} {MONTHS_GEN[first.month - 1]}"
    team = rng.choice(TEAM_NAMES["nom"])
    sentence = rng.choice(
        (
            f"{said} {w(city)} obradował {team}.",
            f"Kolejne posiedzenie {rng.choice(TEAM_NAMES['gen'])} odbyło się {said} {w(city)}.",
            f"- {said} – {city.label}, {venue_in_a_list(rng, city)}, posiedzenie "
            f"{rng.choice(TEAM_NAMES['gen'])}.",
        )
    )
    quoted_year = rng.choice([y for y in range(2010, 2030) if y != first.year])
    lines = [
        heading.format(y=first.year, t=title_of(rng), q=quoted_year),
        sentence,
    ]
    if not sentence.startswith("- "):
        lines[1] = f"{sentence} Rozmawiano o {noun_form(rng.choice(THEMES), 'sg', 'loc')}."
    return SectionCase(first, city, published.isoformat(), "\n\n".join(lines), heading)


def in_the_sections_year(ctx: DocumentContext, case: SectionCase) -> tuple[bool, str]:
    ok = any((e.first, e.city) == (case.first, case.city.iri) for e in ctx.events)
    return ok, f"an event on {case.first} (published {case.published}); {events_text(ctx)}"


def test_a_headings_year_outside_quotes_is_the_sections_year(pages: Pages) -> None:
    results, templates = [], []
    for case in cases(section_year_case, CONTROL):
        ctx = pages.extract(case.text, case.published)
        ok, want = in_the_sections_year(ctx, case)
        results.append((ok, f"{case.text!r}\n       want {want}"))
        templates.append(case.template)
    value = tallied("negative: '## Posiedzenia w 2019 r.' over '12 marca'", results, templates)
    assert value >= NEGATIVE  # measured 100% (base11 80.0%)
