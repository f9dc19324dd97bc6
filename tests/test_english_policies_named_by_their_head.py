"""On an English page, a city's policy named by capitalised words before its head ("the
Intercultural Dialogue Strategy", "the Immigrant Integration Model") or by its head and what it
is for ("the Wrocław Strategy for Intercultural Dialogue", "the Model for Equal Treatment") is a
document of that name (session 47, from misses of he, samekh, xi, psi, kaunan, bet and lamed,
opened earlier, whose golds record these as documents by their English names: the page gave
none). A policy named again by its words ("the Intercultural Dialogue Strategy" after "the
Wrocław Strategy for Intercultural Dialogue", "Immigrants …" after "Immigrant …") is the same
document. names.EN_NAMED_POLICY, EN_TITLED_POLICY, INSIDE_A_LONGER_NAME, in_a_heading,
same_policy; a given name before a kind word is no person's ("the Urban Cohesion Strategy",
names.kind_word_after).
Names are drawn from the word lists below (two or three capitalised words, or the head, "for"
and two words), heads from Strategy, Model, Policy and Plan, cities from the reference's member
cities' English names, sentences from the templates.
Controls: a capitalised word after the head goes on with another name ("the Social Inclusion
Policy Department") and the words of a longer name ("the Pomeranian Council for Regional
Migration Policy"; after an acronym, "the Commission's DG Regional Policy", as
tests/test_directorates_general.py has it) are no document; nor are a headline's words, all capitalised ("# Wrocław
Reveals Intercultural Dialogue Strategy").
Measured on f137ac1 (the commit before): 0.0 % -> 100 % (and 100 % for the policy named
again); the controls 100 % before and after."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import NEGATIVE, POSITIVE, rate
from ump_kg.extract.context import DocumentContext

HEADS = ("Strategy", "Model", "Policy", "Plan")
FIRST = ("Immigrant", "Migrant", "Refugee", "Intercultural", "Social", "Urban", "Local", "Welcome")
SECOND = ("Integration", "Inclusion", "Dialogue", "Diversity", "Reception", "Cohesion", "Housing")
FOR = ("Equal Treatment", "Intercultural Dialogue", "Migrant Integration", "Refugee Inclusion")
CITIES = ("Warsaw", "Wrocław", "Gdańsk", "Lublin", "Poznań", "Kraków", "Łódź", "Szczecin")
SENTENCES = (
    "In {year} the city adopted the {name}.",
    "The {name} was presented by the mayor of {city} in {year}.",
    "Under the {name}, the city of {city} trains its staff and funds local groups.",
    "Officials explained how the {name} works in practice and what it changed.",
)


@dataclass(frozen=True)
class PolicyCase:
    text: str
    name: str
    english: bool = True


def policy_name(rng: random.Random) -> str:
    head = rng.choice(HEADS)
    if rng.random() < 0.3:
        city = rng.choice(CITIES) + " " if rng.random() < 0.5 else ""
        return f"{city}{head} for {rng.choice(FOR)}"
    words = [rng.choice(FIRST), rng.choice(SECOND)]
    if rng.random() < 0.3:
        words.insert(0, rng.choice(("Municipal", "Regional", "New")))
    return " ".join([*words, head])


def policy_case(rng: random.Random) -> PolicyCase:
    name = policy_name(rng)
    sentence = rng.choice(SENTENCES).format(
        name=name, city=rng.choice(CITIES), year=rng.randrange(2010, 2026)
    )
    return PolicyCase(f"# News\n\n{sentence}", name)


def documents_of(ctx: DocumentContext) -> list[str]:
    return sorted(e.label_pl for e in ctx.entities.values() if e.cls.endswith("/Document"))


def the_policy_is_a_document(ctx: DocumentContext, case: PolicyCase) -> tuple[bool, str]:
    found = documents_of(ctx)
    return case.name in found, f"a document {case.name!r} (found {found})"


def no_document_of_those_words(ctx: DocumentContext, case: PolicyCase) -> tuple[bool, str]:
    found = [d for d in documents_of(ctx) if d.split()[-1] in HEADS or " for " in d]
    return not found, f"no document (found {found})"


def longer_name_case(rng: random.Random) -> PolicyCase:
    first, second = rng.choice(FIRST), rng.choice(SECOND)
    text = rng.choice(
        (
            f"The {first} {second} Policy Department of the City of {rng.choice(CITIES)} "
            "helped the families.",
            f"Members of the Pomeranian Council for {first} {second} Policy met in "
            f"{rng.choice(CITIES)}.",
        )
    )
    return PolicyCase(f"# News\n\n{text}", "")


def headline_case(rng: random.Random) -> PolicyCase:
    city = rng.choice(CITIES)
    headline = f"# {city} Reveals {rng.choice(FIRST)} {rng.choice(SECOND)} {rng.choice(HEADS)}"
    return PolicyCase(f"{headline}\n\nOn Monday the city council announced its plans.", "")


def test_an_english_policy_named_by_its_head_is_a_document(pages: Pages) -> None:
    results, _ = measured(pages, policy_case, the_policy_is_a_document)
    assert rate("'the Intercultural Dialogue Strategy', 'the Model for X'", results) >= POSITIVE


def test_control_a_longer_name_s_words_are_no_document(pages: Pages) -> None:
    results, _ = measured(pages, longer_name_case, no_document_of_those_words)
    assert rate("control: '… Policy Department', 'Council for … Policy'", results) >= NEGATIVE


def test_control_a_headline_s_words_are_no_document(pages: Pages) -> None:
    results, _ = measured(pages, headline_case, no_document_of_those_words)
    assert rate("control: '# Wrocław Reveals … Strategy'", results) >= NEGATIVE


def named_again_case(rng: random.Random) -> PolicyCase:
    head = rng.choice(HEADS)
    words = rng.choice(FOR)
    city = rng.choice(CITIES)
    first = f"{city} {head} for {words}"
    again = rng.choice((f"{words} {head}", f"{words.split()[0]}s {words.split()[1]} {head}"))
    text = (
        f"# News\n\nIn {rng.randrange(2010, 2026)} the city adopted the {first}. "
        f"The {again} has four parts, one for each of the city's offices."
    )
    return PolicyCase(text, first)


def one_document_by_its_first_name(ctx: DocumentContext, case: PolicyCase) -> tuple[bool, str]:
    found = documents_of(ctx)
    return found == [case.name], f"one document {case.name!r} (found {found})"


def test_a_policy_named_again_by_its_words_is_the_same_document(pages: Pages) -> None:
    # ("the Wrocław Strategy for Intercultural Dialogue", then "the Intercultural Dialogue
    # Strategy"; a plural's "s": "Immigrants Integration Model" after "Immigrant …")
    results, _ = measured(pages, named_again_case, one_document_by_its_first_name)
    assert rate("'the X Strategy for A B', then 'the A B Strategy'", results) >= POSITIVE
