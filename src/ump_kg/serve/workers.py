"""SPARQL queries in worker processes, so that the time limit is real: pyoxigraph cannot stop a
query once started, but a process can be ended. Each worker opens the store read-only; a query
that outlives the limit has its worker killed and replaced, and the client is told.

Answers are capped at a number of rows (or triples); a capped answer says so (`truncated`), the
endpoint passes that on in a header and in the page, never silently."""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import multiprocessing.connection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass(frozen=True)
class Request:
    text: str
    results_type: str  # media type for SELECT/ASK (a key of RESULT_FORMATS)
    graph_format: str  # format name of the registry for CONSTRUCT/DESCRIBE
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reply:
    form: str  # "solutions" | "boolean" | "graph"
    media_type: str
    body: bytes
    truncated: bool  # the answer was cut at the row limit


class QueryFailed(Exception):
    """The query could not run: a syntax error (400) or the time limit (503)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def term_json(term: Any) -> dict[str, Any]:
    """An RDF term as a W3C SPARQL 1.1 JSON results binding (triples as SPARQL 1.2 does)."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {
        "type": "triple",
        "value": {
            "subject": term_json(term.subject),
            "predicate": term_json(term.predicate),
            "object": term_json(term.object),
        },
    }


def solutions_reply(result: ox.QuerySolutions, request: Request, limit: int) -> Reply:
    names = [v.value for v in result.variables]
    rows: list[dict[str, Any]] = []
    truncated = False
    for solution in result:
        if len(rows) == limit:
            truncated = True
            break
        rows.append({n: term_json(solution[n]) for n in names if solution[n] is not None})
    data = json.dumps({"head": {"vars": names}, "results": {"bindings": rows}}).encode()
    parsed = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
    body = parsed.serialize(format=RESULT_FORMATS[request.results_type]) or b""
    return Reply("solutions", request.results_type, body, truncated)


def graph_reply(result: ox.QueryTriples, request: Request, limit: int) -> Reply:
    from ..rdf.formats import FORMATS
    from ..rdf.write import serialize

    triples: list[ox.Triple] = []
    truncated = False
    for triple in result:
        if len(triples) == limit:
            truncated = True
            break
        triples.append(triple)
    body = serialize(
        [ox.Quad(t.subject, t.predicate, t.object) for t in triples], request.graph_format
    )
    return Reply("graph", FORMATS[request.graph_format].media_type, body, truncated)


def answer(store: ox.Store, request: Request, limit: int) -> Reply:
    """Run one query on the store; the default graph is the union of the named graphs unless the
    request names its graphs (default-graph-uri / named-graph-uri)."""
    options: dict[str, Any] = {"use_default_graph_as_union": not request.default_graphs}
    if request.default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in request.default_graphs]
    if request.named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in request.named_graphs]
    result = store.query(request.text, **options)
    if isinstance(result, ox.QuerySolutions):
        return solutions_reply(result, request, limit)
    if isinstance(result, ox.QueryBoolean):
        body = result.serialize(format=RESULT_FORMATS[request.results_type]) or b""
        return Reply("boolean", request.results_type, body, False)
    return graph_reply(result, request, limit)


def worker_main(
    connection: multiprocessing.connection.Connection, store_path: str, limit: int
) -> None:
    """A worker's loop: one request in, one reply (or an error message) out."""
    store = ox.Store.read_only(store_path)
    while True:
        try:
            request = connection.recv()
        except EOFError:
            return
        try:
            connection.send(("ok", answer(store, request, limit)))
        except SyntaxError as err:
            connection.send(("syntax", str(err.msg or err)))
        except (OSError, ValueError, TypeError) as err:
            connection.send(("error", str(err)))


class Worker:
    def __init__(self, store_path: Path, limit: int) -> None:
        context = multiprocessing.get_context("spawn")  # no fork of the server's threads
        self.connection, child = context.Pipe()
        self.process = context.Process(
            target=worker_main, args=(child, str(store_path), limit), daemon=True
        )
        self.process.start()
        child.close()

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.connection.close()


class WorkerPool:
    """`size` workers; a request waits for a free one. `time_limit` seconds per query."""

    def __init__(self, store_path: Path, size: int, time_limit: float, row_limit: int) -> None:
        self.store_path, self.size = store_path, size
        self.time_limit, self.row_limit = time_limit, row_limit
        self.idle: asyncio.Queue[Worker] | None = None

    async def start(self) -> None:
        self.idle = asyncio.Queue()
        for _ in range(self.size):
            self.idle.put_nowait(Worker(self.store_path, self.row_limit))

    async def stop(self) -> None:
        while self.idle is not None and not self.idle.empty():
            self.idle.get_nowait().stop()

    async def restart(self) -> None:
        """New workers (they open the store again, so they see what was just added)."""
        assert self.idle is not None
        for _ in range(self.size):
            (await self.idle.get()).stop()
        for _ in range(self.size):
            self.idle.put_nowait(Worker(self.store_path, self.row_limit))

    async def run(self, request: Request) -> Reply:
        assert self.idle is not None
        worker = await self.idle.get()
        try:
            worker.connection.send(request)
            ready = await asyncio.to_thread(worker.connection.poll, self.time_limit)
            if not ready:
                worker.stop()
                worker = Worker(self.store_path, self.row_limit)
                raise QueryFailed(
                    503,
                    f"the query ran longer than the time limit of {self.time_limit:g} s and was "
                    "stopped; narrow it (a LIMIT, more specific patterns)",
                )
            status, payload = worker.connection.recv()
        except (EOFError, OSError, BrokenPipeError):
            worker.stop()
            worker = Worker(self.store_path, self.row_limit)
            raise QueryFailed(500, "the query worker failed; try again") from None
        finally:
            self.idle.put_nowait(worker)
        if status == "ok":
            assert isinstance(payload, Reply)
            return payload
        if status == "syntax":
            raise QueryFailed(400, f"SPARQL syntax error: {payload}")
        raise QueryFailed(400, f"the query cannot run: {payload}")
