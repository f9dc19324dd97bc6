"""A document named by its kind and subject keeps its subject past an abbreviation's period:
"Stanowisko Prezydenta Miasta ws. deklaracji dot. migracji", "stanowisko w sprawie tzw.
relokacji uchodźców" (session 29, from a miss of ethel, opened this session: the name had
stopped at "dot."). Control: a subject that ends its sentence ("… w sprawie pomocy uchodźcom.
Następnie radni …") still ends there. Nouns are SGJP lexemes in the genitive morfeusz2
generates; the abbreviations are those that stand inside a phrase ("dot.", "tzw.", "ww.").
Measured on the commit before: 0 % -> 100 %; the control 100 % before and after."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from tests.relations_pages import Pages, measured
from tests.relations_templates import NEGATIVE, POSITIVE, form, rate
from ump_kg.extract.context import DocumentContext

NOUNS = (
    ("migracja", "sg"),
    ("integracja", "sg"),
    ("deklaracja", "sg"),
    ("relokacja", "sg"),
    ("polityka", "sg"),
    ("współpraca", "sg"),
    ("pomoc", "sg"),
    ("uchodźca", "pl"),
    ("cudzoziemiec", "pl"),
    ("mieszkaniec", "pl"),
    ("program", "sg"),
    ("strategia", "sg"),
)
ABBREVIATIONS = ("dot.", "tzw.", "ww.")
HEADS = (
    ("Stanowisko", "Rada przyjęła {X}. Następnie radni rozmawiali o budżecie."),
    ("Apel", "Prezydenci podpisali {X}. Następnie odbyła się konferencja."),
    ("Stanowisko Prezydenta Miasta", "Na stronie opublikowano {X}. Następnie dodano zdjęcia."),
)


@cache
def genitives() -> tuple[str, ...]:
    found = [form(lemma, "subst", number, "gen") for lemma, number in NOUNS]
    return tuple(str(g) for g in found if g)


@dataclass(frozen=True)
class DocumentCase:
    text: str
    label: str


def a_subject(rng: random.Random, abbreviation: str | None) -> str:
    first, second = rng.sample(genitives(), 2)
    marker = rng.choice(("w sprawie", "ws."))
    inner = f"{abbreviation} " if abbreviation else ""
    return f"{marker} {first} {inner}{second}"


def a_case(rng: random.Random, abbreviation: bool) -> DocumentCase:
    head, sentence = rng.choice(HEADS)
    label = f"{head} {a_subject(rng, rng.choice(ABBREVIATIONS) if abbreviation else None)}"
    return DocumentCase(sentence.format(X=label), label)


def the_document(ctx: DocumentContext, case: DocumentCase) -> tuple[bool, str]:
    labels = [e.label_pl for e in ctx.entities.values() if e.cls.endswith("Document")]
    return case.label in labels, case.label


def test_a_subject_goes_on_past_an_abbreviation(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: a_case(rng, True), the_document)
    assert rate("'ws. deklaracji dot. migracji': the whole subject", results) >= POSITIVE


def test_control_a_subject_ends_with_its_sentence(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: a_case(rng, False), the_document)
    assert rate("control: '… w sprawie pomocy. Następnie …': ends there", results) >= NEGATIVE
