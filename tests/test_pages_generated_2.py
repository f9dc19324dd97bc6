"""Whole generated pages in seven more styles (tests/pages_templates_2.py), scored like the corpus.

A news list of short items, a press article with quotes and reported speech, an NGO blog in
the first person plural, an official announcement with numbered points, a report with a Markdown
table of meetings, a local digest that mentions the Team once among unrelated news, an English
project page. Scoring, failure kinds and the report are those of tests/test_pages_generated.py
(imported): the register rules of ump_kg.extract.evaluation.score, themes left out on both sides.
Forbidden facts are counted apart: those of the first round (a property towards a name, an event
on the publication date) and three more kinds — a quoted person, a table header or a total as an
Organisation; a patron of a street, school, hall or prize as a Person; a meeting of the Team on
the day of another news item.

Run with `-s` to see, per style, recall, precision, violations and the most frequent failure
kinds with examples. The floors are the rates measured when the test was written minus a margin:
a regression floor, not a target (issue 10 wants >= 0.95).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import RDF

from tests.pages_templates import Page
from tests.pages_templates_2 import STYLES, Gold2
from tests.relations_templates import UMP, draw_sample, seeds
from tests.test_pages_generated import (
    Result,
    kinds_of,
    labels_of,
    reference,
    report,
    short,
    violations,
    without_themes,
)
from ump_kg.extract.document import read_source
from ump_kg.extract.emit import emit
from ump_kg.extract.evaluation import content_graph, normalise, score
from ump_kg.extract.pipeline import extract, knowledge
from ump_kg.rdf.convert import rdflib_graph

PAGES_PER_STYLE = 45
UNION = rdflib.URIRef("https://w3id.org/ump-kg/id/organisation/ump")
TEAM = rdflib.URIRef("https://w3id.org/ump-kg/id/organisation/ump-zespol-migracji-i-integracji")
# (recall, precision, forbidden facts stated over the pages of a style): measured after the
# fixes this test led to (table rows, English projects, periods); the floors are these minus 0.03 (plus 2 facts). Raise them when rules improve.
MEASURED: dict[str, tuple[float, float, int]] = {
    # re-measured in session 7 (the digest's gold now names its school; press precision fell
    # 0.989 -> 0.965: a quoted mayor of another city brings that city, which this gold omits)
    "blog": (0.997, 0.994, 0),  # session 10: the page's own body ("Nasza fundacja – X –")
    "digest": (1.000, 0.991, 0),
    "english-project": (1.000, 0.964, 0),  # session 10: italic titles, lower-case posts
    "news-list": (0.999, 0.999, 1),  # session 10: a council "na sesji", "ma nowego dyrektora"
    "official": (0.998, 0.998, 0),
    "press": (0.986, 0.963, 0),  # session 10: who was quoted (past tense) spoke at it
    "report": (1.000, 0.956, 0),  # session 10: "spotykał się" over the table
}
FLOORS = {k: (r - 0.03, p - 0.03, n + 2) for k, (r, p, n) in MEASURED.items()}


def without_union(graph: rdflib.Graph) -> rdflib.Graph:
    """The Union is named inside the Team's name ('Zespół UMP ds. …', 'Zespołu Unii Metropolii
    Polskich ds. …'), and that the Team is its unit is a fact of the reference; the gold
    (like tests/gold/*.ttl) leaves it out, so the extraction's statements about it are left out
    too rather than scored as noise."""
    kept = rdflib.Graph()
    for triple in graph:
        if UNION not in (triple[0], triple[2]):
            kept.add(triple)
    return kept


def typed_as(found: rdflib.Graph, suffix: str) -> set[rdflib.term.Node]:
    return {s for s, t in found.subject_objects(RDF.type) if str(t).endswith(suffix)}


def more_violations(gold: Gold2, found: rdflib.Graph) -> list[str]:
    """The forbidden facts of the second round: kinds of things, and the Team's meeting days."""
    out = []
    organisations = typed_as(found, "Organisation") | typed_as(found, "Team")
    for node in organisations:
        out += [
            f"organisation {n!r}" for n in gold.not_organisations if n in labels_of(found, node)
        ]
    for node in typed_as(found, "Person"):
        out += [f"person {n!r}" for n in gold.not_people if n in labels_of(found, node)]
    for meeting in found.subjects(rdflib.URIRef(UMP + "meetingOf"), TEAM):
        for start in found.objects(meeting, rdflib.URIRef(UMP + "startDate")):
            if str(start) in gold.not_team_dates:
                out.append(f"Team meeting on {start}")
    return out


def run(page: Page, folder: Path, index: int) -> Result:
    path = folder / f"{page.style}-{index}.md"
    path.write_text(page.markdown(), encoding="utf-8")
    found = without_union(
        without_themes(rdflib_graph(emit(extract(read_source(path), knowledge()))))
    )
    result = score(found, without_themes(page.gold.graph), reference(), UMP)
    kinds = kinds_of(page.gold.graph, found, reference())
    broken = violations(page, found)
    if isinstance(page.gold, Gold2):
        broken += more_violations(page.gold, found)
    return Result(page, result, tuple(broken), short(content_graph(found, UMP)), kinds)


@cache
def pages(style: str) -> tuple[Page, ...]:
    make: Callable[[random.Random], Page] = STYLES[style]
    made = [make(random.Random(seed)) for seed in draw_sample(seeds(), PAGES_PER_STYLE + 10)]
    return tuple(made[:PAGES_PER_STYLE])


def test_gold_names_are_nominative_and_unique() -> None:
    """The pages' own bookkeeping: every gold name is a label once (a sanity check of the
    generator, so that a failure below is the extractor's)."""
    for style in STYLES:
        for page in pages(style):
            labels = [normalise(str(o)) for o in page.gold.graph.objects(None, rdflib.RDFS.label)]
            assert all(labels), page.body


@pytest.mark.parametrize("style", sorted(STYLES))
def test_generated_pages_of_a_style(style: str, tmp_path: Path) -> None:
    results = [run(page, tmp_path, i) for i, page in enumerate(pages(style))]
    assert len(results) >= PAGES_PER_STYLE
    recall, precision, broken = report(style, results)
    floor_recall, floor_precision, most_broken = FLOORS[style]
    assert recall >= floor_recall, f"{style}: recall {recall:.3f} < {floor_recall}"
    assert precision >= floor_precision, f"{style}: precision {precision:.3f} < {floor_precision}"
    assert broken <= most_broken, f"{style}: {broken} forbidden facts > {most_broken}"
