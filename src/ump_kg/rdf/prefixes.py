"""The project's prefixes, read from its JSON-LD context (ontology/context.jsonld), rebased."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from ..config import DEFAULT_BASE, base_iri, layout


@cache
def _context_prefixes(path: Path) -> tuple[tuple[str, str], ...]:
    context = json.loads(path.read_text(encoding="utf-8"))["@context"]
    return tuple(
        (name, value)
        for name, value in context.items()
        if isinstance(value, str) and not name.startswith("@") and value.endswith(("/", "#"))
    )


def prefixes() -> dict[str, str]:
    """Prefix name -> namespace, in the context's order, with the project base applied."""
    base = base_iri()
    return {
        name: base + ns[len(DEFAULT_BASE) :] if ns.startswith(DEFAULT_BASE) else ns
        for name, ns in _context_prefixes(layout().context)
    }


def compact(iri: str) -> str:
    """The shortest prefixed name for an IRI ('city:krakow'), else the IRI itself."""
    best = ""
    name_for_best = ""
    for name, ns in prefixes().items():
        if iri.startswith(ns) and len(ns) > len(best) and "/" not in iri[len(ns) :]:
            best, name_for_best = ns, name
    return f"{name_for_best}:{iri[len(best) :]}" if best else iri
