"""Companies named in apposition to the word for their kind (session 20; names.COMPANY).

"ze środków … firmy IKEA Polska", "Badanie przeprowadziła firma Selectivv", "spółki Enea": the
kind word in lower case, in any case, and the company's name after it as the company writes it
(in apposition it does not decline) is an organisation of the page. Before, such names were
lost: no head word ("Fundacja", "Urząd") opened them.
Kind words: "firma", "spółka", "koncern", "przedsiębiorstwo" in every singular case form
morfeusz2 generates; names: made-up brands (capitalised letter strings, one in four in capitals
alone, some with "Polska" or "Group"). Control: the kind word before lower-case words ("firmy
budowlane z Krakowa") or before a city ("firmy z Gdańska") names no company.
Measured on the commit before: 0 %; control 100 %.
"""

from __future__ import annotations

import random
from functools import cache

from tests.relations_pages import Pages, outcome
from tests.relations_templates import NEGATIVE, POSITIVE, cities, form, rate
from ump_kg.extract.context import DocumentContext

SEED = 20261213
CASES = 120
KINDS = ("firma", "spółka", "koncern", "przedsiębiorstwo")
CASE_SENTENCES = {
    "nom": "Badanie przeprowadziła {kind} {name} na zlecenie miasta.",
    "gen": "Remont sfinansowano ze środków {kind} {name} oraz miasta.",
    "dat": "Miasto podziękowało {kind} {name} za wsparcie.",
    "acc": "Do projektu zaproszono {kind} {name}.",
    "inst": "Urząd podpisał porozumienie z {kind} {name}.",
    "loc": "O {kind} {name} mówiono podczas spotkania.",
}
CONSONANTS, VOWELS = "bcdfgklmnprstwz", "aeiou"


@cache
def kind_forms() -> dict[str, dict[str, str]]:
    return {
        kind: {case: str(form(kind, "subst", "sg", case)) for case in CASE_SENTENCES}
        for kind in KINDS
    }


def brand(rng: random.Random) -> str:
    word = "".join(rng.choice(CONSONANTS) + rng.choice(VOWELS) for _ in range(rng.randrange(2, 4)))
    name = word.upper() if rng.random() < 0.25 else word.capitalize()
    return name + rng.choice(("", "", " Polska", " Group"))


def organisations_named(ctx: DocumentContext) -> set[str]:
    return {e.label_pl for e in ctx.entities.values() if "Organisation" in e.cls}


def company_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    kind, case, name = rng.choice(KINDS), rng.choice(list(CASE_SENTENCES)), brand(rng)
    written = kind_forms()[kind][case]
    text = CASE_SENTENCES[case].format(kind=written, name=name)
    text = text[0].upper() + text[1:]
    ctx = pages.extract(text)
    return outcome(ctx, name in organisations_named(ctx), text, f"an organisation {name}")


def control_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city = rng.choice(cities())
    kind = kind_forms()[rng.choice(KINDS)]["gen"]
    text = rng.choice(
        (
            f"W spotkaniu wzięli udział przedstawiciele {kind} budowlanej z {city.form('gen')}.",
            f"Przedstawiciele {kind} z {city.form('gen')} rozmawiali o zatrudnieniu cudzoziemców.",
        )
    )
    ctx = pages.extract(text)
    return outcome(ctx, not organisations_named(ctx), text, "no organisation")


def test_companies_named_after_their_kind(pages: Pages) -> None:
    rng = random.Random(SEED)
    cases = [company_case(pages, rng) for _ in range(CASES)]
    assert rate("'firmy IKEA Polska', 'spółka Enea'", cases) >= POSITIVE


def test_control_no_company_named(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    cases = [control_case(pages, rng) for _ in range(CASES)]
    assert rate("control: 'firmy budowlanej z Krakowa'", cases) >= NEGATIVE
