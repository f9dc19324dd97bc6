"""`ump-kg build`: every source document extracted, validated together with the reference data
against the shapes and the ontology, then written in one transaction (one named graph per source,
replaced; graphs of removed sources dropped) and the released snapshot refreshed."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import rdflib

from .config import Layout, layout
from .errors import UserError
from .export import serialize
from .extract.document import read_source
from .extract.emit import emit
from .extract.pipeline import Knowledge, extract, knowledge
from .extract.reconcile import reconcile
from .load import read_into_graphs
from .rdfconvert import rdflib_graph
from .rdffile import read_rdf
from .shacl import Report, validate_graph
from .store import named_graph_quads, open_store, replace_graphs, writer_lock

SOURCE_SUFFIXES = (".md", ".txt")
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PROVENANCE_TYPES = {
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement",
    "http://www.w3.org/ns/oa#SpecificResource",
    "http://www.w3.org/ns/oa#TextQuoteSelector",
    "http://www.w3.org/ns/oa#TextPositionSelector",
}


@dataclass
class DocumentResult:
    path: Path
    graph: str
    quads: list[ox.Quad]
    facts: int
    problems: list[str]


@dataclass
class BuildResult:
    documents: list[DocumentResult]
    report: Report | None = None
    owl_problems: list[str] = field(default_factory=list)
    class_counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.report is not None and not self.report.violations and not self.owl_problems


def source_files(paths: Layout) -> list[Path]:
    files = (
        sorted(p for p in paths.sources_dir.iterdir() if p.suffix in SOURCE_SUFFIXES)
        if paths.sources_dir.is_dir()
        else []
    )
    if not files:
        raise UserError(
            "no source documents", where=str(paths.sources_dir), fix="add .md or .txt pages there"
        )
    return files


def extract_file(path: Path, know: Knowledge) -> DocumentResult:
    doc = read_source(path)
    ctx = extract(doc, know)
    if not ctx.facts and not ctx.entities and not ctx.mentions:
        raise UserError(
            "no recognisable facts in the document (no known city, organisation, meeting or date)",
            where=f"{path}:1",
            fix="check that it is a page about the cities' cooperation, in Polish",
        )
    quads = emit(ctx)
    graph = quads[0].graph_name if quads else None
    name = graph.value if isinstance(graph, ox.NamedNode) else ""
    return DocumentResult(path, name, quads, len(ctx.facts), ctx.problems)


def domain_graph(quads: list[ox.Quad]) -> rdflib.Graph:
    """The facts without their provenance records (for OWL reasoning)."""
    provenance = {
        q.subject
        for q in quads
        if q.predicate.value == RDF_TYPE
        and isinstance(q.object, ox.NamedNode)
        and q.object.value in PROVENANCE_TYPES
    }
    return rdflib_graph(q for q in quads if q.subject not in provenance)


def validate(all_quads: list[ox.Quad], paths: Layout, reasoner: bool) -> tuple[Report, list[str]]:
    from .reasoner import ReasonerUnavailable, reasoner_problems

    ontology = rdflib_graph(read_rdf(paths.ontology))
    shapes = rdflib_graph(read_rdf(paths.shapes))
    report = validate_graph(rdflib_graph(all_quads), shapes, ontology)
    owl: list[str] = []
    if reasoner:
        try:
            owl = [message for _, message in reasoner_problems(ontology + domain_graph(all_quads))]
        except ReasonerUnavailable:
            owl = []  # without Java the OWL check is skipped; `ump-kg check` says so
    return report, owl


def build(store_path: Path, paths: Layout | None = None, reasoner: bool = True) -> BuildResult:
    start = time.perf_counter()
    paths = paths or layout()
    know = knowledge(paths.reference_dir, paths.ontology)
    documents = [extract_file(path, know) for path in source_files(paths)]
    for document, quads in zip(documents, reconcile([d.quads for d in documents]), strict=True):
        document.quads = quads
    reference, _ = read_into_graphs([paths.reference_dir])
    reference_quads = [
        ox.Quad(t.subject, t.predicate, t.object, g) for g, ts in reference.items() for t in ts
    ]
    all_quads = reference_quads + [q for d in documents for q in d.quads]
    report, owl = validate(all_quads, paths, reasoner)
    result = BuildResult(documents, report, owl)
    if result.ok:
        write(store_path, paths, reference, documents)
    result.class_counts = count_classes(all_quads)
    result.seconds = time.perf_counter() - start
    return result


def write(
    store_path: Path,
    paths: Layout,
    reference: dict[ox.NamedNode, list[ox.Triple]],
    documents: list[DocumentResult],
) -> None:
    """One transaction for the store; the snapshot is written after it, atomically."""
    graphs = dict(reference)
    for document in documents:
        for quad in document.quads:
            graphs.setdefault(quad.graph_name, []).append(quad.triple)  # type: ignore[arg-type]
    with writer_lock(store_path), open_store(store_path, writable=True) as store:
        stale = [
            g
            for g in store.named_graphs()
            if isinstance(g, ox.NamedNode) and g not in graphs and "/graph/source/" in g.value
        ]
        replace_graphs(store, graphs, drop=stale)
        # The snapshot is the whole store (accepted entries included), not just this build.
        data = serialize(named_graph_quads(store), "ttl")
    snapshot = paths.home / "graph" / "ump-kg.ttl"
    if not snapshot.exists() or snapshot.read_bytes() != data:
        tmp = snapshot.with_name(".ump-kg.ttl.tmp")
        tmp.write_bytes(data)
        tmp.replace(snapshot)


def count_classes(quads: list[ox.Quad]) -> dict[str, int]:
    counts: dict[str, int] = {}
    seen: set[tuple[str, str]] = set()
    for q in quads:
        if q.predicate.value != RDF_TYPE or not isinstance(q.object, ox.NamedNode):
            continue
        key = (str(q.subject), q.object.value)
        if key not in seen:
            seen.add(key)
            counts[q.object.value] = counts.get(q.object.value, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
