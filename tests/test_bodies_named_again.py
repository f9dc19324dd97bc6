"""A body named again by the kind word of its name (session 15, from a helper's probes of general
phrasings; src/ump_kg/extract/kind_words.py).

1. "<Body> prowadzi zajęcia. Dyrektorem / Prezeską / Kierownikiem <kind word, gen.> jest
   <Name>.", "– Zapraszamy – mówi <Name>, dyrektorka <kind word>.", "<Kind word, inst.> kieruje
   <Name>.": the person holds a post in the body named before.
2. Negative controls: "… pracownicy <kind word, gen. pl.> z całej Polski …" (bodies in general)
   and "dyrektor biura UNHCR <Name>" (the kind word opens another name) give no post in the
   body named before.
Bodies are new ones ("Fundacja / Stowarzyszenie / Biuro / Oddział … <SGJP noun>", declined by
phrase_forms); people SGJP's. 120 cases each. Measured on dc156c2: 1. 15%, 2. 100%; now 100%.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, holds_post_in, outcome, person_iri
from tests.relations_templates import Named, form, noun_lexeme, people, rate
from tests.test_bodies_seats_inner_words import new_bodies
from tests.test_units_belong_centres_run import new_units

SEED = 20261210
CASES = 120
ROLES = (("Dyrektorem", "Dyrektorką"), ("Prezesem", "Prezeską"), ("Kierownikiem", "Kierowniczką"))


def kind_word(body: Named, case: str, number: str = "sg") -> str:
    head = body.label.split()[0].lower()
    found = noun_lexeme(head, None, None)
    assert found, head
    word = form(found[0], "subst", number, case)
    assert word, (head, case)
    return word


def body_iri(ctx_entities: dict[str, object], body: Named) -> str | None:
    return next(
        (i for i, e in ctx_entities.items() if getattr(e, "label_pl", None) == body.label), None
    )


def bodies() -> tuple[Named, ...]:
    # ("zespół" is left out of the kind words: "zespołu" most often stands for the UMP's Team)
    return tuple(b for b in new_bodies() + new_units() if not b.label.startswith("Zespół"))


def named_again_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    body = rng.choice(bodies())
    person = rng.choice(people())
    man, woman = rng.choice(ROLES)
    role = woman if person.gender == "f" else man
    opening = f"{body.form('nom')} prowadzi zajęcia dla cudzoziemców."
    text = (
        opening
        + " "
        + rng.choice(
            (
                f"{role} {kind_word(body, 'gen')} jest {person.form('nom')}.",
                f"– Zapraszamy – mówi {person.form('nom')}, "
                f"{'dyrektorka' if person.gender == 'f' else 'dyrektor'} {kind_word(body, 'gen')}.",
                f"{kind_word(body, 'inst').capitalize()} kieruje {person.form('nom')}.",
            )
        )
    )
    ctx = pages.extract(text)
    who, where = person_iri(ctx, person), body_iri(ctx.entities, body)
    ok = who is not None and where is not None and holds_post_in(ctx, who, where)
    return outcome(ctx, ok, text, f"a post in «{body.label}»")


def control_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    body = rng.choice(bodies())
    person = rng.choice(people())
    opening = f"{body.form('nom')} prowadzi zajęcia dla cudzoziemców."
    text = (
        opening
        + " "
        + rng.choice(
            (
                f"Przyszło wielu pracowników {kind_word(body, 'gen', 'pl')} z całej Polski, "
                f"a wśród nich {person.form('nom')}.",
                f"Spotkanie prowadził{person.a} dyrektor {kind_word(body, 'gen')} UNHCR "
                f"{person.form('nom')}.",
            )
        )
    )
    ctx = pages.extract(text)
    who, where = person_iri(ctx, person), body_iri(ctx.entities, body)
    ok = who is None or where is None or not holds_post_in(ctx, who, where)
    return outcome(ctx, ok, text, f"no post in «{body.label}»")


def test_a_body_named_again_by_its_kind_word(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'… Dyrektorem fundacji jest X', '– mówi X, dyrektorka biura', 'Punktem kieruje X'",
        [named_again_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_negative_a_kind_word_in_general_or_opening_a_name(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "negative: 'pracowników fundacji z całej Polski', 'dyrektor biura UNHCR X'",
        [control_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
