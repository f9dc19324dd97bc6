"""One document through every step: sentences, dates, mentions (known, acronyms, new names),
events, relations. The result depends only on the document and the reference data, never on
which other documents are processed or in what order."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import rdflib
from rdflib.namespace import RDF, RDFS, SKOS

from ..config import base_iri, layout
from ..language.morphology import analyses, case_form, given_names, tag_has
from ..language.prepositions import locative_phrase
from ..rdf.convert import rdflib_graph
from ..rdf.read import rdf_files_in, read_rdf
from ..slug import slugify
from ..vocab import UMP_NS as UMP
from .context import DocumentContext, NewEntity, Reference, preceded_by
from .dates import (
    DateMention,
    by_paragraph_years,
    by_row_years,
    by_sentence_years,
    by_tense,
    by_year_headings,
    find_dates,
    sentence_around,
    told_in_the_future,
    told_in_the_past,
)
from .document import SourceDocument
from .events import (
    city_locatives,
    city_of_the_publisher,
    describe_contexts,
    detect_events,
    events_placed_by_their_host,
    team_meetings_without_a_city,
)
from .first_person import our_body_named_bare, state_our_body, the_only_body_of_its_kind
from .furniture import furniture_spans, without_furniture
from .gazetteer import Gazetteer, Mention, ThemeMatcher
from .kind_words import bodies_named_again_by_their_kind
from .lists import (
    listed_document_titles,
    listed_localities,
    listed_people,
    people_listed_after_a_colon,
)
from .names import (
    BODY_HEADS,
    IN_POLAND_WORDS,
    UNIT_HEADS,
    NewName,
    a_branch,
    find_named_bodies,
    find_people,
    find_quoted_projects,
    generic_name,
    genitive,
    head_index,
    head_lemma,
    in_a_patrons_name,
    known_surname_mentions,
    mentions_of,
    overlaps,
    same_body_same_name,
    surname_mentions,
    unquoted_initiative_titles,
)
from .places import (
    compound_town_forms,
    missions_named_by_kind,
    places_named_where,
    seats_in_compound_towns,
    town_written,
    venues_where_held,
)
from .plural_bodies import plural_bodies_in_their_towns
from .relations import directors_of_city_bureaus, find_relations
from .sentences import Sentence, split_sentences

NEW_NAME_CLASSES = {
    "person": "Person",
    "unit": "OrganisationalUnit",
    "org": "NationalOrganisation",
    "venue": "Venue",
    "document": "Document",
    "project": "Project",
    "programme": "Programme",
    "fund": "Fund",
    "city": "Locality",
}
# An acronym has two capitals at least ("IOM", "CeBaM", "UNHCR Polska"): "Białystok (Tadeusz
# Truskolaski)" gives the city's mayor, not another name of the city.
ACRONYM_AFTER = re.compile(
    r"\s*\((?P<acr>(?=[\w.&-]*[A-ZĄĆĘŁŃÓŚŹŻ][\w.&-]*[A-ZĄĆĘŁŃÓŚŹŻ])"
    r"[A-ZĄĆĘŁŃÓŚŹŻ][\w.&-]*(?:\s[A-ZĄĆĘŁŃÓŚŹŻ][\w.&-]*)?)\)"
)


@dataclass(frozen=True)
class Knowledge:
    """The reference data as the extractor uses it, built once per run."""

    graph: rdflib.Graph
    reference: Reference
    themes: ThemeMatcher


def reference_graph(reference_dir: Path, ontology: Path) -> rdflib.Graph:
    graph = rdflib_graph(read_rdf(ontology))
    for path in rdf_files_in([reference_dir]):
        graph += rdflib_graph(read_rdf(path))
    return graph


@cache
def knowledge(reference_dir: Path | None = None, ontology: Path | None = None) -> Knowledge:
    paths = layout()
    graph = reference_graph(reference_dir or paths.reference_dir, ontology or paths.ontology)
    gazetteer = Gazetteer.from_graph(graph)
    cities = {iri: e.label_pl for iri, e in gazetteer.entries.items() if e.kind == "city"}
    offices = {str(c): str(o) for o, c in graph.subject_objects(UMP.officeOf)}
    teams = sorted(str(t) for t in graph.subjects(RDF.type, UMP.Team))
    adjectives = {
        str(label).lower(): str(city)
        for city in graph.subjects(RDF.type, UMP.City)
        for label in graph.objects(city, SKOS.hiddenLabel)
    }
    associations = frozenset(str(a) for a in graph.subjects(RDF.type, UMP.CityAssociation))
    members = {
        association: frozenset(
            str(c) for c in graph.subjects(UMP.memberOf, rdflib.URIRef(association))
        )
        for association in associations
    }
    reference = Reference(
        gazetteer,
        offices,
        city_locatives(cities),
        teams[0] if teams else None,
        adjectives,
        associations,
        members,
        known_city_slugs(gazetteer),
        people_by_surname(graph),
        polish_units(graph),
    )
    return Knowledge(graph, reference, ThemeMatcher(graph))


def polish_units(graph: rdflib.Graph) -> dict[str, str]:
    """The reference units that are an organisation's in Poland, by the organisation: a unit
    named "… Polska" / "… Poland" ("UNHCR Polska")."""
    found = {}
    for unit, parent in sorted(graph.subject_objects(UMP.unitOf)):
        labels = [str(label) for label in graph.objects(unit, RDFS.label)]
        if any(re.search(r"\b(?:Polska|Poland)$", label) for label in labels):
            found[str(parent)] = str(unit)
    return found


def people_by_surname(graph: rdflib.Graph) -> dict[str, tuple[tuple[str, str | None], ...]]:
    """The reference people (the member cities' mayors) by the last word of their name, each
    with the city whose office their post is in."""
    found: dict[str, list[tuple[str, str | None]]] = {}
    for person in sorted(graph.subjects(RDF.type, UMP.Person), key=str):
        label = next(
            (
                str(o)
                for o in graph.objects(person, RDFS.label)
                if isinstance(o, rdflib.Literal) and o.language == "pl"
            ),
            None,
        )
        if label is None or " " not in label:
            continue
        cities = {
            str(city)
            for post in graph.objects(person, UMP.holds)
            for office in graph.objects(post, UMP.postIn)
            for city in graph.objects(office, UMP.officeOf)
        }
        city = cities.pop() if len(cities) == 1 else None
        found.setdefault(label.split()[-1], []).append((str(person), city))
    return {surname: tuple(people) for surname, people in found.items()}


def known_mentions(
    doc: SourceDocument, gazetteer: Gazetteer, team: str | None
) -> tuple[Gazetteer, list[Mention]]:
    """Known names; on a page that names the team in full, a bare 'Zespół' is that team."""
    mentions = gazetteer.find(doc.text)
    aliases: dict[str, str] = {}
    if team and (
        any(m.iri == team for m in mentions)
        or any(m.iri == team for m in gazetteer.find(doc.title))
    ):
        aliases["Zespół"] = team
        # "Zespół UMP w Krakowie": the Union's team, short.
        aliases.update({f"{form} UMP": team for form in TEAM_FORMS})
    if team and any(m.iri == team or m.iri.endswith("/organisation/ump") for m in mentions):
        # "przy Unii ma powstać zespół roboczy ds. migracji i integracji": on a page about the
        # Union, the team described in lower case is the Team.
        aliases.update({description: team for description in TEAM_DESCRIPTIONS})
    if aliases:
        gazetteer = gazetteer.with_aliases(aliases)
        mentions = [m for m in gazetteer.find(doc.text) if not another_team(doc.text, m, team)]
    if team and "Zespół" in aliases:
        mentions = sorted(
            mentions + the_team_in_lower_case(doc.text, mentions, team), key=lambda m: m.start
        )
    # "UMP im. Pawła Adamowicza", "ul. Pawła Adamowicza": a known person as a patron is part of
    # the name of a body or a street, not a mention of the person.
    mentions = [
        m for m in mentions if not (m.kind == "person" and in_a_patrons_name(doc.text, m.start))
    ]
    mentions = [
        m for m in mentions if not (m.kind == "city" and town_adjective_in_a_name(doc.text, m))
    ]
    mentions = [m for m in mentions if not the_union_as_a_territory(doc.text, m)]
    return gazetteer, mentions


# "cudzoziemcy spoza Unii Europejskiej", "na granicy Unii Europejskiej z Białorusią", "35 miast z
# siedmiu państw Unii Europejskiej", "członkostwo Ukrainy w Unii Europejskiej", "people from
# outside the European Union": the Union as a territory or a polity one is in or out of, no
# party to what the page tells (one that funds, "ze środków Unii Europejskiej", is).
EUROPEAN_UNION = "/organisation/unia-europejska"
TERRITORY_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:spoza|poza|granic\w*|państw\w*|krajów|kraj[eau]?|krajach|obywatel\w*|"
    r"członk\w*|terytori\w*|obszar\w*|wewnątrz|na\s+terenie|outside|across|within|"
    r"countries\s+of|member\s+states\s+of|citizens\s+of|borders?\s+of|"
    # ("członkostwo Ukrainy w Unii Europejskiej"; not "pracuje w Unii Europejskiej", a member)
    r"członkostw\w*(?:\s+\w+){0,2}\s+(?:w|we|do))"
    r"(?:\s+(?:członkowsk\w+|sąsiedni\w+|trzeci\w+))?\s+(?:the\s+)?$"
)


def the_union_as_a_territory(text: str, mention: Mention) -> bool:
    return mention.iri.endswith(EUROPEAN_UNION) and bool(
        TERRITORY_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    )


# "Politechnika Gdańska", "Fundacja Gdańska": after a body's head in the nominative, a word that
# is both a town's genitive and its adjective agreeing with the head is the adjective, part of
# the name ("Prezydentka Gdańska" has no body's head; "Rada Miasta Gdańska" a neuter noun).
PREVIOUS_WORD = re.compile(r"(?<![\w-])([A-ZŁŚŻŹĆŃÓĘĄ][\w-]+)\s+$")


def town_adjective_in_a_name(text: str, city: Mention) -> bool:
    before = PREVIOUS_WORD.search(text[max(0, city.start - 40) : city.start])
    if before is None or not head_lemma(before.group(1)) & BODY_HEADS:
        return False
    heads = {
        gender
        for _, tag, _ in analyses(before.group(1))
        if tag.startswith("subst:sg:") and "nom" in tag.split(":")[2].split(".")
        for gender in tag.split(":")[3].split(".")
    }
    return any(
        tag.startswith("adj:sg:")
        and "nom" in tag.split(":")[2].split(".")
        and heads & set(tag.split(":")[3].split("."))
        for _, tag, _ in analyses(city.text)
    )


# "koordynatorka zespołu", "członkowie zespołu", "na posiedzeniu zespołu": on a page that has
# named the Team, the word in lower case after a post's or a meeting's noun refers back to it,
# unless the rest of another body's name follows ("zespołu ekspertów", "zespołu ds. …").
TEAM_IN_LOWER_CASE = re.compile(
    r"\b(?i:koordynator\w*|przewodnicząc\w*|członk\w*|członkini\w*|sekretarz\w*|"
    r"posiedzeni\w*|spotkani\w*|obrad\w*|prac\w*|skład\w*)\s+(?P<team>zespołu|zespołowi|zespołem)"
    r"(?=\s*(?:[,.;:)–—]|$|\s(?:UMP\b|w\b|we\b|z\b|i\b|oraz\b|jest\b|był\w*|został\w*|"
    r"[A-ZŁŚŻŹĆŃÓĘĄ])))",
    re.MULTILINE,
)


def the_team_in_lower_case(text: str, mentions: list[Mention], team: str) -> list[Mention]:
    found = []
    for match in TEAM_IN_LOWER_CASE.finditer(text):
        start, end = match.start("team"), match.end("team")
        if not any(m.start < end and start < m.end for m in mentions):
            found.append(Mention(start, end, match.group("team"), team, "team"))
    return found


def another_team(text: str, mention: Mention, team: str | None) -> bool:
    """ "Zespołu do spraw Równego Traktowania", "Zespół Ekspertów": a bare "Zespół" followed by
    the rest of another body's name is that body, not the Team."""
    if mention.iri != team or mention.text.split()[0] not in TEAM_FORMS:
        return False
    if " " in mention.text:
        # "Zespół UMP ds. Edukacji": the short name followed by another team's subject.
        return re.match(r"\s+(?:ds\.|do\s+spraw)", text[mention.end :]) is not None
    after = re.match(r"\s+(?:ds\.|do\s+spraw|(?P<word>[A-ZŁŚŻŹĆŃÓĘĄ]\w*))", text[mention.end :])
    # "koordynatorka Zespołu Joanna Kowalska": a given name after it begins a person, not the
    # rest of another body's name
    return after is not None and not (
        after.group("word") and any(g.number == "sg" for g in given_names(after.group("word")))
    )


TEAM_FORMS = ("Zespół", "Zespołu", "Zespołowi", "Zespołem", "Zespole")
TEAM_DESCRIPTIONS = (
    tuple(
        f"{team} {kind} {topic}"
        for team in ("zespół", "zespół roboczy", "Zespół", "Zespół roboczy", "Zespół Roboczy")
        for kind in ("ds.", "do spraw")
        for topic in ("migracji i integracji", "Migracji i Integracji")
    )
    + tuple(
        # English pages: "the Union of Polish Metropolises' Team for Migration and Integration"
        f"{team} {kind} {topic}"
        for team in ("Team", "team", "Working Group", "working group")
        for kind in ("for", "on")
        for topic in ("Migration and Integration", "migration and integration")
    )
    + tuple(
        # "the Migration and Integration Team of the Union of Polish Metropolises": the topic first
        f"{topic} {team}"
        for topic in ("Migration and Integration", "migration and integration")
        for team in ("Team", "team", "Working Group", "working group")
    )
)


def bind_acronyms(
    doc: SourceDocument, gazetteer: Gazetteer, mentions: list[Mention]
) -> tuple[Gazetteer, list[Mention]]:
    """'Międzynarodowej Organizacji ds. Migracji (IOM)': the acronym names the thing before it.
    Where the acronym is a known unit of the named organisation ('Biura Wysokiego Komisarza …
    (UNHCR Polska)'), the more specific unit is meant."""
    aliases: dict[str, str] = {}
    replaced: dict[int, Mention] = {}
    by_start = {m.start: m for m in mentions}
    for mention in mentions:
        match = ACRONYM_AFTER.match(doc.text, mention.end)
        if not match:
            continue
        acronym = match.group("acr")
        inner = by_start.get(match.start("acr"))
        if inner and inner.iri != mention.iri:
            entry = gazetteer.entries[inner.iri]
            if mention.iri in entry.unit_of:
                replaced[mention.start] = Mention(
                    mention.start, mention.end, mention.text, inner.iri, inner.kind
                )
        elif inner is None:
            aliases[acronym] = mention.iri
    mentions = [replaced.get(m.start, m) for m in mentions]
    if aliases:
        gazetteer = gazetteer.with_aliases(aliases)
        extra = [
            m
            for m in gazetteer.find(doc.text)
            if m.text in aliases and not any(k.start <= m.start < k.end for k in mentions)
        ]
        mentions = sorted(mentions + extra, key=lambda m: m.start)
    return gazetteer, mentions


# "w Biurze …", "Przedstawicielstwa …", "z polskiego biura …": an office word before a known
# organisation's name.
OFFICE_WORDS = r"(?:przedstawicielstw\w*|biur\w*|oddzia\w*)"
OFFICE_BEFORE = re.compile(rf"(?i)\b(?:polsk\w*\s+)?{OFFICE_WORDS}\s+$")


ACRONYM_BRACKET = re.compile(r"\s*\([^()]{1,20}\)")


def country_offices(text: str, reference: Reference, mentions: list[Mention]) -> list[Mention]:
    """ "Biurze Międzynarodowej Organizacji ds. Migracji (IOM) w Polsce", "przedstawiciela UNHCR
    w Polsce", "polskiego biura IOM": where the reference knows the organisation's unit for
    Poland, an organisation said to be in Poland, or an office before its name, is that unit
    (only this mention: the organisation itself may be meant elsewhere on the page). The unit's
    mention takes in its acronym's bracket, so the acronym does not name the organisation."""
    found: list[Mention] = []
    for mention in mentions:
        if found and mention.start < found[-1].end:
            continue  # inside the unit's mention just made
        unit = reference.polish_unit.get(mention.iri)
        tail = IN_POLAND_AFTER.match(text, mention.end) if unit else None
        office = OFFICE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        office_before = office is not None and office.end() == mention.start
        if office_before and not tail and a_city_right_after(text, mention.end, mentions):
            office_before = False  # "Biuro IOM w Krakowie": an office in one town, a branch
        if unit is None or not (tail or office_before):
            found.append(mention)
            continue
        bracket = ACRONYM_BRACKET.match(text, mention.end)
        end = tail.end() if tail else bracket.end() if bracket else mention.end
        start = office.start() if office is not None and office_before else mention.start
        found.append(Mention(start, end, text[start:end], unit, mention.kind))
    return found


# "rzecznik opolskiego ratusza", "Grzegorz Gawlik z łódzkiego magistratu": the press's words
# for a town's office, its adjective and "ratusz" or "magistrat"; "stołeczny ratusz" is
# Warsaw's (the adjective of the capital)
TOWN_HALL = re.compile(
    r"(?<![\w-])(?P<adjective>[a-ząćęłńóśźż]+)\s+(?:ratusz|magistrat)(?:a|u|owi|em|ie)?(?![\w-])"
)
# ("w rzeszowskim ratuszu", "przed gdańskim magistratem": the building, a place)
BUILDING_BEFORE = re.compile(r"(?i)(?<![\w-])(?:w|we|przy|przed|pod|na)\s+$")


def town_halls(text: str, reference: Reference, mentions: list[Mention]) -> list[Mention]:
    """A town's town hall named by the town's adjective is the town's office, where the
    reference knows the office; not the building a preposition of place names."""
    found = []
    for match in TOWN_HALL.finditer(text):
        if overlaps(match.start(), match.end(), mentions) or BUILDING_BEFORE.search(
            text, max(0, match.start() - 8), match.start()
        ):
            continue
        office = reference.office_of_city.get(
            reference.city_of_adjective_form(match["adjective"]) or ""
        )
        if office is not None:
            found.append(Mention(match.start(), match.end(), match.group(0), office, "office"))
    return found


def a_city_right_after(text: str, end: int, mentions: list[Mention]) -> bool:
    """Whether a reference city is named right after `end`, as a seat ("… (IOM) w Krakowie")."""
    seat = re.match(r"(?:\s*\([^()]{1,20}\))?\s+we?\s+", text[end : end + 40])
    return seat is not None and any(
        m.kind == "city" and m.start == end + seat.end() for m in mentions
    )


def new_name_mentions(
    ctx_base: str, doc: SourceDocument, known: list[Mention], reference: Reference
) -> tuple[list[Mention], list[Mention], list[NewName]]:
    """New names; a quoted project title wins over known names inside it ('Białystok bez barier')."""
    quoted = [
        q
        for q in find_quoted_projects(doc.text)
        if not any(m.start == q.start and m.end == q.end for m in known)
    ]
    quoted += unquoted_repeats_of_titles(doc.text, quoted, known)
    known = [m for m in known if not any(q.start <= m.start < q.end for q in quoted)]
    names = quoted + [p for p in find_people(doc.text, known, doc.language) if not a_town(p)]
    taken = known + mentions_of(names)
    bodies = find_named_bodies(
        doc.text, taken + seats_in_compound_towns(doc.text, taken), doc.language
    )
    # (a seat said by an adjective may make two names of the page one: same_body_same_name)
    names += same_body_same_name(seated_by_a_town_adjective(doc.text, bodies, reference, known))
    names += unquoted_initiative_titles(doc.text, known + mentions_of(names))
    sentences = split_sentences(doc.text)
    names += listed_localities(
        doc.text, sentences, known + mentions_of(names), reference.city_slugs
    )
    # ("prezydent Żuk zastrzegł": a reference mayor by his surname, no town Żuki in a town's slot)
    mayors = known_surname_mentions(doc.text, reference, names, known + mentions_of(names))
    names += places_named_where(doc.text, known + mayors, names, doc.language)
    if doc.language != "en":
        names += venues_where_held(doc.text, known + mentions_of(names))
    names += missions_named_by_kind(doc.text, known + mentions_of(names))
    names += listed_document_titles(doc.text, known + mentions_of(names))
    names += listed_people(doc.text, sentences, known + mentions_of(names))
    names += people_listed_after_a_colon(doc.text, sentences, known + mentions_of(names))
    mentions = [Mention(n.start, n.end, n.text, n.iri(ctx_base), n.kind) for n in names]
    return known, mentions, names


def a_town(person: NewName) -> bool:
    """ "w Wodzisławie Śląskim", "do Wodzisława Śląskiego": a given name and a surname-like
    adjective that decline as a town of two words are that town, not a person."""
    return " " in person.text and compound_town_forms().get(person.text) is not None


SEAT_AT_THE_END = re.compile(r"\swe?\s+[A-ZŁŚŻŹĆŃÓĘĄ][\w-]+$")
NAME_WORD = re.compile(r"[\w-]+")


def seated_by_a_town_adjective(
    text: str, names: list[NewName], reference: Reference, known: list[Mention]
) -> list[NewName]:
    """ "koordynator warszawskiego Centrum Wielokulturowego", "dyrektor wrocławskiego Oddziału
    IPN": a town's adjective, written small before a body whose name needs its town (a name
    too generic to tell one body alone, or a branch's), says that seat: "Centrum Wielokulturowe
    w Warszawie" (a capitalised adjective is a word of the name: "Krakowskie Centrum …")."""
    found = []
    for name in names:
        city = town_adjective_before(text, name.start, reference)
        if city is not None and seat_from_another_mention(name):
            # ("dyrektorka MOPR w Poznaniu" … "z lubelskiego MOPR": the seat the page gave the
            # name elsewhere is another town's body; the adjective says this one's)
            name = replace(name, base=SEAT_AT_THE_END.sub("", name.base))
        if city is None or name.kind not in ("org", "unit") or SEAT_AT_THE_END.search(name.base):
            found.append(name)
            continue
        surface = name.base.split()
        head = head_index(surface)
        words = list(NAME_WORD.finditer(text, name.start, name.end))
        if head is None or not (
            generic_name(surface, head) or a_branch(surface, head, words, known)
        ):
            found.append(name)
            continue
        town = case_form(reference.gazetteer.entries[city].label_pl, "loc")
        found.append(replace(name, base=f"{name.base} {locative_phrase(town)}"))
    return found


def seat_from_another_mention(name: NewName) -> bool:
    """Whether the name's seat is not written where it stands: the page named the body with its
    town elsewhere (`same_body_same_name`)."""
    return bool(SEAT_AT_THE_END.search(name.base)) and not SEAT_AT_THE_END.search(name.text)


def town_adjective_before(text: str, start: int, reference: Reference) -> str | None:
    """The city whose adjective, written small, stands right before `start` ("wrocławskiego")."""
    before = re.search(r"(?<![\w-])([a-ząćęłńóśźż]+)\s+$", text[max(0, start - 30) : start])
    return None if before is None else reference.city_of_adjective_form(before.group(1))


def unquoted_repeats_of_titles(
    text: str, quoted: list[NewName], known: list[Mention]
) -> list[NewName]:
    """ "# Program Integracyjny – Razem We Wrocławiu 2024" over "„Program Integracyjny – Razem
    we Wrocławiu 2024” to …": a quoted title written again without quotes (a heading may
    capitalise every word) is the same initiative, not a shorter name inside it."""
    found: list[NewName] = []
    for name in quoted:
        if len(name.text.split()) < 3:
            continue  # a short title ("Razem") may be an ordinary word elsewhere
        pattern = r"(?<![\w„“\"])" + re.escape(name.text) + r"(?![\w”\"])"
        for match in re.finditer(pattern, text, re.IGNORECASE):
            start, end = match.start(), match.end()
            if any(n.start < end and start < n.end for n in [*quoted, *found]) or any(
                m.start < end and start < m.end and not (start <= m.start and m.end <= end)
                for m in known
            ):
                continue  # (names inside it, "Wrocławiu", give way as they do to quotes)
            found.append(replace(name, start=start, end=end, text=match.group(0)))
    return found


def known_city_slugs(gazetteer: Gazetteer) -> frozenset[str]:
    """Every name of a reference city as a slug ("krakow", "cracow"), so that a spelling the
    gazetteer does not match (no diacritics) is never taken for a new place. Built once with
    the reference data, not per page."""
    names = [
        name
        for iri, entry in gazetteer.entries.items()
        if entry.kind == "city"
        for name in (entry.label_pl, entry.label_en, iri.rsplit("/", 1)[-1])
    ]
    names += [f for f, iri in gazetteer.forms.items() if gazetteer.entries[iri].kind == "city"]
    return frozenset(slugify(name) for name in names)


def extract(doc: SourceDocument, know: Knowledge | None = None) -> DocumentContext:
    know = know or knowledge()
    base = base_iri()
    # Names are looked for in the article only: bylines, photo credits, share and tag lines
    # are blanked (offsets kept), so their people and offices are not the page's.
    furniture = furniture_spans(doc.text)
    article = replace(doc, text=without_furniture(doc.text, furniture))
    page_time = time_of_the_page(doc)
    gazetteer, mentions = known_mentions(article, know.reference.gazetteer, know.reference.team)
    gazetteer, mentions = bind_acronyms(article, gazetteer, mentions)
    mentions = country_offices(article.text, know.reference, mentions)
    mentions = sorted(
        mentions + town_halls(article.text, know.reference, mentions), key=lambda m: m.start
    )
    mentions, new_mentions, new_names = new_name_mentions(base, article, mentions, know.reference)
    # "Miejski Ośrodek Wspierania Inicjatyw Społecznych (MOWIS)": later "MOWIS" is that body,
    # not a body of its own ("the ODIHR training course")
    new_names, new_mentions = without_bare_acronyms(new_names, new_mentions)
    mentions, new_names, new_mentions = without_patrons_of_bodies(mentions, new_names, new_mentions)
    new_mentions += acronym_mentions(article.text, new_names, base, mentions + new_mentions)
    new_mentions += implicit_acronym_mentions(
        article.text, new_names, base, mentions + new_mentions
    )
    new_mentions += repeated_title_mentions(article.text, new_names, base, mentions + new_mentions)
    new_mentions += surname_mentions(article.text, new_names, mentions + new_mentions, base)
    new_mentions += known_surname_mentions(
        article.text, know.reference, new_names, mentions + new_mentions
    )
    ctx = DocumentContext(
        doc=doc,
        furniture=furniture,
        base=base,
        reference=know.reference,
        sentences=split_sentences(doc.text),
        dates=by_tense(
            doc.text,
            by_paragraph_years(
                doc.text,
                by_sentence_years(
                    doc.text,
                    by_year_headings(
                        doc.text,
                        by_row_years(
                            doc.text,
                            find_dates(
                                doc.text,
                                page_time,
                                day_known=day_of_the_page(doc) is not None,
                            ),
                        ),
                    ),
                ),
            ),
            *tense_window(doc, page_time),
        ),
        mentions=sorted(mentions + new_mentions, key=lambda m: m.start),
    )
    for date in ctx.dates:
        if date.problem:
            ctx.problems.append(
                f"{doc.path}:{doc.line_of(date.start)}: {date.problem} — not used; correct the date in the source"
            )
    register_new_names(ctx, new_names)
    bare_town_office_is_the_pages(ctx)
    bare_town_council_is_the_pages(ctx)
    city_offices_by_their_acronym(ctx)
    polish_names_in_brackets(ctx)
    our_body_named_bare(ctx)
    the_only_body_of_its_kind(ctx)
    team_named_short(ctx)
    one_document_named_twice(ctx)
    one_project_named_short(ctx)
    one_body_named_short(ctx)
    bodies_named_again_by_their_kind(ctx)
    detect_events(ctx)
    describe_contexts(ctx, know.themes)
    find_relations(ctx, know.themes)
    state_our_body(ctx)
    parts_named_in_names(ctx)
    units_for_poland(ctx)
    cities_of_their_officers(ctx)
    place_the_unplaced(ctx)
    plural_bodies_in_their_towns(ctx)
    events_placed_by_their_host(ctx)  # where the bodies are is known by now
    team_meetings_without_a_city(ctx)
    days_of_an_event_told_apart(ctx)
    units_of_the_publishing_office(ctx)
    qualify_units(ctx)
    directors_of_city_bureaus(ctx)
    return ctx


# "Przedstawicielstwo Wysokiego Komisarza … (UNHCR) w Polsce", "IOM Office in Poland",
# "Polskie biuro Międzynarodowej Organizacji …": an organisation's office for the country.
FOR_POLAND = re.compile(
    rf"(?i)^(?:(?:{OFFICE_WORDS}|office|representation|mission)\b.*"
    rf"\b(?:{IN_POLAND_WORDS}|in\s+Poland\b)"
    rf"|polsk\w*\s+{OFFICE_WORDS}\b.*)$"
)


IN_POLAND_AFTER = re.compile(rf"\s*(?:\([^()]{{1,20}}\))?\s+(?:{IN_POLAND_WORDS}|in\s+Poland\b)")


def without_patrons_of_bodies(
    known: list[Mention], names: list[NewName], mentions: list[Mention]
) -> tuple[list[Mention], list[NewName], list[Mention]]:
    """ "the Paweł Adamowicz Centre for Analysis and Research", "the John Paul II Hall": a
    person named inside a body's or a place's name is its patron, not a person of the page
    (as "imienia Pawła Adamowicza" is in Polish)."""
    bodies = [m for m in mentions if m.kind in ("org", "unit", "venue")]

    def inside_a_body(start: int, end: int) -> bool:
        return any(
            b.start <= start and end <= b.end and (b.start, b.end) != (start, end) for b in bodies
        )

    return (
        [m for m in known if m.kind != "person" or not inside_a_body(m.start, m.end)],
        [n for n in names if n.kind != "person" or not inside_a_body(n.start, n.end)],
        [m for m in mentions if m.kind != "person" or not inside_a_body(m.start, m.end)],
    )


def units_for_poland(ctx: DocumentContext) -> None:
    """A new unit named as a known organisation's office in Poland is the reference's unit for
    Poland where it has one ("Przedstawicielstwo … (UNHCR) w Polsce" is UNHCR Polska)."""
    renamed = {}
    for mention in ctx.mentions:
        entity = ctx.entities.get(mention.iri)
        # "Przedstawicielstwa … (UNHCR) w Polsce": the bracket and the country may follow
        tail = IN_POLAND_AFTER.match(ctx.doc.text, mention.end)
        end = tail.end() if tail else mention.end
        if entity is None or not FOR_POLAND.match(ctx.text(mention.start, end).strip()):
            continue
        inner = [
            m.iri
            for m in ctx.mentions
            if m is not mention and mention.start <= m.start and m.end <= end
        ]
        unit = next(
            (ctx.reference.polish_unit[i] for i in inner if i in ctx.reference.polish_unit), None
        )
        if unit is not None:
            renamed[mention.iri] = unit
    ctx.rename(renamed)


def city_of_the_seat_in(ctx: DocumentContext, label: str, sentence: Sentence) -> str | None:
    """The city a name's seat names: a reference city ("… w Warszawie" → Warszawa), else a town
    GeoNames knows ("Miejski Ośrodek Pomocy Społecznej w Sopocie" → Sopot), a locality of the
    page as a town a page says something is in is."""
    seat = SEAT_AT_THE_END.search(label)
    if seat is None:
        return None
    written = seat.group(0).split()[-1]
    iri = ctx.reference.gazetteer.forms.get(written)
    entry = ctx.reference.gazetteer.entries.get(iri) if iri else None
    if entry is not None:
        return iri if entry.kind == "city" else None
    town = town_written(written) if ctx.doc.language != "en" else None
    if town is None:
        return None
    iri = ctx.iri("city", slugify(town.polish))
    return ctx.entity(iri, "Locality", town.polish, town.polish, sentence)


def in_the_genitive(word: str) -> bool:
    """Whether SGJP reads the word in the genitive; an adjective as an adjective ("Czerwony"
    is also read as a noun's genitive plural, not as the adjective's genitive)."""
    adjective = [tag for _, tag, _ in analyses(word) if tag.startswith("adj")]
    if adjective:
        return any(tag_has(tag, 2, "gen") for tag in adjective)
    return genitive(word)


def spelt_out(ctx: DocumentContext, unit: str, parent: Mention) -> str | None:
    """A unit named with its organisation's acronym is labelled as a register names it, the
    organisation spelt out ("Biuro UMP" → "Biuro Unii Metropolii Polskich", as the reference
    names the Board "Zarząd Unii Metropolii Polskich"), under the IRI of that label: the IRI
    it takes, if it changes."""
    entity = ctx.entities[unit]
    full = ctx.label_pl(parent.iri)
    acronym = parent.text
    if not acronym.isupper() or not entity.label_pl.endswith(" " + acronym) or " " not in full:
        return None
    spelt = case_form(full, "gen")
    # ("Polski Czerwony Krzyża": where the name's words were not all put in the genitive, the
    # acronym, as written, names the organisation better)
    if not all(in_the_genitive(w) for w in spelt.split() if w[:1].isupper()):
        return None
    entity.label_pl = entity.label_pl[: -len(acronym)] + spelt
    entity.label_en = entity.label_pl
    new = ctx.iri("organisation", slugify(entity.label_pl))
    return new if new != unit else None


def parts_named_in_names(ctx: DocumentContext) -> None:
    """A new body whose name holds a known organisation's name is a unit of it ("Biuro UMP",
    "Przedstawicielstwo Komisji Europejskiej w Polsce", "IOM Office in Italy"); one whose name
    holds a city is in that city ("Wrocław Centre for Social Development", "Rada Miasta
    Krakowa")."""
    bodies = {
        UMP + "OrganisationalUnit",
        UMP + "NationalOrganisation",
        UMP + "Organisation",
        UMP + "Venue",
    }
    renamed: dict[str, str] = {}
    for mention in ctx.mentions:
        entity = ctx.entities.get(mention.iri)
        if entity is None or entity.cls not in bodies:
            continue
        inner = [
            m
            for m in ctx.mentions
            if m is not mention and mention.start <= m.start and m.end <= mention.end
        ]
        # (a known body may run on past the new name: "Centrum Badań i Analiz Unii Metropolii
        # Polskich" leaves the Union's patron to the Union)
        parent = next(
            (
                m
                for m in ctx.mentions
                if m is not mention
                and mention.start <= m.start < mention.end
                and m.kind in ("org", "office", "team")
                and m.iri not in ctx.entities
            ),
            None,
        )
        parent = parent or body_of_after(ctx, mention)
        city = next((m for m in inner if m.kind == "city"), None) or city_right_after(ctx, mention)
        if entity.cls == UMP + "Venue":
            # "Sala Błękitna Urzędu Miasta Poznania" is a room in the office's building, not a
            # unit of it: it is in the office's city.
            where = city.iri if city is not None else city_of_body(ctx, parent)
            if where is not None:
                ctx.fact(mention.iri, "inCity", where, entity.sentence)
            continue
        if parent is not None:
            entity.cls = UMP + "OrganisationalUnit"
            ctx.fact(mention.iri, "unitOf", parent.iri, entity.sentence)
            respelt = spelt_out(ctx, mention.iri, parent)
            if respelt is not None:
                renamed[mention.iri] = respelt
        town = (
            city.iri
            if city is not None
            else city_of_the_seat_in(ctx, entity.label_pl, entity.sentence)
        )
        if town is not None and (parent is None or SEAT_AT_THE_END.search(entity.label_pl)):
            # ("Biuro Rady Europy w Warszawie": a branch of a known body is where its name says)
            ctx.fact(mention.iri, "inCity", town, entity.sentence)
    for old, new in renamed.items():
        entity = ctx.entities.pop(old)
        ctx.entities.setdefault(new, replace(entity, iri=new))
    ctx.rename(renamed)


def city_of_body(ctx: DocumentContext, body: Mention | None) -> str | None:
    if body is None:
        return None
    return ctx.reference.city_of_office.get(body.iri)


def body_of_after(ctx: DocumentContext, mention: Mention) -> Mention | None:
    """ "Social Policy Department of the Katowice City Office": the known body an English unit
    is "of"; "Centrum Współpracy Międzynarodowej Urzędu Miasta Lublin": the known body a Polish
    name goes on with in the genitive, whose part the named body is."""
    return next(
        (
            m
            for m in ctx.mentions
            if m.kind in ("org", "office")
            and m.start > mention.end
            and m.iri not in ctx.entities
            and (
                re.fullmatch(r"\s+of(?:\s+the)?\s+", ctx.text(mention.end, m.start))
                or owned_in_the_genitive(ctx, mention, m)
            )
        ),
        None,
    )


def owned_in_the_genitive(ctx: DocumentContext, mention: Mention, owner: Mention) -> bool:
    """Whether a known body's name follows a new body's name with nothing but a space between,
    its first word in the genitive (a Polish name's owner: "Biuro … Urzędu Miasta Lublin")."""
    if not re.fullmatch(r"[ \t]+", ctx.text(mention.end, owner.start)):
        return False
    # ("Katedra Prawa Unii Europejskiej KUL": a name going on past the known body holds it as
    # a subject, and its owner comes last; a person's name after it is the unit's head's:
    # "dyrektor Centrum … Urzędu Miasta Poznania Jan Kowalski")
    if re.match(r"[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ]", ctx.text(owner.end, owner.end + 3)) and not any(
        m.kind == "person" and re.fullmatch(r"[ \t]+", ctx.text(owner.end, m.start))
        for m in ctx.mentions
        if m.start > owner.end
    ):
        return False
    first = ctx.text(owner.start, owner.end).split()[0]
    return any(tag_has(tag, 2, "gen") for _, tag, _ in analyses(first) if tag.startswith("subst"))


def city_right_after(ctx: DocumentContext, mention: Mention) -> Mention | None:
    """'Ośrodek Integracji … w Łodzi': the city written right after a body's name."""
    return next(
        (
            c
            for c in ctx.mentions
            if c.kind == "city"
            and c.start > mention.end
            and re.fullmatch(r"\s+(?:w|we|in)\s+", ctx.text(mention.end, c.start))
        ),
        None,
    )


def city_just_before(ctx: DocumentContext, venue: Mention) -> str | None:
    """ "spotkanie w Paryżu, w Narodowym Muzeum Historii Imigracji", "in Lyon, at the Town
    Hall": a place named right after its town, the two set off by a comma, each after its
    preposition, is in that town (not in the town the page names most)."""
    return next(
        (
            c.iri
            for c in ctx.mentions
            if c.kind == "city"
            and c.end <= venue.start
            and re.fullmatch(r"\s*,\s*(?:w|we|in|at)(?:\s+the)?\s+", ctx.text(c.end, venue.start))
            and preceded_by(ctx.doc.text, c.start, r"\b(?:w|we|in|at)")
        ),
        None,
    )


def place_the_unplaced(ctx: DocumentContext) -> None:
    """A new unit whose organisation no sentence names ("Biuro Obsługi Mieszkańców" in a list
    of a city's commission members) is a unit of the office of the city the page is about; a
    venue with no city is in that city. Where the page is about no city, the unit is taken as
    an organisation of its own and the venue as a place of no known city is not kept."""
    city = ctx.city_of_page()
    office = ctx.reference.office_of_city.get(city) if city else None
    # a "Biuro …" is the city office's only where the page names that office, or where the
    # office publishes the page on the town's portal (the Union has its "Biuro" too); a
    # "Wydział …" on a page about a city is that city's office's
    only_departments = (
        office is not None
        and not any(m.iri == office for m in ctx.mentions)
        and city_of_the_publisher(ctx) != city
    )
    # "Małopolski Urząd Wojewódzki w Krakowie … W strukturze Wydziału Polityki Społecznej": on a
    # page of another administration, a unit named bare is that administration's
    other = other_administration(ctx)
    office, only_departments = (other, False) if other else (office, only_departments)
    placed = {(f.s, f.p) for f in ctx.facts}
    for iri, entity in list(ctx.entities.items()):
        if entity.cls == UMP + "OrganisationalUnit" and (iri, UMP + "unitOf") not in placed:
            department = "wydział" in head_lemma(entity.label_pl.split()[0])
            if (
                office
                and not names_its_owner(entity.label_pl)
                and (department or not only_departments)
            ):
                ctx.fact(iri, "unitOf", office, entity.sentence)
            else:
                entity.cls = UMP + "NationalOrganisation"
        elif entity.cls == UMP + "Venue" and (iri, UMP + "inCity") not in placed:
            named = (city_just_before(ctx, m) for m in ctx.mentions if m.iri == iri)
            where = next(filter(None, named), None) or city
            if where:
                ctx.fact(iri, "inCity", where, entity.sentence)
            else:
                entity.cls = UMP + "NationalOrganisation"
    municipal_bodies_of_the_page_city(ctx)


# whole administrations (names.ADMINISTRATION_HEADS has their units' heads as well)
ADMINISTRATIONS = {"urząd", "ministerstwo", "starostwo", "kancelaria"}


def other_administration(ctx: DocumentContext) -> str | None:
    """The one administration other than a city's office the page's title names (a voivode's
    office, a ministry), or else the one the page names as its publisher, if the page names no
    city office."""
    offices = {m.iri for m in ctx.mentions if m.kind == "office"}
    title = ctx.sentences[0] if ctx.sentences else None
    others = {
        m.iri
        for m in ctx.mentions
        if m.kind == "org"
        and title is not None
        and m.end <= title.end
        and m.iri not in offices
        and (entity := ctx.entities.get(m.iri)) is not None
        and entity.cls != UMP + "OrganisationalUnit"
        and any(head_lemma(word) & ADMINISTRATIONS for word in entity.label_pl.split()[:2])
    }
    if offices:
        return None
    if len(others) == 1:
        return others.pop()
    # (or the one its publisher is: "publisher: Wielkopolski Urząd Wojewódzki w Poznaniu")
    published = publishing_body(ctx)
    entity = ctx.entities.get(published) if published else None
    if entity is not None and any(
        head_lemma(word) & ADMINISTRATIONS for word in entity.label_pl.split()[:2]
    ):
        return published
    return None


def publishing_body(ctx: DocumentContext) -> str | None:
    """The body of the page whose name is the publisher's, before any brackets or dash
    ("publisher: Wielkopolski Urząd Wojewódzki w Poznaniu (poznan.uw.gov.pl)")."""
    publisher = re.split(r"\s+[(–|—-]|\s*\(", ctx.doc.publisher or "")[0].strip().lower()
    found = {
        m.iri
        for m in ctx.mentions
        if m.kind in ("org", "office") and ctx.label_pl(m.iri).lower() == publisher
    }
    return found.pop() if publisher and len(found) == 1 else None


# "Miejski Ośrodek Pomocy Społecznej", "Miejskie Centrum Interwencji Kryzysowej": a town's own
# body, which registers name with its town.
MUNICIPAL = re.compile(r"^Miejsk(?:i|a|ie)\s+\S")


def municipal_bodies_of_the_page_city(ctx: DocumentContext) -> None:
    """A municipal body named without its town ("przedstawiciele … Miejskiego Ośrodka Pomocy
    Społecznej" on a page about Wrocław) is the town's: in that city, and a node of its own, not
    one for every town's MOPS. Its name stays as the page writes it (registers differ on
    whether the town is part of it)."""
    city = ctx.city_of_page()
    if city is None:
        return
    placed = {f.s for f in ctx.facts if f.p in (UMP + "inCity", UMP + "unitOf")}
    renamed = {}
    for iri, entity in list(ctx.entities.items()):
        if (
            entity.cls == UMP + "NationalOrganisation"
            and iri not in placed
            and MUNICIPAL.match(entity.label_pl)
            and not re.search(r"\s(?:w|we)\s+[A-ZŁŚŻŹĆŃÓĘĄ]", entity.label_pl)
        ):
            new = ctx.iri("organisation", slugify(f"{entity.label_pl} {city.rsplit('/', 1)[-1]}"))
            ctx.entities[new] = replace(entity, iri=new)
            del ctx.entities[iri]
            renamed[iri] = new
            ctx.fact(new, "inCity", city, entity.sentence)
    ctx.rename(renamed)


# "Dział Komunikacji i Promocji UWr": an owner's acronym of mixed case ending a unit's name.
OWNER_ACRONYM = re.compile(r"\s(?=[A-ZŁŚŻ]\w*[A-ZŁŚŻ])[\w-]{2,8}$")


def names_its_owner(label: str) -> bool:
    """A unit whose name names the body it belongs to ("Wydział Politologii … Uniwersytetu Marii
    Curie-Skłodowskiej", "Dział Komunikacji i Promocji UWr") is that body's, not the city
    office's, whatever city the page is about."""
    words = label.split()
    return bool(OWNER_ACRONYM.search(label)) or any(
        word[:1].isupper() and head_lemma(word) & OWNERS_OUTSIDE_THE_OFFICE for word in words[1:]
    )


# Bodies a city office's unit does not belong to ("Biuro Rady Miasta" is the city's).
OWNERS_OUTSIDE_THE_OFFICE = {
    "uniwersytet", "politechnika", "akademia", "fundacja", "stowarzyszenie", "instytut",
    "towarzystwo", "ministerstwo", "agencja",
}  # fmt: skip


def without_bare_acronyms(
    names: list[NewName], mentions: list[Mention]
) -> tuple[list[NewName], list[Mention]]:
    """New names that are only another new name's acronym, left for `acronym_mentions`."""
    acronyms = {n.acronym for n in names if n.acronym}
    bare = {(n.start, n.end) for n in names if n.text in acronyms and n.acronym is None}
    return (
        [n for n in names if (n.start, n.end) not in bare],
        [m for m in mentions if (m.start, m.end) not in bare],
    )


def acronym_mentions(
    text: str, names: list[NewName], base: str, taken: list[Mention]
) -> list[Mention]:
    """Where else the page uses the acronym a new name was given in brackets."""
    found = []
    for name in names:
        if not name.acronym:
            continue
        for match in re.finditer(r"(?<![\w-])" + re.escape(name.acronym) + r"(?![\w-])", text):
            if not any(t.start <= match.start() < t.end for t in taken):
                found.append(
                    Mention(match.start(), match.end(), match.group(0), name.iri(base), name.kind)
                )
    return found


def implicit_acronym_mentions(
    text: str, names: list[NewName], base: str, taken: list[Mention]
) -> list[Mention]:
    """ "Uniwersytet Ekonomiczny w Krakowie … Rektor UEK": an acronym the page never defines, made
    of the initials of the capitalised words of one body it names, is that body (not where the
    acronym is a name's own)."""
    by_initials: dict[str, set[tuple[str, str]]] = {}
    for name in names:
        capitals = [w for w in name.base.split() if w[:1].isupper()]
        if name.kind not in ("org", "unit") or len(capitals) < 2 or name.acronym:
            continue
        acronym = "".join(w[0] for w in capitals)
        by_initials.setdefault(acronym, set()).add((name.iri(base), name.kind))
    found: list[Mention] = []
    for acronym, owners in by_initials.items():
        if len(owners) != 1:
            continue
        ((iri, kind),) = owners
        for match in re.finditer(r"(?<![\w-])" + re.escape(acronym) + r"(?![\w-])", text):
            # ("… Uniwersytetu Warszawskiego (OBM UW)": in brackets, an acronym is defined for
            # the name before it, by the rules of defined acronyms)
            in_brackets = text.rfind("(", 0, match.start()) > text.rfind(")", 0, match.start())
            if not in_brackets and not any(t.start <= match.start() < t.end for t in taken):
                found.append(Mention(match.start(), match.end(), acronym, iri, kind))
    return found


def repeated_title_mentions(
    text: str, names: list[NewName], base: str, taken: list[Mention]
) -> list[Mention]:
    """ "Projekt „Razem w mieście” … „Razem w mieście” objął Lublin": where else the page
    writes a new project's or programme's title in quotes, without its kind word."""
    found: list[Mention] = []
    for name in names:
        if name.kind not in ("project", "programme") or len(name.text) < 4:
            continue
        quoted = r"[„“\"]" + re.escape(name.text) + r"[”\"]"
        for match in re.finditer(quoted, text):
            start, end = match.start() + 1, match.end() - 1
            if not any(t.start < end and start < t.end for t in [*taken, *found]):
                found.append(Mention(start, end, name.text, name.iri(base), name.kind))
    return found


def tense_window(
    doc: SourceDocument, page_time: dt.date | None
) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day the page may have been written on, for telling its year-less
    days by their tense: its own day, or the month its address gives where that is the page's
    time (`time_of_the_page`: its text names no year); (None, None) where neither is known (a
    text's years date it to the year only, with 1 July standing in, never a month's end)."""
    day = day_of_the_page(doc)
    if day is not None:
        return day, day
    month_end = month_in_the_address(doc.url)
    if month_end is None or page_time != month_end:
        return None, None
    return month_end.replace(day=1), month_end


def time_of_the_page(doc: SourceDocument) -> dt.date | None:
    """When the page was written: its publication date, else the day its address gives, else
    the year of the dates it writes (`time_of_undated_page`), else the month its address gives
    (`month_in_the_address`)."""
    return day_of_the_page(doc) or time_of_undated_page(doc.text) or month_in_the_address(doc.url)


def day_of_the_page(doc: SourceDocument) -> dt.date | None:
    """The page's own day: its publication date, else the day its address gives."""
    return doc.published or day_in_the_address(doc.url)


def day_in_the_address(source: str | None) -> dt.date | None:
    """The day a page's address gives in full ("…/artykul/…/2021/01/20/"), as htmldate reads
    addresses (year, month and day, in that order; a year and a month alone may be an
    archive's, not the page's)."""
    from htmldate.extractors import COMPLETE_URL

    match = COMPLETE_URL.search(source or "")
    if match is None:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


# "…/2023/02/wspolna-przestrzen-…": a year and a month in a page's address (a blog's or a
# news site's permalink)
MONTH_IN_ADDRESS = re.compile(r"/(?P<year>(?:19|20)\d{2})/(?P<month>0?[1-9]|1[0-2])/")


def month_in_the_address(source: str | None) -> dt.date | None:
    """The last day of the month a page's address gives ("radio.lublin.pl/2023/02/…" -> 28
    February 2023), for a page whose text names no year: the page was written in that month,
    or the archive it is filed in was, so the days it tells in the past were on or before its
    end and those it announces come after it."""
    match = MONTH_IN_ADDRESS.search(source or "")
    if match is None:
        return None
    year, month = int(match["year"]), int(match["month"])
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def time_of_undated_page(text: str) -> dt.date | None:
    """A page without a publication date (a news list, a digest) is read in the year of the
    dates it writes in full, its datelines' among them ("(lubelski.pl, zapowiedź z listopada
    2021 r.)" dates an item, though no event takes it): the most frequent, the latest of equals
    (a page is written after the days it reports, so of a recalled meeting and a new one the new
    one's year is the page's): a date without a year ("8–9 października") among items dated
    "11–12 czerwca 2018 r." is of 2018. Without full dates, the months of a year it names ("w
    czerwcu 2018 r."), and without those the years it names ("Strategia … na lata 2018–2022",
    "W 2018 r. miasto przyjęło …"): a news item names its own year more often than any other, a
    range of years starts in the year it was written (a horizon's end year is never taken), and
    a single year counts only in a clause told in the past (`a_horizon`). A page that names no
    year leaves its year-less dates unread, as problems."""
    dates = [d for d in find_dates(text, None) if not d.problem]
    days = [d.first.year for d in dates if d.first is not None and not d.year_inferred]
    months = [d.year for d in dates if d.first is None and d.month is not None and d.year]
    years = [
        d.year
        for d in dates
        if d.first is None and d.month is None and d.year and not a_horizon(text, d)
    ]
    for found in (days, months, years):
        if found:
            year = min(set(found), key=lambda y: (-found.count(y), -y))
            return dt.date(year, 7, 1)
    return None


# Words that make a year a goal, not a time: "cele na 2030 r.", "strategia … w 2030 r.".
TARGET = re.compile(
    r"(?i)\b(?:cel\w*|strategi\w*|wizj\w*|prognoz\w*|perspektyw\w*|horyzon\w*|"
    r"plan\w*|target\w*|goal\w*|vision|by\s+\d{4}|do\s+\d{4})"
)


def a_horizon(text: str, year: DateMention) -> bool:
    """A single year dates the page only in a clause told in the past ("W 2018 r. miasto
    przyjęło program"): told in the present or the future ("w 2030 r. miasto ma być …") or as a
    goal ("strategia … w 2030 r.") it is a horizon, not the page's time. A range of years
    ("na lata 2018–2022") is dated by its start, which is not a horizon."""
    if year.year_end is not None:
        return False
    clause = sentence_around(text, year)
    return (
        # (a personal past form only: an impersonal clause, "przyjęto", "określono", may give a
        # target's year as readily as a past one, and a year read wrongly dates every year-less
        # day of the page)
        not told_in_the_past(clause, impersonal=False)
        or told_in_the_future(clause)
        or TARGET.search(clause) is not None
    )


def cities_of_their_officers(ctx: DocumentContext) -> None:
    """ "udział: Anna Czarnecka (Wydział Edukacji Urzędu Miasta Krakowa)": a person who took
    part in an event as an officer of a city's office (or of one of its units) brought that city
    to it, unless it is the city the event was held in."""
    parent = {f.s: str(f.o) for f in ctx.facts if f.p == UMP + "unitOf"}
    post_in = {f.s: str(f.o) for f in ctx.facts if f.p == UMP + "postIn"}
    works_in: dict[str, set[str]] = {}
    for fact in ctx.facts:
        if fact.p == UMP + "memberOf":
            works_in.setdefault(fact.s, set()).add(str(fact.o))
        elif fact.p == UMP + "holds" and str(fact.o) in post_in:
            works_in.setdefault(fact.s, set()).add(post_in[str(fact.o)])
    held_in = {e.iri: e.city for e in ctx.events}
    for fact in [f for f in ctx.facts if f.p == UMP + "participant"]:
        for body in works_in.get(str(fact.o), set()):
            office = parent.get(body, body)
            city = ctx.reference.city_of_office.get(office)
            # (the host city's own officers came to no other city's meeting)
            if city is not None and city != held_in.get(fact.s):
                ctx.fact(fact.s, "participatingCity", city, fact.sentence)


DATE_PROPERTIES = frozenset({UMP + "startDate", UMP + "endDate", UMP + "year"})
SITTING_DAYS = 3  # the longest meeting whose days a page may tell apart


def days_of_an_event_told_apart(ctx: DocumentContext) -> None:
    """A day told as an event of its own ("**8.03.2023 | Rozmawialiśmy z metropoliami w
    Krakowie**") inside the span of days of an event in the same city ("W dniach 7–8 marca …
    spotkanie Zespołu … w Krakowie") is that event: one node, dated by its span."""
    # (a meeting of a few days; a period of weeks — consultations, a festival — holds events
    # of their own)
    spans = [
        e
        for e in ctx.events
        if isinstance(e.first, dt.date)
        and isinstance(e.last, dt.date)
        and dt.timedelta(days=1) <= e.last - e.first <= dt.timedelta(days=SITTING_DAYS - 1)
    ]
    renamed: dict[str, str] = {}
    for day in ctx.events:
        if day.first is None or day.first != day.last or day.title is not None:
            continue
        holder = next(
            (
                e
                for e in spans
                if e.city == day.city
                and e.first <= day.first <= e.last  # type: ignore[operator]
                and (day.kind == e.kind or {day.kind, e.kind} <= {"Meeting", "TeamMeeting"})
            ),
            None,
        )
        if holder is not None:
            renamed[day.iri] = holder.iri
    if not renamed:
        return
    ctx.facts[:] = [f for f in ctx.facts if not (f.s in renamed and f.p in DATE_PROPERTIES)]
    ctx.events[:] = [e for e in ctx.events if e.iri not in renamed]
    ctx.rename(renamed)


# The heads of a city office's units ("Wydział Polityki Społecznej", "Referat ds. …", "Biuro
# …", "Departament …"); not a team or a section, which NGOs and universities have as well.
CITY_UNIT_HEADS = frozenset({"wydział", "referat", "departament", "biuro", "dział"})


def units_of_the_publishing_office(ctx: DocumentContext) -> None:
    """A unit the page names without its office ("Wydział Polityki Społecznej i Zdrowia
    zorganizował …"), on a page a city's office publishes, is that office's unit: its own
    portal does not repeat its name."""
    city = city_of_the_publisher(ctx)
    office = ctx.reference.office_of_city.get(city) if city else None
    if office is None:
        return
    placed = {f.s for f in ctx.facts if f.p == UMP + "unitOf"}
    for mention in ctx.mentions:
        entity = ctx.entities.get(mention.iri)
        if mention.kind != "unit" or entity is None or mention.iri in placed:
            continue
        if head_lemma(entity.label_pl.split()[0]) & CITY_UNIT_HEADS:
            sentence = ctx.sentence_at(mention.start)
            if sentence is not None:
                ctx.fact(mention.iri, "unitOf", office, sentence)
                placed.add(mention.iri)


def qualify_units(ctx: DocumentContext) -> None:
    """A new unit's IRI is qualified by the organisation it belongs to: many offices have a
    'Wydział Polityki Społecznej i Zdrowia', so 'organisation/urzad-miasta-krakow-wydzial-…'."""
    parent = {f.s: str(f.o) for f in ctx.facts if f.p == UMP + "unitOf" and f.s in ctx.entities}
    for unit in parent:
        # (what is some body's unit is a unit, whatever its name's head made of it first: "Unit
        # Disability and Inclusion, European Commission …")
        if ctx.entities[unit].cls in (UMP + "NationalOrganisation", UMP + "Organisation"):
            ctx.entities[unit].cls = UMP + "OrganisationalUnit"

    def root(iri: str) -> str:
        seen = {iri}
        while iri in parent and parent[iri] not in seen:
            iri = parent[iri]
            seen.add(iri)
        return iri

    renamed = {}
    for unit in parent:
        top = root(unit)
        prefix = top.rsplit("/", 1)[-1] + "-"
        slug = unit.rsplit("/", 1)[-1]
        if top != unit and top not in ctx.entities and not slug.startswith(prefix):
            renamed[unit] = ctx.iri("organisation", prefix + slug)
    renamed.update(venues_by_city(ctx))
    ctx.rename(renamed)


def venues_by_city(ctx: DocumentContext) -> dict[str, str]:
    """A new venue's IRI is qualified by its city unless its name holds it: Kraków and Warsaw
    both have a 'Centrum Wielokulturowe', many offices a 'Sala Błękitna'."""
    cities = {f.s: str(f.o) for f in ctx.facts if f.p == UMP + "inCity" and f.s in ctx.entities}
    renamed = {}
    for iri, city in cities.items():
        entity = ctx.entities[iri]
        city_slug = city.rsplit("/", 1)[-1]
        slug = iri.rsplit("/", 1)[-1]
        if entity.cls == UMP + "Venue" and city_slug not in slug:
            folder = iri.rsplit("/", 2)[-2]
            renamed[iri] = ctx.iri(folder, f"{slug}-{city_slug}")
    return renamed


# Words that tie a document's subject together, not part of what it is about.
SUBJECT_GLUE = frozenset({"w", "sprawie", "o", "i", "oraz", "z", "na", "do", "dla", "ws"})


def subject_words(label: str) -> set[str]:
    """A document's subject words, cut to a stem that survives inflection ("projektu"/"projekt")."""
    words = re.findall(r"\w+", label.casefold())[1:]
    return {w[:5] for w in words if w not in SUBJECT_GLUE}


def numbers_of(label: str) -> set[str]:
    """The words of a name with a digit in them ("XXXI/523/15", "2024")."""
    return {w.casefold() for w in label.split() if any(c.isdigit() for c in w)}


def one_document_named_twice(ctx: DocumentContext) -> None:
    """A page headed "Stanowisko Zarządu UMP … w sprawie projektu ustawy o zmianie ustawy o
    cudzoziemcach" that then says the Board "przyjął stanowisko w sprawie rządowego projektu
    ustawy o zmianie ustawy o cudzoziemcach" names one position twice: a document of the same
    kind whose subject words are nearly all in a longer one's is that one, under the longer
    name."""
    documents = sorted(
        {m.iri for m in ctx.mentions if m.kind == "document" and m.iri in ctx.entities},
        key=lambda iri: (-len(ctx.entities[iri].label_pl), iri),
    )
    renamed: dict[str, str] = {}
    for short in documents:
        label = ctx.entities[short].label_pl
        words = subject_words(label)
        longer = [
            iri
            for iri in documents
            if iri != short
            and iri not in renamed
            and len(ctx.entities[iri].label_pl) > len(label)
            and ctx.entities[iri].label_pl.split()[0].casefold() == label.split()[0].casefold()
        ]
        covering = [
            iri
            for iri in longer
            if len(words) >= 3
            and len(words & subject_words(ctx.entities[iri].label_pl)) >= 0.8 * len(words)
            # ("decyzja nr XII/78/24" is no other "Decyzja Nr XII/877/24": a number is itself)
            and numbers_of(label) <= numbers_of(ctx.entities[iri].label_pl)
        ]
        if len(covering) == 1:
            renamed[short] = covering[0]
    for short in renamed:
        ctx.entities.pop(short)
    ctx.rename(renamed)


# "Zespół Unii Metropolii Polskich ds. Migracji i Integracji" -> "Migracji i Integracji": what a
# team is for, after "ds." or "do spraw" (a genitive, the same in every case of the name).
TEAM_SUBJECT = re.compile(r"(?i)^zesp\w*\b.*?\s(?:ds\.|do\s+spraw)\s+(?P<subject>.+)$")


def team_named_short(ctx: DocumentContext) -> None:
    """A page that names the Team ('Zespół Unii Metropolii Polskich ds. Migracji i Integracji')
    and, in its title or elsewhere, 'Zespół ds. Migracji' names the Team by the first words of
    what it is for: that team is the Team, not a new body ('Zespół ds. Edukacji' is another)."""
    team = ctx.reference.team
    if team is None or not any(m.iri == team for m in ctx.mentions):
        return
    full = TEAM_SUBJECT.match(ctx.reference.gazetteer.entries[team].label_pl)
    if full is None:
        return
    subject = full.group("subject").casefold().split()
    renamed = {}
    for iri, entity in ctx.entities.items():
        short = TEAM_SUBJECT.match(entity.label_pl)
        # "Zespół Miasta ds. Migracji": a team with an owner of its own is not the Union's
        if short is None or entity.label_pl.split()[1] not in ("ds.", "do"):
            continue
        words = short.group("subject").casefold().split()
        if subject[: len(words)] == words:
            renamed[iri] = team
    ctx.rename(renamed)
    ctx.mentions[:] = [
        replace(m, kind="team") if m.iri == team and m.kind != "team" else m for m in ctx.mentions
    ]


# Where a title's subtitle begins: "Bydgoszcz Razem – kompleksowe wsparcie …", "X: program …"
SUBTITLE = re.compile(r"\s+[–—-]\s+|:\s+|\.\s+")


def one_project_named_short(ctx: DocumentContext) -> None:
    """A page that names the project „Bydgoszcz Razem – kompleksowe wsparcie integracji …” and
    then „Bydgoszcz Razem” names one project: a project (or programme) named by the part of
    another's title before its subtitle is that one, under the full title."""

    def subtitled(label: str, full: str) -> bool:
        return (
            full.casefold().startswith(label.casefold())
            and SUBTITLE.match(full, len(label)) is not None
        )

    # (a project's short title may be read as a programme's, and the other way round)
    named_short(ctx, frozenset({UMP + "Project", UMP + "Programme"}), subtitled, same_class=False)


# What a body's full name adds after the words it is also called by: the second of what it is
# for ("Rada Imigrantów i Imigrantek") or whom it is attached to ("… przy Prezydencie Gdańska");
# not a seat ("Uniwersytet SWPS we Wrocławiu" is one of the university's branches)
NAME_TAIL = re.compile(r" (?:i|oraz|przy) \S")
BODY_CLASSES = frozenset(UMP + c for c in ("NationalOrganisation", "Organisation", "Venue"))


def one_body_named_short(ctx: DocumentContext) -> None:
    """A page that names "Rada Imigrantów i Imigrantek" and, in its title, "Rady Imigrantów"
    names one body: a new body named by the first words of another's name (two words at
    least), up to an "i" or a "przy", is that one (where one such name holds it)."""

    def first_words(label: str, full: str) -> bool:
        return (
            len(label.split()) >= 2
            and full.startswith(label)
            and NAME_TAIL.match(full, len(label)) is not None
            and joins_alike(label.split()[-1], full[len(label) :].split())
        )

    named_short(ctx, BODY_CLASSES, first_words, same_class=True)


def named_short(
    ctx: DocumentContext,
    classes: frozenset[str],
    shortens: Callable[[str, str], bool],
    same_class: bool,
) -> None:
    """The page's new things of these classes named by a short form of one other's name
    (`shortens(short, full)`; of the same class, with `same_class`) are that one, under its
    full name."""
    labels = {iri: e.label_pl for iri, e in ctx.entities.items() if e.cls in classes}
    renamed = {}
    for short, label in labels.items():
        longer = [
            iri
            for iri, full in labels.items()
            if iri != short
            and (ctx.entities[iri].cls == ctx.entities[short].cls or not same_class)
            and shortens(label, full)
        ]
        if len(longer) == 1:
            renamed[short] = longer[0]
    for short in renamed:
        ctx.entities.pop(short)
    ctx.rename(renamed)


def joins_alike(last: str, tail: list[str]) -> bool:
    """ "Imigrantów i Imigrantek": what "i" joins is one complement, two nouns in a case they
    share; "SWPS i WiseEuropa" joins two bodies ("przy" always attaches)."""
    if tail[0] == "przy":
        return True
    if len(tail) < 2:
        return False

    def cases(word: str) -> set[str]:
        return {
            case
            for _, tag, _ in analyses(word)
            if tag.startswith("subst")
            for case in tag.split(":")[2].split(".")
        }

    return bool(cases(last) & cases(tail[1]))


# A town's office named without its town: "współpracują z Urzędem Miasta oraz …".
BARE_TOWN_OFFICE = frozenset({"Urząd Miasta", "Urząd Miejski", "Magistrat", "Urząd Gminy"})
BARE_STATE_OFFICE = frozenset({"Urząd Wojewódzki", "Urząd Marszałkowski"})


# "UMP", "UMK", "UMŁ": "Urząd Miasta" and its town's first letter
CITY_OFFICE_ACRONYM = re.compile(r"(?<![\w-])UM([A-ZĄĆĘŁŃÓŚŹŻ])(?![\w-])")


def city_offices_by_their_acronym(ctx: DocumentContext) -> None:
    """ "dyrektorka Wydziału Zdrowia i Spraw Społecznych UMP" on a page about Poznań: after a
    department's name, "UM" and a town's first letter is the office of the one town the page
    names with that letter ("Urząd Miasta Poznania"), not the Union of Polish Metropolises."""
    towns = {m.iri for m in ctx.mentions if m.kind == "city"}
    for acronym in CITY_OFFICE_ACRONYM.finditer(ctx.doc.text):
        start, end = acronym.span()
        before = [m for m in ctx.mentions if m.end <= start and ctx.text(m.end, start) == " "]
        if not before or not after_a_department(ctx, before[-1]):
            continue
        offices = {
            office
            for town in towns
            if ctx.label_pl(town)[:1] == acronym.group(1)
            and (office := ctx.reference.office_of_city.get(town)) is not None
        }
        if len(offices) != 1:
            continue
        office = offices.pop()
        # (a known acronym there, "UMP", is read again as the office)
        kept = [m for m in ctx.mentions if not (m.start == start and m.end == end)]
        ctx.mentions[:] = sorted(
            [*kept, Mention(start, end, acronym.group(0), office, "office")], key=lambda m: m.start
        )
        sentence = ctx.sentence_at(start)
        if sentence is not None and before[-1].iri in ctx.entities:
            ctx.fact(before[-1].iri, "unitOf", office, sentence)


def after_a_department(ctx: DocumentContext, mention: Mention) -> bool:
    # (a department's own name: "Wydział Zdrowia …", not the bare "Biuro" of "Biuro UMP")
    words = ctx.label_pl(mention.iri).split()
    return len(words) > 1 and bool(head_lemma(words[0]) & CITY_UNIT_HEADS)


def bare_town_office_is_the_pages(ctx: DocumentContext) -> None:
    """ "Organizacje … współpracują z Urzędem Miasta" on a page about Lublin: the office of the
    town the page is about (a register names no office "Urząd Miasta"). On a page about no
    known town the words name no body and are not kept."""
    city = city_of_the_publisher(ctx) or ctx.city_of_page()
    office = ctx.reference.office_of_city.get(city) if city else None
    # ("z Urzędem Wojewódzkim": which voivode's, the name does not say)
    nameless = [iri for iri, e in ctx.entities.items() if e.label_pl in BARE_STATE_OFFICE]
    for iri in nameless:
        del ctx.entities[iri]
    ctx.mentions[:] = [m for m in ctx.mentions if m.iri not in nameless]
    bare = [iri for iri, e in ctx.entities.items() if e.label_pl in BARE_TOWN_OFFICE]
    if not bare:
        return
    for iri in bare:
        del ctx.entities[iri]
    if office is None:
        ctx.mentions[:] = [m for m in ctx.mentions if m.iri not in bare]
        return
    ctx.mentions[:] = [
        replace(m, iri=office, kind="office") if m.iri in bare else m for m in ctx.mentions
    ]


BARE_TOWN_COUNCIL = frozenset({"Rada Miasta", "Rada Miejska"})


def bare_town_council_is_the_pages(ctx: DocumentContext) -> None:
    """ "Rada Miasta przyjęła Gdański Model Integracji Imigrantów", "na sesji Rady Miasta" on a
    page about Gdańsk: the council of the town the page is about, "Rada Miasta" and the town in
    the genitive (a register names no council "Rada Miasta"). On a page about no known town the
    words name no body and are not kept."""
    bare = [iri for iri, e in ctx.entities.items() if e.label_pl in BARE_TOWN_COUNCIL]
    if not bare:
        return
    city = city_of_the_publisher(ctx) or ctx.city_of_page()
    if city is None:
        for iri in bare:
            del ctx.entities[iri]
        ctx.mentions[:] = [m for m in ctx.mentions if m.iri not in bare]
        return
    label = council_name(ctx, city)
    council = ctx.iri("organisation", slugify(label))
    first = ctx.entities[bare[0]].sentence
    ctx.rename({iri: council for iri in bare})
    entity = ctx.entities.get(council)
    if entity is not None:
        entity.label_pl = entity.label_en = label
    ctx.fact(council, "inCity", city, first)


# A council is named as its town's office is: "Urząd Miasta Lublin" → "Rada Miasta Lublin",
# "Urząd m.st. Warszawy" → "Rada m.st. Warszawy", "Urząd Miejski Wrocławia" → "Rada Miejska
# Wrocławia"; an office "w <town>" says nothing of the council's form.
COUNCIL_AFTER_OFFICE = (
    ("Urząd Miasta ", "Rada Miasta "),
    ("Urząd m.st. ", "Rada m.st. "),
    ("Urząd Miejski ", "Rada Miejska "),
)


def council_name(ctx: DocumentContext, city: str) -> str:
    """The town council's name: after the town's office's name, else "Rada Miasta <genitive>"."""
    office = ctx.reference.office_of_city.get(city)
    entry = ctx.reference.gazetteer.entries.get(office) if office else None
    for office_word, council_word in COUNCIL_AFTER_OFFICE:
        if entry is not None and entry.label_pl.startswith(office_word):
            rest = entry.label_pl[len(office_word) :]
            if not rest.startswith(("w ", "we ")):
                return council_word + rest
    return f"Rada Miasta {case_form(ctx.label_pl(city), 'gen')}"


def register_new_names(ctx: DocumentContext, names: list[NewName]) -> None:
    for name in names:
        sentence = next(s for s in ctx.sentences if s.start <= name.start < s.end)
        label = in_title_case(name.base) if name.kind in ("org", "unit", "venue") else name.base
        ctx.entity(name.iri(ctx.base), NEW_NAME_CLASSES[name.kind], label, label, sentence)
    register_known_people(ctx)


# "the Multicultural Centre in Kraków (Centrum Wielokulturowe w Krakowie)", "the Department
# of Social Policy and Health of the Kraków City Office (Wydział Polityki Społecznej i Zdrowia)":
# an English page gives a Polish body's own name in brackets after its translation.
POLISH_IN_BRACKETS = re.compile(r"\s*\((?P<name>[A-ZŁŚŻŹĆŃÓĘĄ][^()\n]{2,100}?)\)")
OF_THE_BODY = re.compile(r"\s+of\s+(?:the\s+)?")
IN_THE_CITY = re.compile(r"\s+in\s+(?P<city>)")
TRANSLATED_KINDS = ("org", "unit", "venue", "programme", "project")


def polish_names_in_brackets(ctx: DocumentContext) -> None:
    """On an English page, a new body, venue or programme followed by its Polish name in
    brackets is known by that name, as a register writes it (the English one stays its English
    label); where the Polish name is one the page or the reference knows, they are one thing."""
    if ctx.doc.language != "en":
        return
    renamed: dict[str, str] = {}
    brackets: list[Mention] = []
    for mention in ctx.mentions:
        entity = ctx.entities.get(mention.iri)
        if entity is None or mention.kind not in TRANSLATED_KINDS or mention.iri in renamed:
            continue
        bracket = polish_bracket_after(ctx, mention)
        if bracket is None or complement_of_a_body(ctx, mention):
            continue  # ("… of the Cracow City Office (Wydział Zdrowia)": the unit's bracket)
        start, end = bracket.span("name")
        inside = [m for m in ctx.mentions if m.start == start and m.end == end]
        if inside and inside[0].iri != mention.iri:
            target = ctx.entities.get(inside[0].iri)
            if target is not None:
                target.label_en = entity.label_en
            renamed[mention.iri] = inside[0].iri
            continue
        polish = bracket.group("name").strip()
        entity.label_pl = polish
        folder = mention.iri.rsplit("/", 2)[-2]
        renamed[mention.iri] = ctx.iri(folder, slugify(polish))
        # the bracket is a mention of the same body (its words are no event's: "Forum")
        brackets.append(Mention(start, end, ctx.doc.text[start:end], mention.iri, mention.kind))
    ctx.mentions[:] = sorted(
        ctx.mentions
        + [
            b
            for b in brackets
            if not any(m.start < b.end and b.start < m.end for m in ctx.mentions)
        ],
        key=lambda m: m.start,
    )
    ctx.rename({old: new for old, new in renamed.items() if old != new})
    programmes_named_in_brackets(ctx)


# "the Open Kraków Programme (Program Otwarty Kraków)": the English name before the bracket.
ENGLISH_INITIATIVE_BEFORE = re.compile(
    r"(?:[A-ZŁŚŻŹĆŃÓĘĄ][\w'\u2019-]*\s+){1,6}(?:Programme|Program|Project|Strategy)\s*$"
)
POLISH_INITIATIVE_HEADS = {"program": "programme", "projekt": "project", "strategia": "document"}


def programmes_named_in_brackets(ctx: DocumentContext) -> None:
    """An English page's programme no list knows, named in English with its Polish name in
    brackets, is a new programme (project, strategy) known by the Polish name."""
    text = ctx.doc.text
    for bracket in POLISH_IN_BRACKETS.finditer(text):
        polish = bracket.group("name").strip()
        kinds = [
            POLISH_INITIATIVE_HEADS[h]
            for h in head_lemma(polish.split()[0])
            if h in POLISH_INITIATIVE_HEADS
        ]
        english = ENGLISH_INITIATIVE_BEFORE.search(
            text, max(0, bracket.start() - 80), bracket.start()
        )
        if not kinds or english is None or not reads_as_polish(polish):
            continue
        start, end = english.start(), bracket.end()
        sentence = ctx.sentence_at(start)
        inside = [m for m in ctx.mentions if m.start < end and start < m.end]
        if sentence is None or any(m.kind != "city" for m in inside):
            continue  # (a city is a word of the name: "Otwarty Kraków")
        iri = ctx.iri(kinds[0], slugify(polish))
        ctx.entity(iri, NEW_NAME_CLASSES[kinds[0]], polish, english.group(0).strip(), sentence)
        ctx.mentions[:] = [m for m in ctx.mentions if m not in inside]
        ctx.mentions.append(Mention(start, end, text[start:end], iri, kinds[0]))
    ctx.mentions.sort(key=lambda m: m.start)


def complement_of_a_body(ctx: DocumentContext, mention: Mention) -> bool:
    """Whether the name is the "of" complement of a body named right before it."""
    return any(
        m.kind in TRANSLATED_KINDS and OF_THE_BODY.fullmatch(ctx.doc.text[m.end : mention.start])
        for m in ctx.mentions
        if m.end < mention.start
    )


def polish_bracket_after(ctx: DocumentContext, mention: Mention) -> re.Match[str] | None:
    """The bracket of Polish words right after the name, or after the body it is "of" when the
    bracket names a unit ("… of the Kraków City Office (Wydział …)")."""
    text = ctx.doc.text
    at = mention.end
    seat = IN_THE_CITY.match(text, at)
    if seat is not None and any(m.start == seat.end("city") for m in ctx.mentions):
        # "the Multicultural Centre in Kraków (Centrum Wielokulturowe w Krakowie)"
        city = next(m for m in ctx.mentions if m.start == seat.end("city"))
        at = city.end
    bracket = POLISH_IN_BRACKETS.match(text, at)
    if bracket is None and mention.kind in ("unit", "org"):
        of = OF_THE_BODY.match(text, at)
        body = max(
            (m for m in ctx.mentions if of and m.start == of.end()),
            key=lambda m: m.end,
            default=None,
        )
        bracket = POLISH_IN_BRACKETS.match(text, body.end) if body is not None else None
        if bracket is not None and not head_lemma(bracket.group("name").split()[0]) & UNIT_HEADS:
            return None
    if bracket is None or not reads_as_polish(bracket.group("name")):
        return None
    return bracket


def reads_as_polish(name: str) -> bool:
    """A name of Polish words: its head SGJP knows as a noun and some word has a Polish letter
    or a Polish ending, and none is an English function word ("Open Kraków Programme")."""
    words = name.split()
    if name.isupper() or len(words) < 2 or set(w.lower() for w in words) & ENGLISH_WORDS:
        return False
    if not head_lemma(words[0]):
        return False
    # a head only Polish has ("Stowarzyszenie Rajer", "Wydział Zdrowia"), or Polish letters or
    # endings beside a head both languages write ("Program Otwarty Kraków")
    return words[0].lower() not in SHARED_HEADS or bool(
        re.search(
            r"[ąćęłńóśźż]|(?:ego|ych|ich|owa|owy|owe|ona|ony|ne|ska|ski|skie|cka|cki|ja|ia|um)\b",
            name,
        )
    )


# Heads English and Polish write alike: they make a bracket Polish only with Polish words.
SHARED_HEADS = frozenset({"program", "forum", "centrum", "instytut", "projekt", "plan", "portal"})


ENGLISH_WORDS = frozenset({"the", "of", "and", "for", "in", "on", "at", "to", "with", "by"})


def known_word(word: str) -> bool:
    """Whether SGJP knows the word (any reading but an unknown one)."""
    return any(not tag.startswith("ign") for _, tag, _ in analyses(word))


# Words a name keeps in lower case when it is written out of capitals.
LOWER_IN_NAMES = frozenset({"i", "w", "we", "z", "ze", "na", "dla", "do", "o", "ds.", "im.", "nad"})


def in_title_case(name: str) -> str:
    """ "FUNDACJA NOWY BRZEG" (a letterhead) → "Fundacja Nowy Brzeg": a name of several words
    written in capitals is a heading's typography, not an acronym; a register writes each word
    capitalised (function words in lower case). Acronyms inside it stay ("CENTRUM … UMP")."""
    words = name.split()
    if not name.isupper() or len(words) < 2 or max(len(w) for w in words) < 5:
        return name
    if any(len(w) > 3 and not known_word(w.capitalize()) for w in words):
        return name  # "OCI DUWI GWNAO": an acronym's letters, not words in capitals
    return " ".join(
        w.lower() if w.lower() in LOWER_IN_NAMES else (w if len(w) <= 3 else w.capitalize())
        for w in words
    )


def register_known_people(ctx: DocumentContext) -> None:
    """A page that names a reference person (a mayor) states the person as it states one the
    reference data does not hold: each page's graph says who it speaks of, as before the
    reference list existed (reference places and bodies are stated by the reference alone)."""
    entries = ctx.reference.gazetteer.entries
    for mention in ctx.mentions:
        entry = entries.get(mention.iri)
        if mention.kind == "person" and entry is not None and mention.iri not in ctx.entities:
            sentence = ctx.sentence_at(mention.start)
            if sentence is not None:
                ctx.entities[mention.iri] = NewEntity(
                    mention.iri, UMP + "Person", entry.label_pl, entry.label_en, sentence
                )
