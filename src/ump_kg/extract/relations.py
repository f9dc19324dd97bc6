"""Relations stated in sentences: posts of people, units of offices, signatories of the
declaration, initiators of programmes, cities in programmes, leaders and funds of projects."""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re

import rdflib

from ..language.morphology import (
    ORGAN_HEADS,
    analyses,
    person_name,
    phrase_base_form,
    readings_of,
    tag_has,
    town_in_an_office_name,
)
from ..slug import slugify
from ..vocab import UMP
from .context import (
    DocumentContext,
    body_of_seat,
    chain_from,
    colon_intro,
    in_item,
    is_section_break,
    items_after,
    opens_item,
    preceded_by,
    within,
    without_names,
)
from .dates import DateMention
from .events import (
    BODY_COLUMN,
    CITY_COLUMN,
    NAME_COLUMN,
    TOPIC,
    cells,
    city_of_the_publisher,
    column_cell,
    header_of,
)
from .gazetteer import Mention, ThemeMatcher, lemmas
from .names import (
    ACT_NUMBER,
    AUTHORED_DOCUMENT_WORD,
    DEGREE_ABBREVIATIONS,
    DOCUMENT_WORD_BEFORE,
    EN_OFFICE_UNIT_HEADS,
    NUMBERED_ACT_HEADS,
    OMBUDSMAN,
    ORGANISATION_HEADS,
    OWNER_ACRONYM,
    TITLE_MARKER,
    adjectives_before_a_noun,
    head_lemma,
)
from .places import a_country_in_the_genitive, abroad
from .sentences import Sentence, is_abbreviation

ROLES = [  # (pattern of the role word in any case, role slug, post name pl, post name en)
    (
        # ("zastępczyni prezydent Gdańska": a woman mayor's title does not decline)
        r"[Zz]astęp(?:ca|cy|cą|czyni|czynią)\s+[Pp]rezydenta?",
        "zastepca-prezydenta-miasta",
        "Zastępca Prezydenta Miasta",
        "Deputy Mayor of",
    ),
    (
        r"[Ww]iceprezydent\w*",
        "zastepca-prezydenta-miasta",
        "Zastępca Prezydenta Miasta",
        "Deputy Mayor of",
    ),
    (r"[Pp]rezydent(?:a|em|owi|ka|ki|ką)?", "prezydent-miasta", "Prezydent Miasta", "Mayor of"),
    # A town's mayor: "burmistrz Wieliczki Artur Kozioł", "zastępca burmistrza Sopotu".
    (
        r"[Zz]astęp(?:ca|cy|cą|czyni|czynią)\s+[Bb]urmistrza?|[Ww]iceburmistrz\w*",
        "",
        "Zastępca Burmistrza",
        "Deputy Mayor of",
    ),
    # (no role: the register's "prezydent miasta" governs a city with county rights)
    (r"[Bb]urmistrz(?:a|em|owi|u)?", "", "Burmistrz", "Mayor of"),
    # The press's words for a mayor, always with the city: "włodarz Szczecina", "gospodarz
    # Poznania", "szef Rzeszowa" (a "gospodarz spotkania", "szef biura" name no city and so no
    # post).
    (
        r"[Ww]łodar(?:z|za|zem|zowi|ze)|[Gg]ospodar(?:z|za|zem|zowi|ze)|[Gg]ospodyni(?:ą)?|"
        r"[Ss]zef(?:a|em|owi|ie|owa|owej|ową)?",
        "prezydent-miasta",
        "Prezydent Miasta",
        "Mayor of",
    ),
    # English pages: "Deputy Mayor of Wrocław Renata Granowska", "Jan Nowak, Mayor of Gdańsk"
    (
        r"(?:[Dd]eputy|[Vv]ice)[ -][Mm]ayor(?:\s+of)?",
        "zastepca-prezydenta-miasta",
        "Zastępca Prezydenta Miasta",
        "Deputy Mayor of",
    ),
    (
        r"(?<![Dd]eputy )(?<![Vv]ice )(?<![Vv]ice-)[Mm]ayor(?:\s+of)?",
        "prezydent-miasta",
        "Prezydent Miasta",
        "Mayor of",
    ),
]
HEAD_ROLES = [  # a person's post in a unit: (role word, role slug by the unit's head noun)
    (
        r"szef\w*|kierownicz\w*|kierownik\w*",
        {
            "dział": "kierownik-dzialu",
            "referat": "kierownik-referatu",
            "wydział": "dyrektor-wydzialu",
        },
    ),
    (
        r"dyrektor\w*",
        {
            "wydział": "dyrektor-wydzialu",
            "dział": "kierownik-dzialu",
            "referat": "kierownik-referatu",
        },
    ),
    (r"koordynator\w*", {}),
]
NEGATION = re.compile(
    r"\b(brak\w*|nie\s+\w+|bez\s+\w+|zabrakło|odmówi\w*|"
    # English pages: "the only mayor who declined to sign was …", "did not sign"
    r"(?:declined|refused)\s+to|(?:did|does|has|have)\s+not|not\s+(?:signed|sign))\b",
    re.IGNORECASE,
)
SIGNING = re.compile(
    r"(?i)sygnatariusz\w*|podpisa\w*|podpis\w*|sygnowa\w*|parafowa\w*|\bpopar(?:ł|ła|ło|li|ły)\b|"
    # "Katowice nie przyłączyły się do deklaracji": joining a document is signing it
    r"\bprzyłącz\w*\s+się\s+do\b|"
    r"\bsign(?:ed|s|ing|atur\w*|ator\w*)\b|\bendorsed\b|\b(?:not|to)\s+sign\b"
)
COMMITMENT = re.compile(
    r"(?:zapisano|czytamy|zobowiąz\w+|deklarują)[^:]*:\s*(?P<text>.+)", re.DOTALL
)
# "Miasta zobowiązały się do przygotowania lokalnych planów integracji, obejmujących …", "the
# cities committed to …": what the signatories undertake, without a colon.
COMMITS_TO = re.compile(
    r"(?i)\b(?:zobowiąza(?:ły|li|ł|ła)\s+się\s+(?:tam\s+|w\s+nim\s+|w\s+niej\s+)?"
    r"(?:do|że)|zobowiązuj\w+\s+się\s+(?:do|że)|commit(?:ted|s)?\s+(?:themselves\s+)?to)"
    r"\s+(?P<text>[^.;]+)"
)
FOUNDED = re.compile(r"powoła\w*|utworzon\w*|powsta\w*")
BECAUSE_OF = re.compile(r"w związku z|na podstawie|na mocy|w wyniku")
JOINT = re.compile(
    r"wspóln\w+\s+(inicjatyw\w+|przedsięwzię\w+|program\w*|projekt\w*|działani\w*)|"
    r"\bjoint\s+(action|initiative|programme|program|project)\s+of\b"
)
# "To wspólne przedsięwzięcie Rady Europy …", "Jest to inicjatywa …", "This is a joint …": the
# sentence is about what the one before named.
DEMONSTRATIVE_SUBJECT = re.compile(r"[\s*•-]*(?:To|Jest\s+to|Było\s+to|It\s+is|This\s+is)\b")
INITIATOR = re.compile(r"inicjator\w*|pomysłodaw\w*|twór\w+\s+program\w*")
IN_PROGRAMME = re.compile(
    r"jedyn\w+\s+polski\w+\s+miast\w+\s+w\s+program\w*|uczestnicz\w+\s+w\s+program\w*|"
    r"w\s+program\w*\s+uczestnicz\w+|"
    r"należ\w+\s+do\s+(program\w*|sieci)|członk\w+\s+(programu|sieci)|dołączył\w*\s+do\s+(programu|sieci)|"
    r"\bjoin(?:ed|s)?\b|members?\s+of\s+the\b|take[s]?\s+part\s+in|took\s+part\s+in|participat\w+\s+in|"
    r"wybran\w+\s+do\s+(?:\w+\s+){0,3}?program\w*|(?:chosen|selected)\s+(?:for|to\s+join)\b|"
    r"\bprzystąpi\w*|\bprzystęp\w*",
    re.IGNORECASE,  # "należy do Programu Miast Międzykulturowych"
)
PREPARING = re.compile(r"przygotow\w+\s+(się\s+)?do\s+(wstąpienia|przystąpienia|dołączenia)")
LEADER = re.compile(
    r"lider\w*\s*(?:projektu\s*)?[:\-–]?\s*$|realizowan\w+\s+przez\s*$|prowadzon\w+\s+przez\s*$"
)
PARTNERS = re.compile(r"partner\w*")


def find_relations(ctx: DocumentContext, themes: ThemeMatcher) -> None:
    known_declarations_by_their_names(ctx)
    for sentence in ctx.sentences:
        members(ctx, sentence)
        represented_in_bodies(ctx, sentence)
        member_cities(ctx, sentence)
        members_in_a_relative_clause(ctx, sentence)
        seats_in_brackets(ctx, sentence)
        cities_listed_with_their_association(ctx, sentence)
        cities_named_as_members(ctx, sentence)
        bodies_as_members(ctx, sentence)
        ministers(ctx, sentence)
        posts_of_mayors(ctx, sentence)
        deputy_mayors_listed(ctx, sentence)
        posts_of_voivodes(ctx, sentence)
        known_mayors_titled_after(ctx, sentence)
        known_mayors_from_their_city(ctx, sentence)
        heads_of_the_unit_named_before(ctx, sentence)
        mayors_with_their_city(ctx, sentence)
        mayors_by_possessive(ctx, sentence)
        ombudsmen_with_their_holders(ctx, sentence)
        posts_in_apposition(ctx, sentence)
        posts_before_names(ctx, sentence)
        diplomats_before_names(ctx, sentence)
        posts_named_before_taken_up(ctx, sentence)
        city_officers_before_names(ctx, sentence)
        city_officers_after_names(ctx, sentence)
        body_roles_before_names(ctx, sentence)
        posts_by_copula(ctx, sentence)
        posts_without_subject(ctx, sentence)
        posts_of_new_holders(ctx, sentence)
        people_of_a_table_row(ctx, sentence)
        posts_by_leading_verbs(ctx, sentence)
        posts_of_the_subject_who_leads(ctx, sentence)
        mayors_by_governing(ctx, sentence)
        mayors_city_by_city(ctx, sentence)
        mayors_governing_in(ctx, sentence)
        heads_in_brackets(ctx, sentence)
        affiliations(ctx, sentence)
        representatives(ctx, sentence)
        representative_after_the_body(ctx, sentence)
        coordinators_by_relative_clause(ctx, sentence)  # (after: its post keeps the membership)
        posts_in_units(ctx, sentence)
        units_of_offices(ctx, sentence)
        units_listed_after_a_dash(ctx, sentence)
        bodies_in_cities(ctx, sentence)
        declaration_facts(ctx, sentence, themes)
        programme_facts(ctx, sentence)
        project_facts(ctx, sentence)
        project_runners(ctx, sentence)
        part_of_a_programme(ctx, sentence)
        project_team_listed(ctx, sentence)
        project_partners_and_funds(ctx, sentence)
        project_partners_before_the_verb(ctx, sentence)
        initiatives_organised_by(ctx, sentence)
        partners_listed(ctx, sentence)
        partners_in_a_table(ctx, sentence)
        cities_in_projects(ctx, sentence)
        project_roles(ctx, sentence)
        centres_and_their_runners(ctx, sentence)
        centres_opened_by(ctx, sentence)
        members_listed(ctx, sentence)
        bodies_established_under(ctx, sentence)
        document_themes(ctx, sentence, themes)
        document_authors(ctx, sentence)
        project_themes(ctx, sentence, themes)
    themes_in_titles(ctx, themes)
    themes_of_the_pages_project(ctx, themes)
    signing_in_the_first_person(ctx)
    mayors_of_signatory_cities(ctx)
    signed_documents_are_declarations(ctx)


# "powołane zarządzeniem nr 37/3/2021 Prezydenta …", "została powołana uchwałą …", "Na mocy
# zarządzenia … powołano Radę …", "established by Decision …"
ESTABLISHED = re.compile(
    r"(?i)\b(?:powoła\w*|utworzon\w*|utworzy(?:ł|ła|ło|li)\w*|utworzono|ustanowi\w*|"
    r"establish\w*|set\s+up|created)\b"
)


def bodies_established_under(ctx: DocumentContext, sentence: Sentence) -> None:
    """A body and the one document a sentence says it was established by ("Komisja … powołana
    zarządzeniem nr 37/3/2021 Prezydenta Miasta Lublin", "Uchwałą nr … Rada Miasta powołała Radę
    Imigrantów"): the body was established under it. The document's author, named inside its
    title, is no body established by it."""
    verb = ESTABLISHED.search(sentence.text)
    documents = [m for m in ctx.mentions_in(sentence, "document") if ACT_TITLE.match(m.text)]
    if verb is None or len(documents) != 1:
        return
    document = documents[0]
    # ("Rada Miasta powołała Radę Imigrantów uchwałą …": the subject of an active verb set it up)
    active = ACTIVE_FOUNDING.search(sentence.text)
    for body in outermost(ctx.mentions_in(sentence, "org", "unit", "team", "document")):
        if body.kind == "document" or body.iri == document.iri:
            continue
        if active and body.end <= sentence.start + active.start():
            continue
        if (
            ctx.reference.city_of_office.get(body.iri)
            or body.iri in ctx.reference.office_of_city.values()
        ):
            continue  # a city's office issues acts, it is not set up by them
        if body.start >= document.end and not ctx.text(document.end, body.start).strip():
            continue  # "uchwałą nr 12/2020 Rady Miasta": the act's author, right after it
        ctx.fact(body.iri, "establishedUnder", document.iri, sentence)


ACTIVE_FOUNDING = re.compile(r"(?i)\b(?:powołał|utworzył|ustanowił)(?:a|o|y|i)?\b")
# An act named by its kind and number ("zarządzenie nr 37/3/2021 …", "uchwała nr XII/…",
# "Decision No 12/2020"): the kinds of document that set bodies up.
ACT_TITLE = re.compile(
    r"(?i)(?:zarządzeni|uchwał|decyzj|postanowieni|rozporządzeni|decision|resolution|order)\w*\b"
)


SIGNING_PROPERTIES = (
    "signatory", "signatoryCity", "nonSignatory", "nonSignatoryCity", "signedAt", "signedIn",
    "signedOn",
)  # fmt: skip


def signed_documents_are_declarations(ctx: DocumentContext) -> None:
    """A position or appeal the mayors signed ("Stanowisko podpisali prezydenci: …") is, in the
    ontology's terms, a declaration: a document signed by representatives of cities."""
    for fact in ctx.facts:
        entity = ctx.entities.get(fact.s)
        signing = fact.p.rsplit("/", 1)[-1] in SIGNING_PROPERTIES
        if entity is not None and signing and entity.cls == UMP + "Document":
            entity.cls = UMP + "Declaration"


# "Marcin Krupa: Nie podpisałem i nie podpiszę": a person's own words after a colon.
FIRST_PERSON_SIGNING = re.compile(
    r"(?i)\b(?P<neg>nie\s+)?(?:podpisa(?:łem|łam)|sygnowa(?:łem|łam)|złoży(?:łem|łam)\s+podpis)"
)


def signing_in_the_first_person(ctx: DocumentContext) -> None:
    """A person quoted after a colon who says "(nie) podpisałem" did (not) sign the declaration
    the page speaks of (the only one it names)."""
    named = {m.iri for m in ctx.mentions if m.kind == "document"}
    described = declaration_named_before(ctx, len(ctx.doc.text))
    declarations = named | ({described} if described else set())
    if len(declarations) != 1:
        return
    (declaration,) = declarations
    for sentence in ctx.sentences:
        for person in ctx.mentions_in(sentence, "person"):
            quote = re.match(r"\s*:\s*[„\"“]?", ctx.text(person.end, sentence.end))
            said = (
                FIRST_PERSON_SIGNING.search(ctx.text(person.end, sentence.end)) if quote else None
            )
            if said:
                prop = "nonSignatory" if said.group("neg") else "signatory"
                ctx.fact(declaration, prop, person.iri, sentence)


def mayors_of_signatory_cities(ctx: DocumentContext) -> None:
    """Mayors sign for their cities: "Dokument podpisali prezydenci Białegostoku, Gdańska, …"
    and, elsewhere on the page, "prezydent Gdańska Paweł Adamowicz" make Adamowicz a
    signatory (unless a deputy signed for that city); the mayor of a city that did not sign
    did not sign either."""
    mayors = holders_of(ctx, "prezydent-miasta")
    deputies = holders_of(ctx, "zastepca-prezydenta-miasta")
    said = {(f.s, f.p.rsplit("/", 1)[-1], str(f.o)) for f in ctx.facts}
    # … and the city of a mayor (or a deputy, who signs for the mayor) who signed ("Prezydent
    # Rafał Dutkiewicz podpisał") signed.
    # ("Dokument podpisali: Paweł Adamowicz, Jacek Majchrowski, …": the reference knows the
    # city each of its mayors and deputies serves)
    city_of_mayor = {
        person: city
        for known in ctx.reference.people_by_surname.values()
        for person, city in known
        if city is not None
    }
    city_of_mayor.update(dict(deputies + mayors))
    signed_by_deputy = {
        city
        for person, city in deputies
        if any(f.p.endswith("/signatory") and str(f.o) == person for f in ctx.facts)
    }
    mayors = [(person, city) for person, city in mayors if city not in signed_by_deputy]
    # A page that names two mayors of one city (successive ones: "Paweł Adamowicz",
    # "Aleksandra Dulkiewicz") does not say which of them signed for it.
    one_mayor = {city for _, city in mayors if len({p for p, c in mayors if c == city}) == 1}
    mayors = [(person, city) for person, city in mayors if city in one_mayor]
    for fact in list(ctx.facts):
        kind = fact.p.rsplit("/", 1)[-1]
        city = city_of_mayor.get(str(fact.o))
        if kind in ("signatory", "nonSignatory") and city is not None:
            other = "nonSignatoryCity" if kind == "signatory" else "signatoryCity"
            if (fact.s, other, city) not in said:
                ctx.fact(fact.s, kind + "City", city, fact.sentence)
    for fact in list(ctx.facts):
        kind = fact.p.rsplit("/", 1)[-1]
        if kind not in ("signatoryCity", "nonSignatoryCity"):
            continue
        for person, city in mayors:
            if city != str(fact.o):
                continue
            role = "signatory" if kind == "signatoryCity" else "nonSignatory"
            other = "nonSignatory" if role == "signatory" else "signatory"
            if (fact.s, other, person) not in said:
                ctx.fact(fact.s, role, person, fact.sentence)


def holders_of(ctx: DocumentContext, role: str) -> list[tuple[str, str]]:
    """(person, city) of the page's posts of a city office with this role."""
    city_of_office = ctx.reference.city_of_office
    posts = {f.s for f in ctx.facts if f.p.endswith("role") and str(f.o) == ctx.iri("role", role)}
    city_of_post = {
        f.s: city_of_office[str(f.o)]
        for f in ctx.facts
        if f.s in posts and f.p.endswith("postIn") and str(f.o) in city_of_office
    }
    return [
        (str(f.s), city_of_post[str(f.o)])
        for f in ctx.facts
        if f.p.endswith("holds") and str(f.o) in city_of_post
    ]


# "Program integracji cudzoziemców w Łodzi", "Program Integracji Cudzoziemców w Bydgoszczy na
# lata 2021–2025": a programme named by the word for it and a lower-case subject, or a town's
# programme for a period, describes itself (a brand, "Program Miast Międzykulturowych", does not)
DESCRIPTIVE_PROGRAMME = re.compile(r"[Pp]rogram\w*\s+(?:[a-ząćęłńóśźż]|.*\bna\s+lata\b)")


def themes_in_titles(ctx: DocumentContext, themes: ThemeMatcher) -> None:
    """A document's or project's title that names a theme says what it is about: "Stanowisko
    … w sprawie relokacji i przesiedleń uchodźców", "Szczecin – Wspólne Miasto. Lokalny system
    wsparcia integracji …". (A programme's name is a brand, not a summary: "Miasta
    Międzykulturowe" is not thereby on intercultural dialogue; unless it is named by the word
    "Program" and its subject: "Program integracji cudzoziemców w Łodzi".)"""
    seen: set[str] = set()
    for mention in ctx.mentions:
        descriptive = mention.kind == "programme" and DESCRIPTIVE_PROGRAMME.match(mention.text)
        if (mention.kind not in ("document", "project") and not descriptive) or mention.iri in seen:
            continue
        seen.add(mention.iri)
        sentence = ctx.sentence_at(mention.start)
        if sentence is None:
            continue
        for theme in themes.find(ctx.text(mention.start, mention.end)):
            ctx.fact(mention.iri, "theme", theme, sentence)


# "- Topics: …", "- Tematyka: …", "- Działania: …": an item that says itself what it lists
ITEM_OF_TOPICS = re.compile(
    r"(?i)[\s*•\d.)-]*(?:\*\*)?(?:topics?|themes?|areas?|activities|tematy(?:ka)?|obszary|"
    r"zakres|działania|cele)(?:\*\*)?\s*:"
)


def themes_of_the_pages_project(ctx: DocumentContext, themes: ThemeMatcher) -> None:
    """A project's own page (the one project it names, in its title): what the page says the
    project does, anywhere on the page, is what the project is on. (A document's page is not
    read so: what a page says around a report or a position need not be what it says.)"""
    projects = {m.iri for m in ctx.mentions if m.kind == "project"}
    project = title_mention(ctx, "project")
    if project is None or projects != {project}:
        return
    for sentence in ctx.sentences:
        # (a list's items are read by what the list is under: "## Partnerzy", "## Dla kogo?"
        # items are not what the project does; project_themes reads "Projekt oferuje:" lists)
        listed = opens_item(ctx, sentence) and not ITEM_OF_TOPICS.match(sentence.text)
        if ctx.events_in(sentence) or listed:
            continue
        for theme in themes.find(without_names(ctx, sentence)):
            ctx.fact(project, "theme", theme, sentence)


def right_after(
    ctx: DocumentContext, first_end: int, second: Mention, allowed: str = r"[\s,]*"
) -> bool:
    if second.start < first_end:
        return False  # a mention before the first one is not "after" it
    return re.fullmatch(allowed, ctx.text(first_end, second.start)) is not None


# --- posts -------------------------------------------------------------------------------------


# "wojewoda małopolski Łukasz Kmita", "z wojewodą świętokrzyskim Józefem Brykiem", "Dariusz
# Drelich, wojewoda pomorski": the voivode's word and the voivodeship's adjective
VOIVODE = re.compile(r"(?<![\w-])(?P<role>(?:[Ww]ice)?[Ww]ojewod\w*)\s+(?P<adjective>[\w-]+)")


def posts_of_voivodes(ctx: DocumentContext, sentence: Sentence) -> None:
    """A voivode (or a deputy) named with the voivodeship's adjective holds a post in the
    voivode's office the page names by the same adjective ("Małopolski Urząd Wojewódzki"): the
    person right after the words, or right before them and a comma. A page that names no such
    office gives no post (the office is not made up from the title)."""
    people = ctx.mentions_in(sentence, "person")
    for cue in VOIVODE.finditer(sentence.text):
        adjective = adjective_lemma(cue["adjective"])
        office = voivodes_office_named(ctx, adjective) if adjective else None
        if office is None:
            continue
        start, end = sentence.start + cue.start(), sentence.start + cue.end()
        after = [p for p in people if right_after(ctx, end, p, r"\s*" + DEGREES)]
        before = [
            p for p in people if p.end <= start and re.fullmatch(r"\s*,\s*", ctx.text(p.end, start))
        ]
        for person in (after or before)[:1]:
            add_post(ctx, sentence, person.iri, office, cue["role"])


def adjective_lemma(word: str) -> str | None:
    """ "małopolskiego" → "małopolski", "Kujawsko-Pomorskim" → "kujawsko-pomorski": an
    adjective's masculine nominative (of a compound one, SGJP declines the last part)."""
    first, _, last = word.lower().rpartition("-")
    lemmas = sorted({lemma for lemma, _ in readings_of(last, ("adj",))})
    return f"{first}-{lemmas[0]}" if first and lemmas else (lemmas[0] if lemmas else None)


def voivodes_office_named(ctx: DocumentContext, adjective: str) -> str | None:
    """The body of the page named "<the adjective> Urząd Wojewódzki" (with its seat or not)."""
    for iri, entity in ctx.entities.items():
        words = entity.label_pl.split()
        if words[1:3] == ["Urząd", "Wojewódzki"] and adjective_lemma(words[0]) == adjective:
            return iri
    return None


def mayor_city_of(ctx: DocumentContext, person: str) -> str | None:
    """The city of a reference person's mayor's post (reference data), if any."""
    return next(
        (
            city
            for people in ctx.reference.people_by_surname.values()
            for iri, city in people
            if iri == person and city is not None
        ),
        None,
    )


# ", prezydent miasta od czerwca 2021 r.", ", prezydentka miasta", ", the mayor,": the title
# after a name, without its city.
TITLE_AFTER_NAME = re.compile(
    r"\s*,\s*(?:(?:obecn\w+|ówczesn\w+|current|then)\s+)?"
    r"(?:prezydent(?:ka)?(?:\s+miasta)?|the\s+mayor|mayor)(?!\s+(?:[A-ZŁŚŻĆŹ]|m\.\s?st\.|of\b))"
)


def known_mayors_titled_after(ctx: DocumentContext, sentence: Sentence) -> None:
    """ "Konrad Fijołek, prezydent miasta od czerwca 2021 r.": a mayor the reference knows,
    titled after the name without the city, holds the mayor's post of the city the register
    gives."""
    for person in ctx.mentions_in(sentence, "person"):
        city = mayor_city_of(ctx, person.iri)
        if city and TITLE_AFTER_NAME.match(ctx.text(person.end, sentence.end)):
            add_the_mayors_post(ctx, sentence, person.iri, city)


def known_mayors_from_their_city(ctx: DocumentContext, sentence: Sentence) -> None:
    """ "Rafał Trzaskowski z Warszawy", "Tadeusza Truskolaskiego z Białegostoku": a mayor the
    reference knows, said to be from the city whose mayor the register says they are, holds
    that post (from another city, nothing is said)."""
    cities = ctx.mentions_in(sentence, "city")
    for person in ctx.mentions_in(sentence, "person"):
        city = mayor_city_of(ctx, person.iri)
        after = next((c for c in cities if c.start >= person.end), None)
        if (
            city is not None
            and after is not None
            and after.iri == city
            and re.fullmatch(r"\s*,?\s*(?:z|ze|from)\s+", ctx.text(person.end, after.start))
        ):
            add_the_mayors_post(ctx, sentence, person.iri, city)


# (a portfolio may be capitalised as a unit's name is: "Zastępca Prezydenta Miasta Lublin ds.
# Oświaty i Wychowania Mariusz Banach")
PORTFOLIO = (
    r"\s+(?:ds\.|do\s+spraw)\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ]?[a-ząćęłńóśźż]+,?\s+(?:i\s+|oraz\s+)?){1,6}"
)


def posts_of_mayors(ctx: DocumentContext, sentence: Sentence) -> None:
    """'Prezydent Miasta Krakowa Jacek Majchrowski', 'zastępca prezydenta Poznania Jędrzej Solarski'."""
    cities = ctx.mentions_in(sentence, "city")
    people = ctx.mentions_in(sentence, "person")
    taken: list[int] = []  # cities already given a post: "zastępca prezydenta" is not "prezydent"
    for pattern, role, post_pl, post_en in ROLES:
        for match in re.finditer(
            # "zastępca prezydenta ds. polityki społecznej X", "zastępczyni prezydenta m.st. …"
            r"\b(?:" + pattern + r")\s+(?:ds\.\s+(?:[a-ząćęłńóśźż]+\s+){1,3})?"
            # ("Mayor of the City of Kraków", "Mayor of the Capital City of Warsaw")
            r"(?:[Mm]iasta\s+(?:[Ss]tołecznego\s+)?|m\.\s?st\.\s+|"
            r"(?:the\s+)?(?:[Cc]apital\s+)?[Cc]ity\s+of\s+)?",
            sentence.text,
        ):
            start = sentence.start + match.end()
            if MAYORS_AIDE.search(ctx.text(sentence.start, sentence.start + match.start())):
                continue  # "pełnomocniczka prezydenta Lublina Anna Kos" is not the mayor
            city = next((c for c in cities if c.start == start), None)
            if city is None:
                # "zastępca prezydenta Andrzej Kulig": a mayor's post named without its city,
                # right before a name, is in the city the page has spoken of.
                person = next((p for p in people if p.start == start), None)
                if person is None and a_deputys_portfolio(ctx, match, start, sentence, role):
                    # "Piotr Borawski, zastępca prezydenta ds. przedsiębiorczości, mówił": the
                    # deputy named before the title, with a portfolio and no city
                    person = person_before_role(ctx, people, sentence.start + match.start())
                if re.search(
                    "['\u2019]s\\s+$", ctx.text(sentence.start, sentence.start + match.start())
                ):
                    continue  # "Lublin's Mayor Krzysztof Żuk": the possessive names the city
                # "Bydgoszcz – wiceprezydent Anna Mackiewicz": the city heads the list item.
                heading = next(
                    (
                        c
                        for c in cities
                        if re.fullmatch(
                            r"\s*[–—:-]\s*", ctx.text(c.end, sentence.start + match.start())
                        )
                    ),
                    None,
                )
                paired = (
                    respectively(ctx, sentence, person) or signed_for(ctx, sentence, person)
                    if person
                    else None
                )
                unnamed_city = (
                    (heading.iri if heading else paired or city_spoken_of(ctx, sentence))
                    if person
                    else None
                )
                known = mayor_city_of(ctx, person.iri) if person else None
                if known and role == "prezydent-miasta":
                    # "prezydent Żuk" on a page about Katowice: the register knows his city.
                    unnamed_city = known
                if (
                    unnamed_city
                    and person
                    and role == "prezydent-miasta"
                    and another_mayor_named(ctx, unnamed_city, person)
                ):
                    unnamed_city = None  # a city has one mayor, and the page names another
                if (
                    person
                    and unnamed_city
                    and person.start not in taken
                    and (known or not holds_a_post(ctx, person.iri))
                ):
                    # ("podkreślał burmistrz Nazarko" after "burmistrza Michałowa Marka Nazarki":
                    # the post the page gave him, not one in the city it speaks of)
                    taken.append(person.start)
                    add_mayor_post(ctx, sentence, person.iri, unnamed_city, role, post_pl, post_en)
                continue
            if city.start in taken:
                continue
            if re.match("['\u2019]s\\b", ctx.text(city.end, city.end + 3)):
                continue  # "the Mayor of Poznań's Plenipotentiary": another post, the mayor's aide
            taken.append(city.start)
            # "prezydent Gdańska Paweł Adamowicz", "Prezydent Miasta Lublin (Krzysztof Żuk)"
            # "prezydent Gdańska Paweł Adamowicz", "the Mayor of Bydgoszcz, Rafał Bruski,"
            # (the comma only in English: a Polish list goes on "…Bydgoszczy, Paweł Adamowicz –")
            person = next(
                (
                    p
                    for p in people
                    if right_after(ctx, city.end, p, r"\s*(?:\(\s*)?")
                    # "wiceprezydent Krakowa ds. społecznych Andrzej Kulig": the portfolio
                    # between the city and the name
                    or right_after(ctx, city.end, p, PORTFOLIO)
                    # "prezydentką Gdańska została Aleksandra Dulkiewicz"
                    or right_after(ctx, city.end, p, COPULA_GAP)
                    or (
                        right_after(ctx, city.end, p, r"\s*,\s*")
                        # "Jacek Jaśkowiak – gospodarz Poznania, Rafał Trzaskowski": the role
                        # already belongs to the name before it
                        and person_before_role(ctx, people, sentence.start + match.start()) is None
                        # "prezydent Lublina, Krzysztof Żuk, …" but not a list's next item
                        # "…Bydgoszczy, Paweł Adamowicz – prezydent Gdańska"
                        and not re.match(r"\s*(?:[–—-]|\()", ctx.text(p.end, sentence.end))
                    )
                ),
                None,
            )
            if person is None:
                # "Anna Mackiewicz – zastępczyni prezydenta Bydgoszczy": the name before a dash.
                person = person_before_role(ctx, people, sentence.start + match.start())
            if person is None:
                continue
            add_mayor_post(ctx, sentence, person.iri, city.iri, role, post_pl, post_en)


def a_deputys_portfolio(
    ctx: DocumentContext, match: re.Match[str], start: int, sentence: Sentence, role: str
) -> bool:
    """Whether a deputy mayor's title with no city goes on with a portfolio alone ("ds.
    przedsiębiorczości i ochrony klimatu,", "ds. Kultury, Sportu i Partycypacji."), not into a
    body's name ("wiceprezydent ds. finansów Fundacji X")."""
    if role != "zastepca-prezydenta-miasta":
        return False
    at = sentence.start + match.start() + match.group(0).find("ds.")
    at = at if "ds." in match.group(0) else start
    clause = DEPUTYS_PORTFOLIO.match(ctx.text(at, sentence.end))
    return clause is not None and not BODY_AFTER_PORTFOLIO.search(clause.group(0))


# A portfolio to the clause's end: a dash, a bracket, a colon or the sentence's end
DEPUTYS_PORTFOLIO = re.compile(r"(?:ds\.|do\s+spraw)\s[^.;:()–—]*")
# A capitalised word right after a small one ("ds. finansów Fundacji X"); a capitalised
# portfolio joins its words by "i" ("ds. Kultury, Sportu i Partycypacji", "do spraw Edukacji")
BODY_AFTER_PORTFOLIO = re.compile(
    r"(?<![\w-])(?!(?:i|oraz|spraw)\s)[a-ząćęłńóśźż][\w-]*\s+[A-ZĄĆĘŁŃÓŚŹŻ]"
)


# Deputy mayors named together: "wiceprezydenci Krakowa Andrzej Kulig i Anna Korfel-Jasińska",
# "zastępców prezydenta Poznania Mariusza Wiśniewskiego i Jędrzeja Solarskiego", "prezydent Kielc
# Bogdan Wenta, jego zastępcy Bożena Szczypiór, Agata Wojda i Marcin Chłodnicki". The plural's
# forms only; "zastępcy" and "wiceprezydentki" are also a singular's genitive
# (`DEPUTIES_AMBIGUOUS`).
DEPUTIES = re.compile(
    r"(?<![\w-])(?:(?P<possessive>jego|jej)\s+)?(?P<word>"
    r"[Ww]iceprezyden(?:ci|tów|tom|tami|tach|tki|tek|tkom|tkami|tkach)|"
    r"[Zz]astęp(?:cy|ców|com|cami|cach|czynie|czyń|czyniom|czyniami|czyniach)"
    r"(?P<mayor>\s+[Pp]rezydenta?)?"
    r")(?![\w-])"
)
DEPUTIES_AMBIGUOUS = ("wiceprezydentki", "zastępcy")
LIST_GAP = r"\s*,\s*|\s+(?:i|oraz)\s+"


def deputy_mayors_listed(ctx: DocumentContext, sentence: Sentence) -> None:
    """Deputy mayors named in a list after the plural of their title (`DEPUTIES`) each hold the
    deputy's post: in the city named after the title, else, after "jego"/"jej", the city of
    the mayor named before them, else the city the page speaks of (`city_spoken_of`)."""
    people = ctx.mentions_in(sentence, "person")
    for cue in DEPUTIES.finditer(sentence.text):
        if (
            not cue["possessive"]
            and not cue["word"].lower().startswith("wice")
            and not cue["mayor"]
        ):
            continue  # "zastępcy" alone are anyone's deputies
        at = sentence.start + cue.end()
        city = city_after_the_title(ctx, sentence, at)
        start = city.end if city else at
        listed = people_listed_from(ctx, people, start)
        if len(listed) < 2 or (
            cue["word"].split()[0].lower() in DEPUTIES_AMBIGUOUS
            and not all(written_whole(p) for p in listed)
        ):
            continue  # ("zastępcy prezydenta X Jana Nowaka": one deputy, in the genitive)
        iri = deputies_city(ctx, sentence, city, cue)
        if iri is None:
            continue
        for person in listed:
            add_mayor_post(
                ctx,
                sentence,
                person.iri,
                iri,
                "zastepca-prezydenta-miasta",
                "Zastępca Prezydenta Miasta",
                "Deputy Mayor of",
            )


def deputies_city(
    ctx: DocumentContext, sentence: Sentence, city: Mention | None, cue: re.Match[str]
) -> str | None:
    """The city named after the title, else, after "jego"/"jej", the city of the mayor named
    before, else the city the page speaks of."""
    if city is not None:
        return city.iri
    if cue["possessive"]:
        return city_of_the_mayor_before(ctx, sentence, sentence.start + cue.start())
    return city_spoken_of(ctx, sentence)


def city_after_the_title(ctx: DocumentContext, sentence: Sentence, at: int) -> Mention | None:
    """The city right after a mayor's title ("… Krakowa", "… Miasta Krakowa", "… m.st. Warszawy")."""
    return next(
        (
            c
            for c in ctx.mentions_in(sentence, "city")
            if c.start >= at
            and re.fullmatch(r"\s+(?:(?:[Mm]iasta|m\.\s?st\.)\s+)?", ctx.text(at, c.start))
        ),
        None,
    )


def people_listed_from(ctx: DocumentContext, people: list[Mention], start: int) -> list[Mention]:
    """The people named one after another from `start` (a portfolio may come first: "ds.
    społecznych"), joined by commas, "i" or "oraz"."""
    listed: list[Mention] = []
    for person in people:
        end = listed[-1].end if listed else start
        gap = LIST_GAP if listed else r"\s+|" + PORTFOLIO
        if person.start < end:
            continue
        if not re.fullmatch(gap, ctx.text(end, person.start)):
            break
        listed.append(person)
    return listed


def written_whole(person: Mention) -> bool:
    """Whether a person is written as their name's nominative, which their IRI is made of (a
    list in the nominative)."""
    return slugify(person.text) == person.iri.rsplit("/", 1)[-1]


def city_of_the_mayor_before(ctx: DocumentContext, sentence: Sentence, at: int) -> str | None:
    """ "prezydent Kielc Bogdan Wenta, jego zastępcy …": the city of the last mayor named before."""
    cities = [
        c
        for c in ctx.mentions_in(sentence, "city")
        if c.end <= at
        and re.search(r"(?i)prezyden\w*\s+(?:miasta\s+)?$", ctx.text(max(0, c.start - 30), c.start))
    ]
    return cities[-1].iri if cities else None


# Another post or body governing the mayor's word: "pełnomocniczka prezydenta …", "rzecznik
# prezydenta …", "Gabinet Prezydenta …".
MAYORS_AIDE = re.compile(
    r"(?i)\b(?:pełnomocni\w*|rzeczni\w*|doradc\w*|doradczyni\w*|asystent\w*|sekretar\w*|"
    r"skarbni\w*|gabinet\w*|kancelari\w*|biur\w*)\s+$"
)


MAYORS = re.compile(r"(?i)\b(?:prezydenc\w+|prezydent(?:ów|ami|om)|burmistrz\w*|włodarz\w*)\b")


# "Łódź's Deputy Mayor, Tomasz Wieczorek", "Warsaw's Mayor Rafał Trzaskowski"
POSSESSIVE_MAYOR = re.compile(r"^'s\s+(?P<deputy>(?:[Dd]eputy|[Vv]ice)[ -])?[Mm]ayor,?\s+$")


# "Monika Chabior, Gdańsk's Deputy Mayor,": the name, then the city's mayor.
POSSESSIVE_MAYOR_AFTER = re.compile(
    r"^'s\s+(?P<deputy>(?:[Dd]eputy|[Vv]ice)[ -])?[Mm]ayor\b(?!\s+[A-ZŁŚŻŹĆŃÓ])"
)


def mayors_by_possessive(ctx: DocumentContext, sentence: Sentence) -> None:
    people = ctx.mentions_in(sentence, "person")
    for city in ctx.mentions_in(sentence, "city"):
        before = [p for p in people if p.end <= city.start]
        after = POSSESSIVE_MAYOR_AFTER.match(ctx.text(city.end, sentence.end))
        if before and after and re.fullmatch(r",\s*", ctx.text(before[-1].end, city.start)):
            add_possessive_mayor(ctx, sentence, before[-1].iri, city.iri, after)
            continue
        person = next((p for p in people if p.start > city.end), None)
        cue = POSSESSIVE_MAYOR.match(ctx.text(city.end, person.start)) if person else None
        if person is None or cue is None:
            continue
        add_possessive_mayor(ctx, sentence, person.iri, city.iri, cue)


def add_possessive_mayor(
    ctx: DocumentContext, sentence: Sentence, person: str, city: str, cue: re.Match[str]
) -> None:
    if cue.group("deputy"):
        role = ("zastepca-prezydenta-miasta", "Zastępca Prezydenta Miasta", "Deputy Mayor of")
    else:
        role = ("prezydent-miasta", "Prezydent Miasta", "Mayor of")
    add_mayor_post(ctx, sentence, person, city, *role)


def mayors_with_their_city(ctx: DocumentContext, sentence: Sentence) -> None:
    """ "prezydenci jedenastu miast, w tym Hanna Gronkiewicz-Waltz (Warszawa), Jacek
    Majchrowski (Kraków)" or "… (w nawiasach prezydenci): Białystok (Tadeusz Truskolaski)":
    after a word for mayors, a name with its city in brackets, or a city with the name in
    brackets, is that city's mayor."""
    cue = MAYORS.search(sentence.text)
    intro = colon_intro(ctx, sentence)
    if cue is None and not (intro and MAYORS.search(intro.text)):
        return
    cue_end = sentence.start + cue.end() if cue else sentence.start
    cities = ctx.mentions_in(sentence, "city")
    for person in ctx.mentions_in(sentence, "person"):
        if person.start < cue_end:
            continue
        city = (
            next(
                (
                    c
                    for c in cities
                    if re.fullmatch(r"\s*\(\s*", ctx.text(person.end, c.start))
                    and re.match(r"\s*\)", ctx.text(c.end, sentence.end))
                ),
                None,
            )
            or next(
                # "w tym Konrad Fijołek – Rzeszów, Piotr Krzystek – Szczecin"
                (
                    c
                    for c in cities
                    if re.fullmatch(r"\s*[–—-]\s*", ctx.text(person.end, c.start))
                    and re.match(
                        r"\s*(?:[,;.)]|\s(?:i|oraz|and)\s|$)", ctx.text(c.end, sentence.end)
                    )
                ),
                None,
            )
            or next(
                # "Białystok (Tadeusz Truskolaski), Bydgoszcz (Rafał Bruski)": the city, then its
                # mayor in brackets.
                (
                    c
                    for c in cities
                    if re.fullmatch(r"\s*\(\s*", ctx.text(c.end, person.start))
                    and re.match(r"\s*\)", ctx.text(person.end, sentence.end))
                ),
                None,
            )
        )
        if city is not None:
            add_the_mayors_post(ctx, sentence, person.iri, city.iri)


def another_mayor_named(ctx: DocumentContext, city: str, person: Mention) -> bool:
    """Whether the page names another person right after "prezydent <city>"."""
    for mention in ctx.mentions:
        if mention.kind != "city" or mention.iri != city:
            continue
        before = ctx.text(max(0, mention.start - 30), mention.start)
        cue = re.search(r"(?i)(?<!zastępca )(?<!wice)prezyden\w*\s+(?:miasta\s+)?$", before)
        if cue is None:
            continue
        cue_start = mention.start - len(before) + cue.start()
        named = [
            p
            for p in ctx.mentions
            if p.kind == "person"
            # "prezydent Katowic Marcin Krupa" or "Marcin Krupa, prezydent Katowic"
            and (
                0 <= p.start - mention.end <= 2
                or re.fullmatch(r"\s*[,–—-]\s*", ctx.text(p.end, cue_start) or "x")
            )
        ]
        if any(p.iri != person.iri for p in named):
            return True
    return False


def city_spoken_of(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """The city of a mayor named without it: the last city whose mayor the page named before
    ("prezydent Katowic …; prezydent Marcin Krupa"), else the one city the page's title names
    (a Kraków page's "zastępca prezydenta Andrzej Kulig"). Never the city the page names most:
    a page about the Gdańsk signing names Gdańsk, not the signing mayors' cities."""
    earlier = [
        c
        for c in ctx.mentions
        if c.kind == "city"
        and c.end <= sentence.start
        and re.search(r"(?i)prezyden\w*\s+(?:miasta\s+)?$", ctx.text(max(0, c.start - 30), c.start))
    ]
    if earlier:
        return earlier[-1].iri
    titled = {m.iri for m in ctx.reference.gazetteer.find(ctx.doc.title) if m.kind == "city"}
    if len(titled) == 1:
        return titled.pop()
    # The city the page is about, as a subject or an owner ("Miasto Poznań", "miasta
    # Katowice"), named at least twice and more than any other; a city named only as the place
    # where something happened ("w Gdańsku podpisano") is not the mayor's.
    named = [
        c.iri
        for c in ctx.mentions
        if c.kind == "city" and not preceded_by(ctx.doc.text, c.start, r"\b(?:w|we|in)")
    ]
    counts = sorted(((named.count(c), c) for c in set(named)), reverse=True)
    if counts and counts[0][0] >= 2 and (len(counts) == 1 or counts[0][0] > counts[1][0]):
        return counts[0][1]
    return None


def respectively(ctx: DocumentContext, sentence: Sentence, person: Mention) -> str | None:
    """ "w imieniu Bydgoszczy i Białegostoku – odpowiednio zastępczyni prezydenta Anna
    Mackiewicz i wiceprezydent Zbigniew Nikitorowicz": the cities before "odpowiednio" and the
    people after it pair in order, when they are as many."""
    word = re.search(r"(?i)\b(?:odpowiednio|respectively)\b", sentence.text)
    if word is None:
        return None
    at = sentence.start + word.start()
    cities = [c for c in ctx.mentions_in(sentence, "city") if c.end <= at]
    people = [p for p in ctx.mentions_in(sentence, "person") if p.start >= at]
    if person not in people or len(people) != len(cities):
        return None
    return cities[people.index(person)].iri


def signed_for(ctx: DocumentContext, sentence: Sentence, person: Mention) -> str | None:
    """ "Deputy Mayor Anna Mackiewicz signed for Bydgoszcz", "… and Deputy Mayor X for
    Białystok", "wiceprezydent X w imieniu Białegostoku": the city one acted for."""
    for city in ctx.mentions_in(sentence, "city"):
        gap = ctx.text(person.end, city.start)
        if city.start > person.end and re.fullmatch(
            r"(?i)\s+(?:(?:signed|podpisał\w*)\s+)?(?:for|on\s+behalf\s+of|w\s+imieniu)\s+", gap
        ):
            return city.iri
    return None


def holds_a_post(ctx: DocumentContext, person: str) -> bool:
    return any(f.s == person and f.p == UMP + "holds" for f in ctx.facts)


def add_mayor_post(
    ctx: DocumentContext,
    sentence: Sentence,
    person: str,
    city: str,
    role: str,
    post_pl: str,
    post_en: str,
) -> str:
    post = of_the_city(ctx, "post", "Post", (post_pl, f"{post_en} {{}}"), city, sentence)
    office = ctx.reference.office_of_city.get(city) or town_office(ctx, city, sentence)
    if office:
        ctx.fact(post, "postIn", office, sentence)
    if role:
        ctx.fact(post, "role", ctx.iri("role", role), sentence)
    ctx.fact(person, "holds", post, sentence)
    return post


def add_the_mayors_post(ctx: DocumentContext, sentence: Sentence, person: str, city: str) -> str:
    """The mayor's post of a city (the register's "prezydent miasta")."""
    return add_mayor_post(
        ctx, sentence, person, city, "prezydent-miasta", "Prezydent Miasta", "Mayor of"
    )


def town_office(ctx: DocumentContext, town: str, sentence: Sentence) -> str | None:
    """The office of a town the reference does not hold ("prezydent Sopotu", "burmistrz
    Michałowa"): the office the page names with the town in its name ("Urząd Miejski w
    Michałowie"), else the town's office by the usual name, "Urząd Miasta Sopotu", in the town."""
    if ctx.kind_of(town) != "city" or town not in ctx.entities:
        return None
    for mention in ctx.mentions:
        entity = ctx.entities.get(mention.iri)
        if (
            entity is not None
            and entity.label_pl.startswith("Urząd")
            and any(
                m.iri == town and mention.start <= m.start and m.end <= mention.end
                for m in ctx.mentions
            )
        ):
            return mention.iri
    written = office_with_the_town_as_written(ctx, town, sentence)
    if written is not None:
        ctx.fact(written, "inCity", town, sentence)
        return written
    if ctx.doc.language == "en" and abroad(ctx.label_en(town)):
        # "Deputy Mayor of Milan" on an English page: a foreign town's municipality by its
        # English name, not a Polish office name made from the English one ("Urząd Miasta Milana")
        name = f"City of {ctx.label_en(town)}"
        office = ctx.entity(
            ctx.iri("organisation", slugify(name)), "Organisation", name, name, sentence
        )
    else:
        office = of_the_city(
            ctx, "organisation", "Organisation", ("Urząd Miasta", "{} City Office"), town, sentence
        )
    ctx.fact(office, "inCity", town, sentence)
    return office


def office_with_the_town_as_written(
    ctx: DocumentContext, town: str, sentence: Sentence
) -> str | None:
    """ "w Sali Sesyjnej Urzędu Miasta Kielce": a town's office the page names with the town in
    the nominative, as many towns' statutes do, inside another name; the office goes by that
    name, not by the usual one with the town in the genitive ("Urząd Miasta Kielc")."""
    label = ctx.label_pl(town)
    pattern = rf"(?<![\w-])Urz[ąę]d\w*\s+Miasta\s+{re.escape(label)}(?![\w-])"
    if re.search(pattern, ctx.doc.text) is None:
        return None
    name = f"Urząd Miasta {label}"
    return ctx.entity(
        ctx.iri("organisation", slugify(name)),
        "Organisation",
        name,
        f"{ctx.label_en(town)} City Office",
        sentence,
    )


def of_the_city(
    ctx: DocumentContext,
    folder: str,
    cls: str,
    names: tuple[str, str],
    city: str,
    sentence: Sentence,
) -> str:
    """A post or an office named after its city: the Polish name's head before the city's
    genitive ("Prezydent Miasta Sopotu"), the English pattern around its English name."""
    name_pl = f"{names[0]} {town_in_an_office_name(ctx.label_pl(city))}"
    name_en = names[1].format(ctx.label_en(city))
    return ctx.entity(ctx.iri(folder, slugify(name_pl)), cls, name_pl, name_en, sentence)


# The head nouns of units written in lower case ("działu programów integracji", "referatu ds.
# cudzoziemców", "zespołu ds. …").
LOWER_CASE_UNITS = {"dział", "referat", "wydział", "departament", "sekcja", "zespół", "biuro"}


ROLE_NAMES = {
    "kierownik-dzialu": ("kierownik działu", "Head of department"),
    "kierownik-referatu": ("kierownik referatu", "Head of section"),
    "dyrektor-wydzialu": ("dyrektor wydziału", "Director of department"),
    "koordynator": ("koordynator", "Coordinator"),
}


def posts_in_units(ctx: DocumentContext, sentence: Sentence) -> None:
    """'Ireną Guidiková szefową działu programów integracji … w Radzie Europy': a person, a role
    word, a unit in lower case, and the organisation in the locative."""
    for person in ctx.mentions_in(sentence, "person"):
        for role_pattern, role_by_head in HEAD_ROLES:
            gap = (
                r"[\s,–-]*(?:"
                + role_pattern
                + r")\s+(?P<unit>[a-ząćęłńóśźż][^,.;:()„”]*?)\s+we?\s+"
            )
            org, found = organisation_after(ctx, sentence, person.end, gap)
            if org is None or found is None:
                continue
            words = found.group("unit").split()
            if not {lemma.lower() for lemma, _, _ in analyses(words[0])} & LOWER_CASE_UNITS:
                continue  # "koordynatorka projektów integracyjnych w …": what one coordinates
            unit_base = " ".join([phrase_base_form(words[:1]), *words[1:]])
            unit = ctx.entity(
                ctx.iri("organisation", slugify(f"{ctx.label_pl(org.iri)} {unit_base}")),
                "OrganisationalUnit",
                unit_base,
                unit_base,
                sentence,
            )
            ctx.fact(unit, "unitOf", org.iri, sentence)
            role = role_by_head.get(unit_base.split()[0].lower(), "koordynator")
            role_pl, role_en = ROLE_NAMES[role]
            post = ctx.entity(
                ctx.iri("post", slugify(f"{role_pl} {unit_base} {ctx.label_pl(org.iri)}")),
                "Post",
                f"{role_pl[:1].upper()}{role_pl[1:]}: {unit_base} ({ctx.label_pl(org.iri)})",
                f"{role_en}: {unit_base} ({ctx.label_en(org.iri)})",
                sentence,
            )
            ctx.fact(post, "postIn", unit, sentence)
            ctx.fact(post, "role", ctx.iri("role", role), sentence)
            ctx.fact(person.iri, "holds", post, sentence)
            break


def organisation_after(
    ctx: DocumentContext, sentence: Sentence, start: int, gap: str
) -> tuple[Mention | None, re.Match[str] | None]:
    for org in ctx.mentions_in(sentence, "org", "office", "team"):
        found = re.fullmatch(gap, ctx.text(start, org.start)) if org.start > start else None
        if found:
            return org, found
    return None, None


# Nouns of posts and functions, masculine and feminine, in their lemma-initial stems: a name
# followed by a dash or comma and one of these is described by the phrase that follows.
ROLE_NOUN = re.compile(
    r"(?:wice)?(?:prezydent|zastęp(?:c|czyni)|dyrektor|kierowni(?:k|czk)|szef|sekretarz|"
    r"marszał(?:ek|k)|przewodnicząc|prezes|członk|członek|pełnomocni|koordynator|wojewod|"
    r"minist|rzeczni|ekspert|przedstawiciel|doradc|radn|burmistrz|starost|założyciel|"
    r"prorektor|rektor|dziekan|konsul|ambasador|specjalist|referent|inspektor|"
    # the staff of a university, an office or an association ("adiunkt w Katedrze …",
    # "pracowniczka Fundacji …", "badaczka Ośrodka …", "asystentka międzykulturowa w …")
    r"adiunk|pracowni(?:k|czk)|badacz|wykładow(?:c|czyni)|doktoran|asystent|anality(?:k|czk)|"
    # ("Beata Bugajska, profesor Uniwersytetu Szczecińskiego")
    r"profesor|professor|lecturer|researcher|"
    r"konsultant|trener|mediator|psycholo|prawni(?:k|czk)|naczelni(?:k|czk)|"
    # heads of commands, parishes, communes and offices of trust ("komendant Komendy Miejskiej
    # Państwowej Straży Pożarnej", "proboszcz Parafii …", "wójt Gminy …", "skarbnik Miasta …";
    # not "Kuratorium", an office, nor "pastoralny")
    r"komendan(?:t|tk)|proboszcz|pastor(?!al)|kurator(?!ium)|wójt|komisarz|kanclerz|"
    r"skarbni(?:k|czk)|"
    r"head|director|"
    r"coordinator|representative|mayor|deputy|chair|president|secretary|officer|adviser|advisor|"
    r"chief|manager|founder|ambassador|specialist|assistant|consultant|analyst|expert)"
    r"\w*",
    re.IGNORECASE,
)
# "Jan Nowak, prezydent …", "Jan Nowak – prezydent …", "Jan Nowak (prezydent …)"
APPOSITION = re.compile(r"\s*(?:[–—-]|,|\()\s*(?:the\s+)?$")
# ("Katarzyna Zielonka of the UMP Office", "X from the IOM": English puts the article between)
AFFILIATION_GAP = re.compile(
    r"\s*(?:\(|[–—-]|,)?\s*(?:z|ze|(?:from|of|at)(?:\s+the)?)?\s*$|"
    # "Anna Nowak pracuje w Wydziale …", "jest zatrudniona w Fundacji …", "works at IOM"
    r"\s+(?:(?:na\s+co\s+dzień|obecnie)\s+)?(?:pracuj\w*|pracowa(?:ł|ła)|"
    r"(?:jest|był|była)\s+zatrudnion[ya])\s+(?:w|we)\s+$|\s+works?\s+(?:at|for|in)\s+(?:the\s+)?$|"
    # "Piotr Nowak, reprezentujący Fundację …", "Ewa Kot reprezentowała …", "representing IOM",
    # "- Jan Lis – reprezentuje Stowarzyszenie …" (a list's item, its dash)
    r"\s*[,–—-]?\s+(?:(?:również|także|też)\s+)?(?:reprezentując\w*|reprezentowa(?:ł|ła|li|ły)|"
    r"reprezentuj[eą]|representing|represented|on\s+behalf\s+of)\s+(?:the\s+)?$"
)


def person_before_role(
    ctx: DocumentContext, people: list[Mention], role_start: int
) -> Mention | None:
    """The person named right before a dash or comma that opens a role phrase."""
    before = [p for p in people if p.end <= role_start]
    # "Anna Mackiewicz – zastępczyni prezydenta …", "Aleksandra Dulkiewicz została prezydentką …"
    if before and (
        APPOSITION.fullmatch(ctx.text(before[-1].end, role_start))
        or re.fullmatch(COPULA_GAP, ctx.text(before[-1].end, role_start))
        # a signature: "Agnieszka Wrońska" over "Wiceprezydent Miasta Łodzi"
        or re.fullmatch(r"[ \t]*\n[ \t]*", ctx.text(before[-1].end, role_start))
    ):
        return before[-1]
    return None


# A copula between a post and its holder: "prezydentką Gdańska została Aleksandra Dulkiewicz",
# "Jan Nowak jest zastępcą prezydenta Krakowa" (the post in the instrumental, as ROLES reads it).
COPULA_GAP = (
    r"\s+(?:(?:od\s+\d{4}\s+r(?:\.|oku)\s+)?(?:jest|był|była|został|została|zostanie|"
    r"pozostaje|pozostał|pozostała)(?:\s+(?:ponownie|znów|wówczas|wtedy))?)\s+"
)


def role_phrase_end(ctx: DocumentContext, sentence: Sentence, start: int) -> int:
    """A role phrase runs to the next comma, semicolon, closing parenthesis or sentence end,
    and stops before the next person."""
    rest = ctx.text(start, sentence.end)
    # An abbreviation's period ("sekretarz m.st. Warszawy", "dyrektor ds. migracji") goes on.
    stop = next(
        (
            m
            for m in re.finditer(r"[,;)(]|\s[–—]\s|\.\s|\.$", rest)
            if not (m.group(0).startswith(".") and is_abbreviation(rest, m.start()))
        ),
        None,
    )
    end = start + (stop.start() if stop else len(rest))
    nxt = [p.start for p in ctx.mentions_in(sentence, "person") if start < p.start < end]
    return min(nxt, default=end)


# "Konsul Generalny Ukrainy w Lublinie", "ambasador Niemiec w Polsce": a diplomat's post names
# the country the mission is of (in the genitive) and where it is
DIPLOMAT = re.compile(
    r"(?i:(?P<role>(?:wice)?konsul\w*|ambasador\w*)\s+(?:(?P<rank>generaln|honorow)\w*\s+)?)"
    r"(?P<country>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)?)"
    r"\s+(?P<w>we?)\s+(?P<place>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)?)"
)


# (the post right before the name: "konsul generalny Ukrainy w Krakowie Wiaczesław Wojnarowski")
DIPLOMAT_BEFORE_NAME = re.compile(DIPLOMAT.pattern + r"[ \t]*,?[ \t]*$")


def diplomats_before_names(ctx: DocumentContext, sentence: Sentence) -> None:
    """ "konsul generalny Ukrainy w Krakowie Wiaczesław Wojnarowski", "z konsulem generalnym
    Niemiec w Gdańsku Janem Kowalskim": a consul general's post before the name names the
    consulate, as it does after the name (`posts_in_apposition`). An ambassador named so
    ("ambasador Ukrainy w Polsce X") is the page's guest: the opened golds name his embassy
    once in three; a consul without a rank ("konsul Ukrainy we Wrocławiu X") is one of a
    consulate general the phrase does not name."""
    for person in ctx.mentions_in(sentence, "person"):
        before = ctx.text(sentence.start, person.start)
        diplomat = DIPLOMAT_BEFORE_NAME.search(before[-120:])
        if diplomat is None or not a_country_in_the_genitive(diplomat["country"]):
            continue
        if not (diplomat["rank"] or "").lower().startswith("generaln"):
            continue
        at = person.start - len(before[-120:])
        mission = diplomatic_mission(ctx, sentence, at, diplomat)
        if mission is not None:
            add_post(ctx, sentence, person.iri, mission, diplomat["role"])


def diplomatic_mission(
    ctx: DocumentContext, sentence: Sentence, at: int, match: re.Match[str]
) -> str | None:
    """The consulate or embassy a diplomat's post names ("Artem Valah, Konsul Generalny Ukrainy
    w Lublinie"): "Konsulat Generalny Ukrainy w Lublinie", in the town (not the town's office,
    which the town in the post's phrase would otherwise give). An honorary consul ("konsul
    honorowy Ukrainy w Szczecinie") is a citizen the country appoints, named for no mission."""
    rank = (match["rank"] or "").lower()
    if rank == "honorow":
        return None
    generalny = " Generalny" if rank == "generaln" else ""
    head = "Ambasada" if match["role"].lower().startswith("ambasador") else f"Konsulat{generalny}"
    name = f"{head} {match['country']} {match['w']} {match['place']}"
    mission = ctx.entity(
        ctx.iri("organisation", slugify(name)), "Organisation", name, name, sentence
    )
    where = at + match.start("place")
    town = next((c for c in ctx.mentions_in(sentence, "city") if c.start == where), None)
    if town is not None:
        ctx.fact(mission, "inCity", town.iri, sentence)
    return mission


def role_opened(
    ctx: DocumentContext, sentence: Sentence, end: int, opener: str
) -> tuple[int, re.Match[str]] | None:
    """A role noun right after a name and an opening dash, comma or bracket: where the role
    phrase starts, and the role noun."""
    gap = re.match(opener, ctx.text(end, sentence.end))
    if gap is None:
        return None
    start = end + gap.end()
    if ctx.doc.language != "en":
        # "X, była dyrektorka …", "X, wieloletni prezes …", "X, p.o. dyrektora …": a word
        # of when or how the post is held stands before the role noun
        modifier = POST_MODIFIER.match(ctx.text(start, sentence.end))
        start += modifier.end() if modifier else 0
        # ("X, starszy koordynator UNICEF", "Y, główna specjalistka ds. …": its rank's too)
        start += adjectives_before_a_noun(ctx.text(start, sentence.end), ROLE_NOUN)
    role = ROLE_NOUN.match(ctx.text(start, sentence.end))
    if role is None and ctx.doc.language == "en":
        # "Joanna Kaczmarek, Integration Programme Coordinator at IOM Poland": English puts
        # what the post is for before the role noun
        phrase = ctx.text(start, sentence.end)
        words = list(re.finditer(r"[A-Za-z][a-z-]+\s+", phrase))[:3]
        for index, word in enumerate(words):
            if word.start() != (words[index - 1].end() if index else 0):
                break  # the modifiers stand together before the role noun
            if word.group(0).strip().lower() in NOT_MODIFIERS:
                break  # "X, and the director of Y": the role is another's
            role = ROLE_NOUN.match(phrase, word.end())
            if role:
                break
    return (start, role) if role else None


POST_MODIFIER = re.compile(
    r"(?:(?:by(?:ł|ł[ay]|łego|łej)|wieloletni[a]?|obecn(?:y|a|ego|ej)|ówczesn(?:y|a|ego|ej)|"
    r"dotychczasow(?:y|a|ego|ej)|now(?:y|a|ego|ej)|p\.\s?o\.|pełniąc[ya]\s+obowiązki|"
    r"tymczasow(?:y|a))\s+)+"
)
# English words that do not say what a post is for ("project coordinator", "Senior Officer"):
# articles, conjunctions, pronouns and verbs that put a role noun in another clause.
NOT_MODIFIERS = frozenset(
    "a an the and or but nor who which that whose whom is was are were has had have be been "
    "as with without by of for to from in at on his her their its our who's also then now "
    "later former formerly previously currently".split()
)


# Between an ombudsman's office and its holder: "rzecznik praw obywatelskich dr Adam Bodnar";
# "Adam Bodnar, prawnik, rzecznik praw obywatelskich" (one apposition of what he is between).
HOLDER_AFTER_OFFICE = re.compile(r"[ \t]+(?:(?:dr|prof\.|hab\.|mgr|mec\.)[ \t]+)*")
OFFICE_AFTER_HOLDER = re.compile(r"\s*(?:,|–|—|-)\s*(?:[a-ząćęłńóśźż -]{1,40},\s*)?")


def ombudsmen_with_their_holders(ctx: DocumentContext, sentence: Sentence) -> None:
    """'rzecznik praw obywatelskich Marcin Wiącek', 'Adam Bodnar, rzecznik praw dziecka': the
    person right after or in apposition before an ombudsman's office (names.ombudsmen) holds
    the post of that office."""
    offices = [m for m in ctx.mentions_in(sentence, "org") if OMBUDSMAN.fullmatch(m.text)]
    for office, person in itertools.product(offices, ctx.mentions_in(sentence, "person")):
        after = HOLDER_AFTER_OFFICE.fullmatch(ctx.text(office.end, person.start))
        before = OFFICE_AFTER_HOLDER.fullmatch(ctx.text(person.end, office.start))
        if (office.end <= person.start and after) or (person.end <= office.start and before):
            add_post(ctx, sentence, person.iri, office.iri, "rzecznik")


def posts_in_apposition(ctx: DocumentContext, sentence: Sentence) -> None:
    """'Marcin Wojdat – sekretarz m.st. Warszawy', 'Andrzej Lubiatowski, dyrektor Biura UMP',
    'Emmanuelle Grange (Head of Unit …, European Commission)': a person, a role noun, and the
    organisation named in the same phrase hold the person's post (or membership)."""
    for person in ctx.mentions_in(sentence, "person"):
        # (a signature: the name on its line, the post on the next — "Agnieszka Wrońska" over
        # "Wiceprezydent Miasta Łodzi")
        opened = (
            role_opened(ctx, sentence, person.end, r"\s*(?:[–—-]|,|\()\s*|[ \t]*\n[ \t]*")
            or role_opened(
                # "Jan Nowak (Kraków), dyrektor …", "X (SE/PES), member of …": an aside first
                ctx,
                sentence,
                person.end,
                r"\s*\([^()\n]{1,40}\)\s*(?:[–—-]|,)\s*",
            )
            or post_after_the_body_from(ctx, sentence, person)
        )
        if opened is None:
            continue
        start, role = opened
        end = role_phrase_end(ctx, sentence, start + role.end())
        if any(p.start == end for p in ctx.mentions_in(sentence, "person")):
            # "gospodarz Paweł Adamowicz, prezydent Lublina Krzysztof Żuk": the role phrase
            # runs into the next name, whose role it is.
            continue
        bodies = [
            m
            for m in ctx.mentions_in(sentence, "org", "office", "unit", "team")
            if start <= m.start < end
        ] or body_after_the_roles_comma(ctx, sentence, start, end)
        if not bodies:
            diplomat = DIPLOMAT.match(ctx.text(start + role.start(), sentence.end))
            if diplomat is not None and a_country_in_the_genitive(diplomat["country"]):
                mission = diplomatic_mission(ctx, sentence, start + role.start(), diplomat)
                if mission is not None:
                    add_post(ctx, sentence, person.iri, mission, role.group(0))
                continue  # (a diplomat's post is in no town's office)
            cities = [c for c in ctx.mentions_in(sentence, "city") if start <= c.start < end]
            office = ctx.reference.office_of_city.get(cities[0].iri) if cities else None
            if office is None or ctx.kind_of(office) is None:
                continue
            add_post(
                ctx,
                sentence,
                person.iri,
                office,
                ctx.text(start + role.start(), start + role.end()),
            )
            continue
        post_body = outermost(bodies)[0]
        source = body_come_from(ctx, sentence, person)
        if post_body.kind == "unit" and source is not None and source.kind == "office":
            # "Anna Nowak z Urzędu Miasta Krakowa, dyrektorka Wydziału Polityki Społecznej":
            # the unit of her post is one of the office she comes from.
            ctx.fact(post_body.iri, "unitOf", source.iri, sentence)
        add_post(
            ctx,
            sentence,
            person.iri,
            # "dyrektorka Departamentu Edukacji Urzędu Miejskiego w Białymstoku": the role
            # governs the first body; the next one is the body that one belongs to.
            post_body.iri,
            ctx.text(start + role.start(), start + role.end()),
        )
        second_post_in_the_phrase(ctx, sentence, person, start + role.end(), end)


# "… przewodniczący Zespołu X i zastępca dyrektora Wydziału Y": a second post joined to the
# first in the same apposition.
SECOND_ROLE = re.compile(r"\s(?:i|oraz|a\s+także|and)\s+(?P<role>" + ROLE_NOUN.pattern + ")")


def second_post_in_the_phrase(
    ctx: DocumentContext, sentence: Sentence, person: Mention, start: int, end: int
) -> None:
    second = SECOND_ROLE.search(ctx.text(start, end))
    if second is None:
        return
    at = start + second.end()
    bodies = outermost(
        [
            m
            for m in ctx.mentions_in(sentence, "org", "office", "unit", "team")
            if at <= m.start < end
        ]
    )
    if bodies:
        add_post(ctx, sentence, person.iri, bodies[0].iri, second.group("role"), alongside=True)


def post_after_the_body_from(
    ctx: DocumentContext, sentence: Sentence, person: Mention
) -> tuple[int, re.Match[str]] | None:
    """ "Joanna Wierzbicka z Urzędu Miasta Łodzi, koordynatorka zespołu": the body the person
    comes from first, then the apposition of the post (the body after "z" is read apart)."""
    source = body_come_from(ctx, sentence, person)
    if source is None:
        return None
    return role_opened(ctx, sentence, source.end, r"\s*,\s*")


def body_come_from(ctx: DocumentContext, sentence: Sentence, person: Mention) -> Mention | None:
    """The body right after the name and "z" ("Anna Nowak z Urzędu Miasta Krakowa")."""
    return next(
        (
            b
            for b in ctx.mentions_in(sentence, "org", "office", "unit", "team")
            if b.start > person.end
            and re.fullmatch(r"\s+(?:z|ze)\s+", ctx.text(person.end, b.start))
        ),
        None,
    )


def body_after_the_roles_comma(
    ctx: DocumentContext, sentence: Sentence, start: int, end: int
) -> list[Mention]:
    """ "Marta Zielińska, Project Coordinator, Social Development Department, Gdańsk City
    Office": a role phrase of a role noun alone, and a body right after its comma, the body of
    the post ("Head of Section for …, Education Department": the head of something unnamed)."""
    # ("specjalistka ds. integracji, Urząd Miasta Krakowa": "ds." names a field, not a body)
    if re.search(r"(?i)\b(?:of|for|at|in|z|ze|w)\b", ctx.text(start, end)):
        return []
    bodies = ctx.mentions_in(sentence, "org", "office", "unit", "team")
    return [b for b in bodies if re.fullmatch(r"\s*,\s*", ctx.text(end, b.start))][:1]


# "The UNHCR Representative in Poland, Christine Goyer,", "IOM Chief of Mission Anna Kos":
# an English body's name, its role words and the name.
BODY_ROLE = re.compile(
    r"^\s+(?:[A-Z][\w-]*\s+){0,2}?(?P<role>" + ROLE_NOUN.pattern + r")"
    r"(?:\s+(?:of|in|to|for)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s*,?\s*$",
    re.IGNORECASE,
)


def body_roles_before_names(ctx: DocumentContext, sentence: Sentence) -> None:
    if ctx.doc.language != "en":
        return
    bodies = outermost(ctx.mentions_in(sentence, "org", "office", "unit", "team"))
    for person in ctx.mentions_in(sentence, "person"):
        before = [b for b in bodies if b.end <= person.start]
        if not before:
            continue
        role = BODY_ROLE.match(ctx.text(before[-1].end, person.start))
        if role:
            add_post(ctx, sentence, person.iri, before[-1].iri, role.group("role"))


DEPUTY_BEFORE = re.compile(r"(?i)\b(zastęp(?:c|czyn)\w*)\s+$")


def posts_before_names(ctx: DocumentContext, sentence: Sentence) -> None:
    """'prezes Ośrodka Integracji … Jan Nowak', 'koordynatorka Stowarzyszenia … Anna Kos': a
    role noun, the organisation in the genitive, and the name right after hold a post."""
    people = ctx.mentions_in(sentence, "person")
    bodies = outermost(ctx.mentions_in(sentence, "org", "office", "unit", "team"))
    for role in ROLE_NOUN.finditer(sentence.text):
        start = sentence.start + role.end()
        # "prezes Ośrodka X Jan Nowak", "koordynatorka projektu z ROPS, Agnieszka Fortuna"
        body = next(
            (b for b in bodies if re.fullmatch(ROLE_TO_BODY, ctx.text(start, b.start) or "x")),
            None,
        )
        if body is None:
            continue
        # "funkcję koordynatorki Zespołu … do kwietnia 2023 r. pełniła Ewa Kos": the post named
        # as a function, its holder after the verb that takes it up
        gap = (
            HELD_AFTER
            if FUNCTION_NOUN.search(sentence.text[: role.start()])
            else r"\s*[,:]?\s*" + DEGREES
        )
        # "dyrektor Biura X Urzędu Miasta Y Jan Kos": the unit's owners in the genitive may
        # follow before the name; the post is the first body's
        end = body.end
        for owner in bodies:
            if owner.start >= end and not ctx.text(end, owner.start).strip():
                end = owner.end
        end += field_of_the_post(ctx.text(end, sentence.end))
        person = next((p for p in people if right_after(ctx, end, p, gap)), None)
        # "Prezes Unii Metropolii Polskich, prezydent Białegostoku Tadeusz Truskolaski": a
        # mayor's post in apposition between (its own rule gives that one)
        mayor = next((p for p in people if right_after(ctx, end, p, MAYOR_BETWEEN)), None)
        if person is None and mayor is not None:
            add_post(ctx, sentence, mayor.iri, body.iri, role.group(0), alongside=True)
        if person is not None and not apposition_of_the_name_before(
            ctx, people, sentence.start + role.start(), end, person
        ):
            # "Zastępczyni dyrektora Wydziału X Anna Kos" is the director's deputy, not the
            # director: the post is the deputy's, as in apposition ("…, zastępca dyrektora …")
            deputy = DEPUTY_BEFORE.search(sentence.text[: role.start()])
            add_post(
                ctx, sentence, person.iri, body.iri, deputy.group(1) if deputy else role.group(0)
            )


# "… powołał Pełnomocnika Prezydenta Wrocławia ds. …. Funkcję tę pełni Olga Chrebor": the post
# the sentence before named, taken up by the person after the verb
THIS_FUNCTION = re.compile(
    r"[\s*•-]*(?:Funkcję|Stanowisko|Tę\s+funkcję|To\s+stanowisko)\s+(?:tę|to)?\s*"
    r"(?:pełni|sprawuje|piastuje|objął|objęła|obejmie|zajmuje|powierzono)\s+"
)


def posts_named_before_taken_up(ctx: DocumentContext, sentence: Sentence) -> None:
    """The role noun of the sentence before, with the body or city right after it, is the post
    of the person named right after "Funkcję tę pełni"."""
    taken = THIS_FUNCTION.match(sentence.text)
    people = ctx.mentions_in(sentence, "person")
    if taken is None or not people or people[0].start != sentence.start + taken.end():
        return
    before = [s for s in ctx.sentences if s.end <= sentence.start][-1:]
    roles = list(ROLE_NOUN.finditer(before[0].text)) if before else []
    if not roles:
        return
    # ("Pełnomocnika Prezydenta Wrocławia": a chain of role nouns is headed by its first)
    index = len(roles) - 1
    while index and not before[0].text[roles[index - 1].end() : roles[index].start()].strip():
        index -= 1
    role = roles[index]
    after = before[0].start + role.end()
    # (the owner right after the head, or after the role nouns chained to it: "Prezydenta")
    owner = next(
        (
            m
            for m in ctx.mentions_in(before[0], "org", "office", "unit", "team", "city")
            if m.start >= after and len(ctx.text(after, m.start).split()) <= 1
        ),
        None,
    )
    if owner is None:
        return
    body = ctx.reference.office_of_city.get(owner.iri) if owner.kind == "city" else owner.iri
    if body is not None:
        add_post(ctx, sentence, people[0].iri, body, role.group(0))


MAYOR_BETWEEN = (
    r"\s*,\s*(?:(?:wice)?prezydent\w*|burmistrz\w*|wojewod\w*|marszał\w*|starost\w*)\s+"
    r"(?:m\.\s?st\.\s+)?(?:[A-ZŁŚŻŹĆŃÓĘĄ][\w-]+\s+){1,3}"
)


def apposition_of_the_name_before(
    ctx: DocumentContext, people: list[Mention], role_start: int, body_end: int, after: Mention
) -> bool:
    """ "Marta Kos, dyrektorka Biura X, Anna Nowak z Y": a role phrase set off by commas on both
    sides after a name describes that name, not the one after the second comma."""
    return "," in ctx.text(body_end, after.start) and any(
        p.end <= role_start and re.fullmatch(r"\s*,\s*", ctx.text(p.end, role_start))
        for p in people
    )


# "funkcję", "stanowisko", "obowiązki" right before the role noun: the post as a function
FUNCTION_NOUN = re.compile(r"(?i)\b(?:funkcj[ęia]|stanowisk[oau]|obowiązk[iów]+)\s+$")
HELD_AFTER = (
    r"\s*,?\s+(?:[^;,]{0,40}?\s)?(?:(?:pełni|sprawuje|obejmuje|zajmuje|przejmuje)\b|"
    r"(?:pełni|sprawowa|zajmowa|przejmowa)(?:ł|ła)\b|(?:obj|przej)(?:ął|ęła)\b)\s+"
)
# ("prezes zarządu Fundacji X": the body's board between the role and the body)
# (an adjective of the post first: "sekretarz generalny Rady Europy", "dyrektorka wykonawcza
# Fundacji X", "główny koordynator")
ROLE_TO_BODY = (
    # ("the Head of the Department of Social Policy and Health, Elżbieta Kois-Żurek")
    r"\s+of\s+(?:the\s+)?|"
    # ("Koordynator Krajowy UNICEF …": a capitalised title writes the adjective so too)
    r"\s+(?:(?i:generaln|wykonawcz|naczeln|honorow|regionaln|krajow|programow|zarządzając|"
    r"merytoryczn|główn|stał|specjaln|prasow)\w*\s+)?(?:(?i:zarządu|rady|komisji)\s+)?(?:(?:(?:ds\.\s+)?[a-ząćęłńóśźż]+\s+)?(?:z|ze|w|we)\s+)?"
)
# "krajowy koordynator UNICEF ds. reagowania kryzysowego Rashed Mustafa Sarwar": the post's
# field, "do spraw" and a genitive in small letters, may follow the body before the name
FIELD_OF_THE_POST = re.compile(r"\s+ds\.((?:\s+[a-ząćęłńóśźż]+){1,4})(?=\s+[A-ZĄĆĘŁŃÓŚŹŻ])")


def field_of_the_post(after: str) -> int:
    """The length of the post's field at the start of `after`, 0 where there is none: each word
    a noun or an adjective SGJP reads in the genitive ("ds. współpracy naukowej"), none a verb
    ("ds. integracji powitała Annę Kos" is a sentence going on)."""
    field = FIELD_OF_THE_POST.match(after)
    if field is None:
        return 0
    words = field.group(1).split()
    genitive = all(
        any(
            tag.split(":")[0] in ("subst", "adj", "ger") and tag_has(tag, 2, "gen")
            for _, tag, _ in analyses(word)
        )
        and not readings_of(word, ("fin", "praet", "impt", "inf", "bedzie"))
        for word in words
    )
    return field.end() if genitive else 0


# "prezes Fundacji ADRA Polska dr Piotr Nowacki": a degree between the body and the name
DEGREES = r"(?:(?:dr|prof\.|hab\.|inż\.|mgr|ks\.|doc\.)\s*)*"


# A city's officer other than its mayor, the city in the genitive or left to the context:
# "sekretarz Krakowa Jan Nowak", "skarbniczka miasta Anna Kos", "sekretarz miasta Marcin
# Wojdat" (the mayors' own words are read by posts_of_mayors).
CITY_OFFICER_WORD = r"(?P<role>sekretar\w*|skarbni\w*|pełnomocni\w*|rzeczni\w*)"
CITY_OFFICER = re.compile(
    r"(?i)\b"
    + CITY_OFFICER_WORD
    + r"(?:\s+(?:(?P<mayor>prezydenta?)(?:\s+miasta(?:\s+stołecznego)?)?|"
    r"miasta(?:\s+stołecznego)?|m\.\s?st\.))?\s+$"
)


def city_officers_before_names(ctx: DocumentContext, sentence: Sentence) -> None:
    """ "sekretarz Krakowa Jan Nowak", "W imieniu Warszawy podpis złożył sekretarz miasta
    Marcin Wojdat": a city officer's word before a name, with the city in the genitive between
    them, or said as "miasta" of the city the person acted for (or the page is about), is a post
    in the city's office."""
    cities = ctx.mentions_in(sentence, "city")
    for person in ctx.mentions_in(sentence, "person"):
        before = ctx.text(max(sentence.start, person.start - 60), person.start)
        city = next((c for c in cities if right_after(ctx, c.end, person, r"\s+")), None)
        if city is not None:
            cue = CITY_OFFICER.search(ctx.text(max(sentence.start, city.start - 50), city.start))
            where: str | None = city.iri
        else:
            cue = CITY_OFFICER.search(before)
            said_as_city = cue is not None and "miast" in cue.group(0).lower()
            where = city_acted_for(ctx, sentence) if said_as_city else None
        office = ctx.reference.office_of_city.get(where) if where else None
        if cue is not None and city is not None and the_mayor_served(cue, person):
            continue
        if cue is not None and office is not None and ctx.kind_of(office) is not None:
            add_post(ctx, sentence, person.iri, office, cue.group("role"))


def the_mayor_served(cue: re.Match[str], person: Mention) -> bool:
    """ "pełnomocnikiem prezydenta Łodzi Hanny Zdanowskiej": a name in the genitive after
    "prezydenta <city>" (the officer's word in another case) is the mayor's whom the officer
    serves, not the officer's ("pełnomocnik prezydenta Krakowa Jan Nowak" is the officer)."""
    if not cue.group("mayor"):
        return False
    name = person_name(person.text.split())
    return (
        name is not None
        and name.case == "gen"
        and not any(tag_has(t, 2, "gen") for _, t, _ in analyses(cue.group("role").lower()))
    )


# "Beata Bugajska, Pełnomocniczka Prezydenta Miasta ds. równości", "Anna Kos – rzeczniczka
# prezydenta Lublina": the city officer's word in apposition after the name
CITY_OFFICER_AFTER = re.compile(
    r"(?i)\s*(?:,|[–—-]|\()\s*" + CITY_OFFICER_WORD + r"\s+"
    r"(?:prezydent(?:a|ki)(?:\s+miasta(?:\s+stołecznego)?)?|miasta(?:\s+stołecznego)?|m\.\s?st\.)"
    r"(?=\s|,|\.|\)|$)"
)


def city_officers_after_names(ctx: DocumentContext, sentence: Sentence) -> None:
    """A city officer's word in apposition after a person's name is a post in the office of
    the city named right after it, or else of the city the page is about."""
    cities = ctx.mentions_in(sentence, "city")
    for person in ctx.mentions_in(sentence, "person"):
        cue = CITY_OFFICER_AFTER.match(ctx.text(person.end, sentence.end))
        if cue is None:
            continue
        at = person.end + cue.end()
        named = next((c for c in cities if right_after(ctx, at, c, r"\s+")), None)
        where = named.iri if named else city_of_the_publisher(ctx) or ctx.city_of_page()
        office = ctx.reference.office_of_city.get(where) if where else None
        if office is not None and ctx.kind_of(office) is not None:
            add_post(ctx, sentence, person.iri, office, cue.group("role"))


def city_acted_for(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """ "W imieniu Warszawy …", "on behalf of Warsaw": the one city the sentence acts for."""
    cities = {
        c.iri
        for c in ctx.mentions_in(sentence, "city")
        if preceded_by(ctx.doc.text, c.start, r"(?i)\b(?:w\s+imieniu|on\s+behalf\s+of|for)")
    }
    return cities.pop() if len(cities) == 1 else None


# "pracę Zespołu koordynuje Marta Jankowska", "biurem kieruje dyrektor Jakub Sowa", "Do 2018 r.
# kierował nią Jacek Sutryk": a verb of leading, the body (or a pronoun for the one named just
# before) and the person who leads it.
LEADS = {
    "kier": "kierownik", "koordyn": "koordynator", "przewodnicz": "przewodniczący",
    "stoi": "kierownik", "stał": "kierownik", "stała": "kierownik",
}  # fmt: skip
LEADING_VERB = re.compile(
    r"(?i)\b(?P<verb>kier|koordyn|przewodnicz)(?:uje|ują|ował|owała|owali|y|ył|yła)\b|"
    # "Na czele Biura stoi X", "na którego czele stoi X"
    r"\bczele\s+(?:[^\s,;]+\s+){0,10}?(?P<stands>stoi|stał|stała)\b"
)
# Between a body and the verb of leading it: nothing, or a relative pronoun ("Wydział …,
# którym kieruje dyrektor X", "Biuro, na którego czele stoi X").
LED_BODY_GAP = re.compile(r"\s*(?:,\s*(?:któr\w+|na\s+któr\w+))?\s*$")


# "Jacek Jaśkowiak, który od 2014 r. kieruje Poznaniem", "X rządzi Lublinem od 2010 r.": the
# one who governs a city (named in the instrumental) is its mayor.
GOVERNS = re.compile(
    r"(?i)\b(?:kieru(?:je|ją)|kierowa(?:ł|l)\w*|rządz(?:i|ą|ił\w*)|zarządz(?:a|ają|ał\w*))\s+$"
)
GOVERNOR_GAP = re.compile(
    r"\s*(?:,\s*(?:któr[ya]|która)\s+)?(?:(?:od|już\s+od|w|przez)\s+[^,;]{1,25}?\s+)?"
    r"(?:nadal\s+|wciąż\s+|obecnie\s+)?$"
)


# "W Gdańsku rządzi dziś X, we Wrocławiu – Y", "wciąż urzędują … Z w Łodzi": who governs in a
# city, said with the city in the locative (the verb may be left out in the next clauses).
GOVERNS_IN = re.compile(r"(?i)\b(?:rządz(?:i|ą|ił\w*)|urzęduj(?:e|ą)|urzędował\w*|włada(?:ją)?)\b")
CITY_THEN_GOVERNOR = re.compile(
    r"\s+(?:(?:rządz\w*|urzęduj\w*|włada\w*)\s+)?(?:(?:dziś|dzisiaj|obecnie|teraz|nadal|wciąż)\s+)?"
    r"(?:[–—-]\s+)?$"
)


def mayors_governing_in(ctx: DocumentContext, sentence: Sentence) -> None:
    verb = GOVERNS_IN.search(sentence.text)
    if verb is None:
        return
    verb_at = sentence.start + verb.start()
    # the governed follow the verb: "wciąż urzędują … Z w Łodzi", not "X w Łodzi prowadzi
    # kawiarnię, a rządzi nią"
    people = [p for p in ctx.mentions_in(sentence, "person") if p.start > verb_at]
    for city in ctx.mentions_in(sentence, "city"):
        if not preceded_by(ctx.doc.text, city.start, r"\b(?:w|we|W|We)"):
            continue
        after = next((p for p in people if p.start > city.end), None)
        before = [p for p in people if p.end < city.start]
        if after is not None and CITY_THEN_GOVERNOR.match(ctx.text(city.end, after.start) + " "):
            governor = after
        elif before and re.fullmatch(r"\s+we?\s+", ctx.text(before[-1].end, city.start)):
            governor = before[-1]  # "Hanna Zdanowska w Łodzi"
        else:
            continue
        add_the_mayors_post(ctx, sentence, governor.iri, city.iri)


def mayors_by_governing(ctx: DocumentContext, sentence: Sentence) -> None:
    people = ctx.mentions_in(sentence, "person")
    for city in ctx.mentions_in(sentence, "city"):
        verb = GOVERNS.search(ctx.text(max(sentence.start, city.start - 25), city.start))
        if verb is None or city.text == ctx.label_pl(city.iri):
            continue  # the instrumental: "kieruje Poznaniem", not "kieruje Poznań …"
        at = max(sentence.start, city.start - 25) + verb.start()
        before = [p for p in people if p.end <= at]
        if before and GOVERNOR_GAP.fullmatch(ctx.text(before[-1].end, at)):
            add_the_mayors_post(ctx, sentence, before[-1].iri, city.iri)


# "List podpisali prezydenci: Białegostoku – Tadeusz Truskolaski, Bydgoszczy – Rafał Bruski",
# "the mayors: Gdańsk – Aleksandra Dulkiewicz, …": the mayors' word, then city – name pairs.
MAYORS_WORD = re.compile(r"(?i)(?<!wice)(?<!wice-)\b(?:prezyden(?:ci|tów|tami)|mayors)\b")
PAIR_DASH = re.compile(r"\s*[–—-]\s*")


def mayors_city_by_city(ctx: DocumentContext, sentence: Sentence) -> None:
    word = MAYORS_WORD.search(sentence.text)
    if word is None:
        return
    people = ctx.mentions_in(sentence, "person")
    for city in ctx.mentions_in(sentence, "city"):
        if city.start < sentence.start + word.end():
            continue
        person = next((p for p in people if p.start >= city.end), None)
        if person is not None and PAIR_DASH.fullmatch(ctx.text(city.end, person.start)):
            add_the_mayors_post(ctx, sentence, person.iri, city.iri)
    for city, person in mayors_in_order(ctx, sentence, word):
        add_the_mayors_post(ctx, sentence, person.iri, city.iri)


LIST_JOIN = r"\s*(?:,|\bi\b|\boraz\b|\band\b)\s*"


def mayors_in_order(
    ctx: DocumentContext, sentence: Sentence, word: re.Match[str]
) -> list[tuple[Mention, Mention]]:
    """ "prezydenci Poznania i Lublina, Jacek Jaśkowiak i Krzysztof Żuk", "the mayors of Gdańsk
    and Łódź, A and B": the cities listed right after the mayors' word and as many people listed
    right after them pair in order."""
    cities = ctx.mentions_in(sentence, "city")
    first = next(
        (
            c
            for c in cities
            if re.fullmatch(r"\s+(?:of\s+)?", ctx.text(sentence.start + word.end(), c.start))
        ),
        None,
    )
    if first is None:
        return []
    listed = chain_from(ctx, first, [c for c in cities if c.start > first.start], LIST_JOIN)
    people = [p for p in ctx.mentions_in(sentence, "person") if p.start > listed[-1].end]
    if len(listed) < 2 or not people:
        return []
    if not re.fullmatch(r"\s*(?:,|[–—-]|:)\s*", ctx.text(listed[-1].end, people[0].start)):
        return []
    named = chain_from(ctx, people[0], people[1:], LIST_JOIN)
    return list(zip(listed, named, strict=True)) if len(named) == len(listed) else []


def posts_by_leading_verbs(ctx: DocumentContext, sentence: Sentence) -> None:
    verb = LEADING_VERB.search(sentence.text)
    if verb is None:
        return
    word = (verb.group("verb") or verb.group("stands")).lower()
    at, after = sentence.start + verb.start(), sentence.start + verb.end()
    # The leader follows the verb at once (one lower-case word may stand between: "kieruje
    # dyrektor Jakub Sowa"), not after a preposition ("kieruje zaproszenie do X").
    person = next((p for p in ctx.mentions_in(sentence, "person") if p.start >= after), None)
    gap = ctx.text(after, person.start) if person else "x"
    if person is None or not re.fullmatch(r"\s+(?:[a-ząćęłńóśźż.]+\s+)?", gap):
        return
    if re.search(r"\b(?:do|od|z|ze|dla|na|w|we|o)\s+$", gap):
        return
    bodies = outermost(ctx.mentions_in(sentence, "org", "office", "unit", "team"))
    if verb.group("stands"):
        # "Na czele Biura ds. Integracji stoi X": the body named between "czele" and the verb.
        at_body = [b for b in bodies if sentence.start + verb.start() <= b.start < after]
        # "Biuro …, na którego czele stoi X": the body before the relative pronoun.
        near = at_body[-1:] or [
            b for b in bodies if b.end <= at and LED_BODY_GAP.fullmatch(ctx.text(b.end, at))
        ]
    else:
        near = [
            b
            for b in bodies
            if b.end <= at
            and LED_BODY_GAP.fullmatch(ctx.text(b.end, at))
            and not preceded_by(ctx.doc.text, b.start, r"\b(?:[Dd]o|[Oo]d|[Zz]|[Zz]e|[Dd]la|[Nn]a)")
        ]
    body = near[-1].iri if near else None
    if body is None and re.search(
        r"(?i)\b(?:nią|nim|nimi|nich|jej|jego)\b", ctx.text(at - 20, at + 30)
    ):
        before = [m for m in ctx.mentions if m.kind in ("org", "office", "unit", "team")
                  and m.end <= sentence.start]  # fmt: skip
        body = before[-1].iri if before else None
    if body is not None:
        # "kieruje dyrektor Anna Bielecka": the role the text gives, else the verb's.
        named_role = ROLE_NOUN.match(gap.strip())
        add_post(
            ctx, sentence, person.iri, body, named_role.group(0) if named_role else LEADS[word]
        )


# The person first, then how they lead or hold a post: "X kieruje Fundacją Y", "X, który
# kieruje …", "X, kierująca …", "X stoi na czele Y", "X pełni funkcję dyrektora Y", "X objęła
# stanowisko dyrektora Y", "X został powołany na stanowisko prezesa Y".
SUBJECT_LEADS = re.compile(
    r"^(?:\s*,\s*(?:któr[ya]|który)\s+|\s*,\s*|\s+)"
    # (a time with its year's abbreviation: "od 2020 r.")
    r"(?:(?:od|do|w|przez)\s+(?:[^,;.]|(?<=\br)\.){1,25}?\s+|nadal\s+|obecnie\s+|wciąż\s+)?"
    r"(?:(?P<verb>kier|zarządz|koordyn|przewodnicz)(?:uje|ują|ował|owała|ający|ająca|ujący|ująca|"
    r"a|ał|ała|y|ył|yła|ący|ąca)\s+(?:pracami\s+)?"
    r"|(?P<stands>stoi|stał|stała|stojąc[ya])\s+na\s+czele\s+"
    r"|(?:pełni|pełnił|pełniła|pełniąc[ya])\s+(?:funkcję|obowiązki)\s+(?P<role1>\w+)\s+"
    r"|(?:objął|objęła|obejmie|obejmuje|obejmując[ya])\s+(?:stanowisko|funkcję)\s+(?P<role2>\w+)\s+"
    r"|(?:został|została|zostanie)\s+(?:powołan[ya]|mianowan[ya]|wybran[ya])\s+na\s+"
    r"(?:stanowisko\s+|funkcję\s+)?(?P<role3>\w+)\s+)"
)
# "Fundacja X, kierowana przez Jakuba Wilka": the body first, led by the person
BODY_LED_BY = re.compile(r"^\s*,\s*kierowan[yaeo]\s+(?:od\s+\S+\s+(?:r\.\s+)?)?przez\s+$")


def posts_of_the_subject_who_leads(ctx: DocumentContext, sentence: Sentence) -> None:
    bodies = outermost(ctx.mentions_in(sentence, "org", "office", "unit", "team"))
    for person in ctx.mentions_in(sentence, "person"):
        cue = SUBJECT_LEADS.match(ctx.text(person.end, sentence.end))
        if cue is None:
            continue
        after = person.end + cue.end()
        role = cue.group("role1") or cue.group("role2") or cue.group("role3")
        if role is not None and not ROLE_NOUN.match(role.lower()):
            continue
        body = next((b for b in bodies if b.start == after), None)
        if body is None:
            continue
        word = (cue.group("verb") or "").lower()
        named = role or LEADS.get(word) or "kierownik"
        add_post(ctx, sentence, person.iri, body.iri, named)
    for body in bodies:
        leader = next(
            (
                p
                for p in ctx.mentions_in(sentence, "person")
                if p.start > body.end and BODY_LED_BY.match(ctx.text(body.end, p.start))
            ),
            None,
        )
        if leader is not None:
            add_post(ctx, sentence, leader.iri, body.iri, "kierownik")


# "Koordynatorem projektu jest Jan Nowak z Fundacji X", "Dyrektorką biura została Anna Kos":
# a role in the instrumental, a copula, the person, and the body after "z" (or in the phrase).
ROLE_IS = re.compile(
    # the role in the instrumental, or undeclined ("Prezes Urzędu … została Anna Kos")
    r"(?P<role>\b(?i:" + ROLE_NOUN.pattern + r"))\s+(?:\S+\s+){0,10}?"
    r"(?:jest|był|była|został|została|będzie)\s+"
    # academic titles before the name: "jest dr hab. Igor Zachariasz", "została prof. X"
    r"(?:(?:dr|hab\.|prof\.|mgr|inż\.|dr\.)\s*)*$"
)


# "Anna Kos została dyrektorką Stowarzyszenia X", "Jan Nowak jest koordynatorem Biura Y".
BECAME = re.compile(
    # ("została nową dyrektorką …", "jest obecnie p.o. kierownika …": an adjective of time or
    # standing before the role)
    r"^\s+(?:został|została|zostanie|jest|był|była|pozostaje)\s+(?:(?:obecnie|od\s+\d{4}\s+r\.)\s+)?"
    # ("została społeczną pełnomocniczką …": any adjective in the instrumental, not the role
    # itself: "koordynatorką prezydenta …" ends in -ą too)
    r"(?:(?!" + ROLE_NOUN.pattern + r")[a-ząćęłńóśźż]+(?:ym|im|ą)\s+)?(?P<role>[a-ząćęłńóśźż]+)\s+"
    # ("jest pełnomocnikiem prezydenta Lublina": the mayor's officer, in the city's office; a
    # woman mayor's title does not decline: "pełnomocnikiem prezydent Łodzi")
    r"(?:prezydenta?\s+(?:miasta\s+)?)?$"
)


# "Wcześniej była koordynatorką Biura X.", "(wcześniej koordynator Stowarzyszenia Y)": a post
# whose holder is the person the text was just speaking of.
NO_SUBJECT_POST = re.compile(
    r"^[\s(–-]*(?:(?i:wcześniej|dotąd|dotychczas|poprzednio|przedtem|previously|formerly)\s+)?"
    r"(?:(?:był|była|jest|został|została|pełnił\w*\s+funkcję)\s+)?"
    r"(?P<role>[a-ząćęłńóśźż]+)\s+$"
)


def posts_without_subject(ctx: DocumentContext, sentence: Sentence) -> None:
    """A post stated with no holder named: the holder is the one person of the sentence before
    ("Wcześniej była koordynatorką Biura X."), or, in brackets, the person right before the
    bracket ("Jan Nowak (wcześniej koordynator Stowarzyszenia Y)")."""
    bodies = outermost(ctx.mentions_in(sentence, "org", "office", "unit", "team"))
    people = ctx.mentions_in(sentence, "person")
    for bracket in re.finditer(r"\(", sentence.text):
        start = sentence.start + bracket.end()
        inside = [b for b in bodies if b.start >= start]
        cue = NO_SUBJECT_POST.match(ctx.text(start, inside[0].start)) if inside else None
        holder = [p for p in people if p.end <= start]
        right_before = bool(holder) and re.fullmatch(r"\s*\(", ctx.text(holder[-1].end, start))
        if cue and ROLE_NOUN.match(cue.group("role")) and right_before:
            role = cue.group("role")
            add_post(ctx, sentence, holder[-1].iri, inside[0].iri, role, alongside=True)
    if not bodies or people:
        return
    cue = NO_SUBJECT_POST.match(ctx.text(sentence.start, bodies[0].start))
    if cue is None or not ROLE_NOUN.match(cue.group("role")):
        return
    before = [s for s in ctx.sentences if s.end <= sentence.start]
    holders = {p.iri for p in ctx.mentions_in(before[-1], "person")} if before else set()
    if len(holders) == 1:
        add_post(ctx, sentence, holders.pop(), bodies[0].iri, cue.group("role"))


# "Fundacja X ma nowego dyrektora: Jana Nowaka", "Stowarzyszenie Y ma nową prezeskę – Annę Kos":
# a body, "has a new", the role in the accusative, and the person.
HAS_NEW = re.compile(
    r"^\s+(?:ma|mają|miał[oa]?|otrzymał[oa]?)\s+(?:now\w+|kolejn\w+)\s+(?P<role>[a-ząćęłńóśźż]+)"
    r"\s*(?:[:,–—-]\s*)?$"
)
# "Jana Nowaka, dotychczas koordynatora Towarzystwa Y": a post the person held before, set off
# by a comma and an adverb of earlier time (the role in any case).
EARLIER_POST = re.compile(
    r"^\s*,\s*(?:wcześniej|dotąd|dotychczas|dotychczasow\w+|poprzednio|przedtem|previously|"
    r"formerly)\s+(?P<role>[a-ząćęłńóśźż]+)\s+$"
)


def posts_of_new_holders(ctx: DocumentContext, sentence: Sentence) -> None:
    """ "Od 1 maja Fundacja X ma nowego dyrektora: Prokopa Nowaka, dotychczas koordynatora
    Towarzystwa Y": the person holds the new post in the body named before, and held the
    earlier one in the body after the adverb."""
    bodies = outermost(ctx.mentions_in(sentence, "org", "office", "unit", "team"))
    for person in ctx.mentions_in(sentence, "person"):
        before = next((b for b in reversed(bodies) if b.end <= person.start), None)
        has_new = HAS_NEW.match(ctx.text(before.end, person.start)) if before else None
        if before is not None and has_new and ROLE_NOUN.match(has_new.group("role")):
            add_post(ctx, sentence, person.iri, before.iri, has_new.group("role"))
        after = next((b for b in bodies if b.start >= person.end), None)
        earlier = EARLIER_POST.match(ctx.text(person.end, after.start)) if after else None
        if after is not None and earlier and ROLE_NOUN.match(earlier.group("role")):
            add_post(ctx, sentence, person.iri, after.iri, earlier.group("role"), alongside=True)


def people_of_a_table_row(ctx: DocumentContext, row: Sentence) -> None:
    """ "| Łódź | Paweł Grabski | Wydział Edukacji, Urząd Miasta Łodzi |" under "| Miasto |
    Imię i nazwisko | Jednostka |": the person of the name column works in the first body of
    the body column (the smallest, as an address names it first), unless the row gave the
    person a post already ("Ewa Kos, kierowniczka referatu")."""
    names = column_cell(ctx, row, NAME_COLUMN)
    where = column_cell(ctx, row, BODY_COLUMN)
    if names is None or where is None:
        return
    people = ctx.mentions_in(names, "person")
    team = body_over_the_table(ctx, row)
    if team is not None:
        for person in people:
            # "## Członkowie Zespołu" over the table: each row's person is a member
            ctx.fact(person.iri, "memberOf", team, row)
    bodies = ctx.mentions_in(where, "org", "office", "unit")
    if not bodies:
        return
    office = office_of_the_rows_city(ctx, row)
    for unit in bodies:
        # "| Bydgoszcz | … | dyrektor Wydziału Zdrowia … |": a unit no office owns in the cell
        # is one of the row's city's office
        if (
            office is not None
            and unit.kind == "unit"
            and not any(f.s == unit.iri and f.p == UMP + "unitOf" for f in ctx.facts)
            and not any(b.start > unit.end for b in bodies)
        ):
            ctx.fact(unit.iri, "unitOf", office, row)
    role = ROLE_NOUN.match(ctx.text(where.start, where.end).lstrip(" |"))
    for person in people:
        posted = any(
            f.s == person.iri and f.p == UMP + "holds" for f in ctx.facts if f.sentence is row
        )
        if posted:
            continue
        if role is not None:
            # "kierowniczka Referatu Integracji Cudzoziemców, Wydział Rozwoju Społecznego": the
            # role of the post, and the smallest body the cell names
            add_post(ctx, row, person.iri, bodies[0].iri, role.group(0))
        else:
            ctx.fact(person.iri, "memberOf", bodies[0].iri, row)


def body_over_the_table(ctx: DocumentContext, row: Sentence) -> str | None:
    """The body whose members the heading over a table says its rows are ("## Członkowie
    Zespołu", "## Skład zespołu")."""
    for above in reversed([s for s in ctx.sentences if s.end <= row.start]):
        if above.text.lstrip().startswith("|"):
            continue
        if not above.text.startswith("#") or not MEMBERS_LISTED.search(above.text):
            return None
        named = ctx.mentions_in(above, "team", "org", "unit")
        return named[0].iri if named else None
    return None


def office_of_the_rows_city(ctx: DocumentContext, row: Sentence) -> str | None:
    cell = column_cell(ctx, row, CITY_COLUMN)
    cities = ctx.mentions_in(cell, "city") if cell is not None else []
    office = ctx.reference.office_of_city.get(cities[0].iri) if len(cities) == 1 else None
    return office if office and ctx.kind_of(office) is not None else None


def posts_by_copula(ctx: DocumentContext, sentence: Sentence) -> None:
    bodies = outermost(ctx.mentions_in(sentence, "org", "office", "unit", "team"))
    # ("Pełnomocnikiem prezydenta Lublina ds. migracji jest X": a city's mayor's officer holds
    # a post in the city's office)
    bodies = sorted(bodies + offices_of_mayors_named(ctx, sentence), key=lambda m: m.start)
    for person in ctx.mentions_in(sentence, "person"):
        after = next((b for b in bodies if b.start > person.end), None)
        became = BECAME.match(ctx.text(person.end, after.start)) if after else None
        if after is not None and became and ROLE_NOUN.match(became.group("role")):
            add_post(ctx, sentence, person.iri, after.iri, became.group("role"))
            continue
        role = role_after_jako(ctx.text(person.end, after.start)) if after else None
        if (
            after is not None
            and role
            and not any(
                person.end <= p.start < after.start for p in ctx.mentions_in(sentence, "person")
            )
        ):
            add_post(ctx, sentence, person.iri, after.iri, role)
            continue
        cue = ROLE_IS.search(ctx.text(sentence.start, person.start))
        if cue is None or not ROLE_NOUN.match(cue.group("role")):
            continue
        home = next(
            (
                b
                for b in bodies
                if b.start >= person.end
                and re.fullmatch(r"\s*(?:z|ze|from)\s+", ctx.text(person.end, b.start))
            ),
            None,
        )
        named = next(
            (
                b
                for b in bodies
                if b.end <= person.start and b.start >= sentence.start + cue.start()
            ),
            None,
        )
        if named is not None and home is not None and home.iri != named.iri:
            # "Koordynatorem Sieci X został Piotr Wąsik ze Stowarzyszenia Y": the post is in the
            # body the role names; the one the person comes from is theirs
            add_post(ctx, sentence, person.iri, named.iri, cue.group("role"))
            ctx.fact(person.iri, "memberOf", home.iri, sentence)
            continue
        body = home or named
        if body is not None:
            add_post(ctx, sentence, person.iri, body.iri, cue.group("role"))


# ("pełnomocnik prezydent Łodzi": a woman mayor's title does not decline; after an officer's
# word it is hers in the genitive, not a mayor's in the nominative)
MAYOR_OFFICER = (
    r"(?:pełnomocni|rzeczni|doradc|koordynator|sekretar|skarbni|asystent|zastęp(?:c|czyni)|"
    r"ekspert|specjalist)\w*"
)
MAYOR_SERVED = r"\b(?:prezydenta|(?i:" + MAYOR_OFFICER + r")\s+prezydent)(?:\s+miasta)?"


# "Anna Nowak pracuje jako koordynatorka w Fundacji …", "… pracował w ratuszu jako
# pełnomocnik prezydenta i dyrektor Wydziału Kultury …": the role "jako" names, in the body
# right after it (its complement in small letters and "w" between)
JAKO = re.compile(r"(?<![\w-])jako\s+(?P<rest>[^;:()\n]*)$")
ROLE_COMPLEMENT = re.compile(r"[a-ząćęłńóśźż]+|ds\.")


def role_after_jako(gap: str) -> str | None:
    """The role "jako" names in the gap between a person and a body, the last of two joined
    by "i"; what comes before "jako" is the person's clause (at most 60 letters, no sentence
    mark), what comes after the role at most four small words ("projektów", "ds. integracji",
    "w")."""
    found = JAKO.search(gap)
    if found is None or len(gap) - len(found.group(0)) > 60 or re.search(r"[;:()]", gap):
        return None
    words = found.group("rest").split()
    if not words or not all(ROLE_COMPLEMENT.fullmatch(w) for w in words):
        return None
    roles = [i for i, w in enumerate(words) if ROLE_NOUN.match(w)]
    if not roles or len(words) - roles[-1] - 1 > 4:
        return None
    return words[roles[-1]]


def offices_of_mayors_named(ctx: DocumentContext, sentence: Sentence) -> list[Mention]:
    """ "(pełnomocnik) prezydenta Lublina": the office of the city whose mayor an officer serves,
    standing where the city is named (a mention of the office, for the rules that look for a
    body); "Prezydent Lublina powitał …" is the mayor, read by the mayors' rules."""
    found = []
    for city in ctx.mentions_in(sentence, "city"):
        office = ctx.reference.office_of_city.get(city.iri)
        if office is not None and preceded_by(ctx.doc.text, city.start, MAYOR_SERVED):
            found.append(Mention(city.start, city.end, city.text, office, "office"))
    return found


def heads_in_brackets(ctx: DocumentContext, sentence: Sentence) -> None:
    """ "the Wrocław Centre for Social Development (director Dorota Feliks)", "Fundacja X
    (prezes: Jan Nowak)": a body, then in brackets a role noun and the person who holds it."""
    people = ctx.mentions_in(sentence, "person")
    for body in outermost(ctx.mentions_in(sentence, "org", "office", "unit", "team")):
        opened = role_opened(ctx, sentence, body.end, r"\s*\(\s*")
        if opened is None:
            continue
        start, role = opened
        person = next(
            (
                p
                for p in people
                if p.start >= start + role.end()
                and re.fullmatch(r"[\s:]*(?:\w+\s+){0,3}?", ctx.text(start + role.end(), p.start))
                and re.match(r"\s*[),;]", ctx.text(p.end, sentence.end))
            ),
            None,
        )
        if person is not None:
            add_post(ctx, sentence, person.iri, body.iri, role.group(0))


def outermost(mentions: list[Mention]) -> list[Mention]:
    """Mentions not inside another ("Biuro UMP", not the "UMP" in it)."""
    return [
        m
        for m in mentions
        if not any(o is not m and o.start <= m.start and m.end <= o.end for o in mentions)
    ]


# Kinds of posts the reference role list has, by the lemma of the role noun.
ROLE_BY_LEMMA = {
    "koordynator": "koordynator",
    "coordinator": "koordynator",
}  # lemmas of the post: `role_lemma` masculinises


def role_lemma(word: str) -> str:
    """The role noun in the nominative, of the post rather than of its holder ("Koordynatorem"
    → "koordynator", "dyrektorką" → "dyrektor"): a post held by a woman and by a man is one
    post. A word morfeusz2 does not know (English) stays as written."""
    lemmas = [lemma for lemma, tag, _ in analyses(word) if tag.startswith("subst")]
    lemma = (lemmas[0].split(":")[0] if lemmas else word).lower()
    return masculine_role(lemma)


# Feminine role nouns and the masculine ones they are formed from: dyrektorka ← dyrektor,
# kierowniczka ← kierownik, prezeska ← prezes, przewodnicząca ← przewodniczący, zastępczyni ←
# zastępca, specjalistka ← specjalista, członkini ← członek, szefowa ← szef.
FEMININE_SUFFIXES = (
    ("iczka", "ik"), ("orka", "or"), ("eska", "es"), ("ąca", "ący"), ("czyni", "ca"),
    ("istka", "ista"), ("kini", "ek"), ("arka", "arz"), ("owa", ""), ("na", "ny"), ("ka", ""),
)  # fmt: skip


def masculine_role(lemma: str) -> str:
    for feminine, masculine in FEMININE_SUFFIXES:
        if lemma.endswith(feminine):
            candidate = lemma[: -len(feminine)] + masculine
            if any(tag.startswith("subst") and ":m1" in tag for _, tag, _ in analyses(candidate)):
                return candidate
    return lemma


def add_post(
    ctx: DocumentContext,
    sentence: Sentence,
    person: str,
    body: str,
    role: str,
    alongside: bool = False,
) -> None:
    """A post of the organisation, named by the role noun in the nominative; a role the
    reference list has (koordynator) is stated as the post's role. `alongside`: a second post
    the sentence gives the person ("dyrektor X (wcześniej koordynator Y)")."""
    said = any(f.s == person and f.p.endswith("holds") for f in ctx.facts if f.sentence is sentence)
    if said and not alongside:
        return  # a more specific rule (mayors) has already given this person a post here
    word = role_lemma(role)
    name_pl = f"{word} ({ctx.label_pl(body)})"
    post = ctx.entity(
        ctx.iri("post", slugify(f"{word} {body.rsplit('/', 1)[-1]}")),
        "Post",
        name_pl,
        f"{word} ({ctx.label_en(body)})",
        sentence,
    )
    ctx.fact(post, "postIn", body, sentence)
    ctx.fact(person, "holds", post, sentence)
    kind = ROLE_BY_LEMMA.get(word) or head_of_unit(ctx, word, body)
    if kind:
        ctx.fact(post, "role", ctx.iri("role", kind), sentence)


# The reference roles of heads of units, by the role noun's lemma and the unit's head noun:
# "dyrektor wydziału", "kierowniczka referatu", "Head of Unit" (a unit of the Commission or the
# Council of Europe is a "dział").
UNIT_HEAD_ROLES = {  # role nouns as `role_lemma` gives them: a post's, not its holder's gender
    ("dyrektor", "wydział"): "dyrektor-wydzialu", ("dyrektor", "departament"): "dyrektor-wydzialu",
    ("kierownik", "referat"): "kierownik-referatu", ("kierownik", "dział"): "kierownik-dzialu",
    ("head", "unit"): "kierownik-dzialu", ("head", "section"): "kierownik-referatu",
    ("head", "department"): "dyrektor-wydzialu", ("director", "department"): "dyrektor-wydzialu",
}  # fmt: skip
# The press's "szef"/"szefowa" of a city office's unit, and the title a city office may give
# its department's head, "naczelnik wydziału", head the unit as its director or manager does
# (roles.ttl: "dyrektor wydziału" heads a department of a city office; another body's "szef
# Wydziału Konsularnego" is not one), by the unit's first word.
CITY_UNIT_HEAD_ROLES = {
    ("dyrektor", "Biuro"): "dyrektor-wydzialu",
    ("szef", "Wydział"): "dyrektor-wydzialu", ("szef", "Departament"): "dyrektor-wydzialu",
    ("szef", "Biuro"): "dyrektor-wydzialu", ("szef", "Referat"): "kierownik-referatu",
    ("szef", "Dział"): "kierownik-dzialu", ("naczelnik", "Wydział"): "dyrektor-wydzialu",
    ("dyrektor", "Centrum"): "dyrektor-wydzialu", ("szef", "Centrum"): "dyrektor-wydzialu",
}  # fmt: skip
# An English page's name of a city office's unit, by its head noun first or last ("Centre for
# International Cooperation", "Social Assistance and Projects Office"): its director or head is
# the office's director of department, as "dyrektor Biura …" is.
ENGLISH_CITY_UNIT_HEADS = {"office", "bureau", "centre", "center", "department"}
ENGLISH_UNIT_HEAD_WORDS = {"director", "head"}


# "kieruje dyrektor wydziału Joanna Wrzesińska", "kierowniczka referatu Anna Nowak": the unit
# word in lower case, the person right after it.
UNIT_HEAD_BEFORE_NAME = re.compile(
    r"\b(?P<role>dyrektor(?:ka|a|em|owi|ki|ką)?|kierownik(?:a|iem|owi)?|kierowniczk[aięą])\s+"
    r"(?P<unit>wydziału|referatu|działu|departamentu)\s+$"
)


def heads_of_the_unit_named_before(ctx: DocumentContext, sentence: Sentence) -> None:
    """ "Program koordynuje Wydział Spraw Społecznych … Pracami zespołu kieruje dyrektor wydziału
    Joanna Wrzesińska": "wydziału" in lower case is the unit of that kind named last before; the
    person heads it."""
    for person in ctx.mentions_in(sentence, "person"):
        cue = UNIT_HEAD_BEFORE_NAME.search(ctx.text(sentence.start, person.start))
        if cue is None:
            continue
        head = phrase_base_form([cue.group("unit")]).casefold()
        units = [
            m
            for m in ctx.mentions
            if m.end <= sentence.start + cue.start()
            and m.kind in ("org", "unit", "office")
            and ctx.label_pl(m.iri).casefold().startswith(head)
        ]
        if units:
            add_post(ctx, sentence, person.iri, units[-1].iri, cue.group("role"))


def head_of_unit(ctx: DocumentContext, word: str, body: str) -> str | None:
    label = ctx.label_pl(body).lower()
    heads = {lemma.lower() for lemma, _, _ in analyses(label.split()[0])} if label else set()
    heads |= {label.split()[0], label.split()[-1]} if label else set()
    return next((r for (w, h), r in UNIT_HEAD_ROLES.items() if w == word and h in heads), None)


def directors_of_city_bureaus(ctx: DocumentContext) -> None:
    """ "Michał Śmiechowicz, dyrektor Biura Rozwoju Gospodarczego …" of a city's office: a city
    office's "Biuro" is a department under another name, its director a director of department
    (the Union's or a foundation's office is not); so are a city unit's "szef" and "naczelnik"
    (`CITY_UNIT_HEAD_ROLES`). Read last: a unit's office may be known only from the page's
    city."""
    offices = set(ctx.reference.office_of_city.values())
    city_units = {f.s for f in ctx.facts if f.p == UMP + "unitOf" and str(f.o) in offices}
    with_role = {f.s for f in ctx.facts if f.p == UMP + "role"}
    for fact in list(ctx.facts):
        if fact.p != UMP + "postIn" or str(fact.o) not in city_units or fact.s in with_role:
            continue
        unit = ctx.label_pl(str(fact.o)).split()
        post = ctx.label_pl(fact.s).split()
        role = city_unit_head_role(post[0], unit) if unit and post else None
        if role and not another_bodys_unit(unit):
            ctx.fact(fact.s, "role", ctx.iri("role", role), fact.sentence)
            with_role.add(fact.s)


def city_unit_head_role(word: str, unit: list[str]) -> str | None:
    """The role of a post named by `word` ("dyrektor", "szef", "director") in a city office's
    unit whose name's words are `unit`."""
    role = CITY_UNIT_HEAD_ROLES.get((word, unit[0]))
    english = {unit[0].casefold(), unit[-1].casefold()} & ENGLISH_CITY_UNIT_HEADS
    if role is None and word.casefold() in ENGLISH_UNIT_HEAD_WORDS and english:
        role = "dyrektor-wydzialu"
    return role


def another_bodys_unit(unit: list[str]) -> bool:
    """ "Wydział Konsularny Ambasady Ukrainy", "Wydział Prawa Uniwersytetu Gdańskiego": a unit
    whose name goes on with another body's, whatever office the page's city gave it (the name
    after a dash is the unit's own: "Biuro – Centrum Współpracy Międzynarodowej")."""
    own = unit[1 : unit.index("–")] if "–" in unit else unit[1:]
    return any(head_lemma(word) & ORGANISATION_HEADS for word in own)


def unit_for_poland(ctx: DocumentContext, body: Mention) -> str:
    """ "(UNHCR Representative in Poland)", "(IOM w Polsce)": the organisation's unit for
    Poland, where the reference has one, when the bracket says Poland."""
    unit = ctx.reference.polish_unit.get(body.iri)
    closing = ctx.doc.text.find(")", body.end, body.end + 60)
    after = ctx.text(body.end, closing) if closing >= 0 else ""
    if unit and re.search(r"\b(?:in\s+Poland|w\s+Polsce)\b", after):
        return unit
    return body.iri


def affiliations(ctx: DocumentContext, sentence: Sentence) -> None:
    """'Aleksandra Zapolska (Klub Ukraiński …)', 'Tomasz Sieniow z Fundacji …', 'X z IOM': a
    person followed by an organisation in parentheses or after 'z' is a member of it."""
    for person in ctx.mentions_in(sentence, "person"):
        if any(
            f.s == person.iri and f.p.endswith("holds") for f in ctx.facts if f.sentence is sentence
        ):
            # a post says more than a membership; a body after it is where they work ("-
            # Aleksandra Zdunek – koordynatorka Zespołu, Centrum Komunikacji Społecznej …")
            workplace = body_after_the_post(ctx, sentence, person) or body_right_after(
                ctx, sentence, person
            )
            if workplace is not None:
                ctx.fact(person.iri, "memberOf", workplace.iri, sentence)
            continue
        bodies = outermost(ctx.mentions_in(sentence, "org", "office", "unit", "team"))
        inside = in_parenthesis_after(ctx, sentence, person, bodies)
        if inside is not None:
            ctx.fact(person.iri, "memberOf", unit_for_poland(ctx, inside), sentence)
            continue
        following = [b for b in bodies if b.start >= person.end]
        gap = ctx.text(person.end, following[0].start) if following else ""
        if following and AFFILIATION_GAP.fullmatch(gap) and gap.strip():
            ctx.fact(person.iri, "memberOf", following[0].iri, sentence)
            continue
        together = from_the_same_body(ctx, sentence, person, following)
        if together is not None:
            ctx.fact(person.iri, "memberOf", together.iri, sentence)
            continue
        # "- Anna Wolska – specjalistka ds. integracji, Urząd Miasta Krakowa"
        workplace = body_after_the_post(ctx, sentence, person)
        if workplace is not None:
            ctx.fact(person.iri, "memberOf", workplace.iri, sentence)


PEOPLE_TOGETHER = re.compile(r"\s*(?:,|\s(?:i|oraz|and))\s+")
FROM_A_BODY = re.compile(r"\s+(?:z|ze|from(?:\s+the)?)\s+")


def from_the_same_body(
    ctx: DocumentContext, sentence: Sentence, person: Mention, following: list[Mention]
) -> Mention | None:
    """ "Katarzyna Parszewska i Ewa Klukowska z Kuratorium Oświaty": people listed together
    (joined by 'i' or 'oraz' at the end) come from the body said after the last of them."""
    people = [p for p in ctx.mentions_in(sentence, "person") if p.start >= person.end]
    chain, joins = [person], []
    for other in people:
        gap = ctx.text(chain[-1].end, other.start)
        if not PEOPLE_TOGETHER.fullmatch(gap):
            break
        chain.append(other)
        joins.append(gap.strip(" ,"))
    if len(chain) < 2 or joins[-1] not in ("i", "oraz", "and"):
        return None
    body = next((b for b in following if b.start >= chain[-1].end), None)
    if body is None or not FROM_A_BODY.fullmatch(ctx.text(chain[-1].end, body.start)):
        return None
    return body


# "Fundację Ocalenie reprezentowała …", "W imieniu Caritas głos zabrał …", "Ze strony IOM
# w spotkaniu uczestniczyła …", "On behalf of UNHCR, … spoke": the body before, the people after.
REPRESENTED_BY = re.compile(
    r"\s+(?:(?:w\s+spotkaniu|na\s+spotkaniu|podczas\s+spotkania)\s+)?"
    r"(?:reprezentowa(?:ł|ła|li|ły)|reprezentuj[eą])\s+(?:(?:również|także|też)\s+)?$|"
    r"\s+(?:was|were)\s+represented\s+by\s+$"
)
ON_BEHALF_OF = re.compile(
    r"(?:^|[,;(]\s*|\s)(?:[Ww]\s+imieniu|[Zz]e\s+strony|[Oo]n\s+behalf\s+of)\s+(?:the\s+)?$"
)
LISTED_PEOPLE_GAP = re.compile(r"\s*(?:,|\si|\soraz|\sand)\s+(?:\w+\s+){0,3}?")


def representatives(ctx: DocumentContext, sentence: Sentence) -> None:
    """A body named first and the people who represent it after: 'Fundację Ocalenie
    reprezentowała Anna Kowalska', 'W imieniu Caritas głos zabrał Jan Lis'. The people listed
    right after are its members."""
    bodies = outermost(ctx.mentions_in(sentence, "org", "office", "unit", "team"))
    people = ctx.mentions_in(sentence, "person")
    for body in bodies:
        after = [p for p in people if p.start >= body.end]
        if not after:
            continue
        gap = ctx.text(body.end, after[0].start)
        if REPRESENTED_BY.fullmatch(gap):
            pass
        elif ON_BEHALF_OF.search(ctx.text(max(sentence.start, body.start - 20), body.start)):
            # the person is the clause's subject: no other body or stop between
            if any(body.end <= b.start < after[0].start for b in bodies) or len(gap) > 60:
                continue
            if re.search(r"[.;:]", gap):
                continue
        else:
            continue
        listed = [after[0]]
        for person in after[1:]:
            if not LISTED_PEOPLE_GAP.fullmatch(ctx.text(listed[-1].end, person.start)):
                break
            listed.append(person)
        for person in listed:
            ctx.fact(person.iri, "memberOf", body.iri, sentence)


# "1. Fundacja „Inna Przestrzeń” – Witek Hebanowski;", "- SIETAR Poland Association – Katarzyna
# Artemiuk": a list item of nothing but a body, a dash and a person
ITEM_MARKER = re.compile(r"[\s*•]*(?:[-–•*]|\d{1,3}[.)])[\s*]*")
ITEM_END = re.compile(r"[\s*]*[;,.]?[\s*]*")


def representative_after_the_body(ctx: DocumentContext, item: Sentence) -> None:
    """A list item that names a body, then after a dash a person, and nothing else: the person
    represents the body (a council's or a coalition's members with their delegates)."""
    bodies = outermost(ctx.mentions_in(item, "org", "office", "unit", "team"))
    people = ctx.mentions_in(item, "person")
    if len(bodies) != 1 or len(people) != 1:
        return
    body, person = bodies[0], people[0]
    if (
        # (the page's own text: a '*' marker is blanked in the text rules read)
        ITEM_MARKER.fullmatch(ctx.doc.text[item.start : body.start])
        and PAIR_DASH.fullmatch(ctx.text(body.end, person.start))
        and ITEM_END.fullmatch(ctx.text(person.end, item.end))
    ):
        ctx.fact(person.iri, "memberOf", body.iri, item)


def body_right_after(ctx: DocumentContext, sentence: Sentence, person: Mention) -> Mention | None:
    """ "Koordynatorka Zespołu, Marta Jezierska z Urzędu Miejskiego w Gdańsku": a post named
    before the person, and the body the person comes from right after the name ("z …"), where
    the person holds no post."""
    bodies = outermost(ctx.mentions_in(sentence, "org", "office", "unit", "team"))
    following = [b for b in bodies if b.start >= person.end]
    if not following:
        return None
    gap = ctx.text(person.end, following[0].start)
    if not (re.fullmatch(r"\s+(?:z|ze)\s+", gap)):
        return None
    posts = {str(f.o) for f in ctx.facts if f.s == person.iri and f.p.endswith("holds")}
    held_in = {str(f.o) for f in ctx.facts if f.s in posts and f.p.endswith("postIn")}
    return None if following[0].iri in held_in else following[0]


def body_after_the_post(ctx: DocumentContext, item: Sentence, person: Mention) -> Mention | None:
    """In a list item opened by a person and a dash, the last body after a comma that the
    person holds no post in."""
    if not opens_item(ctx, item) or not re.match(r"\s+[–—-]\s", ctx.text(person.end, item.end)):
        return None
    if any(m.start < person.start for m in ctx.mentions_in(item)):
        return None
    posts = {str(f.o) for f in ctx.facts if f.s == person.iri and f.p.endswith("holds")}
    held = {str(f.o) for f in ctx.facts if f.s in posts and f.p.endswith("postIn")}
    bodies = outermost(ctx.mentions_in(item, "org", "office", "unit", "team"))
    after = [
        b
        for b in bodies
        if b.start > person.end and re.search(r",\s*$", ctx.text(person.end, b.start))
    ]
    last = after[-1] if after else None
    if (
        last is None
        or last.iri in held
        or not re.search(r",\s*$", ctx.text(item.start, last.start))
    ):
        return None
    return last


def in_parenthesis_after(
    ctx: DocumentContext, sentence: Sentence, person: Mention, bodies: list[Mention]
) -> Mention | None:
    """'Kevin J. Allen (UNHCR Representative in Poland)': the body named in the parenthesis that
    follows a person (the last one, the widest organisation, when there are several)."""
    opened = re.match(r"\s*\(", ctx.text(person.end, sentence.end))
    if opened is None:
        return None
    start = person.end + opened.end()
    close = ctx.text(start, sentence.end).find(")")
    end = start + close if close >= 0 else sentence.end
    inside = [b for b in bodies if start <= b.start and b.end <= end]
    return inside[-1] if inside else None


# --- ministers ---------------------------------------------------------------------------------

# "ministra spraw wewnętrznych i administracji Mariusza Kamińskiego": a minister is named by the
# portfolio in the genitive, which is also the name of the ministry ("Ministerstwo Spraw
# Wewnętrznych i Administracji"); the words of the portfolio are lower case, the name follows.
MINISTER = re.compile(
    r"\b[Mm]inist(?:er|ra|rowi|rem|rze|erka|erki|erce|erką|rowie|rów)\s+"
    r"(?P<portfolio>[a-ząćęłńóśźż]+(?:\s+[a-ząćęłńóśźż]+){0,6}?)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])"
)
LOWER_IN_NAMES = frozenset({"i", "oraz", "w", "we", "z", "ze", "do", "na", "ds.", "dla", "o"})


def ministry_name(portfolio: str) -> str:
    """Polish official names capitalise every word but conjunctions and prepositions."""
    return "Ministerstwo " + " ".join(
        w if w in LOWER_IN_NAMES else w[:1].upper() + w[1:] for w in portfolio.split()
    )


# "Minister Spraw Wewnętrznych i Administracji Mariusz Kamiński": the portfolio in title case
# (or at a sentence's start), read back from the name that follows it
MINISTER_BEFORE = re.compile(
    r"\b[Mm]inist(?:er|ra|rowi|rem|rze|erka|erki|erce|erką)\s+"
    r"(?P<portfolio>(?:[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+|i|oraz|ds\.)(?:\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ]"
    r"[a-ząćęłńóśźż]+|i|oraz|ds\.)){0,6})\s+$"
)


def ministers(ctx: DocumentContext, sentence: Sentence) -> None:
    people = ctx.mentions_in(sentence, "person")
    found = [
        (m.group("portfolio"), sentence.start + m.end()) for m in MINISTER.finditer(sentence.text)
    ]
    for person in people:
        title_case = MINISTER_BEFORE.search(
            ctx.text(max(sentence.start, person.start - 90), person.start)
        )
        if title_case is not None:
            found.append((title_case.group("portfolio").lower(), person.start))
    for portfolio, after in found:
        holder = next((p for p in people if p.start == after), None)
        if holder is None:
            continue
        name = ministry_name(portfolio)
        # (a ministry the reference knows is that one: "Ministerstwo Spraw Wewnętrznych i …")
        ministry = ctx.reference.gazetteer.forms.get(name) or ctx.entity(
            ctx.iri("organisation", slugify(name)), "NationalOrganisation", name, name, sentence
        )
        add_post(ctx, sentence, holder.iri, ministry, "minister")


# --- members ----------------------------------------------------------------------------------

# "UMP zrzesza 12 miast: Białystok, …", "Związek skupia …": the subject's members follow.
GATHERS = re.compile(r"\b(?:zrzesza\w*|skupia\w*|brings together|its members are)\b", re.I)
# "W jej skład weszli m.in.: A (B), C …", "W skład Komisji wchodzą …": members after the colon.
COMPOSED_OF = re.compile(r"\b[Ww]\s+(?:(?P<pronoun>jego|jej|ich)\s+)?skład\w*\b")
# "… należą do Unii Metropolii Polskich", "… są członkami UMP".
BELONG = re.compile(r"\b(?:należ\w+\s+do|(?:są|jest)\s+członk\w+|are members of)\s+$", re.I)


REPRESENTS = re.compile(r"(?i)\breprezentuj(?:e|ą)\b")
IN_IT = re.compile(r"(?i)\bw\s+(?:nim|niej|nich)\b")
# "Członkinią zespołu jest X", "Członkami Zespołu UMP są A i B": the inverted copula.
MEMBER_IS = re.compile(
    r"(?i)\bczłonk(?:iem|inią|iniami|ami)\s+(?P<whole>[^;]{1,80}?)\s+"
    r"(?:jest|są|był\w*|została?|zostali)\s+"
)
TAKES_PART_IN_WORK = re.compile(r"(?i)\buczestnicz(?:y|ą|ył\w*)\s+w\s+pracach\s+$")


def represented_in_bodies(ctx: DocumentContext, sentence: Sentence) -> None:
    """ "Miasto reprezentuje w nim Biuro Aktywności Miejskiej", "W Zespole Łódź reprezentuje
    Biuro …", "Członkinią zespołu jest X", "Łódź uczestniczy w pracach Zespołu": who is in a
    body (the body named, or the one named before for "w nim" / a lower-case "zespołu")."""
    bodies = ctx.mentions_in(sentence, "org", "office", "unit", "team")
    verb = REPRESENTS.search(sentence.text)
    if verb is not None:
        at = sentence.start + verb.end()
        whole = body_in_or_before(ctx, sentence, bodies)
        after = [b for b in bodies if b.start >= at and (whole is None or b.iri != whole)]
        if whole is not None and after:
            ctx.fact(after[0].iri, "memberOf", whole, sentence)
    copula = MEMBER_IS.search(sentence.text)
    if copula is not None:
        named = [b for b in bodies if b.start >= sentence.start + copula.start("whole")]
        whole_iri = (
            named[0].iri
            if named and named[0].end <= sentence.start + copula.end("whole")
            else body_named_before(ctx, sentence)
        )
        start = sentence.start + copula.end()
        # (a body named again by its kind word, "dyrektor biura, X", is the post's, not a member)
        first = [b for b in chain_after(ctx, sentence, start) if not b.text[:1].islower()]
        first = first or people_chain_after(ctx, sentence, start)
        first = first or [
            # "członkinią zespołu jest dyrektorka biura, Katarzyna Dyzio": the name after the
            # post in apposition
            p
            for p in ctx.mentions_in(sentence, "person")[:1]
            if p.start >= start and re.fullmatch(r"[\w\s]{0,40},\s*", ctx.text(start, p.start))
        ]
        for member in first:
            if whole_iri and member.kind in ("person", "org", "office", "unit", "city"):
                ctx.fact(member.iri, "memberOf", whole_iri, sentence)
    for body in bodies:
        if body.kind in ("team", "org") and TAKES_PART_IN_WORK.search(
            ctx.text(max(sentence.start, body.start - 40), body.start)
        ):
            cities = [c for c in ctx.mentions_in(sentence, "city") if c.end <= body.start]
            if cities and not preceded_by(ctx.doc.text, cities[-1].start, r"\b(?:w|we)"):
                ctx.fact(cities[-1].iri, "memberOf", body.iri, sentence)


def people_chain_after(ctx: DocumentContext, sentence: Sentence, start: int) -> list[Mention]:
    """ "… są Jan Kowalski i Anna Nowak": the people named right after a point, joined."""
    people = [p for p in ctx.mentions_in(sentence, "person") if p.start >= start]
    if not people or len(ctx.text(start, people[0].start).split()) > 0:
        return []
    # ("Marcin Wojdat, dyrektor Centrum Analiz UMP, i dr Paweł Cywiński": a post in apposition
    # and a title between)
    return chain_from(
        ctx,
        people[0],
        people[1:],
        r"(?:,\s*[a-ząćęłńóśźż][^,;:]{0,80},)?\s*(?:,|i|oraz|and|,\s*and)\s*"
        r"(?:(?:dr|dr\.|hab\.|prof\.|mgr|ks\.)\s+)*",
    )


def body_in_or_before(
    ctx: DocumentContext, sentence: Sentence, bodies: list[Mention]
) -> str | None:
    """The body someone represents a city in: "w Zespole …" in the sentence, else for "w nim"
    the team or association named before."""
    for body in bodies:
        if body.kind in ("team", "org") and preceded_by(ctx.doc.text, body.start, r"\b(?:w|We|W)"):
            return body.iri
    if IN_IT.search(sentence.text):
        return body_named_before(ctx, sentence)
    return None


def body_named_before(ctx: DocumentContext, sentence: Sentence) -> str | None:
    earlier = [
        m
        for m in ctx.mentions
        if m.kind in ("team", "org")
        and m.end <= sentence.start
        and (m.kind == "team" or m.iri in ctx.reference.city_associations)
    ]
    return earlier[-1].iri if earlier else None


TOWN_NOUNS = frozenset({"miasto", "metropolia", "gmina", "samorząd", "ośrodek", "aglomeracja"})
# "Dwanaście miast działa w ramach Unii Metropolii Polskich:", "Twelve cities now act together
# within the Union of Polish Metropolises:": the word for cities before the association
CITIES_WORD = re.compile(r"(?i)\b(?:miast[aom]?|miastach|cities|towns|municipalities)\b")


def cities_after_the_associations_colon(
    ctx: DocumentContext, sentence: Sentence, association: Mention
) -> None:
    """ "Twelve cities now act together within the Union of Polish Metropolises: Białystok,
    Bydgoszcz, …": the cities after a colon that closes a sentence about cities in an
    association of cities are its members."""
    colon = re.match(r"\s*(?:\([^()]{1,12}\))?\s*:", ctx.text(association.end, sentence.end))
    before = ctx.text(sentence.start, association.start)
    if colon is None or not CITIES_WORD.search(before):
        return
    for city in ctx.mentions_in(sentence, "city"):
        if city.start > association.end:
            ctx.fact(city.iri, "memberOf", association.iri, sentence)


def gathers_people(after: str) -> bool:
    """Whether what a body gathers, the first noun after the verb (past numbers and adjectives),
    is something other than towns: "skupia wolontariuszy z Gdańska", "zrzesza mieszkańców A"."""
    for word in re.findall(r"[^\W\d_]+", after)[:4]:
        if word[0].isupper():
            return False  # a name right away: "zrzesza Białystok, Bydgoszcz …"
        nouns = {lemma for lemma, _ in readings_of(word, ("subst",))}
        if nouns and not readings_of(word, ("adj",)):
            return not nouns & TOWN_NOUNS
    return False


def members(ctx: DocumentContext, sentence: Sentence) -> None:
    bodies = ctx.mentions_in(sentence, "org", "office", "unit", "team")
    gathers = GATHERS.search(sentence.text)
    if gathers:
        subject = [b for b in bodies if b.end <= sentence.start + gathers.start()]
        # ("Fundacja X skupia wolontariuszy z Gdańska i Krakowa", "… mieszkańców A i B": people
        # from the cities, not the cities, are gathered)
        if subject and not gathers_people(ctx.text(sentence.start + gathers.end(), sentence.end)):
            for city in listed_after(ctx, sentence, sentence.start + gathers.end(), "city"):
                if not preceded_by(ctx.doc.text, city.start, r"\b(?:z|ze|from)"):
                    ctx.fact(city.iri, "memberOf", subject[-1].iri, sentence)
    intro = colon_intro(ctx, sentence)
    gathered = GATHERS.search(intro.text) if intro else None
    if intro and gathered:
        # "UMP skupia 12 miast:" above "- Białystok (…), Bydgoszcz (…)": the items are members.
        head = [
            b
            for b in ctx.mentions_in(intro, "org", "office", "unit", "team")
            if b.end <= intro.start + gathered.start()
        ]
        for city in ctx.mentions_in(sentence, "city") if head else []:
            ctx.fact(city.iri, "memberOf", head[-1].iri, sentence)
    for body in bodies:
        if body.iri in ctx.reference.city_associations:
            cities_after_the_associations_colon(ctx, sentence, body)
        if BELONG.search(ctx.text(max(sentence.start, body.start - 30), body.start)):
            for city in ctx.mentions_in(sentence, "city"):
                if city.end <= body.start and not preceded_by(
                    ctx.doc.text, city.start, r"\b(w|we)"
                ):
                    ctx.fact(city.iri, "memberOf", body.iri, sentence)
    listed_in = body_whose_members_are_listed(ctx, sentence)
    people = ctx.mentions_in(sentence, "person")
    if listed_in is not None and people and opens_with(ctx, sentence, people[0]):
        # "Członkowie Zespołu:" over "- Piotr Olech – dyrektor Wydziału …": each item's person
        ctx.fact(people[0].iri, "memberOf", listed_in, sentence)
    composed = COMPOSED_OF.search(sentence.text)
    if composed:
        whole = composed_whole(ctx, sentence, composed, bodies)
        if whole is None:
            return
        start = sentence.start + composed.end()
        for person in listed_after(ctx, sentence, start, "person"):
            ctx.fact(person.iri, "memberOf", whole, sentence)


# "12 miast członkowskich UMP: A, B, …", "Unię tworzą: A, B …", "członkami Unii są A, B".
MEMBER_CITIES = re.compile(
    r"(?i)\b(?:miast\w*\s+członkowski\w*|członk\w+\s+(?:\w+\s+){0,4}?(?:są|jest|były|byli)|"
    r"tworz[ąy]|tworzył\w*|składa\w*\s+się\s+z|member\s+cities|members\s+are)\b"
)
# Cues that say membership only of the association the sentence names: "do której należą …",
# "w skład Unii wchodzą …", "zrzeszone w UMP: …", "UMP members …" (not "Eurocities' members").
MEMBER_CITIES_OF_NAMED = re.compile(
    r"(?i)\b(?:należ[ąy]\w*|wchodz[ąi]\w*|zrzeszon\w*\s+w\s+[^:]{0,60}:|members\b|"
    r"brings\s+together|zrzesza\w*|skupia\w*|"
    # "UMP to stowarzyszenie 12 największych polskich miast: Białegostoku, …"
    r"(?:stowarzyszeni|związ|zrzeszeni)\w*\s+(?:\w+\s+){0,4}?miast\w*[^:.;]{0,40}:)"
)


# "Unii Metropolii Polskich, stowarzyszeniu dwunastu miast, do którego należy także Rzeszów":
# the members the relative clause of a body names
BELONG_RELATIVE = re.compile(
    r"(?i),\s*do\s+(?:którego|której|których)\s+(?:należ(?:y|ą|ał[aoy]?|eli|ały)|"
    r"przystąpił[aoy]?|przystąpiły|dołączył[aoy]?|dołączyły)\s+"
    r"(?:(?:także|też|również|m\.\s?in\.|obecnie|już)\s+)*"
)
BODY_KINDS = ("org", "team", "unit", "office")


def members_in_a_relative_clause(ctx: DocumentContext, sentence: Sentence) -> None:
    """A body, an apposition of it at most, then ", do którego należy (także) X (i Y)": X and
    Y, the towns or bodies listed right after the verb, are its members."""
    for cue in BELONG_RELATIVE.finditer(sentence.text):
        at = sentence.start + cue.start()
        bodies = [b for b in ctx.mentions_in(sentence, *BODY_KINDS) if b.end <= at]
        # (the body, or the body and a lower-case apposition of it: "…, stowarzyszeniu
        # dwunastu największych polskich miast, do którego …")
        if not bodies or not APPOSITION_ONLY.fullmatch(ctx.text(bodies[-1].end, at)):
            continue
        start = sentence.start + cue.end()
        members = [m for m in ctx.mentions_in(sentence, "city", *BODY_KINDS) if m.start >= start]
        if not members or members[0].start != start:
            continue
        for member in chain_from(ctx, members[0], members[1:], r"\s*(?:,|i|oraz)\s*"):
            if member.iri != bodies[-1].iri:
                ctx.fact(member.iri, "memberOf", bodies[-1].iri, sentence)


APPOSITION_ONLY = re.compile(r"(?:\s*,\s*[a-ząćęłńóśźż][^,;:()]{0,100})?\s*")


def member_cities(ctx: DocumentContext, sentence: Sentence) -> None:
    """Cities listed as the members of an association of cities the sentence (or, for "miasta
    członkowskie" alone, the page) names: each is a member of it."""
    named = [
        m.iri for m in ctx.mentions_in(sentence, "org") if m.iri in ctx.reference.city_associations
    ]
    cue = MEMBER_CITIES.search(sentence.text)
    if cue is None and named and not another_body_named(ctx, sentence):
        cue = MEMBER_CITIES_OF_NAMED.search(sentence.text)
    if cue is None:
        return
    on_page = {m.iri for m in ctx.mentions if m.iri in ctx.reference.city_associations}
    association = named[0] if named else (on_page.pop() if len(on_page) == 1 else None)
    if association is None:
        return
    cities = listed_after(ctx, sentence, sentence.start + cue.end(), "city")
    for city in cities if len(cities) > 1 else []:
        if not preceded_by(ctx.doc.text, city.start, r"\b(?:w|we|in)"):
            ctx.fact(city.iri, "memberOf", association, sentence)


# "prezydenci miast zrzeszonych w UMP – Poznania, Łodzi …", "dwunastu miast UMP, w tym
# Białegostoku i Bydgoszczy": the association after a word for cities, then the list.
CITIES_OF_BEFORE = re.compile(
    r"(?i)\b(?:miast\w*|cities)\s+(?:\w+\s+)?(?:(?:zrzeszon\w*|należąc\w*|skupion\w*)\s+"
    r"(?:w|we|do)\s+)?$"
)
LIST_OPENS = re.compile(r"(?i)\s*(?:[:–—-]|,?\s*\(?\s*(?:w\s+tym|m\.\s?in\.|including))\s*")
# "Lublin, jedno z miast UMP,", "Rzeszów i Szczecin, członkowie UMP," — the cities before.
MEMBERS_APPOSITION = re.compile(
    # ("Łódź, jako jedno z dwunastu miast Unii …", "Łódź jako członek UMP", "as a member of")
    r"(?i)(?:,\s*(?:jako\s+|as\s+an?\s+)?|\s+(?:jako|as\s+an?)\s+)"
    r"(?:jedn\w+\s+z\s+(?:\w+\s+){0,2}?miast|członk(?:owie|iem|ami|inie|ini)|"
    r"członek|miast[oa]\s+członkowsk\w+|one\s+of\s+the\s+(?:\w+\s+)?(?:cities|members)\s+of|"
    r"members?\s+of)\s+(?:the\s+)?$"
)
# "Katowice przystąpiły do UMP w 1990 r.", "Białystok dołączył do Unii", "joined the Union".
JOINED_ASSOCIATION = re.compile(
    r"(?i)\b(?:przystąpi\w*|dołączy\w*|wstąpi\w*|joined)\s+(?:do\s+)?(?:the\s+)?$"
)


def cities_named_as_members(ctx: DocumentContext, sentence: Sentence) -> None:
    """Cities a sentence makes members of an association of cities (reference data): listed
    after "miast <association>" and a dash, colon or "w tym"; in apposition ("Lublin, jedno z
    miast UMP"); or joining it ("Katowice przystąpiły do UMP")."""
    for association in ctx.mentions_in(sentence, "org"):
        if association.iri not in ctx.reference.city_associations:
            continue
        before = ctx.text(sentence.start, association.start)
        cities: list[Mention] = []
        opening = LIST_OPENS.match(ctx.doc.text, association.end, sentence.end)
        if CITIES_OF_BEFORE.search(before) and opening:
            cities = [m for m in chain_after(ctx, sentence, opening.end()) if m.kind == "city"]
        apposition = MEMBERS_APPOSITION.search(before)
        joined = JOINED_ASSOCIATION.search(before)
        if apposition or joined:
            at = sentence.start + (apposition or joined).start()  # type: ignore[union-attr]
            cities += cities_ending_at(ctx, sentence, at, subject=joined is not None)
        for city in cities:
            ctx.fact(city.iri, "memberOf", association.iri, sentence)


def cities_ending_at(
    ctx: DocumentContext, sentence: Sentence, at: int, subject: bool
) -> list[Mention]:
    """The cities joined by ",", "i", "oraz", "and" that end right before a point (with
    `subject`, the nominative subject of the verb there: "Katowice przystąpiły")."""
    cities = sorted(
        (c for c in ctx.mentions_in(sentence, "city") if c.end <= at), key=lambda c: -c.end
    )
    chain: list[Mention] = []
    end = at
    for city in cities:
        gap = ctx.text(city.end, end)
        pattern = r"\s*" if not chain else r"\s*(?:,|i|oraz|and|,\s*and)\s*"
        if subject and not chain:
            pattern = r"\s+(?:(?:już|też|także|również|w\s+\d{4}\s*r\.?)\s+)?"
        if not re.fullmatch(pattern, gap):
            break
        if preceded_by(ctx.doc.text, city.start, r"\b(?:w|we|z|ze|do|in|from)"):
            break
        if ctx.doc.language != "en" and city.text != ctx.label_pl(city.iri) and subject:
            break  # the subject is in the nominative
        chain.append(city)
        end = city.start
    return chain


# "Caritas Polska, członek sieci Caritas Europa", "X należy do Y", "X od 2018 r. zasiada w
# Zespole UMP", "X is a member of Y": the first body (or person) is a member of the second.
MEMBER_OF_BODY = re.compile(
    # ("Anna Lindqvist (SE/PES), member of …": a bracketed aside between name and apposition)
    r"(?i)^\s*(?:(?:\([^()\n]{1,40}\)\s*)?,\s*(?:członek|członkini|member\s+of)|"
    r"\s(?:(?:od|since|w)\s+[^,;]{1,20}?\s+)?(?:jest|była?|pozostaje)\s+członki?\w*|"
    r"\s(?:(?:od|since|w)\s+[^,;]{1,20}?\s+)?(?:należ\w+\s+do|zasiada\w*\s+w|"
    r"wchodzi\s+w\s+skład|wchodził\w*\s+w\s+skład|is\s+a\s+member\s+of|sits\s+on|"
    # "dołączyła do", "przystąpił do", "(została) przyjęta do", "jest zrzeszona w"
    r"dołączy\w*\s+do|przyłączy\w*\s+się\s+do|przystąpi\w*\s+do|"
    r"(?:został\w*\s+)?przyjęt\w+\s+do|(?:jest\s+|są\s+)?zrzeszon\w+\s+w|"
    r"belongs\s+to|joined))\s+(?:(?:sieci|stowarzyszenia|federacji|koalicji|the|network)\s+)?"
    r"(?:\w+\s+){0,1}?$"
)


def bodies_as_members(ctx: DocumentContext, sentence: Sentence) -> None:
    """A body or person made a member of another body by apposition ("Caritas Polska, członek
    sieci Caritas Europa") or a verb ("należy do", "zasiada w", "jest członkiem", "is a member
    of"), the second body right after the cue. Cities have rules of their own."""
    members = ctx.mentions_in(sentence, "org", "office", "unit", "team", "person")
    for body in ctx.mentions_in(sentence, "org", "team"):
        # "Sieć C zrzesza A i B", "W skład Sieci C wchodzą A i B", "Do Sieci C należą A i B":
        # the network first, its members after the verb
        verb = NETWORK_GATHERS.match(ctx.text(body.end, sentence.end))
        framed = NETWORK_FRAMED.search(ctx.text(sentence.start, body.start))
        if verb and (verb.group("gathers") or framed):
            # (the members right after the verb: "skupia przedstawicieli miast Unii …" names
            # people of the cities, not the Union as a member)
            gathered = chain_after(ctx, sentence, body.end + verb.end())
            if gathered and gathered[0].start == body.end + verb.end():
                for member in gathered:
                    if member.kind != "city" and member.iri != body.iri:
                        ctx.fact(member.iri, "memberOf", body.iri, sentence)
        candidates = [m for m in members if m.end <= body.start and m.iri != body.iri]
        if not candidates:
            continue
        if MEMBER_OF_BODY.fullmatch(ctx.text(candidates[-1].end, body.start)):
            # ("Stowarzyszenie A i Fundacja B należą do Sieci C": every body of the list)
            for listed in listed_before(ctx, candidates):
                ctx.fact(listed.iri, "memberOf", body.iri, sentence)


NETWORK_GATHERS = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:(?P<gathers>zrzesza(?:ją)?|skupia(?:ją)?)\s+|"
    r"(?:wchodz(?:i|ą)|weszł[ay]|weszli|należ(?:y|ą))\s+)(?:m\.\s?in\.\s+|obecnie\s+|także\s+)?"
)
NETWORK_FRAMED = re.compile(r"(?i)(?:^|\s)(?:w\s+skład|do)\s+$")


def listed_before(ctx: DocumentContext, candidates: list[Mention]) -> list[Mention]:
    """The last candidate and those listed right before it ("A, B i C")."""
    listed = [candidates[-1]]
    for earlier in reversed(candidates[:-1]):
        joiner = ctx.text(earlier.end, listed[0].start)
        if not re.fullmatch(r"\s*(?:,|i|oraz|and|,\s*and)\s*", joiner):
            break
        listed.insert(0, earlier)
    return listed


def seats_in_brackets(ctx: DocumentContext, sentence: Sentence) -> None:
    """ "(Fundacja Instytut na Rzecz Państwa Prawa, Lublin)": a new body's seat; the reference
    data knows its own bodies' seats."""
    for city in ctx.mentions_in(sentence, "city"):
        body = body_of_seat(ctx, sentence, city)
        if body is not None and body.iri in ctx.entities:
            ctx.fact(body.iri, "inCity", city.iri, sentence)


def another_body_named(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence also names an organisation that is no association of cities."""
    return any(
        m.iri not in ctx.reference.city_associations
        for m in ctx.mentions_in(sentence, "org", "office", "unit")
    )


def cities_listed_with_their_association(ctx: DocumentContext, sentence: Sentence) -> None:
    """ "Unia Metropolii Polskich (Białystok, Bydgoszcz, Gdańsk, …)", "przedstawiciele miast
    UMP: Białegostoku, Bydgoszczy i Gdańska": cities listed in brackets after an association
    of cities, or after "miast <association>" and a colon or dash, are its members."""
    for association in ctx.mentions_in(sentence, "org"):
        if association.iri not in ctx.reference.city_associations:
            continue
        after = ctx.text(association.end, sentence.end)
        bracket = re.match(r"\s*\(", after)
        of_cities = re.search(
            r"(?i)\b(?:miast\w*|cities)\s+$", ctx.text(sentence.start, association.start)
        )
        listed = re.match(r"\s*[:–—-]\s*", after) if of_cities else None
        opening = bracket or listed
        if opening is None:
            continue
        chain = [
            m
            for m in chain_after(ctx, sentence, association.end + opening.end())
            if m.kind == "city"
        ]
        for city in chain if len(chain) > 1 else []:
            ctx.fact(city.iri, "memberOf", association.iri, sentence)


# "Członkowie Zespołu:", "W skład Zespołu wchodzą:", "Zespół tworzą przedstawiciele miast:",
# "## Skład Zespołu", "Team members:"
MEMBERS_LISTED = re.compile(
    r"(?i)\b(?:członk(?:owie|iń|inie)|skład\w*|tworz[ąy]|members?|composition)\b"
)


def opens_with(ctx: DocumentContext, item: Sentence, person: Mention) -> bool:
    """Whether the item opens with the person's name (after its marker and academic titles):
    "Członkowie Zespołu:" over "- odwiedzili pracownię …, gdzie spotkali się ze Stellą X" lists
    what the members did, not who they are."""
    return bool(
        re.fullmatch(
            r"[\s*•\d.)–—-]*(?:(?:dr|prof|mgr|hab|inż)\.?\s+)*", ctx.text(item.start, person.start)
        )
    )


def body_whose_members_are_listed(ctx: DocumentContext, item: Sentence) -> str | None:
    """The body (a team, a council) whose members a list's introduction or heading says its
    items are."""
    intro = colon_intro(ctx, item) or heading_over_list(ctx, item)
    if intro is None or not MEMBERS_LISTED.search(intro.text):
        return None
    named = ctx.mentions_in(intro, "team", "org", "unit")
    return named[0].iri if named else collective_named_before(ctx, intro)


# A council's, a committee's, a team's word alone, capitalised: the body the page named in full
# before ("Gdańska Rada ds. Równego Traktowania to ciało …" … "W skład Rady weszli:")
COLLECTIVE_HEADS = ORGAN_HEADS | {"zespół", "kapituła", "grupa", "forum"}


def collective_named_before(ctx: DocumentContext, intro: Sentence) -> str | None:
    """The last body named before the sentence whose name's head is the one capitalised word
    for a collective body the sentence writes alone ("W skład Rady weszli m.in.:", "## Skład
    Zespołu"): what its list's members belong to."""
    heads = {
        lemma.split(":")[0].lower()
        for word in re.findall(r"(?<![\w-])[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+", intro.text)
        for lemma, tag, _ in analyses(word)
        if tag.startswith("subst") and lemma.split(":")[0].lower() in COLLECTIVE_HEADS
    }
    if len(heads) != 1:
        return None
    earlier = [
        m
        for m in ctx.mentions
        if m.kind in ("team", "org", "unit")
        and m.end <= intro.start
        and heads & head_lemmas_of_name(m.text)
    ]
    return earlier[-1].iri if earlier else None


def head_lemmas_of_name(name: str) -> set[str]:
    """The lemmas of a name's head: its first word that is a common noun ("Gdańska Rada …":
    "Gdańska" is an adjective, a town's genitive or a surname)."""
    for word in name.split():
        nouns = {
            lemma.split(":")[0].lower()
            for lemma, tag, quals in analyses(word)
            if tag.startswith("subst") and "nazwa_pospolita" in quals
        }
        if nouns:
            return nouns
    return set()


def composed_whole(
    ctx: DocumentContext, sentence: Sentence, composed: re.Match[str], bodies: list[Mention]
) -> str | None:
    """What the list makes up: the body named right after "w skład", or — after "w jej/jego
    skład" — the last body named before (the page's subject, often its title)."""
    after = [b for b in bodies if b.start >= sentence.start + composed.end()]
    if not composed.group("pronoun"):
        return after[0].iri if after else None
    before = [
        m
        for m in ctx.mentions
        if m.kind in ("org", "office", "unit", "team")
        and m.end <= sentence.start + composed.start()
    ]
    return before[-1].iri if before else None


def listed_after(ctx: DocumentContext, sentence: Sentence, start: int, kind: str) -> list[Mention]:
    """Things of a kind listed after a point of the sentence (after its colon, if it has one)."""
    colon = ctx.text(start, sentence.end).find(":")
    begin = start + colon + 1 if colon >= 0 else start
    return [m for m in ctx.mentions_in(sentence, kind) if m.start >= begin]


# --- units ---------------------------------------------------------------------------------------

# ", działające przy", "działający przy", ", funkcjonujący przy", "utworzone przy": a body set up
# beside another (in the locative after "przy")
WORKS_BESIDE = (
    r"\s*,?\s*(?:działając\w*|funkcjonując\w*|utworzon\w*|powołan\w*|afiliowan\w*|"
    r"istniejąc\w*)\s+przy\s+"
)
# "X działa przy Y", "X działa w strukturach Y", "X, jednostka organizacyjna Y,", "X jest
# jednostką Y", "X wchodzi w skład Y", "X podlega Y", "X, podległy Y,", "X jest częścią Y":
# the body is a unit of the other (which follows in the case the verb governs)
BELONGS_TO = re.compile(
    r"\s*,?\s*(?:(?:działa|działał[ao]?|funkcjonuje|funkcjonował[ao]?|działając\w*|"
    r"funkcjonując\w*|utworzon\w*|powołan\w*|afiliowan\w*|istniejąc\w*)\s+"
    r"(?:(?:od\s+\S+\s+(?:r\.\s+|roku\s+)?)?przy|w\s+struktur(?:ach|ze))|"
    r"(?:jest\s+|był[ao]?\s+|będąc\w*\s+)?(?:jednostk(?:a|ą)|komórk(?:a|ą))"
    r"(?:\s+(?:organizacyjn|podległ|budżetow|miejsk|pomocnicz)\w+)?|"
    r"(?:wchodzi|wchodzą|wchodząc\w*|wchodził[ao]?)\s+w\s+skład|"
    r"podleg(?:a|ają|ał[ao]?)|podległ(?:y|a|e|ym|ą)|(?:jest\s+)?częścią)\s+"
)
# "Przy Wrocławskim Centrum Wielokulturowym działa Rada …", "W strukturze Wydziału … działa
# Oddział …": the place first, the unit after the verb
BESIDE_FIRST = re.compile(r"(?:^|[\s(])(?:[Pp]rzy|[Ww]\s+struktur(?:ach|ze))\s+$")
UNIT_AFTER_PLACE = re.compile(
    r"\s+(?:działa(?:ją)?|funkcjonuje|funkcjonują|powstał[ao]?|utworzono)\s+"
)
UNIT_LINK = r"[\s,]*(?:reprezentowan\w+\s+przez|w\s+ramach|w\s+tym|:|–|-|—)?[\s\[(]*"


# How large a unit is, by its head noun: a department holds sections, not the other way round.
UNIT_RANKS = {
    "departament": 1, "wydział": 1, "biuro": 1, "centrum": 1, "ośrodek": 1, "zarząd": 1,
    "referat": 2, "dział": 2, "oddział": 2, "sekcja": 2, "zespół": 3, "stanowisko": 3,
}  # fmt: skip


ENGLISH_UNIT_HEADS = {"department", "unit", "division", "section", "directorate"}


DIRECTORATE = re.compile(r"(?:DG|Directorate-General|Dyrekcj\w*\s+Generaln\w*)\b")


def english_unit(ctx: DocumentContext, body: Mention) -> bool:
    """A new body an English page names by a unit's head ("Social Development Department",
    "Department of Culture", "Office of Resident Affairs")."""
    words = body.text.split()
    return (
        ctx.doc.language == "en"
        and body.iri in ctx.entities
        and bool(words)
        and (
            words[-1].lower() in ENGLISH_UNIT_HEADS
            or (words[0].lower() in ENGLISH_UNIT_HEADS | {"office"} and len(words) > 2)
        )
    )


def units_listed_after_a_dash(ctx: DocumentContext, sentence: Sentence) -> None:
    """ "the Lublin City Administration – the Mayor's Office, the Department of Culture, the
    Office of Resident Affairs …;", "Urząd Miasta Lublin – Wydział Kultury, …, Biuro …": the
    units listed after an office's name and a dash or colon, to the clause's end, are its
    units (an item the page does not name as a body may stand between them)."""
    for body in ctx.mentions_in(sentence, "office", "org"):
        dash = re.match(r"\s*[–—:]\s*", ctx.text(body.end, sentence.end))
        if dash is None or (body.kind == "org" and body.iri in ctx.entities):
            continue
        start = body.end + dash.end()
        end = start + len(re.split(r";|\.\s", ctx.text(start, sentence.end))[0])
        units = [
            m
            for m in outermost(ctx.mentions_in(sentence, "org", "unit"))
            if start <= m.start < end and (m.kind == "unit" or english_unit(ctx, m))
        ]
        if len(units) < 2:
            continue  # one unit after a dash is read by the pairs' rules
        placed = {f.s for f in ctx.facts if f.p.endswith("/unitOf")}
        for unit in units:
            if unit.iri not in placed:
                ctx.fact(unit.iri, "unitOf", body.iri, sentence)


def enumerated(ctx: DocumentContext, bodies: list[Mention]) -> bool:
    """Whether the bodies joined by commas from the first on end in "i", "oraz" or "and": "Wydziału
    Kultury, Fundacji Ocalenie i IOM" enumerates bodies, an address ("Referat …, Departament …,
    Urząd …") does not."""
    for first, second in itertools.pairwise(bodies):
        gap = ctx.text(first.end, second.start)
        if re.fullmatch(r"\s*,?\s*(?:i|oraz|and|or|lub)\s+(?:the\s+)?", gap):
            return True
        if not re.fullmatch(r"\s*,\s*(?:the\s+)?", gap):
            return False
    return False


def comma_parent(ctx: DocumentContext, unit: Mention, after: Mention) -> Mention | None:
    """Of a unit and the body after its comma, the one the other belongs to: an office or a
    body holds the unit; of two units, the larger (a department holds its section)."""
    if after.kind in ("office", "org"):
        return after
    one, two = unit_rank(ctx, unit), unit_rank(ctx, after)
    if after.kind != "unit" or one is None or two is None or one == two:
        return None
    return after if one > two else unit


# Heads of an office's own departments: units of these listed before one named with its parent
# are of that parent too. (A centre or a board listed so is often a body of its own.)
OFFICE_UNIT_HEADS = frozenset(
    {"departament", "wydział", "biuro", "referat", "dział", "oddział", "sekcja", "zespół"}
)
LISTED_BEFORE = re.compile(r"\s*,\s*|\s*,?\s+(?:i|oraz)\s+")


def units_listed_before(
    ctx: DocumentContext, before: list[Mention], unit: Mention
) -> list[Mention]:
    """ "Wydziału Spraw Cudzoziemców i Wydziału Polityki Społecznej Małopolskiego Urzędu
    Wojewódzkiego": the departments listed right before a department named with its parent (in
    the genitive after it) share that parent; the list is read back from the named one."""
    listed: list[Mention] = []
    current = unit
    for body in reversed(before):
        if not (
            an_office_unit(body)
            and an_office_unit(current)
            and LISTED_BEFORE.fullmatch(ctx.text(body.end, current.start))
        ):
            break
        listed.append(body)
        current = body
    return listed


def an_office_unit(mention: Mention) -> bool:
    return mention.kind == "unit" and bool(first_word_lemmas(mention) & OFFICE_UNIT_HEADS)


def first_word_lemmas(mention: Mention) -> set[str]:
    """The lemmas of a unit's first word, its head ("Wydziału" -> "wydział")."""
    words = mention.text.split()
    return {lemma.lower() for lemma, _, _ in analyses(words[0])} if words else set()


def unit_rank(ctx: DocumentContext, unit: Mention) -> int | None:
    heads = first_word_lemmas(unit)
    return next((rank for head, rank in UNIT_RANKS.items() if head in heads), None)


def bodies_in_cities(ctx: DocumentContext, sentence: Sentence) -> None:
    """ "krakowska Fundacja Zustricz", "Stowarzyszenie Homo Faber z Lublina": a new body with a
    city's adjective before it, or "z" and the city right after it, is in that city."""
    for body in ctx.mentions_in(sentence, "org", "venue"):
        entity = ctx.entities.get(body.iri)
        if entity is None or any(f.s == body.iri and f.p.endswith("/inCity") for f in ctx.facts):
            continue
        before = re.search(r"(\w+)\s+$", ctx.text(sentence.start, body.start))
        city = (
            ctx.reference.city_of_adjective_form(before.group(1))
            if before and before.group(1)[:1].islower()
            else None
        )
        if city is None:
            after = next(
                (
                    c
                    for c in ctx.mentions_in(sentence, "city")
                    if c.start >= body.end
                    and (
                        SEAT_AFTER.fullmatch(ctx.text(body.end, c.start))
                        or (
                            ctx.text(body.end, c.start) == " ("
                            and ctx.text(c.end, c.end + 1) == ")"
                        )
                    )
                ),
                None,
            )
            before_city = next(
                (
                    c
                    for c in ctx.mentions_in(sentence, "city")
                    if c.end <= body.start
                    and SEAT_BEFORE.fullmatch(ctx.text(c.end, body.start))
                    and SEAT_BEFORE_VERB.search(ctx.text(sentence.start, c.start))
                ),
                None,
            )
            city = after.iri if after else (before_city.iri if before_city else None)
        # "Łódzkie Centrum Kontaktów z Mieszkańcami", "Wrocławskie Centrum Rozwoju Społecznego":
        # a town's adjective opening the name says where the body is
        city = city or town_of_the_first_word(ctx, entity.label_pl)
        if city is not None:
            ctx.fact(body.iri, "inCity", city, sentence)


# Between a body and its seat: "Fundacja X z Lublina", "Fundacja X (FX) z Lublina", "Fundacja
# X z siedzibą w Lublinie", "…, które ma siedzibę w Lublinie", "…, działające w Lublinie",
# "…, organizacji pozarządowej z Lublina", "… – stowarzyszenie z Lublina"; "Fundacja X
# (Lublin)" is read apart.
SEAT_AFTER = re.compile(
    r"(?:\s*\([\w.-]+\))?\s+(?:z|ze)\s+|"
    r",?\s+\(?z\s+siedzibą\s+(?:w|we)\s+|"
    r",?\s+(?:które|która|który)\s+ma\s+siedzibę\s+(?:w|we)\s+|"
    r",\s+działając\w+\s+(?:w|we)\s+|"
    r"(?:,|\s+[–—-])\s+(?:(?:lokaln|pozarządow|społeczn)\w+\s+)?"
    r"(?:organizacj|fundacj|stowarzyszeni)\w*(?:\s+(?:pozarządow|społeczn|charytatywn)\w+)?"
    r"\s+(?:z|ze)\s+"
)
# "działająca w Katowicach Fundacja X", "mająca siedzibę w Szczecinie Fundacja X": the seat
# before the body, after a participle
SEAT_BEFORE = re.compile(r"\s+")
SEAT_BEFORE_VERB = re.compile(
    r"(?i)\b(?:działając\w+|mając\w+\s+siedzibę|z\s+siedzibą)\s+(?:w|we)\s+$"
)


def town_of_the_first_word(ctx: DocumentContext, name: str) -> str | None:
    first = name.split()[0] if name.split() else ""
    return ctx.reference.city_of_adjective_form(first)


def units_of_offices(ctx: DocumentContext, sentence: Sentence) -> None:
    """'Urzędu Miasta Krakowa, reprezentowanego przez Wydział … – Referat …': a chain of units."""
    bodies = [m for m in ctx.mentions_in(sentence, "office", "org", "unit") if m.kind != "team"]
    for body in bodies:
        # "the Social Assistance and Projects Office of the City of Warsaw": the city's office
        city = next(
            (
                c
                for c in ctx.mentions_in(sentence, "city")
                # ("… Department at the City of Poznań": where it works, the same office)
                if re.fullmatch(
                    r"\s+(?:of|at|in)\s+the\s+City\s+of\s+", ctx.text(body.end, c.start)
                )
            ),
            None,
        )
        office = ctx.reference.office_of_city.get(city.iri) if city is not None else None
        heads = EN_OFFICE_UNIT_HEADS & set(body.text.split())
        if office is not None and ctx.kind_of(office) is not None and heads:
            ctx.fact(body.iri, "unitOf", office, sentence)
    list_parent: Mention | None = (
        None  # the body a list of its units follows ("Urząd X – A, B i C")
    )
    for index, (first, second) in enumerate(itertools.pairwise(bodies)):
        gap = ctx.text(first.end, second.start)
        if DIRECTORATE.match(second.text) and re.fullmatch(r"\s*(?:['\u2019]s\s+)?", gap):
            # "European Commission DG Employment …", "the Commission's DG Home": a
            # directorate-general of the body named right before it
            ctx.fact(second.iri, "unitOf", first.iri, sentence)
            continue
        listed = (
            re.fullmatch(r"(?:\s*,\s*(?:(?:i|oraz|and)\s+)?|\s+(?:i|oraz|and)\s+)(?:the\s+)?", gap)
            is not None
        )
        if (
            list_parent is not None
            and listed
            and (second.kind == "unit" or english_unit(ctx, second))
        ):
            # "Urzędu Miasta Lublin – Wydziału Kultury, Wydziału Strategii … oraz Biura …": the
            # items of the list are units of the body before the dash, not of each other
            ctx.fact(second.iri, "unitOf", list_parent.iri, sentence)
            continue
        list_parent = None
        if (
            re.fullmatch(r"\s*,\s*", gap)
            and (first.kind == "unit" or english_unit(ctx, first))
            and not enumerated(ctx, bodies[index:])
        ):
            # "Referat ds. Cudzoziemców, Departament Spraw Społecznych, Urząd Miejski w
            # Białymstoku": an address from the smallest unit to the office
            parent = comma_parent(ctx, first, second)
            if parent is not None:
                child = second if parent is first else first
                ctx.fact(child.iri, "unitOf", parent.iri, sentence)
        elif "(" in gap and first.kind == second.kind == "unit":
            # "Referat ds. Wielokulturowości (Wydział Polityki Społecznej …)": in brackets, the
            # larger unit is the parent, whichever comes first.
            one, two = unit_rank(ctx, first), unit_rank(ctx, second)
            if one is not None and two is not None and one != two:
                child, parent = (first, second) if one > two else (second, first)
                ctx.fact(child.iri, "unitOf", parent.iri, sentence)
        elif (
            (second.kind == "unit" or english_unit(ctx, second))
            and re.fullmatch(UNIT_LINK + r"(?:the\s+)?", gap)
            # ("Pracowni X Wydziału Y": a unit in the genitive right after is the parent)
            and not (not gap.strip() and first.kind == "unit" and genitive(second.text))
            # ("Wydziału Kultury, Wydziału Strategii i …": items of one list are siblings)
            and not ("," in gap and enumerated(ctx, bodies[index:]))
        ):
            ctx.fact(second.iri, "unitOf", first.iri, sentence)
            if re.search(r"[:–—-]", gap) and enumerated(ctx, bodies[index + 1 :]):
                list_parent = first
        elif second.kind in ("office", "org", "unit") and (
            re.fullmatch(WORKS_BESIDE, gap) or BELONGS_TO.fullmatch(gap)
        ):
            # "CASPAR – Centrum Zaawansowanych Badań …, działające przy Uniwersytecie
            # Ekonomicznym w Krakowie": a body that works beside another is its unit
            ctx.fact(first.iri, "unitOf", second.iri, sentence)
        elif (
            first.kind in ("office", "org", "unit")
            and UNIT_AFTER_PLACE.fullmatch(gap)
            and BESIDE_FIRST.search(ctx.text(max(sentence.start, first.start - 20), first.start))
        ):
            ctx.fact(second.iri, "unitOf", first.iri, sentence)
        elif (
            an_organ(ctx, first)
            and second.kind in ("office", "org")
            # (after its name, or after its acronym in brackets, itself a mention of it)
            and re.fullmatch(r"\)?\s+(?:\([^()]{1,15}\)\s+)?", gap)
            and genitive(second.text)
        ):
            # "Komitet Ekspertów ds. Integracji Międzykulturowej (ADI-INT) Rady Europy": a
            # committee, council or board of the body named right after it in the genitive
            ctx.fact(first.iri, "unitOf", second.iri, sentence)
        elif (
            # ("Translation Department of Maria Curie-Skłodowska University": a new English
            # unit, of the body its "of" names)
            (
                first.kind == "unit"
                or (english_unit(ctx, first) and re.fullmatch(r"\s+of\s+(?:the\s+)?", gap))
            )
            and second.kind in ("office", "unit", "org")
            and re.fullmatch(r"\s+(?:we?\s+|of\s+(?:the\s+)?|at\s+(?:the\s+)?)?", gap)
            and (
                genitive(second.text)
                or gap.strip() not in ("",)
                or ctx.doc.language == "en"
                or second.text.startswith("UM ")  # "Wydziału … UM Łodzi": an office's letters
                # ("Departament Zdrowia UMWP": its body's acronym, which does not decline)
                or OWNER_ACRONYM.fullmatch(second.text) is not None
            )
        ):
            # "Biura Partycypacji Społecznej Urzędu Miasta Lublin" (its body in the genitive),
            # "Referatu ds. Wielokulturowości w Wydziale Polityki Społecznej" (in it).
            ctx.fact(first.iri, "unitOf", second.iri, sentence)
            for unit in units_listed_before(ctx, bodies[:index], first):
                if not any(f.s == unit.iri and f.p == UMP + "unitOf" for f in ctx.facts):
                    ctx.fact(unit.iri, "unitOf", second.iri, sentence)


# --- the declaration -------------------------------------------------------------------------------


DOCUMENT_WORD = re.compile(r"\b(?:[Dd]eklaracj\w*|[Dd]eclaration\w*)")
GENERIC_DOCUMENT = re.compile(
    r"\b(?:[Dd]eklaracj\w*|[Dd]okument\w*|[Ss]tanowisk\w*|[Aa]pel\w*|[Rr]ezolucj\w*|[Mm]emorand\w*|"
    r"[Dd]eclaration|[Dd]ocument)\b"
)
DESCRIPTION_WORDS = 8  # words after "deklaracja" that may describe which declaration it is
STOP_LEMMAS = frozenset({"w", "o", "z", "i", "ws", "ds", "sprawa", "na", "do", "the", "of", "on"})


def declaration_lemmas(ctx: DocumentContext) -> dict[str, frozenset[str]]:
    """Content lemmas of each known declaration's names (label and alternative labels)."""
    found: dict[str, frozenset[str]] = {}
    for iri, entry in ctx.reference.gazetteer.entries.items():
        if entry.kind != "document":
            continue
        names = [entry.label_pl, entry.label_en]
        names += [form for form, target in ctx.reference.gazetteer.forms.items() if target == iri]
        found[iri] = (
            frozenset(lemma for name in names for word in lemmas(name) for lemma in word)
            - STOP_LEMMAS
        )
    return found


STEM = (
    5  # letters that a noun and its adjective share: migracja/migracyjny, współpraca/współdziałanie
)


def stems(words: frozenset[str]) -> frozenset[str]:
    """Words by their first letters, so that "deklaracja migracyjna" describes a declaration "w
    dziedzinie migracji" and "o współpracy" one "o współdziałaniu"."""
    return frozenset(word[:STEM] for word in words)


# Words every declaration of the Union's mayors may have in its description: sharing only these
# says nothing about which declaration it is ("deklaracja miast UMP w sprawie X").
GENERIC_DESCRIPTION = frozenset(
    word[:STEM]
    for word in (
        "deklaracja", "prezydent", "miasto", "miejski", "ump", "unia", "metropolia", "polski",
        "współpraca", "współdziałanie", "dziedzina", "sprawa", "zakres",
    )
)  # fmt: skip
VERB_TAGS = ("fin", "praet", "impt", "imps", "inf", "pcon", "pant", "bedzie")
# The words of the field a declaration on migration is about: a page may describe it by any of
# them ("deklaracja w sprawie integracji imigrantów", "… dotycząca uchodźców i cudzoziemców",
# "a declaration on the integration of newcomers"); each says "migration".
MIGRATION_FIELD = (
    "migra", "migran", "imigr", "emigr", "uchodź", "uchodz", "cudzoziem", "integracj",
    "integracyjn", "azyl", "refuge", "integration", "immigr", "newcomer", "asylum", "foreigner",
)  # fmt: skip


def field_stem(lemma: str) -> str:
    """The stem a description word is matched by: "migra" for every word of the migration
    field (by its whole beginning, so "integralizm" is not one), else its first letters."""
    return "migra" if lemma.lower().startswith(MIGRATION_FIELD) else lemma[:STEM]


def description_words(window: str) -> list[str]:
    """The words after "deklaracja" up to the clause's verb, its agent or a date."""
    words = []
    for word in window.split()[1 : DESCRIPTION_WORDS + 1]:
        bare = word.strip(',()„”"')
        readings = analyses(bare)
        if bare.lower() in ("przez", "by", "that", "which") or any(c.isdigit() for c in bare):
            break
        if any(lemma.lower() == "który" for lemma, _, _ in readings):
            break  # "deklaracji w sprawie migracji, którą … podpisali": the clause ends
        if readings and all(tag.split(":")[0] in VERB_TAGS for _, tag, _ in readings):
            break
        if any(lemma.lower() in STOP_LEMMAS for lemma, _, _ in readings):
            continue
        words.append(bare)
    return words


def clause_end(text: str, marks: str) -> int:
    """Where the first of these marks ends the clause ("ws. migracji" goes on)."""
    for match in re.finditer(marks + r"\s", text):
        if not (match.group(0).startswith(".") and is_abbreviation(text, match.start())):
            return match.start()
    return len(text)


def described_declaration(ctx: DocumentContext, start: int) -> str | None:
    """'Deklaracja Unii Metropolii Polskich ws. migracji': a declaration named by a description,
    not by its title, is the known declaration whose names share the most content words with
    the description: at least two besides the word 'deklaracja' (or all of a shorter one), one
    of them about its subject, not only about who declares."""
    end = ctx.doc.text.find("\n", start)
    window = ctx.text(start, end if end > 0 else len(ctx.doc.text))
    clause = window[: clause_end(window, "[.;:!?]")]
    found = description_words(clause)
    sentence_part = window[: clause_end(window, "[.!?]")]
    about = re.search(r"\b(?:dotycz\w+|mówi\w*\s+o|concern\w*)\s+", sentence_part)
    if not found and about:
        # "Pierwszą deklarację podpisali …; dotyczyła współpracy … w obszarze migracji"
        found = description_words("x " + window[about.end() :])
    words = lemmas(" ".join(found))
    described = frozenset(
        field_stem(lemma)
        for lemma in frozenset(lemma for word in words for lemma in word) - STOP_LEMMAS
    )
    best, best_shared = None, 1
    for iri, known in sorted(declaration_lemmas(ctx).items()):
        common = described & stems(known)
        if not common - GENERIC_DESCRIPTION:
            continue
        shared = len(common)
        if "migra" in common:
            shared += 1  # the declaration's own subject, in any word of its field
        if described and described <= stems(known):
            shared += 1  # a short description all of whose words name it ("deklaracja migracyjna")
        if shared > best_shared:
            best, best_shared = iri, shared
    return best


def known_declarations_by_their_names(ctx: DocumentContext) -> None:
    """ "Deklaracja Prezydentów Miast UMP dotycząca Migracji": a capitalised name headed by
    'Deklaracja' that describes a known declaration is that declaration written another way,
    not a new document ("Pomorska Deklaracja na rzecz Integracji" describes none and stays)."""
    renamed = {}
    for mention in ctx.mentions:
        word = DOCUMENT_WORD.match(mention.text) or DOCUMENT_WORD.match(
            mention.text, mention.text.find(" ") + 1
        )
        if mention.kind == "document" and mention.iri in ctx.entities and word:
            known = described_declaration(ctx, mention.start + word.start())
            # (a quoted title is the document's own: each of its words must fit the known one,
            # "„Deklarację solidarności z uchodźcami”" is another declaration)
            quoted = preceded_by(ctx.doc.text, mention.start, '[„“"]')
            if known is not None and names_nothing_else(ctx, mention.text, known, quoted):
                renamed[mention.iri] = known
    ctx.rename(renamed)


def names_nothing_else(
    ctx: DocumentContext, name: str, known: str, every_word: bool = False
) -> bool:
    """Whether every capitalised word (or, for a quoted title, every content word) of a
    declaration's name is a word of the known declaration's names, of the field, or one any
    declaration of the mayors has: "Pomorska" or "Krakowska" names another declaration."""
    allowed = stems(declaration_lemmas(ctx)[known]) | GENERIC_DESCRIPTION | {"migra"}
    pattern = r"\b\w{3,}" if every_word else r"\b[A-ZĄĆĘŁŃÓŚŹŻ]\w*"
    for word in re.findall(pattern, name):
        readings_of_word = analyses(word)
        if every_word and any(
            lemma.lower() in STOP_LEMMAS or tag.split(":")[0] in (*VERB_TAGS, "pact", "ppas")
            for lemma, tag, _ in readings_of_word
        ):
            continue  # ("dotyczącą", "w", "o": what joins the title's words names nothing)
        readings = {
            field_stem(lemma.lower()) for word_lemmas in lemmas(word) for lemma in word_lemmas
        }
        if not readings & allowed:
            return False
    return True


def declaration_named_before(ctx: DocumentContext, position: int, kind: str = "") -> str | None:
    """The declaration a bare 'dokument' or 'deklaracja' refers to: the last one named (by its
    title or by a description) before that point of the page. A noun of a kind ("pod
    stanowiskiem podpisali się …") refers to the last document of that kind, not to a
    declaration the page recalled in between."""
    documents = [m for m in ctx.mentions if m.kind == "document" and m.start < position]
    named = [(m.start, m.iri, kind_of_document(m.text)) for m in documents]
    for match in DOCUMENT_WORD.finditer(ctx.doc.text[:position]):
        if any(m.start <= match.start() < m.end for m in documents):
            continue  # "Pomorską Deklarację na rzecz Integracji …": a name, not a description
        iri = described_declaration(ctx, match.start())
        if iri:
            named.append((match.start(), iri, kind_of_document(match.group(0))))
    of_the_kind = [n for n in named if n[2] == kind]
    chosen = of_the_kind or named  # ("Apel podpisali …" after "list „X”": a letter appeals)
    return max(chosen)[1] if chosen else None


# A document's kind by its head noun's first letters: "stanowiskiem" names a "Stanowisko …".
KIND_LETTERS = 4  # "apel" has four ("apelem", "Apel"); "stan" of "stanowisko"


def kind_of_document(name: str) -> str:
    """The kind of document a name or a noun says, by its first word ("" for "dokument")."""
    word = name.split()[0].lower() if name.split() else ""
    return "" if word.startswith(("dokument", "document")) else word[:KIND_LETTERS]


def declaration_facts(ctx: DocumentContext, sentence: Sentence, themes: ThemeMatcher) -> None:
    documents = ctx.mentions_in(sentence, "document")
    declaration = documents[0].iri if documents else None
    commits = COMMITS_TO.search(sentence.text)
    # "Kraków przystąpił do deklaracji", "odmówiły podpisania": joining and refusing speak of
    # signing too.
    signing = SIGNING.search(sentence.text) or SIGNED.search(sentence.text)
    if declaration is None and (GENERIC_DOCUMENT.search(sentence.text) or signing or commits):
        # "Dokument podpisali …", "Zabrakło podpisu prezydenta Katowic": the declaration the
        # page named before.
        noun = GENERIC_DOCUMENT.search(sentence.text)
        kind = kind_of_document(noun.group(0)) if noun else ""
        declaration = declaration_named_before(ctx, sentence.end, kind)
    if declaration is None:
        return
    if signing:
        signatories(ctx, sentence, declaration)
        signatory_list(ctx, sentence, declaration)
        inline_signatory_list(ctx, sentence, declaration)
        signers_listed_next(ctx, sentence, declaration)
        signed_at(ctx, sentence, declaration)
        signed_on(ctx, sentence, declaration)
        for date in ctx.dates_in(sentence):
            if (
                date.year
                and not date.is_day
                and not any(within(e.sentence, sentence) for e in ctx.events)
            ):
                ctx.fact(
                    declaration,
                    "year",
                    rdflib.Literal(str(date.year), datatype=rdflib.XSD.gYear),
                    sentence,
                )
    commitment = COMMITMENT.search(sentence.text) or commits
    if commitment:
        text = re.sub(r"[*_]+|\(\.\.\.\)|\(…\)", "", commitment.group("text")).strip()
        ctx.fact(declaration, "commitment", rdflib.Literal(text, lang="pl"), sentence)
        for theme in themes.find(text):
            ctx.fact(declaration, "theme", theme, sentence)
    # "W związku z deklaracją powołano Zespół", "Deklaracja zapowiada powołanie zespołu …"
    announces = documents or GENERIC_DOCUMENT.match(sentence.text.lstrip("-*• "))
    if FOUNDED.search(sentence.text) and (BECAUSE_OF.search(sentence.text) or announces):
        for team in ctx.mentions_in(sentence, "team"):
            ctx.fact(team.iri, "establishedUnder", declaration, sentence)


# "Przedstawiciele dwunastu największych polskich miast … podpisali deklarację …": signers said
# as a group of cities, whose names the next sentence lists
SIGNERS_AS_A_GROUP = re.compile(r"(?i)\b(?:miast|przedstawiciel(?!stw)\w*|prezydenc\w*|cities)\b")


def signers_listed_next(ctx: DocumentContext, sentence: Sentence, declaration: str) -> None:
    """ "… podpisali deklarację … . Dokument zawiera … .\n\nDo wspomnianego grona należą:
    Białystok, Bydgoszcz, …": the cities listed after a colon in one of the next two sentences
    (no heading between) are the signers."""
    if ctx.mentions_in(sentence, "city", "person") or not SIGNERS_AS_A_GROUP.search(sentence.text):
        return
    for following in [s for s in ctx.sentences if s.start >= sentence.end][:2]:
        if is_section_break(following) or SIGNING.search(following.text):
            return
        colon = following.text.find(":")
        listed = [
            c for c in ctx.mentions_in(following, "city") if c.start > following.start + colon
        ]
        if colon >= 0 and len(listed) >= 3 and not NEGATION.search(following.text):
            for city in listed:
                ctx.fact(declaration, "signatoryCity", city.iri, following)
            return


def negated_before(ctx: DocumentContext, sentence: Sentence, mention: Mention) -> bool:
    """A negation earlier in the mention's clause; an apposition ("podpisu Marcina Krupy,
    prezydenta Katowic") belongs to the clause of the name it describes."""
    parts = re.split(r"([,;:]|\boraz\b|\ba\b)", ctx.text(sentence.start, mention.start))
    clause = parts[-1]
    index = len(parts) - 1
    while index >= 2 and parts[index - 1] == "," and ROLE_NOUN.match(parts[index].strip()):
        index -= 2
        clause = parts[index] + "," + clause
    # ("Deklaracji nie podpisali: A, B i C": the items of a list after the verb share its clause)
    while index >= 2 and parts[index - 1] in (",", ":") and LIST_ITEM.fullmatch(parts[index]):
        index -= 2
        clause = parts[index] + parts[index + 1] + clause
    # ("Jedynym prezydentem, który nie podpisał deklaracji, był Marcin Krupa": the negated
    # relative clause describes who the copula names)
    described = NEGATED_RELATIVE_THEN_COPULA.search(ctx.text(sentence.start, mention.start))
    return (
        NEGATION.search(clause) is not None
        or described is not None
        or excepted(ctx, sentence, mention)
    )


NEGATED_RELATIVE_THEN_COPULA = re.compile(
    r"(?i)\bktór\w+\s+(?:jako\s+jedyn\w+\s+)?nie\s+[^,;]*,\s*(?:był|była|było|jest|został|"
    r"została|okazał\w*\s+się|pozostał\w*)\s+(?:\w+\s+){0,3}$"
)


# An item of a list of names between commas: "Paweł Adamowicz", " Jacek Majchrowski i ", ""
LIST_ITEM = re.compile(
    r"\s*(?:(?:i|oraz|and)\s+)?(?:[A-ZŁŚŻŹĆŃÓĘĄ][\w'\u2019-]*\s*){0,4}(?:\([^)]*\)\s*)?"
    r"(?:(?:i|oraz|and)\s*)?"
)


# "podpisali wszyscy z wyjątkiem Marcina Krupy": the exception did not sign; "oprócz X … także
# Y" is "besides X, Y too" (X signed as well).
EXCEPTION = re.compile(
    r"(?i)\b(?:z\s+wyjątkiem|oprócz|poza|bez|except(?:\s+for)?|apart\s+from|(?<=all\s)but)\s"
)
BESIDES = re.compile(r"(?i)\b(?:też|także|również|as\s+well|too)\b")


def excepted(ctx: DocumentContext, sentence: Sentence, mention: Mention) -> bool:
    """Whether the mention follows an exception word in its clause (an apposition's comma
    does not end it: "z wyjątkiem Marcina Krupy (Katowice)")."""
    before = ctx.text(sentence.start, mention.start)
    cues = list(EXCEPTION.finditer(before))
    cue = cues[-1] if cues else None
    if cue is None or re.search(
        r"[;.]|,\s*(?:w\s+tym|a|ale|natomiast|zaś|but|while)\b", before[cue.end() :]
    ):
        return False
    besides = cue.group(0).lower().startswith(("oprócz", "apart"))
    return not (besides and BESIDES.search(ctx.text(sentence.start + cue.end(), sentence.end)))


# Who signed is said by a finite verb of signing ("podpisali", "podpisała", "sygnował"), by
# "sygnatariusz" with a copula ("jednym z sygnatariuszy był X", "znalazł się wśród
# sygnatariuszy") or by a signature that is there ("widnieje podpis X"); a verbal noun ("odniósł się do
# podpisania deklaracji") or a report ("wśród sygnatariuszy wymieniono jego nazwisko") is not.
JOIN_VERB = r"(?:przyłączy|dołączy|przystąpi)(?:ł|ła|ło|li|ły)\b"
ADOPTED = r"\b(?:przyję(?:li|ły|ł|ła)|przyjęto|adopted)\b"
ADOPTED_DOCUMENT = r"\b(?:[Ss]tanowisk|[Aa]pel|[Rr]ezolucj|[Dd]eklaracj|[Pp]osition|[Aa]ppeal)"
TO_A_DOCUMENT = (
    r"\b[Dd]o\s+(?:\w+\s+){0,2}?(?:deklaracj|dokument|porozumieni|sygnatariusz|apel|stanowisk)"
)
# "Katowice odmówiły podpisania deklaracji": a refusal is a negated signing.
REFUSED = r"\bodm(?:ówi|awia)\w*\s+(?:\w+\s+){0,2}?(?:podpis|sygnowa|przyłącz|poparci)\w*"
SIGNED = re.compile(
    r"(?i)\bpodpisa(?:ł|ła|ło|li|ły|no)\b|\bsygnowa(?:ł|ła|ło|li|ły|no)\b|"
    r"\bparafowa(?:ł|ła|ło|li|ły|no)\b|"
    # a document its signatories endorsed: "Apel poparli wszyscy prezydenci"
    r"\bpopar(?:ł|ła|ło|li|ły)\b|"
    r"\bsigned\b|\bendorsed\b|"
    # the passive with its agent: "została podpisana 30 czerwca przez prezydentów …"
    r"\bpodpisan[aey]\w*\s+(?:\S+\s+){0,6}?przez\b|"
    # ("Sygnatariuszami deklaracji o współdziałaniu w dziedzinie migracji są …": the document's
    # name between)
    r"\bsygnatariusz\w*\s+(?:[\w„”\"-]+\s+){0,10}?(?:był|była|byli|były|jest|są|zostali|został|"
    r"zostały)\b|"
    r"\b(?:był|była|byli|były|jest|są|zostali|został)\s+(?:\w+\s+){0,3}?sygnatariusz\w*|"
    r"\bpodpis(?:y|ów)?\b[^.;]{0,120}?\bzłoży(?:ł|ła|li|ły)\b|\bzłoży\w*\s+(?:\w+\s+){0,2}?podpis|"
    # the impersonal: "Podpisy złożono w imieniu Białegostoku, …", "złożono pod nim podpisy"
    r"\bpodpis(?:y|ów)?\s+złożono\b|\bzłożono\s+(?:\w+\s+){0,2}?podpis|"
    # "pod dokumentem widnieje (także) podpis X", "znalazł się wśród sygnatariuszy"
    r"\bwidniej\w*\s+(?:\w+\s+){0,2}?podpis|\bpodpis\w*\s+(?:[\w-]+\s+){0,3}?widniej|"
    # "Pod tekstem widnieją też nazwiska prezydenta Krakowa …"
    r"\bwidniej\w*\s+(?:\w+\s+){0,2}?nazwisk|\bnazwisk\w*\s+(?:[\w-]+\s+){0,3}?widniej|"
    r"(?<!nie )\bznal(?:az|eź)\w*\s+się\s+(?:\w+\s+)?wśród\s+(?:\w+\s+){0,2}?sygnatariusz|"
    r"\bwśród\s+(?:\w+\s+){0,4}?sygnatariusz\w*\s+[^.;]{0,150}?(?<!nie )\bznal(?:az|eź)|"
    # "Do deklaracji przyłączył się Lublin", "Toruń dołączył do sygnatariuszy": joining a
    # signed document is signing it
    rf"(?<!nie )\b{JOIN_VERB}(?=[^.;]{{0,60}}?{TO_A_DOCUMENT})|{TO_A_DOCUMENT}\w*\s+"
    rf"(?:\w+\s+){{0,3}}?{JOIN_VERB}|\bjoined\s+the\s+(?:\w+\s+){{0,2}}?declaration|"
    r"\bacceded\s+to\b|"
    # "Poznań, Warsaw and Wrocław are among the signatories"
    r"(?<!not )\b(?:are|were|is|was)\s+(?:\w+\s+){0,2}?among\s+(?:the\s+)?signator\w*|"
    # "Pod dokumentem są podpisy prezydentów …", "znalazły się podpisy …"
    r"(?<!nie )\b(?:są|znajdują\s+się|znalazły\s+się|były)\s+(?:\w+\s+)?podpisy\b|"
    r"\bamong\s+(?:the\s+)?signator\w*\s+(?:are|were)\b|"
    # a position or an appeal its authors adopted: "Stanowisko przyjęli jednogłośnie
    # prezydenci: …", "prezydenci przyjęli apel"
    rf"{ADOPTED_DOCUMENT}\w*\s+(?:[\w-]+\s+){{0,10}}?{ADOPTED}|"
    rf"{ADOPTED}\s+(?:[\w-]+\s+){{0,3}}?{ADOPTED_DOCUMENT}"
)


def signatories(ctx: DocumentContext, sentence: Sentence, declaration: str) -> None:
    """Signatory people (and the cities of their posts), and cities whose mayors signed; a
    negated clause ('brakowało podpisu prezydenta Katowic') names no signatory."""
    signing = SIGNED.search(sentence.text)
    signed = signing is not None
    for person in ctx.mentions_in(sentence, "person"):
        if not signed and not NEGATION.search(sentence.text):
            break
        if (
            on_whose_behalf(ctx, sentence, person)
            or addressee(ctx, sentence, person)
            or (signing and signed_in_a_relative_clause(ctx, sentence, signing, person))
            or (signing and not same_clause(ctx, sentence.start + signing.start(), person.start))
        ):
            continue
        if negated_before(ctx, sentence, person) or negated_after(ctx, sentence, person):
            ctx.fact(declaration, "nonSignatory", person.iri, sentence)
            for city in city_in_brackets_after(ctx, sentence, person):
                ctx.fact(declaration, "nonSignatoryCity", city.iri, sentence)
            continue
        if not signed:
            continue  # a sentence that only says who did not sign names no signatory
        ctx.fact(declaration, "signatory", person.iri, sentence)
        for city in ctx.mentions_in(sentence, "city"):
            before = city.end <= person.start and re.fullmatch(
                r"\s*", ctx.text(city.end, person.start)
            )
            # "podpisali: Jan Kowalski (Kraków), …": the city in brackets after the name.
            if before or city in city_in_brackets_after(ctx, sentence, person):
                ctx.fact(declaration, "signatoryCity", city.iri, sentence)

    mayors = re.search(
        r"(?i)prezydenc\w+|prezydent\w*|burmistrz\w*|szefow\w*|włodarz\w*|\bmayors?\b|"
        # "Podpisy złożyli przedstawiciele miast (Gdańska, …)": who signed for the cities
        r"przedstawiciel(?!stw)\w*|"
        # "Podpisy złożono w imieniu Białegostoku, Bydgoszczy …": the cities signed for
        r"\bw\s+imieniu\b|\bon\s+behalf\s+of\b",
        sentence.text,
    )
    if mayors is None:
        cities_as_signers(ctx, sentence, declaration, signed)
    elif signed or NEGATION.search(sentence.text):
        cities_of_signing_mayors(ctx, sentence, declaration, mayors, signed)
    if signed:
        # after the refusals the sentence states: "11 z 12 … – zabrakło podpisu prezydenta X"
        all_members_signed(ctx, sentence, declaration)


def cities_of_signing_mayors(
    ctx: DocumentContext,
    sentence: Sentence,
    declaration: str,
    mayors: re.Match[str],
    signed: bool,
) -> None:
    """ "podpisali prezydenci Gdańska, Warszawy …", "zabrakło podpisu prezydenta Katowic": the
    cities named after the word for their mayors sign or, negated, refuse."""
    for city in ctx.mentions_in(sentence, "city"):
        if city.start < sentence.start + mayors.end() or preceded_by(
            ctx.doc.text, city.start, r"\b(w|we|in)"
        ):
            continue
        if any(p.start == city.end + 1 for p in ctx.mentions_in(sentence, "person")):
            continue  # handled with the person
        if negated_before(ctx, sentence, city) or negated_after(ctx, sentence, city):
            ctx.fact(declaration, "nonSignatoryCity", city.iri, sentence)
        elif signed:
            ctx.fact(declaration, "signatoryCity", city.iri, sentence)


# "W imieniu prezydent Hanny Zdanowskiej dokument podpisał wiceprezydent …": the one on whose
# behalf another signs is neither a signatory nor a refusal.
ON_BEHALF = re.compile(
    r"(?i)\b(?:w\s+imieniu|z\s+upoważnienia|on\s+behalf\s+of)\s+(?:\w+\s+){0,3}$"
)


def on_whose_behalf(ctx: DocumentContext, sentence: Sentence, person: Mention) -> bool:
    """ "podpisał w imieniu prezydenta Jana Kowalskiego": the person signed for did not sign. A
    person named in the nominative after whom it was signed for ("dokument podpisali: w imieniu
    UMP Piotr Grzelak, …") is the one who signed."""
    behalf = ON_BEHALF.search(ctx.text(max(sentence.start, person.start - 60), person.start))
    if behalf is None:
        return False
    for_whom = behalf.group(0).split()[2:]
    return not (for_whom and ctx.label_pl(person.iri) == person.text)


def signed_in_a_relative_clause(
    ctx: DocumentContext, sentence: Sentence, signing: re.Match[str], person: Mention
) -> bool:
    """ "X zapowiedział pikiety w miastach, których prezydenci go podpisali": the signing is
    told of someone in a relative clause after X, not of X."""
    at = sentence.start + signing.start()
    if person.start > at:
        return False
    between = ctx.text(person.end, at)
    relative = re.search(r"(?i)\b(?:któr\w+|who|whose|which)\b", between)
    # "Krzysztof Żuk, który podpisał": the pronoun right after the name is the name's
    return relative is not None and not re.fullmatch(r"[\s,]*", between[: relative.start()])


def addressee(ctx: DocumentContext, sentence: Sentence, person: Mention) -> bool:
    """ "apel … skierowany do premiera Mateusza Morawieckiego", "a letter to Minister X": whom
    a document is addressed to did not sign it."""
    before = ctx.text(sentence.start, person.start)
    # ("declined to sign was X": an infinitive's "to" addresses no one)
    to = re.search(
        r"(?i)\b(?:do|to)\s+(?!sign\b|join\b|be\b|endorse\b)(?:[a-ząćęłńóśźż.-]+\s+){0,4}$",
        before,
    )
    # ("w imieniu Urzędu do Spraw Cudzoziemców Jan Nowak": a word of a body's name)
    return to is not None and not ctx.inside_a_name(sentence.start + to.start())


def same_clause(ctx: DocumentContext, first: int, second: int) -> bool:
    """Whether two points of a sentence lie in one of its clauses split at ';' ("… podpisały
    porozumienie; patronował mu marszałek X": the patron did not sign)."""
    between = ctx.text(*sorted((first, second)))
    # "podpisy złożyli: A, prezydent X; B, członek Y; a także C": after the colon, ";" parts
    # a list of the signers, not clauses.
    return ";" not in between or ":" in between.split(";", 1)[0]


# "Podpisali go wszyscy prezydenci UMP", "all the Union's mayors signed it".
ALL_MAYORS = re.compile(
    r"(?i)\b(?:wszys(?:cy|tkie|tkich)|all(?:\s+the)?)\s+(?:\w+\s+){0,2}?"
    r"(?:prezydenc\w*|włodarz\w*|miast\w*|metropoli\w*|mayors|cities|members|członk\w*)"
)
# "11 z 12 prezydentów miast UMP", "jedenastu z dwunastu miast", "11 of the 12 mayors".
COUNTED_MAYORS = re.compile(
    r"(?i)\b(?P<n>\d{1,2}|\w+)\s+(?:z|of(?:\s+the)?)\s+(?P<m>\d{1,2}|\w+)\s+"
    r"(?:\w+\s+){0,1}?(?:prezydent\w*|włodarz\w*|miast\w*|metropoli\w*|mayors|cities)"
)
NUMBER_STEMS = {
    "dziewię": 9, "dziesię": 10, "jedenaś": 11, "jedenast": 11, "dwanaś": 12, "dwunast": 12,
    "trzynaś": 13, "trzynast": 13, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip


def number_of(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return next((n for stem, n in NUMBER_STEMS.items() if word.lower().startswith(stem)), None)


def all_members_signed(ctx: DocumentContext, sentence: Sentence, declaration: str) -> None:
    """All the mayors of an association's cities signed: each member city (by the reference
    data) is a signatory city, except those the sentence excepts or the page says did not."""
    cue = ALL_MAYORS.search(sentence.text)
    counted = COUNTED_MAYORS.search(sentence.text)
    if cue is None and counted is None:
        return
    named = [
        m.iri for m in ctx.mentions_in(sentence, "org") if m.iri in ctx.reference.city_associations
    ]
    if not named and (counted or (cue and "metropol" in cue.group(0).lower())):
        # "11 z 12 prezydentów …", "prezydenci wszystkich metropolii poza Katowicami" on a page
        # about the Union: its cities, when the numbers agree (below). "Wszyscy prezydenci"
        # alone may be all who were there, not all the Union's.
        named = [m.iri for m in ctx.mentions if m.iri in ctx.reference.city_associations]
    if len(set(named)) != 1:
        return
    excepted_cities = {
        c.iri for c in ctx.mentions_in(sentence, "city") if excepted(ctx, sentence, c)
    }
    refused = {
        str(f.o) for f in ctx.facts if f.s == declaration and f.p.endswith("nonSignatoryCity")
    }
    members = ctx.reference.members.get(named[0], frozenset())
    signing = sorted(members - excepted_cities - refused)
    if cue is None and counted is not None:
        # "11 z 12": all but those the page says did not sign, when the numbers agree
        n, m = number_of(counted.group("n")), number_of(counted.group("m"))
        if m != len(members) or n != len(signing):
            return
    for city in signing:
        ctx.fact(declaration, "signatoryCity", city, sentence)


def city_in_brackets_after(
    ctx: DocumentContext, sentence: Sentence, person: Mention
) -> list[Mention]:
    """ "Marcina Krupy (Katowice)": the city in brackets right after a name."""
    return [
        c
        for c in ctx.mentions_in(sentence, "city")
        if c.start >= person.end and re.fullmatch(r"\s*\(\s*", ctx.text(person.end, c.start))
    ]


def signatory_list(ctx: DocumentContext, sentence: Sentence, declaration: str) -> None:
    """ "Stanowisko podpisali prezydenci:" and a list ("- Białystok – Tadeusz Truskolaski",
    "- Jacek Sutryk (Wrocław)"): each item's person signed, for the item's city, whose mayor
    the person is when the list is of mayors."""
    labelled = SIGNATORIES_LABEL.search(sentence.text) is not None
    if not (SIGNED.search(sentence.text) or labelled) or NEGATION.search(sentence.text):
        return
    rows = table_rows_after(ctx, sentence)
    header = rows[0].text if rows else ""
    of_mayors = MAYORS.search(sentence.text + " " + header) is not None or (
        re.search(r"(?i)\|\s*prezyden|\|\s*mayor", header) is not None
    )
    for item in items_after(ctx, sentence) + rows:
        people = ctx.mentions_in(item, "person")
        cities = ctx.mentions_in(item, "city")
        if NEGATION.search(item.text):
            # "| Katowice | nie podpisał (Marcin Krupa) |"
            for person in people[:1]:
                ctx.fact(declaration, "nonSignatory", person.iri, item)
            for city in cities[:1]:
                ctx.fact(declaration, "nonSignatoryCity", city.iri, item)
            continue
        for person in people[:1]:
            ctx.fact(declaration, "signatory", person.iri, item)
            for city in cities[:1]:
                ctx.fact(declaration, "signatoryCity", city.iri, item)
                if of_mayors:
                    add_the_mayors_post(ctx, item, person.iri, city.iri)
        if not people:
            for city in cities[:1]:
                ctx.fact(declaration, "signatoryCity", city.iri, item)


# "Sygnatariusze deklaracji: Gdańsk, Warszawa, Lublin", "Deklarację sygnowało 11 miast: …":
# the cities (and people) listed after a colon that follows a word for signatories or signing.
INLINE_SIGNATORIES = re.compile(
    r"(?i)(?:\bsygnatariusz\w*(?:\s+(?:deklaracji|dokumentu|apelu|stanowiska|porozumienia))?|"
    r"\bsignatories|(?:podpisa|sygnowa|parafowa)\w*\s+(?:\w+\s+){0,3}?(?:miast\w*|"
    r"prezydent\w*|włodarz\w*)|(?:signed\s+by|signed)\s+(?:\w+\s+){0,3}?(?:cities|mayors))"
    r"\s*(?:\*\*)?\s*:\s*(?:\*\*)?(?=\S)|"
    # the copula: "The signatory cities are Warsaw, Cracow, …", "Sygnatariuszami są Gdańsk, …"
    r"(?i:\b(?:signatory|signing)\s+cities\s+(?:are|were|include[ds]?)|"
    r"\bsignatories\s+(?:are|were|include[ds]?)|"
    r"\bsygnatariusz(?:ami|e)\s+(?:deklaracji\s+|dokumentu\s+)?(?:są|byli|były|zostały|zostali)|"
    r"\bmiast(?:ami|a)\s+sygnatariusz(?:ami|e)\s+(?:są|były|zostały))\s+"
)


def inline_signatory_list(ctx: DocumentContext, sentence: Sentence, declaration: str) -> None:
    cue = INLINE_SIGNATORIES.search(sentence.text)
    if cue is None or NEGATION.search(sentence.text[: cue.start()]):
        return
    for city in cities_listed_after(ctx, sentence, sentence.start + cue.end()):
        ctx.fact(declaration, "signatoryCity", city.iri, sentence)
        # "Sygnatariusze: Gdańsk (Paweł Adamowicz), Kraków (…)": the city's signer
        for person in people_in_brackets_after(ctx, sentence, city):
            ctx.fact(declaration, "signatory", person.iri, sentence)


# Between two cities of a list: a comma or "i", and maybe an aside in brackets first.
CITY_LIST_GAP = re.compile(r"\s*(?:\([^()]*\))?\s*(?:,|;|\bi\b|\boraz\b|\band\b|,\s*and\b)\s*")


def cities_listed_after(ctx: DocumentContext, sentence: Sentence, start: int) -> list[Mention]:
    """The cities of a list right after a point (within three words), each joined to the one
    before by a comma or "i" (an aside in brackets allowed: "Gdańsk (Paweł Adamowicz), …")."""
    listed: list[Mention] = []
    position = start
    for city in [c for c in ctx.mentions_in(sentence, "city") if c.start >= start]:
        gap = ctx.text(position, city.start)
        if (listed and not CITY_LIST_GAP.fullmatch(gap)) or (not listed and len(gap.split()) > 3):
            break
        listed.append(city)
        position = city.end
    return listed


def people_in_brackets_after(
    ctx: DocumentContext, sentence: Sentence, mention: Mention
) -> list[Mention]:
    return [
        p
        for p in ctx.mentions_in(sentence, "person")
        if re.fullmatch(r"\s*\(\s*", ctx.text(mention.end, p.start))
    ][:1]


# "Sygnatariusze:" over a list or a table of who signed.
SIGNATORIES_LABEL = re.compile(
    r"(?i)\b(?:sygnatariusz\w*(?:\s+(?:deklaracji|dokumentu|apelu|stanowiska|porozumienia|listu))?|"
    r"signatories(?:\s+of\s+the\s+\w+)?)\s*(?:\*\*)?\s*:\s*(?:\*\*)?$"
)


def table_rows_after(ctx: DocumentContext, sentence: Sentence) -> list[Sentence]:
    """The rows of a Markdown table right after a sentence that ends with a colon (its header
    first): a table of signatories is a list of them."""
    if not sentence.text.rstrip(" *").endswith(":"):
        return []
    rows: list[Sentence] = []
    for following in ctx.sentences:
        if following.start < sentence.end:
            continue
        if not following.text.lstrip().startswith("|"):
            break
        if rows and "\n\n" in ctx.text(rows[-1].end, following.start):
            break
        rows.append(following)
    return rows


def cities_as_signers(
    ctx: DocumentContext, sentence: Sentence, declaration: str, signed: bool
) -> None:
    """ "Katowice nie podpisały deklaracji", "dokumentu nie podpisały Katowice", "Kraków i
    Poznań podpisały": a city in the nominative as the subject of (not) signing."""
    english = ctx.doc.language == "en"
    verb = (
        SIGNING_VERB.search(sentence.text)
        or re.search(rf"(?i)\b(?:nie\s+)?{JOIN_VERB}", sentence.text)
        or (ENGLISH_SIGNER_VERB.search(sentence.text) if english else None)
        or ONE_OF_THE_SIGNATORIES.search(sentence.text)
        or AMONG_THE_SIGNATORIES.search(sentence.text)
    )
    joining = re.sub(r"^nie\s+", "", verb.group(0).lower()) if verb else ""
    # ("Katowice nie przyłączyły się do deklaracji": a refusal to join a document)
    refused = (
        verb is not None
        and verb.group(0).lower().startswith("nie")
        and bool(re.search(TO_A_DOCUMENT, sentence.text))
    )
    if verb is None or (joining.startswith(JOIN_STEMS) and not signed and not refused):
        return
    verbs = list(SIGNING_VERB.finditer(sentence.text)) or [verb]
    lacking_end: int | None = None
    for city in ctx.mentions_in(sentence, "city"):
        after_a_lacking_one = lacking_end is not None and re.fullmatch(
            r"\s*(?:,|i|oraz)\s*", ctx.text(lacking_end, city.start)
        )
        if preceded_by(ctx.doc.text, city.start, LACKING) or after_a_lacking_one:
            # "11 z 12 miast UMP – zabrakło Katowic (i Lublina)": the cities lacking (in the
            # genitive) did not sign
            ctx.fact(declaration, "nonSignatoryCity", city.iri, sentence)
            lacking_end = city.end
            continue
        # (the verb of the city's own clause is its own: "podpisało się 11 miast, nie podpisały
        # jej Katowice", "Katowice nie podpisały deklaracji, a Kraków podpisał"; else the
        # nearest before it)
        clause = clause_around(sentence, city.start - sentence.start)
        own = [v for v in verbs if clause[0] <= v.start() < clause[1]]
        before = [v for v in verbs if sentence.start + v.end() <= city.start]
        verb = own[0] if own else (before[-1] if before else verbs[0])
        # A Polish subject is in the nominative (the label as written); English names do not
        # decline ("Cracow", "Lodz").
        if (
            (not english and city.text != ctx.label_pl(city.iri))
            or preceded_by(
                ctx.doc.text, city.start, r"\b(?:[Ww]e?|[Zz]e?|[Dd]o|[Dd]la|[Oo]d|[Pp]rzez)"
            )
            or (english and preceded_by(ctx.doc.text, city.start, r"\b(?:in|at|to|from|for|by|of)"))
        ):
            continue  # not the subject: "w Gdańsku", "dla Krakowa", "in Gdańsk"
        negated = (
            verb.group(0).lower().startswith("nie")
            or bool(verb.groupdict().get("refused"))
            or negated_after(ctx, sentence, city)
            or excepted(ctx, sentence, city)
            # ("…, a Katowice nie znalazły się wśród nich": the city's own clause says no)
            or NOT_AMONG.search(sentence.text[clause[0] : clause[1]]) is not None
        )
        if negated:
            ctx.fact(declaration, "nonSignatoryCity", city.iri, sentence)
        elif signed:
            ctx.fact(declaration, "signatoryCity", city.iri, sentence)


CLAUSE_BREAK = re.compile(
    r",\s+(?:a|ale|zaś|natomiast|lecz|podczas\s+gdy)\b|;|\s[–—]\s|,\s+(?=nie\s)"
)


def clause_around(sentence: Sentence, at: int) -> tuple[int, int]:
    """The clause of the sentence (offsets within it) that holds the position."""
    start, end = 0, len(sentence.text)
    for brk in CLAUSE_BREAK.finditer(sentence.text):
        if brk.end() <= at:
            start = brk.end()
        elif brk.start() >= at:
            end = brk.start()
            break
    return start, end


SIGNING_VERB = re.compile(
    r"(?i)\b(?:nie\s+)?(?:podpisa|sygnowa|parafowa)(?:ł|ła|ło|li|ły)\b|"
    r"\b(?:nie\s+)?popar(?:ł|ła|ło|li|ły)\b|(?P<refused>"
    + REFUSED
    + r"|\bodm(?:ówił|ówiła|ówiło|ówili|ówiły)\b)"
)
LACKING = r"(?i)\b(?:zabrakło|brakowało|brakuje)\s+(?:(?:tylko|jedynie|wyłącznie)\s+)?"


NOT_AMONG = re.compile(r"(?i)\bnie\s+znal(?:az|eź)\w*\s+się\s+(?:\w+\s+)?wśród\b")
# "Wśród sygnatariuszy znalazły się Gdańsk i Kraków", "Kraków znalazł się wśród sygnatariuszy"
AMONG_THE_SIGNATORIES = re.compile(
    r"(?i)\bwśród\s+(?:\w+\s+){0,2}?sygnatariusz\w*\s+(?:\w+\s+)?znal(?:az|eź)\w*\s+się\b|"
    r"(?:\bnie\s+)?\bznal(?:az|eź)\w*\s+się\s+(?:\w+\s+)?wśród\s+(?:\w+\s+){0,2}?sygnatariusz"
)
# "Lublin jest jednym z sygnatariuszy", "Poznań był sygnatariuszem deklaracji".
ONE_OF_THE_SIGNATORIES = re.compile(
    r"(?i)\b(?:jest|był|była|było|są|były|pozostaje)\s+(?:\w+\s+z\s+)?sygnatariusz\w*|"
    # "Sygnatariuszami deklaracji są: Gdańsk, Kraków, …"
    r"\bsygnatariusz\w*\s+(?:\w+\s+){0,3}?(?:są|były|zostały|jest|był|była)\b"
)
# "Kraków and Łódź signed", "are among the signatories", "Katowice did not sign" (English).
ENGLISH_SIGNER_VERB = re.compile(
    r"(?i)\b(?P<refused>did\s+not\s+sign|has\s+not\s+signed|refused\s+to\s+sign|"
    r"declined\s+to\s+sign)\b|\bsigned\b|\bsignator\w*"
)
JOIN_STEMS = ("przyłącz", "dołącz", "przystąp")


def negated_after(ctx: DocumentContext, sentence: Sentence, mention: Mention) -> bool:
    """'prezydent Katowic (w zagranicznej delegacji) jeszcze nie podpisał dokumentu': the
    negated signing verb follows the subject in its clause."""
    # ("Lublin i Warszawa poparły deklarację, nie podpisał jej Gdańsk": the next clause's "nie"
    # is the next clause's)
    clause = re.split(
        r"[;]|\boraz\b|,\s*(?:a|ale|natomiast|zaś|lecz|podczas\s+gdy)\b|,\s*(?=nie\s)|"
        # ("… sygnował deklarację – nie podpisał jej Szczecin", "– Szczecin go nie podpisał";
        # not "– w zagranicznej delegacji – jeszcze nie podpisał")
        r"\s[–—]\s+(?=nie\s|[A-ZŁŚŻŹĆŃÓĘĄ])",
        ctx.text(mention.end, sentence.end),
    )[0]
    # "Podpisów prezydentów Krakowa, Katowic i Rzeszowa pod dokumentem nie ma."
    if re.search(r"(?i)\bpodpis(?:ów|u)\b", ctx.text(sentence.start, mention.start)) and re.search(
        r"\bnie\s+(?:ma|było)\b", clause
    ):
        return True
    if re.search(
        # "Katowice nie przyłączyły się do deklaracji", "prezydent Katowic odmówił podpisania"
        r"\bnie\s+(?:\w+\s+){0,2}?(?:przyłącz\w*|przystąpi\w*|dołącz\w*)|"
        r"\bodm(?:ówi|awia)\w*\s+(?:\w+\s+)?(?:podpisa\w*|złożenia\s+podpisu|przyłączenia|"
        r"przystąpienia|poparcia)|"
        r"\bnie\s+(?:\w+\s+){0,2}?(?:podpisa\w*|sygnowa\w*|popar\w*|złoży\w*\s+(?:\w+\s+)?podpis\w*)|"
        r"\bnie\s+znalaz\w*\s+się\s+(?:\w+\s+)?wśród\s+(?:\w+\s+){0,2}?sygnatariusz",
        clause,
    ):
        return True
    lacking = re.search(r"\b(?:zabrakło|brakowało|brakuje)\b", clause)
    # "Podpisu prezydenta Katowic zabrakło" — but in "…, Warszawy i Wrocławia – pod dokumentem
    # zabrakło tylko Katowic" what is lacking is named after the verb, not before it.
    return lacking is not None and not any(
        m.start >= mention.end + lacking.end() for m in ctx.mentions_in(sentence, mention.kind)
    )


def signed_on(ctx: DocumentContext, sentence: Sentence, declaration: str) -> None:
    """'W piątek 30 czerwca … podpisali … deklaracje': a single day written in the signing
    sentence that is no event's date is the day of signing. The sentence must say someone
    signed: in 'W sobotę Krupa odniósł się do podpisania deklaracji' the day is the reply's."""
    if not SIGNED.search(sentence.text):
        return
    event_days = {(e.first, e.last) for e in ctx.events}
    days = [
        d
        for d in ctx.dates_in(sentence)
        if d.is_day and d.first == d.last and not d.dateline and (d.first, d.last) not in event_days
    ]
    if len(days) == 1 and isinstance(days[0].first, dt.date):
        day = days[0].first
        ctx.fact(
            declaration,
            "signedOn",
            rdflib.Literal(day.isoformat(), datatype=rdflib.XSD.date),
            sentence,
        )


def signed_at(ctx: DocumentContext, sentence: Sentence, declaration: str) -> None:
    event = next(
        (e for e in ctx.events if within(e.sentence, sentence) and e.kind == "Conference"), None
    )
    if event is None:
        # "w piątek w Gdańsku złożył podpis pod deklaracją": where it was signed, said outright.
        if SIGNED.search(sentence.text) and not NEGATION.search(sentence.text):
            places = [
                c
                for c in ctx.mentions_in(sentence, "city")
                if preceded_by(ctx.doc.text, c.start, r"\b(?:w|we|in)")
            ]
            if len(places) == 1:
                ctx.fact(declaration, "signedIn", places[0].iri, sentence)
        return
    ctx.fact(declaration, "signedAt", event.iri, sentence)
    if event.city is not None:
        ctx.fact(declaration, "signedIn", event.city, sentence)
    if event.year:
        ctx.fact(
            declaration,
            "year",
            rdflib.Literal(str(event.year), datatype=rdflib.XSD.gYear),
            sentence,
        )


# --- programmes and projects ------------------------------------------------------------------------


def programme_facts(ctx: DocumentContext, sentence: Sentence) -> None:
    programmes = ctx.mentions_in(sentence, "programme")
    last_programme = programmes[0].iri if programmes else previous_programme(ctx, sentence)
    joint = JOINT.search(sentence.text)
    if joint:
        cue = sentence.start + joint.start()
        before = [p for p in programmes if p.end <= cue]
        # "Program jest wspólną inicjatywą …": a bare "program" refers to the last one named.
        subject = (
            before[-1].iri
            if before
            else (
                last_programme
                if re.search(r"\b[Pp]rogram\w*", sentence.text[: joint.start()])
                or DEMONSTRATIVE_SUBJECT.match(sentence.text)
                else None
            )
        )
        if subject:
            for org in outermost(ctx.mentions_in(sentence, "org", "office", "unit")):
                if org.start >= sentence.start + joint.end():
                    ctx.fact(subject, "initiator", org.iri, sentence)
    for match in INITIATOR.finditer(sentence.text):
        after = [p for p in programmes if p.start >= sentence.start + match.end()]
        before_people = [
            p
            for p in ctx.mentions_in(sentence, "person")
            if p.end <= sentence.start + match.start()
        ]
        if after and before_people:
            ctx.fact(after[0].iri, "initiator", before_people[-1].iri, sentence)
    programme_owners(ctx, sentence, programmes)
    if last_programme is None:
        return
    for pattern, prop in ((IN_PROGRAMME, "participatesIn"), (PREPARING, "preparingToJoin")):
        for match in pattern.finditer(sentence.text):
            clause = re.split(r"[,;:]", sentence.text[: match.start()])[-1]
            if re.search(r"(?i)\b(?:nie|not|never)\b", clause):
                continue  # "Lublin nie został wybrany do programu"
            city = nearest_city_in_clause(
                ctx, sentence, sentence.start + match.start(), sentence.start + match.end()
            )
            if city is not None:
                ctx.fact(city.iri, prop, last_programme, sentence)


def programme_owners(ctx: DocumentContext, sentence: Sentence, programmes: list[Mention]) -> None:
    """ "the Council of Europe Intercultural Cities Programme", "program Rady Europy „Miasta
    Międzykulturowe”": an organisation named right before a programme's name (in Polish, in the
    genitive after "program") runs it."""
    orgs = ctx.mentions_in(sentence, "org")
    for programme in programmes:
        for org in orgs:
            gap = ctx.text(org.end, programme.start)
            if org.end > programme.start or not re.fullmatch(r"(?:'s)?\s*[„\"“]?", gap):
                continue
            english = ctx.doc.language == "en"
            if english or preceded_by(ctx.doc.text, org.start, r"\b[Pp]rogram\w*"):
                ctx.fact(programme.iri, "initiator", org.iri, sentence)
        if ctx.doc.language != "en":
            # "sieci Miast Międzykulturowych Rady Europy i Komisji Europejskiej": the bodies
            # in the genitive right after the name.
            for org in chain_after(ctx, sentence, programme.end, re.compile(r"[\s”\"]*")):
                if org.kind == "org" and genitive(org.text):
                    ctx.fact(programme.iri, "initiator", org.iri, sentence)
    authored = AUTHORED.search(sentence.text)
    opening = re.match(r"[\s*•-]*(?:[Pp]rogram|[Ss]trategi)\w*\s+", sentence.text)
    # "Program powstał …": a bare word at the start refers to the programme named before.
    named_first = (
        bool(programmes)
        and opening is not None
        and programmes[0].start <= (sentence.start + opening.end())
    )
    subject = programmes[0].iri if named_first else previous_programme(ctx, sentence)
    if authored and subject and opening:
        for org in chain_after(ctx, sentence, sentence.start + authored.end()):
            if org.kind in ("org", "office", "unit"):
                ctx.fact(subject, "initiator", org.iri, sentence)


# "Program powstał na bazie strategii wypracowanej przez MOWIS ze Stowarzyszeniem X": the
# bodies that worked out a programme (or the strategy it rests on) initiated it.
AUTHORED = re.compile(
    r"\b(?:wypracowan|opracowan|przygotowan|stworzon|developed|prepared|drafted)\w*\s+"
    r"(?:przez|by)(?:\s+the)?\s+",
    re.IGNORECASE,
)


def nearest_city_in_clause(
    ctx: DocumentContext, sentence: Sentence, cue_start: int, cue_end: int
) -> Mention | None:
    """The city the cue speaks of: the last one before it in its clause, else the first after."""
    cities = [
        c
        for c in ctx.mentions_in(sentence, "city")
        if not preceded_by(ctx.doc.text, c.start, r"\b(w|we)")
    ]
    before = [
        c
        for c in cities
        if c.end <= cue_start and not re.search(r"[.;:]", ctx.text(c.end, cue_start))
    ]
    after = [
        c
        for c in cities
        if c.start >= cue_end and not re.search(r"[,.;:]", ctx.text(cue_end, c.start))
    ]
    return before[-1] if before else (after[0] if after else None)


def previous_programme(ctx: DocumentContext, sentence: Sentence) -> str | None:
    before = [m for m in ctx.mentions if m.kind == "programme" and m.end <= sentence.start]
    return before[-1].iri if before else None


def project_facts(ctx: DocumentContext, sentence: Sentence) -> None:
    """'projekt AKTYWATOR WLKP z Funduszu Azylu, Migracji i Integracji (FAMI) - lider IOM',
    'projekcie ADMIn4ALL "…" Międzynarodowej Organizacji ds. Migracji (IOM)'."""
    projects = merge_adjacent(ctx, ctx.mentions_in(sentence, "project"))
    for i, project in enumerate(projects):
        end = projects[i + 1].start if i + 1 < len(projects) else sentence.end
        for fund in ctx.mentions_in(sentence, "fund"):
            if project.end <= fund.start < end and preceded_by(
                ctx.doc.text, fund.start, r"\b(z|ze|ze środków)"
            ):
                ctx.fact(project.iri, "fund", fund.iri, sentence)
        for org in ctx.mentions_in(sentence, "org", "office"):
            if not project.end <= org.start < end:
                continue
            before = ctx.text(project.end, org.start)
            if LEADER.search(before) or (
                re.fullmatch(r"[\s„”\"]*(?:[„\"][^”\"]*[”\"])?[\s„”\"]*", before)
                and genitive(org.text)
            ):
                ctx.fact(project.iri, "leader", org.iri, sentence)
            elif PARTNERS.search(before):
                ctx.fact(project.iri, "partner", org.iri, sentence)


# "MIP prowadzi Fundacja …", "Projekt realizują wspólnie Miasto Poznań, Fundacja … i IOM":
# verbs of running a project, with the organisations as their subject (in the nominative).
RUNS = re.compile(
    r"\b(?:prowadz[iąę]\w*|realizuj[eą]\w*|koordynuj[eą]\w*|kieruj[eą]\w*|"
    r"prowadził\w*|realizowa(?:ł|ła|ło|li|ły|ć)|koordynowa(?:ł|ła|ło|li|ły|ć)|prowadzić|"
    r"runs|run by|implemented by|led by|coordinated by|"
    # "A, B and the cities of C and D have started work on LINC", "rozpoczęły realizację"
    r"(?:have\s+|has\s+)?(?:started|begun)\s+(?:work\s+on|implementing)|are\s+implementing|"
    r"rozpoczę(?:ł|ła|ło|li|ły)\s+realizację|"
    # "OBM UW przystępuje do nowego projektu …": who joins a project takes part in it
    r"przyst(?:ępuj|ąpi)\w*\s+do\s+(?:now\w+\s+)?projektu)\b",
    re.IGNORECASE,
)
# ("realizuje wspólnie z Fundacją X": the subject runs it with a partner, so it leads; a title
# in quotes, „Razem”, says nothing of who runs it)
# "realizuje wiele projektów", "prowadzi liczne projekty": projects in general
MANY_PROJECTS = re.compile(r"\s+(?:[\w-]+\s+){0,2}?projekt(?:y|ów|ami|ach)\b")
JOINTLY = re.compile(
    r"(?<![„\"])\b(?:wspóln\w*|razem|jointly|together)\b(?!\s+(?:ze?|with)\b)(?![”\"])",
    re.IGNORECASE,
)
PROJECT_WORD = re.compile(r"\b(?:[Pp]rojekt\w*|[Pp]roject)\b")


def in_nominative(ctx: DocumentContext, mention: Mention) -> bool:
    """A name written as its label is in the nominative; an acronym ("IOM") may be any case."""
    if ctx.doc.language == "en":
        return True  # English names do not decline
    label = ctx.label_pl(mention.iri)
    if mention.text == label or mention.text.isupper() or mention.text == ctx.label_en(mention.iri):
        return True
    # A short name ("Zespół UMP ds. …" for the Team): its first word is in the nominative.
    first = mention.text.split()[0]
    return any(
        re.search(r"(?:^|[:.])nom(?:[:.]|$)", tag)
        for _, tag, _ in analyses(first)
        if tag.startswith(("subst", "adj"))
    )


def programmes_by_kind_word(ctx: DocumentContext, sentence: Sentence) -> list[Mention]:
    """ "Program „Gdańsk Otwarty” koordynuje …", "Koordynatorem programu „X” jest …": a
    programme the sentence names after its kind word is what it speaks of, as a project is."""
    return [
        m
        for m in ctx.mentions_in(sentence, "programme")
        if preceded_by(ctx.doc.text, m.start, r"\b[Pp]rogram(?:u|em|ie)?\s*[„\"]?")
        # ("sfinansowała Fundacja X w ramach programu „Y”": the programme holds what is told)
        and not preceded_by(
            ctx.doc.text,
            m.start,
            r"\b(?:w\s+ramach|ze?\s+(?:środków\s+)?|częścią|należy\s+do)\s+[Pp]rogram\w*\s*[„\"]?",
        )
    ]


def project_spoken_of(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """The project a sentence is about: one it names, else — when it says "projekt" — the last
    one named before it."""
    named = ctx.mentions_in(sentence, "project", "programme")
    if named:
        return named[0].iri
    if PROJECT_WORD.search(sentence.text):
        before = [m for m in ctx.mentions if m.kind == "project" and m.end <= sentence.start]
        return before[-1].iri if before else None
    if ITS_AIM.match(sentence.text):
        # "… rozpoczęła projekt „Alfa”. Jego celem jest …": the project of the sentence before
        previous = [s for s in ctx.sentences if s.end <= sentence.start][-1:]
        named_before = ctx.mentions_in(previous[0], "project") if previous else []
        return named_before[-1].iri if named_before else None
    return None


# "Jego celem jest …", "W jego ramach …", "Przedsięwzięcie obejmuje …", "Inicjatywa dotyczy …"
ITS_AIM = re.compile(
    r"[\s*•-]*(?:(?:Jego|Jej)\s+(?:cel\w*|zadani\w*|ofert\w*)|W\s+(?:jego|jej)\s+ramach|"
    r"Przedsięwzięcie|Inicjatywa)\b"
)


PARTNERS_ARE = re.compile(
    # ("Partnerem strategicznym projektu jest m.st. Warszawa": an adjective of the partner)
    r"(?i)\b(?:partner(?:ami|em|ką|zy)\s+(?:[a-ząćęłńóśźż]+(?:ym|ymi|ą|ami)\s+)?"
    r"(?:(?:projektu|programu|przedsięwzięcia|inicjatywy)\s+(?:„[^”]*”\s+)?)?"
    r"(?:są|jest|będą|byli|był)\b|"
    # "a partnerami – A, B", fact sheets: "**Partnerzy:** A, B", "Partners: A, B"
    r"partner(?:ami|zy|s)?\s*(?:projektu\s*)?(?:\*\*)?\s*[:–—-]|"
    r"w\s+partnerstwie\s+ze?\b|partners\s+(?:are|were|include)\b|in\s+partnership\s+with\b|"
    # "It was an inter-agency initiative of A, B and C, in cooperation with D", "realizowany
    # we współpracy z …"
    r"(?:inter-agency\s+|joint\s+)initiative\s+of\b|in\s+cooperation\s+with\b|"
    r"(?:we|przy)\s+współpracy\s+ze?\b|wspóln(?:ą|a)\s+inicjatyw\w+\b|"
    # "realizuje go wspólnie z Gminą Wrocław": who runs it with the leader is a partner
    r"\b(?:go|ją|je)\s+(?:wspólnie|razem)\s+ze?\b|"
    # "W projekcie uczestniczą A i B", "Do projektu przystąpiły miasta: A, B", "w projekcie
    # biorą udział …": who takes part in the project the sentence speaks of is its partner
    r"(?:w|we)\s+projek\w+\s+(?:„[^”]*”\s+)?(?:uczestnicz\w+|(?:bior\w+|bierze|bra(?:ł|l)\w*|weźmie|wezmą|wzię\w+|wziął)"
    r"\s+udział|udział\s+(?:bior\w+|bierze|bra(?:ł|l)\w*|wzię\w+|wziął|weźmie|wezmą))|"
    r"do\s+projek\w+\s+(?:„[^”]*”\s+)?(?:przystąpi\w*|dołączy\w*|przyłączy\w*)(?:\s+się)?)"
)
# "Liderem jest Polskie Forum Migracyjne", "**Lider projektu:** Miasto Poznań", "Lead partner:".
INITIATIVES = ("project", "programme")
# "Koordynatorem Programu jest …": the page's programme, named by its kind word alone.
BARE_PROGRAMME = re.compile(r"\bProgram(?:u|em|ie)?\b(?!\s+(?-i:[A-ZŁŚŻŹĆŃÓĘĄ„\"]))")
LEADER_IS = re.compile(
    r"(?i)\b(?:lider(?:em|ką)?\s+(?:projektu\s+(?:„[^”]*”\s+)?)?(?:jest|był|była|został|została)\b|"
    # "Operatorem / Realizatorem / Beneficjentem / Wnioskodawcą projektu „T” jest X", "Za
    # realizację projektu „T” odpowiada X"
    r"(?:operator|realizator|beneficjent|wnioskodawc)(?:em|ką|ą)\s+projektu\s+(?:„[^”]*”\s+)?"
    r"(?:jest|był|była|było|został|została|zostało)\b|"
    r"za\s+realizację\s+projektu\s+(?:„[^”]*”\s+)?odpowiada(?:ją|ł|ła|ło|li|ły)?\b|"
    # "Koordynatorem Programu jest Wydział …" (a body: a person coordinating holds a post)
    r"koordynatorem\s+(?:projektu|programu)\s+(?:„[^”]*”\s+)?(?:jest|był|została?)\b"
    r"(?=\s+(?-i:[A-ZŁŚŻŹĆŃÓĘĄ]))|"
    r"(?:lider|beneficjent)\w*\s*(?:projektu\s*)?(?:\([^)]*\)\s*)?(?:\*\*)?\s*[:–—-]|"
    r"lead\s+(?:partner|organisation)\s*[:–—-]|(?:project\s+)?(?:promoter|beneficiary)\s*[:–—-]|"
    r"(?:is|was)\s+led\s+by\b)"
)
FUNDED_WORDS = (
    # (the labelled forms first: the label's ":" or the table's "|" is no gap before the funder)
    r"finansowanie\s*(?:\*\*)?\s*[:|]",
    r"finansowan\w*", r"współfinansowan\w*", r"dofinansowan\w*",
    # a fact sheet's "**Źródło finansowania:** Fundacja X" (or its table's row, "| Source of
    # financing | Fundacja X |")
    r"źródł\w*\s+finansowania\s*(?:\*\*)?\s*[:|]",
    r"source\s+of\s+(?:financing|funding)\s*(?:\*\*)?\s*[:|]",
    r"funded", r"co-funded", r"financed", r"funding\s*[:|]",
    # "Działanie sfinansowała Fundacja im. Stefana Batorego": the funder after the verb
    r"(?:s|współ|do)?finansowa(?:ł|ła|ło|li|ły)(?=\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]))",
    # "Projekt „X” finansuje Komisja Europejska", "Środki na projekt przekazała Fundacja Y"
    r"(?:współ|do)?finansuj[eą](?=\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]))",
    r"(?:środki|dotacj\w*|grant\w*)\s+(?:\S+\s+){0,6}?(?:przekaza|przyzna)(?:ł|ła|ło|li|ły)"
    r"(?=\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]))",
    # "został sfinansowany przez …", "sfinansowano ze środków …"
    r"sfinansowan\w*", r"sfinansowano",
    # "dzięki dotacji / wsparciu (finansowemu) Fundacji X", "z grantu Fundacji X", "otrzymał
    # dofinansowanie od X", "uzyskał dotację X": the funding noun and whose it is
    r"dzięki\s+(?:dotacji|wsparciu(?:\s+finansowemu)?|grantowi|środkom|dofinansowaniu)"
    r"(?=\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]))",
    r"z\s+(?:grantu|dotacji)(?=\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]))",
    r"(?:dofinansowanie|dotację|grant|wsparcie\s+finansowe)(?=\s+od\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]))",
    r"(?:uzyska|otrzyma)(?:ł|ła|ło|li|ły)\s+dotację(?=\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]))",
    # "Fundatorem projektu „T” jest X", "Sponsorem projektu została X"
    r"(?:fundator|sponsor|grantodawc)\w*\s+(?:(?:projektu|programu)\s+(?:„[^”]*”\s+)?)?"
    r"(?:jest|był|była|było|został|została|zostało)",
)  # fmt: skip
FUNDED = re.compile(r"(?i)\b(?:" + "|".join(FUNDED_WORDS) + ")")
# The funder as the subject, before its verb: "Fundacja PZU finansuje projekt", "… wsparła
# finansowo projekt", "Komisja Europejska przyznała dofinansowanie na projekt".
FUNDS_AS_SUBJECT = re.compile(
    r"\b(?:(?:s|współ|do)?finans(?:uje|ują|ował|owała|owało|owali|owały)|"
    r"wspar(?:ł|ła|ło|li|ły)\s+finansowo|wspiera(?:ją)?\s+finansowo|"
    r"przyzna(?:ł|ła|ło|li|ły)\s+(?:dofinansowanie|dotację|grant))\s+(?:\w+\s+){0,2}?projekt"
)


def partners_listed(ctx: DocumentContext, item: Sentence) -> None:
    """ "Projekt przygotowano w partnerstwie z:" over "- Fundacją „Port Integracji”, …",
    "- Uniwersytetem Szczecińskim, …": the body each item opens with is a partner of the
    project the line above speaks of."""
    said = colon_intro(ctx, item)
    intro = said if said is not None and PARTNERS_ARE.search(said.text) else None
    intro = intro or partners_heading(ctx, item)
    if intro is None:
        return
    # (a city's programme has partners too: "Program realizowany jest we współpracy z: 1) …")
    named = ctx.mentions_in(intro, "project", "programme")
    before = [m for m in ctx.mentions if m.kind in INITIATIVES and m.end <= intro.start]
    project = named[0].iri if named else (before[-1].iri if before else None)
    if project is None or ctx.kind_of(project) not in INITIATIVES:
        return
    bodies = ctx.mentions_in(item, "org", "office", "unit", "team", "city")
    opening = bodies[0] if bodies else None
    # ("- the Polish Migration Forum Foundation", "- the Municipality of Gdańsk": a city as a
    # partner is its office)
    lead = r"[\s*•\d.)-]*(?:the\s+)?" + (
        r"(?:(?:Municipality|City)\s+of\s+|Gmin[aąy]\s+Miast[ao]\s+|Miast[ao]\s+)?"
        if opening is not None and opening.kind == "city"
        else ""
    )
    if (
        opening is not None
        and opening.iri != project
        and re.fullmatch(lead, ctx.text(item.start, opening.start))
    ):
        iri = (
            ctx.reference.office_of_city.get(opening.iri) if opening.kind == "city" else opening.iri
        )
        if iri is not None:
            ctx.fact(project, "partner", iri, item)


PARTNERS_HEADING = re.compile(r"(?i)\W*(?:partnerzy(?:\s+projektu)?|(?:project\s+)?partners)\W*")


def partners_heading(ctx: DocumentContext, item: Sentence) -> Sentence | None:
    """ "## Partnerzy" right over a list (only its items between): the heading introduces the
    project's partners as "Partnerzy:" does."""
    if not opens_item(ctx, item):
        return None
    for sentence in reversed([s for s in ctx.sentences if s.end <= item.start]):
        if is_section_break(sentence):
            return sentence if PARTNERS_HEADING.fullmatch(sentence.text) else None
        if not (opens_item(ctx, sentence) or in_item(ctx, sentence)):
            return None
    return None


# "| Partner | Country | Role in the project |", "| Partnerzy | Rola |": a column of partners
PARTNER_COLUMN = re.compile(
    r"(?i)^\W*(?:partner(?:s|zy)?|partnerzy\s+projektu|project\s+partners?)\W*$"
)


def partners_in_a_table(ctx: DocumentContext, row: Sentence) -> None:
    """A row of a table whose column of partners names a body: the body is a partner of the
    project the page has named before the table ("| Lublin City Office | Poland | Peer-learning
    lead |")."""
    header = header_of(ctx, row) if row.text.lstrip().startswith("|") else None
    if header is None or header is row:
        return
    titles = [c.text for c in cells(ctx, header)]
    column = next((i for i, t in enumerate(titles) if PARTNER_COLUMN.match(t)), None)
    row_cells = cells(ctx, row)
    if column is None or column >= len(row_cells):
        return
    before = [m for m in ctx.mentions if m.kind == "project" and m.end <= header.start]
    project = before[-1].iri if before else None
    if project is None or ctx.kind_of(project) != "project":
        return
    for body in ctx.mentions_in(row_cells[column], "org", "office", "unit")[:1]:
        ctx.fact(project, "partner", body.iri, row)


# "Projekt organizują A, B i C", "Organizatorami programu „T” są A i B", "The programme is
# organised by A, B and C": who organises a project or a programme runs it
ORGANISE_AN_INITIATIVE = re.compile(
    r"(?i)\b(?:(?:projekt|program)(?:\s+„[^”]*”)?\s+(?:współ)?organizuj(?:e|ą)|"
    r"organizator(?:ami|em|ką|kami)\s+(?:projektu|programu|przedsięwzięcia|inicjatywy)"
    r"(?:\s+„[^”]*”)?\s+(?:są|jest|byli|był|była|będą|będzie)|"
    r"(?:project|programme|program|initiative)\s+(?:is|was|are|were|has\s+been|will\s+be)"
    r"\s+(?:jointly\s+|co-)?(?:organi[sz]ed|run|implemented|coordinated)\s+by)\b"
)


def initiatives_organised_by(ctx: DocumentContext, sentence: Sentence) -> None:
    """The bodies named right after the cue run the project or programme the sentence names, or
    the one named last before it: one leads it, several are its partners."""
    cue = ORGANISE_AN_INITIATIVE.search(sentence.text)
    if cue is None:
        return
    named = ctx.mentions_in(sentence, *INITIATIVES)
    before = [m for m in ctx.mentions if m.kind in INITIATIVES and m.end <= sentence.start]
    if not (named or before):
        return
    initiative = (named or before[-1:])[0]
    bodies = [
        b
        for b in chain_after(ctx, sentence, sentence.start + cue.end())
        if b.kind in ("org", "office", "unit", "team")
    ]
    for body in bodies:
        ctx.fact(initiative.iri, "leader" if len(bodies) == 1 else "partner", body.iri, sentence)


def cue_of_another(
    ctx: DocumentContext, sentence: Sentence, cue: re.Match[str], project: str
) -> bool:
    """Whether the initiative named last before the cue is another than the project."""
    before = [
        m for m in ctx.mentions_in(sentence, *INITIATIVES) if m.end <= sentence.start + cue.start()
    ]
    return bool(before) and before[-1].iri != project


# who may pay for a project: a body, a city's office, a city (through its office), and a unit
# or the Team a page says pays ("finansowany jest przez Zespół UMP …")
FUNDER_KINDS = ("org", "office", "city", "unit", "team")


def project_partners_and_funds(ctx: DocumentContext, sentence: Sentence) -> None:
    """'Partnerami są A, B i C', 'w partnerstwie z Instytutem …', 'Projekt jest finansowany
    z Funduszu …' about the project the sentence speaks of."""
    cue = PARTNERS_ARE.search(sentence.text)
    funded = FUNDED.search(sentence.text)
    leader = LEADER_IS.search(sentence.text)
    refers_back = re.match(
        r"[\s*•\d.-]*(?:It|This|Projekt|Przedsięwzięcie|Trwa|Potrwa|Zadanie|Działanie|Inicjatyw\w*|"
        r"Cykl|(?P<programme>Program|Programu|Programem))\b",
        sentence.text,
    )
    # "It was an initiative of the … (ICC) Programme, …": the subject is the project named
    # before, not a programme the sentence names as a partner ("Projekt „X” …" names itself;
    # so does "Program „X” …", "programu „X”").
    named = ctx.mentions_in(sentence, "project") + programmes_by_kind_word(ctx, sentence)
    if named or not refers_back:
        project = named[0].iri if named else project_spoken_of(ctx, sentence)
    else:
        project = None
    period_label = re.match(r"[\s*•-]*(?:Okres|Czas\s+trwania|Period|Duration)\b", sentence.text)
    leads = bool(bodies_said_to_lead(ctx, sentence))
    # ("Program realizowany jest we współpracy z …", "Koordynatorem Programu jest …": a
    # programme the sentence has for its subject; a programme only named in it is none)
    runs_it = any(
        RUNS_IT.match(ctx.text(b.end, sentence.end)) for b in bodies_said_to_lead(ctx, sentence)
    )
    programme = bool(
        (refers_back and refers_back.group("programme"))
        or BARE_PROGRAMME.search(sentence.text)
        or runs_it
        or programmes_by_kind_word(ctx, sentence)
    )
    if project is None and (cue or funded or refers_back or leader or period_label or leads):
        # "Partnerami są …" on a project's page: the project the page has named.
        kinds = INITIATIVES if programme else ("project",)
        before = [m for m in ctx.mentions if m.kind in kinds and m.end <= sentence.start]
        project = before[-1].iri if before else None
    kind = ctx.kind_of(project) if project is not None else None
    if project is None or not (kind == "project" or (kind == "programme" and programme)):
        return
    for body in bodies_said_to_lead(ctx, sentence):
        # "Miasto Gdańsk jest liderem projektu": a city leads through its office
        iri = ctx.reference.office_of_city.get(body.iri) if body.kind == "city" else body.iri
        if iri is not None and iri != project:
            ctx.fact(project, "leader", iri, sentence)
    if leader:
        first = chain_after(ctx, sentence, sentence.start + leader.end())[:1]
        for body in [b for b in first if b.kind in ("org", "office", "unit", "team", "city")]:
            # "Beneficjent (lider): Miasto Łódź": a city leads a project through its office.
            iri = ctx.reference.office_of_city.get(body.iri) if body.kind == "city" else body.iri
            if iri is not None and iri != project:
                ctx.fact(project, "leader", iri, sentence)
    # ("program ICC, wspólna inicjatywa Rady Europy i Komisji Europejskiej; projekt „T”": the
    # cue speaks of the initiative named right before it)
    if cue and cue_of_another(ctx, sentence, cue, project):
        cue = None
    if cue:
        for m in ctx.mentions_in(sentence, "org", "office", "unit", "team", "city"):
            after = m.start >= sentence.start + cue.end() and m.iri != project
            # ("… wzięło udział 120 osób z Krakowa": where people came from is no partner; but
            # "w partnerstwie z Urzędem …, z Instytutem …" are the cue's own)
            between = ctx.text(sentence.start + cue.end(), m.start)
            whence = not re.search(r"\b(?:ze?|with)\s*$", cue.group(0)) and re.search(
                r"\b(?:z|ze|from)\s", between
            )
            if after and not whence and not preceded_by(ctx.doc.text, m.start, r"\b(?:w|we|in)"):
                ctx.fact(project, "partner", m.iri, sentence)
    paying = FUNDS_AS_SUBJECT.search(sentence.text)
    if paying:
        # "Fundacja PZU finansuje projekt „T”", "Miasto Poznań dofinansowało projekt"
        for body in subject_before(ctx, sentence, sentence.start + paying.start()):
            iri = ctx.reference.office_of_city.get(body.iri) if body.kind == "city" else body.iri
            if body.kind in FUNDER_KINDS and iri and iri != project:
                ctx.fact(project, "funder", iri, sentence)
    if funded:
        for fund in ctx.mentions_in(sentence, "fund"):
            if fund.start >= sentence.start + funded.end():
                ctx.fact(project, "fund", fund.iri, sentence)
        # "funded by the European Union", "finansowany przez Komisję Europejską": a body (not a
        # fund) named right after the cue pays for it.
        for body in chain_after(ctx, sentence, sentence.start + funded.end(), FUNDER_GAP):
            # "dofinansowane przez Gminę Miasto Szczecin": a city pays through its office
            iri = ctx.reference.office_of_city.get(body.iri) if body.kind == "city" else body.iri
            if body.kind in FUNDER_KINDS and iri and iri != project:
                ctx.fact(project, "funder", iri, sentence)
    # A fact sheet's line ("– project promoter: …; partner: …; 1 September 2020 – 30 April
    # 2024") dates the project without a word for its period.
    project_period(ctx, sentence, project, labelled=bool(leader or cue))


# "Fundacja jest liderem projektu", "X was the lead partner": the leader before the verb.
# "Fundacja Ukraina realizuje go wspólnie z Gminą Wrocław": a body that runs "it" (the
# initiative named before) leads it.
RUNS_IT = re.compile(
    r"^\s+(?:realizuj[eą]|prowadz[iąę]|koordynuj[eą]|(?:realizowa|prowadzi|koordynowa)(?:ł|ła|ło|li|ły))"
    r"\s+(?:go|ją|je)\b"
)
LEADS_AFTER_BODY = re.compile(
    r"(?i)^\s+(?:jest|był|była|było|pozostaje|został|została|zostało)\s+(?:jego\s+|jej\s+)?"
    r"(?:lider\w*|beneficjent\w*|wnioskodawc\w*)\b|"
    r"^\s+(?:is|was)\s+(?:the\s+)?(?:lead\s+partner|project\s+leader|leader|beneficiary)\b|"
    + RUNS_IT.pattern
)


def bodies_said_to_lead(ctx: DocumentContext, sentence: Sentence) -> list[Mention]:
    return [
        body
        for body in ctx.mentions_in(sentence, "org", "office", "unit", "city")
        if LEADS_AFTER_BODY.match(ctx.text(body.end, sentence.end))
        and (body.kind != "city" or body.iri in ctx.reference.office_of_city)
    ]


# "Miasto Gdańsk jest partnerem projektu", "Fundacja X jest jednym z partnerów", "Caritas
# została partnerem": the body before the verb is a partner of the project spoken of.
PARTNER_AFTER_BODY = re.compile(
    r"(?i)^\s+(?:jest|był|była|było|są|byli|były|pozostaje|został|została|zostało|zostali|"
    r"zostały)\s+(?:(?:jednym|jedną)\s+z\s+partnerów|(?:jego\s+|jej\s+)?partner(?:em|ką|ami)|"
    r"współrealizator(?:em|ką|ami))\b|"
    r"^\s+(?:is|was|are|were)\s+(?:one\s+of\s+the\s+)?(?:a\s+)?partners?\b"
)


def project_partners_before_the_verb(ctx: DocumentContext, sentence: Sentence) -> None:
    projects_in_apposition(ctx, sentence)
    project = project_spoken_of(ctx, sentence)
    if project is None or ctx.kind_of(project) not in INITIATIVES:
        return
    for body in ctx.mentions_in(sentence, "org", "office", "unit", "city"):
        if body.iri != project and PARTNER_AFTER_BODY.match(ctx.text(body.end, sentence.end)):
            ctx.fact(project, "partner", body.iri, sentence)


# "Fundacja X – lider projektu „T” – zaprasza", "Fundacja X, partner projektu „T”, …",
# "Fundacja X (lider projektu „T”)": the body's role in the project named right after
ROLE_IN_APPOSITION = re.compile(
    r"^\s*(?:,|–|—|-|\()\s*(?P<role>lider|partner|operator|realizator|koordynator)\w*\s+"
    r"(?:(?:strategiczn|merytoryczn|wiodąc|głównym?)\w*\s+)?(?:projektu|programu)\s+$"
)
# "„T” to projekt Fundacji X", "„T” – projekt Urzędu Pracy – wspiera …": whose project it is
PROJECT_OF = re.compile(
    r"^\s*(?:to|jest|,|–|—|-)\s+(?:(?:wspóln|autorsk|now)\w+\s+)?projekt(?:em)?\s+$"
)


def projects_in_apposition(ctx: DocumentContext, sentence: Sentence) -> None:
    projects = ctx.mentions_in(sentence, "project", "programme")
    bodies = ctx.mentions_in(sentence, "org", "office", "unit", "team", "city")
    for body, project in itertools.product(bodies, projects):
        iri = ctx.reference.office_of_city.get(body.iri) if body.kind == "city" else body.iri
        if iri is None:
            continue
        if body.end <= project.start:
            role = ROLE_IN_APPOSITION.match(ctx.text(body.end, project.start).rstrip('„"'))
            if role:
                prop = "partner" if role.group("role") == "partner" else "leader"
                ctx.fact(project.iri, prop, iri, sentence)
        elif project.end <= body.start:
            between = ctx.text(project.end, body.start).lstrip('”"')
            # (whose project: the owner in the genitive, "Stowarzyszenia X", "IOM")
            first = body.text.split()[0]
            if PROJECT_OF.match(between) and (genitive(first) or first.isupper()):
                ctx.fact(project.iri, "leader", iri, sentence)


def period_in(dates: list[DateMention]) -> tuple[dt.date, dt.date] | None:
    """One range of days ("od 1 stycznia 2018 do 31 grudnia 2018"), or two months ("from June
    2018 to May 2019", "od listopada 2022 do grudnia 2023"): from the first day of the one to
    the last day of the other."""
    ranges = [d for d in dates if d.is_day and d.first != d.last]
    if (
        len(ranges) == 1
        and isinstance(ranges[0].first, dt.date)
        and isinstance(ranges[0].last, dt.date)
    ):
        return ranges[0].first, ranges[0].last
    months = [d for d in dates if d.month and d.year and not d.is_day]
    if (
        len(months) == 2
        and months[0].year
        and months[1].year
        and months[0].month
        and months[1].month
    ):
        first = dt.date(months[0].year, months[0].month, 1)
        last_day = calendar.monthrange(months[1].year, months[1].month)[1]
        last = dt.date(months[1].year, months[1].month, last_day)
        return (first, last) if first <= last else None
    return None


# "trwający od 1 stycznia 2018 r. do 31 grudnia 2018 r.", "realizowany w latach …", "runs from":
# the period of a project, as a range of days.
PERIOD = re.compile(
    r"(?i)\b(?:trwa\w*|realizowan\w*|realizacj\w*|prowadzon\w*|potrw\w*|od|runs?|ran|from|"
    r"okres\w*|czas\s+trwania|period|duration)\b"
)


def project_period(
    ctx: DocumentContext, sentence: Sentence, project: str, labelled: bool = False
) -> None:
    """The period a cue word introduces ("trwa od … do …", "Okres realizacji: …"), or the range
    in brackets right after the project's name ("„Rzeszów Otwarty” (1 marca 2021 – 28 lutego
    2023)")."""
    bracketed = [
        d
        for d in ctx.dates_in(sentence)
        for m in ctx.mentions_in(sentence, "project")
        if m.iri == project and re.fullmatch(r"[”\"]?\s*\(\s*", ctx.text(m.end, d.start))
    ]
    if bracketed and not ctx.events_in(sentence):
        period = period_in(bracketed)
        if period is not None:
            state_period(ctx, project, period, sentence)
            return
    if not (labelled or PERIOD.search(sentence.text)) or ctx.events_in(sentence):
        return
    period = period_in(ctx.dates_in(sentence))
    if period is not None:
        state_period(ctx, project, period, sentence)


def state_period(
    ctx: DocumentContext, project: str, period: tuple[dt.date, dt.date], sentence: Sentence
) -> None:
    for prop, day in (("startDate", period[0]), ("endDate", period[1])):
        ctx.fact(project, prop, rdflib.Literal(day.isoformat(), datatype=rdflib.XSD.date), sentence)


# "Projekt realizowany jest przez Caritas Polska", "is implemented by IOM": the agent runs it.
RUN_BY = re.compile(
    r"(?i)\b(?:realizowan\w*|prowadzon\w*|koordynowan\w*|implemented|managed)\s+"
    r"(?:\w+\s+){0,2}?(?:przez|by)\s+(?:the\s+)?"
)
# "… we współpracy z Caritas Archidiecezji …", "in cooperation with …": its partners.
WORKING_WITH = re.compile(
    r"(?i)\b(?:we\s+współpracy\s+z|wspólnie\s+z|razem\s+z|wraz\s+z|in\s+(?:co-?operation|"
    r"collaboration)\s+with)\s+(?:the\s+)?"
)


# "„Miasta Otwarte” to działanie rozpoczęte w ramach akcji społecznej „Włącz się w Polskę”",
# "projekt „X” realizowany w ramach programu „Y”": the initiative after "w ramach" holds the
# one before it.
WITHIN = re.compile(r"(?:\bw\s+ramach\s+(?:[a-ząćęłńóśźż]+\s+){0,3}|\bunder\s+the\s+)[„\"“]?$")


def part_of_a_programme(ctx: DocumentContext, sentence: Sentence) -> None:
    initiatives = ctx.mentions_in(sentence, "project", "programme")
    for outer in initiatives:
        if not WITHIN.search(ctx.text(max(sentence.start, outer.start - 60), outer.start)):
            continue
        inner = next((m for m in initiatives if m.end <= outer.start and m.iri != outer.iri), None)
        if inner is None or ctx.kind_of(inner.iri) != "project":
            continue
        entity = ctx.entities.get(outer.iri)
        if entity is not None and entity.cls == UMP + "Project":
            entity.cls = UMP + "Programme"  # what holds projects is a programme
        if ctx.kind_of(outer.iri) == "programme":
            ctx.fact(inner.iri, "partOfProgramme", outer.iri, sentence)


# "Zespół projektu tworzą:", "W skład zespołu projektu wchodzą:", "Project team:" over a list
# of people
TEAM_OF_THE_PROJECT = re.compile(
    r"(?i)\bzesp(?:ół|ołu)\s+(?:badawcz\w+\s+)?(?:projektu|programu)\b|"
    r"\b(?:project|research)\s+team\b"
)


def project_team_listed(ctx: DocumentContext, item: Sentence) -> None:
    """The people the items under "Zespół projektu tworzą:" open with work on the project the
    page speaks of (ump:teamMember)."""
    intro = colon_intro(ctx, item)
    if intro is None or not TEAM_OF_THE_PROJECT.search(intro.text):
        return
    project = project_spoken_of(ctx, intro)
    if project is None:
        before = [m for m in ctx.mentions if m.kind in INITIATIVES and m.end <= intro.start]
        project = before[-1].iri if before else None
    if project is None or ctx.kind_of(project) not in INITIATIVES:
        return
    people = ctx.mentions_in(item, "person")
    opening = r"[\s*•-]*(?:\d{1,2}[.)])?\s*(?:\*\*)?" + DEGREES
    if people and re.fullmatch(opening, ctx.text(item.start, people[0].start)):
        ctx.fact(project, "teamMember", people[0].iri, item)


def project_runners(ctx: DocumentContext, sentence: Sentence) -> None:
    """Organisations that run a project: one is its leader, several together its partners;
    the agent of a passive ("realizowany przez X") leads it, those it works with are its
    partners, and a body right before the verb ("Caritas Polska prowadzi projekt …") runs it."""
    verb = RUN_BY.search(sentence.text) or RUNS.search(sentence.text)
    project = project_spoken_of(ctx, sentence) if verb else None
    by_kind = [m.iri for m in programmes_by_kind_word(ctx, sentence)]
    if (
        verb is None
        or project is None
        or not (ctx.kind_of(project) == "project" or project in by_kind)
    ):
        return
    if not ctx.mentions_in(sentence, "project") and MANY_PROJECTS.match(sentence.text, verb.end()):
        return  # "X realizuje wiele projektów wspólnie z Y": no one project the page has named
    with_whom = WORKING_WITH.search(sentence.text)
    if with_whom:
        for partner in chain_after(ctx, sentence, sentence.start + with_whom.end()):
            if partner.iri != project:
                ctx.fact(project, "partner", partner.iri, sentence)
    agent = chain_after(ctx, sentence, sentence.start + verb.end())
    if verb.re is RUN_BY:
        for leader in [m for m in agent if m.iri != project and m.kind != "city"][:1]:
            ctx.fact(project, "leader", leader.iri, sentence)
        return
    runners = [m for m in agent if m.iri != project and in_nominative(ctx, m)]
    if not runners and with_whom and with_whom.end() <= verb.start():
        # "Fundacja X razem z Caritas Polska realizuje projekt …": the subject is the body
        # before "razem z", which leads it; those it works with are its partners
        lead = subject_before(ctx, sentence, sentence.start + with_whom.start())
        for runner in lead[-1:]:
            heading = ctx.reference.office_of_city.get(runner.iri, runner.iri)
            ctx.fact(project, "leader", heading, sentence)
        return
    runners = runners or subject_before(ctx, sentence, sentence.start + verb.start())
    if not runners:
        return
    together = (
        len(runners) > 1
        or JOINTLY.search(sentence.text[verb.end() :])
        or verb.group(0).lower().startswith("przyst")
    )
    for runner in runners:
        # A city running a project takes part through its office; a partner may be a city.
        prop = "partner" if together else "leader"
        iri: str | None = runner.iri
        if runner.kind == "city" and prop == "leader":
            iri = ctx.reference.office_of_city.get(runner.iri)  # through its office
        if iri is not None:
            ctx.fact(project, prop, iri, sentence)


# Places that serve migrants and are run by others: "Centrum Wielokulturowe w Krakowie",
# "Punkt Informacyjny dla Cudzoziemców", "Klub …", "Dom …", "Świetlica …"
SERVICE_HEADS = frozenset({"centrum", "punkt", "klub", "dom", "świetlica", "przestrzeń"})
OPERATOR_IS = re.compile(
    r"(?i)\b(?:(?:główn|wiodąc)\w+\s+)?operator(?:em|ką)\s+(?P<of>(?:\S+\s+){0,6}?)"
    r"(?:jest|był|była|została?|zostało|będzie)\s+"
)
CENTRE_PARTNERS = re.compile(
    r"(?i)\bpartner(?:ami|ów|zy)\s+(?P<of>(?:\S+\s+){0,6}?)(?:są|byli|były|będą)\s*:?\s*|"
    r"\bpartner(?:ów|zy)(?:\s+[a-ząćęłńóśźż]+){0,2}\s*:\s*"
)
CENTRE_RUN = re.compile(r"\b(?:prowadz[iąę]|prowadził\w*|prowadzon\w*\s+(?:jest\s+)?przez)\b")
CENTRE_FUNDED = re.compile(r"(?i)\b(?:współ|do)?finansowan\w*\s+(?:(?:jest|są)\s+)?przez\s+")


def service_bodies(ctx: DocumentContext, mentions: list[Mention]) -> list[Mention]:
    return [
        m
        for m in mentions
        if m.kind in ("org", "unit", "venue")
        and any(head_lemma(w) & SERVICE_HEADS for w in ctx.label_pl(m.iri).split()[:2])
    ]


# "część składu Gdańskiej Rady Imigrantów …, od lewej: A, B, C", "W skład Rady weszli: A, B",
# "Członkami Rady zostali: A, B": a body's members listed after a colon
MEMBERS_OF = re.compile(r"(?i)\b(?:(?:w\s+)?skład(?:u|zie)?|członk(?:ami|iniami|owie|inie))\s+$")


def members_listed(ctx: DocumentContext, sentence: Sentence) -> None:
    colon = sentence.text.find(":")
    if colon < 0:
        return
    bodies = [
        b
        for b in outermost(ctx.mentions_in(sentence, "org", "unit", "team"))
        if b.end <= sentence.start + colon
        and MEMBERS_OF.search(ctx.text(max(sentence.start, b.start - 25), b.start))
    ]
    if not bodies:
        return
    for person in ctx.mentions_in(sentence, "person"):
        if person.start > sentence.start + colon:
            ctx.fact(person.iri, "memberOf", bodies[0].iri, sentence)


def the_centre_of(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """The centre the sentence names, else the last one named before it."""
    inside = service_bodies(ctx, ctx.mentions_in(sentence, "org", "unit", "venue"))
    before = service_bodies(ctx, [m for m in ctx.mentions if m.end <= sentence.start])
    centre = inside[0].iri if inside else (before[-1].iri if before else None)
    return None if centre is None or ctx.kind_of(centre) in INITIATIVES else centre


OPENED = re.compile(r"\s+(?:otworzył[aoy]?|otworzyli|uruchomił[aoy]?|uruchomili)\s+$")


def centres_opened_by(ctx: DocumentContext, sentence: Sentence) -> None:
    """ "… w Rzeszowie Fundacja X otworzyła Centrum Integracji Cudzoziemców „Razem”": the body
    that opened a centre, the verb's subject right before it, runs it (ump:leader), and the one
    town the sentence places it in is its seat."""
    bodies = ctx.mentions_in(sentence, "org", "office", "unit", "venue")
    for opener, centre in itertools.pairwise(bodies):
        if not service_bodies(ctx, [centre]) or opener.kind == "venue":
            continue
        if not OPENED.fullmatch(ctx.text(opener.end, centre.start)) or not in_nominative(
            ctx, opener
        ):
            continue
        ctx.fact(centre.iri, "leader", opener.iri, sentence)
        towns = {
            c.iri
            for c in ctx.mentions_in(sentence, "city")
            if preceded_by(ctx.doc.text, c.start, r"\b(?:w|we)")
        }
        if len(towns) == 1:
            ctx.fact(centre.iri, "inCity", towns.pop(), sentence)


def centres_and_their_runners(ctx: DocumentContext, sentence: Sentence) -> None:
    """ "Głównym operatorem Centrum jest Fundacja X", "partnerami Centrum są: …", "Nowe miejsce
    prowadzi Stowarzyszenie Y", "punkt prowadzony przez Z", "Centrum … współfinansowane przez
    Miasto Kraków": a centre's or point's operator (ump:leader), partners and funders."""
    intro = colon_intro(ctx, sentence)
    listed = CENTRE_PARTNERS.search(intro.text) if intro is not None else None
    if intro is not None and listed and not PROJECT_WORD.search(listed.group(0)):
        # "partnerami Centrum są:" over "- Klub Ukraiński w Krakowie – Fundacja Zustricz,"
        centre = the_centre_of(ctx, intro)
        bodies = chain_after(ctx, sentence, sentence.start)
        if centre and bodies and bodies[0].kind != "city" and bodies[0].iri != centre:
            ctx.fact(centre, "partner", bodies[0].iri, sentence)
        return
    inside = service_bodies(ctx, ctx.mentions_in(sentence, "org", "unit", "venue"))
    centre = the_centre_of(ctx, sentence)
    if centre is None:
        return
    operator = OPERATOR_IS.search(sentence.text)
    # ("Operatorem projektu „T” jest X": a project's operator, not the centre's)
    if operator and not PROJECT_WORD.search(operator.group("of")):
        for body in authors_after(ctx, sentence, sentence.start + operator.end())[:1]:
            if body.iri != centre:
                ctx.fact(centre, "leader", body.iri, sentence)
    partners = CENTRE_PARTNERS.search(sentence.text)
    if partners and not PROJECT_WORD.search(partners.group(0)):
        for body in chain_after(ctx, sentence, sentence.start + partners.end()):
            iri = ctx.reference.office_of_city.get(body.iri) if body.kind == "city" else body.iri
            if iri is not None and iri != centre:
                ctx.fact(centre, "partner", iri, sentence)
    run = CENTRE_RUN.search(sentence.text)
    run_centre = next(
        (
            b
            for b in inside
            if run and re.fullmatch(r"\s+", ctx.text(sentence.start + run.end(), b.start))
        ),
        None,
    )
    if run and run_centre is not None and "przez" not in run.group(0):
        # "Caritas Diecezji Rzeszowskiej prowadzi Centrum Integracji …": the subject before the
        # verb runs the centre named right after it
        for runner in subject_before(ctx, sentence, sentence.start + run.start())[:1]:
            if runner.kind != "city" and runner.iri != run_centre.iri:
                ctx.fact(run_centre.iri, "leader", runner.iri, sentence)
    if run and (
        inside or re.match(r"[\s*]*(?:Centrum|Punkt|Miejsce|Przestrzeń|Nowe)", sentence.text)
    ):
        subject = [b for b in inside if b.end <= sentence.start + run.start()]
        if subject or not inside:
            runners = [
                b
                for b in chain_after(ctx, sentence, sentence.start + run.end())
                if b.kind != "city" and (in_nominative(ctx, b) or "przez" in run.group(0))
            ]
            for index, body in enumerate(runners):
                if body.iri != centre:
                    ctx.fact(centre, "leader" if index == 0 else "partner", body.iri, sentence)
    funded = CENTRE_FUNDED.search(sentence.text)
    if funded and inside and inside[0].end <= sentence.start + funded.start():
        for body in chain_after(ctx, sentence, sentence.start + funded.end()):
            iri = ctx.reference.office_of_city.get(body.iri) if body.kind == "city" else body.iri
            if iri is not None and iri != centre:
                ctx.fact(centre, "funder", iri, sentence)


FUNDER_GAP = re.compile(
    # ("finansowany jest przez …", "został sfinansowany przez …": the auxiliary after it)
    r"\s*(?:(?:jest|są|był[aoy]?|byli|został[aoy]?|zostali|zostanie|będzie)\s+)?"
    r"(?:(?:by|przez|ze\s+środków|z\s+budżetu|od|z\s+grantu|z\s+dotacji)\s+(?:the\s+)?)?"
    # ("przez Gminę Miejską Kraków", "ze środków Miasta Stołecznego Warszawy": the city's
    # legal name before it)
    r"(?:Gmin\w+\s+(?:Miejsk\w+|Miasta?|Miastu|Mieście)\s+|Miast\w*\s+(?:Stołeczn\w+\s+)?)?",
    re.IGNORECASE,
)


def subject_before(ctx: DocumentContext, sentence: Sentence, verb: int) -> list[Mention]:
    """The body named in the nominative right before a verb ("Caritas Polska prowadzi"), and
    the bodies and cities listed with it ("IOM Poland, the UMP (…) and the cities of Gdańsk and
    Lublin have started work on …")."""
    named = [
        m
        for m in outermost(ctx.mentions_in(sentence, "org", "office", "unit", "team", "city"))
        if m.end <= verb
        and ctx.text(m.start - 1, m.start) != "("  # "(UMP)" names the one before
        # ("W Gdańsku Fundacja X prowadzi …": a place said with a preposition is no subject)
        and not preceded_by(ctx.doc.text, m.start, SUBJECTLESS_PREPOSITION)
    ]
    if not named or not SUBJECT_TO_VERB.fullmatch(ctx.text(named[-1].end, verb)):
        return []
    # "Oddział X Wydziału Y Małopolskiego Urzędu Wojewódzkiego prowadzi …": the owners in the
    # genitive follow the subject, the first of the chain
    while len(named) > 1 and not ctx.text(named[-2].end, named[-1].start).strip():
        named.pop()
    listed = [named[-1]]
    for earlier in reversed(named[:-1]):
        if not LISTED_BEFORE.fullmatch(ctx.text(earlier.end, listed[0].start)):
            break
        listed.insert(0, earlier)
    if len(listed) == 1 and not (
        in_nominative(ctx, listed[0])
        or MUNICIPALITY_BEFORE.search(ctx.text(sentence.start, listed[0].start))
    ):
        return []
    return listed


# "Gmina Miasta Krakowa realizuje …", "Miasto Stołeczne Warszawa prowadzi …": the municipality's
# legal name in the nominative, whatever the case of the city's name in it
MUNICIPALITY_BEFORE = re.compile(r"(?:^|[\s(])(?:Gmina\s+Miasta|Miasto\s+Stołeczne)\s+$")


# Between a subject and its verb: an acronym in brackets, a time ("od 2016 roku", "w 2023 r.",
# "od lat", "obecnie")
SUBJECT_TO_VERB = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:(?:od|w|do)\s+(?:\d{4}\s+(?:r\.|roku)|lat|wielu\s+lat)\s+|"
    r"(?:obecnie|nadal|wciąż|również|także|też)\s+)?"
)
# Prepositions a subject never follows (Polish and English).
SUBJECTLESS_PREPOSITION = r"(?i)(?<![\w-])(?:w|we|z|ze|do|na|dla|przez|od|przy|po|o|u|dzięki|wśród|in|at|from|with|by|for)"


# Between two subjects of one verb: ", ", " and ", " i ", "oraz", an acronym in brackets, "the
# cities of"; an organisation's country after its name ("IOM Poland, the UMP …").
LISTED_BEFORE = re.compile(
    r"(?:\s+(?:Poland|Polska))?\s*(?:\([^()]*\)\s*)?(?:,|,?\s+and|\s+i|\s+oraz)\s+"
    r"(?:the\s+cities\s+of\s+|the\s+|miasta\s+)?"
)


def chain_after(
    ctx: DocumentContext, sentence: Sentence, start: int, gap: re.Pattern[str] | None = None
) -> list[Mention]:
    """The bodies named right after a point ("Projekt realizują wspólnie Miasto Poznań,
    Fundacja … i IOM"): the first within a few words, the next ones joined to it by a comma,
    "i", "oraz" or "and" — not every body of the sentence ("led by X, supports migrants in
    Lublin")."""
    bodies = [
        m
        for m in outermost(ctx.mentions_in(sentence, "org", "office", "unit", "team", "city"))
        if m.start >= start
    ]
    if not bodies or len(ctx.text(start, bodies[0].start).split()) > 3:
        return []
    if gap is not None and not gap.fullmatch(ctx.text(start, bodies[0].start)):
        return []
    # ("the OSCE Office … (ODIHR), the UN Refugee Agency (UNHCR) and …": an acronym in brackets
    # after a name is part of it)
    bodies = [
        b
        for i, b in enumerate(bodies)
        if not (
            i
            and bodies[i - 1].iri == b.iri
            and re.fullmatch(r"\s*\(", ctx.text(bodies[i - 1].end, b.start))
        )
    ]
    joiner = (
        r"(?:\s*\([A-ZŁŚŻ][\w&.-]{1,14}\))?\s*(?:,|i|oraz|and|,\s*and|/|ze?|wraz\s+ze?)\s*"
        r"(?:the\s+)?"
    )
    return chain_from(ctx, bodies[0], bodies[1:], joiner)


TAKE_PART = re.compile(
    r"\b(?:uczestnicz\w+|bior\w+\s+udział|wzię\w+\s+udział|take[s]?\s+part|took\s+part|"
    r"participat\w+)\s+(?:w|we|in)\s+(?:(?:projek\w*|project)\s+)?$",
    re.IGNORECASE,
)


# "Phase 1 targeted 12 municipalities …", "Projekt objął Lublin, Kraków i Gdańsk", "Partnerami
# projektu są …": the cities a project reaches.
PROJECT_REACH = re.compile(
    r"(?i)\b(?:targeted|targets|covered|covers|involved|involves|"
    r"(?:partner|participating)\s+(?:cities|municipalities)(?:\s+(?:are|were|include[ds]?))?|"
    r"obj(?:ął|ęła|ęło|ęli|ęły|muje|mują|mował\w*)|objęto|"
    r"partnerami\s+(?:projektu\s+)?(?:są|były|byli|zostały|zostali)|"
    r"(?:uczestnicz|bior)\w+\s+(?:udział\s+)?w\s+nim)\b"
)
# The project or a phase of it as the subject: "Phase 1 targeted", "Projekt objął", "It covers".
PROJECT_SUBJECT = re.compile(
    r"(?i)(?:^|\b)(?:the\s+)?(?:project|projekt|phase|faza|etap|it)\b[\w\s]{0,12}$"
)
# A city named after a word for its mayor or office is that office's: "prezydent Krakowa".
CITY_OF_A_POST = r"(?i:\b(?:prezydent\w*|burmistrz\w*|mayor\s+of|urz[ąę]d\w*\s+miasta))"


def cities_a_project_reaches(ctx: DocumentContext, sentence: Sentence) -> None:
    """ "Phase 1 targeted 12 municipalities in Italy (Bari, …), Poland (Poznań, Warsaw, …)" on
    the ADMin4ALL page, "Projekt objął Lublin i Kraków": the cities (not after "w"/"in", nor a
    mayor's) are the partners of the project the sentence or else the page's title names."""
    cue = PROJECT_REACH.search(sentence.text)
    if cue is None:
        return
    named = ctx.mentions_in(sentence, "project")
    project = named[0].iri if named else title_mention(ctx, "project")
    says_partners = re.match(r"(?i)partner|participating|partnerami", cue.group(0)) is not None
    if project is None and says_partners:
        # "… started the project „X”. It is funded by …; partner cities are A, B": the project
        # the paragraph named last
        paragraph = ctx.doc.text.rfind("\n\n", 0, sentence.start)
        earlier = [
            m for m in ctx.mentions if m.kind == "project" and paragraph < m.start < sentence.start
        ]
        project = earlier[-1].iri if earlier else None
    subject = re.split(r"[,;:–—(]", sentence.text[: cue.start()])[-1]
    ends_with_project = any(
        re.fullmatch(r"[\s”\"]*", ctx.text(m.end, sentence.start + cue.start())) for m in named
    )
    if project is None or not (
        ends_with_project or says_partners or PROJECT_SUBJECT.search(subject)
    ):
        return  # "Fieldwork covered Gdańsk …": what reaches the cities is not the project
    for city in ctx.mentions_in(sentence, "city"):
        if city.start < sentence.start + cue.start():
            continue  # the cue comes before the cities it speaks of
        if preceded_by(ctx.doc.text, city.start, r"\b(?:w|we|in|at|to|z|ze|from)") or preceded_by(
            ctx.doc.text, city.start, CITY_OF_A_POST
        ):
            continue
        ctx.fact(project, "partner", city.iri, sentence)


# "Koordynatorką projektu jest Ewa Mikołajczyk", "Anna Kowalska, kierowniczka projektu,",
# "Projektem kieruje Jan Nowak", "the project coordinator is …".
PROJECT_ROLE = re.compile(
    r"(?i)\b(?P<role>koordynator\w*|kierownik\w*|kierowniczk\w*|menedżer\w*|liderk\w*|"
    r"coordinator|manager)\s+projektu\b|\bproject\s+(?P<en>coordinator|manager|lead(?:er)?)\b|"
    r"\b[Pp]rojekt(?:em)?\s+(?P<verb>kieruje|kierował\w*|koordynuje|koordynował\w*)\b"
)
PROJECT_ROLE_TO_PERSON = re.compile(
    r"^\s*(?:(?:jest|był|była|zostaje|został\w*|is|was)\s+|,\s*|\s*[–—:-]\s*|\s+)(?:\w+\s+)?$"
)


def project_roles(ctx: DocumentContext, sentence: Sentence) -> None:
    """The coordinator or manager of a project whose leader the page names holds a
    coordinator's post in the leader ("Koordynatorką projektu jest Ewa Mikołajczyk" on a page
    where Caritas Polska leads the project). Without a leader the post has no organisation."""
    cue = PROJECT_ROLE.search(sentence.text)
    if cue is None:
        return
    if ctx.mentions_in(sentence, "org", "office", "unit"):
        # a body in the sentence: the posts' own rules place the person in it, or — in a
        # contact block, "Koordynatorka projektu: X" over the body's line — the body below
        contact_of_the_project(ctx, sentence, cue)
        return
    named = ctx.mentions_in(sentence, "project")
    projects = {m.iri for m in ctx.mentions if m.kind == "project"}
    # ("Kierownikiem projektu jest X" on a page that names one project: that project)
    project = (
        named[0].iri
        if named
        else title_mention(ctx, "project") or (projects.pop() if len(projects) == 1 else None)
    )
    if project is None:
        return
    leaders = sorted({str(f.o) for f in ctx.facts if f.s == project and f.p.endswith("/leader")})
    end, start = sentence.start + cue.end(), sentence.start + cue.start()
    people = ctx.mentions_in(sentence, "person")
    after = [
        p for p in people if p.start >= end and PROJECT_ROLE_TO_PERSON.match(ctx.text(end, p.start))
    ]
    before = [
        p for p in people if p.end <= start and re.fullmatch(r"\s*,\s*", ctx.text(p.end, start))
    ]
    for person in (after or before)[:1]:
        if len(leaders) == 1:
            add_post(ctx, sentence, person.iri, leaders[0], "koordynator")
        else:
            # no one leader to hold the post in: the person is of the project's team
            ctx.fact(project, "teamMember", person.iri, sentence)


# "X of the Gdańsk City Office, who coordinates the UMP Team", "who has coordinated the Team",
# "X, która koordynuje prace Zespołu", "który koordynował Zespół"
COORDINATES = re.compile(
    r"(?i),\s*(?:who\s+(?:has\s+|had\s+)?coordinat(?:es|ed)|któr[ya]\s+koordyn(?:uje|ował[a]?)"
    r"(?:\s+(?:prace|pracami|działania|działaniami))?)\s+(?:the\s+)?$"
)


def coordinators_by_relative_clause(ctx: DocumentContext, sentence: Sentence) -> None:
    """ "Piotr Kamiński of the Gdańsk City Office, who coordinates the UMP Team for Migration
    and Integration, …": the person the relative clause is about coordinates the body it
    names."""
    people = ctx.mentions_in(sentence, "person")
    for body in ctx.mentions_in(sentence, "team", "org", "unit", "office"):
        before = ctx.text(sentence.start, body.start)
        clause = COORDINATES.search(before)
        if clause is None:
            continue
        at = sentence.start + clause.start()
        person = next((p for p in reversed(people) if p.end <= at), None)
        if person is not None and len(ctx.text(person.end, at).split()) <= 6:
            add_post(ctx, sentence, person.iri, body.iri, "koordynator")


def contact_of_the_project(ctx: DocumentContext, sentence: Sentence, cue: re.Match[str]) -> None:
    """ "Koordynatorka projektu: Magdalena Kos" over "Wydział Spraw Społecznych Urzędu Miasta
    Bydgoszczy": the person coordinates the project from the body on the next line."""
    end = sentence.start + cue.end()
    people = ctx.mentions_in(sentence, "person")
    person = next((p for p in people if re.fullmatch(r"\s*:\s*", ctx.text(end, p.start))), None)
    if person is None:
        return
    bodies = outermost(ctx.mentions_in(sentence, "org", "office", "unit"))
    below = next(
        (b for b in bodies if re.fullmatch(r"[ \t]*\n\s*", ctx.text(person.end, b.start))), None
    )
    if below is not None:
        add_post(ctx, sentence, person.iri, below.iri, "koordynator")


def cities_in_projects(ctx: DocumentContext, sentence: Sentence) -> None:
    """'Poznań, Warsaw, Wrocław, Kraków and Łódź, which take part in Admin4All', 'miasta
    uczestniczące w projekcie X: …': the cities of the clause are the project's partners."""
    cities_a_project_reaches(ctx, sentence)
    for project in ctx.mentions_in(sentence, "project"):
        cue = TAKE_PART.search(ctx.text(max(sentence.start, project.start - 60), project.start))
        if cue is None:
            continue
        clause = re.split(r"[;.]", sentence.text)[0]
        for city in ctx.mentions_in(sentence, "city"):
            in_clause = city.end <= sentence.start + len(clause)
            if in_clause and not preceded_by(ctx.doc.text, city.start, r"\b(w|we|in)"):
                ctx.fact(project.iri, "partner", city.iri, sentence)


# "Model obejmuje jedenaście obszarów (m.in. edukacja …, kultura …)", "stanowisko w sprawie …":
# a document's subjects, written in the sentence that names it.
COVERS = re.compile(
    r"\b(?:obejmuj\w+|obejm(?:ie|ą)|obj(?:ąć|ęł\w*)|polega\w*\s+na|dotycz\w+|w\s+obszar\w+|"
    r"w\s+zakresie|covers?|obszar\w*|filar\w*|"
    # "rozwiązania w wielu dziedzinach: edukacji, ochronie zdrowia …", "w sferze …"
    r"dziedzin\w*|w\s+sferze|w\s+sferach|fields|"
    r"priorytet\w*|areas|pillars|priorities|"
    # "jako fundamenty integracji wymieniono …", "name … as the foundations of integration"
    r"fundament\w*|foundations?|"
    # "wskazali edukację, zakwaterowanie … jako wyzwania", "postulaty dotyczą …", "apelują o
    # wsparcie w …": what a position or an appeal asks for is what it is on.
    r"wyzwa(?:ni\w*|ń)|postula\w*|challenges|demands|"
    # "Deklaracja stwierdza, że …", "Dokument przewiduje / zakłada / podkreśla …": what a
    # document says is what it is on
    r"stwierdza\w*|przewiduj\w*|zakłada\w*|podkreśla\w*|zawiera\s+zapis\w*|"
    # "poradniki zbierają wiedzę o prawie, ochronie zdrowia …", "zawiera informacje o …"
    r"(?:wiedz\w*|informacj\w*|porad\w*)\s+(?:na\s+temat|o)|information\s+(?:on|about))\b",
    re.I,
)


def document_themes(ctx: DocumentContext, sentence: Sentence, themes: ThemeMatcher) -> None:
    intro = colon_intro(ctx, sentence)
    if intro is not None and COVERS.search(without_names(ctx, intro)):
        # "Program obejmuje siedem obszarów:" over "1. edukacja …", "2. mieszkalnictwo": each
        # item names an area of what the line above speaks of
        listed_for = themes_subject(ctx, intro) or kind_named_inside(ctx, intro)
        if listed_for is not None:
            for theme in themes.find(without_names(ctx, sentence)):
                ctx.fact(listed_for, "theme", theme, sentence)
            return
    subject = themes_subject(ctx, sentence)
    # "Raport „Miejska gościnność: wielki wzrost, wyzwania i szanse”": a cue inside a name
    # is part of the name.
    unnamed = without_names(ctx, sentence)
    if subject is None or not COVERS.search(unnamed):
        return
    # "poradniki „A”, „B” i „C” zbierają wiedzę o …": each document of the list
    named = ctx.mentions_in(sentence, "document")
    listed = (
        chain_from(ctx, named[0], named[1:], TITLES_JOINED)
        if named and named[0].iri == subject
        else []
    )
    for document in [m.iri for m in listed] or [subject]:
        for theme in themes.find(unnamed):
            ctx.fact(document, "theme", theme, sentence)


# "Dokument przygotowało Centrum X", "X opublikowała raport „Y”", "raport opracowany przez X",
# "report prepared by X": who prepared, drafted or published a document is its author.
AUTHOR_VERB = re.compile(
    r"\b(?:(?:przygotow|opracow|wyd|opublikow)(?:ał|al|an|uj)|sporządz(?:ił|il|on|a))\w*\b"
    r"(?!\s+się)|"
    r"\b(?:prepared|drafted|published|authored|produced|adopted|issued)\b|"
    # "Zespół … przyjął stanowisko w sprawie …", "Rada Miasta przyjęła uchwałę": the body that
    # adopts a position or a resolution is its author
    r"\bprzyj(?:ął|ęła|ęło|ęli|ęły)\b|\bprzyjęt[eyaio]\w*\s+przez\b|\bwyda(?:ł|ła|ło|li|ły)\b|"
    # "UMP wystosowała apel", "skierowała petycję do Sejmu", "podjęła uchwałę": who sent it
    r"\b(?:wystosow|skierow|sformułow)a(?:ł|ła|ło|li|ły)\b|\bpodj(?:ął|ęła|ęło|ęli|ęły)\b"
)
# "Autorami raportu „X” są A i B", "Autorką opracowania jest …": the authors named after it
AUTHORS_ARE = re.compile(
    r"(?i)\bautor(?:ami|em|ką|kami|zy|ki)\s+(?:(?:raportu|publikacji|opracowania|badania|"
    r"analizy|dokumentu|stanowiska|ekspertyzy|przewodnika|poradnika|strategii|programu|modelu)"
    r"\s+)?(?:„[^”]*”\s+)?"
    r"(?:są|jest|byli|był|była|były|zostali|została|został)\s+"
)
BY = re.compile(r"\s+(?:przez|by)\s+(?:the\s+)?")
# "Autorzy: Konrad Pędziwiatr, Marcin Stonawski", "Autorki i autorzy: …", "Authors: …",
# "Redakcja: …", "Wydawcy: …": a label with a colon, then who wrote, edited or published the
# document named before
AUTHORS_LABEL = re.compile(
    r"(?i)(?<![\w-])(?:(?:współ)?autor(?:zy|ki|ka|)(?:\s+i\s+(?:współ)?autor(?:zy|ki))?|"
    # (who published it is its author, as "X opublikowała raport" says: the vocabulary has
    # no publisher of its own)
    r"redakcja(?:\s+naukowa)?|wydawc(?:a|y)|authors?|editors?|edited\s+by|publishers?)\s*:\s*"
)
# "Dokument", "Raport", "Opracowanie" alone opening a sentence: the document named before
DOCUMENT_ANAPHOR = re.compile(
    r"^[\s*]*(?:Dokument|Raport|Opracowanie|Publikacja|Analiza|Stanowisko|Przewodnik|"
    r"Poradnik|Badanie|The\s+(?:report|document|study|publication))\b(?!\s+[„\"A-ZŁŚŻŹĆŃÓĘĄ])"
)


# "raport Centrum Analiz i Badań UMP „Sąsiedzka pomoc …”": a body in the genitive between the
# kind word (the one names.py reads the quote after as the document's title) and the quoted
# title wrote it
KIND_BEFORE_AUTHOR = DOCUMENT_WORD_BEFORE


def authors_before_titles(ctx: DocumentContext, sentence: Sentence) -> None:
    bodies = outermost(ctx.mentions_in(sentence, "org", "office", "unit", "team"))
    for document in ctx.mentions_in(sentence, "document"):
        body = next(
            (
                b
                for b in bodies
                if b.end <= document.start
                and re.fullmatch(r"\s*[„\"“]", ctx.text(b.end, document.start))
            ),
            None,
        )
        # ("raport Centrum X Uniwersytetu Y „T”": the first of the genitives is the author)
        while body is not None and not KIND_BEFORE_AUTHOR.search(
            ctx.text(max(sentence.start, body.start - 30), body.start)
        ):
            start = body.start
            body = next(
                (b for b in bodies if b.end <= start and not ctx.text(b.end, start).strip()), None
            )
        if body is not None:
            ctx.fact(document.iri, "author", body.iri, sentence)


# "Witold Klaus, Sarian Jarosz (red.), 2023: „…”": a citation's editors, its year, its title
EDITED_BEFORE_TITLE = re.compile(r"\s*\((?:red|oprac)\.\)\s*,?\s*(?:19|20)\d{2}\s*[:.,]\s*[„\"]$")


def editors_of_a_citation(ctx: DocumentContext, sentence: Sentence) -> None:
    """The people listed before "(red.)" in a citation edited (wrote) the title it cites."""
    people = ctx.mentions_in(sentence, "person")
    for document in ctx.mentions_in(sentence, "document"):
        last = [p for p in people if p.end <= document.start]
        if not last or not EDITED_BEFORE_TITLE.fullmatch(ctx.text(last[-1].end, document.start)):
            continue
        chain = [last[-1]]
        for person in reversed(last[:-1]):
            if not re.fullmatch(PEOPLE_JOINED, ctx.text(person.end, chain[0].start)):
                break
            chain.insert(0, person)
        for editor in chain:
            ctx.fact(document.iri, "author", editor.iri, sentence)


def authors_after_the_word(ctx: DocumentContext, sentence: Sentence) -> None:
    """ "Autorami raportu „Miasta w ruchu” są Jan Kowalski i Anna Nowak": the people and bodies
    listed after the copula wrote the document the sentence names (or the one named before)."""
    cue = AUTHORS_ARE.search(sentence.text) or AUTHORS_LABEL.search(sentence.text)
    if cue is None:
        return
    documents = ctx.mentions_in(sentence, "document")
    if cue.re is AUTHORS_LABEL:
        # ("„Imigranci w Krakowie” (2024). Autorzy: …": the title named before the label)
        documents = [d for d in documents if d.end <= sentence.start + cue.start()][-1:]
    document = documents[0].iri if documents else last_document(ctx, sentence)
    if document is None:
        return
    start = sentence.start + cue.end()
    listed = [
        m
        for m in ctx.mentions_in(sentence, "person", "org", "office", "unit", "team")
        if m.start >= start
    ]
    if listed and len(ctx.text(start, listed[0].start).split()) <= 3:
        for author in chain_from(ctx, listed[0], listed[1:], r"\s*(?:,|i|oraz|and)\s*"):
            ctx.fact(document, "author", author.iri, sentence)


# Between a document's kind word and a body its title names as its author: capitalised
# genitives ("Stanowisko Prezydentów Miast Unii Metropolii Polskich …") or "of the"; a
# lower-case word ("w sprawie", "o współpracy z", "between") makes the body what it is about.
DOCUMENT_KIND_WORD = re.compile(
    r"(?i)(?:stanowisk|raport|deklaracj|apel|list|opini|sprawozdani|rekomendacj|uchwał|rezolucj|"
    r"komunikat|oświadczeni|memorand|report|statement|declaration|position|letter)\w*"
)
OWNER_IN_TITLE = re.compile(r"(?:\s+(?:[A-ZŁŚŻŹĆŃÓĘĄ][\w-]*|of|the))*\s+")


# "raport prof. Jana Kowalskiego „…”", "nowy tekst dr. Adama Bulandry i dr. Jakuba Kościółka
# „…”": a document's kind word, then its authors in the genitive (their degrees before them)
DEGREES_BEFORE = r"(?:(?:" + "|".join(sorted(DEGREE_ABBREVIATIONS)) + r")\.?\s+)*"
KIND_BEFORE_PEOPLE = re.compile(
    r"(?i)\b(?:"
    + AUTHORED_DOCUMENT_WORD
    + r"|(?:tekst|artykuł|książk)\w*)\s+"
    + DEGREES_BEFORE
    + r"$"
)
PEOPLE_JOINED = r"\s*(?:,|\bi\b|\boraz\b)\s*" + DEGREES_BEFORE
TITLE_RIGHT_AFTER = re.compile(r"\s*(?:" + TITLE_MARKER + r"\s*)?[„\"“]")


def people_before_titles(ctx: DocumentContext, sentence: Sentence) -> None:
    """The people named in the genitive between a document's kind word and its quoted title
    wrote it ("publikacja dr Anny Nowak pt. „…”")."""
    people = ctx.mentions_in(sentence, "person")
    for document in ctx.mentions_in(sentence, "document"):
        last = [
            p
            for p in people
            if p.end <= document.start
            and TITLE_RIGHT_AFTER.fullmatch(ctx.text(p.end, document.start))
        ]
        if not last:
            continue
        chain = [last[-1]]
        for person in reversed([p for p in people if p.end <= chain[0].start]):
            if not re.fullmatch(PEOPLE_JOINED, ctx.text(person.end, chain[0].start)):
                break
            chain.insert(0, person)
        opening = ctx.text(max(sentence.start, chain[0].start - 60), chain[0].start)
        if KIND_BEFORE_PEOPLE.search(opening):
            for author in chain:
                ctx.fact(document.iri, "author", author.iri, sentence)


def authors_named_in_titles(ctx: DocumentContext, sentence: Sentence) -> None:
    """ "Stanowisko Prezydentów Miast Unii Metropolii Polskich w sprawie uchodźców", "Raport
    Rzecznika Praw Obywatelskich o …", "Report of the Council of Europe on …": the body the
    title names in the genitive before its subject is the document's author."""
    bodies = ctx.mentions_in(sentence, "org", "office", "unit", "team")
    for document in ctx.mentions_in(sentence, "document"):
        if document.iri not in ctx.entities:
            continue  # a known document has its authors in the reference data
        first = document.text.split(maxsplit=1)[0] if document.text.split() else ""
        if not DOCUMENT_KIND_WORD.fullmatch(first):
            continue  # "Miasta UMP wobec migracji": a title, not a kind with its owner
        inside = [b for b in bodies if document.start + len(first) <= b.start < document.end]
        for body in inside[:1]:
            between = ctx.text(document.start + len(first), body.start)
            if OWNER_IN_TITLE.fullmatch(between) or not between.strip():
                ctx.fact(document.iri, "author", body.iri, sentence)


def an_act_in_the_instrumental(word: str) -> bool:
    """ "Uchwałą", "Zarządzeniem", "Decyzją": a numbered act's kind in the instrumental, the
    means by which the sentence's subject acted."""
    return any(
        lemma in NUMBERED_ACT_HEADS and tag.startswith("subst:sg:inst")
        for lemma, tag, _ in analyses(word.lower())
    )


def authors_of_numbered_acts(ctx: DocumentContext, sentence: Sentence) -> None:
    """An act known by its number was issued by the body named right after the number, in the
    genitive ("uchwała nr XII/123/2020 Rady Miasta Lublin"), or, when the act is the means of
    the sentence's action, by the subject right after it ("Uchwałą nr XII/123/2020 Rada Miasta
    Lublin powołała …")."""
    bodies = outermost(ctx.mentions_in(sentence, "org", "office", "unit", "team"))
    for document in ctx.mentions_in(sentence, "document"):
        if document.iri not in ctx.entities or not ACT_TITLE.match(document.text):
            continue
        number = ACT_NUMBER.search(document.text)
        if number is None or not document.text[: number.start()].strip().isalpha():
            continue
        after_number = document.start + number.end()
        issuer = next(
            (
                b
                for b in bodies
                if after_number <= b.start < document.end
                and not ctx.text(after_number, b.start).strip()
            ),
            None,
        )
        if issuer is None and an_act_in_the_instrumental(document.text.split()[0]):
            issuer = next(
                (
                    b
                    for b in bodies
                    if b.start >= document.end and not ctx.text(document.end, b.start).strip()
                ),
                None,
            )
        if issuer is not None:
            ctx.fact(document.iri, "author", issuer.iri, sentence)


def document_authors(ctx: DocumentContext, sentence: Sentence) -> None:
    authors_by_authorship(ctx, sentence)
    authors_of_numbered_acts(ctx, sentence)
    authors_before_titles(ctx, sentence)
    people_before_titles(ctx, sentence)
    authors_named_in_titles(ctx, sentence)
    authors_after_the_word(ctx, sentence)
    editors_of_a_citation(ctx, sentence)
    verb = AUTHOR_VERB.search(sentence.text)
    if verb is None or re.search(r"(?i)\b(?:nie|not|never)\b", sentence.text[: verb.start()]):
        return
    at, after = sentence.start + verb.start(), sentence.start + verb.end()
    documents = ctx.mentions_in(sentence, "document")
    before = [d for d in documents if d.end <= at]
    later = [d for d in documents if d.start >= after]
    anaphor = DOCUMENT_ANAPHOR.match(sentence.text)
    subject = before[-1].iri if before else (last_document(ctx, sentence) if anaphor else None)
    if verb.group(0).lower().startswith("przyj"):
        # a body adopts a position or an appeal as its own voice; a model, a strategy or a
        # programme it adopts ("przyjęty przez Radę Miasta") others wrote
        subject = subject if subject and a_voice(ctx, subject) else None
        later = [d for d in later if a_voice(ctx, d.iri)]
    by = BY.match(sentence.text, verb.end())
    if subject is not None:
        # "Dokument przygotowało Centrum X", "raport opracowany przez Fundację Y"
        start = sentence.start + by.end() if by else after
        for author in authors_after(ctx, sentence, start):
            ctx.fact(subject, "author", author.iri, sentence)
    elif later and by is None:
        # "Centrum X opublikowało raport „Y”": the body right before the verb; "poradniki „A”,
        # „B” i „C”": each document of the list
        for document in chain_from(ctx, later[0], later[1:], TITLES_JOINED):
            for author in bodies_right_before(ctx, sentence, at):
                ctx.fact(document.iri, "author", author.iri, sentence)


# between the quoted titles of a list: "„A”, „B” i „C”"
TITLES_JOINED = r"[”\"“]?\s*(?:,|i|oraz|and|,\s*and)\s*[„\"“]?"


VOICE = re.compile(
    r"(?i)(?:stanowisk|apel|deklaracj|rezolucj|oświadczeni|komunikat|list|position|statement|"
    r"declaration|resolution|appeal)"
)


def a_voice(ctx: DocumentContext, document: str) -> bool:
    """Whether a document is a body's own statement (a position, an appeal, a declaration)."""
    return VOICE.match(ctx.label_pl(document)) is not None


# "Raport przygotowali dla Unii Metropolii Polskich A i B": whom it was written for
FOR_WHOM = re.compile(r"\s+(?:dla|na\s+zlecenie|na\s+zamówienie|for)\s+$")


def authors_after(ctx: DocumentContext, sentence: Sentence, start: int) -> list[Mention]:
    beneficiary = next(
        (
            b
            for b in outermost(ctx.mentions_in(sentence, "org", "office", "unit", "team"))
            if b.start >= start and FOR_WHOM.fullmatch(ctx.text(start, b.start))
        ),
        None,
    )
    start = beneficiary.end if beneficiary is not None else start
    bodies = chain_after(ctx, sentence, start)
    found = [b for b in bodies if b.kind in ("org", "office", "unit", "team")]
    # "Strategię „X” opracowała dr Anna Sokołowska": people, a title between allowed (and
    # before a body their apposition names: "A, dyrektor Centrum X, i B")
    title = ACADEMIC_TITLES.match(ctx.text(start, sentence.end))
    people = people_chain_after(ctx, sentence, start + (title.end() if title else 0))
    if people and (not found or people[0].start < found[0].start):
        return people
    return found or people


# "dr", "dr hab.", "prof.", "mgr" and their like before a name
ACADEMIC_TITLES = re.compile(
    r"\s+(?:(?:dr|dr\.|hab\.|prof\.|mgr|inż\.|n\.\s?med\.|Dr|Prof\.|ks\.)\s+)*(?=\S)"
)
# "Raport „X” autorstwa Jana Kowalskiego", "Publikacja pod redakcją Anny Nowak": who wrote it
AUTHORSHIP = re.compile(r"(?i)\b(?:autorstwa|pod\s+redakcją|pod\s+kierunkiem)\s+")


def authors_by_authorship(ctx: DocumentContext, sentence: Sentence) -> None:
    for cue in AUTHORSHIP.finditer(sentence.text):
        at = sentence.start + cue.start()
        documents = [d for d in ctx.mentions_in(sentence, "document") if d.end <= at]
        document = documents[-1].iri if documents else None
        if document is None:
            continue
        for author in authors_after(ctx, sentence, sentence.start + cue.end() - 1):
            ctx.fact(document, "author", author.iri, sentence)


def bodies_right_before(ctx: DocumentContext, sentence: Sentence, at: int) -> list[Mention]:
    # ("Dr Anna Sokołowska opracowała strategię „X”": a person right before the verb too)
    bodies = [
        b
        for b in outermost(ctx.mentions_in(sentence, "org", "office", "unit", "team", "person"))
        if b.end <= at
    ]
    if not bodies or not re.fullmatch(r"\s*(?:\([^)]*\))?\s*", ctx.text(bodies[-1].end, at)):
        return []
    return [bodies[-1]]


def last_document(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """The document named last before the sentence, in its paragraph or the one before."""
    before = [m for m in ctx.mentions if m.kind == "document" and m.end <= sentence.start]
    if not before or ctx.text(before[-1].end, sentence.start).count("\n\n") > 1:
        return None
    return before[-1].iri


WORD_OF_KIND = {"programme": "progra", "project": "projek"}
# "§ 2. Celem Programu jest … w obszarach:": a kind word in an oblique case inside the sentence.
KIND_INSIDE = re.compile(
    r"\b(?:[Pp]rogram\w*|[Ss]trategi\w*|[Mm]odel\w*|[Pp]rojekt\w*|[Pp]olityk\w*)"
)


def kind_named_inside(ctx: DocumentContext, intro: Sentence) -> str | None:
    """The document, programme or project last named before a list's introduction that speaks
    of it by its kind word anywhere ("Celem Programu jest … w szczególności w obszarach:")."""
    word = KIND_INSIDE.search(intro.text)
    if word is None:
        return None
    stem = word.group(0)[:6].casefold()
    kinds = ("document", "programme", "project")
    before = [m for m in ctx.mentions if m.kind in kinds and m.end <= intro.start]
    of_kind = [
        m
        for m in before
        if stem in ctx.label_pl(m.iri).casefold() or WORD_OF_KIND.get(m.kind) == stem
    ]
    return of_kind[-1].iri if of_kind else None


def themes_subject(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """The document, programme or project a sentence about areas speaks of."""
    kinds = ("document", "programme", "project")
    named = ctx.mentions_in(sentence, *kinds)
    subject = named[0].iri if named else None
    # "Obszary strategii: edukacja, …", "Jego filary to …": the document or programme named
    # before, spoken of by its kind word or a possessive.
    kind_word = re.match(
        r"[\s*•-]*(?:\d{1,2}[.)]\s+)?(?:(?P<kind>[Mm]odel|[Dd]okument|[Ss]tanowisk|[Aa]pel|[Pp]rogram|[Ss]trategi|"
        r"[Pp]rojekt)|[Oo]bszar\w*\s+(?P<of>strategii|programu|modelu|projektu)|[Jj]ego|[Jj]ej)",
        sentence.text,
    )
    if subject is None and kind_word:
        before = [m for m in ctx.mentions if m.kind in kinds and m.end <= sentence.start]
        # "Program obejmuje …" after "zarządzeniem nr 45/2025": the last one of that kind
        stem = (kind_word.group("kind") or kind_word.group("of") or "")[:6].casefold()
        of_kind = [
            m
            for m in before
            if stem and (stem in ctx.label_pl(m.iri).casefold() or WORD_OF_KIND.get(m.kind) == stem)
        ]
        subject = (of_kind or before)[-1].iri if before else None
    if subject is None and SPOKEN_OF_INSIDE.search(sentence.text):
        # "Jako fundamenty integracji wymieniono w niej …", "In the declaration, the mayors name
        # …": the document named last before
        before = [m for m in ctx.mentions if m.kind == "document" and m.end <= sentence.start]
        subject = before[-1].iri if before else None
    if subject is None:
        # "Wskazali edukację … jako wyzwania" on a page titled "Apel prezydentów …": a
        # sentence that names no document of its own speaks of the page's.
        subject = title_mention(ctx, "document")
    if (
        subject is None
        and not ctx.events_in(sentence)
        and not ANOTHER_DOCUMENT.match(sentence.text)
    ):
        # "Podpisali deklarację …" … "Integracja ma objąć pomoc w znalezieniu mieszkania i
        # pracy …": the one signed document the page has told of so far (not "Druga
        # deklaracja dotyczy …", which speaks of another).
        signed = {
            f.s
            for f in ctx.facts
            if f.p in (UMP + "signatory", UMP + "signatoryCity")
            and f.sentence.end <= sentence.start
        }
        subject = signed.pop() if len(signed) == 1 else None
    return subject


# "Druga deklaracja …", "Kolejny dokument …", "Inny apel …": another document than the one told
ANOTHER_DOCUMENT = re.compile(
    r"[\s*•-]*(?i:drug\w*|kolejn\w*|inn\w*|trzeci\w*|następn\w*|ostatni\w*)\s+"
    r"(?i:deklaracj|dokument|apel|stanowisk|porozumieni|list|raport)\w*"
)


SPOKEN_OF_INSIDE = re.compile(
    r"(?i)\b(?:(?:w|według)\s+ni(?:ej|m|ego)|w\s+(?:tej\s+)?deklaracji|w\s+(?:tym\s+)?dokumencie|"
    r"in\s+it|in\s+the\s+(?:declaration|document))\b"
)


# What a project offers or does: "oferuje kursy języka i doradztwo zawodowe", "w ramach
# projektu działają …", "the project provides …".
PROJECT_OFFERS = re.compile(
    r"(?i)\b(?:ofer(?:uje|ują|ował\w*)|obejm(?:uje|ują|ował\w*)|zapewni\w*|świadcz\w*|"
    r"prowadzi(?:|ł|ła|li|ły)\b|organizuj(?:e|ą)|w\s+ramach|działa(?:|ją|ł|ła|ło|li|ły)\b|"
    r"wspier\w*|pomaga\w*|skierowan\w*|adresowan\w*|"
    # "koncentruje się na …", "ma na celu …", "Celem projektu jest …", "poświęcony …",
    # "promuje …", "ułatwia …", "służy …", "zakłada …", "przewiduje …", "zajmuje się …"
    r"koncentruj\w*\s+się|skupi\w*\s+się|ma(?:ją)?\s+na\s+celu|cel(?:em)?|poświęcon\w*|"
    r"promuj\w*|ułatwi\w*|służ(?:y|ą|ył\w*)|zakład(?:a|ają)|przewiduj\w*|zajmuj\w*\s+się|"
    r"odnosi\s+się|temat\w*|przedmiot(?:em)?|zachęca\w*|dotycz\w*|"
    r"offers?|provides?|supports?|aims?|focus\w*|(?:is|are)\s+about|devoted|dedicated|"
    r"deals?\s+with|address(?:es)?|targets?|helps?)\b"
)


def project_themes(ctx: DocumentContext, sentence: Sentence, themes: ThemeMatcher) -> None:
    """What a project does is what it is on: "Projekt oferuje kursy języka polskiego,
    doradztwo zawodowe i pomoc w znalezieniu mieszkania" → education, employment, housing.
    The sentence names the project or speaks of "projekt" after it was named."""
    described_after_a_dash(ctx, sentence, themes)
    offered = offered_in_a_list(ctx, sentence)
    if offered is not None:
        for theme in themes.find(without_names(ctx, sentence)):
            ctx.fact(offered, "theme", theme, sentence)
        return
    project = project_spoken_of(ctx, sentence)
    if project is None or ctx.kind_of(project) != "project":
        return
    if not PROJECT_OFFERS.search(without_names(ctx, sentence)) or TOPIC.search(sentence.text):
        return  # "Temat przewodni: projekty miast … ADMIn4ALL": a meeting's topic, not the project's
    for theme in themes.find(without_names(ctx, sentence)):
        ctx.fact(project, "theme", theme, sentence)


# "projekt „Lublin dla wszystkich” – partycypacyjny model zarządzania różnorodnością": a
# description in lower case after a dash, up to the clause's end or a bracket
DESCRIPTION_AFTER_DASH = re.compile(r"[”\"]?\s*[–—]\s+(?P<what>[a-ząćęłńóśźż][^;.()–—]*)")


def described_after_a_dash(ctx: DocumentContext, sentence: Sentence, themes: ThemeMatcher) -> None:
    """A project or programme and what it is, set off by a dash: the description's themes."""
    for mention in ctx.mentions_in(sentence, "project", "programme"):
        description = DESCRIPTION_AFTER_DASH.match(ctx.doc.text, mention.end)
        if description is None or description.end() > sentence.end:
            continue
        for theme in themes.find(description.group("what")):
            ctx.fact(mention.iri, "theme", theme, sentence)


# "będą mogli skorzystać z:", "W ramach projektu:", "Projekt oferuje:", "The project offers:"
OFFER_INTRO = re.compile(
    r"(?i)\b(?:skorzysta\w*|ofer\w*|zaoferuje|zapewni\w*|w\s+ramach|obejm\w*|"
    r"przewiduje|działania|offers?|provides?|activities|includes?)\b"
)


def offered_in_a_list(ctx: DocumentContext, item: Sentence) -> str | None:
    """ "## Co zaoferuje projekt?" / "…będą mogli skorzystać z:" over "- kursów języka
    polskiego", "- doradztwa zawodowego": an item of a list whose introduction (or the heading
    above it) says what the page's project offers is on that item's themes."""
    intro = colon_intro(ctx, item) or heading_over_list(ctx, item)
    if intro is None:
        return None
    before = [s for s in ctx.sentences if s.end <= intro.start]
    heading = next((s for s in reversed(before) if is_section_break(s)), None)
    said = [intro.text] + ([heading.text] if heading is not None else [])
    if not any(OFFER_INTRO.search(text) for text in said):
        return None
    project = (
        project_spoken_of(ctx, intro)
        or (project_spoken_of(ctx, heading) if heading is not None else None)
        # "## Co oferujemy?" on a project's own page: the offer is the page's project's
        or title_mention(ctx, "project")
    )
    return project if project is not None and ctx.kind_of(project) == "project" else None


def heading_over_list(ctx: DocumentContext, item: Sentence) -> Sentence | None:
    """The heading right above the list an item belongs to ("## Co oferujemy?" over "-
    **kursy języka polskiego** …"), with only other items of that list between them."""
    if not opens_item(ctx, item):
        return None
    for above in reversed([s for s in ctx.sentences if s.end <= item.start]):
        if is_section_break(above):
            return above if above.text.startswith("#") else None
        if not in_item(ctx, above):
            return None
    return None


def title_mention(ctx: DocumentContext, kind: str) -> str | None:
    """The one thing of a kind the page's title names (a document, a project), if one."""
    title = ctx.doc.title.casefold()
    named = {m.iri for m in ctx.mentions if m.kind == kind and m.text.casefold() in title}
    return named.pop() if len(named) == 1 else None


def merge_adjacent(ctx: DocumentContext, mentions: list[Mention]) -> list[Mention]:
    """'ADMIn4ALL "Supporting Social Inclusion …"': two names of one project side by side are one."""
    merged: list[Mention] = []
    for mention in mentions:
        if (
            merged
            and merged[-1].iri == mention.iri
            and re.fullmatch(r"[\s„”\"()]*", ctx.text(merged[-1].end, mention.start))
        ):
            last = merged.pop()
            mention = Mention(
                last.start,
                mention.end,
                ctx.text(last.start, mention.end),
                mention.iri,
                mention.kind,
            )
        merged.append(mention)
    return merged


def an_organ(ctx: DocumentContext, mention: Mention) -> bool:
    """A new body headed by a word for an organ ("Komitet Ekspertów …", "Komisja Rewizyjna")."""
    if mention.kind != "org" or mention.iri not in ctx.entities:
        return False
    # (by its name: the acronym in brackets after it is a mention of it too)
    first = ctx.entities[mention.iri].label_pl.split()[0]
    return any(lemma.lower() in ORGAN_HEADS for lemma, _, _ in analyses(first))


def genitive(text: str) -> bool:
    return any(
        ":gen" in ":" + tag.split(":", 2)[-1].replace(".", ":")
        for _, tag, _ in analyses(text.split()[0])
    )
