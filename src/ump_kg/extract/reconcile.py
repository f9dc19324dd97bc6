"""What pages say together: one name per thing, and one node per event, across documents.

Each document is extracted on its own (its facts depend only on it and the reference data).
When several are built together two things can disagree, and are settled here, the same way
whatever the order of the documents:

- **Names.** Pages write a name differently ("Irena Guidiková", "Irena Guidikova"); a thing
  keeps one `rdfs:label` per language — the one most pages use, then the longest, then the
  first in code-point order — and the others become `skos:altLabel`, so search still finds them.
- **Undated events.** A page that names a conference without its date ("podczas konferencji
  „Miasta Integrujące…” w Gdańsku") gets a node of its own (`conference/gdansk-{page}`). When
  another page dates an event of the same kind in the same city with the same title — or, with
  no title on either side, in the same year and there is only one such event — the two are one
  event, and the undated node takes the dated node's IRI.
- **Leading topics.** A meeting has one leading topic per language: the wording most pages
  give stays (see `one_topic_per_language`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

import pyoxigraph as ox

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
SCHEMA_NAME = "https://schema.org/name"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT = RDF + "subject", RDF + "predicate", RDF + "object"
DATED = re.compile(r"/id/(meeting|conference)/(\d{4})-\d{2}-\d{2}-(?P<city>[a-z0-9-]+)$")
UNDATED = re.compile(r"/id/(meeting|conference)/(?P<rest>[a-z0-9-]+)$")
YEAR_SUFFIX = "year"
IN_CITY_SUFFIX = "inCity"


def reconcile(documents: list[list[ox.Quad]]) -> list[list[ox.Quad]]:
    """The documents' quads with undated events merged into dated ones and one label per
    language for every thing."""
    renamed = undated_event_targets([q for d in documents for q in d])
    merged = [[rename(q, renamed) for q in d] for d in documents] if renamed else documents
    return one_topic_per_language(one_label_per_language(merged))


LEADING_TOPIC = "https://w3id.org/ump-kg/def/leadingTopic"


def one_topic_per_language(documents: list[list[ox.Quad]]) -> list[list[ox.Quad]]:
    """Two pages may word a meeting's leading topic differently ("akty prawne i strategie
    ochrony uchodźców", "dokumenty prawne i strategie dotyczące ochrony uchodźców"); a meeting
    has one per language, so the one most pages give (then the longest, then the first) stays
    and the others are dropped with their provenance records."""
    chosen = preferred_values(documents, LEADING_TOPIC)
    if not chosen:
        return documents
    return [without_other_topics(quads, chosen) for quads in documents]


def without_other_topics(quads: list[ox.Quad], chosen: dict[tuple[str, str], str]) -> list[ox.Quad]:
    def other(subject: str, obj: object) -> bool:
        if not isinstance(obj, ox.Literal):
            return False
        best = chosen.get((subject, obj.language or ""))
        return best is not None and obj.value != best

    parts: dict[str, dict[str, object]] = {}
    for q in quads:
        if q.predicate.value in (RDF_SUBJECT, RDF_OBJECT, RDF_PREDICATE):
            parts.setdefault(str(q.subject), {})[q.predicate.value] = q.object
    records = {
        statement
        for statement, p in parts.items()
        if str(p.get(RDF_PREDICATE, "")) == f"<{LEADING_TOPIC}>"
        and other(str(p.get(RDF_SUBJECT)), p.get(RDF_OBJECT))
    }
    return [
        q
        for q in quads
        if str(q.subject) not in records
        and str(q.object) not in records
        and not (q.predicate.value == LEADING_TOPIC and other(str(q.subject), q.object))
    ]


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _event_facts(quads: Iterable[ox.Quad]) -> dict[str, dict[str, set[str]]]:
    """For every event node: its city, year (as written or from its dated IRI) and titles."""
    facts: dict[str, dict[str, set[str]]] = {}
    for q in quads:
        subject = q.subject.value if isinstance(q.subject, ox.NamedNode) else ""
        if not (DATED.search(subject) or UNDATED.search(subject)):
            continue
        entry = facts.setdefault(subject, {"city": set(), "year": set(), "title": set()})
        predicate = q.predicate.value
        if predicate.endswith("/" + IN_CITY_SUFFIX) and isinstance(q.object, ox.NamedNode):
            entry["city"].add(q.object.value)
        elif not isinstance(q.object, ox.Literal):
            continue
        elif predicate.endswith("/" + YEAR_SUFFIX) or predicate.endswith("/startDate"):
            entry["year"].add(q.object.value[:4])
        elif predicate == SCHEMA_NAME:
            entry["title"].add(_key(q.object.value))
    return facts


def undated_event_targets(quads: list[ox.Quad]) -> dict[str, str]:
    facts = _event_facts(quads)
    dated = {iri: f for iri, f in facts.items() if DATED.search(iri)}
    renamed: dict[str, str] = {}
    for iri, f in sorted(facts.items()):
        if iri in dated:
            continue
        kind = iri.rsplit("/", 2)[-2]
        same_place = {
            d: g for d, g in dated.items() if d.rsplit("/", 2)[-2] == kind and g["city"] & f["city"]
        }
        by_title = [d for d, g in same_place.items() if g["title"] & f["title"]]
        if len(by_title) > 1 and f["year"]:
            by_title = [d for d in by_title if dated[d]["year"] & f["year"]]
        by_year = [
            d
            for d, g in same_place.items()
            if f["year"] and g["year"] & f["year"] and not (f["title"] and g["title"])
        ]
        # With neither title nor year, the only dated event of its kind in its city is it.
        sole = list(same_place) if not f["title"] and not f["year"] else []
        candidates = by_title or by_year or sole
        if len(candidates) == 1:
            renamed[iri] = candidates[0]
    return renamed


def rename(quad: ox.Quad, renamed: dict[str, str]) -> ox.Quad:
    subject, obj = quad.subject, quad.object
    if isinstance(subject, ox.NamedNode) and subject.value in renamed:
        subject = ox.NamedNode(renamed[subject.value])
    if isinstance(obj, ox.NamedNode) and obj.value in renamed:
        obj = ox.NamedNode(renamed[obj.value])
    return ox.Quad(subject, quad.predicate, obj, quad.graph_name)


def preferred_values(documents: list[list[ox.Quad]], predicate: str) -> dict[tuple[str, str], str]:
    """For each subject and language that the documents give several values of the predicate:
    the value most documents give, then the longest, then the first in code-point order."""
    values: dict[tuple[str, str], Counter[str]] = {}
    for quad in (q for d in documents for q in d):
        if quad.predicate.value == predicate and isinstance(quad.object, ox.Literal):
            key = (str(quad.subject), quad.object.language or "")
            values.setdefault(key, Counter())[quad.object.value] += 1
    return {
        key: min(counts, key=lambda value: (-counts[value], -len(value), value))
        for key, counts in values.items()
        if len(counts) > 1
    }


def one_label_per_language(documents: list[list[ox.Quad]]) -> list[list[ox.Quad]]:
    chosen = preferred_values(documents, RDFS_LABEL)
    if not chosen:
        return documents
    result = []
    for quads in documents:
        statements = demoted_statements(quads, chosen)
        result.append(sorted({demote(q, chosen, statements) for q in quads}, key=str))
    return result


def is_demoted(subject: str, label: ox.Literal, chosen: dict[tuple[str, str], str]) -> bool:
    best = chosen.get((subject, label.language or ""))
    return best is not None and label.value != best


def demoted_statements(quads: list[ox.Quad], chosen: dict[tuple[str, str], str]) -> set[str]:
    """Reified label statements (provenance) whose label became an alternative label."""
    parts: dict[str, dict[str, ox.NamedNode | ox.Literal]] = {}
    for q in quads:
        if q.predicate.value in (RDF_SUBJECT, RDF_OBJECT, RDF_PREDICATE):
            parts.setdefault(str(q.subject), {})[q.predicate.value] = q.object  # type: ignore[assignment]
    return {
        statement
        for statement, p in parts.items()
        if isinstance(p.get(RDF_OBJECT), ox.Literal)
        and str(p.get(RDF_PREDICATE, "")) == f"<{RDFS_LABEL}>"
        and is_demoted(str(p.get(RDF_SUBJECT)), p[RDF_OBJECT], chosen)  # type: ignore[arg-type]
    }


def demote(quad: ox.Quad, chosen: dict[tuple[str, str], str], statements: set[str]) -> ox.Quad:
    if quad.predicate.value == RDF_PREDICATE and str(quad.subject) in statements:
        return ox.Quad(quad.subject, quad.predicate, ox.NamedNode(SKOS_ALT), quad.graph_name)
    if quad.predicate.value != RDFS_LABEL or not isinstance(quad.object, ox.Literal):
        return quad
    if not is_demoted(str(quad.subject), quad.object, chosen):
        return quad
    return ox.Quad(quad.subject, ox.NamedNode(SKOS_ALT), quad.object, quad.graph_name)
