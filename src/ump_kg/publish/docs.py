"""`ump-kg docs DIR`: the ontology as HTML (pyLODE) and the SHACL shapes as readable tables
(what each shape checks, with its messages in Polish and English)."""

from __future__ import annotations

import html
import logging
from pathlib import Path

import rdflib
from rdflib.namespace import RDF

from ..config import layout
from ..rdf.convert import rdflib_graph
from ..rdf.prefixes import compact
from ..rdf.read import read_rdf
from ..rdf.write import write_atomically
from ..validate.shacl import SH

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


def constraint_cells(graph: rdflib.Graph, shape: rdflib.term.Node) -> str:
    parts = []
    for name in CONSTRAINTS:
        for value in graph.objects(shape, SH[name]):
            parts.append(f"sh:{name} {show(graph, value)}")
    return "; ".join(parts)


def shapes_html(shapes: rdflib.Graph) -> str:
    e = html.escape
    sections = []
    for node in sorted(shapes.subjects(RDF.type, SH.NodeShape), key=str):
        targets = ", ".join(compact(str(t)) for t in shapes.objects(node, SH.targetClass))
        rows = []
        for prop in sorted(shapes.objects(node, SH.property), key=str):
            rows.append(
                f"<tr><td>{e(show(shapes, shapes.value(prop, SH.path)))}</td><td>{e(constraint_cells(shapes, prop))}</td>"
                f'<td lang="pl">{e(text(shapes, prop, SH.message, "pl"))}</td><td lang="en">{e(text(shapes, prop, SH.message, "en"))}</td></tr>'
            )
        for sparql in sorted(shapes.objects(node, SH.sparql), key=str):
            rows.append(
                f"<tr><td>SPARQL: {e(compact(str(sparql)))}</td><td>{e(text(shapes, sparql, SH.description, 'en'))}</td>"
                f'<td lang="pl">{e(text(shapes, sparql, SH.message, "pl"))}</td><td lang="en">{e(text(shapes, sparql, SH.message, "en"))}</td></tr>'
            )
        if (node, SH["or"], None) in shapes:
            rows.append(
                f"<tr><td>(node)</td><td>{e(constraint_cells(shapes, node))}</td>"
                f'<td lang="pl">{e(text(shapes, node, SH.message, "pl"))}</td><td lang="en">{e(text(shapes, node, SH.message, "en"))}</td></tr>'
            )
        sections.append(
            f'<h2 id="{e(compact(str(node)))}">{e(text(shapes, node, SH.name, "pl"))} / {e(text(shapes, node, SH.name, "en"))}</h2>\n'
            f"<p><code>{e(compact(str(node)))}</code> — targets: {e(targets)}</p>\n"
            f'<p lang="pl">{e(text(shapes, node, SH.description, "pl"))}</p><p lang="en">{e(text(shapes, node, SH.description, "en"))}</p>\n'
            "<table><tr><th>property</th><th>constraints</th><th>komunikat</th><th>message</th></tr>\n"
            + "\n".join(rows)
            + "\n</table>"
        )
    return (
        '<!DOCTYPE html>\n<html lang="pl"><head><meta charset="utf-8"><title>ump-kg: kształty SHACL / SHACL shapes</title>'
        "<style>table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px;vertical-align:top}</style></head><body>\n"
        "<h1>ump-kg: kształty SHACL / SHACL shapes</h1>\n"
        + "\n".join(sections)
        + "\n</body></html>\n"
    )


def write_docs(folder: Path) -> list[Path]:
    from pylode import OntPub

    paths = layout()
    folder.mkdir(parents=True, exist_ok=True)
    ontology_html = folder / "ontology.html"
    read_rdf(paths.ontology)  # the usual checks and messages first
    # rdflib keeps the file's @prefix bindings, which pyLODE needs to name the ontology.
    logging.disable(logging.INFO)  # pyLODE logs every step at INFO/DEBUG on the root logger
    try:
        OntPub(rdflib.Graph().parse(paths.ontology, format="turtle")).make_html(
            destination=ontology_html
        )
    finally:
        logging.disable(logging.NOTSET)
    shapes_page = folder / "shapes.html"
    write_atomically(shapes_page, shapes_html(rdflib_graph(read_rdf(paths.shapes))).encode("utf-8"))
    return [ontology_html, shapes_page]
