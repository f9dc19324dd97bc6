"""Showing answers: W3C formats from pyoxigraph; tables and Markdown with labels in a language."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pyoxigraph as ox

from ..rdf.prefixes import compact
from .sparql import Answer, Term

W3C = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
Labeller = Callable[[list[str]], dict[str, str]]


def render(answer: Answer, fmt: str, labels: Labeller | None = None) -> bytes:
    if answer.form in ("CONSTRUCT", "DESCRIBE") or fmt == "ttl":
        from ..rdf.write import serialize

        return serialize([ox.Quad(t.subject, t.predicate, t.object) for t in answer.triples], "ttl")
    if fmt in W3C:
        parsed = ox.parse_query_results(answer.json, format=ox.QueryResultsFormat.JSON)
        return parsed.serialize(format=W3C[fmt]) or b""
    if answer.form == "ASK":
        return b"true\n" if answer.boolean() else b"false\n"
    names, rows = answer.solutions()
    iris = sorted({t.value for row in rows for t in row if isinstance(t, ox.NamedNode)})
    label_of = labels(iris) if labels and iris else {}
    cells = [[shorten(show(t, label_of)) for t in row] for row in rows]
    text = markdown(names, cells) if fmt == "md" else table(names, cells)
    return text.encode("utf-8")


MAX_CELL = 80  # characters in a table cell; the W3C formats always carry the whole value


def shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def show(term: Term | None, labels: dict[str, str]) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return labels.get(term.value) or compact(term.value)
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def table(names: list[str], rows: list[list[str]]) -> str:
    widths = [max([width(n)] + [width(r[i]) for r in rows]) for i, n in enumerate(names)]

    def line(values: list[str]) -> str:
        return "  ".join(
            v + " " * (w - width(v)) for v, w in zip(values, widths, strict=True)
        ).rstrip()

    out = [line(names), "  ".join("─" * w for w in widths)] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def markdown(names: list[str], rows: list[list[str]]) -> str:
    def esc(value: str) -> str:
        return value.replace("|", "\\|").replace("\n", " ")

    out = ["| " + " | ".join(names) + " |", "|" + "---|" * len(names)]
    out += ["| " + " | ".join(esc(v) for v in row) + " |" for row in rows]
    return "\n".join(out) + "\n"
