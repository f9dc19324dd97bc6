"""Who organises a project or a programme runs it (session 16, from the misses of an opened real
page).

1. "Organizatorami projektu „T” są A i B.", "Projekt „T” organizują A, B i C.", "Program „T”
   współorganizują A i B." — the bodies are the project's partners (relations.py
   initiatives_organised_by); an acronym in brackets after a body ("A (ABC), B i C") does not
   break the list (chain_after).
2. Negative control: "Projekt „T” ruszył w marcu. Spotkanie organizują A i B." — the bodies
   organise the meeting, not the project.
Organisations are the reference's, declined by phrase_forms (morfeusz2); acronyms are the
initials of their labels (none the reference knows as another body's). 120 cases each. Measured on 799ebd8: 1. 0 %, the control 100 %.
"""

from __future__ import annotations

import random
from functools import cache

import rdflib

from tests.relations_pages import Pages, outcome, titled_objects
from tests.relations_templates import REFERENCE, listed, organisations, rate

SEED = 20261211
CASES = 120
TITLES = ("Razem w mieście", "Nowy start", "Otwarte drzwi", "Krok po kroku", "Dobry sąsiad")


@cache
def known_names() -> frozenset[str]:
    """Every label of the reference's organisations ("UMP" is the Union's own acronym)."""
    graph = rdflib.Graph().parse(REFERENCE / "organisations.ttl")
    return frozenset(str(o) for o in graph.objects() if isinstance(o, rdflib.Literal))


def initials(label: str) -> str:
    letters = "".join(w[0] for w in label.split() if w[:1].isupper())
    return "" if letters in known_names() else letters


def named(org: object, case: str, rng: random.Random) -> str:
    """The body in its case, maybe with its initials in brackets after it."""
    form = org.form(case)  # type: ignore[attr-defined]
    letters = initials(org.label)  # type: ignore[attr-defined]
    return f"{form} ({letters})" if len(letters) > 1 and rng.random() < 0.5 else form


def organised_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    bodies = rng.sample(organisations(), rng.choice((2, 3)))
    title = rng.choice(TITLES)
    names = listed([named(b, "nom", rng) for b in bodies])
    text = rng.choice(
        (
            f"Organizatorami projektu „{title}” są {names}.",
            f"Projekt „{title}” organizują {names}.",
            f"Program „{title}” współorganizują {names}.",
        )
    )
    ctx = pages.extract(text)
    ok = {b.iri for b in bodies} <= titled_objects(ctx, title, "partner", "leader")
    return outcome(ctx, ok, text, f"„{title}” run by all")


def meeting_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    bodies = rng.sample(organisations(), 2)
    title = rng.choice(TITLES)
    names = listed([b.form("nom") for b in bodies])
    text = f"Projekt „{title}” ruszył w marcu. Spotkanie organizują {names}."
    ctx = pages.extract(text)
    ok = not ({b.iri for b in bodies} & titled_objects(ctx, title, "partner", "leader"))
    return outcome(ctx, ok, text, f"„{title}” not run by them")


def test_who_organises_a_project_runs_it(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'Organizatorami projektu „T” są A i B' …",
        [organised_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_negative_who_organises_a_meeting(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "negative: 'Projekt „T” ruszył. Spotkanie organizują A i B'",
        [meeting_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
