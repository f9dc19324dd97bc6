"""Themes in the later clauses of a topic line, and in a project's description after a dash
(session 16, from the misses of an opened real page).

1. "<date> <w city> odbyło się posiedzenie Zespołu. Temat przewodni: program „T”; <theme, nom.>;
   spotkanie z ekspertami." — every clause of the topic line is a topic of the meeting, not only
   the first (events.py topic_goes_on).
2. "Fundacja realizuje projekt „T” – <theme, nom.> dla cudzoziemców." — a project or programme
   described in lower case after a dash is on the description's themes (relations.py
   described_after_a_dash).
3. Negative control: the dash of a quotation in the next sentence ("projekt „T”. – <Theme> jest
   ważna – mówi prezes.") gives the project no theme.
Themes are the reference's, declined by phrase_forms (morfeusz2); cities the reference's twelve.
120 cases each. Measured on 799ebd8: 1. 0 %, 2. 0 %, the control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects, outcome, titled_objects
from tests.relations_templates import capitalise, cities, date_of, rate, w
from tests.test_events_properties import team
from tests.test_themes_aims_and_agendas import themes

SEED = 20261209
CASES = 120
TITLES = ("Razem w mieście", "Nowy start", "Otwarte drzwi", "Krok po kroku", "Dobry sąsiad")


def topic_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    theme, city, title = rng.choice(themes()), rng.choice(cities()), rng.choice(TITLES)
    date = date_of(rng, ranges=False)
    opening = f"{capitalise(date.text)} {w(city)} odbyło się posiedzenie {team().form('gen')}."
    clauses = [f"program „{title}”", theme.form("nom"), "spotkanie z ekspertami"]
    text = f"{opening.replace('..', '.')} Temat przewodni: {'; '.join(clauses)}."
    ctx = pages.extract(text)
    ok = any(
        theme.iri in {str(o) for o in objects(ctx, e.iri, "theme")}
        for e in ctx.events
        if e.kind == "TeamMeeting"
    )
    return outcome(ctx, ok, text, f"the meeting on {theme.slug}")


def dash_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    theme, title = rng.choice(themes()), rng.choice(TITLES)
    text = rng.choice(
        (
            f"Fundacja Ocalenie realizuje projekt „{title}” – {theme.form('nom')} dla cudzoziemców.",
            f"Miasto wspiera program „{title}” – {theme.form('nom')} i doradztwo dla migrantów.",
            f"Ważnym punktem był projekt „{title}” – {theme.form('nom')} w praktyce.",
        )
    )
    ctx = pages.extract(text)
    return outcome(
        ctx, theme.iri in titled_objects(ctx, title, "theme"), text, f"„{title}” on {theme.slug}"
    )


def quotation_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    theme, title = rng.choice(themes()), rng.choice(TITLES)
    text = (
        f"Fundacja Ocalenie realizuje projekt „{title}”. – {capitalise(theme.form('nom'))} jest "
        "dla nas ważna – mówi prezes fundacji."
    )
    ctx = pages.extract(text)
    ok = theme.iri not in titled_objects(ctx, title, "theme")
    return outcome(ctx, ok, text, f"„{title}” not on {theme.slug}")


def test_every_clause_of_a_topic_line(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'Temat przewodni: program „T”; <theme>; …'", [topic_case(pages, rng) for _ in range(CASES)]
    )
    assert value >= 0.95


def test_a_project_described_after_a_dash(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate("'projekt „T” – <theme> dla …'", [dash_case(pages, rng) for _ in range(CASES)])
    assert value >= 0.95


def test_negative_a_quotation_after_the_project(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    value = rate(
        "negative: '„T”. – <Theme> jest ważna – mówi …'",
        [quotation_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
