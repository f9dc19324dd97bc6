"""What a page says about one IRI: its types, every property with its values (linked), the
things that link to it, and for extracted facts the evidence — the sentence of the source page
(oa:TextQuoteSelector: prefix, exact, suffix) at its position (oa:TextPositionSelector), with a
link to the page. The same description gives the RDF documents of the IRI."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote

import pyoxigraph as ox

from ..vocab import PROV, RDF, RDF_TYPE, UMP
from .pages import SAFE_SCHEMES, Labels, Linker

OA = "http://www.w3.org/ns/oa#"
# Reification and provenance records are shown on their subject's page, not as links to it.
RECORD_PROPERTIES = {RDF + "subject", RDF + "object", OA + "hasSource"}


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
    spec = (
        quote(" ".join(words), safe="")
        if len(words) <= 8
        else (quote(" ".join(words[:4]), safe="") + "," + quote(" ".join(words[-4:]), safe=""))
    )
    return f"{url.split('#')[0]}#:~:text={spec.replace('-', '%2D')}"


def objects(store: ox.Store, subject: object, prop: str) -> list[object]:
    return [q.object for q in store.quads_for_pattern(subject, ox.NamedNode(prop), None)]  # type: ignore[arg-type]


def first_value(store: ox.Store, subject: object, prop: str) -> str | None:
    found = objects(store, subject, prop)
    return found[0].value if found and isinstance(found[0], (ox.Literal, ox.NamedNode)) else None


def evidence_of(
    store: ox.Store, iri: str, labels: Labels, linker: Linker, lang: str
) -> dict[tuple[str, str], list[Evidence]]:
    """(property, value) -> the sentences it was read from, in document and position order:
    each rdf:Statement about the IRI, prov:wasDerivedFrom an oa:SpecificResource with its
    source and selectors. (Walked pattern by pattern: far faster than a SPARQL join here.)"""
    found: dict[tuple[str, str], set[Evidence]] = {}
    for record in store.quads_for_pattern(None, ox.NamedNode(RDF + "subject"), ox.NamedNode(iri)):
        statement = record.subject
        predicates, values = (
            objects(store, statement, RDF + "predicate"),
            objects(store, statement, RDF + "object"),
        )
        if not predicates or not values:
            continue
        key = (str(predicates[0]), str(values[0]))
        for resource in objects(store, statement, PROV + "wasDerivedFrom"):
            item = evidence_item(store, resource, labels, linker, lang)
            if item is not None:
                found.setdefault(key, set()).add(item)
    return {
        key: sorted(items, key=lambda e: (e.document.iri, e.start or 0, e.exact))
        for key, items in found.items()
    }


def evidence_item(
    store: ox.Store, resource: object, labels: Labels, linker: Linker, lang: str
) -> Evidence | None:
    """One oa:SpecificResource: its source document, quote (prefix, exact, suffix), position."""
    documents = objects(store, resource, OA + "hasSource")
    if not documents or not isinstance(documents[0], ox.NamedNode):
        return None
    document = documents[0].value
    quote: dict[str, str | None] = {}
    for selector in objects(store, resource, OA + "hasSelector"):
        for name in ("exact", "prefix", "suffix", "start", "end"):
            value = first_value(store, selector, OA + name)
            if value is not None:
                quote[name] = value
    exact = quote.get("exact") or ""
    url = first_value(store, documents[0], UMP + "url")
    start, end = quote.get("start"), quote.get("end")
    return Evidence(
        Link(document, labels.label(document, lang), linker.href(document)),
        text_fragment(url, exact) if url and url.startswith(SAFE_SCHEMES) else None,
        quote.get("prefix") or "",
        exact,
        quote.get("suffix") or "",
        int(start) if start is not None else None,
        int(end) if end is not None else None,
    )


def blank_text(
    store: ox.Store, node: ox.BlankNode, labels: Labels, lang: str, depth: int = 0
) -> str:
    """A blank node by its content, never by its label (which changes from parse to parse): an
    RDF list as '(a, b)', anything else as '[property value; …]'."""
    if depth > 3:
        return "[…]"

    def term_text(term: object) -> str:
        if isinstance(term, ox.NamedNode):
            return labels.label(term.value, lang)
        if isinstance(term, ox.BlankNode):
            return blank_text(store, term, labels, lang, depth + 1)
        return str(getattr(term, "value", term))

    if objects(store, node, RDF + "first"):
        items: list[str] = []
        current: object = node
        while isinstance(current, ox.BlankNode) and len(items) < 100:
            items += [term_text(t) for t in objects(store, current, RDF + "first")]
            rest = objects(store, current, RDF + "rest")
            current = rest[0] if rest else None
        return "(" + ", ".join(items) + ")"
    parts = sorted(
        f"{labels.label(q.predicate.value, lang)} {term_text(q.object)}"
        for q in store.quads_for_pattern(node, None, None)
    )
    return "[" + "; ".join(parts) + "]"


def value_of(
    term: object, labels: Labels, linker: Linker, lang: str, store: ox.Store | None = None
) -> Value:
    if isinstance(term, ox.BlankNode) and store is not None:
        return Value(blank_text(store, term, labels, lang))
    if isinstance(term, ox.NamedNode):
        return Value(
            term.value, Link(term.value, labels.label(term.value, lang), linker.href(term.value))
        )
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
            sorted(
                values,
                key=lambda v: (
                    v.lang not in (None, lang),
                    v.link.label if v.link else v.text,
                    v.text,
                    v.lang or "",
                ),
            ),
        )
        for prop, values in by_property.items()
    ]
    return sorted(out, key=lambda pv: (pv.prop.iri != RDF_TYPE, pv.prop.label.lower(), pv.prop.iri))


def describe(
    store: ox.Store, terms: ox.Store, iri: str, labels: Labels, linker: Linker, lang: str
) -> Description:
    """The page of an IRI from the data (the store) or, for ontology terms, the ontology."""
    source = (
        store if next(iter(store.quads_for_pattern(ox.NamedNode(iri), None, None)), None) else terms
    )
    evidence = evidence_of(store, iri, labels, linker, lang)
    pairs = []
    for quad in sorted(set(q.triple for q in outgoing(source, iri)), key=str):
        value = value_of(quad.object, labels, linker, lang, source)
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
        sorted(set(types), key=lambda link: (link.label, link.iri)),
        grouped(pairs, labels, linker, lang),
        grouped(backlinks, labels, linker, lang),
    )


def document_quads(store: ox.Store, terms: ox.Store, iri: str) -> list[ox.Quad]:
    """The RDF document of an IRI: every statement about it (with the blank nodes it uses, as a
    concise bounded description) and every statement linking to it (without the reification
    records, which have their own IRIs)."""
    node = ox.NamedNode(iri)
    source = store if next(iter(store.quads_for_pattern(node, None, None)), None) else terms
    about = list(source.quads_for_pattern(node, None, None))
    pending = [q.object for q in about if isinstance(q.object, ox.BlankNode)]
    seen: set[str] = set()
    while pending:
        blank = pending.pop()
        if str(blank) in seen:
            continue
        seen.add(str(blank))
        more = list(source.quads_for_pattern(blank, None, None))
        about += more
        pending += [q.object for q in more if isinstance(q.object, ox.BlankNode)]
    return [ox.Quad(q.subject, q.predicate, q.object) for q in [*about, *incoming(store, iri)]]


def ontology_store() -> ox.Store:
    """The ontology and the shapes, in memory: the pages of /def/ terms and their labels."""
    from ..config import layout
    from ..rdf.read import read_rdf

    terms = ox.Store()
    paths = layout()
    for path in (paths.ontology, paths.shapes):
        terms.extend(read_rdf(path))
    return terms
