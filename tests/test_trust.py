"""Issue 12: entries, the change log and commands people can trust with their data. Every refusal
is checked for its message, exit 2, and a store and checkout left byte-identical."""

from __future__ import annotations

import hashlib
import http.server
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from .conftest import ROOT, CliResult, run_cli

ID = "https://w3id.org/ump-kg/id/"
PREFIXES = """@prefix ump: <https://w3id.org/ump-kg/def/> .
@prefix city: <https://w3id.org/ump-kg/id/city/> .
@prefix meeting: <https://w3id.org/ump-kg/id/meeting/> .
@prefix organisation: <https://w3id.org/ump-kg/id/organisation/> .
@prefix person: <https://w3id.org/ump-kg/id/person/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
MEETING = "type: meeting\ncity: Łódź\nstart: 2021-03-04\nsupporters: [IOM]\n"


@pytest.fixture
def home(seed_home: Path) -> Path:
    """A fresh copy of the built seed home and store for each test (conftest.seed_home)."""
    return seed_home


def digest(folder: Path) -> str:
    """Every file's path and bytes: the store (RocksDB's files) and the project's files."""
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        h.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def refused(home: Path, *args: str | Path, message: str, seconds: float = 60) -> CliResult:
    """Run a command that must be refused: one `error:` line with the message, exit 2, no
    traceback, store and project files byte-identical."""
    before = digest(home)
    started = time.monotonic()
    result = run_cli(*args, timeout=seconds + 30)
    assert time.monotonic() - started < seconds, f"{args}: took too long"
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert [line.startswith("error:") for line in result.stderr.splitlines()].count(True) == 1, (
        result.stderr
    )
    assert message in result.stderr, result.stderr
    assert digest(home) == before, f"{args} changed the store or the project's files"
    return result


def log(home: Path) -> list[dict[str, object]]:
    result = run_cli("log", "--format", "json")
    assert result.returncode == 0, result.stderr
    rows: list[dict[str, object]] = json.loads(result.stdout)
    return rows


def nquads() -> set[str]:
    result = run_cli("export", "--format", "nq")
    assert result.returncode == 0, result.stderr
    return set(result.stdout.splitlines())


# --- 1. a change log that is a log -----------------------------------------------------------------


def test_second_add_of_the_same_entry_is_refused_and_undo_takes_back_only_the_first(
    home: Path, tmp_path: Path
) -> None:
    entry = write(tmp_path, "m.yaml", MEETING)
    before = nquads()
    assert run_cli("add", entry).returncode == 0
    after = nquads()
    refused(
        home,
        "add",
        entry,
        "--lang",
        "en",
        message="nothing new: this meeting is already in the graph: Meeting of the UMP Team",
    )
    assert len(log(home)) == 1  # the refused add is not a change
    assert run_cli("undo").returncode == 0 and nquads() == before
    refused(home, "undo", "--lang", "en", message="there is nothing to undo")
    assert run_cli("redo").returncode == 0 and nquads() == after
    refused(home, "redo", "--lang", "en", message="there is nothing to redo")


def test_log_records_number_time_author_checksum_and_exact_triples(
    home: Path, tmp_path: Path
) -> None:
    entry = write(tmp_path, "m.yaml", MEETING)
    assert run_cli("add", entry, env={"UMP_KG_AUTHOR": "Anna Nowak"}).returncode == 0
    assert run_cli("undo", "1", "--author", "Jan").returncode == 0
    first, second = log(home)
    assert (first["number"], first["kind"], first["author"]) == (1, "add", "Anna Nowak")
    assert (second["number"], second["kind"], second["author"], second["target"]) == (
        2,
        "undo",
        "Jan",
        1,
    )
    assert str(first["time"]).endswith("Z") or "+00:00" in str(first["time"])
    checksum = hashlib.sha256(entry.read_bytes()).hexdigest()
    assert first["checksums"] == [f"sha256:{checksum} {entry}"]
    added = first["added"]
    assert isinstance(added, list) and len(added) == 7
    assert (
        f"<{ID}meeting/2021-03-04-lodz> <https://w3id.org/ump-kg/def/supporter> <{ID}organisation/iom> ."
        in added
    )
    assert second["removed"] == added and second["added"] == []
    table = run_cli("log")
    assert table.returncode == 0
    assert "Anna Nowak" in table.stdout and "undone by 2" in table.stdout
    assert f"sha256:{checksum}" in table.stdout


def test_undo_n_takes_back_only_what_no_other_live_change_asserts(
    home: Path, tmp_path: Path
) -> None:
    """Change 2 (Turtle) repeats the meeting's type and adds a theme: undoing change 1 leaves
    the statements change 2 asserts; undoing change 2 as well leaves the store as it was."""
    before = nquads()
    assert run_cli("add", write(tmp_path, "m.yaml", MEETING)).returncode == 0
    extra = write(
        tmp_path,
        "more.ttl",
        PREFIXES
        + "meeting:2021-03-04-lodz a ump:TeamMeeting ; ump:theme <https://w3id.org/ump-kg/id/theme/integracja> .\n",
    )
    assert run_cli("add", extra).returncode == 0
    both = nquads()
    assert run_cli("undo", "1").returncode == 0
    left = nquads() - before
    meeting = f"<{ID}meeting/2021-03-04-lodz>"
    assert {line.split(" ", 2)[1] for line in left} == {
        "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>",
        "<https://w3id.org/ump-kg/def/theme>",
    }
    assert all(line.startswith(meeting) for line in left)
    refused(home, "undo", "1", "--lang", "en", message="change 1 is already undone (by change 3)")
    refused(home, "undo", "3", "--lang", "en", message="change 3 is itself an undo of change 1")
    assert run_cli("undo").returncode == 0  # the latest change in effect: 2
    assert nquads() == before
    assert run_cli("redo", "1").returncode == 0 and run_cli("redo", "2").returncode == 0
    assert nquads() == both


def test_undo_of_a_remove_puts_it_back_and_short_iris_work(home: Path, tmp_path: Path) -> None:
    assert run_cli("add", write(tmp_path, "m.yaml", MEETING)).returncode == 0
    added = nquads()
    removed = run_cli("remove", "meeting:2021-03-04-lodz")
    assert removed.returncode == 0 and "removed 7 triples" in removed.stdout
    assert run_cli("undo").returncode == 0 and nquads() == added


def start_together(*commands: list[str]) -> list[subprocess.CompletedProcess[str]]:
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "ump_kg", *c],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for c in commands
    ]
    outputs = [p.communicate(timeout=300) for p in processes]
    return [
        subprocess.CompletedProcess(p.args, p.returncode, out, err)
        for p, (out, err) in zip(processes, outputs, strict=True)
    ]


def test_concurrent_adds_of_one_meeting_under_two_ids_one_is_refused(
    home: Path, tmp_path: Path
) -> None:
    a = write(tmp_path, "a.yaml", MEETING.replace("type: meeting", "type: meeting\nid: pierwsze"))
    b = write(tmp_path, "b.yaml", MEETING.replace("type: meeting", "type: meeting\nid: drugie"))
    results = start_together(["add", str(a), "--lang", "en"], ["add", str(b), "--lang", "en"])
    codes = sorted(r.returncode for r in results)
    assert codes == [0, 2], [r.stderr for r in results]
    loser = next(r for r in results if r.returncode == 2)
    assert "This meeting is already in the graph as" in loser.stderr
    assert len(log(home)) == 1


def test_concurrent_undos_one_undoes_the_other_sees_the_new_state(
    home: Path, tmp_path: Path
) -> None:
    before = nquads()
    assert run_cli("add", write(tmp_path, "m.yaml", MEETING)).returncode == 0
    results = start_together(["undo", "--lang", "en"], ["undo", "--lang", "en"])
    assert sorted(r.returncode for r in results) == [0, 2], [r.stderr for r in results]
    assert "there is nothing to undo" in next(r for r in results if r.returncode).stderr
    assert nquads() == before
    assert [row["kind"] for row in log(home)] == ["add", "undo"]


# --- 2. validation that protects the model ---------------------------------------------------------

MODEL_ATTACKS = {
    "same as": (
        "city:krakow owl:sameAs city:warszawa .",
        "owl:sameAs is an OWL/RDFS axiom, which entries cannot state",
    ),
    "different from itself": (
        "city:krakow owl:differentFrom city:krakow .",
        "owl:differentFrom is an OWL/RDFS axiom",
    ),
    "nothing": ("city:krakow a owl:Nothing .", "owl:Nothing is not a class of things"),
    "ontology": (
        "<https://w3id.org/ump-kg/id/x> a owl:Ontology ; owl:imports <http://127.0.0.1:9/o.ttl> .",
        "owl:Ontology is not a class of things",
    ),
    "ontology term": (
        'ump:City rdfs:label "Wieś"@pl .',
        "an entry cannot make statements about the ontology's term ump:City",
    ),
    "subclass": (
        "ump:Person rdfs:subClassOf ump:City .",
        "an entry cannot make statements about the ontology's term ump:Person",
    ),
    "retyped": (
        "city:krakow a ump:Person .",
        "city:krakow is already a ump:City in the graph; an entry cannot make it a ump:Person",
    ),
    "functional": (
        'meeting:2019-10-29-poznan ump:startDate "2019-10-30"^^xsd:date .',
        "would have several values of ump:startDate, which has one",
    ),
    "disjoint by range": (
        "meeting:2019-10-29-poznan ump:supporter city:gdansk .",
        "city:gdansk would be both",
    ),
    "not a number": (
        'city:krakow <https://schema.org/latitude> "nan"^^xsd:decimal .',
        "'nan' is not a valid xsd:decimal",
    ),
}


@pytest.mark.parametrize("case", sorted(MODEL_ATTACKS))
def test_entries_cannot_change_the_model(home: Path, tmp_path: Path, case: str) -> None:
    body, message = MODEL_ATTACKS[case]
    entry = write(tmp_path, "e.ttl", PREFIXES + body + "\n")
    result = refused(home, "add", entry, "--lang", "en", message="does not conform", seconds=5)
    assert message in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("dup.yaml", MEETING + "start: 2021-03-05\n", "'start' is given twice (lines 3 and 5)"),
        ("nan.yaml", "type: city\nname: Nowe\nlatitude: nan\n", "'latitude: nan' is not a number"),
        (
            "space.yaml",
            MEETING + "id: https://w3id.org/ump-kg/id/meeting/a b\n",
            "id 'https://w3id.org/ump-kg/id/meeting/a b' has a space",
        ),
        ("alias.yaml", "type: meeting\ncity: &c Łódź\ncities: [*c]\n", "anchors and aliases"),
    ],
)
def test_bad_yaml_gets_one_message(
    home: Path, tmp_path: Path, name: str, text: str, message: str
) -> None:
    refused(home, "add", write(tmp_path, name, text), "--lang", "en", message=message, seconds=5)


def entity_bomb() -> str:
    entities = ['<!ENTITY e0 "ha">'] + [
        f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 10)
    ]
    return f"""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [ {" ".join(entities)} ]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">
  <rdf:Description rdf:about="https://w3id.org/ump-kg/id/z"><rdfs:label>&e9;</rdfs:label></rdf:Description>
</rdf:RDF>
"""


RESOURCE_ATTACKS = {
    "entity bomb": ("e.rdf", entity_bomb(), "RDF/XML with a DTD"),
    "deep yaml": ("e.yaml", "type: meeting\ncity: " + "[" * 100_000 + "]" * 100_000, "nested"),
    "deep yaml blocks": (
        "e.yaml",
        "type: meeting\n" + "".join("  " * i + "a:\n" for i in range(2000)),
        "nested",
    ),
    "deep turtle lists": (
        "e.ttl",
        PREFIXES + "meeting:x ump:theme " + "(" * 10_000 + ")" * 10_000 + " .\n",
        "brackets nested 10000 deep",
    ),
    "deep json": ("e.jsonld", "[" * 100_000 + "]" * 100_000, "brackets nested 100000 deep"),
    "many blank nodes": (
        "e.ttl",
        PREFIXES + "".join(f'[] rdfs:label "x{i}"@pl .\n' for i in range(10_000)),
        "10,000 statements use blank nodes",
    ),
    "many statements": (
        "e.ttl",
        PREFIXES + "".join(f'meeting:m{i} rdfs:label "x"@pl .\n' for i in range(10_001)),
        "the entry holds 10,001 statements (the limit is 10,000)",
    ),
}


MEASURE = """import resource, subprocess, sys
code = subprocess.run(sys.argv[1:]).returncode
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)
sys.exit(code)"""


@pytest.mark.parametrize("case", sorted(RESOURCE_ATTACKS))
def test_every_bad_entry_is_refused_within_5_s_and_500_mb(
    home: Path, tmp_path: Path, case: str
) -> None:
    name, text, message = RESOURCE_ATTACKS[case]
    entry = write(tmp_path, name, text)
    before = digest(home)
    started = time.monotonic()
    # A wrapper runs the command and reports its child's peak memory (this process's own
    # children include every earlier test's).
    process = subprocess.run(
        [
            sys.executable,
            "-c",
            MEASURE,
            sys.executable,
            "-m",
            "ump_kg",
            "add",
            str(entry),
            "--lang",
            "en",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    seconds = time.monotonic() - started
    err, _, peak = process.stderr.rstrip().rpartition("\n")
    peak_mb = int(peak) / 1024
    assert process.returncode == 2 and "Traceback" not in err, process.stdout + err
    assert message in err, err
    assert seconds <= 5, f"refused after {seconds:.1f} s"
    assert peak_mb <= 500, f"peak {peak_mb:.0f} MB"
    assert digest(home) == before


# --- 3. no traceback for user errors anywhere -------------------------------------------------------


def garbage_server() -> tuple[str, threading.Thread]:
    """A TCP server on 127.0.0.1 answering every connection with bytes that are not HTTP."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(30)

    def serve() -> None:
        try:
            for _ in range(4):
                connection, _ = listener.accept()
                connection.recv(65536)
                connection.sendall(b"GARBAGE \x00\xff not http\r\n\r\n")
                connection.close()
        except OSError:
            pass
        finally:
            listener.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return f"http://127.0.0.1:{listener.getsockname()[1]}/sparql", thread


def test_every_command_with_malformed_input_says_error_and_exits_2(
    home: Path, tmp_path: Path
) -> None:
    """A walk over the commands with malformed arguments and files: one `error:` line each,
    exit 2, store and checkout byte-identical."""
    (tmp_path / "loop-a.ttl").symlink_to(tmp_path / "loop-b.ttl")
    (tmp_path / "loop-b.ttl").symlink_to(tmp_path / "loop-a.ttl")
    big = write(tmp_path, "big.rq", "SELECT * WHERE " + "{" * 100_000 + "}" * 100_000)
    bad_yaml = write(tmp_path, "bad.yaml", "type: meeting\ncity: Łódź\nstart: [\n")
    full = tmp_path / "release"
    full.mkdir()
    (full / "old.txt").write_text("x")
    garbage, _ = garbage_server()
    cases: list[tuple[tuple[str | Path, ...], str]] = [
        (("load", tmp_path / "loop-a.ttl"), "Too many levels of symbolic links"),
        (("load", tmp_path / "missing.ttl"), "file not found"),
        (("load", "--graph", "http://a b", ROOT / "graph/reference/cities.ttl"), "has a space"),
        (("export", "-o", tmp_path / "no/such/folder/x.ttl"), "does not exist"),
        (("export", "--graph", "http://a b"), "has a space"),
        (("export", "--graph", "nothing-here"), "nothing to export"),
        (("export", "--format", "yaml"), "Invalid value for '--format'"),
        (("extract", tmp_path / "missing.md"), "not found"),
        (("stats", "--store", tmp_path / "no-store"), "no store here yet"),
        (("query", big), "brackets nested 100000 deep"),
        (("query", "team-meetings-by-year", "--param", "year=dwa"), "not a whole number"),
        (("query", "city", "--param", "city=http://a b"), "has a space"),
        (("query", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"), "SERVICE"),
        (("query", "SELECT * {", "--lang", "en"), "SPARQL syntax error"),
        (("query", "city-members", "--endpoint", garbage), "not valid HTTP"),
        (("query", "city-members", "--timeout", "0"), "Invalid value for '--timeout'"),
        (("query", "city-members", "--endpoint", "http://[::1"), "is not an http(s) URL"),
        (("query", "city-members", "--endpoint", "ftp://x/sparql"), "is not an http(s) URL"),
        (("publish", "--endpoint", "not a url"), "is not an http(s) URL"),
        (("load", "--graph", "entries", ROOT / "graph/reference/cities.ttl"), "written only by"),
        (("release", full), "the folder is not empty"),
        (("publish", "--endpoint", garbage, "--graph", "http://a b"), "has a space"),
        (("docs", bad_yaml), "is a file"),
        (("new", "spotkanie"), "Invalid value for '{meeting|"),
        (("validate", bad_yaml, "--lang", "en"), "YAML syntax error"),
        (("add", bad_yaml, "--lang", "en"), "YAML syntax error"),
        (("remove", "http://x y"), "has a space"),
        (("remove", "meeting:2000-01-01-nigdzie"), "is not an accepted entry"),
        (("undo", "7"), "there is no change 7"),
        (("redo",), "nothing to redo"),
        (("log", "--store", tmp_path / "no-store"), "no store here yet"),
        (("entry", "add"), "Missing argument"),
        (("frobnicate",), "No such command"),
    ]
    for args, message in cases:
        english = ("--lang", "en") if args[0] in WITH_LANG and "--lang" not in args else ()
        refused(home, *args, *english, message=message)


WITH_LANG = {"query", "validate", "add", "undo", "redo", "new"}  # default Polish


# --- 4. network and files ----------------------------------------------------------------------------


class Recorder(http.server.BaseHTTPRequestHandler):
    """Counts requests and the Authorization headers it receives; optionally redirects."""

    requests: ClassVar[list[tuple[str, str | None]]] = []
    redirect_to: ClassVar[str | None] = None

    def answer(self) -> None:
        type(self).requests.append((self.path, self.headers.get("Authorization")))
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        if type(self).redirect_to:
            self.send_response(307)
            self.send_header("Location", f"{type(self).redirect_to}{self.path}")
            self.end_headers()
            return
        body = b'{"head": {"vars": []}, "results": {"bindings": []}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = answer

    def log_message(self, *args: object) -> None:
        pass


def recorder(redirect_to: str | None = None) -> Iterator[tuple[str, type[Recorder]]]:
    handler = type("Handler", (Recorder,), {"requests": [], "redirect_to": redirect_to})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def listener() -> Iterator[tuple[str, type[Recorder]]]:
    yield from recorder()


def test_local_queries_never_reach_the_network(
    home: Path, listener: tuple[str, type[Recorder]]
) -> None:
    url, handler = listener
    for clause in ("SERVICE", "SERVICE SILENT", "service"):
        query = f"SELECT * WHERE {{ {clause} <{url}/sparql> {{ ?s ?p ?o }} }}"
        refused(home, "query", query, "--lang", "en", message="SERVICE clause")
    time.sleep(0.2)
    assert handler.requests == []
    allowed = run_cli(
        "query", f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}", "--allow-service"
    )
    assert allowed.returncode == 0, allowed.stderr
    assert handler.requests  # the guard is what kept the others off the network


def test_from_is_honoured_and_inline_queries_know_the_prefixes(home: Path) -> None:
    cities = "https://w3id.org/ump-kg/graph/reference/cities"
    count = "SELECT (COUNT(*) AS ?n) {} WHERE {{ ?s ?p ?o }}"
    one = run_cli("query", count.format(f"FROM <{cities}>"), "--format", "csv")
    everything = run_cli("query", count.format(""), "--format", "csv")
    stats = run_cli("stats").stdout
    in_graph = next(line.split("\t")[1] for line in stats.splitlines() if line.startswith(cities))
    assert one.stdout.split()[1] == in_graph
    assert int(everything.stdout.split()[1]) > int(in_graph)
    label = run_cli(
        "query",
        "SELECT DISTINCT ?l WHERE { city:krakow rdfs:label ?l FILTER(lang(?l) = 'pl') }",
        "--format",
        "csv",
    )
    assert label.returncode == 0 and label.stdout.split() == ["l", "Kraków"]


HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def test_a_local_query_has_a_time_limit(home: Path) -> None:
    refused(
        home,
        "query",
        HEAVY,
        "--timeout",
        "1",
        "--lang",
        "en",
        message="did not finish within 1 s",
        seconds=8,
    )


def busy_for(pid: int, seconds: float, limit: float = 30.0) -> None:
    """Waits until the process has used this much CPU time (user + system), or the limit."""
    tick = os.sysconf("SC_CLK_TCK")
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        if (int(fields[11]) + int(fields[12])) / tick >= seconds:
            return
        time.sleep(0.1)


def test_ctrl_c_stops_a_local_query_at_once(home: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "ump_kg", "query", HEAVY],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # As a terminal would start it: a runner started in the background (`cmd &`) ignores
        # SIGINT, and a child would inherit that.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    time.sleep(2.5)  # started, and inside the query …
    busy_for(process.pid, 2.5)  # … even on a loaded machine, where imports take longer
    process.send_signal(signal.SIGINT)
    started = time.monotonic()
    _, err = process.communicate(timeout=30)
    assert time.monotonic() - started < 3
    assert process.returncode == 130 and "interrupted" in err and "Traceback" not in err


def test_basic_credentials_never_follow_a_redirect_to_another_host(home: Path) -> None:
    target = recorder()
    other_url, other = next(target)
    # "localhost" and "127.0.0.1" are different hosts to a client, though the same machine.
    other_url = other_url.replace("127.0.0.1", "localhost")
    first = recorder(redirect_to=other_url)
    url, redirecting = next(first)
    try:
        result = run_cli(
            "query",
            "city-members",
            "--endpoint",
            f"{url}/sparql",
            "--auth",
            "basic",
            "--format",
            "csv",
            env={"UMP_KG_ENDPOINT_USER": "ala", "UMP_KG_ENDPOINT_PASSWORD": "tajne"},
        )
        assert result.returncode == 0, result.stderr
        assert redirecting.requests and redirecting.requests[0][1], (
            "the endpoint got no credentials"
        )
        assert other.requests, "the redirect was not followed"
        assert all(auth is None for _, auth in other.requests)
    finally:
        for server in (first, target):
            next(server, None)


def test_release_refuses_a_non_empty_folder_and_symbolic_links(home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "release"
    assert run_cli("release", folder).returncode == 0
    refused(home, "release", folder, message="the folder is not empty")
    assert run_cli("release", folder, "--force").returncode == 0
    victim = tmp_path / "victim.txt"
    victim.write_text("mine")
    (folder / "ump-kg.ttl").unlink()
    (folder / "ump-kg.ttl").symlink_to(victim)
    refused(home, "release", folder, "--force", message="symbolic links")
    assert victim.read_text() == "mine"


class FailsSecondRequest(http.server.BaseHTTPRequestHandler):
    seen: ClassVar[list[str]] = []

    def answer(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        type(self).seen.append(self.command)
        self.send_response(204 if len(type(self).seen) == 1 else 500)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_PUT = do_POST = answer

    def log_message(self, *args: object) -> None:
        pass


def test_a_failed_chunked_replace_says_what_the_remote_graph_holds(home: Path) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FailsSecondRequest)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/store"
        result = refused(
            home,
            "publish",
            "--endpoint",
            url,
            "--graph",
            "refgraph:cities",
            "--chunk",
            "10",
            message="the remote graph now holds only the first 10 of",
        )
        assert "publish again with --mode replace" in result.stderr
        assert FailsSecondRequest.seen == ["PUT", "POST"]
    finally:
        server.shutdown()
        server.server_close()


def test_publish_has_a_timeout(home: Path) -> None:
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()  # accepts connections, never answers
    try:
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/store"
        refused(
            home,
            "publish",
            "--endpoint",
            url,
            "--graph",
            "refgraph:cities",
            "--timeout",
            "1",
            message="cannot reach the graph store",
            seconds=10,
        )
    finally:
        silent.close()


# --- 5. messages --------------------------------------------------------------------------------------


def test_every_problem_of_every_file_at_once_in_polish(home: Path, tmp_path: Path) -> None:
    a = write(tmp_path, "a.yaml", "type: meeting\ncity: Krakuw\nstart: 2021-02-30\nstrat: x\n")
    b = write(tmp_path, "b.yaml", "type: spotkanie\n")
    c = write(tmp_path, "c.ttl", PREFIXES + "meeting:x a ump:TeamMeeting ump:inCity .\n")
    before = digest(home)
    result = run_cli("validate", a, b, c)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 5, result.stderr
    text = result.stderr
    assert f"{a}:2: nieznane: 'Krakuw' (miasto)" in text and "czy chodzi o Kraków?" in text
    assert f"{a}:3: 'start: 2021-02-30' nie jest prawdziwą datą" in text
    assert f"{a}:4: 'strat' nie jest polem wpisu meeting" in text
    assert f"{b}:1: nieznany rodzaj wpisu 'spotkanie'" in text
    assert f"{c}:9:" in text and "błąd składni" in text
    assert digest(home) == before


def test_polish_plurals() -> None:
    from ump_kg.entries.messages import verdict

    assert [verdict(n, "pl") for n in (1, 2, 5, 22, 25)] == [
        "niezgodne: 1 naruszenie",
        "niezgodne: 2 naruszenia",
        "niezgodne: 5 naruszeń",
        "niezgodne: 22 naruszenia",
        "niezgodne: 25 naruszeń",
    ]
    assert verdict(1, "en") == "does not conform: 1 violation"


def test_polish_dates_and_we_wroclawiu(home: Path, tmp_path: Path) -> None:
    for written in ("12.06.2021", "12 czerwca 2021", "12 czerwca 2021 r."):
        entry = write(tmp_path, "m.yaml", f"type: meeting\ncity: Wrocław\nstart: {written}\n")
        result = run_cli("validate", entry, "--format", "json")
        assert result.returncode == 0, result.stdout + result.stderr
    assert run_cli("add", entry).returncode == 0
    exported = run_cli("export", "--graph", "entries", "--format", "nt").stdout
    assert '"2021-06-12"^^<http://www.w3.org/2001/XMLSchema#date>' in exported
    assert "Posiedzenie Zespołu UMP ds. Migracji i Integracji we Wrocławiu, 2021-06-12" in exported
    refused(
        home,
        "add",
        write(tmp_path, "m2.yaml", "type: meeting\ncity: Wrocław\nstart: 31.06.2021\n"),
        "--lang",
        "en",
        message="'start: 31.06.2021' is not a real date",
    )


def test_re_entering_a_meeting_of_the_graph_names_it_once(home: Path, tmp_path: Path) -> None:
    entry = write(tmp_path, "m.yaml", "type: meeting\ncity: Poznań\nstart: 2019-10-29\n")
    result = run_cli("validate", entry, "--lang", "en")
    assert result.returncode == 1
    problems = [line for line in result.stdout.splitlines() if ": violation:" in line]
    assert len(problems) == 1, result.stdout
    assert "this meeting is already in the graph: " in problems[0]
    assert "(meeting:2019-10-29-poznan)" in problems[0]


# --- 6. output -------------------------------------------------------------------------------------------


def test_tables_fit_the_terminal_and_cut_nothing(home: Path) -> None:
    narrow = run_cli("query", "sources", "--lang", "en", env={"COLUMNS": "60"})
    assert narrow.returncode == 0, narrow.stderr
    assert max(len(line) for line in narrow.stdout.splitlines()) <= 60
    assert "…" not in narrow.stdout
    wide = run_cli("query", "sources", "--lang", "en")  # not a terminal: whole lines
    assert "…" not in wide.stdout


def test_csv_with_labels(home: Path) -> None:
    result = run_cli("query", "host-cities", "--format", "csv", "--labels")
    lines = result.stdout.split("\r\n")
    assert lines[0] == "city,city_label,events"
    assert lines[1] == f"{ID}city/gdansk,Gdańsk,1"
