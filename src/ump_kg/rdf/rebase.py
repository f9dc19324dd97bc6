"""Configurable IRI base: the project's files use the default base; a store may use another."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar, cast

import pyoxigraph as ox

from ..config import DEFAULT_BASE, base_iri

T = TypeVar("T")


def _rebase_term(term: T, base: str) -> T:
    if isinstance(term, ox.NamedNode) and term.value.startswith(DEFAULT_BASE):
        return cast(T, ox.NamedNode(base + term.value[len(DEFAULT_BASE) :]))
    return term


def rebase(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """Rewrite IRIs under the default base to the configured one (a no-op for the default)."""
    base = base_iri()
    quads = list(quads)
    if base == DEFAULT_BASE:
        return quads
    return [
        ox.Quad(
            _rebase_term(q.subject, base),
            _rebase_term(q.predicate, base),
            _rebase_term(q.object, base),
            _rebase_term(q.graph_name, base),
        )
        for q in quads
    ]
