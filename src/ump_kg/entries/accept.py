"""The entry use cases as library calls: validate files in the context of the graph, and validate
then add them (nothing is added unless everything conforms)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .changes import Change, add_triples
from .read import DEFAULT_MAX_BYTES, read_entries
from .validate import Outcome, validate_entries


@dataclass(frozen=True)
class Accepted:
    outcome: Outcome
    change: Change | None  # None when the entries did not conform


def validate_files(
    files: list[Path], store_path: Path, lang: str = "pl", max_size: int = DEFAULT_MAX_BYTES
) -> Outcome:
    store, entries = read_entries(files, store_path, max_size)
    return validate_entries(store, entries, lang)


def add_files(
    files: list[Path],
    store_path: Path,
    author: str | None = None,
    lang: str = "pl",
    max_size: int = DEFAULT_MAX_BYTES,
) -> Accepted:
    """Validate, then add in one logged transaction; a non-conforming entry changes nothing."""
    store, entries = read_entries(files, store_path, max_size)
    outcome = validate_entries(store, entries, lang)
    del store  # the read-only handle goes before the writer opens the store
    if not outcome.conforms:
        return Accepted(outcome, None)
    triples = [t for e in entries for t in e.triples]
    note = "add " + ", ".join(str(f) for f in files)
    return Accepted(outcome, add_triples(store_path, triples, author, note))
