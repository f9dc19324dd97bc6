"""The embedded store: pyoxigraph on disk, one named graph per source, atomic replacement."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from ..errors import UserError
from ..vocab import is_log_graph


def _open_failure(path: Path, err: OSError) -> UserError:
    if "lock" in str(err).lower():
        return UserError(
            "the store is in use by another ump-kg process (it holds the lock)",
            where=str(path),
            fix="wait for that process to finish, or name another store with --store",
        )
    return UserError(f"cannot open the store: {err}", where=str(path), fix="check the folder")


@contextmanager
def open_store(path: Path, *, writable: bool) -> Iterator[ox.Store]:
    """Open the on-disk store; readers use a read-only handle so they never wait for a writer."""
    try:
        if writable:
            path.mkdir(parents=True, exist_ok=True)
            store = ox.Store(str(path))
        else:
            if not (path / "CURRENT").exists():
                raise UserError(
                    "no store here yet",
                    where=str(path),
                    fix="load data first: ump-kg load graph/reference",
                )
            store = ox.Store.read_only(str(path))
    except OSError as err:
        raise _open_failure(path, err) from None
    try:
        yield store
    finally:
        if writable:
            store.flush()
        del store


def replace_graphs(
    store: ox.Store,
    graphs: dict[ox.NamedNode, list[ox.Triple]],
    drop: list[ox.NamedNode] | None = None,
) -> None:
    """Replace each named graph's content with the given triples, all in one transaction.

    A SPARQL update request runs as a single transaction in Oxigraph, so either every graph
    is replaced or the store stays exactly as it was.
    """
    if not graphs and not drop:
        return
    operations = [f"DROP SILENT GRAPH {graph}" for graph in drop or []]
    for graph, triples in sorted(graphs.items(), key=lambda item: item[0].value):
        body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
        operations.append(
            f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}"
        )
    store.update(" ;\n".join(operations))


def group_by_graph(
    quads: Iterable[ox.Quad], default: ox.NamedNode
) -> dict[ox.NamedNode, list[ox.Triple]]:
    """Triples of the file's default graph go to `default`; its named graphs keep their names."""
    grouped: dict[ox.NamedNode, list[ox.Triple]] = {}
    for quad in quads:
        graph = quad.graph_name if isinstance(quad.graph_name, ox.NamedNode) else default
        grouped.setdefault(graph, []).append(quad.triple)
    return grouped


def graph_sizes(store: ox.Store) -> dict[str, int]:
    rows = store.query(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
    )
    assert isinstance(rows, ox.QuerySolutions)
    return {row["g"].value: int(row["n"].value) for row in rows}


def class_counts(store: ox.Store) -> dict[str, int]:
    rows = store.query(
        "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } } "
        "GROUP BY ?c ORDER BY DESC(?n) ?c"
    )
    assert isinstance(rows, ox.QuerySolutions)
    return {row["c"].value: int(row["n"].value) for row in rows}


def named_graph_quads(store: ox.Store, graph: ox.NamedNode | None = None) -> list[ox.Quad]:
    """All quads of the data's named graphs (or of one graph), without the change log."""
    if graph is not None:
        return list(store.quads_for_pattern(None, None, None, graph))
    return [
        q
        for q in store
        if isinstance(q.graph_name, ox.NamedNode) and not is_log_graph(q.graph_name)
    ]


def read_quads(store_path: Path, graph: str | None = None) -> list[ox.Quad]:
    """The data's quads (or one graph's) from the store on disk, opened read-only."""
    with open_store(store_path, writable=False) as store:
        return named_graph_quads(store, ox.NamedNode(graph) if graph else None)


@contextmanager
def writer_lock(path: Path, timeout: float = 120.0) -> Iterator[None]:
    """Writers take turns: a second `add` waits for the first instead of failing on RocksDB's lock."""
    import fcntl
    import time

    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".writer.lock"), "w") as handle:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise UserError(
                        "another ump-kg process has been writing to the store for too long",
                        where=str(path),
                        fix="wait for it to finish and try again",
                    ) from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
