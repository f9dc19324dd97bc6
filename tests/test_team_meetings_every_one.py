"""What is said of every meeting of the Team (session 16, from the misses of an opened real page).

1. After two dated Team meetings in their cities, "Na każdym posiedzeniu Zespół korzysta z wiedzy
   eksperckiej <org, gen.>", "Każde spotkanie Zespołu wspiera <org, nom.>", "W każdym spotkaniu
   Zespołu uczestniczą przedstawiciele <org, gen.>", "Wszystkie posiedzenia odbywają się z
   udziałem <org, gen.>" link the organisation to both meetings (events.py
   statements_about_all_meetings, EXPERTISE).
2. Negative control: "Zespół korzysta też z publikacji <org, gen.>" (no "każdy / wszystkie")
   links it to neither meeting.
Organisations are the reference's (their labels declined by phrase_forms), cities the reference's
twelve, dates from date_of; the Team is not drawn as a partner of itself. 120 cases each. Measured on 799ebd8: 1. 23.3 % (the "wspiera" form
alone), the control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects, outcome
from tests.relations_templates import capitalise, cities, date_of, organisations, rate, w
from tests.test_events_properties import team

SEED = 20261208
CASES = 120
EVERY = (
    "Na każdym posiedzeniu Zespół korzysta z wiedzy eksperckiej {gen}.",
    "Każde spotkanie Zespołu wspiera {nom}.",
    "W każdym spotkaniu Zespołu uczestniczą przedstawiciele {gen}.",
    "Wszystkie posiedzenia odbywają się z udziałem {gen}.",
)


def meetings(rng: random.Random) -> str:
    first, second = rng.sample(cities(), 2)
    one, other = date_of(rng, ranges=False), date_of(rng, ranges=False)
    return (
        f"{capitalise(one.text)} {w(first)} odbyło się posiedzenie {team().form('gen')}. "
        f"{capitalise(other.text)} Zespół spotkał się {w(second)}."
    ).replace("..", ".")


def partners() -> list[object]:
    """The reference's organisations but the Team itself."""
    return [o for o in organisations() if o.iri != team().iri]


def linked(ctx: object, org: str) -> int:
    """How many of the page's Team meetings the organisation is linked to."""
    return sum(
        any(
            org in {str(o) for o in objects(ctx, e.iri, name)}  # type: ignore[arg-type]
            for name in ("supporter", "participant")
        )
        for e in ctx.events  # type: ignore[attr-defined]
        if e.kind == "TeamMeeting"
    )


def every_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    org = rng.choice(partners())
    text = f"{meetings(rng)} {rng.choice(EVERY).format(gen=org.form('gen'), nom=org.form('nom'))}"
    ctx = pages.extract(text)
    count = sum(1 for e in ctx.events if e.kind == "TeamMeeting")
    return outcome(
        ctx, count == 2 and linked(ctx, org.iri) == 2, text, f"both meetings — {org.slug}"
    )


def control_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    org = rng.choice(partners())
    text = f"{meetings(rng)} Zespół korzysta też z publikacji {org.form('gen')}."
    ctx = pages.extract(text)
    return outcome(ctx, linked(ctx, org.iri) == 0, text, f"no meeting — {org.slug}")


def test_what_every_meeting_of_the_team_has(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'Na każdym posiedzeniu Zespół korzysta z wiedzy eksperckiej X' …",
        [every_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_negative_without_every_no_link(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "negative: 'Zespół korzysta też z publikacji X'",
        [control_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
