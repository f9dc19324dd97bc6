"""`ump-kg export`: the store's named graphs (or one of them) in a format of the registry,
deterministically — the same store always gives the same bytes."""

from __future__ import annotations

from pathlib import Path

from ..errors import UserError
from ..rdf.write import serialize
from ..store.store import read_quads


def export_store(store_path: Path, fmt: str, graph: str | None = None) -> bytes:
    quads = read_quads(store_path, graph)
    if not quads:
        raise UserError(
            "nothing to export: the graph is empty",
            fix="check --graph (ump-kg stats lists the graphs) or load data first",
        )
    return serialize(quads, fmt)
