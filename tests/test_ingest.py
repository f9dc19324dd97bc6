"""Web pages in: saved city-portal pages and pages served by a real HTTP server on 127.0.0.1
become source documents (main text, metadata, the original bytes and their checksum), or one
clear UserError with nothing written."""

from __future__ import annotations

import hashlib
import html
import re
import subprocess
import sys
import threading
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from ump_kg.errors import UserError
from ump_kg.extract.document import read_source
from ump_kg.extract.pipeline import extract
from ump_kg.ingest import (
    USER_AGENT,
    decode_html,
    fetch,
    fetch_page,
    ingest_html,
    ingest_source,
    is_address,
    verify_copy,
)

PAGES = Path(__file__).parent / "fixtures" / "html"
LUBLIN = PAGES / "lublin-posiedzenie-2019.html"
POZNAN = PAGES / "poznan-spotkanie-2019-cp1250.html"
WROCLAW = PAGES / "wroclaw-news-cookies-2018.html"
ENGLISH = PAGES / "coe-intercultural-cities-en.html"
LUBLIN_URL = "https://lublin.eu/mieszkancy/aktualnosci/posiedzenie-zespolu-ump-w-lublinie,1234.html"
BASE = "https://w3id.org/ump-kg/id/"


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def body_of(md: Path) -> str:
    return read_source(md).text


# --- saved pages ----------------------------------------------------------------------------


def test_city_portal_main_text_without_furniture(tmp_path: Path) -> None:
    md = ingest_html(LUBLIN.read_bytes(), url=LUBLIN_URL, into=tmp_path)
    assert md == tmp_path / "posiedzenie-zespolu-ump-w-lublinie-1234.md"
    text = body_of(md)
    for main in (
        "W dniach 12-13 czerwca 2019 r. w Lublinie odbyło się posiedzenie Zespołu ds. Migracji",
        "Gości w Ratuszu powitał zastępca prezydenta Lublina Mariusz Banach.",
        "Tematem przewodnim spotkania była integracja cudzoziemców",
        "Posiedzenie wspierali eksperci Międzynarodowej Organizacji ds. Migracji (IOM)",
    ):
        assert main in text
    for furniture in (
        "Zobacz także",
        "Krakowie 5 marca",  # the sidebar's other meetings
        "Gdańsku 20 listopada",
        "Noc Kultury",
        "Budżet obywatelski",
        "Biznes i inwestycje",  # the menu
        "Strona główna",  # breadcrumbs
        "Szukaj",
        "Udostępnij",
        "Tagi",
        "Opublikowano",
        "Deklaracja dostępności",  # the footer
        "Wszelkie prawa zastrzeżone",
        "Łokietka",
        "<",
    ):
        assert furniture not in text, furniture
    doc = read_source(md)
    assert doc.title == "Posiedzenie Zespołu UMP ds. Migracji i Integracji w Lublinie"
    assert str(doc.published) == "2019-06-12"  # from the byline "Opublikowano: 12.06.2019"
    assert doc.url == LUBLIN_URL
    assert doc.publisher == "Lublin.eu"
    assert doc.language == "pl"
    head = md.read_text(encoding="utf-8").split("\n---\n", 1)[0]
    keys = [ln.split(":")[0] for ln in head.splitlines()[1:] if not ln.startswith("#")]
    assert keys == ["title", "source", "published", "publisher", "language"]


def test_html_copy_and_checksum_kept_beside(tmp_path: Path) -> None:
    data = LUBLIN.read_bytes()
    md = ingest_html(data, into=tmp_path, name="lublin")
    copy = tmp_path / "html" / "lublin.html"
    assert copy.read_bytes() == data
    digest = hashlib.sha256(data).hexdigest()
    front = md.read_text(encoding="utf-8").split("\n---\n", 1)[0]
    assert f"# sha256: {digest}" in front.splitlines()
    assert "# html: html/lublin.html" in front.splitlines()
    assert verify_copy(md)
    copy.write_bytes(data + b"<!-- changed -->")
    assert not verify_copy(md)
    assert sorted(snapshot(tmp_path)) == ["html/lublin.html", "lublin.md"]  # no temporary files


def test_same_bytes_same_files(tmp_path: Path) -> None:
    data = WROCLAW.read_bytes()
    first = ingest_html(data, into=tmp_path / "a")
    second = ingest_html(data, into=tmp_path / "b")
    assert first.name == second.name
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b")
    before = snapshot(tmp_path / "a")
    assert ingest_html(data, into=tmp_path / "a") == first  # again: the same file, nothing added
    assert snapshot(tmp_path / "a") == before


def test_cp1250_page_with_meta_charset_and_table_layout(tmp_path: Path) -> None:
    data = POZNAN.read_bytes()
    assert "Poznaniu".encode("cp1250") in data and "ś".encode("cp1250") == b"\x9c"
    md = ingest_html(data, into=tmp_path, name=POZNAN.stem)
    raw = md.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", raw)
    assert not any("\x80" <= ch <= "\x9f" for ch in raw)
    text = body_of(md)
    assert "Przedstawiciele Poznania, Warszawy, Gdańska i Katowic spotkali się w Poznaniu" in text
    assert "zastępca prezydenta Poznania Jędrzej Solarski" in text
    assert "Wielkopolskiego Urzędu Wojewódzkiego" in text
    for furniture in (
        "Zobacz także",
        "Katowicach 3 kwietnia",
        "Szczecinie 15 października",
        "Sprawy urzędowe",
        "Jesteś tutaj",
        "Oficjalny serwis",
        "Kolegiacki",
        "Copyright",
        "Udostępnij",
        "|",
    ):
        assert furniture not in text, furniture
    doc = read_source(md)
    assert doc.title == "Miasta rozmawiały o integracji na rynku pracy"
    assert str(doc.published) == "2019-03-20"
    assert doc.url == (
        "https://www.poznan.pl/mim/info/news/miasta-rozmawialy-o-integracji-na-rynku-pracy,131313.html"
    )  # its canonical link
    assert doc.language == "pl"  # <meta http-equiv="Content-Language" content="pl">


def test_news_page_without_cookie_banner_comments_or_sidebar(tmp_path: Path) -> None:
    md = ingest_html(WROCLAW.read_bytes(), into=tmp_path)
    text = body_of(md)
    assert "We Wrocławiu 19 czerwca 2018 r. odbyło się spotkanie Zespołu ds. Migracji" in text
    assert "Przedstawiciele Gdańska, Lublina, Łodzi i Poznania" in text
    for furniture in (
        "cookies",
        "Akceptuję",
        "Komentarze",
        "Białymstoku",  # a reader's comment
        "Najczęściej czytane",
        "Szczecinie",
        "Bydgoszczy",
        "newslettera",
        "Czytaj także",
        "tramwajowe",
        "Regulamin",
        "Podwale",
    ):
        assert furniture not in text, furniture
    doc = read_source(md)
    assert doc.title == "Miasta o migrantach. Spotkanie zespołu UMP we Wrocławiu"
    assert str(doc.published) == "2018-06-20"
    assert doc.publisher == "Wiadomości Dolnośląskie"
    assert doc.language == "pl"  # lang="pl-PL"
    assert doc.url is not None and doc.url.startswith("https://wiadomosci-dolnoslaskie.example/")


def test_language_as_declared_never_guessed(tmp_path: Path) -> None:
    english = read_source(ingest_html(ENGLISH.read_bytes(), into=tmp_path))
    assert english.language == "en"
    assert str(english.published) == "2021-09-01"
    undeclared = LUBLIN.read_bytes().replace(b'<html lang="pl">', b"<html>")
    doc = read_source(ingest_html(undeclared, into=tmp_path, name="bez-jezyka"))
    assert doc.language == "und"


def test_copyright_year_is_not_a_publication_date(tmp_path: Path) -> None:
    page = (
        LUBLIN.read_bytes()
        .replace(b"Opublikowano: 12.06.2019 | ", b"")
        .replace(b"12-13 czerwca 2019 r.", b"12-13 czerwca")
    )
    assert b"\xc2\xa9 2019" in page
    md = ingest_html(page, into=tmp_path, name="bez-daty")
    assert read_source(md).published is None
    assert "published:" not in md.read_text(encoding="utf-8")


def test_layout_table_unwrapped_but_data_table_kept(tmp_path: Path) -> None:
    page = (
        "<!doctype html><html lang='pl'><head><title>Cudzoziemcy w miastach</title></head><body>"
        "<article><h1>Cudzoziemcy w miastach</h1><p>Zestawienie liczby cudzoziemców mieszkających"
        " w miastach Unii Metropolii Polskich, przygotowane przez wydział.</p>"
        "<table><tr><th>Miasto</th><th>Liczba</th></tr><tr><td>Lublin</td><td>1200</td></tr>"
        "<tr><td>Poznań</td><td>3400</td></tr></table></article></body></html>"
    ).encode()
    text = body_of(ingest_html(page, into=tmp_path, name="tabela"))
    assert "| Miasto | Liczba |" in text
    assert "| Poznań | 3400 |" in text


def test_names_do_not_collide(tmp_path: Path) -> None:
    first = ingest_html(LUBLIN.read_bytes(), into=tmp_path, name="strona")
    other = WROCLAW.read_bytes()
    second = ingest_html(other, into=tmp_path, name="strona")
    assert second.name == f"strona-{hashlib.sha256(other).hexdigest()[:8]}.md"
    assert first.read_bytes() != second.read_bytes()
    assert (tmp_path / "html" / second.with_suffix(".html").name).read_bytes() == other
    # a new version of the same address replaces the earlier one
    url = "https://lublin.eu/aktualnosci/spotkanie"
    old = ingest_html(LUBLIN.read_bytes(), into=tmp_path / "u", url=url)
    new_bytes = LUBLIN.read_bytes().replace(b"Mariusz Banach", b"Krzysztof Komorski")
    new = ingest_html(new_bytes, into=tmp_path / "u", url=url)
    assert new == old
    assert "Krzysztof Komorski" in body_of(new)
    assert (tmp_path / "u" / "html" / "spotkanie.html").read_bytes() == new_bytes


def test_ingest_source_reads_a_saved_file(tmp_path: Path) -> None:
    md = ingest_source(str(LUBLIN), into=tmp_path / "sources")
    assert md == tmp_path / "sources" / "lublin-posiedzenie-2019.md"
    assert (tmp_path / "sources" / "html" / "lublin-posiedzenie-2019.html").is_file()
    with pytest.raises(UserError, match="no such file"):
        ingest_source(str(tmp_path / "missing.html"), into=tmp_path / "sources")
    assert is_address("https://x.pl/a") and is_address("file:///etc/passwd")
    assert not is_address("strona.html") and not is_address(str(LUBLIN))


MENU_ONLY = (
    b"<!doctype html><html lang='pl'><head><title>Aktualnosci</title></head><body><nav><ul>"
    b"<li><a href='/'>Strona glowna</a></li><li><a href='/a'>Aktualnosci</a></li></ul></nav>"
    b"<footer>(c) 2020 Urzad Miasta</footer></body></html>"
)
NOT_UTF8 = "<html><body><article><p>Spotkanie w Łodzi, ś ź ą.</p></article></body></html>".encode(
    "cp1250"
)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"%PDF-1.7\n%binary", "PDF"),
        (b"\x89PNG\r\n\x1a\n....", "PNG image"),
        (b"PK\x03\x04docx", "ZIP"),
        ("Zwykły tekst bez znaczników, spotkanie w Lublinie.".encode(), "not an HTML page"),
        (NOT_UTF8, r"not valid utf-8 \(it looks like Windows-1250"),
        (b"<meta charset='klingon-8'><html><body><p>x</p></body></html>", "unknown character set"),
        (MENU_ONLY, "no main text"),
        (LUBLIN.read_bytes() + b"<!--" + b"x" * 5000 + b"-->", "too large"),
    ],
    ids=[
        "empty",
        "blank",
        "pdf",
        "png",
        "zip",
        "text",
        "cp1250-undeclared",
        "charset",
        "menu",
        "size",
    ],
)
def test_bad_page_is_one_error_and_nothing_written(
    tmp_path: Path, data: bytes, message: str
) -> None:
    into = tmp_path / "sources"
    into.mkdir()
    (into / "existing.md").write_text("---\ntitle: Był tu\n---\n\nTekst.\n", encoding="utf-8")
    before = snapshot(into)
    with pytest.raises(UserError, match=message) as caught:
        ingest_html(data, into=into, name="strona", max_bytes=4000)
    assert caught.value.fix
    assert snapshot(into) == before
    assert sorted(p.name for p in into.iterdir()) == ["existing.md"]  # not even html/
    with pytest.raises(UserError):
        ingest_html(data, into=tmp_path / "new", name="strona", max_bytes=4000)
    assert not (tmp_path / "new").exists()


def test_declared_charsets_decoded_right() -> None:
    text = "<html><head><meta charset='{}'></head><body><p>Zażółć gęślą jaźń, Świętokrzyskie.</p></body></html>"
    for label, codec in (
        ("windows-1250", "cp1250"),
        ("ISO-8859-2", "iso-8859-2"),
        ("utf-8", "utf-8"),
    ):
        page = text.format(label)
        assert "Zażółć gęślą jaźń, Świętokrzyskie." in decode_html(page.encode(codec))
    # cp1250 bytes behind an iso-8859-2 label (common on old Polish sites) are read as cp1250
    mislabelled = text.format("iso-8859-2").encode("cp1250")
    assert "Zażółć gęślą jaźń, Świętokrzyskie." in decode_html(mislabelled)
    # the HTTP charset wins over nothing; a BOM wins over everything
    bare = "<p>Łódź</p>"
    assert decode_html(bare.encode("cp1250"), charset="windows-1250") == bare
    assert decode_html(b"\xef\xbb\xbf" + bare.encode(), charset="iso-8859-2") == bare
    # UTF-16 only with its byte-order mark; a <meta> saying utf-16 in an ASCII file means UTF-8
    sixteen = text.format("utf-16")
    assert decode_html(sixteen.encode("utf-16")) == sixteen
    assert decode_html(sixteen.encode("utf-8")) == sixteen
    decomposed = unicodedata.normalize("NFD", bare)
    assert decode_html(decomposed.encode()) == bare  # NFC


# --- extraction of the ingested text ----------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "meeting", "not_meetings"),
    [
        (LUBLIN, "2019-06-12-lublin", ("krakow", "gdansk", "warszawa")),
        (POZNAN, "2019-03-12-poznan", ("katowice", "szczecin")),
        (WROCLAW, "2018-06-19-wroclaw", ("szczecin", "bydgoszcz", "bialystok")),
    ],
    ids=["lublin", "poznan-cp1250", "wroclaw-news"],
)
def test_extraction_finds_the_article_meeting_not_the_sidebar(
    tmp_path: Path, page: Path, meeting: str, not_meetings: tuple[str, ...]
) -> None:
    ctx = extract(read_source(ingest_html(page.read_bytes(), into=tmp_path)))
    events = [e.iri.removeprefix(BASE + "meeting/") for e in ctx.events]
    assert events == [meeting]
    assert not ctx.problems
    cities = {e.city.removeprefix(BASE + "city/") for e in ctx.events}
    assert not cities & set(not_meetings)


# --- fetching from a real server on 127.0.0.1 ----------------------------------------------------


@dataclass
class Route:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay: float = 0.0  # before the status line
    drip: float = 0.0  # between body bytes


@dataclass
class Site:
    routes: dict[str, Route]
    requests: list[tuple[str, dict[str, str]]]
    port: int

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"


def _handler(site_routes: dict[str, Route], log: list[tuple[str, dict[str, str]]]) -> type:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            log.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            route = site_routes.get(
                self.path, Route(404, {"Content-Type": "text/html"}, b"<p>404</p>")
            )
            try:
                time.sleep(route.delay)
                self.send_response(route.status)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                if route.drip:
                    for byte in route.body:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(route.drip)
                else:
                    self.wfile.write(route.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as it should

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@pytest.fixture
def sites() -> Iterator[tuple[Site, Site]]:
    """Two servers on 127.0.0.1 (two origins), stopped after the test."""
    servers: list[ThreadingHTTPServer] = []
    made: list[Site] = []
    for _ in range(2):
        routes: dict[str, Route] = {}
        log: list[tuple[str, dict[str, str]]] = []
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(routes, log))
        server.daemon_threads = True
        threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        servers.append(server)
        made.append(Site(routes, log, server.server_address[1]))
    try:
        yield made[0], made[1]
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


HTML = {"Content-Type": "text/html; charset=utf-8"}


def test_fetch_a_page_with_a_clear_user_agent(sites: tuple[Site, Site], tmp_path: Path) -> None:
    site, _ = sites
    data = LUBLIN.read_bytes()
    site.routes["/aktualnosci/posiedzenie-zespolu-ump"] = Route(200, HTML, data)
    url = site.url("/aktualnosci/posiedzenie-zespolu-ump")
    assert fetch_page(url, timeout=5) == data
    assert (
        site.requests[-1][1]["user-agent"] == USER_AGENT == "ump-kg/0.1 (+https://w3id.org/ump-kg/)"
    )
    md = ingest_source(url, into=tmp_path, timeout=5)
    assert md.name == "posiedzenie-zespolu-ump.md"
    doc = read_source(md)
    assert doc.url == url and str(doc.published) == "2019-06-12"
    assert (tmp_path / "html" / "posiedzenie-zespolu-ump.html").read_bytes() == data


def test_fetch_uses_the_http_charset(sites: tuple[Site, Site], tmp_path: Path) -> None:
    site, _ = sites
    page = LUBLIN.read_text(encoding="utf-8").replace('<meta charset="utf-8">', "")
    site.routes["/cp1250"] = Route(
        200, {"Content-Type": "text/html; charset=windows-1250"}, page.encode("cp1250")
    )
    fetched = fetch(site.url("/cp1250"), timeout=5)
    assert fetched.charset == "windows-1250"
    text = body_of(ingest_source(site.url("/cp1250"), into=tmp_path, timeout=5))
    assert "Gości w Ratuszu powitał zastępca prezydenta Lublina" in text


def test_redirect_to_another_origin_drops_credentials(sites: tuple[Site, Site]) -> None:
    site, other = sites
    data = WROCLAW.read_bytes()
    other.routes["/page"] = Route(200, HTML, data)
    site.routes["/page"] = Route(200, HTML, data)
    site.routes["/away"] = Route(302, {"Location": other.url("/page", host="localhost")})
    site.routes["/here"] = Route(301, {"Location": "/page"})
    secret = {"Authorization": "Bearer s3cret", "Cookie": "session=abc"}

    page = fetch(site.url("/away"), timeout=5, headers=secret)
    assert page.data == data
    assert page.url == other.url("/page", host="localhost")
    assert site.requests[-1][1]["authorization"] == "Bearer s3cret"  # sent to its own origin
    seen = other.requests[-1][1]
    assert "authorization" not in seen and "cookie" not in seen
    assert seen["user-agent"] == USER_AGENT

    fetch(site.url("/here"), timeout=5, headers=secret)  # same origin: kept
    assert [h.get("authorization") for p, h in site.requests[-2:]] == ["Bearer s3cret"] * 2


def test_redirects_only_to_http(sites: tuple[Site, Site]) -> None:
    site, _ = sites
    site.routes["/file"] = Route(302, {"Location": "file:///etc/passwd"})
    site.routes["/ftp"] = Route(302, {"Location": "ftp://127.0.0.1/x.html"})
    site.routes["/loop"] = Route(302, {"Location": "/loop"})
    for path in ("/file", "/ftp"):
        with pytest.raises(UserError, match="only http and https"):
            fetch_page(site.url(path), timeout=5)
    with pytest.raises(UserError, match="HTTP 302"):
        fetch_page(site.url("/loop"), timeout=5)


@pytest.mark.parametrize(
    "address",
    [
        "file:///etc/passwd",
        "ftp://127.0.0.1/page.html",
        "data:text/html,<p>x</p>",
        "https://user:pw@example.org/",
    ],
)
def test_only_plain_http_addresses(address: str) -> None:
    with pytest.raises(UserError) as caught:
        fetch_page(address)
    assert "pw" not in str(caught.value)


@pytest.mark.parametrize(
    ("headers", "shown"),
    [
        ({"Content-Type": "application/pdf"}, "application/pdf"),
        ({"Content-Type": "text/plain; charset=utf-8"}, "text/plain"),
        ({}, "none"),
    ],
)
def test_wrong_content_type(
    sites: tuple[Site, Site], tmp_path: Path, headers: dict[str, str], shown: str
) -> None:
    site, _ = sites
    site.routes["/doc"] = Route(200, headers, LUBLIN.read_bytes())
    with pytest.raises(UserError, match=f"not serve an HTML page.*{shown}"):
        ingest_source(site.url("/doc"), into=tmp_path / "s", timeout=5)
    assert not (tmp_path / "s").exists()


def test_size_limit_while_reading(sites: tuple[Site, Site], tmp_path: Path) -> None:
    site, _ = sites
    big = b"<html><body><p>" + b"x" * 50_000 + b"</p></body></html>"
    site.routes["/declared"] = Route(200, {**HTML, "Content-Length": str(len(big))}, big)
    site.routes["/undeclared"] = Route(200, HTML, big)  # no length: counted while reading
    for path in ("/declared", "/undeclared"):
        with pytest.raises(UserError, match="too large"):
            ingest_source(site.url(path), into=tmp_path / "s", timeout=5, max_bytes=10_000)
    assert not (tmp_path / "s").exists()


def test_timeouts(sites: tuple[Site, Site]) -> None:
    site, _ = sites
    site.routes["/slow"] = Route(200, HTML, b"<p>late</p>", delay=3)
    site.routes["/drip"] = Route(200, HTML, b"<p>" + b"y" * 60 + b"</p>", drip=0.05)
    for path in ("/slow", "/drip"):
        start = time.monotonic()
        with pytest.raises(UserError, match=r"within 0\.5 s"):
            fetch_page(site.url(path), timeout=0.5)
        assert time.monotonic() - start < 2.5


def test_http_errors(sites: tuple[Site, Site], tmp_path: Path) -> None:
    site, _ = sites
    with pytest.raises(UserError, match="HTTP 404") as caught:
        ingest_source(site.url("/nie-ma"), into=tmp_path / "s", timeout=5)
    assert caught.value.where == site.url("/nie-ma")
    assert not (tmp_path / "s").exists()
    with pytest.raises(UserError, match="cannot reach"):
        fetch_page("http://127.0.0.1:9/", timeout=2)  # discard port: nothing listens


# --- the generated benchmark corpus ---------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]


def generate(out: Path, n: int, seed: int, manifest: Path | None = None) -> None:
    script = ROOT / "scripts" / "generate_corpus.py"
    extra = ["--manifest", str(manifest)] if manifest else []
    subprocess.run(
        [sys.executable, str(script), str(n), "--out", str(out), "--seed", str(seed), *extra],
        check=True,
        capture_output=True,
        timeout=120,
    )


def test_generated_corpus_is_deterministic_and_read_right(tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.tsv"
    generate(tmp_path / "a", 16, seed=5, manifest=manifest)
    generate(tmp_path / "b", 16, seed=5)
    generate(tmp_path / "prefix", 6, seed=5)
    generate(tmp_path / "other", 16, seed=6)
    pages = snapshot(tmp_path / "a")
    assert pages == snapshot(tmp_path / "b")
    assert snapshot(tmp_path / "prefix").items() <= pages.items()  # page i does not depend on N
    assert pages != snapshot(tmp_path / "other")
    assert {Path(name).suffix for name in pages} == {".md", ".html"}

    rows = [line.split("\t") for line in manifest.read_text(encoding="utf-8").splitlines()[1:]]
    assert len(rows) == 16
    for name, meeting, _city, _first, last in rows:
        path = tmp_path / "a" / name
        if path.suffix == ".html":
            path = ingest_html(path.read_bytes(), into=tmp_path / "sources", name=path.stem)
        ctx = extract(read_source(path))
        assert [(e.iri.removeprefix(BASE + "meeting/"), str(e.last)) for e in ctx.events] == [
            (meeting, last)
        ], name
        assert not ctx.problems


# --- the command ------------------------------------------------------------------------------


def test_ingest_command_writes_every_good_page_and_reports_the_bad(
    sites: tuple[Site, Site], tmp_path: Path
) -> None:
    from .conftest import run_cli

    site, _ = sites
    site.routes["/lublin"] = Route(200, HTML, LUBLIN.read_bytes())
    into = tmp_path / "sources"
    result = run_cli(
        "ingest", site.url("/lublin"), site.url("/nie-ma"), WROCLAW, "--into", into, "--timeout", 5
    )
    assert result.returncode == 2
    assert f"error: {site.url('/nie-ma')}: the server answered HTTP 404" in result.stderr
    assert "1 of 3 pages not ingested" in result.stderr
    assert "Traceback" not in result.stderr
    written = sorted(p.name for p in into.glob("*.md"))
    assert len(written) == 2 and "lublin.md" in written
    assert [line.split("\t")[0] for line in result.stdout.splitlines()] == [
        site.url("/lublin"),
        str(WROCLAW),
    ]
    assert sorted(p.name for p in (into / "html").iterdir()) == sorted(
        Path(n).with_suffix(".html").name for n in written
    )
    again = run_cli("ingest", site.url("/lublin"), "--into", into, "-q", "--timeout", 5)
    assert again.returncode == 0 and again.stderr == ""


def test_progress_bar_only_on_a_terminal(tmp_path: Path) -> None:
    """With standard error on a terminal (a pseudo-terminal here) a bar is drawn; with -q or
    without a terminal, nothing."""
    import os
    import pty

    def stderr_on_terminal(*args: str | Path) -> bytes:
        leader, follower = pty.openpty()
        try:
            subprocess.run(
                [sys.executable, "-m", "ump_kg", "ingest", *map(str, args)],
                stdout=subprocess.DEVNULL,
                stderr=follower,
                timeout=120,
                check=True,
            )
            os.close(follower)
            chunks = []
            while True:
                try:
                    chunk = os.read(leader, 65536)
                except OSError:  # the terminal is closed once everything is read
                    break
                if not chunk:
                    break
                chunks.append(chunk)
            return b"".join(chunks)
        finally:
            os.close(leader)

    shown = stderr_on_terminal(LUBLIN, POZNAN, "--into", tmp_path / "a")
    assert b"ingest" in shown and b"2/2" in shown
    assert stderr_on_terminal(LUBLIN, POZNAN, "--into", tmp_path / "b", "-q") == b""


# --- extraction reads an ingested page as it reads the page's text ----------------------------------

GOLD = ROOT / "tests" / "gold" / "corpus"
CORPUS_PAGE = "metropolie-spotkanie-z-irena-guidikova-lublin-2019"
PORTAL = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<title>{title} | Unia Metropolii Polskich</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{published}T10:00:00+02:00">
<link rel="canonical" href="{source}">
</head>
<body>
<header><a href="/">Unia Metropolii Polskich</a>
<nav><ul><li><a href="/o-nas">O nas</a></li><li><a href="/aktualnosci">Aktualności</a></li>
<li><a href="/zespoly">Zespoły</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav>
</header>
<div class="breadcrumbs">Jesteś tutaj: <a href="/">Start</a> &rsaquo; <a href="/aktualnosci">Aktualności</a></div>
<main><article>
<h1>{title}</h1>
<p class="meta">Opublikowano: <time datetime="{published}">{published}</time></p>
{body}
</article></main>
<aside><h2>Zobacz także</h2><ul>
<li><a href="/a/1">Posiedzenie Zespołu ds. Migracji w Katowicach 3 kwietnia 2019 r.</a></li>
<li><a href="/a/2">Spotkanie miast UMP w Szczecinie 15 października 2018 r.</a></li>
</ul></aside>
<footer><p>© 2019 Unia Metropolii Polskich, ul. Mokotowska 1, Warszawa</p>
<p><a href="/polityka-prywatnosci">Polityka prywatności</a> | <a href="/deklaracja">Deklaracja dostępności</a></p>
</footer>
</body>
</html>
"""


def html_of_markdown(text: str) -> str:
    """The page's Markdown as an article's HTML: headings and paragraphs."""
    import html as html_lib

    blocks = []
    for block in re.split(r"\n\s*\n", text.strip()):
        line = " ".join(block.split())
        heading = re.match(r"^(#+)\s+(.*)$", line)
        if heading:
            level = min(len(heading.group(1)) + 1, 6)
            blocks.append(f"<h{level}>{html_lib.escape(heading.group(2))}</h{level}>")
        else:
            blocks.append(f"<p>{html_lib.escape(line)}</p>")
    return "\n".join(blocks)


def test_ingested_page_scores_as_its_text(tmp_path: Path) -> None:
    import rdflib

    from ump_kg.extract.emit import emit
    from ump_kg.extract.evaluation import score
    from ump_kg.extract.pipeline import knowledge
    from ump_kg.rdf.convert import rdflib_graph
    from ump_kg.vocab import UMP

    lockbox = (GOLD / "LOCKBOX").read_text(encoding="utf-8").split()
    assert CORPUS_PAGE not in lockbox
    markdown = ROOT / "graph" / "sources" / f"{CORPUS_PAGE}.md"
    doc = read_source(markdown)
    body = re.sub(r"\A\s*#\s+.*\n", "", doc.text)  # the title is the page's <h1>
    page = PORTAL.format(
        title=html.escape(doc.title),
        published=doc.published,
        source=doc.url,
        body=html_of_markdown(body),
    )
    ingested = read_source(ingest_html(page.encode("utf-8"), into=tmp_path, name=CORPUS_PAGE))
    assert (ingested.title, ingested.published, ingested.url) == (doc.title, doc.published, doc.url)

    know = knowledge()
    gold = rdflib.Graph().parse(GOLD / f"{CORPUS_PAGE}.ttl", format="turtle")
    from_text = score(rdflib_graph(emit(extract(doc, know))), gold, know.graph, UMP)
    from_html = score(rdflib_graph(emit(extract(ingested, know))), gold, know.graph, UMP)
    assert from_text.recall > 0.3  # a page the extractor reads well enough for this to mean much
    assert (from_html.recall, from_html.precision) == (from_text.recall, from_text.precision)
    assert (from_html.missing, from_html.spurious) == (from_text.missing, from_text.spurious)
