"""A delegation's, representatives' or guests' coming to a city on a day is a visit there, told
or announced (session 44, from a miss of gebo, opened this session: "We wtorek, 30 maja, do
Gdańska przyjedzie delegacja z Mariupola" gave no event; a visit was read from "odwiedził",
"odwiedzili", never from the future "odwiedzi" nor from a verb of coming).

Cases: a date of relations_templates.date_of and a city of the reference in the genitive after
"do", a verb of coming (past, agreeing with its subject, or future) and who comes: a
delegation or guests from a town of the reference, or representatives of a body of the
reference, the verb before them or after; or "{who} odwiedzi(ą) {city}". → an event on that
day, in that city. 120 cases.
Control: the same verbs with people who come to stay ("dzieci z Ukrainy", "uchodźcy",
"rodziny") make no event. 120 cases.
Measured on 3e9a5c7 (before the rule): 0.0 %; now 100 %. The control 100 % before and after.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome
from tests.relations_templates import cities, date_of, organisations, rate

SEED = 20261207
CASES = 120
# (who comes, its number and gender for the past tense: "sg:f", "pl:m1", "pl:nm1")
VISITORS = (
    ("delegacja z {town}", "sg:f"),
    ("oficjalna delegacja z {town}", "sg:f"),
    ("goście z {town}", "pl:m1"),
    ("przedstawiciele {body}", "pl:m1"),
    ("delegacja {body}", "sg:f"),
)
PAST = {"sg:f": ("przyjechała", "przybyła"), "pl:m1": ("przyjechali", "przybyli"),
        "pl:nm1": ("przyjechały", "przybyły")}  # fmt: skip
FUTURE = {"sg:f": ("przyjedzie", "przybędzie"), "pl:m1": ("przyjadą", "przybędą"),
          "pl:nm1": ("przyjadą", "przybędą")}  # fmt: skip
VISITS = {"sg:f": "odwiedzi", "pl:m1": "odwiedzą", "pl:nm1": "odwiedzą"}
STAYING = (("300 dzieci z Ukrainy", "pl:nm1"), ("uchodźcy z {town}", "pl:m1"),
           ("rodziny z {town}", "pl:nm1"))  # fmt: skip


def who(rng: random.Random, kinds: tuple[tuple[str, str], ...], home: str) -> tuple[str, str]:
    text, form = rng.choice(kinds)
    town = rng.choice([c for c in cities() if c.label != home])
    body = rng.choice(organisations())
    return text.format(town=town.form("gen"), body=body.form("gen")), form


def a_visit(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    date = date_of(rng, ranges=False)
    city = rng.choice(cities())
    visitors, agreement = who(rng, VISITORS, city.label)
    verb = rng.choice((*PAST[agreement], *FUTURE[agreement]))
    order = rng.randrange(3)
    if order == 0:
        text = f"{date.text} do {city.form('gen')} {verb} {visitors}."
    elif order == 1:
        text = f"{date.text} {visitors} {verb} do {city.form('gen')}."
    else:
        text = f"{date.text} {visitors} {VISITS[agreement]} {city.form('acc')}."
    ctx = pages.extract(text)
    ok = any(
        (e.first, e.last) == (date.first, date.last) and e.city == city.iri for e in ctx.events
    )
    return outcome(ctx, ok, text, f"an event on {date.first} in {city.label}")


def people_who_stay(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    date = date_of(rng, ranges=False)
    city = rng.choice(cities())
    people, agreement = who(rng, STAYING, city.label)
    verb = rng.choice(PAST[agreement])
    text = f"{date.text} do {city.form('gen')} {verb} {people}."
    ctx = pages.extract(text)
    return outcome(ctx, not ctx.events, text, "no event")


def test_a_delegation_coming_is_a_visit(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'do Gdańska przyjedzie delegacja z Mariupola' → a visit that day in Gdańsk",
        [a_visit(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_people_who_come_to_stay_make_no_event(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "control: 'do Gdańska przyjechały rodziny z Ukrainy' → no event",
        [people_who_stay(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
