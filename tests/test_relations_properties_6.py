"""Five rules of commit 63c49d1, proven on forms they were not written from.

Every case is a small page run through the real pipeline (read_source -> extract). People are
drawn from SGJP (tests/relations_templates.people(): men and women, -ski/-ska, double-barrelled)
and put in the case a sentence needs; cities and organisations are those of the reference data,
in every case form morfeusz2 generates (Polish pages) or under their English labels and
alternative labels in graph/reference (English pages, tests/test_events_properties.EnglishPages);
new units are a unit's head noun with an SGJP genitive phrase
(tests/test_events_projects_generated.complement), declined by morfeusz2
(relations_templates.phrase_forms); role nouns and past tenses agree with the person
(test_relations_properties_3.role_form, test_events_properties.past); project titles are SGJP's
common nouns; dates are seeded. Hypothesis (derandomized) draws the seeds; each rule is measured
over >= 100 cases and the rate is printed with `-s`, with the failing pages and the share of each
wording, beside negative controls.

1. "<Unit>, którym/którą kieruje [dyrektor …] <Name>", "<Body>, na którego/której czele stoi
   <Name>", "Na czele <Body gen> stoi <Name>": the person holds a post in the body, named by the
   role noun if the text gives one, else 'kierownik'. Not "<Body>, którą odwiedził <Name>".
2. A verb ends a 'ds.' complement: "Biuro ds. <Genitive> działa …" names "Biuro ds. <Genitive>".
3. A project's period in brackets right after its quoted name ("Projekt „T” (1 marca 2021 – 28
   lutego 2023) prowadzi …"), and on an English fact-sheet line ("- "T" – project promoter: A;
   partner: B; 1 September 2020 – 30 April 2024"): start and end dates (and, on the line, the
   leader and the partner). Not a range in brackets after a body's name.
4. English appositive mayors: "the Mayor of <City>, <Name>,", "<Name>, <City>'s (Deputy)
   Mayor,"; "<City>'s Mayor <Name>" on a page that names another city more often: a post only in
   the possessive's city. Not, in a Polish list "<A> – zastępczyni prezydenta <City gen>, <B> –
   prezydent <Other gen>", a post of <B> in the first city.
5. English body, role, name: "The <Org> Representative in Poland, <Name>,", "<Org> Chief of
   Mission <Name>": a post in the organisation. Not "<Org> staff met <Name>".
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
import rdflib

from tests.relations_templates import (
    MONTHS_GEN,
    REFERENCE,
    Named,
    Person,
    capitalise,
    cases,
    cities,
    noun_lexeme,
    office_of,
    organisations,
    people,
    phrase_forms,
    readings,
)
from tests.test_events_projects_generated import (
    complement,
    new_iri,
    new_labels,
    others,
    project_title,
    project_titled,
)
from tests.test_events_properties import EnglishPages, past
from tests.test_names_english import BODY_HEADS_EN, BODY_MODIFIERS
from tests.test_relations_properties import (
    ROLE_WORDS,
    Pages,
    draw,
    holds_post_in,
    objects,
    outcome,
    person_iri,
)
from tests.test_relations_properties_2 import slug, tallied
from tests.test_relations_properties_3 import MAYOR, bodies, body_gender
from tests.test_relations_properties_4 import COUNT, NEGATIVE, POSITIVE
from ump_kg.extract.context import DocumentContext
from ump_kg.extract.document import read_source
from ump_kg.extract.pipeline import extract, knowledge

PUBLISHED = "2024-12-31"  # after every generated date
DEPUTY = "zastepca-prezydenta-miasta"
LEADER_ROLE = "kierownik"  # the post a verb of leading gives when the text names no role
MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()


@pytest.fixture
def pages(tmp_path: Path) -> Pages:
    return Pages(tmp_path)


@pytest.fixture
def english(tmp_path: Path) -> EnglishPages:
    folder = tmp_path / "en"
    folder.mkdir()
    return EnglishPages(folder)


def extract_english(pages: EnglishPages, body: str, title: str = "News") -> DocumentContext:
    """An English page with a title of the test's choosing."""
    return extract(read_source(pages.path(body, PUBLISHED, title)), knowledge())


def resolved(ctx: DocumentContext, body: Named) -> str | None:
    """A reference body's IRI, or the IRI the page made for a new one (by its nominative)."""
    return body.iri if body.iri else new_iri(ctx, body.label)


def post_words(ctx: DocumentContext, person: Person, body: str | None) -> list[str]:
    """The role words of the person's posts in the body ('dyrektor (Wydział …)' -> dyrektor)."""
    who = person_iri(ctx, person)
    if who is None or body is None:
        return []
    return sorted(
        ctx.entities[str(post)].label_pl.split(" (")[0]
        for post in objects(ctx, who, "holds")
        if body in objects(ctx, str(post), "postIn") and str(post) in ctx.entities
    )


def holds_no_post_in(ctx: DocumentContext, person: Person, body: str | None) -> bool:
    who = person_iri(ctx, person)
    return who is None or body is None or not holds_post_in(ctx, who, body)


# --- 1. posts by a relative clause and 'na czele … stoi' ----------------------------------------

UNIT_HEADS = ("wydział", "biuro", "departament", "referat", "dział", "komisja", "rada")


def new_unit(rng: random.Random) -> Named | None:
    """'Wydział Niezwodności Społecznej', 'Rada Tempa i Celuloidu': a unit's head noun and an
    SGJP genitive phrase, every case of the head generated by morfeusz2."""
    tail = complement(rng)
    if tail is None:
        return None
    label = f"{capitalise(rng.choice(UNIT_HEADS))} {tail}"
    forms = phrase_forms(label)
    return Named("", label, forms) if forms else None


def led_body(rng: random.Random) -> tuple[str, Named] | None:
    """A new unit or a body of the reference data (the Team under both names) whose head noun
    has a gender a relative pronoun agrees with."""
    if rng.random() < 0.5:
        unit = new_unit(rng)
        return ("new unit", unit) if unit and body_gender(unit) else None
    body = rng.choice([b for b in bodies() if body_gender(b)])
    return "reference", body


def pronoun(gender: str, case: str) -> str:
    """'którym' / 'którą', 'którego' / 'której', 'który' / 'które' / 'którą'."""
    feminine = {"inst": "którą", "gen": "której", "acc": "którą", "loc": "której"}
    other = {"inst": "którym", "gen": "którego", "acc": "który", "loc": "którym"}
    if gender == "f":
        return feminine[case]
    if gender == "n" and case == "acc":
        return "które"
    return other[case]


def role_word(rng: random.Random, person: Person) -> tuple[str, str]:
    """('', 'kierownik') or (a role noun in the person's gender, the post's masculine noun)."""
    if rng.random() < 0.4:
        return "", LEADER_ROLE
    index = rng.randrange(len(ROLE_WORDS["m1"]))
    return ROLE_WORDS[person.gender][index] + " ", ROLE_WORDS["m1"][index]


@dataclass(frozen=True)
class LeadCase:
    person: Person
    body: Named
    role: str  # the post's role word
    text: str
    template: str


RELATIVE_KIERUJE = (
    "{Nom}, {inst} kieruje {role}{P}, zajmuje się integracją cudzoziemców.",
    "W mieście działa {nom}, {inst} kieruje {role}{P}.",
    "{Nom}, {inst} kierował(a) {role}{P}, przygotowuje raport o migracji.",
)
RELATIVE_CZELE = (
    "{Nom}, na {gen} czele stoi {role}{P}, zajmuje się integracją cudzoziemców.",
    "W mieście działa {nom}, na {gen} czele stoi {role}{P}.",
    "{Nom}, na {gen} czele stał(a) {role}{P}, przygotowuje raport o migracji.",
)
NA_CZELE = (
    "Na czele {Gen} stoi {role}{P}.",
    "Od 2020 r. na czele {Gen} stoi {role}{P}.",
    "Na czele {Gen} stał(a) {role}{P}.",
)
NOT_LEADING = (
    "{Nom}, {acc} odwiedził(a) {P}, zajmuje się integracją cudzoziemców.",
    "{Nom}, o {loc} mówił(a) {P}, przygotowuje raport o migracji.",
    "W mieście działa {nom}, z {inst} współpracuje {P}.",
    "Przed siedzibą {Gen} stał(a) {P}.",
)


def lead_case(rng: random.Random, templates: tuple[str, ...], negative: bool = False) -> LeadCase:
    drawn = led_body(rng)
    if drawn is None:
        return lead_case(rng, templates, negative)
    source, body = drawn
    person = rng.choice(people())
    gender = body_gender(body) or "m3"
    role, post = ("", "") if negative else role_word(rng, person)
    template = rng.choice(templates)
    text = (
        template.replace("(a)", person.a)
        .replace("{Nom}", capitalise(body.form("nom")))
        .replace("{nom}", body.form("nom"))
        .replace("{Gen}", body.form("gen"))
        .replace("{role}", role)
        .replace("{P}", person.nominative)
    )
    for case in ("inst", "gen", "acc", "loc"):
        text = text.replace("{" + case + "}", pronoun(gender, case))
    wording = f"{template} [{source}{', role' if role else ''}]"
    return LeadCase(person, body, post, text, wording)


def measure_leading(
    pages: Pages, templates: tuple[str, ...]
) -> tuple[list[tuple[bool, str]], list[str]]:
    results, wordings = [], []
    for case in cases(lambda rng: lead_case(rng, templates), COUNT):
        ctx = pages.extract(case.text, PUBLISHED)
        body = resolved(ctx, case.body)
        ok = case.role in post_words(ctx, case.person, body)
        want = f"{case.person.nominative}: post '{case.role}' in {case.body.label}"
        results.append(outcome(ctx, ok, case.text, want))
        wordings.append(case.template)
    return results, wordings


def test_a_relative_clause_with_kierowac_gives_a_post(pages: Pages) -> None:
    results, wordings = measure_leading(pages, RELATIVE_KIERUJE)
    assert tallied("1a. '<Unit>, którym kieruje [rola] X' -> post", results, wordings) >= POSITIVE


def test_a_relative_clause_na_ktorego_czele_stoi_gives_a_post(pages: Pages) -> None:
    results, wordings = measure_leading(pages, RELATIVE_CZELE)
    assert tallied("1b. '<Body>, na którego czele stoi X' -> post", results, wordings) >= POSITIVE


def test_na_czele_body_stoi_gives_a_post(pages: Pages) -> None:
    results, wordings = measure_leading(pages, NA_CZELE)
    assert tallied("1c. 'Na czele <Body gen> stoi X' -> post", results, wordings) >= POSITIVE


def test_a_relative_clause_without_a_verb_of_leading_gives_no_post(pages: Pages) -> None:
    results, wordings = [], []
    for case in cases(lambda rng: lead_case(rng, NOT_LEADING, negative=True), COUNT):
        ctx = pages.extract(case.text, PUBLISHED)
        ok = holds_no_post_in(ctx, case.person, resolved(ctx, case.body))
        results.append(outcome(ctx, ok, case.text, "no post"))
        wordings.append(case.template)
    assert tallied("1. negative: '<Body>, którą odwiedził X'", results, wordings) >= NEGATIVE


# --- 2. a verb ends a 'ds.' complement ------------------------------------------------------------

DS_HEADS = ("biuro", "zespół", "komisja", "rada", "wydział", "referat", "centrum")
# Verbs after the name: the present tense as written, the past agreeing with the head noun.
PRESENT = (
    "stoi przed nowym zadaniem",
    "działa od 2019 roku",
    "prowadzi nabór wniosków",
    "organizuje szkolenia",
    "zaprasza na spotkanie",
    "przygotowuje raport",
    "współpracuje z miastami",
)
PAST = (
    ("działać", "od 2019 roku"),
    ("prowadzić", "nabór wniosków"),
    ("zorganizować", "szkolenie"),
    ("przygotować", "raport"),
    ("stać", "przed nowym zadaniem"),
)


@dataclass(frozen=True)
class DsCase:
    name: str
    person: Person | None
    text: str
    template: str


def head_gender(head: str) -> str:
    lexeme = noun_lexeme(head, None, None)
    assert lexeme, head
    return next(p[3][0] for lemma, p, _ in readings(head) if lemma == lexeme[0])


def ds_case(rng: random.Random) -> DsCase | None:
    tail = complement(rng)
    head = rng.choice(DS_HEADS)
    if tail is None:
        return None
    name = f"{capitalise(head)} ds. {tail}"
    forms = phrase_forms(name)
    if forms is None:
        return None
    body = Named("", name, forms)
    shape = rng.random()
    person = None
    if shape < 0.45:
        said = rng.choice(PRESENT)
        text, template = f"{body.form('nom')} {said}.", f"{{Nom}} {said.split()[0]} …"
    elif shape < 0.75:
        lexeme, rest = rng.choice(PAST)
        gender = head_gender(head)
        text = f"{body.form('nom')} {past(lexeme, 'sg', gender)} {rest}."
        template = f"{{Nom}} {lexeme} (past, {gender}) …"
    else:
        person = rng.choice(people())
        text = f"Na czele {body.form('gen')} stoi {person.nominative}."
        template = "Na czele {Gen} stoi X"
    return DsCase(name, person, text, template)


def bodies_named(ctx: DocumentContext) -> list[str]:
    return [
        label
        for label in new_labels(ctx)
        if not any(
            e.label_pl == label and e.cls.endswith(("/Person", "/Post"))
            for e in ctx.entities.values()
        )
    ]


def test_a_verb_ends_a_ds_complement(pages: Pages) -> None:
    results, templates = [], []
    for case in cases(ds_case, COUNT):
        ctx = pages.extract(case.text, PUBLISHED)
        ok = bodies_named(ctx) == [case.name]
        if case.person is not None:  # and the leader holds a post in it
            ok = ok and not holds_no_post_in(ctx, case.person, new_iri(ctx, case.name))
        results.append(outcome(ctx, ok, case.text, f"one body {case.name!r}"))
        templates.append(case.template)
    assert tallied("2. 'Biuro ds. <Gen> działa' -> body without the verb", results, templates) >= (
        POSITIVE
    )


# --- 3. a project's period in brackets after its name; fact-sheet lines ---------------------------


def period(rng: random.Random, english: bool = False) -> tuple[dt.date, dt.date, str]:
    """Two dates, the first before the second, 'd month yyyy' (Polish genitive months, with an
    optional 'r.'; English months), joined by a dash."""
    first = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(2500))
    last = first + dt.timedelta(days=rng.randrange(60, 1200))
    dash = rng.choice((" – ", "–", " - ", " — "))
    if english:
        months = MONTHS_EN
        tail = ""
    else:
        months = list(MONTHS_GEN)
        tail = rng.choice(("", " r."))

    def written(day: dt.date) -> str:
        return f"{day.day} {months[day.month - 1]} {day.year}{tail}"

    return first, last, f"{written(first)}{dash}{written(last)}"


@dataclass(frozen=True)
class PeriodCase:
    text: str
    template: str
    titles: tuple[str, ...]
    periods: tuple[tuple[dt.date, dt.date], ...]
    leaders: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()


BRACKETED = (
    "Projekt „{T}” ({range}) prowadzi {nom}.",
    "Projekt „{T}” ({range}) realizuje {nom}.",
    "{Nom} prowadzi projekt „{T}” ({range}).",
    "Projekt „{T}” ({range}) jest realizowany przez {acc}.",
    "W mieście ruszył projekt „{T}” ({range}), który koordynuje {nom}.",
)
# No word for a period ('realizowany', 'trwa', 'od' …): with one, a range anywhere in the sentence
# is the project's by the older rule ("jest realizowany przez X (d – d)").
AFTER_A_BODY = (
    "Projekt „{T}” prowadzi {nom} ({range}).",
    "{Nom} ({range}) prowadzi projekt „{T}”.",
    "Projekt „{T}” przedstawił przedstawiciel {gen} ({range}).",
    "O projekcie „{T}” rozmawiano z {inst} ({range}).",
)


def bracketed_case(rng: random.Random, templates: tuple[str, ...]) -> PeriodCase:
    title = project_title(rng)
    first, last, written = period(rng)
    (body,) = draw(rng, others())
    template = rng.choice(templates)
    text = template.format(
        T=title,
        range=written,
        nom=body.form("nom"),
        Nom=capitalise(body.form("nom")),
        acc=body.form("acc"),
        gen=body.form("gen"),
        inst=body.form("inst"),
    )
    return PeriodCase(text, template, (title,), ((first, last),))


def dates_of(ctx: DocumentContext, project: str | None) -> tuple[set[str], set[str]]:
    if project is None:
        return set(), set()
    return (
        {str(d) for d in objects(ctx, project, "startDate")},
        {str(d) for d in objects(ctx, project, "endDate")},
    )


def isoformats(when: tuple[dt.date, dt.date]) -> tuple[set[str], set[str]]:
    return {when[0].isoformat()}, {when[1].isoformat()}


def test_a_period_in_brackets_after_the_projects_name(pages: Pages) -> None:
    results, templates = [], []
    for case in cases(lambda rng: bracketed_case(rng, BRACKETED), COUNT):
        ctx = pages.extract(case.text, PUBLISHED)
        project = project_titled(ctx, case.titles[0])
        ok = project is not None and dates_of(ctx, project) == isoformats(case.periods[0])
        results.append(outcome(ctx, ok, case.text, f"{case.titles[0]!r} {case.periods[0]}"))
        templates.append(case.template)
    assert tallied("3a. 'Projekt „T” (d – d)' -> start, end", results, templates) >= POSITIVE


def test_a_bracketed_range_after_a_body_dates_no_project(pages: Pages) -> None:
    results, templates = [], []
    for case in cases(lambda rng: bracketed_case(rng, AFTER_A_BODY), COUNT):
        ctx = pages.extract(case.text, PUBLISHED)
        project = project_titled(ctx, case.titles[0])
        ok = project is not None and dates_of(ctx, project) == (set(), set())
        results.append(outcome(ctx, ok, case.text, "the project, no dates"))
        templates.append(case.template)
    assert tallied("3. negative: '<Body> (d – d)'", results, templates) >= NEGATIVE


@cache
def english_labels(path: Path, iri: str) -> tuple[str, ...]:
    """A reference entity's English label and alternative labels."""
    graph = rdflib.Graph().parse(path)
    subject = rdflib.URIRef(iri)
    return tuple(
        sorted(
            str(label)
            for prop in (rdflib.RDFS.label, rdflib.SKOS.altLabel)
            for label in graph.objects(subject, prop)
            if isinstance(label, rdflib.Literal) and label.language == "en"
        )
    )


def english_org(rng: random.Random, among: tuple[Named, ...]) -> tuple[str, str]:
    """(IRI, one of its English names) of a reference organisation."""
    org = rng.choice(among)
    return org.iri, rng.choice(english_labels(REFERENCE / "organisations.ttl", org.iri))


PROMOTERS = ("project promoter", "project beneficiary")
QUOTES = (('"', '"'), ("„", "”"), ("“", "”"))


def fact_sheet_case(rng: random.Random) -> PeriodCase:
    """One to three fact-sheet lines on an English page, each a project of its own."""
    lines: list[str] = []
    titles: list[str] = []
    periods, leaders, partners = [], [], []
    for _ in range(rng.choice((1, 1, 2, 3))):
        title = project_title(rng)
        if title in titles:
            continue
        leader, leader_name = english_org(rng, others())
        partner, partner_name = english_org(rng, tuple(o for o in others() if o.iri != leader))
        first, last, written = period(rng, english=True)
        opening, closing = rng.choice(QUOTES)
        promoter = rng.choice(PROMOTERS)
        lines.append(
            f"- {opening}{title}{closing} – {promoter}: {leader_name}; "
            f"partner: {partner_name}; {written}"
        )
        titles.append(title)
        periods.append((first, last))
        leaders.append(leader)
        partners.append(partner)
    text = "Projects of the network:\n\n" + "\n".join(lines)
    straight_with_period = any(
        line.startswith('- "') and ". " in title for line, title in zip(lines, titles, strict=True)
    )
    return PeriodCase(
        text,
        f"{len(lines)} line(s)"
        + (", a '.' inside a title in straight quotes" if straight_with_period else ""),
        tuple(titles),
        tuple(periods),
        tuple(leaders),
        tuple(partners),
    )


def fact_sheet_read(ctx: DocumentContext, case: PeriodCase) -> bool:
    for title, when, leader, partner in zip(
        case.titles, case.periods, case.leaders, case.partners, strict=True
    ):
        project = project_titled(ctx, title)
        if not (
            project is not None
            and objects(ctx, project, "leader") == {leader}
            and objects(ctx, project, "partner") == {partner}
            and dates_of(ctx, project) == isoformats(when)
        ):
            return False
    return True


def test_fact_sheet_lines_on_an_english_page(english: EnglishPages) -> None:
    results, templates = [], []
    for case in cases(fact_sheet_case, COUNT):
        ctx = extract_english(english, case.text, "Projects")
        ok = fact_sheet_read(ctx, case)
        want = "; ".join(
            f"{t!r}: leader {slug(a)}, partner {slug(b)}, {w[0]}–{w[1]}"
            for t, w, a, b in zip(
                case.titles, case.periods, case.leaders, case.partners, strict=True
            )
        )
        results.append(outcome(ctx, ok, case.text, want))
        templates.append(case.template)
    assert (
        tallied("3b. '- \"T\" – project promoter: A; partner: B; d – d'", results, templates)
        >= POSITIVE
    )


# --- 4. English appositive mayors; a Polish list of mayors ------------------------------------------

# German names of the past: no page about today's mayors writes them.
HISTORIC = {"Danzig", "Breslau"}


def city_in_english(rng: random.Random, city: Named) -> str:
    names = [n for n in english_labels(REFERENCE / "cities.ttl", city.iri) if n not in HISTORIC]
    return rng.choice(names)


@dataclass(frozen=True)
class MayorCase:
    person: Person
    city: Named
    role: str
    text: str
    template: str
    title: str = "News"
    other: Named | None = None


APPOSITIVE = (
    ("The conference was opened by the Mayor of {City}, {P}, who welcomed the guests.", MAYOR),
    ("Also present were the Mayor of {City}, {P}, and experts of the Union.", MAYOR),
    ("In {year} the Mayor of {City}, {P}, announced a new integration strategy.", MAYOR),
    ("The Deputy Mayor of {City}, {P}, presented the strategy.", DEPUTY),
    ("{P}, {City}'s Deputy Mayor, spoke about integration.", DEPUTY),
    ("The guests were welcomed by {P}, {City}'s Mayor, in the city hall.", MAYOR),
    ("{P}, {City}'s Mayor, opened the conference.", MAYOR),
    ("The debate was chaired by {P}, {City}'s Deputy Mayor, and lasted two hours.", DEPUTY),
)


def appositive_case(rng: random.Random) -> MayorCase:
    person = rng.choice(people())
    (city,) = draw(rng, cities())
    template, role = rng.choice(APPOSITIVE)
    text = template.format(
        City=city_in_english(rng, city), P=person.nominative, year=rng.randrange(2015, 2025)
    )
    return MayorCase(person, city, role, text, template)


def mayor_of(ctx: DocumentContext, case: MayorCase, city: Named) -> bool:
    who = person_iri(ctx, case.person)
    return who is not None and holds_post_in(ctx, who, office_of(city), case.role)


def test_english_appositive_mayors(english: EnglishPages) -> None:
    results, templates = [], []
    for case in cases(appositive_case, COUNT):
        ctx = extract_english(english, case.text)
        ok = mayor_of(ctx, case, case.city)
        want = f"{case.person.nominative} {case.role} {case.city.slug}"
        results.append(outcome(ctx, ok, case.text, want))
        templates.append(case.template)
    assert tallied("4a. 'the Mayor of X, Name,' / 'Name, X's Mayor,'", results, templates) >= (
        POSITIVE
    )


PAGE_CITY = (
    "{Other} hosted the meeting of the Team.",
    "Experts from {Other} presented the local programme.",
    "The delegates visited the old town of {Other}.",
    "{Other} has opened a new centre for migrants.",
)
POSSESSIVE = (
    ("{City}'s Mayor {P} spoke about housing.", MAYOR),
    ("{City}'s Deputy Mayor {P} spoke about schools.", DEPUTY),
    ("The guests also heard {City}'s Mayor {P}.", MAYOR),
    ("{City}'s Vice-Mayor {P} presented the city's experience.", DEPUTY),
)


def possessive_case(rng: random.Random) -> MayorCase:
    """The other city in the title and in two or three sentences, the possessive's city once."""
    person = rng.choice(people())
    city, other = draw(rng, cities(), 2)
    other_name = city_in_english(rng, other)
    around = [s.format(Other=other_name) for s in rng.sample(PAGE_CITY, rng.choice((2, 3)))]
    template, role = rng.choice(POSSESSIVE)
    said = template.format(City=city_in_english(rng, city), P=person.nominative)
    around.insert(rng.randrange(1, len(around) + 1), said)
    title = rng.choice((f"{other_name} hosts the Team", "News"))
    wording = template + (" [title names the other city]" if title != "News" else "")
    return MayorCase(person, city, role, " ".join(around), wording, title, other)


def test_a_possessive_mayor_holds_a_post_only_in_that_city(english: EnglishPages) -> None:
    results, templates = [], []
    for case in cases(possessive_case, COUNT):
        ctx = extract_english(english, case.text, case.title)
        assert case.other is not None
        who = person_iri(ctx, case.person)
        ok = mayor_of(ctx, case, case.city) and (
            who is None or not holds_post_in(ctx, who, office_of(case.other))
        )
        want = f"{case.person.nominative} {case.role} {case.city.slug} only (not {case.other.slug})"
        results.append(outcome(ctx, ok, f"[{case.title}] {case.text}", want))
        templates.append(case.template)
    assert tallied("4c. '<City>'s Mayor Name' on another city's page", results, templates) >= (
        POSITIVE
    )


LIST_INTROS = (
    "W spotkaniu udział wzięli: ",
    "Na konferencji obecni byli: ",
    "Dyskutowali: ",
    "Głos zabrali: ",
)
SECOND_ROLES = ("prezydent", "wiceprezydent", "zastępca prezydenta")


def list_case(rng: random.Random) -> MayorCase:
    """'<A> – zastępczyni prezydenta <City gen>, <B> – prezydent <Other gen>': B is no officer
    of the first city."""
    first, second = rng.sample(people(), 2)
    city, other = draw(rng, cities(), 2)
    deputy = "zastępczyni" if first.gender == "f" else "zastępca"
    role = rng.choice(SECOND_ROLES)
    if role == "zastępca prezydenta" and second.gender == "f":
        role = "zastępczyni prezydenta"
    items = [
        f"{first.nominative} – {deputy} prezydenta {city.form('gen')}",
        f"{second.nominative} – {role} {other.form('gen')}",
    ]
    if rng.random() < 0.4:
        third = rng.choice([p for p in people() if p not in (first, second)])
        (town,) = draw(rng, [c for c in cities() if c not in (city, other)])
        items.append(f"{third.nominative} – prezydent {town.form('gen')}")
    text = rng.choice(LIST_INTROS) + ", ".join(items) + "."
    template = f"A – zastępca prezydenta X, B – {role} Y [{len(items)} items]"
    return MayorCase(second, city, "", text, template, other=other)


def test_a_list_of_mayors_gives_the_second_no_post_in_the_first_city(pages: Pages) -> None:
    results, templates = [], []
    for case in cases(list_case, COUNT):
        ctx = pages.extract(case.text, PUBLISHED)
        ok = holds_no_post_in(ctx, case.person, office_of(case.city))
        want = f"{case.person.nominative}: no post in {case.city.slug}"
        results.append(outcome(ctx, ok, case.text, want))
        templates.append(case.template)
    assert tallied("4. negative: Polish list, B in A's city", results, templates) >= NEGATIVE


# --- 5. English body, role, name ---------------------------------------------------------------------

BODY_ROLE_NAME = (
    "The {Org} Representative in Poland, {P}, opened the meeting.",
    "{Org} Chief of Mission {P} spoke about the needs of refugees.",
    "The meeting was attended by the {Org} Director for Europe, {P}.",
    "{Org} Deputy Chief of Mission {P} thanked the cities.",
    "According to the {Org} Programme Manager {P}, the training helped.",
    "The {Org} Head of Office, {P}, presented the report.",
)
NOT_A_ROLE = (
    "{Org} staff met {P} in the city hall.",
    "{Org} thanked {P} for the cooperation.",
    "{Org} invited {P} to the conference.",
    "The {Org} delegation visited {P} in Warsaw.",
)


@dataclass(frozen=True)
class BodyRoleCase:
    person: Person
    body: str  # a reference IRI, or a new body's name
    text: str
    template: str


def english_body(rng: random.Random) -> tuple[str, str, str]:
    """(source, IRI or name, the name written): a reference organisation under one of its
    English names, or a body made of the English name tests' modifiers and head nouns."""
    if rng.random() < 0.75:
        iri, name = english_org(rng, organisations())
        return "reference", iri, name
    name = f"{rng.choice(BODY_MODIFIERS)} {rng.choice(BODY_HEADS_EN)}"
    return "generated", name, name


def body_role_case(rng: random.Random, templates: tuple[str, ...]) -> BodyRoleCase:
    person = rng.choice(people())
    source, body, name = english_body(rng)
    template = rng.choice(templates)
    text = template.format(Org=name, P=person.nominative)
    return BodyRoleCase(person, body, capitalise(text), f"{template} [{source}]")


def body_of(ctx: DocumentContext, body: str) -> str | None:
    return body if body.startswith("http") else new_iri(ctx, body)


def test_an_english_body_role_name_gives_a_post(english: EnglishPages) -> None:
    results, templates = [], []
    for case in cases(lambda rng: body_role_case(rng, BODY_ROLE_NAME), COUNT):
        ctx = extract_english(english, case.text)
        ok = not holds_no_post_in(ctx, case.person, body_of(ctx, case.body)) and (
            person_iri(ctx, case.person) is not None
        )
        want = f"{case.person.nominative}: post in {slug(case.body)}"
        results.append(outcome(ctx, ok, case.text, want))
        templates.append(case.template)
    assert tallied("5. 'The <Org> Representative in Poland, Name,'", results, templates) >= (
        POSITIVE
    )


def test_an_english_body_without_a_role_gives_no_post(english: EnglishPages) -> None:
    results, templates = [], []
    for case in cases(lambda rng: body_role_case(rng, NOT_A_ROLE), COUNT):
        ctx = extract_english(english, case.text)
        ok = holds_no_post_in(ctx, case.person, body_of(ctx, case.body))
        results.append(outcome(ctx, ok, case.text, "no post"))
        templates.append(case.template)
    assert tallied("5. negative: '<Org> staff met Name'", results, templates) >= NEGATIVE


def test_the_generated_material_is_varied() -> None:
    rng = random.Random(1)
    units = {u.label for u in (new_unit(rng) for _ in range(200)) if u}
    assert len(units) >= 150
    assert {body_gender(Named("", u, ())) for u in units} >= {"m3", "n", "f"}
    assert all(english_labels(REFERENCE / "organisations.ttl", o.iri) for o in organisations())
    assert all(english_labels(REFERENCE / "cities.ttl", c.iri) for c in cities())
