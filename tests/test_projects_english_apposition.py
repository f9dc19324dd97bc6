"""English names a project in title case with its kind in an apposition — "to launch Cities for
Inclusion, a two-year project that will help …" — and a headline that launches it ("Polish
Cities and IOM Launch “Cities for Inclusion”") names the project, not an event. Titles are
drawn from English nouns and adjectives not in the corpus; the control names no kind ("…
launched Harbour Day, when the cities …"), and stays no project."""

from __future__ import annotations

import random

from tests.relations_pages import Pages
from tests.relations_templates import NEGATIVE, POSITIVE, rate

SEED = 20261209
NOUNS = ("Harbours", "Bridges", "Neighbours", "Gateways", "Lanterns", "Compasses", "Orchards")
ADJECTIVES = ("Open", "Shared", "Bright", "Steady", "Common", "Local")
TAILS = ("Inclusion", "Newcomers", "Everyone", "Belonging", "Welcome")
KINDS = ("a two-year project", "an EU-funded project", "a 36-month programme", "a pilot project")


def title(rng: random.Random) -> str:
    shape = rng.randrange(3)
    if shape == 0:
        return f"{rng.choice(NOUNS)} for {rng.choice(TAILS)}"
    if shape == 1:
        return f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"
    return f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} of {rng.choice(TAILS)}"


def page(rng: random.Random, named_as_project: bool) -> tuple[str, str]:
    name = title(rng)
    day = rng.randrange(1, 28)
    if named_as_project:
        body = (
            f"# Polish Cities and IOM Launch “{name}”\n\n"
            f"Officials of six cities met in Katowice on {day} June 2024 to launch {name}, "
            f"{rng.choice(KINDS)} that will help municipalities build integration services."
        )
    else:
        body = (
            f"Officials of six cities met in Katowice on {day} June 2024. They launched {name} "
            "Day, when the cities open their offices to residents."
        )
    return name, body


def test_a_project_in_apposition_is_a_project(pages: Pages) -> None:
    rng = random.Random(SEED)
    results = []
    for _ in range(105):
        name, body = page(rng, True)
        ctx = pages.english.extract(body)
        projects = [
            e.label_pl for e in ctx.entities.values() if e.cls.endswith(("Project", "Programme"))
        ]
        titled = [e for e in ctx.events if e.title and e.title[0] == name]
        ok = projects == [name] and not titled
        results.append((ok, f"project {name}, no event of that name: {projects} {body!r}"))
    assert rate("'to launch X, a two-year project' -> project X", results) >= POSITIVE


def test_a_name_without_its_kind_is_no_project(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    results = []
    for _ in range(105):
        _, body = page(rng, False)
        ctx = pages.english.extract(body)
        projects = [
            e.label_pl for e in ctx.entities.values() if e.cls.endswith(("Project", "Programme"))
        ]
        results.append((not projects, f"no project: {projects} {body!r}"))
    assert rate("negative: 'They launched X Day' -> no project", results) >= NEGATIVE
