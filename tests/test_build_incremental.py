"""Incremental and parallel builds: a page whose bytes and extractor are unchanged is not
extracted again, only what changed is written and validated, and the store ends up byte for byte
as after a full build — whatever the number of worker processes. Saved HTML pages in the sources
are read as `ingest` reads them; what cannot be read is reported."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from ump_kg.store.build import BuildResult, build

from .conftest import ROOT, CliResult, exported

Cli = Callable[..., CliResult]
PAGES = 6


def nq(store: Path) -> bytes:
    return exported("--format", "nq", "--store", store)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Ten generated pages (Markdown and saved HTML with menus, sidebars, footers)."""
    out = tmp_path_factory.mktemp("generated") / "pages"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate_corpus.py"), str(PAGES), "--out", out],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return out


@pytest.fixture
def pages(generated: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "pages"
    shutil.copytree(generated, copy)
    return copy


def built(store: Path, sources: Path, **options: object) -> BuildResult:
    result = build(store, reasoner=False, sources=sources, **options)  # type: ignore[arg-type]
    assert result.ok, [r.message("en") for r in result.report.results] if result.report else None
    return result


def edit_one_page(pages: Path) -> Path:
    page = next(p for p in sorted(pages.glob("*.md")))
    text = page.read_text(encoding="utf-8")
    assert "opowiedzieli" in text
    page.write_text(text.replace("opowiedzieli", "mówili"), encoding="utf-8")
    return page


def test_html_pages_in_the_sources_are_built(home: Path, pages: Path, tmp_path: Path) -> None:
    result = built(tmp_path / "store", pages, jobs=1)
    html = [d for d in result.documents if d.path.suffix == ".html"]
    assert html and len(result.documents) == PAGES
    for document in html:
        # the meeting of the article, not the ones the sidebar names, nor markup as a title
        assert document.facts > 5, document.path
        assert not any(
            "<" in q.object.value for q in document.quads if hasattr(q.object, "language")
        )
    assert result.events == PAGES  # one meeting per page: none from menus or "Zobacz także"


def test_jobs_do_not_change_the_result(home: Path, pages: Path, tmp_path: Path) -> None:
    one = built(tmp_path / "one", pages, full=True, jobs=1)
    two = built(tmp_path / "two", pages, full=True, jobs=2)
    assert (one.extracted, two.extracted) == (PAGES, PAGES)
    assert nq(tmp_path / "one") == nq(tmp_path / "two")


def test_incremental_build_equals_a_full_build(home: Path, pages: Path, tmp_path: Path) -> None:
    store, fresh = tmp_path / "store", tmp_path / "fresh"
    first = built(store, pages, jobs=2)
    assert (first.extracted, first.written, first.validated) == (PAGES, PAGES, None)
    exported_first = nq(store)

    again = built(store, pages)
    assert (again.extracted, again.written, again.validated) == (0, 0, 0)
    assert nq(store) == exported_first

    edited = edit_one_page(pages)
    after_edit = built(store, pages)
    assert after_edit.extracted == 1  # only the edited page is read again
    assert after_edit.written == 1
    assert after_edit.validated is not None and after_edit.validated > 0
    assert [d.path for d in after_edit.documents] == sorted(pages.iterdir())
    built(fresh, pages, full=True)
    assert nq(store) == nq(fresh) != exported_first

    edited.unlink()
    after_removal = built(store, pages)
    assert (after_removal.extracted, after_removal.written) == (0, 1)
    shutil.rmtree(fresh)
    built(fresh, pages, full=True)
    assert nq(store) == nq(fresh)


def test_reconciled_pages_change_with_the_others(home: Path, tmp_path: Path) -> None:
    """Pages are reconciled with each other (one label per language): removing one page changes
    what another says, and the incremental build follows, equal to a full build."""
    sources, store, fresh = tmp_path / "sources", tmp_path / "store", tmp_path / "fresh"
    sources.mkdir()
    for name in (*RECONCILED, "metropolie-wiadomosci-2018", "migrant-info-point-poznan"):
        shutil.copy(ROOT / "graph" / "sources" / f"{name}.md", sources)
    first = built(store, sources)
    seed, lublin = RECONCILED
    before = next(d for d in first.documents if d.path.stem == lublin).quads
    # With the seed, "Irena Guidiková" is her label and the Lublin page's form an altLabel.
    (sources / f"{seed}.md").unlink()
    after = built(store, sources)
    assert after.extracted == 0 and after.written >= 2  # the seed's graph dropped, others changed
    assert next(d for d in after.documents if d.path.stem == lublin).quads != before
    built(fresh, sources, full=True)
    assert nq(store) == nq(fresh)


RECONCILED = ("krakow-2020-04-23-zespol-ump", "metropolie-spotkanie-z-irena-guidikova-lublin-2019")


def test_changed_reference_data_extracts_and_validates_everything(
    home: Path, pages: Path, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    built(store, pages)
    cities = home / "graph" / "reference" / "cities.ttl"
    cities.write_text(cities.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    again = built(store, pages)
    assert (again.extracted, again.validated) == (PAGES, None)


def test_a_violation_across_changed_pages_is_found_and_nothing_written(
    home: Path, pages: Path, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    built(store, pages)
    before = nq(store)
    # Two pages place one meeting (same day, same city: one node) in two different venues: a
    # meeting has at most one venue, so only the two pages together violate the shapes.
    first, second = sorted(pages.glob("*.md"))[:2]
    for page, venue in ((first, "Centrum Dialogu"), (second, "Domu Kultury Zatoka")):
        sentence = (
            f"5 maja 2019 r. Zespół UMP ds. Migracji i Integracji obradował w {venue} w Gdańsku."
        )
        page.write_text(page.read_text(encoding="utf-8") + f"\n{sentence}\n", encoding="utf-8")
    result = build(store, reasoner=False, sources=pages)
    full = build(tmp_path / "fresh", reasoner=False, sources=pages, full=True)
    assert result.validated is not None and result.extracted == 2  # the bounded validation
    assert result.report is not None and full.report is not None
    found = {(r.focus, r.path) for r in result.report.violations}
    assert found == {(r.focus, r.path) for r in full.report.violations}
    assert found == {(MEETING, "https://w3id.org/ump-kg/def/venue")}
    assert not result.ok and nq(store) == before


MEETING = "https://w3id.org/ump-kg/id/meeting/2019-05-05-gdansk"


def test_build_cli_counts_and_full(home: Path, pages: Path, store: Path, cli: Cli) -> None:
    first = cli("build", "--no-reasoner", "--sources", pages, "--jobs", "2")
    assert first.returncode == 0, first.stderr
    assert f"{PAGES} extracted, {PAGES} graphs written, validated: all" in first.stdout
    again = cli("build", "--no-reasoner", "--sources", pages)
    assert "0 extracted, 0 graphs written, validated: 0 things" in again.stdout
    full = cli("build", "--no-reasoner", "--sources", pages, "--full", "-q")
    assert f"{PAGES} extracted, {PAGES} graphs written, validated: all" in full.stdout
    assert "\x1b[" not in full.stderr + again.stderr  # no progress bar without a terminal


def test_what_cannot_be_read_is_reported(home: Path, pages: Path, store: Path, cli: Cli) -> None:
    assert cli("build", "--no-reasoner", "--sources", pages).returncode == 0
    before = nq(store)
    (pages / "notatki.pdf").write_bytes(b"%PDF-1.4 ...")
    result = cli("build", "--no-reasoner", "--sources", pages)
    assert result.returncode == 2
    assert re.search(r"notatki\.pdf: not a source document", result.stderr), result.stderr
    assert "Traceback" not in result.stderr
    (pages / "notatki.pdf").unlink()

    (pages / "menu.html").write_text(
        "<html><body><nav><a href='/'>Start</a> <a href='/k'>Kontakt</a></nav></body></html>",
        encoding="utf-8",
    )
    for extra in ((), ("--full", "--jobs", "2")):  # read here, or in a worker process
        result = cli("build", "--no-reasoner", "--sources", pages, *extra)
        assert result.returncode == 2
        assert "menu.html: no main text found on the page" in result.stderr
        assert "fix: check that this is an article page" in result.stderr
        assert "Traceback" not in result.stderr
    (pages / "menu.html").unlink()

    copy = next(pages.glob("*.md"))
    shutil.copy(copy, pages / (copy.stem + ".html"))
    result = cli("build", "--no-reasoner", "--sources", pages)
    assert result.returncode == 2 and "two pages for one graph" in result.stderr
    assert nq(store) == before


TRAFILATURA_PAGE = """---
title: Posiedzenie Zespołu UMP ds. Migracji i Integracji w Lublinie
author: Biuro Prasowe
url: https://lublin.eu/aktualnosci/posiedzenie-zespolu-ump
hostname: lublin.eu
description: Spotkanie miast Unii Metropolii Polskich
sitename: Lublin.eu
date: 2019-06-14
categories: ['Aktualności', 'Miasto']
tags: ['migracje']
fingerprint: 1a2b3c4d5e6f
id: 8a1c
license: CC BY 4.0
---
W dniach 12-13 czerwca 2019 r. w Lublinie odbyło się posiedzenie Zespołu ds. Migracji i
Integracji Unii Metropolii Polskich.
"""


def test_front_matter_of_common_tools(home: Path, tmp_path: Path, store: Path, cli: Cli) -> None:
    from ump_kg.extract.document import read_source

    page = tmp_path / "pages" / "lublin-trafilatura.md"
    page.parent.mkdir()
    page.write_text(TRAFILATURA_PAGE, encoding="utf-8")
    doc = read_source(page)
    assert str(doc.published) == "2019-06-14"
    assert doc.url == "https://lublin.eu/aktualnosci/posiedzenie-zespolu-ump"
    assert doc.publisher == "Lublin.eu"
    ignored = [re.search(r"key '(\w+)'", n).group(1) for n in doc.notes]  # type: ignore[union-attr]
    assert ignored == [
        "author",
        "categories",
        "description",
        "fingerprint",
        "hostname",
        "id",
        "license",
        "tags",
    ]
    assert doc.notes[0].startswith(f"{page}:3: ")  # author is on line 3
    result = cli("build", "--no-reasoner", "--sources", page.parent)
    assert result.returncode == 0, result.stderr
    assert "front matter key 'tags' is not used by ump-kg (ignored)" in result.stderr

    page.write_text(TRAFILATURA_PAGE.replace("license:", "licence:"), encoding="utf-8")
    result = cli("build", "--no-reasoner", "--sources", page.parent)
    assert result.returncode == 2
    assert f"{page}:13: unknown front matter key 'licence'" in result.stderr
