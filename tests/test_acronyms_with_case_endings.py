"""A known body's acronym declined with a hyphenated ending ("przedstawiciele UNICEF-u",
"współpracujemy z UNICEF-em", "IOM-owi") is that body (session 22, from the opened set aleph:
"przy stole zasiedli m.in. przedstawiciele … Konfederacji Lewiatan, UNICEF-u"; gazetteer
ACRONYM_FORM / CASE_ENDING). Before, the ending hid the acronym.
Cases: every acronym of three or more capitals that the reference gives a body (read from
graph/reference/organisations.ttl, so new bodies are tried as they come), with the endings
Polish spelling gives an acronym declined as a masculine noun (-u, -em, -owi, -ie), each in a
sentence for its case.
Control: a made-up acronym (capitals no reference name has) with the same endings names no
body the reference knows.
Measured on df5a15c: 0 %; control 100 %.
"""

from __future__ import annotations

import random
import re
from functools import cache

import rdflib
from rdflib.namespace import RDFS, SKOS

from tests.relations_pages import Pages, outcome
from tests.relations_templates import REFERENCE, cases, rate
from ump_kg.extract.context import DocumentContext

COUNT = 110
CAPITALS = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ]{3,}")
SENTENCES = {
    "u": "W spotkaniu wzięli udział przedstawiciele {a} i urzędu miasta.",
    "em": "Miasto od dwóch lat współpracuje z {a} przy pomocy uchodźcom.",
    "owi": "Prezydent podziękował {a} za wsparcie dla uchodźców.",
    "ie": "O nowym projekcie mówiono też w {a} podczas spotkania.",
}


@cache
def acronyms() -> tuple[tuple[str, str], ...]:
    """(acronym, the body's IRI) of the reference's organisations."""
    graph = rdflib.Graph().parse(REFERENCE / "organisations.ttl")
    found = {
        (str(o), str(s))
        for p in (RDFS.label, SKOS.altLabel)
        for s, o in graph.subject_objects(p)
        if isinstance(o, rdflib.Literal) and CAPITALS.fullmatch(str(o))
    }
    return tuple(sorted(found))


def declined(rng: random.Random) -> tuple[str, str]:
    acronym, iri = rng.choice(acronyms())
    ending = rng.choice(sorted(SENTENCES))
    return SENTENCES[ending].format(a=f"{acronym}-{ending}"), iri


def made_up(rng: random.Random) -> tuple[str, str]:
    known = {a for a, _ in acronyms()}
    while True:
        acronym = "".join(rng.choice("BCDFGHJKLMNPRSTWZ") for _ in range(rng.randint(3, 5)))
        if acronym not in known:
            break
    ending = rng.choice(sorted(SENTENCES))
    return SENTENCES[ending].format(a=f"{acronym}-{ending}"), ""


def named(ctx: DocumentContext) -> set[str]:
    return {m.iri for m in ctx.mentions if m.kind in ("org", "unit", "team", "office")}


def check(pages: Pages, made: tuple[str, str]) -> tuple[bool, str]:
    text, iri = made
    ctx = pages.extract(text, "2022-05-20")
    found = named(ctx)
    if not iri:
        known = {f for f in found if f.startswith("https://w3id.org/ump-kg/id/organisation/")}
        return outcome(ctx, not known, text, f"no known body; found {sorted(known)}")
    return outcome(ctx, iri in found, text, f"{iri}; found {sorted(found)}")


def test_a_known_acronym_with_a_case_ending_is_the_body(pages: Pages) -> None:
    value = rate(
        "'przedstawiciele UNICEF-u', 'z IOM-em' -> the body",
        [check(pages, m) for m in cases(declined, COUNT)],
    )
    assert value >= 0.95


def test_a_made_up_acronym_with_an_ending_is_no_known_body(pages: Pages) -> None:
    value = rate(
        "control: 'przedstawiciele BKRT-u' -> no known body",
        [check(pages, m) for m in cases(made_up, COUNT)],
    )
    assert value >= 0.98
