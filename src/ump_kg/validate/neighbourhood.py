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
    def meetings(key: MeetingKey) -> Iterable[str]:
        # From the start date (a handful of meetings share one) rather than a SPARQL join that
        # the optimiser may begin from the team (every meeting): 1M triples, 330 ms → 138 ms.
        team, city, start = key
        dated = store.quads_for_pattern(None, ox.NamedNode(KEY_PROPS[2]), start)
        return sorted(
            {
                q.subject.value
                for q in dated
                if isinstance(q.subject, ox.NamedNode)
                and has(store, q.subject, KEY_PROPS[0], team)
                and has(store, q.subject, KEY_PROPS[1], city)
            }
        )

    return meetings


def has(store: ox.Store, subject: ox.NamedNode, prop: str, value: Term) -> bool:
    quads = store.quads_for_pattern(subject, ox.NamedNode(prop), value)
    return next(iter(quads), None) is not None
