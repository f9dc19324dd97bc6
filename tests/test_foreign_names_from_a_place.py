"""Foreign names followed by the country or town their bearer comes from (session 16, from the
misses of an opened real page).

1. "W panelu wzięli udział cudzoziemcy: <Given> <Surname> z <place, gen.>, …" — a capitalised
   pair SGJP does not know, followed by "z / ze" and a geographic name, is a person as written
   (names.py body_after_from: before, only a body after "z" was a cue).
2. Negative control: "<Given> <Surname> z <place>" where the pair is a body's name SGJP knows
   ("Fundacja Ocalenie z Warszawy") makes no person.
Given names and surnames are made of syllables and kept only where morfeusz2 reads neither
and they do not end as a Polish oblique case does (-em, -om, -e, -i)
(so no list of this project holds them); places are SGJP geographic names (the index of
polish-inflection-data read with morfeusz2), their genitive generated. 120 cases each. Measured
on 799ebd8: 1. 0 %, the control 100 %. (Names ending in -u are read as nominatives since this
session: "Milou".)
"""

from __future__ import annotations

import random
from functools import cache

from tests.relations_pages import Pages, outcome, people_found
from tests.relations_templates import capitalised_lemmas, form, rate, readings

SEED = 20261213
CASES = 120
ONSETS = ("b", "d", "k", "l", "m", "n", "r", "s", "t", "v", "z", "sh", "kh")
NUCLEI = ("a", "e", "i", "o", "u", "ou", "ee")


def unknown_word(rng: random.Random) -> str:
    """A capitalised word of two or three syllables morfeusz2 does not know."""
    while True:
        word = "".join(rng.choice(ONSETS) + rng.choice(NUCLEI) for _ in range(rng.choice((2, 3))))
        word = word.capitalize() + rng.choice(("", "n", "m", "r"))
        # (an ending Polish gives an oblique case, -em, -om, -e, -i, is not read as a
        # nominative: "Liudmyli" is Liudmyla's genitive)
        if word.endswith(("em", "om", "e", "i")):
            continue
        if all(parts[0] == ["ign"] for _, parts, _ in readings(word)):
            return word


@cache
def places() -> tuple[str, ...]:
    """Genitives of SGJP's singular geographic names ("Syrii", "Holandii", "Krakowa")."""
    found = []
    for lemma in capitalised_lemmas()[::40]:
        lexemes = [
            lexeme
            for lexeme, parts, qualifiers in readings(lemma)
            if "nazwa_geograficzna" in qualifiers and parts[0] == ["subst"] and "sg" in parts[1]
        ]
        genitive = form(lexemes[0], "subst", "sg", "gen") if lexemes else None
        if genitive and genitive[:1].isupper() and " " not in genitive:
            found.append(genitive)
    return tuple(sorted(set(found)))


def preposition(place: str) -> str:
    """'ze' before a cluster of s/z/ś/ź and a consonant, as Polish spells it, else 'z'."""
    cluster = place[:1].lower() in "szśźż" and place[1:2].lower() not in "aeiouyąęó"
    return "ze" if cluster else "z"


def guests_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    guests = [(unknown_word(rng), unknown_word(rng), rng.choice(places())) for _ in range(2)]
    listed = " oraz ".join(f"{g} {s} {preposition(p)} {p}" for g, s, p in guests)
    text = f"W panelu wzięli udział cudzoziemcy: {listed}."
    ctx = pages.extract(text)
    want = {f"{g} {s}" for g, s, _ in guests}
    return outcome(ctx, want <= set(people_found(ctx)), text, f"people {sorted(want)}")


def body_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    place = rng.choice(places())
    text = f"W panelu wzięła udział Fundacja Ocalenie {preposition(place)} {place}."
    ctx = pages.extract(text)
    return outcome(ctx, not people_found(ctx), text, "no person")


def test_a_foreign_name_before_the_place_its_bearer_comes_from(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'cudzoziemcy: <Given> <Surname> z <Place>, …'",
        [guests_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_negative_a_body_from_a_place(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "negative: 'Fundacja Ocalenie z <Place>'", [body_case(pages, rng) for _ in range(CASES)]
    )
    assert value >= 0.98
