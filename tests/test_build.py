"""`ump-kg build` and `ump-kg extract`: provenance, identity, determinism, the snapshot, bad input."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from ump_kg.extract.document import read_source
from ump_kg.extract.pipeline import knowledge
from ump_kg.store.build import extract_file

from .conftest import ROOT, CliResult, exported

Cli = Callable[..., CliResult]
SEED = "krakow-2020-04-23-zespol-ump.md"
LUBLIN = "https://w3id.org/ump-kg/id/meeting/2019-06-12-lublin"
UMP = "https://w3id.org/ump-kg/def/"


def nq(store: Path) -> bytes:
    return exported("--format", "nq", "--store", store)


@pytest.fixture
def built(home: Path, store: Path, cli: Cli) -> Path:
    result = cli("build")
    assert result.returncode == 0, result.stdout + result.stderr
    return store


def test_build_reports_documents_events_and_no_violations(
    corpus_home: Path, cli: Cli, store: Path
) -> None:
    result = cli("build")
    assert result.returncode == 0, result.stderr
    sources = len(list((corpus_home / "graph" / "sources").glob("*.md")))
    summary = re.search(r"(\d+) documents, (\d+) events, (\d+) violations", result.stdout)
    assert summary is not None, result.stdout
    documents, events, violations = map(int, summary.groups())
    # Every corpus page is read; the Team's meetings of 2017-2019, the 2017 conference and
    # the later events make at least ten events; nothing violates the shapes.
    assert (documents, violations) == (sources, 0)
    assert events >= 10
    team_meetings = re.search(r"ump:TeamMeeting\t(\d+)", result.stdout)
    assert team_meetings is not None and int(team_meetings.group(1)) >= 6


def test_snapshot_in_the_repository_is_up_to_date(corpus_home: Path, store: Path, cli: Cli) -> None:
    """Fails when graph/ump-kg.ttl is stale: run `ump-kg build` and commit the snapshot."""
    assert cli("build").returncode == 0
    assert (corpus_home / "graph" / "ump-kg.ttl").read_bytes() == (
        ROOT / "graph" / "ump-kg.ttl"
    ).read_bytes()


def test_rebuild_is_byte_identical_and_duplicates_nothing(
    built: Path, home: Path, cli: Cli
) -> None:
    first_store, first_snapshot = nq(built), (home / "graph" / "ump-kg.ttl").read_bytes()
    assert cli("build").returncode == 0
    assert nq(built) == first_store
    assert (home / "graph" / "ump-kg.ttl").read_bytes() == first_snapshot


def test_one_named_graph_per_source_and_removed_sources_are_dropped(
    built: Path, home: Path, cli: Cli
) -> None:
    store = ox.Store.read_only(str(built))
    graphs = sorted(g.value for g in store.named_graphs())
    assert "https://w3id.org/ump-kg/graph/source/krakow-2020-04-23-zespol-ump" in graphs
    del store
    page = ROOT / "tests" / "pages" / "lodz-2022-11-02-konferencja.md"
    shutil.copy(page, home / "graph" / "sources" / page.name)
    assert cli("build").returncode == 0
    store = ox.Store.read_only(str(built))
    assert ox.NamedNode("https://w3id.org/ump-kg/graph/source/lodz-2022-11-02-konferencja") in set(
        store.named_graphs()
    )
    del store
    (home / "graph" / "sources" / page.name).unlink()
    assert cli("build").returncode == 0
    store = ox.Store.read_only(str(built))
    assert ox.NamedNode(
        "https://w3id.org/ump-kg/graph/source/lodz-2022-11-02-konferencja"
    ) not in set(store.named_graphs())


def test_same_entity_in_two_documents_is_one_node(built: Path, home: Path, cli: Cli) -> None:
    shutil.copy(
        ROOT / "tests" / "pages" / "krakow-2022-05-20-posiedzenie.md", home / "graph" / "sources"
    )
    assert cli("build").returncode == 0
    store = ox.Store.read_only(str(built))
    rows = list(
        store.query(
            "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?p a <https://w3id.org/ump-kg/def/Person> ; "
            '<http://www.w3.org/2000/01/rdf-schema#label> "Jacek Majchrowski"@pl } '
            'FILTER(STRSTARTS(STR(?g), "https://w3id.org/ump-kg/graph/source/")) }'
        )
    )
    # one node, stated by two sources (and by the reference list of mayors)
    assert int(rows[0]["n"].value) == 2
    people = {
        str(r["p"].value)
        for r in store.query(
            'SELECT ?p WHERE { GRAPH ?g { ?p <http://www.w3.org/2000/01/rdf-schema#label> "Jacek Majchrowski"@pl } }'
        )
    }
    assert people == {"https://w3id.org/ump-kg/id/person/jacek-majchrowski"}


def test_extraction_does_not_depend_on_other_documents_or_their_order() -> None:
    know = knowledge()
    seed = ROOT / "graph" / "sources" / SEED
    alone = extract_file(seed, know).quads
    for page in sorted((ROOT / "tests" / "pages").glob("*.md"), reverse=True):
        extract_file(page, know)
    again = extract_file(seed, know).quads
    assert sorted(map(str, alone)) == sorted(map(str, again))


def test_provenance_query_returns_the_source_sentence(built: Path) -> None:
    store = ox.Store.read_only(str(built))
    query = (ROOT / "queries" / "provenance.rq").read_text(encoding="utf-8")
    rows = list(
        store.query(
            query,
            use_default_graph_as_union=True,
            substitutions={
                ox.Variable("subject"): ox.NamedNode(LUBLIN),
                ox.Variable("predicate"): ox.NamedNode(UMP + "startDate"),
            },
        )
    )
    assert len(rows) == 1
    row = rows[0]
    assert row["sentence"].value == "[Posiedzenie Zespołu w Lublinie 12-13 czerwca 2019 r.](#)"
    assert row["object"] == ox.Literal(
        "2019-06-12", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
    )
    assert row["title"].value == "Zespół Unii Metropolii Polskich ds. Migracji i Integracji"
    text = read_source(ROOT / "graph" / "sources" / SEED).text
    assert text[int(row["start"].value) : int(row["end"].value)] == row["sentence"].value


def test_every_selector_points_at_its_quote(built: Path) -> None:
    """TextPositionSelector offsets (code points) and TextQuoteSelector text agree everywhere."""
    text = read_source(ROOT / "graph" / "sources" / SEED).text
    store = ox.Store.read_only(str(built))
    rows = list(
        store.query(
            """
        PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?exact ?prefix ?suffix ?start ?end WHERE {
          ?e oa:hasSelector ?q , ?p . ?q oa:exact ?exact ; oa:prefix ?prefix ; oa:suffix ?suffix .
          ?p oa:start ?start ; oa:end ?end }""",
            use_default_graph_as_union=True,
        )
    )
    assert len(rows) > 50
    for row in rows:
        start, end = int(row["start"].value), int(row["end"].value)
        assert text[start:end] == row["exact"].value
        assert text[:start].endswith(row["prefix"].value) and text[end:].startswith(
            row["suffix"].value
        )


def test_every_extracted_fact_has_provenance(built: Path) -> None:
    store = ox.Store.read_only(str(built))
    rows = list(
        store.query(
            """
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?s ?p ?o WHERE {
          GRAPH <https://w3id.org/ump-kg/graph/source/krakow-2020-04-23-zespol-ump> { ?s ?p ?o }
          FILTER (STRSTARTS(STR(?s), "https://w3id.org/ump-kg/id/") && !CONTAINS(STR(?s), "/statement/")
                  && !CONTAINS(STR(?s), "/source/") && !CONTAINS(STR(?s), "/extraction/"))
          FILTER NOT EXISTS { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }
        }""",
            use_default_graph_as_union=True,
        )
    )
    assert rows == []


def test_extract_writes_turtle_without_touching_the_store(
    cli: Cli, store: Path, tmp_path: Path
) -> None:
    out = tmp_path / "seed.ttl"
    result = cli("extract", ROOT / "graph" / "sources" / SEED, "-o", out)
    assert result.returncode == 0, result.stderr
    graph = rdflib.Graph().parse(out)
    assert (
        rdflib.URIRef(LUBLIN),
        rdflib.URIRef(UMP + "inCity"),
        rdflib.URIRef("https://w3id.org/ump-kg/id/city/lublin"),
    ) in graph
    assert not store.exists()
    assert cli("extract", ROOT / "graph" / "sources" / SEED, "--format", "jsonld").returncode == 0


# --- bad input ----------------------------------------------------------------------------


def bad_source(home: Path, name: str, data: bytes) -> Path:
    path = home / "graph" / "sources" / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "cp1250.md",
            "Posiedzenie Zespołu w Łodzi 5 maja 2019 r.\n".encode("cp1250"),
            ":1:18: file is not UTF-8 (it looks like Windows-1250 (cp1250))",
        ),
        ("empty.md", b"  \n", ": document is empty"),
        ("broken.md", b"---\ntitle: [unclosed\n---\nTekst.\n", ":3: broken front matter"),
        (
            # a key without its colon: the line itself, not the next one YAML reports
            "no-colon.md",
            b"---\ntitle: A\npublished 2024-01-01\nlanguage: pl\n---\nTekst.\n",
            ":3: broken front matter",
        ),
        (
            "unknown-key.md",
            b"---\ntitle: A\nautor: B\n---\nTekst.\n",
            ":3: unknown front matter key 'autor'",
        ),
        (
            "no-facts.md",
            "Przepis na pierogi: mąka, woda i sól.\n".encode(),
            ":1: no recognisable facts",
        ),
        (
            "bad-date.md",
            b"---\npublished: 2019-02-30\n---\nTekst.\n",
            ":2: 'published' is not a real date",
        ),
    ],
)
def test_bad_source_changes_nothing(
    built: Path, home: Path, cli: Cli, name: str, data: bytes, message: str
) -> None:
    before = nq(built)
    snapshot = (home / "graph" / "ump-kg.ttl").read_bytes()
    path = bad_source(home, name, data)
    result = cli("build")
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert f"{path}{message}" in result.stderr, result.stderr
    assert nq(built) == before
    assert (home / "graph" / "ump-kg.ttl").read_bytes() == snapshot


def test_impossible_date_is_reported_not_guessed(home: Path, cli: Cli, store: Path) -> None:
    page = bad_source(
        home,
        "zly-dzien.md",
        (
            "---\npublished: 2019-07-01\n---\nZespół UMP ds. Migracji i Integracji obradował w Lublinie "
            "31 czerwca 2019 r.\n"
        ).encode(),
    )
    result = cli("build")
    assert f"warning: {page}:4: 31 czerwca 2019 is not a real date" in result.stderr
    graph = rdflib.Graph().parse(home / "graph" / "ump-kg.ttl")
    assert not list(
        graph.triples((None, rdflib.URIRef(UMP + "startDate"), rdflib.Literal("2019-06-31")))
    )
