"""Bodies named by heads the extractor did not know: an incubator ("INKU – Szczeciński Inkubator
Kultury", session 27, from a miss of opened qof), a cluster ("Klaster Innowacji
Społeczno-Gospodarczych"), a prize's jury ("Kapituła …"), a shelter ("Schronisko …", "Hospicjum
…"). A capitalised "<adjective> <head> <genitive complement>" in any case is a body, named in the
nominative. Control: the same head written small ("w miejskim inkubatorze kultury") names no
body. Adjectives and complements are SGJP's (tests/relations_templates.name_adjectives,
title_nouns), names declined by morfeusz2 (phrase_forms). Measured on 7f098f6: 36.2 % -> 100 %;
the control 100 % before and after."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, labels_of_bodies, measured
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    adjective_form,
    capitalise,
    name_adjectives,
    phrase_forms,
    rate,
    title_noun_genitive,
    title_nouns,
)
from ump_kg.extract.context import DocumentContext

HEADS = (("Inkubator", "m3"), ("Klaster", "m3"), ("Kapituła", "f"), ("Schronisko", "n"),
         ("Hospicjum", "n"))  # fmt: skip
SENTENCES = {
    "nom": "Spotkanie zorganizował {name} razem z miastem.",
    "gen": "Przedstawiciele {name} przyjechali na konferencję.",
    "inst": "Miasto podpisało porozumienie z {name} w ratuszu.",
    "loc": "Warsztaty odbyły się w {name} w ubiegłym tygodniu.",
}


@dataclass(frozen=True)
class BodyCase:
    name: str
    text: str


def a_body(rng: random.Random) -> BodyCase:
    while True:
        head, gender = rng.choice(HEADS)
        adjective = adjective_form(rng.choice(name_adjectives()), "sg", "nom", gender)
        complement = title_noun_genitive(rng.choice(title_nouns()))
        label = f"{capitalise(adjective or '')} {head} {complement}"
        forms = phrase_forms(label) if complement and adjective else None
        # (an adjective that does not agree with the head as SGJP declines it is drawn again)
        if forms is not None and dict(forms)["nom"] == label:
            case = rng.choice(sorted(SENTENCES))
            return BodyCase(label, SENTENCES[case].format(name=dict(forms)[case]))


def a_small_head(rng: random.Random) -> BodyCase:
    case = a_body(rng)
    return BodyCase(case.name, case.text.lower().capitalize())


def named(ctx: DocumentContext, case: BodyCase) -> tuple[bool, str]:
    return case.name in labels_of_bodies(ctx), f"the body {case.name}"


def none(ctx: DocumentContext, case: BodyCase) -> tuple[bool, str]:
    found = labels_of_bodies(ctx)
    return not found, f"no body (found {found})"


def test_an_incubator_a_cluster_a_jury_a_shelter_are_bodies(pages: Pages) -> None:
    results, _ = measured(pages, a_body, named)
    assert rate("'Szczeciński Inkubator Kultury' in any case -> a body", results) >= POSITIVE


def test_the_head_written_small_names_no_body(pages: Pages) -> None:
    results, _ = measured(pages, a_small_head, none)
    assert rate("control: 'w miejskim inkubatorze kultury' -> no body", results) >= NEGATIVE
