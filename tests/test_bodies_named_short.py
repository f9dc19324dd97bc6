"""A body named by the first words of its name is that body (session 25).

A page titled "Kulisy działań Rady Imigrantów" about "Rada Imigrantów i Imigrantek" names one
body: a new body named by the words of another's name before its "i <noun in the same case>" or
"przy …" is that one (pipeline.py one_body_named_short). Before, the short name made a second
body.
Names are made up: "<head> <SGJP plural noun> i <another>" (both in the genitive plural, from
morfeusz2) or "<head> <noun> przy <a reference city's mayor>"; every case form of the full name
from phrase_forms; the short name in the genitive in the title.
Controls: "<head> <noun> i <a reference body>" ("Uniwersytet X i WiseEuropa": two bodies joined)
keeps the short body, and a seat ("<head> <noun> we Wrocławiu": a branch) keeps both.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from tests.relations_pages import Pages, labelled, outcome
from tests.relations_templates import (
    capitalise,
    cases,
    cities,
    form,
    noun_lexeme,
    phrase_forms,
    rate,
    title_nouns,
    w,
)

HEADS = ("Rada", "Stowarzyszenie", "Fundacja", "Związek", "Forum")
SAYS = (
    "{full_acc} powołano w 2016 roku. Jej członkowie spotykają się co miesiąc.",
    "Od lat działa {full_nom}. Jej przedstawiciele spotkali się z radnymi.",
    "Prezydent podziękował członkom {full_gen} za pracę.",
)


@dataclass(frozen=True)
class Case:
    text: str
    title: str
    short: str
    full: str
    one: bool  # whether the page names one body


def plural_genitive(rng: random.Random) -> str | None:
    noun = rng.choice(title_nouns()[:1500])
    found = noun_lexeme(noun.lower(), None, None)
    made = form(found[0], "subst", "pl", "gen") if found else None
    return capitalise(made) if made else None


def named_case(rng: random.Random, kind: str) -> Case | None:
    head = rng.choice(HEADS)
    first, second = plural_genitive(rng), plural_genitive(rng)
    if first is None or second is None or first == second:
        return None
    short = f"{head} {first}"
    city = rng.choice(cities())
    tail = {
        "and": f" i {second}",
        "attached": f" przy Prezydencie {city.form('gen')}",
        "seat": f" {w(city)}",
        "two": " i WiseEuropa",
    }[kind]
    full = short + tail
    full_forms, short_forms = phrase_forms(full), phrase_forms(short)
    if full_forms is None or short_forms is None:
        return None
    by_case = dict(full_forms)
    text = rng.choice(SAYS).format(
        full_nom=by_case["nom"], full_gen=by_case["gen"], full_acc=by_case["acc"]
    )
    title = f"Kulisy działań {dict(short_forms)['gen']}"
    # (the title is the page's heading as well, as a news page writes it)
    return Case(f"# {title}\n\n{text}", title, short, full, kind in ("and", "attached"))


def bodies_named(pages: Pages, kind: str) -> list[tuple[bool, str]]:
    results = []
    for case in cases(lambda rng: named_case(rng, kind), 140):
        ctx = pages.extract_titled(case.text, case.title)
        short, full = labelled(ctx, case.short), labelled(ctx, case.full)
        ok = (not short and bool(full)) if case.one else bool(short)
        want = f"one body «{case.full}»" if case.one else f"«{case.short}» kept"
        results.append(outcome(ctx, ok, f"[{case.title}] {case.text}", want))
    return results


@pytest.mark.parametrize("kind", ["and", "attached"])
def test_a_body_named_short_is_the_body_of_the_full_name(pages: Pages, kind: str) -> None:
    assert rate(f"'Rady X' over '{kind}' full name -> one body", bodies_named(pages, kind)) >= 0.95


@pytest.mark.parametrize("kind", ["two", "seat"])
def test_control_two_bodies_or_a_branch_stay_apart(pages: Pages, kind: str) -> None:
    assert rate(f"control: '{kind}' -> the short body kept", bodies_named(pages, kind)) >= 0.95
