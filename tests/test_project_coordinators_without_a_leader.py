"""A project's coordinator or manager where the page names no one leader (session 17).

"Projekt „T” wspiera cudzoziemców w mieście. Koordynatorką projektu jest X." / "X –
kierownik projektu.": X works on the project (ump:teamMember) — before, a coordinator was
recorded only as holding a post in the project's one leader, and with no leader nothing was
kept. A project named once on the page is the one "projektu" speaks of (relations.project_roles).
With a leader ("Liderem projektu jest Fundacja Ocalenie"), the coordinator holds a
coordinator's post there (as before where the page's title named the project; now also where
the page names it once). Negative control: a page naming two projects — "projektu" may speak of
either: no one is made a team member. People drawn from SGJP (people()), titles from SGJP's
common nouns (title_of). 120 cases each. Measured on the commit before: both 0 %; the control
100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, holds, objects, outcome, person_iri
from tests.relations_templates import people, rate, title_of

SEED = 20261210
CASES = 120
ROLES = (
    "Koordynatorką projektu jest",
    "Kierownikiem projektu jest",
    "Koordynatorem projektu został",
)


def case(pages: Pages, rng: random.Random, leader: bool, two: bool = False) -> tuple[bool, str]:
    person = rng.choice(people())
    title, other = title_of(rng), title_of(rng)
    led = " Liderem projektu jest Fundacja Ocalenie." if leader else ""
    second = f" Miasto prowadzi też projekt „{other}”." if two else ""
    text = (
        f"Projekt „{title}” wspiera cudzoziemców w mieście.{led}{second} "
        f"{rng.choice(ROLES)} {person.nominative}."
    )
    ctx = pages.extract(text)
    iri = person_iri(ctx, person)
    if leader:
        ocalenie = next(
            (i for i, e in ctx.entities.items() if e.label_pl == "Fundacja Ocalenie"), ""
        )
        return outcome(ctx, holds(ctx, person, ocalenie), text, "a post in the leader")
    team = {
        str(o)
        for m in ctx.mentions
        if m.kind == "project"
        for o in objects(ctx, m.iri, "teamMember")
    }
    if two:
        return outcome(ctx, iri not in team, text, "no team member")
    return outcome(ctx, iri is not None and iri in team, text, "of the project's team")


def test_project_coordinators_without_a_leader(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate("'Koordynatorką projektu jest X'", [case(pages, rng, False) for _ in range(CASES)])
    assert value >= 0.95


def test_coordinators_of_a_led_project(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate("with a leader", [case(pages, rng, True) for _ in range(CASES)])
    assert value >= 0.95


def test_negative_two_projects_on_the_page(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    value = rate(
        "negative: two projects", [case(pages, rng, False, two=True) for _ in range(CASES)]
    )
    assert value >= 0.98
