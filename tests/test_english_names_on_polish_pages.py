"""A body a Polish page names by its English name is an organisation, named as written (session
21, from the opened set gimel: "Partnerami projektu są: Stowarzyszenie Homo Faber, Urząd m.st.
Warszawy oraz Icelandic Human Rights Centre"; names.english_bodies_on_a_polish_page). Before, a
Polish page read only Polish names.
Names: English modifiers and subjects with an English head (Centre, Foundation, Institute,
Council, Committee, Group, Network, Association, Agency, Society); the Polish words around them
in the case their frame needs (the kind word's forms by morfeusz2), the name in any position of
the sentence (its first word too).
Control: a Polish verb that opens the sentence ("Polecamy", "Zapraszamy": first persons plural
of SGJP verbs by morfeusz2) is not part of the name.
Measured on 5b393ec: 0 %; control 100 % (no name at all then).
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome
from tests.relations_templates import form, rate
from ump_kg.extract.context import DocumentContext

SEED = 20261207
CASES = 120
MODIFIERS = ("International", "European", "Icelandic", "Danish", "Norwegian", "Global", "Open",
             "Civic", "Humanitarian", "Independent", "Baltic", "Nordic", "Central", "Eastern")  # fmt: skip
SUBJECTS = ("Human Rights", "Refugee", "Migration Policy", "Rescue", "Integration", "Diversity",
            "Solidarity", "Inclusion", "Social Research", "Legal Aid", "Democracy")  # fmt: skip
HEADS = ("Centre", "Foundation", "Institute", "Council", "Committee", "Group", "Network",
         "Association", "Agency", "Society")  # fmt: skip
# kind words before the name, in the case their frame needs
KINDS = ("organizacja", "fundacja", "instytucja", "partner")
VERBS = ("polecać", "zapraszać", "pozdrawiać", "wspierać", "witać", "informować")


def english_name(rng: random.Random) -> str:
    head = rng.choice(HEADS)
    if rng.random() < 0.3:
        return f"{rng.choice(MODIFIERS)} {head}"
    return f"{rng.choice(MODIFIERS)} {rng.choice(SUBJECTS)} {head}"


def kind_in(rng: random.Random, case: str) -> str:
    kind = rng.choice(KINDS)
    return form(kind, "subst", "sg", case) or kind


def sentence(rng: random.Random, name: str) -> str:
    return rng.choice(
        (
            f"Partnerami projektu są: Fundacja Ocalenie oraz {name}.",
            f"Projekt realizujemy we współpracy z {kind_in(rng, 'inst')} {name}.",
            f"W spotkaniu wzięli udział przedstawiciele {kind_in(rng, 'gen')} {name}.",
            f"{name} przygotował raport o miastach.",
            f"Organizatorem szkolenia była {name} z Oslo.",
            f"Szkolenie poprowadzili eksperci z {name}.",
        )
    )


def labels(ctx: DocumentContext) -> set[str]:
    return {e.label_pl for e in ctx.entities.values() if e.cls.endswith("Organisation")}


def case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    name = english_name(rng)
    text = sentence(rng, name)
    ctx = pages.extract(text)
    return outcome(ctx, name in labels(ctx), text, f"the organisation «{name}»")


def control(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    name = english_name(rng)
    verb = form(rng.choice(VERBS), "fin", "pl", "pri") or "Polecamy"
    text = f"{verb.capitalize()} {name}."
    ctx = pages.extract(text)
    ok = not any(verb.lower() in label.lower() for label in labels(ctx))
    return outcome(ctx, ok, text, f"no name opening with «{verb}»")


def test_english_names_of_bodies_on_a_polish_page(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'we współpracy z Migration Policy Group' → «Migration Policy Group»",
        [case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_a_polish_verb_opening_the_sentence_is_no_part_of_it(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "control: 'Polecamy Migration Policy Group.'",
        [control(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
