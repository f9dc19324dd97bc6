"""Configurable IRI base: the project's files use the default base; a store may use another."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from .config import DEFAULT_BASE, base_iri


def _rebase_term(term: ox.Term, base: str) -> ox.Term:
    if isinstance(term, ox.NamedNode) and term.value.startswith(DEFAULT_BASE):
        return ox.NamedNode(base + term.value[len(DEFAULT_BASE) :])
    return term


def rebase(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """Rewrite IRIs under the default base to the configured one (a no-op for the default)."""
    base = base_iri()
    quads = list(quads)
    if base == DEFAULT_BASE:
        return quads
    return [
        ox.Quad(
            _rebase_term(q.subject, base),  # type: ignore[arg-type]
            _rebase_term(q.predicate, base),  # type: ignore[arg-type]
            _rebase_term(q.object, base),
            _rebase_term(q.graph_name, base),  # type: ignore[arg-type]
        )
        for q in quads
    ]
