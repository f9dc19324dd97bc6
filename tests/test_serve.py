"""`ump-kg serve` as a user meets it: a real uvicorn server on 127.0.0.1 over a store built from
the seed page, asked with httpx (every route and media type), SPARQLWrapper (a real SPARQL
protocol client) and headless Chromium (Debian's chromium driven by Selenium)."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pyoxigraph as ox
import pytest
import rdflib

from .conftest import ROOT, corpus_copy, run_cli, seed_only
from .servers import free_port

TOKEN = "s3cret-token-for-tests"
LUBLIN = "https://w3id.org/ump-kg/id/city/lublin"


def bench_script() -> ModuleType:
    """scripts/bench_serve.py as a module: the tests start the server as the benchmark does."""
    spec = importlib.util.spec_from_file_location(
        "bench_serve", ROOT / "scripts" / "bench_serve.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Served:
    def __init__(self, home: Path, store: Path, *extra: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.store = store
        self.process = bench_script().start_server(
            store, self.port, *extra, env={"UMP_KG_HOME": str(home)}
        )

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)


@pytest.fixture(scope="module")
def seed_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = corpus_copy(tmp_path_factory.mktemp("serve"))
    seed_only(home)
    built = run_cli(
        "build",
        "--no-reasoner",
        env={"UMP_KG_HOME": str(home), "UMP_KG_STORE": str(home / "store")},
    )
    assert built.returncode == 0, built.stderr
    return home


@pytest.fixture(scope="module")
def server(seed_home: Path) -> Iterator[Served]:
    served = Served(
        seed_home,
        seed_home / "store",
        "--allow-add",
        "--token",
        TOKEN,
        "--time-limit",
        "2",
        "--row-limit",
        "50",
    )
    yield served
    served.stop()


@pytest.fixture(scope="module")
def client(server: Served) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c


def embedded(seed_home: Path, query: str) -> ox.QuerySolutions:
    store = ox.Store.read_only(str(seed_home / "store"))
    result = store.query(query, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    return result


# --- dereferencing ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "suffix", "media"),
    [
        ("text/html", "html", "text/html"),
        ("text/turtle", "ttl", "text/turtle"),
        ("application/ld+json", "jsonld", "application/ld+json"),
        ("application/n-triples", "nt", "application/n-triples"),
        ("application/rdf+xml", "rdf", "application/rdf+xml"),
        ("application/rdf+xml;q=0.5, text/turtle;q=0.9", "ttl", "text/turtle"),
    ],
)
def test_an_iri_answers_303_to_the_document_in_the_asked_format(
    client: httpx.Client, accept: str, suffix: str, media: str
) -> None:
    first = client.get("/id/city/lublin", headers={"Accept": accept})
    assert first.status_code == 303 and first.headers["location"] == f"/id/city/lublin.{suffix}"
    assert "Accept" in first.headers["vary"]
    document = client.get(first.headers["location"])
    assert document.status_code == 200 and document.headers["content-type"].startswith(media)
    if suffix != "html":
        fmt = {"ttl": "turtle", "jsonld": "json-ld", "nt": "nt", "rdf": "xml"}[suffix]
        graph = rdflib.Graph().parse(data=document.content, format=fmt)
        label = graph.value(rdflib.URIRef(LUBLIN), rdflib.RDFS.label)
        assert str(label) == "Lublin"
        assert (None, None, rdflib.URIRef(LUBLIN)) in graph  # incoming links too


def test_documents_are_the_deterministic_serialisation(client: httpx.Client) -> None:
    assert client.get("/id/city/lublin.ttl").content == client.get("/id/city/lublin.ttl").content


def test_unknown_iri_and_unacceptable_type(client: httpx.Client) -> None:
    assert client.get("/id/city/atlantis").status_code == 404
    assert client.get("/id/city/atlantis.ttl").status_code == 404
    assert client.get("/id/city/lublin", headers={"Accept": "image/png"}).status_code == 406


def test_city_page_shows_properties_incoming_links_and_evidence(client: httpx.Client) -> None:
    page = client.get("/id/city/lublin.html", params={"lang": "pl"}).text
    assert "<h1>Lublin</h1>" in page
    assert "województwo lubelskie" in page  # a linked value, by its Polish label
    assert 'href="/id/voivodeship/lubelskie"' in page
    assert "Odwołania do tej rzeczy" in page and 'href="/id/meeting/' in page  # incoming
    assert "<mark>" in page  # the sentence, highlighted
    assert '— <a href="/id/source/krakow-2020-04-23-zespol-ump">' in page  # and its page


def test_text_fragment_links_scroll_to_the_sentence() -> None:
    from ump_kg.serve.describe import text_fragment

    assert text_fragment("https://e.org/p#top", "Spotkanie w Lublinie – 12 czerwca") == (
        "https://e.org/p#:~:text=Spotkanie%20w%20Lublinie%20%E2%80%93%2012%20czerwca"
    )
    long = "Jeden dwa trzy cztery pięć sześć siedem osiem dziewięć-dziesięć."
    assert text_fragment("https://e.org/p", long).endswith(
        "#:~:text=Jeden%20dwa%20trzy%20cztery,sze%C5%9B%C4%87%20siedem%20osiem%20dziewi%C4%99%C4%87%2Ddziesi%C4%99%C4%87."
    )


def test_labels_follow_accept_language_and_lang(client: httpx.Client) -> None:
    client.cookies.clear()  # a language chosen with ?lang= is remembered (a cookie)
    english = client.get("/id/city/lublin.html", headers={"Accept-Language": "en-GB,en;q=0.9"}).text
    polish = client.get("/id/city/lublin.html", headers={"Accept-Language": "pl"}).text
    assert "Lublin Voivodeship" in english and "województwo lubelskie" in polish
    chosen = client.get("/id/city/lublin.html?lang=en", headers={"Accept-Language": "pl"})
    assert "Lublin Voivodeship" in chosen.text


def test_ontology_terms_dereference(client: httpx.Client) -> None:
    assert (
        client.get("/def/City", headers={"Accept": "text/turtle"}).headers["location"]
        == "/def/City.ttl"
    )
    graph = rdflib.Graph().parse(data=client.get("/def/City.ttl").content, format="turtle")
    assert (
        rdflib.URIRef("https://w3id.org/ump-kg/def/City"),
        rdflib.RDF.type,
        rdflib.OWL.Class,
    ) in graph
    assert "miasto" in client.get("/def/City.html?lang=pl").text
    assert client.get("/def/").headers["location"] == "/docs/ontology.pl.html"
    docs = client.get("/docs/ontology.en.html")
    assert docs.status_code == 200 and "team meeting" in docs.text


# --- SPARQL protocol --------------------------------------------------------------------------

SELECT = "SELECT ?city ?label WHERE { ?city a <https://w3id.org/ump-kg/def/City> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label FILTER(LANG(?label) = 'pl') } ORDER BY ?city"


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
    ],
)
@pytest.mark.parametrize("method", ["GET", "POST-form", "POST-direct"])
def test_select_in_every_w3c_format_and_method(
    client: httpx.Client, seed_home: Path, accept: str, media: str, method: str
) -> None:
    headers = {"Accept": accept}
    if method == "GET":
        answer = client.get("/sparql", params={"query": SELECT}, headers=headers)
    elif method == "POST-form":
        answer = client.post("/sparql", data={"query": SELECT}, headers=headers)
    else:
        answer = client.post(
            "/sparql",
            content=SELECT.encode(),
            headers={**headers, "Content-Type": "application/sparql-query"},
        )
    assert answer.status_code == 200 and answer.headers["content-type"].startswith(media)
    format_of = {
        "application/sparql-results+json": ox.QueryResultsFormat.JSON,
        "application/sparql-results+xml": ox.QueryResultsFormat.XML,
        "text/csv": ox.QueryResultsFormat.CSV,
        "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    }[media]
    if format_of == ox.QueryResultsFormat.CSV:  # CSV loses term types: compare the text
        served = answer.text.replace("\r\n", "\n").strip().splitlines()[1:]
        expected = [f"{r['city'].value},{r['label'].value}" for r in embedded(seed_home, SELECT)]  # type: ignore[union-attr]
        assert served == expected
        return
    served_rows = [
        [str(r[v]) for v in ("city", "label")]
        for r in ox.parse_query_results(answer.content, format=format_of)  # type: ignore[union-attr]
    ]
    assert served_rows == [[str(r["city"]), str(r["label"])] for r in embedded(seed_home, SELECT)]
    assert (
        answer.headers["x-ump-kg-time-limit"] == "2"
        and answer.headers["x-ump-kg-row-limit"] == "50"
    )


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
        ("application/rdf+xml", "xml"),
    ],
)
def test_construct_in_rdf_formats(client: httpx.Client, accept: str, fmt: str) -> None:
    query = f"CONSTRUCT {{ <{LUBLIN}> ?p ?o }} WHERE {{ <{LUBLIN}> ?p ?o FILTER(?p != <https://w3id.org/ump-kg/def/reportedIn>) }}"
    answer = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith(accept)
    graph = rdflib.Graph().parse(data=answer.content, format=fmt)
    assert (
        str(
            graph.value(
                rdflib.URIRef(LUBLIN), rdflib.URIRef("https://w3id.org/ump-kg/def/terytCode")
            )
        )
        == "0663011"
    )


def test_ask_and_row_limit_reported(client: httpx.Client) -> None:
    ask = client.get(
        "/sparql",
        params={"query": f"ASK {{ <{LUBLIN}> ?p ?o }}"},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert ask.json()["boolean"] is True
    many = client.get(
        "/sparql",
        params={"query": "SELECT * WHERE { ?s ?p ?o }"},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert (
        len(many.json()["results"]["bindings"]) == 50 and many.headers["x-sparql-maxrows"] == "50"
    )
    few = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 3"})
    assert "x-sparql-maxrows" not in few.headers


def test_updates_and_service_are_refused(client: httpx.Client) -> None:
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    assert client.post("/sparql", data={"update": update}).status_code == 403
    assert (
        client.post(
            "/sparql", content=update, headers={"Content-Type": "application/sparql-update"}
        ).status_code
        == 403
    )
    assert client.get("/sparql", params={"update": update}).status_code == 403
    service = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    refused = client.get("/sparql", params={"query": service})
    assert refused.status_code == 403 and "SERVICE" in refused.text
    # a string mentioning SERVICE is not a SERVICE clause
    assert (
        client.get("/sparql", params={"query": 'SELECT ("SERVICE" AS ?x) WHERE {}'}).status_code
        == 200
    )
    count = client.get(
        "/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { <urn:a> ?p ?o }"}
    )
    assert count.json()["results"]["bindings"][0]["n"]["value"] == "0"


def test_bad_queries_and_limits(client: httpx.Client) -> None:
    bad = client.get("/sparql", params={"query": "SELEC * WHERE { ?s ?p ?o }"})
    assert bad.status_code == 400 and "syntax" in bad.text.lower()
    huge = client.post(
        "/sparql",
        content=b"x" * (2 * 1024 * 1024),
        headers={"Content-Type": "application/sparql-query"},
    )
    assert huge.status_code == 413
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    started = time.monotonic()
    stopped = client.get("/sparql", params={"query": slow})
    assert stopped.status_code == 503 and "time limit of 2 s" in stopped.text
    assert time.monotonic() - started < 15
    # the worker was replaced: the endpoint still answers
    assert client.get("/sparql", params={"query": f"ASK {{ <{LUBLIN}> ?p ?o }}"}).status_code == 200


def test_service_description(client: httpx.Client) -> None:
    answer = client.get("/sparql", headers={"Accept": "text/turtle"})
    graph = rdflib.Graph().parse(data=answer.content, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert (None, sd.supportedLanguage, sd.SPARQL11Query) in graph
    assert client.get("/sparql", headers={"Accept": "text/html"}).headers["location"] == "/editor"


def test_sparqlwrapper_as_a_real_client(server: Served, seed_home: Path) -> None:
    from SPARQLWrapper import JSON, POST, SPARQLWrapper

    for method in ("GET", POST):
        wrapper = SPARQLWrapper(server.url + "/sparql")
        wrapper.setQuery(SELECT)
        wrapper.setReturnFormat(JSON)
        wrapper.setMethod(method)
        rows = wrapper.queryAndConvert()["results"]["bindings"]  # type: ignore[index]
        assert [(r["city"]["value"], r["label"]["value"]) for r in rows] == [
            (r["city"].value, r["label"].value)
            for r in embedded(seed_home, SELECT)  # type: ignore[union-attr]
        ]


def test_every_library_query_answers_as_on_the_embedded_store(
    server: Served, seed_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each library query through the endpoint (the remote client of `ump-kg query --endpoint`)
    equals the same query on the embedded store."""
    from ump_kg.errors import UserError
    from ump_kg.query.library import library
    from ump_kg.query.run import Target, run_query
    from ump_kg.query.sparql import Endpoint

    monkeypatch.setenv("UMP_KG_HOME", str(seed_home))
    local = Target(store=seed_home / "store")
    remote = Target(endpoint=Endpoint(server.url + "/sparql", timeout=30))
    params = {
        "city": {"city": "Lublinie"},
        "meeting-agenda": {"meeting": "https://w3id.org/ump-kg/id/meeting/2019-06-12-lublin"},
        "provenance": {"subject": LUBLIN},
    }
    answered = 0
    for name in library():
        given = params.get(name, {})
        try:
            expected = run_query(name, given, local, "json")
        except UserError as err:  # a required parameter not given here: the same error remotely
            with pytest.raises(UserError, match=re.escape(err.what)):
                run_query(name, given, remote, "json")
            continue
        served = run_query(name, given, remote, "json")
        assert json.loads(served[0]) == json.loads(expected[0]), name
        answered += 1
    assert answered >= 15


def test_graph_store_answers_equal_the_embedded_export(
    client: httpx.Client, seed_home: Path
) -> None:
    """Read-only Graph Store Protocol: each named graph, and the union, byte for byte what
    `ump-kg export` writes from the embedded store; writing is refused."""
    env = {"UMP_KG_HOME": str(seed_home), "UMP_KG_STORE": str(seed_home / "store")}
    graphs = [
        line.split("\t")[0]
        for line in run_cli("stats", env=env).stdout.splitlines()
        if line.startswith("https://w3id.org/ump-kg/graph/")
    ]
    assert len(graphs) >= 9
    for graph in graphs:
        exported = run_cli(
            "export", "--format", "nt", "--graph", graph, env=env, binary=True
        ).stdout
        served = client.get(
            "/store", params={"graph": graph}, headers={"Accept": "application/n-triples"}
        )
        assert served.content == exported, graph
    union = client.get("/store?default", headers={"Accept": "text/turtle"})
    assert union.content == run_cli("export", "--format", "ttl", env=env, binary=True).stdout
    assert client.get("/data/ump-kg.ttl").content == union.content
    assert client.put("/store?default", content=b"").status_code == 403
    assert client.get("/store", params={"graph": "urn:none"}).status_code == 404


# --- browser UI -------------------------------------------------------------------------------


def test_search_in_any_case(client: httpx.Client) -> None:
    for name in ("Lublinie", "w Lublinie", "lublin", "Lublina"):
        page = client.get("/search", params={"q": name}).text
        assert 'href="/id/city/lublin"' in page, name
    assert "Nie znaleziono" in client.get("/search", params={"q": "Atlantyda", "lang": "pl"}).text


def test_library_query_form_and_table(client: httpx.Client) -> None:
    listing = client.get("/queries").text
    assert 'href="/queries/host-cities"' in listing
    form = client.get("/queries/city").text
    assert 'name="city"' in form and "required" in form
    run = client.get("/queries/city", params={"run": "1", "city": "Krakowa", "lang": "en"}).text
    assert '<table class="results">' in run and 'href="/id/city/krakow"' in run
    unknown = client.get("/queries/city", params={"run": "1", "city": "Atlantydy"}).text
    assert 'class="error"' in unknown and "unknown city" in unknown
    assert client.get("/queries/nothing").status_code == 404


def test_timeline_map_editor_home(client: httpx.Client) -> None:
    timeline = client.get("/timeline").text
    assert "2019-06-12" in timeline and 'href="/id/meeting/2019-06-12-lublin"' in timeline
    drawing = client.get("/map").text
    assert '<path class="country"' in drawing and drawing.count("<circle") == 12
    assert drawing.count('class="host"') == 4  # the seed's events are in four cities
    editor = client.get("/editor").text
    assert '<script src="/static/yasgui/yasgui.min.js">' in editor
    assert 'src="http' not in editor and 'href="http' not in editor.split("<body>")[0]  # no CDN
    assert client.get("/static/yasgui/yasgui.min.js").status_code == 200
    home = client.get("/").text
    assert (
        '"@type": "Dataset"' in home
        and 'rel="alternate" type="text/turtle" href="/data/ump-kg.ttl"' in home
    )
    assert client.get("/data/ump-kg.nt").headers["content-type"].startswith("application/n-triples")


# --- entries: check, and write only with the token --------------------------------------------

GOOD = "type: meeting\ncity: Gdańsku\nstart: 2021-03-04\nsource: https://example.org/m\n"
BAD = "type: meeting\ncity: Atlantydzie\nstart: 2021-02-30\n"


def test_entry_check_uses_the_validate_code(
    client: httpx.Client, seed_home: Path, tmp_path: Path
) -> None:
    checked = client.post(
        "/check", data={"text": GOOD, "format": "yaml", "action": "validate", "lang": "en"}
    )
    assert checked.status_code == 200 and "conforms" in checked.text
    # The same language on both sides: the CLI's default (Polish), whatever cookie an earlier
    # test left in the client.
    broken = client.post(
        "/check", data={"text": BAD, "format": "yaml", "action": "validate", "lang": "pl"}
    ).text
    entry = tmp_path / "entry.yaml"
    entry.write_text(BAD, encoding="utf-8")
    env = {"UMP_KG_HOME": str(seed_home), "UMP_KG_STORE": str(seed_home / "store")}
    cli = run_cli("validate", str(entry), env=env)
    first_line = cli.stderr.strip().splitlines()[0].replace(str(tmp_path) + "/", "")
    assert first_line.removeprefix("error: ") in broken.replace("&#39;", "'")


def test_no_write_without_the_token(client: httpx.Client, seed_home: Path) -> None:
    before = (
        (seed_home / "store").stat().st_mtime_ns,
        run_cli("log", env={"UMP_KG_STORE": str(seed_home / "store")}).stdout,
    )
    for token in ("", "wrong"):
        refused = client.post(
            "/check", data={"text": GOOD, "format": "yaml", "action": "add", "token": token}
        )
        assert refused.status_code == 403
    assert run_cli("log", env={"UMP_KG_STORE": str(seed_home / "store")}).stdout == before[1]


def test_adding_with_the_token_shows_in_pages_and_sparql(client: httpx.Client) -> None:
    added = client.post(
        "/check", data={"text": GOOD, "format": "yaml", "action": "add", "token": TOKEN}
    )
    assert added.status_code == 200 and "change 1" in added.text
    assert client.get("/id/meeting/2021-03-04-gdansk.html").status_code == 200
    ask = client.get(
        "/sparql",
        params={"query": "ASK { <https://w3id.org/ump-kg/id/meeting/2021-03-04-gdansk> ?p ?o }"},
    )
    assert ask.json()["boolean"] is True


def test_serve_refuses_allow_add_without_token(seed_home: Path) -> None:
    result = run_cli(
        "serve",
        "--allow-add",
        env={"UMP_KG_STORE": str(seed_home / "store")},
        unset=("UMP_KG_SERVE_TOKEN",),
    )
    assert result.returncode == 2 and "token" in result.stderr and "Traceback" not in result.stderr


def test_serve_without_a_store_says_so(tmp_path: Path) -> None:
    result = run_cli(
        "serve", "--store", str(tmp_path / "none"), "--port", str(free_port()), timeout=60
    )
    assert (
        result.returncode == 2
        and "no store here yet" in result.stderr
        and "Traceback" not in result.stderr
    )


# --- a real browser ---------------------------------------------------------------------------


def chromium_driver() -> Any:
    if not Path("/usr/bin/chromedriver").exists():
        if os.environ.get("CI"):
            pytest.fail("chromium-driver is missing (scripts/install-system-deps.sh installs it)")
        pytest.skip("chromium-driver is not installed")
    return bench_script().chromium("--window-size=1200,1000", "--lang=pl")


def test_a_person_searches_opens_the_city_and_runs_a_query(server: Served) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    driver = chromium_driver()
    try:
        wait = WebDriverWait(driver, 20)
        driver.get(server.url + "/?lang=pl")
        box = wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, ".big-search input")))
        box.send_keys("Lublinie", Keys.ENTER)
        hit = wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, ".hits li.exact a")))
        assert hit.text == "Lublin"
        hit.click()
        wait.until(ec.title_contains("Lublin"))
        assert driver.current_url.endswith("/id/city/lublin.html")
        heading = driver.find_element(By.TAG_NAME, "h1").text
        body = driver.find_element(By.TAG_NAME, "body").text
        assert heading == "Lublin" and "województwo lubelskie" in body
        driver.find_element(By.LINK_TEXT, "Zapytania").click()
        wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, 'a[href="/queries/city"]'))).click()
        field = wait.until(ec.presence_of_element_located((By.NAME, "city")))
        field.send_keys("Krakowa")
        driver.find_element(By.CSS_SELECTOR, "form.params button").click()
        table = wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "table.results")))
        cells = [td.text for td in table.find_elements(By.TAG_NAME, "td")]
        assert "Kraków" in cells and "Urząd Miasta Krakowa" in cells, cells[:20]
        assert "city=Krakowa" in driver.current_url
    finally:
        driver.quit()


def test_links_only_to_web_iris() -> None:
    from ump_kg.serve.pages import Linker

    linker = Linker("https://w3id.org/ump-kg/")
    assert linker.href("https://w3id.org/ump-kg/id/city/lublin") == "/id/city/lublin"
    assert linker.href("https://sws.geonames.org/765876/") == "https://sws.geonames.org/765876/"
    assert linker.href("javascript:alert(1)") == "#"
    static = Linker("https://w3id.org/ump-kg/", "../../", ".html")
    assert static.href("https://w3id.org/ump-kg/def/City") == "../../def/City.html"
