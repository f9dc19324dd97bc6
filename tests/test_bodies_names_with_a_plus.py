"""A word of a name may end in "+": "Narodowa Agencja Programu Erasmus+ i Europejskiego Korpusu
Solidarności", "Fundusz Azylu+" (session 40, from a miss of othala, opened: the agency was cut
to "Narodowa Agencja Programu Erasmus", and nothing after the plus was read).

names.WORD reads "+" at a word's end (not before another word's letter) as part of the word,
so a name goes on past it. Cases: bodies' heads in every case morfeusz2 generates, "Programu"
and an SGJP noun capitalised with "+", with or without a coordinated genitive complement
after it, in sentence templates.
Control: the same names without the plus, as before.
Measured on 52a73db: 0.0 % -> 100 %; control 100 % both.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, labels_of_bodies
from tests.relations_templates import (
    capitalise,
    drawn_until,
    phrase_forms,
    rate,
    title_noun_genitive,
    title_nouns,
)

SEED = 20261213
COUNT = 110
HEADS = ("Narodowa Agencja", "Biuro", "Fundacja", "Krajowe Centrum Informacji")
FRAMES = (
    ("nom", "{name} ogłosiła nabór dla szkół."),
    ("gen", "Przedstawiciele {name} mówili o wymianie."),
    ("inst", "Miasto współpracuje z {name} od roku."),
    ("loc", "O projekcie mówiono w {name} w piątek."),
)


def plus_case(pages: Pages, rng: random.Random, plus: bool) -> tuple[bool, str] | None:
    head = rng.choice(HEADS)
    programme = capitalise(rng.choice(title_nouns())) + ("+" if plus else "")
    label = f"{head} Programu {programme}"
    if rng.random() < 0.5:
        second = title_noun_genitive(rng.choice(title_nouns()))
        if second is None:
            return None
        label += f" i Europejskiego {second}"
    case, frame = rng.choice(FRAMES)
    forms = dict(phrase_forms(label) or ())
    if case not in forms:
        return None
    text = frame.format(name=forms[case])
    bodies = labels_of_bodies(pages.extract(text))
    return label in bodies, f"{text} -> {label}; bodies {bodies}"


def test_a_word_ending_in_a_plus_is_the_names(pages: Pages) -> None:
    results = drawn_until(lambda rng: plus_case(pages, rng, True), COUNT, SEED)
    assert rate("'Narodowa Agencja Programu Erasmus+ i Europejskiego …'", results) >= 0.95


def test_control_the_same_names_without_a_plus(pages: Pages) -> None:
    results = drawn_until(lambda rng: plus_case(pages, rng, False), COUNT, SEED + 1)
    assert rate("control: 'Narodowa Agencja Programu Erasmus'", results) >= 0.95
