"""Finding where a term is written in a Turtle file, so problems can name file:line."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

_PREFIX = re.compile(r"@prefix\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.IGNORECASE)


@cache
def _lines_and_prefixes(path: Path) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    lines = tuple(path.read_text(encoding="utf-8").splitlines())
    prefixes = tuple(
        (m.group(1) or "", m.group(2)) for line in lines for m in _PREFIX.finditer(line)
    )
    return lines, prefixes


def spellings(iri: str, prefixes: tuple[tuple[str, str], ...]) -> list[str]:
    """The ways a Turtle file may write the IRI: <iri> and every prefixed name for it."""
    forms = [f"<{iri}>"]
    for name, namespace in prefixes:
        if iri.startswith(namespace) and iri != namespace:
            forms.append(f"{name}:{iri[len(namespace) :]}")
    return forms


def line_of(path: Path, iri: str) -> int | None:
    """The line where the term is first the subject of a statement, else first mentioned."""
    lines, prefixes = _lines_and_prefixes(path)
    forms = spellings(iri, prefixes)
    token = re.compile("|".join(re.escape(f) + r"(?![\w:.-]*\w)" for f in forms))
    first_mention = None
    for number, line in enumerate(lines, start=1):
        match = token.search(line)
        if match is None:
            continue
        if match.start() == 0:
            return number
        first_mention = first_mention or number
    return first_mention


def where(path: Path, iri: str) -> str:
    line = line_of(path, iri)
    return f"{path}:{line}" if line else str(path)
