"""Bodies that are members of networks, said the ways general Polish says it (session 15, from a
helper's probes of general phrasings; relations.py bodies_as_members).

1. "A dołączył(a, -o) do N", "A został(a) przyjęty(-a) do N", "A jest zrzeszony(-a) w N",
   "A i B należą do N" (every body of the list), "Do N należy A", "N zrzesza m.in. A i B",
   "W skład N wchodzą A i B" → A (and B) memberOf N.
Members are new "Fundacja/Stowarzyszenie <noun>" bodies, networks new "Sieć/Koalicja <noun>"
ones, all declined by phrase_forms (morfeusz2). 120 cases. Measured on 38acfc8: 0%; now
100%.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, made_or_known, outcome
from tests.relations_templates import Named, new_names, rate
from tests.test_bodies_seats_inner_words import new_bodies
from tests.test_leaders_authors_adopted import adopted

SEED = 20261215
CASES = 120
PAST = {"przyjął": ("dołączył", "przyjęty", "zrzeszony"), "przyjęła": ("dołączyła", "przyjęta",
        "zrzeszona"), "przyjęło": ("dołączyło", "przyjęte", "zrzeszone")}  # fmt: skip


def networks() -> tuple[Named, ...]:
    return new_names(("Sieć", "Koalicja"), 400, 480)


def member_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    network = rng.choice(networks())
    first, second = rng.sample(list(new_bodies()), 2)
    joined, admitted, gathered = PAST[adopted(first)]
    was = {"przyjął": "został", "przyjęła": "została", "przyjęło": "zostało"}[adopted(first)]
    text, both = rng.choice(
        (
            (f"{first.form('nom')} {joined} do {network.form('gen')}.", False),
            (f"{first.form('nom')} {was} {admitted} do {network.form('gen')}.", False),
            (f"{first.form('nom')} jest {gathered} w {network.form('loc')}.", False),
            (f"{first.form('nom')} i {second.form('nom')} należą do {network.form('gen')}.", True),
            (f"Do {network.form('gen')} należy {first.form('nom')}.", False),
            (
                f"{network.form('nom')} zrzesza m.in. {first.form('acc')} i {second.form('acc')}.",
                True,
            ),
            (
                f"W skład {network.form('gen')} wchodzą {first.form('nom')} i {second.form('nom')}.",
                True,
            ),
        )
    )
    ctx = pages.extract(text)
    target = made_or_known(ctx, network)
    members = [first, second] if both else [first]
    ok = all(
        target
        in {
            str(f.o) for f in ctx.facts if f.s == made_or_known(ctx, m) and f.p.endswith("memberOf")
        }
        for m in members
    )
    return outcome(ctx, ok, text, f"{[m.label for m in members]} members of «{network.label}»")


def test_bodies_that_are_members_of_a_network(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'A dołączyła do N', 'A i B należą do N', 'N zrzesza A i B', 'W skład N wchodzą A i B' …",
        [member_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95
