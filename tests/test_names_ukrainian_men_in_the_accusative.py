"""A man's listed Ukrainian given name in the accusative, with a surname no dictionary knows that
declines as a woman's noun in -a (session 44, from a miss of raido, opened this session:
"oprowadził ambasadora Ukrainy Andrija Deszczycię" gave "Andrij Deszczycię").

A man's given name has one form for the genitive and the accusative ("Andrija", "Dmytra"),
and the list's tables read it as the genitive; a surname in -a has two ("Deszczycy",
"Deszczycię"). The accusative's -ę is back in -a as the genitive's -y is.
Control: the same names in the genitive ("Podziękowania dla Andrija Deszczycy") and the
instrumental ("z Andrijem Deszczycą"), which were read before.
Given names are the list's men's names whose forms are no other name's (the Ukrainian names
test's unambiguous()), declined by that test's rules; surnames are syllables morfeusz2 knows
neither as a stem nor with the ending (the unknown men's surnames test's unknown_stem()).
120 cases each. Measured on ba2ba05: the accusative 4.2 % (only names in -a, whose
accusative differs, were read); now 100 %. The control 100 % before and after.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome, people_found
from tests.relations_templates import rate
from tests.test_names_unknown_mens_surnames_in_a_and_i import unknown_stem
from tests.test_ukrainian_names_in_polish import masculine, unambiguous

SEED = 20261207
CASES = 120
SENTENCES = {
    "acc": "Prezydent oprowadził po ratuszu ambasadora {name}.",
    "gen": "Podziękowania dla ambasadora {name} złożył prezydent.",
    "inst": "Prezydent spotkał się z ambasadorem {name}.",
}
# (the surname's last consonant, its endings by case: "Deszczyca", "Kostka")
KINDS = (("c", {"acc": "ę", "gen": "y", "inst": "ą"}), ("k", {"acc": "ę", "gen": "i", "inst": "ą"}))


def named(pages: Pages, rng: random.Random, case: str) -> tuple[bool, str]:
    men = [name for name, gender in unambiguous() if gender == "m"]
    given = rng.choice(men)
    last, endings = rng.choice(KINDS)
    stem = unknown_stem(rng, last, "a")
    text = SENTENCES[case].format(name=f"{masculine(given, case)} {stem}{endings[case]}")
    ctx = pages.extract(text)
    want = f"{given} {stem}a"
    return outcome(ctx, people_found(ctx) == [want], text, want)


def test_a_ukrainian_man_in_the_accusative(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'ambasadora Andrija Deszczycię' → Andrij Deszczyca",
        [named(pages, rng, "acc") for _ in range(CASES)],
    )
    assert value >= 0.95


def test_the_genitive_and_the_instrumental_stand(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "control: 'Andrija Deszczycy', 'Andrijem Deszczycą' → Andrij Deszczyca",
        [named(pages, rng, rng.choice(("gen", "inst"))) for _ in range(CASES)],
    )
    assert value >= 0.98
