"""One argument of `ump-kg ingest`: a saved page's file name or an http(s) address."""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..config import SOURCES_ENV, layout
from ..errors import UserError, os_error
from .fetch import fetch
from .html import MAX_BYTES, ingest_html

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def is_address(source: str) -> bool:
    """'https://…', 'http://…', and also 'file:…' or 'ftp://…' (refused by fetch with a reason);
    a Windows-style 'C:\\…' or a plain path is a file."""
    return bool(_SCHEME.match(source)) and not re.match(r"^[A-Za-z]:[\\/]", source)


def target_folder(into: Path | None) -> Path:
    """--into, else $UMP_KG_SOURCES, else the home's graph/sources — but never the pages
    bundled inside an installed package."""
    if into is not None:
        return into
    if os.environ.get(SOURCES_ENV):
        return Path(os.environ[SOURCES_ENV])
    paths = layout()
    if paths.bundled:
        raise UserError(
            "no folder of source documents to write into (this ump-kg is installed, and its "
            "bundled pages are not changed)",
            where=str(paths.sources_dir),
            fix=f"give --into DIR, or set {SOURCES_ENV}=DIR (then build with --sources DIR)",
        )
    return paths.sources_dir


def ingest_source(
    source: str,
    *,
    into: Path,
    timeout: float = 20,
    max_bytes: int = MAX_BYTES,
) -> Path:
    """Fetch or read one page and write it into INTO as a source document; returns its path."""
    if is_address(source):
        page = fetch(source, timeout=timeout, max_bytes=max_bytes)
        return ingest_html(
            page.data, into=into, url=page.url, charset=page.charset, max_bytes=max_bytes
        )
    path = Path(source)
    if not path.is_file():
        raise UserError(
            "no such file" if not path.exists() else "not a file",
            where=source,
            fix="give a saved page (.html) or an http(s) address",
        )
    size = path.stat().st_size
    if size > max_bytes:
        raise UserError(
            f"the page is too large ({size:,} bytes, the limit is {max_bytes:,})",
            where=source,
            fix="save only the article's page",
        )
    try:
        data = path.read_bytes()
    except OSError as err:
        raise os_error(err, "cannot read the file", source, "check its permissions") from None
    return ingest_html(data, into=into, name=path.stem, where=source, max_bytes=max_bytes)
