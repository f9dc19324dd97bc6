"""The query API behind `ump-kg query`: a library query, a .rq file or SPARQL text, with typed
parameters, run locally or on an endpoint, shown in a format, with labels in a language."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .library import find_query
from .params import Values, bind_values, with_values
from .results import Labeller, render
from .sparql import LOCAL_TIMEOUT, Answer, Endpoint, Pager, run_local, run_remote, with_prefix_lines

LABELS = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?s ?label WHERE { ?s rdfs:label ?label }"""


@dataclass(frozen=True)
class Target:
    """Where queries run: the embedded store, or a remote endpoint."""

    store: Path | None = None
    endpoint: Endpoint | None = None
    timeout: float = LOCAL_TIMEOUT  # a local query's limit (an endpoint has its own)
    allow_service: bool = False

    def run(self, text: str, fetch_all: bool = False, pager: Pager | None = None) -> Answer:
        if self.endpoint is not None:
            return run_remote(self.endpoint, text, fetch_all, pager)
        assert self.store is not None
        return run_local(self.store, text, timeout=self.timeout, allow_service=self.allow_service)


def pager_for(text: str, values: Values) -> Pager:
    """Pages of a query for endpoints that cap answers: LIMIT/OFFSET, then the VALUES clause."""
    return lambda limit, offset: with_values(
        f"{text.rstrip()}\nLIMIT {limit} OFFSET {offset}", values
    )


def execute(spec: str, params: dict[str, str], target: Target, fetch_all: bool = False) -> Answer:
    query = find_query(spec)
    values = bind_values(query, params)
    # SPARQL text may use the project's prefixes undeclared: locally the store knows them, an
    # endpoint gets PREFIX lines.
    text = with_prefix_lines(query.text) if target.endpoint is not None else query.text
    return target.run(with_values(text, values), fetch_all, pager_for(text, values))


def labels_in(target: Target, lang: str) -> Labeller:
    """A function giving each IRI its label in `lang`, else Polish, else English, else any."""
    preference = [lang, "pl", "en", ""]

    def lookup(iris: list[str]) -> dict[str, str]:
        best: dict[str, tuple[int, str]] = {}
        for start in range(0, len(iris), 200):
            chunk = " ".join(str(ox.NamedNode(i)) for i in iris[start : start + 200])
            _, rows = target.run(f"{LABELS}\nVALUES ?s {{ {chunk} }}").solutions()
            for subject, label in rows:
                if not isinstance(subject, ox.NamedNode) or not isinstance(label, ox.Literal):
                    continue
                lang_tag = label.language or ""
                rank = preference.index(lang_tag) if lang_tag in preference else len(preference)
                if subject.value not in best or rank < best[subject.value][0]:
                    best[subject.value] = (rank, label.value)
        return {iri: value for iri, (_, value) in best.items()}

    return lookup


def run_query(
    spec: str,
    params: dict[str, str],
    target: Target,
    fmt: str = "table",
    lang: str = "pl",
    fetch_all: bool = False,
    with_labels: bool = False,
) -> tuple[bytes, list[str]]:
    answer = execute(spec, params, target, fetch_all)
    return render(answer, fmt, labels_in(target, lang), with_labels), answer.warnings
