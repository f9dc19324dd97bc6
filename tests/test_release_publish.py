"""Export and publish: a release a portal accepts (DCAT-AP 3.0.1 shapes), every file parsing
back to the same graph, checksums, determinism; publishing to real Oxigraph and Virtuoso."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pyshacl
import pytest
import rdflib
from rdflib.compare import isomorphic

from ump_kg.publish.publish import GraphStore, publish_graph
from ump_kg.validate.shacl import read_report

from . import servers
from .conftest import ROOT, run_cli, seed_only, shared
from .test_jena import assert_clean, riot_validate

DCAT_AP = ROOT.parent / "shared" / "reference" / "dcat-ap-3.0.1"
PARSERS = {
    "ump-kg.ttl": "turtle",
    "ump-kg.nt": "nt",
    "ump-kg.jsonld": "json-ld",
    "ump-kg.rdf": "xml",
}


run = run_cli


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("home")
    import shutil

    for folder in ("ontology", "graph", "queries"):
        shutil.copytree(ROOT / folder, home / folder)
    seed_only(home)
    saved = {k: os.environ.get(k) for k in ("UMP_KG_HOME", "UMP_KG_STORE")}
    os.environ.update({"UMP_KG_HOME": str(home), "UMP_KG_STORE": str(home / "store")})
    assert run("build", "--no-reasoner").returncode == 0
    yield home / "store"
    for key, value in saved.items():
        os.environ.pop(key, None) if value is None else os.environ.__setitem__(key, value)


@pytest.fixture(scope="module")
def release_dir(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("release")
    result = run("release", str(folder), "--download-base", "https://example.org/ump-kg/2026/")
    assert result.returncode == 0, result.stderr
    return folder


def store_graph(built: Path) -> rdflib.Graph:
    data = run("export", "--format", "nt").stdout
    return rdflib.Graph().parse(data=data, format="nt")


def test_release_has_every_file_with_correct_checksums(release_dir: Path) -> None:
    names = sorted(p.name for p in release_dir.iterdir())
    assert names == sorted(
        [
            "SHA256SUMS",
            "catalog.ttl",
            "def",
            "docs",
            "id",
            "index.en.html",
            "index.html",
            "map.en.html",
            "map.html",
            "static",
            "timeline.en.html",
            "timeline.html",
            "ump-kg-ontology.ttl",
            "ump-kg-shapes.ttl",
            "ump-kg.jsonld",
            "ump-kg.nq",
            "ump-kg.nt",
            "ump-kg.rdf",
            "ump-kg.trig",
            "ump-kg.ttl",
            "void.ttl",
        ]
    )
    for line in (release_dir / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ")
        assert hashlib.sha256((release_dir / name).read_bytes()).hexdigest() == digest, name


@pytest.mark.parametrize("name", sorted(PARSERS))
def test_every_triple_file_parses_back_to_the_store_graph(
    release_dir: Path, built: Path, name: str
) -> None:
    assert isomorphic(
        rdflib.Graph().parse(release_dir / name, format=PARSERS[name]), store_graph(built)
    )


BUILD_RECORD = "https://w3id.org/ump-kg/graph/build\t"


@pytest.mark.parametrize("name", ["ump-kg.nq", "ump-kg.trig"])
def test_quad_files_keep_every_named_graph(release_dir: Path, built: Path, name: str) -> None:
    dataset = rdflib.Dataset()
    dataset.parse(release_dir / name, format="nquads" if name.endswith("nq") else "trig")
    named = [
        g
        for g in dataset.graphs()
        if isinstance(g.identifier, rdflib.URIRef)
        and g.identifier.startswith("https://w3id.org/ump-kg/graph/")
    ]
    stats = run("stats").stdout.splitlines()
    in_store = {  # the build record is bookkeeping, never released
        line.split("\t")[0]
        for line in stats
        if line.startswith("https://w3id.org/ump-kg/graph/") and not line.startswith(BUILD_RECORD)
    }
    # one graph per reference file and one for the seed page, the only source
    expected = len(list((ROOT / "graph" / "reference").glob("*.ttl"))) + 1
    assert {str(g.identifier) for g in named} == in_store and len(in_store) == expected
    merged = rdflib.Graph()
    for graph in named:
        merged += graph
    assert isomorphic(merged, store_graph(built))


@pytest.mark.parametrize(
    "name",
    [
        "ump-kg.ttl",
        "ump-kg.nt",
        "ump-kg.nq",
        "ump-kg.trig",
        "ump-kg.rdf",
        "catalog.ttl",
        "void.ttl",
    ],
)
def test_jena_parses_the_release_files(release_dir: Path, name: str) -> None:
    if not Path("/usr/share/java/jena-core.jar").exists():
        pytest.skip("Apache Jena is not installed") if not os.environ.get("CI") else pytest.fail(
            "Jena missing in CI"
        )
    assert_clean(riot_validate(release_dir / name))


def test_release_is_byte_identical_across_runs(release_dir: Path, tmp_path: Path) -> None:
    assert (
        run(
            "release", str(tmp_path), "--download-base", "https://example.org/ump-kg/2026/"
        ).returncode
        == 0
    )
    for path in release_dir.rglob("*"):
        if path.is_file():
            other = tmp_path / path.relative_to(release_dir)
            assert other.read_bytes() == path.read_bytes(), path


@pytest.mark.parametrize("shapes", ["shapes.ttl", "shapes_recommended.ttl", "range.ttl"])
def test_catalog_conforms_to_dcat_ap_3_0_1(release_dir: Path, shapes: str) -> None:
    """No result at all: no violation (mandatory, range) and no warning (recommended)."""
    shapes_graph = rdflib.Graph().parse(shared(DCAT_AP / shapes))
    conforms, report, _ = pyshacl.validate(
        rdflib.Graph().parse(release_dir / "catalog.ttl"),
        shacl_graph=shapes_graph,
        inference="none",
        allow_warnings=False,
        do_owl_imports=False,
    )
    results = read_report(report)
    assert results == [] and conforms, [
        (r.severity, r.focus, r.path, r.message("en")) for r in results
    ]


def test_catalog_describes_data_from_the_store(release_dir: Path) -> None:
    catalog = rdflib.Graph().parse(release_dir / "catalog.ttl")
    dcat = rdflib.Namespace("http://www.w3.org/ns/dcat#")
    dct = rdflib.Namespace("http://purl.org/dc/terms/")
    dataset = rdflib.URIRef("https://w3id.org/ump-kg/id/dataset/ump-kg")
    period = catalog.value(dataset, dct.temporal)
    assert str(catalog.value(period, dcat.startDate)) == "2017-06-06"
    assert str(catalog.value(period, dcat.endDate)) == "2019-10-30"
    downloads = {str(u) for u in catalog.objects(None, dcat.downloadURL)}
    assert "https://example.org/ump-kg/2026/ump-kg.ttl" in downloads
    ttl = rdflib.URIRef("https://w3id.org/ump-kg/id/distribution/ump-kg-ttl")
    size = int(catalog.value(ttl, dcat.byteSize))
    assert size == (release_dir / "ump-kg.ttl").stat().st_size
    checksum = catalog.value(ttl, rdflib.URIRef("http://spdx.org/rdf/terms#checksum"))
    value = catalog.value(checksum, rdflib.URIRef("http://spdx.org/rdf/terms#checksumValue"))
    assert str(value) == hashlib.sha256((release_dir / "ump-kg.ttl").read_bytes()).hexdigest()
    parts = {str(p) for p in catalog.objects(None, dct.hasPart)}
    assert "https://sws.geonames.org/765876/" in parts  # Lublin


def test_jsonld_is_compacted_with_the_project_context(release_dir: Path) -> None:
    text = (release_dir / "ump-kg.jsonld").read_text(encoding="utf-8")
    assert (
        '"ump": "https://w3id.org/ump-kg/def/"' in text
        and '"city:krakow"' in text
        and "Łódź" in text
    )


def test_docs(tmp_path: Path) -> None:
    """An index, one ontology page per language (no label of the other language glued on), the
    shapes with links to the classes they constrain; the project's classes before external ones."""
    result = run("docs", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "index.html").exists() and (tmp_path / "static" / "style.css").exists()
    polish = (tmp_path / "ontology.pl.html").read_text(encoding="utf-8")
    english = (tmp_path / "ontology.en.html").read_text(encoding="utf-8")
    assert "posiedzenie zespołu" in polish and "team meeting" not in polish
    assert "team meeting" in english and "posiedzenie zespołu" not in english
    assert "osobaperson" not in polish + english and "spotkaniemeeting" not in polish + english
    classes = english.split('id="kind-1"')[1].split('id="kind-2"')[0]
    assert classes.index("ump:City") < classes.index("skos:Concept")
    shapes_pl = (tmp_path / "shapes.pl.html").read_text(encoding="utf-8")
    shapes_en = (tmp_path / "shapes.en.html").read_text(encoding="utf-8")
    assert "Miasto musi mieć dokładnie jeden kod TERYT" in shapes_pl
    assert "A city needs exactly one TERYT code" in shapes_en
    assert 'href="ontology.en.html#ump-City"' in shapes_en and 'id="ump-City"' in english


def test_release_site_and_landing_page(release_dir: Path) -> None:
    """The static site: pages and RDF documents of each IRI; the landing page with schema.org
    Dataset markup, alternate links, the cities that have events, and the docs."""
    import json
    import re

    lublin = release_dir / "id" / "city" / "lublin"
    for suffix in (".html", ".en.html", ".ttl", ".nt", ".jsonld", ".rdf"):
        assert lublin.with_name("lublin" + suffix).exists(), suffix
    graph = rdflib.Graph().parse(lublin.with_name("lublin.ttl"))
    assert (rdflib.URIRef("https://w3id.org/ump-kg/id/city/lublin"), None, None) in graph
    page = lublin.with_name("lublin.html").read_text(encoding="utf-8")
    assert 'href="../../static/style.css"' in page and "<mark>" in page
    assert (release_dir / "def" / "City.html").exists()
    index = (release_dir / "index.html").read_text(encoding="utf-8")
    markup = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', index, re.S).group(1)
    )  # type: ignore[union-attr]
    assert markup["@type"] == "Dataset" and markup["license"].startswith(
        "https://creativecommons.org"
    )
    assert any(
        d["contentUrl"] == "https://example.org/ump-kg/2026/ump-kg.ttl"
        for d in markup["distribution"]
    )
    assert '<link rel="alternate" type="text/turtle" href="ump-kg.ttl"' in index
    assert 'href="docs/index.html"' in index and "<style" not in index  # styled by the stylesheet
    cities = {p["name"] for p in markup["spatialCoverage"]["containsPlace"]}
    assert cities == {"Gdańsk", "Lublin", "Poznań", "Warszawa"}, cities  # the seed's, not all 12
    assert "ump:TeamMeeting" not in index.split("<h2>")[2]  # classes by label, not CURIE
    assert (release_dir / "docs" / "ontology.en.html").exists()


def test_catalog_modified_is_the_newest_change(built: Path, tmp_path: Path) -> None:
    """An entry accepted after the sources makes dcterms:modified the day of that change."""
    import datetime as dt

    entry = tmp_path / "meeting.yaml"
    entry.write_text(
        "type: meeting\ncity: Gdańsku\nstart: 2021-03-04\nsource: https://example.org/m\n",
        encoding="utf-8",
    )
    store = tmp_path / "store"
    import shutil

    shutil.copytree(built, store)
    added = run("add", str(entry), "--store", str(store))
    assert added.returncode == 0, added.stderr
    folder = tmp_path / "release"
    assert run("release", str(folder), "--store", str(store)).returncode == 0
    catalog = rdflib.Graph().parse(folder / "catalog.ttl")
    dataset = rdflib.URIRef("https://w3id.org/ump-kg/id/dataset/ump-kg")
    modified = catalog.value(dataset, rdflib.URIRef("http://purl.org/dc/terms/modified"))
    assert str(modified) == dt.datetime.now(dt.UTC).date().isoformat()


# --- publishing to real servers ------------------------------------------------------------


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple[str, str | None]]]:
    saved = {k: os.environ.get(k) for k in ("UMP_KG_ENDPOINT_USER", "UMP_KG_ENDPOINT_PASSWORD")}
    os.environ.update({"UMP_KG_ENDPOINT_USER": "dba", "UMP_KG_ENDPOINT_PASSWORD": "dba"})
    oxi = servers.oxigraph(tmp_path_factory.mktemp("oxi"))
    virt = servers.virtuoso(tmp_path_factory.mktemp("virt"))
    try:
        yield {
            "oxigraph": (oxi.url + "/store", None),
            "virtuoso": (virt.url + "/sparql-graph-crud-auth", "digest"),
        }
    finally:
        oxi.stop()
        virt.stop()
        for key, value in saved.items():
            os.environ.pop(key, None) if value is None else os.environ.__setitem__(key, value)


@pytest.mark.parametrize("server", ["oxigraph", "virtuoso"])
def test_publish_command_and_replace_after_append(
    built: Path, stores: dict[str, tuple[str, str | None]], server: str
) -> None:
    url, auth = stores[server]
    graph = "https://w3id.org/ump-kg/graph/source/krakow-2020-04-23-zespol-ump"
    args = ["publish", "--endpoint", url, "--graph", graph] + (["--auth", auth] if auth else [])
    first = run(*args, "--mode", "append", "--chunk", "300")
    assert first.returncode == 0, first.stderr
    again = run(*args, "--mode", "append")  # the same triples again: a set, so nothing doubles
    assert again.returncode == 0, again.stderr
    replaced = run(*args, "--mode", "replace")
    assert replaced.returncode == 0, replaced.stderr
    triples = int(replaced.stdout.split("\t")[1].split()[0])
    store = GraphStore.at(url, auth)
    from ump_kg.publish.publish import count

    assert count(store, graph) == triples


@pytest.mark.parametrize("server", ["oxigraph", "virtuoso"])
def test_publish_100k_generated_triples(
    stores: dict[str, tuple[str, str | None]], server: str, tmp_path: Path
) -> None:
    data = tmp_path / "g.nq"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "generate.py"),
            "--triples",
            "100000",
            "-o",
            str(data),
        ],
        check=True,
        capture_output=True,
    )
    triples = [q.triple for q in ox.parse(path=str(data), format=ox.RdfFormat.N_QUADS)]
    url, auth = stores[server]
    done = publish_graph(
        GraphStore.at(url, auth), "https://example.org/graph/generated", triples, "replace"
    )
    assert done.triples == len(set(triples)) and done.requests >= 2


def test_publish_to_a_closed_port_and_without_credentials(
    built: Path, stores: dict[str, tuple[str, str | None]]
) -> None:
    port = servers.free_port()
    result = run("publish", "--endpoint", f"http://127.0.0.1:{port}/store")
    assert result.returncode == 2 and "cannot reach the graph store" in result.stderr
    denied = run(
        "publish",
        "--endpoint",
        stores["virtuoso"][0],
        "--auth",
        "digest",
        unset=("UMP_KG_ENDPOINT_USER", "UMP_KG_ENDPOINT_PASSWORD"),
    )
    assert denied.returncode == 2
    assert (
        "the graph store refused the PUT (HTTP 401" in denied.stderr and "dba" not in denied.stderr
    )
