"""The SPARQL 1.1 Protocol at /sparql: query by GET or POST (form or direct body), every W3C
results format, a service description; read-only (updates answer 403), SERVICE refused (this
server makes no requests of its own), time and row limits reported in headers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from starlette.requests import Request as HttpRequest
from starlette.responses import Response

from ..rdf.formats import FORMATS
from ..rdf.syntax import code_mask
from .negotiate import best_media_type
from .workers import RESULT_FORMATS, QueryFailed, Reply, WorkerPool
from .workers import Request as QueryRequest

GRAPH_TYPES = {spec.media_type: name for name, spec in FORMATS.items()}
ALIASES = {
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
}
# The `format` parameter some clients send instead of an Accept header.
FORMAT_PARAM = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    **{name: spec.media_type for name, spec in FORMATS.items()},
}
UPDATE_TYPE = "application/sparql-update"
QUERY_TYPE = "application/sparql-query"
FORM_TYPE = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class Refusal(Exception):
    status: int
    message: str


@dataclass(frozen=True)
class Limits:
    seconds: float
    rows: int
    body_bytes: int


def plain(status: int, message: str) -> Response:
    return Response(message + "\n", status_code=status, media_type="text/plain; charset=utf-8")


async def protocol_parameters(request: HttpRequest, limits: Limits) -> dict[str, list[str]]:
    """The request's parameters (query string, plus a form or a direct query body), or a Refusal:
    an update in any form is 403; a body over the size limit 413; an unknown body type 415."""
    params: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        params.setdefault(key, []).append(value)
    if request.method == "POST":
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type == UPDATE_TYPE:
            raise Refusal(403, "this endpoint is read-only: SPARQL updates are refused")
        body = await limited_body(request, limits.body_bytes)
        if content_type == QUERY_TYPE:
            params.setdefault("query", []).append(body.decode("utf-8", errors="replace"))
        elif content_type == FORM_TYPE:
            from urllib.parse import parse_qsl

            for key, value in parse_qsl(
                body.decode("utf-8", errors="replace"), keep_blank_values=True
            ):
                params.setdefault(key, []).append(value)
        else:
            raise Refusal(415, f"a POST must be {FORM_TYPE} or {QUERY_TYPE}, not '{content_type}'")
    if "update" in params:
        raise Refusal(403, "this endpoint is read-only: SPARQL updates are refused")
    return params


async def limited_body(request: HttpRequest, limit: int) -> bytes:
    """The request body, refused (413) once it passes the limit, whatever Content-Length said."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise Refusal(413, f"the request body is over the limit of {limit:,} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise Refusal(413, f"the request body is over the limit of {limit:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def refuse_service(text: str) -> None:
    """SERVICE would make this server fetch from another: refused (no network from queries)."""
    if re.search(r"\bSERVICE\b", code_mask(text), re.IGNORECASE):
        raise Refusal(
            403, "SERVICE (federated query) is refused: this endpoint makes no network requests"
        )


def choose_types(request: HttpRequest, params: dict[str, list[str]]) -> tuple[str, str] | None:
    """The media type for SELECT/ASK answers and the format name for graph answers, from the
    `format` parameter or the Accept header; None when the client accepts neither kind (406)."""
    wanted = params.get("format", [""])[0].lower()
    accept = FORMAT_PARAM.get(wanted) or request.headers.get("accept", "")
    accept = ",".join(ALIASES.get(part.split(";")[0].strip(), part) for part in accept.split(","))
    results = best_media_type(accept, list(RESULT_FORMATS))
    graph = best_media_type(accept, list(GRAPH_TYPES))
    if results is None and graph is None:
        return None
    return results or "application/sparql-results+json", GRAPH_TYPES[graph or "text/turtle"]


def limit_headers(limits: Limits, reply: Reply | None = None) -> dict[str, str]:
    """The limits, on every answer; X-SPARQL-MaxRows (as Virtuoso names it) when the answer was
    cut, so a client such as `ump-kg query --endpoint` warns."""
    headers = {
        "X-UMP-KG-Time-Limit": f"{limits.seconds:g}",
        "X-UMP-KG-Row-Limit": str(limits.rows),
        "Vary": "Accept",
        "Access-Control-Allow-Origin": "*",
    }
    if reply is not None and reply.truncated:
        headers["X-SPARQL-MaxRows"] = str(limits.rows)
        headers["Warning"] = f'199 ump-kg "answer truncated at {limits.rows} rows"'
    return headers


async def sparql_response(
    request: HttpRequest, pool: WorkerPool, limits: Limits, description: bytes
) -> Response:
    try:
        params = await protocol_parameters(request, limits)
        if "query" not in params:
            return service_description(request, description)
        if len(params["query"]) > 1:
            raise Refusal(400, "give one query parameter, not several")
        text = params["query"][0]
        refuse_service(text)
        types = choose_types(request, params)
        if types is None:
            raise Refusal(
                406,
                "no acceptable format: SPARQL results (json, xml, csv, tsv) or RDF ("
                + ", ".join(GRAPH_TYPES)
                + ")",
            )
        query = QueryRequest(
            text,
            types[0],
            types[1],
            tuple(params.get("default-graph-uri", [])),
            tuple(params.get("named-graph-uri", [])),
        )
        reply = await pool.run(query)
    except Refusal as refusal:
        return plain(refusal.status, refusal.message)
    except QueryFailed as failure:
        return Response(
            failure.message + "\n",
            failure.status,
            limit_headers(limits),
            "text/plain; charset=utf-8",
        )
    media = reply.media_type + (
        "; charset=utf-8"
        if reply.media_type.startswith("text/") or "json" in reply.media_type
        else ""
    )
    return Response(reply.body, 200, limit_headers(limits, reply), media)


def service_description(request: HttpRequest, description: bytes) -> Response:
    """GET /sparql with no query: the SPARQL 1.1 Service Description, in Turtle (or the query
    editor for a browser)."""
    accept = request.headers.get("accept", "")
    if best_media_type(accept, ["text/turtle", "text/html"]) == "text/html":
        from starlette.responses import RedirectResponse

        return RedirectResponse("/editor", status_code=303)
    return Response(description, 200, {"Vary": "Accept"}, "text/turtle; charset=utf-8")


def service_description_turtle(endpoint_url: str, limits: Limits) -> bytes:
    results = " ".join(
        f"<http://www.w3.org/ns/formats/{name}>"
        for name in (
            "SPARQL_Results_JSON",
            "SPARQL_Results_XML",
            "SPARQL_Results_CSV",
            "SPARQL_Results_TSV",
            "Turtle",
            "N-Triples",
            "JSON-LD",
            "RDF_XML",
        )
    )
    return f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

<{endpoint_url}> a sd:Service ;
    sd:endpoint <{endpoint_url}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:feature sd:UnionDefaultGraph ;
    sd:resultFormat {results.replace(" ", " , ")} ;
    rdfs:comment "Read-only: updates are refused (403), SERVICE is refused (403). Time limit {limits.seconds:g} s per query (503 beyond it); answers are cut at {limits.rows} rows or triples, and a cut answer carries the header X-SPARQL-MaxRows."@en ,
        "Tylko do odczytu: aktualizacje i SERVICE są odrzucane (403). Limit czasu {limits.seconds:g} s na zapytanie (503 po jego przekroczeniu); odpowiedzi są obcinane do {limits.rows} wierszy lub trójek, a obcięta odpowiedź ma nagłówek X-SPARQL-MaxRows."@pl .
""".encode()
