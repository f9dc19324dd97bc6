"""A quoted declaration's title is its own: "podpisała „Deklarację solidarności z uchodźcami”,
którą przygotowała Agencja ONZ" is another declaration than the Union's on migration, though
"uchodźcami" is a word of the migration field (session 24, from the opened set kaf;
relations.known_declarations_by_their_names, names_nothing_else with every_word). A title in
quotes must have each content word among the known declaration's words to be that declaration.
Before, the Union's 2017 declaration was taken for it.
Cases: "Deklaracja" and a genitive of an SGJP common noun, with a phrase of the migration field
("z uchodźcami", "na rzecz migrantów", "w sprawie integracji cudzoziemców"), quoted, in the
accusative or genitive, signed by a person of SGJP's given names and surnames.
Control: a quoted title made of the known declaration's own words ("„Deklarację o współdziałaniu w
dziedzinie migracji”") is the known declaration.
Measured on dd2a323: 0 %; control 100 %.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    people,
    rate,
    title_noun_genitive,
    title_nouns,
)
from ump_kg.extract.context import DocumentContext

KNOWN = "https://w3id.org/ump-kg/id/document/deklaracja-migracyjna-ump-2017"
FIELD = ("z uchodźcami", "na rzecz migrantów", "w sprawie integracji cudzoziemców", "o migracji")
KNOWN_TITLES = (
    "o współdziałaniu w dziedzinie migracji",
    "prezydentów o współdziałaniu miast Unii Metropolii Polskich w dziedzinie migracji",
)
FORMS = {"acc": "Deklarację", "gen": "Deklaracji"}
TEMPLATES = {
    "acc": "{who} podpisał{a} „{title}”, którą przygotowała organizacja partnerska.",
    "gen": "Pod tekstem „{title}” podpisał{a} się także {who}.",
}


@dataclass(frozen=True)
class QuotedCase:
    title: str
    known: bool
    text: str


def quoted(rng: random.Random, control: bool) -> QuotedCase | None:
    case = rng.choice(sorted(TEMPLATES))
    if control:
        rest = rng.choice(KNOWN_TITLES)
    else:
        noun = title_noun_genitive(rng.choice(title_nouns()), capitalised=False)
        if noun is None:
            return None
        rest = f"{noun} {rng.choice(FIELD)}"
    title = f"{FORMS[case]} {rest}"
    who = rng.choice(people())
    text = TEMPLATES[case].format(title=title, who=who.nominative, a=who.a)
    return QuotedCase(title, control, text)


def which_declaration(ctx: DocumentContext, case: QuotedCase) -> tuple[bool, str]:
    documents = {m.iri for m in ctx.mentions if m.kind == "document"}
    if case.known:
        return KNOWN in documents, f"the Union's declaration (documents {sorted(documents)})"
    ok = bool(documents) and KNOWN not in documents
    return ok, f"a declaration of its own (documents {sorted(documents)})"


def test_a_quoted_title_with_other_words_is_another_declaration(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: quoted(rng, False), which_declaration)
    assert rate("'„Deklarację solidarności z uchodźcami”' -> not the Union's", results) >= POSITIVE


def test_a_quoted_title_of_the_known_words_is_the_known_declaration(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: quoted(rng, True), which_declaration)
    assert rate("control: '„Deklarację o współdziałaniu …”' -> the Union's", results) >= NEGATIVE
