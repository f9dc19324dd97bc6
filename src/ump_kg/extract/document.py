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
# What other tools call the same things (trafilatura --with-metadata, Hugo, Jekyll, Pandoc).
KEY_ALIASES = {"date": "published", "url": "source", "sitename": "publisher", "lang": "language"}
# Keys such tools write that ump-kg has no use for: read past with a note, never refused.
IGNORED_KEYS = {
    "author",
    "authors",
    "hostname",
    "description",
    "summary",
    "excerpt",
    "categories",
    "tags",
    "keywords",
    "fingerprint",
    "id",
    "license",
    "image",
    "pagetype",
    "filedate",
    "layout",
    "permalink",
    "slug",
    "draft",
    "comments",
}
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
    notes: tuple[str, ...] = ()  # front matter keys read past, as "file:line: …" warnings

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
    raw, body, body_line = split_front_matter(text, path)
    meta, notes = understood_keys(raw, text, path)
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
        notes=notes,
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
        # a line without its colon ("published 2024-01-01") is where the reader should look;
        # YAML reports the line after it, where it found no ':'
        no_colon = next(
            (
                i
                for i, ln in enumerate(match.group(1).splitlines())
                if ln.strip() and ":" not in ln and not ln.startswith((" ", "\t", "#", "-"))
            ),
            None,
        )
        line = 2 + (no_colon if no_colon is not None else mark.line if mark else 0)
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
    return {str(k): v for k, v in meta.items()}, text[match.end() :], match.group(0).count("\n") + 1


def key_line(text: str, key: str) -> int:
    """The file line of a front matter key (the front matter starts on line 2)."""
    lines = text.splitlines()
    return next((i + 1 for i, ln in enumerate(lines[1:], 1) if ln.startswith(f"{key}:")), 2)


def understood_keys(
    raw: dict[str, object], text: str, path: Path
) -> tuple[dict[str, object], tuple[str, ...]]:
    """The front matter in ump-kg's own keys: other tools' names for them (date, url, sitename,
    lang) taken as ours, their other keys (author, tags, …) read past with a note; a key no tool
    is known to write (a typo, say) is refused. Where both names are given, ours wins."""
    meta = {k: v for k, v in raw.items() if k in KNOWN_KEYS}
    notes = []
    for key in sorted(set(raw) - KNOWN_KEYS):
        where = f"{path}:{key_line(text, key)}"
        if key in KEY_ALIASES:
            ours = KEY_ALIASES[key]
            if ours in raw:
                notes.append(f"{where}: front matter key '{key}' ignored: '{ours}' is given too")
            else:
                meta[ours] = raw[key]
        elif key in IGNORED_KEYS:
            notes.append(f"{where}: front matter key '{key}' is not used by ump-kg (ignored)")
        else:
            raise UserError(
                f"unknown front matter key '{key}'",
                where=where,
                fix=f"use {', '.join(sorted(KNOWN_KEYS))} "
                f"(also understood: {', '.join(sorted(KEY_ALIASES))})",
            )
    return meta, tuple(notes)


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
