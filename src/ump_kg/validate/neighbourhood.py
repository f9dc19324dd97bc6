"""What the shapes need to judge some things (the focus nodes) without the whole graph: their
own statements, the statements of everything they point at (types for sh:class, publication
dates of sources), and the meetings that share a meeting's team, city and start date (the
duplicate rule). Shapes run on this neighbourhood give the same results for the focus nodes as
on the whole graph (tests/test_entries.py checks it on generated graphs). New entries and
incremental builds both validate this way; where the statements come from is the caller's."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pyoxigraph as ox

from ..vocab import UMP

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
MeetingKey = tuple[Term, Term, Term]  # team, city, start date
KEY_PROPS = (UMP + "meetingOf", UMP + "inCity", UMP + "startDate")

About = Callable[[str], Iterable[ox.Triple]]  # the statements whose subject is this IRI
Meetings = Callable[[MeetingKey], Iterable[str]]  # the meetings with this team, city and start


def neighbourhood(
    about: About, meetings: Meetings, focus: set[str], new: list[ox.Triple]
) -> list[ox.Triple]:
    """The statements the constraints on the focus nodes can reach (`new`: statements about
    them that are not in `about` yet, e.g. an entry being validated)."""
    found: set[ox.Triple] = set()
    for iri in focus:
        found.update(about(iri))
    referenced = {t.object.value for t in [*new, *found] if isinstance(t.object, ox.NamedNode)}
    for iri in referenced - focus:
        found.update(about(iri))
    for key in meeting_keys([*new, *found]):
        for meeting in meetings(key):
            found.update(about(meeting))
    return list(found)


def meeting_keys(triples: Iterable[ox.Triple]) -> set[MeetingKey]:
    """The (team, city, start date) of every meeting that states all three."""
    values: dict[str, dict[str, Term]] = {}
    for t in triples:
        if t.predicate.value in KEY_PROPS and isinstance(t.subject, ox.NamedNode):
            values.setdefault(t.subject.value, {})[t.predicate.value] = t.object
    return {
        (v[KEY_PROPS[0]], v[KEY_PROPS[1]], v[KEY_PROPS[2]])
        for v in values.values()
        if len(v) == len(KEY_PROPS)
    }


def store_about(store: ox.Store) -> About:
    def about(iri: str) -> Iterable[ox.Triple]:
        return (q.triple for q in store.quads_for_pattern(ox.NamedNode(iri), None, None))

    return about


def store_meetings(store: ox.Store) -> Meetings:
    query = (
        f"SELECT ?m ?team ?city ?start WHERE {{ ?m <{KEY_PROPS[0]}> ?team ; <{KEY_PROPS[1]}> ?city ; "
        f"<{KEY_PROPS[2]}> ?start }}"
    )

    def meetings(key: MeetingKey) -> Iterable[str]:
        rows = store.query(
            query,
            use_default_graph_as_union=True,
            substitutions={
                ox.Variable("team"): key[0],
                ox.Variable("city"): key[1],
                ox.Variable("start"): key[2],
            },
        )
        assert isinstance(rows, ox.QuerySolutions)
        return [row[0].value for row in rows if isinstance(row[0], ox.NamedNode)]

    return meetings
