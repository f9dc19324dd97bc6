"""Two rules: an honorific is no part of an English name; "participants from" take part.

1. On an English page an honorific before a person's name is no part of the name (extract/
   names.py HONORIFICS in english_name_words): "Ms Anna Nowak, Director of the Social Affairs
   Department of the City of Gdańsk, presented the results." makes a person labelled "Anna
   Nowak" (not "Ms Anna Nowak") who holds the post. The honorific: "Mr", "Mrs", "Ms", "Miss",
   "Dr", "Prof", "Sir", "Dame" (one of the person's gender for SGJP people, any for foreign ones,
   whose gender the lists do not give), without a period or (a third of the cases) with one.
   The name: SGJP people in the nominative (tests/pages_templates person_of), or the English
   tests' foreign people (tests/test_names_english: a given name of its seeded census and SGJP
   sample, or one neither list knows, and one of its made-up surnames, "d'Amico", "van Dijk"
   among them, an initial between or not). The role after a comma: "Director / Head / Deputy
   Director of the <unit> of the City of <city>" (tests/test_bodies_projects_pages en_unit_of;
   the post is in the unit), "Head of the <unit>", "Mayor / Deputy Mayor of <city>" (the post is
   in the reference office), "Director / President of the <foundation>" (tests/pages_templates
   EN_HEADS, EN_OBJECTS); the city by one of its English labels; five sentence frames ("X, role,
   presented …", "The meeting was opened by X, role.", "Speakers included X, role.", …).
   Negative controls: the same names and roles without an honorific are labelled the same and
   hold the same post; an honorific followed by no name ("The form asks for Mr, Mrs or Ms before
   the name.", "Dear Madam Mayor, …", "The chair addressed the Mayor of Lublin as Mr Mayor.",
   "In British English Dr and Prof are written without a period.") makes no person.
2. "participants from", "uczestnicy/uczestniczki z/ze" are a cue of the cities that took part
   (events.py REPRESENTATIVES): after a dated event in a reference city ("The study visit to
   Wrocław took place on 26–27 March 2025." / "Wizyta studyjna we Wrocławiu odbyła się 26–27
   marca 2025 r."), "Participants from Lublin and Gdańsk learned about …" / "Uczestnicy z Lublina
   i Gdańska poznali …" make those cities ump:participatingCity of the event. Polish: ten event
   nouns (tests/test_events_real_pages EVENT_NOUNS and "wizyta studyjna", morfeusz2) in three
   sentence shapes, "odbyć się" agreeing with the noun (morfeusz2), in the past (the page
   published after the event) or the future (before it); the day in five ways (polish_day) or a
   range ("26–27 marca 2025 r."); "Uczestnicy" or "Uczestniczki", the cities' genitives
   (morfeusz2) after "z" or "ze" (pages_templates z), one to four joined by "," and "i", and a
   verb agreeing with the participants in the event's tense (morfeusz2: "poznali", "poznały",
   "odwiedzą <a made-up body in the accusative>", "wymienili się doświadczeniami …",
   "zwiedziły …"). English: six event nouns in four shapes ("The study visit to X took place on
   …", "The seminar in X was held on …", "On …, a workshop took place in X.", "A meeting was
   held in X on …"), a day ("26 March 2025", "March 26, 2025") or a range, the cities' English
   labels joined by "," and "and", four verb phrases. In 15% of the cases the event noun stands
   between the participants and the cities ("Participants of the seminar from …", "Uczestnicy
   szkolenia z …"): a known miss. Negative control: the same cities after a verb, no
   "from"/"z" ("Participants learned about Lublin and Gdańsk.", "Participants compared …",
   "Uczestnicy poznali Lublin i Gdańsk.", "Uczestniczki porównały …", and in the genitive
   without "z": "Uczestnicy usłyszeli o pracy urzędów Lublina i Gdańska.") make none of them a
   participating city.

Each rule is measured over 160 cases drawn by hypothesis (derandomized seeds), each negative
control over 120; the rate is printed with -s, with each wording's share and the failing pages,
and each bar is the rate measured less about two points. Measured when the file was written
(main / base13, the code before the rules):
1. 97.5% / 50.0%; without a period, a plain given name and surname 95.0% / 0%; all but "Miss"
   before an unlisted given name 100% / 51.3% (base13 already read the name apart where a
   period followed the honorific, 56/56, or the name had an initial, a particle or an
   apostrophe, 32/32: its two-word name then failed at the honorific and began after it);
2. 85.0% / 0%; the participants right before "from"/"z" 100% / 0% (136 cases).
Controls: the names without an honorific 100% / 100%; an honorific alone 100% / 100%; no
"from"/"z" 100% / 100%.

Known misses when the file was written (kept among the cases; both mended since: "miss", "mx",
"madam" are EN_TITLES, and REPRESENTATIVES reads an event noun between, "Participants of the
conference from …", "Uczestnicy szkolenia z …"; rule 1 100%, rule 2 99.4%, bars raised):
- rule 1: "Miss" before a given name neither list knows makes no person at all: "The meeting
  was opened by Miss Ngozika Castellano, Mayor of Szczecin." gives none (4/4 such cases;
  base13 made "Miss Ngozika Castellano"). "miss" is not among names.py EN_TITLES, so
  inside_phrase takes the name's first word for a word of a capitalised phrase after "Miss"
  and, the given name unknown, drops the person; "Mr", "Ms", "Dr", "Sir", "Dame" are titles
  there. The same holds, by a probe and not among the cases, for "Mx" and "Madam" ("Mx
  Oyelaran Whitfield, Head of the Migration Office, spoke." gives no person).
- rule 2: the event noun between the participants and the cities is not read: "Uczestnicy
  szkolenia z Warszawy i Białegostoku zwiedzą centrum …", "Participants of the conference from
  Gdańsk and Łódź visited …" give no participating city (0/24; REPRESENTATIVES reads
  "participants" right before "from" and "uczestnicy/uczestniczki" right before "z/ze").
  ("A, B, and C" with a serial comma, "z A oraz B", "z A i ze B", "Poznali je uczestnicy z …"
  are read, by a probe.)
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.pages_templates import (
    EN_HEADS,
    EN_OBJECTS,
    listed,
    organisation_of,
    person_of,
    random_day,
    z,
)
from tests.relations_pages import Pages, holds_post_in, measured, people_found
from tests.relations_templates import (
    MONTHS_EN,
    MONTHS_GEN,
    NEGATIVE,
    UMP,
    Named,
    capitalise,
    cities,
    city_in_english,
    draw,
    form,
    office_of,
    tallied,
    w,
)
from tests.test_bodies_projects_pages import breakdown, en_unit_of, share
from tests.test_events_properties import past
from tests.test_events_real_pages import (
    EVENT_NOUNS,
    end,
    english_day,
    iso,
    measured_dated,
    polish_day,
)
from tests.test_names_english import (
    PARTICLE_SURNAMES,
    SURNAMES,
    UNLISTED_GIVEN,
    given_names_sample,
)
from tests.test_told_events_heads_themes import finite
from ump_kg.extract.context import DocumentContext

MANY = 160  # cases a rule (hypothesis may repeat a seed; at least 150 remain)
CONTROL = 120  # cases a negative control


def short(iri: object) -> str:
    return str(iri).rsplit("/", 1)[-1]


# --- 1. an honorific is no part of an English person's name ------------------------------------

HONORIFICS = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame")
OF_GENDER = {
    "m1": ("Mr", "Sir", "Dr", "Prof"),
    "f": ("Mrs", "Ms", "Miss", "Dame", "Dr", "Prof"),
}
FRAMES = {
    "X, role, presented …": "{P}, {role}, presented the results of the survey.",
    "… opened by X, role.": "The meeting was opened by {P}, {role}.",
    "X, role, welcomed …": "{P}, {role}, welcomed the guests from other cities.",
    "Speakers included X, role.": "Speakers included {P}, {role}.",
    "According to X, role, …": "According to {P}, {role}, the programme helped many families.",
}


@dataclass(frozen=True)
class NameCase:
    name: str  # the name as the person's label should be
    body: str  # the label of the body the post is in, or a reference IRI
    text: str
    template: str
    english: bool = True


def name_of(rng: random.Random) -> tuple[str, str | None, str, str]:
    """(the name, the gender where known, its kind, its shape): an SGJP person in the
    nominative, or a foreign given name (tests/test_names_english: listed or unlisted) with a
    made-up surname (an apostrophe or a particle in some: "d'Amico", "van Dijk"), an initial
    between or not."""
    if rng.random() < 0.4:
        person = person_of(rng, set())
        return person.nominative, person.gender, "Polish (SGJP)", "given name and surname"
    if rng.random() < 0.85:
        given, kind = rng.choice(given_names_sample()), "foreign, a listed given name"
    else:
        given, kind = rng.choice(UNLISTED_GIVEN), "foreign, an unlisted given name"
    surname = rng.choice([*SURNAMES, *PARTICLE_SURNAMES])
    odd = " " in surname or "'" in surname
    if rng.random() < 0.15:
        initial = rng.choice("ABCDEFGHJKLMNPRSTW")
        return (
            f"{given} {initial}. {surname}",
            None,
            kind,
            "an initial, a particle or an apostrophe",
        )
    shape = "an initial, a particle or an apostrophe" if odd else "given name and surname"
    return f"{given} {surname}", None, kind, shape


def role_of(rng: random.Random) -> tuple[str, str, str]:
    """(the role phrase, the key of its body, its kind): a unit of the City of X, a unit, a
    mayor of X, a foundation's director."""
    (city,) = draw(rng, cities())
    city_en = city_in_english(rng, city)
    how = rng.randrange(4)
    if how == 0:
        unit = en_unit_of(rng)
        role = rng.choice(("Director", "Head", "Deputy Director"))
        return (
            f"{role} of the {unit} of the City of {city_en}",
            unit,
            "<Role> of the <unit> of the City of X",
        )
    if how == 1:
        unit = en_unit_of(rng)
        return f"Head of the {unit}", unit, "Head of the <unit>"
    if how == 2:
        role = rng.choice(("Mayor", "Deputy Mayor"))
        return f"{role} of {city_en}", office_of(city), "(Deputy) Mayor of X"
    body = f"{rng.choice(EN_HEADS)} {rng.choice(EN_OBJECTS)}"
    role = rng.choice(("Director", "President"))
    return f"{role} of the {body}", body, "<Role> of the <foundation>"


def name_case(rng: random.Random, honorific: bool = True) -> NameCase:
    """'Ms Anna Nowak, Director of the Social Affairs Department of the City of Gdańsk,
    presented …', 'The meeting was opened by Dr. Oyelaran Whitfield, Mayor of Lublin.'; without
    `honorific`, the same name and role with none."""
    name, gender, kind, shape = name_of(rng)
    title = rng.choice(OF_GENDER[gender] if gender else HONORIFICS)
    period = rng.random() < 1 / 3
    role, body, role_kind = role_of(rng)
    key = rng.choice(sorted(FRAMES))
    written = f"{title}{'.' if period else ''} {name}" if honorific else name
    text = FRAMES[key].format(P=written, role=role)
    dot = "with a period" if period else "without a period"
    shown = f"{title}{'.' if period else ''}" if honorific else "none"
    template = f"{key} | {shown} | {dot} | {kind} | {role_kind} | {shape}"
    return NameCase(name, body, text, template)


def body_iris(ctx: DocumentContext, key: str) -> set[str]:
    if key.startswith("http"):
        return {key}
    return {i for i, e in ctx.entities.items() if key in (e.label_pl, e.label_en)}


def labelled_person(ctx: DocumentContext, name: str) -> list[str]:
    return [i for i, e in ctx.entities.items() if e.cls == UMP + "Person" and e.label_pl == name]


def named_and_posted(ctx: DocumentContext, case: NameCase) -> tuple[bool, str]:
    """The person labelled with the name alone holds a post in the body; no person's label
    opens with an honorific."""
    who = labelled_person(ctx, case.name)
    bodies = body_iris(ctx, case.body)
    posted = any(holds_post_in(ctx, person, body) for person in who for body in bodies)
    titled = [label for label in people_found(ctx) if label.split()[0].rstrip(".") in HONORIFICS]
    return posted and not titled, (
        f"{case.name!r} with a post in {short(case.body)!r}; labelled with an honorific {titled}"
    )


def test_an_honorific_is_no_part_of_an_english_name(pages: Pages) -> None:
    results, templates = measured(pages, name_case, named_and_posted, count=MANY)
    parts = [t.split(" | ") for t in templates]
    value = tallied(
        "'Ms Anna Nowak, Director of …': 'Anna Nowak' holds the post",
        results,
        [p[1] for p in parts],
    )
    breakdown("by the period", results, [p[2] for p in parts])
    breakdown("by the name", results, [p[3] for p in parts])
    breakdown("by the role", results, [p[4] for p in parts])
    breakdown("by the frame", results, [p[0] for p in parts])
    breakdown("by the name's shape", results, [p[5] for p in parts])
    plain = share(
        "  without a period, a plain given name and surname",
        results,
        [f"{p[2]} | {p[5]}" for p in parts],
        {"without a period | given name and surname"},
    )
    kinds = [f"{p[1]} | {p[3]}" for p in parts]
    but_miss = share(
        "  but 'Miss' before an unlisted given name",
        results,
        kinds,
        set(kinds) - {"Miss | foreign, an unlisted given name"},
    )
    # measured 97.5% (base13 50.0%: only a period after the honorific, an initial, a particle or
    # an apostrophe kept it apart from the name): "Miss" before a given name neither list knows
    # made no person (a known miss, mended since: 100%)
    assert value >= 0.98
    assert plain >= 0.93  # measured 95.0% (base13 0%)
    assert but_miss >= 0.98  # measured 100% (base13 51.3%)


def no_honorific_case(rng: random.Random) -> NameCase:
    return name_case(rng, honorific=False)


def test_a_name_without_an_honorific_is_labelled_the_same(pages: Pages) -> None:
    results, templates = measured(pages, no_honorific_case, named_and_posted, count=CONTROL)
    parts = [t.split(" | ") for t in templates]
    value = tallied(
        "negative: 'Anna Nowak, Director of …' (no honorific): the same label and post",
        results,
        [p[3] for p in parts],
    )
    assert value >= NEGATIVE


ALONE = {
    "Mr, Mrs or Ms before the name": "The form asks for {H1}, {H2} or {H3} before the name.",
    "written without a period": "In British English {H1} and {H2} are written without a period.",
    "addressed … as Mr Mayor": "The chair addressed the {role} of {city} as {H1} {role}.",
    "Dear Madam Mayor": "Dear {H1} {role}, thank you for the invitation to {city}.",
    "the abbreviation H": "The abbreviation {H1} stands for a title used in {city} too.",
}
ALONE_HONORIFICS = (*HONORIFICS, "Madam")


@dataclass(frozen=True)
class AloneCase:
    text: str
    template: str
    english: bool = True


def alone_case(rng: random.Random) -> AloneCase:
    """An honorific followed by no name: 'The form asks for Mr, Mrs or Ms before the name.',
    'The chair addressed the Mayor of Lublin as Mr Mayor.', 'Dear Madam Mayor, …'."""
    h1, h2, h3 = rng.sample(ALONE_HONORIFICS, 3)
    (city,) = draw(rng, cities())
    city_en = city_in_english(rng, city)
    key = rng.choice(sorted(ALONE))
    text = ALONE[key].format(
        H1=h1, H2=h2, H3=h3, role=rng.choice(("Mayor", "Deputy Mayor", "President")), city=city_en
    )
    return AloneCase(text, key)


def no_person(ctx: DocumentContext, case: AloneCase) -> tuple[bool, str]:
    return not people_found(ctx), "no person"


def test_an_honorific_alone_makes_no_person(pages: Pages) -> None:
    results, templates = measured(pages, alone_case, no_person, count=CONTROL)
    value = tallied("negative: 'Mr, Mrs or Ms', 'as Mr Mayor': no person", results, templates)
    assert value >= NEGATIVE


# --- 2. "participants from X and Y", "uczestnicy z X i Y": participating cities ---------------

# event nouns: lexeme -> the gender a past verb agrees with ('pl' for a plurale tantum)
PL_EVENTS = {**EVENT_NOUNS, "wizyta": "f"}
EN_EVENTS = ("study visit", "meeting", "workshop", "seminar", "conference", "training")
EN_SHAPES = {
    "The E to/in X took place on D.": "The {E} {to} {X} took place on {D}.",
    "The E in X was held on D.": "The {E} in {X} was held on {D}.",
    "On D, a E took place in X.": "On {D}, a {E} took place in {X}.",
    "A E was held in X on D.": "A {E} was held in {X} on {D}.",
}
EN_PARTICIPANTS = (
    "learned about the city's integration centre",
    "visited the Migrant Support Centre",
    "met the city's social workers",
    "discussed housing for refugees with local officials",
)
# Polish verbs of the participants (lexeme, what follows; '{B}' a made-up body's accusative)
PL_PARTICIPANTS = (
    ("poznać", "działania miejskiego centrum integracji"),
    ("odwiedzić", "{B}"),
    ("wymienić", "się doświadczeniami z urzędnikami miasta"),
    ("zwiedzić", "centrum wsparcia cudzoziemców"),
)


# the share of cases with the event noun between the participants and the cities ("Participants
# of the visit from …", "Uczestnicy wizyty z …"; a known miss)
BETWEEN = 0.15


@dataclass(frozen=True)
class VisitCase:
    day: dt.date
    city: Named  # the event's city
    guests: tuple[Named, ...]
    text: str
    template: str
    published: str
    english: bool


def polish_event(lexeme: str, case: str) -> str:
    """'wizyta studyjna', 'spotkanie', 'warsztaty' in a case (morfeusz2)."""
    number = "pl" if PL_EVENTS[lexeme] == "pl" else "sg"
    made = form(lexeme, "subst", number, case)
    assert made, (lexeme, case)
    if lexeme == "wizyta":
        adjective = form("studyjny", "adj", "sg", case, "f")
        assert adjective, case
        return f"{made} {adjective}"
    return made


def held_verb(lexeme: str, future: bool) -> str:
    """'odbyła się', 'odbyły się', 'odbędzie się', 'odbędą się' agreeing with the noun."""
    gender = PL_EVENTS[lexeme]
    number = "pl" if gender == "pl" else "sg"
    if future:
        return f"{finite('odbyć', number)} się"
    return f"{past('odbyć', number, 'n' if gender == 'pl' else gender)} się"


def a_range(rng: random.Random, day: dt.date, english: bool) -> tuple[str, dt.date]:
    """'26–27 marca 2025 r.', '26–27 March 2025' (within the month), or one day."""
    if day.day < 27 and rng.random() < 0.4:
        if english:
            return f"{day.day}–{day.day + 1} {MONTHS_EN[day.month - 1]} {day.year}", day
        tail = rng.choice((" r.", " roku", ""))
        return f"{day.day}–{day.day + 1} {MONTHS_GEN[day.month - 1]} {day.year}{tail}", day
    return (english_day(rng, day) if english else polish_day(rng, day)), day


def visit_case(rng: random.Random, with_from: bool = True) -> VisitCase:
    """'The study visit to Wrocław took place on 26–27 March 2025. Participants from Lublin and
    Gdańsk learned about …' / 'Wizyta studyjna we Wrocławiu odbyła się 26–27 marca 2025 r.
    Uczestnicy z Lublina i Gdańska poznali …'; without `with_from`, the cities after the verb
    and no 'from' / 'z' ('Participants learned about Lublin and Gdańsk.', 'Uczestnicy poznali
    Lublin i Gdańsk.')."""
    city, *guests = draw(rng, cities(), 1 + rng.choice((1, 2, 2, 3, 4)))
    english = rng.random() < 0.5
    day = random_day(rng, 2018, 7)
    when, day = a_range(rng, day, english)
    future = not english and rng.random() < 0.25
    if future:
        published = day - dt.timedelta(days=rng.randrange(3, 40))
    else:
        published = day + dt.timedelta(days=rng.randrange(3, 20))
    if english:
        shape = rng.choice(sorted(EN_SHAPES))
        names = [city_in_english(rng, g) for g in guests]
        there = city_in_english(rng, city)
        noun = rng.choice(EN_EVENTS)
        to = "to" if noun == "study visit" else "in"
        event = EN_SHAPES[shape].format(E=noun, X=there, D=when, to=to)
        if with_from:
            between = rng.random() < BETWEEN
            who = f"Participants of the {noun}" if between else "Participants"
            told = f"{who} from {listed(names, 'and')} {rng.choice(EN_PARTICIPANTS)}."
            how = "Participants of the E from X and Y …" if between else "Participants from X …"
        else:
            verb = rng.choice(("learned about", "compared", "talked about"))
            told = f"Participants {verb} {listed(names, 'and')}."
            how = f"Participants {verb} X and Y."
        template = f"en | {how} | {shape} | {len(guests)} cities"
    else:
        lexeme = rng.choice(sorted(PL_EVENTS))
        noun = polish_event(lexeme, "nom")
        held = held_verb(lexeme, future)
        order = rng.randrange(3)
        if order == 0:
            event = f"{capitalise(noun)} {w(city)} {held} {when}"
        elif order == 1:
            event = f"{capitalise(noun)} {held} {when} {w(city)}"
        else:
            event = f"{capitalise(when)} {w(city)} {held} {noun}"
        event = end(event)
        gender = rng.choice(("m1", "f"))
        who = "Uczestnicy" if gender == "m1" else "Uczestniczki"
        if with_from:
            verb, rest = rng.choice(PL_PARTICIPANTS)
            said = finite(verb, "pl") if future else past(verb, "pl", gender)
            rest = rest.format(B=organisation_of(rng).form("acc"))
            names = [g.form("gen") for g in guests]
            between = rng.random() < BETWEEN
            of_it = f" {polish_event(lexeme, 'gen')}" if between else ""
            told = f"{who}{of_it} {z(listed(names))} {said} {rest}."
            how = f"{who} {'E ' if between else ''}z X i Y {'(future)' if future else '(past)'}"
        else:
            verb, case, before = rng.choice(
                (
                    ("poznać", "acc", ""),
                    ("porównać", "acc", ""),
                    ("usłyszeć", "gen", "o pracy urzędów "),
                )
            )
            said = finite(verb, "pl") if future else past(verb, "pl", gender)
            names = [g.form(case) for g in guests]
            told = f"{who} {said} {before}{listed(names)}."
            how = f"{who} {verb} X i Y ({case})"
        template = f"pl | {how} | {lexeme} | {len(guests)} cities"
    text = f"{event} {told}"
    return VisitCase(day, city, tuple(guests), text, template, iso(published), english)


def participating(ctx: DocumentContext, case: VisitCase) -> set[str]:
    events = [e.iri for e in ctx.events if e.first == case.day and e.city == case.city.iri]
    return {str(f.o) for f in ctx.facts if f.s in events and f.p == UMP + "participatingCity"}


def the_guests_take_part(ctx: DocumentContext, case: VisitCase) -> tuple[bool, str]:
    found = participating(ctx, case)
    missing = [g.slug for g in case.guests if g.iri not in found]
    return not missing, f"participating {[g.slug for g in case.guests]}; missing {missing}"


def test_participants_from_cities_make_them_participating(pages: Pages) -> None:
    results, templates = measured_dated(pages, visit_case, the_guests_take_part, MANY)
    parts = [t.split(" | ") for t in templates]
    value = tallied(
        "'Participants from Lublin and Gdańsk …', 'Uczestnicy z Lublina i Gdańska …'",
        results,
        [f"{p[0]}: {p[1]}" for p in parts],
    )
    breakdown("by the event", results, [f"{p[0]}: {p[2]}" for p in parts])
    breakdown("by the number of cities", results, [p[3] for p in parts])
    hows = [f"{p[0]}: {p[1]}" for p in parts]
    adjacent = share(
        "  but the event noun between ('Participants of the visit from …')",
        results,
        hows,
        {h for h in hows if " E " not in h},
    )
    # measured 85.0% (base13 0%) when written: the event noun between the participants and the
    # cities ("Uczestnicy wizyty z Lublina …") was not read; 99.4% since it was mended
    assert value >= 0.97
    assert adjacent >= 0.98  # measured 100% (base13 0%)


def no_from_case(rng: random.Random) -> VisitCase:
    return visit_case(rng, with_from=False)


def none_take_part(ctx: DocumentContext, case: VisitCase) -> tuple[bool, str]:
    found = {str(f.o) for f in ctx.facts if f.p == UMP + "participatingCity"}
    wrong = [g.slug for g in case.guests if g.iri in found]
    return not wrong, f"none of {[g.slug for g in case.guests]} participating; has {wrong}"


def test_cities_without_from_are_not_participating(pages: Pages) -> None:
    results, templates = measured_dated(pages, no_from_case, none_take_part, CONTROL)
    parts = [t.split(" | ") for t in templates]
    value = tallied(
        "negative: 'Participants learned about Lublin and Gdańsk.', 'Uczestnicy poznali …'",
        results,
        [f"{p[0]}: {p[1]}" for p in parts],
    )
    assert value >= NEGATIVE
