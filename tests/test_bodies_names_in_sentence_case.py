"""A headline writes a known body's name in sentence case: "Agencja ONZ ds. uchodźców wspomina
Pawła Adamowicza" names UNHCR (session 24, from the opened set kaf; gazetteer.sentence_case). The
words after the first go lower case where SGJP reads them as common words; acronyms and proper
names (towns) keep their capitals. Before, the name was a new body ("Agencja ONZ ds. uchodźców").
Cases: every reference organisation of three words or more, in the nominative or genitive (the
forms relations_templates generates), lowered here word by word with morfeusz2, in a headline
or a sentence.
Control: a town in the name written in lower case ("Urząd miasta krakowa") is no form of it.
Measured on dd2a323: 2.6 %; control 100 %.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import NEGATIVE, POSITIVE, Named, organisations, rate, readings
from ump_kg.extract.context import DocumentContext

PROPER = {"nazwa_geograficzna", "imię", "nazwisko", "nazwa_organizacji", "marka"}
TEMPLATES = {
    "nom": (
        "# {name} wspomina zmarłego prezydenta\n\nWspomnienie opublikowano w poniedziałek.",
        "# {name} ogłasza nabór wniosków\n\nNabór potrwa do końca miesiąca.",
        "## {name} podsumowuje rok\n\nRaport opublikowano w poniedziałek.",
    ),
    "gen": (
        "# Apel {name} do samorządów\n\nApel opublikowano w poniedziałek.",
        "# Nowy raport {name}\n\nRaport opublikowano w poniedziałek.",
        "## Stanowisko {name} w sprawie uchodźców\n\nStanowisko przyjęto w piątek.",
    ),
}


@dataclass(frozen=True)
class SentenceCaseCase:
    body: Named
    text: str


def lowered(word: str, towns_too: bool) -> str:
    """The word in lower case, if SGJP reads it as a common word (or, with towns_too, always)."""
    if not word[:1].isupper() or word.isupper() or not word[1:].islower():
        return word
    common = any(not PROPER & set(q) for _, _, q in readings(word.lower()))
    proper = any(PROPER & set(q) for _, _, q in readings(word))
    return word.lower() if towns_too or (common and not proper) else word


def long_names() -> list[Named]:
    return [b for b in organisations() if b.label.count(" ") >= 2]


def sentence_cased(rng: random.Random, control: bool) -> SentenceCaseCase | None:
    body = rng.choice(long_names())
    case = rng.choice(sorted(TEMPLATES))
    words = body.form(case).split(" ")
    towns = [w for w in words[1:] if any("nazwa_geograficzna" in q for _, _, q in readings(w))]
    if control and not towns:
        return None
    written = " ".join([words[0], *(lowered(w, control) for w in words[1:])])
    if written == body.form(case):
        return None  # nothing to lower: not a case of the rule
    return SentenceCaseCase(body, rng.choice(TEMPLATES[case]).format(name=written))


def names_the_body(ctx: DocumentContext, case: SentenceCaseCase) -> tuple[bool, str]:
    found = {m.iri for m in ctx.mentions}
    return case.body.iri in found, f"the body {case.body.label!r} named"


def test_a_known_bodys_name_in_sentence_case_names_it(pages: Pages) -> None:
    # (names with nothing to lower make no case: more seeds are drawn than cases kept)
    results, _ = measured(pages, lambda rng: sentence_cased(rng, False), names_the_body, 140)
    assert rate("'Agencja ONZ ds. uchodźców' -> UNHCR", results) >= POSITIVE


def not_the_body(ctx: DocumentContext, case: SentenceCaseCase) -> tuple[bool, str]:
    found = {m.iri for m in ctx.mentions}
    return case.body.iri not in found, f"no mention of {case.body.label!r}"


def test_a_town_in_lower_case_is_no_form_of_the_name(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: sentence_cased(rng, True), not_the_body, 160)
    assert rate("control: 'Urząd miasta krakowa' -> no mention", results) >= NEGATIVE
