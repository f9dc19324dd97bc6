"""What a signed document covers, told in the sentences after its signing (session 16, from the
misses of an opened real page on the 2017 declaration).

1. After "Prezydenci A i B podpisali apel / stanowisko „T”", a sentence that names no document
   and says what something will cover ("Integracja ma objąć <theme, acc.>", "Współpraca obejmie
   …", "Pomoc ma polegać na <loc.>") is about the one document the page had signed so far
   (relations.py themes_subject, COVERS).
2. Negative control: with two documents signed before, the sentence gives neither a theme; nor
   does "Drugi / Kolejny apel dotyczy <theme>" give the one signed before its themes (it
   speaks of another; ANOTHER_DOCUMENT, added at the session's end).
Themes are the reference's, declined by phrase_forms (morfeusz2); cities the reference's, in the
genitive morfeusz2 gives. 120 cases each. Measured on 799ebd8: 1. 0 %, the control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome, titled_objects
from tests.relations_templates import cities, rate
from tests.test_themes_aims_and_agendas import themes

SEED = 20261206
CASES = 120
TITLES = ("Razem w mieście", "Nowy start", "Otwarte drzwi", "Krok po kroku", "Dobry sąsiad")
KINDS = ("apel", "stanowisko")


def signing(rng: random.Random, title: str) -> str:
    first, second = rng.sample(cities(), 2)
    kind = rng.choice(KINDS)
    return f"Prezydenci {first.form('gen')} i {second.form('gen')} podpisali {kind} „{title}”."


def covered(rng: random.Random, theme_form: dict[str, str]) -> str:
    return rng.choice(
        (
            f"Integracja ma objąć {theme_form['acc']}.",
            f"Współpraca miast obejmie {theme_form['acc']}.",
            f"Pomoc ma polegać na {theme_form['loc']}.",
            f"Wsparcie obejmuje przede wszystkim {theme_form['acc']}.",
        )
    )


def content_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    theme, title = rng.choice(themes()), rng.choice(TITLES)
    text = f"{signing(rng, title)} {covered(rng, dict(theme.forms))}"
    ctx = pages.extract(text)
    return outcome(
        ctx, theme.iri in titled_objects(ctx, title, "theme"), text, f"„{title}” on {theme.slug}"
    )


def two_documents_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    theme = rng.choice(themes())
    one, other = rng.sample(TITLES, 2)
    text = f"{signing(rng, one)} {signing(rng, other)} {covered(rng, dict(theme.forms))}"
    ctx = pages.extract(text)
    ok = theme.iri not in titled_objects(ctx, one, "theme") | titled_objects(ctx, other, "theme")
    return outcome(ctx, ok, text, f"{theme.slug} on neither document")


def test_what_a_signed_document_covers(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'podpisali apel „T”.' + 'Integracja ma objąć …'",
        [content_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_negative_two_signed_documents_leave_it_open(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "negative: two documents signed before: no theme",
        [two_documents_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98


def another_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    theme, title = rng.choice(themes()), rng.choice(TITLES)
    other = rng.choice(("Drugi apel", "Kolejny dokument", "Druga deklaracja", "Inne stanowisko"))
    text = f"{signing(rng, title)} {other} dotyczy {theme.form('gen')}."
    ctx = pages.extract(text)
    return outcome(
        ctx,
        theme.iri not in titled_objects(ctx, title, "theme"),
        text,
        f"„{title}” not on {theme.slug}",
    )


def test_negative_another_document_named_by_its_kind(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    value = rate(
        "negative: 'Drugi apel dotyczy …' after the signing",
        [another_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
