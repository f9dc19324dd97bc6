"""Two acts of one issuer with different numbers are two acts: "Uchwała Nr LII/964/16 Rady Miasta
Krakowa … oraz uchwała nr XXXI/523/15 Rady Miasta Krakowa" (session 40, from a miss of ingwaz,
opened: the second resolution was read as the first, named again).

A name read from an oblique case or written in small letters is the page's name in the
nominative with the same words' lemmas (names.same_lemmas); a number's pieces ("XXXI", "/",
"523") shared the slash's lemma, so any two numbers were one. A number now matches only itself
(names.a_number). Cases: act kinds and their cases from morfeusz2, numbers generated, issuers
of the reference cities (genitives from morfeusz2); the first act named in the nominative, the
second after a preposition or verb that governs another case.
Control: the same act named again with its own number is one act, as before.
Measured on 52a73db: 0.0 % -> 100 %; control 100 % both.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages
from tests.relations_templates import cities, drawn_until, form, rate
from tests.test_acts_and_their_issuers import KINDS, number

SEED = 20261211
COUNT = 110
FRAMES = (
    ("gen", "Podstawą prawną jest treść {act}."),
    ("inst", "Zgodnie z {act} program finansuje miasto."),
    ("loc", "O {act} mówiono na sesji."),
    ("nom", "Podstawą prawną jest też {act} z poprzedniego roku."),
)


def act_case(pages: Pages, rng: random.Random, same: bool) -> tuple[bool, str] | None:
    kind = rng.choice(KINDS)
    city = rng.choice(cities())
    council = f"Rady Miasta {city.form('gen')}"
    first, second = number(rng), number(rng)
    if same:
        second = first
    elif first == second:
        return None
    case, frame = rng.choice(FRAMES)
    written = form(kind, "subst", "sg", case)
    if written is None:
        return None
    text = (
        f"{kind.capitalize()} Nr {first} {council} przyjmuje program jako swój załącznik. "
        + frame.format(act=f"{written} nr {second} {council}")
    )
    acts = {
        e.label_pl
        for e in pages.extract(text).entities.values()
        if e.label_pl.split()[0].lower() == kind
    }
    wanted = {f"{kind.capitalize()} Nr {first} {council}"}
    if not same:
        wanted.add(f"{kind.capitalize()} nr {second} {council}")
    return acts == wanted, f"{text} -> {sorted(wanted)}; acts {sorted(acts)}"


def test_two_numbers_are_two_acts(pages: Pages) -> None:
    results = drawn_until(lambda rng: act_case(pages, rng, False), COUNT, SEED)
    assert rate("'Uchwała Nr LII/964/16 …' and 'uchwała nr XXXI/523/15 …'", results) >= 0.95


def test_control_one_number_named_again_is_one_act(pages: Pages) -> None:
    results = drawn_until(lambda rng: act_case(pages, rng, True), COUNT, SEED + 1)
    assert rate("control: 'Uchwała Nr LII/964/16 …' named again", results) >= 0.95
