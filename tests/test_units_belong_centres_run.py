"""Where a unit belongs and who runs a centre, said the ways general Polish says them (session
15, from a helper's probes of general phrasings).

1. "<Unit> działa przy <Body>", "Przy <Body> działa <Unit>", "<Unit> działa w strukturach
   <Body>", "W strukturze <Body> działa <Unit>", "<Unit>, jednostka organizacyjna <Body>, …",
   "<Unit> jest jednostką <Body>", "<Unit> wchodzi w skład <Body>", "<Unit> podlega <Body>"
   → the unit is a unit of the body (relations.py BELONGS_TO, BESIDE_FIRST).
2. "<Body> (od 2016 roku) prowadzi <Centre>" → the body runs (ump:leader) the centre
   (centres_and_their_runners; SUBJECT_TO_VERB lets a time stand between subject and verb).
Units and centres are new names with SGJP nouns ("Biuro <Noun>", "Centrum Integracji <Noun
gen. pl.>"), bodies the reference's organisations and new "Fundacja/Stowarzyszenie <noun>",
all declined by phrase_forms. 120 cases each. Measured on 032eaa0: 1. 0%, 2. 0%; now 100%.
"""

from __future__ import annotations

import random
from functools import cache

from tests.relations_pages import Pages, made_or_known, objects, outcome
from tests.relations_templates import Named, new_names, phrase_forms, rate
from tests.test_bodies_seats_inner_words import new_bodies
from tests.test_leaders_authors_adopted import bodies

SEED = 20261209
CASES = 120
UNIT_HEADS = ("Biuro", "Referat", "Oddział", "Dział", "Zespół")


def new_units() -> tuple[Named, ...]:
    return new_names(UNIT_HEADS, 200, 320)


@cache
def new_centres() -> tuple[Named, ...]:
    found = []
    for label in (
        "Centrum Integracji Cudzoziemców",
        "Punkt Informacyjny dla Cudzoziemców",
        "Centrum Wsparcia Migrantów",
        "Punkt Konsultacyjny dla Migrantów",
        "Centrum Pomocy Uchodźcom",
    ):
        forms = phrase_forms(label)
        if forms is not None:
            found.append(Named(f"new:{label}", label, forms))
    return tuple(found)


def a_parent(rng: random.Random) -> Named:
    # (the UMP's Team has no units: units_of_offices leaves the team out)
    known = [b for b in bodies() if "zespol" not in b.iri]
    return rng.choice(known if rng.random() < 0.5 else new_bodies())


def unit_text(unit: Named, parent: Named, rng: random.Random) -> str:
    return rng.choice(
        (
            f"{unit.form('nom')} działa przy {parent.form('loc')}.",
            f"Przy {parent.form('loc')} działa {unit.form('nom')}.",
            f"{unit.form('nom')} działa w strukturach {parent.form('gen')}.",
            f"W strukturze {parent.form('gen')} działa {unit.form('nom')}.",
            f"{unit.form('nom')}, jednostka organizacyjna {parent.form('gen')}, prowadzi zajęcia.",
            f"{unit.form('nom')} jest jednostką {parent.form('gen')}.",
            f"{unit.form('nom')} wchodzi w skład {parent.form('gen')}.",
            f"{unit.form('nom')} podlega {parent.form('dat')}.",
        )
    )


def unit_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    unit, parent = rng.choice(new_units()), a_parent(rng)
    text = unit_text(unit, parent, rng)
    ctx = pages.extract(text)
    child = [i for i, e in ctx.entities.items() if e.label_pl == unit.label]
    wanted = made_or_known(ctx, parent)
    ok = any(wanted in {str(o) for o in objects(ctx, c, "unitOf")} for c in child)
    return outcome(ctx, ok, text, f"«{unit.label}» a unit of {wanted}")


def centre_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    centre, body = rng.choice(new_centres()), a_parent(rng)
    since = rng.choice(("", "od 2016 roku ", "od lat "))
    text = f"{body.form('nom')} {since}prowadzi {centre.form('acc')}."
    ctx = pages.extract(text)
    wanted = made_or_known(ctx, body)
    found = {str(o) for i in [made_or_known(ctx, centre)] for o in objects(ctx, i, "leader")}
    return outcome(ctx, wanted in found, text, f"{wanted} runs «{centre.label}»")


def test_a_unit_belongs_to_the_body_it_works_in(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'X działa przy Y', 'Przy Y działa X', 'X jest jednostką Y', 'X podlega Y' …",
        [unit_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_the_subject_that_runs_a_centre(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "'X (od 2016 roku) prowadzi Centrum …'", [centre_case(pages, rng) for _ in range(CASES)]
    )
    assert value >= 0.95
