"""Loading RDF files into named graphs: parse everything first, then replace in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..errors import UserError
from ..rdf.read import rdf_files_in, read_rdf
from ..rdf.rebase import rebase
from ..vocab import changes_graph, default_graph_for, entries_graph
from .store import group_by_graph, open_store, replace_graphs, writer_lock


@dataclass(frozen=True)
class LoadedGraph:
    graph: str
    triples: int
    files: tuple[str, ...]


def read_into_graphs(
    paths: list[Path], graph: ox.NamedNode | None = None
) -> tuple[dict[ox.NamedNode, list[ox.Triple]], dict[ox.NamedNode, list[str]]]:
    """Parse every file (raising UserError on the first bad one) before anything is written."""
    graphs: dict[ox.NamedNode, list[ox.Triple]] = {}
    origins: dict[ox.NamedNode, list[str]] = {}
    for path in rdf_files_in(paths):
        target = graph or default_graph_for(path)
        for name, triples in group_by_graph(rebase(read_rdf(path)), target).items():
            graphs.setdefault(name, []).extend(triples)
            origins.setdefault(name, []).append(str(path))
    return graphs, origins


def load_files(
    store_path: Path, paths: list[Path], graph: ox.NamedNode | None = None
) -> list[LoadedGraph]:
    """Load files into the store, replacing the graphs they go to; all or nothing."""
    graphs, origins = read_into_graphs(paths, graph)
    kept = [g for g in graphs if g in (entries_graph(), changes_graph())]
    if kept:
        raise UserError(
            f"{kept[0].value} is written only by ump-kg add, remove, undo and redo (the change log "
            "would no longer say what it holds)",
            where=", ".join(origins[kept[0]]),
            fix="load into another graph, or add the statements as an entry: ump-kg add FILE",
        )
    with writer_lock(store_path), open_store(store_path, writable=True) as store:
        replace_graphs(store, graphs)
    return [
        LoadedGraph(g.value, len(set(map(str, triples))), tuple(origins[g]))
        for g, triples in sorted(graphs.items(), key=lambda item: item[0].value)
    ]
