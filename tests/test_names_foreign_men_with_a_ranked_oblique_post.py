"""A foreign man named in an oblique case with a ranked post after his name: "z Rashedem Mustafą
Sarwarem, krajowym koordynatorem Biura UNICEF …" (session 41, from a miss of hagalaz, opened
this session: no person was found). The rank agrees with the post, whose ending gives the case
(names.MANS_POST_OBLIQUE takes one adjective before the post), and each unknown word of the name
is read back from it as in tests/test_names_foreign_men_with_an_oblique_post.py.
Control: the same names in the nominative with a ranked post in the nominative stay as written.
Names made up from syllables (two or three words) SGJP and the census lists do not know; posts
as in that test; ranks SGJP adjectives declined by morfeusz2 (`adjective_form`).
Measured on e3c8cb8: 0 %; the control 100 % before and after.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, measured
from tests.relations_templates import NEGATIVE, POSITIVE, adjective_form, rate
from tests.test_names_foreign_men_with_an_oblique_post import (
    FRAMES,
    POSTS,
    ManCase,
    a_word,
    declined,
    his_name,
    made_up_name,
)

RANKS = ("krajowy", "starszy", "regionalny", "główny", "nowy", "honorowy", "generalny")


def a_ranked_man(rng: random.Random) -> ManCase | None:
    case = rng.choice(sorted(FRAMES))
    words = made_up_name(rng, case)
    stem, endings = rng.choice(POSTS)
    rank = adjective_form(rng.choice(RANKS), "sg", case, "m1")
    if rank is None:
        return None
    written = " ".join(declined(w, case) for w in words)
    text = FRAMES[case].format(p=written, post=f"{rank} {stem}{endings[case]}")
    return ManCase(" ".join(words), text)


def a_ranked_man_in_the_nominative(rng: random.Random) -> ManCase | None:
    words = [a_word(rng, False), a_word(rng, False)]
    stem, _ = rng.choice(POSTS)
    rank = adjective_form(rng.choice(RANKS), "sg", "nom", "m1")
    if rank is None:
        return None
    name = " ".join(words)
    return ManCase(name, f"{name}, {rank} {stem} UNHCR, otworzył spotkanie.")


def test_a_foreign_man_with_a_ranked_post_in_an_oblique_case(pages: Pages) -> None:
    results, _ = measured(pages, a_ranked_man, his_name)
    assert rate("'z Rashedem … Sarwarem, krajowym koordynatorem' -> Rashed …", results) >= (
        POSITIVE
    )


def test_control_the_nominative_with_a_ranked_post_stays(pages: Pages) -> None:
    results, _ = measured(pages, a_ranked_man_in_the_nominative, his_name)
    assert rate("control: 'Tuomas Virtanen, starszy przedstawiciel …' as written", results) >= (
        NEGATIVE
    )
