"""Accepting entries: `add` writes validated triples into the entries graph, `remove` takes a
thing back out, `undo` reverts the last change. Each change is one transaction that also
appends to the change log in …/graph/changes — a prov:Activity saying what (the triples, as
N-Triples text), when and by whom — so a killed process leaves the store exactly as before or
exactly as after. Writers take turns (writer_lock). A change touches the store only, never the
project's files (the released snapshot is written by `ump-kg build`)."""

from __future__ import annotations

import datetime as dt
import getpass
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..config import base_iri
from ..errors import UserError
from ..slug import slugify
from ..store.store import open_store, writer_lock
from ..vocab import PROV, RDF_TYPE, RDFS, UMP, XSD, changes_graph, entries_graph


@dataclass(frozen=True)
class Change:
    number: int
    kind: str  # add | remove | undo
    triples: int


def last_change(store: ox.Store) -> tuple[int, str] | None:
    result = store.query(
        f"SELECT ?n ?kind WHERE {{ GRAPH {changes_graph()} {{ ?c <{UMP}changeNumber> ?n ; <{UMP}changeKind> ?kind }} }} "
        "ORDER BY DESC(?n) LIMIT 1"
    )
    assert isinstance(result, ox.QuerySolutions)
    rows = list(result)
    if not rows:
        return None
    number, kind = rows[0][0], rows[0][1]
    assert isinstance(number, ox.Literal) and isinstance(kind, ox.Literal)
    return int(number.value), kind.value


def triples_text(triples: list[ox.Triple]) -> str:
    return "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)


def record(number: int, kind: str, author: str, triples: list[ox.Triple], note: str) -> str:
    """SPARQL update text that logs one change (metadata and its triples)."""
    base = base_iri()
    change = ox.NamedNode(f"{base}id/change/{number}")
    agent = ox.NamedNode(f"{base}id/agent/{slugify(author) or 'unknown'}")
    now = ox.Literal(
        dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        datatype=ox.NamedNode(XSD + "dateTime"),
    )
    meta = [
        ox.Triple(
            change,
            ox.NamedNode(RDF_TYPE),
            ox.NamedNode(PROV + "Activity"),
        ),
        ox.Triple(
            change,
            ox.NamedNode(UMP + "changeNumber"),
            ox.Literal(str(number), datatype=ox.NamedNode(XSD + "integer")),
        ),
        ox.Triple(change, ox.NamedNode(UMP + "changeKind"), ox.Literal(kind)),
        ox.Triple(change, ox.NamedNode(PROV + "endedAtTime"), now),
        ox.Triple(change, ox.NamedNode(PROV + "wasAssociatedWith"), agent),
        ox.Triple(agent, ox.NamedNode(RDFS + "label"), ox.Literal(author)),
        ox.Triple(change, ox.NamedNode(RDFS + "comment"), ox.Literal(note)),
        # The triples themselves as N-Triples text: kept for undo, invisible to queries.
        ox.Triple(change, ox.NamedNode(UMP + "changeContent"), ox.Literal(triples_text(triples))),
    ]
    return f"INSERT DATA {{ GRAPH {changes_graph()} {{ {triples_text(meta)} }} }}"


def apply(
    store_path: Path,
    kind: str,
    author: str,
    add: list[ox.Triple],
    remove: list[ox.Triple],
    note: str,
) -> Change:
    with writer_lock(store_path):
        with open_store(store_path, writable=True) as store:
            previous = last_change(store)
            number = (previous[0] if previous else 0) + 1
            graph = entries_graph()
            operations = [record(number, kind, author, add or remove, note)]
            if remove:
                operations.append(f"DELETE DATA {{ GRAPH {graph} {{ {triples_text(remove)} }} }}")
            if add:
                operations.append(f"INSERT DATA {{ GRAPH {graph} {{ {triples_text(add)} }} }}")
            store.update(" ;\n".join(operations))  # one request, one transaction
        # The store's RocksDB lock goes with its last reference: drop it before the writer lock,
        # or the next writer, let in, finds the store still locked.
        del store
    return Change(number, kind, len(add or remove))


def add_triples(
    store_path: Path, triples: list[ox.Triple], author: str | None, note: str
) -> Change:
    return apply(
        store_path, "add", author or getpass.getuser(), sorted(set(triples), key=str), [], note
    )


def remove_thing(store_path: Path, iri: str, author: str | None) -> Change:
    with open_store(store_path, writable=False) as store:
        triples = [
            q.triple
            for q in store.quads_for_pattern(ox.NamedNode(iri), None, None, entries_graph())
        ]
    if not triples:
        raise UserError(
            f"{iri} is not an accepted entry",
            fix="only things added with `ump-kg add` can be removed; "
            "facts extracted from sources change with their source documents",
        )
    return apply(store_path, "remove", author or getpass.getuser(), [], triples, f"remove {iri}")


def undo(store_path: Path, author: str | None) -> Change:
    with open_store(store_path, writable=False) as store:
        previous = last_change(store)
        if previous is None:
            raise UserError("there is nothing to undo", fix="the change log is empty")
        number, kind = previous
        content = next(
            store.quads_for_pattern(
                ox.NamedNode(f"{base_iri()}id/change/{number}"),
                ox.NamedNode(UMP + "changeContent"),
                None,
                changes_graph(),
            )
        ).object
        text = content.value if isinstance(content, ox.Literal) else ""
        triples = [q.triple for q in ox.parse(text, format=ox.RdfFormat.N_TRIPLES)] if text else []
    # An undo is itself an ordinary add or remove, so undoing it again redoes the change.
    who = author or getpass.getuser()
    if kind == "add":
        return apply(store_path, "remove", who, [], triples, f"undo of change {number} (add)")
    return apply(store_path, "add", who, triples, [], f"undo of change {number} (remove)")


@dataclass(frozen=True)
class LogRecord:
    number: int
    kind: str
    time: str
    author: str
    note: str


def history(store_path: Path) -> list[LogRecord]:
    """The change log, oldest first."""
    with open_store(store_path, writable=False) as store:
        result = store.query(
            f"""SELECT ?n ?kind ?time ?who ?note WHERE {{ GRAPH {changes_graph()} {{
              ?c <{UMP}changeNumber> ?n ; <{UMP}changeKind> ?kind ; <{PROV}endedAtTime> ?time ;
                 <{RDFS}comment> ?note ; <{PROV}wasAssociatedWith> ?agent . ?agent <{RDFS}label> ?who
            }} }} ORDER BY ?n"""
        )
        assert isinstance(result, ox.QuerySolutions)
        return [
            LogRecord(int(row[0].value), row[1].value, row[2].value, row[3].value, row[4].value)
            for row in result
        ]
