"""People listed together before "z <body>" all come from it: "Katarzyna Parszewska i Ewa
Klukowska z Kuratorium Oświaty mówiły o …" (session 23, from the opened set zayin: a charity's
report of a dialogue meeting; relations.from_the_same_body). Before, only the last of them was a
member of the body.
Cases: two or three people of SGJP's given names and surnames, joined by commas and a closing
'i' or 'oraz', then 'z' / 'ze' and a reference body in the genitive (relations_templates).
Control: a person in another clause (", a X z <body>") is no member of the body.
Measured on 29a3944: 0 %; control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects, outcome, person_iri
from tests.relations_templates import Named, Person, cases, organisations, people, rate

COUNT = 120
FRAMES = (
    "{people} {z} {body} mówili o adaptacji dzieci cudzoziemskich w szkołach.",
    "W spotkaniu wzięli udział {people} {z} {body}.",
    "Warsztaty poprowadzili {people} {z} {body}.",
)


def z(body: Named) -> str:
    return (
        "ze" if body.form("gen")[:2].lower() in ("sz", "st", "sp", "zw", "śr", "sk", "wsz") else "z"
    )


def together(rng: random.Random) -> tuple[str, list[Person], Named, bool]:
    chosen = rng.sample(list(people()), rng.randint(2, 3))
    body = rng.choice(organisations())
    names = [p.nominative for p in chosen]
    joined = ", ".join(names[:-1]) + f" {rng.choice(('i', 'oraz'))} {names[-1]}"
    text = rng.choice(FRAMES).format(people=joined, z=z(body), body=body.form("gen"))
    return text, chosen, body, True


def apart(rng: random.Random) -> tuple[str, list[Person], Named, bool]:
    first, second = rng.sample(list(people()), 2)
    body = rng.choice(organisations())
    text = (
        f"Głos zabrał {first.nominative}, a {second.nominative} {z(body)} {body.form('gen')} "
        "przedstawił raport."
    )
    return text, [first], body, False


def check(pages: Pages, made: tuple[str, list[Person], Named, bool]) -> tuple[bool, str]:
    text, chosen, body, members = made
    ctx = pages.extract(text, "2021-10-28")
    who = [person_iri(ctx, p) for p in chosen]
    are = [w is not None and body.iri in objects(ctx, w, "memberOf") for w in who]
    ok = all(are) if members else not any(are)
    return outcome(
        ctx, ok, text, f"{[p.nominative for p in chosen]} members of {body.label}: {members}"
    )


def test_people_listed_together_come_from_the_body_after_them(pages: Pages) -> None:
    value = rate(
        "'Katarzyna Parszewska i Ewa Klukowska z Kuratorium Oświaty' -> both members",
        [check(pages, m) for m in cases(together, COUNT)],
    )
    assert value >= 0.95


def test_a_person_of_another_clause_is_no_member(pages: Pages) -> None:
    value = rate(
        "control: 'Głos zabrał X, a Y z Fundacji Z' -> X no member",
        [check(pages, m) for m in cases(apart, COUNT)],
    )
    assert value >= 0.95
