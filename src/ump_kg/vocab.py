"""The project's vocabulary, written once: the ump: namespace, the terms every room uses, and the
named graphs (one per source document, one per reference file, the entries, the change log) with
the tests on them."""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
import rdflib

from .config import DEFAULT_BASE, base_iri
from .slug import slugify

# The ontology's namespace as the project's files write it (under the default base; files are
# rebased on load when UMP_KG_BASE names another base).
UMP = f"{DEFAULT_BASE}def/"
UMP_NS = rdflib.Namespace(UMP)
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = RDF + "type"


def reference_graph(name: str) -> ox.NamedNode:
    return ox.NamedNode(f"{base_iri()}graph/reference/{slugify(name)}")


def source_graph(name: str) -> ox.NamedNode:
    return ox.NamedNode(f"{base_iri()}graph/source/{slugify(name)}")


def entries_graph() -> ox.NamedNode:
    return ox.NamedNode(f"{base_iri()}graph/entries")


def changes_graph() -> ox.NamedNode:
    return ox.NamedNode(f"{base_iri()}graph/changes")


def build_graph() -> ox.NamedNode:
    """What the last build read: per source graph, the key of its extraction (page bytes and
    extractor) and the hash of its content as stored; incremental builds compare against it."""
    return ox.NamedNode(f"{base_iri()}graph/build")


# The build graph's terms: bookkeeping, not part of the ontology, never exported.
BUILD = f"{DEFAULT_BASE}build#"
BUILD_KEY = BUILD + "extractionKey"
BUILD_CONTENT = BUILD + "contentSha256"
BUILD_EXTRACTOR = BUILD + "extractor"


def is_source_graph(graph: ox.NamedNode) -> bool:
    """A graph `build` owns: it is dropped when its source document is gone."""
    return graph.value.startswith(f"{base_iri()}graph/source/")


def is_log_graph(graph: ox.NamedNode) -> bool:
    """The change log and the build record are bookkeeping: they stay in the store (for undo,
    audit and incremental builds), out of exports, snapshots and releases."""
    return graph in (changes_graph(), build_graph())


def default_graph_for(path: Path) -> ox.NamedNode:
    """Files in a folder called 'reference' are reference data; anything else is a source."""
    # realpath, not Path.resolve: a symbolic link loop must reach the reader's clear message.
    if Path(os.path.realpath(path)).parent.name == "reference":
        return reference_graph(path.stem)
    return source_graph(path.stem)
