"""What makes a build incremental.

- **Keys.** A page's extraction depends only on its bytes, its name (its graph and IRIs), the
  extractor (its code and version, the Polish dictionaries and page reader it uses) and the
  reference data and ontology. The SHA-256 of all of these is the page's key: the same key,
  the same extraction.
- **The extraction cache**, beside the store (`STORE.extracted/KEY.nq`): each page's triples as
  extracted, before the pages are reconciled with each other (reconciling needs every page's
  own statements, not what it became after the last reconcile). Files are named by their key
  and written atomically, so a stale or half-done build never gives a wrong answer; entries no
  page uses any more are removed after a build.
- **The build record**, in the store's bookkeeping graph `…/graph/build` (written in the same
  transaction as the graphs): per source graph, its key and the SHA-256 of its content as
  stored. A build compares with it to know which graphs change and what to validate.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .. import __version__
from ..config import Layout, base_iri
from ..rdf.read import rdf_files_in
from ..rdf.write import write_atomically
from ..vocab import BUILD_CONTENT, BUILD_EXTRACTOR, BUILD_KEY, build_graph
from .sources import DocumentResult

PACKAGE = Path(__file__).resolve().parent.parent
# The code a page's extraction runs (extract/, language/, the HTML reader) and the libraries
# whose data decide it (dictionaries, the page reader).
EXTRACTOR_CODE = ("extract", "language", "ingest/html.py", "slug.py")
EXTRACTOR_LIBRARIES = ("morfeusz2", "polish-inflection", "trafilatura", "htmldate", "lxml")


def extractor_fingerprint(paths: Layout) -> str:
    """The SHA-256 of everything a page's extraction depends on besides the page — and of the
    shapes, so that new shapes re-validate everything."""
    digest = hashlib.sha256(f"ump-kg {__version__}\n{base_iri()}\n".encode())
    for name in EXTRACTOR_LIBRARIES:
        try:
            digest.update(f"{name} {importlib.metadata.version(name)}\n".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"{name} -\n".encode())
    code = []
    for part in EXTRACTOR_CODE:
        where = PACKAGE / part
        # the code and the data files beside it (language/international_given_names.txt)
        code += (
            sorted(p for p in where.rglob("*") if p.suffix in (".py", ".txt"))
            if where.is_dir()
            else [where]
        )
    for path in [*code, paths.ontology, paths.shapes, *rdf_files_in([paths.reference_dir])]:
        digest.update(f"{path.name}\n".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def page_key(path: Path, fingerprint: str) -> str:
    digest = hashlib.sha256(f"{fingerprint}\n{path.name}\n".encode())
    digest.update(path.read_bytes())
    return digest.hexdigest()


def content_hash(quads: list[ox.Quad]) -> str:
    """The SHA-256 of a graph's statements in order (a build's order is deterministic)."""
    return hashlib.sha256(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"").hexdigest()


class ExtractionCache:
    """Pages' extractions by key, in a folder beside the store."""

    def __init__(self, store_path: Path) -> None:
        self.folder = store_path.with_name(store_path.name + ".extracted")

    def _file(self, key: str) -> Path:
        return self.folder / f"{key}.nq"

    def get(self, key: str, path: Path) -> DocumentResult | None:
        """The cached extraction of this page, or None (missing or unreadable: extract again)."""
        try:
            data = self._file(key).read_bytes()
            head, _, body = data.partition(b"\n")
            meta = json.loads(head)
            quads = list(ox.parse(body, format=ox.RdfFormat.N_QUADS, lenient=True))
        except (OSError, ValueError, SyntaxError):
            return None
        return DocumentResult(path, meta["graph"], quads, meta["facts"], meta["problems"])

    def put(self, key: str, result: DocumentResult) -> None:
        meta = {"graph": result.graph, "facts": result.facts, "problems": result.problems}
        head = json.dumps(meta, ensure_ascii=False).encode()
        body = ox.serialize(result.quads, format=ox.RdfFormat.N_QUADS) or b""
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomically(self._file(key), head + b"\n" + body)

    def keep_only(self, keys: set[str]) -> None:
        """Remove the extractions no page has any more."""
        if not self.folder.is_dir():
            return
        for file in self.folder.glob("*.nq"):
            if file.stem not in keys:
                file.unlink(missing_ok=True)


@dataclass(frozen=True)
class Record:
    key: str
    content: str


@dataclass(frozen=True)
class BuildRecord:
    """What the last build stored: its extractor and, per source graph, key and content."""

    extractor: str | None
    graphs: dict[str, Record]


def read_record(store: ox.Store) -> BuildRecord:
    graph = build_graph()
    fields: dict[str, dict[str, str]] = {}
    extractor = None
    for q in store.quads_for_pattern(None, None, None, graph):
        if not isinstance(q.object, ox.Literal) or not isinstance(q.subject, ox.NamedNode):
            continue
        if q.predicate.value == BUILD_EXTRACTOR:
            extractor = q.object.value
        else:
            fields.setdefault(q.subject.value, {})[q.predicate.value] = q.object.value
    graphs = {
        g: Record(f[BUILD_KEY], f[BUILD_CONTENT])
        for g, f in fields.items()
        if BUILD_KEY in f and BUILD_CONTENT in f
    }
    return BuildRecord(extractor, graphs)


def record_triples(record: BuildRecord) -> list[ox.Triple]:
    graph = build_graph()
    triples = []
    if record.extractor:
        triples.append(
            ox.Triple(graph, ox.NamedNode(BUILD_EXTRACTOR), ox.Literal(record.extractor))
        )
    for name, rec in sorted(record.graphs.items()):
        node = ox.NamedNode(name)
        triples.append(ox.Triple(node, ox.NamedNode(BUILD_KEY), ox.Literal(rec.key)))
        triples.append(ox.Triple(node, ox.NamedNode(BUILD_CONTENT), ox.Literal(rec.content)))
    return triples
