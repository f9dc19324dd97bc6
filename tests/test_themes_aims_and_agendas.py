"""What a project or a meeting is about, said the ways general Polish says it (session 15, from
a helper's probes of general phrasings).

1. Projects (relations.py PROJECT_OFFERS, ITS_AIM): "Projekt „T” koncentruje się na <theme,
   loc.>", "… skupia się na …", "… ma na celu <acc.>", "Celem projektu „T” jest <nom.>", "…
   poświęcony jest <dat.>", "Fundacja X rozpoczęła projekt „T”. Jego celem jest <nom.>".
2. Meetings (events.py DISCUSSION): after "<date> <w city> odbyło się spotkanie.": "Przedmiotem
   obrad była <nom.>", "Spotkanie koncentrowało się na <loc.>", "Poruszono temat <gen.>",
   "Uczestnicy mówili o <loc.>", "Porządek obrad obejmował <acc.>", "W centrum uwagi znalazła
   się <nom.>".
The themes are the reference's (graph/reference/themes.ttl), their Polish labels declined by
phrase_forms (morfeusz2). 120 cases each. Measured on 6ab28db: 1. 0%, 2. 0%; now 100% each.
"""

from __future__ import annotations

import random
from functools import cache

import rdflib

from tests.relations_pages import Pages, objects, outcome
from tests.relations_templates import (
    REFERENCE,
    Named,
    capitalise,
    cities,
    date_of,
    phrase_forms,
    rate,
    w,
)
from tests.test_leaders_authors_adopted import iris_labelled

SEED = 20261213
CASES = 120
TITLES = ("Razem w mieście", "Nowy start", "Otwarte drzwi", "Krok po kroku", "Dobry sąsiad")


@cache
def themes() -> tuple[Named, ...]:
    graph = rdflib.Graph().parse(REFERENCE / "themes.ttl")
    found = []
    for theme, label in sorted(graph.subject_objects(rdflib.RDFS.label)):
        if getattr(label, "language", None) != "pl" or "/theme/" not in str(theme):
            continue
        # (phrase_forms declines names: the label capitalised, then its forms in lower case)
        forms = phrase_forms(capitalise(str(label)))
        if forms is not None:
            lower = tuple((case, f[:1].lower() + f[1:]) for case, f in forms)
            found.append(Named(str(theme), str(label), lower))
    return tuple(found)


def project_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    theme, title = rng.choice(themes()), rng.choice(TITLES)
    text = rng.choice(
        (
            f"Projekt „{title}” koncentruje się na {theme.form('loc')}.",
            f"Projekt „{title}” skupia się na {theme.form('loc')}.",
            f"Projekt „{title}” ma na celu {theme.form('acc')}.",
            f"Celem projektu „{title}” jest {theme.form('nom')}.",
            f"Projekt „{title}” poświęcony jest {theme.form('dat')}.",
            f"Fundacja Ocalenie rozpoczęła projekt „{title}”. Jego celem jest {theme.form('nom')}.",
        )
    )
    ctx = pages.extract(text)
    ok = any(
        theme.iri in {str(o) for o in objects(ctx, p, "theme")} for p in iris_labelled(ctx, title)
    )
    return outcome(ctx, ok, text, f"„{title}” on {theme.slug}")


def meeting_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    theme, city, date = rng.choice(themes()), rng.choice(cities()), date_of(rng, ranges=False)
    opening = f"{capitalise(date.text)} {w(city)} odbyło się spotkanie."
    said = rng.choice(
        (
            f"Przedmiotem obrad była {theme.form('nom')}.",
            f"Spotkanie koncentrowało się na {theme.form('loc')}.",
            f"Poruszono temat {theme.form('gen')}.",
            f"Uczestnicy mówili o {theme.form('loc')}.",
            f"Porządek obrad obejmował {theme.form('acc')}.",
            f"W centrum uwagi znalazła się {theme.form('nom')}.",
        )
    )
    text = f"{opening} {said}"
    ctx = pages.extract(text)
    ok = any(theme.iri in {str(o) for o in objects(ctx, e.iri, "theme")} for e in ctx.events)
    return outcome(ctx, ok, text, f"the meeting on {theme.slug}")


def test_what_a_project_aims_at(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'koncentruje się na', 'ma na celu', 'Celem projektu jest', 'Jego celem jest' …",
        [project_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_what_a_meeting_took_up(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "'Przedmiotem obrad była', 'Poruszono temat', 'mówili o', 'Porządek obrad obejmował' …",
        [meeting_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95
