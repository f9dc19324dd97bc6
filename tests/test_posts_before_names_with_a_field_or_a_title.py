"""A role noun, the body and the name after them hold a post also where the post's field follows
the body, or a capitalised title puts the rank's adjective after the role noun (session 42, from
misses of dalet and ehwaz, opened: "krajowy koordynator UNICEF ds. reagowania kryzysowego Rashed
Mustafa Sarwar", "Koordynator Krajowy UNICEF Rashed Mustafa Sarwar" gave the person no post).

relations.posts_before_names reads "ds." and up to four words SGJP reads in the genitive between
the body and the name (relations.field_of_the_post), and the rank's adjective capitalised.
Cases: people from SGJP's names (tests/pages_templates.person_of), the reference's bodies in the
genitive (a made-up body's name takes the field in: "Fundacja X ds. programów integracyjnych"
names units and teams too, so the field is read after a name the page knows whole), the role
nouns of POSTS for each
gender, fields made of SGJP nouns (and adjectives) put in the genitive by morfeusz2, rank
adjectives agreeing with the role noun, capitalised.
Control: a field followed by a verb ("koordynatorka X ds. integracji powitała Annę Kos") gives
the person after it no post in the body.
Measured on the commit before: 0.0 % -> 100 %; control 100 % both.
"""

from __future__ import annotations

import random

from tests.pages_templates import POSTS, person_of
from tests.relations_pages import Pages, holds, holds_no_post_in
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    Person,
    capitalise,
    form,
    organisations,
    rate,
)

SEED = 20261247
# (noun, its number and gender, an adjective or None) of a post's field, put in the genitive
FIELDS = (
    ("pomoc", "sg", "f", "humanitarny"),
    ("współpraca", "sg", "f", "naukowy"),
    ("integracja", "sg", "f", None),
    ("cudzoziemiec", "pl", "m1", None),
    ("edukacja", "sg", "f", "międzykulturowy"),
    ("ochrona", "sg", "f", "międzynarodowy"),
    ("projekt", "pl", "m3", "integracyjny"),
    ("migracja", "sg", "f", None),
    ("rynek", "sg", "m3", "lokalny"),
)
RANKS = ("krajowy", "regionalny", "generalny", "naczelny", "główny")


def field(rng: random.Random) -> str:
    noun, number, gender, adjective = rng.choice(FIELDS)
    words = [form(noun, "subst", number, "gen")]
    if adjective is not None:
        words.append(form(adjective, "adj", number, "gen", gender if number == "sg" else None))
    assert all(words), noun
    return "ds. " + " ".join(str(w) for w in words)


def role_of(person: Person, rng: random.Random) -> str:
    lemma, feminine = rng.choice(POSTS)
    return feminine if person.gender == "f" else lemma


def case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    taken: set[str] = set()
    person, body = person_of(rng, taken), rng.choice(organisations())
    role = role_of(person, rng)
    a = "a" if person.gender == "f" else ""
    if rng.random() < 0.5:
        text = (
            f"Porozumienie podpisał{a} {role} {body.form('gen')} {field(rng)} {person.nominative}."
        )
    else:
        gender = "f" if person.gender == "f" else "m1"
        rank = capitalise(str(form(rng.choice(RANKS), "adj", "sg", "nom", gender)))
        text = (
            f"W Gdańsku gościł{a} {capitalise(role)} {rank} {body.form('gen')} {person.nominative}."
        )
    return holds(pages.extract(text), person, body.iri), text


def control(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    taken: set[str] = set()
    person, body = person_of(rng, taken), rng.choice(organisations())
    role = "koordynatorka"
    text = (
        f"Wczoraj {role} {body.form('gen')} {field(rng)} powitała {person.form('acc')} w Gdańsku."
    )
    ctx = pages.extract(text)
    return holds_no_post_in(ctx, person, body.iri), text


def test_posts_with_a_field_or_a_capitalised_rank(pages: Pages) -> None:
    rng = random.Random(SEED)
    cases = [case(pages, rng) for _ in range(120)]
    assert rate("'koordynator UNICEF ds. … X', 'Koordynator Krajowy UNICEF X'", cases) >= POSITIVE


def test_negative_a_field_followed_by_a_verb(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    cases = [control(pages, rng) for _ in range(100)]
    assert rate("negative: '… ds. integracji powitała Annę Kos'", cases) >= NEGATIVE
