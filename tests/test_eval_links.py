"""How the evaluation links things: through statements and nameless posts, not through a value
of an enumeration. Two meetings held online (schema:eventAttendanceMode
schema:OnlineEventAttendanceMode) are not linked to each other by that mode, as two meetings
are not linked by their class; a person is linked to a body through a post that has no name of
its own. Session 28: a table of a team's remote meetings showed every online meeting linked to
every other."""

from __future__ import annotations

import rdflib

from ump_kg.extract.evaluation import score

UMP = "https://w3id.org/ump-kg/def/"
ID = "https://w3id.org/ump-kg/id/"
SCHEMA = "https://schema.org/"
XSD_DATE = rdflib.XSD.date


def meetings(*days: str, online: bool = False, participant: str | None = None) -> rdflib.Graph:
    graph = rdflib.Graph()
    for day in days:
        event = rdflib.URIRef(f"{ID}meeting/{day}-online")
        graph.add((event, rdflib.RDF.type, rdflib.URIRef(UMP + "Meeting")))
        graph.add((event, rdflib.URIRef(UMP + "startDate"), rdflib.Literal(day, datatype=XSD_DATE)))
        if online:
            mode = rdflib.URIRef(SCHEMA + "OnlineEventAttendanceMode")
            graph.add((event, rdflib.URIRef(SCHEMA + "eventAttendanceMode"), mode))
        if participant:
            person = rdflib.URIRef(f"{ID}person/{participant}")
            graph.add((person, rdflib.RDFS.label, rdflib.Literal("Anna Nowak", lang="pl")))
            graph.add((event, rdflib.URIRef(UMP + "participant"), person))
    return graph


def test_meetings_held_online_are_not_linked_by_the_mode() -> None:
    found = meetings("2021-01-26", "2021-02-24", online=True)
    gold = meetings("2021-01-26", "2021-02-24")
    result = score(found, gold, rdflib.Graph(), UMP)
    assert not [s for s in result.spurious if "event 2021-01-26 — event 2021-02-24" in s]
    assert result.precision == 1.0


def test_a_person_is_linked_to_a_body_through_a_nameless_post() -> None:
    found = rdflib.Graph()
    person, post = rdflib.URIRef(f"{ID}person/anna-nowak"), rdflib.URIRef(f"{ID}post/dyrektor-x")
    body = rdflib.URIRef(f"{ID}organisation/fundacja-x")
    found.add((person, rdflib.RDFS.label, rdflib.Literal("Anna Nowak", lang="pl")))
    found.add((body, rdflib.RDFS.label, rdflib.Literal("Fundacja X", lang="pl")))
    found.add((person, rdflib.URIRef(UMP + "holds"), post))
    found.add((post, rdflib.URIRef(UMP + "postIn"), body))
    result = score(found, rdflib.Graph(), rdflib.Graph(), UMP)
    assert "link  anna nowak — fundacja x" in result.spurious
