"""Five rules of mayors and signing (commit 6e91bad), proven on forms they were not written from.

Every case is a small page run through the real pipeline (read_source -> extract). People are
drawn from SGJP (tests/relations_templates.people(): men and women, -ski/-ska, double-barrelled)
and put in the case a sentence needs (Person.form), cities are the twelve of the reference data
in the case their words govern (Named.form), the Union is the reference data's organisation
under its labels, and the declaration is described in generated case forms
(tests/test_relations_properties_2.migration_description). Hypothesis (derandomized) draws the
seeds; each rule is measured over >= 100 cases and the rate is printed with `-s`, with the
failing sentences and the share of each wording, beside a negative control.

1. A city with its mayor in brackets in list items under a colon intro that has a word for
   mayors ("UMP skupia 12 miast; w nawiasach prezydenci:" / "- Białystok (Tadeusz
   Truskolaski), …"), or inside one sentence after such a word: the mayor's post; with a
   gathering verb in the intro, each city is a member of the Union.
2. A name followed by "(prezydent <city>)" / "(prezydentka <city>)": the mayor's post.
3. The press's words: "włodarz/gospodarz/gospodyni <city>" before or after a name: the mayor's
   post; "gospodarz spotkania", "gospodarzem obrad był" give none.
4. "… podpisali wszyscy prezydenci z wyjątkiem/oprócz <Name gen> (<City>)": a non-signatory
   (and non-signatory city), never a signatory.
5. "Pod deklaracją widnieje także podpis <Name gen>", "<Name> znalazł(a) się wśród
   sygnatariuszy …" (and in the other word order, "Wśród sygnatariuszy … znalazł się <Name>"):
   a signatory; "wśród sygnatariuszy zabrakło <Name gen>", "nie znalazł się wśród …": not.

Negative controls: a list or a sentence with no word for mayors, an intro with no gathering
verb, other titles of the mayor's office in brackets ("doradca prezydenta"), the host of a
meeting, 'oprócz' meaning 'besides' ("Oprócz X deklarację podpisali także …": X signed too),
a missing signature. A person is looked up where the text writes the name (Person.form), so a
genitive the name finder reads as another given name does not count against the rule.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from tests.relations_pages import Pages, holds_post_in, measured, objects, person_iri
from tests.relations_templates import (
    COUNT,
    ID,
    NEGATIVE,
    POSITIVE,
    PUBLISHED_2017,
    Named,
    Person,
    capitalise,
    cities,
    draw,
    listed,
    office_of,
    organisations,
    people,
    tallied,
    w,
)
from tests.test_relations_properties import DECLARATION, numeral_phrase
from tests.test_relations_properties_2 import migration_description
from tests.test_relations_properties_3 import MAYOR, role_form, verb
from ump_kg.extract.context import DocumentContext


@cache
def union() -> Named:
    """Unia Metropolii Polskich, as the reference data has it (all its case forms generated)."""
    return next(o for o in organisations() if o.slug == "ump")


def union_nominative(rng: random.Random) -> str:
    """How a page names the Union as a subject: its label, its acronym, its patron's name."""
    return rng.choice(
        [
            union().form("nom"),
            "UMP",
            "Unia Metropolii Polskich im. Pawła Adamowicza",
        ]
    )


def named(ctx: DocumentContext, person: Person, written: str | None = None) -> str | None:
    """The Person entity the page made of the name where it is first written in the form given
    (the nominative unless said): a genitive may be read as another given name than the one
    drawn ('Platona' of Plato or of Platon), which is the name finder's matter, not the rule's."""
    written = written or person.nominative
    at = ctx.doc.text.find(written)
    return next(
        (m.iri for m in ctx.mentions if m.kind == "person" and m.start == at),
        person_iri(ctx, person) if written == person.nominative else None,
    )


def mayor_posts(ctx: DocumentContext, who: str | None) -> list[str]:
    """The reference cities in whose office the person holds a post with the mayor's role."""
    if who is None:
        return []
    return sorted(c.slug for c in cities() if holds_post_in(ctx, who, office_of(c), MAYOR))


def is_mayor_of(ctx: DocumentContext, who: str | None, city: Named) -> bool:
    """The person holds the mayor's post of that city and of no other."""
    return mayor_posts(ctx, who) == [city.slug]


def has_mayor_role(ctx: DocumentContext, who: str | None) -> bool:
    """Any post of the person with the mayor's role (in a reference city's office or not)."""
    if who is None:
        return False
    return any(
        f"{ID}role/{MAYOR}" in objects(ctx, str(post), "role")
        for post in objects(ctx, who, "holds")
    )


@dataclass(frozen=True)
class MayorsCase:
    pairs: tuple[tuple[Named, Person], ...]
    text: str
    template: str


# --- 1. cities with their mayors in brackets -----------------------------------------------------

MAYOR_WORDS_NOM = ("prezydenci", "prezydenci miast", "włodarze miast", "prezydenci metropolii")
MAYOR_WORDS_GEN = ("prezydentów", "prezydentów miast", "włodarzy")
MAYOR_WORDS_BARE = ("prezydenci", "włodarze", "prezydentki i prezydenci")
GATHERING_INTROS = (
    "{Org} {verb} {n}; w nawiasach {mayors} w {year} r.:",
    "{Org} {verb} {n} (w nawiasach {mayors}):",
    "Obecnie {org} {verb} {n}, w nawiasach podajemy nazwiska {mayors_gen}:",
    "W {year} r. {org} {verb} {n}; w nawiasach ich {mayors_bare}:",
)
# The same lists under intros with no word for mayors, or with no gathering verb.
NO_MAYOR_INTROS = (
    "{Org} {verb} {n}; w nawiasach koordynatorzy ds. migracji w {year} r.:",
    "{Org} {verb} {n} (w nawiasach przedstawiciele w Zespole):",
    "Obecnie {org} {verb} {n}, w nawiasach podajemy nazwiska osób do kontaktu:",
    "W {year} r. {org} {verb} {n}; w nawiasach pełnomocnicy ds. integracji:",
)
NOT_GATHERING_INTROS = (
    "{Org} zaprosiła do rozmów kilka miast; w nawiasach {mayors} w {year} r.:",
    "Raport {org_gen} opisuje kilka miast (w nawiasach {mayors}):",
    "Z {org_inst} rozmawiali przedstawiciele kilku miast, w nawiasach podajemy nazwiska "
    "{mayors_gen}:",
)


def bracketed_pairs(rng: random.Random, count: int) -> tuple[tuple[Named, Person], ...]:
    chosen = draw(rng, cities(), count)
    return tuple(zip(chosen, rng.sample(people(), count), strict=True))


def list_lines(rng: random.Random, pairs: tuple[tuple[Named, Person], ...]) -> list[str]:
    """'- Białystok (Anna Kos), Bydgoszcz (Jan Nowak);' lines: one to three items a line, a
    dash, an asterisk or a number before each line, a comma or a semicolon between items."""
    bullet = rng.choice(("- ", "* ", "number"))
    between = rng.choice((", ", "; "))
    ending = rng.choice((";", ",", ""))
    lines: list[str] = []
    rest = list(pairs)
    while rest:
        size = rng.choice((1, 2, 3))
        line, rest = rest[:size], rest[size:]
        items = between.join(f"{city.form('nom')} ({person.nominative})" for city, person in line)
        head = f"{len(lines) + 1}. " if bullet == "number" else bullet
        lines.append(head + items + (ending if rest else "."))
    return lines


def intro_list_case(rng: random.Random, intros: tuple[str, ...]) -> MayorsCase:
    pairs = bracketed_pairs(rng, rng.choice((2, 3, 4, 5, 6, 8, 12)))
    template = rng.choice(intros)
    nominative = union_nominative(rng)
    intro = template.format(
        Org=capitalise(nominative),
        org=nominative,
        org_gen=union().form("gen"),
        org_inst=union().form("inst"),
        verb=rng.choice(("skupia", "zrzesza")),
        n=numeral_phrase(rng.choice((len(pairs), 12))),
        mayors=rng.choice(MAYOR_WORDS_NOM),
        mayors_gen=rng.choice(MAYOR_WORDS_GEN),
        mayors_bare=rng.choice(MAYOR_WORDS_BARE),
        year=rng.choice((2017, 2019, 2023)),
    )
    text = intro + "\n\n" + "\n".join(list_lines(rng, pairs))
    return MayorsCase(pairs, text, template)


def each_mayor(ctx: DocumentContext, case: MayorsCase) -> tuple[bool, str]:
    wrong = [
        f"{person.nominative}: {mayor_posts(ctx, named(ctx, person))}"
        for city, person in case.pairs
        if not is_mayor_of(ctx, named(ctx, person), city)
    ]
    return not wrong, f"each the mayor of their city only; wrong {wrong}"


def measure_mayors(
    pages: Pages,
    intros: tuple[str, ...],
    check: Callable[[DocumentContext, MayorsCase], tuple[bool, str]],
    count: int = COUNT,
) -> tuple[list[tuple[bool, str]], list[str]]:
    """Lists of cities with people in brackets under the intros, on pages of 2017."""
    make = lambda rng: intro_list_case(rng, intros)  # noqa: E731
    return measured(pages, make, check, count, PUBLISHED_2017)


def test_cities_with_their_mayors_in_brackets_under_a_colon_intro(pages: Pages) -> None:
    results, templates = measure_mayors(pages, GATHERING_INTROS, each_mayor)
    label = "1a. list items 'City (Mayor)' under 'w nawiasach prezydenci:' -> mayor posts"
    assert tallied(label, results, templates) >= POSITIVE


def members_of_the_union(ctx: DocumentContext, case: MayorsCase) -> tuple[bool, str]:
    missing = [c.slug for c, _ in case.pairs if union().iri not in objects(ctx, c.iri, "memberOf")]
    return not missing, f"memberOf ump; missing {missing}"


def test_cities_listed_under_a_gathering_intro_are_members_of_the_union(pages: Pages) -> None:
    results, templates = measure_mayors(pages, GATHERING_INTROS, members_of_the_union)
    label = "1b. list items under 'UMP skupia/zrzesza N miast …:' -> memberOf UMP"
    assert tallied(label, results, templates) >= POSITIVE


IN_SENTENCE = (
    "W spotkaniu wzięli udział prezydenci miast: {items}.",
    "Na zjazd przyjechali prezydenci miast UMP: {items}.",
    "Deklarację omawiali włodarze miast: {items}.",
    "Obecni byli prezydenci metropolii, w tym {items}.",
    "Dziś {org} {verb} {n}, w nawiasach prezydenci: {items}.",
)
IN_SENTENCE_NO_MAYORS = (
    "W spotkaniu wzięli udział koordynatorzy z miast: {items}.",
    "Na zjazd przyjechali pełnomocnicy ds. migracji z miast UMP: {items}.",
    "Deklarację omawiali eksperci z miast: {items}.",
    "Dziś {org} {verb} {n}, w nawiasach osoby do kontaktu: {items}.",
)


def in_sentence_case(rng: random.Random, templates: tuple[str, ...]) -> MayorsCase:
    pairs = bracketed_pairs(rng, rng.choice((2, 3, 4, 5, 7)))
    items = [f"{city.form('nom')} ({person.nominative})" for city, person in pairs]
    template = rng.choice(templates)
    text = template.format(
        items=listed(items) if rng.random() < 0.5 else ", ".join(items),
        org=union_nominative(rng),
        verb=rng.choice(("skupia", "zrzesza")),
        n=numeral_phrase(rng.choice((len(pairs), 12))),
    )
    return MayorsCase(pairs, text, template)


def test_cities_with_their_mayors_in_brackets_in_one_sentence(pages: Pages) -> None:
    make = lambda rng: in_sentence_case(rng, IN_SENTENCE)  # noqa: E731
    results, templates = measured(pages, make, each_mayor, published=PUBLISHED_2017)
    label = "1c. 'prezydenci miast: City (Mayor), …' in one sentence -> mayor posts"
    assert tallied(label, results, templates) >= POSITIVE


def no_mayor_named(ctx: DocumentContext, case: MayorsCase) -> tuple[bool, str]:
    """No person is given a mayor's post, and every person was read (else the control would
    hold for nothing)."""
    unread = [p.nominative for _, p in case.pairs if named(ctx, p) is None]
    wrong = [p.nominative for _, p in case.pairs if has_mayor_role(ctx, named(ctx, p))]
    return not wrong and not unread, f"each read, no mayor's post; unread {unread}, posts {wrong}"


def test_cities_with_people_in_brackets_without_a_word_for_mayors_name_no_mayor(
    pages: Pages,
) -> None:
    listed_under, intros = measure_mayors(pages, NO_MAYOR_INTROS, no_mayor_named, COUNT // 2)
    make = lambda rng: in_sentence_case(rng, IN_SENTENCE_NO_MAYORS)  # noqa: E731
    in_sentence, wordings = measured(pages, make, no_mayor_named, COUNT // 2 + 1, PUBLISHED_2017)
    label = "1. negative: 'w nawiasach koordynatorzy:', 'eksperci z miast: City (Name)'"
    assert tallied(label, listed_under + in_sentence, intros + wordings) >= NEGATIVE


def no_members(ctx: DocumentContext, case: MayorsCase) -> tuple[bool, str]:
    members = [c.slug for c, _ in case.pairs if union().iri in objects(ctx, c.iri, "memberOf")]
    return not members, f"no memberOf; got {members}"


def test_a_list_under_an_intro_without_a_gathering_verb_names_no_members(pages: Pages) -> None:
    results, templates = measure_mayors(pages, NOT_GATHERING_INTROS, no_members)
    label = "1. negative: 'UMP zaprosiła kilka miast; w nawiasach prezydenci:' -> no memberOf"
    assert tallied(label, results, templates) >= NEGATIVE


# --- 2. a mayor's title in brackets after the name ------------------------------------------------


@dataclass(frozen=True)
class OneMayorCase:
    person: Person
    city: Named
    text: str
    template: str
    written: str  # the person's name as the text writes it


BRACKETED_TITLE = (
    "{P} ({title} {city}) otworzył(a) konferencję.",
    "W debacie udział wziął(ęła) {P} ({title} {city}).",
    "Głos zabrał(a) {P} ({title} {city}), a potem dyskutowano o migracji.",
    "Gości powitał(a) {P} ({title} miasta {city}).",
    "{P} ({title} {city} od {year} r.) mówił(a) o integracji.",
)
# Not the mayor: someone of the mayor's office, a deputy, a candidate.
NOT_THE_MAYOR = (
    ("doradca", "doradczyni"),
    ("rzecznik", "rzeczniczka"),
    ("zastępca", "zastępczyni"),
    ("kandydat na", "kandydatka na"),
    ("pełnomocnik", "pełnomocniczka"),
)


def agreeing(text: str, person: Person) -> str:
    """The past tenses of a template made to agree with the person (generated by morfeusz2)."""
    for written, lexeme in (
        ("otworzył(a)", "otworzyć"),
        ("wziął(ęła)", "wziąć"),
        ("zabrał(a)", "zabrać"),
        ("powitał(a)", "powitać"),
        ("mówił(a)", "mówić"),
        ("był(a)", "być"),
        ("przywitał(a)", "przywitać"),
        ("powiedział(a)", "powiedzieć"),
        ("oprowadził(a)", "oprowadzić"),
        ("znalazł(a)", "znaleźć"),
        ("podpisał(a)", "podpisać"),
    ):
        text = text.replace(written, verb(lexeme, person))
    return text


def bracketed_title_case(rng: random.Random, negative: bool = False) -> OneMayorCase:
    person = rng.choice(people())
    (city,) = draw(rng, cities())
    template = rng.choice(BRACKETED_TITLE)
    female = person.gender == "f"
    if negative:
        title = rng.choice(NOT_THE_MAYOR)[female] + " prezydenta"
    else:
        title = rng.choice(("prezydentka", "prezydent")) if female else "prezydent"
    text = template.format(
        P=person.nominative, title=title, city=city.form("gen"), year=rng.choice((2010, 2018))
    )
    return OneMayorCase(
        person, city, capitalise(agreeing(text, person)), template, person.nominative
    )


def mayor_of_the_city(ctx: DocumentContext, case: OneMayorCase) -> tuple[bool, str]:
    ok = is_mayor_of(ctx, named(ctx, case.person, case.written), case.city)
    return ok, f"{case.person.nominative} mayor of {case.city.slug}"


def read_and_no_mayor(ctx: DocumentContext, case: OneMayorCase) -> tuple[bool, str]:
    who = named(ctx, case.person, case.written)
    return who is not None and not has_mayor_role(ctx, who), "read, no mayor's post"


def test_a_mayors_title_in_brackets_after_a_name(pages: Pages) -> None:
    results, templates = measured(
        pages, bracketed_title_case, mayor_of_the_city, published=PUBLISHED_2017
    )
    label = "2. 'Name (prezydent/prezydentka <City gen>)' -> mayor's post"
    assert tallied(label, results, templates) >= POSITIVE


def test_another_title_of_the_mayors_office_in_brackets_is_no_mayor(pages: Pages) -> None:
    make = lambda rng: bracketed_title_case(rng, negative=True)  # noqa: E731
    results, templates = measured(pages, make, read_and_no_mayor, published=PUBLISHED_2017)
    label = "2. negative: 'Name (doradca/zastępca/kandydat na prezydenta <City>)'"
    assert tallied(label, results, templates) >= NEGATIVE


# --- 3. the press's words for a mayor ----------------------------------------------------------------

PRESS_WORDS = {"m1": ("włodarz", "gospodarz"), "f": ("gospodyni", "włodarz")}
PRESS = (
    "{Word} {city} {P} otworzył(a) konferencję.",
    "{Word} miasta {city} {P} powitał(a) gości.",
    "Na zaproszenie {word-gen} {city} {P-gen} przyjechali goście z całej Polski.",
    "Z {word-inst} {city} {P-inst} rozmawiano o migracji.",
    "{P}, {word} {city}, powiedział(a), że miasto przyjmie uchodźców.",
    "{P} – {word} {city} – przywitał(a) uczestników.",
)
HOST_OF_A_MEETING = (
    "{Word} spotkania {P} powitał(a) gości z {city}.",
    "{Word-inst} obrad był(a) {P}.",
    "{Word-inst} spotkania {w} był(a) {P}.",
    "{P}, {word} konferencji, powitał(a) prezydenta {city}.",
    "{Word} obiektu {P} oprowadził(a) prezydenta {city} po stadionie.",
)


def press_case(rng: random.Random, templates: tuple[str, ...]) -> OneMayorCase:
    person = rng.choice(people())
    (city,) = draw(rng, cities())
    g = person.gender
    word = (
        rng.choice(PRESS_WORDS[g]) if templates is PRESS else ("gospodarz", "gospodyni")[g == "f"]
    )
    # 'włodarz' has no feminine: the press says it of women too ('włodarza Łodzi Anny …').
    noun_gender = "f" if word == "gospodyni" else "m1"
    template = rng.choice(templates)
    text = (
        template.replace("{Word}", capitalise(word))
        .replace("{word}", word)
        .replace("{word-gen}", role_form(word, "gen", noun_gender))
        .replace("{word-inst}", role_form(word, "inst", noun_gender))
        .replace("{Word-inst}", capitalise(role_form(word, "inst", noun_gender)))
        .replace("{city}", city.form("gen"))
        .replace("{w}", w(city))
        .replace("{P-gen}", person.form("gen"))
        .replace("{P-inst}", person.form("inst"))
        .replace("{P}", person.nominative)
    )
    case = "gen" if "{P-gen}" in template else "inst" if "{P-inst}" in template else "nom"
    return OneMayorCase(
        person, city, capitalise(agreeing(text, person)), template, person.form(case)
    )


def test_the_press_words_for_a_mayor_with_the_city(pages: Pages) -> None:
    make = lambda rng: press_case(rng, PRESS)  # noqa: E731
    results, templates = measured(pages, make, mayor_of_the_city, published=PUBLISHED_2017)
    label = "3. 'włodarz/gospodarz/gospodyni <City gen>' + name -> mayor's post"
    assert tallied(label, results, templates) >= POSITIVE


def test_the_host_of_a_meeting_is_no_mayor(pages: Pages) -> None:
    make = lambda rng: press_case(rng, HOST_OF_A_MEETING)  # noqa: E731
    results, templates = measured(pages, make, read_and_no_mayor, published=PUBLISHED_2017)
    label = "3. negative: 'gospodarz spotkania X', 'gospodarzem obrad był X'"
    assert tallied(label, results, templates) >= NEGATIVE


# --- 4. exceptions in signing sentences ---------------------------------------------------------------


@dataclass(frozen=True)
class SigningCase:
    people: tuple[tuple[Person, str], ...]  # each person and a form the text writes them in
    cities: tuple[Named, ...]  # the cities in brackets after them
    others: tuple[Named, ...]  # cities whose mayors did sign
    text: str
    template: str


EXCEPTIONS = (
    "{D-acc} podpisali wszyscy prezydenci z wyjątkiem {P-gen} ({City}).",
    "{D-acc} podpisali wszyscy prezydenci miast UMP oprócz {P-gen} ({City}).",
    "Pod {d-inst} podpisali się wszyscy prezydenci z wyjątkiem {P-gen} ({City}).",
    "Wszyscy prezydenci, z wyjątkiem {P-gen} ({City}), podpisali {d-acc}.",
    "{D-acc} podpisali wszyscy prezydenci oprócz {P-gen}.",
    "{D-acc} podpisali wszyscy prezydenci – z wyjątkiem {P-gen} ({City}) i {Q-gen} ({City2}).",
    "Prezydenci przyjęli {d-acc}. Dokument podpisali wszyscy z wyjątkiem {P-gen} ({City}).",
)
# 'oprócz' also means 'besides': "Oprócz X deklarację podpisali także …" — X signed too.
BESIDES = (
    "Oprócz {P-gen} {d-acc} podpisali także prezydenci {others}.",
    "Oprócz {P-gen} ({City}) pod {d-inst} podpisali się również prezydenci {others}.",
    "{D-acc} podpisał(a) {P}, a oprócz {P-gen} także prezydenci {others}.",
)


def signing_case(rng: random.Random, templates: tuple[str, ...]) -> SigningCase:
    one, two = rng.sample(people(), 2)
    city, city2, *others = draw(rng, cities(), rng.choice((4, 5)))
    template = rng.choice(templates)
    text = (
        template.replace("{D-acc}", capitalise(migration_description(rng, "acc")))
        .replace("{d-acc}", migration_description(rng, "acc"))
        .replace("{d-inst}", migration_description(rng, "inst"))
        .replace("{d-gen}", migration_description(rng, "gen"))
        .replace("{City}", city.form("nom"))
        .replace("{City2}", city2.form("nom"))
        .replace("{others}", listed([c.form("gen") for c in others]))
        .replace("{mayor-gen}", mayor_genitive(one, city))
        .replace("{P-gen}", one.form("gen"))
        .replace("{Q-gen}", two.form("gen"))
        .replace("{P}", one.nominative)
    )
    written = [(one, one.nominative)] if "{P}" in template else []
    written += [(one, one.form("gen"))] if "{P-gen}" in template else []
    written += [(two, two.form("gen"))] if "{Q-gen}" in template else []
    bracketed = tuple(c for c, key in ((city, "{City}"), (city2, "{City2}")) if key in template)
    return SigningCase(
        tuple(written), bracketed, tuple(others), capitalise(agreeing(text, one)), template
    )


def mayor_genitive(person: Person, city: Named) -> str:
    """'prezydenta Gdańska', 'prezydentki Łodzi' (generated), before the name in the genitive."""
    title = "prezydentka" if person.gender == "f" else "prezydent"
    return f"{role_form(title, 'gen', person.gender)} {city.form('gen')}"


def signing_facts(ctx: DocumentContext) -> dict[str, set[object]]:
    return {
        name: objects(ctx, DECLARATION, name)
        for name in ("signatory", "nonSignatory", "signatoryCity", "nonSignatoryCity")
    }


def excepted(ctx: DocumentContext, case: SigningCase) -> tuple[bool, str]:
    said = signing_facts(ctx)
    whom = [named(ctx, p, written) for p, written in case.people]
    ok = (
        all(w is not None and w in said["nonSignatory"] for w in whom)
        and not set(whom) & said["signatory"]
        and all(c.iri in said["nonSignatoryCity"] for c in case.cities)
        and not {c.iri for c in case.cities} & said["signatoryCity"]
    )
    want = f"nonSignatory {[w for _, w in case.people]}, never signatory; "
    return ok, want + f"nonSignatoryCity {[c.slug for c in case.cities]}"


def test_an_exception_to_all_who_signed_did_not_sign(pages: Pages) -> None:
    make = lambda rng: signing_case(rng, EXCEPTIONS)  # noqa: E731
    results, templates = measured(pages, make, excepted, published=PUBLISHED_2017)
    label = "4. 'podpisali wszyscy z wyjątkiem/oprócz <Name gen> (<City>)' -> nonSignatory"
    assert tallied(label, results, templates) >= POSITIVE


def not_excepted(ctx: DocumentContext, case: SigningCase) -> tuple[bool, str]:
    said = signing_facts(ctx)
    whom = [named(ctx, p, written) for p, written in case.people]
    refused = [c.slug for c in (*case.cities, *case.others) if c.iri in said["nonSignatoryCity"]]
    ok = None not in whom and not set(whom) & said["nonSignatory"] and not refused
    return ok, f"read, no nonSignatory; nonSignatoryCity given to {refused}"


def test_besides_is_no_exception(pages: Pages) -> None:
    make = lambda rng: signing_case(rng, BESIDES)  # noqa: E731
    results, templates = measured(pages, make, not_excepted, published=PUBLISHED_2017)
    label = "4. negative: 'Oprócz X deklarację podpisali także …' (X signed too)"
    assert tallied(label, results, templates) >= NEGATIVE


# --- 5. a signature that is there, a place among the signatories ---------------------------------------

THERE = (
    "Pod {d-inst} widnieje także podpis {P-gen}.",
    "Pod {d-inst} widnieje też podpis {mayor-gen} {P-gen}.",
    "Prezydenci przyjęli {d-acc}. Pod dokumentem widnieje także podpis {P-gen}.",
    "Podpis {P-gen} widnieje także pod {d-inst}.",
    "{P} znalazł(a) się wśród sygnatariuszy {d-gen}.",
    "{P} również znalazł(a) się wśród sygnatariuszy {d-gen}.",
    "Prezydenci przyjęli {d-acc}. {P} znalazł(a) się wśród jej sygnatariuszy.",
)
# The same claim in the other word order Polish allows.
AMONG_FIRST = (
    "Wśród sygnatariuszy {d-gen} znalazł(a) się {P}.",
    "Wśród sygnatariuszy {d-gen} znalazł(a) się także {P}.",
)
NOT_THERE = (
    "Wśród sygnatariuszy {d-gen} zabrakło {P-gen}.",
    "Prezydenci przyjęli {d-acc}. Wśród sygnatariuszy zabrakło {P-gen}.",
    "Pod {d-inst} nie widnieje podpis {P-gen}.",
    "{P} nie znalazł(a) się wśród sygnatariuszy {d-gen}.",
)


def signatory_rate(pages: Pages, templates: tuple[str, ...], signs: bool, label: str) -> float:
    def check(ctx: DocumentContext, case: SigningCase) -> tuple[bool, str]:
        said = signing_facts(ctx)
        ((person, written),) = case.people
        who = named(ctx, person, written)
        if signs:
            ok = who is not None and who in said["signatory"] and who not in said["nonSignatory"]
            return ok, f"signatory {written!r}"
        ok = who is not None and who not in said["signatory"]
        return ok, f"read, not a signatory: {written!r}"

    make = lambda rng: signing_case(rng, templates)  # noqa: E731
    return tallied(label, *measured(pages, make, check, published=PUBLISHED_2017))


def test_a_signature_that_is_there_or_a_place_among_the_signatories(pages: Pages) -> None:
    label = "5a. 'widnieje podpis <Name gen>', '<Name> znalazł się wśród sygnatariuszy'"
    assert signatory_rate(pages, THERE, True, label) >= POSITIVE


def test_among_the_signatories_in_the_other_word_order(pages: Pages) -> None:
    label = "5b. 'Wśród sygnatariuszy … znalazł się <Name>' (word order)"
    assert signatory_rate(pages, AMONG_FIRST, True, label) >= POSITIVE


def test_a_missing_signature_names_no_signatory(pages: Pages) -> None:
    label = "5. negative: 'wśród sygnatariuszy zabrakło', 'nie widnieje', 'nie znalazł się'"
    assert signatory_rate(pages, NOT_THERE, False, label) >= NEGATIVE
