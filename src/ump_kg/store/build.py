"""`ump-kg build`: every source document extracted, validated together with the reference data
against the shapes and the ontology, then written in one transaction (one named graph per source,
replaced; graphs of removed sources dropped).

The released snapshot graph/ump-kg.ttl is the build's own graph (reference data and sources, no
accepted entries), rewritten only when the sources built are the home's own graph/sources and
the home is a project folder (a checkout, or $UMP_KG_HOME), never the data inside an installed
package. So any store, private or not, gives the same snapshot, and `add`, `remove`, `undo` never
touch it."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import rdflib

from ..config import Layout, default_sources_dir, layout
from ..errors import UserError
from ..extract.document import read_source
from ..extract.emit import emit
from ..extract.pipeline import Knowledge, extract, knowledge
from ..extract.reconcile import reconcile
from ..rdf.convert import rdflib_graph
from ..rdf.write import serialize, write_atomically
from ..validate.context import validation_context
from ..validate.shacl import Report, validate_graph
from ..vocab import RDF_TYPE, UMP, is_source_graph
from .load import read_into_graphs
from .store import named_graph_quads, open_store, replace_graphs, writer_lock

SOURCE_SUFFIXES = (".md", ".txt")
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
    events: int = 0
    snapshot: Path | None = None  # the snapshot written, if this build writes one
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.report is not None and not self.report.violations and not self.owl_problems

    @property
    def ontology_class_counts(self) -> dict[str, int]:
        """Instances of the ontology's own classes (ump:…), most first."""
        return {c: n for c, n in self.class_counts.items() if c.startswith(UMP)}


def source_files(sources: Path) -> list[Path]:
    files = (
        sorted(p for p in sources.iterdir() if p.suffix in SOURCE_SUFFIXES)
        if sources.is_dir()
        else []
    )
    if not files:
        raise UserError(
            "no source documents", where=str(sources), fix="add .md or .txt pages there"
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
    from ..validate.reasoner import ReasonerUnavailable, reasoner_problems

    context = validation_context(paths)
    report = validate_graph(rdflib_graph(all_quads), context.shapes, context.ontology)
    owl: list[str] = []
    if reasoner:
        try:
            owl = [
                message
                for _, message in reasoner_problems(context.ontology + domain_graph(all_quads))
            ]
        except ReasonerUnavailable:
            owl = []  # without Java the OWL check is skipped; `ump-kg check` says so
    return report, owl


def build(
    store_path: Path,
    paths: Layout | None = None,
    reasoner: bool = True,
    sources: Path | None = None,
) -> BuildResult:
    start = time.perf_counter()
    paths = paths or layout()
    sources = sources or default_sources_dir(paths)
    know = knowledge(paths.reference_dir, paths.ontology)
    documents = [extract_file(path, know) for path in source_files(sources)]
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
        stored = write(store_path, reference, documents)
        result.snapshot = snapshot_target(paths, sources)
        if result.snapshot is not None:
            write_snapshot(result.snapshot, stored)
    result.class_counts = count_classes(all_quads)
    result.events = count_events(all_quads, paths)
    result.seconds = time.perf_counter() - start
    return result


def write(
    store_path: Path,
    reference: dict[ox.NamedNode, list[ox.Triple]],
    documents: list[DocumentResult],
) -> list[ox.Quad]:
    """One transaction for the store: the reference graphs and one graph per source replaced,
    the graphs of sources no longer there dropped. Returns the build's graphs as stored."""
    graphs = dict(reference)
    for document in documents:
        for quad in document.quads:
            graphs.setdefault(quad.graph_name, []).append(quad.triple)  # type: ignore[arg-type]
    with writer_lock(store_path), open_store(store_path, writable=True) as store:
        stale = [
            g
            for g in store.named_graphs()
            if isinstance(g, ox.NamedNode) and g not in graphs and is_source_graph(g)
        ]
        replace_graphs(store, graphs, drop=stale)
        return [q for q in named_graph_quads(store) if q.graph_name in graphs]


def snapshot_target(paths: Layout, sources: Path) -> Path | None:
    """graph/ump-kg.ttl of the home when this build is of the home's own sources and the home is
    a project folder; None otherwise (other sources, or the data of an installed package)."""
    if paths.bundled or sources.resolve() != paths.sources_dir.resolve():
        return None
    return paths.snapshot


def write_snapshot(snapshot: Path, quads: list[ox.Quad]) -> None:
    """The snapshot is written atomically, and only when its bytes change."""
    data = serialize(quads, "ttl")
    if not snapshot.exists() or snapshot.read_bytes() != data:
        write_atomically(snapshot, data)


def count_events(quads: list[ox.Quad], paths: Layout) -> int:
    """Things typed with ump:Event or any of its subclasses (by the ontology's hierarchy)."""
    hierarchy = validation_context(paths).hierarchy
    event = rdflib.URIRef(UMP + "Event")
    kinds = {str(c) for c in hierarchy.transitive_subjects(rdflib.RDFS.subClassOf, event)}
    return len(
        {
            q.subject
            for q in quads
            if q.predicate.value == RDF_TYPE
            and isinstance(q.object, ox.NamedNode)
            and q.object.value in kinds
        }
    )


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
