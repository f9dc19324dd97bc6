"""A list of members introduced by a collective body's word alone, capitalised ("W skład Rady
weszli m.in.:", "Członkowie Komitetu:"), lists the members of the body of that head the page
named in full before (session 44, from a miss of ansuz, opened in session 43: "Gdańska Rada ds.
Równego Traktowania to ciało doradczo-monitorujące" … "## Skład Rady II kadencji" / "W skład
Rady weszli m.in.:" over fourteen people gave no member; the list's body had to be named in its
introduction or heading).

Cases: a council, committee or team named from a city's adjective (SGJP's, in the head's
gender by morfeusz2), its head and a complement, told in its first sentence; then an
introduction that writes the head alone, in the genitive, and three people of SGJP's names,
one to an item. → each person a member of the body. 120 cases.
Control: the same page whose introduction speaks of who spoke, not of members ("Na posiedzeniu
Rady głos zabrali:") makes nobody a member. 120 cases.
Measured on 8014756 (before the rule): 0.0 %; now 97.5 % (the three misses name "Gdańska Rada …"
without "Gdańska", read as the town's genitive: an older miss; their members join the body
found). The control 100 % before and after.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects, outcome, person_iri
from tests.relations_templates import people, rate
from tests.test_bodies_term_of_a_council import BODIES, city_adjective

SEED = 20261207
CASES = 120
INTROS = ("W skład {head} weszli m.in.:", "W skład {head} wchodzą:", "Członkowie {head}:")
OTHER_INTROS = ("Na posiedzeniu {head} głos zabrali:", "Gości {head} powitali:")
ROLES = ("ekspertka ds. migracji", "przedstawiciel organizacji pozarządowej", "radny miasta")


def listed_page(pages: Pages, rng: random.Random, intros: tuple[str, ...]) -> tuple:
    head, genitive, gender, complements = rng.choice(BODIES)
    adjective = None
    while adjective is None:
        adjective = city_adjective(rng, gender)
    name = f"{adjective} {head} {rng.choice(complements)}"
    members = rng.sample(people(), 3)
    items = "\n".join(f"- {p.nominative} – {rng.choice(ROLES)};" for p in members)
    intro = rng.choice(intros).format(head=genitive)
    text = f"Przy prezydencie miasta działa {name}.\n\n{intro}\n\n{items}\n"
    ctx = pages.extract(text)
    body = next((iri for iri, e in ctx.entities.items() if e.label_pl == name), None)
    joined = [
        body is not None and body in objects(ctx, person_iri(ctx, p) or "", "memberOf")
        for p in members
    ]
    return ctx, text, name, joined


def members_of_the_body(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    ctx, text, name, joined = listed_page(pages, rng, INTROS)
    return outcome(ctx, all(joined), text, f"three members of {name}")


def nobody_a_member(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    ctx, text, _, _ = listed_page(pages, rng, OTHER_INTROS)
    made = [f for f in ctx.facts if f.p.endswith("memberOf")]
    return outcome(ctx, not made, text, "no member")


def test_a_list_under_the_bodys_word_alone(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'działa … Rada …' / 'W skład Rady weszli:' → members",
        [members_of_the_body(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_who_spoke_is_no_member(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "control: 'Na posiedzeniu Rady głos zabrali:' → no member",
        [nobody_a_member(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
