"""A body set up beside an office's holder is named with the holder: "Rada ds. Cudzoziemców
przy Prezydencie Miasta Bydgoszczy", "Zespołowi do spraw Dialogu przy Prezydencie m.st.
Warszawy" -> the nominative of the head, the rest as written. Heads (rada, zespół, komisja,
komitet) are put into every case by morfeusz2, subjects drawn, cities the reference's in the
genitive. Negative control: "… przy ulicy …" (an address) is not part of the name."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import CASES, NEGATIVE, POSITIVE, cities, draw, form, rate
from ump_kg.extract.context import DocumentContext

HEADS = ("rada", "zespół", "komisja", "komitet")
SUBJECTS = ("Cudzoziemców", "Dialogu Społecznego", "Integracji Migrantów", "Równego Traktowania")
FRAMES = {
    "nom": "Powołano {body}.",
    "gen": "Posiedzenie {body} odbyło się w ratuszu.",
    "dat": "Wiceprezydent miasta przewodniczy {body}.",
    "acc": "Program zaopiniowała przez {body} w zeszłym tygodniu.",
    "inst": "Spotkanie z {body} zaplanowano na jutro.",
    "loc": "O {body} pisaliśmy wcześniej.",
}


@dataclass(frozen=True)
class BesideCase:
    name: str  # the nominative
    text: str


def beside_case(rng: random.Random, address: bool = False) -> BesideCase:
    (city,) = draw(rng, cities())
    head = rng.choice(HEADS)
    case = rng.choice([c for c in CASES if c in FRAMES])
    word = form(head, "subst", "sg", case)
    nominative = form(head, "subst", "sg", "nom")
    assert word and nominative
    holder = rng.choice(
        (f"Prezydencie Miasta {city.form('gen')}", "Wojewodzie Mazowieckim", "Rzeczniku Praw")
    )
    kind = rng.choice(("ds.", "do spraw"))
    subject = rng.choice(SUBJECTS)
    tail = "ulicy Długiej" if address else holder
    body = f"{word.capitalize()} {kind} {subject} przy {tail}"
    name = f"{nominative.capitalize()} {kind} {subject}" + ("" if address else f" przy {holder}")
    frame = FRAMES[case].replace("zaopiniowała przez", "zaopiniowała" if case == "acc" else "")
    return BesideCase(name, frame.format(body=body))


def named(ctx: DocumentContext, case: BesideCase) -> tuple[bool, str]:
    labels = {e.label_pl for e in ctx.entities.values()}
    return case.name in labels, f"a body named {case.name!r}"


def test_a_body_beside_an_office_holder_is_named_with_it(pages: Pages) -> None:
    results, _ = measured(pages, beside_case, named)
    assert rate("'Rada ds. X przy Prezydencie Miasta Y'", results) >= POSITIVE


def test_an_address_is_not_part_of_the_name(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: beside_case(rng, address=True), named)
    assert rate("'Rada ds. X przy ulicy Długiej' -> 'Rada ds. X'", results) >= NEGATIVE
