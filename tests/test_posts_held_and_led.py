"""Posts said with the person first, or with a word of when they are held (session 15, from a
helper's probes of general phrasings).

1. "<Name>, była / wieloletnia / obecna / p.o. <role> <Body>, …": a word of when or how the post
   is held before the role noun (relations.py POST_MODIFIER in role_opened).
2. "<Name> kieruje <Body>", "<Name>, który(-a) kieruje <Body>, …", "<Name>, kierujący(-a)
   <Body>, …", "<Name> stoi na czele <Body>", "<Name> pełni funkcję <role> <Body>", "<Name>
   objął(-ęła) stanowisko <role> <Body>", "<Name> został(a) powołany(-a) na stanowisko <role>
   <Body>", "<Body>, kierowany(-a, -e) przez <Name>, …" (SUBJECT_LEADS, BODY_LED_BY).
The person holds a post in the body. People are SGJP's (every case by morfeusz2), bodies the
reference's organisations and new "Fundacja/Stowarzyszenie <noun>" ones, declined by
phrase_forms. 120 cases each. Measured on 712d7f7: 1. 0%, 2. 0%; now 100% each.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, holds_post_in, made_or_known, outcome, person_iri
from tests.relations_templates import Named, Person, people, rate
from tests.test_bodies_seats_inner_words import new_bodies
from tests.test_leaders_authors_adopted import bodies

SEED = 20261208
CASES = 120
ROLES = {  # role: (man, woman, genitive)
    "dyrektor": ("dyrektor", "dyrektorka", "dyrektora"),
    "prezes": ("prezes", "prezeska", "prezesa"),
    "koordynator": ("koordynator", "koordynatorka", "koordynatora"),
}


def drawn(rng: random.Random) -> tuple[Person, Named]:
    body = rng.choice(bodies() if rng.random() < 0.5 else new_bodies())
    return rng.choice(people()), body


def gendered(person: Person, man: str, woman: str) -> str:
    return woman if person.gender == "f" else man


def modifier_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    person, body = drawn(rng)
    man, woman, genitive = ROLES[rng.choice(sorted(ROLES))]
    modifier = rng.choice(
        (
            gendered(person, "były", "była"),
            gendered(person, "wieloletni", "wieloletnia"),
            gendered(person, "obecny", "obecna"),
            "p.o.",
        )
    )
    role = genitive if modifier == "p.o." else gendered(person, man, woman)
    text = f"Głos zabrał{person.a} {person.form('nom')}, {modifier} {role} {body.form('gen')}."
    ctx = pages.extract(text)
    who = person_iri(ctx, person)
    ok = who is not None and holds_post_in(ctx, who, made_or_known(ctx, body))
    return outcome(ctx, ok, text, f"a post in {body.label}")


def led_text(person: Person, body: Named, rng: random.Random) -> str:
    name = person.form("nom")
    _, _, genitive = ROLES[rng.choice(sorted(ROLES))]
    which = gendered(person, "który", "która")
    leading = gendered(person, "kierujący", "kierująca")
    took = gendered(person, "objął", "objęła")
    named = gendered(person, "został powołany", "została powołana")
    # (the passive participle agrees with the body's head: "Fundacja …, kierowana przez")
    led = {"Fundacja": "kierowana", "Stowarzyszenie": "kierowane"}.get(body.label.split()[0])
    return rng.choice(
        (
            f"{name} kieruje {body.form('inst')}.",
            f"Wsparcie zadeklarował{person.a} {name}, {which} kieruje {body.form('inst')}.",
            f"{name}, {leading} {body.form('inst')}, zabrał{person.a} głos.",
            f"{name} stoi na czele {body.form('gen')}.",
            f"{name} pełni funkcję {genitive} {body.form('gen')}.",
            f"{name} {took} stanowisko {genitive} {body.form('gen')}.",
            f"{name} {named} na stanowisko {genitive} {body.form('gen')}.",
            f"Zadanie nadzoruje {body.form('nom')}, {led} przez {person.form('acc')}."
            if led
            else f"{name} kieruje {body.form('inst')}.",
        )
    )


def led_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    person, body = drawn(rng)
    text = led_text(person, body, rng)
    ctx = pages.extract(text)
    who = person_iri(ctx, person)
    ok = who is not None and holds_post_in(ctx, who, made_or_known(ctx, body))
    return outcome(ctx, ok, text, f"a post in {body.label}")


def test_a_word_of_when_before_the_role(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'X, była / wieloletnia / p.o. <role> <Body>'",
        [modifier_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_the_person_first_leads_or_holds(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "'X kieruje <Body>', 'X stoi na czele …', 'X pełni funkcję …', '<Body>, kierowana przez X'",
        [led_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def named_and_home_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    person = rng.choice(people())
    body, home = rng.sample(list(new_bodies()), 2)
    role = rng.choice(("Koordynatorem", "Przewodniczącym", "Rzecznikiem"))
    if person.gender == "f":
        role = {"Koordynatorem": "Koordynatorką", "Przewodniczącym": "Przewodniczącą"}.get(
            role, "Rzeczniczką"
        )
    text = f"{role} {body.form('gen')} został{person.a} {person.form('nom')} z {home.form('gen')}."
    ctx = pages.extract(text)
    who = person_iri(ctx, person)
    there, own = made_or_known(ctx, body), made_or_known(ctx, home)
    ok = (
        who is not None
        and holds_post_in(ctx, who, there)
        and not holds_post_in(ctx, who, own)
        and own in {str(f.o) for f in ctx.facts if f.s == who and f.p.endswith("memberOf")}
    )
    return outcome(ctx, ok, text, f"a post in {body.label}, a member of {home.label}")


def test_the_post_is_in_the_body_the_role_names(pages: Pages) -> None:
    # (3. "<Role> <Body> został(a) X z <Other body>": relations.py posts_by_copula; measured
    # on dd7207f: 0%; now 100%)
    rng = random.Random(SEED + 2)
    value = rate(
        "'Koordynatorem Sieci X został Y ze Stowarzyszenia Z'",
        [named_and_home_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95
