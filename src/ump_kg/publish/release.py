"""`ump-kg release DIR`: the graph in every format, the ontology and shapes, a DCAT-AP 3.0.1
description (catalog.ttl), a VoID description (void.ttl), SHA-256 checksums and index.html.
Everything is computed from the store's content, so the same store gives the same bytes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..config import DEFAULT_BASE, base_iri, layout
from ..errors import UserError, os_error
from ..progress import progress
from ..rdf.formats import FORMATS
from ..rdf.write import serialize, write_atomically
from ..serve.describe import ontology_store
from ..serve.figures import Facts, dataset_jsonld, facts_of
from ..serve.pages import LANGUAGES, Labels, Linker, render
from ..serve.site import write_site
from ..store.store import named_graph_quads, open_store
from ..vocab import RDF_TYPE, UMP, XSD

DOWNLOAD_DEFAULT = f"{DEFAULT_BASE}release/"
EU = "http://publications.europa.eu/resource/authority/"
IANA = "https://www.iana.org/assignments/media-types/"
DCAT, DCT = "http://www.w3.org/ns/dcat#", "http://purl.org/dc/terms/"
SPDX = "http://spdx.org/rdf/terms#"
VOID = "http://rdfs.org/ns/void#"


@dataclass(frozen=True)
class FileEntry:
    name: str
    size: int
    sha256: str


Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]


def n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def lit(value: str, lang: str | None = None, datatype: str | None = None) -> ox.Literal:
    if lang:
        return ox.Literal(value, language=lang)
    return ox.Literal(value, datatype=n(datatype)) if datatype else ox.Literal(value)


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
        (c.lat, c.lon, c.geonames) for c in facts.cities if c.lat is not None and c.lon is not None
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


def check_folder(folder: Path, force: bool) -> None:
    """A release goes into a new or empty folder (or, with --force, over an earlier release);
    never through a symbolic link, whether the folder or a file in it."""
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        raise UserError(
            "not a folder (or a symbolic link): refusing to write a release there",
            where=str(folder),
            fix="name a new or empty folder",
        )
    if not folder.exists():
        return
    try:
        present = sorted(p.name for p in folder.iterdir())
    except OSError as err:
        raise os_error(err, "cannot read the folder", folder) from None
    if present and not force:
        shown = ", ".join(present[:3]) + (", …" if len(present) > 3 else "")
        raise UserError(
            f"the folder is not empty ({len(present)} entries: {shown})",
            where=str(folder),
            fix="name a new or empty folder, or add --force to replace the files of a release there",
        )
    links = [p.name for p in folder.iterdir() if p.is_symlink()]
    if links:
        raise UserError(
            f"the folder holds symbolic links ({', '.join(sorted(links)[:3])}): "
            "a release never writes through them",
            where=str(folder),
            fix="remove them or name another folder",
        )


def release(
    store_path: Path,
    folder: Path,
    download: str = DOWNLOAD_DEFAULT,
    force: bool = False,
    show_progress: bool = False,
) -> list[FileEntry]:
    """The data files, their description and checksums, and the static site (pages of every IRI,
    timeline, map, documentation, the landing page index.html)."""
    check_folder(folder, force)
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
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise os_error(err, "cannot create the folder", folder) from None
        write_site(folder, store, ontology_store(), base, facts.cities)
        class_labels = Labels(store, ontology_store())
    paths = layout()
    with progress(len(FORMATS) + 4 + len(LANGUAGES), "release", quiet=not show_progress) as advance:

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
        for lang in LANGUAGES:
            name = "index.html" if lang == "pl" else f"index.{lang}.html"
            page = index_html(base, download, facts, entries, class_labels, lang)
            entries.append(written(name, page.encode("utf-8")))
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


def index_html(
    base: str, download: str, facts: Facts, entries: list[FileEntry], labels: Labels, lang: str
) -> str:
    """The landing page: the figures, schema.org Dataset markup, alternate links to the RDF
    files, the file list with checksums, links to the documentation and the site's pages."""
    data_files = [
        (e.name, FORMATS[f].media_type, FORMATS[f].label)
        for e in entries
        for f, spec in FORMATS.items()
        if e.name == f"ump-kg{spec.suffix}"
    ]
    dataset = dataset_jsonld(
        base, facts, [(download + n, m, lbl) for n, m, lbl in data_files], download
    )
    return render(
        "home.html",
        lang,
        facts=facts,
        class_labels={c: labels.label(c, lang) for c in facts.classes},
        files=entries,
        downloads=data_files,
        dataset=dataset,
        link=Linker(base, "", ".html"),
        live=False,
        root="",
        page_suffix=".html",
        other_lang_href="index.en.html" if lang == "pl" else "index.html",
    )
