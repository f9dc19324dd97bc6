"""Whole pages in seven more styles, for tests/test_pages_generated_2.py: a news list, a press
article with quotes, an NGO blog in the first person plural, an official announcement with
numbered points, a report with a Markdown table, a local digest that mentions the Team once, and
an English project page.

The machinery (people drawn from SGJP, organisations from real heads and generated genitive
complements, cities of graph/reference in the case a construction needs, dates in many written
forms, the gold graph) is that of tests/pages_templates.py, imported, not copied. Each page
knows what it states, so its gold is a small graph in the project's vocabulary; what it must NOT
yield (a quoted person as an organisation, a street's patron as a person, a table header as an
organisation, another item's date as a Team meeting) is kept beside it (Gold2).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

import rdflib

from tests.pages_templates import (
    COMMISSION,
    COORDINATOR,
    EN_HEADS,
    EN_OBJECTS,
    FAMI,
    MONTHS_EN,
    POSTS,
    ROMAN,
    TEAM,
    TEAM_NAMES,
    Body,
    Dated,
    Gold,
    Page,
    dated,
    ending,
    english_city_labels,
    listed,
    mayor_word,
    organisation_of,
    person_of,
    random_day,
    reference_bodies,
    slug,
    w,
    z,
)
from tests.relations_templates import (
    ID,
    MONTHS_GEN,
    UMP,
    Named,
    Person,
    capitalise,
    cities,
    office_of,
    title_of,
)

SCHEMA_NAME = rdflib.URIRef("https://schema.org/name")


def iso(day: dt.date) -> rdflib.Literal:
    return rdflib.Literal(day.isoformat(), datatype=rdflib.XSD.date)


@dataclass
class Gold2(Gold):
    """The gold of tests/pages_templates.py and three kinds of forbidden facts more."""

    # names (case-folded) that must not label an Organisation: quoted people, table headers
    not_organisations: list[str] = field(default_factory=list)
    # names (case-folded) that must not label a Person: patrons of streets, schools, prizes
    not_people: list[str] = field(default_factory=list)
    # days (ISO) on which no meeting of the Team may start: other news items' dates
    not_team_dates: list[str] = field(default_factory=list)

    def team_meeting(self, when: Dated, city: Named) -> str:
        """The Team's meeting. Like tests/gold/*.ttl, the gold leaves the Union out: that the Team
        is its unit is the reference's fact (tests/test_pages_generated_2.py drops it from the
        extraction too)."""
        meeting = self.event("TeamMeeting", when, city)
        self.add(meeting, "meetingOf", TEAM)
        return meeting

    def office(self, city: Named) -> Named:
        return reference_bodies()[office_of(city).rsplit("/", 1)[-1]]


def team(rng: random.Random, case: str) -> str:
    return rng.choice(TEAM_NAMES[case])


def before(rng: random.Random, published: dt.date, year: bool, most: int = 40) -> Dated:
    """A one- or two-day event that ended 1..`most` days before the page was published."""
    while True:
        day = published - dt.timedelta(days=rng.randrange(2, most))
        when = dated(rng, day, year=year)
        if when.last < published:
            return when


def after(rng: random.Random, published: dt.date, year: bool, most: int = 60) -> Dated:
    while True:
        day = published + dt.timedelta(days=rng.randrange(3, most))
        when = dated(rng, day, year=year)
        if when.first > published:
            return when


def female(person: Person, male: str, female_: str) -> str:
    return female_ if person.gender == "f" else male


def post_phrase(rng: random.Random, gold: Gold, iri: str, person: Person, org: Body) -> str:
    """'dyrektorka Fundacji …' with the post in the gold."""
    male, fem = rng.choice(POSTS)
    body = gold.organisation(org.label)
    gold.post(iri, body, COORDINATOR if male == "koordynator" else None, male)
    return f"{female(person, male, fem)} {org.form('gen')}"


def table_date(rng: random.Random, when: Dated) -> str:
    """A date as report tables write it: '12.03.2018', '12–13.03.2018', '12 III 2018'."""
    a, b = when.first, when.last
    if a == b:
        return rng.choice(
            [
                f"{a.day:02d}.{a.month:02d}.{a.year}",
                f"{a.day} {MONTHS_GEN[a.month - 1]} {a.year}",
                f"{a.day} {ROMAN[a.month - 1]} {a.year}",
                f"{a.year}-{a.month:02d}-{a.day:02d}",
            ]
        )
    if a.month == b.month:
        return rng.choice(
            [
                f"{a.day}–{b.day}.{a.month:02d}.{a.year}",
                f"{a.day}–{b.day} {MONTHS_GEN[a.month - 1]} {a.year}",
            ]
        )
    return f"{a.day:02d}.{a.month:02d}–{b.day:02d}.{b.month:02d}.{b.year}"


# --- 1. a news list with several items --------------------------------------------------------


def meeting_item(rng: random.Random, gold: Gold2, published: dt.date) -> str:
    city = rng.choice(cities())
    when = before(rng, published, year=rng.random() < 0.5)
    gold.team_meeting(when, city)
    return rng.choice(
        [
            f"{capitalise(when.text)} {w(city.form('loc'))} spotkał się {team(rng, 'nom')}.",
            f"**{capitalise(when.text)}** – posiedzenie {team(rng, 'gen')} {w(city.form('loc'))}.",
            f"{capitalise(w(city.form('loc')))} {when.text} obradował {team(rng, 'nom')}; "
            "rozmawiano o edukacji dzieci cudzoziemskich.",
        ]
    )


def nomination_item(rng: random.Random, gold: Gold2, published: dt.date, taken: set[str]) -> str:
    """'Od 1 października dyrektorem X jest Y (wcześniej koordynator Z)': two posts, no event."""
    person, org, earlier = person_of(rng, taken), organisation_of(rng), organisation_of(rng)
    iri = gold.person(person.nominative)
    body = gold.organisation(org.label)
    gold.post(iri, body, None, "dyrektor")
    then = gold.organisation(earlier.label)
    gold.post(iri, then, COORDINATOR, "koordynator")
    start = (published - dt.timedelta(days=rng.randrange(1, 30))).replace(day=1)
    year = f" {start.year} r." if rng.random() < 0.5 else ""
    since = f"Od {start.day} {MONTHS_GEN[start.month - 1]}{year}"
    coordinator = female(person, "koordynatorem", "koordynatorką")
    head = female(person, "dyrektorem", "dyrektorką")
    item = rng.choice(
        [
            f"{since} {head} {org.form('gen')} jest {person.nominative} "
            f"(wcześniej {female(person, 'koordynator', 'koordynatorka')} "
            f"{earlier.form('gen')}).",
            f"{since} {org.label} ma now{female(person, 'ego', 'ą')} "
            f"{female(person, 'dyrektora', 'dyrektorkę')}: {person.form('acc')}, "
            f"dotychczas {coordinator} {earlier.form('gen')}.",
            f"{person.nominative} został{person.a} {head} {org.form('gen')}. "
            f"Wcześniej był{person.a} {coordinator} {earlier.form('gen')}.",
        ]
    )
    if item.startswith(since):
        # the day a post begins is no event's (forbidden only where the item says it: another
        # item's event may fall on it)
        gold.forbidden_dates.append(start.isoformat())
    return item


def council_item(rng: random.Random, gold: Gold2, published: dt.date) -> str:
    """A city council's session: a meeting of another body, never the Team's."""
    city = rng.choice(cities())
    when = before(rng, published, year=rng.random() < 0.5)
    label = f"Rada Miasta {city.form('gen')}"
    council = gold.organisation(label)
    gold.add(council, "inCity", city.iri)
    session = gold.event("Meeting", when, city)
    gold.add(session, "organiser", council)
    gold.not_team_dates.append(when.first.isoformat())
    return rng.choice(
        [
            f"Rada Miasta {city.form('gen')} na sesji {when.text} przyjęła program "
            "integracji cudzoziemców na kolejne lata.",
            f"{capitalise(when.text)} odbyła się sesja Rady Miasta {city.form('gen')}, "
            "na której radni przyjęli program współpracy z organizacjami pozarządowymi.",
        ]
    )


def competition_item(rng: random.Random, gold: Gold2, published: dt.date) -> str:
    """A call for proposals: the organiser is named; its deadline is no event."""
    city = rng.choice(cities())
    org = organisation_of(rng, city)
    gold.organisation(org.label, city=city)
    deadline = published + dt.timedelta(days=rng.randrange(5, 40))
    gold.forbidden_dates.append(deadline.isoformat())
    gold.not_team_dates.append(deadline.isoformat())
    title = title_of(rng)
    until = f"{deadline.day} {MONTHS_GEN[deadline.month - 1]}"
    return rng.choice(
        [
            f"Do {until} można składać wnioski w konkursie „{title}” ogłoszonym przez "
            f"{org.form('acc')}.",
            f"{org.label} ogłosił{ending(org.label)} konkurs „{title}” dla organizacji "
            f"pozarządowych; zgłoszenia przyjmowane są do {until}.",
        ]
    )


def news_list_page(rng: random.Random) -> Page:
    gold = Gold2()
    taken: set[str] = set()
    published = random_day(rng)
    gold.forbidden_dates.append(published.isoformat())
    makers: list[Callable[[], str]] = [
        lambda: meeting_item(rng, gold, published),
        lambda: nomination_item(rng, gold, published, taken),
        lambda: council_item(rng, gold, published),
        lambda: competition_item(rng, gold, published),
    ]
    rng.shuffle(makers)
    items = [make() for make in makers[: rng.choice((3, 4))]]
    if not any(t for t in gold.graph.objects(None, None) if str(t) == TEAM):
        items.append(meeting_item(rng, gold, published))
    intro = rng.choice(["W skrócie:", "Najważniejsze wiadomości tygodnia:", ""])
    body = "\n".join([intro, ""] + [f"- {item}" for item in items]).strip()
    title = rng.choice(["Aktualności", "Wiadomości z miast", "Krótko"])
    return Page("news-list", title, published.isoformat(), "pl", body, gold)


# --- 2. a press article with quotes and reported speech ---------------------------------------

QUOTES = (
    "Integracja to zadanie dla całej wspólnoty miejskiej",
    "Nie chcemy, żeby ktokolwiek czuł się w naszym mieście obco",
    "Miasta potrzebują stabilnego finansowania działań integracyjnych",
    "Bez współpracy z organizacjami pozarządowymi nie poradzimy sobie",
    "Cudzoziemcy są naszymi sąsiadami, pracownikami i przedsiębiorcami",
    "Musimy mówić jednym głosem wobec rządu",
)
REPORTED = (
    "miasta czekają na rządową strategię migracyjną",
    "liczba cudzoziemców w szkołach wzrosła w ostatnim roku dwukrotnie",
    "punkty informacyjne dla cudzoziemców są oblegane",
    "potrzebne są kursy języka polskiego dla dorosłych",
)


def quoted(rng: random.Random, gold: Gold2, event: str, taken: set[str], kind: int) -> str:
    person = person_of(rng, taken)
    iri = gold.person(person.nominative)
    gold.not_organisations.append(person.nominative.casefold())
    said = rng.choice(QUOTES)
    if kind == 0:  # „…” – mówił X, prezydent Y
        city = rng.choice(cities())
        gold.mayor(person, city)
        gold.mentioned(city.iri)  # 'prezydent Łodzi' names the city
        gold.add(event, "participant", iri)
        verb = rng.choice(["mówił", "podkreślał", "przekonywał", "zaznaczył"]) + person.a
        return f"„{said}” – {verb} {person.nominative}, {mayor_word(person)} {city.form('gen')}."
    org = organisation_of(rng)
    if kind == 1:  # – … – podkreśliła Z z Fundacji W
        gold.add(event, "participant", iri)
        gold.add(iri, "memberOf", gold.organisation(org.label))
        verb = rng.choice(["podkreślił", "dodał", "mówił", "apelował"]) + person.a
        return f"– {said} – {verb} {person.nominative} {z(org.form('gen'))}."
    if kind == 2:  # Jak zaznaczyła X, dyrektorka Y, …
        gold.add(event, "participant", iri)
        post = post_phrase(rng, gold, iri, person, org)
        verb = rng.choice(["zaznaczył", "przypomniał", "mówił"]) + person.a
        return f"Jak {verb} {person.nominative}, {post}, {rng.choice(REPORTED)}."
    # Według X z Y …: the person in the genitive, reported, not necessarily present
    gold.add(iri, "memberOf", gold.organisation(org.label))
    return f"Według {person.form('gen')} {z(org.form('gen'))} {rng.choice(REPORTED)}."


def press_page(rng: random.Random) -> Page:
    gold = Gold2()
    taken: set[str] = set()
    city = rng.choice(cities())
    when = dated(rng)
    if rng.random() < 0.5:
        event = gold.team_meeting(when, city)
        lead = rng.choice(
            [
                f"{capitalise(when.text)} {w(city.form('loc'))} obradował {team(rng, 'nom')}.",
                f"Przedstawiciele największych miast spotkali się {when.text} "
                f"{w(city.form('loc'))} na posiedzeniu {team(rng, 'gen')}.",
            ]
        )
    else:
        title = title_of(rng)
        event = gold.event("Conference", when, city, name=title)
        lead = rng.choice(
            [
                f"{capitalise(when.text)} {w(city.form('loc'))} odbyła się konferencja „{title}”.",
                f"Konferencja „{title}” zgromadziła {when.text} {w(city.form('loc'))} "
                "samorządowców i działaczy organizacji pozarządowych.",
            ]
        )
    kinds = rng.sample(range(4), rng.choice((2, 3)))
    lines = [lead] + [quoted(rng, gold, event, taken, kind) for kind in kinds]
    lines.insert(2, rng.choice(["Dyskusja była burzliwa.", "Na sali zabrakło miejsc.", ""]))
    published = when.last + dt.timedelta(days=rng.randrange(1, 6))
    gold.forbidden_dates.append(published.isoformat())
    title = rng.choice(["Miasta o migracji", "Samorządy chcą działać razem", "Głos miast"])
    body = "\n\n".join(line for line in lines if line)
    return Page("press", title, published.isoformat(), "pl", body, gold)


# --- 3. an NGO blog post in the first person plural -------------------------------------------


def blog_page(rng: random.Random) -> Page:
    gold = Gold2()
    taken: set[str] = set()
    city, *guests = rng.sample(list(cities()), 3)
    when = dated(rng)
    meeting = gold.team_meeting(when, city)
    ours = organisation_of(rng)
    while not ours.label.startswith(("Fundacja", "Stowarzyszenie")):
        ours = organisation_of(rng)
    our_iri = gold.organisation(ours.label)
    gold.add(meeting, "participant", our_iri)
    kind = "fundacja" if ours.label.startswith("Fundacja") else "stowarzyszenie"
    our_word = {"fundacja": "Nasza fundacja", "stowarzyszenie": "Nasze stowarzyszenie"}[kind]
    lines = [
        rng.choice(
            [
                f"Byliśmy na posiedzeniu {team(rng, 'gen')} {w(city.form('loc'))}, które "
                f"odbyło się {when.text}.".replace("r..", "r."),
                f"{capitalise(when.text)} byliśmy {w(city.form('loc'))} na posiedzeniu "
                f"{team(rng, 'gen')}.",
            ]
        ),
        f"{our_word} – {ours.label} – od lat wspiera cudzoziemców w ich codziennych sprawach.",
    ]
    office = gold.office(city)
    if rng.random() < 0.5:
        gold.add(meeting, "organiser", office.iri)
        lines.append(f"Zaprosił nas {office.label}, gospodarz spotkania.")
    else:
        host = person_of(rng, taken)
        iri = gold.person(host.nominative)
        post = post_phrase(rng, gold, iri, host, organisation_of(rng))
        lines.append(f"Zaprosił{host.a} nas {host.nominative}, {post}.")
    ours_person = person_of(rng, taken)
    iri = gold.person(ours_person.nominative)
    gold.add(iri, "memberOf", our_iri)
    gold.add(meeting, "participant", iri)
    our_acc = {"fundacja": "Naszą fundację", "stowarzyszenie": "Nasze stowarzyszenie"}[kind]
    who = "która opowiedziała" if ours_person.gender == "f" else "który opowiedział"
    lines.append(
        rng.choice(
            [
                f"{our_acc} reprezentował{ours_person.a} {ours_person.nominative}, {who} "
                "o naszych kursach językowych.",
                f"O naszych doświadczeniach opowiadał{ours_person.a} "
                f"{ours_person.nominative}, "
                f"{female(ours_person, 'koordynator', 'koordynatorka')} naszych programów.",
            ]
        )
    )
    other, org = person_of(rng, taken), organisation_of(rng)
    other_iri = gold.person(other.nominative)
    gold.add(other_iri, "memberOf", gold.organisation(org.label))
    gold.add(meeting, "participant", other_iri)
    lines.append(
        rng.choice(
            [
                f"Rozmawialiśmy z {other.form('inst')} {z(org.form('gen'))} o wsparciu "
                "psychologicznym dla dzieci.",
                f"Dziękujemy {other.form('dat')} {z(org.form('gen'))} za ciekawą prezentację.",
            ]
        )
    )
    for guest in guests:
        gold.add(meeting, "participatingCity", guest.iri)
    lines.append(
        f"Spotkaliśmy też przedstawicieli {listed([g.form('gen') for g in guests])}."
        if rng.random() < 0.5
        else f"Byli z nami także urzędnicy {z(listed([g.form('gen') for g in guests]))}."
    )
    lines.append("Zaprosiła nas też Pani Dyrektor na kolejne spotkanie – na pewno będziemy!")
    published = when.last + dt.timedelta(days=rng.randrange(1, 15))
    gold.forbidden_dates.append(published.isoformat())
    title = rng.choice(["Byliśmy na posiedzeniu Zespołu UMP", "Z życia fundacji", "Relacja"])
    return Page("blog", title, published.isoformat(), "pl", " ".join(lines), gold)


# --- 4. an official announcement with numbered points -----------------------------------------

TOPICS = (
    "edukacji dzieci z doświadczeniem migracji",
    "finansowania centrów integracji cudzoziemców",
    "dostępu cudzoziemców do rynku pracy",
    "wsparcia uchodźców z Ukrainy",
)


def official_page(rng: random.Random) -> Page:
    gold = Gold2()
    taken: set[str] = set()
    city, next_city = rng.sample(list(cities()), 2)
    when = dated(rng)
    meeting = gold.team_meeting(when, city)
    topic = rng.choice(TOPICS)
    label = f"Stanowisko w sprawie {topic}"
    doc = gold.typed(f"{ID}document/{slug(label)}", "Document", label)
    gold.add(meeting, "discussed", doc)
    published = when.last + dt.timedelta(days=rng.randrange(1, 10))
    gold.forbidden_dates.append(published.isoformat())
    coming = after(rng, published, year=rng.random() < 0.5)
    gold.team_meeting(coming, next_city)
    chair, chair_org = person_of(rng, taken), organisation_of(rng)
    chair_iri = gold.person(chair.nominative)
    gold.add(chair_iri, "memberOf", gold.organisation(chair_org.label))
    points = [
        f"przyjąć stanowisko w sprawie {topic};",
        rng.choice(
            [
                f"powołać grupę roboczą ds. edukacji pod przewodnictwem {chair.form('gen')} "
                f"({chair_org.label});",
                f"powierzyć {chair.form('dat')} ({chair_org.label}) przygotowanie raportu;",
            ]
        ),
        "zwrócić się do Ministra Spraw Wewnętrznych i Administracji o spotkanie;",
        f"zorganizować kolejne posiedzenie {coming.text} {w(next_city.form('loc'))}.",
    ]
    if rng.random() < 0.5:
        points[1], points[2] = points[2], points[1]
    numbered = [
        f"{i}. {capitalise(p) if rng.random() < 0.5 else p}" for i, p in enumerate(points, 1)
    ]
    members = []
    for i in range(rng.choice((2, 3))):
        person = person_of(rng, taken)
        iri = gold.person(person.nominative)
        gold.add(meeting, "participant", iri)
        if rng.random() < 0.5:
            other = rng.choice(cities())
            office = gold.office(other)
            gold.add(iri, "memberOf", office.iri)
            # a member from a city's office: the city took part (as in the digest's gold)
            gold.add(meeting, "participatingCity", other.iri)
            members.append(f"{i + 1}. {person.nominative} – {office.label},")
        else:
            org = organisation_of(rng)
            gold.add(iri, "memberOf", gold.organisation(org.label))
            members.append(f"{i + 1}. {person.nominative} ({org.label}),")
    members[-1] = members[-1].rstrip(",") + "."
    number = f"{rng.randrange(1, 30)}/{when.first.year}"
    head = rng.choice(
        [
            f"Na posiedzeniu {when.text} {w(city.form('loc'))} {team(rng, 'nom')} postanowił:",
            f"{team(rng, 'nom')} na posiedzeniu {w(city.form('loc'))} w dniu "
            f"{when.first.day:02d}.{when.first.month:02d}.{when.first.year} r. postanowił:",
        ]
    )
    if "w dniu" in head and when.first != when.last:  # 'w dniu' names one day
        gold.graph.remove((rdflib.URIRef(meeting), rdflib.URIRef(UMP + "endDate"), None))
        gold.add(meeting, "endDate", iso(when.first))
    body = "\n\n".join(
        [
            f"Komunikat nr {number} {team(rng, 'gen')}",
            head,
            "\n".join(numbered),
            "W posiedzeniu uczestniczyli:",
            "\n".join(members),
        ]
    )
    return Page("official", "Komunikat", published.isoformat(), "pl", body, gold)


# --- 5. a report page with a Markdown table ---------------------------------------------------

TABLE_TOPICS = (
    "Edukacja dzieci cudzoziemskich",
    "Rynek pracy",
    "Mieszkalnictwo dla uchodźców",
    "Pomoc uchodźcom z Ukrainy",
    "Standardy integracji",
    "Współpraca z organizacjami pozarządowymi",
    "Dialog międzykulturowy",
)
HEADERS = ("Lp.", "Miasto", "Data", "Temat", "Liczba uczestników", "Gospodarz")


def report_page(rng: random.Random) -> Page:
    gold = Gold2()
    gold.not_organisations += [h.casefold() for h in HEADERS] + ["razem"]
    rows = []
    host_column = rng.random() < 0.5
    start = random_day(rng, 2017, 5)
    day = start
    for i, city in enumerate(rng.sample(list(cities()), rng.choice((3, 4, 5))), 1):
        day += dt.timedelta(days=rng.randrange(60, 150))
        two = rng.random() < 0.4
        when = Dated(day, day + dt.timedelta(days=1 if two else 0), "")
        meeting = gold.team_meeting(when, city)
        cells = [f"{i}.", city.label, table_date(rng, when), rng.choice(TABLE_TOPICS)]
        cells.append(str(rng.randrange(12, 60)))
        if host_column:
            office = gold.office(city)
            gold.add(meeting, "organiser", office.iri)
            cells.append(office.label)
        rows.append("| " + " | ".join(cells) + " |")
    headers = list(HEADERS[: 6 if host_column else 5])
    table = [
        "| " + " | ".join(headers) + " |",
        "|" + "|".join("---" for _ in headers) + "|",
        *rows,
    ]
    if rng.random() < 0.5:
        table.append(
            "| Razem | | | | " + str(rng.randrange(80, 200)) + " |" + (" |" if host_column else "")
        )
    published = day + dt.timedelta(days=rng.randrange(20, 90))
    gold.forbidden_dates.append(published.isoformat())
    intro = rng.choice(
        [
            f"Poniżej zestawienie posiedzeń {team(rng, 'gen')} w latach {start.year}–{day.year}.",
            f"W okresie sprawozdawczym {team(rng, 'nom')} spotykał się regularnie "
            "w miastach członkowskich:",
        ]
    )
    outro = "Protokoły z posiedzeń są dostępne w biurze Unii."
    body = "\n\n".join([intro, "\n".join(table), outro])
    return Page("report", "Sprawozdanie z działalności", published.isoformat(), "pl", body, gold)


# --- 6. a local digest that mentions the Team once --------------------------------------------


def patron(rng: random.Random, gold: Gold2, taken: set[str]) -> Person:
    person = person_of(rng, taken)
    gold.not_people += [person.nominative.casefold(), person.form("gen").casefold()]
    return person


def digest_page(rng: random.Random) -> Page:
    gold = Gold2()
    taken: set[str] = set()
    home, city = rng.sample(list(cities()), 2)
    published = random_day(rng)
    gold.forbidden_dates.append(published.isoformat())
    items = []
    a, b = patron(rng, gold, taken), patron(rng, gold, taken)
    closed = after(rng, published, year=False, most=20)
    gold.not_team_dates.append(closed.first.isoformat())
    items.append(
        f"**Remont ulicy.** Od {closed.first.day} {MONTHS_GEN[closed.first.month - 1]} "
        f"zamknięta będzie ul. {a.form('gen')} na odcinku od skrzyżowania z al. "
        f"{b.form('gen')}. Objazd poprowadzi przez centrum."
    )
    c = patron(rng, gold, taken)
    school = f"Szkoła Podstawowa nr {rng.randrange(2, 60)} im. {c.form('gen')}"
    gold.organisation(school)  # a body the page names (its patron is no person)
    items.append(
        f"**Jubileusz szkoły.** {school} obchodziła "
        f"{rng.choice(['50-lecie', '25-lecie', '70-lecie'])} istnienia. Uczniowie przygotowali "
        "program artystyczny."
    )
    d = patron(rng, gold, taken)
    concert = after(rng, published, year=rng.random() < 0.5, most=30)
    gold.not_team_dates.append(concert.first.isoformat())
    items.append(
        f"**Koncert.** {capitalise(concert.text)} w sali koncertowej im. {d.form('gen')} "
        "wystąpi miejska orkiestra dęta. Wstęp wolny."
    )
    prize, org = patron(rng, gold, taken), organisation_of(rng, home)
    gold.organisation(org.label, city=home)
    items.append(
        f"**Nagroda.** Nagrodę im. {prize.form('gen')} otrzymał{ending(org.label)} "
        f"{org.label} za pracę z seniorami."
    )
    when = before(rng, published, year=rng.random() < 0.5, most=20)
    meeting = gold.team_meeting(when, city)
    person = person_of(rng, taken)
    iri = gold.person(person.nominative)
    office = gold.office(home)
    gold.add(iri, "memberOf", office.iri)
    gold.add(meeting, "participant", iri)
    # The home city took part whether the item names it or says "Nasze miasto": its officer
    # came (the office names the city).
    gold.add(meeting, "participatingCity", home.iri)
    represented = "Nasze miasto" if rng.random() < 0.5 else home.label
    items.append(
        f"**Migracje.** {capitalise(when.text)} {w(city.form('loc'))} obradował "
        f"{team(rng, 'nom')}. {represented} reprezentował{person.a} {person.nominative} "
        f"{z(office.form('gen'))}."
    )
    sport = after(rng, published, year=False, most=30)
    gold.not_team_dates.append(sport.first.isoformat())
    items.append(
        f"**Sport.** {capitalise(sport.text)} ulicami miasta przebiegnie "
        f"{rng.randrange(5, 30)}. Bieg Niepodległości. Zapisy trwają."
    )
    first, *rest = items
    rng.shuffle(rest)
    body = "\n\n".join([first, *rest])
    title = rng.choice(["Tydzień w mieście", "Wiadomości lokalne", "Co słychać w mieście"])
    return Page("digest", title, published.isoformat(), "pl", body, gold)


# --- 7. an English project page ---------------------------------------------------------------

EN_ROLES = ("project coordinator", "director", "programme manager")


def en_org(rng: random.Random) -> str:
    return f"{rng.choice(EN_HEADS)} {rng.choice(EN_OBJECTS)}"


def english_project_page(rng: random.Random) -> Page:
    gold = Gold2()
    taken: set[str] = set()
    city, partner_city = rng.sample(list(cities()), 2)
    city_en = english_city_labels()[city.iri]
    partner_en = english_city_labels()[partner_city.iri]
    name = rng.choice(
        [
            "Cities for All",
            "Welcome Neighbours",
            "Open City",
            "Local Integration Lab",
            "Together in the City",
            "Migrant Voices",
            "Safe Start",
        ]
    )
    project = gold.typed(f"{ID}project/{slug(name)}", "Project", name, "en")
    gold.graph.add((rdflib.URIRef(project), SCHEMA_NAME, rdflib.Literal(name, lang="en")))
    leader = en_org(rng)
    leader_iri = gold.organisation(leader, "en")
    gold.add(project, "leader", leader_iri)
    partners = [en_org(rng) for _ in range(rng.choice((1, 2)))]
    partners = [p for p in dict.fromkeys(partners) if p != leader]
    for partner in partners:
        gold.add(project, "partner", gold.organisation(partner, "en"))
    gold.add(project, "partner", partner_city.iri)
    gold.mentioned(city.iri)
    start = random_day(rng, 2016, 6).replace(day=1)
    end_month = dt.date(start.year + rng.choice((1, 2)), rng.randrange(1, 13), 1)
    end = (end_month + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    gold.add(project, "startDate", iso(start))
    gold.add(project, "endDate", iso(end))
    written = rng.choice(['"{}"', "*{}*", "“{}”"]).format(name)
    period = rng.choice(
        [
            f"from {MONTHS_EN[start.month - 1]} {start.year} to {MONTHS_EN[end.month - 1]} {end.year}",
            f"between {MONTHS_EN[start.month - 1]} {start.year} and {MONTHS_EN[end.month - 1]} {end.year}",
        ]
    )
    lines = [
        rng.choice(
            [
                f"{written} is a project led by the {leader} in {city_en}.",
                f"The project {written}, led by the {leader}, supports migrants in {city_en}.",
            ]
        ),
        f"It runs {period}.",
        f"Partners include {listed(['the ' + p for p in partners] + [f'the City of {partner_en}'], 'and')}.",
    ]
    if rng.random() < 0.6:
        gold.add(project, "fund", FAMI)
        lines.append("The project is funded by the Asylum, Migration and Integration Fund.")
    else:
        gold.add(project, "funder", COMMISSION)
        lines.append("The project is co-financed by the European Commission.")
    person = person_of(rng, taken)
    iri = gold.person(person.nominative, "en")
    role = rng.choice(EN_ROLES)
    gold.post(iri, leader_iri, COORDINATOR if role == "project coordinator" else None, slug(role))
    gold.not_organisations.append(person.nominative.casefold())
    lines.append(
        rng.choice(
            [
                f"“We want every newcomer to feel at home,” said {person.nominative}, "
                f"{role} at the {leader}.",
                f"{person.nominative}, {role} at the {leader}, presented the first results "
                f"in {MONTHS_EN[(start.month + 5) % 12]}.",
            ]
        )
    )
    published = start + dt.timedelta(days=rng.randrange(40, 300))
    return Page("english-project", name, published.isoformat(), "en", " ".join(lines), gold)


STYLES = {
    "news-list": news_list_page,
    "press": press_page,
    "blog": blog_page,
    "official": official_page,
    "report": report_page,
    "digest": digest_page,
    "english-project": english_project_page,
}
