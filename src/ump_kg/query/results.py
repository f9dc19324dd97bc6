"""Showing answers: W3C formats from pyoxigraph; tables and Markdown with labels in a language."""

from __future__ import annotations

import csv
import io
import os
import shutil
import sys
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


def render(
    answer: Answer, fmt: str, labels: Labeller | None = None, with_labels: bool = False
) -> bytes:
    if answer.form in ("CONSTRUCT", "DESCRIBE") or fmt == "ttl":
        from ..rdf.write import serialize

        return serialize([ox.Quad(t.subject, t.predicate, t.object) for t in answer.triples], "ttl")
    if fmt in ("csv", "tsv") and with_labels and answer.form == "SELECT":
        return labelled_table(answer, fmt, labels)
    if fmt in W3C:
        parsed = ox.parse_query_results(answer.json, format=ox.QueryResultsFormat.JSON)
        return parsed.serialize(format=W3C[fmt]) or b""
    if answer.form == "ASK":
        return b"true\n" if answer.boolean() else b"false\n"
    names, rows = answer.solutions()
    iris = sorted({t.value for row in rows for t in row if isinstance(t, ox.NamedNode)})
    label_of = labels(iris) if labels and iris else {}
    cells = [[one_line(show(t, label_of)) for t in row] for row in rows]
    text = markdown(names, cells) if fmt == "md" else table(names, cells)
    return text.encode("utf-8")


def one_line(text: str) -> str:
    """Whole values on one line (a table wraps them to the terminal, nothing is cut)."""
    return " ".join(text.split())


def labelled_table(answer: Answer, fmt: str, labels: Labeller | None) -> bytes:
    """CSV/TSV with a `NAME_label` column after every column that holds IRIs: values as in the
    W3C formats (full IRIs, lexical forms), labels in the chosen language."""
    names, rows = answer.solutions()
    iris = sorted({t.value for row in rows for t in row if isinstance(t, ox.NamedNode)})
    label_of = labels(iris) if labels and iris else {}
    with_iris = [any(isinstance(row[i], ox.NamedNode) for row in rows) for i in range(len(names))]
    header: list[str] = []
    for name, has in zip(names, with_iris, strict=True):
        header += [name, f"{name}_label"] if has else [name]
    out = io.StringIO()
    writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        line: list[str] = []
        for term, has in zip(row, with_iris, strict=True):
            value = term.value if isinstance(term, (ox.NamedNode, ox.Literal)) else ""
            line.append(value)
            if has:
                line.append(label_of.get(value, "") if isinstance(term, ox.NamedNode) else "")
        writer.writerow(line)
    return out.getvalue().encode("utf-8")


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


def terminal_width() -> int | None:
    """$COLUMNS, else the terminal's width; None when the output is not a terminal (a file or
    a pipe gets whole lines)."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return None


def table(names: list[str], rows: list[list[str]]) -> str:
    """A plain-text table (rich): cells wrap to fit the terminal's width, never cut."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    natural = sum(max([width(n)] + [width(r[i]) for r in rows]) + 2 for i, n in enumerate(names))
    shown = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="")
    for name in names:
        shown.add_column(name, overflow="fold")
    for row in rows:
        shown.add_row(*row)
    out = io.StringIO()
    console = Console(
        file=out,
        width=terminal_width() or natural + 3 * len(names) + 1,
        color_system=None,
        force_terminal=False,
        legacy_windows=False,
        emoji=False,
        markup=False,
        highlight=False,
    )
    console.print(shown)
    lines = [line.rstrip() for line in out.getvalue().splitlines()]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def markdown(names: list[str], rows: list[list[str]]) -> str:
    def esc(value: str) -> str:
        return value.replace("|", "\\|").replace("\n", " ")

    out = ["| " + " | ".join(names) + " |", "|" + "---|" * len(names)]
    out += ["| " + " | ".join(esc(v) for v in row) + " |" for row in rows]
    return "\n".join(out) + "\n"
