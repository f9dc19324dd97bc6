"""Named-graph IRIs: one graph per source document, per reference file, and one for entries."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from .config import base_iri
from .slug import slugify


def reference_graph(name: str) -> ox.NamedNode:
    return ox.NamedNode(f"{base_iri()}graph/reference/{slugify(name)}")


def source_graph(name: str) -> ox.NamedNode:
    return ox.NamedNode(f"{base_iri()}graph/source/{slugify(name)}")


def entries_graph() -> ox.NamedNode:
    return ox.NamedNode(f"{base_iri()}graph/entries")


def default_graph_for(path: Path) -> ox.NamedNode:
    """Files in a folder called 'reference' are reference data; anything else is a source."""
    if path.resolve().parent.name == "reference":
        return reference_graph(path.stem)
    return source_graph(path.stem)
