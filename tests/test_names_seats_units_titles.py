"""Four rules about bodies set up beside others, programmes named without quotes, and names
with a seat or a town's adjective, on forms they were not written from.

1. A body followed by a participle of setting up or working and "przy" before another body in
   the locative is ump:unitOf that body (relations.py units_of_offices, WORKS_BESIDE):
   "Centrum Badań nad Migracjami, działające przy Uniwersytecie Ekonomicznym w Krakowie, …".
   First bodies are "Centrum", "Pracownia", "Obserwatorium", "Laboratorium", "Instytut" with
   genitive complements (tests/test_bodies_projects_pages subject_of: "Socjologii Stosowanej",
   "Badań nad Migracjami", "Studiów Europejskich"; tests/pages_templates complement:
   "Wspierania Migrantów"), the head put by morfeusz2 into each of six cases in two sentence
   frames a case; the participle of "działać", "funkcjonować", "istnieć" (pact) or "utworzyć",
   "powołać", "afiliować" (ppas) agrees with the head in case and gender (morfeusz2), after a
   comma or not; the second body in the locative is a made-up foundation, association or society
   (tests/pages_templates organisation_of), a university ("Uniwersytecie Łódzkim", "Politechnice
   Śląskiej", "Uniwersytecie Medycznym w Lublinie", tests/test_bodies_projects_pages
   university_of) or a reference body ("Urzędzie Miasta Krakowa", "Urzędzie Miejskim w
   Gdańsku", "Urzędzie m.st. Warszawy", "Unii Metropolii Polskich", "Komisji Europejskiej").
   Negative control: the same bodies with no "przy" ("X od lat współpracuje z Y.", "X,
   działające w Krakowie, współpracuje z Y.", "X i Y podpisały porozumienie …", "X zaprosiło
   do współpracy Y.") have no ump:unitOf between them.
2. Two to five capitalised words after the lower-case word for a programme or project, the first
   read as a nominative and not as a genitive, are its title (names.py
   unquoted_initiative_titles, title_in_apposition): "Zajęcia odbywają się w ramach programu
   Otwarty Kraków." makes a programme labelled "Otwarty Kraków" ("projekt…" a project). The
   word is put by morfeusz2 into six cases ("program", "programu", "programowi", "programem",
   "programie"; "projekt", "projektu", "projektowi", "projektem", "projekcie"; of the two
   genitives morfeusz2 makes of "program", "programu", not the rare "programa"), two frames a
   case; titles are an SGJP adjective in the nominative agreeing (morfeusz2) with an SGJP noun
   ("Otwarta Kawiarenka", tests/test_bodies_projects_pages gendered_nouns), a reference city
   ("Otwarty Kraków", "Otwarta Łódź", "Otwarte Katowice"), people in the plural ("Aktywni
   Obywatele", "Dobrzy Sąsiedzi"), a noun and a second adjective ("Wspólny Ogród Sąsiedzki"),
   or a noun that heads bodies' names ("Bezpieczny Dom", "Otwarty Klub"). Negative control: a
   body in the genitive after the word ("w ramach programu Unii Europejskiej", "projektem
   Urzędu Miasta Krakowa", "programie Fundacji Wspierania Migrantów", "projektu Fundacji
   Przystań") or a person ("Koordynatorka projektu Anna Kos przedstawiła wyniki.",
   "Koordynatorem projektu jest Jan Kos.", "wystąpił lider projektu Jan Kos", SGJP people)
   makes no programme or project at all.
3. (a) A page that names a body with its seat after it ("Centrum Integracyjne dla Cudzoziemców
   we Wrocławiu", two or three times, its acronym in brackets before the seat in one of them or
   not) more often than with the town's adjective before it ("Wrocławskie Centrum Integracyjne
   dla Cudzoziemców", once or twice, fewer), maybe once bare ("Centrum Integracyjne dla
   Cudzoziemców"), gives one body labelled with the seat (names.py same_body_same_name,
   town_adjective_for_seat). Names as in rule 4, in six cases, two frames a case, in any
   order; the twelve reference cities and their adjectives (białostocki … wrocławski, their
   forms by morfeusz2); and, about one case in seven each, a "Punkt …" ("Punkt Informacyjny dla
   Cudzoziemców") and a head with a genitive complement before "dla" ("Centrum Wsparcia dla
   Migrantów"). (b) "Fundacja X" and "Fundacja X Polska" (or "Stowarzyszenie …"), each once or
   twice, in any order and six cases, are one body labelled "Fundacja X Polska"
   (names_same_body); X is capital letters no dictionary reads (tests/test_bodies_projects_pages
   acronym_words: "Fundacja QZT Polska") or an SGJP noun in the nominative ("Fundacja Przystań
   Polska"). Negative control: the same name with its seat in one town and another town's
   adjective before it ("Centrum Integracyjne dla Cudzoziemców w Krakowie", "Gdańskie Centrum
   Integracyjne dla Cudzoziemców") is two bodies: the other town's mentions are not the seated
   ones' body (whatever each is labelled).
4. A seat-taking head (names.py SEAT_HEADS: "centrum", "ośrodek", "instytut", "biuro") with
   adjectives and then "dla <whom>" or "ds. <what>" keeps the seat after it in its name, and
   the body is ump:inCity the seat's city (names.py takes_seat): "Podziękowano Centrum
   Integracyjnemu dla Cudzoziemców we Wrocławiu …" -> "Centrum Integracyjne dla Cudzoziemców we
   Wrocławiu". One or two SGJP adjectives ("Integracyjne", "Międzykulturowe Centrum Doradcze")
   agreeing with the head, both put by morfeusz2 into six cases, two frames a case (none where
   something is held in the body, which makes a venue); "dla" and one or two plural nouns in the
   genitive ("dla Migrantów i Uchodźców") or "ds." and a genitive ("ds. Integracji", "ds.
   Cudzoziemców"); the acronym in brackets before the seat or not; the twelve reference cities;
   a "Punkt …" in about one case in seven. Negative control: a foundation's, association's or
   society's own name with its town after it ("Fundacja Wspierania Migrantów w Krakowie",
   "Przedstawiciele Stowarzyszenia Przystań w Lublinie …", six cases) keeps its name without
   the seat.

Each rule is measured over 160 cases drawn by hypothesis (derandomized seeds), each negative
control over 120; the rate is printed with -s, with each wording's share and the failing pages,
and each bar is the rate measured less about two points. Measured when the file was written
(main / base13, the code before the rules):
1. 100% / 0%.
2. 65.0% / 0%; the cases none of the misses below touches 100% (104/104) / 0%.
3. (a) 65.0% / 0%; a seat head and adjectives (no "Punkt", no complement) 100% (104/104) / 0%.
   (b) 100% / 0%.
4. 80.0% / 0%; the heads of SEAT_HEADS 100% (128/128) / 0%.
Negative controls: 1, 2 and 4 100% on both; 3 100% / 15.8% (base13 kept no seat in the name, so
the bare "Centrum X" of one town was made the same body as "Gdańskie Centrum X" of another).
After the known misses marked "mended" below: rule 2 83.8% (134/160), rules 3 (a) and 4 100%.

Known misses (kept among the cases; the bars are the measured rates):
- rule 2: the locative "projekcie" is not read (UNQUOTED_TITLE_AFTER_KIND reads "projekt" +
  "u|em|ie|owi", and the locative of "projekt" is "projekcie"): "O projekcie Otwarty Szczecin
  mówiono podczas sesji rady." makes no project (0/16); mended (the pattern reads "projekcie");
- rule 2: a title whose noun heads bodies' names is made a body: "Uczestnicy programu Nowy
  Klub spotkali się …", "Miasto realizuje projekt Odważny Dom …" -> an organisation "Odważny
  Dom", no project (0/15);
- rule 2: a first word morfeusz2 also reads as a genitive of another lexeme fails
  title_in_apposition: "Nowy", "Dobry", "Młody", "Odważny" (women's surnames, undeclined),
  "Dobra" (of "dobro"), "Nowi" (of "nów"), "Młodzi" (of "młódź"): "Dzięki projektowi Nowy
  Wrocław powstały …", "Współpracujemy z programem Dobra Centrownica …" make none (0/25);
  mended for the surnames' readings (a surname's genitive does not count), "Dobra", "Nowi",
  "Młodzi" stand;
- rules 3 and 4: "punkt" is not in SEAT_HEADS, so "Punkt Konsultacyjny dla Migrantów w Lublinie"
  is labelled "Punkt Konsultacyjny dla Migrantów" (in Lublin) and a page writing it with the
  seat twice and "Lubelski Punkt …" once gets one body labelled "Lubelski Punkt Konsultacyjny
  dla Migrantów" (rule 4 0/32, rule 3 0/32); mended ("punkt" takes a seat);
- rule 3: a head with a genitive complement before "dla" takes no seat (takes_seat wants
  adjectives only before "dla"), so "Centrum Wsparcia dla Repatriantów w Krakowie" twice and
  "Krakowskie Centrum Wsparcia dla Repatriantów" once give one body labelled "Krakowskie
  Centrum Wsparcia dla Repatriantów" (0/24); mended (before "dla" or "ds." the words after the
  head do not count).
Seen on the way, on both main and base13, outside these rules (the controls' check does not
depend on them): a town's adjective, another adjective and the head in an oblique case keep the
case in the label ("Współpracujemy z Białostockim Konsultacyjnym Biurem Międzykulturowym dla
Migrantów." -> "Białostocki Konsultacyjnym Biurem Międzykulturowym dla Migrantów"); lower-case
words after "ds. X" go into the name ("Miasto wspiera Centrum Konsultacyjne ds. Migracji od
lat." -> "Centrum Konsultacyjne ds. Migracji od lat").
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from tests.pages_templates import complement, organisation_of, person_of, z
from tests.relations_pages import Pages, labelled, measured, objects
from tests.relations_templates import (
    NEGATIVE,
    UMP,
    Named,
    capitalise,
    cities,
    draw,
    generated,
    noun_lexeme,
    organisations,
    readings,
    tallied,
    w,
)
from tests.test_bodies_projects_pages import (
    acronym_words,
    adjective,
    breakdown,
    gendered_nouns,
    named,
    noun,
    share,
    subject_of,
    university_of,
)
from tests.test_events_properties import past
from tests.test_relations_properties_2 import CITY_ADJECTIVES  # the reference cities' adjectives
from ump_kg.extract.context import DocumentContext

MANY = 160  # cases a rule (hypothesis may repeat a seed; at least 150 remain)
CONTROL = 120  # cases a negative control
SIX = ("nom", "gen", "dat", "acc", "inst", "loc")


def short(iri: object) -> str:
    return str(iri).rsplit("/", 1)[-1]


def bodies_found(ctx: DocumentContext) -> list[str]:
    return sorted(
        f"{short(i)}={e.label_pl!r}" for i, e in ctx.entities.items() if "/organisation/" in i
    )


def facts_of(ctx: DocumentContext, prop: str) -> list[str]:
    return [f"{short(f.s)} {short(f.o)}" for f in ctx.facts if f.p == UMP + prop]


def participle(lexeme: str, pos: str, case: str, gender: str) -> str:
    """'działające', 'funkcjonującą', 'utworzonym', 'afiliowanego': the affirmative participle
    (pact or ppas) in the singular, agreeing in case and gender (morfeusz2)."""
    for orth, parts in generated(lexeme):
        if (
            parts[0] == (pos,)
            and "sg" in parts[1]
            and case in parts[2]
            and gender in parts[3]
            and "aff" in parts[-1]
        ):
            return orth
    raise AssertionError((lexeme, pos, case, gender))


# --- 1. a body working beside another is its unit ----------------------------------------------

# the first body's head -> its gender (the participle agrees with it)
BESIDE_HEADS = {
    "centrum": "n",
    "pracownia": "f",
    "obserwatorium": "n",
    "laboratorium": "n",
    "instytut": "m3",
}
# the verbs of the participle before "przy" -> its kind
BESIDE_VERBS = {
    "działać": "pact",
    "funkcjonować": "pact",
    "istnieć": "pact",
    "utworzyć": "ppas",
    "powołać": "ppas",
    "afiliować": "ppas",
}
# the first body's case -> sentences ({X} the body, {part} the participle, "przy" and the body
# beside, {then} the comma that closes the phrase where a comma opened it)
BESIDE_FRAMES = {
    "nom": (
        "{X}{part}{then} prowadzi badania nad integracją cudzoziemców.",
        "{X}{part}{then} {published} raport o sytuacji migrantów.",
    ),
    "gen": (
        "Przedstawiciele {X}{part}{then} wzięli udział w spotkaniu.",
        "Omówiono działania {X}{part}.",
    ),
    "dat": (
        "Miasto przyznało {X}{part}{then} grant badawczy.",
        "Podziękowano {X}{part}{then} za współpracę.",
    ),
    "acc": (
        "Miasto zaprosiło {X}{part}{then} do współpracy.",
        "Miasto wspiera {X}{part}{then} od lat.",
    ),
    "inst": (
        "Miasto podpisało umowę {z_X}{part}.",
        "Urzędnicy spotkali się {z_X}{part}{then} w sprawie badań.",
    ),
    "loc": (
        "O {X}{part}{then} mówiono podczas sesji rady.",
        "Informacje o {X}{part} są na stronie urzędu.",
    ),
}
BESIDE_BODIES = ("Fundacja", "Stowarzyszenie", "Towarzystwo")
REFERENCE_BESIDE = ("ump", "komisja-europejska")


@dataclass(frozen=True)
class Beside:
    """A body a first body is beside: its forms by case, its label or IRI, its kind."""

    forms: tuple[tuple[str, str], ...]
    key: str
    kind: str

    def form(self, case: str) -> str:
        return dict(self.forms)[case]


@cache
def reference_beside() -> tuple[Named, ...]:
    """The cities' offices ('Urząd Miasta Krakowa', 'Urząd Miejski w Gdańsku', 'Urząd m.st.
    Warszawy'), the Union and the European Commission, declined (tests/relations_templates)."""
    return tuple(
        o
        for o in organisations()
        if o.slug.startswith("urzad-miasta-") or o.slug in REFERENCE_BESIDE
    )


def beside_body(rng: random.Random) -> Beside:
    """A made-up foundation, association or society (tests/pages_templates organisation_of), a
    university ('Uniwersytet Łódzki', 'Uniwersytet Ekonomiczny w Krakowie'), or a reference
    office or body."""
    how = rng.randrange(10)
    if how < 4:
        body = organisation_of(rng)
        while body.label.split()[0] not in BESIDE_BODIES:
            body = organisation_of(rng)
        return Beside(body.forms, body.label, "a foundation or association")
    if how < 7:
        university = university_of(rng)
        return Beside(university.forms, university.label, "a university")
    reference = rng.choice(reference_beside())
    return Beside(reference.forms, reference.iri, "a reference office or body")


@dataclass(frozen=True)
class FirstBody:
    head: str
    rest: str  # the genitive complement, as written

    @property
    def label(self) -> str:
        return f"{capitalise(self.head)} {self.rest}"

    @property
    def gender(self) -> str:
        return BESIDE_HEADS[self.head]

    def form(self, case: str) -> str:
        return f"{capitalise(noun(self.head, 'sg', case))} {self.rest}"


def first_body(rng: random.Random) -> FirstBody:
    """'Centrum Badań nad Migracjami', 'Pracownia Socjologii Stosowanej', 'Obserwatorium
    Wspierania Migrantów', 'Instytut Studiów Europejskich': a head and genitive complements
    (tests/test_bodies_projects_pages subject_of, tests/pages_templates complement)."""
    head = rng.choice(sorted(BESIDE_HEADS))
    rest = subject_of(rng) if rng.random() < 0.6 else complement(rng)
    return FirstBody(head, rest)


@dataclass(frozen=True)
class BesideCase:
    first: str  # the first body's label
    second: str  # the second body's label or IRI
    text: str
    template: str


def beside_sentence(
    rng: random.Random, first: FirstBody, phrase: str, opened: bool, case: str
) -> str:
    return rng.choice(BESIDE_FRAMES[case]).format(
        X=first.form(case),
        z_X=z(first.form(case)),
        part=phrase,
        then="," if opened else "",
        published=rng.choice(
            (
                past("opublikować", "sg", first.gender),
                past("przygotować", "sg", first.gender),
            )
        ),
    )


def beside_case(rng: random.Random) -> BesideCase:
    """'Centrum Badań nad Migracjami, działające przy Uniwersytecie Ekonomicznym w Krakowie,
    prowadzi badania …': the participle agreeing with the first body in case and gender
    (morfeusz2), after a comma or not; the second body in the locative."""
    first = first_body(rng)
    second = beside_body(rng)
    case = rng.choice(SIX)
    verb = rng.choice(sorted(BESIDE_VERBS))
    made = participle(verb, BESIDE_VERBS[verb], case, first.gender)
    opened = rng.random() < 0.7
    phrase = f"{',' if opened else ''} {made} przy {second.form('loc')}"
    text = beside_sentence(rng, first, phrase, opened, case)
    template = f"{case} | {verb} | {second.kind} | {first.head}"
    return BesideCase(first.label, second.key, text, template)


def body_iris(ctx: DocumentContext, key: str) -> set[str]:
    return {key} if key.startswith("http") else set(named(ctx, key))


def units_between(ctx: DocumentContext, case: BesideCase) -> list[str]:
    """The ump:unitOf facts between the case's two bodies, either way."""
    one, two = body_iris(ctx, case.first), body_iris(ctx, case.second)
    return [
        f"{short(f.s)} unitOf {short(f.o)}"
        for f in ctx.facts
        if f.p == UMP + "unitOf"
        and ((f.s in one and str(f.o) in two) or (f.s in two and str(f.o) in one))
    ]


def a_unit_of_it(ctx: DocumentContext, case: BesideCase) -> tuple[bool, str]:
    firsts, seconds = body_iris(ctx, case.first), body_iris(ctx, case.second)
    ok = any(seconds & {str(o) for o in objects(ctx, f, "unitOf")} for f in firsts)
    return ok, (
        f"{case.first!r} unitOf {short(case.second)!r}; bodies {bodies_found(ctx)}; "
        f"unitOf {facts_of(ctx, 'unitOf')}"
    )


def test_a_body_working_beside_another_is_its_unit(pages: Pages) -> None:
    results, templates = measured(pages, beside_case, a_unit_of_it, count=MANY)
    parts = [t.split(" | ") for t in templates]
    value = tallied(
        "'Centrum X, działające przy Uniwersytecie Y': the centre unitOf the university",
        results,
        [p[0] for p in parts],
    )
    breakdown("by the participle", results, [p[1] for p in parts])
    breakdown("by the body beside", results, [p[2] for p in parts])
    breakdown("by the first body's head", results, [p[3] for p in parts])
    assert value >= 0.98  # measured 100% (base13 0%)


# the bodies side by side with no "przy": working with, in a town, joined by "i"
NOT_BESIDE = {
    "X współpracuje z Y": "{X} od lat współpracuje {z_Y}.",
    "X, działające w Krakowie, współpracuje z Y": "{X}, {part} {w_city}, współpracuje {z_Y}.",
    "X i Y podpisały porozumienie": "{X} i {Y} podpisały porozumienie o współpracy.",
    "X zaprosiło Y": "{X} {invited} do współpracy {Y_acc}.",
}


def not_beside_case(rng: random.Random) -> BesideCase:
    """The same bodies working with each other, or the first in a town ('X, działające w
    Krakowie, współpracuje z Y'), or joined by 'i': no unit."""
    first = first_body(rng)
    second = beside_body(rng)
    key = rng.choice(sorted(NOT_BESIDE))
    verb = rng.choice(sorted(BESIDE_VERBS))
    (city,) = draw(rng, cities())
    text = NOT_BESIDE[key].format(
        X=first.form("nom"),
        Y=second.form("nom"),
        Y_acc=second.form("acc"),
        z_Y=z(second.form("inst")),
        part=participle(verb, BESIDE_VERBS[verb], "nom", first.gender),
        w_city=w(city),
        invited=past("zaprosić", "sg", first.gender),
    )
    return BesideCase(first.label, second.key, text, f"{key} | {second.kind}")


def no_unit_between(ctx: DocumentContext, case: BesideCase) -> tuple[bool, str]:
    found = units_between(ctx, case)
    return not found, f"no unitOf between {case.first!r} and {short(case.second)!r}; {found}"


def test_a_body_working_with_another_is_no_unit(pages: Pages) -> None:
    results, templates = measured(pages, not_beside_case, no_unit_between, count=CONTROL)
    value = tallied(
        "'X współpracuje z Y', 'X, działające w Krakowie, …': no unitOf", results, templates
    )
    assert value >= NEGATIVE


# --- 2. an unquoted title after "programu" / "projektu" ----------------------------------------

KINDS = {"program": "/programme/", "projekt": "/project/"}
TITLE_ADJECTIVES = (
    "aktywny", "otwarty", "wspólny", "bezpieczny", "przyjazny", "nowy", "dobry", "zielony",
    "sąsiedzki", "młody", "odważny", "kolorowy",
)  # fmt: skip
# nouns for people in the plural (m1): 'Aktywni Obywatele', 'Dobrzy Sąsiedzi'
PEOPLE_NOUNS = ("obywatel", "sąsiad", "mieszkaniec", "wolontariusz", "przyjaciel", "lider")
# nouns that also head a body's name (names.py BODY_HEADS): 'Bezpieczny Dom', 'Otwarty Klub'
HEAD_NOUNS = ("dom", "klub")
# the case of the word for the programme -> sentences it stands in (the title after it)
KIND_FRAMES = {
    "nom": (
        "{W_city} ruszył {kind} {T}.",
        "Nowy {kind} {T} wystartował w marcu.",
    ),
    "gen": (
        "Zajęcia odbywają się w ramach {kind} {T}.",
        "Uczestnicy {kind} {T} spotkali się w ratuszu.",
    ),
    "dat": (
        "Dzięki {kind} {T} powstały nowe miejsca spotkań.",
        "Przyglądamy się {kind} {T} od roku.",
    ),
    "acc": (
        "Miasto realizuje {kind} {T} od 2020 roku.",
        "Zapraszamy mieszkańców do udziału w naborze na {kind} {T}.",
    ),
    "inst": (
        "Współpracujemy z {kind} {T} od dwóch lat.",
        "Opiekę nad {kind} {T} sprawuje urząd.",
    ),
    "loc": (
        "O {kind} {T} mówiono podczas sesji rady.",
        "W {kind} {T} uczestniczy trzydzieści osób.",
    ),
}


def kind_word(lexeme: str, case: str) -> str:
    """'programu', 'projektem', 'programie', 'projekcie': the singular form morfeusz2 makes
    (of its two genitives of 'program', 'programu': 'programa' is the rare one)."""
    found = [
        orth
        for orth, parts in generated(lexeme)
        if parts[0] == ("subst",) and "sg" in parts[1] and case in parts[2]
    ]
    found = [f for f in found if f != "programa"]
    assert found, (lexeme, case)
    return found[0]


@cache
def city_genders() -> tuple[tuple[Named, str, str], ...]:
    """Each reference city with its number and gender (morfeusz2): 'Kraków' sg m3, 'Łódź' sg f,
    'Katowice' pl."""
    found = []
    for city in cities():
        read = noun_lexeme(city.label, "nazwa_geograficzna", None)
        assert read, city.label
        lexeme, number = read
        gender = next(p[3][0] for lex, p, _ in readings(city.label) if lex == lexeme)
        found.append((city, number, gender))
    return tuple(found)


def title_of(rng: random.Random) -> tuple[str, str]:
    """A title of two or three words, the first an SGJP adjective in the nominative agreeing
    with the noun (morfeusz2): 'Otwarta Kawiarenka', 'Otwarty Kraków', 'Otwarte Katowice',
    'Aktywni Obywatele', 'Wspólny Ogród Sąsiedzki', 'Bezpieczny Dom'; and its shape."""
    how = rng.randrange(16)
    first = rng.choice(TITLE_ADJECTIVES)
    if how < 6:
        word, gender = rng.choice(gendered_nouns())
        return f"{capitalise(adjective(first, 'sg', 'nom', gender))} {word}", "an SGJP noun"
    if how < 9:
        city, number, gender = rng.choice(city_genders())
        made = adjective(first, number, "nom", gender)
        return f"{capitalise(made)} {city.label}", "a city"
    if how < 12:
        people = rng.choice(PEOPLE_NOUNS)
        made = adjective(first, "pl", "nom", "m1")
        return f"{capitalise(made)} {capitalise(noun(people, 'pl', 'nom'))}", "people"
    if how < 14:
        word, gender = rng.choice(gendered_nouns())
        second = rng.choice([a for a in TITLE_ADJECTIVES if a != first])
        made = capitalise(adjective(first, "sg", "nom", gender))
        after = capitalise(adjective(second, "sg", "nom", gender))
        return f"{made} {word} {after}", "an SGJP noun and an adjective"
    head = rng.choice(HEAD_NOUNS)
    made = adjective(first, "sg", "nom", "m3")
    return f"{capitalise(made)} {capitalise(head)}", "a body's head noun"


@dataclass(frozen=True)
class TitleCase:
    title: str
    kind: str  # program | projekt
    text: str
    template: str


def genitive_reading(word: str) -> bool:
    """Whether morfeusz2 reads the word (as written) as a genitive of some lexeme: 'Nowy' (a
    woman's surname, undeclined), 'Dobra' (of 'dobro'), 'Nowi' (of 'nów')."""
    return any("gen" in parts[2] for _, parts, _ in readings(word) if len(parts) > 2)


def known_miss(written: str, title: str, shape: str) -> str:
    """What the rule is known to miss in a case (the first that applies), or 'none'."""
    if written == "projekcie":
        return "'projekcie'"
    if shape == "a body's head noun":
        return "a body's head noun"
    if genitive_reading(title.split()[0]):
        return "a genitive reading of the first word"
    return "none"


def title_case(rng: random.Random) -> TitleCase:
    """'Zajęcia odbywają się w ramach programu Otwarty Kraków.': the word for a programme or
    project in one of six cases (morfeusz2), an unquoted title after it."""
    title, shape = title_of(rng)
    kind = rng.choice(sorted(KINDS))
    case = rng.choice(SIX)
    written = kind_word(kind, case)
    text = rng.choice(KIND_FRAMES[case]).format(
        kind=written, T=title, W_city=capitalise(w(draw(rng, cities())[0]))
    )
    return TitleCase(
        title, kind, text, f"{written} | {shape} | {known_miss(written, title, shape)}"
    )


def the_initiative(ctx: DocumentContext, case: TitleCase) -> tuple[bool, str]:
    found = [i for i in labelled(ctx, case.title) if KINDS[case.kind] in i]
    made = sorted(
        f"{i.split('/')[-2]}/{short(i)}={e.label_pl!r}"
        for i, e in ctx.entities.items()
        if "/programme/" in i or "/project/" in i or "/organisation/" in i
    )
    return bool(found), f"a {KINDS[case.kind].strip('/')} {case.title!r}; made {made}"


def test_an_unquoted_title_after_programu_is_a_programme(pages: Pages) -> None:
    results, templates = measured(pages, title_case, the_initiative, count=MANY)
    parts = [t.split(" | ") for t in templates]
    value = tallied(
        "'w ramach programu Otwarty Kraków': a programme 'Otwarty Kraków'",
        results,
        [p[0] for p in parts],
    )
    breakdown("by the title's shape", results, [p[1] for p in parts])
    misses = [p[2] for p in parts]
    breakdown("by what the rule is known to miss", results, misses)
    read = share("  none of those", results, misses, {"none"})
    # measured 65.0% (base13 0%) when written: 'projekcie', a body's head noun and a first word
    # with a genitive reading were missed; 83.8% since 'projekcie' and the surnames were mended
    assert value >= 0.81
    assert read >= 0.98  # measured 100% (base13 0%)


# a body in the genitive after the word for a programme: 'programu Unii Europejskiej'
GENITIVE_BODIES = ("unia-europejska", "komisja-europejska", "rada-europy", "ump")
# the case of the word -> sentences with a body in the genitive after it ({B})
BODY_AFTER = {
    "gen": "Zajęcia odbywają się w ramach {kind} {B}.",
    "inst": "Współpracujemy z {kind} {B} od dwóch lat.",
    "loc": "O {kind} {B} mówiono podczas sesji rady.",
    "dat": "Dzięki {kind} {B} powstały nowe miejsca spotkań.",
}
# a person after the word: 'koordynatorka projektu Oksana Melnyk'
PERSON_AFTER = {
    "koordynatorka projektu X": "{Coordinator} {kind} {P} przedstawił{a} wyniki.",
    "koordynatorką projektu jest X": "{Coordinator_inst} {kind} jest {P}.",
    "wystąpił lider projektu X": "Na spotkaniu wystąpił{a} {leader} {kind} {P}.",
}


@dataclass(frozen=True)
class NoTitleCase:
    words: str  # what stands after the word
    text: str
    template: str


def genitive_body(rng: random.Random) -> tuple[str, str]:
    """'Unii Europejskiej', 'Urzędu Miasta Krakowa', 'Fundacji Wspierania Migrantów', 'Fundacji
    Przystań' (a foundation's name a noun in the nominative)."""
    how = rng.randrange(4)
    if how == 0:
        body = rng.choice([o for o in organisations() if o.slug in GENITIVE_BODIES])
        return body.form("gen"), "a reference body"
    if how == 1:
        office = rng.choice([o for o in organisations() if o.slug.startswith("urzad-miasta-")])
        return office.form("gen"), "a city's office"
    if how == 2:
        return organisation_of(rng).form("gen"), "a made-up body"
    word, _ = rng.choice(gendered_nouns())
    head = rng.choice(("Fundacji", "Stowarzyszenia"))
    return f"{head} {word}", "Fundacji <a noun>"


def no_title_case(rng: random.Random) -> NoTitleCase:
    """A body in the genitive ('w ramach programu Unii Europejskiej', 'projektem Fundacji X') or
    a person ('Koordynatorka projektu Anna Kos przedstawiła wyniki.') after the word."""
    kind = rng.choice(sorted(KINDS))
    if rng.random() < 0.6:
        case = rng.choice(sorted(BODY_AFTER))
        body, what = genitive_body(rng)
        text = BODY_AFTER[case].format(kind=kind_word(kind, case), B=body)
        return NoTitleCase(body, text, f"a body after {kind_word(kind, case)}: {what}")
    person = person_of(rng, set())
    key = rng.choice(sorted(PERSON_AFTER))
    female = person.gender == "f"
    coordinator = "koordynatorka" if female else "koordynator"
    text = PERSON_AFTER[key].format(
        Coordinator=capitalise(coordinator),
        Coordinator_inst=capitalise(noun(coordinator, "sg", "inst", person.gender)),
        leader="liderka" if female else "lider",
        kind=kind_word(kind, "gen"),
        P=person.nominative,
        a=person.a,
    )
    return NoTitleCase(person.nominative, text, key)


def no_initiative(ctx: DocumentContext, case: NoTitleCase) -> tuple[bool, str]:
    made = [
        f"{short(i)}={e.label_pl!r}"
        for i, e in ctx.entities.items()
        if "/programme/" in i or "/project/" in i
    ]
    return not made, f"no programme or project of {case.words!r}; made {made}"


def test_a_body_or_person_after_programu_is_no_programme(pages: Pages) -> None:
    results, templates = measured(pages, no_title_case, no_initiative, count=CONTROL)
    value = tallied(
        "'programu Unii Europejskiej', 'koordynatorka projektu Anna Kos': none", results, templates
    )
    assert value >= NEGATIVE


# --- 3 and 4. a name with its seat, a town's adjective before it -------------------------------

# seat-taking heads (names.py SEAT_HEADS) -> their gender; 'punkt' is no seat head there
SEAT_NAME_HEADS = {"centrum": "n", "ośrodek": "m3", "instytut": "m3", "biuro": "n"}
POINT = {"punkt": "m3"}
NAME_ADJECTIVES = (
    "integracyjny", "informacyjny", "konsultacyjny", "wielokulturowy", "międzykulturowy",
    "migracyjny", "doradczy", "edukacyjny", "socjalny",
)  # fmt: skip
# whom it serves ('dla Cudzoziemców'), what it is for ('ds. Integracji'): plural (:pl) or not
SERVED = ("cudzoziemiec:pl", "migrant:pl", "imigrant:pl", "uchodźca:pl", "repatriant:pl")
MATTERS = ("integracja", "migracja", "cudzoziemiec:pl", "uchodźca:pl", "wielokulturowość")
# a genitive complement after the head: 'Centrum Wsparcia dla Migrantów'
NAME_COMPLEMENTS = ("wsparcie", "pomoc", "integracja", "poradnictwo")


def genitive_word(spec: str) -> str:
    lexeme, _, number = spec.partition(":")
    return capitalise(noun(lexeme, number or "sg", "gen"))


@dataclass(frozen=True)
class SeatName:
    """'Centrum Integracyjne dla Cudzoziemców': the head (an adjective before it or not, one
    after it, or a genitive complement) and whom or what it is for, as written."""

    head: str
    before: str  # an adjective's lemma before the head, or ''
    after: str  # an adjective's lemma after the head, or ''
    complement: str  # a genitive complement after the head, as written, or ''
    rest: str  # 'dla Cudzoziemców', 'ds. Integracji Cudzoziemców'
    shape: str

    @property
    def gender(self) -> str:
        return {**SEAT_NAME_HEADS, **POINT}[self.head]

    def form(self, case: str, town: str = "") -> str:
        """The name in the case (head and adjectives by morfeusz2), with a town's adjective
        before it (a lemma) or not."""
        words = [capitalise(noun(self.head, "sg", case))]
        if self.before:
            words.insert(0, capitalise(adjective(self.before, "sg", case, self.gender)))
        if town:
            words.insert(0, capitalise(adjective(town, "sg", case, self.gender)))
        if self.after:
            words.append(capitalise(adjective(self.after, "sg", case, self.gender)))
        if self.complement:
            words.append(self.complement)
        words.append(self.rest)
        return " ".join(words)

    @property
    def acronym(self) -> str:
        return "".join(w[0] for w in self.form("nom").split() if w[:1].isupper())


def seat_name(rng: random.Random, point: float = 0.0, complemented: float = 0.0) -> SeatName:
    """A name of a seat-taking head ('Centrum Integracyjne dla Cudzoziemców', 'Ośrodek
    Konsultacyjny ds. Integracji', 'Międzykulturowe Centrum Doradcze dla Migrantów i
    Uchodźców'); with the given chances, a 'Punkt …' or a head with a genitive complement
    ('Centrum Wsparcia dla Migrantów')."""
    draw_ = rng.random()
    shape = "point" if draw_ < point else "complement" if draw_ < point + complemented else ""
    head = "punkt" if shape == "point" else rng.choice(sorted(SEAT_NAME_HEADS))
    if rng.random() < 0.6:
        served = rng.sample(SERVED, rng.choice((1, 1, 2)))
        rest = "dla " + " i ".join(genitive_word(s) for s in served)
    else:
        rest = "ds. " + genitive_word(rng.choice(MATTERS))
    before, after, complement_ = "", "", ""
    first, second = rng.sample(NAME_ADJECTIVES, 2)
    if shape == "complement":
        complement_ = genitive_word(rng.choice(NAME_COMPLEMENTS))
    else:
        after = first
        if rng.random() < 0.2:
            before = second
    shape = shape or ("adjectives" if not before else "an adjective before and after")
    return SeatName(head, before, after, complement_, rest, shape)


# the case of a name -> sentences it stands in (none where something happens in it: that is a
# venue)
NAME_FRAMES = {
    "nom": ("{X} prowadzi kursy języka polskiego.", "{X} zaprasza na dyżury doradców."),
    "gen": ("Przedstawiciele {X} wzięli udział w spotkaniu.", "Omówiono działania {X}."),
    "dat": ("Podziękowano {X} za współpracę.", "Miasto przekazało {X} nowe pomieszczenia."),
    "acc": ("Do współpracy zaproszono także {X}.", "Miasto wspiera {X} od lat."),
    "inst": ("Współpracujemy {z_X}.", "Rozmowy {z_X} trwają od roku."),
    "loc": ("O {X} mówiono podczas sesji rady.", "Informacje o {X} są na stronie urzędu."),
}


def name_sentence(rng: random.Random, written_in: dict[str, str]) -> str:
    """A sentence naming the body; `written_in` gives its form in each case."""
    case = rng.choice(SIX)
    written = written_in[case]
    return capitalise(rng.choice(NAME_FRAMES[case]).format(X=written, z_X=z(written)))


def seated_forms(name: SeatName, city: Named, acronym: bool) -> dict[str, str]:
    """'Centrum Integracyjnym dla Cudzoziemców (CIC) we Wrocławiu' in each case."""
    brackets = f" ({name.acronym})" if acronym else ""
    return {c: f"{name.form(c)}{brackets} {w(city)}" for c in SIX}


def town_forms(name: SeatName, city: Named) -> dict[str, str]:
    """'Wrocławskiemu Centrum Integracyjnemu dla Cudzoziemców' in each case."""
    return {c: name.form(c, CITY_ADJECTIVES[city.slug]) for c in SIX}


@dataclass(frozen=True)
class SeatCase:
    seated: str  # the label with the seat: 'Centrum Integracyjne dla Cudzoziemców we Wrocławiu'
    other: str  # the town's adjective form ('Wrocławskie Centrum …'), or another name
    bare: str  # the name with neither
    city: str  # the seat's IRI
    text: str
    template: str
    other_city: str = ""  # the other town's IRI (two towns)


def town_case(rng: random.Random) -> SeatCase:
    """A page naming a body two or three times with its seat after it ('… we Wrocławiu', with
    its acronym in brackets before the seat or not) and fewer times with the town's adjective
    before it ('Wrocławskie …', agreeing, morfeusz2), maybe once bare, in sentences of six
    cases, in any order."""
    name = seat_name(rng, point=0.15, complemented=0.15)
    (city,) = draw(rng, cities())
    seated = rng.choice((2, 2, 3))
    adjectived = rng.randrange(1, seated)
    bare = rng.random() < 0.2
    acronym = rng.random() < 0.3
    sentences = [
        name_sentence(rng, seated_forms(name, city, acronym and i == 0)) for i in range(seated)
    ]
    sentences += [name_sentence(rng, town_forms(name, city)) for _ in range(adjectived)]
    if bare:
        sentences.append(name_sentence(rng, {c: name.form(c) for c in SIX}))
    first = sentences[0]
    rest = sentences[1:]
    rng.shuffle(rest)
    order = [first, *rest] if rng.random() < 0.5 else [*rest, first]
    text = " ".join(order)
    written = f"{seated}:{adjectived}{' and bare' if bare else ''}{', (ACR)' if acronym else ''}"
    template = f"{name.shape} | {written}"
    return SeatCase(
        f"{name.form('nom')} {w(city)}",
        name.form("nom", CITY_ADJECTIVES[city.slug]),
        name.form("nom"),
        city.iri,
        text,
        template,
    )


def one_node(ctx: DocumentContext, case: SeatCase) -> tuple[bool, str]:
    names = {case.seated, case.other, case.bare}
    found = [
        (i, e.label_pl)
        for i, e in ctx.entities.items()
        if "/organisation/" in i and e.label_pl in names
    ]
    ok = [label for _, label in found] == [case.seated]
    return ok, f"one body {case.seated!r}; bodies {bodies_found(ctx)}"


def test_a_body_named_by_its_seat_more_often_is_one_node(pages: Pages) -> None:
    results, templates = measured(pages, town_case, one_node, count=MANY)
    parts = [t.split(" | ") for t in templates]
    value = tallied(
        "'X we Wrocławiu' twice, 'Wrocławskie X' once: one body 'X we Wrocławiu'",
        results,
        [p[0] for p in parts],
    )
    breakdown("by the times each is written", results, [p[1] for p in parts])
    read = share(
        "  a seat head and adjectives (no Punkt, no complement)",
        results,
        [p[0] for p in parts],
        {"adjectives", "an adjective before and after"},
    )
    # measured 65.0% (base13 0%) when written: a 'Punkt …' and a head with a genitive
    # complement took no seat, so the town's adjective named the one body; 100% since mended
    assert value >= 0.98
    assert read >= 0.98  # measured 100% (base13 0%)


@dataclass(frozen=True)
class PolandCase:
    full: str
    short: str
    text: str
    template: str


def poland_case(rng: random.Random) -> PolandCase:
    """'Fundacja ADRA' and 'Fundacja ADRA Polska' on one page, each once or twice, in sentences
    of six cases (the head declined by morfeusz2), in any order: X capital letters no dictionary
    reads (tests/test_bodies_projects_pages acronym_words) or an SGJP noun in the nominative
    ('Fundacja Przystań')."""
    head = rng.choice(("fundacja", "fundacja", "stowarzyszenie"))
    if rng.random() < 0.5:
        x, what = rng.choice(acronym_words()), "letters"
    else:
        x, what = rng.choice(gendered_nouns())[0], "an SGJP noun"
    short_ = {c: f"{capitalise(noun(head, 'sg', c))} {x}" for c in SIX}
    full = {c: f"{short_[c]} Polska" for c in SIX}
    sentences = [name_sentence(rng, short_) for _ in range(rng.choice((1, 2)))]
    sentences += [name_sentence(rng, full) for _ in range(rng.choice((1, 2)))]
    rng.shuffle(sentences)
    first = "short first" if sentences[0].find(f" {x} Polska") < 0 else "full first"
    return PolandCase(full["nom"], short_["nom"], " ".join(sentences), f"{what} | {first}")


def one_polish_body(ctx: DocumentContext, case: PolandCase) -> tuple[bool, str]:
    found = [
        e.label_pl
        for i, e in ctx.entities.items()
        if "/organisation/" in i and e.label_pl in (case.full, case.short)
    ]
    return found == [case.full], f"one body {case.full!r}; bodies {bodies_found(ctx)}"


def test_fundacja_x_and_fundacja_x_polska_are_one_body(pages: Pages) -> None:
    results, templates = measured(pages, poland_case, one_polish_body, count=MANY)
    parts = [t.split(" | ") for t in templates]
    value = tallied(
        "'Fundacja ADRA' … 'Fundacja ADRA Polska': one body 'Fundacja ADRA Polska'",
        results,
        [p[0] for p in parts],
    )
    breakdown("by which comes first", results, [p[1] for p in parts])
    assert value >= 0.98  # measured 100% (base13 0%)


def two_towns_case(rng: random.Random) -> SeatCase:
    """'Centrum Integracyjne dla Cudzoziemców w Krakowie' and 'Gdańskie Centrum Integracyjne
    dla Cudzoziemców' (another town's adjective), each once or twice: two bodies."""
    name = seat_name(rng)
    city, other = draw(rng, cities(), 2)
    seated = rng.choice((1, 2, 2, 3))
    adjectived = rng.choice((1, 1, 2))
    sentences = [name_sentence(rng, seated_forms(name, city, False)) for _ in range(seated)]
    sentences += [name_sentence(rng, town_forms(name, other)) for _ in range(adjectived)]
    rng.shuffle(sentences)
    return SeatCase(
        f"{name.form('nom')} {w(city)}",
        name.form("nom", CITY_ADJECTIVES[other.slug]),
        name.form("nom"),
        city.iri,
        " ".join(sentences),
        f"{seated}:{adjectived}",
        other.iri,
    )


@cache
def adjective_forms(lemma: str) -> frozenset[str]:
    """Every form of an adjective, capitalised (morfeusz2): 'Gdańskie', 'Gdańskiemu' …"""
    return frozenset(capitalise(orth) for orth, parts in generated(lemma) if parts[0] == ("adj",))


def two_nodes(ctx: DocumentContext, case: SeatCase) -> tuple[bool, str]:
    """The other town's name ('Gdańskiemu Centrum …') is read as a body, and as another body
    than the seated one's mentions (whatever each is labelled)."""
    town = adjective_forms(CITY_ADJECTIVES[short(case.other_city)])
    bodies = [m for m in ctx.mentions if m.kind in ("org", "unit", "office", "venue")]
    other = {m.iri for m in bodies if m.text.split()[0] in town}
    seated = {m.iri for m in bodies if m.text.split()[0] not in town}
    ok = bool(other) and bool(seated) and not other & seated
    return ok, f"two bodies {case.seated!r}, {case.other!r}; bodies {bodies_found(ctx)}"


def test_two_towns_make_two_bodies(pages: Pages) -> None:
    results, templates = measured(pages, two_towns_case, two_nodes, count=CONTROL)
    value = tallied(
        "'Centrum X w Krakowie' and 'Gdańskie Centrum X': two bodies", results, templates
    )
    assert value >= NEGATIVE


def seat_case(rng: random.Random) -> SeatCase:
    """'Centrum Integracyjne dla Cudzoziemców we Wrocławiu' once, in one of six cases (the head
    and adjectives by morfeusz2), its acronym in brackets before the seat or not; a 'Punkt …'
    in about one case in seven."""
    name = seat_name(rng, point=0.15)
    (city,) = draw(rng, cities())
    acronym = rng.random() < 0.2
    text = name_sentence(rng, seated_forms(name, city, acronym))
    template = f"{name.head} | {name.rest.split()[0]}{' (ACR)' if acronym else ''}"
    seated = f"{name.form('nom')} {w(city)}"
    return SeatCase(seated, "", name.form("nom"), city.iri, text, template)


def keeps_its_seat(ctx: DocumentContext, case: SeatCase) -> tuple[bool, str]:
    found = [i for i in labelled(ctx, case.seated) if "/organisation/" in i]
    ok = any(case.city in {str(o) for o in objects(ctx, i, "inCity")} for i in found)
    return ok, (
        f"{case.seated!r} inCity {short(case.city)}; bodies {bodies_found(ctx)}; "
        f"inCity {facts_of(ctx, 'inCity')}"
    )


def test_a_centre_for_whom_keeps_its_seat(pages: Pages) -> None:
    results, templates = measured(pages, seat_case, keeps_its_seat, count=MANY)
    parts = [t.split(" | ") for t in templates]
    value = tallied(
        "'Centrum Integracyjne dla Cudzoziemców we Wrocławiu': so labelled, inCity Wrocław",
        results,
        [p[0] for p in parts],
    )
    breakdown("by what follows the head", results, [p[1] for p in parts])
    heads = [p[0] for p in parts]
    read = share("  a head of SEAT_HEADS (no Punkt)", results, heads, set(SEAT_NAME_HEADS))
    # measured 80.0% (base13 0%) when written ('punkt' was no seat head, 0/32); 100% since
    assert value >= 0.98
    assert read >= 0.98  # measured 100% (base13 0%)


FOUNDATION_HEADS = ("fundacja", "stowarzyszenie", "towarzystwo")


def foundation_case(rng: random.Random) -> SeatCase:
    """'Fundacja Wspierania Migrantów w Krakowie', 'Fundacji Przystań w Lublinie': a
    foundation's, association's or society's own name (a genitive complement, tests/
    pages_templates complement, or an SGJP noun in the nominative), its town after it, in one
    of six cases."""
    head = rng.choice(FOUNDATION_HEADS)
    if rng.random() < 0.5:
        rest, what = complement(rng), "a complement"
    else:
        rest, what = rng.choice(gendered_nouns())[0], "an SGJP noun"
    (city,) = draw(rng, cities())
    forms = {c: f"{capitalise(noun(head, 'sg', c))} {rest} {w(city)}" for c in SIX}
    label = f"{capitalise(head)} {rest}"
    text = name_sentence(rng, forms)
    return SeatCase(f"{label} {w(city)}", "", label, city.iri, text, f"{head} | {what}")


def no_seat_in_the_name(ctx: DocumentContext, case: SeatCase) -> tuple[bool, str]:
    ok = bool(labelled(ctx, case.bare)) and not labelled(ctx, case.seated)
    return ok, f"a body {case.bare!r}, none {case.seated!r}; bodies {bodies_found(ctx)}"


def test_a_foundations_name_takes_no_seat(pages: Pages) -> None:
    results, templates = measured(pages, foundation_case, no_seat_in_the_name, count=CONTROL)
    value = tallied("'Fundacja X w Krakowie prowadzi …': a body 'Fundacja X'", results, templates)
    assert value >= NEGATIVE
