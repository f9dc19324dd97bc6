"""Publishing named graphs to a triple store with the SPARQL 1.1 Graph Store HTTP Protocol:
PUT replaces a graph, POST appends; large graphs go in chunks (the first PUT, the rest POST).
Afterwards the target graph's triple count (and a sample of Polish labels) is checked through
the store's SPARQL endpoint."""

from __future__ import annotations

import http.client
import os
import random
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..errors import UserError
from ..query.sparql import (
    PASSWORD_ENV,
    USER_ENV,
    Endpoint,
    not_http,
    run_remote,
    unreachable,
)

CHUNK = 50_000  # triples per request


@dataclass(frozen=True)
class GraphStore:
    url: str  # the Graph Store Protocol endpoint, e.g. …/store (Oxigraph), …/sparql-graph-crud-auth (Virtuoso)
    query_url: str  # its SPARQL query endpoint, for verification
    auth: str | None = None  # basic | digest
    timeout: int = 300

    @classmethod
    def at(
        cls, url: str, auth: str | None = None, query_url: str | None = None, timeout: int = 300
    ) -> GraphStore:
        return cls(url.rstrip("/"), query_url or guess_query_url(url), auth, timeout)


def guess_query_url(url: str) -> str:
    """…/store -> …/query (Oxigraph); …/sparql-graph-crud[-auth] -> …/sparql (Virtuoso)."""
    base = url.rstrip("/")
    for suffix, query in (
        ("/store", "/query"),
        ("/sparql-graph-crud-auth", "/sparql"),
        ("/sparql-graph-crud", "/sparql"),
    ):
        if base.endswith(suffix):
            return base[: -len(suffix)] + query
    return base


def opener(store: GraphStore) -> urllib.request.OpenerDirector:
    user, password = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV)
    if user is None or password is None:
        return urllib.request.build_opener()
    manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    manager.add_password(None, store.url, user, password)
    handler = (
        urllib.request.HTTPDigestAuthHandler
        if store.auth == "digest"
        else urllib.request.HTTPBasicAuthHandler
    )(manager)
    return urllib.request.build_opener(handler)


def digest_authorization(store: GraphStore, request: urllib.request.Request) -> str | None:
    """A Digest Authorization header made before sending the body. Without it the first attempt
    carries the whole graph, the server answers 401 and closes (Virtuoso resets the connection),
    and the retry never happens. The challenge comes from a small GET; urllib's own digest
    handler computes the response."""
    user, password = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV)
    if store.auth != "digest" or user is None or password is None:
        return None
    try:
        urllib.request.urlopen(
            urllib.request.Request(request.full_url, method="GET"), timeout=store.timeout
        ).read()
        return None  # no challenge: the server does not want authentication
    except urllib.error.HTTPError as err:
        challenge = err.headers.get("WWW-Authenticate", "")
        if err.code != 401 or not challenge.lower().startswith("digest "):
            return None
    manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    manager.add_password(None, store.url, user, password)
    handler = urllib.request.HTTPDigestAuthHandler(manager)
    fields = urllib.request.parse_keqv_list(urllib.request.parse_http_list(challenge[7:]))
    authorization = handler.get_authorization(request, fields)
    return f"Digest {authorization}" if authorization else None


def send(store: GraphStore, graph: str, method: str, body: bytes) -> None:
    separator = "&" if "?" in store.url else "?"
    url = f"{store.url}{separator}{urllib.parse.urlencode({'graph': graph})}"
    request = urllib.request.Request(
        url,
        data=body,
        method=method,
        headers={"Content-Type": "application/n-triples; charset=utf-8"},
    )
    try:
        header = digest_authorization(store, request)
        if header:
            request.add_unredirected_header("Authorization", header)  # never to a redirect
        with opener(store).open(request, timeout=store.timeout) as response:
            response.read()
    except urllib.error.HTTPError as err:
        fix = {
            401: f"set {USER_ENV} and {PASSWORD_ENV} (and --auth digest for Virtuoso)",
            404: "check the Graph Store URL (…/store for Oxigraph, …/sparql-graph-crud-auth for Virtuoso)",
        }
        raise UserError(
            f"the graph store refused the {method} (HTTP {err.code} {err.reason})",
            where=store.url,
            fix=fix.get(err.code, "check the server's log"),
        ) from None
    except http.client.HTTPException as err:  # a reply that is not HTTP
        raise not_http(err, "graph store", store.url, "check the Graph Store URL") from None
    except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as err:
        raise unreachable(err, "graph store", store.url) from None


def ntriples(triples: list[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""


@dataclass(frozen=True)
class Published:
    graph: str
    triples: int
    requests: int


def publish_graph(
    store: GraphStore,
    graph: str,
    triples: list[ox.Triple],
    mode: str = "replace",
    chunk: int = CHUNK,
) -> Published:
    """Send one named graph; 'replace' empties it first (PUT), 'append' adds (POST). Then verify."""
    unique = list(dict.fromkeys(triples))  # de-duplicated, in the store's order (no costly sort)
    if (
        any(
            isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)
            for t in unique
        )
        and len(unique) > chunk
    ):
        chunk = len(unique)  # blank nodes must travel in one request to keep their identity
    before = 0 if mode == "replace" else count(store, graph)
    chunks = [unique[i : i + chunk] for i in range(0, len(unique), chunk)] or [[]]
    for index, part in enumerate(chunks):
        try:
            send(
                store, graph, "PUT" if index == 0 and mode == "replace" else "POST", ntriples(part)
            )
        except UserError as err:
            raise partial_failure(err, graph, mode, index, chunks, before) from None
    verify(store, graph, unique, before, mode)
    return Published(graph, len(unique), len(chunks))


def partial_failure(
    err: UserError,
    graph: str,
    mode: str,
    index: int,
    chunks: list[list[ox.Triple]],
    before: int,
) -> UserError:
    """Say exactly what the remote graph holds after request `index` failed: the Graph Store
    Protocol has no transactions across requests, so the chunks sent before it stay."""
    sent = sum(len(part) for part in chunks[:index])
    total = sum(len(part) for part in chunks)
    if index == 0 and mode == "replace":
        state = "the remote graph was not replaced: it holds what it held before"
    elif mode == "replace":
        state = (
            f"the remote graph now holds only the first {sent:,} of {total:,} triples "
            f"(requests 1–{index} of {len(chunks)} succeeded); its earlier content is gone"
        )
    else:
        state = (
            f"{sent:,} of {total:,} triples were appended (requests 1–{index} of {len(chunks)}) "
            f"to the {before:,} it held"
            if index
            else "nothing was appended"
        )
    return UserError(
        f"{err.what}; {state}",
        where=f"{err.where or ''} (graph {graph})",
        fix=f"{err.fix or 'check the server'}; then publish again with --mode replace to make "
        "the graph whole",
    )


def count(store: GraphStore, graph: str) -> int:
    answer = run_remote(
        Endpoint(store.query_url, store.timeout, store.auth),
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {ox.NamedNode(graph)} {{ ?s ?p ?o }} }}",
    )
    _, rows = answer.solutions()
    value = rows[0][0] if rows else None
    return int(value.value) if isinstance(value, ox.Literal) else 0


def verify(store: GraphStore, graph: str, triples: list[ox.Triple], before: int, mode: str) -> None:
    found = count(store, graph)
    expected = len(triples) if mode == "replace" else None
    if expected is not None and found != expected:
        raise UserError(
            f"after publishing, graph {graph} holds {found} triples, not {expected}",
            where=store.url,
            fix="the store did not keep everything: check its log and limits, then publish again",
        )
    if expected is None and found < max(before, len(triples)):
        raise UserError(
            f"after appending, graph {graph} holds {found} triples (at least {len(triples)} expected)",
            where=store.url,
            fix="check the store's log, then publish again",
        )
    labels = [
        t
        for t in triples
        if t.predicate.value.endswith("#label")
        and isinstance(t.object, ox.Literal)
        and t.object.language == "pl"
        and not t.object.value.isascii()
    ]
    for triple in random.Random(0).sample(labels, min(5, len(labels))):
        ask = f"ASK {{ GRAPH {ox.NamedNode(graph)} {{ {triple.subject} {triple.predicate} {triple.object} }} }}"
        if not run_remote(Endpoint(store.query_url, store.timeout, store.auth), ask).boolean():
            raise UserError(
                f"the Polish label {triple.object} of {triple.subject} did not survive the upload",
                where=store.url,
                fix="check that the store reads N-Triples as UTF-8",
            )


def publish_store(
    store_path: Path,
    target: GraphStore,
    graph: str | None = None,
    mode: str = "replace",
    chunk: int = CHUNK,
    show_progress: bool = False,
) -> list[Published]:
    """Publish every named graph of the store (or one), each to the graph of the same name."""
    from ..progress import progress
    from ..store.store import read_quads

    quads = read_quads(store_path, graph)
    if not quads:
        raise UserError(
            "nothing to publish: the graph is empty",
            fix="check --graph (ump-kg stats) or build first",
        )
    graphs: dict[str, list[ox.Triple]] = {}
    for quad in quads:
        if isinstance(quad.graph_name, ox.NamedNode):
            graphs.setdefault(quad.graph_name.value, []).append(quad.triple)
    done = []
    with progress(len(graphs), "publish", quiet=not show_progress) as advance:
        for name, triples in sorted(graphs.items()):
            done.append(publish_graph(target, name, triples, mode, chunk))
            advance(name.rsplit("/", 1)[-1])
    return done
