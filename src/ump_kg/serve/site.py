"""The static site `ump-kg release` writes beside the data files: for every IRI under the base's
id/ and def/, its page in Polish (`id/city/lublin.html`) and in English (`.en.html`) and its RDF
documents (`.ttl`, `.nt`, `.jsonld`, `.rdf`) — the document URLs `ump-kg serve` answers with —
plus the timeline, the map, the documentation and the stylesheet. Links are relative, so the
folder works from any static host or path."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from ..rdf.write import serialize, write_atomically
from ..vocab import RDF, RDF_TYPE
from .describe import OA, describe, document_quads
from .docs_pages import docs_pages
from .figures import City
from .pages import LANGUAGES, STATIC, Labels, Linker, render, root_for
from .views import DOCUMENT_FORMATS, map_drawing, timeline_years


def site_iris(store: ox.Store, terms: ox.Store, linker: Linker) -> list[str]:
    """Every subject of the data and the ontology with a page of its own (under id/ or def/),
    except provenance records (statements, their evidence and selectors): those are shown on
    the page of the thing they are about, and are dereferenced by `ump-kg serve`."""
    subjects = {
        q.subject.value
        for source in (store, terms)
        for q in source
        if isinstance(q.subject, ox.NamedNode) and linker.local_path(q.subject.value)
    }
    records = {
        q.subject.value
        for kind in RECORD_TYPES
        for q in store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), ox.NamedNode(kind))
        if isinstance(q.subject, ox.NamedNode)
    }
    return sorted(subjects - records)


RECORD_TYPES = (
    RDF + "Statement",
    OA + "SpecificResource",
    OA + "TextQuoteSelector",
    OA + "TextPositionSelector",
)


def page_name(path: str, lang: str) -> str:
    return f"{path}.html" if lang == "pl" else f"{path}.{lang}.html"


def write_thing(
    folder: Path, store: ox.Store, terms: ox.Store, iri: str, labels: Labels, linker: Linker
) -> int:
    """An IRI's pages and RDF documents; the number of files written."""
    path = linker.local_path(iri)
    assert path is not None
    target = folder / path
    target.parent.mkdir(parents=True, exist_ok=True)
    here = linker.at(root_for(path))
    name = path.rsplit("/", 1)[-1]
    formats = [(f"{name}{suffix}", fmt) for fmt, suffix in DOCUMENT_FORMATS.items()]
    from ..rdf.formats import FORMATS

    for lang in LANGUAGES:
        other = "en" if lang == "pl" else "pl"
        description = describe(store, terms, iri, labels, here, lang)
        html = render(
            "entity.html",
            lang,
            d=description,
            link=here,
            live=False,
            root=here.root,
            page_suffix=".html",
            other_lang_href=page_name(name, other),
            formats=[(href, FORMATS[fmt].media_type, FORMATS[fmt].label) for href, fmt in formats],
        )
        write_atomically(folder / page_name(path, lang), html.encode("utf-8"), sync=False)
    quads = document_quads(store, terms, iri)
    for href, fmt in formats:
        write_atomically(target.parent / href, serialize(quads, fmt), sync=False)
    return len(LANGUAGES) + len(formats)


def write_site(folder: Path, store: ox.Store, terms: ox.Store, base: str, hosts: list[City]) -> int:
    """Every page of the static site (not index.html, which the release writes with its file
    list); the number of files written."""
    linker = Linker(base, "", ".html")
    labels = Labels(store, terms)
    count = sum(
        write_thing(folder, store, terms, iri, labels, linker)
        for iri in site_iris(store, terms, linker)
    )
    for lang in LANGUAGES:
        other = "en" if lang == "pl" else "pl"
        common = {"link": linker, "live": False, "root": "", "page_suffix": ".html"}
        pages = {
            "timeline": render(
                "timeline.html",
                lang,
                **common,
                other_lang_href=page_name("timeline", other),
                years=timeline_years(store, labels, linker, lang),
            ),
            "map": render(
                "map.html",
                lang,
                **common,
                other_lang_href=page_name("map", other),
                drawing=map_drawing(store, hosts, labels, linker, lang),
            ),
        }
        for name, html in pages.items():
            write_atomically(folder / page_name(name, lang), html.encode("utf-8"))
            count += 1
    (folder / "docs").mkdir(exist_ok=True)
    for name, html in docs_pages("../").items():
        write_atomically(folder / "docs" / name, html.encode("utf-8"))
        count += 1
    (folder / "static").mkdir(exist_ok=True)
    write_atomically(folder / "static" / "style.css", (STATIC / "style.css").read_bytes())
    return count + 1
