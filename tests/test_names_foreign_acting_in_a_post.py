"""A foreign name no list knows, followed by "pełniący obowiązki" ("acting") and a post in the
genitive: "Artem Valah, pełniący obowiązki Konsula Generalnego Ukrainy w Lublinie", "…,
pełniąca obowiązki dyrektora Biura …" (session 28, from a miss of wynn, opened this session).
Who acts in a post is a person, named as written. Control: two capitalised common nouns before
the same words ("Kolba Pościel, pełniący obowiązki …") are no person. Names are made up from
syllables as in tests/test_names_foreign_working_for_a_body.py (kept only where SGJP and the
census lists know neither word); bodies are the reference's, declined by the templates; the
common nouns are SGJP's. Measured on the commit before: 0 % -> 100 %; the control 100 % before
and after."""

from __future__ import annotations

import random

from tests.relations_pages import Pages, measured
from tests.relations_templates import NEGATIVE, POSITIVE, draw, organisations, rate, title_nouns
from tests.test_names_foreign_working_for_a_body import (
    PostCase,
    made_up_name,
    named,
    no_person,
)

# posts in the genitive, as "pełniący obowiązki" governs them
POSTS = ("dyrektora", "prezesa", "kierownika", "konsula generalnego", "przewodniczącego")
SENTENCES = (
    "{person}, pełniąc{y} obowiązki {post} {body}, mówił{a} o integracji cudzoziemców.",
    "Głos zabrał{a} także {person}, pełniąc{y} obowiązki {post} {body}.",
    "- {person}, pełniąc{y} obowiązki {post} {body};",
)


def an_acting_foreigner(rng: random.Random) -> PostCase | None:
    person = made_up_name(rng)
    if person is None:
        return None
    woman = rng.random() < 0.5
    (body,) = draw(rng, organisations())
    text = rng.choice(SENTENCES).format(
        person=person,
        post=rng.choice(POSTS),
        body=body.form("gen"),
        a="a" if woman else "",
        y="a" if woman else "y",
    )
    return PostCase(person, text)


def two_nouns_acting(rng: random.Random) -> PostCase:
    one, two = rng.sample(title_nouns(), 2)
    (body,) = draw(rng, organisations())
    text = f"{one} {two}, pełniący obowiązki {rng.choice(POSTS)} {body.form('gen')}, mówił."
    return PostCase("", text)


def test_a_foreign_name_acting_in_a_post_is_a_person(pages: Pages) -> None:
    results, _ = measured(pages, an_acting_foreigner, named)
    assert rate("'Artem Valah, pełniący obowiązki Konsula …' a person", results) >= POSITIVE


def test_common_nouns_acting_in_a_post_are_no_person(pages: Pages) -> None:
    results, _ = measured(pages, two_nouns_acting, no_person)
    assert rate("control: 'Kolba Pościel, pełniący obowiązki …' no person", results) >= NEGATIVE
