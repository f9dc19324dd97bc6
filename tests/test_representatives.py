"""People who represent a body are its members, told with the body first or after a verb of
representing (session 18):
"<body acc> reprezentował(a) <person>", "<person>, reprezentując(y/a) <body acc>, …",
"<person> reprezentował(a) <body acc>", "W imieniu <body gen> głos zabrał(a) <person>",
"Ze strony <body gen> w spotkaniu uczestniczył(a) <person>", and English "representing the
<body>", "On behalf of the <body>, <person> …" (relations.py: representatives, AFFILIATION_GAP).
The control: a person who talks to a body's representatives ("Przedstawiciele <body gen>
rozmawiali z <person inst>") or criticises it is no member of it.
Bodies are the reference's (their case forms generated with morfeusz2), people from SGJP.
Measured on the commit before: Polish 0.0 %, English 0.0 %; the control 100 %.
The totals of every set and the corpus did not move (few of their pages say it so; those that
do name a city, not a body).
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects, person_iri
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    Person,
    english_label,
    organisations,
    people,
    rate,
)

SEED = 20261204
CASES = 120


def representing(person: Person) -> str:
    return "reprezentująca" if person.gender == "f" else "reprezentujący"


POLISH = (
    lambda b, p: f"{b.form('acc')} reprezentował{p.a} {p.nominative}.",
    lambda b, p: f"{p.nominative}, {representing(p)} {b.form('acc')}, przedstawił{p.a} raport.",
    lambda b, p: f"Na spotkaniu {p.nominative} reprezentował{p.a} {b.form('acc')}.",
    lambda b, p: f"W imieniu {b.form('gen')} głos zabrał{p.a} {p.nominative}.",
    lambda b, p: f"Ze strony {b.form('gen')} w spotkaniu uczestniczył{p.a} {p.nominative}.",
)
ENGLISH = (
    "{P}, representing the {B}, presented the report.",
    "On behalf of the {B}, {P} welcomed the guests.",
    "The {B} was represented by {P}.",
)
CONTROLS = (
    lambda b, p: f"Przedstawiciele {b.form('gen')} rozmawiali z {p.form('inst')}.",
    lambda b, p: f"{p.nominative} skrytykował{p.a} {b.form('acc')} za opieszałość.",
)


def capitalised(text: str) -> str:
    return text[0].upper() + text[1:]


def member(pages: Pages, text: str, english: bool, body: str, person: Person) -> bool:
    ctx = pages.english.extract(text) if english else pages.extract(text)
    who = person_iri(ctx, person)
    return who is not None and body in objects(ctx, who, "memberOf")


def polish_bodies() -> list[object]:
    # (bodies written in capitals decline without their forms: "IOM", "UMP")
    return [o for o in organisations() if not o.label.isupper()]


def english_bodies() -> list[str]:
    return [o.iri for o in organisations() if not english_label(o.iri).isupper()]


def test_representatives_in_polish(pages: Pages) -> None:
    rng = random.Random(SEED)
    results = []
    for _ in range(CASES):
        body, person, frame = rng.choice(polish_bodies()), rng.choice(people()), rng.choice(POLISH)
        text = capitalised(frame(body, person))
        results.append((member(pages, text, False, body.iri, person), text))
    assert rate("'<body> reprezentował X', 'W imieniu <body> X'", results) >= POSITIVE


def test_representatives_in_english(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    results = []
    for _ in range(CASES):
        body, person, frame = (
            rng.choice(english_bodies()),
            rng.choice(people()),
            rng.choice(ENGLISH),
        )
        text = frame.format(P=person.nominative, B=english_label(body))
        results.append((member(pages, text, True, body, person), text))
    assert rate("'representing the <body>', 'on behalf of'", results) >= POSITIVE


def test_negative_talking_to_a_body_is_no_membership(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    results = []
    for _ in range(CASES):
        body, person = rng.choice(polish_bodies()), rng.choice(people())
        text = capitalised(rng.choice(CONTROLS)(body, person))
        results.append((not member(pages, text, False, body.iri, person), text))
    assert rate("negative: talking to a body's people", results) >= NEGATIVE
