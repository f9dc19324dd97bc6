"""Documents listed by their quoted titles after one kind word (session 16, from the misses of an
opened real page: "poradniki „Pierwsze kroki”, „Studiuj w Łodzi” i „Zostań w Łodzi”" made one
document).

1. "<Body> przygotował(a) poradniki / raporty „A”, „B” i „C”." — each title is a document
   (names.py titles_listed_after), each authored by the body (relations.py document_authors).
2. "Poradniki „A” i „B” zawierają informacje o <theme, loc.>." — each document is on the theme
   (relations.py document_themes, COVERS "informacje o", "wiedzę o").
3. Negative control: "<Body> przygotował(a) poradnik „A”. Fundacja „B” pomaga migrantom." — B is
   no document of the body's.
Bodies are the reference's, declined by phrase_forms (morfeusz2); titles are capitalised SGJP
common nouns (tests/relations_templates.title_nouns); themes the reference's, declined. 120 cases
each. Measured on 799ebd8: 1. 0 %, 2. 0 %, the control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome, titled_objects
from tests.relations_templates import organisations, rate, title_nouns
from tests.test_themes_aims_and_agendas import themes

SEED = 20261216
CASES = 120
KINDS = ("poradniki", "raporty", "przewodniki")


def titles(rng: random.Random, count: int) -> list[str]:
    return [f"{noun} dla cudzoziemców" for noun in rng.sample(title_nouns()[:300], count)]


def joined(names: list[str]) -> str:
    quoted = [f"„{n}”" for n in names]
    return ", ".join(quoted[:-1]) + " i " + quoted[-1]


def authored_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    body, listed = rng.choice(organisations()), titles(rng, rng.choice((2, 3)))
    verb = "przygotowała" if body.label.split()[0].endswith("a") else "przygotował"
    text = f"{body.form('nom')} {verb} {rng.choice(KINDS)} {joined(listed)}."
    ctx = pages.extract(text)
    ok = all(body.iri in titled_objects(ctx, t, "author") for t in listed)
    return outcome(ctx, ok, text, f"{len(listed)} documents by {body.slug}")


def themes_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    theme, listed = rng.choice(themes()), titles(rng, 2)
    text = f"Poradniki {joined(listed)} zawierają informacje o {theme.form('loc')}."
    ctx = pages.extract(text)
    ok = all(theme.iri in titled_objects(ctx, t, "theme") for t in listed)
    return outcome(ctx, ok, text, f"both on {theme.slug}")


def control_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    body, (first, second) = rng.choice(organisations()), titles(rng, 2)
    verb = "przygotowała" if body.label.split()[0].endswith("a") else "przygotował"
    text = f"{body.form('nom')} {verb} poradnik „{first}”. Fundacja „{second}” pomaga migrantom."
    ctx = pages.extract(text)
    return outcome(ctx, not titled_objects(ctx, second, "author"), text, f"„{second}” not authored")


def test_each_listed_title_is_a_document_of_its_author(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'X przygotował poradniki „A”, „B” i „C”'",
        [authored_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_each_listed_document_is_on_the_theme(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "'Poradniki „A” i „B” zawierają informacje o …'",
        [themes_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_negative_a_title_in_the_next_sentence(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    value = rate(
        "negative: 'poradnik „A”. Fundacja „B” …'", [control_case(pages, rng) for _ in range(CASES)]
    )
    assert value >= 0.98
