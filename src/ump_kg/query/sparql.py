"""Running SPARQL on the embedded store or on a remote endpoint (SPARQLWrapper).

Every SELECT/ASK answer is kept as W3C SPARQL JSON results, from which pyoxigraph writes the
other W3C formats and the tables are read; CONSTRUCT/DESCRIBE answers are triples."""

from __future__ import annotations

import http.client
import json
import os
import re
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox

from ..errors import UserError
from ..rdf.prefixes import prefixes
from ..rdf.syntax import code_mask, refuse_deep_nesting
from ..store.store import open_store

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple  # an RDF term as pyoxigraph gives it
USER_ENV, PASSWORD_ENV = "UMP_KG_ENDPOINT_USER", "UMP_KG_ENDPOINT_PASSWORD"
LONG_QUERY = 1500  # characters: longer queries go by POST (URLs have limits)
FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


@dataclass
class Answer:
    form: str  # SELECT | ASK | CONSTRUCT | DESCRIBE
    json: bytes = b""  # W3C SPARQL 1.1 JSON results (SELECT, ASK)
    triples: list[ox.Triple] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def solutions(self) -> tuple[list[str], list[list[Term | None]]]:
        parsed = ox.parse_query_results(self.json, format=ox.QueryResultsFormat.JSON)
        assert isinstance(parsed, ox.QuerySolutions)
        names = [v.value for v in parsed.variables]
        return names, [[row[name] for name in names] for row in parsed]

    def boolean(self) -> bool:
        return bool(json.loads(self.json)["boolean"])


def query_form(text: str) -> str:
    without_comments = re.sub(r"#[^\n]*", "", re.sub(r"<[^>]*>", "<>", text))
    match = FORM.search(without_comments)
    return match.group(1).upper() if match else "SELECT"


def readable(message: str) -> str:
    """The parser's message on one line, its list of expected tokens short (it ends in a dump of
    Unicode ranges that helps nobody)."""
    if message.startswith("expected one of"):
        tokens = re.findall(r'"((?:[^"\\]|\\.)*)"', message)
        shown = " ".join(tokens[:12])
        return f"unexpected text; expected one of {shown}" + (" …" if len(tokens) > 12 else "")
    return " ".join(message.split())


def syntax_error(err: SyntaxError, where: str) -> UserError:
    message = str(err.msg if err.msg else err)
    position = re.match(r"error at (\d+):(\d+):\s*(.*)", message, re.DOTALL)
    if position:
        line, col, rest = position.groups()
        return UserError(
            f"SPARQL syntax error: {readable(rest)}",
            where=f"{where}:{line}:{col}",
            fix="correct the query at that position",
        )
    return UserError(f"SPARQL syntax error: {message}", where=where, fix="correct the query")


LOCAL_TIMEOUT = 60  # seconds
# pyoxigraph's SPARQL parser and optimiser recurse over the query; on a thread with a large stack
# a long chain (10^5 UNIONs, paths, operators) runs out of time, not of stack (a segfault).
WORKER_STACK = 1 << 30  # bytes of address space; only the pages used are ever touched
T = TypeVar("T")


def keyword(text: str, word: str) -> bool:
    """Whether a SPARQL keyword occurs outside comments, strings and IRIs."""
    return re.search(rf"\b{word}\b", code_mask(text), re.IGNORECASE) is not None


def refuse_service(text: str) -> None:
    if keyword(text, "SERVICE"):
        raise UserError(
            "the query has a SERVICE clause, which would send a request to another server",
            where="query",
            fix="a local query never reaches the network; add --allow-service if you mean it",
        )


def in_worker(work: Callable[[], T], seconds: float) -> T:
    """Run work on a thread of its own (pyoxigraph releases the GIL), so that a time limit holds
    and Ctrl-C stops the command at once; the abandoned thread ends with the process."""
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as err:  # handed to the caller's thread
            failure.append(err)

    previous = threading.stack_size(WORKER_STACK)
    try:
        worker = threading.Thread(target=run, name="ump-kg-query", daemon=True)
        worker.start()
    finally:
        threading.stack_size(previous)
    worker.join(seconds)
    if worker.is_alive():
        raise UserError(
            f"the query did not finish within {seconds:g} s",
            where="query",
            fix="simplify it (add LIMIT, narrower patterns) or raise --timeout",
        )
    if failure:
        raise failure[0]
    return outcome[0]


def run_local(
    store_path: Path,
    text: str,
    where: str = "query",
    timeout: float = LOCAL_TIMEOUT,
    allow_service: bool = False,
) -> Answer:
    """Run on the embedded store. The default graph is the union of the named graphs unless the
    query names its own with FROM / FROM NAMED; the project's prefixes need no PREFIX lines;
    SERVICE is refused unless allowed (a local query does not reach the network)."""
    refuse_deep_nesting(text, where)
    if not allow_service:
        refuse_service(text)
    form = query_form(text)
    union = not keyword(text, "FROM")

    def work() -> Answer:
        with open_store(store_path, writable=False) as store:
            try:
                result = store.query(text, use_default_graph_as_union=union, prefixes=prefixes())
            except SyntaxError as err:
                raise syntax_error(err, where) from None
            if isinstance(result, ox.QueryTriples):
                return Answer(form, triples=list(result))
            return Answer(form, json=result.serialize(format=ox.QueryResultsFormat.JSON) or b"")

    try:
        return in_worker(work, timeout)
    except OSError as err:  # e.g. a SERVICE the user allowed could not be reached
        raise UserError(f"the query failed: {err}", where=where, fix="check the query") from None


def with_prefix_lines(text: str) -> str:
    """For an endpoint: PREFIX declarations (on one first line) for the project's prefixes the
    query uses without declaring them."""
    masked = code_mask(text)
    declared = {m.group(1) for m in re.finditer(r"PREFIX\s+([\w.-]*):", masked, re.IGNORECASE)}
    used = [
        name
        for name in prefixes()
        if name not in declared and re.search(rf"(?<![\w:?$]){re.escape(name)}:", masked)
    ]
    if not used:
        return text
    head = " ".join(f"PREFIX {name}: <{prefixes()[name]}>" for name in used)
    return f"{head}\n{text}"


def checked_url(url: str, what: str = "endpoint") -> str:
    """An http(s) URL with a host and no spaces, or one UserError saying what is wrong."""
    try:
        parts = urllib.parse.urlsplit(url)
        valid = parts.scheme in ("http", "https") and bool(parts.hostname) and parts.port != 0
    except ValueError:  # a bad port or bracket
        valid = False
    if not valid or any(ch.isspace() for ch in url):
        raise UserError(
            f"the {what} {url!r} is not an http(s) URL",
            fix="give the whole address, e.g. http://localhost:7878/query",
        )
    return url


@dataclass(frozen=True)
class Endpoint:
    url: str
    timeout: int = 60
    auth: str | None = None  # basic | digest; credentials come from the environment


Pager = Callable[[int, int], str]  # (limit, offset) -> the text of one page of the query


def run_remote(
    endpoint: Endpoint, text: str, fetch_all: bool = False, page: Pager | None = None
) -> Answer:
    form = query_form(text)
    if form in ("CONSTRUCT", "DESCRIBE"):
        body, _ = request(endpoint, text, "text/turtle")
        try:
            return Answer(form, triples=list(ox.parse(body, format=ox.RdfFormat.TURTLE)))
        except SyntaxError as err:
            raise UserError(
                f"the endpoint's answer is not Turtle: {err}",
                where=endpoint.url,
                fix="check that the URL is a SPARQL endpoint",
            ) from None
    body, headers = request(endpoint, text, "application/sparql-results+json")
    answer = Answer(form, json=standard_ask(body) if form == "ASK" else normalised_json(body))
    # Virtuoso sends X-SPARQL-MaxRows only when it cut the answer, and the cut can leave fewer
    # rows than the cap (it applies before the final solutions), so the header alone decides.
    max_rows = headers.get("x-sparql-maxrows")
    if form == "SELECT" and max_rows and max_rows.isdigit():
        if fetch_all and page is not None:
            return fetch_pages(endpoint, page, int(max_rows), answer)
        answer.warnings.append(
            f"the endpoint capped the answer at {max_rows} rows (X-SPARQL-MaxRows): results are "
            "truncated; add --all to page through them with LIMIT/OFFSET"
        )
    return answer


def fetch_pages(endpoint: Endpoint, page: Pager, size: int, first: Answer) -> Answer:
    merged = json.loads(first.json)
    merged["results"]["bindings"] = []
    offset = 0
    while True:
        body, headers = request(endpoint, page(size, offset), "application/sparql-results+json")
        bindings = json.loads(normalised_json(body))["results"]["bindings"]
        merged["results"]["bindings"].extend(bindings)
        if len(bindings) < size and "x-sparql-maxrows" not in headers:
            break
        offset += size
    return Answer(first.form, json=json.dumps(merged, ensure_ascii=False).encode())


def standard_ask(body: bytes) -> bytes:
    """Virtuoso 7 answers ASK as a SELECT of ?__ASK_RETVAL (no row, or 1); others per the spec."""
    try:
        data = json.loads(body)
    except ValueError as err:
        raise UserError(
            f"the endpoint's answer is not SPARQL JSON results: {err}",
            fix="check that the URL is a SPARQL endpoint",
        ) from None
    if not isinstance(data, dict):
        raise UserError(
            "the endpoint's answer is not SPARQL JSON results",
            fix="check that the URL is a SPARQL endpoint",
        )
    if "boolean" in data:
        return json.dumps({"head": {}, "boolean": bool(data["boolean"])}).encode()
    rows = data.get("results", {}).get("bindings", [])
    truth = bool(rows) and all(
        str(v.get("value")) not in ("0", "false") for row in rows for v in row.values()
    )
    return json.dumps({"head": {}, "boolean": truth}).encode()


def normalised_json(body: bytes) -> bytes:
    """Re-serialised through pyoxigraph: Virtuoso's 'typed-literal' and \\u escapes become standard."""
    try:
        parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
    except (SyntaxError, ValueError) as err:
        raise UserError(
            f"the endpoint's answer is not SPARQL JSON results: {err}",
            fix="check that the URL is a SPARQL endpoint",
        ) from None
    return parsed.serialize(format=ox.QueryResultsFormat.JSON) or b""


def request(endpoint: Endpoint, text: str, accept: str) -> tuple[bytes, dict[str, str]]:
    """One SPARQL protocol request through SPARQLWrapper; every failure is one clear UserError."""
    from SPARQLWrapper import BASIC, DIGEST, GET, POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    wrapper = SPARQLWrapper(endpoint.url)
    wrapper.setQuery(text)
    # SPARQLWrapper guesses the form with a keyword scan that words in comments can fool (it
    # then sends the query as an update); the form is known here.
    wrapper.queryType = query_form(text)
    wrapper.setMethod(POST if len(text) > LONG_QUERY else GET)
    wrapper.setTimeout(endpoint.timeout)
    wrapper.addCustomHttpHeader("Accept", accept)
    wrapper.setOnlyConneg(True)
    user, password = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV)
    if user is not None and password is not None:
        wrapper.setHTTPAuth(DIGEST if endpoint.auth == "digest" else BASIC)
        wrapper.setCredentials(user, password)
    if endpoint.auth != "digest":  # SPARQLWrapper installs its own opener for digest
        urllib.request.install_opener(urllib.request.build_opener(SameHostCredentials()))
    try:
        response = wrapper.query().response
        return response.read(), {k.lower(): v for k, v in response.headers.items()}
    except SPARQLWrapperException as err:
        raise http_error(endpoint, err) from None
    except urllib.error.HTTPError as err:
        raise UserError(
            f"the endpoint answered HTTP {err.code} {err.reason}",
            where=endpoint.url,
            fix="check the URL and the query",
        ) from None
    except http.client.HTTPException as err:  # a reply that is not HTTP (BadStatusLine, …)
        raise not_http(
            err, "endpoint", endpoint.url, "check that the URL is a SPARQL endpoint"
        ) from None
    except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as err:
        reason = getattr(err, "reason", err)
        if isinstance(reason, (socket.timeout, TimeoutError)) or "timed out" in str(reason):
            raise UserError(
                f"the endpoint did not answer within {endpoint.timeout} s",
                where=endpoint.url,
                fix="try again, raise --timeout, or simplify the query",
            ) from None
        raise unreachable(err, "endpoint", endpoint.url) from None


def not_http(err: http.client.HTTPException, server: str, url: str, fix: str) -> UserError:
    """The server's reply is not HTTP (a bad status line, a reply cut short, …)."""
    return UserError(
        f"the {server}'s reply is not valid HTTP ({type(err).__name__})", where=url, fix=fix
    )


def unreachable(err: OSError, server: str, url: str) -> UserError:
    """No reply at all: refused, an unknown host, a reset connection (the reason as urllib or
    the socket gives it)."""
    return UserError(
        f"cannot reach the {server}: {getattr(err, 'reason', err)}",
        where=url,
        fix="check the URL and that the server is running",
    )


def http_error(endpoint: Endpoint, err: Exception) -> UserError:
    name = type(err).__name__
    detail = str(getattr(err, "msg", "") or err).strip().splitlines()
    text = " ".join(line for line in detail if line and "Response" not in line)[:300]
    known = {
        "Unauthorized": (
            "the endpoint refused access (HTTP 401)",
            f"set {USER_ENV} and {PASSWORD_ENV} (and --auth digest if the server wants it)",
        ),
        "EndPointNotFound": (
            "no SPARQL endpoint at this address (HTTP 404)",
            "check the URL (e.g. …/sparql or …/query)",
        ),
        "QueryBadFormed": (
            f"the endpoint rejected the query (HTTP 400): {text}",
            "correct the query",
        ),
        "EndPointInternalError": (
            f"the endpoint failed (HTTP 500): {text}",
            "try again or simplify the query",
        ),
        "URITooLong": ("the query is too long for a GET request (HTTP 414)", "shorten the query"),
    }
    what, fix = known.get(
        name, (f"the endpoint answered with an error: {text}", "check the URL and the query")
    )
    return UserError(what, where=endpoint.url, fix=fix)


def same_origin(first: str, second: str) -> bool:
    a, b = urllib.parse.urlsplit(first), urllib.parse.urlsplit(second)
    return (a.scheme, a.hostname, a.port) == (b.scheme, b.hostname, b.port)


class SameHostCredentials(urllib.request.HTTPRedirectHandler):
    """Redirects keep the Authorization header only to the same scheme, host and port: a server
    that redirects elsewhere never receives the user's password."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: object,
        code: int,
        msg: str,
        headers: object,
        newurl: str,
    ) -> urllib.request.Request | None:
        new = super().redirect_request(req, fp, code, msg, headers, newurl)  # type: ignore[arg-type]
        if new is not None and not same_origin(req.full_url, newurl):
            for name in ("Authorization", "Cookie"):
                new.remove_header(name)
                new.unredirected_hdrs.pop(name, None)
        return new
