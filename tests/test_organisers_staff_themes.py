"""Five rules about organisers, staff and themes, on forms they were not written from.

1. The bodies right before a verb or a noun of organising or hosting, its subject, are the
   event's ump:organiser (extract/events.py organisers_before_the_verb,
   ORGANISED_BY_THE_SUBJECT): "Fundacja X zorganizowała 12 maja 2023 r. w Krakowie
   konferencję.", "Fundacja X (FX) i Urząd Miasta Y organizują …", "Urząd Miasta Z był
   gospodarzem spotkania, które odbyło się …", "X i Y były współorganizatorami warsztatów w
   Łodzi 27 V 2020 r.". One to three bodies joined by ",", "i", "oraz": made-up bodies
   (tests/pages_templates organisation_of, "Biuro …" among them), their acronym in brackets
   after them or not, "Urząd Miasta <city's genitive>" (the reference office), "Unia Metropolii
   Polskich" with "(UMP)" or not. The verb agreeing with the bodies (morfeusz2): the past of
   zorganizować, współorganizować, organizować ("zorganizowała", "współorganizował",
   "organizowały"), the present of organizować, współorganizować ("organizuje",
   "współorganizują") and the future of zorganizować ("zorganizuje", "zorganizują"); or a
   copula agreeing ("był", "była", "było", "były", "będzie", "będą") and "gospodarzem",
   "organizatorem", "współorganizatorem" (the plural for several). Nine event nouns in the
   accusative after the verb, in the genitive after the noun (morfeusz2); the day in five ways
   (tests/test_events_real_pages polish_day), the city in the locative, or "…, które odbyło się
   <day> w <city>" (the relative pronoun and the verb agreeing); the page published after a past
   event, before a coming one. Negative control: a body after a preposition right before the
   verb or the noun ("W Urzędzie Miasta Z zorganizowano …", "Dla Fundacji X zorganizowano …",
   "W Fundacji X zorganizowała … Anna Kos.", "Przy Ośrodku X gospodarzem seminarium … był Jan
   Kos."; the body in the preposition's case, morfeusz2) organises nothing.
2. Staff nouns in apposition to a person give the person a post in the body (relations.py
   ROLE_NOUN): adiunkt, pracownik/pracowniczka, badacz/badaczka, wykładowca/wykładowczyni,
   doktorant/doktorantka, asystent/asystentka, analityk/analityczka, konsultant/konsultantka,
   trener/trenerka, mediator/mediatorka, psycholog/psycholożka, prawnik/prawniczka,
   naczelnik/naczelniczka, profesor (session 23: "Beata Bugajska, profesor Uniwersytetu
   Szczecińskiego"; 93.1 % on 6d5c775, every failure a "profesor"), in the nominative and the
   person's gender ("adiunkt", "profesor" for both), SGJP
   people in the nominative: "Anna Nowak, badaczka Ośrodka X, przedstawiła …", "Jan Kowalski –
   pracownik Fundacji Y – omówił …", "Ewa Lis (analityczka Urzędu Miasta Z) otworzyła …", "Głos
   zabrała Marta Kos, adiunkt w Katedrze Z Uniwersytetu W." The body in the genitive or after
   "w" in the locative (morfeusz2): made-up bodies, a university's unit ("Katedra, Zakład,
   Ośrodek, Instytut, Pracownia" + tests/test_bodies_projects_pages subject_of + university_of:
   the post is in the unit), "Urząd Miasta <city>" (the reference office). Negative control: the
   same nouns in the plural, not in apposition ("Pracownicy Fundacji Y przygotowali materiały.
   Anna Nowak też przyszła.", "Anna Nowak podziękowała badaczkom Ośrodka X za pomoc.", "Jan Kos
   rozmawiał z trenerami Urzędu Miasta Z o współpracy."; case and agreement by morfeusz2) give
   the person no post in the body.
3. On a page that tells one event, a lead sentence before the event's own sentence that opens
   with the event noun and says what the event is for or about gives the event the themes its
   words name (events.py themes_told_before_the_event): "Spotkanie ma posłużyć rozmowie o
   mieszkalnictwie i edukacji. Spotkanie odbędzie się 12 maja 2023 r. w Krakowie." Nine event
   nouns in the nominative; five frames ("ma posłużyć rozmowie o …", "posłuży rozmowie o …",
   "będzie dotyczyć …", "służy wymianie doświadczeń w zakresie …", "ma na celu wymianę
   doświadczeń w zakresie …"), the verbs agreeing with the noun (morfeusz2), in the present or
   future before a coming event and in the past before a past one ("Zjazd dotyczył …", "Debata
   służyła …", "Seminarium miało posłużyć …"); one or two theme words (tests/
   test_events_real_pages theme_phrase: edukacja, szkoła, oświata, zatrudnienie, rynek pracy,
   zakwaterowanie, mieszkanie, mieszkalnictwo, uchodźcy, azyl, zdrowie, opieka zdrowotna,
   partycypacja, bezpieczeństwo, dyskryminacja, pomoc społeczna) in the case the frame needs
   (morfeusz2); the event's sentence right after it, after a sentence about no event, or in the
   next paragraph, in three shapes ("Spotkanie odbędzie się <day> w <city>.", "<Day> w <city>
   odbyła się konferencja.", "Zapraszamy na webinarium, które odbędzie się …"). Negative
   controls: the same lead after another event's sentence on a page with two ("Konferencja
   odbyła się 3 kwietnia 2023 r. w Gdańsku. Spotkanie ma posłużyć rozmowie o … . Spotkanie
   odbędzie się …": the second event gets none of its themes), or opening with a word that is
   no event ("Projekt ma posłużyć …", "Raport", "Publikacja", "Miasto", "Nasz poradnik",
   "Materiały", the verbs agreeing) gives the event no theme from it.
4. A programme named "Program <lower-case subject> …" has the themes its name names
   (relations.py DESCRIPTIVE_PROGRAMME in themes_in_titles), the name in quotes with its head
   declined inside them in the case the frame needs (names.py find_quoted_projects,
   QUOTED_TITLE; "Programu", not SGJP's other genitive "Programa"): "Rada Miasta przyjęła
   „Program integracji cudzoziemców w Łodzi na lata 2023–2027”.", "Działania prowadzone są w
   ramach „Programu wsparcia opieki zdrowotnej migrantów”.", "O „Programie przeciwdziałania
   dyskryminacji” mówiono na sesji rady." The subject: a theme's words in the genitive
   (integracja, edukacja, przeciwdziałanie dyskryminacji, mieszkalnictwo, zatrudnienie, rynek
   pracy, opieka zdrowotna, ochrona zdrowia, pomoc społeczna, dialog międzykulturowy,
   partycypacja, bezpieczeństwo, uchodźcy; adjectives agreeing, morfeusz2), after a word of what
   the programme does ("wsparcia", "rozwoju", "poprawy", "promocji", "wzmocnienia") or not,
   then whom it serves ("cudzoziemców", "migrantów" …) or not; one subject or two joined by
   "i"; a city's locative and "na lata <years>" or not; six frames, one a case. Negative
   control: a brand that holds a theme word ("Otwarta Edukacja", "Szkoła Przyjazna dla
   Sąsiadów", "Wspólne Zdrowie": capitalised words, the adjective agreeing, morfeusz2) after the
   lower-case word ("do programu „Otwarta Edukacja”"), after "Program" ("realizuje Program
   „Bezpieczne Mieszkanie”") or inside the quotes after it ("realizuje „Program Wspólna
   Partycypacja”") gives no programme a theme.
5. The noun "rozmowa" is a word of discussion (events.py DISCUSSION): in the sentences that
   tell of a dated event, the theme words of a sentence that holds it are the event's themes.
   The event's sentence (the three shapes of rule 3), then "rozmowa" in seven forms
   ("Rozmowa toczyła się wokół …", "Uczestnicy prowadzili rozmowy o …", "Była to okazja do
   rozmowy o …", "Druga część posłużyła rozmowie o …", "Uczestnicy podjęli rozmowę o …", "Część
   oficjalna zakończyła się rozmową o …", "W rozmowach o … wzięli udział …"; the future after
   a coming event), the theme words of rule 3 in the case the frame needs. ("Tematem rozmowy
   były …" is not among the cases: it was read before, by the topic's cue.) Negative control:
   theme words after the event in a sentence with no word of discussion ("Miasto ma nowe
   mieszkania.", "Miasto inwestuje w mieszkalnictwo.", "W mieście brakuje szkół.", "Miasto
   zajmuje się edukacją od lat.", "Zatrudnienie to ważna sprawa dla miasta.") give it none.

Each rule is measured over 160 cases drawn by hypothesis (derandomized seeds), each negative
control over 120; the rate is printed with -s, with each wording's share and the failing pages,
and each bar is the rate measured less about two points. Measured when the file was written
(main / base13, the code before the rules):
1. 72.5% / 0% (all but "zorganizuje" and an acronym before another body 100% / 0%);
2. 100% / 6.2% (the nouns but "konsultant", which base13 read as "konsul…", 100% / 0%);
3. 92.5% / 0% (all but the past of "ma na celu" 100% / 0%);
4. 100% / 0%;
5. 100% / 0%.
Every negative control 100% on both. After the known misses below were mended: 1. and 3. 100%.

Known misses (kept among the cases; all three mended since, their bars raised: the future
"(współ|z)organizuje/-ą", brackets skipped by events.py in_brackets, "miał(a/o/y) na celu"):
- rule 1: the future of the perfective is not read: "Fundacja Rozwoju Migrantów zorganizuje 12
  maja 2023 r. w Krakowie konferencję." gives no organiser (0/26; ORGANISED_BY_THE_SUBJECT reads
  "z" before the past only, "(współ)organizuje/-ą" in the present);
- rule 1: an acronym in brackets after a body that has another body after it breaks the chain
  there: "Fundacja Rozwoju Migrantów (FRM) i Instytut Badań Kultury Ukraińskiej organizują …"
  gives the Instytut only, "Unia Metropolii Polskich (UMP) oraz Fundacja X organizują …" the
  Fundacja only (0/22; the acronym is a mention of its own, so the gap the chain checks is ") i
  " and not "(FRM) i ");
- rule 3: the past of "ma na celu" is not read: "Konferencja miała na celu wymianę doświadczeń
  w zakresie edukacji. Konferencja odbyła się … w Lublinie." gives no theme (12/12 of the
  past cases of that frame whose noun is no word of discussion itself; FOR_TALKING reads "ma na
  celu" only; "szkolenie", "warsztaty", "debata" are read by DISCUSSION whatever the verb).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.pages_templates import UMP_ORG, gender_of, organisation_of, person_of
from tests.pages_templates import w as w_word
from tests.relations_pages import Pages, holds, holds_no_post_in, labelled, measured, objects
from tests.relations_templates import (
    NEGATIVE,
    UMP,
    Named,
    Person,
    capitalise,
    cities,
    draw,
    generated,
    office_of,
    tallied,
    w,
)
from tests.test_bodies_projects_pages import (
    adjective,
    breakdown,
    noun,
    share,
    subject_of,
    university_of,
)
from tests.test_events_properties import past
from tests.test_events_real_pages import (
    EVENT_NOUNS,
    end,
    event_noun,
    iso,
    measured_dated,
    polish_day,
)
from tests.test_events_real_pages import theme_phrase as listed_theme_phrase
from tests.test_told_events_heads_themes import finite, joined
from ump_kg.extract.context import DocumentContext, Event

MANY = 160  # cases a rule (hypothesis may repeat a seed; at least 150 remain)
CONTROL = 120  # cases a negative control
THEME = "https://w3id.org/ump-kg/id/theme/"


def short(iri: object) -> str:
    return str(iri).rsplit("/", 1)[-1]


def facts_of(ctx: DocumentContext, prop: str) -> list[str]:
    return [f"{short(f.s)} {short(f.o)}" for f in ctx.facts if f.p == UMP + prop]


def number_of(lexeme: str) -> str:
    return "pl" if EVENT_NOUNS[lexeme] == "pl" else "sg"


def agreeing(lexeme: str) -> str:
    """The gender a past verb takes with the event noun ('odbyło', 'odbyła', 'odbyły')."""
    gender = EVENT_NOUNS[lexeme]
    return "n" if gender == "pl" else gender


def which(lexeme: str) -> str:
    """'który', 'która', 'które' agreeing with the event noun (morfeusz2; not its archaic
    'któren')."""
    number, gender = number_of(lexeme), agreeing(lexeme)
    return next(
        orth
        for orth, parts in generated("który")
        if len(parts) > 3
        and parts[0] == ("adj",)
        and number in parts[1]
        and "nom" in parts[2]
        and gender in parts[3]
        and orth != "któren"
    )


def future_of_be(number: str) -> str:
    """'będzie', 'będą' (morfeusz2)."""
    for orth, parts in generated("być"):
        if parts[0] == ("bedzie",) and number in parts[1] and "ter" in parts[2]:
            return orth
    raise AssertionError(number)


def held(lexeme: str, future: bool) -> str:
    """'odbyło się', 'odbyła się', 'odbędzie się', 'odbędą się' agreeing with the event noun."""
    number = number_of(lexeme)
    if future:
        return f"{finite('odbyć', number)} się"
    return f"{past('odbyć', number, agreeing(lexeme))} się"


@dataclass(frozen=True)
class Told:
    """A dated event in a reference city, told in one sentence."""

    sentence: str
    lexeme: str
    future: bool
    day: dt.date
    city: Named
    published: dt.date


# a sentence about no event, in the tense of a coming (True) or a past (False) event
BETWEEN = {
    True: ("Udział jest bezpłatny.", "Obowiązują zapisy.", "Liczba miejsc jest ograniczona."),
    False: ("Udział był bezpłatny.", "Obowiązywały zapisy.", "Dziękujemy za udział."),
}


def when_published(rng: random.Random, day: dt.date, future: bool) -> dt.date:
    """Before the day of a coming event, after the day of a past one."""
    if future:
        return day - dt.timedelta(days=rng.randrange(3, 40))
    return day + dt.timedelta(days=rng.randrange(1, 20))


def told_event(
    rng: random.Random,
    lexeme: str | None = None,
    future: bool | None = None,
    day: dt.date | None = None,
) -> Told:
    """'Spotkanie odbędzie się 12 maja 2023 r. w Krakowie.', '12 maja 2023 r. w Krakowie
    odbyła się konferencja.', 'Zapraszamy na webinarium, które odbędzie się …' (the verb and the
    pronoun agreeing with the noun, morfeusz2); no title and no theme word."""
    (city,) = draw(rng, cities())
    lexeme = lexeme or rng.choice(sorted(EVENT_NOUNS))
    future = rng.random() < 0.5 if future is None else future
    day = day or dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(365 * 6))
    when = polish_day(rng, day)
    verb = held(lexeme, future)
    shapes = [
        f"{capitalise(event_noun(lexeme, 'nom'))} {verb} {when} {w(city)}",
        f"{capitalise(event_noun(lexeme, 'nom'))} {verb} {w(city)} {when}",
        f"{capitalise(when)} {w(city)} {verb} {event_noun(lexeme, 'nom')}",
    ]
    if future:
        shapes.append(
            f"Zapraszamy na {event_noun(lexeme, 'acc')}, {which(lexeme)} {verb} {when} {w(city)}"
        )
    sentence = end(rng.choice(shapes))
    return Told(sentence, lexeme, future, day, city, when_published(rng, day, future))


def the_event(ctx: DocumentContext, day: dt.date, city: Named) -> list[Event]:
    return [e for e in ctx.events if e.first == day and e.city == city.iri]


def events_themes(ctx: DocumentContext, day: dt.date, city: Named) -> set[str]:
    return {str(o) for e in the_event(ctx, day, city) for o in objects(ctx, e.iri, "theme")}


# --- bodies in every case -------------------------------------------------------------------------


@dataclass(frozen=True)
class Organiser:
    forms: tuple[tuple[str, str], ...]  # case -> as written
    key: str  # the label of a new body, or the IRI of a reference one
    gender: str
    kind: str  # made-up | a Biuro | a city's office | the Union
    acronym: str  # ' (FRM)' after its name in the nominative, or ''

    def form(self, case: str) -> str:
        return dict(self.forms)[case]

    @property
    def subject(self) -> str:
        return self.form("nom") + self.acronym


SIX = ("nom", "gen", "dat", "acc", "inst", "loc")


def organiser_of(rng: random.Random) -> Organiser:
    """A made-up body (tests/pages_templates organisation_of: Fundacja, Stowarzyszenie, Centrum,
    Instytut, Ośrodek, Towarzystwo, Biuro + SGJP genitives), its acronym in brackets after it or
    not; a city's office ('Urząd Miasta Lublina', the head declined by morfeusz2, the reference
    office); or the Union ('Unia Metropolii Polskich', '(UMP)' or not)."""
    how = rng.randrange(10)
    if how < 6:
        body = organisation_of(rng)
        head = body.label.split()[0]
        letters = "".join(word[0] for word in body.label.split() if word[:1].isupper())
        acronym = f" ({letters})" if rng.random() < 0.25 else ""
        kind = "a Biuro" if head == "Biuro" else "made-up"
        return Organiser(body.forms, body.label, gender_of(head), kind, acronym)
    if how < 8:
        (city,) = draw(rng, cities())
        forms = tuple(
            (case, f"{capitalise(noun('urząd', 'sg', case))} Miasta {city.form('gen')}")
            for case in SIX
        )
        return Organiser(forms, office_of(city), "m3", "a city's office", "")
    forms = tuple(
        (case, f"{capitalise(noun('unia', 'sg', case))} Metropolii Polskich") for case in SIX
    )
    acronym = " (UMP)" if rng.random() < 0.3 else ""
    return Organiser(forms, UMP_ORG, "f", "the Union", acronym)


def organisers_of(rng: random.Random) -> list[Organiser]:
    count = rng.choice((1, 1, 2, 2, 3))
    found: list[Organiser] = []
    while len(found) < count:
        body = organiser_of(rng)
        if all(body.key != b.key for b in found):
            found.append(body)
    return found


def body_iris(ctx: DocumentContext, key: str) -> set[str]:
    return {key} if key.startswith("http") else set(labelled(ctx, key))


# --- 1. the bodies right before a verb or noun of organising are the organisers ---------------


@dataclass(frozen=True)
class OrganisedCase:
    day: dt.date
    city: Named
    bodies: tuple[str, ...]
    text: str
    template: str
    published: str


# the wordings: the verb's lexemes and tenses, or the noun after a copula
VERB_WORDINGS = {
    "past: zorganizowała / współorganizowała / organizowała": (
        ("zorganizować", "współorganizować", "organizować"),
        "past",
    ),
    "present: organizuje / współorganizuje": (("organizować", "współorganizować"), "present"),
    "future of the perfective: zorganizuje": (("zorganizować",), "present"),
}
NOUN_WORDINGS = {
    "noun: był(a/o/y) gospodarzem / gospodarzami": "gospodarz",
    "noun: był(a/o/y) organizatorem / organizatorami": "organizator",
    "noun: był(a/o/y) współorganizatorem / współorganizatorami": "współorganizator",
}


def copula(number: str, gender: str, future: bool) -> str:
    """'był', 'była', 'było', 'były' (the bodies' gender and number, morfeusz2); 'będzie',
    'będą' for a coming event."""
    if future:
        return future_of_be(number)
    return past("być", number, gender if number == "sg" else "f")


def hard(bodies: list[Organiser]) -> str:
    """What the subject's chain is found to miss: an acronym in brackets after a body that has
    another body after it ('Fundacja X (FX) i Instytut Y organizują …')."""
    if any(b.acronym for b in bodies[:-1]):
        return "an acronym before another body"
    return "no acronym before another body"


def organised_case(rng: random.Random) -> OrganisedCase:
    """'Fundacja X zorganizowała 12 maja 2023 r. w Krakowie konferencję.', 'Fundacja X i Urząd
    Miasta Y (…) organizują …', 'Urząd Miasta Z był gospodarzem spotkania, które odbyło się …':
    one to three bodies, then the verb agreeing with them (morfeusz2: the past of zorganizować,
    współorganizować, organizować; the present of organizować, współorganizować; the future of
    zorganizować) or a copula and the noun for an organiser or a host; the event noun in the
    accusative (after the verb) or the genitive (after the noun), the day and the city."""
    (city,) = draw(rng, cities())
    lexeme = rng.choice(sorted(EVENT_NOUNS))
    bodies = organisers_of(rng)
    number = "sg" if len(bodies) == 1 else "pl"
    gender = bodies[0].gender if number == "sg" else "f"
    subject = joined(rng, [b.subject for b in bodies])
    day = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(365 * 6))
    when = polish_day(rng, day)
    key = rng.choice(sorted(VERB_WORDINGS) + sorted(NOUN_WORDINGS))
    if key in VERB_WORDINGS:
        verbs, tense = VERB_WORDINGS[key]
        future = tense == "present"
        verb_lexeme = rng.choice(verbs)
        verb = finite(verb_lexeme, number) if future else past(verb_lexeme, number, gender)
        event = event_noun(lexeme, "acc")
        sentence = rng.choice(
            (
                f"{subject} {verb} {when} {w(city)} {event}",
                f"{subject} {verb} {event} {w(city)} {when}",
                f"{subject} {verb} {event}, {which(lexeme)} {held(lexeme, future)} {when} "
                f"{w(city)}",
            )
        )
    else:
        future = rng.random() < 0.4
        role_form = noun(NOUN_WORDINGS[key], number, "inst")
        event = event_noun(lexeme, "gen")
        sentence = rng.choice(
            (
                f"{subject} {copula(number, gender, future)} {role_form} {event}, "
                f"{which(lexeme)} {held(lexeme, future)} {when} {w(city)}",
                f"{subject} {copula(number, gender, future)} {role_form} {event} {w(city)} {when}",
            )
        )
    text = end(sentence)
    if rng.random() < 0.3:
        text += " " + rng.choice(BETWEEN[future])
    published = when_published(rng, day, future)
    template = f"{key} | {len(bodies)} bod{'y' if len(bodies) == 1 else 'ies'} | {hard(bodies)}"
    return OrganisedCase(day, city, tuple(b.key for b in bodies), text, template, iso(published))


def organise_it(ctx: DocumentContext, case: OrganisedCase) -> tuple[bool, str]:
    events = the_event(ctx, case.day, case.city)
    found = {str(o) for e in events for o in objects(ctx, e.iri, "organiser")}
    missing = [short(k) for k in case.bodies if not body_iris(ctx, k) & found]
    return bool(events) and not missing, (
        f"organisers {[short(k) for k in case.bodies]}; missing {missing}"
    )


def test_bodies_before_the_verb_of_organising_organise(pages: Pages) -> None:
    results, templates = measured_dated(pages, organised_case, organise_it, MANY)
    parts = [t.split(" | ") for t in templates]
    value = tallied(
        "'Fundacja X i Instytut Y zorganizowały … konferencję': organisers",
        results,
        [p[0] for p in parts],
    )
    breakdown("by the bodies' number", results, [p[1] for p in parts])
    breakdown("by what the chain is found to miss", results, [p[2] for p in parts])
    read = share(
        "  the wordings but 'zorganizuje', no acronym before another body",
        results,
        [f"{p[0]} | {p[2]}" for p in parts],
        {
            f"{k} | no acronym before another body"
            for k in [*VERB_WORDINGS, *NOUN_WORDINGS]
            if "zorganizuje" not in k
        },
    )
    # measured 72.5% (base13 0%) when written: "zorganizuje" (0/26) and an acronym in brackets
    # before another body (0/22) were missed; 100% since both were mended
    assert value >= 0.98
    assert read >= 0.98  # measured 100% (base13 0%)


PREPOSITIONAL = {
    "W X zorganizowano": "W {loc} zorganizowano {when} {event_acc}.",
    "Dla X zorganizowano": "Dla {gen} zorganizowano {when} {where} {event_acc}.",
    "W X zorganizowała … Anna Kos": "W {loc} {organised} {when} {where} {event_acc} {person}.",
    "Przy X gospodarzem … był Jan Kos": (
        "Przy {loc} gospodarzem {event_gen} {where} {when} {was} {person}."
    ),
}


def prepositional_case(rng: random.Random) -> OrganisedCase:
    """A body after a preposition right before the verb or the noun: 'W Urzędzie Miasta Z
    zorganizowano …', 'Dla Fundacji X zorganizowano …', 'W Fundacji X zorganizowała … Anna
    Kos.', 'Przy Urzędzie Miasta Z gospodarzem spotkania … był Jan Kos.' (the body in the case
    the preposition governs, morfeusz2; the person from SGJP, the verb agreeing)."""
    (city,) = draw(rng, cities())
    lexeme = rng.choice(sorted(EVENT_NOUNS))
    body = organiser_of(rng)
    person = person_of(rng, set())
    day = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(365 * 6))
    key = rng.choice(sorted(PREPOSITIONAL))
    text = PREPOSITIONAL[key].format(
        loc=body.form("loc"),
        gen=body.form("gen"),
        when=polish_day(rng, day),
        where=w(city),
        event_acc=event_noun(lexeme, "acc"),
        event_gen=event_noun(lexeme, "gen"),
        organised=past("zorganizować", "sg", person.gender),
        was=past("być", "sg", person.gender),
        person=person.nominative,
    )
    published = when_published(rng, day, False)
    return OrganisedCase(day, city, (body.key,), text, key, iso(published))


def organise_nothing(ctx: DocumentContext, case: OrganisedCase) -> tuple[bool, str]:
    found = {str(f.o) for f in ctx.facts if f.p == UMP + "organiser"}
    wrong = [short(k) for k in case.bodies if body_iris(ctx, k) & found]
    return not wrong, f"no organiser; organisers {wrong}"


def test_a_body_after_a_preposition_organises_nothing(pages: Pages) -> None:
    results, templates = measured_dated(pages, prepositional_case, organise_nothing, CONTROL)
    value = tallied(
        "'W Urzędzie Miasta Z zorganizowano …', 'Dla Fundacji X …': no organiser",
        results,
        templates,
    )
    assert value >= NEGATIVE


# --- 2. staff nouns in apposition give a post in the body ----------------------------------------

# the masculine and the feminine lexeme of each staff noun
STAFF = {
    "adiunkt": ("adiunkt", "adiunkt"),
    "pracownik": ("pracownik", "pracowniczka"),
    "badacz": ("badacz", "badaczka"),
    "wykładowca": ("wykładowca", "wykładowczyni"),
    "doktorant": ("doktorant", "doktorantka"),
    "asystent": ("asystent", "asystentka"),
    "analityk": ("analityk", "analityczka"),
    "konsultant": ("konsultant", "konsultantka"),
    "trener": ("trener", "trenerka"),
    "mediator": ("mediator", "mediatorka"),
    "psycholog": ("psycholog", "psycholożka"),
    "prawnik": ("prawnik", "prawniczka"),
    "naczelnik": ("naczelnik", "naczelniczka"),
    # (session 23, from the opened set zayin: "Beata Bugajska, profesor Uniwersytetu
    # Szczecińskiego"; 'profesor' is also the word for a woman)
    "profesor": ("profesor", "profesor"),
}
UNIT_HEADS = ("katedra", "zakład", "ośrodek", "instytut", "pracownia")


@dataclass(frozen=True)
class Staffed:
    """A body in every case (after another name, its owner as written), its key and kind."""

    forms: tuple[tuple[str, str], ...]
    key: str  # the label of the body the post is in, or a reference IRI
    kind: str

    def form(self, case: str) -> str:
        return dict(self.forms)[case]


def staffed_body(rng: random.Random) -> Staffed:
    """A made-up body (organisation_of), a university's unit ('Katedra Socjologii Stosowanej
    Uniwersytetu Łódzkiego': the unit is the post's body), or a city's office ('Urząd Miasta
    Krakowa', the reference office)."""
    how = rng.randrange(3)
    if how == 0:
        body = organisation_of(rng)
        return Staffed(body.forms, body.label, "made-up")
    if how == 1:
        head = rng.choice(UNIT_HEADS)
        subject = subject_of(rng)
        university = university_of(rng)
        forms = tuple(
            (case, f"{capitalise(noun(head, 'sg', case))} {subject} {university.gen}")
            for case in SIX
        )
        return Staffed(forms, f"{capitalise(noun(head, 'sg', 'nom'))} {subject}", "unit")
    (city,) = draw(rng, cities())
    forms = tuple(
        (case, f"{capitalise(noun('urząd', 'sg', case))} Miasta {city.form('gen')}") for case in SIX
    )
    return Staffed(forms, office_of(city), "a city's office")


# the role phrase: the noun in the nominative, the body in the genitive or 'w' and the locative
APPOSITIONS = {
    "X, rola Y, …": "{P}, {role} {body}, {did}.",
    "X – rola Y – …": "{P} – {role} {body} – {did}.",
    "X (rola Y) …": "{P} ({role} {body}) {did}.",
    "… X, rola Y.": "{Spoke} {P}, {role} {body}.",
}
DONE = (
    ("przedstawić", "wyniki badań"),
    ("otworzyć", "dyskusję"),
    ("omówić", "sytuację cudzoziemców"),
    ("przygotować", "raport"),
)
SPOKE = (("zabrać", "Głos {v}"), ("wystąpić", "Na spotkaniu {v}"), ("mówić", "O pracy {v}"))


@dataclass(frozen=True)
class StaffCase:
    person: Person
    body: str  # the key of the body
    text: str
    template: str


def staff_case(rng: random.Random) -> StaffCase:
    """'Anna Nowak, badaczka Ośrodka X, przedstawiła wyniki badań.', 'Jan Kowalski – pracownik
    Fundacji Y – omówił …', 'Marta Kos, adiunkt w Katedrze Z Uniwersytetu W, otworzyła …',
    'Głos zabrała Ewa Lis, psycholożka Urzędu Miasta Krakowa.' (the staff noun of the person's
    gender in the nominative, morfeusz2; SGJP people in the nominative)."""
    person = person_of(rng, set())
    word = rng.choice(sorted(STAFF))
    lexeme = STAFF[word][1 if person.gender == "f" else 0]
    role = noun(lexeme, "sg", "nom")
    body = staffed_body(rng)
    located = rng.random() < 0.35
    written = w_word(body.form("loc")) if located else body.form("gen")
    key = rng.choice(sorted(APPOSITIONS))
    verb, what = rng.choice(DONE)
    spoke, frame = rng.choice(SPOKE)
    text = APPOSITIONS[key].format(
        P=person.nominative,
        role=role,
        body=written,
        did=f"{past(verb, 'sg', person.gender)} {what}",
        Spoke=frame.format(v=past(spoke, "sg", person.gender)),
    )
    where = "w + locative" if located else "genitive"
    return StaffCase(person, body.key, text, f"{key} | {word} | {body.kind} | {where}")


def the_body(ctx: DocumentContext, key: str) -> str | None:
    if key.startswith("http"):
        return key
    return next((i for i in labelled(ctx, key) if "/organisation/" in i), None)


def holds_a_post(ctx: DocumentContext, case: StaffCase) -> tuple[bool, str]:
    body = the_body(ctx, case.body)
    ok = body is not None and holds(ctx, case.person, body)
    return ok, f"{case.person.nominative} a post in {short(case.body)} ({short(body)})"


def test_a_staff_noun_in_apposition_gives_a_post(pages: Pages) -> None:
    results, templates = measured(pages, staff_case, holds_a_post, count=MANY)
    parts = [t.split(" | ") for t in templates]
    value = tallied(
        "'Anna Nowak, badaczka Ośrodka X, …': a post in the body", results, [p[0] for p in parts]
    )
    nouns = [p[1] for p in parts]
    breakdown("by the staff noun", results, nouns)
    breakdown("by the body", results, [p[2] for p in parts])
    breakdown("by the body's case", results, [p[3] for p in parts])
    new_nouns = share(
        "  the nouns but 'konsultant' (read before as 'konsul…')",
        results,
        nouns,
        set(nouns) - {"konsultant"},
    )
    assert value >= 0.98  # measured 100% (base13 6.2%, 'konsultant' read as 'konsul…')
    assert new_nouns >= 0.98  # measured 100% (base13 0%)


# the plural staff noun not in apposition to the person
NOT_APPOSED = {
    "Pracownicy Y przygotowali … . X też przyszła.": (
        "nom",
        "{Staff} {body} {prepared} materiały. {P} też {came}.",
    ),
    "X podziękowała pracownikom Y": ("dat", "{P} {thanked} {staff} {body} za pomoc."),
    "X rozmawiała z pracownikami Y": ("inst", "{P} {talked} z {staff} {body} o współpracy."),
}


def not_apposed_case(rng: random.Random) -> StaffCase:
    """The same nouns in the plural, not in apposition to the person: 'Pracownicy Fundacji Y
    przygotowali materiały. Anna Nowak też przyszła.', 'Anna Nowak podziękowała badaczkom Ośrodka
    X za pomoc.', 'Jan Kos rozmawiał z trenerami Urzędu Miasta Z o współpracy.' (the noun's
    case and the verbs' agreement by morfeusz2)."""
    person = person_of(rng, set())
    word = rng.choice(sorted(STAFF))
    # (women and men; "adiunkt" is the word for both)
    gender = rng.choice(("m1", "f")) if STAFF[word][0] != STAFF[word][1] else "m1"
    lexeme = STAFF[word][1 if gender == "f" else 0]
    body = staffed_body(rng)
    key = rng.choice(sorted(NOT_APPOSED))
    case, frame = NOT_APPOSED[key]
    staff = noun(lexeme, "pl", case, gender)
    text = frame.format(
        Staff=capitalise(staff),
        staff=staff,
        body=body.form("gen"),
        prepared=past("przygotować", "pl", gender),
        P=person.nominative,
        came=past("przyjść", "sg", person.gender),
        thanked=past("podziękować", "sg", person.gender),
        talked=past("rozmawiać", "sg", person.gender),
    )
    return StaffCase(person, body.key, text, f"{key} | {word}")


def holds_no_post(ctx: DocumentContext, case: StaffCase) -> tuple[bool, str]:
    body = the_body(ctx, case.body)
    return holds_no_post_in(ctx, case.person, body), f"no post in {short(case.body)}"


def test_a_staff_noun_not_in_apposition_gives_no_post(pages: Pages) -> None:
    results, templates = measured(pages, not_apposed_case, holds_no_post, count=CONTROL)
    value = tallied(
        "'Pracownicy Fundacji Y przygotowali … . Anna Nowak też przyszła.': no post",
        results,
        [t.split(" | ")[0] for t in templates],
    )
    assert value >= NEGATIVE


# --- 3. a lead sentence about the one event the page tells of gives its themes ------------------


def themes_phrase(rng: random.Random, case: str) -> tuple[str, tuple[str, ...]]:
    """One or two theme words in the case (tests/test_events_real_pages theme_phrase: the noun
    and its adjective by morfeusz2), joined by 'i' or 'oraz'; and their themes."""
    phrases: list[tuple[str, str]] = []
    for _ in range(rng.choice((1, 1, 2))):
        phrase = listed_theme_phrase(rng, case)
        if all(phrase[1] != p[1] for p in phrases):
            phrases.append(phrase)
    words = [p[0] for p in phrases]
    text = words[0] if len(words) == 1 else f"{words[0]} {rng.choice(('i', 'oraz'))} {words[1]}"
    return text, tuple(p[1] for p in phrases)


# what the event is for or about: the case of the theme words -> (coming, past) frames
LEADS = {
    "ma posłużyć rozmowie o X": (
        "loc",
        "{Ev} {has} posłużyć rozmowie o {X}.",
        "{Ev} {had} posłużyć rozmowie o {X}.",
    ),
    "posłuży rozmowie o X": (
        "loc",
        "{Ev} {will_serve} rozmowie o {X}.",
        "{Ev} {served_p} rozmowie o {X}.",
    ),
    "będzie dotyczyć X": ("gen", "{Ev} {will_be} dotyczyć {X}.", "{Ev} {concerned} {X}."),
    "służy wymianie doświadczeń w zakresie X": (
        "gen",
        "{Ev} {serves} wymianie doświadczeń w zakresie {X}.",
        "{Ev} {served} wymianie doświadczeń w zakresie {X}.",
    ),
    "ma na celu wymianę doświadczeń w zakresie X": (
        "gen",
        "{Ev} {has} na celu wymianę doświadczeń w zakresie {X}.",
        "{Ev} {had} na celu wymianę doświadczeń w zakresie {X}.",
    ),
}


def lead_sentence(
    rng: random.Random, subject: str, number: str, gender: str, future: bool, key: str
) -> tuple[str, tuple[str, ...]]:
    """The lead in the frame of `key`, its verbs agreeing with the subject (morfeusz2)."""
    case, coming, done = LEADS[key]
    words, themes = themes_phrase(rng, case)
    values = {
        "Ev": subject,
        "X": words,
        "has": finite("mieć", number),
        "had": past("mieć", number, gender),
        "will_serve": finite("posłużyć", number),
        "served_p": past("posłużyć", number, gender),
        "will_be": future_of_be(number),
        "concerned": past("dotyczyć", number, gender),
        "serves": finite("służyć", number),
        "served": past("służyć", number, gender),
    }
    return (coming if future else done).format(**values), themes


@dataclass(frozen=True)
class LeadCase:
    day: dt.date
    city: Named
    themes: tuple[str, ...]
    text: str
    template: str
    published: str


def lead_case(rng: random.Random) -> LeadCase:
    """'Spotkanie ma posłużyć rozmowie o mieszkalnictwie i edukacji. Spotkanie odbędzie się 12
    maja 2023 r. w Krakowie.': the lead opens with the event noun (nine nouns, the nominative)
    and says what the event is for (five frames, the theme words in the case the frame needs,
    the verbs agreeing with the noun; a coming event's in the present or future, a past one's in
    the past), before the sentence that tells the one event of the page (in the same paragraph,
    after a sentence between, or in the next paragraph)."""
    lexeme = rng.choice(sorted(EVENT_NOUNS))
    told = told_event(rng, lexeme)
    key = rng.choice(sorted(LEADS))
    lead, themes = lead_sentence(
        rng,
        capitalise(event_noun(lexeme, "nom")),
        number_of(lexeme),
        agreeing(lexeme),
        told.future,
        key,
    )
    between = rng.choice(("", "", *BETWEEN[told.future]))
    text = " ".join(s for s in (lead, between) if s)
    text += "\n\n" if rng.random() < 0.3 else " "
    text += told.sentence
    tense = "coming" if told.future else "past"
    return LeadCase(
        told.day, told.city, themes, text, f"{key} | {tense} | {lexeme}", iso(told.published)
    )


def its_themes(ctx: DocumentContext, case: LeadCase) -> tuple[bool, str]:
    found = events_themes(ctx, case.day, case.city)
    missing = [short(t) for t in case.themes if t not in found]
    return bool(the_event(ctx, case.day, case.city)) and not missing, (
        f"themes {[short(t) for t in case.themes]}; missing {missing}; "
        f"themes {facts_of(ctx, 'theme')}"
    )


def test_a_lead_sentence_about_the_event_gives_its_themes(pages: Pages) -> None:
    results, templates = measured_dated(pages, lead_case, its_themes, MANY)
    parts = [t.split(" | ") for t in templates]
    value = tallied(
        "'Spotkanie ma posłużyć rozmowie o … . Spotkanie odbędzie się …': its themes",
        results,
        [p[0] for p in parts],
    )
    breakdown("by the tense", results, [p[1] for p in parts])
    breakdown("by the event noun", results, [p[2] for p in parts])
    keys = [f"{p[0]} | {p[1]}" for p in parts]
    read = share(
        "  but the past of 'ma na celu' ('Konferencja miała na celu …')",
        results,
        keys,
        set(keys) - {"ma na celu wymianę doświadczeń w zakresie X | past"},
    )
    # measured 92.5% (base13 0%) when written, the past "miał(a/o) na celu" missed; 100% since
    assert value >= 0.98
    assert read >= 0.98  # measured 100% (base13 0%)


# subjects that are no event: (the noun, its number, its gender)
NOT_EVENTS = (
    ("Projekt", "sg", "m3"),
    ("Raport", "sg", "m3"),
    ("Publikacja", "sg", "f"),
    ("Miasto", "sg", "n"),
    ("Nasz poradnik", "sg", "m3"),
    ("Materiały", "pl", "n"),
)


def no_lead_case(rng: random.Random) -> LeadCase:
    """The same leads where they tell no lone event: after another event's sentence on a page
    with two ('Konferencja odbyła się 3 kwietnia 2023 r. w Gdańsku. Spotkanie ma posłużyć rozmowie
    o … . Spotkanie odbędzie się …': the second event gets none of the lead's themes), or opening
    with a word that is no event ('Projekt ma posłużyć rozmowie o …', 'Miasto będzie dotyczyć
    …')."""
    lexeme = rng.choice(sorted(EVENT_NOUNS))
    told = told_event(rng, lexeme)
    key = rng.choice(sorted(LEADS))
    if rng.random() < 0.5:
        other = told_event(
            rng,
            rng.choice([k for k in sorted(EVENT_NOUNS) if k != lexeme]),
            future=False,
            day=told.day - dt.timedelta(days=rng.randrange(5, 60)),
        )
        lead, themes = lead_sentence(
            rng,
            capitalise(event_noun(lexeme, "nom")),
            number_of(lexeme),
            agreeing(lexeme),
            told.future,
            key,
        )
        text = f"{other.sentence} {lead} {told.sentence}"
        template = "after another event's sentence, two events"
    else:
        subject, number, gender = rng.choice(NOT_EVENTS)
        lead, themes = lead_sentence(rng, subject, number, gender, told.future, key)
        text = f"{lead} {told.sentence}"
        template = f"opening with '{subject}'"
    return LeadCase(told.day, told.city, themes, text, template, iso(told.published))


def none_of_its_themes(ctx: DocumentContext, case: LeadCase) -> tuple[bool, str]:
    found = events_themes(ctx, case.day, case.city)
    wrong = [short(t) for t in case.themes if t in found]
    return not wrong, f"none of {[short(t) for t in case.themes]}; has {wrong}"


def test_a_lead_that_tells_no_lone_event_gives_no_theme(pages: Pages) -> None:
    results, templates = measured_dated(pages, no_lead_case, none_of_its_themes, CONTROL)
    value = tallied(
        "'Konferencja odbyła się … . Spotkanie ma posłużyć …', 'Projekt ma posłużyć …': no theme",
        results,
        templates,
    )
    assert value >= NEGATIVE


# --- 4. a programme named "Program <its subject>" has the themes its name names ----------------

# theme words of a programme's subject (lexeme, its number, an agreeing adjective or a genitive
# after it) -> theme
PROGRAMME_THEMES = {
    ("integracja", "sg", ""): "integracja",
    ("edukacja", "sg", ""): "edukacja",
    ("przeciwdziałanie", "sg", "dyskryminacji"): "przeciwdzialanie-dyskryminacji",
    ("mieszkalnictwo", "sg", ""): "mieszkalnictwo",
    ("zatrudnienie", "sg", ""): "zatrudnienie",
    ("rynek", "sg", "pracy"): "zatrudnienie",
    ("opieka", "sg", "+zdrowotny"): "zdrowie",
    ("ochrona", "sg", "zdrowia"): "zdrowie",
    ("pomoc", "sg", "+społeczny"): "pomoc-spoleczna",
    ("dialog", "sg", "+międzykulturowy"): "miedzykulturowosc",
    ("partycypacja", "sg", ""): "partycypacja",
    ("bezpieczeństwo", "sg", ""): "bezpieczenstwo",
    ("uchodźca", "pl", ""): "ochrona-miedzynarodowa",
}
# what the programme does for it, in the genitive (none of them a theme word)
ACTIONS = ("wsparcie", "rozwój", "poprawa", "promocja", "wzmocnienie")
SERVED = ("cudzoziemiec", "migrant", "imigrant", "mieszkaniec", "repatriant")
# theme words a programme is not named by alone ('Program wsparcia uchodźców', not 'Program
# uchodźców')
NEEDS_AN_ACTION = {"rynek", "uchodźca", "bezpieczeństwo", "mieszkalnictwo", "opieka"}


def programme_head(case: str) -> str:
    """'Program', 'Programu', 'Programowi' … (morfeusz2; of SGJP's two genitives, 'programa' and
    'programu', the one the pages write)."""
    forms = [
        orth
        for orth, parts in generated("program")
        if parts[0] == ("subst",) and "sg" in parts[1] and case in parts[2]
    ]
    return capitalise(forms[-1])


def subject_phrase(rng: random.Random) -> tuple[str, str]:
    """'integracji cudzoziemców', 'wsparcia opieki zdrowotnej migrantów', 'rozwoju rynku pracy'
    (the words in the genitive by morfeusz2): a programme's subject and its theme."""
    (lexeme, number, after), theme = rng.choice(sorted(PROGRAMME_THEMES.items()))
    words = [noun(lexeme, number, "gen")]
    if after.startswith("+"):
        words.append(adjective(after[1:], number, "gen", gender_of(lexeme)))
    elif after:
        words.append(after)
    if lexeme in NEEDS_AN_ACTION or (rng.random() < 0.5 and lexeme != "przeciwdziałanie"):
        words.insert(0, noun(rng.choice(ACTIONS), "sg", "gen"))
    if rng.random() < 0.5 and lexeme not in ("uchodźca", "dialog"):
        words.append(noun(rng.choice(SERVED), "pl", "gen"))
    return " ".join(words), THEME + theme


# the case of the programme's head inside the quotes -> sentences
PROGRAMME_FRAMES = {
    "nom": "„{P}” {was} przyjęty przez Radę Miasta.",
    "gen": "Działania prowadzone są w ramach „{P}”.",
    "dat": "Radni przyjrzeli się „{P}” na sesji.",
    "acc": "Rada Miasta przyjęła „{P}” w marcu.",
    "inst": "Zgodnie z „{P}” miasto otworzy punkt dla cudzoziemców.",
    "loc": "O „{P}” mówiono na sesji rady.",
}


@dataclass(frozen=True)
class ProgrammeCase:
    title: str  # the title in the nominative ('Program integracji cudzoziemców …')
    themes: tuple[str, ...]
    text: str
    template: str


def programme_title(rng: random.Random) -> tuple[str, tuple[str, ...]]:
    """'integracji cudzoziemców w Łodzi na lata 2023–2027': one subject or two joined by 'i',
    a seat or not, years or not; and its themes."""
    first, theme = subject_phrase(rng)
    themes = [theme]
    rest = first
    if rng.random() < 0.25:
        second, other = subject_phrase(rng)
        while other == theme:
            second, other = subject_phrase(rng)
        rest += f" i {second}"
        themes.append(other)
    if rng.random() < 0.4:
        rest += f" {w(rng.choice(cities()))}"
    if rng.random() < 0.4:
        year = rng.randrange(2018, 2026)
        rest += f" na lata {year}–{year + rng.choice((3, 4, 5))}"
    return rest, tuple(dict.fromkeys(themes))


def programme_case(rng: random.Random) -> ProgrammeCase:
    """'Rada Miasta przyjęła „Program integracji cudzoziemców w Łodzi na lata 2023–2027”.',
    'Działania prowadzone są w ramach „Programu wsparcia edukacji migrantów”.': the head
    'Program' declined inside the quotes in the case the frame needs (morfeusz2)."""
    rest, themes = programme_title(rng)
    case = rng.choice(sorted(PROGRAMME_FRAMES))
    head = programme_head(case)
    text = PROGRAMME_FRAMES[case].format(P=f"{head} {rest}", was="został")
    return ProgrammeCase(f"Program {rest}", themes, text, case)


def programme_iris(ctx: DocumentContext) -> list[str]:
    return [i for i in ctx.entities if "/programme/" in i]


def the_programmes_themes(ctx: DocumentContext, case: ProgrammeCase) -> tuple[bool, str]:
    found_iris = [i for i in labelled(ctx, case.title) if "/programme/" in i]
    found = {str(o) for i in found_iris for o in objects(ctx, i, "theme")}
    missing = [short(t) for t in case.themes if t not in found]
    return bool(found_iris) and not missing, (
        f"„{case.title}” themes {[short(t) for t in case.themes]}; missing {missing}; "
        f"programmes {[short(i) for i in programme_iris(ctx)]}"
    )


def test_a_descriptive_programme_has_the_themes_it_names(pages: Pages) -> None:
    results, templates = measured(pages, programme_case, the_programmes_themes, count=MANY)
    value = tallied("'„Program integracji cudzoziemców w Łodzi …”': its themes", results, templates)
    assert value >= 0.98  # measured 100% (base13 0%)


# a brand's adjectives (agreeing with its noun) and what it is for
BRAND_ADJECTIVES = ("otwarty", "wspólny", "nowy", "bezpieczny", "dobry", "przyjazny")
BRANDS = {
    "program „Brand”": "Miasto przystąpiło do programu „{B}”.",
    "Program „Brand”": "Miasto realizuje Program „{B}”.",
    "„Program Brand”": "Miasto realizuje „Program {B}”.",
}
# theme nouns a brand may hold (the lexeme, its theme)
BRAND_NOUNS = {
    "edukacja": "edukacja",
    "szkoła": "edukacja",
    "zdrowie": "zdrowie",
    "mieszkanie": "mieszkalnictwo",
    "integracja": "integracja",
    "bezpieczeństwo": "bezpieczenstwo",
    "partycypacja": "partycypacja",
}


def brand_case(rng: random.Random) -> ProgrammeCase:
    """A programme named by a brand that holds a theme word: 'Miasto przystąpiło do programu
    „Otwarta Edukacja”.', 'Miasto realizuje Program „Bezpieczne Mieszkanie”.', 'Miasto realizuje
    „Program Wspólne Zdrowie”.' (capitalised words, the adjective agreeing with the noun by
    morfeusz2, before or after it)."""
    lexeme, theme = rng.choice(sorted(BRAND_NOUNS.items()))
    gender = gender_of(lexeme)
    noun_ = capitalise(noun(lexeme, "sg", "nom"))
    adjective_ = capitalise(adjective(rng.choice(BRAND_ADJECTIVES), "sg", "nom", gender))
    brand = f"{adjective_} {noun_}" if rng.random() < 0.7 else f"{noun_} {adjective_}"
    if rng.random() < 0.3:
        brand += (
            f" dla {capitalise(noun(rng.choice(('miasto', 'wszyscy', 'sąsiad')), 'pl', 'gen'))}"
        )
    key = rng.choice(sorted(BRANDS))
    return ProgrammeCase(brand, (THEME + theme,), BRANDS[key].format(B=brand), key)


def no_programme_theme(ctx: DocumentContext, case: ProgrammeCase) -> tuple[bool, str]:
    found = {str(o) for i in programme_iris(ctx) for o in objects(ctx, i, "theme")}
    wrong = [short(t) for t in case.themes if t in found]
    return not wrong, (
        f"no theme {[short(t) for t in case.themes]}; has {wrong}; "
        f"programmes {[short(i) for i in programme_iris(ctx)]}"
    )


def test_a_brand_programme_has_no_theme(pages: Pages) -> None:
    results, templates = measured(pages, brand_case, no_programme_theme, count=CONTROL)
    value = tallied("'programu „Otwarta Edukacja”': no theme", results, templates)
    assert value >= NEGATIVE


# --- 5. "rozmowa" in the sentences of a dated event: its themes ------------------------------------

# the form of 'rozmowa' -> (the case of the theme words, coming, past)
TALKS = {
    "rozmowa (nom sg)": (
        "gen",
        "Rozmowa będzie toczyć się wokół {X}.",
        "Rozmowa toczyła się wokół {X}.",
    ),
    "rozmowy (nom pl)": (
        "loc",
        "Uczestnicy poprowadzą rozmowy o {X}.",
        "Uczestnicy prowadzili rozmowy o {X}.",
    ),
    "rozmowy (gen sg)": (
        "loc",
        "Będzie to okazja do rozmowy o {X}.",
        "Była to okazja do rozmowy o {X}.",
    ),
    "rozmowie (dat)": (
        "loc",
        "Druga część posłuży rozmowie o {X}.",
        "Druga część posłużyła rozmowie o {X}.",
    ),
    "rozmowę (acc)": (
        "loc",
        "Uczestnicy podejmą rozmowę o {X}.",
        "Uczestnicy podjęli rozmowę o {X}.",
    ),
    "rozmową (inst)": (
        "loc",
        "Część oficjalną zakończy rozmowa o {X}.",
        "Część oficjalna zakończyła się rozmową o {X}.",
    ),
    "rozmowach (loc pl)": (
        "loc",
        "W rozmowach o {X} wezmą udział przedstawiciele miast.",
        "W rozmowach o {X} wzięli udział przedstawiciele miast.",
    ),
}


def talk_case(rng: random.Random) -> LeadCase:
    """'12 maja 2023 r. w Krakowie odbyło się spotkanie. Uczestnicy prowadzili rozmowy o
    mieszkalnictwie i edukacji.': the event's sentence (tests told_event), then a sentence with
    'rozmowa' in one of its forms and one or two theme words (morfeusz2, in the case the frame
    needs), in the tense of the event."""
    told = told_event(rng)
    key = rng.choice(sorted(TALKS))
    case, coming, done = TALKS[key]
    words, themes = themes_phrase(rng, case)
    talk = (coming if told.future else done).format(X=words)
    text = f"{told.sentence} {talk}"
    tense = "coming" if told.future else "past"
    return LeadCase(told.day, told.city, themes, text, f"{key} | {tense}", iso(told.published))


def test_talks_after_a_dated_event_give_its_themes(pages: Pages) -> None:
    results, templates = measured_dated(pages, talk_case, its_themes, MANY)
    parts = [t.split(" | ") for t in templates]
    value = tallied(
        "'… odbyło się spotkanie. Uczestnicy prowadzili rozmowy o …': its themes",
        results,
        [p[0] for p in parts],
    )
    breakdown("by the tense", results, [p[1] for p in parts])
    assert value >= 0.98  # measured 100% (base13 0%)


# theme words in sentences with no word of discussion: the case -> the sentence
NO_TALKS = {
    "acc": "Miasto inwestuje w {X}.",
    "gen": "W mieście brakuje {X}.",
    "inst": "Miasto zajmuje się {X} od lat.",
    "nom": "{X_cap} to ważna sprawa dla miasta.",
}


def no_talk_case(rng: random.Random) -> LeadCase:
    """The theme words after the event's sentence in a sentence with no word of discussion
    ('Miasto ma nowe mieszkania.', 'Miasto inwestuje w mieszkalnictwo.', 'W mieście brakuje
    szkół.')."""
    told = told_event(rng)
    themes: tuple[str, ...]
    if rng.random() < 0.2:
        text, themes, key = "Miasto ma nowe mieszkania.", (THEME + "mieszkalnictwo",), "ma nowe"
    else:
        key = rng.choice(sorted(NO_TALKS))
        words, themes = themes_phrase(rng, key)
        text = NO_TALKS[key].format(X=words, X_cap=capitalise(words))
    return LeadCase(
        told.day, told.city, themes, f"{told.sentence} {text}", key, iso(told.published)
    )


def test_theme_words_with_no_talk_give_no_theme(pages: Pages) -> None:
    results, templates = measured_dated(pages, no_talk_case, none_of_its_themes, CONTROL)
    value = tallied(
        "'… odbyło się spotkanie. Miasto ma nowe mieszkania.': no theme", results, templates
    )
    assert value >= NEGATIVE
