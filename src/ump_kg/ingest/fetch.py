"""Fetching a page by its address, carefully: http(s) only, a clear User-Agent, a timeout for the
whole transfer, a size limit enforced while reading, an HTML content type, and redirects that
never carry credentials to another origin. Standard library only (urllib)."""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from http.client import HTTPMessage
from typing import IO
from urllib.parse import urljoin, urlsplit
from urllib.request import Request

from ..errors import UserError

USER_AGENT = "ump-kg/0.1 (+https://w3id.org/ump-kg/)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
CREDENTIAL_HEADERS = ("Authorization", "Proxy-authorization", "Cookie")
MAX_REDIRECTS = 5
CHUNK = 65536


@dataclass(frozen=True)
class Page:
    url: str  # the address the bytes came from, after redirects
    requested: str  # the address asked for
    data: bytes
    content_type: str
    charset: str | None  # from the Content-Type header, if it names one


def origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme.lower())
    return parts.scheme.lower(), (parts.hostname or "").lower(), port


def check_address(url: str, where: str | None = None) -> None:
    """Only absolute http(s) addresses with a host and without user:password@."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as err:
        raise UserError(
            f"not a valid address: {err}", where=where or url, fix="check the address"
        ) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise UserError(
            f"only http and https addresses can be fetched, not '{parts.scheme or url}'",
            where=where or url,
            fix="give an http(s) address, or a saved page's file name",
        )
    if not parts.hostname:
        raise UserError(
            "the address has no host", where=where or url, fix="write https://host/path"
        )
    if parts.username is not None or parts.password is not None:
        raise UserError(
            "addresses with a user name or password are not fetched",
            where=where or f"{parts.scheme}://{parts.hostname}{parts.path}",
            fix="save the page in a browser and ingest the file",
        )


class _SafeRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects of plain GETs only, to http(s) only, and drop credentials (Authorization,
    Cookie) when the redirect leaves the origin (scheme, host, port)."""

    max_redirections = MAX_REDIRECTS

    # Both hooks take urllib's parameters. This one checks the address before urllib does: urllib
    # refuses a file: or data: address with an HTTPError, which would read as the server's answer.
    def http_error_302(
        self, req: Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage
    ) -> IO[bytes] | None:
        location = headers.get("Location") or headers.get("URI")
        if location:
            target = urljoin(req.full_url, location)
            check_address(target, where=f"{req.full_url} redirects to {target}")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(
        self, req: Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage, newurl: str
    ) -> Request | None:
        if req.get_method() != "GET" or req.data is not None:
            raise UserError(
                f"the server redirects a {req.get_method()} request (HTTP {code})",
                where=req.full_url,
                fix="only plain GET requests follow redirects; fetch the target address",
            )
        check_address(newurl, where=f"{req.full_url} redirects to {newurl}")
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and origin(newurl) != origin(req.full_url):
            for name in CREDENTIAL_HEADERS:
                new.remove_header(name)
        return new


def _opener() -> urllib.request.OpenerDirector:
    """Only the handlers needed: no file:, ftp: or data: addresses can be opened."""
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(context=ssl.create_default_context()),
        _SafeRedirects(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
        urllib.request.UnknownHandler(),
    ):
        opener.add_handler(handler)
    return opener


def _timeout_error(url: str, timeout: float) -> UserError:
    return UserError(
        f"no complete answer within {timeout:g} s",
        where=url,
        fix="try again later, raise the timeout, or save the page in a browser and ingest the file",
    )


def fetch(
    url: str,
    *,
    timeout: float = 20,
    max_bytes: int = 5_000_000,
    headers: Mapping[str, str] | None = None,
) -> Page:
    """GET a page; every failure is a UserError naming the address and what to do."""
    check_address(url)
    request = urllib.request.Request(url, method="GET")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    request.add_header("User-Agent", USER_AGENT)
    request.add_header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
    request.add_header("Accept-Encoding", "identity")
    deadline = time.monotonic() + timeout
    try:
        with _opener().open(request, timeout=timeout) as response:
            final = response.geturl()
            return _read_page(response, url, final, deadline, timeout, max_bytes)
    except UserError:
        raise
    except urllib.error.HTTPError as err:
        raise UserError(
            f"the server answered HTTP {err.code} {err.reason}",
            where=err.url or url,
            fix="check the address" if err.code < 500 else "try again later",
        ) from None
    except urllib.error.URLError as err:
        if isinstance(err.reason, TimeoutError | socket.timeout):
            raise _timeout_error(url, timeout) from None
        raise UserError(
            f"cannot reach the server: {err.reason}",
            where=url,
            fix="check the address and the network connection",
        ) from None
    except TimeoutError:
        raise _timeout_error(url, timeout) from None
    except (http.client.HTTPException, ConnectionError, ssl.SSLError, OSError) as err:
        raise UserError(
            f"the transfer failed: {type(err).__name__}: {err}",
            where=url,
            fix="try again later, or save the page in a browser and ingest the file",
        ) from None


def _read_page(
    response: http.client.HTTPResponse,
    requested: str,
    final: str,
    deadline: float,
    timeout: float,
    max_bytes: int,
) -> Page:
    raw_type = response.headers.get("Content-Type")
    content_type = response.headers.get_content_type() if raw_type else ""
    if content_type not in HTML_TYPES:
        raise UserError(
            f"the address does not serve an HTML page (Content-Type: {raw_type or 'none'})",
            where=final,
            fix="ingest HTML pages only; for a PDF or other document, add its text as a .md source",
        )
    length = response.headers.get("Content-Length")
    if length and length.strip().isdigit() and int(length) > max_bytes:
        raise UserError(
            f"the page is too large ({int(length):,} bytes, the limit is {max_bytes:,})",
            where=final,
            fix="raise the size limit, or save only the article and ingest the file",
        )
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise _timeout_error(final, timeout)
        chunk = response.read1(CHUNK)
        if not chunk:
            break
        size += len(chunk)
        if size > max_bytes:
            raise UserError(
                f"the page is too large (over {max_bytes:,} bytes)",
                where=final,
                fix="raise the size limit, or save only the article and ingest the file",
            )
        chunks.append(chunk)
    charset = response.headers.get_content_charset()
    return Page(final, requested, b"".join(chunks), content_type, charset)


def fetch_page(url: str, *, timeout: float = 20, max_bytes: int = 5_000_000) -> bytes:
    """The bytes of an HTML page at an http(s) address (see fetch)."""
    return fetch(url, timeout=timeout, max_bytes=max_bytes).data
