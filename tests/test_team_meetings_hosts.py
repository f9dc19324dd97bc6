"""The city that hosted a Team meeting, said later in the story (session 15, from a helper's
probes of general phrasings).

1. "<date> odbyło się posiedzenie Zespołu …. <a sentence>. Gospodarzem spotkania był <City>."
   (also "Spotkanie gościł <City>", "Rolę gospodarza pełnił(a) <City>", "Gospodarzem tegorocznego
   posiedzenia był …"): the host city told one or two sentences later, in the paragraph or the
   next one, places the meeting (events.py city_hosting_next, told_after, HOST_CITY_BEFORE).
2. Negative control: a host city told after another dated sentence (another story) places it
   not; the meeting stands without a city.
Cities are the reference's twelve; dates from tests/relations_templates.date_of. 120 cases each.
Measured on 10d76ae: 1. 0% (no meeting was made without a city in its sentence), 2. 100% (none
made); now 100% each.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome
from tests.relations_templates import capitalise, cities, date_of, rate
from tests.test_events_properties import team

SEED = 20261207
CASES = 120
MIDDLE = (
    "Uczestnicy rozmawiali o edukacji dzieci cudzoziemców.",
    "Omówiono wyniki badań.",
    "Spotkanie trwało dwa dni.",
)
HOSTS = (
    "Gospodarzem spotkania był {nom}.",
    "Gospodarzem posiedzenia był {nom}.",
    "Spotkanie gościł {nom}.",
    "Rolę gospodarza pełnił {nom}.",
    "Gospodarzem tegorocznego spotkania był {nom}.",
)


def story(rng: random.Random) -> tuple[str, object]:
    date = date_of(rng, ranges=False)
    opening = rng.choice(
        (
            f"{capitalise(date.text)} odbyło się posiedzenie {team().form('gen')}.",
            f"{team().form('nom')} spotkał się {date.text}",
        )
    )
    # (a date ending in "r." ends the sentence with its period)
    opening += "" if opening.endswith(".") else "."
    return opening, date


def hosted_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city = rng.choice(cities())
    opening, _ = story(rng)
    middle = " ".join(rng.sample(MIDDLE, rng.choice((0, 1, 2))))
    gap = rng.choice((" ", "\n\n"))
    text = f"{opening} {middle}{gap}{rng.choice(HOSTS).format(nom=city.form('nom'))}"
    ctx = pages.extract(text)
    found = {e.city for e in ctx.events if e.kind == "TeamMeeting"}
    return outcome(ctx, found == {city.iri}, text, f"a Team meeting in {city.iri}")


def control_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city = rng.choice(cities())
    opening, _ = story(rng)
    other = date_of(rng, ranges=False)
    text = (
        f"{opening} Z kolei {other.text} prezydenci podpisali apel. "
        f"{rng.choice(HOSTS).format(nom=city.form('nom'))}"
    )
    ctx = pages.extract(text)
    found = {e.city for e in ctx.events if e.kind == "TeamMeeting"}
    return outcome(ctx, city.iri not in found, text, "no host city for the meeting")


def test_the_host_city_told_later_places_the_meeting(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'… odbyło się posiedzenie Zespołu. … Gospodarzem spotkania był X.'",
        [hosted_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98


def test_negative_a_host_after_another_story(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "negative: a host city after another dated sentence",
        [control_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
