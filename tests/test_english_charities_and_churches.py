"""Charities, trusts, alliances and churches' bodies named in English, on a Polish page and on an
English one: "przedstawiciele International Orthodox Christian Charities (IOCC)", "Refugee Aid
Trust", "the Ukrainian Greek Catholic Church", "the Eparchy of Wrocław-Koszalin" (session 39,
from misses of sowilo, opened: the charity gave the person "Christian Charities" — "Christian"
is a given name SGJP lists — and the church's bodies on its English page gave nothing).

names.EN_BODY_HEADS gains "charity", "charities", "trust", "alliance", "church",
"diocese", "archdiocese", "eparchy", "archeparchy", "synod"; names.person_words makes no person
of a given name and an English body's head ("Christian Charities").
Cases: English modifiers (those of tests/test_english_names_on_polish_pages.py and the words of
faiths, "Christian", "Catholic", "Orthodox" …) with one of the new heads, in that test's Polish
sentences (not after "fundacja" in small letters, which names the foundation "Fundacja …").
Control: the heads that test uses ("Centre", "Foundation" …) with its modifiers, as before (with
a faith's word, "Eastern Christian Institute", they gave a person too: 93.3 % -> 99.2 %).
Measured on 0a48245: 20.0 % -> 100 %; control 100 % both.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome
from tests.relations_templates import rate
from tests.test_english_names_on_polish_pages import HEADS, MODIFIERS, SUBJECTS, labels, sentence

SEED = 20261210
CASES = 120
FAITHS = ("Christian", "Catholic", "Orthodox", "Jewish", "Lutheran", "Evangelical", "Greek")
# (not "Trust", "Synod", "Eparchy": Polish words too, which a Polish page reads as Polish)
NEW_HEADS = ("Charities", "Charity", "Alliance", "Church", "Diocese", "Archdiocese", "Archeparchy")


def name_of(rng: random.Random, heads: tuple[str, ...], faiths: bool) -> str:
    first = rng.choice(MODIFIERS)
    middle = rng.choice((*FAITHS, *SUBJECTS) if faiths else SUBJECTS)
    return f"{first} {middle} {rng.choice(heads)}"


def case(pages: Pages, rng: random.Random, heads: tuple[str, ...]) -> tuple[bool, str]:
    name = name_of(rng, heads, faiths=heads is NEW_HEADS)
    text = sentence(rng, name)
    while "fundacj" in text:
        # ("przedstawiciele fundacji Baltic …": a foundation named by its kind word in small
        # letters, "Fundacja Baltic …", as bodies_by_a_small_kind_word reads it, for any head)
        text = sentence(rng, name)
    ctx = pages.extract(text)
    people = [e.label_pl for e in ctx.entities.values() if e.cls.endswith("Person")]
    ok = name in labels(ctx) and not people
    return outcome(ctx, ok, text, f"the organisation «{name}» and no person")


def test_charities_and_churches_named_in_english(pages: Pages) -> None:
    rng = random.Random(SEED)
    results = [case(pages, rng, NEW_HEADS) for _ in range(CASES)]
    assert rate("'International Orthodox Christian Charities'", results) >= 0.95


def test_control_the_heads_read_before(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    results = [case(pages, rng, HEADS) for _ in range(CASES)]
    assert rate("control: 'International Refugee Foundation'", results) >= 0.95
