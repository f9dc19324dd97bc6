"""Four rules about told events, the heads of bodies' names and a project's own page, on forms
they were not written from.

1. A capitalised name of two words or more headed by "straż", "inspekcja", "kuratorium",
   "służba", "obserwatorium" or "spółdzielnia" is an organisation, labelled in the nominative
   (extract/names.py ORGANISATION_HEADS): "Przedstawiciele Straży Granicznej …" -> "Straż
   Graniczna". Names are drawn in three shapes: the head and SGJP adjectives agreeing with it
   ("Państwowa Straż Pożarna", "Inspekcja Weterynaryjna", "Spółdzielnia Socjalna"), the head
   and genitive nouns (an adjective before it or not: "Państwowa Inspekcja Pracy", "Małopolskie
   Kuratorium Oświaty", "Obserwatorium Wielokulturowości i Migracji", "Spółdzielnia Kobiet"),
   and an adjective after the head with whose it is ("Straż Miejska Miasta Krakowa", "Służba
   Celna Rzeczypospolitej Polskiej", "Obserwatorium Społeczne Województwa Pomorskiego"); the
   head and its adjectives are put by morfeusz2 into each of the seven cases, the vocative too,
   in two sentence frames a case ("Przedstawiciele X wzięli udział w spotkaniu.", "Omówiono
   działania X.", "Współpracujemy z X.", "X przeprowadziła kontrolę …" the verb agreeing,
   "Dziękujemy Ci, X, za lata współpracy."). Negative control: the same sentences with the
   name in lower case ("Przedstawiciele straży granicznej …", "Do współpracy zaproszono także
   ochotniczą straż pożarną.", "Uczestnicy odwiedzili służbę zdrowia.") make no organisation.
2. "Organizują je X i Y." after a dated event in a city ("Spotkanie odbędzie się 12 maja 2023
   r. w Krakowie.", "Konferencja odbyła się w Gdańsku 3.10.2022 r.") makes each body after the
   verb the event's ump:organiser (events.py ORGANISER, the finite "(współ)organizuje",
   "organizują", "organizował(a/o/y)", "organizowali" and the pronoun). Nine event nouns
   (spotkanie, webinarium, seminarium, szkolenie, konferencja, debata, zjazd, kongres,
   warsztaty), sometimes with a title; the verb "odbyć się" agreeing (morfeusz2); the day in
   five ways (tests/test_events_real_pages polish_day); the pronoun agreeing with the noun (je,
   ją, go; je for "warsztaty"); the present after a coming event, the past (agreeing with one
   body, "-li" or "-ły" for several) after a past one; one to three bodies joined by ",", "i",
   "oraz": made-up bodies (tests/pages_templates organisation_of), "Urząd Miasta <city's
   genitive>" (the reference office), "Unia Metropolii Polskich" with "(UMP)" or not. Also
   PARTICIPATION "moderuje"/"moderują": "Debatę moderuje Anna Kos.", "Moderuje ją …",
   "Dyskusję moderują A i B." (SGJP people in the nominative) after the event's sentence or after
   "Organizatorem jest X." make each person the event's ump:participant. Negative control: the
   same bodies after a verb that is not organising ("Patronują mu X i Y.", "Dziękujemy X za
   pomoc.", "Gratulujemy X …", "Relację z niej przygotowały X.", the datives by morfeusz2) are
   no organiser.
3. A list item that opens with an event noun and its quoted title, with no day and no city
   ("- **Debata „T”** (strona.pl). Debata odbywa się online. Organizują ją X oraz Y. Debatę
   moderuje Z."), is the event its next sentences tell of (events.py opens_its_clause in
   detect_events): the titled event gets their organisers and participants. Event nouns
   debata, spotkanie, konferencja, seminarium, webinarium, warsztaty in the nominative,
   capitalised; titles of three to eight words (an SGJP noun, an agreeing adjective or not,
   genitive nouns, small words between); the head bold or not, a site in brackets or not;
   one to three items under an introduction, a heading or nothing; a page's items all in the
   new wordings ("Organizują ją X oraz Y", "Debatę moderuje Z") or all in wordings read before
   the rule ("Organizatorem jest X", "Organizatorami są X i Y", "Debatę poprowadzi Z"), which
   measure the item's reading alone. Negative control: the titled event named in passing in the
   middle of a sentence ("Po debacie „T” uczestnicy rozeszli się.", "Nagranie debaty „T” jest
   dostępne w sieci.", "Niedawno zakończyła się debata „T”.", "Uczestnicy debaty „T” rozmawiali
   o pracy."), as a list item or a paragraph, gets no organiser from the sentence after it
   ("Organizują ją X.").
4. On a page whose title names exactly one project and that names no other, theme words in any
   sentence that holds no event are the project's ump:theme (relations.py
   themes_of_the_pages_project). The title "Projekt „T”", "T", "O projekcie „T”" or "„T” – o
   projekcie" (T from tests/test_bodies_projects_pages title_of, naming no theme); the body
   names the project ("Projekt „T” jest realizowany w Gdańsku od 2019 roku.", "„T” to projekt
   …") and its leader, then one to three sentences in the first paragraph or the next name a
   theme by a phrase of graph/reference/themes.ttl (kurs, lekcja, nauka języka polskiego ->
   edukacja; doradztwo, poradnictwo, aktywizacja zawodowa, pośrednictwo pracy -> zatrudnienie;
   pomoc, wsparcie psychologiczne, opieka medyczna, profilaktyka -> zdrowie; zakwaterowanie,
   mieszkanie -> mieszkalnictwo; pomoc społeczna; dialog międzykulturowy), the noun and its
   adjective in six cases (morfeusz2), in frames with no verb of an offer ("Uczestnicy
   skorzystają z kursów języka polskiego.", "Ważnym elementem jest doradztwo zawodowe.",
   "Dużo uwagi poświęcamy pomocy psychologicznej.", "Przewidziano także zakwaterowanie.").
   Negative controls: the same page naming a second project ("Projekt jest kontynuacją
   projektu „T2”."), under a title that names no project ("Aktualności"), or with the theme
   words only in an event's sentence ("Szkolenie o doradztwie zawodowym odbyło się 12 maja
   2022 r. w Krakowie.") gives the project none of those themes.

Each rule is measured over 160 cases drawn by hypothesis (derandomized seeds; rule 3 over 200,
half of them in the wordings read before), each negative control over 120; the rate is printed
with -s, with each wording's share and the failing pages, and each bar is the rate measured
less about two points. Measured when the file was written (main / base13, the code before the
rules):
1. 96.9% / 0%; adjectives only or a genitive complement 100% / 0%.
2. organisers 76.9% / 0% (neither a "Biuro …" among the bodies nor "(UMP)" before another body
   100% / 0%); moderators 100% / 0.6%. After the two misses below were mended: 100%.
3. 70.0% / 0% (neither a "Biuro …" nor "(UMP)" before another body 100% / 0%; of those, the
   wordings read before the rule 100% / 0%). After the mending: 100%.
4. 100% / 0%.
Every negative control 100% on both.

Known misses (kept among the cases; the two of rules 2 and 3 mended since, their bars raised):
- rule 1: an adjective after the head, then whose the body is, in an oblique case where the
  adjective agrees with the next noun keeps its case in the label: "Omówiono działania
  Obserwatorium Migracyjnego Miasta Katowic." -> "Obserwatorium Migracyjnego Miasta Katowic",
  "Miasto przekazało Inspekcji Sanitarnej Rzeczypospolitej Polskiej …" -> "Inspekcja
  Sanitarnej Rzeczypospolitej Polskiej" (21/26 of that shape; "Straży Miejskiej Miasta
  Krakowa" is read, the genders differ);
- rules 2 and 3: a made-up "Biuro …" (tests/pages_templates HEADS; a unit to the names layer)
  is no organiser after the verb, nor is a body after it in the chain ("Organizuje ją Biuro
  Wsparcia Uchodźców." gives none; the older "Organizatorem jest Biuro …" neither): 0/28 cases
  of rule 2, 0/46 of rule 3; an acronym in brackets breaks the chain before the next body
  ("Organizują je Unia Metropolii Polskich (UMP) i Centrum X." -> the UMP only): 0/8, 0/13;
  both mended (events.py organisations_after reads units and skips an acronym in brackets):
  28/28, 46/46, 8/8, 13/13;
- not measured (rule 3's cases avoid it): the plural "poprowadzą" ("Debatę poprowadzą A i B.")
  made no participant (PARTICIPATION read "(po)prowadzi…" only); it reads "(po)prowadzą" now.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from functools import cache

from tests.pages_templates import UMP_ORG, gender_of, organisation_of, person_of, slug, z
from tests.relations_pages import Pages, labelled, measured, objects, person_iri
from tests.relations_templates import (
    NEGATIVE,
    UMP,
    Named,
    Person,
    capitalise,
    cities,
    draw,
    generated,
    noun_lexeme,
    office_of,
    tallied,
    title_nouns,
    w,
)
from tests.test_bodies_projects_pages import adjective, breakdown, noun, share
from tests.test_bodies_projects_pages import title_of as project_title_of
from tests.test_events_properties import past
from tests.test_events_real_pages import (
    EVENT_NOUNS,
    end,
    event_noun,
    iso,
    measured_dated,
    polish_day,
    titled,
)
from ump_kg.extract.context import DocumentContext, Event
from ump_kg.extract.pipeline import knowledge

MANY = 160  # cases a rule (hypothesis may repeat a seed; at least 150 remain)
CONTROL = 120  # cases a negative control
ITEMS = 200  # cases of the list items' rule (half of them in the wordings read before)
SEVEN = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")
THEME = "https://w3id.org/ump-kg/id/theme/"


def short(iri: object) -> str:
    return str(iri).rsplit("/", 1)[-1]


def finite(lexeme: str, number: str) -> str:
    """The third person of the present tense ('organizuje', 'moderują'), by morfeusz2."""
    for orth, parts in generated(lexeme):
        if parts[0] == ("fin",) and number in parts[1] and "ter" in parts[2]:
            return orth
    raise AssertionError((lexeme, number))


def joined(rng: random.Random, names: list[str]) -> str:
    """'A', 'A i B', 'A oraz B', 'A, B i C', 'A, B oraz C', 'A, B, C'."""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + rng.choice((" i ", " oraz ", ", ")) + names[-1]


def organisations_found(ctx: DocumentContext) -> list[str]:
    return sorted(
        f"{short(i)}={e.label_pl!r}" for i, e in ctx.entities.items() if "/organisation/" in i
    )


def facts_of(ctx: DocumentContext, prop: str) -> list[str]:
    return [f"{short(f.s)} {short(f.o)}" for f in ctx.facts if f.p == UMP + prop]


# --- 1. services, inspectorates, observatories and co-operatives are bodies ---------------------

# head -> (its gender, adjectives before it, adjectives after it, genitive complements after it:
# lexemes in the genitive, ':pl' for the plural, '+' an adjective agreeing with the noun before,
# 'i' joins two)
SERVICE_HEADS: dict[
    str, tuple[str, tuple[str, ...], tuple[str, ...], tuple[tuple[str, ...], ...]]
] = {
    "straż": (
        "f",
        ("państwowy", "ochotniczy"),
        ("graniczny", "miejski", "pożarny", "gminny", "leśny", "marszałkowski"),
        (),
    ),
    "inspekcja": (
        "f",
        ("państwowy", "wojewódzki", "główny"),
        ("handlowy", "sanitarny", "weterynaryjny", "farmaceutyczny"),
        (
            ("praca",),
            ("transport", "+drogowy"),
            ("ochrona", "środowisko"),
            ("jakość", "+handlowy"),
        ),
    ),
    "kuratorium": (
        "n",
        ("małopolski", "śląski", "pomorski", "mazowiecki", "lubelski", "opolski", "podkarpacki"),
        (),
        (("oświata",),),
    ),
    "służba": (
        "f",
        ("państwowy",),
        ("celny", "więzienny", "cywilny", "geologiczny", "hydrogeologiczny"),
        (("ochrona", "państwo"), ("kontrwywiad", "+wojskowy"), ("zdrowie",)),
    ),
    "obserwatorium": (
        "n",
        ("regionalny", "krajowy", "europejski"),
        ("społeczny", "migracyjny", "demograficzny"),
        (
            ("wielokulturowość", "i", "migracja:pl"),
            ("migracja:pl",),
            ("rynek", "praca"),
            ("różnorodność",),
            ("polityka", "+miejski"),
            ("integracja", "cudzoziemiec:pl"),
        ),
    ),
    "spółdzielnia": (
        "f",
        (),
        ("socjalny", "mieszkaniowy", "rolniczy", "spożywczy"),
        (("kobieta:pl",), ("sąsiad:pl",), ("migrant:pl",), ("inwalida:pl",)),
    ),
}


def complement_of(spec: tuple[str, ...]) -> str:
    """'Wielokulturowości i Migracji', 'Transportu Drogowego': each word in the genitive, an
    adjective agreeing with its noun (morfeusz2)."""
    words: list[str] = []
    last = ("", "sg")
    for token in spec:
        if token == "i":
            words.append("i")
        elif token.startswith("+"):
            lexeme, number = last
            words.append(capitalise(adjective(token[1:], number, "gen", gender_of(lexeme))))
        else:
            lexeme, _, number = token.partition(":")
            last = (lexeme, number or "sg")
            words.append(capitalise(noun(lexeme, number or "sg", "gen")))
    return " ".join(words)


@dataclass(frozen=True)
class Service:
    label: str
    head: str
    gender: str
    shape: str
    forms: tuple[tuple[str, str], ...]

    def form(self, case: str) -> str:
        return dict(self.forms)[case]


OWNERS = ("city", "voivodeship", "Rzeczypospolitej Polskiej")


def owner_of(rng: random.Random) -> str:
    """Whose service it is, in the genitive: 'Miasta Krakowa', 'Województwa Pomorskiego',
    'Rzeczypospolitej Polskiej'."""
    owner = rng.choice(OWNERS)
    if owner == "city":
        return f"Miasta {rng.choice(cities()).form('gen')}"
    if owner == "voivodeship":
        place = rng.choice(("pomorski", "śląski", "lubelski", "opolski", "mazowiecki", "łódzki"))
        return f"Województwa {capitalise(adjective(place, 'sg', 'gen', 'n'))}"
    return owner


def service_of(rng: random.Random) -> Service:
    """'Straż Graniczna', 'Państwowa Inspekcja Pracy', 'Małopolskie Kuratorium Oświaty',
    'Obserwatorium Wielokulturowości i Migracji', 'Spółdzielnia Socjalna Kobiet', 'Straż Miejska
    Miasta Krakowa': the head and its adjectives in each of the seven cases (morfeusz2), the
    genitive complement as it is. Three shapes: adjectives only; a genitive complement (an
    adjective before the head or not); an adjective after the head and whose it is."""
    head = rng.choice(sorted(SERVICE_HEADS))
    gender, before, after, complements = SERVICE_HEADS[head]
    shapes = [s for s, ok in (("adjectives", after), ("complement", complements)) if ok]
    shape = rng.choice(shapes)
    if after and rng.random() < 0.2:
        shape = "adjective, owner"
    first = rng.choice(before) if before and rng.random() < 0.4 else None
    then = rng.choice(after) if shape != "complement" else None
    if shape == "complement":
        rest = complement_of(rng.choice(complements))
    elif shape == "adjective, owner":
        rest, first = owner_of(rng), None
    else:
        rest = ""
    forms = []
    for case in SEVEN:
        words = [capitalise(noun(head, "sg", case))]
        if first:
            words.insert(0, capitalise(adjective(first, "sg", case, gender)))
        if then:
            words.append(capitalise(adjective(then, "sg", case, gender)))
        if rest:
            words.append(rest)
        forms.append((case, " ".join(words)))
    return Service(dict(forms)["nom"], head, gender, shape, tuple(forms))


# the case of the name -> sentences it stands in
SERVICE_FRAMES = {
    "nom": (
        "{X} {did} kontrolę w ośrodku dla cudzoziemców.",
        "W spotkaniu {took} udział także {X}.",
    ),
    "gen": (
        "Przedstawiciele {X} wzięli udział w spotkaniu.",
        "Omówiono działania {X}.",
    ),
    "dat": (
        "Miasto przekazało {X} nowe pomieszczenia.",
        "Podziękowano {X} za współpracę.",
    ),
    "acc": (
        "Do współpracy zaproszono także {X}.",
        "Uczestnicy odwiedzili {X}.",
    ),
    "inst": (
        "Współpracujemy {z_X}.",
        "Rozmowy {z_X} trwają od roku.",
    ),
    "loc": (
        "O {X} mówiono podczas sesji rady.",
        "Informacje o {X} są na stronie urzędu.",
    ),
    "voc": (
        "Dziękujemy Ci, {X}, za lata współpracy.",
        "Gratulujemy, {X}!",
    ),
}


@dataclass(frozen=True)
class ServiceCase:
    service: Service
    text: str
    template: str


def service_sentence(rng: random.Random, service: Service, case: str, lower: bool) -> str:
    written = service.form(case)
    if lower:
        written = written.lower()
    sentence = rng.choice(SERVICE_FRAMES[case]).format(
        X=written,
        z_X=z(written),
        did=past("przeprowadzić", "sg", service.gender),
        took=past("wziąć", "sg", service.gender),
    )
    return capitalise(sentence)


def service_case(rng: random.Random) -> ServiceCase:
    service = service_of(rng)
    case = rng.choice(SEVEN)
    text = service_sentence(rng, service, case, lower=False)
    return ServiceCase(service, text, f"{case} | {service.head} | {service.shape}")


def a_body_labelled(ctx: DocumentContext, case: ServiceCase) -> tuple[bool, str]:
    found = [i for i in labelled(ctx, case.service.label) if "/organisation/" in i]
    # (since session 14 the reference data knows "Straż Graniczna": a mention of that body
    # names it as well as a new body would)
    known = [
        m.iri
        for m in ctx.mentions
        if "/organisation/" in m.iri and ctx.label_pl(m.iri) == case.service.label
    ]
    return bool(found or known), f"a body {case.service.label!r}; found {organisations_found(ctx)}"


def test_a_service_or_inspectorate_is_a_body(pages: Pages) -> None:
    results, templates = measured(pages, service_case, a_body_labelled, count=MANY)
    parts = [t.split(" | ") for t in templates]
    value = tallied(
        "'Przedstawiciele Straży Granicznej …': a body 'Straż Graniczna'",
        results,
        [p[0] for p in parts],
    )
    breakdown("by the head", results, [p[1] for p in parts])
    shapes = [p[2] for p in parts]
    breakdown("by the shape", results, shapes)
    read = share(
        "  adjectives only, or a genitive complement", results, shapes, {"adjectives", "complement"}
    )
    # measured 96.9% (base13 0%): an adjective after the head before whose the body is
    # ('Obserwatorium Migracyjnego Miasta Katowic') keeps its case in the label
    assert value >= 0.95
    assert read >= 0.98  # measured 100% (base13 0%)


def lower_case(rng: random.Random) -> ServiceCase:
    """The same words in lower case ('straż pożarna przyjechała', 'przedstawiciele służby
    celnej'): a common noun, no body."""
    service = service_of(rng)
    case = rng.choice(SEVEN)
    text = service_sentence(rng, service, case, lower=True)
    return ServiceCase(service, text, f"{case}")


def no_body(ctx: DocumentContext, case: ServiceCase) -> tuple[bool, str]:
    found = organisations_found(ctx)
    return not found, f"no body; found {found}"


def test_the_words_in_lower_case_make_no_body(pages: Pages) -> None:
    results, templates = measured(pages, lower_case, no_body, count=CONTROL)
    value = tallied("'straż pożarna przyjechała': no body", results, templates)
    assert value >= NEGATIVE


# --- 2. "Organizują je X i Y." after a dated event; "Debatę moderuje Z." -----------------------

# the pronoun that agrees with the event noun, in the accusative and in the dative
IT_ACC = {"n": "je", "f": "ją", "m3": "go", "pl": "je"}
IT_DAT = {"n": "mu", "f": "jej", "m3": "mu", "pl": "im"}
ORGANISING = ("organizować", "współorganizować")


@dataclass(frozen=True)
class Organiser:
    written: dict[str, str]  # case -> as written ('nom', 'dat')
    key: str  # the label of a new body, or the IRI of a reference one
    gender: str


def organiser_of(rng: random.Random) -> Organiser:
    """A made-up body (tests/pages_templates organisation_of), a city's office ('Urząd Miasta
    Lublina', the reference office), or the Union ('Unia Metropolii Polskich', with its acronym
    in brackets or not)."""
    how = rng.randrange(10)
    if how < 6:
        body = organisation_of(rng)
        return Organiser(
            {c: body.form(c) for c in ("nom", "dat")}, body.label, gender_of(body.label.split()[0])
        )
    if how < 8:
        (city,) = draw(rng, cities())
        gen = city.form("gen")
        return Organiser(
            {"nom": f"Urząd Miasta {gen}", "dat": f"Urzędowi Miasta {gen}"}, office_of(city), "m3"
        )
    acronym = " (UMP)" if rng.random() < 0.3 else ""
    return Organiser(
        {"nom": f"Unia Metropolii Polskich{acronym}", "dat": f"Unii Metropolii Polskich{acronym}"},
        UMP_ORG,
        "f",
    )


def organisers_of(rng: random.Random) -> list[Organiser]:
    count = rng.choice((1, 1, 2, 2, 3))
    found: list[Organiser] = []
    while len(found) < count:
        body = organiser_of(rng)
        if all(body.key != b.key for b in found):
            found.append(body)
    return found


@dataclass(frozen=True)
class ToldCase:
    day: dt.date
    city: Named
    bodies: tuple[str, ...]  # labels or IRIs of the bodies the sentence names
    people: tuple[Person, ...]
    text: str
    template: str
    published: str


@dataclass(frozen=True)
class Told:
    """A dated event in a city: the sentence, its noun's lexeme and gender, and the day."""

    sentence: str
    lexeme: str
    gender: str  # n | f | m3 | pl
    future: bool
    day: dt.date
    city: Named
    published: dt.date


def told_event(rng: random.Random, lexemes: tuple[str, ...] | None = None, about: str = "") -> Told:
    """'Spotkanie odbędzie się 12 maja 2023 r. w Krakowie.', 'Konferencja „T” odbyła się w
    Gdańsku 3.10.2022 r.' (the verb agreeing with the noun, morfeusz2; the page published before
    the day of a coming event, after the day of a past one)."""
    (city,) = draw(rng, cities())
    lexeme = rng.choice(lexemes or tuple(sorted(EVENT_NOUNS)))
    gender = EVENT_NOUNS[lexeme]
    number = "pl" if gender == "pl" else "sg"
    future = rng.random() < 0.5
    day = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(365 * 6))
    if future:
        held = "odbędą się" if number == "pl" else "odbędzie się"
        published = day - dt.timedelta(days=rng.randrange(3, 40))
    else:
        held = past("odbyć", number, "n" if number == "pl" else gender) + " się"
        published = day + dt.timedelta(days=rng.randrange(1, 20))
    subject = capitalise(event_noun(lexeme, "nom"))
    if about:
        subject += f" o {about}"
    elif rng.random() < 0.3:
        subject += f" „{project_title_of(rng)}”"
    when = polish_day(rng, day)
    sentence = rng.choice(
        (f"{subject} {held} {when} {w(city)}", f"{subject} {held} {w(city)} {when}")
    )
    return Told(end(sentence), lexeme, gender, future, day, city, published)


def organising_verb(rng: random.Random, told: Told, bodies: list[Organiser]) -> tuple[str, str]:
    """'Organizują', 'Współorganizuje', 'Organizowała' (agreeing with the one body),
    'Organizowały' / 'Organizowali' (several): the present for a coming event, the past for a
    past one. Returns the verb and its key."""
    lexeme = rng.choice(ORGANISING)
    number = "sg" if len(bodies) == 1 else "pl"
    if told.future:
        return capitalise(finite(lexeme, number)), f"present {number}"
    if number == "sg":
        return capitalise(past(lexeme, "sg", bodies[0].gender)), "past sg"
    gender = rng.choice(("m1", "f"))
    return capitalise(past(lexeme, "pl", gender)), f"past pl {'-li' if gender == 'm1' else '-ły'}"


def hard(bodies: list[Organiser]) -> str:
    """What the organisers' chain is known to miss: a 'Biuro …' (a unit to the names layer) or
    an acronym in brackets before another body ('Unia Metropolii Polskich (UMP) i …')."""
    found = []
    if any(b.written["nom"].startswith("Biuro") for b in bodies):
        found.append("a Biuro")
    if any(b.written["nom"].endswith(")") for b in bodies[:-1]):
        found.append("(UMP) before another")
    return ", ".join(found) or "neither"


def organised_case(rng: random.Random) -> ToldCase:
    """'Spotkanie odbędzie się 12 maja 2023 r. w Krakowie. Organizują je Fundacja X i Urząd
    Miasta Y.': one to three bodies after the verb and the pronoun of the event told."""
    told = told_event(rng)
    bodies = organisers_of(rng)
    verb, key = organising_verb(rng, told, bodies)
    it = IT_ACC[told.gender]
    second = f"{verb} {it} {joined(rng, [b.written['nom'] for b in bodies])}."
    text = f"{told.sentence} {second}"
    if rng.random() < 0.3:
        text += " " + rng.choice(
            ("Udział jest bezpłatny.", "Obowiązują zapisy.", "Wstęp wolny dla wszystkich.")
        )
    template = f"{key} | {len(bodies)} bod{'y' if len(bodies) == 1 else 'ies'} | {hard(bodies)}"
    return ToldCase(
        told.day,
        told.city,
        tuple(b.key for b in bodies),
        (),
        text,
        template,
        iso(told.published),
    )


def the_event(ctx: DocumentContext, case: ToldCase) -> list[Event]:
    return [e for e in ctx.events if e.first == case.day and e.city == case.city.iri]


def body_iris(ctx: DocumentContext, key: str) -> set[str]:
    return {key} if key.startswith("http") else set(labelled(ctx, key))


def organise_it(ctx: DocumentContext, case: ToldCase) -> tuple[bool, str]:
    found = {str(o) for e in the_event(ctx, case) for o in objects(ctx, e.iri, "organiser")}
    missing = [short(k) for k in case.bodies if not body_iris(ctx, k) & found]
    return not missing, f"organisers {[short(k) for k in case.bodies]}; missing {missing}"


def test_organizuja_je_after_a_dated_event(pages: Pages) -> None:
    results, templates = measured_dated(pages, organised_case, organise_it, MANY)
    parts = [t.split(" | ") for t in templates]
    value = tallied(
        "'Spotkanie odbędzie się … . Organizują je X i Y.': organisers",
        results,
        [p[0] for p in parts],
    )
    breakdown("by the bodies' number", results, [p[1] for p in parts])
    breakdown("by what the chain is known to miss", results, [p[2] for p in parts])
    read = share(
        "  neither a Biuro nor (UMP) before another", results, [p[2] for p in parts], {"neither"}
    )
    # measured 76.9% (base13 0%) when written: a 'Biuro …' organised nothing and broke the chain
    # after it, an acronym in brackets broke it before the next body; 100% since both mended
    assert value >= 0.98
    assert read >= 0.98  # measured 100% (base13 0%)


MODERATED = {
    "Debatę moderuje X": "{Event_acc} {moderates} {people}.",
    "Moderuje ją X": "{Moderates} {it} {people}.",
    "Dyskusję moderuje X": "Dyskusję {moderates} {people}.",
}


def moderated_case(rng: random.Random) -> ToldCase:
    """'Debata odbędzie się 12 maja 2023 r. w Krakowie. Debatę moderuje Anna Kos.': one or two
    people (SGJP), the verb agreeing ('moderuje', 'moderują'), after the event's sentence or after
    a sentence of its organisers."""
    told = told_event(rng)
    taken: set[str] = set()
    people = [person_of(rng, taken) for _ in range(rng.choice((1, 1, 2)))]
    key = rng.choice(sorted(MODERATED))
    moderates = finite("moderować", "sg" if len(people) == 1 else "pl")
    sentence = MODERATED[key].format(
        Event_acc=capitalise(event_noun(told.lexeme, "acc")),
        moderates=moderates,
        Moderates=capitalise(moderates),
        it=IT_ACC[told.gender],
        people=joined(rng, [p.nominative for p in people]),
    )
    between = ""
    if rng.random() < 0.4:
        body = organisation_of(rng)
        between = f" Organizatorem jest {body.label}."
    text = f"{told.sentence}{between} {sentence}"
    template = f"{key.replace('X', 'X i Y' if len(people) > 1 else 'X')}"
    return ToldCase(told.day, told.city, (), tuple(people), text, template, iso(told.published))


def take_part(ctx: DocumentContext, case: ToldCase) -> tuple[bool, str]:
    found = {str(o) for e in the_event(ctx, case) for o in objects(ctx, e.iri, "participant")}
    missing = [p.nominative for p in case.people if person_iri(ctx, p) not in found]
    return not missing, f"participants {[p.nominative for p in case.people]}; missing {missing}"


def test_debate_moderuje_x_takes_part(pages: Pages) -> None:
    results, templates = measured_dated(pages, moderated_case, take_part, MANY)
    value = tallied("'Debatę moderuje Anna Kos.': a participant", results, templates)
    assert value >= 0.98  # measured 100% (base13 0.6%)


NOT_ORGANISING = {
    "Patronują mu X": "{Patronise} {it_dat} {bodies_nom}.",
    "Dziękujemy X": "Dziękujemy {bodies_dat} za pomoc.",
    "Gratulujemy X": "Gratulujemy {bodies_dat} udanych działań.",
    "Relację przygotowały X": "Relację z {it_gen} {prepared} {bodies_nom}.",
}
IT_GEN = {"n": "niego", "f": "niej", "m3": "niego", "pl": "nich"}


def not_organised_case(rng: random.Random) -> ToldCase:
    """The same bodies after a verb that is not organising: 'Patronują mu X i Y.', 'Dziękujemy
    X.' (the dative), 'Relację z niego przygotowała X.'"""
    told = told_event(rng)
    bodies = organisers_of(rng)
    key = rng.choice(sorted(NOT_ORGANISING))
    number = "sg" if len(bodies) == 1 else "pl"
    second = NOT_ORGANISING[key].format(
        Patronise=capitalise(finite("patronować", number)),
        it_dat=IT_DAT[told.gender],
        it_gen=IT_GEN[told.gender],
        bodies_nom=joined(rng, [b.written["nom"] for b in bodies]),
        bodies_dat=joined(rng, [b.written["dat"] for b in bodies]),
        prepared=past("przygotować", number, bodies[0].gender if number == "sg" else "f"),
    )
    return ToldCase(
        told.day,
        told.city,
        tuple(b.key for b in bodies),
        (),
        f"{told.sentence} {second}",
        key,
        iso(told.published),
    )


def organise_nothing(ctx: DocumentContext, case: ToldCase) -> tuple[bool, str]:
    found = {str(f.o) for f in ctx.facts if f.p == UMP + "organiser"}
    wrong = [short(k) for k in case.bodies if body_iris(ctx, k) & found]
    return not wrong, f"no organiser; organisers {wrong}"


def test_bodies_after_another_verb_organise_nothing(pages: Pages) -> None:
    results, templates = measured_dated(pages, not_organised_case, organise_nothing, CONTROL)
    value = tallied("'Patronują mu X i Y.', 'Dziękujemy X.': no organiser", results, templates)
    assert value >= NEGATIVE


# --- 3. a list item that opens with a titled event tells of it in its next sentences ---------

# the event nouns an item may open with
ITEM_EVENTS = ("debata", "spotkanie", "konferencja", "seminarium", "webinarium", "warsztaty")
SMALL_WORDS = ("i", "w", "dla", "bez", "oraz", "wobec", "przed")


@cache
def title_words() -> tuple[tuple[str, str, str], ...]:
    """SGJP common nouns (tests/relations_templates title_nouns) with their lexeme and gender."""
    found = []
    for word in title_nouns():
        read = noun_lexeme(word.lower(), None, None)
        if read is None or read[1] != "sg":
            continue
        gender = gender_of(word.lower())
        found.append((word, read[0], gender))
    return tuple(found)


def event_title(rng: random.Random) -> str:
    """A title of three to eight words: a noun (SGJP), an adjective agreeing with it or not, then
    nouns in the genitive, a small word between some ('Przystań dobra i sąsiedztwa', 'Wspólny
    ogród bez granicy dialogu')."""
    while True:
        word, _, gender = rng.choice(title_words())
        words = [word]
        if rng.random() < 0.5:
            words.append(
                adjective(rng.choice(("wspólny", "nowy", "otwarty", "dobry")), "sg", "nom", gender)
            )
        for _ in range(rng.randrange(1, 5)):
            if rng.random() < 0.4:
                words.append(rng.choice(SMALL_WORDS))
            _, lexeme, _ = rng.choice(title_words())
            words.append(noun(lexeme, "sg", "gen"))
        if 3 <= len(words) <= 8:
            return " ".join(words)


# the wordings of an item's organisers and moderators: the new verbs, or those read before the
# rule (which hold the event told only by the rule's reading of the item)
ITEM_WORDINGS = {
    "new": (
        ("Organizują ją X oraz Y", "{Organise} {it} {bodies}."),
        ("Debatę moderuje Z", "{Event_acc} {moderates} {people}."),
    ),
    "read before": (
        ("Organizatorem jest X", "{Organisers_are} {bodies}."),
        ("Debatę poprowadzi Z", "{Event_acc} poprowadzi {people}."),
    ),
}
ITEM_BETWEEN = (
    "",
    "{Event} {is_held} online.",
    "Udział jest bezpłatny.",
    "Transmisja będzie dostępna na stronie.",
)


@dataclass(frozen=True)
class Item:
    title: str
    bodies: tuple[str, ...]
    people: tuple[Person, ...]


@dataclass(frozen=True)
class ItemCase:
    items: tuple[Item, ...]
    text: str
    template: str
    published: str


def item_line(rng: random.Random, taken: set[str], family: str) -> tuple[str, Item, str]:
    """'- **Debata „T”** (strona.pl). Debata odbywa się online. Organizują ją X oraz Y. Debatę
    moderuje Z.' (or 'Organizatorem jest X. Debatę poprowadzi Z.', the wordings read before)."""
    lexeme = rng.choice(ITEM_EVENTS)
    gender = EVENT_NOUNS.get(lexeme, "n")
    number = "pl" if gender == "pl" else "sg"
    title = event_title(rng)
    nominative = capitalise(event_noun(lexeme, "nom"))
    site = slug(title.split()[0]) + rng.choice((".pl", ".org.pl", ".eu"))
    head = rng.choice(
        (
            f"- **{nominative} „{title}”** ({site}).",
            f"- **{nominative} „{title}”**.",
            f"- {nominative} „{title}” ({site}).",
        )
    )
    bodies = organisers_of(rng)
    (_, organised_frame), (_, moderated_frame) = ITEM_WORDINGS[family]
    # (one person after "poprowadzi": the plural "poprowadzą" is read by neither)
    count = rng.choice((0, 1, 1, 2)) if family == "new" else rng.choice((0, 1))
    people = [person_of(rng, taken) for _ in range(count)]
    values = {
        "Organise": capitalise(finite(rng.choice(ORGANISING), "sg" if len(bodies) == 1 else "pl")),
        "it": IT_ACC[gender],
        "bodies": joined(rng, [b.written["nom"] for b in bodies]),
        "Organisers_are": "Organizatorem jest" if len(bodies) == 1 else "Organizatorami są",
        "Event_acc": capitalise(event_noun(lexeme, "acc")),
        "moderates": finite("moderować", "sg" if len(people) == 1 else "pl"),
        "people": joined(rng, [p.nominative for p in people]) if people else "",
        "Event": nominative,
        "is_held": "odbywa się" if number == "sg" else "odbywają się",
    }
    sentences = [rng.choice(ITEM_BETWEEN), organised_frame, moderated_frame if people else ""]
    rest = " ".join(s.format(**values) for s in sentences if s)
    item = Item(title, tuple(b.key for b in bodies), tuple(people))
    return f"{head} {rest}", item, hard(bodies)


ITEM_INTROS = ("", "Polecamy wydarzenia:", "## Wydarzenia", "W tym miesiącu zapraszamy na:")


def item_case(rng: random.Random) -> ItemCase:
    """A list of one to three such items (under an introduction or a heading, or none), all in
    the new wordings or all in those read before."""
    taken: set[str] = set()
    family = rng.choice(sorted(ITEM_WORDINGS))
    lines: list[str] = []
    items: list[Item] = []
    misses: set[str] = set()
    for _ in range(rng.choice((1, 1, 2, 3))):
        line, item, missed = item_line(rng, taken, family)
        if item.title in [i.title for i in items]:
            continue
        lines.append(line)
        items.append(item)
        misses.add(missed)
    intro = rng.choice(ITEM_INTROS)
    text = "\n".join(lines)
    if intro:
        text = f"{intro}\n\n{text}"
    published = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(365 * 6))
    wording = " / ".join(w[0] for w in ITEM_WORDINGS[family])
    missed = ", ".join(sorted(misses - {"neither"})) or "neither"
    return ItemCase(tuple(items), text, f"{family}: {wording} | {missed}", iso(published))


def each_item_told(ctx: DocumentContext, case: ItemCase) -> tuple[bool, str]:
    missing = []
    for item in case.items:
        events = titled(ctx, item.title)
        organisers = {str(o) for e in events for o in objects(ctx, e.iri, "organiser")}
        participants = {str(o) for e in events for o in objects(ctx, e.iri, "participant")}
        missing += [short(k) for k in item.bodies if not body_iris(ctx, k) & organisers]
        missing += [p.nominative for p in item.people if person_iri(ctx, p) not in participants]
    return not missing, f"each item's organisers and moderators; missing {missing}"


def test_an_item_opening_with_a_titled_event_tells_of_it(pages: Pages) -> None:
    results, templates = measured_dated(pages, item_case, each_item_told, ITEMS)
    value = tallied(
        "'- **Debata „T”** (…). Organizują ją X oraz Y. Debatę moderuje Z.': the event's",
        results,
        [t.split(" | ")[0] for t in templates],
    )
    misses = [t.split(" | ")[1] for t in templates]
    breakdown("by what the organisers' chain is known to miss", results, misses)
    read = share("  neither a Biuro nor (UMP) before another", results, misses, {"neither"})
    before = share(
        "  of those, the wordings read before the rule (only the item's event is new)",
        results,
        templates,
        {t for t in templates if t.startswith("read before") and t.endswith("| neither")},
    )
    # measured 70.0% (base13 0%) when written, the organisers' chain missing as in rule 2;
    # 100% since it was mended
    assert value >= 0.98
    assert read >= 0.98  # measured 100% (base13 0%)
    assert before >= 0.98  # measured 100% (base13 0%)


PASSING = {
    "Po debacie „T” uczestnicy rozeszli się": "Po {event_loc} „{title}” uczestnicy rozeszli się.",
    "Nagranie debaty „T” jest w sieci": "Nagranie {event_gen} „{title}” jest dostępne w sieci.",
    # ("niedawno", not "wczoraj": since session 28 "wczoraj" names a day, and a sentence that
    # dates the event tells it rather than naming it in passing)
    "Niedawno zakończyła się debata „T”": "Niedawno {ended} się {event_nom} „{title}”.",
    "Uczestnicy debaty „T” rozmawiali": "Uczestnicy {event_gen} „{title}” rozmawiali o pracy.",
}


def passing_case(rng: random.Random) -> ItemCase:
    """The titled event named in passing in the middle of a sentence, the organisers' sentence
    after it: 'Po debacie „T” uczestnicy rozeszli się. Organizują ją X.' (in a list item or a
    paragraph)."""
    lexeme = rng.choice(ITEM_EVENTS)
    gender = EVENT_NOUNS.get(lexeme, "n")
    number = "pl" if gender == "pl" else "sg"
    title = event_title(rng)
    key = rng.choice(sorted(PASSING))
    first = PASSING[key].format(
        event_loc=event_noun(lexeme, "loc"),
        event_gen=event_noun(lexeme, "gen"),
        event_nom=event_noun(lexeme, "nom"),
        ended=past("zakończyć", number, "n" if number == "pl" else gender),
        title=title,
    )
    bodies = organisers_of(rng)
    verb = capitalise(finite(rng.choice(ORGANISING), "sg" if len(bodies) == 1 else "pl"))
    second = f"{verb} {IT_ACC[gender]} {joined(rng, [b.written['nom'] for b in bodies])}."
    listed = rng.random() < 0.5
    text = f"{'- ' if listed else ''}{first} {second}"
    published = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(365 * 6))
    template = f"{key} ({'an item' if listed else 'a paragraph'})"
    return ItemCase(
        (Item(title, tuple(b.key for b in bodies), ()),), text, template, iso(published)
    )


def not_its_organisers(ctx: DocumentContext, case: ItemCase) -> tuple[bool, str]:
    (item,) = case.items
    organisers = {str(o) for e in titled(ctx, item.title) for o in objects(ctx, e.iri, "organiser")}
    wrong = [short(k) for k in item.bodies if body_iris(ctx, k) & organisers]
    return not wrong, f"„{item.title}” organised by none; by {wrong}"


def test_an_event_named_in_passing_gets_no_organiser(pages: Pages) -> None:
    results, templates = measured_dated(pages, passing_case, not_its_organisers, CONTROL)
    value = tallied(
        "'Po debacie „T” uczestnicy rozeszli się. Organizują ją X.'", results, templates
    )
    assert value >= NEGATIVE


# --- 4. a project's own page: theme words anywhere on it are the project's themes ------------

# (head lexeme, its numbers, an adjective agreeing with it, a genitive after it) -> theme
THEME_PHRASES = {
    ("kurs", ("pl", "sg"), "", "języka polskiego"): "edukacja",
    ("lekcja", ("pl",), "", "języka polskiego"): "edukacja",
    ("nauka", ("sg",), "", "języka polskiego"): "edukacja",
    ("doradztwo", ("sg",), "zawodowy", ""): "zatrudnienie",
    ("poradnictwo", ("sg",), "zawodowy", ""): "zatrudnienie",
    ("aktywizacja", ("sg",), "zawodowy", ""): "zatrudnienie",
    ("pośrednictwo", ("sg",), "", "pracy"): "zatrudnienie",
    ("pomoc", ("sg",), "psychologiczny", ""): "zdrowie",
    ("wsparcie", ("sg",), "psychologiczny", ""): "zdrowie",
    ("opieka", ("sg",), "medyczny", ""): "zdrowie",
    ("profilaktyka", ("sg",), "", ""): "zdrowie",
    ("zakwaterowanie", ("sg",), "", ""): "mieszkalnictwo",
    ("mieszkanie", ("pl", "sg"), "", ""): "mieszkalnictwo",
    ("pomoc", ("sg",), "społeczny", ""): "pomoc-spoleczna",
    ("dialog", ("sg",), "międzykulturowy", ""): "miedzykulturowosc",
}
# the phrase's case -> sentences with no verb of a project's offer ('oferuje', 'obejmuje',
# 'prowadzi', 'w ramach' … are read by the older rule project_themes)
THEME_FRAMES = {
    "nom": ("Ważnym elementem {is} {X}.", "{X_cap} {enjoy} się dużym zainteresowaniem."),
    "gen": ("Uczestnicy skorzystają z {X}.", "Nie zabraknie także {X}."),
    "dat": ("Dużo uwagi poświęcamy {X}.", "Przyglądamy się także {X}."),
    "acc": ("Przewidziano także {X}.", "Uczestnicy otrzymają {X}."),
    "inst": ("Uczestnicy są zainteresowani {X}.", "Zajmujemy się również {X}."),
    "loc": ("Dużo mówimy o {X}.", "Na spotkaniach grupy rozmawiamy o {X}."),
}


def theme_phrase(rng: random.Random, case: str) -> tuple[str, str, str]:
    """'kursów języka polskiego', 'doradztwem zawodowym', 'pomoc psychologiczną' (the noun and
    its adjective in the case, morfeusz2): the phrase, its theme's IRI, its number."""
    (head, numbers, after, complement), theme = rng.choice(sorted(THEME_PHRASES.items()))
    number = rng.choice(numbers)
    words = [noun(head, number, case)]
    if after:
        words.append(adjective(after, number, case, gender_of(head)))
    if complement:
        words.append(complement)
    return " ".join(words), THEME + theme, number


def theme_sentence(rng: random.Random) -> tuple[str, str, str]:
    """(the sentence, its theme, the case of its phrase)."""
    case = rng.choice(sorted(THEME_FRAMES))
    words, theme, number = theme_phrase(rng, case)
    values = {
        "X": words,
        "X_cap": capitalise(words),
        "is": "jest" if number == "sg" else "są",
        "enjoy": "cieszy" if number == "sg" else "cieszą",
    }
    return rng.choice(THEME_FRAMES[case]).format(**values), theme, case


def project_title(rng: random.Random) -> str:
    """A project's title (tests/test_bodies_projects_pages title_of) that names no theme."""
    while True:
        title = project_title_of(rng)
        if not knowledge().themes.find(title):
            return title


PAGE_TITLES = ("Projekt „{T}”", "{T}", "O projekcie „{T}”", "„{T}” – o projekcie")
OTHER_TITLES = ("Aktualności", "Nasze działania", "Z życia fundacji", "Projekty")


@dataclass(frozen=True)
class ProjectCase:
    project: str
    themes: tuple[str, ...]
    title: str
    text: str
    template: str


def project_opening(rng: random.Random, name: str) -> str:
    (city,) = draw(rng, cities())
    year = rng.randrange(2016, 2024)
    return rng.choice(
        (
            f"Projekt „{name}” jest realizowany {w(city)} od {year} roku.",
            f"„{name}” to projekt {w(city)} trwający od {year} do {year + 2} roku.",
            f"Projekt „{name}” rozpoczął się {w(city)} w {year} roku.",
        )
    )


def event_theme_sentence(rng: random.Random) -> tuple[str, str, str]:
    """The theme words in a sentence that holds an event: 'Szkolenie o doradztwie zawodowym
    odbyło się 12 maja 2022 r. w Krakowie.'"""
    words, theme, _ = theme_phrase(rng, "loc")
    told = told_event(rng, ("spotkanie", "szkolenie", "konferencja", "warsztaty"), about=words)
    return told.sentence, theme, "loc"


def project_page(
    rng: random.Random, title: str | None = None, other: bool = False, event: bool = False
) -> ProjectCase:
    """A project's page: its title names the project ('Projekt „T”', 'T', 'O projekcie „T”');
    an opening sentence names it; one to three sentences say what it is on in theme words, in
    the page's first paragraph or a later one, with no verb of an offer ('Uczestnicy skorzystają
    z kursów języka polskiego.', 'Ważnym elementem jest doradztwo zawodowe.'). With `other`, a
    second project is named too."""
    name = project_title(rng)
    leader = organisation_of(rng)
    lines = [project_opening(rng, name)]
    lines.append(
        rng.choice((f"Liderem projektu jest {leader.label}.", f"Projekt realizuje {leader.label}."))
    )
    themed = [theme_sentence(rng) for _ in range(rng.choice((1, 2, 3)))]
    if event:
        themed = [event_theme_sentence(rng)]
    if other:
        second = project_title(rng)
        realised = past("realizować", "sg", gender_of(leader.label.split()[0]))
        lines.append(
            rng.choice(
                (
                    f"Projekt jest kontynuacją projektu „{second}”.",
                    f"Wcześniej {leader.label} {realised} projekt „{second}”.",
                )
            )
        )
    paragraphs = [" ".join(lines)]
    if rng.random() < 0.5:
        paragraphs.append(" ".join(s[0] for s in themed))
    else:
        paragraphs[0] += " " + " ".join(s[0] for s in themed)
    if rng.random() < 0.4:
        paragraphs.append("Udział w projekcie jest bezpłatny. Zapraszamy do kontaktu.")
    page_title = (title or rng.choice(PAGE_TITLES)).format(T=name)
    themes = tuple(dict.fromkeys(s[1] for s in themed))
    template = f"{themed[0][2]} | {title or 'titled'}"
    return ProjectCase(name, themes, page_title, "\n\n".join(paragraphs), template)


def project_iris(ctx: DocumentContext, name: str) -> list[str]:
    return [i for i in labelled(ctx, name) if "/project/" in i]


def the_projects_themes(ctx: DocumentContext, case: ProjectCase) -> tuple[bool, str]:
    found = {str(o) for p in project_iris(ctx, case.project) for o in objects(ctx, p, "theme")}
    missing = [short(t) for t in case.themes if t not in found]
    return bool(project_iris(ctx, case.project)) and not missing, (
        f"„{case.project}” themes {[short(t) for t in case.themes]}; missing {missing}; "
        f"themes {facts_of(ctx, 'theme')}"
    )


def test_theme_words_on_a_projects_page_are_its_themes(pages: Pages) -> None:
    results, templates = measured(pages, project_page, the_projects_themes, count=MANY, titled=True)
    value = tallied(
        "'Projekt „T”' page: 'Uczestnicy skorzystają z kursów języka polskiego.': its themes",
        results,
        [t.split(" | ")[0] for t in templates],
    )
    assert value >= 0.98  # measured 100% (base13 0%)


def other_page(rng: random.Random) -> ProjectCase:
    """The same page naming a second project, or under a title that does not name it; or the
    project's own page with the theme words only in a sentence that holds an event."""
    how = rng.randrange(5)
    if how < 2:
        case = project_page(rng, other=True)
        template = "two projects named"
    elif how < 4:
        case = project_page(rng, title=rng.choice(OTHER_TITLES))
        template = "the title names none"
    else:
        case = project_page(rng, event=True)
        template = "its own page, the words in an event's sentence"
    return ProjectCase(case.project, case.themes, case.title, case.text, template)


def no_theme_of_the_project(ctx: DocumentContext, case: ProjectCase) -> tuple[bool, str]:
    found = {str(o) for p in project_iris(ctx, case.project) for o in objects(ctx, p, "theme")}
    wrong = [short(t) for t in case.themes if t in found]
    return not wrong, f"„{case.project}” none of {[short(t) for t in case.themes]}; has {wrong}"


def test_theme_words_on_another_page_are_not_the_projects(pages: Pages) -> None:
    results, templates = measured(
        pages, other_page, no_theme_of_the_project, count=CONTROL, titled=True
    )
    value = tallied("two projects, or a title naming none: no theme", results, templates)
    assert value >= NEGATIVE
