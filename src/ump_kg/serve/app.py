"""The ASGI app behind `ump-kg serve` (Starlette, served by uvicorn), on the embedded store,
read-only unless started with --allow-add and a token.

Dereferencing: an IRI path (`/id/city/lublin`, `/def/Meeting`) answers `303 See Other` to the
document in the format the client asks for (`/id/city/lublin.html`, `.ttl`, `.jsonld`, `.nt`,
`.rdf`), as the W3C "Cool URIs for the Semantic Web" note says for things that are not
documents; the 303 carries `Vary: Accept`, and each document URL answers directly. A static copy
of the site (`ump-kg release`) has the same document URLs as files."""

from __future__ import annotations

import asyncio
import hmac
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..config import base_iri
from ..errors import UserError
from ..language.resolve import Names
from ..query.library import LibraryQuery, library
from ..query.params import bind_values, with_values
from ..rdf.formats import FORMATS
from ..rdf.write import serialize
from ..store.store import named_graph_quads
from .describe import describe, document_quads, ontology_store
from .docs_pages import docs_pages
from .endpoint import Limits, Refusal, limited_body, service_description_turtle, sparql_response
from .figures import Facts, dataset_jsonld, facts_of
from .negotiate import best_language, best_media_type
from .pages import LANGUAGES, STATIC, Labels, Linker, render
from .views import (
    DOCUMENT_FORMATS,
    map_drawing,
    result_table,
    search_hits,
    timeline_years,
)
from .workers import QueryFailed, WorkerPool
from .workers import Request as QueryRequest

HTML = "text/html"


@dataclass
class Settings:
    store: Path
    base: str = field(default_factory=base_iri)
    time_limit: float = 10.0
    row_limit: int = 10_000
    body_limit: int = 1024 * 1024
    workers: int = 2
    allow_add: bool = False
    token: str | None = None


class Site:
    """What the app serves from: the store (read-only), the ontology and shapes (in memory),
    labels and names (cached until the data changes), the query workers."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.limits = Limits(settings.time_limit, settings.row_limit, settings.body_limit)
        self.pool = WorkerPool(
            settings.store, settings.workers, settings.time_limit, settings.row_limit
        )
        self.terms = ontology_store()
        self.linker = Linker(settings.base)
        self.description = service_description_turtle("/sparql", self.limits)
        self.reopen()

    def reopen(self) -> None:
        if not (self.settings.store / "CURRENT").exists():
            raise UserError(
                "no store here yet",
                where=str(self.settings.store),
                fix="build it first: ump-kg build",
            )
        self.store = ox.Store.read_only(str(self.settings.store))
        self.labels = Labels(self.store, self.terms)
        self._names: Names | None = None
        self._dumps: dict[str, bytes] = {}
        self._facts: Facts | None = None

    def facts(self) -> Facts:
        if self._facts is None:
            self._facts = facts_of(self.store, named_graph_quads(self.store))
        return self._facts

    @property
    def names(self) -> Names:
        if self._names is None:
            self._names = Names.from_store(self.store)
        return self._names

    def dump(self, fmt: str) -> bytes:
        if fmt not in self._dumps:
            self._dumps[fmt] = serialize(named_graph_quads(self.store), fmt)
        return self._dumps[fmt]


def language(request: Request) -> str:
    """?lang=, else the language chosen before (a cookie), else Accept-Language, else Polish."""
    chosen = request.query_params.get("lang") or request.cookies.get("lang")
    if chosen in LANGUAGES:
        return str(chosen)
    return best_language(request.headers.get("accept-language"), LANGUAGES, "pl")


def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    lang = language(request)
    site: Site = request.app.state.site
    body = render(
        template,
        lang,
        link=site.linker,
        live=True,
        root="/",
        page_suffix="",
        path=request.url.path,
        **context,
    )
    response = HTMLResponse(body, status, headers={"Vary": "Accept, Accept-Language, Cookie"})
    if request.query_params.get("lang") in LANGUAGES:
        response.set_cookie("lang", request.query_params["lang"], samesite="lax")
    return response


def site_of(request: Request) -> Site:
    site: Site = request.app.state.site
    return site


async def home(request: Request) -> Response:
    site = site_of(request)
    facts = site.facts()
    class_labels = {c: site.labels.label(c, language(request)) for c in facts.classes}
    downloads = dumps_links()
    dataset = dataset_jsonld(site.settings.base, facts, downloads, str(request.base_url))
    return page(
        request,
        "home.html",
        facts=facts,
        class_labels=class_labels,
        files=[],
        downloads=downloads,
        dataset=dataset,
    )


def dumps_links() -> list[tuple[str, str, str]]:
    """(href, media type, label) of the whole graph in each format."""
    return [
        (f"/data/ump-kg{spec.suffix}", spec.media_type, spec.label) for spec in FORMATS.values()
    ]


async def dump(request: Request) -> Response:
    suffix = "." + request.path_params["suffix"]
    fmt = next((name for name, spec in FORMATS.items() if spec.suffix == suffix), None)
    if fmt is None:
        return not_found(request)
    data = await asyncio.to_thread(site_of(request).dump, fmt)
    return Response(data, media_type=FORMATS[fmt].media_type)


async def graph_store(request: Request) -> Response:
    """The SPARQL 1.1 Graph Store Protocol, read-only: GET ?graph=IRI (one named graph) or
    ?default (the union, as `ump-kg export` writes it) in the format Accept asks for; PUT, POST
    and DELETE answer 403."""
    if request.method != "GET":
        return Response("this graph store is read-only\n", 403, media_type="text/plain")
    site = site_of(request)
    graph = request.query_params.get("graph")
    if graph is None and "default" not in request.query_params:
        return Response("give ?graph=IRI or ?default\n", 400, media_type="text/plain")
    offered = {spec.media_type: name for name, spec in FORMATS.items()}
    chosen = best_media_type(request.headers.get("accept"), list(offered))
    if chosen is None:
        return Response("406: ask for " + ", ".join(offered) + "\n", 406, media_type="text/plain")
    quads = named_graph_quads(site.store, ox.NamedNode(graph) if graph else None)
    if graph and not quads:
        return Response(f"no graph {graph}\n", 404, media_type="text/plain")
    data = await asyncio.to_thread(serialize, quads, offered[chosen])
    return Response(data, media_type=chosen, headers={"Vary": "Accept"})


def not_found(request: Request) -> Response:
    return page(
        request,
        "error.html",
        404,
        title="404",
        message=f"{request.url.path}: nie ma takiej strony / no such page",
    )


async def thing(request: Request) -> Response:
    """/id/… and /def/…: a document URL (with a suffix) answers; the IRI itself 303s to one."""
    site = site_of(request)
    path = request.url.path.lstrip("/")
    stem, dot, suffix = path.rpartition(".")
    if (
        dot
        and "/" not in suffix
        and (suffix == "html" or f".{suffix}" in DOCUMENT_FORMATS.values())
    ):
        return document(request, stem, suffix)
    if path == "def/":  # the ontology's own IRI: its documentation
        return RedirectResponse(f"/docs/ontology.{language(request)}.html", 303)
    iri = site.settings.base + path
    if not known(site, iri):
        return not_found(request)
    offered = [HTML, *(FORMATS[f].media_type for f in DOCUMENT_FORMATS)]
    chosen = best_media_type(request.headers.get("accept"), offered)
    if chosen is None:
        return Response(
            "406: ask for text/html or an RDF format: " + ", ".join(offered[1:]) + "\n",
            406,
            {"Vary": "Accept"},
            "text/plain",
        )
    ext = (
        "html"
        if chosen == HTML
        else DOCUMENT_FORMATS[
            next(f for f in DOCUMENT_FORMATS if FORMATS[f].media_type == chosen)
        ].lstrip(".")
    )
    query = f"?{request.url.query}" if request.url.query else ""
    return RedirectResponse(f"/{path}.{ext}{query}", 303, headers={"Vary": "Accept"})


def known(site: Site, iri: str) -> bool:
    node = ox.NamedNode(iri)
    return any(
        next(iter(store.quads_for_pattern(*pattern)), None) is not None
        for store in (site.store, site.terms)
        for pattern in ((node, None, None), (None, None, node))
    )


def document(request: Request, path: str, suffix: str) -> Response:
    site = site_of(request)
    iri = site.settings.base + path
    if not known(site, iri):
        return not_found(request)
    if suffix == "html":
        lang = language(request)
        description = describe(site.store, site.terms, iri, site.labels, site.linker, lang)
        return page(
            request, "entity.html", d=description, formats=entity_formats(path), iri_path=path
        )
    fmt = next(f for f, s in DOCUMENT_FORMATS.items() if s == "." + suffix)
    data = serialize(document_quads(site.store, site.terms, iri), fmt)
    return Response(
        data, media_type=FORMATS[fmt].media_type, headers={"Content-Location": f"/{path}.{suffix}"}
    )


def entity_formats(path: str) -> list[tuple[str, str, str]]:
    name = path.rsplit("/", 1)[-1]
    return [
        (f"{name}{suffix}", FORMATS[fmt].media_type, FORMATS[fmt].label)
        for fmt, suffix in DOCUMENT_FORMATS.items()
    ]


async def search(request: Request) -> Response:
    site = site_of(request)
    text = request.query_params.get("q", "").strip()[:200]
    hits = (
        search_hits(site.names, site.labels, site.linker, text, language(request)) if text else []
    )
    return page(request, "search.html", q=text, hits=hits)


async def queries(request: Request) -> Response:
    return page(request, "queries.html", queries=list(library().values()))


async def one_query(request: Request) -> Response:
    site = site_of(request)
    query = library().get(request.path_params["name"])
    if query is None:
        return not_found(request)
    given = {
        p.name: request.query_params[p.name]
        for p in query.params
        if request.query_params.get(p.name)
    }
    table, error = None, None
    if "run" in request.query_params:
        try:
            table = await run_library_query(site, query, given, language(request))
        except UserError as err:
            error = str(err)
        except QueryFailed as failure:
            error = failure.message
    return page(
        request,
        "query.html",
        q=query,
        given=given,
        table=table,
        error=error,
        row_limit=site.limits.rows,
    )


async def run_library_query(
    site: Site, query: LibraryQuery, given: dict[str, str], lang: str
) -> Any:
    values = bind_values(query, given)
    text = with_values(query.text, values)
    reply = await site.pool.run(QueryRequest(text, "application/sparql-results+json", "ttl"))
    return result_table(reply, site.labels, site.linker, lang)


async def timeline(request: Request) -> Response:
    site = site_of(request)
    years = timeline_years(site.store, site.labels, site.linker, language(request))
    return page(request, "timeline.html", years=years)


async def map_page(request: Request) -> Response:
    site = site_of(request)
    drawing = map_drawing(
        site.store, site.facts().cities, site.labels, site.linker, language(request)
    )
    return page(request, "map.html", drawing=drawing)


@cache
def served_docs() -> dict[str, str]:
    return docs_pages(root="/", live=True)


async def docs(request: Request) -> Response:
    pages = served_docs()
    name = request.path_params["name"] or "index.html"
    if name not in pages:
        return not_found(request)
    return HTMLResponse(pages[name])


async def editor(request: Request) -> Response:
    return page(request, "editor.html")


async def sparql(request: Request) -> Response:
    site = site_of(request)
    return await sparql_response(request, site.pool, site.limits, site.description)


ENTRY_SUFFIXES = {"yaml": ".yaml", "ttl": ".ttl", "nt": ".nt", "jsonld": ".jsonld"}


async def check(request: Request) -> Response:
    """The entry check page: pasted YAML/Turtle validated by the same code as `ump-kg validate`;
    with --allow-add and the token, a conforming entry can be added."""
    site = site_of(request)
    context: dict[str, Any] = {
        "text": "",
        "fmt": "yaml",
        "result": None,
        "error": None,
        "added": None,
        "allow_add": site.settings.allow_add,
    }
    if request.method == "GET":
        return page(request, "check.html", **context)
    try:
        form = await entry_form(request, site.limits.body_bytes)
    except Refusal as refusal:
        return page(
            request,
            "error.html",
            refusal.status,
            title=str(refusal.status),
            message=refusal.message,
        )
    context.update(text=form.get("text", ""), fmt=form.get("format", "yaml"))
    adding = form.get("action") == "add"
    if adding and not allowed(site, form.get("token", "")):
        return page(
            request,
            "error.html",
            403,
            title="403",
            message="zapis wyłączony lub zły token / writing is off or the token is wrong",
        )
    # The form's own language choice (its select) wins over the page's cookie or query.
    lang = form["lang"] if form.get("lang") in LANGUAGES else language(request)
    outcome = await asyncio.to_thread(check_entry, site, form, adding, lang)
    context.update(outcome)
    if context.get("added"):
        await site.pool.restart()
        site.reopen()
    return page(request, "check.html", **context)


def allowed(site: Site, token: str) -> bool:
    expected = site.settings.token
    return bool(
        site.settings.allow_add
        and expected
        and hmac.compare_digest(token.encode(), expected.encode())
    )


async def entry_form(request: Request, limit: int) -> dict[str, str]:
    from urllib.parse import parse_qsl

    if (
        request.headers.get("content-type", "").split(";")[0].strip()
        != "application/x-www-form-urlencoded"
    ):
        raise Refusal(415, "send the form (application/x-www-form-urlencoded)")
    body = await limited_body(request, limit)
    return dict(parse_qsl(body.decode("utf-8", errors="replace"), keep_blank_values=True))


def check_entry(site: Site, form: dict[str, str], adding: bool, lang: str) -> dict[str, Any]:
    """Validate (and, when adding, add) the pasted entry as a file named `entry.SUFFIX`, so the
    messages read `entry.yaml:3: …` as they would for a file of that name."""
    from ..entries.accept import add_files, validate_files

    suffix = ENTRY_SUFFIXES.get(form.get("format", "yaml"), ".yaml")
    with tempfile.TemporaryDirectory(prefix="ump-kg-entry-") as folder:
        path = Path(folder) / f"entry{suffix}"
        path.write_text(form.get("text", ""), encoding="utf-8")

        def strip(message: str) -> str:
            return message.replace(f"{folder}/", "")

        try:
            if adding:
                accepted = add_files(
                    [path],
                    site.settings.store,
                    form.get("author") or "ump-kg serve",
                    lang,
                    site.limits.body_bytes,
                )
                outcome, change = accepted.outcome, accepted.change
            else:
                outcome, change = (
                    validate_files([path], site.settings.store, lang, site.limits.body_bytes),
                    None,
                )
        except UserError as err:
            # One line per problem, in the page's language, as `ump-kg validate --lang` writes them.
            return {"error": strip("\n".join(p.render(lang) for p in err.problems))}
    return {
        "result": {
            "conforms": outcome.conforms,
            "verdict": outcome.verdict(lang),
            "lines": [strip(p.line()) for p in outcome.problems],
        },
        "added": f"change {change.number}: {len(change.added)} triples" if change else None,
    }


def create_app(settings: Settings) -> Starlette:
    site = Site(settings)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await site.pool.start()
        yield
        await site.pool.stop()

    routes = [
        Route("/", home),
        Route("/search", search),
        Route("/queries", queries),
        Route("/queries/{name}", one_query),
        Route("/timeline", timeline),
        Route("/map", map_page),
        Route("/editor", editor),
        Route("/docs/{name:path}", docs),
        Route("/check", check, methods=["GET", "POST"]),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/data/ump-kg.{suffix}", dump),
        Route("/store", graph_store, methods=["GET", "PUT", "POST", "DELETE"]),
        Route("/id/{rest:path}", thing),
        Route("/def/{rest:path}", thing),
        Mount("/static", StaticFiles(directory=str(STATIC)), name="static"),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.site = site
    return app
