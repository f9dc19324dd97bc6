"""A place an institution names with its own undeclined name before a noun ("Caritas
Galaktyka", Caritas Wrocław's night shelter) is named in the nominative whatever case the
sentence puts the noun in: "przy „Caritas Galaktyce”", "otworzył „Caritas Galaktykę”" (session
31, from a miss of oe, opened this session: both forms had been kept as names). The nouns are
SGJP common nouns declined by morfeusz2 into a case that is neither the nominative nor the
genitive (those are kept as written: "Caritas Polska", "Caritas Archidiecezji …"); only
"galaktyka" was on the page. Control: "Caritas" with a diocese in the genitive stays as
written. Measured on the commit before: 1 % -> 98.1 %; control 100 % both."""

from __future__ import annotations

import random

from tests.relations_pages import Pages, measured
from tests.relations_templates import POSITIVE, form, noun_lexeme, rate, title_nouns
from tests.test_bodies_branches_of_known_bodies import BranchCase
from ump_kg.extract.context import DocumentContext
from ump_kg.language.morphology import analyses

SENTENCES = {
    "dat": "Dzięki „Caritas {X}” rodziny znalazły nocleg.",
    "acc": "Arcybiskup otworzył „Caritas {X}” dla uchodźców.",
    "inst": "Wolontariusze opiekują się „Caritas {X}” od marca.",
    "loc": "W pracę przy „Caritas {X}” włączyli się wolontariusze.",
}


def only_in_the_case(word: str, case: str) -> bool:
    """The form reads as no nominative and no genitive of a noun (it would stay as written)."""
    tags = [tag for _, tag, _ in analyses(word) if tag.startswith("subst")]
    return not any(":nom" in t or ".nom" in t or ":gen" in t or ".gen" in t for t in tags)


def caritas_case(rng: random.Random) -> BranchCase:
    """A noun in a case of the four, drawn again until its form reads only in that case."""
    while (made := one_caritas_case(rng)) is None:
        pass
    return made


def one_caritas_case(rng: random.Random) -> BranchCase | None:
    noun = rng.choice(title_nouns())
    case = rng.choice(sorted(SENTENCES))
    found = noun_lexeme(noun.lower(), "nazwa_pospolita", None)
    made = form(found[0], "subst", "sg", case) if found and found[1] == "sg" else None
    if made is None or not only_in_the_case(made.capitalize(), case):
        return None
    text = SENTENCES[case].format(X=made.capitalize())
    return BranchCase(text, f"Caritas {noun}", "")


def named_in_the_nominative(ctx: DocumentContext, case: BranchCase) -> tuple[bool, str]:
    labels = [e.label_pl for e in ctx.entities.values() if e.label_pl.startswith("Caritas")]
    return labels == [case.label], case.label


def diocese_case(rng: random.Random) -> BranchCase:
    diocese = rng.choice(("Warszawskiej", "Wrocławskiej", "Krakowskiej", "Gdańskiej", "Łódzkiej"))
    case = rng.choice(sorted(SENTENCES))
    name = f"Archidiecezji {diocese}"
    return BranchCase(SENTENCES[case].format(X=name), f"Caritas {name}", "")


def test_a_place_named_after_caritas_is_named_in_the_nominative(pages: Pages) -> None:
    results, _ = measured(pages, caritas_case, named_in_the_nominative)
    assert rate("'przy „Caritas Galaktyce”': 'Caritas Galaktyka'", results) >= POSITIVE


def test_control_caritas_of_a_diocese_stays_as_written(pages: Pages) -> None:
    results, _ = measured(pages, diocese_case, named_in_the_nominative)
    assert rate("control: 'Caritas Archidiecezji Warszawskiej'", results) >= POSITIVE
