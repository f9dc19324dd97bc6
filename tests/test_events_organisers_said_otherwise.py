"""Who organised an event, said the ways general Polish says it (session 15, from a helper's
probes of general phrasings; events.py ORGANISER).

1. After "<date> <w city> odbyły się warsztaty.": "Warsztaty / Spotkanie przygotował(a, -o) X",
   "Inicjatorem spotkania był(a, -o) X", "Za organizację warsztatów odpowiadał(a, -o) X",
   "Warsztaty zorganizowano przy współpracy z X"; and "Z inicjatywy X <date> odbyła się
   debata <w city>." → X organised the event.
2. Negative control: "Materiały przygotował(a, -o) X." (who prepared something for it need not
   hold it) → no organiser.
Bodies are the reference's organisations and new "Fundacja/Stowarzyszenie <noun>" (phrase_forms);
the verb agrees with the body as "przyjął/przyjęła/przyjęło" does. 120 cases each. Measured on
7ebad73: 1. 18.3%, 2. 100%; now 100% each.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, made_or_known, objects, outcome
from tests.relations_templates import capitalise, cities, date_of, rate, w
from tests.test_bodies_seats_inner_words import new_bodies
from tests.test_leaders_authors_adopted import adopted, bodies

SEED = 20261212
CASES = 120
ENDINGS = {"przyjął": "", "przyjęła": "a", "przyjęło": "o"}


def organiser_case(pages: Pages, rng: random.Random, control: bool = False) -> tuple[bool, str]:
    body = rng.choice(bodies() if rng.random() < 0.5 else new_bodies())
    city, date = rng.choice(cities()), date_of(rng, ranges=False)
    a = ENDINGS[adopted(body)]
    opening = f"{capitalise(date.text)} {w(city)} odbyły się warsztaty."
    if control:
        text = f"{opening} Materiały przygotował{a} {body.form('nom')}."
    else:
        text = rng.choice(
            (
                f"{opening} Warsztaty przygotował{a} {body.form('nom')}.",
                f"{opening} Inicjatorem spotkania był{a} {body.form('nom')}.",
                f"{opening} Za organizację warsztatów odpowiadał{a} {body.form('nom')}.",
                f"{opening} Warsztaty zorganizowano przy współpracy z {body.form('inst')}.",
                f"Z inicjatywy {body.form('gen')} {date.text} {w(city)} odbyła się debata.",
            )
        )
    ctx = pages.extract(text)
    wanted = made_or_known(ctx, body)
    found = {str(o) for e in ctx.events for o in objects(ctx, e.iri, "organiser")}
    ok = (wanted not in found) if control else (wanted in found)
    return outcome(ctx, ok, text, f"{'no ' if control else ''}organiser {wanted}")


def test_organisers_said_otherwise(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'Warsztaty przygotowała X', 'Inicjatorem … była X', 'Z inicjatywy X …' …",
        [organiser_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98


def test_negative_who_prepared_materials(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "negative: 'Materiały przygotowała X'",
        [organiser_case(pages, rng, control=True) for _ in range(CASES)],
    )
    assert value >= 0.98
