"""Posts named by the words for the heads of commands, parishes, communes and offices of trust
(session 36, from misses of ur, opened this session: "ks. Łukasza Ostruszki, proboszcza Parafii
Ewangelicko-Augsburskiej w Krakowie" gave the priest no post; "komendant", "pastor",
"kurator", "wójt", "komisarz", "kanclerz" and "skarbnik" were no role words either, so a
commander of a fire brigade or a police command named beside his command had no post in it).

Cases: people from tests/relations_templates.people (SGJP names of both sexes); the role
words above, of the person's gender where Polish has one ("komendantka", "kuratorka",
"skarbniczka"; a woman's "wójt", "kanclerz" or "komisarz" does not decline), declined by morfeusz2; the reference's bodies declined by
morfeusz2 (phrase_forms). Shapes: an apposition in the nominative ("Anna Nowak, komendantka
<Body, gen>"), a list item in the genitive ("- Jana Nowaka, proboszcza <Body, gen>;"), and the
role before the name ("Komendant <Body, gen> Jan Nowak otworzył …"). The person holds a post in
the body. Negative: "Kuratorium" and "pastoralne", which the new words begin, make no post.
Control: the same shapes with "dyrektor" / "dyrektorka".
Measured on the commit before: 0.0 % -> 100 %; negative 100 % both; control 98.3 % both.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome
from tests.relations_templates import (
    Person,
    capitalise,
    form,
    noun_lexeme,
    organisations,
    people,
    rate,
)
from tests.test_posts_mayors_officers_work import posts_in

SEED = 20261214
CASES = 120
ROLES = {
    "m1": (
        "komendant",
        "proboszcz",
        "pastor",
        "kurator",
        "wójt",
        "komisarz",
        "kanclerz",
        "skarbnik",
    ),
    "f": ("komendantka", "kuratorka", "skarbniczka", "wójt", "kanclerz", "komisarz"),
}
CONTROL_ROLES = {"m1": ("dyrektor",), "f": ("dyrektorka",)}


def bodies() -> list[object]:
    return [o for o in organisations() if "/organisation/" in o.iri]


def role_in(role: str, case: str, gender: str) -> str:
    """The role declined as the person's: a woman's "wójt" does not decline."""
    lexeme = noun_lexeme(role, None, gender)
    return (form(lexeme[0], "subst", "sg", case) if lexeme else None) or role


def shaped(person: Person, roles: dict[str, tuple[str, ...]], rng: random.Random) -> str:
    role, body = rng.choice(roles[person.gender]), rng.choice(bodies())
    shape = rng.randrange(3)
    if shape == 0:
        return f"{person.nominative}, {role} {body.form('gen')}, przywitał{person.a} gości.", body
    if shape == 1:
        return (
            "Zapowiedziano obecność m.in.:\n"
            f"- {person.form('gen')}, {role_in(role, 'gen', person.gender)} {body.form('gen')};\n"
            "- przedstawicieli miasta."
        ), body
    verb = f"otworzył{person.a}"
    return f"{capitalise(role)} {body.form('gen')} {person.nominative} {verb} spotkanie.", body


def post_case(
    pages: Pages, rng: random.Random, roles: dict[str, tuple[str, ...]]
) -> tuple[bool, str]:
    person = rng.choice(people())
    text, body = shaped(person, roles, rng)
    ctx = pages.extract(text)
    return outcome(ctx, body.iri in posts_in(ctx, person), text, f"a post in {body.iri}")


def negative_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    person, body = rng.choice(people()), rng.choice(bodies())
    kind = rng.choice(("Kuratorium Oświaty", "centrum pastoralne"))
    text = f"{person.nominative} odwiedził{person.a} {kind} oraz {body.form('acc')}."
    ctx = pages.extract(text)
    return outcome(ctx, body.iri not in posts_in(ctx, person), text, "no post in the body")


def test_heads_of_commands_parishes_and_communes_hold_posts(pages: Pages) -> None:
    rng = random.Random(SEED)
    cases = [post_case(pages, rng, ROLES) for _ in range(CASES)]
    assert rate("'N, komendant <Body>' -> a post", cases) >= 0.95


def test_negative_kuratorium_and_pastoral_are_no_posts(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    cases = [negative_case(pages, rng) for _ in range(CASES)]
    assert rate("negative: 'Kuratorium Oświaty', 'centrum pastoralne'", cases) >= 0.98


def test_control_directors_in_the_same_shapes(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    cases = [post_case(pages, rng, CONTROL_ROLES) for _ in range(CASES)]
    assert rate("control: 'N, dyrektor <Body>'", cases) >= 0.95
