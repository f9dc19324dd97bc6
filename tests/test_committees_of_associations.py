"""A committee named with the association it belongs to (session 16, from the misses of an
opened real page: "Komisji Praw Człowieka i Równego Traktowania Związku Miast Polskich" was one
body).

1. "Głos zabrała A, przewodnicząca <Committee, gen.> <Association, gen.>." — the committee
   ("Komisja / Komitet / Zespół / Sekcja / Grupa" and a genitive complement) is a unit of the
   association ("Związek / Stowarzyszenie / Fundacja / Federacja / Unia …" and its words), each
   named in the nominative (names.py parent_association_at).
2. Control: a committee named without an association ("przewodnicząca Komisji <X>") stays one
   body of that name.
Complements are SGJP common nouns in the genitive (title_nouns, morfeusz2); associations are
made-up names "<head> <SGJP noun>" (new_names), declined by phrase_forms. 120 cases each.
Measured on 799ebd8: 1. 0 %, 2. 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, labelled, made_or_known, objects, outcome
from tests.relations_templates import (
    capitalise,
    form,
    new_names,
    rate,
    readings,
    title_nouns,
)

SEED = 20261223
CASES = 120
COMMITTEES = {"Komisja": "komisja", "Komitet": "komitet", "Zespół": "zespół", "Sekcja": "sekcja"}
ASSOCIATIONS = ("Związek", "Stowarzyszenie", "Fundacja", "Federacja")


def complement(rng: random.Random) -> str | None:
    noun = rng.choice(title_nouns()[:400]).lower()
    found = readings(noun)
    if any(parts[0] == ["adj"] for _, parts, _ in found):
        return None
    lexemes = [lex for lex, parts, _ in found if parts[0] == ["subst"]]
    genitive = form(lexemes[0], "subst", "sg", "gen") if lexemes else None
    return capitalise(genitive) if genitive else None


def committee(rng: random.Random) -> tuple[str, str] | None:
    """(nominative, genitive) of "<head> <Complement>"."""
    head = rng.choice(sorted(COMMITTEES))
    words = complement(rng)
    genitive = form(COMMITTEES[head], "subst", "sg", "gen")
    if words is None or genitive is None:
        return None
    return f"{head} {words}", f"{capitalise(genitive)} {words}"


def committee_case(pages: Pages, rng: random.Random, with_parent: bool = True) -> tuple[bool, str]:
    made = None
    while made is None:
        made = committee(rng)
    nominative, genitive = made
    association = rng.choice(new_names(ASSOCIATIONS, 400, 520))
    owner = f" {association.form('gen')}" if with_parent else ""
    text = f"Głos zabrała Anna Nowak, przewodnicząca {genitive}{owner}."
    ctx = pages.extract(text)
    units = labelled(ctx, nominative)
    if not with_parent:
        return outcome(ctx, bool(units), text, f"«{nominative}»")
    parent = made_or_known(ctx, association)
    ok = any(parent in {str(o) for o in objects(ctx, u, "unitOf")} for u in units)
    return outcome(ctx, ok, text, f"«{nominative}» a unit of «{association.label}»")


def test_a_committee_of_an_association(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'Komisji X Związku Y' → Komisja X, unit of Związek Y",
        [committee_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_control_a_committee_alone(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "control: 'Komisji X' alone", [committee_case(pages, rng, False) for _ in range(CASES)]
    )
    assert value >= 0.95
