"""Reading an entry file into triples, with the line where each thing is written.

Turtle, N-Triples and RDF/XML are parsed by pyoxigraph (it fetches nothing: no owl:imports, no
external XML entities). JSON-LD may use the project's own context (inline, or by its IRI, which
is resolved to ontology/context.jsonld on disk); any other remote context is refused. YAML is
the friendly form (see yaml_form.py)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ..config import DEFAULT_BASE, layout
from ..errors import UserError, raise_all
from ..language.resolve import Names
from ..rdf.formats import BY_SUFFIX
from ..rdf.locate import line_of
from ..rdf.read import parse_rdf, read_bytes, refuse_empty, text_of
from ..rdf.syntax import refuse_deep_nesting
from ..vocab import UMP
from .messages import already_in_graph, statements_pl

CONTEXT_IRIS = (f"{DEFAULT_BASE}context.jsonld", f"{UMP}context.jsonld")
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
# An entry describes a few things by hand: a thousand statements is already a great deal. The
# limits keep every check linear and every refusal fast, whatever the file holds.
MAX_TRIPLES = 10_000
NESTED_FORMATS = (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG)  # JSON: json_ld_text


@dataclass
class Entry:
    path: Path
    triples: list[ox.Triple]
    lines: dict[str, int]  # IRI -> line where it is first described
    field_lines: dict[tuple[str, str], int] = field(default_factory=dict)  # (IRI, property) -> line
    checksum: str = ""  # SHA-256 of the file's bytes, as read
    main: str | None = None  # the thing a YAML entry describes
    kind: str | None = None  # its kind (meeting, city, …)

    def thing_description(self, lang: str) -> str:
        """'this meeting is already in the graph: <label> (meeting:…)' for a YAML entry."""
        if self.main is None or self.kind is None:
            return ""
        label = next(
            (
                t.object.value
                for t in self.triples
                if t.subject.value == self.main  # type: ignore[union-attr]
                and t.predicate.value == "http://www.w3.org/2000/01/rdf-schema#label"
                and isinstance(t.object, ox.Literal)
                and t.object.language == lang
            ),
            self.main,
        )
        return already_in_graph(self.kind, label, self.main, lang)

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
            pl=(
                f"zdalny kontekst JSON-LD '{value}' nie jest pobierany",
                f"użyj kontekstu projektu ({CONTEXT_IRIS[0]}) albo wpisz kontekst w pliku",
            ),
        )
    return value


def unique_keys(pairs: list[tuple[str, object]], where: str) -> dict[str, object]:
    """A JSON object whose keys are all different (json.loads would keep the last silently)."""
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            raise UserError(
                f"the key '{key}' is given twice in one JSON object",
                where=where,
                fix="keep one of them",
                pl=(f"klucz '{key}' podano dwa razy w jednym obiekcie JSON", "zostaw jeden"),
            )
        result[key] = value
    return result


def json_ld_text(text: str, where: str) -> str:
    refuse_deep_nesting(text, where)  # json.loads and the context walk recurse
    try:
        data = json.loads(text, object_pairs_hook=lambda pairs: unique_keys(pairs, where))
    except json.JSONDecodeError as err:
        raise UserError(
            f"JSON syntax error: {err.msg}",
            where=f"{where}:{err.lineno}:{err.colno}",
            fix="correct the JSON at that position",
            pl=(f"błąd składni JSON: {err.msg}", "popraw JSON w tym miejscu"),
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


def unknown_format(path: Path, suffix: str) -> UserError:
    return UserError(
        f"unknown entry format '{suffix or '(none)'}'",
        where=str(path),
        fix="write the entry as .yaml (the friendly form), .ttl, .nt or .jsonld",
        pl=(
            f"nieznany format wpisu '{suffix or '(brak)'}'",
            "zapisz wpis jako .yaml (prosta postać), .ttl, .nt albo .jsonld",
        ),
    )


def read_entry(path: Path, names: Callable[[], Names], max_bytes: int = DEFAULT_MAX_BYTES) -> Entry:
    suffix = path.suffix.lower()
    if suffix not in (*BY_SUFFIX, ".yaml", ".yml"):
        raise unknown_format(path, suffix)
    data = read_bytes(path, max_bytes)
    checksum = hashlib.sha256(data).hexdigest()
    text = text_of(data, str(path))
    if suffix in (".yaml", ".yml"):
        from .yaml_form import yaml_entry

        form = yaml_entry(text, path, names())
        return Entry(
            path, form.triples, form.lines, form.field_lines, checksum, form.main, form.kind
        )
    fmt = BY_SUFFIX[suffix].rdf
    if fmt in NESTED_FORMATS:
        refuse_deep_nesting(text, str(path))
    source = json_ld_text(text, str(path)) if fmt == ox.RdfFormat.JSON_LD else text
    quads = parse_rdf(source, fmt, str(path))
    named = [q for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)]
    if named:
        raise UserError(
            "an entry cannot choose named graphs",
            where=str(path),
            fix="write plain triples; accepted entries go to the entries graph",
            pl=(
                "wpis nie może wybierać nazwanych grafów",
                "zapisz zwykłe trójki; przyjęte wpisy trafiają do grafu wpisów",
            ),
        )
    triples = [q.triple for q in quads]
    refuse_size(path, triples, max_bytes)
    return Entry(
        path,
        triples,
        lines_of(path, text, triples, "turtle" if suffix == ".ttl" else "text"),
        checksum=checksum,
    )


def refuse_size(path: Path, triples: list[ox.Triple], max_bytes: int) -> None:
    """Limits on what the text became: no statements, too many, or more text than the file."""
    refuse_empty(path, triples)
    if len(triples) > MAX_TRIPLES:
        raise UserError(
            f"the entry holds {len(triples):,} statements (the limit is {MAX_TRIPLES:,})",
            where=str(path),
            fix="split it into several entries",
            pl=(
                f"wpis zawiera {statements_pl(len(triples))} (najwięcej {MAX_TRIPLES:,})",
                "podziel go na kilka wpisów",
            ),
        )
    size = sum(len(str(t)) for t in triples)
    if size > 2 * max_bytes:
        raise UserError(
            f"the entry's statements take {size:,} characters once read (the limit is {2 * max_bytes:,})",
            where=str(path),
            fix="split it into several entries",
            pl=(
                f"stwierdzenia wpisu po odczytaniu mają {size:,} znaków (najwięcej {2 * max_bytes:,})",
                "podziel go na kilka wpisów",
            ),
        )


def read_entries(
    files: list[Path], store_path: Path, max_size: int = DEFAULT_MAX_BYTES, lang: str = "pl"
) -> tuple[ox.Store | None, list[Entry]]:
    """The store (read-only, if there is one) and every entry read; a bad file is a UserError.
    Names are resolved against the store's labels, loaded only if a YAML entry needs them."""
    store = ox.Store.read_only(str(store_path)) if (store_path / "CURRENT").exists() else None
    cache: dict[str, Names] = {}

    def names() -> Names:
        if "names" not in cache:
            cache["names"] = Names.from_store(store) if store is not None else Names()
        return cache["names"]

    entries, errors = [], []
    for path in files:  # every file is read, so that every problem is reported at once
        try:
            entries.append(read_entry(path, names, max_size))
        except UserError as err:
            errors.append(err)
    raise_all(errors)
    return store, entries
