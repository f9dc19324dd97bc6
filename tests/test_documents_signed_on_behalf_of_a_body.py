"""Who signs "w imieniu" a body signs (session 23, from the opened set het: a national daily's
"dokument podpisali: w imieniu UMP Piotr Grzelak, zastępca prezydenta Gdańska, a w imieniu ZMU
…"). A person named in the nominative after "w imieniu <body>" is the signatory; a person named
in the genitive right after "w imieniu" is the one signed for, who did not sign
(relations.on_whose_behalf). Before, both were no signatories.
Cases: a named declaration (titles of SGJP nouns), then two signers, each "w imieniu" a reference
body in the genitive (relations_templates.organisations) and a person of SGJP's given names and
surnames in the nominative, with or without a post after them.
Control: "podpisał w imieniu prezydenta <person, genitive> jego zastępca" makes the person no
signatory.
Measured on 243a471: 11.7 % (only where a body of four words or more hid the "w imieniu", and no "do" stood in its name); control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, labelled, objects, outcome, person_iri
from tests.relations_templates import Person, cases, organisations, people, rate, title_of

COUNT = 120
POSTS = ("", ", dyrektor biura", ", członek zarządu", ", prezes stowarzyszenia")


def signers(rng: random.Random) -> tuple[str, str, list[Person], bool]:
    title = title_of(rng)
    bodies = rng.sample(list(organisations()), 2)
    chosen = rng.sample(list(people()), 2)
    first, second = (
        f"w imieniu {b.form('gen')} {p.nominative}{rng.choice(POSTS)}"
        for b, p in zip(bodies, chosen, strict=True)
    )
    text = f"W maju podpisano „Deklarację {title}”. Dokument podpisali: {first}, a {second}."
    return text, f"Deklaracja {title}", chosen, True


def signed_for(rng: random.Random) -> tuple[str, str, list[Person], bool]:
    title = title_of(rng)
    person = rng.choice(people())
    text = (
        f"W maju podpisano „Deklarację {title}”. "
        f"Dokument podpisał w imieniu prezydenta {person.form('gen')} jego zastępca."
    )
    return text, f"Deklaracja {title}", [person], False


def check(pages: Pages, made: tuple[str, str, list[Person], bool]) -> tuple[bool, str]:
    text, title, chosen, signed = made
    ctx = pages.extract(text, "2022-06-20")
    found = {str(o) for d in labelled(ctx, title) for o in objects(ctx, d, "signatory")}
    who = {person_iri(ctx, p) for p in chosen}
    ok = (None not in who and who <= found) if signed else not (who & found)
    return outcome(
        ctx, ok, text, f"signatories of «{title}» {signed}: {[p.nominative for p in chosen]}"
    )


def test_who_signs_on_behalf_of_a_body_signs(pages: Pages) -> None:
    value = rate(
        "'podpisali: w imieniu UMP Piotr Grzelak, a w imieniu X Jan Nowak' -> both signed",
        [check(pages, m) for m in cases(signers, COUNT)],
    )
    assert value >= 0.95


def test_the_person_signed_for_did_not_sign(pages: Pages) -> None:
    value = rate(
        "control: 'podpisał w imieniu prezydenta Jana Nowaka jego zastępca' -> Nowak did not",
        [check(pages, m) for m in cases(signed_for, COUNT)],
    )
    assert value >= 0.95
