"""Scoring an extraction against a hand-written gold standard (Turtle)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import rdflib
from rdflib.namespace import RDF, RDFS

UMP = "https://w3id.org/ump-kg/def/"
NAMED_BY_THEIR_LABEL = {
    UMP + c
    for c in (
        "Person",
        "OrganisationalUnit",
        "NationalOrganisation",
        "Venue",
        "Project",
        "Document",
    )
}


@dataclass
class Score:
    true_positives: set[tuple[str, str, str]]
    extracted: set[tuple[str, str, str]]
    gold: set[tuple[str, str, str]]

    @property
    def precision(self) -> float:
        return len(self.true_positives) / len(self.extracted) if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return len(self.true_positives) / len(self.gold) if self.gold else 1.0

    def missing(self) -> list[tuple[str, str, str]]:
        return sorted(self.gold - self.extracted)

    def spurious(self) -> list[tuple[str, str, str]]:
        return sorted(self.extracted - self.gold)


def key(
    triple: tuple[rdflib.term.Node, rdflib.term.Node, rdflib.term.Node],
) -> tuple[str, str, str]:
    return (str(triple[0]), str(triple[1]), triple[2].n3())


def facts(graph: rdflib.Graph) -> set[tuple[str, str, str]]:
    """The triples that count: ump: classes and relations, and Polish names of new named things."""
    labelled = {s for s, o in graph.subject_objects(RDF.type) if str(o) in NAMED_BY_THEIR_LABEL}
    sources = set(graph.subjects(RDF.type, rdflib.URIRef(UMP + "SourceDocument")))
    kept = set()
    for s, p, o in graph:
        if s in sources:
            continue  # the page's own metadata (title, address, date) is not extracted from its text
        if (
            (
                p == RDF.type
                and str(o).startswith(UMP)
                and str(o) not in (UMP + "SourceDocument", UMP + "Extraction")
            )
            or (
                str(p).startswith(UMP)
                and str(p)
                not in (
                    UMP + "reportedIn",
                    UMP + "extractorVersion",
                )
            )
            or (
                p == RDFS.label
                and s in labelled
                and isinstance(o, rdflib.Literal)
                and o.language == "pl"
            )
        ):
            kept.add(key((s, p, o)))
    return kept


def score(extracted: rdflib.Graph, gold_file: Path) -> Score:
    gold = facts(rdflib.Graph().parse(gold_file, format="turtle"))
    found = facts(extracted)
    return Score(found & gold, found, gold)
