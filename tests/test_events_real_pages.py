"""Five rules read from real pages, on forms they were not written from.

1. Bodies that invite to an event organise it (extract/events.py bodies_that_invite, INVITE):
   "Laboratorium X Ośrodka Y Uniwersytetu Z (OBM UW) oraz Unia Metropolii Polskich (UMP)
   zapraszają na webinarium „T” …" makes the Laboratorium (the first of the genitive chain) and
   the UMP ump:organiser of the event. One to three bodies joined by "i", "oraz" or a comma:
   made-up bodies (tests/pages_templates organisation_of), "Urząd Miasta <city's genitive>",
   the Union, a Laboratorium of an Ośrodek of a university (subjects and universities declined
   by morfeusz2, tests/test_bodies_projects_pages); "zaprasza" / "serdecznie zapraszają"
   agreeing in number; nine event nouns in the accusative (morfeusz2) with an SGJP title; the
   day in five ways, with the city's locative or "…, które odbędzie się …"; the page published
   before the day. Negative control: a body that is not the verb's subject ("Na spotkanie „T”
   zaprasza prezydent Lublina X, a Fundacja Y przygotowała materiały", "Fundacja Y przygotowała
   przewodnik. Serdecznie zapraszamy na …", "Prezydent X zaprasza na …. Materiały przygotowała
   Fundacja Y") organises nothing.
2. "Odbędzie się ono w piątek 17.03.2023 r. w Lublinie." dates and places the titled event of
   the sentence right before it (HELD_IT, with_the_sentence_it_refers_to): "Ono odbędzie
   się", "Odbywa się ono", the pronoun agreeing with the event noun (ono, ona, on), "It will
   take place on", "It will be held on" on English pages; the past ("Odbyło się ono", "It took
   place", read before the rules) in about one case in seven. Days as in rule 1 (weekdays by the
   calendar), an hour or not, a city or not. Negative control: the same sentence in the next
   paragraph or after a sentence between ("Zapisy trwają do końca tygodnia.") leaves the event
   undated.
3. A single day right after "po", "przed", "sprzed", "after", "before", "since" is no event's
   day (a_point_of_reference, REFERENCE_POINT): "Spotkanie ma posłużyć rozmowie o sytuacji osób,
   które przybyły do Polski po 24 lutego 2022 roku." makes no event on that day. Five Polish and
   three English frames, the event noun in the case the frame governs (morfeusz2), sometimes
   after a sentence about a meeting in a city. Negative control: "Spotkanie odbyło się 24
   lutego 2022 roku w Gdańsku." keeps its day and "… odbyła się od 2 do 4 października …" its
   days.
4. In a list of meetings, an item that opens with its date and city ("- 22–23 listopada 2018 r.
   – Wrocław, Ratusz. …") says in its later sentences what the meeting was on
   (rest_of_its_item in describe_contexts): each sentence names a theme by a word of the
   reference's themes (edukacja, szkoła, oświata, zatrudnienie, rynek pracy, zakwaterowanie,
   mieszkanie, uchodźca, azyl, zdrowie, opieka zdrowotna, partycypacja, bezpieczeństwo,
   dyskryminacja, pomoc społeczna) in each of six cases (morfeusz2; an agreeing adjective),
   with no word of discussion ("Dostęp cudzoziemców do edukacji.", "Problemy z rynkiem pracy
   migrantów.", "Przyglądano się uchodźcom dzieci."); one to three items, one or two such
   sentences each. Negative controls: a summary item whose event is its second sentence ("-
   Wprost: raport „T” opisuje … . Raport zaprezentowano podczas Kongresu Miast … . <theme
   sentence>") and an item holding two events give no theme.
5. A municipal body named without its town ("Miejskiego Ośrodka Pomocy Społecznej", "Miejskim
   Centrum Interwencji Kryzysowej", "Miejską Bibliotekę Publiczną"; twelve bodies, in six
   cases, the adjectives agreeing by morfeusz2) on a page about one reference city (named in
   the locative) is in that city (ump:inCity), labelled in the nominative, and a node of its
   own per city: the same sentence on two pages about two cities gives two IRIs
   (pipeline.py municipal_bodies_of_the_page_city). Negative control: the same bodies as
   "Wojewódzki", "Powiatowy", "Regionalny" are one node, no city's.

Each rule is measured over 160 cases drawn by hypothesis (derandomized seeds), each negative
control over 120; the rate is printed with -s, with each wording's share and the failing pages,
and each bar is the rate measured less about two points. Measured when the file was written
(main / base12, the code before the rules): 1. 94.4% / 0% (bodies with no acronym in brackets
before another body 100% / 0%); 2. 100% / 11.2% (the forms the rule adds 100% / 0%; base12
reads only the past); 3. 100% / 12.5%; 4. 100% / 0%; 5. 93.1% / 0% (heads read as a body 100%
/ 0%); every negative control 100% on both.

Known misses when the file was written, two mended since (bodies_that_invite skips an acronym
in brackets; HELD_IT reads the plural), and their tests kept:
- kept among the cases of rule 1: a body with its acronym in brackets before another body
  ("Unia Metropolii Polskich (UMP) oraz Fundacja X zapraszają …") was no organiser, nor was a
  body before it (13/22; mended);
- kept among the cases of rule 5: "Miejski Zarząd Dróg i Transportu" is read as no body at all
  (0/11), so it is neither in the city nor the city's node;
- a plural event noun told by a plural pronoun ("Zapraszamy na warsztaty „T”. Odbędą się one
  17.03.2023 r. w Lublinie.", "One odbędą się", "Odbywają się one") was not dated, 0/40 (HELD_IT
  read "on", "ona", "ono" only; mended: 40/40, asserted);
- not measured: an English "debate" makes no event, so "It will take place on …" after "We
  invite you to the debate “T”" has nothing to date (left out of the English event nouns).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from tests.pages_templates import (
    MONTHS_EN,
    ROMAN,
    UMP_ORG,
    organisation_iri,
    organisation_of,
    person_of,
    random_day,
    weekday,
    z,
)
from tests.pages_templates import w as w_word
from tests.relations_pages import Pages, labelled, objects
from tests.relations_templates import (
    MONTHS_GEN,
    NEGATIVE,
    UMP,
    Named,
    capitalise,
    cases,
    cities,
    city_in_english,
    draw,
    form,
    office_of,
    tallied,
    tally,
    w,
)
from tests.test_bodies_projects_pages import (
    adjective,
    breakdown,
    noun,
    share,
    subject_of,
    title_of,
    university_of,
)
from tests.test_events_properties import past
from tests.test_events_tables_lists_sheets import (
    LIST_HEADLINES,
    TEAM_SHORT,
    YEAR_LINES,
    days_in,
    written_day,
)
from ump_kg.extract.context import DocumentContext, Event

MANY = 160  # cases a rule (hypothesis may repeat a seed; at least 150 remain)
CONTROL = 120  # cases a negative control


def events_text(ctx: DocumentContext) -> str:
    return "; ".join(
        f"{e.kind} {e.first}–{e.last} {str(e.city).rsplit('/', 1)[-1]} "
        f"{e.title[0] if e.title else ''!r} {e.iri.rsplit('/', 1)[-1]}"
        for e in ctx.events
    )


def titled(ctx: DocumentContext, title: str) -> list[Event]:
    return [e for e in ctx.events if e.title and e.title[0] == title]


def end(sentence: str) -> str:
    """The sentence with one full stop ('… 2023 r.' keeps its own)."""
    return sentence if sentence.endswith(".") else sentence + "."


def iso(day: dt.date) -> str:
    return day.isoformat()


# --- dates written as the pages write them -------------------------------------------------------


def polish_day(rng: random.Random, day: dt.date, weekdays: bool = True) -> str:
    """'17 marca 2023 r.', '17.03.2023 r.', '17 III 2023 r.', 'w piątek 17.03.2023 r.', 'w piątek
    17 marca 2023 roku' (weekdays by the calendar)."""
    month = MONTHS_GEN[day.month - 1]
    tail = rng.choice((" r.", " roku", ""))
    made = [
        f"{day.day} {month} {day.year}{tail}",
        f"{day.day:02d}.{day.month:02d}.{day.year}{' r.' if tail else ''}",
        f"{day.day} {ROMAN[day.month - 1]} {day.year} r.",
    ]
    if weekdays:
        made += [
            f"{weekday(day)} {day.day:02d}.{day.month:02d}.{day.year} r.",
            f"{weekday(day)} {day.day} {month} {day.year}{tail}",
        ]
    return rng.choice(made)


def english_day(rng: random.Random, day: dt.date) -> str:
    month = MONTHS_EN[day.month - 1]
    return rng.choice((f"{day.day} {month} {day.year}", f"{month} {day.day}, {day.year}"))


# --- event nouns ---------------------------------------------------------------------------------

# event nouns a title may follow (lexeme -> gender, 'pl' for a plurale tantum)
EVENT_NOUNS = {
    "spotkanie": "n",
    "webinarium": "n",
    "seminarium": "n",
    "szkolenie": "n",
    "konferencja": "f",
    "debata": "f",
    "zjazd": "m3",
    "kongres": "m3",
    "warsztaty": "pl",
}


def event_noun(lexeme: str, case: str) -> str:
    number = "pl" if EVENT_NOUNS[lexeme] == "pl" else "sg"
    made = form(lexeme, "subst", number, case)
    assert made, (lexeme, case)
    return made


# --- 1. bodies that invite to an event organise it -----------------------------------------------

INVITE_VERBS = {
    "sg": ("zaprasza", "serdecznie zaprasza"),
    "pl": ("zapraszają", "serdecznie zapraszają"),
}
JOINERS = (" i ", " oraz ", ", ")


@dataclass(frozen=True)
class InviteCase:
    organisers: tuple[str, ...]  # labels of new bodies, or IRIs of reference ones
    others: tuple[str, ...]  # labels of bodies that organise nothing (controls)
    text: str
    template: str
    published: str


def laboratory(rng: random.Random) -> tuple[str, str]:
    """'Laboratorium Socjologii Migracji Ośrodka Badań nad Diasporami Uniwersytetu Łódzkiego
    (OBM UŁ)': (the whole, the Laboratorium's label)."""
    lab = f"Laboratorium {subject_of(rng)}"
    centre = f"{capitalise(noun('ośrodek', 'sg', 'gen'))} {subject_of(rng)}"
    university = university_of(rng)
    letters = "".join(word[0] for word in university.label.split() if word[:1].isupper())
    acronym = f" (OB{rng.choice('MDS')} {letters})" if rng.random() < 0.6 else ""
    return f"{lab} {centre} {university.gen}{acronym}", lab


def a_body(rng: random.Random, city: Named) -> tuple[str, str, str]:
    """(as written in the nominative, the expected label or IRI, its kind)."""
    how = rng.randrange(10)
    if how < 5:
        body = organisation_of(rng)
        return body.label, body.label, body.label.split()[0]
    if how < 7:
        return f"Urząd Miasta {city.form('gen')}", office_of(city), "Urząd Miasta"
    if how < 9:
        written, label = laboratory(rng)
        return written, label, "Laboratorium X Ośrodka Y Uniwersytetu Z"
    return "Unia Metropolii Polskich (UMP)", UMP_ORG, "UMP"


def event_phrase(rng: random.Random) -> tuple[str, str]:
    """'webinarium „Szczecińska Kawiarenka”' in the accusative, and its title."""
    lexeme = rng.choice(sorted(EVENT_NOUNS))
    title = title_of(rng)
    return f"{event_noun(lexeme, 'acc')} „{title}”", title


def invite_case(rng: random.Random) -> InviteCase:
    (city,) = draw(rng, cities())
    count = rng.choice((1, 1, 2, 2, 3))
    bodies: list[tuple[str, str, str]] = []
    while len(bodies) < count:
        body = a_body(rng, city)
        if all(body[1] != b[1] for b in bodies):
            bodies.append(body)
    written = [b[0] for b in bodies]
    subject = written[0]
    for name in written[1:]:
        subject += rng.choice(JOINERS) + name
    verb = rng.choice(INVITE_VERBS["sg" if count == 1 else "pl"])
    what, _ = event_phrase(rng)
    published = random_day(rng, 2018, 6)
    day = published + dt.timedelta(days=rng.randrange(3, 40))
    when = rng.choice(
        (
            f" {polish_day(rng, day)} {w(city)}",
            f" {w(city)} {polish_day(rng, day)}",
            f", które odbędzie się {polish_day(rng, day)}",
        )
    )
    if "warsztaty" in what and when.startswith(","):
        when = when.replace("odbędzie", "odbędą")
    opener = rng.choice(("", "", f"Już {polish_day(rng, day, weekdays=False)} ", "Po raz kolejny "))
    if opener.startswith("Już"):
        when = f" {w(city)}"
    text = end(f"{capitalise(opener + subject)} {verb} na {what}{when}")
    if rng.random() < 0.4:
        text += " " + rng.choice(
            (
                "Udział jest bezpłatny.",
                "Obowiązują zapisy przez formularz.",
                "Spotkanie będzie tłumaczone na język ukraiński.",
            )
        )
    acronym_inside = any(b[0].endswith(")") for b in bodies[:-1])
    template = f"{count} bod{'y' if count == 1 else 'ies'}" + (
        ", a body's (acronym) before another" if acronym_inside else ""
    )
    return InviteCase(tuple(b[1] for b in bodies), (), text, template, iso(published))


def body_iris(ctx: DocumentContext, key: str) -> set[str]:
    return {key} if key.startswith("http") else set(labelled(ctx, key))


def organisers(ctx: DocumentContext) -> set[str]:
    return {str(f.o) for f in ctx.facts if f.p == UMP + "organiser"}


def each_organises(ctx: DocumentContext, case: InviteCase) -> tuple[bool, str]:
    found = organisers(ctx)
    missing = [key for key in case.organisers if not body_iris(ctx, key) & found]
    return not missing, f"organisers {list(case.organisers)}; missing {missing}"


def test_bodies_that_invite_organise_the_event(pages: Pages) -> None:
    results, templates = measured_dated(pages, invite_case, each_organises, MANY)
    value = tallied(
        "'Fundacja X oraz UMP zapraszają na webinarium „T”': organisers", results, templates
    )
    read = share(
        "no body's (acronym) before another body",
        results,
        templates,
        {t for t in templates if "acronym" not in t},
    )
    # measured 94.4% (base12 0%): a body with its acronym in brackets before another body
    # ("Unia Metropolii Polskich (UMP) oraz Fundacja X zapraszają") breaks the chain
    assert value >= 0.92
    assert read >= 0.98  # measured 100% (base12 0%)


def measured_dated(
    pages: Pages,
    make: Callable[[random.Random], Any],
    check: Callable[[DocumentContext, Any], tuple[bool, str]],
    count: int,
) -> tuple[list[tuple[bool, str]], list[str]]:
    """`measured`, each page published on its case's own day (an announcement before the event,
    an account after it), English cases on English pages; the events found are shown."""
    results, templates = [], []
    for case in cases(make, count):
        on = pages.english if getattr(case, "english", False) else pages
        ctx = on.extract(case.text, published=case.published)
        ok, want = check(ctx, case)
        results.append((ok, f"{case.text!r}\n       want {want}; events: {events_text(ctx)}"))
        templates.append(case.template)
    return results, templates


def not_invited_case(rng: random.Random) -> InviteCase:
    """A body that is not the inviting verb's subject: 'Na spotkanie „T” zaprasza prezydent
    Lublina, a Fundacja X przygotowała materiały', or named in another sentence."""
    (city,) = draw(rng, cities())
    body = organisation_of(rng)
    gender = {"Fundacja": "f", "Stowarzyszenie": "n", "Centrum": "n", "Towarzystwo": "n"}.get(
        body.label.split()[0], "m3"
    )
    person = person_of(rng, set())
    mayor = "prezydentka" if person.gender == "f" else "prezydent"
    what, _ = event_phrase(rng)
    published = random_day(rng, 2018, 6)
    day = published + dt.timedelta(days=rng.randrange(3, 40))
    prepared = past(rng.choice(("przygotować", "opracować", "wydać")), "sg", gender)
    how = rng.randrange(3)
    if how == 0:
        text = (
            f"Na {what} {polish_day(rng, day)} {w(city)} zaprasza {mayor} {city.form('gen')} "
            f"{person.nominative}, a {body.label} {prepared} materiały dla uczestników."
        )
        template = "Na X zaprasza prezydent, a Fundacja przygotowała"
    elif how == 1:
        text = f"{body.label} {prepared} przewodnik dla cudzoziemców. " + end(
            f"Serdecznie zapraszamy na {what} {polish_day(rng, day)} {w(city)}"
        )
        template = "Fundacja przygotowała … . Zapraszamy na X"
    else:
        text = (
            end(
                f"{capitalise(mayor)} {person.nominative} zaprasza na {what} {w(city)} "
                f"{polish_day(rng, day)}"
            )
            + f" Materiały {prepared} {body.label}."
        )
        template = "Prezydent zaprasza na X. Materiały przygotowała Fundacja"
    return InviteCase((), (body.label,), text, template, iso(published))


def organises_nothing(ctx: DocumentContext, case: InviteCase) -> tuple[bool, str]:
    iris = {i for key in case.others for i in body_iris(ctx, key)} | {
        organisation_iri(k) for k in case.others
    }
    return not iris & organisers(ctx), f"{list(case.others)} organise nothing"


def test_a_body_that_does_not_invite_organises_nothing(pages: Pages) -> None:
    results, templates = measured_dated(pages, not_invited_case, organises_nothing, CONTROL)
    value = tallied(
        "'Na spotkanie zaprasza prezydent, a Fundacja X …': no organiser", results, templates
    )
    assert value >= NEGATIVE


# --- 2. "Odbędzie się ono …" dates the event named right before --------------------------------

# the pronoun that agrees with the event noun
PRONOUNS = {"n": "ono", "f": "ona", "m3": "on"}
PL_HELD = {
    "Odbędzie się ono": "Odbędzie się {it}",
    "Ono odbędzie się": "{It} odbędzie się",
    "Odbywa się ono": "Odbywa się {it}",
    "Odbyło się ono (past, read before)": "{Held} się {it}",
}
EN_HELD = {
    "It will take place on": "It will take place on",
    "It will be held on": "It will be held on",
    "It took place on (past, read before)": "It took place on",
}
EN_EVENTS = ("webinar", "conference", "workshop", "seminar", "meeting")
INVITERS_EN = ("The Union of Polish Metropolises invites you to", "We invite you to", "Join us for")


@dataclass(frozen=True)
class HeldCase:
    title: str
    day: dt.date
    city: Named | None
    text: str
    template: str
    published: str
    english: bool = False


def held_it_case(rng: random.Random, apart: str = "") -> HeldCase:
    """A titled event without a day ('Fundacja X zaprasza na webinarium „T”.'), then 'Odbędzie
    się ono w piątek 17.03.2023 r. w Lublinie.' (the pronoun agreeing with the event noun, the
    verb's tense the page's: an announcement is published before the day). With `apart`, the
    second sentence stands in the next paragraph ('paragraph') or after a sentence between
    ('sentence')."""
    (city,) = draw(rng, cities())
    english = rng.random() < 0.25
    past_form = rng.random() < 0.15
    day = random_day(rng, 2018, 6)
    published = day + (
        dt.timedelta(days=rng.randrange(1, 20))
        if past_form
        else -dt.timedelta(days=rng.randrange(3, 40))
    )
    title = title_of(rng)
    place = rng.random() < 0.7
    hour = rng.choice(("", "", " o godz. 11:00", " o godz. 17.30"))
    if english:
        noun_ = rng.choice(EN_EVENTS)
        first = f"{rng.choice(INVITERS_EN)} the {noun_} “{title}”."
        key = rng.choice([k for k in EN_HELD if ("past" in k) == past_form])
        where = f" in {city_in_english(rng, city)}" if place else ""
        second = f"{EN_HELD[key]} {english_day(rng, day)}{where}."
    else:
        lexeme = rng.choice([k for k in EVENT_NOUNS if EVENT_NOUNS[k] != "pl"])
        gender = EVENT_NOUNS[lexeme]
        body = organisation_of(rng)
        inviter = rng.choice(
            (
                f"{body.label} {rng.choice(INVITE_VERBS['sg'])}",
                "Zapraszamy",
                "Serdecznie zapraszamy",
            )
        )
        first = f"{inviter} na {event_noun(lexeme, 'acc')} „{title}”."
        key = rng.choice([k for k in PL_HELD if ("past" in k) == past_form])
        it = PRONOUNS[gender]
        verb = PL_HELD[key].format(
            it=it, It=capitalise(it), Held=capitalise(past("odbyć", "sg", gender))
        )
        where = f" {w(city)}" if place else ""
        second = end(f"{verb} {polish_day(rng, day)}{hour}{where}")
        key = key.replace("ono", it)
    if apart == "paragraph":
        text = f"{first}\n\n{second}"
    elif apart == "sentence":
        between = (
            "Registration is open until the end of the week."
            if english
            else "Zapisy trwają do końca tygodnia."
        )
        text = f"{first} {between} {second}"
    else:
        text = f"{first} {second}"
    template = f"{'en' if english else 'pl'}: {key}"
    return HeldCase(title, day, city if place else None, text, template, iso(published), english)


def dated_by_it(ctx: DocumentContext, case: HeldCase) -> tuple[bool, str]:
    ok = any(
        e.first == case.day
        and e.last == case.day
        and (case.city is None or e.city == case.city.iri)
        for e in titled(ctx, case.title)
    )
    where = f" in {case.city.label}" if case.city else ""
    return ok, f"„{case.title}” on {case.day}{where}"


def test_it_will_take_place_dates_the_event_before(pages: Pages) -> None:
    results, templates = measured_dated(pages, held_it_case, dated_by_it, MANY)
    value = tallied(
        "'Zapraszamy na webinarium „T”. Odbędzie się ono 17.03.2023': its day", results, templates
    )
    new = share(
        "the forms the rule adds (not the past)",
        results,
        templates,
        {t for t in templates if "past" not in t},
    )
    # measured 100% (base12 11.2%: only the past forms, which were read before)
    assert value >= 0.98
    assert new >= 0.98  # measured 100% (base12 0%)


def not_dated_apart(ctx: DocumentContext, case: HeldCase) -> tuple[bool, str]:
    ok = not any(e.first == case.day for e in titled(ctx, case.title))
    return ok, f"„{case.title}” not on {case.day}"


def test_it_will_take_place_apart_dates_nothing(pages: Pages) -> None:
    def make(rng: random.Random) -> HeldCase:
        apart = rng.choice(("paragraph", "sentence"))
        case = held_it_case(rng, apart)
        return replace(case, template=f"{apart} between | {case.template}")

    results, templates = measured_dated(pages, make, not_dated_apart, CONTROL)
    value = tallied(
        "'Zapraszamy na „T”.\\n\\nOdbędzie się ono …': T undated",
        results,
        [t.split(" | ")[0] for t in templates],
    )
    assert value >= NEGATIVE


# --- 3. a day after "po", "przed", "since" is no event's day ------------------------------------

PL_REFERENCE = (
    "{Event} ma posłużyć rozmowie o sytuacji osób, które przybyły do Polski {po} {date}.",
    "{Event} poświęcono pomocy dla rodzin, które przyjechały {w_city} {po} {date}.",
    "Na {event_acc} zaproszono osoby, które zamieszkały {w_city} {po} {date}.",
    "{Event} ma pomóc dzieciom, które rozpoczęły naukę w polskiej szkole {po} {date}.",
    "Podczas {event_gen} przedstawiono dane o liczbie cudzoziemców {po} {date}.",
)
EN_REFERENCE = (
    "The {event} discussed the situation of people who arrived in Poland {po} {date}.",
    "The {event} was devoted to families who have lived in {city} {po} {date}.",
    "The {event} presented figures on refugees registered {po} {date}.",
)
PL_REFERENCE_WORDS = ("po", "przed", "sprzed")
EN_REFERENCE_WORDS = ("after", "before", "since")
EVENT_SUBJECTS = ("spotkanie", "konferencja", "seminarium", "warsztaty", "debata", "szkolenie")


@dataclass(frozen=True)
class ReferenceCase:
    day: dt.date
    last: dt.date
    text: str
    template: str
    published: str
    english: bool = False


def reference_case(rng: random.Random) -> ReferenceCase:
    """An event's sentence that names a day things are counted from or up to: 'Spotkanie ma
    posłużyć rozmowie o sytuacji osób, które przybyły do Polski po 24 lutego 2022 roku.'"""
    (city,) = draw(rng, cities())
    day = random_day(rng, 2014, 8)
    published = day + dt.timedelta(days=rng.randrange(200, 900))
    english = rng.random() < 0.25
    if english:
        word = rng.choice(EN_REFERENCE_WORDS)
        frame = rng.choice(EN_REFERENCE)
        text = frame.format(
            event=rng.choice(EN_EVENTS),
            po=word,
            date=english_day(rng, day),
            city=city_in_english(rng, city),
        )
    else:
        word = rng.choice(PL_REFERENCE_WORDS)
        frame = rng.choice(PL_REFERENCE)
        lexeme = rng.choice(EVENT_SUBJECTS)
        text = frame.format(
            Event=capitalise(event_noun(lexeme, "nom")),
            event_acc=event_noun(lexeme, "acc"),
            event_gen=event_noun(lexeme, "gen"),
            po=word,
            date=polish_day(rng, day, weekdays=False),
            w_city=w(city),
        )
        if "ma posłużyć" in text and lexeme == "warsztaty":
            text = text.replace("ma posłużyć", "mają posłużyć")
        if "ma pomóc" in text and lexeme == "warsztaty":
            text = text.replace("ma pomóc", "mają pomóc")
    if rng.random() < 0.4:
        text = (
            f"In {city_in_english(rng, city)} experts met to talk about integration. {text}"
            if english
            else f"{capitalise(w(city))} eksperci rozmawiali o integracji cudzoziemców. {text}"
        )
    template = f"{'en' if english else 'pl'}: {word}"
    return ReferenceCase(day, day, text, template, iso(published), english)


def no_event_on_the_day(ctx: DocumentContext, case: ReferenceCase) -> tuple[bool, str]:
    ok = not any(case.day in (e.first, e.last) for e in ctx.events)
    return ok, f"no event on {case.day}"


def test_a_day_after_po_or_since_is_no_events_day(pages: Pages) -> None:
    results, templates = measured_dated(pages, reference_case, no_event_on_the_day, MANY)
    value = tallied(
        "'osób, które przybyły po 24 lutego 2022 roku': no event that day", results, templates
    )
    # measured 100% (base12 12.5%)
    assert value >= 0.98


def held_on_case(rng: random.Random) -> ReferenceCase:
    """The event's own day ('Spotkanie odbyło się 24 lutego 2022 roku.') or its days ('od 2 do 4
    października')."""
    (city,) = draw(rng, cities())
    day = random_day(rng, 2014, 8)
    published = day + dt.timedelta(days=rng.randrange(5, 60))
    lexeme = rng.choice(EVENT_SUBJECTS)
    gender = EVENT_NOUNS[lexeme]
    held = past("odbyć", "pl" if gender == "pl" else "sg", "n" if gender == "pl" else gender)
    if rng.random() < 0.5 or day.day > 26:
        text = (
            f"{capitalise(event_noun(lexeme, 'nom'))} {held} się {polish_day(rng, day)} {w(city)}."
        )
        return ReferenceCase(day, day, end(text.removesuffix(".")), "one day", iso(published))
    last = day + dt.timedelta(days=rng.choice((1, 2)))
    month = MONTHS_GEN[day.month - 1]
    text = (
        f"{capitalise(event_noun(lexeme, 'nom'))} {held} się od {day.day} do {last.day} {month} "
        f"{day.year} r. {w(city)}. Wzięło w {'nich' if gender == 'pl' else 'nim'} udział "
        f"{rng.randrange(20, 90)} osób."
    )
    return ReferenceCase(day, last, text, "od X do Y", iso(published))


def on_its_day(ctx: DocumentContext, case: ReferenceCase) -> tuple[bool, str]:
    ok = any((e.first, e.last) == (case.day, case.last) for e in ctx.events)
    return ok, f"an event {case.day}–{case.last}"


def test_an_events_own_day_and_range_stay(pages: Pages) -> None:
    results, templates = measured_dated(pages, held_on_case, on_its_day, CONTROL)
    value = tallied("'Spotkanie odbyło się 24 lutego 2022 roku': that day", results, templates)
    assert value >= NEGATIVE


# --- 4. the rest of a list item that opens with an event says what it was on -------------------

# a theme's word (lexeme; a following word kept as written, or an adjective agreeing) -> theme
THEME_WORDS = {
    ("edukacja", ""): "edukacja",
    ("szkoła", ""): "edukacja",
    ("oświata", ""): "edukacja",
    ("zatrudnienie", ""): "zatrudnienie",
    ("rynek", "pracy"): "zatrudnienie",
    ("zakwaterowanie", ""): "mieszkalnictwo",
    ("mieszkanie", ""): "mieszkalnictwo",
    ("mieszkalnictwo", ""): "mieszkalnictwo",
    ("uchodźca", ""): "ochrona-miedzynarodowa",
    ("azyl", ""): "ochrona-miedzynarodowa",
    ("zdrowie", ""): "zdrowie",
    ("opieka", "zdrowotny"): "zdrowie",
    ("partycypacja", ""): "partycypacja",
    ("bezpieczeństwo", ""): "bezpieczenstwo",
    ("dyskryminacja", ""): "przeciwdzialanie-dyskryminacji",
    ("pomoc", "społeczny"): "pomoc-spoleczna",
}
PLURAL_THEMES = {"uchodźca", "mieszkanie", "szkoła"}
# the theme word's case -> the sentence it stands in
THEME_FRAMES = {
    "nom": "{X} {served} w mieście.",
    "gen": "Dostęp {served} do {X}.",
    "dat": "Przyglądano się {X} {served}.",
    "acc": "Wydatki miasta na {X} {served}.",
    "inst": "Problemy {z_X} {served}.",
    "loc": "Nowe rozwiązania {w_X} {served}.",
}
SERVED = ("cudzoziemiec", "migrant", "imigrant", "dziecko", "rodzina", "pracownik")
LIST_VENUES = ("Ratusz", "Nowy Ratusz", "Urząd Miasta", "Sala Sesyjna Ratusza", "Urząd Miejski")
THEME = "https://w3id.org/ump-kg/id/theme/"


def theme_phrase(rng: random.Random, case: str) -> tuple[str, str]:
    """The theme's word in the case (morfeusz2: the noun, an agreeing adjective after it):
    'rynku pracy', 'pomocą społeczną', 'uchodźcom'; and the theme's IRI."""
    (lexeme, after), theme = rng.choice(sorted(THEME_WORDS.items()))
    number = "pl" if lexeme in PLURAL_THEMES and rng.random() < 0.7 else "sg"
    if lexeme == "uchodźca":
        number = "pl"
    head = noun(lexeme, number, case)
    if after and after != "pracy":
        gender = "f"
        after = adjective(after, number, case, gender)
    return f"{head} {after}".strip(), THEME + theme


def theme_sentence(rng: random.Random) -> tuple[str, str, str]:
    """(the sentence, its theme, the case of its word)."""
    case = rng.choice(sorted(THEME_FRAMES))
    words, theme = theme_phrase(rng, case)
    served = noun(rng.choice(SERVED), "pl", "gen")
    sentence = THEME_FRAMES[case].format(
        X=words if case != "nom" else capitalise(words),
        served=served,
        z_X=z(words),
        w_X=w_word(words),
    )
    return sentence, theme, case


@dataclass(frozen=True)
class ItemTheme:
    first: dt.date
    city: Named
    themes: tuple[str, ...]


@dataclass(frozen=True)
class ItemCase:
    items: tuple[ItemTheme, ...]
    text: str
    template: str
    published: str


def list_page(rng: random.Random, year: int, lines: list[str]) -> str:
    team = rng.choice(TEAM_SHORT)
    headline = rng.choice(LIST_HEADLINES).format(team=team, first=year, last=year + 1)
    return "\n\n".join((headline, rng.choice(YEAR_LINES).format(year=year), "\n".join(lines)))


def item_case(rng: random.Random) -> ItemCase:
    """A list of meetings whose items open with the date and the city, then say in a sentence or
    two (no word of discussion) what the meeting was on: '- 22–23 listopada 2018 r. – Wrocław,
    Ratusz. Dostęp cudzoziemców do edukacji.'"""
    year = rng.randrange(2016, 2024)
    spans = days_in(rng, year, rng.choice((1, 2, 3)))
    items, lines, cases_ = [], [], []
    for first, last in spans:
        city = rng.choice(cities())
        sentences = [theme_sentence(rng) for _ in range(rng.choice((1, 1, 2)))]
        day = written_day(rng, first, last)
        venue = rng.choice(LIST_VENUES)
        rest = " ".join(s[0] for s in sentences)
        lines.append(
            rng.choice(
                (
                    f"- {day} – {city.label}, {venue}. {rest}",
                    f"- {day}, {city.label} – {venue}. {rest}",
                    f"- **{day}** – {city.label}, {venue}. {rest}",
                )
            )
        )
        items.append(ItemTheme(first, city, tuple(s[1] for s in sentences)))
        cases_ += [s[2] for s in sentences]
    published = iso(dt.date(year + 1, 3, 1))
    return ItemCase(tuple(items), list_page(rng, year, lines), rng.choice(cases_), published)


def item_themes(ctx: DocumentContext, case: ItemCase) -> tuple[bool, str]:
    missing = []
    for item in case.items:
        events = [e for e in ctx.events if e.first == item.first and e.city == item.city.iri]
        found = {str(o) for e in events for o in objects(ctx, e.iri, "theme")}
        missing += [t.rsplit("/", 1)[-1] for t in item.themes if t not in found]
    return not missing, f"themes of each item; missing {missing}"


def test_the_rest_of_an_event_item_gives_its_themes(pages: Pages) -> None:
    results, templates = measured_dated(pages, item_case, item_themes, MANY)
    value = tallied(
        "'- 22–23 listopada 2018 r. – Wrocław, Ratusz. Edukacja …': themes", results, templates
    )
    # measured 100% (base12 0%)
    assert value >= 0.98


OUTLETS = ("Wprost", "Rzeczpospolita", "Polityka", "Gazeta Wyborcza", "Dziennik Łódzki")
GATHERINGS = ("Kongresu Miast", "Forum Rozwoju Miast", "Kongresu Polityki Miejskiej")


def other_item_case(rng: random.Random) -> ItemCase:
    """Items whose theme sentence follows no event that opens the item: a summary item whose
    event is in its second sentence ('- Wprost: raport „T” opisuje … . Raport zaprezentowano
    podczas Kongresu Miast 12 marca 2019 r. w Gdańsku. Brakuje mieszkań …'), or an item that
    holds two events."""
    year = rng.randrange(2016, 2024)
    (first, _), (second, _) = days_in(rng, year, 2)
    one, two = draw(rng, cities(), 2)
    sentence, theme, _ = theme_sentence(rng)
    if rng.random() < 0.5:
        line = (
            f"- {rng.choice(OUTLETS)}: raport „{title_of(rng)}” opisuje sytuację cudzoziemców w "
            f"miastach. Raport zaprezentowano podczas {rng.choice(GATHERINGS)} "
            f"{polish_day(rng, first, weekdays=False)} {w(one)}. {sentence}"
        )
        template = "a summary item, its event second"
    else:
        held = rng.choice(
            ("odbyła się konferencja", "odbyło się seminarium", "odbyły się warsztaty")
        )
        line = (
            f"- {written_day(rng, first, first)} – {one.label}, {rng.choice(LIST_VENUES)}. "
            f"{end(polish_day(rng, second, weekdays=False))[:-1]} {w(two)} {held}. {sentence}"
        )
        template = "an item holding two events"
    published = iso(dt.date(year + 1, 3, 1))
    page = list_page(rng, year, [line])
    return ItemCase((ItemTheme(first, one, (theme,)),), page, template, published)


def no_theme_from_the_rest(ctx: DocumentContext, case: ItemCase) -> tuple[bool, str]:
    (item,) = case.items
    found = {str(f.o) for f in ctx.facts if f.p == UMP + "theme"}
    return item.themes[0] not in found, f"no theme {item.themes[0].rsplit('/', 1)[-1]}"


def test_an_item_that_does_not_open_with_its_event_gives_no_theme(pages: Pages) -> None:
    results, templates = measured_dated(pages, other_item_case, no_theme_from_the_rest, CONTROL)
    value = tallied(
        "'- Wprost: … . … podczas Kongresu …. Brakuje mieszkań': no theme", results, templates
    )
    assert value >= NEGATIVE


# --- 5. a municipal body named without its town is the page city's ------------------------------

# (head, gender, an adjective after it, the genitive after it)
MUNICIPAL_BODIES = (
    ("ośrodek", "m3", "", "Pomocy Społecznej"),
    ("ośrodek", "m3", "", "Pomocy Rodzinie"),
    ("ośrodek", "m3", "", "Sportu i Rekreacji"),
    ("centrum", "n", "", "Interwencji Kryzysowej"),
    ("centrum", "n", "", "Usług Społecznych"),
    ("centrum", "n", "", "Kultury"),
    ("urząd", "m3", "", "Pracy"),
    ("zespół", "m3", "", "Szkół"),
    ("zarząd", "m3", "", "Dróg i Transportu"),
    ("dom", "m3", "", "Kultury"),
    ("biblioteka", "f", "publiczny", ""),
    ("pracownia", "f", "urbanistyczny", ""),
)
MUNICIPAL_FRAMES = {
    "nom": "{B} {opened} punkt informacyjny dla cudzoziemców.",
    "gen": "Wzięli w nim udział przedstawiciele {B}.",
    "dat": "Miasto przekazało {B} środki na pomoc cudzoziemcom.",
    "acc": "Uczestnicy odwiedzili także {B}.",
    "inst": "Miasto od lat współpracuje z {B}.",
    "loc": "Punkt konsultacyjny działa także w {B}.",
}


@dataclass(frozen=True)
class MunicipalCase:
    label: str
    cities: tuple[Named, ...]
    texts: tuple[str, ...]
    template: str
    published: str
    text: str = ""


def municipal_name(
    rng: random.Random, adjective_: str = "miejski"
) -> tuple[str, dict[str, str], str]:
    """'Miejski Ośrodek Pomocy Społecznej' and its forms in every case (the adjectives agreeing
    with the head, by morfeusz2), and the head's gender."""
    head, gender, after, complement = rng.choice(MUNICIPAL_BODIES)
    forms = {}
    for case in THEME_FRAMES:
        words = [
            capitalise(adjective(adjective_, "sg", case, gender)),
            capitalise(noun(head, "sg", case)),
        ]
        if after:
            words.append(capitalise(adjective(after, "sg", case, gender)))
        if complement:
            words.append(complement)
        forms[case] = " ".join(words)
    return forms["nom"], forms, gender


def municipal_page(
    rng: random.Random, city: Named, forms: dict[str, str], gender: str, case: str, day: dt.date
) -> str:
    opened = past(rng.choice(("uruchomić", "otworzyć", "przygotować")), "sg", gender)
    body = MUNICIPAL_FRAMES[case].format(B=forms[case], opened=opened)
    first = rng.choice(
        (
            f"{capitalise(w(city))} {polish_day(rng, day, weekdays=False)} odbyło się spotkanie o "
            "pomocy dla cudzoziemców.",
            f"{polish_day(rng, day, weekdays=False)} {w(city)} rozmawiano o pomocy dla "
            "cudzoziemców.",
        )
    )
    return f"{capitalise(first)} {body}"


def municipal_case(rng: random.Random) -> MunicipalCase:
    label, forms, gender = municipal_name(rng)
    case = rng.choice(sorted(MUNICIPAL_FRAMES))
    pair = tuple(draw(rng, cities(), 2))
    day = random_day(rng, 2018, 6)
    texts = tuple(municipal_page(rng, c, forms, gender, case, day) for c in pair)
    head = label.split()[1]
    return MunicipalCase(
        label, pair, texts, f"{case} | {head}", iso(day + dt.timedelta(days=3)), texts[0]
    )


def one_per_city(pages: Pages, case: MunicipalCase) -> tuple[bool, str]:
    iris = []
    problems = []
    for city, text in zip(case.cities, case.texts, strict=True):
        ctx = pages.extract(text, published=case.published)
        found = labelled(ctx, case.label)
        placed = [i for i in found if city.iri in {str(o) for o in objects(ctx, i, "inCity")}]
        if len(found) != 1 or not placed:
            problems.append(f"{city.label}: {found} placed {placed}")
        iris += found
    ok = not problems and len(set(iris)) == 2
    return (
        ok,
        f"{case.texts!r}\n       want {case.label!r} in each city, two IRIs; {problems} {iris}",
    )


def test_a_municipal_body_is_the_page_citys(pages: Pages) -> None:
    results, templates = [], []
    for case in cases(municipal_case, MANY):
        results.append(one_per_city(pages, case))
        templates.append(case.template)
    heads = [t.split(" | ")[1] for t in templates]
    value = tallied(
        "'przedstawiciele Miejskiego Ośrodka Pomocy Społecznej': the city's own",
        results,
        [t.split(" | ")[0] for t in templates],
    )
    breakdown("by the head", results, heads)
    named = share("heads read as a body (not 'Zarząd')", results, heads, set(heads) - {"Zarząd"})
    # measured 93.1% (base12 0%); "Miejski Zarząd Dróg i Transportu" is read as no body
    assert value >= 0.91
    assert named >= 0.98  # measured 100% (base12 0%)


def regional_case(rng: random.Random) -> MunicipalCase:
    """The same bodies with an adjective of a voivodeship, a county or a region ('Wojewódzki
    Urząd Pracy', 'Powiatowe Centrum Pomocy Rodzinie') on a page about a city."""
    kind = rng.choice(("wojewódzki", "powiatowy", "regionalny"))
    label, forms, gender = municipal_name(rng, kind)
    while "Zarząd" in label:  # (read as no body at all: see the known misses)
        label, forms, gender = municipal_name(rng, kind)
    case = rng.choice(sorted(MUNICIPAL_FRAMES))
    (city,) = draw(rng, cities())
    day = random_day(rng, 2018, 6)
    text = municipal_page(rng, city, forms, gender, case, day)
    return MunicipalCase(
        label, (city,), (text,), f"{label.split()[0]}", iso(day + dt.timedelta(days=3)), text
    )


def no_node_of_the_city(ctx: DocumentContext, case: MunicipalCase) -> tuple[bool, str]:
    found = labelled(ctx, case.label)
    return found == [organisation_iri(case.label)], f"{case.label!r} one node, no city's; {found}"


def test_a_regional_body_is_no_node_of_the_city(pages: Pages) -> None:
    results, templates = measured_dated(pages, regional_case, no_node_of_the_city, CONTROL)
    value = tallied("'Wojewódzki Urząd Pracy' on a city's page: no city's node", results, templates)
    assert value >= NEGATIVE


# --- plural forms (a known miss when the file was written, mended since: 0/40 -> 40/40) --------


def plural_held_case(rng: random.Random) -> HeldCase:
    """'Zapraszamy na warsztaty „T”. Odbędą się one 17.03.2023 r.': a plural event noun, so the
    verb and the pronoun are plural."""
    (city,) = draw(rng, cities())
    day = random_day(rng, 2018, 6)
    published = day - dt.timedelta(days=rng.randrange(3, 40))
    title = title_of(rng)
    verb = rng.choice(("Odbędą się one", "One odbędą się", "Odbywają się one"))
    text = f"Zapraszamy na warsztaty „{title}”. " + end(f"{verb} {polish_day(rng, day)} {w(city)}")
    return HeldCase(title, day, city, text, verb, iso(published))


def test_a_plural_event_told_by_one(pages: Pages) -> None:
    results, templates = measured_dated(pages, plural_held_case, dated_by_it, 40)
    found = sum(ok for ok, _ in results)
    print(f"\n'warsztaty „T”. Odbędą się one …' dated {found}/{len(results)}")
    for template, held, total in tally(results, templates):
        print(f"    {held}/{total}  {template}")
    assert found >= 39
