"""The query library on the built graph: each query's real answer; parameters as typed terms;
errors with their messages; the same answers on real Oxigraph and Virtuoso servers."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from ump_kg.config import Layout
from ump_kg.publish.publish import GraphStore, publish_store
from ump_kg.query.library import library
from ump_kg.query.run import Target, execute, run_query
from ump_kg.query.sparql import Endpoint
from ump_kg.store.build import build

from . import servers
from .conftest import ROOT, CliResult, exported, run_cli, seed_only

ID = "https://w3id.org/ump-kg/id/"
UMP = "https://w3id.org/ump-kg/def/"
XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("home")
    for folder in ("ontology", "graph", "queries"):
        shutil.copytree(ROOT / folder, home / folder)
    seed_only(home)
    saved = os.environ.get("UMP_KG_HOME")
    os.environ["UMP_KG_HOME"] = str(home)
    path = home / "store"
    assert build(path, Layout(home), reasoner=False).ok
    yield path
    if saved is None:
        os.environ.pop("UMP_KG_HOME", None)
    else:
        os.environ["UMP_KG_HOME"] = saved


def rows(target: Target, name: str, **params: str) -> list[tuple[str | None, ...]]:
    _, solutions = execute(name, params, target).solutions()
    return [tuple(None if t is None else t.value for t in row) for row in solutions]


def local(store: Path) -> Target:
    return Target(store=store)


def test_library_has_at_least_15_documented_queries() -> None:
    queries = library()
    assert len(queries) >= 15
    for query in queries.values():
        assert (
            query.title.get("pl") and query.title.get("en") and query.description and query.example
        ), query.name


def test_team_meetings_by_year(store: Path) -> None:
    assert [r[:5] for r in rows(local(store), "team-meetings-by-year", year="2019")] == [
        (ID + "meeting/2019-06-12-lublin", "2019", ID + "city/lublin", "2019-06-12", "2019-06-13"),
        (ID + "meeting/2019-10-29-poznan", "2019", ID + "city/poznan", "2019-10-29", "2019-10-30"),
    ]
    assert [r[0] for r in rows(local(store), "team-meetings-by-year")] == [
        ID + "meeting/2017-06-06-warszawa",
        ID + "meeting/2019-06-12-lublin",
        ID + "meeting/2019-10-29-poznan",
    ]
    assert rows(local(store), "team-meetings-by-year", year="2018") == []


def test_timeline(store: Path) -> None:
    assert [
        (r[0].rsplit("/", 1)[1], r[1].rsplit("/", 1)[1]) for r in rows(local(store), "timeline")
    ] == [
        ("2017-06-06-warszawa", "TeamMeeting"),
        ("2017-06-29-gdansk", "Conference"),
        ("2019-06-12-lublin", "TeamMeeting"),
        ("2019-10-29-poznan", "TeamMeeting"),
    ]


def test_meeting_supporters(store: Path) -> None:
    assert rows(local(store), "meeting-supporters") == [
        (ID + "organisation/iom", "3"),
        (ID + "organisation/unhcr-polska", "3"),
    ]


def test_host_cities(store: Path) -> None:
    assert rows(local(store), "host-cities") == [
        (ID + f"city/{c}", "1") for c in ("gdansk", "lublin", "poznan", "warszawa")
    ]


def test_people_and_posts(store: Path) -> None:
    assert (
        ID + "person/jacek-majchrowski",
        ID + "post/prezydent-miasta-krakowa",
        ID + "organisation/urzad-miasta-krakow",
        ID + "role/prezydent-miasta",
    ) in rows(local(store), "people-and-posts")
    # the seed page's people, and the member cities' mayors of the reference data
    mayors = {
        str(p)
        for p in rdflib.Graph()
        .parse(ROOT / "graph" / "reference" / "mayors.ttl")
        .subjects(rdflib.RDF.type, rdflib.URIRef(UMP + "Person"))
    }
    assert {r[0] for r in rows(local(store), "people-and-posts")} == {
        ID + "person/jacek-majchrowski",
        ID + "person/irena-guidikova",
    } | mayors


def test_programme_cities_and_initiators(store: Path) -> None:
    assert rows(local(store), "programme-cities") == [
        (ID + "programme/icc", ID + "city/lublin", "takes part")
    ]
    assert rows(local(store), "programme-initiators") == [
        (ID + "programme/icc", ID + "organisation/komisja-europejska"),
        (ID + "programme/icc", ID + "organisation/rada-europy"),
        (ID + "programme/icc", ID + "person/irena-guidikova"),
    ]


def test_projects(store: Path) -> None:
    projects = {r[0].rsplit("/", 1)[1]: r[1:] for r in rows(local(store), "projects")}
    assert projects["aktywator-wlkp"] == (ID + "organisation/iom", None, ID + "fund/fami")
    assert projects["admin4all"] == (ID + "organisation/iom", None, None)
    assert set(projects) == {
        "aktywator-wlkp",
        "admin4all",
        "lublin-dla-wszystkich",
        "migrant-info-point",
    }


def test_meeting_agenda_by_city_in_any_case_and_by_a_day(store: Path) -> None:
    for city in ("Lublin", "w Lublinie", "lublin", ID + "city/lublin"):
        agenda = rows(local(store), "meeting-agenda", city=city)
        assert {r[5] for r in agenda} == {
            ID + "programme/icc",
            ID + "project/lublin-dla-wszystkich",
        }, city
        assert {r[4] for r in agenda} == {ID + "theme/miedzykulturowosc"}
    assert {r[0] for r in rows(local(store), "meeting-agenda", date="2019-10-30")} == {
        ID + "meeting/2019-10-29-poznan"
    }
    assert rows(local(store), "meeting-agenda", city="Lublin", date="2019-10-30") == []


def test_declaration_signatories(store: Path) -> None:
    assert rows(local(store), "declaration-signatories") == [
        (
            ID + "document/deklaracja-migracyjna-ump-2017",
            ID + "person/jacek-majchrowski",
            ID + "city/krakow",
            "signed",
        )
    ]


def test_everything_about_a_city_accepts_any_form_of_its_name(store: Path) -> None:
    for name in ("Kraków", "Krakowa", "krakow", "Krakow", ID + "city/krakow"):
        facts = {(r[1], r[2], r[3]) for r in rows(local(store), "city", city=name)}
        assert ("out", UMP + "terytCode", "1261011") in facts, name
        assert (
            "in",
            UMP + "signatoryCity",
            ID + "document/deklaracja-migracyjna-ump-2017",
        ) in facts
        assert not any(
            p.startswith("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject") for _, p, _ in facts
        )


def test_provenance_of_a_statement(store: Path) -> None:
    found = rows(
        local(store),
        "provenance",
        subject=ID + "meeting/2019-06-12-lublin",
        predicate=UMP + "inCity",
    )
    assert [(r[2], r[5]) for r in found] == [
        (ID + "city/lublin", "[Posiedzenie Zespołu w Lublinie 12-13 czerwca 2019 r.](#)")
    ]


def test_missing_identifiers_and_details(store: Path) -> None:
    missing = {r[0] for r in rows(local(store), "missing-identifiers")}
    assert ID + "organisation/urzad-miasta-krakow-wydzial-polityki-spolecznej-i-zdrowia" in missing
    assert ID + "city/krakow" not in missing and ID + "organisation/iom" not in missing
    details = set(rows(local(store), "meetings-missing-details"))
    assert (ID + "meeting/2017-06-06-warszawa", "theme") in details
    assert (ID + "meeting/2019-06-12-lublin", "venue") in details
    assert (ID + "meeting/2019-06-12-lublin", "theme") not in details


def test_counts_units_sources_members_and_find(store: Path) -> None:
    counts = dict(rows(local(store), "class-counts"))
    assert (
        counts[UMP + "City"] == "12"
        and counts[UMP + "TeamMeeting"] == "3"
        and counts[UMP + "Conference"] == "1"
    )
    units = set(rows(local(store), "organisation-units"))
    assert (
        ID + "organisation/urzad-miasta-krakow-wydzial-polityki-spolecznej-i-zdrowia",
        ID
        + "organisation/urzad-miasta-krakow-referat-ds-wielokulturowosci-i-projektow-spolecznych",
    ) in units
    assert (ID + "organisation/unhcr", ID + "organisation/unhcr-polska") in units
    assert rows(local(store), "sources") == [
        (
            ID + "source/krakow-2020-04-23-zespol-ump",
            "Zespół Unii Metropolii Polskich ds. Migracji i Integracji",
            "2020-04-23",
            ID + "organisation/urzad-miasta-krakow",
            "28",
        )
    ]
    assert len(rows(local(store), "city-members")) == 12
    assert {r[0] for r in rows(local(store), "find", text="europy")} >= {
        ID + "organisation/rada-europy"
    }


def test_labels_in_the_chosen_language(store: Path) -> None:
    pl, _ = run_query("meeting-supporters", {}, local(store), "table", "pl")
    en, _ = run_query("meeting-supporters", {}, local(store), "table", "en")
    assert (
        "Międzynarodowa Organizacja ds. Migracji" in pl.decode() and "UNHCR Polska" in pl.decode()
    )
    assert (
        "International Organization for Migration" in en.decode() and "UNHCR Poland" in en.decode()
    )


def test_csv_is_the_w3c_csv_results_format(store: Path) -> None:
    """SPARQL 1.1 CSV: a header of variable names, then plain values, CRLF line ends."""
    data, _ = run_query("host-cities", {}, local(store), "csv")
    assert data.decode().split("\r\n")[:2] == ["city,events", ID + "city/gdansk,1"]


@pytest.mark.parametrize("fmt", ["json", "xml", "tsv"])
def test_w3c_result_formats_parse_back(store: Path, fmt: str) -> None:
    data, _ = run_query("host-cities", {}, local(store), fmt)
    parsed = ox.parse_query_results(data, format=ox.QueryResultsFormat.from_extension(fmt))
    assert isinstance(parsed, ox.QuerySolutions)
    assert sorted(r["city"].value for r in parsed) == sorted(
        ID + f"city/{c}" for c in ("gdansk", "lublin", "poznan", "warszawa")
    )


def test_construct_gives_turtle_and_markdown_tables(store: Path) -> None:
    data, _ = run_query(
        "CONSTRUCT { ?c a <https://w3id.org/ump-kg/def/City> } WHERE { ?c a <https://w3id.org/ump-kg/def/City> }",
        {},
        local(store),
        "table",
    )
    assert data.count(b"ump:City") == 12
    md, _ = run_query("host-cities", {}, local(store), "md", "pl")
    assert md.decode().splitlines()[0] == "| city | events |" and "| Gdańsk | 1 |" in md.decode()


# --- errors through the command line -----------------------------------------------------------


def cli(store: Path, *args: str) -> CliResult:
    return run_cli("query", "--store", store, *args)


def test_injection_is_only_a_string(store: Path) -> None:
    before = exported("--format", "nq", "--store", store)
    result = cli(store, "find", "--param", 'text=x" } ; DROP ALL ; #', "--format", "csv")
    assert result.returncode == 0 and result.stdout.strip() == "thing,class,name,text"
    after = exported("--format", "nq", "--store", store)
    assert after == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["city", "--param", "town=Kraków"],
            "error: unknown parameter 'town' for query city\n  fix: its parameters are: city\n",
        ),
        (["city"], "error: query city needs the parameter 'city' (city)\n"),
        (["city", "--param", "city=Radom"], "error: unknown city 'Radom'\n"),
        (
            ["city", "--param", "city=Krakuw"],
            "error: unknown city 'Krakuw'\n  fix: did you mean Kraków",
        ),
        (
            ["team-meetings-by-year", "--param", "year=dwa tysiące"],
            "error: parameter year is not a whole number: 'dwa tysiące'",
        ),
        (
            ["meeting-agenda", "--param", "date=2019-02-30"],
            "error: parameter date is not a real date: '2019-02-30'",
        ),
        (
            ["SELECT ?x WHERE {\n  ?x ?y \n}"],
            "error: query:3:2: SPARQL syntax error: expected OPTIONAL",
        ),
        (["no-such-query"], "error: unknown query 'no-such-query'"),
    ],
)
def test_bad_queries_and_parameters(store: Path, args: list[str], message: str) -> None:
    result = cli(store, *args)
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.startswith(message), result.stderr
    assert "Traceback" not in result.stderr


def test_unreachable_endpoint(store: Path) -> None:
    port = servers.free_port()
    result = cli(
        store, "host-cities", "--endpoint", f"http://127.0.0.1:{port}/query", "--timeout", "5"
    )
    assert result.returncode == 2
    assert result.stderr.startswith(
        f"error: http://127.0.0.1:{port}/query: cannot reach the endpoint: "
    )
    assert "fix: check the URL and that the server is running" in result.stderr


# --- real servers --------------------------------------------------------------------------------


def load_into(url: str, auth: str | None, store: Path) -> None:
    publish_store(store, GraphStore.at(url, auth))


@pytest.fixture(scope="module")
def endpoints(store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Target]]:
    saved = {k: os.environ.get(k) for k in ("UMP_KG_ENDPOINT_USER", "UMP_KG_ENDPOINT_PASSWORD")}
    os.environ.update({"UMP_KG_ENDPOINT_USER": "dba", "UMP_KG_ENDPOINT_PASSWORD": "dba"})
    oxi = servers.oxigraph(tmp_path_factory.mktemp("oxigraph"))
    virt = servers.virtuoso(tmp_path_factory.mktemp("virtuoso"), max_rows=20)
    try:
        load_into(oxi.url + "/store", None, store)
        load_into(virt.url + "/sparql-graph-crud-auth", "digest", store)
        yield {
            "oxigraph": Target(endpoint=Endpoint(oxi.url + "/query")),
            "virtuoso": Target(endpoint=Endpoint(virt.url + "/sparql")),
            "virtuoso-url": virt.url,
        }  # type: ignore[dict-item]
    finally:
        oxi.stop()
        virt.stop()
        for key, value in saved.items():
            os.environ.pop(key, None) if value is None else os.environ.__setitem__(key, value)


EXAMPLE_PARAMS = {
    "team-meetings-by-year": {"year": "2019"},
    "meeting-agenda": {"city": "Lublin"},
    "city": {"city": "Krakowa"},
    "provenance": {"subject": ID + "meeting/2019-06-12-lublin"},
    "find": {"text": "europ"},
    "programme-cities": {},
}


@pytest.mark.parametrize("name", sorted(library()))
def test_every_query_gives_the_same_answer_on_oxigraph_and_virtuoso(
    store: Path, endpoints: dict[str, Target], name: str
) -> None:
    params = EXAMPLE_PARAMS.get(name, {})
    expected = sorted(map(str, execute(name, params, local(store), fetch_all=True).solutions()[1]))
    assert expected, f"{name} gives no rows locally: the comparison would prove nothing"
    for server in ("oxigraph", "virtuoso"):
        answer = execute(name, params, endpoints[server], fetch_all=True)
        assert sorted(map(str, answer.solutions()[1])) == expected, server


def test_truncated_virtuoso_result_is_detected_and_paged(
    store: Path, endpoints: dict[str, Target]
) -> None:
    """This Virtuoso caps answers at 20 rows (ResultSetMaxRows); 'find o' has many more."""
    everything = execute("find", {"text": "o"}, local(store)).solutions()[1]
    assert len(everything) > 60
    truncated = execute("find", {"text": "o"}, endpoints["virtuoso"])
    assert len(truncated.solutions()[1]) <= 20
    assert truncated.warnings == [
        "the endpoint capped the answer at 20 rows (X-SPARQL-MaxRows): results are "
        "truncated; add --all to page through them with LIMIT/OFFSET"
    ]
    complete = execute("find", {"text": "o"}, endpoints["virtuoso"], fetch_all=True)
    assert sorted(map(str, complete.solutions()[1])) == sorted(map(str, everything))
    assert complete.warnings == []


def test_unauthorised_endpoint(store: Path, endpoints: dict[str, Target]) -> None:
    url = f"{endpoints['virtuoso-url']}/sparql-auth"  # type: ignore[operator]
    result = run_cli(
        "query",
        "host-cities",
        "--endpoint",
        url,
        unset=("UMP_KG_ENDPOINT_USER", "UMP_KG_ENDPOINT_PASSWORD"),
    )
    assert result.returncode == 2
    assert result.stderr.startswith(
        f"error: {url}: the endpoint refused access (HTTP 401)\n  fix: set UMP_KG_ENDPOINT_USER"
    )
    assert "dba" not in result.stderr
