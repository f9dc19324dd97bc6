"""Five rules about names, lists and delegations, on forms they were not written from.

1. A body's head in the nominative, a reference city in the nominative, then a capitalised word
   morfeusz2 does not read as an adjective are one name (extract/names.py absorbed_mention,
   phrase_words): "Fundacja Łódź Razem poprowadziła warsztaty." is an organisation labelled
   "Fundacja Łódź Razem". Heads are among ORGANISATION_HEADS (Fundacja, Stowarzyszenie, Centrum,
   Instytut, Ośrodek, Towarzystwo, Klub); cities the reference's twelve; the third word, half
   the time, a capitalised noun or adverb (Razem, Plus, Forum, Dialog, Start, Most …), else an
   SGJP common noun morfeusz2 reads as no adjective. The name is the subject of a past verb that
   agrees with its head (morfeusz2), opening its sentence or after "W 2022 roku", "Od 2019 r.",
   "Jak co roku", "Wczoraj". Negative control: "Urząd Miasta Kraków Wydział Edukacji ogłosił
   …", "Przy wsparciu Urzędu Miasta Katowice Fundacja X …", "Rada Miasta Gdańsk Uchwałą nr …",
   "Dzięki Radzie Miasta Białystok Fundacja X …" keep the reference office (the council, "Rada
   Miasta Gdańsk"), and no body is named with the city and the word after it.
2. On a page "# Spotkania Zespołu ds. Migracji i Integracji" (Posiedzenia, Kalendarium spotkań;
   the Team's name short or full) over a paragraph and year headings ("**2021**", "## 2021",
   "### 2021"), an item that opens with its day and says it was held online ("- 30 listopada –
   1 grudnia 2021 r. – spotkanie online. …", "- 9 marca 2022 r. – nadzwyczajne spotkanie zdalne
   poświęcone pomocy uchodźców.", "- 03.08.2021, spotkanie w formie wideokonferencji.") is a
   TeamMeeting held online (extract/events.py event_in_list_item): schema:eventAttendanceMode
   schema:OnlineEventAttendanceMode, the IRI meeting/<first day>-online, ump:meetingOf the Team,
   no city, on its days. Days are one or two, also across a month's end, written five ways with
   " r.", " roku" or nothing; the online words are eight (online, on-line, zdalne, w formie
   wideokonferencji, na platformie MS Teams, wideokonferencja …); second sentences name themes
   (morfeusz2) or are left out. Negative control: items that say online but open with no date
   ("- Spotkanie online zaplanowano na jesień.") make no event.
3. After a dated sentence of a visit in a reference city ("12 maja 2022 r. w Gdańsku gościła
   delegacja z Odessy.", "Szczecin gościł delegację z Kijowa.", "… odbyło się spotkanie z
   delegacją z …", "… odbyła się wizyta studyjna delegacji z …"; the foreign city's genitive and
   the verb agreeing with the city by morfeusz2), "W skład delegacji weszli X, Y oraz Z."
   ("wchodzili", "W skład delegacji z Kijowa weszli", "weszły" for women) and "Delegacji
   przewodniczyła X[, a w jej skład weszli także Y i Z]." make each person an ump:participant of
   that event (extract/events.py PARTICIPATION). People are SGJP's (tests/pages_templates
   person_of), one to four, men and women, verbs agreeing (morfeusz2). Negative control:
   "Delegacja liczyła dwanaście osób." and a person in a later sentence about something else
   ("Rok wcześniej X odwiedziła Kijów.", "W 2021 r. X był w Tarnopolu na konferencji.") leave
   the event with no participant.
4. A programme's or project's quoted name after up to six lower-case words saying what it is for
   ("Wizyta jest częścią programu wymiany … „X”, który realizuje IOM.", "w ramach projektu
   wsparcia rodzin uchodźczych „Razem w Lublinie”") is a Programme (a Project) labelled X
   (extract/names.py QUOTED_INITIATIVE). The kind word is in the case its sentence governs (nom,
   gen, acc, loc, inst; morfeusz2); the words are an action noun's genitive, an adjective
   agreeing with it, the genitive plural of whom it serves and its adjective, "dla" and another
   genitive plural (morfeusz2); titles are made up of SGJP nouns and agreeing adjectives
   (tests/test_bodies_projects_pages.title_of) or "Razem w Lublinie". Negative control: a comma
   between the kind word and a quote that names a newspaper ("Projekt zakończył się w 2019 r., a
   „Gazeta Lubelska” pisała o nim", "Program ruszył w marcu, o czym informował „Kurier Śląski”",
   "Radni rozmawiali o programie, a potem „Dziennik Łódzki” pisał o nim"; adjectives and verbs
   by morfeusz2) names no programme or project.
5. A quoted title that opens with a short name and a full stop or a colon before a subtitle
   ("Projekt „MIGRACITY. Lokalne polityki integracji migrantów …” realizowany będzie …",
   "„CITYLAB: Miejskie laboratoria …”"), on a page that also writes the short name alone
   ("Partnerami projektu MIGRACITY są …", "W ramach MIGRACITY …"), gives one project (programme)
   labelled with the short name (extract/names.py SHORT_NAME_FIRST in find_quoted_projects).
   Short names are coinages in capitals ("MIGRALAB"), with digits ("LOCAL4ALL", "URBANHUB2027"),
   mixed ("CityLAB", "CivicHub") and random capitals morfeusz2 does not know; subtitles are an
   adjective, a head, an action and whom it serves (morfeusz2), with "w miastach" or a city's
   locative or not. Negative controls: the same title on a page that never writes the short
   name alone keeps its whole title, and so does a title with a dash ("„CityLink – Local
   Integration Services for Cities”", or a Polish subtitle) whose short name is used alone.

Each rule is measured over 200 cases drawn by hypothesis (derandomized seeds), each negative
control over 120; the rate is printed with -s, with each wording's share and the failures, and
each bar is the rate measured less about two points. Measured when the file was written (main /
base11, the code before the rules): 1. 100% / 0%; 2. 100% / 0%; 3. 100% / 0.5% (a surname
"Przybyłka" read as "przybyła"); 4. 86.5% / 0% (the words of two letters or more 100% / 0%);
5. 100% / 0%; every negative control 100% on both.

Known misses, printed and not asserted:
- a body's head in the genitive ("Przedstawiciele Fundacji Łódź Razem …", "prezeska Instytutu
  Gdańsk Pepesza", "dotację dla Klubu Łódź Kompas") names no such body: 18/40 on main, only
  where the head's genitive is also read as a nominative ("Stowarzyszenia", "Towarzystwa",
  "Centrum"); 0/40 on base11;
- a verb between the kind word and the quote ("W ramach programu miasto wydało przewodnik „X”",
  "Na zakończenie programu dzieci przygotowały spektakl „X”") makes X a programme (a project):
  0/40 kept clear on main, 40/40 on base11.
Known misses kept among the cases of rule 4 (the bar allows them): a one-letter preposition or a
capitalised word among the words ("wsparcia rodzin z Ukrainy „X”", "w miastach", "w Lublinie")
names no programme, 0/27. Not measured: a relative clause between ("do programu, który nazwano
„X”") names no programme either.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from dataclasses import dataclass
from functools import cache

from tests.pages_templates import TEAM, TEAM_NAMES, organisation_of, person_of
from tests.relations_pages import Pages, labelled, measured, objects, person_iri
from tests.relations_templates import (
    MONTHS_GEN,
    NEGATIVE,
    UMP,
    Named,
    Person,
    capitalise,
    cities,
    form,
    generated,
    listed,
    noun_lexeme,
    office_of,
    rate,
    readings,
    tallied,
    title_nouns,
    w,
)
from tests.test_bodies_projects_pages import (
    PLACE_ADJECTIVES,
    acronym_words,
    adjective,
    breakdown,
    initiatives_titled,
    noun,
    share,
    title_of,
)
from tests.test_events_properties import past
from tests.test_events_tables_lists_sheets import LIST_HEADLINES, TEAM_SHORT, YEAR_LINES
from ump_kg.extract.context import DocumentContext, Event

COUNT = 200  # cases of each rule
CONTROL = 120  # cases of each negative control
SCHEMA = "https://schema.org/"
ONLINE_MODE = SCHEMA + "OnlineEventAttendanceMode"


def events_text(ctx: DocumentContext) -> str:
    return "; ".join(
        f"{e.kind} {e.first}–{e.last} {str(e.city).rsplit('/', 1)[-1]} online={e.online} "
        f"{e.iri.rsplit('/', 1)[-1]}"
        for e in ctx.events
    )


def organisations_found(ctx: DocumentContext) -> list[str]:
    return sorted(e.label_pl for i, e in ctx.entities.items() if "/organisation/" in i)


# --- 1. "Fundacja Łódź Razem": a city inside a body's name ---------------------------------------

# heads of bodies ORGANISATION_HEADS (extract/names.py) lists -> their gender
BODY_HEADS = {
    "fundacja": "f",
    "stowarzyszenie": "n",
    "centrum": "n",
    "instytut": "m3",
    "ośrodek": "m3",
    "towarzystwo": "n",
    "klub": "m3",
}
# capitalised nouns and adverbs a body's name goes on with (none read as an adjective)
NAME_WORDS = (
    "Razem", "Plus", "Forum", "Dialog", "Start", "Horyzont", "Most", "Kompas", "Azymut", "Impuls",
    "Kontakt", "Port", "Puls", "Spektrum", "Wektor", "Mozaika", "Tęcza", "Teraz", "Jutro",
)  # fmt: skip
# (a verb lexeme, what the body did)
BODY_DEEDS = (
    ("poprowadzić", "warsztaty dla cudzoziemców"),
    ("zorganizować", "zbiórkę darów dla uchodźców"),
    ("przygotować", "raport o sytuacji migrantów"),
    ("otrzymać", "dotację na kursy języka polskiego"),
    ("podpisać", "umowę o współpracy z miastem"),
    ("uruchomić", "telefon zaufania dla cudzoziemców"),
)
BODY_FRAMES = {
    "X did": "{N} {did} {what}.",
    "W roku X did": "W {year} roku {N} {did} {what}.",
    "Od roku X did": "Od {year} r. {N} {did} {what}.",
    "Jak co roku X did": "Jak co roku {N} {did} {what}.",
    "Wczoraj X did, a …": "Wczoraj {N} {did} {what}, a w przyszłym tygodniu zaprosi mieszkańców.",
}


def not_an_adjective(word: str) -> bool:
    return not any(parts[0] == ["adj"] for _, parts, _ in readings(word))


@cache
def name_nouns() -> tuple[str, ...]:
    """SGJP's common nouns, capitalised, that morfeusz2 never reads as an adjective."""
    return tuple(n for n in title_nouns() if not_an_adjective(n))


@dataclass(frozen=True)
class CityNameCase:
    label: str  # the body's name in the nominative ("Fundacja Łódź Razem"); "" in a control
    city: Named
    text: str
    template: str
    after: str = ""  # the word after the city (a control: no body of the city and it)


def city_name_case(rng: random.Random) -> CityNameCase:
    head = rng.choice(sorted(BODY_HEADS))
    city = rng.choice(cities())
    word = rng.choice(NAME_WORDS) if rng.random() < 0.5 else rng.choice(name_nouns())
    label = f"{capitalise(head)} {city.label} {word}"
    key = rng.choice(sorted(BODY_FRAMES))
    lexeme, what = rng.choice(BODY_DEEDS)
    text = BODY_FRAMES[key].format(
        N=label, did=past(lexeme, "sg", BODY_HEADS[head]), what=what, year=rng.randrange(2015, 2025)
    )
    return CityNameCase(label, city, text, f"{key} | {capitalise(head)}")


def genitive_case(rng: random.Random) -> CityNameCase:
    """'Przedstawiciele Fundacji Łódź Razem …': the head in the genitive (a known limit)."""
    made = city_name_case(rng)
    head, rest = made.label.split(" ", 1)
    written = f"{capitalise(noun(head.lower(), 'sg', 'gen'))} {rest}"
    text = rng.choice(
        (
            f"Przedstawiciele {written} poprowadzili warsztaty.",
            f"Na spotkaniu wystąpiła prezeska {written}.",
            f"Miasto przekazało dotację dla {written}.",
        )
    )
    return CityNameCase(made.label, made.city, text, "genitive")


def a_body_so_named(ctx: DocumentContext, case: CityNameCase) -> tuple[bool, str]:
    found = [i for i in labelled(ctx, case.label) if "/organisation/" in i]
    return bool(found), f"an organisation {case.label!r}; organisations {organisations_found(ctx)}"


def test_a_city_in_the_nominative_inside_a_bodys_name(pages: Pages) -> None:
    results, templates = measured(pages, city_name_case, a_body_so_named, count=COUNT)
    value = tallied(
        "'Fundacja Łódź Razem poprowadziła …': the organisation so labelled",
        results,
        [t.split(" | ")[0] for t in templates],
    )
    breakdown("by the head", results, [t.split(" | ")[1] for t in templates])
    # the head in the genitive is a known limit, printed and not asserted
    limit, _ = measured(pages, genitive_case, a_body_so_named, count=40)
    held = sum(ok for ok, _ in limit)
    print(f"  known limit, 'Przedstawiciele Fundacji Łódź Razem …': {held}/{len(limit)}")
    assert value >= 0.98  # measured 100% (base11 0%)


OFFICE_FRAMES = {
    "Urząd Miasta X Wydział …": "Urząd Miasta {city} Wydział {unit} ogłosił nabór wniosków.",
    "Przy wsparciu Urzędu Miasta X Fundacja …": (
        "Przy wsparciu Urzędu Miasta {city} {body} przygotowała warsztaty."
    ),
    "Rada Miasta X Uchwałą …": (
        "Rada Miasta {city} Uchwałą nr {roman}/{n}/{year} przyjęła program współpracy."
    ),
    "Dzięki Radzie Miasta X Fundacja …": (
        "Dzięki Radzie Miasta {city} {body} otrzymała dotację na kursy języka polskiego."
    ),
}
UNIT_SUBJECTS = ("Polityki Społecznej", "Spraw Społecznych", "Edukacji", "Kultury", "Zdrowia")
ROMAN = "I II III IV V VI VII VIII IX X XI XII XIII XIV XV".split()


def office_case(rng: random.Random) -> CityNameCase:
    """'Urząd Miasta Kraków Wydział …', 'Rada Miasta Gdańsk Uchwałą …': the city ends the name
    of the office (the council), a capitalised word after it."""
    city = rng.choice(cities())
    key = rng.choice(sorted(OFFICE_FRAMES))
    body = organisation_of(rng)
    while body.label.split()[0] != "Fundacja":
        body = organisation_of(rng)
    text = OFFICE_FRAMES[key].format(
        city=city.label,
        unit=rng.choice(UNIT_SUBJECTS),
        body=body.label,
        roman=rng.choice(ROMAN),
        n=rng.randrange(10, 400),
        year=rng.randrange(2015, 2025),
    )
    after = text.split(f" {city.label} ", 1)[1].split()[0]
    return CityNameCase("", city, text, key, after)


def the_office_stays(ctx: DocumentContext, case: CityNameCase) -> tuple[bool, str]:
    joined = f"{case.city.label} {case.after}"
    wrong = [label for label in organisations_found(ctx) if joined in label]
    council = f"Rada Miasta {case.city.label}"
    if "Urz" in case.template:
        office = office_of(case.city)
        kept = any(m.kind == "office" and m.iri == office for m in ctx.mentions)
        want = f"the office of {case.city.label}"
    else:
        kept = bool(labelled(ctx, council))
        want = repr(council)
    return kept and not wrong, f"{want}; no body with {joined!r}; found {wrong}"


def test_an_office_or_council_of_a_city_stays_itself(pages: Pages) -> None:
    results, templates = measured(pages, office_case, the_office_stays, count=CONTROL)
    value = tallied(
        "negative: 'Urząd Miasta Kraków Wydział …', 'Rada Miasta Gdańsk …'", results, templates
    )
    assert value >= NEGATIVE  # measured 100% (base11 100%)


# --- 2. a list item held online ------------------------------------------------------------------

# what an item held online says (-> its gender, for "poświęcone" / "poświęcona")
ONLINE_WORDS = {
    "spotkanie online": "n",
    "spotkanie on-line": "n",
    "posiedzenie online": "n",
    "nadzwyczajne spotkanie zdalne": "n",
    "posiedzenie zdalne": "n",
    "spotkanie w formie wideokonferencji": "n",
    "spotkanie online na platformie MS Teams": "n",
    "wideokonferencja członków Zespołu": "f",
}
TOPICS = (
    ("pomoc", "uchodźca"),
    ("edukacja", "dziecko"),
    ("zatrudnienie", "cudzoziemiec"),
    ("mieszkalnictwo", "migrant"),
    ("zdrowie", "uchodźca"),
)
SECOND_SENTENCES = (
    "Rozmawiano o {topic}.",
    "Wzięło w nim udział {n} osób.",
    "Gościem Zespołu był przedstawiciel IOM.",
    "Omówiono plan pracy na kolejny rok.",
    "",
)


@dataclass(frozen=True)
class OnlineItem:
    first: dt.date
    last: dt.date


@dataclass(frozen=True)
class OnlineCase:
    items: tuple[OnlineItem, ...]
    text: str
    template: str


def spans_of(rng: random.Random, year: int, count: int) -> list[tuple[dt.date, dt.date]]:
    """`count` one-day or two-day spans in different months of the year, some across the end of
    a month ('30 listopada – 1 grudnia')."""
    spans = []
    for month in sorted(rng.sample(range(1, 12), count)):  # (never 31 December – 1 January)
        end = calendar.monthrange(year, month)[1]
        how = rng.random()
        if how < 0.25:
            first = dt.date(year, month, end)
            spans.append((first, first + dt.timedelta(days=1)))
        else:
            first = dt.date(year, month, rng.randrange(1, end))
            spans.append((first, first + dt.timedelta(days=1 if how < 0.45 else 0)))
    return spans


def day_written(rng: random.Random, first: dt.date, last: dt.date) -> tuple[str, str]:
    """(the day as a list writes it, its shape): '9 marca 2022 r.', '09.03.2022', '3–4 maja
    2019 roku', '3–4.05.2019', '30 listopada – 1 grudnia 2021 r.'."""
    tail = rng.choice((" r.", " roku", ""))
    m1, m2 = MONTHS_GEN[first.month - 1], MONTHS_GEN[last.month - 1]
    if first == last:
        if rng.random() < 0.3:
            return f"{first.day:02d}.{first.month:02d}.{first.year}{tail}", "dd.mm.yyyy"
        return f"{first.day} {m1} {first.year}{tail}", "d month yyyy"
    if first.month == last.month:
        if rng.random() < 0.3:
            return f"{first.day}–{last.day}.{first.month:02d}.{first.year}{tail}", "d–d.mm.yyyy"
        return f"{first.day}–{last.day} {m1} {first.year}{tail}", "d–d month yyyy"
    return f"{first.day} {m1} – {last.day} {m2} {first.year}{tail}", "d month – d month yyyy"


def online_item(rng: random.Random, day: str) -> str:
    what = rng.choice(sorted(ONLINE_WORDS))
    theme, served = rng.choice(TOPICS)
    topic = f"{noun(theme, 'sg', 'loc')} {noun(served, 'pl', 'gen')}"
    second = rng.choice(SECOND_SENTENCES).format(topic=topic, n=rng.randrange(12, 40))
    if rng.random() < 0.3:
        devoted = "poświęcona" if ONLINE_WORDS[what] == "f" else "poświęcone"
        return f"- {day} – {what} {devoted} {noun(theme, 'sg', 'dat')} {noun(served, 'pl', 'gen')}."
    return rng.choice(
        (
            f"- {day} – {what}. {second}",
            f"- **{day}** – {what}. {second}",
            f"- {day}: {what}. {second}",
            f"- {day}, {what}. {second}",
        )
    ).rstrip()


def list_page(rng: random.Random, lines_of: list[tuple[int, list[str]]]) -> str:
    team = rng.choice(TEAM_SHORT)
    years = [year for year, _ in lines_of]
    headline = rng.choice(LIST_HEADLINES).format(team=team, first=years[0], last=years[-1])
    paragraph = (
        f"{capitalise(rng.choice(TEAM_NAMES['nom']))} działa przy Unii Metropolii Polskich od "
        "2017 r. W czasie pandemii Zespół spotykał się zdalnie."
    )
    parts = [headline, paragraph]
    for year, lines in lines_of:
        parts += [rng.choice(YEAR_LINES).format(year=year), "\n".join(lines)]
    return "\n\n".join(parts)


def online_case(rng: random.Random) -> OnlineCase:
    start = rng.randrange(2020, 2024)
    items, lines_of, shapes = [], [], []
    for year in range(start, start + rng.randrange(1, 3)):
        lines = []
        for first, last in spans_of(rng, year, rng.randrange(1, 4)):
            day, shape = day_written(rng, first, last)
            lines.append(online_item(rng, day))
            items.append(OnlineItem(first, last))
            shapes.append(shape)
        lines_of.append((year, lines))
    return OnlineCase(tuple(items), list_page(rng, lines_of), shapes[0])


def held_online(ctx: DocumentContext, event: Event) -> bool:
    facts = {(f.p, str(f.o)) for f in ctx.facts if f.s == event.iri}
    return (
        event.kind == "TeamMeeting"
        and event.online
        and event.city is None
        and event.iri.rsplit("/", 2)[-2:] == ["meeting", f"{event.first}-online"]
        and (SCHEMA + "eventAttendanceMode", ONLINE_MODE) in facts
        and (UMP + "meetingOf", TEAM) in facts
    )


def each_an_online_meeting(ctx: DocumentContext, case: OnlineCase) -> tuple[bool, str]:
    missing = [
        f"{i.first}–{i.last}"
        for i in case.items
        if not any(
            (e.first, e.last) == (i.first, i.last) and held_online(ctx, e) for e in ctx.events
        )
    ]
    return (
        not missing,
        f"an online Team meeting of each item; missing {missing}; {events_text(ctx)}",
    )


def test_a_list_item_held_online_is_an_online_team_meeting(pages: Pages) -> None:
    results, templates = measured(pages, online_case, each_an_online_meeting, count=COUNT)
    value = tallied(
        "'- 9 marca 2022 r. – spotkanie online': an online Team meeting (by the first item's day)",
        results,
        templates,
    )
    assert value >= 0.98  # measured 100% (base11 0%)


UNDATED_ITEMS = (
    "- Spotkanie online zaplanowano na jesień.",
    "- Kolejne spotkanie zdalne odbędzie się po wakacjach.",
    "- Termin następnego spotkania on-line zostanie ogłoszony wkrótce.",
    "- Zespół planuje dwa spotkania online w przyszłym roku.",
    "- Spotkanie w formie wideokonferencji przełożono na inny termin.",
    "- Posiedzenie zdalne odwołano z powodu choroby przewodniczącej.",
)


def undated_case(rng: random.Random) -> OnlineCase:
    start = rng.randrange(2020, 2024)
    lines_of = [
        (year, rng.sample(UNDATED_ITEMS, rng.randrange(1, 3)))
        for year in range(start, start + rng.randrange(1, 3))
    ]
    return OnlineCase((), list_page(rng, lines_of), "undated")


def no_event(ctx: DocumentContext, case: OnlineCase) -> tuple[bool, str]:
    return not ctx.events, f"no event; {events_text(ctx)}"


def test_an_online_item_with_no_date_is_no_event(pages: Pages) -> None:
    results, _ = measured(pages, undated_case, no_event, count=CONTROL)
    value = rate("negative: '- Spotkanie online zaplanowano na jesień.' -> no event", results)
    assert value >= NEGATIVE  # measured 100% (base11 100%)


# --- 3. who made up a delegation took part -------------------------------------------------------

ABROAD = ("Lwów", "Kijów", "Charków", "Odessa", "Wilno", "Drezno", "Lipsk", "Winnica", "Tarnopol")


def abroad(rng: random.Random, case: str) -> str:
    place = rng.choice(ABROAD)
    found = noun_lexeme(place, "nazwa_geograficzna", None)
    assert found, place
    made = form(found[0], "subst", found[1], case)
    assert made, (place, case)
    return made


def city_gender(city: Named) -> tuple[str, str]:
    """(number, gender) of the city's name, for a verb that agrees with it."""
    for _, parts, quals in readings(city.label):
        if parts[0] == ["subst"] and "nazwa_geograficzna" in quals:
            return parts[1][0], parts[3][0]
    raise AssertionError(city.label)


VISITS = {
    "odbyło się spotkanie z delegacją": "{date} {w_city} odbyło się spotkanie z delegacją z {abroad}.",
    "gościła delegacja": "{date} {w_city} gościła delegacja z {abroad}.",
    "X gościł delegację": "{date} {city} {hosted} delegację z {abroad}.",
    "wizyta studyjna": "{date} {w_city} odbyła się wizyta studyjna delegacji z {abroad}.",
}


@dataclass(frozen=True)
class DelegationCase:
    first: dt.date
    city: Named
    people: tuple[Person, ...]
    text: str
    template: str


def visit(rng: random.Random) -> tuple[dt.date, Named, str, str]:
    city = rng.choice(cities())
    first = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(8 * 365))
    tail = rng.choice((" r.", " roku", ""))
    date = (
        f"{first.day:02d}.{first.month:02d}.{first.year}{tail}"
        if rng.random() < 0.2
        else f"{first.day} {MONTHS_GEN[first.month - 1]} {first.year}{tail}"
    )
    key = rng.choice(sorted(VISITS))
    number, gender = city_gender(city)
    sentence = VISITS[key].format(
        date=date,
        w_city=w(city),
        city=city.label,
        hosted=past("gościć", number, gender),
        abroad=abroad(rng, "gen"),
    )
    return first, city, sentence, key


def plural_gender(people: list[Person]) -> str:
    return "m1" if any(p.gender == "m1" for p in people) else "f"


def delegation_sentence(rng: random.Random, people: list[Person]) -> tuple[str, str]:
    """(the sentence, its wording): 'W skład delegacji weszli X, Y oraz Z.', 'Delegacji
    przewodniczyła X.' (verbs agreeing, by morfeusz2)."""
    names = [p.nominative for p in people]
    members = ", ".join(names[:-1]) + f" {rng.choice(('i', 'oraz'))} {names[-1]}"
    gender = plural_gender(people)
    how = rng.randrange(4)
    if len(people) == 1:
        lead = people[0]
        return f"Delegacji przewodniczył{lead.a} {lead.nominative}.", "Delegacji przewodniczyła X"
    if how == 0:
        return (
            f"W skład delegacji {past('wejść', 'pl', gender)} {members}.",
            "W skład delegacji weszli",
        )
    if how == 1:
        return (
            f"W skład delegacji {past('wchodzić', 'pl', gender)} {members}.",
            "W skład delegacji wchodzili",
        )
    if how == 2:
        return (
            f"W skład delegacji z {abroad(rng, 'gen')} {past('wejść', 'pl', gender)} {members}.",
            "W skład delegacji z Y weszli",
        )
    lead, *rest = people
    others = listed([p.nominative for p in rest])
    entered = (
        past("wejść", "sg", rest[0].gender)
        if len(rest) == 1
        else past("wejść", "pl", plural_gender(rest))
    )
    return (
        f"Delegacji przewodniczył{lead.a} {lead.nominative}, a w jej skład {entered} także "
        f"{others}.",
        "Delegacji przewodniczyła X, a w jej skład weszli",
    )


def delegation_case(rng: random.Random) -> DelegationCase:
    first, city, opening, key = visit(rng)
    taken: set[str] = set()
    people = [person_of(rng, taken) for _ in range(rng.choice((1, 2, 3, 4)))]
    sentence, wording = delegation_sentence(rng, people)
    after = rng.choice(("", " Goście odwiedzili punkt informacyjny dla cudzoziemców."))
    text = f"{opening} {sentence}{after}"
    return DelegationCase(first, city, tuple(people), text, f"{wording} | {key}")


def the_event(ctx: DocumentContext, case: DelegationCase) -> Event | None:
    return next((e for e in ctx.events if e.first == case.first and e.city == case.city.iri), None)


def the_delegation_took_part(ctx: DocumentContext, case: DelegationCase) -> tuple[bool, str]:
    event = the_event(ctx, case)
    there = {str(o) for o in objects(ctx, event.iri, "participant")} if event else set()
    ok = event is not None and all(person_iri(ctx, p) in there for p in case.people)
    names = [p.nominative for p in case.people]
    return (
        ok,
        f"{names} participants of the {case.first} event in {case.city.label}; {events_text(ctx)}",
    )


def test_a_delegations_members_take_part(pages: Pages) -> None:
    results, templates = measured(pages, delegation_case, the_delegation_took_part, count=COUNT)
    value = tallied(
        "'W skład delegacji weszli X, Y oraz Z': participants",
        results,
        [t.split(" | ")[0] for t in templates],
    )
    breakdown("by the visit", results, [t.split(" | ")[1] for t in templates])
    assert value >= 0.98  # measured 100% (base11 0.5%: a surname 'Przybyłka' read as 'przybyła')


OTHER_STORIES = (
    "Rok wcześniej {person} {visited} {abroad_acc}.",
    "W {year} r. {person} {was} w {abroad_loc} na konferencji.",
)


def counted_case(rng: random.Random) -> DelegationCase:
    """'Delegacja liczyła dwanaście osób.', then a person in a sentence about something else."""
    first, city, opening, key = visit(rng)
    person = person_of(rng, set())
    count = rng.choice(("dwanaście", "piętnaście", "osiem", "dziesięć", "20"))
    other = rng.choice(OTHER_STORIES).format(
        person=person.nominative,
        visited=past("odwiedzić", "sg", person.gender),
        was=past("być", "sg", person.gender),
        abroad_acc=abroad(rng, "acc"),
        abroad_loc=abroad(rng, "loc"),
        year=first.year - 1,
    )
    text = f"{opening} Delegacja liczyła {count} osób. {other}"
    return DelegationCase(first, city, (person,), text, key)


def no_participant(ctx: DocumentContext, case: DelegationCase) -> tuple[bool, str]:
    event = the_event(ctx, case)
    there = objects(ctx, event.iri, "participant") if event else set()
    return event is not None and not there, f"the event, with no participant; {there}"


def test_a_delegations_size_and_a_later_story_add_no_participant(pages: Pages) -> None:
    results, templates = measured(pages, counted_case, no_participant, count=CONTROL)
    value = tallied(
        "negative: 'Delegacja liczyła dwanaście osób.' -> no participant", results, templates
    )
    assert value >= NEGATIVE  # measured 100% (base11 100%)


# --- 4. a programme's quoted name after what it is for --------------------------------------------

KINDS = {"program": "Programme", "projekt": "Project"}
# (the case the sentence governs, the sentence)
KIND_FRAMES = (
    ("gen", "Wizyta jest częścią {kind} {what} „{title}”, który realizuje IOM."),
    ("gen", "Zajęcia odbywają się w ramach {kind} {what} „{title}”."),
    ("acc", "Od {year} r. miasto realizuje {kind} {what} „{title}”."),
    ("loc", "Fundacja uczestniczy w {kind} {what} „{title}”."),
    ("inst", "Koordynatorka zajmuje się {kind} {what} „{title}” od początku."),
    ("nom", "{Kind} {what} „{title}” ruszył w {year} r."),
)
ACTIONS = ("wymiana", "wsparcie", "integracja", "aktywizacja", "edukacja", "pomoc", "ochrona")
ACTION_ADJECTIVES = ("zawodowy", "społeczny", "językowy", "kulturalny", "lokalny", "wzajemny")
TARGETS = ("cudzoziemiec", "migrant", "uchodźca", "rodzina", "dziecko", "kobieta", "mieszkaniec")
TARGET_ADJECTIVES = ("ukraiński", "zagraniczny", "młody", "uchodźczy", "nowy")


def kind_form(kind: str, case: str) -> str:
    """'programu', 'projektem': morfeusz2 generates two paradigms of 'program', the first with
    the genitive 'programa'; a programme's is the last."""
    made = [
        orth
        for orth, parts in generated(kind)
        if parts[0] == ("subst",) and "sg" in parts[1] and case in parts[2]
    ]
    assert made, (kind, case)
    return made[-1]


def gender_of(lemma: str) -> str:
    for _, parts, _ in readings(lemma):
        if parts[0] == ["subst"] and "nom" in parts[2] and "sg" in parts[1]:
            return parts[3][0]
    raise AssertionError(lemma)


def what_for(rng: random.Random, beneficiary: bool = True) -> list[str]:
    """What a programme is for, one to six words in lower case (morfeusz2's genitives):
    'wymiany doświadczeń', 'aktywizacji zawodowej kobiet', 'wsparcia rodzin uchodźczych'."""
    action = rng.choice(ACTIONS)
    words = [noun(action, "sg", "gen")]
    if rng.random() < 0.4:
        words.append(adjective(rng.choice(ACTION_ADJECTIVES), "sg", "gen", gender_of(action)))
    if rng.random() < 0.8:
        target = rng.choice(TARGETS)
        words.append(noun(target, "pl", "gen"))
        if rng.random() < 0.4:
            words.append(adjective(rng.choice(TARGET_ADJECTIVES), "pl", "gen", gender_of(target)))
    if beneficiary and rng.random() < 0.3:
        words += ["dla", noun(rng.choice(TARGETS), "pl", "gen")]
    return words[:6]


# a place after a one-letter preposition: "wsparcia rodzin z Ukrainy „Razem w Lublinie”"
ONE_LETTER = "a one-letter preposition ('z Ukrainy', 'w miastach')"


def one_letter_place(rng: random.Random) -> list[str]:
    how = rng.randrange(3)
    if how == 0:
        return ["z", rng.choice(("Ukrainy", "Białorusi", "Gruzji", "Syrii"))]
    if how == 1:
        return w(rng.choice(cities())).split()
    return ["w", noun(rng.choice(("miasto", "gmina", "szkoła")), "pl", "loc")]


@dataclass(frozen=True)
class QuotedCase:
    title: str
    kind: str  # Programme | Project | "" (no initiative)
    text: str
    template: str


def quoted_title(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return f"{rng.choice(('Razem', 'Wspólnie', 'Bezpiecznie', 'Aktywnie'))} {w(rng.choice(cities()))}"
    return title_of(rng)


def quoted_case(rng: random.Random) -> QuotedCase:
    kind = rng.choice(sorted(KINDS))
    case, frame = rng.choice(KIND_FRAMES)
    if rng.random() < 0.15:
        words = [*what_for(rng, beneficiary=False)[:4], *one_letter_place(rng)]
        shape = ONE_LETTER
    else:
        words = what_for(rng)
        shape = f"{len(words)} words"
    title = quoted_title(rng)
    text = frame.format(
        kind=kind_form(kind, case),
        Kind=capitalise(kind_form(kind, case)),
        what=" ".join(words),
        title=title,
        year=rng.randrange(2016, 2025),
    )
    return QuotedCase(title, KINDS[kind], text, f"{shape} | {case}")


def an_initiative_so_named(ctx: DocumentContext, case: QuotedCase) -> tuple[bool, str]:
    found = initiatives_titled(ctx, case.title)
    return found == [case.kind], f"a {case.kind} {case.title!r}; found {found}"


def test_a_programmes_quoted_name_after_what_it_is_for(pages: Pages) -> None:
    results, templates = measured(pages, quoted_case, an_initiative_so_named, count=COUNT)
    value = tallied(
        "'programu wymiany doświadczeń „Miasta Solidarne”': the programme",
        results,
        [t.split(" | ")[0] for t in templates],
    )
    breakdown("by the case", results, [t.split(" | ")[1] for t in templates])
    shapes = [t.split(" | ")[0] for t in templates]
    read = share(
        "  lower-case words of two letters or more", results, shapes, set(shapes) - {ONE_LETTER}
    )
    # measured 86.5% (base11 0%): a one-letter preposition among the words ("wsparcia rodzin z
    # Ukrainy „X”", "w miastach", "w Lublinie") names no programme
    assert value >= 0.84
    assert read >= 0.98  # measured 100% (base11 0%)


PAPER_HEADS = {"gazeta": "f", "kurier": "m3", "dziennik": "m3", "głos": "m3", "echo": "n"}
# a comma between the kind word and a quote that names something else (a newspaper)
AFTER_A_COMMA = {
    "'Projekt zakończył się, a „Gazeta X” pisała'": (
        "{Kind} zakończył się w {year} r., a „{paper}” {wrote} o nim szeroko."
    ),
    "'Program ruszył w marcu, o czym informował „X”'": (
        "{Kind} ruszył w marcu, o czym {informed} „{paper}”."
    ),
    "'o programie, a potem „X”'": "Radni rozmawiali o {kind_loc}, a potem „{paper}” {wrote} o nim.",
}
# a verb between them, the quote the name of what was made (a known false programme)
AFTER_A_VERB = (
    "W ramach {kind_gen} miasto wydało przewodnik „{title}”.",
    "Na zakończenie {kind_gen} dzieci przygotowały spektakl „{title}”.",
)


def paper_of(rng: random.Random) -> tuple[str, str]:
    head = rng.choice(sorted(PAPER_HEADS))
    gender = PAPER_HEADS[head]
    place = adjective(rng.choice(PLACE_ADJECTIVES), "sg", "nom", gender)
    return f"{capitalise(head)} {capitalise(place)}", gender


def comma_case(rng: random.Random) -> QuotedCase:
    kind = rng.choice(sorted(KINDS))
    key = rng.choice(sorted(AFTER_A_COMMA))
    paper, gender = paper_of(rng)
    text = AFTER_A_COMMA[key].format(
        Kind=capitalise(kind),
        kind_loc=kind_form(kind, "loc"),
        year=rng.randrange(2016, 2025),
        paper=paper,
        wrote=past("pisać", "sg", gender),
        informed=past("informować", "sg", gender),
    )
    return QuotedCase(paper, "", text, key)


def verb_case(rng: random.Random) -> QuotedCase:
    title = title_of(rng)
    frame = rng.choice(AFTER_A_VERB)
    text = frame.format(kind_gen=kind_form(rng.choice(sorted(KINDS)), "gen"), title=title)
    return QuotedCase(title, "", text, frame)


def no_initiative(ctx: DocumentContext, case: QuotedCase) -> tuple[bool, str]:
    found = initiatives_titled(ctx, case.title)
    return not found, f"no project or programme {case.title!r}; found {found}"


def test_a_quote_after_a_comma_is_no_programme(pages: Pages) -> None:
    results, templates = measured(pages, comma_case, no_initiative, count=CONTROL)
    value = tallied("negative: 'Projekt zakończył się, a „Gazeta X” pisała'", results, templates)
    # a verb between is a known false programme, printed and not asserted
    verbs, _ = measured(pages, verb_case, no_initiative, count=40)
    held = sum(ok for ok, _ in verbs)
    print(f"  known miss, 'W ramach programu miasto wydało przewodnik „X”': {held}/{len(verbs)}")
    assert value >= NEGATIVE  # measured 100% (base11 100%)


# --- 5. a quoted title's short name, where the page uses it alone ----------------------------------

STEMS = ("MIGRA", "CITY", "INTEGRA", "LOCAL", "WELCOME", "URBAN", "CITIES", "METRO", "CIVIC")
ENDS = ("NET", "LAB", "HUB", "LINK", "PORT", "CITY", "START", "BRIDGE", "INCLUSION", "ALL")
SUBTITLE_HEADS = {
    "polityka": "f",
    "laboratorium": "n",
    "usługa": "f",
    "sieć": "f",
    "narzędzie": "n",
}
SUBTITLE_ADJECTIVES = ("lokalny", "miejski", "wspólny", "nowy", "regionalny", "otwarty")
SUBTITLE_ACTIONS = ("integracja", "wsparcie", "aktywizacja", "edukacja", "ochrona")
SUBTITLE_TARGETS = ("migrant", "cudzoziemiec", "uchodźca", "mieszkaniec")
OPENINGS = (
    "{Kind} „{title}” realizowany będzie do {year} roku.",
    "W {year} r. ruszył {kind} „{title}”.",
    "{Kind} „{title}” potrwa dwa lata.",
    "Miasto jest partnerem w {kind_loc} „{title}”.",
)
ALONE = (
    "Partnerami {kind_gen} {name} są cztery miasta.",
    "W ramach {name} powstaną punkty informacyjne dla cudzoziemców.",
    "{Kind} {name} finansowany jest z funduszy europejskich.",
    "Więcej o {name} można przeczytać na stronie miasta.",
)


def short_name(rng: random.Random) -> tuple[str, str]:
    """(a project's short name, its shape): 'MIGRACITY', 'CITIES4ALL', 'CityLAB', 'OCIDUWI'."""
    a, b = rng.choice(STEMS), rng.choice(ENDS)
    how = rng.randrange(4)
    if how == 0:
        return a + b, "capitals"
    if how == 1:
        return f"{a}4{b}" if rng.random() < 0.6 else f"{a}{b}{rng.randrange(2024, 2031)}", "digits"
    if how == 2:
        return a.capitalize() + (b if rng.random() < 0.5 else b.capitalize()), "mixed"
    return "".join(rng.sample(acronym_words(), 2)), "random letters"


def subtitle(rng: random.Random) -> str:
    """'Lokalne polityki integracji migrantów w Lublinie', 'Miejskie laboratorium wsparcia
    uchodźców' (agreeing, by morfeusz2)."""
    head = rng.choice(sorted(SUBTITLE_HEADS))
    number = rng.choice(("sg", "pl"))
    before = adjective(rng.choice(SUBTITLE_ADJECTIVES), number, "nom", SUBTITLE_HEADS[head])
    words = [
        capitalise(before),
        noun(head, number, "nom"),
        noun(rng.choice(SUBTITLE_ACTIONS), "sg", "gen"),
        noun(rng.choice(SUBTITLE_TARGETS), "pl", "gen"),
    ]
    tail = rng.random()
    if tail < 0.3:
        words.append(w(rng.choice(cities())))
    elif tail < 0.5:
        words.append("w miastach")
    return " ".join(words)


@dataclass(frozen=True)
class ShortCase:
    name: str
    title: str
    kind: str
    text: str
    template: str


def short_case(rng: random.Random, alone: bool = True, dash: bool = False) -> ShortCase:
    name, shape = short_name(rng)
    separator = " – " if dash else rng.choice((". ", ": "))
    rest = (
        rng.choice(("Local Integration Services for Cities", "Cities for Inclusion in Poland"))
        if dash and rng.random() < 0.5
        else subtitle(rng)
    )
    title = f"{name}{separator}{rest}"
    kind = rng.choice(sorted(KINDS))
    values = {
        "Kind": capitalise(kind),
        "kind": kind,
        "kind_loc": kind_form(kind, "loc"),
        "kind_gen": kind_form(kind, "gen"),
        "year": rng.randrange(2018, 2026),
        "title": title,
        "name": name,
    }
    sentences = [rng.choice(OPENINGS).format(**values)]
    if alone:
        sentences.append(rng.choice(ALONE).format(**values))
    text = " ".join(sentences)
    template = f"{shape} | '{separator.strip()}'"
    return ShortCase(name, title, KINDS[kind], text, template)


def initiatives(ctx: DocumentContext) -> list[str]:
    return sorted(
        e.label_pl
        for e in ctx.entities.values()
        if e.cls.rsplit("/", 1)[-1] in ("Project", "Programme")
    )


def the_short_name(ctx: DocumentContext, case: ShortCase) -> tuple[bool, str]:
    found = initiatives(ctx)
    ok = found == [case.name] and initiatives_titled(ctx, case.name) == [case.kind]
    return ok, f"one {case.kind} {case.name!r}; found {found}"


def test_a_titles_short_name_used_alone_is_its_label(pages: Pages) -> None:
    results, templates = measured(pages, short_case, the_short_name, count=COUNT)
    value = tallied(
        "'„MIGRACITY. Lokalne …”' and 'projekt MIGRACITY': MIGRACITY", results, templates
    )
    assert value >= 0.98  # measured 100% (base11 0%)


def whole_case(rng: random.Random) -> ShortCase:
    if rng.random() < 0.5:
        made = short_case(rng, alone=False)
        return ShortCase(made.name, made.title, made.kind, made.text, "never alone")
    made = short_case(rng, dash=True)
    return ShortCase(made.name, made.title, made.kind, made.text, "a dash")


def the_whole_title(ctx: DocumentContext, case: ShortCase) -> tuple[bool, str]:
    found = initiatives(ctx)
    ok = initiatives_titled(ctx, case.title) == [case.kind] and case.name not in found
    return ok, f"the {case.kind} {case.title!r}; found {found}"


def test_a_title_whose_short_name_is_never_alone_stays_whole(pages: Pages) -> None:
    results, templates = measured(pages, whole_case, the_whole_title, count=CONTROL)
    value = tallied("negative: never alone, or after a dash: the whole title", results, templates)
    assert value >= NEGATIVE  # measured 100% (base11 100%)
