"""The documentation pages (`ump-kg docs`, the release's docs/ and the server's /docs/): an
index, the ontology in Polish and in English (each page in one language — no glued labels), and
the SHACL shapes with links to the classes they constrain. The project's own terms come first,
then the external terms it declares for alignment."""

from __future__ import annotations

from dataclasses import dataclass, field

import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from ..config import layout
from ..rdf.convert import rdflib_graph
from ..rdf.prefixes import compact
from ..rdf.read import read_rdf
from ..validate.shacl import SH
from ..vocab import UMP
from .pages import LANGUAGES, render

CONSTRAINTS = [
    "minCount",
    "maxCount",
    "datatype",
    "class",
    "pattern",
    "minInclusive",
    "maxInclusive",
    "languageIn",
    "uniqueLang",
    "hasValue",
    "in",
    "lessThanOrEquals",
    "qualifiedMinCount",
    "severity",
]
KINDS = [
    ("class", OWL.Class, ("Klasy", "Classes")),
    ("object", OWL.ObjectProperty, ("Właściwości obiektowe", "Object properties")),
    ("datatype", OWL.DatatypeProperty, ("Właściwości danych", "Datatype properties")),
    ("annotation", OWL.AnnotationProperty, ("Właściwości adnotacyjne", "Annotation properties")),
]


def text(graph: rdflib.Graph, node: rdflib.term.Node, prop: rdflib.URIRef, lang: str) -> str:
    return next(
        (
            str(o)
            for o in graph.objects(node, prop)
            if isinstance(o, rdflib.Literal) and o.language == lang
        ),
        "",
    )


def show(graph: rdflib.Graph, value: rdflib.term.Node | None) -> str:
    if value is None:
        return ""
    if isinstance(value, rdflib.BNode) and (value, RDF.first, None) in graph:
        return "(" + " ".join(show(graph, v) for v in graph.items(value)) + ")"
    if isinstance(value, rdflib.URIRef):
        return compact(str(value))
    return str(value)


def constraints(graph: rdflib.Graph, shape: rdflib.term.Node) -> str:
    return "; ".join(
        f"sh:{name} {show(graph, value)}"
        for name in CONSTRAINTS
        for value in graph.objects(shape, SH[name])
    )


def anchor(iri: str) -> str:
    return compact(iri).replace(":", "-")


@dataclass
class TermRef:
    iri: str
    label: str
    href: str  # an anchor on the ontology page, or the IRI for terms it does not describe


@dataclass
class Term:
    iri: str
    anchor: str
    label: str
    curie: str
    definition: str
    own: bool  # a term of the project's namespace
    parents: list[TermRef] = field(default_factory=list)
    domain: list[TermRef] = field(default_factory=list)
    range: list[TermRef] = field(default_factory=list)
    shapes: list[TermRef] = field(default_factory=list)


def ref(graph: rdflib.Graph, node: rdflib.term.Node, lang: str, page: str = "") -> TermRef:
    iri = str(node)
    described = (node, RDF.type, None) in graph
    return TermRef(
        iri,
        text(graph, node, RDFS.label, lang) or compact(iri),
        f"{page}#{anchor(iri)}" if described else iri,
    )


def ontology_terms(
    ontology: rdflib.Graph, shapes: rdflib.Graph, lang: str
) -> list[tuple[str, list[Term]]]:
    """Terms by kind; in each kind the project's own first, then by label."""
    index = LANGUAGES.index(lang)
    shapes_of: dict[str, list[TermRef]] = {}
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        for target in shapes.objects(shape, SH.targetClass):
            name = text(shapes, shape, SH.name, lang) or compact(str(shape))
            shapes_of.setdefault(str(target), []).append(
                TermRef(str(shape), name, f"shapes.{lang}.html#{anchor(str(shape))}")
            )
    sections = []
    for _, kind, titles in KINDS:
        terms = []
        for node in set(ontology.subjects(RDF.type, kind)):
            if not isinstance(node, rdflib.URIRef):
                continue
            iri = str(node)
            parent_prop = RDFS.subClassOf if kind == OWL.Class else RDFS.subPropertyOf
            terms.append(
                Term(
                    iri,
                    anchor(iri),
                    text(ontology, node, RDFS.label, lang) or compact(iri),
                    compact(iri),
                    text(ontology, node, SKOS.definition, lang)
                    or text(ontology, node, RDFS.comment, lang),
                    iri.startswith(UMP),
                    sorted(
                        (
                            ref(ontology, p, lang)
                            for p in ontology.objects(node, parent_prop)
                            if isinstance(p, rdflib.URIRef)
                        ),
                        key=lambda r: r.label,
                    ),
                    sorted(
                        (
                            ref(ontology, p, lang)
                            for p in ontology.objects(node, RDFS.domain)
                            if isinstance(p, rdflib.URIRef)
                        ),
                        key=lambda r: r.label,
                    ),
                    sorted(
                        (
                            ref(ontology, p, lang)
                            for p in ontology.objects(node, RDFS.range)
                            if isinstance(p, rdflib.URIRef)
                        ),
                        key=lambda r: r.label,
                    ),
                    sorted(shapes_of.get(iri, []), key=lambda r: r.label),
                )
            )
        terms.sort(key=lambda t: (not t.own, t.label.lower(), t.iri))
        sections.append((titles[index], terms))
    return sections


@dataclass
class ShapeRow:
    path: str
    path_href: str
    constraints: str
    message: str


@dataclass
class Shape:
    anchor: str
    curie: str
    name: str
    description: str
    targets: list[TermRef]
    rows: list[ShapeRow]


def shape_list(shapes: rdflib.Graph, ontology: rdflib.Graph, lang: str) -> list[Shape]:
    page = f"ontology.{lang}.html"
    out = []
    for node in sorted(shapes.subjects(RDF.type, SH.NodeShape), key=str):
        rows = []
        for prop in sorted(shapes.objects(node, SH.property), key=str):
            path = shapes.value(prop, SH.path)
            href = (
                f"{page}#{anchor(str(path))}"
                if isinstance(path, rdflib.URIRef) and (path, RDF.type, None) in ontology
                else ""
            )
            rows.append(
                ShapeRow(
                    show(shapes, path),
                    href,
                    constraints(shapes, prop),
                    text(shapes, prop, SH.message, lang),
                )
            )
        for sparql in sorted(shapes.objects(node, SH.sparql), key=str):
            rows.append(
                ShapeRow(
                    "SPARQL",
                    "",
                    text(shapes, sparql, SH.description, lang),
                    text(shapes, sparql, SH.message, lang),
                )
            )
        if (node, SH["or"], None) in shapes:
            rows.append(
                ShapeRow(
                    "(node)", "", constraints(shapes, node), text(shapes, node, SH.message, lang)
                )
            )
        out.append(
            Shape(
                anchor(str(node)),
                compact(str(node)),
                text(shapes, node, SH.name, lang) or compact(str(node)),
                text(shapes, node, SH.description, lang),
                [ref(ontology, t, lang, page) for t in shapes.objects(node, SH.targetClass)],
                rows,
            )
        )
    return out


def docs_pages(root: str = "../", live: bool = False) -> dict[str, str]:
    """File name -> HTML of every documentation page. `root` leads from the docs to the site's
    root (where static/ is); an empty root makes standalone docs (their own static/, no links
    to the site's other pages)."""
    paths = layout()
    ontology = rdflib_graph(read_rdf(paths.ontology))
    shapes = rdflib_graph(read_rdf(paths.shapes))
    head = next(ontology.subjects(RDF.type, OWL.Ontology))
    common: dict[str, object] = {"root": root, "live": live, "page_suffix": "" if live else ".html"}
    if not root:
        common["standalone"] = True
    pages = {
        "index.html": render(
            "docs_index.html",
            "pl",
            **common,
            title=dict(
                (lang, text(ontology, head, rdflib.DCTERMS.title, lang)) for lang in LANGUAGES
            ),
        )
    }
    for lang in LANGUAGES:
        other = "en" if lang == "pl" else "pl"
        pages[f"ontology.{lang}.html"] = render(
            "ontology.html",
            lang,
            **common,
            other_lang_href=f"ontology.{other}.html",
            title=text(ontology, head, rdflib.DCTERMS.title, lang),
            description=text(ontology, head, rdflib.DCTERMS.description, lang),
            iri=str(head),
            sections=ontology_terms(ontology, shapes, lang),
        )
        pages[f"shapes.{lang}.html"] = render(
            "shapes.html",
            lang,
            **common,
            other_lang_href=f"shapes.{other}.html",
            shapes=shape_list(shapes, ontology, lang),
        )
    return pages
