"""Reading RDF files safely: encoding, emptiness, size and syntax errors become UserErrors.

Parsing is done by pyoxigraph, which never dereferences anything (no owl:imports, no remote
JSON-LD contexts, no XML external entities), so reading a file cannot touch the network.
"""

from __future__ import annotations

import stat
import unicodedata
from collections.abc import Sized
from pathlib import Path

import pyoxigraph as ox

from ..errors import UserError, line_col_of_offset, os_error
from .formats import BY_SUFFIX, of_file

UTF8_BOM = "\ufeff"


def rdf_files_in(paths: list[Path]) -> list[Path]:
    """Expand folders to the RDF files directly inside them, sorted, so loads are repeatable."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            try:
                found = sorted(p for p in path.iterdir() if p.suffix in BY_SUFFIX)
            except OSError as err:
                raise os_error(
                    err, "cannot read the folder", path, "check its permissions"
                ) from None
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


def cannot_read(err: OSError, path: Path, fix: tuple[str, str]) -> UserError:
    """The file could not be read: the system's reason, and the fix (English, Polish)."""
    return os_error(
        err, "cannot read the file", path, fix[0], pl=("nie można odczytać pliku", fix[1])
    )


def read_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    """The file's bytes; a clear UserError for a missing, unreadable or too large file (a symbolic
    link loop, a folder, a device are named, never followed into a traceback)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise UserError(
            "file not found",
            where=str(path),
            fix="check the path and try again",
            pl=("nie ma takiego pliku", "sprawdź ścieżkę"),
        ) from None
    except OSError as err:
        raise cannot_read(
            err, path, ("name a readable regular file", "wskaż zwykły plik do odczytu")
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise UserError(
            "not a regular file",
            where=str(path),
            fix="name a file",
            pl=("to nie jest zwykły plik", "wskaż plik"),
        )
    if max_bytes is not None and info.st_size > max_bytes:
        raise UserError(
            f"file is too large ({info.st_size:,} bytes; the limit is {max_bytes:,})",
            where=str(path),
            fix="split it into smaller files or raise the limit",
            pl=(
                f"plik jest za duży ({info.st_size:,} bajtów; najwięcej {max_bytes:,})",
                "podziel go na mniejsze pliki albo podnieś limit (--max-size)",
            ),
        )
    try:
        data = path.read_bytes()
    except OSError as err:
        raise cannot_read(err, path, ("check its permissions", "sprawdź uprawnienia")) from None
    if max_bytes is not None and len(data) > max_bytes:  # it grew after stat
        raise UserError(
            f"file is too large (more than {max_bytes:,} bytes)",
            where=str(path),
            fix="split it into smaller files or raise the limit",
            pl=(f"plik jest za duży (ponad {max_bytes:,} bajtów)", "podziel go na mniejsze pliki"),
        )
    return data


def text_of(data: bytes, where: str) -> str:
    """Bytes as NFC-normalised UTF-8 text; a UserError for non-UTF-8 or empty content."""
    text = decode_utf8(data, where)
    if not text.strip():
        raise UserError(
            "file is empty",
            where=where,
            fix="add RDF statements or remove it",
            pl=("plik jest pusty", "dopisz treść albo go usuń"),
        )
    return unicodedata.normalize("NFC", text.removeprefix(UTF8_BOM))


def read_text(path: Path, max_bytes: int | None = None) -> str:
    """The file as NFC-normalised text; a clear UserError for missing, huge, empty or non-UTF-8."""
    return text_of(read_bytes(path, max_bytes), str(path))


def decode_utf8(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        good = data[: err.start].decode("utf-8", errors="replace")
        line, col = line_col_of_offset(good, len(good))
        guess = guess_legacy_encoding(data)
        fix = f"iconv -f cp1250 -t utf-8 {where} > fixed{Path(where).suffix}"
        raise UserError(
            f"file is not UTF-8 ({guess}): byte 0x{data[err.start]:02x} cannot be decoded",
            where=f"{where}:{line}:{col}",
            fix=f"re-save it as UTF-8, e.g. {fix}",
            pl=(
                f"plik nie jest w UTF-8 ({guess}): bajtu 0x{data[err.start]:02x} nie da się odczytać",
                f"zapisz go w UTF-8, np. {fix}",
            ),
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


def refuse_xml_declarations(text: str, where: str) -> None:
    """RDF/XML may declare entities in a DTD, and the parser would expand them (a kilobyte of
    nested entities becomes gigabytes). No RDF file needs a DTD: defusedxml refuses any, with its
    line, before the RDF parser sees the text."""
    from xml.parsers.expat import ExpatError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        fromstring(text.encode("utf-8"), forbid_dtd=True)
    except DefusedXmlException:
        line = text.count("\n", 0, max(text.find("<!DOCTYPE"), 0)) + 1
        raise UserError(
            "RDF/XML with a DTD (<!DOCTYPE …>, entity declarations) is not accepted",
            where=f"{where}:{line}",
            fix="remove the DOCTYPE and write the values out",
            pl=(
                "RDF/XML z DTD (<!DOCTYPE …>, deklaracje encji) nie jest przyjmowany",
                "usuń DOCTYPE i wpisz wartości wprost",
            ),
        ) from None
    except (ExpatError, SyntaxError):
        pass  # not well-formed: the RDF parser names the position


def parse_rdf(text: str, fmt: ox.RdfFormat, where: str) -> list[ox.Quad]:
    """Parse text into quads (triples land in the default graph); syntax errors name line:col."""
    if fmt == ox.RdfFormat.RDF_XML:
        refuse_xml_declarations(text, where)
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
            pl=(
                f"błąd składni {fmt.name}: {strip_position(message)}",
                "popraw składnię w tym miejscu",
            ),
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
    refuse_empty(path, quads)
    return quads


def refuse_empty(path: Path, statements: Sized) -> None:
    """A file that parses to nothing (empty, or only prefixes and comments) is refused: loading
    it would replace a graph with nothing."""
    if not statements:
        raise UserError(
            "file holds no RDF statements",
            where=str(path),
            fix="add statements",
            pl=("plik nie zawiera żadnych stwierdzeń RDF", "dopisz je"),
        )
