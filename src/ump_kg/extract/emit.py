"""Triples from one document's extraction: the facts, the new entities, the document itself,
and for every fact its provenance.

Provenance pattern (documented in the README): each extracted triple also appears as an
rdf:Statement (RDF reification, the pattern RDF 1.2 reifiers map to) with a deterministic IRI;
the statement prov:wasGeneratedBy the document's ump:Extraction and prov:wasDerivedFrom one
oa:SpecificResource per sentence it was read from, whose oa:hasSource is the document and whose
selectors are an oa:TextQuoteSelector (exact, prefix, suffix) and an oa:TextPositionSelector
(start, end in Unicode code points of the document body).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from urllib.parse import quote

import pyoxigraph as ox
import rdflib

from .. import __version__
from ..vocab import source_graph
from .context import RDF_TYPE, UMP, DocumentContext, Fact, Object

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
LANGUAGES = {"pl": "POL", "en": "ENG"}
CONTEXT_CHARS = 32


def term(value: Object) -> ox.NamedNode | ox.Literal:
    if isinstance(value, rdflib.Literal):
        if value.language:
            return ox.Literal(str(value), language=value.language)
        return ox.Literal(str(value), datatype=ox.NamedNode(str(value.datatype or XSD + "string")))
    return ox.NamedNode(value)


def literal(text: str, lang: str | None = None, datatype: str | None = None) -> ox.Literal:
    if lang:
        return ox.Literal(text, language=lang)
    return ox.Literal(text, datatype=ox.NamedNode(datatype)) if datatype else ox.Literal(text)


def source_iri(ctx: DocumentContext) -> str:
    return ctx.iri("source", ctx.doc.slug)


def all_facts(ctx: DocumentContext) -> list[Fact]:
    """Facts plus the type and labels of every new entity, without duplicates, in a stable order."""
    facts = list(ctx.facts)
    for entity in ctx.entities.values():
        facts.append(Fact(entity.iri, RDF_TYPE, entity.cls, entity.sentence))
        facts.append(
            Fact(
                entity.iri, RDFS_LABEL, rdflib.Literal(entity.label_pl, lang="pl"), entity.sentence
            )
        )
        facts.append(
            Fact(
                entity.iri, RDFS_LABEL, rdflib.Literal(entity.label_en, lang="en"), entity.sentence
            )
        )
    for event in ctx.events:
        # A page published before the event announces it; one published after reports it.
        announced = (
            ctx.doc.published is not None
            and isinstance(event.first, dt.date)
            and event.first > ctx.doc.published
        )
        link = "announcedIn" if announced else "reportedIn"
        facts.append(Fact(event.iri, UMP + link, source_iri(ctx), event.sentence))
    # Every named thing the page speaks of is reported in it, so "which pages mention IOM?"
    # has an answer even when no relation of it was read; the sentence is the provenance.
    for mention in ctx.mentions:
        sentence = ctx.sentence_at(mention.start)
        if sentence is not None and mention.kind != "theme":
            facts.append(Fact(mention.iri, UMP + "reportedIn", source_iri(ctx), sentence))
    return facts


def emit(ctx: DocumentContext) -> list[ox.Quad]:
    graph = source_graph(ctx.doc.slug)
    triples: set[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]] = set()
    evidence_by_statement: dict[str, set[tuple[int, int]]] = {}
    for fact in all_facts(ctx):
        s, p, o = ox.NamedNode(fact.s), ox.NamedNode(fact.p), term(fact.o)
        triples.add((s, p, o))
        statement = statement_iri(ctx, s, p, o)
        evidence_by_statement.setdefault(statement, set()).add(
            (fact.sentence.start, fact.sentence.end)
        )
        triples |= reification(statement, s, p, o, ctx)
    for statement, spans in evidence_by_statement.items():
        for start, end in spans:
            triples |= evidence(ctx, statement, start, end)
    triples |= document_triples(ctx)
    return [ox.Quad(s, p, o, graph) for s, p, o in triples]


def statement_iri(
    ctx: DocumentContext, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal
) -> str:
    digest = hashlib.sha256(f"{s} {p} {o} {ctx.doc.slug}".encode()).hexdigest()[:24]
    return ctx.iri("statement", digest)


def reification(
    statement: str,
    s: ox.NamedNode,
    p: ox.NamedNode,
    o: ox.NamedNode | ox.Literal,
    ctx: DocumentContext,
) -> set[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]]:
    node = ox.NamedNode(statement)
    return {
        (node, ox.NamedNode(RDF_TYPE), ox.NamedNode(RDF + "Statement")),
        (node, ox.NamedNode(RDF + "subject"), s),
        (node, ox.NamedNode(RDF + "predicate"), p),
        (node, ox.NamedNode(RDF + "object"), o),
        (node, ox.NamedNode(PROV + "wasGeneratedBy"), ox.NamedNode(extraction_iri(ctx))),
    }


def evidence(
    ctx: DocumentContext, statement: str, start: int, end: int
) -> set[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]]:
    text = ctx.doc.text
    target = ox.NamedNode(f"{statement}/evidence/{start}")
    quote = ox.NamedNode(f"{statement}/evidence/{start}/quote")
    position = ox.NamedNode(f"{statement}/evidence/{start}/position")
    non_negative = XSD + "nonNegativeInteger"
    return {
        (ox.NamedNode(statement), ox.NamedNode(PROV + "wasDerivedFrom"), target),
        (target, ox.NamedNode(RDF_TYPE), ox.NamedNode(OA + "SpecificResource")),
        (target, ox.NamedNode(OA + "hasSource"), ox.NamedNode(source_iri(ctx))),
        (target, ox.NamedNode(OA + "hasSelector"), quote),
        (target, ox.NamedNode(OA + "hasSelector"), position),
        (quote, ox.NamedNode(RDF_TYPE), ox.NamedNode(OA + "TextQuoteSelector")),
        (quote, ox.NamedNode(OA + "exact"), literal(text[start:end])),
        (quote, ox.NamedNode(OA + "prefix"), literal(text[max(0, start - CONTEXT_CHARS) : start])),
        (quote, ox.NamedNode(OA + "suffix"), literal(text[end : end + CONTEXT_CHARS])),
        (position, ox.NamedNode(RDF_TYPE), ox.NamedNode(OA + "TextPositionSelector")),
        (position, ox.NamedNode(OA + "start"), literal(str(start), datatype=non_negative)),
        (position, ox.NamedNode(OA + "end"), literal(str(end), datatype=non_negative)),
    }


def as_uri(iri: str) -> str:
    """An address as xsd:anyURI wants it (RFC 3987's mapping of an IRI to a URI): letters
    outside ASCII ("…/miasta-integrujące…") percent-encoded as UTF-8, the rest kept."""
    return quote(iri, safe=":/?#[]@!$&'()*+,;=%~")


def extraction_iri(ctx: DocumentContext) -> str:
    return ctx.iri("extraction", ctx.doc.slug)


def document_triples(
    ctx: DocumentContext,
) -> set[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]]:
    doc = ctx.doc
    source = ox.NamedNode(source_iri(ctx))
    extraction = ox.NamedNode(extraction_iri(ctx))
    triples: set[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]] = {
        (source, ox.NamedNode(RDF_TYPE), ox.NamedNode(UMP + "SourceDocument")),
        (source, ox.NamedNode(DCT + "title"), literal(doc.title, lang=doc.language)),
        (extraction, ox.NamedNode(RDF_TYPE), ox.NamedNode(UMP + "Extraction")),
        (extraction, ox.NamedNode(PROV + "used"), source),
        (extraction, ox.NamedNode(UMP + "extractorVersion"), literal(__version__)),
    }
    if doc.url:
        triples.add(
            (source, ox.NamedNode(UMP + "url"), literal(as_uri(doc.url), datatype=XSD + "anyURI"))
        )
    if doc.published:
        triples.add(
            (
                source,
                ox.NamedNode(DCT + "issued"),
                literal(doc.published.isoformat(), datatype=XSD + "date"),
            )
        )
    if doc.language in LANGUAGES:
        lang_iri = (
            f"http://publications.europa.eu/resource/authority/language/{LANGUAGES[doc.language]}"
        )
        triples.add((source, ox.NamedNode(DCT + "language"), ox.NamedNode(lang_iri)))
    publisher = ctx.reference.gazetteer.forms.get(doc.publisher or "")
    if publisher:
        triples.add((source, ox.NamedNode(DCT + "publisher"), ox.NamedNode(publisher)))
    return triples
