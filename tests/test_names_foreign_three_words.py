"""A foreign name of three words SGJP does not know ("przedstawiciel UNICEF Rashed Mustafa
Sarwar") is one person's name, all three words (session 22, from the opened set bet: a Rzeszów
news portal; names.foreign_name). Before, the third word was cut off ("Rashed Mustafa").
Cases: three different words of the census list of given names (the project's
international_given_names.txt) that morfeusz2 reads as unknown ("ign"), after a word for a post
or as the subject of a verb, in four sentence shapes.
Control: two such words stay a two-word name, and the word after them, a capitalised Polish
word, is no part of it.
Measured on defb4d6: 0 %; control 100 %.
"""

from __future__ import annotations

import random
from functools import cache

from tests.relations_pages import Pages, outcome
from tests.relations_templates import cases, rate
from ump_kg.extract.context import DocumentContext
from ump_kg.language.international_given_names import INTERNATIONAL_GIVEN_NAMES
from ump_kg.language.morphology import analyses

COUNT = 120
SHAPES = (
    "Prezydent Rzeszowa i przedstawiciel UNICEF {name} podpisali umowę o współpracy.",
    "W spotkaniu wziął udział {name}, przedstawiciel Światowej Organizacji Zdrowia.",
    "Koordynatorem projektu jest {name} z Międzynarodowej Organizacji ds. Migracji.",
    "Umowę podpisał {name}, dyrektor biura UNHCR w Polsce.",
)
# after a two-word name: a capitalised Polish word that opens what follows it
AFTER = ("Sprawozdanie", "Wniosek", "Relacja", "Apel")


@cache
def unknown_names() -> tuple[str, ...]:
    return tuple(
        sorted(
            n
            for n in INTERNATIONAL_GIVEN_NAMES
            if n.isalpha() and all(tag == "ign" for _, tag, _ in analyses(n))
        )
    )


def three(rng: random.Random) -> tuple[str, str]:
    name = " ".join(rng.sample(unknown_names(), 3))
    return rng.choice(SHAPES).format(name=name), name


def two(rng: random.Random) -> tuple[str, str]:
    name = " ".join(rng.sample(unknown_names(), 2))
    text = f"Umowę podpisał przedstawiciel UNICEF {name} {rng.choice(AFTER)} z rozmów opublikowano."
    return text, name


def people(ctx: DocumentContext) -> list[str]:
    return sorted(e.label_pl for e in ctx.entities.values() if e.cls.endswith("Person"))


def check(pages: Pages, made: tuple[str, str]) -> tuple[bool, str]:
    text, name = made
    ctx = pages.extract(text, "2022-06-29")
    found = people(ctx)
    return outcome(ctx, name in found, text, f"«{name}»; found {found}")


def test_three_unknown_words_are_one_name(pages: Pages) -> None:
    value = rate(
        "'przedstawiciel UNICEF Rashed Mustafa Sarwar' -> the three words",
        [check(pages, m) for m in cases(three, COUNT)],
    )
    assert value >= 0.95


def test_two_unknown_words_before_a_polish_word_stay_two(pages: Pages) -> None:
    value = rate(
        "control: 'Rashed Sarwar Sprawozdanie …' -> 'Rashed Sarwar'",
        [check(pages, m) for m in cases(two, COUNT)],
    )
    assert value >= 0.95
