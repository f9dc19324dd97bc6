"""A foreign man named in an oblique case with his post in that case after his name: "w
obecności Rasheda Mustafy Sarwara, przedstawiciela UNICEF na Polskę" (session 27, from a miss
of thorn, opened this session), "z Tuomasem Virtanenem, przedstawicielem UNHCR", "podziękował
Tuomasowi Virtanenowi, konsulowi …". The post's ending gives the case, and each word of the name
no dictionary knows is read back from it: a consonant stem loses -a, -em, -owi; a name in -a
(-y in the genitive, -ą in the instrumental) ends in -a again. Control: the same names in the
nominative with the post in the nominative stay as written. Names are made up from syllables
(two or three words), kept only where SGJP and the census lists know no word; posts are SGJP
nouns declined by hand (a fixed table of Polish endings). Measured on the woman's rule's commit:
0 % -> 100 %; the control 100 % before and after."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, people_found
from tests.relations_templates import NEGATIVE, POSITIVE, rate
from ump_kg.extract.context import DocumentContext
from ump_kg.language.morphology import analyses, given_names

ONSETS = ("Rash", "Tuom", "Kwam", "Ahm", "Vuk", "Sarv", "Tem", "Okw", "Jarn", "Hask")
VOWELS = ("e", "a", "o", "u", "i")
CODAS = ("d", "s", "r", "n", "t", "w", "m")
# (the post's stem, its endings by case)
POSTS = (
    ("przedstawiciel", {"gen": "a", "inst": "em", "dat": "owi"}),
    ("dyrektor", {"gen": "a", "inst": "em", "dat": "owi"}),
    ("konsul", {"gen": "a", "inst": "em", "dat": "owi"}),
    ("koordynator", {"gen": "a", "inst": "em", "dat": "owi"}),
)
FRAMES = {
    "gen": "Dokument podpisano w obecności {p}, {post} UNICEF na Polskę.",
    "inst": "Prezydent spotkał się z {p}, {post} UNHCR.",
    "dat": "Prezydent podziękował {p}, {post} fundacji.",
}
CONSONANT_FORMS = {"gen": "a", "inst": "em", "dat": "owi"}
A_FORMS = {"gen": "y", "inst": "ą"}  # (a name in -a: the dative softens the stem, left aside)


def unknown(word: str) -> bool:
    return analyses(word)[0][1] == "ign" and not given_names(word)


def a_word(rng: random.Random, in_a: bool) -> str:
    while True:
        word = rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) + ("a" if in_a else "")
        if unknown(word) and unknown(word[:-1] if in_a else word + "a"):
            return word


@dataclass(frozen=True)
class ManCase:
    nominative: str
    text: str


def declined(word: str, case: str) -> str:
    return word[:-1] + A_FORMS[case] if word.endswith("a") else word + CONSONANT_FORMS[case]


def made_up_name(rng: random.Random, case: str) -> list[str]:
    """Two or three made-up words; a middle word in -a only where its case is one the -a
    declension is read back from."""
    words = [a_word(rng, False)]
    if rng.random() < 0.5:
        words.append(a_word(rng, case in A_FORMS))
    words.append(a_word(rng, False))
    return words


def a_man(rng: random.Random) -> ManCase:
    case = rng.choice(sorted(FRAMES))
    words = made_up_name(rng, case)
    stem, endings = rng.choice(POSTS)
    written = " ".join(declined(w, case) for w in words)
    text = FRAMES[case].format(p=written, post=stem + endings[case])
    return ManCase(" ".join(words), text)


def a_man_in_the_nominative(rng: random.Random) -> ManCase:
    words = [a_word(rng, False), a_word(rng, False)]
    stem, _ = rng.choice(POSTS)
    name = " ".join(words)
    return ManCase(name, f"{name}, {stem} UNHCR, otworzył spotkanie.")


def his_name(ctx: DocumentContext, case: ManCase) -> tuple[bool, str]:
    return case.nominative in people_found(ctx), f"{case.nominative} among the people"


def test_a_foreign_man_with_his_post_in_an_oblique_case(pages: Pages) -> None:
    results, _ = measured(pages, a_man, his_name)
    assert rate("'Rasheda Mustafy Sarwara, przedstawiciela …' -> Rashed …", results) >= POSITIVE


def test_the_nominative_with_a_nominative_post_stays(pages: Pages) -> None:
    results, _ = measured(pages, a_man_in_the_nominative, his_name)
    assert rate("control: 'Tuomas Virtanen, przedstawiciel …' as written", results) >= NEGATIVE
