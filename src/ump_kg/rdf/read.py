"""Reading RDF files safely: encoding, emptiness, size and syntax errors become UserErrors.

Parsing is done by pyoxigraph, which never dereferences anything (no owl:imports, no remote
JSON-LD contexts, no XML external entities), so reading a file cannot touch the network.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pyoxigraph as ox

from ..errors import UserError, line_col_of_offset
from .formats import BY_SUFFIX, of_file

UTF8_BOM = "\ufeff"


def rdf_files_in(paths: list[Path]) -> list[Path]:
    """Expand folders to the RDF files directly inside them, sorted, so loads are repeatable."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix in BY_SUFFIX)
            if not found:
                raise UserError(
                    "folder holds no RDF files",
                    where=str(path),
                    fix=f"put files ending in {', '.join(BY_SUFFIX)} there",
                )
            files.extend(found)
        else:
            files.append(path)
    return files


def read_text(path: Path, max_bytes: int | None = None) -> str:
    """The file as NFC-normalised text; a clear UserError for missing, huge, empty or non-UTF-8."""
    if not path.exists():
        raise UserError("file not found", where=str(path), fix="check the path and try again")
    if not path.is_file():
        raise UserError("not a regular file", where=str(path), fix="name a file")
    size = path.stat().st_size
    if max_bytes is not None and size > max_bytes:
        raise UserError(
            f"file is too large ({size:,} bytes; the limit is {max_bytes:,})",
            where=str(path),
            fix="split it into smaller files or raise the limit",
        )
    data = path.read_bytes()
    text = decode_utf8(data, str(path))
    if not text.strip():
        raise UserError("file is empty", where=str(path), fix="add RDF statements or remove it")
    return unicodedata.normalize("NFC", text.removeprefix(UTF8_BOM))


def decode_utf8(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        good = data[: err.start].decode("utf-8", errors="replace")
        line, col = line_col_of_offset(good, len(good))
        raise UserError(
            f"file is not UTF-8 ({guess_legacy_encoding(data)}): "
            f"byte 0x{data[err.start]:02x} cannot be decoded",
            where=f"{where}:{line}:{col}",
            fix=f"re-save it as UTF-8, e.g. iconv -f cp1250 -t utf-8 {where} > fixed{Path(where).suffix}",
        ) from None


# Polish letters that old Windows (cp1250) and ISO-8859-2 editors write as single bytes.
_POLISH = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")


def guess_legacy_encoding(data: bytes) -> str:
    """Name the likely legacy encoding: cp1250 and ISO-8859-2 differ on ą/ś/ź and Ą/Ś/Ź."""
    scores = {}
    for name in ("cp1250", "iso-8859-2"):
        text = data.decode(name, errors="replace")
        scores[name] = sum(ch in _POLISH for ch in text)
    best = max(scores, key=lambda n: scores[n])
    if scores[best] == 0:
        return "unknown encoding"
    label = {"cp1250": "Windows-1250 (cp1250)", "iso-8859-2": "ISO-8859-2 (Latin-2)"}[best]
    return f"it looks like {label}"


def parse_rdf(text: str, fmt: ox.RdfFormat, where: str) -> list[ox.Quad]:
    """Parse text into quads (triples land in the default graph); syntax errors name line:col."""
    try:
        return list(ox.parse(text.encode("utf-8"), format=fmt))
    except SyntaxError as err:
        line = err.lineno or 1
        col = err.offset or 1
        message = str(err.msg) if err.msg else str(err)
        raise UserError(
            f"{fmt.name} syntax error: {strip_position(message)}",
            where=f"{where}:{line}:{col}",
            fix="correct the syntax at that position (an editor with Turtle support helps)",
        ) from None


def strip_position(message: str) -> str:
    """pyoxigraph prefixes messages with 'Parser error at line N between columns ...: '."""
    head, sep, rest = message.partition(": ")
    return rest if sep and head.startswith("Parser error") else message


def read_rdf(path: Path, max_bytes: int | None = None) -> list[ox.Quad]:
    """Read one RDF file into quads, with every failure as a UserError naming file:line:col."""
    fmt = of_file(path).rdf
    text = read_text(path, max_bytes)
    quads = parse_rdf(text, fmt, str(path))
    if not quads:
        raise UserError("file holds no RDF statements", where=str(path), fix="add statements")
    return quads
