"""Rendering pages: the Jinja2 templates (package data in serve/templates/, shared by `serve`,
`release` and `docs`), the words of the interface in Polish and English, labels of IRIs in a
language, and links from IRIs to pages (served: the IRI's own path; static: a relative .html)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
import pyoxigraph as ox
from markupsafe import Markup

from ..rdf.prefixes import compact

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
LANGUAGES = ("pl", "en")
SAFE_SCHEMES = ("http://", "https://")
LABEL_PROPERTIES = (
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "https://schema.org/name",
    "http://xmlns.com/foaf/0.1/name",
    "http://purl.org/dc/terms/title",
    "http://www.w3.org/2006/vcard/ns#fn",
)


def read_words() -> dict[str, tuple[str, str]]:
    """The interface's words in both languages (the data's own labels come from the graph): the
    table templates/words.tsv, one word a row (key, Polish, English) below a header, for
    translators to edit without touching code."""
    rows = (TEMPLATES / "words.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {key: (pl, en) for key, pl, en in (row.split("\t") for row in rows)}


WORDS = read_words()


def words(lang: str) -> dict[str, str]:
    index = LANGUAGES.index(lang) if lang in LANGUAGES else 0
    return {key: pair[index] for key, pair in WORDS.items()}


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=jinja2.select_autoescape(["html"]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["compact"] = compact
    env.filters["json_script"] = json_script
    return env


def json_script(value: Any) -> Markup:
    """JSON safe inside <script>: '<', '>' and '&' escaped, so no text can close the element."""
    text = json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def render(template: str, lang: str, **context: Any) -> str:
    return environment().get_template(template).render(lang=lang, w=words(lang), **context)


@dataclass(frozen=True)
class Linker:
    """Where the page of an IRI is. Served, an IRI under the base is linked by its own path (the
    server negotiates); a static site links the `.html` file, relative to the page (`root`)."""

    base: str
    root: str = "/"
    page_suffix: str = ""

    def local_path(self, iri: str) -> str | None:
        """'id/city/lublin' for an IRI under the base's id/ or def/, else None."""
        if not iri.startswith(self.base):
            return None
        rest = iri[len(self.base) :]
        if rest.startswith(("id/", "def/")) and len(rest.split("/")) >= 2 and rest.split("/")[1]:
            return rest
        return None

    def href(self, iri: str) -> str:
        """The page's link for an IRI; an IRI of another scheme than http(s) (`javascript:` in
        an entry, say) is not made a link."""
        path = self.local_path(iri)
        if path:
            return self.root + path + self.page_suffix
        return iri if iri.startswith(SAFE_SCHEMES) else "#"

    def at(self, root: str) -> Linker:
        return Linker(self.base, root, self.page_suffix)


def root_for(path: str) -> str:
    """The relative way back to the site's root from a page at `path` ('id/city/x' -> '../../')."""
    return "../" * path.count("/")


class Labels:
    """Labels of IRIs in a language (else Polish, English, any, the compact IRI), looked up in the
    data and in the ontology."""

    def __init__(self, *stores: ox.Store) -> None:
        self.stores = stores
        self.cache: dict[tuple[str, str], str] = {}

    def label(self, iri: str, lang: str) -> str:
        key = (iri, lang)
        if key not in self.cache:
            self.cache[key] = self.lookup(iri, lang) or compact(iri)
        return self.cache[key]

    def lookup(self, iri: str, lang: str) -> str | None:
        preference = [lang, "pl", "en", ""]
        best: tuple[int, int, str] | None = None
        node = ox.NamedNode(iri)
        for store in self.stores:
            for rank_p, prop in enumerate(LABEL_PROPERTIES):
                for quad in store.quads_for_pattern(node, ox.NamedNode(prop), None):
                    value = quad.object
                    if not isinstance(value, ox.Literal):
                        continue
                    tag = value.language or ""
                    rank = preference.index(tag) if tag in preference else len(preference)
                    candidate = (rank, rank_p, value.value)
                    if best is None or candidate < best:
                        best = candidate
        return best[2] if best else None
