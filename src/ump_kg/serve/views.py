"""What the browser pages show, computed from the store: search hits, result tables with labels,
the timeline of events, the offline map (an SVG outline of Poland with the cities)."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox

from ..language.resolve import Names, fold
from ..query.library import library
from ..rdf.formats import FORMATS
from ..vocab import UMP
from .describe import Link
from .figures import City
from .pages import STATIC, Labels, Linker
from .workers import Reply

# The formats of an IRI's RDF documents: the triple formats of the registry.
DOCUMENT_FORMATS = {name: spec.suffix for name, spec in FORMATS.items() if not spec.keeps_graphs}
MAX_HITS = 50


@dataclass(frozen=True)
class Hit:
    link: Link
    kinds: list[str]
    exact: bool  # found by the resolver (any case form), not only by a part of a name


def search_hits(names: Names, labels: Labels, linker: Linker, text: str, lang: str) -> list[Hit]:
    """Things named `text` in any grammatical case (the resolver behind --param city=), then
    things whose names contain it."""
    exact = names.candidates(text)
    hits = {
        iri: Hit(link_of(iri, labels, linker, lang), kind_labels(kinds, labels, lang), True)
        for iri, kinds in exact.items()
    }
    needle = fold(text)
    for key, found in sorted(names.index.items()):
        if len(hits) >= MAX_HITS:
            break
        if needle and needle in key:
            for iri, kinds in sorted(found.items()):
                hits.setdefault(
                    iri,
                    Hit(
                        link_of(iri, labels, linker, lang), kind_labels(kinds, labels, lang), False
                    ),
                )
    return sorted(hits.values(), key=lambda h: (not h.exact, h.link.label.lower(), h.link.iri))[
        :MAX_HITS
    ]


def link_of(iri: str, labels: Labels, linker: Linker, lang: str) -> Link:
    return Link(iri, labels.label(iri, lang), linker.href(iri))


def kind_labels(kinds: set[str], labels: Labels, lang: str) -> list[str]:
    return sorted(labels.label(k if "://" in k else UMP + k, lang) for k in kinds)


@dataclass(frozen=True)
class Cell:
    text: str
    link: Link | None


@dataclass(frozen=True)
class Table:
    names: list[str]
    rows: list[list[Cell]]
    truncated: bool
    boolean: bool | None = None


def result_table(reply: Reply, labels: Labels, linker: Linker, lang: str) -> Table:
    data = json.loads(reply.body)
    if "boolean" in data:
        return Table([], [], False, bool(data["boolean"]))
    names = data["head"]["vars"]
    rows = []
    for binding in data["results"]["bindings"]:
        row = []
        for name in names:
            term = binding.get(name)
            if term is None:
                row.append(Cell("", None))
            elif term["type"] == "uri":
                link = link_of(term["value"], labels, linker, lang)
                row.append(Cell(link.label, link))
            else:
                row.append(Cell(str(term["value"]), None))
        rows.append(row)
    return Table(names, rows, reply.truncated)


@dataclass(frozen=True)
class Event:
    link: Link
    kind: str
    city: Link
    start: str
    end: str


def timeline_years(
    store: ox.Store, labels: Labels, linker: Linker, lang: str
) -> list[tuple[str, list[Event]]]:
    """The library's `timeline` query, grouped by year (undated events last)."""
    rows = store.query(library()["timeline"].text, use_default_graph_as_union=True)
    assert isinstance(rows, ox.QuerySolutions)
    years: dict[str, list[Event]] = {}
    for row in rows:
        event, kind, city = row["event"], row["type"], row["city"]
        assert (
            isinstance(event, ox.NamedNode)
            and isinstance(kind, ox.NamedNode)
            and isinstance(city, ox.NamedNode)
        )
        year = row["year"].value if row["year"] is not None else "—"
        years.setdefault(year, []).append(
            Event(
                link_of(event.value, labels, linker, lang),
                labels.label(kind.value, lang),
                link_of(city.value, labels, linker, lang),
                row["start"].value if row["start"] is not None else "",
                row["end"].value if row["end"] is not None else "",
            )
        )
    return list(years.items())


@dataclass(frozen=True)
class Point:
    link: Link
    x: float
    y: float
    events: int


@dataclass(frozen=True)
class Drawing:
    width: int
    height: int
    outline: str  # SVG path data
    points: list[Point]


@cache
def outline_rings() -> list[list[list[float]]]:
    data = json.loads((STATIC / "poland-outline.json").read_text(encoding="utf-8"))
    rings: list[list[list[float]]] = data["rings"]
    return rings


WIDTH = 640
WEST, EAST, SOUTH, NORTH = 14.0, 24.3, 48.9, 55.0  # Poland's extent, degrees, with a margin
SCALE_X = math.cos(math.radians((SOUTH + NORTH) / 2))  # equirectangular at the middle latitude


def project(lon: float, lat: float) -> tuple[float, float]:
    k = WIDTH / ((EAST - WEST) * SCALE_X)
    return round((lon - WEST) * SCALE_X * k, 1), round((NORTH - lat) * k, 1)


def city_points(store: ox.Store) -> dict[str, tuple[float, float]]:
    """Every city with coordinates in the graph (GeoNames, reference data)."""
    query = (
        f"SELECT ?c ?lat ?lon WHERE {{ ?c a <{UMP}City> ; <https://schema.org/latitude> ?lat ; "
        "<https://schema.org/longitude> ?lon }"
    )
    rows = store.query(query, use_default_graph_as_union=True)
    assert isinstance(rows, ox.QuerySolutions)
    return {row["c"].value: (float(row["lon"].value), float(row["lat"].value)) for row in rows}


def map_drawing(
    store: ox.Store, hosts: list[City], labels: Labels, linker: Linker, lang: str
) -> Drawing:
    """The outline of Poland and every city with coordinates; cities that hosted events carry
    their number of events."""
    events = {c.iri: c.events for c in hosts}
    outline = " ".join(
        "M" + " L".join(f"{x},{y}" for x, y in (project(lon, lat) for lon, lat in ring)) + " Z"
        for ring in outline_rings()
    )
    points = [
        Point(link_of(iri, labels, linker, lang), *project(lon, lat), events.get(iri, 0))
        for iri, (lon, lat) in sorted(city_points(store).items())
    ]
    height = int(project(WEST, SOUTH)[1]) + 1
    return Drawing(WIDTH, height, outline, sorted(points, key=lambda p: p.link.label))
