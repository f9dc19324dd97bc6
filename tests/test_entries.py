"""New entries: templates, validation messages, atomic and serialised adds, no network, and the
fast neighbourhood validation agreeing with a full validation."""

from __future__ import annotations

import http.server
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pyoxigraph as ox
import pytest
import rdflib

from ump_kg.entries.read import Entry
from ump_kg.entries.validate import project_context, validate_entries
from ump_kg.rdf.convert import rdflib_graph
from ump_kg.validate.shacl import validate_graph

from .conftest import ROOT, exported, run_cli

KINDS = ["meeting", "conference", "organisation", "project", "programme", "person", "city"]
PREFIXES = """@prefix ump: <https://w3id.org/ump-kg/def/> .
@prefix city: <https://w3id.org/ump-kg/id/city/> .
@prefix meeting: <https://w3id.org/ump-kg/id/meeting/> .
@prefix organisation: <https://w3id.org/ump-kg/id/organisation/> .
@prefix person: <https://w3id.org/ump-kg/id/person/> .
@prefix source: <https://w3id.org/ump-kg/id/source/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
GOOD_TTL = (
    PREFIXES
    + """
meeting:2021-03-04-lodz a ump:TeamMeeting ;
    rdfs:label "Posiedzenie Zespołu w Łodzi"@pl , "Team meeting in Łódź"@en ;
    ump:meetingOf organisation:ump-zespol-migracji-i-integracji ;
    ump:inCity city:lodz ;
    ump:startDate "2021-03-04"^^xsd:date ; ump:endDate "2021-03-04"^^xsd:date .
"""
)


@pytest.fixture
def home(seed_home: Path) -> Path:
    """A fresh copy of the built seed home and store for each test (conftest.seed_home)."""
    return seed_home


cli = run_cli


def export() -> bytes:
    return exported("--format", "nq")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", ["pl", "en"])
def test_every_template_is_a_good_entry(home: Path, tmp_path: Path, kind: str, lang: str) -> None:
    template = cli("new", kind, "--lang", lang)
    assert template.returncode == 0 and template.stdout.startswith("#")
    entry = tmp_path / f"{kind}.yaml"
    entry.write_text(template.stdout, encoding="utf-8")
    checked = cli("validate", entry, "--lang", lang)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    added = cli("add", entry, "--author", "test")
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("change 1: added ")


def test_added_meeting_is_queryable_and_undo_restores(home: Path, tmp_path: Path) -> None:
    entry = tmp_path / "m.yaml"
    entry.write_text(
        "type: meeting\ncity: w Lublinie\nstart: 2020-10-08\nsupporters: [iom]\n", encoding="utf-8"
    )
    before, snapshot = export(), (home / "graph" / "ump-kg.ttl").read_bytes()
    assert cli("add", entry).returncode == 0
    assert (home / "graph" / "ump-kg.ttl").read_bytes() == snapshot  # a change never writes it
    found = cli("query", "team-meetings-by-year", "--param", "year=2020", "--format", "csv")
    assert "https://w3id.org/ump-kg/id/meeting/2020-10-08-lublin" in found.stdout
    assert cli("undo").returncode == 0
    assert export() == before
    assert cli("redo").returncode == 0  # redo applies the undone add again
    assert "2020-10-08-lublin" in cli("query", "timeline", "--format", "csv").stdout
    assert cli("remove", "https://w3id.org/ump-kg/id/meeting/2020-10-08-lublin").returncode == 0
    assert export() == before


def test_validate_formats(home: Path, tmp_path: Path) -> None:
    entry = tmp_path / "m.ttl"
    entry.write_text(
        GOOD_TTL.replace(
            '"2021-03-04"^^xsd:date ; ump:endDate', '"2021-03-05"^^xsd:date ; ump:endDate'
        ),
        encoding="utf-8",
    )
    text = cli("validate", entry, "--lang", "en")
    assert text.returncode == 1
    assert text.stdout.startswith(f"{entry}:")
    assert (
        "Team meeting in Łódź (meeting:2021-03-04-lodz) ump:startDate = 2021-03-05: The start date 2021-03-05 is after the end date"
        in text.stdout
    )
    import json

    data = json.loads(cli("validate", entry, "--format", "json").stdout)
    assert data["conforms"] is False and data["problems"][0]["rule"].endswith("Dated-order")
    report = rdflib.Graph().parse(
        data=cli("validate", entry, "--format", "ttl").stdout, format="turtle"
    )
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    assert (None, sh.conforms, rdflib.Literal(False)) in report


# --- bad entries: one clear message; `add` changes nothing ---------------------------------------

BAD = {
    # name: (file name, content, exit code of `validate`, expected message fragment)
    "turtle syntax": (
        "e.ttl",
        PREFIXES + "meeting:x a ump:TeamMeeting ump:inCity .\n",
        2,
        "e.ttl:10:29: Turtle syntax error",
    ),
    "cp1250": (
        "e.yaml",
        "type: meeting\ncity: Łódź\n".encode("cp1250"),
        2,
        "e.yaml:2:7: file is not UTF-8 (it looks like Windows-1250 (cp1250))",
    ),
    "empty": ("e.ttl", "\n\n", 2, "e.ttl: file is empty"),
    "too large": ("e.ttl", GOOD_TTL + "#" * 200_000 + "\n", 2, "e.ttl: file is too large"),
    "blank nodes only": (
        "e.ttl",
        PREFIXES + "[] a ump:TeamMeeting ; ump:inCity city:lodz .\n",
        1,
        "każda rzecz we wpisie potrzebuje IRI (bez pustych węzłów)",
    ),
    "outside base": (
        "e.ttl",
        GOOD_TTL.replace("meeting:2021-03-04-lodz", "<https://example.org/m1>"),
        1,
        "IRI nowej rzeczy musi zaczynać się od https://w3id.org/ump-kg/id/",
    ),
    "label without language": (
        "e.ttl",
        GOOD_TTL.replace('"Team meeting in Łódź"@en', '"Team meeting in Łódź"'),
        1,
        "Nazwa musi mieć tag języka @pl lub @en",
    ),
    "impossible date yaml": (
        "e.yaml",
        "type: meeting\ncity: Łódź\nstart: 2019-02-30\n",
        2,
        "e.yaml:3: 'start: 2019-02-30' is not a real date",
    ),
    "impossible date turtle": (
        "e.ttl",
        GOOD_TTL.replace(
            '"2021-03-04"^^xsd:date ; ump:endDate', '"2019-02-30"^^xsd:date ; ump:endDate'
        ),
        1,
        "Data rozpoczęcia musi być jedną prawdziwą datą",
    ),
    "end before start": (
        "e.yaml",
        "type: meeting\ncity: Łódź\nstart: 2021-03-04\nend: 2021-03-01\n",
        1,
        "e.yaml:3: violation: Posiedzenie Zespołu UMP ds. Migracji i Integracji w Łodzi, 2021-03-04 – 2021-03-01",
    ),
    "unknown city": (
        "e.yaml",
        "type: meeting\ncity: Radom\nstart: 2021-03-04\n",
        2,
        "e.yaml:2: unknown city 'Radom'",
    ),
    "misspelt city": (
        "e.yaml",
        "type: meeting\ncity: Krakuw\n",
        2,
        "e.yaml:2: unknown city 'Krakuw'\n  fix: did you mean Kraków?",
    ),
    "person as city yaml": (
        "e.yaml",
        "type: meeting\ncity: Jacek Majchrowski\n",
        2,
        "e.yaml:2: 'Jacek Majchrowski' is Person (https://w3id.org/ump-kg/id/person/jacek-majchrowski), not a city",
    ),
    "person as city turtle": (
        "e.ttl",
        GOOD_TTL.replace("ump:inCity city:lodz", "ump:inCity person:jacek-majchrowski"),
        1,
        "Wydarzenie musi odbyć się w dokładnie jednym mieście znanym grafowi",
    ),
    "undefined property": (
        "e.ttl",
        GOOD_TTL.replace("ump:startDate", "schema:startdate"),
        1,
        "właściwości schema:startdate nie ma w ontologii",
    ),
    "undefined class": (
        "e.ttl",
        GOOD_TTL.replace("a ump:TeamMeeting", "a ump:TeamMeting"),
        1,
        "klasy ump:TeamMeting nie ma w ontologii",
    ),
    "duplicate meeting": (
        "e.yaml",
        "type: meeting\nid: jeszcze-raz\ncity: Poznaniu\nstart: 2019-10-29\n",
        1,
        "To posiedzenie już jest w grafie jako meeting:2019-10-29-poznan",
    ),
    "unknown field": (
        "e.yaml",
        "type: meeting\ncity: Łódź\nstrat: 2021-03-04\n",
        2,
        "e.yaml:3: 'strat' is not a field of a meeting",
    ),
    "unknown type": ("e.yaml", "type: spotkanie\n", 2, "e.yaml:1: unknown entry type 'spotkanie'"),
    "yaml syntax": ("e.yaml", "type: meeting\ncity: [Łódź\n", 2, "e.yaml:3:1: YAML syntax error"),
    "unknown supporter": (
        "e.yaml",
        "type: meeting\ncity: Łódź\nsupporters: [IOM, Fundacja Nieznana]\n",
        2,
        "e.yaml:3: unknown organisation 'Fundacja Nieznana'",
    ),
    "unknown theme": (
        "e.yaml",
        "type: meeting\ncity: Łódź\nthemes: [astronomia]\n",
        2,
        "e.yaml:3: unknown theme 'astronomia'",
    ),
    "missing city": (
        "e.yaml",
        "type: meeting\nstart: 2021-03-04\n",
        2,
        "e.yaml:1: 'city' is missing",
    ),
    "source not a url": (
        "e.yaml",
        "type: meeting\ncity: Łódź\nsource: strona urzędu\n",
        2,
        "e.yaml:3: 'source: strona urzędu' is not a web address",
    ),
    "remote json-ld context": (
        "e.jsonld",
        '{"@context": "https://example.org/ctx.jsonld", "@id": "https://w3id.org/ump-kg/id/x"}',
        2,
        "e.jsonld: remote JSON-LD context 'https://example.org/ctx.jsonld' is not fetched",
    ),
    "json syntax": (
        "e.jsonld",
        '{"@id": "https://w3id.org/ump-kg/id/x",\n  "a": }',
        2,
        "e.jsonld:2:8: JSON syntax error",
    ),
    "unknown format": ("e.txt", "type: meeting\n", 2, "e.txt: unknown entry format '.txt'"),
    "no team": (
        "e.ttl",
        GOOD_TTL.replace("ump:meetingOf organisation:ump-zespol-migracji-i-integracji ;", ""),
        1,
        "Posiedzenie musi wskazywać dokładnie jeden zespół",
    ),
    "after its report": (
        "e.ttl",
        GOOD_TTL.replace(
            "ump:inCity city:lodz ;",
            "ump:inCity city:lodz ; ump:reportedIn source:krakow-2020-04-23-zespol-ump ;",
        ),
        1,
        "Wydarzenie zaczyna się później, niż opublikowano opisujące je źródło",
    ),
    "supporter is a city": (
        "e.ttl",
        GOOD_TTL.replace(
            "ump:inCity city:lodz ;", "ump:inCity city:lodz ; ump:supporter city:gdansk ;"
        ),
        1,
        "Wspierającym może być tylko organizacja",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_entry_gets_one_clear_message_and_changes_nothing(
    home: Path, tmp_path: Path, case: str
) -> None:
    name, content, code, message = BAD[case]
    entry = tmp_path / name
    entry.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    before, snapshot = export(), (home / "graph" / "ump-kg.ttl").read_bytes()
    extra = ["--max-size", "100000"] if case == "too large" else []
    if code == 2:  # the input errors' English wording (the default language is Polish)
        extra += ["--lang", "en"]
    result = cli("add", entry, *extra)
    # `add` refuses every bad entry with exit 2; `code` is what `validate` says (1: violations).
    assert result.returncode == 2, result.stdout + result.stderr
    if code == 1:
        assert result.stderr.count("error:") == 1
    assert "Traceback" not in result.stderr
    assert message in result.stderr, result.stderr
    assert export() == before
    assert (home / "graph" / "ump-kg.ttl").read_bytes() == snapshot


def test_missing_entry_file(home: Path, tmp_path: Path) -> None:
    result = cli("validate", tmp_path / "nope.yaml", "--lang", "en")
    assert result.returncode == 2 and f"{tmp_path / 'nope.yaml'}: file not found" in result.stderr
    polish = cli("validate", tmp_path / "nope.yaml")
    assert f"{tmp_path / 'nope.yaml'}: nie ma takiego pliku" in polish.stderr


# --- nothing in an entry reaches the network ---------------------------------------------------


class Counter(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Counter.requests.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def listener() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Counter)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    Counter.requests = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_no_network_from_entries(home: Path, tmp_path: Path, listener: str) -> None:
    """owl:imports, a remote JSON-LD context, an XML external entity and plain IRIs all point at
    a server here that counts requests: it must receive none."""
    files = {
        "imports.ttl": GOOD_TTL
        + f"<https://w3id.org/ump-kg/id/x> <http://www.w3.org/2002/07/owl#imports> <{listener}/onto.ttl> .\n",
        "context.jsonld": f'{{"@context": "{listener}/context.jsonld", "@id": "https://w3id.org/ump-kg/id/y"}}',
        "entity.rdf": f"""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [ <!ENTITY ext SYSTEM "{listener}/entity.txt"> ]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">
  <rdf:Description rdf:about="https://w3id.org/ump-kg/id/z"><rdfs:label xml:lang="pl">&ext;</rdfs:label></rdf:Description>
</rdf:RDF>
""",
        "iri.yaml": f"type: meeting\ncity: Łódź\nsource: {listener}/page\n",
    }
    for name, text in files.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        cli("validate", path)
        cli("add", path)
    time.sleep(0.2)
    assert Counter.requests == []


# --- atomicity and concurrency -------------------------------------------------------------------


def test_kill_minus_nine_leaves_before_or_after(home: Path, tmp_path: Path) -> None:
    entry = tmp_path / "m.yaml"
    entry.write_text(
        "type: meeting\ncity: Łódź\nstart: 2021-03-04\nsupporters: [IOM]\n", encoding="utf-8"
    )
    before = export()
    assert cli("add", entry).returncode == 0  # the exact "after" state, then back to before
    after = export()
    assert after != before and cli("undo").returncode == 0 and export() == before
    rng = random.Random(7)
    for _ in range(6):
        process = subprocess.Popen(
            [sys.executable, "-m", "ump_kg", "add", str(entry)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.05, 2.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
        now = export()
        assert now in (before, after), "a killed add left the store half-written"
        if now == after:
            assert cli("undo").returncode == 0 and export() == before


def test_concurrent_adds_are_serialised_and_both_land(home: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    first.write_text("type: meeting\ncity: Łódź\nstart: 2021-03-04\n", encoding="utf-8")
    second.write_text("type: meeting\ncity: Gdańsk\nstart: 2021-05-06\n", encoding="utf-8")
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "ump_kg", "add", str(p)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for p in (first, second)
    ]
    results = [p.communicate(timeout=300) for p in processes]
    assert all(p.returncode == 0 for p in processes), results
    timeline = cli("query", "timeline", "--format", "csv").stdout
    assert "2021-03-04-lodz" in timeline and "2021-05-06-gdansk" in timeline
    assert sorted(out.split(":")[0] for out, _ in results) == ["change 1", "change 2"]


# --- fast validation equals full validation ---------------------------------------------------------


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[ox.Store, list[ox.Quad]]:
    data = tmp_path_factory.mktemp("gen") / "g.nq"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "generate.py"),
            "--triples",
            "20000",
            "-o",
            str(data),
        ],
        check=True,
        capture_output=True,
    )
    quads = list(ox.parse(path=str(data), format=ox.RdfFormat.N_QUADS))
    store = ox.Store()
    store.extend(quads)
    return store, quads


DIFFERENTIAL = {
    "good": "",
    "end before start": 'ump:startDate "2021-03-05"^^xsd:date ; ump:endDate "2021-03-01"^^xsd:date .',
    "impossible date": 'ump:startDate "2021-02-30"^^xsd:date .',
    "person as city": "ump:inCity person:osoba-0-0 .",
    "two cities": "ump:inCity city:krakow .",
    "no english label": None,
    "after report": 'ump:reportedIn source:synthetic-000001 ; ump:startDate "2099-01-01"^^xsd:date .',
}


@pytest.mark.parametrize("case", sorted(DIFFERENTIAL))
def test_fast_validation_equals_full_validation(
    generated: tuple[ox.Store, list[ox.Quad]], case: str
) -> None:
    store, quads = generated
    text = (
        PREFIXES
        + "meeting:nowe a ump:TeamMeeting ; ump:meetingOf organisation:ump-zespol-migracji-i-integracji ;\n"
    )
    labels = 'rdfs:label "Nowe"@pl' + (' , "New"@en ;\n' if case != "no english label" else " ;\n")
    extra = DIFFERENTIAL[case] or ""
    body = (
        text
        + "    "
        + labels
        + "    ump:inCity city:lodz"
        + (" ;\n    " + extra if extra else " .")
    )
    triples = [q.triple for q in ox.parse(body, format=ox.RdfFormat.TURTLE)]
    entry = Entry(Path("e.ttl"), triples, {})
    fast = {
        (p.focus, p.path, p.rule, p.severity)
        for p in validate_entries(store, [entry]).problems
        if p.rule != "structure"
    }
    everything = rdflib_graph(
        [*quads, *[ox.Quad(t.subject, t.predicate, t.object) for t in triples]]
    )
    context = project_context()
    full_report = validate_graph(everything, context.shapes, context.ontology)
    focus = {t.subject.value for t in triples}  # type: ignore[union-attr]
    full = {(r.focus, r.path, r.rule, r.severity) for r in full_report.results if r.focus in focus}
    fast_shapes = {row for row in fast if row[2] != "owl:disjointWith"}
    assert fast_shapes == full
    assert (case == "good") == (not any(row[3] == "Violation" for row in full))
