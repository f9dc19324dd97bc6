"""Source documents: UTF-8 Markdown or text, optional YAML front matter, or a raw page."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import UserError
from ..rdf.read import decode_utf8
from ..slug import slugify

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.DOTALL)
ISO_DATE_LINE = re.compile(r"^[ \t]*(\d{4}-\d{2}-\d{2})[ \t]*$", re.MULTILINE)
KNOWN_KEYS = {"title", "source", "published", "publisher", "language"}
MAX_BYTES = 10_000_000


@dataclass(frozen=True)
class SourceDocument:
    path: Path
    slug: str
    text: str  # the body, after front matter; provenance offsets count code points in it
    body_line: int  # 1-based line of the file where the body starts
    title: str
    url: str | None
    published: dt.date | None
    publisher: str | None
    language: str

    def line_of(self, offset: int) -> int:
        return self.body_line + self.text.count("\n", 0, offset)


def read_source(path: Path) -> SourceDocument:
    """Read one source document; every problem is a UserError naming file:line."""
    if not path.is_file():
        raise UserError("file not found", where=str(path), fix="check the path")
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise UserError(f"file is too large ({len(data):,} bytes)", where=str(path), fix="split it")
    text = unicodedata.normalize("NFC", decode_utf8(data, str(path)).removeprefix("\ufeff"))
    text = text.replace("\r\n", "\n")
    if not text.strip():
        raise UserError(
            "document is empty", where=str(path), fix="add the page's text or remove the file"
        )
    meta, body, body_line = split_front_matter(text, path)
    if not body.strip():
        raise UserError(
            "document has front matter but no text",
            where=f"{path}:{body_line}",
            fix="add the page's text",
        )
    return SourceDocument(
        path=path,
        slug=slugify(path.stem),
        text=body,
        body_line=body_line,
        title=str(meta.get("title") or first_line(body)),
        url=str(meta["source"]) if meta.get("source") else None,
        published=published_date(meta, body, path),
        publisher=str(meta["publisher"]) if meta.get("publisher") else None,
        language=str(meta.get("language") or "pl"),
    )


def split_front_matter(text: str, path: Path) -> tuple[dict[str, object], str, int]:
    match = FRONT_MATTER.match(text)
    if not match:
        if text.startswith("---\n"):
            raise UserError(
                "front matter is not closed", where=f"{path}:1", fix="end it with a line '---'"
            )
        return {}, text, 1
    try:
        # BaseLoader keeps every value a string (no timestamps: "2019-02-30" must reach our
        # date check, not crash the YAML parser) and constructs no objects.
        meta = yaml.load(match.group(1), Loader=yaml.BaseLoader) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = 2 + (mark.line if mark else 0)
        raise UserError(
            f"broken front matter: {getattr(err, 'problem', err)}",
            where=f"{path}:{line}",
            fix="write it as YAML 'key: value' lines (title, source, published, publisher, language)",
        ) from None
    if not isinstance(meta, dict):
        raise UserError(
            "front matter is not a set of 'key: value' lines",
            where=f"{path}:2",
            fix="write title: …, source: …, published: YYYY-MM-DD",
        )
    unknown = sorted(set(map(str, meta)) - KNOWN_KEYS)
    if unknown:
        line = 2 + next(
            i for i, ln in enumerate(match.group(1).splitlines()) if ln.startswith(unknown[0])
        )
        raise UserError(
            f"unknown front matter key '{unknown[0]}'",
            where=f"{path}:{line}",
            fix=f"use only {', '.join(sorted(KNOWN_KEYS))}",
        )
    return meta, text[match.end() :], match.group(0).count("\n") + 1


def first_line(body: str) -> str:
    for line in body.splitlines():
        cleaned = line.strip().strip("#").strip()
        if cleaned:
            return cleaned
    return ""


def published_date(meta: dict[str, object], body: str, path: Path) -> dt.date | None:
    value = meta.get("published")
    if isinstance(value, dt.date):
        return value
    if value is not None:
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            raise UserError(
                f"'published' is not a real date: {value}",
                where=f"{path}:2",
                fix="write published: YYYY-MM-DD",
            ) from None
    match = ISO_DATE_LINE.search(body)
    if match is None:
        return None
    try:
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        line = body.count("\n", 0, match.start()) + 1
        raise UserError(
            f"date line is not a real date: {match.group(1)}",
            where=f"{path}:{line}",
            fix="correct the date (YYYY-MM-DD)",
        ) from None
