"""A post named in one sentence and taken up in the next (session 16, from the misses of an
opened real page: "… powołał Pełnomocnika Prezydenta Wrocławia ds. …. Funkcję tę pełni Olga
Chrebor").

1. "<Body or mayor> powołał(a) <role, acc.> <body / city, gen.> …. Funkcję tę pełni / sprawuje
   / Stanowisko to objęła <person>." — the person holds that post, in the body (or the city's
   office) (relations.py posts_named_before_taken_up).
2. Negative control: "Funkcję tę pełni <person>" after a sentence naming no role gives no post.
Bodies are the reference's (declined by phrase_forms), cities the reference's twelve, people
drawn from SGJP. 120 cases each. Measured on 799ebd8: 1. 0 %, the control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, holds, outcome, people_found
from tests.relations_templates import cities, office_of, organisations, people, rate

SEED = 20261225
CASES = 120
ROLES = ("koordynatora", "pełnomocnika", "dyrektora", "rzecznika")
TAKEN = ("Funkcję tę pełni", "Funkcję tę sprawuje", "Stanowisko to objęła", "Stanowisko to zajmuje")


def taken_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    person, role = rng.choice(people()), rng.choice(ROLES)
    if rng.random() < 0.5:
        body = rng.choice(organisations())
        owner, iri = body.form("gen") + ",", body.iri
    else:
        city = rng.choice(cities())
        owner, iri = f"Prezydenta {city.form('gen')} ds. cudzoziemców,", office_of(city)
    text = (
        f"W marcu zarząd powołał {role} {owner} który zacznie pracę w kwietniu. "
        f"{rng.choice(TAKEN)} {person.nominative}."
    )
    ctx = pages.extract(text)
    return outcome(ctx, holds(ctx, person, iri), text, f"a post in {iri.rsplit('/', 1)[-1]}")


def no_role_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    person = rng.choice(people())
    text = f"W marcu miasto otworzyło nowy punkt. {rng.choice(TAKEN)} {person.nominative}."
    ctx = pages.extract(text)
    posts = [f for f in ctx.facts if f.p.endswith("/holds")]
    return outcome(ctx, not posts, text, f"no post; people {people_found(ctx)}")


def test_a_post_named_before_is_taken_up(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'… powołał koordynatora X. Funkcję tę pełni A'",
        [taken_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_negative_no_role_before(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate("negative: no role before", [no_role_case(pages, rng) for _ in range(CASES)])
    assert value >= 0.98
