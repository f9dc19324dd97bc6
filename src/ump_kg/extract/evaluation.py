"""Scoring an extraction against a hand-written gold standard without depending on IRIs.

The rules are the ones a register or a reader would use, so a gold file and the extractor may
mint different IRIs, classes or property names and still agree:

- **names**: every named thing a page's facts mention, by its name in the nominative (its
  labels, NFC, case-folded; quotes and spacing normalised). Reference things are named by their
  reference labels.
- **dates**: each event's (start, end).
- **links**: two named things are linked when a chain of statements joins them through unnamed
  things only (a post, a tenure). A gold link counts as found when the extraction joins the two
  names within two links (one named thing between them), and an extracted link counts as right
  when the gold joins them within two links — the leniency the held-out measure uses.

Events have no names of their own: an event is named by its start date, else its city (so a
meeting found with the right date is the same event whatever its IRI), or by its title
(`schema:name`) when the page gives one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations

import rdflib
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

SCHEMA_NAME = rdflib.URIRef("https://schema.org/name")
# Statements about the page itself, its provenance or bookkeeping: not facts of the page's text.
NOT_CONTENT = frozenset({"reportedIn", "announcedIn", "extractorVersion", "url"})
NOT_CONTENT_TYPES = frozenset({"SourceDocument", "Extraction"})
INTERMEDIATE_TYPES = frozenset({"Post", "Tenure"})


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    for quote in "„”“\"«»\u201a\u2019'":
        text = text.replace(quote, "")
    return " ".join(text.replace("–", "-").replace("—", "-").split())


@dataclass(frozen=True)
class Facts:
    """A page's facts in the register's terms."""

    names: frozenset[str]
    dates: frozenset[tuple[str, str, str]]
    direct: frozenset[frozenset[str]]
    near: frozenset[frozenset[str]] = field(repr=False)

    def count(self) -> int:
        return len(self.names) + len(self.dates) + len(self.direct)


@dataclass(frozen=True)
class Score:
    found: Facts
    gold: Facts
    missing: tuple[str, ...]
    spurious: tuple[str, ...]
    true_in_gold: int
    true_in_found: int

    @property
    def recall(self) -> float:
        total = self.gold.count()
        return self.true_in_gold / total if total else 1.0

    @property
    def precision(self) -> float:
        total = self.found.count()
        return self.true_in_found / total if total else 1.0


class _Namer:
    """Names of nodes: labels from the page's graph, else from the reference data."""

    def __init__(self, graph: rdflib.Graph, reference: rdflib.Graph, ump: str) -> None:
        self.graph, self.reference, self.ump = graph, reference, ump

    def labels(self, node: Node) -> list[str]:
        """Polish labels first, then English, then any: the names a register would write. A
        thing of the reference data is named by the reference, whatever language the page or
        its gold used ("European Union" on an English page is the reference's Unia Europejska):
        the same node is the same name on both sides."""
        for g in (self.reference, self.graph):
            found = [o for o in g.objects(node, RDFS.label) if isinstance(o, rdflib.Literal)]
            if found:
                order = {"pl": 0, "en": 1}
                found.sort(key=lambda o: (order.get(o.language or "", 2), str(o)))
                return [normalise(str(o)) for o in found]
        return []

    def is_intermediate(self, node: Node) -> bool:
        """Posts and tenures join people to organisations; their labels are made up, not read."""
        types = {str(t).removeprefix(self.ump) for t in self.graph.objects(node, RDF.type)}
        return bool(types & INTERMEDIATE_TYPES) or "/post/" in str(node)

    def is_event(self, node: Node) -> bool:
        """An event by its type; an untyped node by its start date. A dated project or tenure
        is not an event: it is named by its label."""
        types = set(self.graph.objects(node, RDF.type))
        if types:
            return any(str(t).endswith(("Meeting", "Conference", "Event")) for t in types)
        return (node, rdflib.URIRef(self.ump + "startDate"), None) in self.graph

    def name(self, node: Node) -> str | None:
        if isinstance(node, rdflib.Literal) or self.is_intermediate(node):
            return None
        if self.is_event(node):
            return self.event_name(node)
        labels = self.labels(node)
        return labels[0] if labels else None

    def event_name(self, node: Node) -> str:
        """An event is known by its start date, else by its title, else by its city."""
        start = self.graph.value(node, rdflib.URIRef(self.ump + "startDate"))
        if start is not None:
            return f"event {start}"
        titles = sorted(normalise(str(t)) for t in self.graph.objects(node, SCHEMA_NAME))
        if titles:
            return "event " + titles[0]
        city = self.graph.value(node, rdflib.URIRef(self.ump + "inCity"))
        return "event in " + (self.name(city) or "?") if city is not None else "event ?"


def content_graph(graph: rdflib.Graph, ump: str) -> rdflib.Graph:
    """The page's facts: no provenance records, no statements about the source page."""
    skip = {
        s
        for s, t in graph.subject_objects(RDF.type)
        if str(t).removeprefix(ump) in NOT_CONTENT_TYPES
        or str(t).startswith("http://www.w3.org/ns/oa#")
        or t == RDF.Statement
    }
    kept = rdflib.Graph()
    for s, p, o in graph:
        if s in skip or o in skip or str(p).removeprefix(ump) in NOT_CONTENT:
            continue
        if str(p).startswith("http://www.w3.org/ns/prov#") or str(p).startswith(
            "http://www.w3.org/ns/oa#"
        ):
            continue
        kept.add((s, p, o))
    return kept


def facts_of(graph: rdflib.Graph, reference: rdflib.Graph, ump: str) -> Facts:
    content = content_graph(graph, ump)
    namer = _Namer(content, reference, ump)
    nodes = {n for s, p, o in content if p not in (RDF.type,) for n in (s, o)}
    named = {n: namer.name(n) for n in nodes}
    names = frozenset(
        {
            v
            for n, v in named.items()
            if v is not None and not v.startswith("event ") and "/theme/" not in str(n)
        }
        # A title ("Miasta Integrujące. Integracja = Bezpieczeństwo") is a name as written.
        | {normalise(str(t)) for t in content.objects(None, SCHEMA_NAME)}
        # Things the page is said to report on are named by it even without a relation.
        | {
            v
            for n in graph.subjects(rdflib.URIRef(ump + "reportedIn"), None)
            if (v := namer.name(n)) is not None and not v.startswith("event ")
        }
    )
    dates = frozenset(_event_dates(content, namer, ump))
    direct = frozenset(_direct_links(content, named))
    return Facts(names, dates, direct, frozenset(_within_two(direct)))


def _event_dates(graph: rdflib.Graph, namer: _Namer, ump: str) -> Iterator[tuple[str, str, str]]:
    start_p, end_p = rdflib.URIRef(ump + "startDate"), rdflib.URIRef(ump + "endDate")
    for event in set(graph.subjects(start_p, None)):
        if not namer.is_event(event):
            continue
        start = graph.value(event, start_p)
        end = graph.value(event, end_p) or start
        city = graph.value(event, rdflib.URIRef(ump + "inCity"))
        yield (namer.name(city) or "") if city is not None else "", str(start), str(end)


# Statements whose object is a value of an enumeration ("held online": schema.org's attendance
# mode), a kind of thing rather than a thing: two online meetings are not linked through it.
ENUMERATED = frozenset({rdflib.URIRef("https://schema.org/eventAttendanceMode")})


def _edges(graph: rdflib.Graph) -> dict[Node, set[Node]]:
    edges: dict[Node, set[Node]] = {}
    for s, p, o in graph:
        if p in (RDF.type, RDFS.label, SCHEMA_NAME) or p in ENUMERATED:
            continue
        if isinstance(o, rdflib.Literal):
            continue
        edges.setdefault(s, set()).add(o)
        edges.setdefault(o, set()).add(s)
    return edges


def _direct_links(graph: rdflib.Graph, named: dict[Node, str | None]) -> Iterator[frozenset[str]]:
    """Pairs of names joined by statements whose in-between things have no name."""
    edges = _edges(graph)
    for start, start_name in named.items():
        if start_name is None:
            continue
        seen, frontier = {start}, [start]
        while frontier:
            node = frontier.pop()
            for nxt in edges.get(node, ()):
                if nxt in seen:
                    continue
                seen.add(nxt)
                other = named.get(nxt)
                if other is None:
                    frontier.append(nxt)  # walk through posts, tenures and other nameless nodes
                elif other != start_name:
                    yield frozenset((start_name, other))


def _within_two(direct: Iterable[frozenset[str]]) -> Iterator[frozenset[str]]:
    neighbours: dict[str, set[str]] = {}
    for pair in direct:
        a, b = sorted(pair)
        neighbours.setdefault(a, set()).add(b)
        neighbours.setdefault(b, set()).add(a)
        yield pair
    for around in neighbours.values():
        for a, b in combinations(sorted(around), 2):
            yield frozenset((a, b))


def score(
    found_graph: rdflib.Graph, gold_graph: rdflib.Graph, reference: rdflib.Graph, ump: str
) -> Score:
    found = facts_of(found_graph, reference, ump)
    gold = facts_of(gold_graph, reference, ump)
    missing: list[str] = []
    spurious: list[str] = []
    true_in_gold = _matches(gold, found, missing)
    true_in_found = _matches(found, gold, spurious)
    return Score(found, gold, tuple(missing), tuple(spurious), true_in_gold, true_in_found)


def _matches(these: Facts, other: Facts, unmatched: list[str]) -> int:
    hits = 0
    for name in sorted(these.names):
        hits += _note(name in other.names, f"name  {name}", unmatched)
    for city, start, end in sorted(these.dates):
        ok = any(s == start and e == end for _, s, e in other.dates)
        hits += _note(ok, f"date  {start}..{end} ({city})", unmatched)
    for pair in sorted(these.direct, key=sorted):
        hits += _note(pair in other.near, "link  " + " — ".join(sorted(pair)), unmatched)
    return hits


def _note(ok: bool, what: str, unmatched: list[str]) -> int:
    if not ok:
        unmatched.append(what)
    return int(ok)
