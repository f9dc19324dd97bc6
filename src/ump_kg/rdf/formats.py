"""The one registry of RDF formats: the names the command line offers, the file suffixes read and
written, media types and EU file types (for the release catalogue), and pyoxigraph's format."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..errors import UserError


@dataclass(frozen=True)
class Format:
    name: str  # as the command line spells it: --format ttl
    rdf: ox.RdfFormat
    suffixes: tuple[str, ...]  # the first is the one written; all are read
    media_type: str  # IANA
    eu_file_type: str  # http://publications.europa.eu/resource/authority/file-type/…
    label: str
    keeps_graphs: bool  # N-Quads and TriG keep named graphs; the others merge them

    @property
    def suffix(self) -> str:
        return self.suffixes[0]


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("ttl", ox.RdfFormat.TURTLE, (".ttl",), "text/turtle", "RDF_TURTLE", "Turtle", False),
        Format(
            "nt",
            ox.RdfFormat.N_TRIPLES,
            (".nt",),
            "application/n-triples",
            "RDF_N_TRIPLES",
            "N-Triples",
            False,
        ),
        Format(
            "nq",
            ox.RdfFormat.N_QUADS,
            (".nq",),
            "application/n-quads",
            "RDF_N_QUADS",
            "N-Quads",
            True,
        ),
        Format("trig", ox.RdfFormat.TRIG, (".trig",), "application/trig", "RDF_TRIG", "TriG", True),
        Format(
            "jsonld",
            ox.RdfFormat.JSON_LD,
            (".jsonld", ".json"),
            "application/ld+json",
            "JSON_LD",
            "JSON-LD",
            False,
        ),
        Format(
            "rdfxml",
            ox.RdfFormat.RDF_XML,
            (".rdf", ".owl"),
            "application/rdf+xml",
            "RDF_XML",
            "RDF/XML",
            False,
        ),
    )
}
NAMES = tuple(FORMATS)  # the --format choices, in this order
BY_SUFFIX: dict[str, Format] = {s: f for f in FORMATS.values() for s in f.suffixes}


def named(name: str) -> Format:
    try:
        return FORMATS[name]
    except KeyError:
        raise UserError(
            f"unknown export format '{name}'", fix=f"use one of {', '.join(FORMATS)}"
        ) from None


def of_file(path: Path) -> Format:
    """The format a file's suffix names; a UserError naming the known suffixes otherwise."""
    try:
        return BY_SUFFIX[path.suffix.lower()]
    except KeyError:
        raise UserError(
            f"unknown RDF file type '{path.suffix or '(none)'}'",
            where=str(path),
            fix=f"name the file with one of {', '.join(BY_SUFFIX)}",
        ) from None
