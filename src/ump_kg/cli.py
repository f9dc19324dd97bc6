"""The `ump-kg` command line: a thin layer over the library; user errors exit 2 without traceback."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .config import default_store_path
from .errors import EXIT_USER_ERROR, UserError

F = TypeVar("F", bound=Callable[..., Any])


def reports_user_errors(func: F) -> F:
    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except UserError as err:
            click.echo(f"error: {err}", err=True)
            sys.exit(EXIT_USER_ERROR)

    return wrapper  # type: ignore[return-value]


store_option = click.option(
    "--store",
    type=click.Path(path_type=Path, file_okay=False),
    default=default_store_path,
    show_default="$UMP_KG_STORE or ~/.local/share/ump-kg/store",
    help="Folder of the on-disk store.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="ump-kg")
def main() -> None:
    """ump-kg: the knowledge graph of Polish cities' cooperation on migration and integration."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--graph", "graph_iri", help="Named graph to load into (default: one per file).")
@store_option
@reports_user_errors
def load(files: tuple[Path, ...], graph_iri: str | None, store: Path) -> None:
    """Load RDF files (or folders of them) into named graphs, replacing those graphs.

    All files are parsed before anything is written; one bad file changes nothing.
    """
    import pyoxigraph as ox

    from .store.load import load_files

    graph = ox.NamedNode(graph_iri) if graph_iri else None
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
@click.option(
    "--format",
    "fmt",
    default="ttl",
    show_default=True,
    type=click.Choice(["ttl", "nt", "nq", "trig", "jsonld", "rdfxml"]),
)
@click.option("--graph", "graph_iri", help="Export one named graph (default: all of them).")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="File to write (default: standard output).",
)
@store_option
@reports_user_errors
def export(fmt: str, graph_iri: str | None, output: Path | None, store: Path) -> None:
    """Write the graph deterministically: the same store gives byte-identical output."""
    import pyoxigraph as ox

    from .rdf.write import serialize
    from .store.store import named_graph_quads, open_store

    with open_store(store, writable=False) as st:
        quads = named_graph_quads(st, ox.NamedNode(graph_iri) if graph_iri else None)
    if not quads:
        raise UserError(
            "nothing to export: the graph is empty",
            fix="check --graph (ump-kg stats lists the graphs) or load data first",
        )
    write_output(serialize(quads, fmt), output)


def write_output(data: bytes, output: Path | None) -> None:
    """Standard output, or a file written atomically."""
    if output is None:
        sys.stdout.buffer.write(data)
    else:
        write_atomically(output, data)


def write_atomically(path: Path, data: bytes) -> None:
    """Write via a temporary file and rename, so a crash never leaves half a file."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


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
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="File to write (default: stdout).",
)
@click.option(
    "--format",
    "fmt",
    default="ttl",
    show_default=True,
    type=click.Choice(["ttl", "jsonld", "nt", "nq", "trig"]),
)
@reports_user_errors
def extract(files: tuple[Path, ...], output: Path | None, fmt: str) -> None:
    """Extract triples (with provenance) from source documents, without touching the store."""
    from .extract.pipeline import knowledge
    from .rdf.write import serialize
    from .store.build import extract_file

    know = knowledge()
    quads = []
    for path in files:
        result = extract_file(path, know)
        for problem in result.problems:
            click.echo(f"warning: {problem}", err=True)
        quads.extend(result.quads)
    write_output(serialize(quads, fmt), output)


@main.command()
@click.option("--no-reasoner", is_flag=True, help="Skip the OWL (HermiT) check.")
@store_option
@reports_user_errors
def build(no_reasoner: bool, store: Path) -> None:
    """Extract every source in graph/sources, validate, store (one transaction), refresh the snapshot."""
    from .rdf.prefixes import compact
    from .store.build import build as run_build

    result = run_build(store, reasoner=not no_reasoner)
    for document in result.documents:
        click.echo(f"{document.path}\t{document.facts} facts\t{len(document.quads)} triples")
        for problem in document.problems:
            click.echo(f"warning: {problem}", err=True)
    click.echo("\nclass\tinstances")
    for cls, n in result.class_counts.items():
        if cls.startswith("https://w3id.org/ump-kg/def/"):
            click.echo(f"{compact(cls)}\t{n}")
    events = sum(n for c, n in result.class_counts.items() if c.endswith(("Meeting", "Conference")))
    assert result.report is not None
    warnings = [r for r in result.report.results if r.severity != "Violation"]
    click.echo(
        f"\n{len(result.documents)} documents, {events} events, "
        f"{len(result.report.violations)} violations, {len(warnings)} warnings, {result.seconds:.1f} s"
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


def parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise UserError(f"parameter '{pair}' is not NAME=VALUE", fix="write --param year=2019")
        params[name.strip()] = value
    return params


@main.command()
@click.argument("query")
@click.option(
    "--param", "params", multiple=True, metavar="NAME=VALUE", help="A query parameter (repeatable)."
)
@click.option(
    "--format",
    "fmt",
    default="table",
    show_default=True,
    type=click.Choice(["table", "csv", "tsv", "json", "xml", "md", "ttl"]),
)
@click.option(
    "--lang",
    default="pl",
    show_default=True,
    type=click.Choice(["pl", "en"]),
    help="Language of labels.",
)
@click.option("--endpoint", help="A SPARQL 1.1 endpoint URL instead of the embedded store.")
@click.option("--timeout", default=60, show_default=True, help="Seconds to wait for an endpoint.")
@click.option(
    "--auth",
    type=click.Choice(["basic", "digest"]),
    help="HTTP authentication; the user and password come from UMP_KG_ENDPOINT_USER/_PASSWORD.",
)
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
    store: Path,
) -> None:
    """Run a library query by NAME, a .rq FILE, or SPARQL text; parameters are bound as typed terms."""
    from .query.run import Target, run_query
    from .query.sparql import Endpoint

    target = Target(endpoint=Endpoint(endpoint, timeout, auth)) if endpoint else Target(store=store)
    data, warnings = run_query(query, parse_params(params), target, fmt, lang, fetch_all)
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    sys.stdout.buffer.write(data)


@main.command()
@click.option("--lang", default="pl", show_default=True, type=click.Choice(["pl", "en"]))
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
    default="https://w3id.org/ump-kg/release/",
    show_default=True,
    help="Where the files will be downloadable (accessURL/downloadURL in catalog.ttl).",
)
@store_option
@reports_user_errors
def release(folder: Path, download_base: str, store: Path) -> None:
    """Write a release: every format, ontology, shapes, DCAT-AP catalog, VoID, checksums, index.html."""
    from .publish.release import release as make_release

    for entry in make_release(store, folder, download_base):
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
@click.option(
    "--auth",
    type=click.Choice(["basic", "digest"]),
    help="HTTP authentication; the user and password come from UMP_KG_ENDPOINT_USER/_PASSWORD.",
)
@click.option(
    "--query-endpoint", help="SPARQL endpoint used to verify (default: guessed from --endpoint)."
)
@click.option("--chunk", default=50_000, show_default=True, help="Triples per request.")
@store_option
@reports_user_errors
def publish(
    endpoint: str,
    graph_iri: str | None,
    mode: str,
    auth: str | None,
    query_endpoint: str | None,
    chunk: int,
    store: Path,
) -> None:
    """Send named graphs to a triple store (SPARQL 1.1 Graph Store Protocol) and verify them."""
    from .publish.publish import GraphStore, publish_store

    for done in publish_store(
        store, GraphStore.at(endpoint, auth, query_endpoint), graph_iri, mode, chunk
    ):
        click.echo(f"{done.graph}\t{done.triples} triples\t{done.requests} request(s)\tverified")


@main.command()
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False))
@reports_user_errors
def docs(folder: Path) -> None:
    """HTML documentation of the ontology (pyLODE) and of the shapes (tables)."""
    from .publish.docs import write_docs

    for path in write_docs(folder):
        click.echo(str(path))


max_size_option = click.option(
    "--max-size",
    default=10 * 1024 * 1024,
    show_default=True,
    help="Largest entry file accepted, in bytes.",
)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", default="text", show_default=True, type=click.Choice(["text", "json", "ttl"])
)
@click.option("--lang", default="pl", show_default=True, type=click.Choice(["pl", "en"]))
@max_size_option
@store_option
@reports_user_errors
def validate(files: tuple[Path, ...], fmt: str, lang: str, max_size: int, store: Path) -> None:
    """Check entries against the ontology and shapes in the context of the graph (exit 1 on violations)."""
    import json

    from .entries.read import read_entries
    from .entries.validate import validate_entries

    handle, entries = read_entries(list(files), store, max_size)
    outcome = validate_entries(handle, entries, lang)
    if fmt == "ttl":
        sys.stdout.write(outcome.report.serialize(format="turtle"))
    elif fmt == "json":
        rows = [
            {
                "where": p.where,
                "focus": p.focus,
                "label": p.label,
                "path": p.path,
                "value": p.value,
                "severity": p.severity,
                "message": p.message,
                "hint": p.hint,
                "rule": p.rule,
            }
            for p in outcome.problems
        ]
        click.echo(
            json.dumps(
                {"conforms": outcome.conforms, "problems": rows}, ensure_ascii=False, indent=1
            )
        )
    else:
        for problem in outcome.problems:
            click.echo(problem.line())
        click.echo(
            ("zgodne" if lang == "pl" else "conforms")
            if outcome.conforms
            else (
                f"niezgodne: {sum(p.severity == 'Violation' for p in outcome.problems)} naruszeń"
                if lang == "pl"
                else f"does not conform: {sum(p.severity == 'Violation' for p in outcome.problems)} violations"
            )
        )
    sys.exit(0 if outcome.conforms else 1)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--author", help="Who adds the entry (default: your user name).")
@click.option("--lang", default="pl", show_default=True, type=click.Choice(["pl", "en"]))
@max_size_option
@store_option
@reports_user_errors
def add(files: tuple[Path, ...], author: str | None, lang: str, max_size: int, store: Path) -> None:
    """Validate entries, then add them to the entries graph in one transaction (logged)."""
    from .entries.changes import add_triples
    from .entries.read import read_entries
    from .entries.validate import validate_entries

    handle, entries = read_entries(list(files), store, max_size)
    outcome = validate_entries(handle, entries, lang)
    for problem in outcome.problems:
        click.echo(problem.line(), err=True)
    if not outcome.conforms:
        click.echo("error: the entry does not conform; nothing was added", err=True)
        sys.exit(1)
    del handle
    triples = [t for e in entries for t in e.triples]
    change = add_triples(store, triples, author, "add " + ", ".join(str(f) for f in files))
    click.echo(f"change {change.number}: added {change.triples} triples")


@main.command()
@click.argument("iri")
@click.option("--author", help="Who removes it (default: your user name).")
@store_option
@reports_user_errors
def remove(iri: str, author: str | None, store: Path) -> None:
    """Take an accepted entry back out of the graph (logged; `ump-kg undo` restores it)."""
    from .entries.changes import remove_thing

    change = remove_thing(store, iri, author)
    click.echo(f"change {change.number}: removed {change.triples} triples")


@main.command()
@click.option("--author", help="Who undoes (default: your user name).")
@store_option
@reports_user_errors
def undo(author: str | None, store: Path) -> None:
    """Revert the last change (an add or a remove); the undo is logged too."""
    from .entries.changes import undo as run_undo

    change = run_undo(store, author)
    click.echo(f"change {change.number}: {change.kind} of {change.triples} triples")


@main.command()
@click.argument(
    "kind",
    type=click.Choice(
        ["meeting", "conference", "organisation", "project", "programme", "person", "city"]
    ),
)
@click.option("--lang", default="pl", show_default=True, type=click.Choice(["pl", "en"]))
@reports_user_errors
def new(kind: str, lang: str) -> None:
    """Print a commented YAML template for a new entry."""
    from .config import layout

    sys.stdout.write(
        (layout().home / "ontology" / "templates" / f"{kind}.{lang}.yaml").read_text(
            encoding="utf-8"
        )
    )
