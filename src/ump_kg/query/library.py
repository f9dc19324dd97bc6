"""The query library: SPARQL files in queries/ with a header of '#' lines giving their titles
(pl, en), description, typed parameters and an example call."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..config import layout
from ..errors import UserError

PARAM = re.compile(
    r"^(?P<name>\w+)\s*\((?P<type>\w+)\s*,\s*(?P<need>required|optional)"
    r"(?:\s*,\s*default:\s*(?P<default>[^)]+))?\)\s*[—-]?\s*(?P<doc>.*)$"
)
PARAM_TYPES = ("iri", "string", "integer", "date", "city", "lang")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    required: bool
    default: str | None
    doc: str


@dataclass(frozen=True)
class LibraryQuery:
    name: str
    path: Path
    title: dict[str, str]
    description: str
    params: tuple[Param, ...]
    example: str
    text: str


def parse_header(path: Path, text: str) -> LibraryQuery:
    fields: dict[str, str] = {}
    params: list[Param] = []
    last = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.startswith("#"):
            break
        body = line[1:].strip()
        continuation = re.match(r"#\s{3,}\S", line)
        if continuation and last:
            fields[last] += " " + body
            continue
        key, sep, value = body.partition(":")
        if not sep:
            continue
        key, value = key.strip(), value.strip()
        if key == "param":
            match = PARAM.match(value)
            if not match or match.group("type") not in PARAM_TYPES:
                raise UserError(
                    f"malformed parameter line: {value}",
                    where=f"{path}:{number}",
                    fix="write '# param: NAME (TYPE, required|optional) — description' "
                    f"with TYPE one of {', '.join(PARAM_TYPES)}",
                )
            params.append(
                Param(
                    match.group("name"),
                    match.group("type"),
                    match.group("need") == "required",
                    match.group("default"),
                    match.group("doc").strip(),
                )
            )
            last = None
        else:
            fields[key] = value
            last = key
    title = {lang: fields[f"title@{lang}"] for lang in ("pl", "en") if f"title@{lang}" in fields}
    return LibraryQuery(
        path.stem,
        path,
        title,
        fields.get("description", ""),
        tuple(params),
        fields.get("example", ""),
        text,
    )


def library(folder: Path | None = None) -> dict[str, LibraryQuery]:
    folder = folder or layout().queries_dir
    return {
        p.stem: parse_header(p, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.rq"))
    }


def find_query(spec: str) -> LibraryQuery:
    """A library name, a .rq file, or the text of a query."""
    queries = library()
    if spec in queries:
        return queries[spec]
    path = Path(spec)
    if spec.endswith(".rq"):
        if not path.is_file():
            raise UserError(
                "query file not found",
                where=spec,
                fix="check the path, or list the library: ump-kg queries",
            )
        from ..rdf.read import read_text

        return parse_header(path, read_text(path, 1024 * 1024))
    if re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", spec, re.IGNORECASE):
        return LibraryQuery("(query)", Path("(query)"), {}, "", (), "", spec)
    shown = spec if len(spec) <= 60 else spec[:59] + "…"
    raise UserError(
        f"unknown query '{shown}'",
        fix=f"use one of: {', '.join(queries)} — or a .rq file or SPARQL text",
    )
