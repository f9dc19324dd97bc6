"""A web page in, a source document out: the page's main text as Markdown with front matter,
and the original bytes kept beside it with their SHA-256.

    INTO/<slug>.md          front matter (title, source, published, publisher, language) + text
    INTO/html/<slug>.html   the bytes that were read; the .md names it and its checksum in
                            YAML comment lines (the front matter reader accepts no other keys)

Same bytes (and the same address and name) give the same files, byte for byte. Nothing is
written unless both files are ready; a page that cannot be read is one UserError.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import hashlib
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

from ..errors import UserError, os_error
from ..extract.dates import MONTHS_GENITIVE
from ..extract.document import SourceDocument
from ..rdf.read import guess_legacy_encoding
from ..slug import slugify

MAX_BYTES = 5_000_000
MAX_SLUG = 80
MIN_TEXT_CHARS = 40  # main text (headings aside) shorter than this is no article
SNIFF_BYTES = 8192

# Labels as browsers read them (WHATWG Encoding): latin-1 and ASCII pages are windows-1252.
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "windows-1252": "cp1252",
    "windows-1250": "cp1250",
    "x-cp1250": "cp1250",
}
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""\A\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_HTML_MARKUP = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:p|div|article|main|h1|h2|table)[\s>]",
    re.I,
)
_NOT_HTML_MAGIC = {
    b"%PDF-": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (e.g. DOCX or ODT)",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"\x1f\x8b": "gzip-compressed data",
}
_C1_CONTROLS = re.compile("[\x80-\x9f]")
_COMMENTS = re.compile(r"<!--.*?-->", re.S)
_LANG_ATTR = re.compile(r"""\s(?:xml:)?lang\s*=\s*["']?([^"'\s>]*)""", re.I)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_LANG_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_].*)?$")
_GENERIC_SEGMENTS = {"index", "default", "main", "home", "page", "article", "news", "view", "show"}


@dataclass(frozen=True)
class Metadata:
    title: str
    source: str | None
    published: dt.date | None
    publisher: str | None
    language: str  # a BCP 47 primary tag as the page declares it, or "und" if it declares none


@dataclass(frozen=True)
class Extracted:
    """A page read and cleaned, not yet written."""

    metadata: Metadata
    text: str  # the main text as Markdown, NFC, ending in one newline
    sha256: str


# --- decoding -------------------------------------------------------------------------------


def codec_for(label: str, where: str) -> str:
    name = label.strip().lower()
    name = _CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise UserError(
            f"the page declares an unknown character set '{label}'",
            where=where,
            fix="save the page as UTF-8 and ingest the file",
        ) from None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its XML declaration or a <meta> tag (first 8 KB)."""
    head = data[:SNIFF_BYTES]
    for pattern in (_XML_ENCODING, _META_CHARSET):
        match = pattern.search(head)
        if match:
            return match.group(1).decode("ascii")
    return None


def decode_html(data: bytes, *, charset: str | None = None, where: str = "page") -> str:
    """Decode a page: a byte-order mark, else the HTTP charset, else the page's own declaration,
    else strict UTF-8. Text is NFC with '\\n' line ends. Undecodable bytes are a UserError."""
    if data.startswith(codecs.BOM_UTF8):
        codec, data = "utf-8", data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        codec = "utf-16"
    else:
        label = charset or declared_charset(data)
        codec = codec_for(label, where) if label else "utf-8"
        if codec.startswith(("utf-16", "utf-32")) and charset is None:
            codec = "utf-8"  # a <meta> read as ASCII cannot be in UTF-16 (WHATWG: use UTF-8)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as err:
        hint = f" ({guess_legacy_encoding(data)})" if codec == "utf-8" else ""
        raise UserError(
            f"the page is not valid {codec}{hint}: byte 0x{data[err.start]:02x} at offset "
            f"{err.start} cannot be decoded",
            where=where,
            fix="check the page's charset declaration, or re-save it as UTF-8 and ingest the file",
        ) from None
    if codec == "iso8859-2" and _C1_CONTROLS.search(text):
        # Bytes 0x80-0x9f are control codes in ISO-8859-2 but ś, ź, Ś, Ź, Ś… in cp1250: pages
        # that say iso-8859-2 and contain them were written in cp1250.
        with contextlib.suppress(UnicodeDecodeError):  # not cp1250 either: keep the declared
            text = data.decode("cp1250")
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def check_html(data: bytes, where: str, max_bytes: int) -> None:
    if len(data) > max_bytes:
        raise UserError(
            f"the page is too large ({len(data):,} bytes, the limit is {max_bytes:,})",
            where=where,
            fix="save only the article's page, or raise the limit",
        )
    if not data.strip():
        raise UserError("the page is empty", where=where, fix="save the page again")
    for magic, what in _NOT_HTML_MAGIC.items():
        if data.startswith(magic):
            raise UserError(
                f"this is not an HTML page but {what}",
                where=where,
                fix="ingest HTML pages only; convert other documents to text and add them as .md",
            )


def require_markup(text: str, where: str) -> None:
    if "\x00" in text or not _HTML_MARKUP.search(text[:65536]):
        raise UserError(
            "this is not an HTML page (no <html>, <body> or text markup found)",
            where=where,
            fix="ingest a saved web page (.html); add plain text as a .md source instead",
        )


# --- extraction -----------------------------------------------------------------------------


def clean_line(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def clean_markdown(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\u00a0", " ")
    lines = [line.rstrip() for line in text.split("\n")]
    joined = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return joined + "\n" if joined else ""


def plain_text_chars(markdown: str) -> int:
    """Characters of text in the Markdown, headings and table rules aside."""
    return sum(
        len(line.strip())
        for line in markdown.splitlines()
        if line.strip()
        and not line.lstrip().startswith("#")
        and not set(line.strip()) <= set("|-: ")
    )


def declared_language(text: str) -> str | None:
    """The page's own statement of its language: <html lang|xml:lang>, a Content-Language
    <meta>, og:locale; never guessed from the text."""
    head = _COMMENTS.sub("", text[:65536])
    candidates: list[str] = []
    html_tag = re.search(r"<html\b[^>]*>", head, re.I)
    if html_tag:
        candidates += _LANG_ATTR.findall(html_tag.group(0))
    for meta in re.findall(r"<meta\b[^>]*>", head, re.I):
        attrs = {m[0].lower(): m[1] or m[2] or m[3] for m in _ATTR.findall(meta)}
        if attrs.get("http-equiv", "").lower() == "content-language" or (
            attrs.get("property", "").lower() == "og:locale"
        ):
            candidates.append(attrs.get("content", ""))
    for value in candidates:
        match = _LANG_TAG.match(value.strip().split(",")[0].strip())
        if match:
            return match.group(1).lower()
    return None


def written_dates(text: str) -> set[dt.date]:
    """Full dates written in the page (12.06.2019, 2019-06-12, 12 czerwca 2019): a date that a
    search finds must be one of these, never a copyright year read as 1 January."""
    found: set[dt.date] = set()
    for d, m, y in re.findall(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b", text):
        found |= _date_or_none(int(y), int(m), int(d))
    for y, m, d in re.findall(r"\b(\d{4})[-/.](\d{2})[-/.](\d{2})\b", text):
        found |= _date_or_none(int(y), int(m), int(d))
    months = "|".join(MONTHS_GENITIVE)
    for d, name, y in re.findall(rf"\b(\d{{1,2}})\s+({months})\s+(\d{{4}})", text, re.I):
        found |= _date_or_none(int(y), MONTHS_GENITIVE.index(name.lower()) + 1, int(d))
    return found


def _date_or_none(y: int, m: int, d: int) -> set[dt.date]:
    try:
        return {dt.date(y, m, d)}
    except ValueError:
        return set()


def publication_date(trafilatura_date: str | None, text: str) -> dt.date | None:
    """trafilatura's date (from markup: meta tags, <time>, JSON-LD, bylines); else htmldate's
    extensive search, accepted only if that day is written in the page."""
    if trafilatura_date:
        try:
            return dt.date.fromisoformat(trafilatura_date[:10])
        except ValueError:
            pass
    import htmldate

    found = htmldate.find_date(
        text, extensive_search=True, original_date=True, outputformat="%Y-%m-%d"
    )
    if not found:
        return None
    try:
        day = dt.date.fromisoformat(found)
    except ValueError:
        return None
    return day if day in written_dates(text) else None


_HEADINGS_LISTS = {"h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "form", "nav"}
_LAYOUT_ATTRS = ("colspan", "rowspan", "width", "valign", "align", "cellpadding", "cellspacing")
_TABLE_PARTS = ("tbody", "thead", "tfoot", "tr", "td", "th", "caption")


def unwrap_layout_tables(tree: Any) -> None:
    """Old portals lay pages out with tables (menu | article | links). Read as a data table,
    the whole page, menu and footer included, becomes the 'main text'. A table whose cells
    hold headings, lists, forms, nested tables or several paragraphs is layout: its parts
    become <div>s, so the extractor sees blocks instead of one table."""
    for table in list(tree.iter("table")):
        blocks = [
            el.tag
            for cell in table.iter("td", "th")
            for el in cell.iter()
            if el is not cell and isinstance(el.tag, str)
        ]
        paragraphs = sum(tag in ("p", "div") for tag in blocks)
        layout = (
            table.get("role") == "presentation"
            or any(tag in _HEADINGS_LISTS for tag in blocks)
            or paragraphs >= 3
        )
        if not layout:
            continue
        # only this table's own rows and cells: a nested table is judged on its own
        own = [el for el in table.iter(*_TABLE_PARTS) if next(el.iterancestors("table")) is table]
        for el in [table, *own]:
            el.tag = "div"
            for attr in _LAYOUT_ATTRS:
                el.attrib.pop(attr, None)


def extract_page(
    data: bytes,
    *,
    url: str | None = None,
    charset: str | None = None,
    where: str = "page",
    max_bytes: int = MAX_BYTES,
) -> Extracted:
    """Read a page's main text and metadata; every problem is a UserError."""
    check_html(data, where, max_bytes)
    text = decode_html(data, charset=charset, where=where)
    require_markup(text, where)

    import trafilatura
    from trafilatura.utils import load_html
    from trafilatura.xml import xmltotxt

    tree = load_html(text)
    if tree is None:
        raise UserError(
            "the page cannot be parsed as HTML",
            where=where,
            fix="save the page again from a browser (File → Save as, 'HTML only')",
        )
    unwrap_layout_tables(tree)
    # Tables are kept, images and links left out: trafilatura 2's defaults, not repeated here.
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        favor_precision=True,
        output_format="markdown",
        # Extensive search reads "© 2019" in a footer as 2019-01-01: markup only here, and a
        # date from the text is checked against the text (publication_date).
        date_extraction_params={
            "extensive_search": False,
            "original_date": True,
            "outputformat": "%Y-%m-%d",
        },
    )
    if isinstance(doc, dict):  # only with as_dict=True
        raise TypeError("trafilatura returned a dict")
    body = clean_markdown(xmltotxt(doc.body, include_formatting=True)) if doc is not None else ""
    if doc is None or plain_text_chars(body) < MIN_TEXT_CHARS:
        raise UserError(
            "no main text found on the page (only menus, links or too little text)",
            where=where,
            fix="check that this is an article page (not a list or a cookie wall); "
            "save the article's own page or copy its text into a .md source",
        )
    title = clean_line(doc.title or "") or first_heading(body)
    body = without_title_heading(body, title)
    source = url or (doc.url if doc.url and doc.url.startswith(("http://", "https://")) else None)
    metadata = Metadata(
        title=title,
        source=source,
        published=publication_date(doc.date, text),
        publisher=clean_line(doc.sitename or "") or None,
        language=declared_language(text) or "und",
    )
    return Extracted(metadata, body, hashlib.sha256(data).hexdigest())


def read_html_source(path: Path, *, max_bytes: int = MAX_BYTES) -> SourceDocument:
    """A saved page in a sources folder, read as `ingest` reads it: its main text and metadata
    become the source document (provenance offsets count in that text). A page that cannot be
    read is a UserError naming the file, never skipped."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise os_error(
            err, "cannot read the page", path, "check that the file exists and is readable"
        ) from None
    extracted = extract_page(data, where=str(path), max_bytes=max_bytes)
    meta = extracted.metadata
    return SourceDocument(
        path=path,
        slug=slugify(path.stem),
        text=extracted.text,
        body_line=1,
        title=meta.title,
        url=meta.source,
        published=meta.published,
        publisher=meta.publisher,
        language=meta.language,
    )


def without_title_heading(body: str, title: str) -> str:
    """The text without a first heading that only repeats the title (kept in the front matter):
    read again as text, a title like 'Posiedzenie … w Lublinie' would be a second meeting."""
    first, _, rest = body.partition("\n")
    if first.startswith("#") and clean_line(first.lstrip("#")) == title and rest.strip():
        return rest.lstrip("\n")
    return body


def first_heading(body: str) -> str:
    for line in body.splitlines():
        cleaned = line.strip().strip("#").strip()
        if cleaned:
            return cleaned[:200]
    return ""


# --- writing --------------------------------------------------------------------------------


def yaml_value(value: str) -> str:
    """A YAML scalar: plain when that reads back as the same string, else quoted."""
    dumped = yaml.safe_dump(value, allow_unicode=True, width=1_000_000, default_style=None)
    return dumped.removesuffix("\n...\n").removesuffix("\n")


def render(extracted: Extracted, slug: str) -> str:
    meta = extracted.metadata
    lines = ["---", f"title: {yaml_value(meta.title)}"]
    if meta.source:
        lines.append(f"source: {yaml_value(meta.source)}")
    if meta.published:
        lines.append(f"published: {meta.published.isoformat()}")
    if meta.publisher:
        lines.append(f"publisher: {yaml_value(meta.publisher)}")
    lines.append(f"language: {meta.language}")
    lines.append(f"# html: html/{slug}.html")
    lines.append(f"# sha256: {extracted.sha256}")
    lines.append("---")
    return "\n".join(lines) + "\n\n" + extracted.text


def slug_for(name: str | None, url: str | None, title: str) -> str:
    """A file name: the given name, else the address's last meaningful path segment, else the
    title; ASCII-folded, at most 80 characters."""
    candidates: list[str] = []
    if name:
        candidates.append(name)
    if url:
        segments = [unquote(s) for s in urlsplit(url).path.split("/") if s]
        for segment in reversed(segments):
            stem = re.sub(r"\.(?:html?|php|aspx?|jsp|shtml)$", "", segment, flags=re.I)
            letters = sum(ch.isalpha() for ch in stem)
            if letters >= 3 and stem.lower() not in _GENERIC_SEGMENTS:
                candidates.append(stem)
                break
    candidates += [title, "page"]
    for candidate in candidates:
        try:
            slug = slugify(candidate)
        except ValueError:
            continue
        if len(slug) > MAX_SLUG:
            slug = slug[:MAX_SLUG].rsplit("-", 1)[0] or slug[:MAX_SLUG]
        return slug
    return "page"


_RECORDED = re.compile(r"^# sha256: ([0-9a-f]{64})$", re.M)
_SOURCE = re.compile(r"^source: (.+)$", re.M)


def recorded_checksum(markdown: Path) -> str | None:
    """The SHA-256 an ingested document records for its HTML copy (None if it records none)."""
    try:
        head = markdown.read_text(encoding="utf-8", errors="replace")[:4096]
    except OSError:
        return None
    match = _RECORDED.search(head)
    return match.group(1) if match else None


def free_slug(into: Path, slug: str, extracted: Extracted) -> str:
    """The slug itself, unless another page already holds it: then slug-<first 8 of sha256>.
    The same bytes, or a new version of the same address, replace their earlier file."""
    target = into / f"{slug}.md"
    if not target.exists():
        return slug
    if recorded_checksum(target) == extracted.sha256:
        return slug
    head = target.read_text(encoding="utf-8", errors="replace")[:4096]
    source = _SOURCE.search(head)
    url = extracted.metadata.source
    if url and source and yaml.safe_load(source.group(1)) == url:
        return slug
    return f"{slug}-{extracted.sha256[:8]}"


def write_pair(into: Path, slug: str, markdown: str, data: bytes) -> Path:
    """Write INTO/html/<slug>.html and INTO/<slug>.md: both to temporary files in their folders
    first, then renamed into place, so a failure leaves no half-written or lonely file."""
    html_dir = into / "html"
    try:
        html_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise os_error(err, "cannot create the folder", html_dir, "check --into") from None
    temps: list[Path] = []
    try:
        html_tmp = _temp_with(html_dir, data)
        temps.append(html_tmp)
        md_tmp = _temp_with(into, markdown.encode("utf-8"))
        temps.append(md_tmp)
        md_path = into / f"{slug}.md"
        os.replace(html_tmp, html_dir / f"{slug}.html")
        os.replace(md_tmp, md_path)
        return md_path
    except OSError as err:
        raise os_error(
            err,
            "cannot write the source document",
            into,
            "check that the folder is writable and the disk is not full",
        ) from None
    finally:
        for tmp in temps:
            tmp.unlink(missing_ok=True)


def _temp_with(folder: Path, data: bytes) -> Path:
    fd, name = tempfile.mkstemp(dir=folder, prefix=".ingest-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    os.chmod(name, 0o644)
    return Path(name)


def ingest_html(
    html_bytes: bytes,
    *,
    into: Path,
    url: str | None = None,
    name: str | None = None,
    charset: str | None = None,
    where: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Path:
    """Turn a page into INTO/<slug>.md (main text + front matter) and INTO/html/<slug>.html
    (the bytes as read). `url` is the page's address (else its canonical link, if any), `name`
    the file name to use (else from the address or title), `charset` the HTTP charset if any.
    Returns the Markdown file's path. Raises UserError, writing nothing, if the page is bad."""
    label = where or url or name or "page"
    extracted = extract_page(html_bytes, url=url, charset=charset, where=label, max_bytes=max_bytes)
    slug = free_slug(
        into, slug_for(name, extracted.metadata.source, extracted.metadata.title), extracted
    )
    return write_pair(into, slug, render(extracted, slug), html_bytes)


def verify_copy(markdown: Path) -> bool:
    """True if the HTML copy an ingested document names still has the recorded SHA-256."""
    expected = recorded_checksum(markdown)
    head = markdown.read_text(encoding="utf-8")[:4096]
    match = re.search(r"^# html: (\S+)$", head, re.M)
    if expected is None or match is None:
        return False
    copy = markdown.parent / match.group(1)
    return copy.is_file() and hashlib.sha256(copy.read_bytes()).hexdigest() == expected
