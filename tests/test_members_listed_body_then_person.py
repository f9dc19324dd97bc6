"""A list item of nothing but a body's name, a dash and a person's name says the person represents
the body: "1. Fundacja „Inna Przestrzeń” – Witek Hebanowski;", "- SIETAR Poland Association –
Katarzyna Artemiuk" (session 23, from the opened set zayin: a foundation's council listed with
its members' delegates; relations.representative_after_the_body). Before, only the other order
("- Witek Hebanowski – Fundacja …") made the person a member.
Cases: pages listing three to five items under an introduction, Polish and English, numbered
or bulleted, with or without a closing ';' or ','; bodies are the reference's organisations
(their Polish or English labels), people SGJP's given names and surnames (relations_templates).
Control: an item whose person stands after other words ("Fundacja X – spotkanie z Janem
Kowalskim") makes no membership.
Measured on 3766ec7 (the rule does not depend on 5b2f808): 0 %; control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects, person_iri
from tests.relations_templates import (
    Named,
    Person,
    cases,
    english_label,
    organisations,
    people,
    rate,
)

COUNT = 40  # pages; each item is a case
INTRODUCTIONS = {
    "pl": ("Członkami Rady są obecnie:", "W skład koalicji wchodzą:", "Radę tworzą:"),
    "en": ("The current members of the Council include:", "The coalition is made up of:"),
}
MARKERS = ("{n}. ", "- ", "* ", "{n}) ")
ENDS = (";", ",", ".", "")


def item(rng: random.Random, n: int, body: str, person: str) -> str:
    return rng.choice(MARKERS).format(n=n) + f"{body} – {person}" + rng.choice(ENDS)


def page(rng: random.Random, control: bool) -> tuple[str, str, list[tuple[Named, Person]]] | None:
    language = rng.choice(("pl", "en"))
    if control:
        language = "pl"
    bodies = rng.sample(list(organisations()), rng.randint(3, 5))
    if language == "en" and any(english_label(b.iri).isupper() for b in bodies):
        return None  # an acronym alone ("IOM") is a name in either language
    chosen = rng.sample(list(people()), len(bodies))
    lines = [rng.choice(INTRODUCTIONS[language]), ""]
    for n, (body, person) in enumerate(zip(bodies, chosen, strict=True), start=1):
        label = english_label(body.iri) if language == "en" else body.label
        said = f"spotkanie z {person.form('inst')}" if control else person.nominative
        lines.append(item(rng, n, label, said))
    return language, "\n".join(lines), list(zip(bodies, chosen, strict=True))


def checked(
    pages: Pages, made: tuple[str, str, list[tuple[Named, Person]]], control: bool
) -> list[tuple[bool, str]]:
    language, text, pairs = made
    ctx = (pages.english if language == "en" else pages).extract(text)
    results = []
    for body, person in pairs:
        who = person_iri(ctx, person)
        member = who is not None and body.iri in objects(ctx, who, "memberOf")
        want = f"{person.nominative} member of {body.label}: {not control}"
        results.append((member != control, f"{want} in {text!r}"))
    return results


def test_a_body_then_its_delegate_in_an_item(pages: Pages) -> None:
    made = cases(lambda rng: page(rng, False), COUNT)
    results = [r for m in made for r in checked(pages, m, False)]
    assert rate("'1. Fundacja X – Jan Kowalski;' -> member of Fundacja X", results) >= 0.95


def test_a_person_after_other_words_is_no_delegate(pages: Pages) -> None:
    made = cases(lambda rng: page(rng, True), COUNT)
    results = [r for m in made for r in checked(pages, m, True)]
    assert rate("control: 'Fundacja X – spotkanie z Janem Kowalskim' -> no member", results) >= 0.95
