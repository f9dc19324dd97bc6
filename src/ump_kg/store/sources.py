"""The pages a build reads and their extraction: Markdown and text as they are, saved HTML pages
through the same reading as `ump-kg ingest` (main text and metadata by trafilatura), each page
on its own — in worker processes when there are several to do, with the same result in the
same order whatever their number."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..errors import UserError
from ..extract.document import SourceDocument, read_source
from ..extract.emit import emit
from ..extract.pipeline import Knowledge, extract, knowledge
from ..ingest.html import read_html_source
from ..slug import slugify

TEXT_SUFFIXES = (".md", ".txt")
HTML_SUFFIXES = (".html", ".htm")
SOURCE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES


@dataclass
class DocumentResult:
    path: Path
    graph: str
    quads: list[ox.Quad]
    facts: int
    problems: list[str]


def source_files(sources: Path) -> list[Path]:
    """Every page in the folder, by name. Hidden files and sub-folders (html/ keeps the copies
    of ingested pages) are not pages; any other file is reported, never passed over."""
    if not sources.is_dir():
        raise UserError(
            "no such folder of source documents", where=str(sources), fix="check --sources"
        )
    files = []
    for path in sorted(sources.iterdir()):
        if path.name.startswith(".") or path.is_dir():
            continue
        if path.suffix.lower() not in SOURCE_SUFFIXES:
            raise UserError(
                f"not a source document: '{path.suffix or path.name}' files cannot be read",
                where=str(path),
                fix="sources are .md, .txt or saved .html pages; convert the file or move it "
                "out of the folder",
            )
        files.append(path)
    if not files:
        raise UserError(
            "no source documents", where=str(sources), fix="add .md, .txt or .html pages there"
        )
    check_one_graph_each(files)
    return files


def check_one_graph_each(files: list[Path]) -> None:
    """Each page has its named graph (…/graph/source/{slug of its name}): 'lublin.md' and
    'lublin.html' would overwrite each other."""
    seen: dict[str, Path] = {}
    for path in files:
        slug = slugify(path.stem)
        if slug in seen:
            raise UserError(
                f"two pages for one graph ('{slug}'): {seen[slug].name} and {path.name}",
                where=str(path),
                fix="rename one of them, or remove the one that is a copy of the other",
            )
        seen[slug] = path


def read_document(path: Path) -> SourceDocument:
    if path.suffix.lower() in HTML_SUFFIXES:
        return read_html_source(path)
    return read_source(path)


def extract_file(path: Path, know: Knowledge) -> DocumentResult:
    doc = read_document(path)
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
    return DocumentResult(path, name, quads, len(ctx.facts), [*doc.notes, *ctx.problems])


def default_jobs() -> int:
    return os.cpu_count() or 1


_worker_paths: tuple[Path, Path] | None = None


def _start_worker(reference_dir: Path, ontology: Path) -> None:
    global _worker_paths
    _worker_paths = (reference_dir, ontology)


def _extract_in_worker(path: Path) -> DocumentResult:
    assert _worker_paths is not None
    return extract_file(path, knowledge(*_worker_paths))


def extract_files(
    paths: list[Path],
    reference_dir: Path,
    ontology: Path,
    jobs: int,
    done: Callable[[str], None] = lambda label: None,
) -> list[DocumentResult]:
    """Extract every page, in `jobs` processes when more than one page is to be done. The
    results come back in the order of `paths`; the first page that cannot be read stops the
    build with its own message."""
    if not paths:
        return []
    know = knowledge(reference_dir, ontology)  # before the workers fork: they inherit it
    if jobs <= 1 or len(paths) == 1:
        return list(_in_order(((p, extract_file(p, know)) for p in paths), done))
    pool = ProcessPoolExecutor(
        max_workers=min(jobs, len(paths)),
        initializer=_start_worker,
        initargs=(reference_dir, ontology),
    )
    try:
        # Chunks keep the per-task overhead small; map returns results in input order.
        chunk = max(1, min(16, len(paths) // (4 * jobs)))
        results = pool.map(_extract_in_worker, paths, chunksize=chunk)
        return list(_in_order(zip(paths, results, strict=True), done))
    finally:
        # On the first page that fails, the pages not started yet are not done.
        pool.shutdown(wait=True, cancel_futures=True)


def _in_order(
    results: Iterator[tuple[Path, DocumentResult]], done: Callable[[str], None]
) -> Iterator[DocumentResult]:
    for path, result in results:
        done(path.name)
        yield result
