"""Write a synthetic graph shaped like the real one: same ontology, same shapes, same named
graphs (reference data + one graph per "document"), and the same proportions of events,
organisations, people, posts, projects and provenance, because every document's triples are
made by the extractor's own emitter from synthetic facts about synthetic Polish sentences.

    python scripts/generate.py --triples 100000 -o /tmp/g100k.nq [--violations 20 --manifest v.json]

With --violations N, N documents get one known defect each (end before start, impossible date,
missing city, a person where a city belongs, a label without a language, an event dated after
its report, a missing English label); the manifest lists (kind, focus IRI) for each.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

import pyoxigraph as ox
import rdflib

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ump_kg.config import base_iri  # noqa: E402
from ump_kg.extract.context import DocumentContext, Fact  # noqa: E402
from ump_kg.extract.document import SourceDocument  # noqa: E402
from ump_kg.extract.emit import emit  # noqa: E402
from ump_kg.extract.pipeline import knowledge  # noqa: E402
from ump_kg.extract.sentences import Sentence  # noqa: E402
from ump_kg.store.load import read_into_graphs  # noqa: E402
from ump_kg.validate.shacl import SH  # noqa: E402, F401  (its import quiets rdflib's log of ill-typed dates)
from ump_kg.vocab import RDF_TYPE, UMP, XSD  # noqa: E402

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
FIRST = [
    "Anna",
    "Piotr",
    "Katarzyna",
    "Tomasz",
    "Agnieszka",
    "Paweł",
    "Magdalena",
    "Michał",
    "Ewa",
    "Marcin",
]
LAST = [
    "Nowak",
    "Kowalczyk",
    "Wiśniewski",
    "Wójcik",
    "Kamiński",
    "Lewandowski",
    "Zieliński",
    "Szymański",
]
THEMES = [
    "edukacja",
    "zatrudnienie",
    "bezpieczenstwo",
    "kultura",
    "pomoc-spoleczna",
    "zdrowie",
    "integracja",
    "przeciwdzialanie-dyskryminacji",
    "zarzadzanie-roznorodnoscia",
    "miedzykulturowosc",
]
VIOLATIONS = [
    "end-before-start",
    "impossible-date",
    "no-city",
    "person-as-city",
    "label-without-language",
    "after-report",
    "no-english-label",
]


class Writer:
    """Builds one synthetic document: its text grows sentence by sentence; facts point at them."""

    def __init__(self, number: int, published: dt.date) -> None:
        self.text = ""
        self.number = number
        self.published = published

    def sentence(self, text: str) -> Sentence:
        start = len(self.text)
        self.text += text + "\n\n"
        return Sentence(start, start + len(text), text)


def literal(value: str, datatype: str) -> rdflib.Literal:
    return rdflib.Literal(value, datatype=datatype)


def make_document(
    number: int,
    rng: random.Random,
    cities: list[tuple[str, str]],
    orgs: list[str],
    violation: str | None,
    manifest: list[dict[str, str]],
) -> list[ox.Quad]:
    base = base_iri()
    year = rng.randint(2015, 2025)
    published = dt.date(year, 12, 31)
    writer = Writer(number, published)
    doc_slug = f"synthetic-{number:06d}"
    facts: list[Fact] = []
    team = f"{base}id/organisation/ump-zespol-migracji-i-integracji"
    offices = knowledge().reference.office_of_city

    def fact(s: str, p: str, o: object, sentence: Sentence) -> None:
        facts.append(Fact(s, p if p.startswith("http") else UMP + p, o, sentence))  # type: ignore[arg-type]

    def entity(iri: str, cls: str, pl: str, en: str, sentence: Sentence) -> None:
        facts.append(Fact(iri, RDF_TYPE, UMP + cls, sentence))
        facts.append(Fact(iri, RDFS_LABEL, rdflib.Literal(pl, lang="pl"), sentence))
        facts.append(Fact(iri, RDFS_LABEL, rdflib.Literal(en, lang="en"), sentence))

    for meeting_number in range(rng.randint(2, 4)):
        city_iri, city_name = rng.choice(cities)
        start = dt.date(year, rng.randint(1, 11), rng.randint(1, 27))
        end = start + dt.timedelta(days=rng.randint(0, 1))
        meeting = f"{base}id/meeting/{start.isoformat()}-{city_iri.rsplit('/', 1)[1]}-{number}-{meeting_number}"
        s = writer.sentence(
            f"Posiedzenie Zespołu w mieście {city_name} {start.day}-{end.day} {start.month} {year} r."
        )
        entity(
            meeting,
            "TeamMeeting",
            f"Posiedzenie Zespołu, {city_name}, {start}",
            f"Team meeting, {city_name}, {start}",
            s,
        )
        fact(meeting, "meetingOf", team, s)
        fact(meeting, "inCity", city_iri, s)
        fact(meeting, "startDate", literal(start.isoformat(), XSD + "date"), s)
        fact(meeting, "endDate", literal(end.isoformat(), XSD + "date"), s)
        fact(meeting, "reportedIn", f"{base}id/source/{doc_slug}", s)
        t = writer.sentence(
            f"Temat przewodni: {rng.choice(THEMES)} i współpraca miast nr {number}."
        )
        fact(meeting, "leadingTopic", rdflib.Literal(t.text[17:], lang="pl"), t)
        for theme in rng.sample(THEMES, 2):
            fact(meeting, "theme", f"{base}id/theme/{theme}", t)
        u = writer.sentence("Posiedzenie wspierały organizacje partnerskie.")
        for org in rng.sample(orgs, 2):
            fact(meeting, "supporter", org, u)
        person = f"{base}id/person/osoba-{number}-{meeting_number}"
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {number}-{meeting_number}"
        p = writer.sentence(f"Spotkanie otworzył {name}, zastępca prezydenta miasta {city_name}.")
        entity(person, "Person", name, name, p)
        fact(meeting, "participant", person, p)
        post = f"{base}id/post/zastepca-prezydenta-{city_iri.rsplit('/', 1)[1]}"
        entity(post, "Post", f"Zastępca Prezydenta: {city_name}", f"Deputy Mayor: {city_name}", p)
        fact(post, "role", f"{base}id/role/zastepca-prezydenta-miasta", p)
        fact(post, "postIn", offices.get(city_iri, team), p)  # one post, one organisation
        fact(person, "holds", post, p)
        project = f"{base}id/project/projekt-{number}-{meeting_number}"
        q = writer.sentence(
            f"Omówiono projekt „Projekt {number}-{meeting_number}” z Funduszu Azylu, Migracji i Integracji."
        )
        entity(
            project,
            "Project",
            f"Projekt {number}-{meeting_number}",
            f"Project {number}-{meeting_number}",
            q,
        )
        fact(project, "fund", f"{base}id/fund/fami", q)
        fact(project, "leader", rng.choice(orgs), q)
        fact(meeting, "discussed", project, q)
        if violation and meeting_number == 0:
            inject(violation, meeting, person, facts, s, manifest)
    ctx = DocumentContext(
        doc=SourceDocument(
            Path(f"{doc_slug}.md"),
            doc_slug,
            writer.text,
            1,
            f"Dokument {number}",
            None,
            published,
            None,
            "pl",
        ),
        base=base,
        reference=knowledge().reference,
        sentences=[],
        dates=[],
        mentions=[],
        facts=facts,
    )
    return emit(ctx)


def inject(
    kind: str,
    meeting: str,
    person: str,
    facts: list[Fact],
    s: Sentence,
    manifest: list[dict[str, str]],
) -> None:
    """Change the first meeting of the document so that exactly one known rule is broken."""

    def replace(predicate: str, new_object: object) -> None:
        for i, f in enumerate(facts):
            if f.s == meeting and f.p == UMP + predicate:
                facts[i] = Fact(f.s, f.p, new_object, f.sentence)  # type: ignore[arg-type]
                return

    def drop(predicate: str, lang: str | None = None) -> None:
        facts[:] = [
            f
            for f in facts
            if not (
                f.s == meeting
                and f.p == predicate
                and (lang is None or getattr(f.o, "language", None) == lang)
            )
        ]

    if kind == "end-before-start":
        replace("endDate", literal("2000-01-01", XSD + "date"))
    elif kind == "impossible-date":
        replace("startDate", literal("2019-02-30", XSD + "date"))
        replace("endDate", literal("2019-03-01", XSD + "date"))
    elif kind == "no-city":
        drop(UMP + "inCity")
    elif kind == "person-as-city":
        replace("inCity", person)
    elif kind == "label-without-language":
        drop(RDFS_LABEL, "en")
        facts.append(Fact(meeting, RDFS_LABEL, rdflib.Literal("Meeting"), s))
    elif kind == "after-report":
        replace("startDate", literal("2099-01-01", XSD + "date"))
        replace("endDate", literal("2099-01-02", XSD + "date"))
    elif kind == "no-english-label":
        drop(RDFS_LABEL, "en")
    manifest.append({"kind": kind, "focus": meeting})


def city_quads(
    city: ox.NamedNode, n: int, graph: ox.NamedNode, rng: random.Random
) -> list[ox.Quad]:
    base = base_iri()
    decimal = ox.NamedNode(XSD + "decimal")
    statements: list[tuple[str, ox.NamedNode | ox.Literal]] = [
        (RDF_TYPE, ox.NamedNode(UMP + "City")),
        (RDFS_LABEL, ox.Literal(f"Miasto {n}", language="pl")),
        (RDFS_LABEL, ox.Literal(f"Town {n}", language="en")),
        (UMP + "terytCode", ox.Literal(f"{1000000 + n:07d}")),
        (UMP + "geonamesId", ox.Literal(str(9000000 + n))),
        (UMP + "inVoivodeship", ox.NamedNode(f"{base}id/voivodeship/mazowieckie")),
        (
            "https://schema.org/latitude",
            ox.Literal(f"{rng.uniform(49.5, 54.5):.4f}", datatype=decimal),
        ),
        (
            "https://schema.org/longitude",
            ox.Literal(f"{rng.uniform(14.5, 23.5):.4f}", datatype=decimal),
        ),
    ]
    return [ox.Quad(city, ox.NamedNode(p), o, graph) for p, o in statements]


def synthetic_cities(rng: random.Random, count: int) -> list[ox.Quad]:
    """Extra cities (valid TERYT, GeoNames-like ids, coordinates in Poland) for large graphs."""
    base = base_iri()
    graph = ox.NamedNode(f"{base}graph/reference/synthetic-cities")
    quads: list[ox.Quad] = []
    for n in range(count):
        quads += city_quads(ox.NamedNode(f"{base}id/city/miasto-{n}"), n, graph, rng)
    return quads


def generate(
    triples: int, violations: int, seed: int = 42
) -> tuple[list[ox.Quad], list[dict[str, str]]]:
    rng = random.Random(seed)
    reference, _ = read_into_graphs([ROOT / "graph" / "reference"])
    quads = [
        ox.Quad(t.subject, t.predicate, t.object, g) for g, ts in reference.items() for t in ts
    ]
    extra = synthetic_cities(rng, max(0, triples // 5000))
    quads += extra
    base = base_iri()
    cities = [
        (e.iri, e.label_pl)
        for e in knowledge().reference.gazetteer.entries.values()
        if e.kind == "city"
    ]
    cities += [(f"{base}id/city/miasto-{n}", f"Miasto {n}") for n in range(len(extra) // 8)]
    orgs = [
        e.iri
        for e in knowledge().reference.gazetteer.entries.values()
        if e.kind in ("org", "office")
    ]
    manifest: list[dict[str, str]] = []
    number = 0
    while len(quads) < triples:
        violation = (
            VIOLATIONS[len(manifest) % len(VIOLATIONS)] if len(manifest) < violations else None
        )
        quads += make_document(number, rng, sorted(cities), sorted(orgs), violation, manifest)
        number += 1
    return quads, manifest


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--triples", type=int, required=True)
    parser.add_argument("--violations", type=int, default=0)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("-o", "--output", type=Path, required=True, help="N-Quads file to write")
    parser.add_argument("--manifest", type=Path, help="JSON file listing the injected violations")
    args = parser.parse_args()
    quads, manifest = generate(args.triples, args.violations, args.seed)
    ox.serialize(quads, args.output, format=ox.RdfFormat.N_QUADS)
    if args.manifest:
        args.manifest.write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    print(f"wrote {len(quads):,} quads to {args.output}; {len(manifest)} violations injected")


if __name__ == "__main__":
    main()


def cached_graph(triples: int) -> Path:
    """The benchmarks' N-Quads file of about `triples` generated triples, made once per size."""
    import tempfile

    path = Path(tempfile.gettempdir()) / f"ump-kg-bench-{triples}.nq"
    if not path.exists():
        quads, _ = generate(triples, 0)
        ox.serialize(quads, str(path), format=ox.RdfFormat.N_QUADS)
    return path
