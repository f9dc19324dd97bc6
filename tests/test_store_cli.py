"""The store and its commands: load, stats, export — round trips, determinism and bad input."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

from .conftest import CliResult, exported

Cli = Callable[..., CliResult]
REFERENCE_GRAPHS = [
    "cities",
    "documents",
    "geonames",
    "initiatives",
    "mayors",
    "organisations",
    "roles",
    "teryt",
    "themes",
]


def reference_union(home: Path) -> rdflib.Graph:
    graph = rdflib.Graph()
    for path in sorted((home / "graph" / "reference").glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


def export(cli: Cli, *args: str) -> bytes:
    return exported(*args)


@pytest.fixture
def loaded(home: Path, store: Path, cli: Cli) -> Path:
    result = cli("load", home / "graph" / "reference")
    assert result.returncode == 0, result.stderr
    return store


def test_load_puts_each_reference_file_in_its_own_named_graph(
    home: Path, loaded: Path, cli: Cli
) -> None:
    stats = cli("stats")
    assert stats.returncode == 0, stats.stderr
    graphs = [
        line.split("\t")[0] for line in stats.stdout.splitlines() if "/graph/reference/" in line
    ]
    assert graphs == [
        f"https://w3id.org/ump-kg/graph/reference/{name}" for name in REFERENCE_GRAPHS
    ]
    assert "ump:City\t12" in stats.stdout
    assert f"total\t{len(reference_union(home))}" in stats.stdout


def test_turtle_export_is_isomorphic_to_the_input(home: Path, loaded: Path, cli: Cli) -> None:
    exported = rdflib.Graph().parse(data=export(cli, "--format", "ttl"), format="turtle")
    assert isomorphic(exported, reference_union(home))


def test_export_is_byte_identical_across_runs_and_stores(
    home: Path, loaded: Path, cli: Cli, tmp_path: Path
) -> None:
    first = export(cli, "--format", "ttl")
    assert export(cli, "--format", "ttl") == first
    # A second store loaded file by file in the opposite order gives the same bytes.
    other = tmp_path / "other-store"
    for path in sorted((home / "graph" / "reference").glob("*.ttl"), reverse=True):
        assert cli("load", "--store", other, path).returncode == 0
    assert export(cli, "--format", "ttl", "--store", str(other)) == first


@pytest.mark.parametrize(
    ("fmt", "parser"),
    [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"), ("rdfxml", "xml")],
)
def test_every_triple_format_parses_back_isomorphic(
    home: Path, loaded: Path, cli: Cli, fmt: str, parser: str
) -> None:
    data = export(cli, "--format", fmt)
    assert export(cli, "--format", fmt) == data
    assert isomorphic(rdflib.Graph().parse(data=data, format=parser), reference_union(home))


@pytest.mark.parametrize(("fmt", "parser"), [("nq", "nquads"), ("trig", "trig")])
def test_quad_formats_keep_the_named_graphs(
    home: Path, loaded: Path, cli: Cli, fmt: str, parser: str
) -> None:
    data = export(cli, "--format", fmt)
    dataset = rdflib.Dataset()
    dataset.parse(data=data, format=parser)
    for name in REFERENCE_GRAPHS:
        expected = rdflib.Graph().parse(home / "graph" / "reference" / f"{name}.ttl")
        graph = dataset.graph(rdflib.URIRef(f"https://w3id.org/ump-kg/graph/reference/{name}"))
        assert isomorphic(rdflib.Graph() + graph, expected), name


def test_polish_text_is_written_as_utf8_not_escaped(loaded: Path, cli: Cli) -> None:
    for fmt in ("ttl", "nt", "nq", "trig", "jsonld", "rdfxml"):
        data = export(cli, "--format", fmt)
        assert "Łódź".encode() in data and "Gdańsk".encode() in data, fmt
        assert b"\\u0141" not in data and b"\\u" not in data, fmt


def test_export_of_one_graph_and_to_a_file(
    home: Path, loaded: Path, cli: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "teryt.ttl"
    result = cli("export", "--graph", "https://w3id.org/ump-kg/graph/reference/teryt", "-o", out)
    assert result.returncode == 0, result.stderr
    exported = rdflib.Graph().parse(out, format="turtle")
    assert isomorphic(exported, rdflib.Graph().parse(home / "graph" / "reference" / "teryt.ttl"))


def test_configurable_base_rewrites_project_iris(home: Path, store: Path, cli: Cli) -> None:
    env = {"UMP_KG_BASE": "https://data.example.org/ump/"}
    assert cli("load", home / "graph" / "reference", env=env).returncode == 0
    data = exported("--format", "nt", env=env)
    assert b"<https://data.example.org/ump/id/city/krakow>" in data
    assert b"https://w3id.org/ump-kg/" not in data


# --- bad input: one clear message, exit 2, no traceback, the store exactly as it was -----------


def assert_user_error(result: CliResult, *fragments: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: ")
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr


def test_turtle_syntax_error(loaded: Path, cli: Cli, tmp_path: Path) -> None:
    before = export(cli, "--format", "nq")
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        '@prefix ump: <https://w3id.org/ump-kg/def/> .\n<https://x/a> ump:inCity "Kraków" "x" .\n',
        encoding="utf-8",
    )
    assert_user_error(
        cli("load", bad),
        f'{bad}:2:35: Turtle syntax error: "x" is not a valid subject or graph name',
        "fix: ",
    )
    assert export(cli, "--format", "nq") == before


def test_file_in_windows_1250_is_named_as_such(loaded: Path, cli: Cli, tmp_path: Path) -> None:
    before = export(cli, "--format", "nq")
    bad = tmp_path / "cp1250.ttl"
    bad.write_bytes('<https://x/a> <https://x/b> "Łódź, Gdańsk" .\n'.encode("cp1250"))
    assert_user_error(
        cli("load", bad),
        f"{bad}:1:30: file is not UTF-8 (it looks like Windows-1250 (cp1250)): byte 0xa3 cannot be decoded",
        "iconv -f cp1250 -t utf-8",
    )
    assert export(cli, "--format", "nq") == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "file is empty"),
        ("  \n\n", "file is empty"),
        ("# only a comment\n", "file holds no RDF statements"),
    ],
)
def test_empty_files(loaded: Path, cli: Cli, tmp_path: Path, content: str, message: str) -> None:
    before = export(cli, "--format", "nq")
    bad = tmp_path / "empty.ttl"
    bad.write_text(content, encoding="utf-8")
    assert_user_error(cli("load", bad), f"{bad}: {message}")
    assert export(cli, "--format", "nq") == before


def test_missing_file(loaded: Path, cli: Cli, tmp_path: Path) -> None:
    assert_user_error(
        cli("load", tmp_path / "nope.ttl"), f"{tmp_path / 'nope.ttl'}: file not found"
    )


def test_one_bad_file_among_good_ones_changes_nothing(
    home: Path, loaded: Path, cli: Cli, tmp_path: Path
) -> None:
    before = export(cli, "--format", "nq")
    changed = tmp_path / "cities.ttl"
    changed.write_text(
        '<https://w3id.org/ump-kg/id/city/krakow> <https://x/p> "nowe" .\n', encoding="utf-8"
    )
    bad = tmp_path / "zz-bad.ttl"
    bad.write_text("<https://x/a> <https://x/b> .\n", encoding="utf-8")
    result = cli("load", "--graph", "https://w3id.org/ump-kg/graph/reference/cities", changed, bad)
    assert_user_error(result, f"{bad}:1:")
    assert export(cli, "--format", "nq") == before


def test_locked_store(loaded: Path, cli: Cli, home: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); "
            "print('ready', flush=True); time.sleep(60)",
            str(loaded),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        result = cli("load", home / "graph" / "reference" / "cities.ttl")
        assert_user_error(
            result,
            f"{loaded}: the store is in use by another ump-kg process",
            "fix: wait for that process to finish",
        )
        # Readers still work while a writer holds the lock.
        assert cli("stats").returncode == 0
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.1)
    assert cli("load", home / "graph" / "reference" / "cities.ttl").returncode == 0


def test_reading_a_store_that_does_not_exist(cli: Cli, tmp_path: Path) -> None:
    assert_user_error(
        cli("stats", "--store", tmp_path / "none"),
        "no store here yet",
        "ump-kg load graph/reference",
    )


def test_every_command_has_help(cli: Cli) -> None:
    top = cli("--help")
    assert top.returncode == 0
    for command in ("load", "stats", "export", "check"):
        assert command in top.stdout
        sub = cli(command, "--help")
        assert sub.returncode == 0 and "Usage: " in sub.stdout, command
