"""A person named inside an English body's or place's name is its patron, not a person of the
page: "the Paweł Adamowicz Centre for Analysis and Research of the Union of Polish
Metropolises", "the Jan Nowak Foundation" (session 22, from the set he, opened this session: a
report's English summary; pipeline.without_patrons_of_bodies). Before, a known person ("Paweł
Adamowicz", a reference mayor) or a new name in such a body stood as a person of the page, as
"imienia Pawła Adamowicza" does not in Polish.
Cases: a given name and a surname from SGJP's pools (nominative, as English writes a patron),
or a reference person, before an English head (Foundation, Centre, Institute, Centre for
Dialogue), on an English page.
Control: the same person named on their own in the next sentence ("Jan Nowak presented it.")
is a person.
Measured on 8b65c7a: 67.3 % (the new names already stood inside the body more often than not;
known people and some new ones did not); control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome
from tests.relations_templates import cases, people, rate
from ump_kg.extract.context import DocumentContext

COUNT = 110
HEADS = (
    "Foundation",
    "Centre",
    "Institute",
    "Centre for Dialogue",
    "Centre for Analysis and Research",
)
KNOWN = ("Paweł Adamowicz", "Jacek Majchrowski", "Krzysztof Żuk", "Hanna Zdanowska")


def persons(ctx: DocumentContext) -> list[str]:
    return sorted(e.label_pl for e in ctx.entities.values() if e.cls.endswith("Person"))


def patron(rng: random.Random) -> tuple[str, str]:
    name = rng.choice(KNOWN) if rng.random() < 0.3 else rng.choice(people()).nominative
    text = (
        f"The report was prepared by the {name} {rng.choice(HEADS)} in Gdańsk "
        f"and published in May 2022."
    )
    return text, name


def check(pages: Pages, made: tuple[str, str], alone: bool) -> tuple[bool, str]:
    text, name = made
    if alone:
        text += f" {name} presented it."
    ctx = pages.english.extract(text, "2022-06-01")
    found = persons(ctx)
    if alone:
        return outcome(ctx, name in found, text, f"«{name}» a person; found {found}")
    return outcome(ctx, name not in found, text, f"no person «{name}»; found {found}")


def test_a_person_inside_an_english_bodys_name_is_its_patron(pages: Pages) -> None:
    value = rate(
        "'the Paweł Adamowicz Centre for Analysis and Research' -> no person",
        [check(pages, m, False) for m in cases(patron, COUNT)],
    )
    assert value >= 0.95


def test_the_patron_named_on_their_own_is_a_person(pages: Pages) -> None:
    value = rate(
        "control: '… Centre … Paweł Adamowicz presented it.' -> a person",
        [check(pages, m, True) for m in cases(patron, COUNT)],
    )
    assert value >= 0.95
