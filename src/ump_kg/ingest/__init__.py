"""Web pages in: saved HTML files or http(s) addresses become source documents (Markdown with
front matter in graph/sources/, the original bytes and their SHA-256 kept in graph/sources/html/)."""

from __future__ import annotations

from .fetch import USER_AGENT, Page, fetch, fetch_page
from .html import Extracted, Metadata, decode_html, extract_page, ingest_html, verify_copy
from .sources import ingest_source, is_address

__all__ = [
    "USER_AGENT",
    "Extracted",
    "Metadata",
    "Page",
    "decode_html",
    "extract_page",
    "fetch",
    "fetch_page",
    "ingest_html",
    "ingest_source",
    "is_address",
    "verify_copy",
]
