"""Reading an entry file into triples, with the line where each thing is written.

Turtle, N-Triples and RDF/XML are parsed by pyoxigraph (it fetches nothing: no owl:imports, no
external XML entities). JSON-LD may use the project's own context (inline, or by its IRI, which
is resolved to ontology/context.jsonld on disk); any other remote context is refused. YAML is
the friendly form (see yaml_form.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ..config import DEFAULT_BASE, layout
from ..errors import UserError
from ..language.resolve import Names
from ..rdf.formats import BY_SUFFIX
from ..rdf.locate import line_of
from ..rdf.read import parse_rdf, read_text
from ..vocab import UMP

CONTEXT_IRIS = (f"{DEFAULT_BASE}context.jsonld", f"{UMP}context.jsonld")
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


@dataclass
class Entry:
    path: Path
    triples: list[ox.Triple]
    lines: dict[str, int]  # IRI -> line where it is first described
    field_lines: dict[tuple[str, str], int] = field(default_factory=dict)  # (IRI, property) -> line

    def where(self, iri: str, prop: str | None = None) -> str:
        line = self.field_lines.get((iri, prop or "")) or self.lines.get(iri)
        return f"{self.path}:{line}" if line else str(self.path)


def local_context(data: object, where: str) -> object:
    """Replace the project's context IRI by its content; refuse any other remote context."""
    if isinstance(data, list):
        return [local_context(item, where) for item in data]
    if not isinstance(data, dict):
        return data
    result = {}
    for key, value in data.items():
        if key == "@context":
            result[key] = resolve_context(value, where)
        else:
            result[key] = local_context(value, where)
    return result


def resolve_context(value: object, where: str) -> object:
    if isinstance(value, list):
        return [resolve_context(v, where) for v in value]
    if isinstance(value, str):
        if value in CONTEXT_IRIS:
            return json.loads(layout().context.read_text(encoding="utf-8"))["@context"]
        raise UserError(
            f"remote JSON-LD context '{value}' is not fetched",
            where=where,
            fix=f"use the project's context ({CONTEXT_IRIS[0]}) or put the context inline",
        )
    return value


def json_ld_text(text: str, where: str) -> str:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise UserError(
            f"JSON syntax error: {err.msg}",
            where=f"{where}:{err.lineno}:{err.colno}",
            fix="correct the JSON at that position",
        ) from None
    return json.dumps(local_context(data, where))


def lines_of(path: Path, text: str, triples: list[ox.Triple], fmt: str) -> dict[str, int]:
    subjects = {t.subject.value for t in triples if isinstance(t.subject, ox.NamedNode)}
    lines: dict[str, int] = {}
    for iri in subjects:
        if fmt == "turtle":
            line = line_of(path, iri)
        else:
            position = text.find(iri)
            line = text.count("\n", 0, position) + 1 if position >= 0 else None
        if line:
            lines[iri] = line
    return lines


def read_entry(path: Path, names: Callable[[], Names], max_bytes: int = DEFAULT_MAX_BYTES) -> Entry:
    suffix = path.suffix.lower()
    if suffix not in (*BY_SUFFIX, ".yaml", ".yml"):
        raise UserError(
            f"unknown entry format '{suffix or '(none)'}'",
            where=str(path),
            fix="write the entry as .yaml (the friendly form), .ttl, .nt or .jsonld",
        )
    text = read_text(path, max_bytes)
    if suffix in (".yaml", ".yml"):
        from .yaml_form import yaml_entry

        triples, lines, field_lines = yaml_entry(text, path, names())
        return Entry(path, triples, lines, field_lines)
    fmt = BY_SUFFIX[suffix].rdf
    source = json_ld_text(text, str(path)) if fmt == ox.RdfFormat.JSON_LD else text
    quads = parse_rdf(source, fmt, str(path))
    named = [q for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)]
    if named:
        raise UserError(
            "an entry cannot choose named graphs",
            where=str(path),
            fix="write plain triples; accepted entries go to the entries graph",
        )
    triples = [q.triple for q in quads]
    if not triples:
        raise UserError("file holds no RDF statements", where=str(path), fix="add statements")
    return Entry(
        path, triples, lines_of(path, text, triples, "turtle" if suffix == ".ttl" else "text")
    )


def read_entries(
    files: list[Path], store_path: Path, max_size: int = DEFAULT_MAX_BYTES
) -> tuple[ox.Store | None, list[Entry]]:
    """The store (read-only, if there is one) and every entry read; a bad file is a UserError.
    Names are resolved against the store's labels, loaded only if a YAML entry needs them."""
    store = ox.Store.read_only(str(store_path)) if (store_path / "CURRENT").exists() else None
    cache: dict[str, Names] = {}

    def names() -> Names:
        if "names" not in cache:
            cache["names"] = Names.from_store(store) if store is not None else Names()
        return cache["names"]

    return store, [read_entry(path, names, max_size) for path in files]
