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

A name that ends a sentence ends there (session 29, from a miss of ae, opened this session:
"przygotowała firma Polityka Insight. Wynika z niego, …" made "Polityka Insight. Wynika"): the
next sentence opens with a past form morfeusz2 generates or a word that opens sentences; a period
inside a word stays the name's ("Booking.com", the control). Measured on the commit before:
0 % -> 100 %; the control 100 % before and after.
"""

from __future__ import annotations

import random
from functools import cache

from tests.relations_pages import Pages, outcome
from tests.relations_templates import NEGATIVE, POSITIVE, cities, form, rate
from tests.test_dates_tense import past_forms
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


OPENERS = ("Wynika", "Według", "Jak", "Z", "W", "Dzięki", "Raport", "Badanie", "To")


def sentence_end_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    name = brand(rng)
    opener = rng.choice((*OPENERS, *(f.capitalize() for f in past_forms())))
    kind = kind_forms()[rng.choice(KINDS)]["nom"]
    text = f"Raport przygotowała {kind} {name}. {opener} z niego wiele wniosków."
    ctx = pages.extract(text)
    return outcome(ctx, organisations_named(ctx) == {name}, text, f"an organisation {name}")


def inner_period_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    name = brand(rng).split()[0] + rng.choice((".com", ".pl", ".eu"))
    kind = kind_forms()[rng.choice(KINDS)]["inst"]
    text = f"Urząd podpisał porozumienie z {kind} {name} oraz z miastem."
    ctx = pages.extract(text)
    return outcome(ctx, organisations_named(ctx) == {name}, text, f"an organisation {name}")


def test_a_company_named_at_a_sentences_end_ends_there(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    cases = [sentence_end_case(pages, rng) for _ in range(CASES)]
    assert rate("'firma Polityka Insight. Wynika …': 'Polityka Insight'", cases) >= POSITIVE


def test_control_a_period_inside_a_companys_name_is_its_own(pages: Pages) -> None:
    rng = random.Random(SEED + 3)
    cases = [inner_period_case(pages, rng) for _ in range(CASES)]
    assert rate("control: 'z firmą Booking.com oraz …': 'Booking.com'", cases) >= NEGATIVE
