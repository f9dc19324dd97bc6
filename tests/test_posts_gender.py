"""A post is the same whoever holds it: a woman and a man named on one page with the feminine
and the masculine role noun of one body ("dyrektorka Fundacji X", "dyrektor Fundacji X") hold
one post node. Role nouns are taken in both genders from SGJP (morfeusz2 reads both), people and
bodies are generated as in tests/relations_templates.py."""

from __future__ import annotations

import random
from pathlib import Path

from tests.relations_templates import organisations, people, rate
from tests.test_relations_properties import Pages, holds_post_in, objects, outcome, person_iri
from ump_kg.extract.relations import role_lemma

# (masculine, feminine) role nouns of posts, both in SGJP.
ROLES = (
    ("dyrektor", "dyrektorka"),
    ("kierownik", "kierowniczka"),
    ("koordynator", "koordynatorka"),
    ("prezes", "prezeska"),
    ("przewodniczący", "przewodnicząca"),
    ("pełnomocnik", "pełnomocniczka"),
    ("rzecznik", "rzeczniczka"),
    ("specjalista", "specjalistka"),
)
COUNT = 105


def test_feminine_role_nouns_name_the_masculine_post() -> None:
    for masculine, feminine in ROLES:
        assert role_lemma(feminine) == masculine
        assert role_lemma(masculine) == masculine


def test_a_woman_and_a_man_in_one_post(tmp_path: Path) -> None:
    pages = Pages(tmp_path)
    rng = random.Random(20261202)
    women = [p for p in people() if p.gender == "f"]
    men = [p for p in people() if p.gender == "m1"]
    results = []
    for _ in range(COUNT):
        woman, man = rng.choice(women), rng.choice(men)
        (body,) = rng.sample(list(organisations()), 1)
        masculine, feminine = rng.choice(ROLES)
        text = (
            f"Do 2020 r. funkcję pełnił {man.nominative}, {masculine} {body.form('gen')}. "
            f"Dziś {woman.nominative} – {feminine} {body.form('gen')} – mówi o integracji."
        )
        ctx = pages.extract(text)
        she, he = person_iri(ctx, woman), person_iri(ctx, man)
        posts = [objects(ctx, who, "holds") for who in (she, he) if who]
        ok = (
            she is not None
            and he is not None
            and holds_post_in(ctx, she, body.iri)
            and holds_post_in(ctx, he, body.iri)
            and len(posts) == 2
            and posts[0] == posts[1]
        )
        results.append(outcome(ctx, ok, text, f"one post in {body.slug} for both"))
    assert rate("posts: one node for both genders", results) >= 0.95
