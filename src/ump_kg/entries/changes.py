"""The change log: every change to the entries graph is numbered and kept in …/graph/changes as a
prov:Activity with its time, its author, the checksums of the entry files it came from, the
triples it asserts and the exact triples it added and removed. `undo N` reverts exactly change
N's effect and `redo N` applies a reverted change again; both are changes of their own, so the
log only ever grows.

Each change is one SPARQL update (one transaction: a killed process leaves the store as before
or as after). The caller holds the writer lock from the moment it reads the state it decides on
until the write is done (`writer_lock`), so concurrent writers see each other's changes: two
concurrent undos undo two different changes, or one of them finds nothing left to undo. A change
touches the store only, never the project's files (the snapshot is `ump-kg build`'s)."""

from __future__ import annotations

import datetime as dt
import getpass
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ..config import base_iri
from ..errors import UserError
from ..slug import slugify
from ..store.store import open_store
from ..vocab import PROV, RDF_TYPE, RDFS, UMP, XSD, changes_graph, entries_graph

AUTHOR_ENV = "UMP_KG_AUTHOR"
EDITS = ("add", "remove")  # the changes undo and redo act on; undo and redo are changes too


def author_name(given: str | None) -> str:
    """--author, else $UMP_KG_AUTHOR, else the user's login name."""
    if given and given.strip():
        return given.strip()
    if os.environ.get(AUTHOR_ENV, "").strip():
        return os.environ[AUTHOR_ENV].strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without a passwd entry)
        return "unknown"


@dataclass(frozen=True)
class Change:
    """One record of the log, as stored."""

    number: int
    kind: str  # add | remove | undo | redo
    time: str
    author: str
    note: str
    target: int | None = None  # the change an undo reverts or a redo reapplies
    checksums: tuple[str, ...] = ()
    content: frozenset[ox.Triple] = field(default_factory=frozenset)
    added: tuple[ox.Triple, ...] = ()
    removed: tuple[ox.Triple, ...] = ()

    def as_json(self) -> dict[str, object]:
        return {
            "number": self.number,
            "kind": self.kind,
            "time": self.time,
            "author": self.author,
            "note": self.note,
            "target": self.target,
            "checksums": list(self.checksums),
            "added": [f"{t} ." for t in sorted_triples(self.added)],
            "removed": [f"{t} ." for t in sorted_triples(self.removed)],
        }


def sorted_triples(triples: Iterable[ox.Triple]) -> list[ox.Triple]:
    return sorted(set(triples), key=str)


def triples_text(triples: Iterable[ox.Triple]) -> str:
    return "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in sorted_triples(triples))


def parsed_triples(text: str) -> list[ox.Triple]:
    return [q.triple for q in ox.parse(text, format=ox.RdfFormat.N_TRIPLES)] if text else []


def change_iri(number: int) -> ox.NamedNode:
    return ox.NamedNode(f"{base_iri()}id/change/{number}")


def number_of(iri: str) -> int | None:
    tail = iri.rsplit("/", 1)[-1]
    return int(tail) if tail.isdigit() else None


@dataclass
class Log:
    """The whole change log, oldest first, with what follows from it: which edits are live."""

    changes: list[Change]

    def get(self, number: int) -> Change | None:
        return next((c for c in self.changes if c.number == number), None)

    @property
    def next_number(self) -> int:
        return max((c.number for c in self.changes), default=0) + 1

    def reverted_by(self, number: int) -> Change | None:
        """The undo that reverted an edit, if its latest undo/redo is an undo."""
        latest = next(
            (c for c in reversed(self.changes) if c.target == number),
            None,
        )
        return latest if latest is not None and latest.kind == "undo" else None

    def live(self, change: Change) -> bool:
        return change.kind in EDITS and self.reverted_by(change.number) is None

    def last_live_edit(self) -> Change | None:
        return next((c for c in reversed(self.changes) if self.live(c)), None)

    def last_reverted_edit(self) -> Change | None:
        """The edit the most recent undo reverted, while it is still reverted."""
        for change in reversed(self.changes):
            if change.kind == "undo" and change.target is not None:
                target = self.get(change.target)
                if target is not None and not self.live(target):
                    return target
        return None

    def held_by_others(self, edit: Change) -> set[ox.Triple]:
        """Triples another live add asserts (and no later live remove took back)."""
        held: set[ox.Triple] = set()
        for add in self.changes:
            if add.kind != "add" or add.number == edit.number or not self.live(add):
                continue
            taken = {
                t
                for r in self.changes
                if r.kind == "remove" and r.number > add.number and self.live(r)
                for t in r.content
            }
            held.update(add.content - taken)
        return held


def read_log(store: ox.Store) -> Log:
    records: dict[str, dict[str, list[ox.NamedNode | ox.Literal]]] = {}
    for quad in store.quads_for_pattern(None, None, None, changes_graph()):
        if isinstance(quad.subject, ox.NamedNode) and isinstance(
            quad.object, (ox.NamedNode, ox.Literal)
        ):
            fields = records.setdefault(quad.subject.value, {})
            fields.setdefault(quad.predicate.value, []).append(quad.object)
    agents = {
        iri: str(values[0].value)
        for iri, fields in records.items()
        for values in [fields.get(RDFS + "label", [])]
        if values and UMP + "changeNumber" not in fields
    }
    changes = [
        change_of(fields, agents) for fields in records.values() if UMP + "changeNumber" in fields
    ]
    return Log(sorted(changes, key=lambda c: c.number))


def change_of(fields: dict[str, list[ox.NamedNode | ox.Literal]], agents: dict[str, str]) -> Change:
    def one(prop: str) -> str:
        values = fields.get(prop, [])
        return values[0].value if values else ""

    target_iri = one(UMP + "revertsChange") or one(UMP + "reappliesChange")
    return Change(
        number=int(one(UMP + "changeNumber")),
        kind=one(UMP + "changeKind"),
        time=one(PROV + "endedAtTime"),
        author=agents.get(one(PROV + "wasAssociatedWith"), ""),
        note=one(RDFS + "comment"),
        target=number_of(target_iri) if target_iri else None,
        checksums=tuple(sorted(v.value for v in fields.get(UMP + "entryChecksum", []))),
        content=frozenset(parsed_triples(one(UMP + "changeContent"))),
        added=tuple(parsed_triples(one(UMP + "changeAdded"))),
        removed=tuple(parsed_triples(one(UMP + "changeRemoved"))),
    )


def entries_now(store: ox.Store) -> set[ox.Triple]:
    return {q.triple for q in store.quads_for_pattern(None, None, None, entries_graph())}


def agent_iri(author: str) -> ox.NamedNode:
    try:
        slug = slugify(author)
    except ValueError:  # a name with no letter or digit
        slug = "unknown"
    return ox.NamedNode(f"{base_iri()}id/agent/{slug}")


def record_triples(change: Change) -> list[ox.Triple]:
    """The log record of one change."""
    node, agent = change_iri(change.number), agent_iri(change.author)

    def text(prop: str, value: str) -> ox.Triple:
        return ox.Triple(node, ox.NamedNode(prop), ox.Literal(value))

    triples = [
        ox.Triple(node, ox.NamedNode(RDF_TYPE), ox.NamedNode(PROV + "Activity")),
        ox.Triple(
            node,
            ox.NamedNode(UMP + "changeNumber"),
            ox.Literal(str(change.number), datatype=ox.NamedNode(XSD + "integer")),
        ),
        text(UMP + "changeKind", change.kind),
        ox.Triple(
            node,
            ox.NamedNode(PROV + "endedAtTime"),
            ox.Literal(change.time, datatype=ox.NamedNode(XSD + "dateTime")),
        ),
        ox.Triple(node, ox.NamedNode(PROV + "wasAssociatedWith"), agent),
        ox.Triple(agent, ox.NamedNode(RDFS + "label"), ox.Literal(change.author)),
        text(RDFS + "comment", change.note),
        # The triples as N-Triples text: kept for undo and audit, invisible to queries.
        text(UMP + "changeContent", triples_text(change.content)),
        text(UMP + "changeAdded", triples_text(change.added)),
        text(UMP + "changeRemoved", triples_text(change.removed)),
        *(text(UMP + "entryChecksum", checksum) for checksum in change.checksums),
    ]
    if change.target is not None:
        prop = "revertsChange" if change.kind == "undo" else "reappliesChange"
        triples.append(ox.Triple(node, ox.NamedNode(UMP + prop), change_iri(change.target)))
    return triples


def now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def write_change(store: ox.Store, change: Change) -> None:
    """The record and the change's effect on the entries graph, in one transaction."""
    graph = entries_graph()
    operations = [
        f"INSERT DATA {{ GRAPH {changes_graph()} {{ {triples_text(record_triples(change))} }} }}"
    ]
    if change.removed:
        operations.append(f"DELETE DATA {{ GRAPH {graph} {{ {triples_text(change.removed)} }} }}")
    if change.added:
        operations.append(f"INSERT DATA {{ GRAPH {graph} {{ {triples_text(change.added)} }} }}")
    store.update(" ;\n".join(operations))


def commit(
    store_path: Path,
    kind: str,
    author: str,
    note: str,
    *,
    content: Iterable[ox.Triple] = (),
    added: Iterable[ox.Triple] = (),
    removed: Iterable[ox.Triple] = (),
    target: int | None = None,
    checksums: Iterable[str] = (),
) -> Change:
    """Number and write one change. The caller holds the writer lock."""
    with open_store(store_path, writable=True) as store:
        change = Change(
            number=read_log(store).next_number,
            kind=kind,
            time=now(),
            author=author,
            note=note,
            target=target,
            checksums=tuple(sorted(checksums)),
            content=frozenset(content),
            added=tuple(sorted_triples(added)),
            removed=tuple(sorted_triples(removed)),
        )
        write_change(store, change)
    return change


def current_state(store_path: Path) -> tuple[Log, set[ox.Triple]]:
    if not (store_path / "CURRENT").exists():
        return Log([]), set()
    with open_store(store_path, writable=False) as store:
        return read_log(store), entries_now(store)


def removal(store_path: Path, iri: str) -> list[ox.Triple]:
    """The accepted statements about a thing (the caller holds the writer lock)."""
    _, entries = current_state(store_path)
    triples = [t for t in entries if isinstance(t.subject, ox.NamedNode) and t.subject.value == iri]
    if not triples:
        raise UserError(
            f"{iri} is not an accepted entry",
            fix="only things added with `ump-kg add` can be removed; "
            "facts extracted from sources change with their source documents",
        )
    return triples


def undo_target(log: Log, number: int | None) -> Change:
    """Change NUMBER, else the latest edit still in effect; refused when it is already undone."""
    edit = log.last_live_edit() if number is None else existing_edit(log, number, "undo")
    if edit is None:
        empty = "every change is already undone" if log.changes else "the change log is empty"
        raise UserError(f"there is nothing to undo: {empty}", fix="ump-kg log lists the changes")
    reverted = log.reverted_by(edit.number)
    if reverted is not None:
        raise UserError(
            f"change {edit.number} is already undone (by change {reverted.number})",
            fix=f"ump-kg redo {edit.number} applies it again",
        )
    return edit


def redo_target(log: Log, number: int | None) -> Change:
    """Change NUMBER, else the edit the latest undo reverted; refused when it is in effect."""
    edit = log.last_reverted_edit() if number is None else existing_edit(log, number, "redo")
    if edit is None:
        raise UserError(
            "there is nothing to redo: no change is undone", fix="ump-kg log lists the changes"
        )
    if log.live(edit):
        raise UserError(
            f"change {edit.number} is not undone: there is nothing to redo",
            fix="ump-kg log lists the changes",
        )
    return edit


def existing_edit(log: Log, number: int, verb: str) -> Change:
    change = log.get(number)
    if change is None:
        raise UserError(
            f"there is no change {number}",
            fix=f"the log has changes 1–{log.next_number - 1}"
            if log.changes
            else "the log is empty",
        )
    if change.kind not in EDITS:
        raise UserError(
            f"change {number} is itself an {change.kind} of change {change.target}",
            fix=f"to {verb} that, write: ump-kg {'redo' if change.kind == 'undo' else 'undo'} "
            f"{change.target}",
        )
    return change


@dataclass(frozen=True)
class Effect:
    """What undoing or redoing an edit does to the entries graph."""

    added: list[ox.Triple]
    removed: list[ox.Triple]


def undo_effect(log: Log, edit: Change, entries: set[ox.Triple]) -> Effect:
    """An add's undo removes the statements it asserts that no other live add asserts (a
    statement two entries make stays while one of them does); a remove's undo puts back what it
    took out and is not there again."""
    if edit.kind == "add":
        gone = (edit.content & entries) - log.held_by_others(edit)
        return Effect([], sorted_triples(gone))
    return Effect(sorted_triples(set(edit.removed) - entries), [])


def redo_effect(edit: Change, entries: set[ox.Triple]) -> Effect:
    if edit.kind == "add":
        return Effect(sorted_triples(edit.content - entries), [])
    return Effect([], sorted_triples(edit.content & entries))


def state_of(log: Log, change: Change) -> str:
    if change.kind not in EDITS:
        return ""
    reverted = log.reverted_by(change.number)
    return f"undone by {reverted.number}" if reverted else "in effect"


def log_table(log: Log) -> str:
    """The log as a table: one row per change, oldest first."""
    from ..query.results import table

    names = ["change", "time", "author", "kind", "added", "removed", "state", "what"]
    rows = [
        [
            str(c.number),
            c.time,
            c.author,
            c.kind + (f" {c.target}" if c.target is not None else ""),
            str(len(c.added)),
            str(len(c.removed)),
            state_of(log, c),
            "; ".join([c.note, *c.checksums]),
        ]
        for c in log.changes
    ]
    return table(names, rows)
