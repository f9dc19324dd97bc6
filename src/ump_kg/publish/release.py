"""`ump-kg release DIR`: the graph in every format, the ontology and shapes, a DCAT-AP 3.0.1
description (catalog.ttl), a VoID description (void.ttl), SHA-256 checksums and index.html.
Everything is computed from the store's content, so the same store gives the same bytes."""

from __future__ import annotations

import hashlib
import html
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..config import DEFAULT_BASE, base_iri, layout
from ..errors import UserError
from ..ingest.progress import progress
from ..rdf.formats import FORMATS
from ..rdf.prefixes import compact
from ..rdf.write import serialize, write_atomically
from ..store.store import named_graph_quads, open_store
from ..vocab import RDF_TYPE, UMP, XSD

DOWNLOAD_DEFAULT = f"{DEFAULT_BASE}release/"
EU = "http://publications.europa.eu/resource/authority/"
IANA = "https://www.iana.org/assignments/media-types/"
DCAT, DCT = "http://www.w3.org/ns/dcat#", "http://purl.org/dc/terms/"
SPDX = "http://spdx.org/rdf/terms#"
VOID = "http://rdfs.org/ns/void#"
PREFIXES = f"""PREFIX ump: <{UMP}>
PREFIX dcterms: <{DCT}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


@dataclass(frozen=True)
class FileEntry:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Facts:
    """What the description says about the data, computed from the store."""

    triples: int
    classes: dict[str, int]
    first_day: str | None
    last_day: str | None
    issued: str | None
    modified: str | None
    cities: list[
        tuple[str, str, str | None, float | None, float | None]
    ]  # IRI, name, GeoNames id, lat, long


Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]


def n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def lit(value: str, lang: str | None = None, datatype: str | None = None) -> ox.Literal:
    if lang:
        return ox.Literal(value, language=lang)
    return ox.Literal(value, datatype=n(datatype)) if datatype else ox.Literal(value)


def select(store: ox.Store, query: str) -> list[list[str | None]]:
    rows = store.query(PREFIXES + query, use_default_graph_as_union=True)
    assert isinstance(rows, ox.QuerySolutions)
    return [
        [t.value if isinstance(t, (ox.NamedNode, ox.Literal)) else None for t in row]
        for row in rows
    ]


def facts_of(store: ox.Store, quads: list[ox.Quad]) -> Facts:
    def one(query: str) -> str | None:
        rows = select(store, query)
        return rows[0][0] if rows else None

    classes = {
        str(c): int(str(k))
        for c, k in select(
            store,
            "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER STRSTARTS(STR(?c), STR(ump:)) } "
            "GROUP BY ?c ORDER BY ?c",
        )
    }
    cities = [
        (str(c), str(name), g, float(lat) if lat else None, float(lon) if lon else None)
        for c, name, g, lat, lon in select(
            store,
            "SELECT DISTINCT ?c ?name ?g ?lat ?lon WHERE { ?e ump:inCity ?c . ?c a ump:City ; rdfs:label ?name "
            "FILTER (LANG(?name) = 'pl') OPTIONAL { ?c ump:geonamesId ?g } "
            "OPTIONAL { ?c <https://schema.org/latitude> ?lat ; <https://schema.org/longitude> ?lon } } ORDER BY ?name",
        )
    ]
    return Facts(
        triples=len({(str(q.subject), str(q.predicate), str(q.object)) for q in quads}),
        classes=classes,
        first_day=one("SELECT (MIN(?d) AS ?m) WHERE { ?e ump:startDate ?d }"),
        last_day=one("SELECT (MAX(?d) AS ?m) WHERE { ?e ump:endDate|ump:startDate ?d }"),
        issued=one("SELECT (MIN(?d) AS ?m) WHERE { ?s a ump:SourceDocument ; dcterms:issued ?d }"),
        modified=one(
            "SELECT (MAX(?d) AS ?m) WHERE { ?s a ump:SourceDocument ; dcterms:issued ?d }"
        ),
        cities=cities,
    )


def write_file(folder: Path, name: str, data: bytes) -> FileEntry:
    write_atomically(folder / name, data)
    return FileEntry(name, len(data), hashlib.sha256(data).hexdigest())


def distribution(
    base: str, download: str, fmt: str, entry: FileEntry, title: str, conforms: str | None
) -> list[Triple]:
    spec = FORMATS[fmt]
    media, file_type, name = spec.media_type, spec.eu_file_type, spec.label
    dist = n(f"{base}id/distribution/{entry.name.replace('.', '-')}")
    checksum = n(f"{dist.value}/checksum")
    triples: list[Triple] = [
        (dist, n(RDF_TYPE), n(DCAT + "Distribution")),
        (dist, n(DCT + "title"), lit(f"{title} ({name})", "pl")),
        (dist, n(DCT + "title"), lit(f"{title} ({name})", "en")),
        (dist, n(DCT + "description"), lit(f"Plik {entry.name} w formacie {name}.", "pl")),
        (dist, n(DCT + "description"), lit(f"The file {entry.name} in {name}.", "en")),
        (dist, n(DCAT + "accessURL"), n(download)),
        (dist, n(DCAT + "downloadURL"), n(download + entry.name)),
        (dist, n(DCAT + "mediaType"), n(IANA + media)),
        (n(IANA + media), n(RDF_TYPE), n(DCT + "MediaType")),
        (dist, n(DCT + "format"), n(f"{EU}file-type/{file_type}")),
        (n(f"{EU}file-type/{file_type}"), n(RDF_TYPE), n(DCT + "MediaTypeOrExtent")),
        (
            n(f"{EU}file-type/{file_type}"),
            n("http://www.w3.org/2004/02/skos/core#inScheme"),
            n(f"{EU}file-type"),
        ),
        (dist, n(DCAT + "byteSize"), lit(str(entry.size), datatype=XSD + "nonNegativeInteger")),
        (dist, n(DCT + "license"), n(f"{EU}licence/CC_BY_4_0")),
        (dist, n(DCT + "rights"), n(f"{EU}access-right/PUBLIC")),
        (dist, n("http://data.europa.eu/r5r/availability"), n(f"{EU}planned-availability/STABLE")),
        (dist, n(SPDX + "checksum"), checksum),
        (checksum, n(RDF_TYPE), n(SPDX + "Checksum")),
        (checksum, n(SPDX + "algorithm"), n(SPDX + "checksumAlgorithm_sha256")),
        (checksum, n(SPDX + "checksumValue"), lit(entry.sha256, datatype=XSD + "hexBinary")),
    ]
    if conforms:
        triples.append((dist, n(DCT + "conformsTo"), n(conforms)))
    return triples


def computed_description(base: str, facts: Facts) -> list[Triple]:
    dataset = n(f"{base}id/dataset/ump-kg")
    triples: list[Triple] = []
    for prop, value in ((DCT + "issued", facts.issued), (DCT + "modified", facts.modified)):
        if value:
            triples.append((dataset, n(prop), lit(value, datatype=XSD + "date")))
            triples.append(
                (n(f"{base}id/catalog/ump-kg"), n(prop), lit(value, datatype=XSD + "date"))
            )
    if facts.first_day and facts.last_day:
        period = n(f"{base}id/period/events")
        triples += [
            (dataset, n(DCT + "temporal"), period),
            (period, n(RDF_TYPE), n(DCT + "PeriodOfTime")),
            (period, n(DCAT + "startDate"), lit(facts.first_day, datatype=XSD + "date")),
            (period, n(DCAT + "endDate"), lit(facts.last_day, datatype=XSD + "date")),
        ]
    triples.append((dataset, n(DCT + "spatial"), n(f"{EU}country/POL")))
    return triples + cities_covered(base, dataset, facts)


def cities_covered(base: str, dataset: ox.NamedNode, facts: Facts) -> list[Triple]:
    """One location for the cities where the events took place: its bounding box and centre are
    computed from their GeoNames coordinates; each city's GeoNames IRI is a part of it."""
    located = [
        (lat, lon, g) for _, _, g, lat, lon in facts.cities if lat is not None and lon is not None
    ]
    if not located:
        return []
    wkt = "http://www.opengis.net/ont/geosparql#wktLiteral"
    lats, lons = [c[0] for c in located], [c[1] for c in located]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    area = n(f"{base}id/coverage/event-cities")
    triples: list[Triple] = [
        (dataset, n(DCT + "spatial"), area),
        (area, n(RDF_TYPE), n(DCT + "Location")),
        (
            area,
            n("http://www.w3.org/2000/01/rdf-schema#label"),
            lit("Miasta, w których odbyły się wydarzenia", "pl"),
        ),
        (
            area,
            n("http://www.w3.org/2000/01/rdf-schema#label"),
            lit("Cities where the events took place", "en"),
        ),
        (
            area,
            n(DCAT + "bbox"),
            lit(
                f"POLYGON(({west} {south}, {east} {south}, {east} {north}, {west} {north}, {west} {south}))",
                datatype=wkt,
            ),
        ),
        (
            area,
            n(DCAT + "centroid"),
            lit(f"POINT({sum(lons) / len(lons):.5f} {sum(lats) / len(lats):.5f})", datatype=wkt),
        ),
    ]
    triples += [
        (area, n(DCT + "hasPart"), n(f"https://sws.geonames.org/{g}/")) for _, _, g in located if g
    ]
    return triples


def void_description(
    base: str, download: str, facts: Facts, entries: list[FileEntry]
) -> list[Triple]:
    dataset = n(f"{base}id/dataset/ump-kg")
    triples: list[Triple] = [
        (dataset, n(RDF_TYPE), n(VOID + "Dataset")),
        (dataset, n(VOID + "triples"), lit(str(facts.triples), datatype=XSD + "integer")),
        (dataset, n(VOID + "uriSpace"), lit(f"{base}id/")),
        (dataset, n(VOID + "vocabulary"), n(UMP)),
        (dataset, n(VOID + "classes"), lit(str(len(facts.classes)), datatype=XSD + "integer")),
    ]
    for entry in entries:
        if entry.name.startswith("ump-kg.") and entry.name.endswith((".nt", ".ttl")):
            triples.append((dataset, n(VOID + "dataDump"), n(download + entry.name)))
    for cls, count in facts.classes.items():
        partition = n(f"{base}id/dataset/ump-kg/class/{cls.rsplit('/', 1)[1]}")
        triples += [
            (dataset, n(VOID + "classPartition"), partition),
            (partition, n(VOID + "class"), n(cls)),
            (partition, n(VOID + "entities"), lit(str(count), datatype=XSD + "integer")),
        ]
    return triples


def quads_of(triples: list[Triple]) -> list[ox.Quad]:
    return [ox.Quad(s, p, o) for s, p, o in triples]


def release(
    store_path: Path,
    folder: Path,
    download: str = DOWNLOAD_DEFAULT,
    show_progress: bool = False,
) -> list[FileEntry]:
    base = base_iri()
    download = download if download.endswith("/") else download + "/"
    with open_store(store_path, writable=False) as store:
        quads = named_graph_quads(store)
        if not quads:
            raise UserError(
                "the store is empty: nothing to release",
                where=str(store_path),
                fix="run ump-kg build first",
            )
        facts = facts_of(store, quads)
    folder.mkdir(parents=True, exist_ok=True)
    paths = layout()
    with progress(len(FORMATS) + 5, "release", quiet=not show_progress) as advance:

        def written(name: str, data: bytes) -> FileEntry:
            entry = write_file(folder, name, data)
            advance(name)
            return entry

        entries = [
            written(f"ump-kg{spec.suffix}", serialize(quads, fmt)) for fmt, spec in FORMATS.items()
        ]
        entries.append(written("ump-kg-ontology.ttl", paths.ontology.read_bytes()))
        entries.append(written("ump-kg-shapes.ttl", paths.shapes.read_bytes()))
        catalog = catalog_quads(base, download, facts, entries)
        entries.append(written("catalog.ttl", serialize(catalog, "ttl")))
        void = void_description(base, download, facts, entries)
        entries.append(written("void.ttl", serialize(quads_of(void), "ttl")))
        entries.append(written("index.html", index_html(facts, entries).encode("utf-8")))
    sums = "".join(f"{e.sha256}  {e.name}\n" for e in entries)
    write_file(folder, "SHA256SUMS", sums.encode())
    return entries


def catalog_quads(
    base: str, download: str, facts: Facts, entries: list[FileEntry]
) -> list[ox.Quad]:
    template = layout().catalog.read_text(encoding="utf-8")
    fixed = list(ox.parse(template.replace("{base}", base), format=ox.RdfFormat.TURTLE))
    dataset = n(f"{base}id/dataset/ump-kg")
    triples = computed_description(base, facts)
    for entry in entries:
        fmt = next((f for f, spec in FORMATS.items() if entry.name == f"ump-kg{spec.suffix}"), None)
        if fmt:
            title, conforms = "Graf ump-kg / ump-kg graph", UMP
        elif entry.name == "ump-kg-ontology.ttl":
            fmt, title, conforms = (
                "ttl",
                "Ontologia ump-kg / ump-kg ontology",
                "http://www.w3.org/2002/07/owl",
            )
        else:
            fmt, title, conforms = (
                "ttl",
                "Kształty SHACL / SHACL shapes",
                "http://www.w3.org/ns/shacl",
            )
        triples += distribution(base, download, fmt, entry, title, conforms)
        triples.append(
            (
                dataset,
                n(DCAT + "distribution"),
                n(f"{base}id/distribution/{entry.name.replace('.', '-')}"),
            )
        )
    for standard in ("http://www.w3.org/2002/07/owl", "http://www.w3.org/ns/shacl"):
        triples.append((n(standard), n(RDF_TYPE), n(DCT + "Standard")))
    return fixed + quads_of(triples)


def index_html(facts: Facts, entries: list[FileEntry]) -> str:
    e = html.escape
    rows = "\n".join(
        f"<tr><td>{e(compact(c))}</td><td>{k}</td></tr>"
        for c, k in sorted(facts.classes.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    files = "\n".join(
        f'<tr><td><a href="{e(f.name)}">{e(f.name)}</a></td><td>{f.size:,}</td><td><code>{f.sha256}</code></td></tr>'
        for f in entries
    )
    cities = ", ".join(e(c[1]) for c in facts.cities) or "—"
    span = f"{facts.first_day} – {facts.last_day}" if facts.first_day else "—"
    return f"""<!DOCTYPE html>
<html lang="pl">
<head><meta charset="utf-8"><title>ump-kg — wydanie / release</title></head>
<body>
<h1>ump-kg: współpraca miast polskich w dziedzinie migracji i integracji</h1>
<p lang="en">Knowledge graph of the cooperation of Polish cities on migration and integration.</p>
<ul>
<li>Trójki / triples: {facts.triples:,}</li>
<li>Okres wydarzeń / time span of events: {e(span)}</li>
<li>Miasta wydarzeń / cities of events: {cities}</li>
<li>Licencja / licence: <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></li>
<li>Opis DCAT-AP / DCAT-AP description: <a href="catalog.ttl">catalog.ttl</a>; VoID: <a href="void.ttl">void.ttl</a></li>
</ul>
<h2>Klasy / classes</h2>
<table><tr><th>klasa / class</th><th>liczba / count</th></tr>
{rows}
</table>
<h2>Pliki / files</h2>
<table><tr><th>plik / file</th><th>bajty / bytes</th><th>SHA-256</th></tr>
{files}
</table>
<h2>Jak cytować / how to cite</h2>
<p>ump-kg: graf wiedzy o współpracy miast Unii Metropolii Polskich w dziedzinie migracji i integracji
({e(facts.modified or "")}), https://w3id.org/ump-kg/, CC BY 4.0.</p>
</body>
</html>
"""
