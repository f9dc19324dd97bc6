"""A post named after "jako" ("as") in the clause of the person who holds it: "Anna Nowak pracuje
jako koordynatorka w Fundacji …", "… od 2019 r. pracuje jako specjalistka ds. integracji w
Urzędzie …", "… pracował w ratuszu jako pełnomocnik prezydenta i dyrektor Wydziału Kultury …"
(the last of two roles joined by "i" is the one of the body after it). Session 35, from a miss
of rad, opened this session (relations.role_after_jako).

Cases: people from tests/relations_templates.people (SGJP names of both sexes), the reference's
bodies declined by morfeusz2 (phrase_forms), roles of both genders, verbs of working in every
gender, the body in the genitive after the role or in the locative after "w"/"we".
Negative: "jako" before a word that is no post ("przyjechała do Polski jako uchodźczyni i
korzysta z pomocy …", "występuje jako gość …") gives no post in the body.
Control: "<Name> pracuje w <Body, locative>" is membership, as before.
Measured before the rule (src of 0f384cf; no rule since touches "jako"): 0.0 % -> 100 %; the
negative and the control 100 % before and after."""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome
from tests.relations_templates import Named, organisations, people, rate
from tests.test_posts_mayors_officers_work import member_of, posts_in
from ump_kg.language.prepositions import locative_phrase

SEED = 20261213
CASES = 120
ROLES = {
    "m1": ("koordynator", "dyrektor", "specjalista", "asystent", "ekspert", "doradca"),
    "f": ("koordynatorka", "dyrektorka", "specjalistka", "asystentka", "ekspertka", "doradczyni"),
}
WORKS = {
    "m1": ("pracuje", "pracował", "od 2019 r. pracuje", "jest zatrudniony", "działa"),
    "f": ("pracuje", "pracowała", "od 2019 r. pracuje", "jest zatrudniona", "działa"),
}
COMPLEMENTS = ("", " projektów", " ds. integracji", " ds. cudzoziemców")
NOT_A_POST = {
    "m1": ("przyjechał do Polski jako uchodźca i korzysta z pomocy", "występuje jako gość"),
    "f": ("przyjechała do Polski jako uchodźczyni i korzysta z pomocy", "występuje jako gość"),
}


def bodies() -> list[Named]:
    return [o for o in organisations() if "/organisation/" in o.iri]


def jako_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    person, body = rng.choice(people()), rng.choice(bodies())
    role = rng.choice(ROLES[person.gender]) + rng.choice(COMPLEMENTS)
    where = locative_phrase(body.form("loc")) if rng.random() < 0.5 else body.form("gen")
    text = f"{person.nominative} {rng.choice(WORKS[person.gender])} jako {role} {where}."
    ctx = pages.extract(text)
    return outcome(ctx, body.iri in posts_in(ctx, person), text, f"a post in {body.iri}")


def negative_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    person, body = rng.choice(people()), rng.choice(bodies())
    text = f"{person.nominative} {rng.choice(NOT_A_POST[person.gender])} {body.form('gen')}."
    ctx = pages.extract(text)
    return outcome(ctx, body.iri not in posts_in(ctx, person), text, "no post")


def control_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    person, body = rng.choice(people()), rng.choice(bodies())
    text = f"{person.nominative} pracuje {locative_phrase(body.form('loc'))}."
    ctx = pages.extract(text)
    return outcome(ctx, body.iri in member_of(ctx, person), text, f"memberOf {body.iri}")


def test_a_post_named_after_jako(pages: Pages) -> None:
    rng = random.Random(SEED)
    cases = [jako_case(pages, rng) for _ in range(CASES)]
    assert rate("'N pracuje jako koordynatorka w <Body>'", cases) >= 0.95


def test_negative_jako_before_no_post(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    cases = [negative_case(pages, rng) for _ in range(CASES)]
    assert rate("negative: 'jako uchodźczyni', 'jako gość'", cases) >= 0.98


def test_control_working_in_a_body(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    cases = [control_case(pages, rng) for _ in range(CASES)]
    assert rate("control: 'N pracuje w <Body>'", cases) >= 0.95
