"""A body's name whose complement coordinates two words for towns in the genitive (session 44,
from a miss of raido, opened this session: "Federacja Regionalnych Związków Gmin i Powiatów RP"
gave "Federacja Regionalnych Związków Gmin"):

"Urząd Miasta i Gminy Wieliczka", "Związek Miast i Gmin Morskich", "Stowarzyszenie Gmin i
Powiatów Małopolski" are one body each: after 'i', a word for a town (miasto, gmina, powiat,
województwo) in the genitive and in the number of the one before it goes on with the
complement. The names are made here from heads, pairs of town words and a tail (a town of the
reference list in the nominative for an office of one commune; an adjective or a region in the
genitive for a union of many); morfeusz2 declines the head and its adjectives into each case,
and the sentence's words govern that case ("Zarząd" and "Porozumienie" are left out: the rules
read no name they head, "Zarząd Gminy Kórnik" neither). 120 cases.
Control: a town word in the nominative after 'i' opens the next item ("Umowę podpisały Rada
Powiatu i Gmina Kórnik"): no body runs over it. 120 cases.
Measured on b7ab694 (before the rule): 0.0 %; now 100 %. The control 100 % before and after.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, labels_of_bodies, outcome
from tests.relations_templates import cities, phrase_forms, rate

SEED = 20261207
CASES = 120
# (heads, pairs of town words in the genitive, tails)
ONE_COMMUNE = (("Urząd", "Rada"), (("Miasta", "Gminy"), ("Gminy", "Miasta")))
MANY = (
    ("Związek", "Stowarzyszenie", "Federacja Związków", "Forum"),
    (("Miast", "Gmin"), ("Gmin", "Powiatów"), ("Gmin", "Miast"), ("Powiatów", "Gmin")),
    ("Morskich", "Wiejskich", "Przygranicznych", "Małopolski", "Pomorza", "Śląska", "Mazowsza"),
)
SENTENCES = {
    "nom": "Organizatorem konferencji jest {name}.",
    "gen": "Przedstawiciele {name} przyjechali do ratusza.",
    "dat": "Podziękowania przekazano {name} w piątek.",
    "acc": "Prezydent odwiedził {name} w piątek.",
    "inst": "Miasto podpisało umowę z {name}.",
    "loc": "Spotkanie odbyło się w {name} w piątek.",
}


def a_name(rng: random.Random) -> str:
    if rng.random() < 0.4:
        heads, pairs = ONE_COMMUNE
        town = rng.choice([city.label for city in cities() if " " not in city.label])
        first, second = rng.choice(pairs)
        return f"{rng.choice(heads)} {first} i {second} {town}"
    heads, pairs, tails = MANY
    first, second = rng.choice(pairs)
    return f"{rng.choice(heads)} {first} i {second} {rng.choice(tails)}"


def coordinated(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    while True:
        name = a_name(rng)
        forms = phrase_forms(name)
        if forms is not None:
            break
    case = rng.choice(sorted(SENTENCES))
    text = SENTENCES[case].format(name=dict(forms)[case])
    ctx = pages.extract(text)
    return outcome(ctx, name in labels_of_bodies(ctx), text, name)


def a_second_item(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    first = rng.choice(("Rada Powiatu", "Urząd Miasta", "Zarząd Województwa", "Związek Gmin"))
    second = rng.choice(("Gmina", "Powiat", "Miasto"))
    town = rng.choice([city.label for city in cities() if " " not in city.label])
    text = f"Umowę podpisały {first} i {second} {town}."
    ctx = pages.extract(text)
    run_on = [label for label in labels_of_bodies(ctx) if f" i {second}" in label]
    return outcome(ctx, not run_on, text, f"no body over 'i {second}'")


def test_bodies_of_coordinated_town_words(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'Związek Miast i Gmin Morskich', 'Urzędu Miasta i Gminy Wieliczka' → one body",
        [coordinated(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_a_town_word_in_the_nominative_opens_the_next_item(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "control: 'Rada Powiatu i Gmina Kórnik' → two items",
        [a_second_item(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
