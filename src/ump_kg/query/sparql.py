"""Running SPARQL on the embedded store or on a remote endpoint (SPARQLWrapper).

Every SELECT/ASK answer is kept as W3C SPARQL JSON results, from which pyoxigraph writes the
other W3C formats and the tables are read; CONSTRUCT/DESCRIBE answers are triples."""

from __future__ import annotations

import json
import os
import re
import socket
import urllib.error
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ..errors import UserError
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


def syntax_error(err: SyntaxError, where: str) -> UserError:
    message = str(err.msg if err.msg else err)
    position = re.match(r"error at (\d+):(\d+):\s*(.*)", message, re.DOTALL)
    if position:
        line, col, rest = position.groups()
        return UserError(
            f"SPARQL syntax error: {rest}",
            where=f"{where}:{line}:{col}",
            fix="correct the query at that position",
        )
    return UserError(f"SPARQL syntax error: {message}", where=where, fix="correct the query")


def run_local(store_path: Path, text: str, where: str = "query") -> Answer:
    """Run on the embedded store; the default graph is the union of the named graphs."""
    form = query_form(text)
    with open_store(store_path, writable=False) as store:
        try:
            result = store.query(text, use_default_graph_as_union=True)
        except SyntaxError as err:
            raise syntax_error(err, where) from None
        if isinstance(result, ox.QueryTriples):
            return Answer(form, triples=list(result))
        return Answer(form, json=result.serialize(format=ox.QueryResultsFormat.JSON) or b"")


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
        return Answer(form, triples=list(ox.parse(body, format=ox.RdfFormat.TURTLE)))
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
    data = json.loads(body)
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
    except (urllib.error.URLError, TimeoutError, ConnectionError) as err:
        reason = getattr(err, "reason", err)
        if isinstance(reason, (socket.timeout, TimeoutError)) or "timed out" in str(reason):
            raise UserError(
                f"the endpoint did not answer within {endpoint.timeout} s",
                where=endpoint.url,
                fix="try again, raise --timeout, or simplify the query",
            ) from None
        raise UserError(
            f"cannot reach the endpoint: {reason}",
            where=endpoint.url,
            fix="check the URL and that the server is running",
        ) from None


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
