"""`ump-kg build`: every source document extracted, validated together with the reference data
against the shapes and the ontology, then written in one transaction (one named graph per source,
replaced; graphs of removed sources dropped).

Incremental: a page whose key (its bytes, name and extractor: store/cache.py) is unchanged is not
extracted again but read from the extraction cache; every page's own triples are then reconciled
together exactly as in a full build, so the result is the same. Only the graphs whose content
changes are written, and only what changed (and its neighbourhood) is validated. Everything is
validated (SHACL and HermiT) and written when the extractor, the reference data or the shapes
changed, when the store has no record of a previous build, or with `full` — which also
extracts every page again.

The released snapshot graph/ump-kg.ttl is the build's own graph (reference data and sources, no
accepted entries), rewritten only when the sources built are the home's own graph/sources and
the home is a project folder (a checkout, or $UMP_KG_HOME), never the data inside an installed
package. So any store, private or not, gives the same snapshot, and `add`, `remove`, `undo` never
touch it."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import rdflib

from ..config import Layout, default_sources_dir, layout
from ..extract.reconcile import reconcile
from ..progress import progress
from ..rdf.convert import rdflib_graph
from ..rdf.write import serialize, write_atomically
from ..validate.context import validation_context
from ..validate.shacl import Report, validate_graph
from ..vocab import RDF_TYPE, UMP, build_graph, is_source_graph
from .cache import (
    BuildRecord,
    ExtractionCache,
    Record,
    content_hash,
    extractor_fingerprint,
    page_key,
    read_record,
    record_triples,
)
from .changes import validate_changes
from .load import read_into_graphs
from .sources import DocumentResult, default_jobs, extract_file, extract_files, source_files
from .store import named_graph_quads, open_store, replace_graphs, writer_lock

__all__ = ["BuildResult", "DocumentResult", "build", "extract_file"]

PROVENANCE_TYPES = {
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement",
    "http://www.w3.org/ns/oa#SpecificResource",
    "http://www.w3.org/ns/oa#TextQuoteSelector",
    "http://www.w3.org/ns/oa#TextPositionSelector",
}


@dataclass
class BuildResult:
    documents: list[DocumentResult]
    report: Report | None = None
    owl_problems: list[str] = field(default_factory=list)
    class_counts: dict[str, int] = field(default_factory=dict)
    events: int = 0
    snapshot: Path | None = None  # the snapshot written, if this build writes one
    seconds: float = 0.0
    extracted: int = 0  # pages extracted (the others came from the extraction cache)
    written: int = 0  # source graphs written or dropped (the others were already as built)
    validated: int | None = None  # things validated; None: the whole graph

    @property
    def ok(self) -> bool:
        return self.report is not None and not self.report.violations and not self.owl_problems

    @property
    def ontology_class_counts(self) -> dict[str, int]:
        """Instances of the ontology's own classes (ump:…), most first."""
        return {c: n for c, n in self.class_counts.items() if c.startswith(UMP)}


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


@dataclass
class Plan:
    """What this build does: per page its key, and what the store holds from the last build."""

    keys: dict[Path, str]
    fingerprint: str
    previous: BuildRecord
    old: dict[str, list[ox.Quad]] = field(default_factory=dict)  # stored graphs that change


def build(
    store_path: Path,
    paths: Layout | None = None,
    reasoner: bool = True,
    sources: Path | None = None,
    *,
    full: bool = False,
    jobs: int | None = None,
    show_progress: bool = False,
) -> BuildResult:
    start = time.perf_counter()
    paths = paths or layout()
    sources = sources or default_sources_dir(paths)
    files = source_files(sources)
    fingerprint = extractor_fingerprint(paths)
    plan = Plan({p: page_key(p, fingerprint) for p in files}, fingerprint, previous(store_path))
    documents, extracted = extract_pages(store_path, paths, plan, full, jobs, show_progress)
    # A new store, extractor, reference data or shapes: nothing to compare with, all validated.
    everything = full or plan.previous.extractor != fingerprint or not plan.previous.graphs
    for document, quads in zip(documents, reconcile([d.quads for d in documents]), strict=True):
        document.quads = quads
    contents = {d.graph: content_hash(d.quads) for d in documents}
    changed = {
        g
        for g, c in contents.items()
        if g not in plan.previous.graphs or plan.previous.graphs[g].content != c
    }
    removed = set(plan.previous.graphs) - set(contents)
    reference, _ = read_into_graphs([paths.reference_dir])
    reference_quads = [
        ox.Quad(t.subject, t.predicate, t.object, g) for g, ts in reference.items() for t in ts
    ]
    all_quads = reference_quads + [q for d in documents for q in d.quads]
    result = BuildResult(documents, extracted=extracted)
    if everything or 2 * (len(changed) + len(removed)) > len(contents):
        result.report, result.owl_problems = validate(all_quads, paths, reasoner)
    elif not changed and not removed:
        result.report, result.validated = Report(True, [], rdflib.Graph()), 0
    else:
        plan.old = stored_graphs(store_path, changed | removed)
        new = [q for d in documents if d.graph in changed for q in d.quads]
        old = [q for g in sorted(plan.old) for q in plan.old[g]]
        result.report, result.owl_problems, result.validated = validate_changes(
            all_quads, old, new, validation_context(paths)
        )
    if result.ok:
        record = BuildRecord(
            fingerprint,
            {d.graph: Record(plan.keys[d.path], contents[d.graph]) for d in documents},
        )
        stored, result.written = write(store_path, reference, documents, record, everything)
        ExtractionCache(store_path).keep_only(set(plan.keys.values()))
        result.snapshot = snapshot_target(paths, sources)
        if result.snapshot is not None:
            write_snapshot(result.snapshot, stored())
    result.class_counts = count_classes(all_quads)
    result.events = count_events(all_quads, paths)
    result.seconds = time.perf_counter() - start
    return result


def previous(store_path: Path) -> BuildRecord:
    """The record of the last build in this store (empty for a new store)."""
    if not (store_path / "CURRENT").exists():
        return BuildRecord(None, {})
    with open_store(store_path, writable=False) as store:
        return read_record(store)


def stored_graphs(store_path: Path, graphs: set[str]) -> dict[str, list[ox.Quad]]:
    with open_store(store_path, writable=False) as store:
        return {
            g: list(store.quads_for_pattern(None, None, None, ox.NamedNode(g)))
            for g in sorted(graphs)
        }


def extract_pages(
    store_path: Path,
    paths: Layout,
    plan: Plan,
    full: bool,
    jobs: int | None,
    show_progress: bool,
) -> tuple[list[DocumentResult], int]:
    """Every page's own extraction: from the cache where its key is there (unless `full`), the
    others extracted (in `jobs` processes) and put in the cache. Returns them in page order and
    how many were extracted."""
    cache = ExtractionCache(store_path)
    cached = {p: None if full else cache.get(k, p) for p, k in plan.keys.items()}
    todo = [p for p, r in cached.items() if r is None]
    with progress(len(todo), "extracting", quiet=not show_progress) as advance:
        fresh = extract_files(
            todo, paths.reference_dir, paths.ontology, jobs or default_jobs(), advance
        )
    for result in fresh:
        cache.put(plan.keys[result.path], result)
    by_path = {r.path: r for r in fresh}
    return [cached[p] or by_path[p] for p in plan.keys], len(todo)


def write(
    store_path: Path,
    reference: dict[ox.NamedNode, list[ox.Triple]],
    documents: list[DocumentResult],
    record: BuildRecord,
    everything: bool,
) -> tuple[Callable[[], list[ox.Quad]], int]:
    """One transaction for the store: the source graphs whose content differs from the store's
    record (read again under the lock: another build may have written since this one started)
    and the record replaced, the graphs of sources no longer there dropped; with `everything`,
    or a new extractor, reference data or shapes, every graph replaced. Returns a reader of the
    build's graphs as stored and how many source graphs were written or dropped."""
    with writer_lock(store_path), open_store(store_path, writable=True) as store:
        stored = read_record(store)
        everything = everything or stored.extractor != record.extractor
        graphs = dict(reference) if everything else {}
        for document in documents:
            if everything or stored.graphs.get(document.graph) != record.graphs[document.graph]:
                graphs[ox.NamedNode(document.graph)] = [q.triple for q in document.quads]
        kept = {ox.NamedNode(d.graph) for d in documents}
        stale = [
            g
            for g in store.named_graphs()
            if isinstance(g, ox.NamedNode) and g not in kept and is_source_graph(g)
        ]
        written = len(graphs) - (len(reference) if everything else 0) + len(stale)
        if written or stored != record:
            graphs[build_graph()] = record_triples(record)
            replace_graphs(store, graphs, drop=stale)
    ours = {ox.NamedNode(g) for g in record.graphs} | set(reference)

    def stored_quads() -> list[ox.Quad]:
        with open_store(store_path, writable=False) as store:
            return [q for q in named_graph_quads(store) if q.graph_name in ours]

    return stored_quads, written


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
