"""What a page says about one IRI: its types, every property with its values (linked), the
things that link to it, and for extracted facts the evidence — the sentence of the source page
(oa:TextQuoteSelector: prefix, exact, suffix) at its position (oa:TextPositionSelector), with a
link to the page. The same description gives the RDF documents of the IRI."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote

import pyoxigraph as ox

from ..vocab import PROV, RDF, RDF_TYPE, UMP
from .pages import Labels, Linker

OA = "http://www.w3.org/ns/oa#"
# Reification and provenance records are shown on their subject's page, not as links to it.
RECORD_PROPERTIES = {RDF + "subject", RDF + "object", OA + "hasSource"}
EVIDENCE = f"""PREFIX rdf: <{RDF}>
PREFIX prov: <{PROV}>
PREFIX oa: <{OA}>
SELECT ?s ?p ?o ?doc ?url ?exact ?prefix ?suffix ?start ?end WHERE {{
  ?statement rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?evidence .
  ?evidence oa:hasSource ?doc ; oa:hasSelector ?quote .
  ?quote oa:exact ?exact .
  OPTIONAL {{ ?quote oa:prefix ?prefix }}
  OPTIONAL {{ ?quote oa:suffix ?suffix }}
  OPTIONAL {{ ?evidence oa:hasSelector ?position . ?position oa:start ?start ; oa:end ?end }}
  OPTIONAL {{ ?doc <{UMP}url> ?url }}
}}"""


@dataclass(frozen=True)
class Link:
    iri: str
    label: str
    href: str


@dataclass(frozen=True)
class Evidence:
    document: Link
    page_url: str | None  # the source page, scrolled to the sentence (a text fragment)
    prefix: str
    exact: str
    suffix: str
    start: int | None
    end: int | None


@dataclass
class Value:
    text: str
    link: Link | None = None
    lang: str | None = None
    datatype: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class PropertyValues:
    prop: Link
    values: list[Value]


@dataclass
class Description:
    iri: str
    label: str
    types: list[Link]
    properties: list[PropertyValues]
    incoming: list[PropertyValues]

    @property
    def found(self) -> bool:
        return bool(self.properties or self.incoming)


def outgoing(store: ox.Store, iri: str) -> list[ox.Quad]:
    return list(store.quads_for_pattern(ox.NamedNode(iri), None, None))


def incoming(store: ox.Store, iri: str) -> list[ox.Quad]:
    return [
        q
        for q in store.quads_for_pattern(None, None, ox.NamedNode(iri))
        if q.predicate.value not in RECORD_PROPERTIES
    ]


def text_fragment(url: str, sentence: str) -> str:
    """The page URL with a text fragment (#:~:text=start,end), so a browser scrolls to the
    sentence and highlights it."""
    words = sentence.split()
    if not words:
        return url
    spec = quote(" ".join(words), safe="") if len(words) <= 8 else (
        quote(" ".join(words[:4]), safe="") + "," + quote(" ".join(words[-4:]), safe="")
    )
    return f"{url.split('#')[0]}#:~:text={spec.replace('-', '%2D')}"


def evidence_of(
    store: ox.Store, iri: str, labels: Labels, linker: Linker, lang: str
) -> dict[tuple[str, str], list[Evidence]]:
    """(property, value) -> the sentences it was read from, in document and position order."""
    rows = store.query(
        EVIDENCE,
        use_default_graph_as_union=True,
        substitutions={ox.Variable("s"): ox.NamedNode(iri)},
    )
    assert isinstance(rows, ox.QuerySolutions)
    found: dict[tuple[str, str], set[Evidence]] = {}
    for row in rows:
        doc, url = row["doc"], row["url"]
        assert isinstance(doc, ox.NamedNode)
        exact = row["exact"].value if row["exact"] else ""
        start, end = row["start"], row["end"]
        item = Evidence(
            Link(doc.value, labels.label(doc.value, lang), linker.href(doc.value)),
            text_fragment(url.value, exact) if url is not None else None,
            row["prefix"].value if row["prefix"] else "",
            exact,
            row["suffix"].value if row["suffix"] else "",
            int(start.value) if start is not None else None,
            int(end.value) if end is not None else None,
        )
        found.setdefault((str(row["p"]), str(row["o"])), set()).add(item)
    return {
        key: sorted(items, key=lambda e: (e.document.iri, e.start or 0, e.exact))
        for key, items in found.items()
    }


def value_of(term: object, labels: Labels, linker: Linker, lang: str) -> Value:
    if isinstance(term, ox.NamedNode):
        return Value(term.value, Link(term.value, labels.label(term.value, lang), linker.href(term.value)))
    if isinstance(term, ox.Literal):
        datatype = None if term.language else term.datatype.value
        return Value(term.value, None, term.language, datatype)
    return Value(str(term))


def grouped(
    pairs: list[tuple[str, Value]], labels: Labels, linker: Linker, lang: str
) -> list[PropertyValues]:
    """Values by property: properties by label; values in the chosen language first, then by text."""
    by_property: dict[str, list[Value]] = {}
    for prop, value in pairs:
        by_property.setdefault(prop, []).append(value)
    out = [
        PropertyValues(
            Link(prop, labels.label(prop, lang), linker.href(prop)),
            sorted(values, key=lambda v: (v.lang not in (None, lang), v.link.label if v.link else v.text, v.text)),
        )
        for prop, values in by_property.items()
    ]
    return sorted(out, key=lambda pv: (pv.prop.iri != RDF_TYPE, pv.prop.label.lower(), pv.prop.iri))


def describe(store: ox.Store, terms: ox.Store, iri: str, labels: Labels, linker: Linker, lang: str) -> Description:
    """The page of an IRI from the data (the store) or, for ontology terms, the ontology."""
    source = store if next(iter(store.quads_for_pattern(ox.NamedNode(iri), None, None)), None) else terms
    evidence = evidence_of(store, iri, labels, linker, lang)
    pairs = []
    for quad in sorted(set(q.triple for q in outgoing(source, iri)), key=str):
        value = value_of(quad.object, labels, linker, lang)
        value.evidence = evidence.get((str(quad.predicate), str(quad.object)), [])
        pairs.append((quad.predicate.value, value))
    backlinks = [
        (q.predicate.value, value_of(q.subject, labels, linker, lang))
        for q in sorted(set(q.triple for q in incoming(store, iri)), key=str)
    ]
    types = [
        Link(t.object.value, labels.label(t.object.value, lang), linker.href(t.object.value))
        for t in outgoing(source, iri)
        if t.predicate.value == RDF_TYPE and isinstance(t.object, ox.NamedNode)
    ]
    return Description(
        iri,
        labels.label(iri, lang),
        sorted(set(types), key=lambda link: link.label),
        grouped(pairs, labels, linker, lang),
        grouped(backlinks, labels, linker, lang),
    )


def document_quads(store: ox.Store, terms: ox.Store, iri: str) -> list[ox.Quad]:
    """The RDF document of an IRI: every statement about it, and every statement linking to it
    (without the reification records, which have their own IRIs)."""
    node = ox.NamedNode(iri)
    about = list(store.quads_for_pattern(node, None, None)) or list(terms.quads_for_pattern(node, None, None))
    return [ox.Quad(q.subject, q.predicate, q.object) for q in [*about, *incoming(store, iri)]]
