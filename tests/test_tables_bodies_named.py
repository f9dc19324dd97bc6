"""Four rules about tables of meetings and the bodies named over them, on forms they were not
written from.

1. A building named by one of the six heads names.py PLACE_HEADS gained (pawilon, gmach, kino,
   opera, dworek, spichlerz) is a venue, and in a table of meetings whose place column
   ("Miejsce") names it, each row's event gets it as ump:venue (events.py describe_by_columns):
   "| sala Pawilon Wyspiańskiego, pl. Wszystkich Świętych 2 |". The head capitalised in the
   nominative, then a surname in the genitive (SGJP surnames, by morfeusz2: "Pawilon
   Wyspiańskiego", "Dworek Szymborskiej") or an adjective agreeing with the head (morfeusz2:
   "Opera Bałtycka", "Kino Zielone", "Gmach Główny"); "sala", "aula" or nothing before it; a
   comma and an address ("ul. Zielona 5", "pl. Kowalskiego 3"). Two to four rows, each a day of
   one year written in five ways ("15 stycznia 2019, wtorek, 17:30–19:30", "15.01.2019, wtorek,
   godz. 17:30", "wtorek, 15 stycznia 2019", "15 stycznia 2019 r.", weekdays by the calendar), a
   topic naming a reference city in the locative, nominative, instrumental or genitive
   ("Edukacja dzieci w Lublinie.", "Lublin – wsparcie rodzin.", "Współpraca organizacji
   pozarządowych z Lublinem: …", "… na terenie Lublina."), under one of four headers ("| Lp. |
   Data | Miejsce | Planowany temat posiedzenia |", "| Data | Miejsce | Tematyka spotkania |" …)
   and a paragraph "Harmonogram posiedzeń Rady ds. … w 2019 roku." (or two more). Negative
   control: the same buildings in a sentence that holds no event there ("Pawilon Wyspiańskiego
   wyremontowano w 2019 roku.", "Miasto planuje rozbudowę Opery Bałtyckiej.", "Bilety do Kina
   Zielonego …", "Dworek Szymborskiej ma nową elewację.") after a meeting told in a sentence or
   under a table whose place is the city's office: no event has it as its venue (and the
   meetings themselves are read, >= 95 %).
2. A table row that names no city, its place a room or a building that names no office ("sala
   nr 12, ul. Zielona 5", "sala konferencyjna, …", "aula Gmach Główny, …"), on a page whose title
   names no city and whose front-matter publisher names a reference city's office, is a meeting
   in that city (ump:inCity; events.py city_of_a_rows_place, city_of_the_publisher). The office
   by its reference names (graph/reference/organisations.ttl labels and altLabels: "Urząd
   Miejski w Gdańsku", "Urząd m.st. Warszawy"), as "Urząd Miasta" and the city's genitive, or
   "Urząd Miejski" and its locative (morfeusz2), alone or followed by " – serwis Otwarty Kraków"
   (an adjective agreeing with the city's name), " – Biuro Prasowe" or " – Biuletyn Informacji
   Publicznej"; all twelve cities. Negative control: the same pages published by no office
   ("Fundacja Ocalenie", "Gazeta Wyborcza", "Stowarzyszenie Nomada", a made-up body, a made-up
   body "w Lublinie", "Radio Lublin") make no event on the rows' days.
3. The paragraph over a table of meetings names the body whose meetings they are right after the
   meeting word, in the genitive, in either of its sentences (events.py
   body_meeting_over_the_table) -> each row's event ump:organiser the body: "Harmonogram
   posiedzeń X w 2019 roku.", "Terminy spotkań X w 2019 roku:", "Posiedzenia X odbędą się w
   terminach:", "Zestawienie posiedzeń X zaplanowanych na 2019 rok.", the first of two sentences
   ("… w 2019 roku. Planowany temat posiedzenia może się zmienić …"), the second ("Przedstawiamy
   plan pracy na 2019 rok. Posiedzenia X odbędą się …"). X is Zespół, Rada, Komisja or Komitet
   (with an agreeing adjective or not: Interdyscyplinarny, Doradczy, Konsultacyjny, Społeczny,
   Sterujący) and "ds." with lower-case genitives (morfeusz2: "ds. integracji cudzoziemców",
   "ds. polityki migracyjnej", "ds. dialogu"), then maybe "na rzecz …" or a quoted programme
   (rule 4's forms); or the reference's "Zarządu Unii Metropolii Polskich". Rows as in rule 1.
   Negative control: the body named elsewhere in the paragraph ("Harmonogram posiedzeń na 2019
   rok przygotował X. Planowany temat …", "Terminy spotkań w 2019 roku ustaliła X:", "X
   opublikowała harmonogram spotkań na 2019 rok:", "Posiedzenia odbędą się w siedzibie X …"; X
   a made-up foundation, a body "ds. …" or the city's office) organises nothing (and the
   meetings are read, >= 95 %).
4. A body's name after "ds." goes on (names.py phrase_words, absorbed_mention): (a) through "na
   rzecz" and lower-case genitives ("Rada ds. polityki migracyjnej na rzecz mieszkańców", "… na
   rzecz integracji uchodźców"); (b) through a quoted programme right after the word for it in
   the genitive (INITIATIVE_WORDS: Programu, Projektu, Strategii, Inicjatywy, Kampanii):
   "Zespół Interdyscyplinarny ds. współpracy na rzecz realizacji Programu „Otwarty Kraków”",
   "Komitet ds. koordynacji Projektu „Szczecińska Kawiarenka Językowa”", labelled in the
   nominative, the rest as written, the quotes dropped. The head and its adjective in each of
   six cases (morfeusz2: "Zespołem Interdyscyplinarnym", "W Radzie Doradczej", "Komitetowi …")
   in a sentence that governs that case; titles of two or three capitalised words (SGJP
   adjectives agreeing with an SGJP noun, or with a reference city's name: "Otwarte Katowice",
   "Wspólna Łódź"). Negative control: a verb between the body and the programme ("Fundacja X
   realizuje program „T”", "… prowadzi projekt „T”", "… przystąpiła do Programu „T”", "Rada ds.
   … przyjęła Strategię „T”", "Rada ds. … działa na rzecz mieszkańców") keeps the body's name
   without it.

Each rule is measured over 160 cases drawn by hypothesis (derandomized seeds), each negative
control over 120. The table pages carry the whole front matter (title, source, published,
publisher, language) and the title as their first heading. The rate is printed with -s, with
each wording's share and the failures, and each bar is the rate measured less about two points.
Measured when the file was written (main / base13, the code before the rules):
1. 100% / 0% (each head, surnames and adjectives, each kind word 100% / 0%).
2. 100% / 0% (each way of naming the office 100% / 0%).
3. 72.5% / 0%; where the page read the body's name whole, 100% (116/116) / 0% (0/71): every
   miss is a name read wrong (see the known misses).
4. 69.4% / 17.5%; "na rzecz" alone, and a programme after "Programu" or "Projektu", 100% / 10.9%
   (base13 read "Rada/Komisja/Komitet ds. … Programu „T”" whole already; "Zespół …" never).
After the first two known misses below were mended (names.py inside_a_quoted_initiative, a
document's title inside a body's name; continues_complement's participles): rule 3 88.1%
(141/160; every miss is the third known miss), rule 4 98.8% (158/160).
Every negative control 100% on both.

Known misses (the first two mended since, as said above; the rest stand):
- rule 4 (b), a title after "Strategii": 0/28 (base13 8/28, a regression). The quoted title is
  read as a document and the body is lost or cut before the quote: "Rada Sterująca ds.
  realizacji Strategii „Wspólny Gdańsk” przyjęła plan pracy na 2022 rok." names no organisation
  at all (base13: "Rada Sterująca ds. realizacji Strategii Wspólny Gdańsk"); "Prezydent
  przedstawił Zespołowi ds. realizacji Strategii „Gdańska Nieszporność Otwarta” raport …"
  names "Zespół ds. realizacji Strategii".
- rule 4 (b), "Inicjatywy" or "Kampanii" and a title with a city's name: 0/19 (base13 5/19, a
  regression for Rada, Komisja, Komitet). The title is no programme or project mention, so it
  is read word by word and the city ends it: "Komisja ds. realizacji Inicjatywy „Otwarte
  Katowice” przyjęła plan pracy na 2018 rok." -> "Komisja ds. realizacji Inicjatywy Otwarte"
  (base13 whole); "Prezydent powołał Zespół ds. realizacji Inicjatywy „Wspólny Kraków” w 2018
  roku." -> "Zespół ds. realizacji Inicjatywy Wspólny". A title that opens with a city's
  adjective is cut before the quote: "Prezydent powołał Zespół ds. koordynacji Kampanii
  „Gdańska Rangowość Międzykulturowa” w 2021 roku." -> "Zespół ds. koordynacji Kampanii" (2 of
  the 12 "Kampanii" titles of common words).
- rule 3: "Zestawienie posiedzeń Komisji ds. polityki migracyjnej zaplanowanych na 2019 rok."
  names the body "Komisja ds. polityki migracyjnej zaplanowanych" (the participle agreeing with
  "posiedzeń" is taken for a word of the "ds." complement, on base13 too), and that body
  organises the rows: 26 of the 44 misses; the other 18 are rule 4's two misses above. Mended
  where the participle does not agree with the word before it ("migracyjnej zaplanowanych");
  where it does ("na rzecz rodzin zaplanowanych", a genitive plural either way) it stands:
  morphology cannot say which noun it belongs to, and names do hold participles ("ds. osób
  pozbawionych wolności").
- not measured (seen while writing, the same on base13): an adjective of the head right before
  the word for a programme is not put in the nominative ("W Radzie Doradczej Kampanii „T”" ->
  "Rada Doradczej Kampanii T", "Członkowie Komitetu Społecznego Projektu „T”" -> "Komitet
  Społecznego Projektu T"); the form with no "ds." ("Rada Programu „T”", read whole on base13
  already) is left out of rule 4.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
import rdflib

from tests.pages_templates import organisation_of, person_of, slug, z
from tests.pages_templates import w as w_word
from tests.relations_pages import CRASH, Pages, labelled, objects
from tests.relations_templates import (
    MONTHS_GEN,
    NEGATIVE,
    REFERENCE,
    Named,
    capitalise,
    cases,
    cities,
    draw,
    generated,
    office_of,
    readings,
    tallied,
    w,
)
from tests.test_bodies_projects_pages import (
    TITLE_ADJECTIVES,
    adjective,
    breakdown,
    gendered_nouns,
    noun,
    share,
)
from tests.test_events_properties import past
from tests.test_events_tables_lists_sheets import days_in
from ump_kg.extract.context import DocumentContext
from ump_kg.extract.document import read_source
from ump_kg.extract.pipeline import extract, knowledge

MANY = 160  # cases a rule (hypothesis may repeat a seed; at least 150 remain)
CONTROL = 120  # cases a negative control
ID = "https://w3id.org/ump-kg/id/"
UMP_BOARD = f"{ID}organisation/ump-zarzad"


def short(iri: object) -> str:
    return str(iri).rsplit("/", 1)[-1]


# --- pages as a portal saves them: the front matter names the source and the publisher --------


@dataclass(frozen=True)
class Row:
    day: dt.date
    city: str | None  # the IRI of the city the row's meeting is in


@dataclass(frozen=True)
class PageCase:
    title: str
    publisher: str
    published: str
    text: str
    rows: tuple[Row, ...]
    wanted: str  # a label (a venue's, a body's) or an IRI (a city's, a reference body's)
    template: str


class PortalPages(Pages):
    """Pages with the whole front matter a saved page has (title, source, published, publisher,
    language) and the title as the first heading, as tests/redteam's real pages are written."""

    def extract_case(self, case: PageCase) -> DocumentContext:
        number = next(self.count)
        path = self.folder / f"{self.stem}-{number}.md"
        publisher = f'publisher: "{case.publisher}"\n' if case.publisher else ""
        path.write_text(
            f'---\ntitle: "{case.title}"\n'
            f"source: https://www.example.org/aktualnosci/{slug(case.title)}-{number}.html\n"
            f"published: {case.published}\n{publisher}language: pl\n---\n"
            f"# {case.title}\n\n{case.text}\n",
            encoding="utf-8",
        )
        return extract(read_source(path), knowledge())


@pytest.fixture
def portal(tmp_path: Path) -> PortalPages:
    return PortalPages(tmp_path)


def events_text(ctx: DocumentContext) -> str:
    return "; ".join(f"{e.kind} {e.first} {short(e.city)} {short(e.iri)}" for e in ctx.events)


def facts_of(ctx: DocumentContext, *props: str) -> str:
    return "; ".join(
        f"{short(f.s)} {short(f.p)} {short(f.o)}" for f in ctx.facts if short(f.p) in props
    )


def measured_pages(
    portal: PortalPages,
    make: Callable[[random.Random], PageCase | None],
    check: Callable[[DocumentContext, PageCase], tuple[bool, str]],
    count: int,
) -> tuple[list[tuple[bool, str]], list[str]]:
    """`count` cases, each written as a page and extracted; what the check wanted and the
    events found are shown with a failure."""
    results, templates = [], []
    for case in cases(make, count):
        try:
            ctx = portal.extract_case(case)
        except RecursionError as error:
            results.append((False, f"{CRASH} {type(error).__name__}: {case.text!r}"))
            templates.append(case.template)
            continue
        ok, want = check(ctx, case)
        shown = f"[{case.publisher} | {case.title}]\n{case.text}"
        results.append((ok, f"{shown}\n       want {want}; events: {events_text(ctx)}"))
        templates.append(case.template)
    return results, templates


def events_on(ctx: DocumentContext, day: dt.date) -> list[str]:
    return [e.iri for e in ctx.events if e.first == day]


def events_of(ctx: DocumentContext, row: Row) -> list[str]:
    """The row's events: on its day, in its city."""
    return [e.iri for e in ctx.events if e.first == row.day and e.city == row.city]


# --- tables of meetings ------------------------------------------------------------------------

WEEKDAYS = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
HEADERS = (
    ("Lp.", "Data", "Miejsce", "Planowany temat posiedzenia"),
    ("Lp.", "Termin", "Miejsce", "Temat"),
    ("Data", "Miejsce", "Tematyka spotkania"),
    ("Lp.", "Data", "Miejsce", "Planowany temat posiedzenia", "Protokół z posiedzenia"),
)


def row_day(rng: random.Random, day: dt.date) -> str:
    """'15 stycznia 2019, wtorek, 17:30–19:30', '15.01.2019, wtorek, godz. 17:00', 'wtorek, 15
    stycznia 2019', '15 stycznia 2019 r.' (weekdays by the calendar)."""
    month = MONTHS_GEN[day.month - 1]
    weekday = WEEKDAYS[day.weekday()]
    start = rng.choice((16, 17, 17, 18))
    minutes = rng.choice(("00", "30"))
    hours = f"{start}:{minutes}–{start + 2}:{minutes}"
    return rng.choice(
        (
            f"{day.day} {month} {day.year}, {weekday}, {hours}",
            f"{day.day} {month} {day.year} r., {hours}",
            f"{day.day:02d}.{day.month:02d}.{day.year}, {weekday}, godz. {start}:{minutes}",
            f"{weekday}, {day.day} {month} {day.year}",
            f"{day.day} {month} {day.year} r.",
        )
    )


def table(rng: random.Random, rows: list[tuple[str, str, str]]) -> str:
    """A Markdown table of meetings: (day, place, topic) per row, under one of the headers."""
    header = rng.choice(HEADERS)
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for number, (day, place, topic) in enumerate(rows, 1):
        cells = [day, place, topic]
        if header[0] == "Lp.":
            cells.insert(0, f"{number}.")
        if len(cells) < len(header):
            cells.append("")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


ACTIONS = ("integracja", "edukacja", "wsparcie", "zatrudnienie", "ochrona", "aktywizacja")
SERVED = ("cudzoziemiec", "migrant", "uchodźca", "dziecko", "rodzina", "senior")
AFTER_TOPIC = ("przedstawienie raportu", "sprawy bieżące", "podsumowanie roku", "dyskusja")


def topic(rng: random.Random, city: Named | None) -> str:
    """A row's topic: 'Integracja cudzoziemców – sprawy bieżące.', and with a city in one of its
    cases: 'Edukacja dzieci w Lublinie.', 'Lublin – wsparcie rodzin.', 'Współpraca
    organizacji z Lublinem.', 'Sytuacja seniorów na terenie Lublina.'"""
    action = noun(rng.choice(ACTIONS), "sg", "nom")
    served = noun(rng.choice(SERVED), "pl", "gen")
    what = f"{action} {served}"
    if city is None:
        return capitalise(f"{what} – {rng.choice(AFTER_TOPIC)}.")
    return rng.choice(
        (
            f"{capitalise(what)} {w(city)}.",
            f"{city.label} – {what}.",
            f"Współpraca organizacji pozarządowych z {city.form('inst')}: {what}.",
            f"{capitalise(what)} na terenie {city.form('gen')}.",
        )
    )


@dataclass(frozen=True)
class Table:
    rows: tuple[Row, ...]
    text: str
    year: int


def table_of(
    rng: random.Random,
    places: Callable[[random.Random], str],
    city: Named | None,
) -> Table:
    """Two to four rows, one meeting a row, each a day of one year; the topic names the city
    (none where `city` is None)."""
    year = rng.randrange(2016, 2025)
    spans = days_in(rng, year, rng.randrange(2, 5))
    place = places(rng)
    rows, cells = [], []
    for first, _ in spans:
        rows.append(Row(first, city.iri if city else None))
        cells.append((row_day(rng, first), place, topic(rng, city)))
    return Table(tuple(rows), table(rng, cells), year)


def published_before(rng: random.Random, year: int) -> str:
    return dt.date(year - 1, 12, rng.randrange(1, 29)).isoformat()


TITLES = (
    "Harmonogram posiedzeń w {year} roku",
    "Harmonogram spotkań na {year} rok",
    "Plan pracy na {year} rok",
    "Terminy posiedzeń",
)


# streets: 'ul. Zielona 5', 'ul. Kowalskiego 3', 'pl. Wolności 2'
STREET_ADJECTIVES = ("zielony", "długi", "krótki", "szeroki", "polny", "ogrodowy", "leśny")


def address(rng: random.Random) -> str:
    number = rng.randrange(1, 60)
    how = rng.randrange(3)
    if how == 0:
        street = capitalise(adjective(rng.choice(STREET_ADJECTIVES), "sg", "nom", "f"))
        return f"ul. {street} {number}"
    surname = person_of(rng, set()).form("gen").split()[-1]
    return f"{rng.choice(('ul.', 'pl.', 'al.'))} {surname} {number}"


# --- 1. buildings named by the new place heads are the venues of a table's rows ----------------

# the six heads names.py PLACE_HEADS gained, and their genders (morfeusz2's)
PLACE_HEADS = {
    "pawilon": "m3",
    "gmach": "m3",
    "kino": "n",
    "opera": "f",
    "dworek": "m3",
    "spichlerz": "m3",
}
VENUE_ADJECTIVES = (
    "główny", "miejski", "bałtycki", "nowy", "stary", "królewski", "wielki", "zielony",
    "biały", "muzyczny", "kameralny", "letni",
)  # fmt: skip
KIND_WORDS = ("sala ", "sala ", "aula ", "")


@dataclass(frozen=True)
class Building:
    label: str
    head: str
    forms: tuple[tuple[str, str], ...]
    named: str  # 'a surname' | 'an adjective'

    def form(self, case: str) -> str:
        return dict(self.forms)[case]


def building_of(rng: random.Random) -> Building:
    """'Pawilon Wyspiańskiego', 'Opera Bałtycka', 'Kino Zielone', 'Dworek Szymborskiej': a head
    of the six in its case, and a surname in the genitive (SGJP, by morfeusz2) or an adjective
    agreeing with the head."""
    head = rng.choice(sorted(PLACE_HEADS))
    gender = PLACE_HEADS[head]
    by_surname = rng.random() < 0.6
    surname = person_of(rng, set()).form("gen").split()[-1]
    kind = rng.choice(VENUE_ADJECTIVES)
    forms = []
    for case in ("nom", "gen", "acc", "loc"):
        after = surname if by_surname else capitalise(adjective(kind, "sg", case, gender))
        forms.append((case, f"{capitalise(noun(head, 'sg', case))} {after}"))
    named = "a surname" if by_surname else "an adjective"
    return Building(dict(forms)["nom"], head, tuple(forms), named)


BODY_INTROS = (
    "Harmonogram posiedzeń {B} w {year} roku.",
    "Terminy spotkań {B} w {year} roku:",
    "Posiedzenia {B} odbędą się w następujących terminach:",
)


def venue_case(rng: random.Random) -> PageCase:
    """A table of meetings whose place column names a building: '| sala Pawilon Wyspiańskiego,
    pl. Wszystkich Świętych 2 |'; the topic names the city."""
    building = building_of(rng)
    (city,) = draw(rng, cities())
    kind = rng.choice(KIND_WORDS)
    made = table_of(rng, lambda r: f"{kind}{building.label}, {address(r)}", city)
    body = ds_body(rng)
    intro = rng.choice(BODY_INTROS).format(B=body.form("gen"), year=made.year)
    title = rng.choice(TITLES).format(year=made.year)
    template = f"{building.head} | {building.named} | {kind.strip() or 'no kind word'}"
    return PageCase(
        title,
        "",
        published_before(rng, made.year),
        f"{intro}\n\n{made.text}",
        made.rows,
        building.label,
        template,
    )


def venue_labels(ctx: DocumentContext, event: str) -> set[str | None]:
    return {
        ctx.entities[str(o)].label_pl if str(o) in ctx.entities else str(o)
        for o in objects(ctx, event, "venue")
    }


def each_rows_venue(ctx: DocumentContext, case: PageCase) -> tuple[bool, str]:
    missing = [
        str(row.day)
        for row in case.rows
        if not any(case.wanted in venue_labels(ctx, e) for e in events_of(ctx, row))
    ]
    return not missing, f"venue {case.wanted!r} of each row; missing {missing}; " + facts_of(
        ctx, "venue"
    )


def test_a_building_in_the_place_column_is_each_rows_venue(portal: PortalPages) -> None:
    results, templates = measured_pages(portal, venue_case, each_rows_venue, MANY)
    value = tallied(
        "'| sala Pawilon Wyspiańskiego, pl. Wszystkich Świętych 2 |': each row's venue",
        results,
        [t.split(" | ")[0] for t in templates],
    )
    breakdown("by how the building is named", results, [t.split(" | ")[1] for t in templates])
    breakdown("by the kind word before it", results, [t.split(" | ")[2] for t in templates])
    assert value >= 0.98  # measured 100% (base13 0%)


# negative control: the same buildings in running text, not where an event is held
BUILDING_SAID = {
    "X wyremontowano": "{B_acc} wyremontowano w {year} roku.",
    "rozbudowę X": "Miasto planuje rozbudowę {B_gen}.",
    "Bilety do X": "Bilety do {B_gen} można kupić w internecie.",
    "X ma nową elewację": "{B_nom} ma nową elewację.",
}


def building_said_case(rng: random.Random) -> PageCase:
    """A meeting told in a sentence ('12 marca 2019 r. w Lublinie odbyło się posiedzenie Rady
    ds. …') or a table whose place is the city's office, and a sentence about a building that
    is not where it was held: 'Pawilon Wyspiańskiego wyremontowano w 2019 roku.'"""
    building = building_of(rng)
    (city,) = draw(rng, cities())
    said, frame = rng.choice(sorted(BUILDING_SAID.items()))
    year = rng.randrange(2016, 2025)
    about = frame.format(
        B_nom=building.form("nom"),
        B_gen=building.form("gen"),
        B_acc=capitalise(building.form("acc")),
        year=year,
    )
    body = ds_body(rng)
    if rng.random() < 0.5:
        (day, _), *_ = days_in(rng, year, 1)
        told = (
            f"{day.day} {MONTHS_GEN[day.month - 1]} {year} r. {w(city)} odbyło się posiedzenie "
            f"{body.form('gen')}."
        )
        text = rng.choice((f"{told} {about}", f"{told}\n\n{about}"))
        rows: tuple[Row, ...] = (Row(day, city.iri),)
        template = "a meeting told in a sentence"
        published = (day + dt.timedelta(days=3)).isoformat()
    else:
        office = f"Urząd Miasta {city.form('gen')}, Sala Sesyjna"
        made = table_of(rng, lambda _: office, None)
        intro = rng.choice(BODY_INTROS).format(B=body.form("gen"), year=made.year)
        text = f"{intro}\n\n{made.text}\n\n{about}"
        rows = tuple(Row(r.day, city.iri) for r in made.rows)
        template = "a table, the office its place"
        published = published_before(rng, made.year)
    return PageCase(
        "Aktualności", "", published, text, rows, building.label, f"{template} | {said}"
    )


def no_event_there(ctx: DocumentContext, case: PageCase) -> tuple[bool, str]:
    wrong = [short(e.iri) for e in ctx.events if case.wanted in venue_labels(ctx, e.iri)]
    # (whether the meetings themselves were read: a control on a page that made no event
    # would hold for nothing)
    read = "READ" if all(events_of(ctx, row) for row in case.rows) else "NOT READ"
    return not wrong, (
        f"no event at {case.wanted!r} (meetings {read}); found {wrong}; " + facts_of(ctx, "venue")
    )


def test_a_building_told_of_in_running_text_is_no_events_venue(portal: PortalPages) -> None:
    results, templates = measured_pages(portal, building_said_case, no_event_there, CONTROL)
    value = tallied(
        "negative: 'Pawilon Wyspiańskiego wyremontowano w 2019 roku.': no event's venue",
        results,
        [t.split(" | ")[0] for t in templates],
    )
    breakdown("by the sentence", results, [t.split(" | ")[1] for t in templates])
    read = sum("meetings READ" in text for _, text in results) / len(results)
    print(f"  the page's meetings read: {read:.1%}")
    assert value >= NEGATIVE
    assert read >= 0.95  # measured 100% on both


# --- 2. a row with no city is in the city of the office that publishes the page ---------------

PORTALS = ("serwis {adj} {city}", "Biuro Prasowe", "Biuletyn Informacji Publicznej", "")


@cache
def office_names() -> dict[str, tuple[str, ...]]:
    """A city's office by its reference label and alternative labels (graph/reference)."""
    graph = rdflib.Graph().parse(REFERENCE / "organisations.ttl")
    found: dict[str, list[str]] = {}
    for prop in (rdflib.RDFS.label, rdflib.SKOS.altLabel):
        for s, o in graph.subject_objects(prop):
            if isinstance(o, rdflib.Literal) and o.language == "pl":
                found.setdefault(str(s), []).append(str(o))
    return {iri: tuple(sorted(names)) for iri, names in found.items()}


def city_gender(city: Named) -> tuple[str, str]:
    """(number, gender) of the city's name (morfeusz2): 'Kraków' (sg, m3), 'Katowice' (pl, n)."""
    for _, parts, quals in readings(city.label):
        if parts[0] == ["subst"] and "nazwa_geograficzna" in quals:
            return parts[1][0], parts[3][0]
    raise AssertionError(city.label)


def publisher_of(rng: random.Random, city: Named) -> tuple[str, str]:
    """The city's office as a portal names itself: 'Urząd Miasta Krakowa – serwis Otwarty
    Kraków', 'Urząd Miejski w Gdańsku', 'Urząd Miasta Łodzi – Biuro Prasowe' (the office's
    reference names, 'Urząd Miasta' with the city's genitive, 'Urząd Miejski' with its
    locative); and how it was named."""
    how = rng.randrange(3)
    if how == 0:
        office = rng.choice(office_names()[office_of(city)])
        key = "the reference name"
    elif how == 1:
        office, key = f"Urząd Miasta {city.form('gen')}", "Urząd Miasta + genitive"
    else:
        office, key = f"Urząd Miejski {w(city)}", "Urząd Miejski + locative"
    portal = rng.choice(PORTALS)
    key += f" | {portal.split()[0] if portal else 'the office alone'}"
    if portal.startswith("serwis"):
        number, gender = city_gender(city)
        lexeme = rng.choice(("otwarty", "przyjazny", "wspólny"))
        made = adjective(lexeme, number, "nom", gender if number == "sg" else "n")
        portal = portal.format(adj=capitalise(made), city=city.label)
    return (f"{office} – {portal}" if portal else office), key


def room(rng: random.Random) -> str:
    """A place that names no office and no city: 'sala nr 12, ul. Zielona 5', 'sala Pawilon
    Wyspiańskiego, pl. Matejki 2', 'Gmach Główny'."""
    how = rng.randrange(3)
    if how == 0:
        return f"sala nr {rng.randrange(1, 300)}, {address(rng)}"
    if how == 1:
        return f"{rng.choice(KIND_WORDS)}{building_of(rng).label}, {address(rng)}"
    return f"sala konferencyjna, {address(rng)}"


INTROS = (
    "Harmonogram posiedzeń w {year} roku.",
    "Poniżej terminy spotkań w {year} roku:",
    "Harmonogram posiedzeń {B} w {year} roku.",
    "Terminy spotkań {B} w {year} roku:",
)


def publisher_case(rng: random.Random) -> PageCase:
    """A table whose rows and title name no city, its place a room; the page's publisher is a
    city's office."""
    (city,) = draw(rng, cities())
    made = table_of(rng, room, None)
    publisher, key = publisher_of(rng, city)
    intro = rng.choice(INTROS).format(B=ds_body(rng).form("gen"), year=made.year)
    rows = tuple(Row(r.day, city.iri) for r in made.rows)
    return PageCase(
        rng.choice(TITLES).format(year=made.year),
        publisher,
        published_before(rng, made.year),
        f"{intro}\n\n{made.text}",
        rows,
        city.iri,
        key,
    )


def each_row_in_the_city(ctx: DocumentContext, case: PageCase) -> tuple[bool, str]:
    missing = [
        str(row.day)
        for row in case.rows
        if not any(
            case.wanted in {str(o) for o in objects(ctx, e, "inCity")}
            for e in events_on(ctx, row.day)
        )
    ]
    return not missing, f"each row in {short(case.wanted)}; missing {missing}"


def test_a_row_with_no_city_is_in_the_publishing_offices_city(portal: PortalPages) -> None:
    results, templates = measured_pages(portal, publisher_case, each_row_in_the_city, MANY)
    value = tallied(
        "'publisher: Urząd Miasta Krakowa – serwis Otwarty Kraków': each row in Kraków",
        results,
        [t.split(" | ")[0] for t in templates],
    )
    breakdown("by what follows the office", results, [t.split(" | ")[1] for t in templates])
    assert value >= 0.98  # measured 100% (base13 0%)


OTHER_PUBLISHERS = ("Fundacja Ocalenie", "Gazeta Wyborcza", "Stowarzyszenie Nomada")


def other_publisher_case(rng: random.Random) -> PageCase:
    """The same tables published by a body that is no city's office: 'Fundacja Ocalenie',
    'Gazeta Wyborcza', a made-up foundation (in a city or not), 'Radio Lublin'."""
    (city,) = draw(rng, cities())
    made = table_of(rng, room, None)
    how = rng.randrange(4)
    if how == 0:
        publisher, key = rng.choice(OTHER_PUBLISHERS), "a known body, no office"
    elif how == 1:
        publisher, key = organisation_of(rng).label, "a made-up body"
    elif how == 2:
        publisher, key = organisation_of(rng, city).label, "a made-up body in a city"
    else:
        publisher, key = f"Radio {city.label}", "Radio <city>"
    intro = rng.choice(INTROS).format(B=ds_body(rng).form("gen"), year=made.year)
    return PageCase(
        rng.choice(TITLES).format(year=made.year),
        publisher,
        published_before(rng, made.year),
        f"{intro}\n\n{made.text}",
        made.rows,
        "",
        key,
    )


def no_event_of_a_row(ctx: DocumentContext, case: PageCase) -> tuple[bool, str]:
    wrong = [short(e) for row in case.rows for e in events_on(ctx, row.day)]
    return not wrong, f"no event on the rows' days; found {wrong}"


def test_a_row_with_no_city_published_by_no_office_makes_no_event(portal: PortalPages) -> None:
    results, templates = measured_pages(portal, other_publisher_case, no_event_of_a_row, CONTROL)
    value = tallied("negative: 'publisher: Fundacja Ocalenie': no event", results, templates)
    assert value >= NEGATIVE


# --- bodies: 'Zespół Interdyscyplinarny ds. współpracy na rzecz realizacji Programu „T”' ------

BODY_HEADS = {"zespół": "m3", "rada": "f", "komisja": "f", "komitet": "m3"}
BODY_ADJECTIVES = ("interdyscyplinarny", "doradczy", "konsultacyjny", "społeczny", "sterujący")
# the complement after 'ds.': an action and what may qualify it (a plural genitive of the people
# it is for, or an adjective agreeing with it)
DS_ACTIONS = {
    "współpraca": ("f", (), ("międzynarodowy", "lokalny", "międzysektorowy")),
    "integracja": ("f", ("cudzoziemiec", "migrant", "imigrant", "uchodźca"), ("społeczny",)),
    "polityka": ("f", (), ("migracyjny", "społeczny", "senioralny")),
    "dialog": ("m3", (), ("międzykulturowy", "społeczny", "obywatelski")),
    "wsparcie": ("n", ("cudzoziemiec", "migrant", "uchodźca", "rodzina"), ()),
    "ochrona": ("f", ("uchodźca", "cudzoziemiec"), ("zdrowotny",)),
}
# what follows 'na rzecz': a noun in the genitive, and the people it is for
FOR_NOUNS = (("mieszkaniec", "pl"), ("rodzina", "pl"), ("integracja", "sg"), ("rozwój", "sg"))
FOR_WHOM = ("cudzoziemiec", "migrant", "uchodźca", "mieszkaniec")
# the word before a programme's name ('realizacji Programu')
FOR_INITIATIVE = ("realizacja", "koordynacja", "promocja")
INITIATIVE_WORDS = ("program", "projekt", "strategia", "inicjatywa", "kampania")
# adjectives of a programme named after a city ('Otwarty Kraków'; no city's own adjective)
CITY_TITLE_ADJECTIVES = ("otwarty", "wspólny", "przyjazny", "nowy", "zielony", "sąsiedzki")


@dataclass(frozen=True)
class Body:
    label: str  # the name as the page gives it in the nominative, quotes dropped
    forms: tuple[tuple[str, str], ...]  # as written, in each case
    template: str  # its form | the initiative word | what the title is | its head

    def form(self, case: str) -> str:
        return dict(self.forms)[case]


def lower_genitive(rng: random.Random) -> str:
    """'integracji cudzoziemców', 'polityki migracyjnej', 'dialogu': lower-case genitives."""
    action = rng.choice(sorted(DS_ACTIONS))
    gender, targets, adjectives = DS_ACTIONS[action]
    words = [noun(action, "sg", "gen")]
    how = rng.randrange(3)
    if how == 0 and targets:
        words.append(noun(rng.choice(targets), "pl", "gen"))
    elif how == 1 and adjectives:
        words.append(adjective(rng.choice(adjectives), "sg", "gen", gender))
    return " ".join(words)


def for_whom(rng: random.Random) -> str:
    """'mieszkańców', 'integracji cudzoziemców', 'rozwoju rodzin' after 'na rzecz'."""
    lexeme, number = rng.choice(FOR_NOUNS)
    words = [noun(lexeme, number, "gen")]
    if number == "sg":
        words.append(noun(rng.choice(FOR_WHOM), "pl", "gen"))
    return " ".join(words)


def programme_title(rng: random.Random) -> tuple[str, str]:
    """Two or three capitalised words: 'Otwarty Kraków', 'Wspólna Łódź', 'Szczecińska
    Kawiarenka', 'Nowy Ogród Zielony' (adjectives agreeing, by morfeusz2); and whether a city
    names it."""
    if rng.random() < 0.4:
        city = rng.choice(cities())
        number, gender = city_gender(city)
        lexeme = rng.choice(CITY_TITLE_ADJECTIVES)
        made = adjective(lexeme, number, "nom", gender if number == "sg" else "n")
        return f"{capitalise(made)} {city.label}", "a city's name"
    first, second = rng.sample(TITLE_ADJECTIVES, 2)
    word, gender = rng.choice(gendered_nouns())
    title = f"{capitalise(adjective(first, 'sg', 'nom', gender))} {word}"
    if rng.random() < 0.5:
        title += f" {capitalise(adjective(second, 'sg', 'nom', gender))}"
    return title, "common words"


@cache
def initiative_genitive(lexeme: str) -> str:
    """The word for an initiative in the genitive: 'Programu', 'Strategii' (morfeusz2 also makes
    'programa', the genitive of a computer program, left out: the one ending in -u is kept)."""
    made = [
        orth
        for orth, parts in generated(lexeme)
        if parts[0] == ("subst",) and "sg" in parts[1] and "gen" in parts[2]
    ]
    assert made, lexeme
    return next((m for m in made if m.endswith("u")), made[0])


def declined(head: str, before: str | None, rest: str) -> tuple[tuple[str, str], ...]:
    gender = BODY_HEADS[head]
    forms = []
    for case in ("nom", "gen", "dat", "acc", "inst", "loc"):
        words = [capitalise(noun(head, "sg", case))]
        if before is not None:
            words.append(capitalise(adjective(before, "sg", case, gender)))
        forms.append((case, " ".join([*words, rest])))
    return tuple(forms)


BODY_FORMS = ("ds.", "na rzecz", "ds. … Programu „T”", "ds. … na rzecz … Programu „T”")


def body_of(rng: random.Random, how: str | None = None) -> Body:
    """A body named by its head (Zespół, Rada, Komisja, Komitet), an adjective agreeing with it
    or not, then 'ds.' and one of: lower-case genitives ('ds.'); lower-case genitives, 'na
    rzecz' and more ('na rzecz'); the word before a programme, the word for it and its quoted
    name ('ds. … Programu „T”': 'ds. realizacji Programu „Otwarty Kraków”'); both ('ds. … na
    rzecz … Programu „T”': 'ds. współpracy na rzecz realizacji Programu „Otwarty Kraków”')."""
    head = rng.choice(sorted(BODY_HEADS))
    before = rng.choice(BODY_ADJECTIVES) if rng.random() < 0.5 else None
    how = how or rng.choice(BODY_FORMS)
    word, titled = "", ""
    if how == "ds.":
        rest = f"ds. {lower_genitive(rng)}"
    elif how == "na rzecz":
        rest = f"ds. {lower_genitive(rng)} na rzecz {for_whom(rng)}"
    else:
        title, titled = programme_title(rng)
        lexeme = rng.choice(INITIATIVE_WORDS)
        word = capitalise(initiative_genitive(lexeme))
        lead = noun(rng.choice(FOR_INITIATIVE), "sg", "gen")
        rest = f"ds. {lead} {word} „{title}”"
        if "na rzecz" in how:
            rest = f"ds. {lower_genitive(rng)} na rzecz {lead} {word} „{title}”"
    forms = declined(head, before, rest)
    label = dict(forms)["nom"].replace("„", "").replace("”", "")
    return Body(label, forms, f"{how} | {word or '-'} | {titled or '-'} | {capitalise(head)}")


def ds_body(rng: random.Random) -> Body:
    """A body the code before the rules read whole already: 'Rada Konsultacyjna ds. integracji
    cudzoziemców'."""
    return body_of(rng, "ds.")


# --- 3. the body named over a table of meetings organises each row's meeting -----------------

OVER_THE_TABLE = {
    "Harmonogram posiedzeń X w … roku.": "Harmonogram posiedzeń {B} w {year} roku.",
    "Terminy spotkań X:": "Terminy spotkań {B} w {year} roku:",
    "Posiedzenia X odbędą się w terminach:": "Posiedzenia {B} odbędą się w terminach:",
    "Zestawienie posiedzeń X zaplanowanych na … rok.": (
        "Zestawienie posiedzeń {B} zaplanowanych na {year} rok."
    ),
    "…, then: Planowany temat posiedzenia może się zmienić.": (
        "Harmonogram posiedzeń {B} w {year} roku. Planowany temat posiedzenia może się "
        "zmienić ze względu na bieżące sprawy."
    ),
    "Przedstawiamy plan pracy. Posiedzenia X odbędą się:": (
        "Przedstawiamy plan pracy na {year} rok. Posiedzenia {B} odbędą się w następujących "
        "terminach:"
    ),
}


def organiser_case(rng: random.Random) -> PageCase:
    """A table of meetings whose rows name a city, under a paragraph that names the body right
    after the meeting word: a body of the four forms above, or the Board of the Union
    ('Zarządu Unii Metropolii Polskich', the reference's)."""
    (city,) = draw(rng, cities())
    made = table_of(rng, lambda r: f"{r.choice(KIND_WORDS)}{building_of(r).label}", city)
    if rng.random() < 0.12:
        written, wanted, kind = "Zarządu Unii Metropolii Polskich", UMP_BOARD, "Zarząd UMP"
    else:
        body = body_of(rng)
        written, wanted, kind = body.form("gen"), body.label, body.template.split(" | ")[0]
    key, frame = rng.choice(sorted(OVER_THE_TABLE.items()))
    intro = frame.format(B=written, year=made.year)
    return PageCase(
        rng.choice(TITLES).format(year=made.year),
        "",
        published_before(rng, made.year),
        f"{intro}\n\n{made.text}",
        made.rows,
        wanted,
        f"{key} | {kind}",
    )


def body_iris(ctx: DocumentContext, wanted: str) -> set[str]:
    return {wanted} if wanted.startswith("http") else set(labelled(ctx, wanted))


def organisations_found(ctx: DocumentContext) -> list[str]:
    return sorted(e.label_pl or "" for i, e in ctx.entities.items() if "/organisation/" in i)


def each_row_organised(ctx: DocumentContext, case: PageCase) -> tuple[bool, str]:
    iris = body_iris(ctx, case.wanted)
    missing = [
        str(row.day)
        for row in case.rows
        if not any(
            iris & {str(o) for o in objects(ctx, e, "organiser")} for e in events_of(ctx, row)
        )
    ]
    named = "named" if iris else "NOT NAMED"
    return not missing, (
        f"organiser {case.wanted!r} ({named}) of each row; missing {missing}; orgs "
        f"{organisations_found(ctx)}; " + facts_of(ctx, "organiser")
    )


def test_the_body_named_over_a_table_organises_its_rows(portal: PortalPages) -> None:
    results, templates = measured_pages(portal, organiser_case, each_row_organised, MANY)
    value = tallied(
        "'Harmonogram posiedzeń Zespołu X w 2019 roku.' over a table: each row's organiser",
        results,
        [t.split(" | ")[0] for t in templates],
    )
    bodies = [t.split(" | ")[1] for t in templates]
    breakdown("by the body's form", results, bodies)
    # where the page read the body's name whole: the organiser rule itself (the names it gets
    # are rule 4's and names.py's)
    named = ["NOT NAMED" not in text for _, text in results]
    kept = [ok for (ok, _), whole in zip(results, named, strict=True) if whole]
    read = sum(kept) / len(kept)
    print(f"  where the body's name was read whole: {sum(kept)}/{len(kept)} = {read:.1%}")
    # measured 72.5% (base13 0%) when written, 88.1% since rule 4's misses were mended: every
    # miss is a name read wrong (the participle the known misses describe)
    assert value >= 0.86
    assert read >= 0.98  # measured 100% (base13 0%)
    assert len(kept) >= 100


NOT_AFTER = {
    "Harmonogram posiedzeń przygotował X. Planowany temat …": (
        "Harmonogram posiedzeń na {year} rok {prepared} {B_nom}. Planowany temat posiedzenia "
        "może się zmienić."
    ),
    "Terminy spotkań ustalił X:": "Terminy spotkań w {year} roku {set} {B_nom}:",
    "X opublikował harmonogram spotkań:": "{B_nom} {published} harmonogram spotkań na {year} rok:",
    "Posiedzenia odbędą się w siedzibie X:": (
        "Posiedzenia odbędą się w siedzibie {B_gen} w następujących terminach:"
    ),
}


def gender_of_head(label: str) -> str:
    head = label.split()[0]
    for _, parts, _ in readings(head):
        if parts[0] == ["subst"] and "nom" in parts[2]:
            return parts[3][0]
    raise AssertionError(label)


def not_after_case(rng: random.Random) -> PageCase:
    """The same tables under a paragraph that names a body elsewhere than right after the
    meeting word: a made-up foundation, a council 'ds. …' or the city's office."""
    (city,) = draw(rng, cities())
    made = table_of(rng, lambda r: f"{r.choice(KIND_WORDS)}{building_of(r).label}", city)
    how = rng.randrange(3)
    if how == 0:
        made_up = organisation_of(rng)
        forms, wanted, kind = dict(made_up.forms), made_up.label, "a foundation"
    elif how == 1:
        body = ds_body(rng)
        forms, wanted, kind = dict(body.forms), body.label, "a council 'ds.'"
    else:
        forms = {
            "nom": f"Urząd Miasta {city.form('gen')}",
            "gen": f"Urzędu Miasta {city.form('gen')}",
        }
        wanted, kind = office_of(city), "the city's office"
    gender = gender_of_head(forms["nom"])
    key, frame = rng.choice(sorted(NOT_AFTER.items()))
    intro = frame.format(
        B_nom=forms["nom"],
        B_gen=forms["gen"],
        year=made.year,
        prepared=past("przygotować", "sg", gender),
        set=past("ustalić", "sg", gender),
        published=past("opublikować", "sg", gender),
    )
    return PageCase(
        rng.choice(TITLES).format(year=made.year),
        "",
        published_before(rng, made.year),
        f"{intro}\n\n{made.text}",
        made.rows,
        wanted,
        f"{key} | {kind}",
    )


def organises_nothing(ctx: DocumentContext, case: PageCase) -> tuple[bool, str]:
    iris = body_iris(ctx, case.wanted)
    wrong = [short(f.s) for f in ctx.facts if short(f.p) == "organiser" and str(f.o) in iris]
    read = "READ" if all(events_of(ctx, row) for row in case.rows) else "NOT READ"
    return not wrong, f"{case.wanted!r} organises nothing (meetings {read}); found {wrong}"


def test_a_body_not_right_after_the_meeting_word_organises_nothing(portal: PortalPages) -> None:
    results, templates = measured_pages(portal, not_after_case, organises_nothing, CONTROL)
    value = tallied(
        "negative: 'Harmonogram posiedzeń na 2019 rok przygotował X.': no organiser",
        results,
        [t.split(" | ")[0] for t in templates],
    )
    breakdown("by the body", results, [t.split(" | ")[1] for t in templates])
    read = sum("meetings READ" in text for _, text in results) / len(results)
    print(f"  the page's meetings read: {read:.1%}")
    assert value >= NEGATIVE
    assert read >= 0.95  # measured 100% on both


# --- 4. a body's name goes on through 'na rzecz' and a quoted programme after 'Programu' -------

BODY_FRAMES = {
    "nom": "{B} {adopted} plan pracy na {year} rok.",
    "gen": "Członkowie {B} przyjęli regulamin pracy.",
    "dat": "Prezydent przedstawił {B} raport o sytuacji cudzoziemców.",
    "acc": "Prezydent powołał {B} w {year} roku.",
    "inst": "Miasto od lat współpracuje {z_B}.",
    "loc": "{W_B} zasiadają przedstawiciele organizacji pozarządowych.",
}


@dataclass(frozen=True)
class NameCase:
    label: str
    text: str
    template: str


def named_body_case(rng: random.Random) -> NameCase:
    body = body_of(rng, rng.choice(BODY_FORMS[1:]))
    case = rng.choice(sorted(BODY_FRAMES))
    head = body.label.split()[0].lower()
    text = BODY_FRAMES[case].format(
        B=body.form(case),
        adopted=past("przyjąć", "sg", BODY_HEADS[head]),
        year=rng.randrange(2016, 2025),
        z_B=z(body.form("inst")),
        W_B=capitalise(w_word(body.form("loc"))),
    )
    return NameCase(body.label, text, f"{body.template} | {case}")


def named_whole(ctx: DocumentContext, case: NameCase) -> tuple[bool, str]:
    found = [i for i in labelled(ctx, case.label) if "/organisation/" in i]
    return bool(found), f"a body {case.label!r}; orgs {organisations_found(ctx)}"


def measured_names(
    pages: Pages,
    make: Callable[[random.Random], NameCase],
    check: Callable[[DocumentContext, NameCase], tuple[bool, str]],
    count: int,
) -> tuple[list[tuple[bool, str]], list[str]]:
    results, templates = [], []
    for case in cases(make, count):
        ctx = pages.extract(case.text, published="2024-12-31")
        ok, want = check(ctx, case)
        results.append((ok, f"{case.text!r}\n       want {want}"))
        templates.append(case.template)
    return results, templates


def test_a_bodys_name_goes_on_through_na_rzecz_and_a_quoted_programme(pages: Pages) -> None:
    results, templates = measured_names(pages, named_body_case, named_whole, MANY)
    parts = [t.split(" | ") for t in templates]
    value = tallied(
        "'Zespołem ds. współpracy na rzecz realizacji Programu „Otwarty Kraków”': the whole name",
        results,
        [p[0] for p in parts],
    )
    breakdown("by the word for the initiative", results, [p[1] for p in parts])
    breakdown("by its title", results, [p[2] for p in parts])
    breakdown("by the word and the title", results, [f"{p[1]}, {p[2]}" for p in parts])
    breakdown("by the head", results, [p[3] for p in parts])
    breakdown("by the case", results, [p[4] for p in parts])
    read = share(
        "  'na rzecz' alone, or the programme after 'Programu' or 'Projektu'",
        results,
        [p[1] for p in parts],
        {"-", "Programu", "Projektu"},
    )
    # measured 69.4% (base13 17.5%) when written (the title after 'Strategii' read as a document
    # and the body lost; a title with a city's name after 'Inicjatywy' or 'Kampanii' cut before
    # it); 98.8% since both were mended (a title opening with a city's adjective still cut)
    assert value >= 0.96
    assert read >= 0.98  # measured 100% (base13 10.9%)


KEPT_APART = {
    "X realizuje program „T”": "{O} realizuje program „{T}”.",
    "X prowadzi projekt „T”": "{O} prowadzi projekt „{T}”.",
    "X przystąpiła do Programu „T”": "{O} {joined} do Programu „{T}”.",
    "Rada ds. … przyjęła Strategię „T”": "{D} {adopted} Strategię „{T}”.",
    "Rada ds. … działa na rzecz …": "{D} działa na rzecz {F}.",
}


def kept_apart_case(rng: random.Random) -> NameCase:
    """A body and a quoted programme (or 'na rzecz') with a verb between: the body's name ends
    before the verb."""
    key, frame = rng.choice(sorted(KEPT_APART.items()))
    title, _ = programme_title(rng)
    if "{O}" in frame:
        label = organisation_of(rng).label
        gender = gender_of_head(label)
        text = frame.format(O=label, T=title, joined=past("przystąpić", "sg", gender))
    else:
        label = ds_body(rng).label
        gender = BODY_HEADS[label.split()[0].lower()]
        text = frame.format(
            D=label, T=title, adopted=past("przyjąć", "sg", gender), F=for_whom(rng)
        )
    return NameCase(label, text, key)


def kept_without_the_title(ctx: DocumentContext, case: NameCase) -> tuple[bool, str]:
    found = [i for i in labelled(ctx, case.label) if "/organisation/" in i]
    longer = [o for o in organisations_found(ctx) if o.startswith(case.label + " ")]
    return bool(found) and not longer, f"the body {case.label!r} alone; longer {longer}"


def test_a_programme_after_a_verb_is_no_part_of_the_bodys_name(pages: Pages) -> None:
    results, templates = measured_names(pages, kept_apart_case, kept_without_the_title, CONTROL)
    value = tallied(
        "negative: 'Fundacja X realizuje program „T”': 'Fundacja X'", results, templates
    )
    assert value >= NEGATIVE
