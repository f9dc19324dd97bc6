"""Bodies whose names hold "ds." are written with it spelt out as often: "z Międzynarodowej
Organizacji do spraw Migracji", "Biura Wysokiego Komisarza Narodów Zjednoczonych do spraw
Uchodźców". Every reference name with "ds.", spelt out, in every case morfeusz2 generates for it
(tests/relations_templates.phrase_forms), in a sentence, names the reference thing."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import CASES, POSITIVE, Named, organisations, rate
from ump_kg.extract.context import DocumentContext

SENTENCES = {
    "nom": "W spotkaniu uczestniczyła {N}.",
    "gen": "Na spotkanie przyjechali przedstawiciele {N}.",
    "dat": "Podziękowano {N} za wsparcie.",
    "acc": "Zaproszono także {N}.",
    "inst": "Rozmawiano z {N}.",
    "loc": "Mówiono o {N}.",
}


@dataclass(frozen=True)
class SpeltCase:
    body: Named
    text: str


def spelt_out(rng: random.Random) -> SpeltCase | None:
    with_ds = [o for o in organisations() if " ds. " in o.label]
    body = rng.choice(with_ds)
    case = rng.choice([c for c in CASES if c in SENTENCES])
    written = body.form(case).replace(" ds. ", " do spraw ")
    return SpeltCase(body, SENTENCES[case].format(N=written))


def names_the_body(ctx: DocumentContext, case: SpeltCase) -> tuple[bool, str]:
    found = {m.iri for m in ctx.mentions}
    return case.body.iri in found, f"{case.body.label} named"


def test_a_name_with_ds_spelt_out_names_the_body(pages: Pages) -> None:
    results, _ = measured(pages, spelt_out, names_the_body)
    assert rate("'Organizacji do spraw Migracji' -> the reference body", results) >= POSITIVE
