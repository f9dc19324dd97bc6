"""The dataset's figures, computed from the store: what the landing page (served and released)
and the release's DCAT-AP and VoID descriptions say about the data."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from ..query.library import library
from ..vocab import PROV, UMP, changes_graph

PREFIXES = f"""PREFIX ump: <{UMP}>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
"""


@dataclass(frozen=True)
class City:
    iri: str
    name: str  # the Polish label
    geonames: str | None
    lat: float | None
    lon: float | None
    events: int


@dataclass(frozen=True)
class Facts:
    """What the description says about the data, computed from the store."""

    triples: int
    classes: dict[str, int]
    first_day: str | None
    last_day: str | None
    issued: str | None
    modified: str | None  # the day of the newest change: a source's date or an accepted entry
    cities: list[City]  # the cities where events took place, by name


def select(store: ox.Store, query: str) -> list[list[str | None]]:
    rows = store.query(PREFIXES + query, use_default_graph_as_union=True)
    assert isinstance(rows, ox.QuerySolutions)
    return [
        [t.value if isinstance(t, (ox.NamedNode, ox.Literal)) else None for t in row]
        for row in rows
    ]


def one(store: ox.Store, query: str) -> str | None:
    rows = select(store, query)
    return rows[0][0] if rows else None


def event_cities(store: ox.Store) -> list[City]:
    """The cities the library's `host-cities` query names (those where events took place), with
    their Polish name and GeoNames coordinates."""
    hosts = store.query(library()["host-cities"].text, use_default_graph_as_union=True)
    assert isinstance(hosts, ox.QuerySolutions)
    cities = []
    for row in hosts:
        iri, count = row["city"], row["events"]
        assert isinstance(iri, ox.NamedNode) and isinstance(count, ox.Literal)
        name, geonames, lat, lon = (
            select(
                store,
                f"SELECT ?name ?g ?lat ?lon WHERE {{ OPTIONAL {{ {iri} rdfs:label ?name FILTER (LANG(?name) = 'pl') }} "
                f"OPTIONAL {{ {iri} ump:geonamesId ?g }} "
                f"OPTIONAL {{ {iri} schema:latitude ?lat ; schema:longitude ?lon }} }} LIMIT 1",
            )
            or [[None, None, None, None]]
        )[0]
        cities.append(
            City(
                iri.value,
                name or iri.value,
                geonames,
                float(lat) if lat else None,
                float(lon) if lon else None,
                int(count.value),
            )
        )
    return sorted(cities, key=lambda c: (c.name, c.iri))


def newest_change(store: ox.Store) -> str | None:
    """The day of the newest change: the latest source's date, or the latest accepted entry
    (the change log's prov:endedAtTime), whichever is later."""
    source = one(
        store, "SELECT (MAX(?d) AS ?m) WHERE { ?s a ump:SourceDocument ; dcterms:issued ?d }"
    )
    logged = one(
        store,
        f"SELECT (MAX(?t) AS ?m) WHERE {{ GRAPH {changes_graph()} {{ ?c <{PROV}endedAtTime> ?t }} }}",
    )
    days = [d[:10] for d in (source, logged) if d]
    return max(days) if days else None


def facts_of(store: ox.Store, quads: list[ox.Quad]) -> Facts:
    classes = {
        str(c): int(str(k))
        for c, k in select(
            store,
            "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER STRSTARTS(STR(?c), STR(ump:)) } "
            "GROUP BY ?c ORDER BY ?c",
        )
    }
    return Facts(
        triples=len({(str(q.subject), str(q.predicate), str(q.object)) for q in quads}),
        classes=classes,
        first_day=one(store, "SELECT (MIN(?d) AS ?m) WHERE { ?e ump:startDate ?d }"),
        last_day=one(store, "SELECT (MAX(?d) AS ?m) WHERE { ?e ump:endDate|ump:startDate ?d }"),
        issued=one(
            store, "SELECT (MIN(?d) AS ?m) WHERE { ?s a ump:SourceDocument ; dcterms:issued ?d }"
        ),
        modified=newest_change(store),
        cities=event_cities(store),
    )


DCT = "http://purl.org/dc/terms/"
DCAT = "http://www.w3.org/ns/dcat#"


def described(base: str) -> dict[str, dict[str, list[str]]]:
    """The dataset's title, description and keywords by language, as the release's fixed
    DCAT-AP description (graph/publication/catalog.ttl) gives them — written once, there."""
    from ..config import layout

    text = layout().catalog.read_text(encoding="utf-8").replace("{base}", base)
    dataset = ox.NamedNode(f"{base}id/dataset/ump-kg")
    out: dict[str, dict[str, list[str]]] = {"title": {}, "description": {}, "keyword": {}}
    for quad in ox.parse(text, format=ox.RdfFormat.TURTLE):
        if quad.subject != dataset or not isinstance(quad.object, ox.Literal):
            continue
        name = quad.predicate.value.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        if name in out:
            out[name].setdefault(quad.object.language or "", []).append(quad.object.value)
    return out


def dataset_jsonld(
    base: str, facts: Facts, downloads: list[tuple[str, str, str]], page_url: str
) -> dict[str, object]:
    """schema.org Dataset markup (what Google Dataset Search and data.europa.eu read)."""
    text = described(base)
    data: dict[str, object] = {
        "@context": "https://schema.org/",
        "@type": "Dataset",
        "@id": f"{base}id/dataset/ump-kg",
        "name": text["title"].get("pl", [""])[0],
        "alternateName": text["title"].get("en", [""])[0],
        "description": " ".join(
            text["description"].get("pl", []) + text["description"].get("en", [])
        ),
        "url": page_url,
        "sameAs": f"{base}id/dataset/ump-kg",
        "license": "https://creativecommons.org/licenses/by/4.0/",
        "isAccessibleForFree": True,
        "inLanguage": ["pl", "en"],
        "keywords": sorted(k for words in text["keyword"].values() for k in words),
        "creator": {"@type": "Organization", "name": "ump-kg", "url": "https://w3id.org/ump-kg/"},
        "spatialCoverage": {
            "@type": "Place",
            "name": "Polska / Poland",
            "containsPlace": [
                {
                    "@type": "City",
                    "name": c.name,
                    "geo": {"@type": "GeoCoordinates", "latitude": c.lat, "longitude": c.lon},
                }
                for c in facts.cities
                if c.lat is not None
            ],
        },
        "distribution": [
            {"@type": "DataDownload", "contentUrl": href, "encodingFormat": media, "name": label}
            for href, media, label in downloads
        ],
    }
    if facts.first_day and facts.last_day:
        data["temporalCoverage"] = f"{facts.first_day}/{facts.last_day}"
    if facts.issued:
        data["datePublished"] = facts.issued
    if facts.modified:
        data["dateModified"] = facts.modified
    return data
