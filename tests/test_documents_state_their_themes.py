"""What a document states is what it is on (session 16, from a miss of an opened real page:
"Deklaracja stwierdza, że … otwarte na różnorodność").

1. "<Kind> „T” stwierdza / przewiduje / zakłada / podkreśla / zawiera zapis o <theme …>." — the
   document named is on the theme (relations.py COVERS).
2. Negative control: "Burmistrz podkreśla znaczenie <theme>." with no document on the page — no
   theme is given to anything.
Themes are the reference's, declined by phrase_forms (morfeusz2). (A declaration named
"Deklaracja „T”" is not read as a titled document: the kind word "deklaracja" was tried as a
titled-document head this session and dropped; see tests/redteam/README.md.) 120 cases each. Measured on
799ebd8: 1. 15.0 % ("w zakresie" alone), the control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome, titled_objects
from tests.relations_templates import rate
from tests.test_themes_aims_and_agendas import themes

SEED = 20261226
CASES = 120
TITLES = ("Miasta razem", "Nowy start", "Otwarte drzwi", "Krok po kroku", "Dobry sąsiad")
KINDS = ("Stanowisko", "Apel", "Raport", "Strategia")


def stated_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    theme, title, kind = rng.choice(themes()), rng.choice(TITLES), rng.choice(KINDS)
    said = rng.choice(
        (
            f"stwierdza, że miasta potrzebują {theme.form('gen')}",
            f"przewiduje wsparcie w zakresie {theme.form('gen')}",
            f"zakłada rozwój {theme.form('gen')}",
            f"podkreśla znaczenie {theme.form('gen')}",
            f"zawiera zapis o {theme.form('loc')}",
        )
    )
    text = f"{kind} „{title}” {said}."
    ctx = pages.extract(text)
    found = titled_objects(ctx, title, "theme")
    return outcome(ctx, theme.iri in found, text, f"„{title}” on {theme.slug}")


def mayor_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    theme = rng.choice(themes())
    text = f"Burmistrz podkreśla znaczenie {theme.form('gen')}."
    ctx = pages.extract(text)
    given = [f for f in ctx.facts if f.p.endswith("/theme")]
    return outcome(ctx, not given, text, "no theme")


def test_what_a_document_states(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'Stanowisko „T” stwierdza … <theme>'", [stated_case(pages, rng) for _ in range(CASES)]
    )
    assert value >= 0.95


def test_negative_a_mayor_stresses(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "negative: 'Burmistrz podkreśla …'", [mayor_case(pages, rng) for _ in range(CASES)]
    )
    assert value >= 0.98
