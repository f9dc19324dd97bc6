"""The entry use cases as library calls: validate files in the context of the graph; add them
(nothing is added unless everything conforms and something is new); remove a thing; undo and
redo changes. Every writer holds the writer lock from reading the state it validates against to
the end of its write, so concurrent writers see each other."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pyoxigraph as ox

from ..errors import UserError
from ..store.store import open_store, writer_lock
from ..vocab import is_log_graph
from .changes import (
    Change,
    Effect,
    Log,
    author_name,
    commit,
    current_state,
    read_log,
    redo_effect,
    redo_target,
    removal,
    undo_effect,
    undo_target,
)
from .read import DEFAULT_MAX_BYTES, Entry, read_entries
from .validate import Outcome, validate_entries


@dataclass(frozen=True)
class Accepted:
    outcome: Outcome
    change: Change | None  # None when the entries did not conform


def validate_files(
    files: list[Path], store_path: Path, lang: str = "pl", max_size: int = DEFAULT_MAX_BYTES
) -> Outcome:
    store, entries = read_entries(files, store_path, max_size, lang)
    return validate_entries(store, entries, lang)


def add_files(
    files: list[Path],
    store_path: Path,
    author: str | None = None,
    lang: str = "pl",
    max_size: int = DEFAULT_MAX_BYTES,
) -> Accepted:
    """Validate, then add in one logged transaction; a non-conforming entry changes nothing, and
    an entry whose every statement is already in the graph is refused."""
    who = author_name(author)
    with writer_lock(store_path):
        store, entries = read_entries(files, store_path, max_size, lang)
        refuse_nothing_new(store, entries)
        outcome = validate_entries(store, entries, lang)
        del store  # the read-only handle goes before the writer opens the store
        if not outcome.conforms:
            return Accepted(outcome, None)
        _, accepted = current_state(store_path)
        content = {t for e in entries for t in e.triples}
        change = commit(
            store_path,
            "add",
            who,
            "add " + ", ".join(str(f) for f in files),
            content=content,
            added=content - accepted,
            checksums=[f"sha256:{e.checksum} {e.path}" for e in entries],
        )
    return Accepted(outcome, change)


def in_graph(store: ox.Store, triple: ox.Triple) -> bool:
    return any(
        isinstance(q.graph_name, ox.NamedNode) and not is_log_graph(q.graph_name)
        for q in store.quads_for_pattern(triple.subject, triple.predicate, triple.object)
    )


def refuse_nothing_new(store: ox.Store | None, entries: list[Entry]) -> None:
    """An entry that adds nothing is refused: logging it would make a later undo take back
    statements an earlier change made."""
    if store is None:
        return
    stale = [e for e in entries if all(in_graph(store, t) for t in e.triples)]
    if not stale:
        return
    entry = stale[0]
    what_en, what_pl = entry.thing_description("en"), entry.thing_description("pl")
    raise UserError(
        f"nothing new: {what_en or 'every statement of the entry is already in the graph'}",
        where=str(entry.path),
        fix="there is no need to add it; ump-kg log lists the changes",
        pl=(
            f"nic nowego: {what_pl or 'każde stwierdzenie wpisu już jest w grafie'}",
            "nie trzeba go dodawać; ump-kg log pokazuje zmiany",
        ),
    )


def remove_thing(store_path: Path, iri: str, author: str | None) -> Change:
    who = author_name(author)
    with writer_lock(store_path):
        triples = removal(store_path, iri)
        return commit(store_path, "remove", who, f"remove {iri}", content=triples, removed=triples)


def reverse(
    store_path: Path,
    verb: Literal["undo", "redo"],
    number: int | None,
    author: str | None,
    lang: str,
) -> Change:
    """Undo: revert exactly one change's effect (change NUMBER, by default the latest change still
    in effect). Redo: apply an undone change again (by default the one the latest undo reverted).
    What either puts back is validated like a new entry, and it is logged as a change of its own
    that names the edit (its target)."""
    who = author_name(author)
    with writer_lock(store_path):
        log, entries = current_state(store_path)
        if verb == "undo":
            edit = undo_target(log, number)
            effect = undo_effect(log, edit, entries)
        else:
            edit = redo_target(log, number)
            effect = redo_effect(edit, entries)
        what = f"{verb} of change {edit.number}"
        check_additions(store_path, effect, what, lang)
        return commit(
            store_path,
            verb,
            who,
            f"{what} ({edit.kind})",
            added=effect.added,
            removed=effect.removed,
            target=edit.number,
        )


def check_additions(store_path: Path, effect: Effect, what: str, lang: str) -> None:
    """Statements put back by an undo or redo are validated like a new entry: the graph may have
    changed since they were taken out (the same meeting added again, say)."""
    if not effect.added:
        return
    store = ox.Store.read_only(str(store_path))
    outcome = validate_entries(store, [Entry(Path(what), list(effect.added), {})], lang)
    del store
    if not outcome.conforms:
        first = next(p for p in outcome.problems if p.severity == "Violation")
        raise UserError(
            f"{what} would make the graph not conform: {first.line()}",
            fix="remove the conflicting entry first (ump-kg log lists the changes)",
        )


def history(store_path: Path) -> Log:
    """The change log, oldest first."""
    with open_store(store_path, writable=False) as store:  # a missing store is an error here
        return read_log(store)
