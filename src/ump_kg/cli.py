"""The `ump-kg` command line: a thin layer over the library; user errors exit 2 without traceback."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from typing import Any, Literal, TypeVar

import click

from . import __version__
from .config import default_sources_dir, default_store_path
from .errors import EXIT_INTERRUPTED, EXIT_USER_ERROR, UserError
from .publish.release import DOWNLOAD_DEFAULT
from .rdf.formats import NAMES as RDF_FORMATS

F = TypeVar("F", bound=Callable[..., Any])


def reports_user_errors(func: F) -> F:
    """User errors become `error:` lines (one per problem, in the command's --lang) and exit 2;
    Ctrl-C stops the command with one line and exit 130. Anything else is a bug: a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        lang = str(kwargs["lang"]) if kwargs.get("lang") in ("pl", "en") else "en"
        try:
            return func(*args, **kwargs)
        except UserError as err:
            for problem in err.problems:
                click.echo(f"error: {problem.render(lang)}", err=True)
            sys.exit(EXIT_USER_ERROR)
        except KeyboardInterrupt:
            click.echo("error: interrupted (Ctrl-C); nothing was changed", err=True)
            sys.exit(EXIT_INTERRUPTED)

    return wrapper  # type: ignore[return-value]


store_option = click.option(
    "--store",
    type=click.Path(path_type=Path, file_okay=False),
    default=default_store_path,
    show_default="$UMP_KG_STORE or ~/.local/share/ump-kg/store",
    help="Folder of the on-disk store.",
)


output_option = click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="File to write, atomically (default: standard output).",
)
quiet_option = click.option(
    "-q",
    "--quiet",
    is_flag=True,
    help="No progress bar (there is none unless stderr is a terminal).",
)


def format_option(default: str, choices: Sequence[str]) -> Callable[[F], F]:
    """--format, read into `fmt` (the name `format` is Python's)."""
    return click.option(
        "--format", "fmt", default=default, show_default=True, type=click.Choice(choices)
    )


def lang_option(help: str | None = None) -> Callable[[F], F]:
    """--lang: Polish by default; the language of messages, and of labels where a command shows
    them."""
    return click.option(
        "--lang", default="pl", show_default=True, type=click.Choice(["pl", "en"]), help=help
    )


def timeout_option(default: int, help: str) -> Callable[[F], F]:
    """--timeout in whole seconds, at least one (each command says what it bounds)."""
    return click.option(
        "--timeout", default=default, show_default=True, type=click.IntRange(min=1), help=help
    )


rdf_format_option = format_option("ttl", RDF_FORMATS)
auth_option = click.option(
    "--auth",
    type=click.Choice(["basic", "digest"]),
    help="HTTP authentication; the user and password come from UMP_KG_ENDPOINT_USER/_PASSWORD.",
)


class Commands(click.Group):
    """The command group; click's own usage errors (a bad option, a missing argument, a value
    not among the choices) become one `error:` line with the command's --help as the fix, exit 2,
    like every other user error."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            result = super().main(*args, **kwargs)
        except click.exceptions.Abort:
            click.echo("error: interrupted (Ctrl-C); nothing was changed", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except click.ClickException as err:
            context = getattr(err, "ctx", None)
            command = context.command_path if context is not None else "ump-kg"
            click.echo(f"error: {err.format_message()}\n  fix: see {command} --help", err=True)
            sys.exit(EXIT_USER_ERROR)
        sys.exit(result if isinstance(result, int) else 0)


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="ump-kg")
def main() -> None:
    """ump-kg: the knowledge graph of Polish cities' cooperation on migration and integration."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--graph",
    "graph_iri",
    help="Named graph to load into: an IRI, a short one (refgraph:cities) or a name below "
    "…/graph/ (default: one per file).",
)
@store_option
@reports_user_errors
def load(files: tuple[Path, ...], graph_iri: str | None, store: Path) -> None:
    """Load RDF files (or folders of them) into named graphs, replacing those graphs.

    All files are parsed before anything is written; one bad file changes nothing.
    """
    import pyoxigraph as ox

    from .rdf.iri import graph_iri as graph_named
    from .store.load import load_files

    graph = ox.NamedNode(graph_named(graph_iri)) if graph_iri else None
    for loaded in load_files(store, list(files), graph):
        click.echo(f"{loaded.graph}\t{loaded.triples} triples\t{', '.join(loaded.files)}")


@main.command()
@store_option
@reports_user_errors
def stats(store: Path) -> None:
    """Triples per named graph and instances per class."""
    from .rdf.prefixes import compact
    from .store.store import class_counts, graph_sizes, open_store

    with open_store(store, writable=False) as st:
        sizes = graph_sizes(st)
        classes = class_counts(st)
    click.echo("graph\ttriples")
    for graph, n in sizes.items():
        click.echo(f"{graph}\t{n}")
    click.echo(f"total\t{sum(sizes.values())}\n")
    click.echo("class\tinstances")
    for cls, n in classes.items():
        click.echo(f"{compact(cls)}\t{n}")


@main.command()
@rdf_format_option
@click.option(
    "--graph",
    "graph_iri",
    help="Export one named graph: an IRI, a short one, or a name such as 'entries' "
    "(default: all of them).",
)
@output_option
@store_option
@reports_user_errors
def export(fmt: str, graph_iri: str | None, output: Path | None, store: Path) -> None:
    """Write the graph deterministically: the same store gives byte-identical output."""
    from .publish.export import export_store
    from .rdf.iri import graph_iri as graph_named
    from .rdf.write import check_writable, write_output

    check_writable(output)
    graph = graph_named(graph_iri) if graph_iri else None
    write_output(export_store(store, fmt, graph), output)


@main.command()
@click.option("--no-reasoner", is_flag=True, help="Skip the HermiT consistency check (faster).")
@reports_user_errors
def check(no_reasoner: bool) -> None:
    """Quality checks of the ontology, shapes and reference data; exit 1 if any fails."""
    from .validate.checks import run_checks

    failed = False
    for result in run_checks(reasoner=not no_reasoner):
        status = "ok  " if result.ok else ("skip" if result.skipped else "FAIL")
        click.echo(
            f"{status} {result.name} ({result.seconds:.1f} s){': ' + result.summary if result.summary else ''}"
        )
        for problem in result.problems:
            click.echo(f"     {problem}")
        failed |= not result.ok and not result.skipped
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@output_option
@rdf_format_option
@reports_user_errors
def extract(files: tuple[Path, ...], output: Path | None, fmt: str) -> None:
    """Extract triples (with provenance) from source documents, without touching the store."""
    from .extract.pipeline import knowledge
    from .rdf.write import check_writable, serialize, write_output
    from .store.sources import extract_file

    check_writable(output)
    know = knowledge()
    quads = []
    for path in files:
        result = extract_file(path, know)
        for problem in result.problems:
            click.echo(f"warning: {problem}", err=True)
        quads.extend(result.quads)
    write_output(serialize(quads, fmt), output)


@main.command()
@click.argument("pages", nargs=-1, required=True, metavar="FILE.html|URL...")
@click.option(
    "--into",
    type=click.Path(path_type=Path, file_okay=False),
    show_default="$UMP_KG_SOURCES or the checkout's graph/sources",
    help="Folder to write the source documents into (the HTML copies go to its html/).",
)
@click.option(
    "--timeout", default=20.0, show_default=True, help="Seconds to wait for a page's address."
)
@quiet_option
@reports_user_errors
def ingest(pages: tuple[str, ...], into: Path | None, timeout: float, quiet: bool) -> None:
    """Turn saved web pages or http(s) addresses into source documents: the main text as
    Markdown with front matter (title, source, published, publisher, language) and the page's
    bytes kept in html/ with their SHA-256. Each page on its own: one that fails is reported
    (exit 2), the others are still written."""
    from .ingest.sources import ingest_source, target_folder
    from .progress import progress

    folder = target_folder(into)
    failed = 0
    with progress(len(pages), "ingest", quiet=quiet) as advance:
        for page in pages:
            try:
                click.echo(f"{page}\t{ingest_source(page, into=folder, timeout=timeout)}")
            except UserError as err:
                click.echo(f"error: {err}", err=True)
                failed += 1
            advance(page.rsplit("/", 1)[-1])
    if failed:
        click.echo(f"{failed} of {len(pages)} pages not ingested", err=True)
        sys.exit(EXIT_USER_ERROR)


@main.command()
@click.option("--no-reasoner", is_flag=True, help="Skip the OWL (HermiT) check.")
@click.option(
    "--sources",
    type=click.Path(path_type=Path, file_okay=False),
    default=lambda: default_sources_dir(),
    show_default="$UMP_KG_SOURCES or the bundled graph/sources",
    help="Folder of source documents (.md, .txt, .html).",
)
@click.option(
    "--full",
    is_flag=True,
    help="Extract every page again and validate the whole graph (default: only what changed).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    help="Processes extracting pages in parallel.  [default: the number of CPUs]",
)
@quiet_option
@store_option
@reports_user_errors
def build(
    no_reasoner: bool, sources: Path, full: bool, jobs: int | None, quiet: bool, store: Path
) -> None:
    """Extract the sources that changed, validate, store (one transaction); in the project
    checkout, refresh the snapshot graph/ump-kg.ttl."""
    from .rdf.prefixes import compact
    from .store.build import build as run_build

    result = run_build(
        store,
        reasoner=not no_reasoner,
        sources=sources,
        full=full,
        jobs=jobs,
        show_progress=not quiet,
    )
    for document in result.documents:
        click.echo(f"{document.path}\t{document.facts} facts\t{len(document.quads)} triples")
        for problem in document.problems:
            click.echo(f"warning: {problem}", err=True)
    click.echo("\nclass\tinstances")
    for cls, n in result.ontology_class_counts.items():
        click.echo(f"{compact(cls)}\t{n}")
    assert result.report is not None
    warnings = [r for r in result.report.results if r.severity != "Violation"]
    validated = "all" if result.validated is None else f"{result.validated} things"
    click.echo(
        f"\n{len(result.documents)} documents, {result.events} events, "
        f"{len(result.report.violations)} violations, {len(warnings)} warnings, {result.seconds:.1f} s"
        f"\n{result.extracted} extracted, {result.written} graphs written, validated: {validated}"
    )
    for r in result.report.results:
        click.echo(
            f"{r.severity}: {compact(r.focus)} {compact(r.path) if r.path else ''}: {r.message('en')}",
            err=True,
        )
    for problem in result.owl_problems:
        click.echo(f"OWL: {problem}", err=True)
    if not result.ok:
        click.echo(
            "error: the graph does not conform; the store and the snapshot were left as they were",
            err=True,
        )
        sys.exit(1)


@main.command()
@click.argument("query")
@click.option(
    "--param", "params", multiple=True, metavar="NAME=VALUE", help="A query parameter (repeatable)."
)
@format_option("table", ["table", "csv", "tsv", "json", "xml", "md", "ttl"])
@lang_option("Language of labels.")
@click.option("--endpoint", help="A SPARQL 1.1 endpoint URL instead of the embedded store.")
@timeout_option(60, "Seconds a query may run (locally or on an endpoint).")
@click.option(
    "--allow-service",
    is_flag=True,
    help="Let a local query's SERVICE clauses query other servers (refused by default).",
)
@click.option(
    "--labels",
    is_flag=True,
    help="csv/tsv: a label column (in --lang) after every column that holds IRIs.",
)
@auth_option
@click.option(
    "--all", "fetch_all", is_flag=True, help="Page through answers an endpoint caps (Virtuoso)."
)
@store_option
@reports_user_errors
def query(
    query: str,
    params: tuple[str, ...],
    fmt: str,
    lang: str,
    endpoint: str | None,
    timeout: int,
    auth: str | None,
    fetch_all: bool,
    allow_service: bool,
    labels: bool,
    store: Path,
) -> None:
    """Run a library query by NAME, a .rq FILE, or SPARQL text; parameters are bound as typed terms.

    SPARQL text gets the project's prefixes (rdfs:, ump:, city:, …) without PREFIX lines."""
    from .query.params import parse_params
    from .query.run import Target, run_query
    from .query.sparql import Endpoint, checked_url

    target = (
        Target(endpoint=Endpoint(checked_url(endpoint), timeout, auth))
        if endpoint
        else Target(store=store, timeout=timeout, allow_service=allow_service)
    )
    data, warnings = run_query(
        query, parse_params(params), target, fmt, lang, fetch_all, with_labels=labels
    )
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    sys.stdout.buffer.write(data)


@main.command()
@lang_option()
@reports_user_errors
def queries(lang: str) -> None:
    """The query library: names, titles, parameters and an example call."""
    from .query.library import library

    for item in library().values():
        click.echo(f"{item.name}\n  {item.title.get(lang) or item.title.get('en', '')}")
        if item.description:
            click.echo(f"  {item.description}")
        for p in item.params:
            need = "required" if p.required else "optional"
            click.echo(f"  --param {p.name}=… ({p.type}, {need}) {p.doc}")
        if item.example:
            click.echo(f"  e.g. {item.example}")


@main.command()
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "--download-base",
    default=DOWNLOAD_DEFAULT,
    show_default=True,
    help="Where the files will be downloadable (accessURL/downloadURL in catalog.ttl).",
)
@click.option(
    "--force", is_flag=True, help="Write into a folder that already holds files (replacing them)."
)
@quiet_option
@store_option
@reports_user_errors
def release(folder: Path, download_base: str, force: bool, quiet: bool, store: Path) -> None:
    """Write a release: every format, ontology, shapes, DCAT-AP catalog, VoID, checksums, index.html."""
    from .publish.release import release as make_release

    for entry in make_release(store, folder, download_base, force=force, show_progress=not quiet):
        click.echo(f"{entry.sha256}  {entry.size:>10,}  {entry.name}")


@main.command()
@click.option(
    "--endpoint",
    required=True,
    help="Graph Store Protocol URL: …/store (Oxigraph), …/sparql-graph-crud-auth (Virtuoso).",
)
@click.option(
    "--graph",
    "graph_iri",
    help="Publish only this named graph (default: every graph of the store).",
)
@click.option(
    "--mode", default="replace", show_default=True, type=click.Choice(["replace", "append"])
)
@auth_option
@click.option(
    "--query-endpoint", help="SPARQL endpoint used to verify (default: guessed from --endpoint)."
)
@click.option(
    "--chunk",
    default=50_000,
    show_default=True,
    type=click.IntRange(min=1),
    help="Triples per request.",
)
@timeout_option(300, "Seconds to wait for each request.")
@quiet_option
@store_option
@reports_user_errors
def publish(
    endpoint: str,
    graph_iri: str | None,
    mode: str,
    auth: str | None,
    query_endpoint: str | None,
    chunk: int,
    timeout: int,
    quiet: bool,
    store: Path,
) -> None:
    """Send named graphs to a triple store (SPARQL 1.1 Graph Store Protocol) and verify them."""
    from .publish.publish import GraphStore, publish_store
    from .query.sparql import checked_url
    from .rdf.iri import graph_iri as graph_named

    graph = graph_named(graph_iri) if graph_iri else None
    checked_url(endpoint, "graph store")
    if query_endpoint:
        checked_url(query_endpoint, "query endpoint")
    target = GraphStore.at(endpoint, auth, query_endpoint, timeout)
    for done in publish_store(store, target, graph, mode, chunk, show_progress=not quiet):
        click.echo(f"{done.graph}\t{done.triples} triples\t{done.requests} request(s)\tverified")


@main.command()
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False))
@reports_user_errors
def docs(folder: Path) -> None:
    """HTML documentation of the ontology (pyLODE) and of the shapes (tables)."""
    from .publish.docs import write_docs

    for path in write_docs(folder):
        click.echo(str(path))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, help="Port to listen on.")
@click.option(
    "--base",
    help="The IRI base the server answers for (default: $UMP_KG_BASE or https://w3id.org/ump-kg/).",
)
@click.option("--time-limit", default=10.0, show_default=True, help="Seconds per SPARQL query.")
@click.option(
    "--row-limit", default=10_000, show_default=True, help="Rows (or triples) per answer."
)
@click.option("--workers", default=2, show_default=True, help="Processes running SPARQL queries.")
@click.option("--allow-add", is_flag=True, help="Let the entry page add entries (needs --token).")
@click.option(
    "--token",
    envvar="UMP_KG_SERVE_TOKEN",
    help="The token --allow-add asks for ($UMP_KG_SERVE_TOKEN).",
)
@store_option
@reports_user_errors
def serve(
    host: str,
    port: int,
    base: str | None,
    time_limit: float,
    row_limit: int,
    workers: int,
    allow_add: bool,
    token: str | None,
    store: Path,
) -> None:
    """Serve the graph: a page for every IRI (content negotiation), SPARQL at /sparql, search,
    the query library, a timeline, a map, a query editor and the entry check page."""
    import uvicorn

    from .config import base_iri
    from .serve.app import Settings, create_app

    if allow_add and not token:
        raise UserError(
            "--allow-add needs a token", fix="add --token T (or set UMP_KG_SERVE_TOKEN)"
        )
    chosen = base or base_iri()
    settings = Settings(
        store,
        chosen if chosen.endswith("/") else chosen + "/",
        time_limit,
        row_limit,
        workers=workers,
        allow_add=allow_add,
        token=token,
    )
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


@main.group()
def entry() -> None:
    """New entries from city officers: new, validate, add, remove, undo, redo, log (the same commands
    are also available at the top level: `ump-kg add` is `ump-kg entry add`)."""


def entry_command(func: F) -> click.Command:
    """A command of the `entry` group, also registered at the top level under the same name."""
    command = click.command()(reports_user_errors(func))
    entry.add_command(command)
    main.add_command(command)
    return command


def author_option(who: str) -> Callable[[F], F]:
    """--author, with the one default every logged change has (entries/changes.author_name)."""
    return click.option("--author", help=f"{who} (default: $UMP_KG_AUTHOR, else your user name).")


max_size_option = click.option(
    "--max-size",
    default=10 * 1024 * 1024,
    show_default=True,
    help="Largest entry file accepted, in bytes.",
)
ENTRY_KINDS = ["meeting", "conference", "organisation", "project", "programme", "person", "city"]


@entry_command
@click.argument("kind", type=click.Choice(ENTRY_KINDS))
@lang_option()
def new(kind: str, lang: str) -> None:
    """Print a commented YAML template for a new entry."""
    from .config import layout

    path = layout().templates_dir / f"{kind}.{lang}.yaml"
    sys.stdout.write(path.read_text(encoding="utf-8"))


@entry_command
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@format_option("text", ["text", "json", "ttl"])
@lang_option()
@max_size_option
@store_option
def validate(files: tuple[Path, ...], fmt: str, lang: str, max_size: int, store: Path) -> None:
    """Check entries against the ontology and shapes in the context of the graph (exit 1 on violations)."""
    from .entries.accept import validate_files

    outcome = validate_files(list(files), store, lang, max_size)
    if fmt == "ttl":
        sys.stdout.write(outcome.report.serialize(format="turtle"))
    elif fmt == "json":
        click.echo(outcome.as_json())
    else:
        for problem in outcome.problems:
            click.echo(problem.line(lang))
        click.echo(outcome.verdict(lang))
    sys.exit(0 if outcome.conforms else 1)


@entry_command
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@author_option("Who adds the entry")
@lang_option()
@max_size_option
@store_option
def add(files: tuple[Path, ...], author: str | None, lang: str, max_size: int, store: Path) -> None:
    """Validate entries, then add them to the entries graph in one transaction (logged)."""
    from .entries.accept import add_files

    accepted = add_files(list(files), store, author, lang, max_size)
    for problem in accepted.outcome.problems:
        click.echo(problem.line(lang), err=True)
    if accepted.change is None:
        verdict = accepted.outcome.verdict(lang)
        click.echo(
            f"error: {verdict}; nic nie dodano"
            if lang == "pl"
            else f"error: the entry {verdict}; nothing was added",
            err=True,
        )
        sys.exit(EXIT_USER_ERROR)
    change = accepted.change
    click.echo(f"change {change.number}: added {len(change.added)} triples")


@entry_command
@click.argument("iri")
@author_option("Who removes it")
@store_option
def remove(iri: str, author: str | None, store: Path) -> None:
    """Take an accepted entry back out of the graph (IRI full or short: meeting:2021-11-18-wroclaw;
    logged; `ump-kg undo` restores it)."""
    from .entries.accept import remove_thing
    from .rdf.iri import expand

    change = remove_thing(store, expand(iri), author)
    click.echo(f"change {change.number}: removed {len(change.removed)} triples")


def reversal_options(who: str) -> Callable[[F], F]:
    """What undo and redo take: NUMBER (default: the latest change they apply to), --author,
    --lang, --store."""
    number = click.argument("number", required=False, type=click.IntRange(min=1))

    def decorate(func: F) -> F:
        return number(author_option(who)(lang_option()(store_option(func))))

    return decorate


def reverse_change(
    verb: Literal["undo", "redo"], number: int | None, author: str | None, lang: str, store: Path
) -> None:
    """Undo or redo a change, and say which and how many triples it put back and took out."""
    from .entries.accept import reverse

    change = reverse(store, verb, number, author, lang)
    click.echo(
        f"change {change.number}: {verb} of change {change.target} "
        f"(+{len(change.added)} -{len(change.removed)} triples)"
    )


@entry_command
@reversal_options("Who undoes")
def undo(number: int | None, author: str | None, lang: str, store: Path) -> None:
    """Revert exactly change NUMBER's effect (default: the latest change still in effect); the
    undo is a change of its own (`ump-kg redo` applies the change again)."""
    reverse_change("undo", number, author, lang, store)


@entry_command
@reversal_options("Who redoes")
def redo(number: int | None, author: str | None, lang: str, store: Path) -> None:
    """Apply an undone change again (default: the one the latest undo reverted)."""
    reverse_change("redo", number, author, lang, store)


@entry_command
@format_option("table", ["table", "json"])
@store_option
def log(fmt: str, store: Path) -> None:
    """The change log, oldest first: number, time, author, kind, triples added and removed,
    entry checksums (json: every triple too)."""
    import json

    from .entries.accept import history
    from .entries.changes import log_table

    changes = history(store)
    if fmt == "json":
        rows = [c.as_json() for c in changes.changes]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        sys.stdout.write(log_table(changes))
