"""Whole short pages in the styles of Polish press, city portals, NGOs, announcements and English
partner sites, each with the gold graph of what it states, for tests/test_pages_generated.py.

Nothing here is copied from a page the extractor was written from: people are drawn from SGJP
(tests/relations_templates.py), organisations are built from realistic heads ('Fundacja',
'Stowarzyszenie', 'Centrum', …) and genitive complements whose forms morfeusz2 generates, cities
come from graph/reference in the case a construction needs, dates are random and written in the
many ways Polish pages write them. Each page knows its facts because it made them: its gold is a
small graph in the project's vocabulary (the style of tests/gold/*.ttl), scored by the register
rules of ump_kg.extract.evaluation.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

import rdflib
from rdflib.namespace import RDF, RDFS

from tests.relations_templates import (
    CASES,
    ID,
    MONTHS_GEN,
    REFERENCE,
    UMP,
    Named,
    Person,
    capitalise,
    cities,
    form,
    noun_lexeme,
    office_of,
    organisations,
    people,
    phrase_forms,
    title_of,
)

SCHEMA_NAME = rdflib.URIRef("https://schema.org/name")
TEAM = f"{ID}organisation/ump-zespol-migracji-i-integracji"
UMP_ORG = f"{ID}organisation/ump"
IOM = f"{ID}organisation/iom"
UNHCR = f"{ID}organisation/unhcr"
COUNCIL = f"{ID}organisation/rada-europy"
COMMISSION = f"{ID}organisation/komisja-europejska"
FAMI = f"{ID}fund/fami"
DECLARATION = f"{ID}document/deklaracja-migracyjna-ump-2017"
MAYOR = f"{ID}role/prezydent-miasta"
COORDINATOR = f"{ID}role/koordynator"
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()
MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()
WEEKDAYS_ACC = ("poniedziałek", "wtorek", "środę", "czwartek", "piątek", "sobotę", "niedzielę")


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    ascii_text = ascii_text.encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def w(word: str) -> str:
    """'w Lublinie', 'we Wrocławiu', 'we Włocławku': 'we' before w/f and a consonant."""
    return ("we " if re.match(r"[WwFf][^aeiouyąęó]", word) else "w ") + word


def z(word: str) -> str:
    """'z Lublina', 'ze Szczecina', 'ze Stowarzyszenia', 'ze Zgierza'."""
    return ("ze " if re.match(r"(?i)([sśzźż]|sz|rz)[^aeiouyąęó]", word) else "z ") + word


def listed(words: list[str], conjunction: str = "i") -> str:
    """'A, B i C'."""
    return ", ".join(words[:-1]) + f" {conjunction} " + words[-1] if len(words) > 1 else words[0]


# --- the gold graph ------------------------------------------------------------------------------


@dataclass
class Gold:
    """A page's gold graph, and the facts it must not state (negation, furniture, page dates)."""

    graph: rdflib.Graph = field(default_factory=rdflib.Graph)
    # (property local name or None for any, object name normalised): never in the extraction
    forbidden: list[tuple[str | None, str]] = field(default_factory=list)
    # dates (ISO) no event may start on: the publication date when the event is on another day
    forbidden_dates: list[str] = field(default_factory=list)

    def add(self, s: str, p: str, o: str | rdflib.Literal) -> None:
        obj = o if isinstance(o, rdflib.Literal) else rdflib.URIRef(o)
        prop = rdflib.URIRef(p if p.startswith("http") else UMP + p)
        self.graph.add((rdflib.URIRef(s), prop, obj))

    def typed(self, iri: str, cls: str, label: str | None = None, lang: str = "pl") -> str:
        self.graph.add((rdflib.URIRef(iri), RDF.type, rdflib.URIRef(UMP + cls)))
        if label is not None:
            self.graph.add((rdflib.URIRef(iri), RDFS.label, rdflib.Literal(label, lang=lang)))
        return iri

    def person(self, nominative: str, lang: str = "pl") -> str:
        return self.typed(f"{ID}person/{slug(nominative)}", "Person", nominative, lang)

    def organisation(self, label: str, lang: str = "pl", city: Named | None = None) -> str:
        """A made-up organisation. 'Stowarzyszenie X w Lublinie' is the association X in Lublin:
        the register's name leaves the place to ump:inCity."""
        if city is not None:
            label = label.removesuffix(f" {w(city.form('loc'))}")
        iri = self.typed(organisation_iri(label), "NationalOrganisation", label, lang)
        if city is not None:
            self.add(iri, "inCity", city.iri)
        return iri

    def mentioned(self, iri: str) -> None:
        """A thing the page names without a relation the vocabulary has (scored as a name)."""
        self.add(iri, "reportedIn", f"{ID}source/page")

    def post(self, person: str, body: str, role: str | None, key: str) -> None:
        post = f"{ID}post/{key}-{slug(body.rsplit('/', 1)[-1])}"
        self.typed(post, "Post")
        self.add(person, "holds", post)
        self.add(post, "postIn", body)
        if role is not None:
            self.add(post, "role", role)

    def mayor(self, person: Person, city: Named) -> str:
        iri = self.person(person.nominative)
        self.post(iri, office_of(city), MAYOR, "prezydent")
        return iri

    def event(
        self,
        cls: str,
        written: Dated,
        city: Named | None,
        name: str | None = None,
        lang: str = "pl",
    ) -> str:
        iri = f"{ID}meeting/{written.first.isoformat()}-{slug(city.label) if city else 'x'}"
        self.typed(iri, cls)
        self.add(iri, "startDate", rdflib.Literal(written.first.isoformat(), datatype=XSD_DATE))
        self.add(iri, "endDate", rdflib.Literal(written.last.isoformat(), datatype=XSD_DATE))
        if city is not None:
            self.add(iri, "inCity", city.iri)
        if name is not None:
            self.graph.add((rdflib.URIRef(iri), SCHEMA_NAME, rdflib.Literal(name, lang=lang)))
        return iri


XSD_DATE = rdflib.XSD.date


@dataclass(frozen=True)
class Page:
    style: str
    title: str
    published: str
    language: str
    body: str
    gold: Gold

    def markdown(self) -> str:
        return (
            f'---\ntitle: "{self.title}"\npublished: {self.published}\n'
            f"language: {self.language}\n---\n# {self.title}\n\n{self.body}\n"
        )


# --- dates ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dated:
    first: dt.date
    last: dt.date
    text: str


def random_day(rng: random.Random, start: int = 2016, years: int = 8) -> dt.date:
    return dt.date(start, 1, 1) + dt.timedelta(days=rng.randrange(365 * years))


def weekday(day: dt.date) -> str:
    name = WEEKDAYS_ACC[day.weekday()]
    return ("we " if name == "wtorek" else "w ") + name


def day_text(rng: random.Random, day: dt.date, year: bool) -> str:
    """One day as an adverbial: '14 czerwca 2018 r.', '14.06.2018', '14 VI 2018 r.', 'w czwartek
    14 czerwca 2018 roku'; without a year: '14 czerwca', 'w czwartek 14 czerwca'."""
    month = MONTHS_GEN[day.month - 1]
    if not year:
        return rng.choice([f"{day.day} {month}", f"{weekday(day)} {day.day} {month}"])
    tail = rng.choice([" r.", " roku", ""])
    return rng.choice(
        [
            f"{day.day} {month} {day.year}{tail}",
            f"{day.day:02d}.{day.month:02d}.{day.year}{tail if tail != ' roku' else ' r.'}",
            f"{day.day} {ROMAN[day.month - 1]} {day.year} r.",
            f"{weekday(day)} {day.day} {month} {day.year}{tail}",
        ]
    )


def range_text(rng: random.Random, first: dt.date, last: dt.date, year: bool) -> str:
    """Two days: '11–12 czerwca 2018 r.', 'w dniach 11–12 czerwca', '11 i 12 czerwca', 'od 11 do
    12 czerwca 2018 roku', '11–12.06.2018', '30 listopada – 1 grudnia 2018 r.', 'od 30 listopada
    do 1 grudnia', '30.11–1.12.2018', '31 grudnia 2018 – 1 stycznia 2019'."""
    m1, m2 = MONTHS_GEN[first.month - 1], MONTHS_GEN[last.month - 1]
    tail = rng.choice([" r.", " roku", ""]) if year else ""
    y = f" {last.year}" if year else ""
    if first.year != last.year and year:
        return f"{first.day} {m1} {first.year} – {last.day} {m2} {last.year}{tail}"
    if first.month != last.month:
        forms = [
            f"{first.day} {m1} – {last.day} {m2}{y}{tail}",
            f"od {first.day} {m1} do {last.day} {m2}{y}{tail}",
        ]
        if year:
            forms.append(
                f"{first.day:02d}.{first.month:02d}–{last.day:02d}.{last.month:02d}.{last.year}"
            )
        return rng.choice(forms)
    forms = [
        f"{first.day}–{last.day} {m1}{y}{tail}",
        f"w dniach {first.day}–{last.day} {m1}{y}{tail}",
        f"{first.day} i {last.day} {m1}{y}{tail}",
        f"od {first.day} do {last.day} {m1}{y}{tail}",
    ]
    if year:
        forms.append(f"{first.day}–{last.day}.{first.month:02d}.{first.year}")
    return rng.choice(forms)


def dated(rng: random.Random, day: dt.date | None = None, year: bool = True) -> Dated:
    """A one- or two-day event, often across a month's end, written in one of many ways."""
    first = day or random_day(rng)
    if rng.random() < 0.45:
        if rng.random() < 0.4:  # move to a month's end so that the range crosses it
            first = (first.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
            first -= dt.timedelta(days=1)
        last = first + dt.timedelta(days=1)
        return Dated(first, last, range_text(rng, first, last, year))
    return Dated(first, first, day_text(rng, first, year))


def sentence_start(text: str) -> str:
    return capitalise(text)


# --- organisations, venues -----------------------------------------------------------------------


# (head, its grammatical gender for adjectives before it): all are nouns SGJP declines.
HEADS = ("Fundacja", "Stowarzyszenie", "Centrum", "Instytut", "Ośrodek", "Towarzystwo", "Biuro")
# (lexeme, number) of the genitive complements: an activity, then its object.
ACTIONS = (
    ("rozwój", "sg"),
    ("wsparcie", "sg"),
    ("badanie", "pl"),
    ("integracja", "sg"),
    ("edukacja", "sg"),
    ("dialog", "sg"),
    ("współpraca", "sg"),
    ("ochrona", "sg"),
    ("promocja", "sg"),
)
OBJECTS = (
    ("migrant", "pl", None),
    ("cudzoziemiec", "pl", None),
    ("uchodźca", "pl", None),
    ("imigrant", "pl", None),
    ("społeczność", "pl", "lokalny"),
    ("inicjatywa", "pl", "obywatelski"),
    ("kultura", "sg", "ukraiński"),
    ("dialog", "sg", "międzykulturowy"),
    ("mniejszość", "pl", "narodowy"),
)
VENUE_HEADS = ("Centrum", "Dom", "Pałac", "Galeria", "Muzeum", "Sala")
VENUE_COMPLEMENTS = (("kultura", "sg"), ("spotkanie", "pl"), ("sztuka", "sg"), ("nauka", "sg"))


def gender_of(noun: str) -> str:
    found = noun_lexeme(noun, None, None)
    assert found, noun
    from tests.relations_templates import readings

    return next(parts[3][0] for lexeme, parts, _ in readings(noun) if lexeme == found[0])


def genitive(lexeme: str, number: str) -> str:
    found = noun_lexeme(lexeme, None, None)
    assert found, lexeme
    made = form(found[0], "subst", number, "gen")
    assert made, lexeme
    return capitalise(made)


def ending(label: str) -> str:
    """The past-tense ending agreeing with a name's head noun: 'gościł', 'gościła', 'gościło'."""
    gender = gender_of(label.split()[0])
    return {"f": "a", "n": "o"}.get(gender[0], "")


def complement(rng: random.Random) -> str:
    """'Wspierania Migrantów', 'Rozwoju Społeczności Lokalnych', 'Badań Kultury Ukraińskiej'."""
    action, action_number = rng.choice(ACTIONS)
    obj, number, adjective = rng.choice([o for o in OBJECTS if o[0] != action])
    words = [genitive(action, action_number), genitive(obj, number)]
    if adjective is not None:
        gender = gender_of(obj)
        made = form(adjective, "adj", number, "gen", gender if number == "sg" else None)
        assert made, adjective
        words.append(capitalise(made))
    return " ".join(words)


@dataclass(frozen=True)
class Body:
    """A made-up organisation (or venue) with every case form, and where it is."""

    label: str
    forms: tuple[tuple[str, str], ...]

    def form(self, case: str) -> str:
        return dict(self.forms)[case]


def organisation_iri(label: str) -> str:
    """The IRI a made-up organisation's page gets (as Gold.organisation writes it)."""
    return f"{ID}organisation/{slug(label)}"


def organisation_of(rng: random.Random, city: Named | None = None) -> Body:
    while True:
        head = rng.choice(HEADS)
        words = [head, complement(rng)]
        if city is not None:
            words.append(f"{w(city.form('loc'))}")
        label = " ".join(words)
        forms = phrase_forms(label)
        if forms is not None:
            return Body(label, forms)


def venue_of(rng: random.Random, city: Named) -> Body:
    while True:
        head = rng.choice(VENUE_HEADS)
        lexeme, number = rng.choice(VENUE_COMPLEMENTS)
        label = f"{head} {genitive(lexeme, number)} {w(city.form('loc'))}"
        if head == "Sala":
            label = f"Sala Sesyjna Urzędu Miasta {city.form('gen')}"
        forms = phrase_forms(label)
        if forms is not None:
            return Body(label, forms)


@cache
def reference_bodies() -> dict[str, Named]:
    return {o.slug: o for o in organisations()}


def city_named(slug_: str) -> Named:
    return next(c for c in cities() if c.slug == slug_)


@cache
def english_city_labels() -> dict[str, str]:
    graph = rdflib.Graph().parse(REFERENCE / "cities.ttl")
    return {
        str(s): str(o)
        for s, o in graph.subject_objects(RDFS.label)
        if isinstance(o, rdflib.Literal) and o.language == "en"
    }


# --- people --------------------------------------------------------------------------------------


def person_of(rng: random.Random, taken: set[str]) -> Person:
    while True:
        person = rng.choice(people())
        surname = person.nominative.split()[-1]
        if surname not in taken:
            taken.add(surname)
            return person


def mayor_word(person: Person) -> str:
    return "prezydentka" if person.gender == "f" else "prezydent"


def mayor_word_gen(person: Person) -> str:
    return "prezydentki" if person.gender == "f" else "prezydenta"


CASE_NAMES = CASES


# --- (a) a declaration or position signed by mayors ----------------------------------------------

TOPICS = (
    "integracji cudzoziemców",
    "polityki migracyjnej państwa",
    "przyjmowania uchodźców",
    "wsparcia uchodźców z Ukrainy",
    "relokacji uchodźców",
)


def declaration_page(rng: random.Random) -> Page:
    gold = Gold()
    taken: set[str] = set()
    host, *others = rng.sample(list(cities()), 9)
    when = dated(rng)
    title = title_of(rng)
    conference = gold.event("Conference", when, host, name=title)
    if rng.random() < 0.4:
        doc, doc_gen, doc_inst = DECLARATION, "deklaracji", "deklaracją"
        doc_acc = "deklarację o współdziałaniu w dziedzinie migracji"
    else:
        topic = rng.choice(TOPICS)
        label = f"Stanowisko w sprawie {topic}"
        doc = gold.typed(f"{ID}document/{slug(label)}", "Document", label)
        doc_acc, doc_gen, doc_inst = f"stanowisko w sprawie {topic}", "stanowiska", "stanowiskiem"
    gold.add(doc, "signedAt", conference)
    gold.mentioned(UMP_ORG)
    gold.add(doc, "signedIn", host.iri)
    lines = [
        sentence_start(
            rng.choice(
                [
                    f"{when.text} {w(host.form('loc'))} odbyła się konferencja „{title}”.",
                    f"Konferencja „{title}” odbyła się {when.text} {w(host.form('loc'))}.",
                    f"{capitalise(w(host.form('loc')))} {when.text} trwała konferencja „{title}”.",
                ]
            )
        ),
        f"Podczas konferencji prezydenci miast Unii Metropolii Polskich podpisali {doc_acc}.",
    ]
    # signatories, in one of four constructions each taking some cities
    listed_people = [(person_of(rng, taken), others.pop()) for _ in range(3)]
    parts = []
    for person, city in listed_people:
        iri = gold.person(person.nominative)
        gold.add(doc, "signatory", iri)
        gold.add(doc, "signatoryCity", city.iri)
        parts.append(f"{person.nominative} ({city.label})")
    lines.append(f"Dokument podpisali: {listed(parts)}.")
    by_city = [others.pop(), others.pop()]
    for city in by_city:
        gold.add(doc, "signatoryCity", city.iri)
    lines.append(
        rng.choice(
            [
                f"Podpisy złożyli także prezydenci {listed([c.form('gen') for c in by_city])}.",
                f"Pod {doc_inst} podpisali się też prezydenci {listed([c.form('gen') for c in by_city])}.",
            ]
        )
    )
    a, b = person_of(rng, taken), person_of(rng, taken)
    city_a, city_b = others.pop(), others.pop()
    for person, city in ((a, city_a), (b, city_b)):
        gold.add(doc, "signatory", gold.mayor(person, city))
        gold.add(doc, "signatoryCity", city.iri)
    lines.append(
        f"Wśród sygnatariuszy byli {mayor_word(a)} {city_a.form('gen')} {a.nominative} "
        f"oraz {mayor_word(b)} {city_b.form('gen')} {b.nominative}."
    )
    refusing, city = person_of(rng, taken), others.pop()
    iri = gold.mayor(refusing, city)
    gold.add(doc, "nonSignatory", iri)
    gold.add(doc, "nonSignatoryCity", city.iri)
    gold.forbidden.append(("signatory", refusing.nominative.casefold()))
    gold.forbidden.append(("signatoryCity", city.label.casefold()))
    lines.append(
        rng.choice(
            [
                f"{doc_gen.capitalize()} nie podpisał{refusing.a} {mayor_word(refusing)} "
                f"{city.form('gen')} {refusing.nominative}.",
                f"Zabrakło podpisu {mayor_word_gen(refusing)} {city.form('gen')} "
                f"{refusing.form('gen')}.",
                f"Brak podpisu {mayor_word_gen(refusing)} {city.form('gen')} "
                f"{refusing.form('gen')}, {'która' if refusing.gender == 'f' else 'który'} "
                "zapowiedział" + refusing.a + " osobne stanowisko.",
            ]
        )
    )
    published = when.last + dt.timedelta(days=rng.randrange(0, 4))
    if published != when.first:
        gold.forbidden_dates.append(published.isoformat())
    return Page(
        "declaration",
        rng.choice(
            ["Prezydenci miast jednym głosem", "Wspólne stanowisko miast", "Podpisali dokument"]
        ),
        published.isoformat(),
        "pl",
        " ".join(lines),
        gold,
    )


# --- (b) a meeting of the Team -------------------------------------------------------------------

TEAM_NAMES = {
    "nom": (
        "Zespół UMP ds. Migracji i Integracji",
        "Zespół Unii Metropolii Polskich ds. Migracji i Integracji",
    ),
    "gen": (
        "Zespołu UMP ds. Migracji i Integracji",
        "Zespołu Unii Metropolii Polskich ds. Migracji i Integracji",
    ),
}
POSTS = (("dyrektor", "dyrektorka"), ("prezes", "prezeska"), ("koordynator", "koordynatorka"))


def speaker(rng: random.Random, gold: Gold, meeting: str, taken: set[str]) -> tuple[str, Person]:
    """A speaker with their organisation in one of five constructions; returns the phrase."""
    person, org = person_of(rng, taken), organisation_of(rng)
    iri = gold.person(person.nominative)
    gold.add(meeting, "participant", iri)
    body = gold.organisation(org.label)
    how = rng.randrange(4)
    if how == 0:
        gold.add(iri, "memberOf", body)
        return f"{person.nominative} {z(org.form('gen'))}", person
    if how == 1:
        gold.add(iri, "memberOf", body)
        return f"{person.nominative} ({org.label})", person
    male, female = rng.choice(POSTS)
    gold.post(iri, body, COORDINATOR if male == "koordynator" else None, male)
    post = female if person.gender == "f" else male
    if how == 2:
        return f"{person.nominative}, {post} {org.form('gen')}", person
    return f"{post} {org.form('gen')} {person.nominative}", person


def speakers_sentence(rng: random.Random, gold: Gold, meeting: str, taken: set[str]) -> str:
    made = [speaker(rng, gold, meeting, taken) for _ in range(rng.choice((1, 2, 3)))]
    phrases = [phrase for phrase, _ in made]
    if len(made) == 1:
        person = made[0][1]
        return rng.choice(
            [
                f"Gościem spotkania był{person.a} {phrases[0]}.",
                f"Z prezentacją wystąpił{person.a} {phrases[0]}.",
            ]
        )
    return rng.choice(
        [
            f"Wystąpili: {'; '.join(phrases)}.",
            f"Gośćmi spotkania byli {listed(phrases)}.",
            f"Z prezentacjami wystąpili {listed(phrases)}.",
        ]
    )


def team_meeting_page(rng: random.Random) -> Page:
    gold = Gold()
    taken: set[str] = set()
    city, *guests = rng.sample(list(cities()), 5)
    when = dated(rng)
    meeting = gold.event("TeamMeeting", when, city)
    gold.add(meeting, "meetingOf", TEAM)
    gold.add(TEAM, "unitOf", UMP_ORG)
    venue = venue_of(rng, city)
    # 'Centrum Kultury w Rzeszowie' is the venue 'Centrum Kultury' in Rzeszów (as organisations)
    venue_name = venue.label.removesuffix(f" {w(city.form('loc'))}")
    venue_iri = gold.typed(f"{ID}venue/{slug(venue_name)}", "Venue", venue_name)
    gold.add(venue_iri, "inCity", city.iri)
    gold.add(meeting, "venue", venue_iri)
    team_nom, team_gen = (rng.choice(TEAM_NAMES[c]) for c in ("nom", "gen"))
    lines = [
        rng.choice(
            [
                sentence_start(f"{when.text} {w(city.form('loc'))} obradował {team_nom}."),
                f"{sentence_start(when.text)} {w(venue.form('loc'))} spotkał się {team_nom}.",
                f"Kolejne posiedzenie {team_gen} odbyło się {when.text} {w(city.form('loc'))}.",
            ]
        )
    ]
    lines.append(
        rng.choice(
            [
                f"Obrady toczyły się {w(venue.form('loc'))}.",
                f"Członków zespołu gościł{ending(venue.label)} {venue.label}.",
                f"Spotkanie odbyło się {w(venue.form('loc'))}.",
            ]
        )
    )
    if rng.random() < 0.5:
        office = reference_bodies()[office_of(city).rsplit("/", 1)[-1]]
        gold.add(meeting, "organiser", office.iri)
        lines.append(f"Gospodarzem spotkania był {office.label}.")
    else:
        place = city if rng.random() < 0.3 else None
        org = organisation_of(rng, place)
        gold.add(meeting, "organiser", gold.organisation(org.label, city=place))
        lines.append(f"Spotkanie zorganizował{ending(org.label)} {org.label}.")
    supporters = rng.choice([[IOM, UNHCR], [IOM], [UNHCR]])
    for supporter in supporters:
        gold.add(meeting, "supporter", supporter)
    words = {IOM: "IOM", UNHCR: "UNHCR"}
    lines.append(f"Spotkanie odbyło się przy wsparciu {listed([words[s] for s in supporters])}.")
    for guest in guests:
        gold.add(meeting, "participatingCity", guest.iri)
    lines.append(
        rng.choice(
            [
                f"Udział wzięli przedstawiciele {listed([g.form('gen') for g in guests])}.",
                f"W obradach uczestniczyli urzędnicy {z(listed([g.form('gen') for g in guests]))}.",
            ]
        )
    )
    lines.append(speakers_sentence(rng, gold, meeting, taken))
    published = when.last + dt.timedelta(days=rng.randrange(1, 12))
    gold.forbidden_dates.append(published.isoformat())
    return Page(
        "team-meeting",
        rng.choice(
            ["Posiedzenie Zespołu ds. Migracji", "Miasta o migracji", "Spotkanie zespołu UMP"]
        ),
        published.isoformat(),
        "pl",
        " ".join(lines),
        gold,
    )


# --- (c) a project page ---------------------------------------------------------------------------


def plain_day(rng: random.Random, day: dt.date) -> str:
    """A day after 'od'/'do': '1 marca 2019 r.', '01.03.2019', '1 marca 2019'."""
    month = MONTHS_GEN[day.month - 1]
    return rng.choice(
        [
            f"{day.day} {month} {day.year} r.",
            f"{day.day:02d}.{day.month:02d}.{day.year}",
            f"{day.day} {month} {day.year}",
        ]
    )


def project_page(rng: random.Random) -> Page:
    gold = Gold()
    taken: set[str] = set()
    city, partner_city = rng.sample(list(cities()), 2)
    name = title_of(rng)
    project = f"{ID}project/{slug(name)}"
    gold.typed(project, "Project", name)
    gold.graph.add((rdflib.URIRef(project), SCHEMA_NAME, rdflib.Literal(name, lang="pl")))
    place = city if rng.random() < 0.4 else None
    leader = organisation_of(rng, place)
    leader_iri = gold.organisation(leader.label, city=place)
    gold.mentioned(city.iri)
    gold.add(project, "leader", leader_iri)
    partners = [organisation_of(rng) for _ in range(rng.choice((1, 2)))]
    partner_names = [p.label for p in partners]
    for partner in partners:
        gold.add(project, "partner", gold.organisation(partner.label))
    office = reference_bodies()[office_of(partner_city).rsplit("/", 1)[-1]]
    gold.add(project, "partner", office.iri)
    partner_names.append(office.label)
    start = random_day(rng).replace(day=1)
    end = dt.date(start.year + rng.choice((1, 2)), start.month, 1) - dt.timedelta(days=1)
    when = Dated(start, end, "")
    gold.add(project, "startDate", rdflib.Literal(start.isoformat(), datatype=XSD_DATE))
    gold.add(project, "endDate", rdflib.Literal(end.isoformat(), datatype=XSD_DATE))
    lines = [
        rng.choice(
            [
                f"Projekt „{name}” jest realizowany {w(city.form('loc'))} "
                f"od {plain_day(rng, start)} do {plain_day(rng, end)}.".replace("r..", "r."),
                f"„{name}” to projekt {w(city.form('loc'))} trwający od {start.day} "
                f"{MONTHS_GEN[start.month - 1]} {start.year} r. do {end.day} "
                f"{MONTHS_GEN[end.month - 1]} {end.year} r.",
            ]
        ),
        rng.choice(
            [
                f"Liderem projektu jest {leader.label}.",
                f"Projekt realizuje {leader.label}.",
                f"Projekt prowadzi {leader.label}.",
            ]
        ),
        rng.choice(
            [
                f"Partnerami są {listed(partner_names)}.",
                f"Partnerami projektu są {listed(partner_names)}.",
                f"Projekt jest prowadzony w partnerstwie z "
                f"{listed([p.form('inst') for p in partners] + [office.form('inst')])}.",
            ]
        ),
    ]
    if rng.random() < 0.6:
        gold.add(project, "fund", FAMI)
        lines.append(
            rng.choice(
                [
                    "Projekt jest finansowany z Funduszu Azylu, Migracji i Integracji (FAMI).",
                    "Projekt współfinansowany ze środków Funduszu Azylu, Migracji i Integracji.",
                    "Projekt jest finansowany z FAMI.",
                ]
            )
        )
    else:
        gold.add(project, "funder", COMMISSION)
        lines.append("Projekt jest finansowany ze środków Komisji Europejskiej.")
    person = person_of(rng, taken)
    iri = gold.person(person.nominative)
    gold.post(iri, leader_iri, COORDINATOR, "koordynator")
    word = "Koordynatorką" if person.gender == "f" else "Koordynatorem"
    lines.append(f"{word} projektu jest {person.nominative} {z(leader.form('gen'))}.")
    lines.append("W ramach projektu prowadzone są kursy języka polskiego i porady prawne.")
    published = start + dt.timedelta(days=rng.randrange(30, 200))
    del when
    return Page("project", name, published.isoformat(), "pl", " ".join(lines), gold)


# --- (d) an announcement of a coming meeting ------------------------------------------------------


def announcement_page(rng: random.Random) -> Page:
    """Published before the meeting, the date without its year: the coming occurrence. Pages
    published in December announce January meetings (the year changes)."""
    gold = Gold()
    taken: set[str] = set()
    published = random_day(rng)
    if rng.random() < 0.3:
        published = published.replace(month=12, day=rng.randrange(5, 28))
    first = published + dt.timedelta(days=rng.randrange(3, 40))
    when = dated(rng, first, year=False)
    city = rng.choice(cities())
    meeting = gold.event("TeamMeeting", when, city)
    gold.add(meeting, "meetingOf", TEAM)
    gold.add(TEAM, "unitOf", UMP_ORG)
    gold.forbidden_dates.append(published.isoformat())
    for shifted in (-1, 1):  # the occurrence a year off is the typical mistake
        with contextlib.suppress(ValueError):  # 29 February
            gold.forbidden_dates.append(
                when.first.replace(year=when.first.year + shifted).isoformat()
            )
    lines = [
        rng.choice(
            [
                f"Zapraszamy na spotkanie {rng.choice(TEAM_NAMES['gen'])}, które odbędzie się "
                f"{when.text} {w(city.form('loc'))}.",
                f"{sentence_start(when.text)} {w(city.form('loc'))} zbierze się "
                f"{rng.choice(TEAM_NAMES['nom'])}.",
                f"Najbliższe posiedzenie {rng.choice(TEAM_NAMES['gen'])} odbędzie się "
                f"{w(city.form('loc'))} {when.text}.",
            ]
        )
    ]
    host = organisation_of(rng, city)
    gold.add(meeting, "organiser", gold.organisation(host.label, city=city))
    lines.append(f"Gospodarzem będzie {host.label}.")
    person = person_of(rng, taken)
    org = organisation_of(rng)
    iri = gold.person(person.nominative)
    gold.add(meeting, "participant", iri)
    gold.add(iri, "memberOf", gold.organisation(org.label))
    lines.append(f"Gościem specjalnym będzie {person.nominative} {z(org.form('gen'))}.")
    lines.append("Zgłoszenia przyjmujemy do końca tygodnia.")
    return Page(
        "announcement",
        rng.choice(["Zapowiedź spotkania", "Zaproszenie", "Spotkanie zespołu – zapowiedź"]),
        published.isoformat(),
        "pl",
        " ".join(lines),
        gold,
    )


# --- (e) an English partner page ---------------------------------------------------------------------

EN_HEADS = ("Foundation for", "Association for", "Centre for", "Institute of")
EN_OBJECTS = (
    "Migrant Integration",
    "Intercultural Dialogue",
    "Refugee Support",
    "Local Communities",
    "Human Rights Education",
    "Social Inclusion",
)
EN_ROLES = ("Director", "Project Coordinator", "President", "Programme Manager")


def english_page(rng: random.Random) -> Page:
    gold = Gold()
    taken: set[str] = set()
    city, *guests = rng.sample(list(cities()), 4)
    city_en = english_city_labels()[city.iri]
    first = random_day(rng)
    two = rng.random() < 0.5
    last = first + dt.timedelta(days=1 if two else 0)
    m1, m2 = MONTHS_EN[first.month - 1], MONTHS_EN[last.month - 1]
    if not two:
        text = rng.choice([f"{first.day} {m1} {first.year}", f"{m1} {first.day}, {first.year}"])
    elif first.month == last.month:
        text = f"{first.day}–{last.day} {m1} {first.year}"
    else:
        text = f"{first.day} {m1} – {last.day} {m2} {last.year}"
    when = Dated(first, last, text)
    kind = rng.choice(["training", "meeting"])
    cls = "TeamMeeting" if kind == "meeting" else "Meeting"
    event = gold.event(cls, when, city)
    lines = []
    if kind == "meeting":
        gold.add(event, "meetingOf", TEAM)
        gold.add(TEAM, "unitOf", UMP_ORG)
        lines.append(
            f"The UMP Team on Migration and Integration met in {city_en} on {text}."
            if rng.random() < 0.5
            else f"On {text}, the Migration and Integration Team of the Union of Polish "
            f"Metropolises held its meeting in {city_en}."
        )
    else:
        lines.append(
            f"An intercultural competence training took place in {city_en} on {text}, "
            "organised by the Council of Europe."
        )
        gold.add(event, "organiser", COUNCIL)
    guests_en = [english_city_labels()[g.iri] for g in guests]
    for guest in guests:
        gold.add(event, "participatingCity", guest.iri)
    lines.append(f"Representatives of {listed(guests_en, 'and')} took part.")
    people_phrases = []
    for _ in range(rng.choice((1, 2))):
        person = person_of(rng, taken)
        org = f"{rng.choice(EN_HEADS)} {rng.choice(EN_OBJECTS)}"
        iri = gold.person(person.nominative, "en")
        body = gold.organisation(org, "en")
        gold.add(event, "participant", iri)
        role = rng.choice(EN_ROLES)
        # a Project Coordinator holds the coordinator's role, as "koordynator projektu" does
        gold.post(iri, body, COORDINATOR if role == "Project Coordinator" else None, slug(org))
        people_phrases.append(f"{person.nominative} ({role}, {org})")
    lines.append(f"Speakers included {listed(people_phrases, 'and')}.")
    if rng.random() < 0.5:
        gold.add(event, "supporter", IOM)
        lines.append("The event was supported by the International Organization for Migration.")
    published = last + dt.timedelta(days=rng.randrange(1, 10))
    gold.forbidden_dates.append(published.isoformat())
    return Page(
        "english",
        rng.choice(["Polish cities on integration", "Meeting of Polish cities", "News"]),
        published.isoformat(),
        "en",
        " ".join(lines),
        gold,
    )


# --- (f) an article framed by page furniture ---------------------------------------------------------

MENU = (
    "Menu: Start | O nas | Aktualności | Projekty | Kontakt",
    "Strona główna > Aktualności > Migracje",
    "Jesteś tutaj: Strona główna / Miasto / Aktualności",
)


def furniture_page(rng: random.Random) -> Page:
    """A meeting article between breadcrumbs, a date line with a byline, share and tag lines:
    the furniture adds no fact, and its author is nobody of the graph."""
    inner = team_meeting_page(rng)
    author = person_of(rng, set())
    published = dt.date.fromisoformat(inner.published)
    byline = rng.choice(
        [
            f"Opublikowano: {published.day:02d}.{published.month:02d}.{published.year} | "
            f"Autor: {author.nominative}",
            f"{published.day:02d}.{published.month:02d}.{published.year}, "
            f"autor: {author.nominative}",
            f"Data publikacji: {published.isoformat()} · Tekst: {author.nominative}",
        ]
    )
    office = rng.choice(["Wydział Komunikacji Społecznej", "Biuro Prasowe", "Redakcja Portalu"])
    before = [rng.choice(MENU), byline]
    after = [
        rng.choice(["Udostępnij: Facebook Twitter LinkedIn", "Udostępnij: Facebook | X | E-mail"]),
        "Tagi: migracje, integracja, cudzoziemcy",
        f"Źródło: {office}",
        "Polityka prywatności | Deklaracja dostępności | Mapa strony",
    ]
    gold = inner.gold
    gold.forbidden.append((None, author.nominative.casefold()))
    gold.forbidden.append((None, office.casefold()))
    body = "\n\n".join([*before, inner.body, *after])
    return Page("furniture", inner.title, inner.published, "pl", body, gold)


STYLES = {
    "declaration": declaration_page,
    "team-meeting": team_meeting_page,
    "project": project_page,
    "announcement": announcement_page,
    "english": english_page,
    "furniture": furniture_page,
}
