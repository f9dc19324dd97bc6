"""A quoted title that opens with the kind of initiative it is — "w ramach „Programu integracji
cudzoziemców w Łodzi na lata 2023–2027”", "z „Projektem …”" — names that programme (project) in
the nominative, its head declined inside the quotes (every singular case by morfeusz2); a city's
public task in quotes ("zadania publicznego „Łódź dla Wszystkich – …”") is a project. Subjects
are drawn from SGJP nouns and the reference's cities."""

from __future__ import annotations

import random

from tests.relations_pages import Pages
from tests.relations_templates import CASES, cities, common_lemmas, form, rate, w

SEED = 20261204
FRAMES = {
    "gen": "Zadanie realizowane jest w ramach „{t}”.",
    "dat": "Dzięki „{t}” miasto wspiera cudzoziemców.",
    "acc": "Rada Miasta przyjęła „{t}” w marcu.",
    "inst": "Zgodnie z „{t}” miasto otworzy punkt.",
    "loc": "O „{t}” rozmawiano na sesji.",
    "nom": "„{t}” obejmuje kursy językowe.",
}
TASK_FRAMES = (
    "Prezydent ogłasza konkurs na realizację zadania publicznego „{t}” w 2025 r.",
    "Oferty na zadanie publiczne „{t}” można składać do marca.",
)


def subject(rng: random.Random) -> str:
    city = rng.choice(cities())
    word = rng.choice(common_lemmas())
    years = rng.randrange(2018, 2026)
    return rng.choice(
        (
            f"integracji cudzoziemców {w(city)} na lata {years}–{years + 4}",
            f"wsparcia {form(word, 'subst', 'sg', 'gen') or 'migrantów'} i migrantów",
            f"na rzecz integracji mieszkańców z zagranicy {years}",
        )
    )


def cases() -> list[tuple[str, str, str]]:
    """(text, the nominative title, kind)."""
    rng = random.Random(SEED)
    found = []
    for index in range(120):
        head, kind = (("program", "programme"), ("projekt", "project"))[index % 2]
        case = CASES[index % len(CASES)]
        declined = form(head, "subst", "sg", case) or head
        rest = subject(rng)
        text = FRAMES[case].format(t=f"{declined.capitalize()} {rest}")
        found.append((text, f"{head.capitalize()} {rest}", kind))
    for index in range(40):
        city = rng.choice(cities())
        title = f"{city.label} dla Wszystkich – {subject(rng)}"
        found.append((TASK_FRAMES[index % 2].format(t=title), title, "project"))
    return found


def test_quoted_initiatives_are_named_in_the_nominative(pages: Pages) -> None:
    results = []
    for text, title, kind in cases():
        ctx = pages.extract(text)
        named = [
            (e.label_pl, e.cls.rsplit("/", 1)[-1].lower())
            for e in ctx.entities.values()
            if e.cls.endswith(("/Programme", "/Project"))
        ]
        results.append((named == [(title, kind)], f"{title} ({kind}) in {text!r}: {named}"))
    assert rate("„Programu …” / zadanie publiczne „…” -> the initiative", results) >= 0.95
