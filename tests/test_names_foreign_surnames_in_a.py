"""A foreign surname no dictionary knows that ends in -ę or -ą is written in the accusative or
instrumental of a name in -a, declined as Polish nouns in -a are: "powitał Yugo Azumę" names
Yugo Azuma (session 43, from a miss of uruz, opened: the person was "Yugo Azumę"). Surnames are
made up from syllables and kept only where morfeusz2 reads every form of them as unknown
("ign"); given names are the international list's that morfeusz2 does not know and that end as
foreign men's names that do not decline ("Yugo", "Kenzo", "Hiroshi"). Control: the same names in the nominative, and surnames in other endings,
stay as written. Measured on 2a523d2: 0.0 % -> 100 %; control 100 % before and after."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from tests.relations_pages import Pages, measured
from tests.relations_templates import POSITIVE, rate
from ump_kg.extract.context import DocumentContext
from ump_kg.language.international_given_names import INTERNATIONAL_GIVEN_NAMES
from ump_kg.language.morphology import analyses

ONSETS = ("t", "k", "m", "n", "r", "s", "h", "y", "g", "z")
VOWELS = ("a", "e", "i", "o", "u")
OBLIQUE = (
    ("acc", "ę", "Prezydent miasta powitał {name} w ratuszu."),
    ("acc", "ę", "Dyrektorka centrum zaprosiła {name} na spotkanie z rodzicami."),
    ("inst", "ą", "Wiceprezydent spotkał się z {name} w sprawie szkoły."),
    ("inst", "ą", "Umowę podpisano z {name} w poniedziałek."),
)
NOMINATIVE = (
    "{name} przyjechał do Katowic z delegacją.",
    "Do przedszkola przyszedł także {name}, który pomaga rodzinom.",
)


def unknown(word: str) -> bool:
    return all(tag == "ign" for _, tag, _ in analyses(word))


def syllables(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(count)).capitalize()


@dataclass(frozen=True)
class NameCase:
    nominative: str
    text: str


@cache
def given_names() -> tuple[str, ...]:
    """Given names of the international list that end as men's names that do not decline
    ("Yugo", "Kenzo", "Hiroshi") and that morfeusz2 does not know."""
    return tuple(
        sorted(
            n
            for n in INTERNATIONAL_GIVEN_NAMES
            if n.isalpha() and n[:1].isupper() and n.endswith(("o", "i", "u")) and unknown(n)
        )
    )


def made_up_name(rng: random.Random) -> tuple[str, str] | None:
    """(given name, surname stem) with every form of the surname unknown to morfeusz2."""
    for _ in range(30):
        given = rng.choice(given_names())
        stem = syllables(rng, rng.choice((2, 3)))[:-1]
        forms = (given, stem + "a", stem + "ę", stem + "ą")
        if all(unknown(f) for f in forms) and len(stem) >= 3:
            return given, stem
    return None


def oblique_case(rng: random.Random) -> NameCase | None:
    made = made_up_name(rng)
    if made is None:
        return None
    given, stem = made
    _, ending, template = rng.choice(OBLIQUE)
    return NameCase(f"{given} {stem}a", template.format(name=f"{given} {stem}{ending}"))


def nominative_case(rng: random.Random) -> NameCase | None:
    made = made_up_name(rng)
    if made is None:
        return None
    given, stem = made
    surname = stem + rng.choice(("a", "o", "u", "i"))
    if not unknown(surname):
        return None
    name = f"{given} {surname}"
    return NameCase(name, rng.choice(NOMINATIVE).format(name=name))


def the_nominative_found(ctx: DocumentContext, case: NameCase) -> tuple[bool, str]:
    found = {e.label_pl for e in ctx.entities.values() if e.cls.endswith("Person")}
    return case.nominative in found, f"{case.nominative} (found {sorted(found)})"


def test_a_foreign_surname_in_e_or_a_nasal_is_one_in_a(pages: Pages) -> None:
    results, _ = measured(pages, oblique_case, the_nominative_found)
    assert rate("'powitał Yugo Azumę' -> 'Yugo Azuma'", results) >= POSITIVE


def test_a_foreign_name_in_the_nominative_stays_as_written(pages: Pages) -> None:
    results, _ = measured(pages, nominative_case, the_nominative_found)
    assert rate("'Yugo Azuma przyjechał' -> 'Yugo Azuma'", results) >= POSITIVE
