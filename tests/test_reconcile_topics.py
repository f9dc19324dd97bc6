"""Two pages that word one meeting's leading topic differently: one topic per language stays,
whatever the pages' order, and the dropped wording leaves no provenance record behind."""

from __future__ import annotations

import random
from pathlib import Path

import pyoxigraph as ox

from tests.relations_templates import cities, date_of
from ump_kg.extract.document import read_source
from ump_kg.extract.emit import emit
from ump_kg.extract.pipeline import extract, knowledge
from ump_kg.extract.reconcile import LEADING_TOPIC, reconcile
from ump_kg.language.prepositions import locative_phrase

TOPICS = (  # (the copula agreeing with the first wording, the first, the second)
    ("były", "akty prawne i strategie ochrony uchodźców", "dokumenty prawne o ochronie uchodźców"),
    ("było", "mieszkalnictwo dla cudzoziemców", "wsparcie cudzoziemców w znalezieniu mieszkania"),
    ("była", "edukacja dzieci z doświadczeniem migracji", "szkoły wobec uczniów z zagranicy"),
)


def page(folder: Path, name: str, body: str) -> list[ox.Quad]:
    path = folder / f"{name}.md"
    path.write_text(f"---\ntitle: T\npublished: 2024-12-31\nlanguage: pl\n---\n{body}\n", "utf-8")
    return emit(extract(read_source(path), knowledge()))


def topics(documents: list[list[ox.Quad]]) -> set[tuple[str, str]]:
    return {
        (str(q.subject), q.object.value)
        for d in documents
        for q in d
        if q.predicate.value == LEADING_TOPIC and isinstance(q.object, ox.Literal)
    }


def test_one_leading_topic_per_meeting_across_pages(tmp_path: Path) -> None:
    rng = random.Random(20261202)
    for index in range(12):
        city = rng.choice(cities())
        when = date_of(rng, ranges=False).text
        copula, first, second = TOPICS[index % len(TOPICS)]
        where = locative_phrase(city.form("loc"))
        a_text = f"{when} Zespół UMP obradował {where}. Tematem {copula} {first}."
        b_text = f"{when} Zespół UMP spotkał się {where}. Temat obrad: {second}."
        a, b = page(tmp_path, f"a{index}", a_text), page(tmp_path, f"b{index}", b_text)
        before = topics([a, b])
        assert len(before) == 2, (before, a)  # the two wordings are read before reconciling
        forward, backward = reconcile([a, b]), reconcile([b, a])
        assert len(topics(forward)) == 1
        assert topics(forward) == topics(backward)
        kept = {value for _, value in topics(forward)}
        records = [
            q
            for d in forward
            for q in d
            if q.predicate.value.endswith("#object")
            and isinstance(q.object, ox.Literal)
            and q.object.value in {first, second} - kept
        ]
        assert not records
