"""A deputy mayor named before the title, with a portfolio and no city (session 45, from a miss
of tiwaz, opened this session: "– … – mówi Beata Stepaniuk-Kuśmierzak, Zastępca Prezydenta ds.
Kultury, Sportu i Partycypacji." gave her no post; ear, opened in session 42, has "mówił Piotr
Borawski, zastępca prezydenta ds. przedsiębiorczości i ochrony klimatu.").

A city's page names its own deputy mayors by the title and portfolio alone. The title without
a city right before a name was read as the post in the city the page speaks of
(relations.city_spoken_of: here the one city of the page's title); now so is the name before
the title and a comma, when the title goes on with its portfolio to the clause's end
(relations.a_deputys_portfolio), in small letters or capitalised as offices write them.
Control: a deputy of a body ("wiceprezydent ds. finansów Fundacji X", "wiceprezes ds. …"):
no post in the city's office.
Cities are the reference's (locatives from morfeusz2, in the title "Spotkanie w <city>"),
people SGJP's, portfolios from the list below. 120 cases each. Measured on 67bd6ac (before the
rule): 0.0 %; now 100 %. The control 100 % before and after.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, holds, holds_no_post_in, outcome
from tests.relations_templates import capitalise, cities, office_of, people, rate

SEED = 20261207
CASES = 120
ROLE = "zastepca-prezydenta-miasta"
PORTFOLIOS = (
    "ds. społecznych", "ds. polityki społecznej", "do spraw edukacji",
    "ds. przedsiębiorczości i ochrony klimatu", "ds. kultury, sportu i partycypacji",
    "ds. rozwoju miasta", "ds. zdrowia, kultury i sportu",
)  # fmt: skip
BODIES = ("Fundacji Dom Pokoju", "Stowarzyszenia Nomada", "Fundacji Ocalenie")


def portfolio(rng: random.Random) -> str:
    words = rng.choice(PORTFOLIOS)
    if rng.random() < 0.3:  # "ds. Kultury, Sportu i Partycypacji"
        words = " ".join(
            w if w in ("ds.", "do", "spraw", "i") else capitalise(w) for w in words.split()
        )
    return words


def sentence(rng: random.Random, name: str, a: str, title: str) -> str:
    return rng.choice(
        (
            f"O pomocy mówił{a} {name}, {title}.",
            f"– Musimy się uczyć – mówi {name}, {title}.",
            f"Głos zabrał{a} {name}, {title}, a po nim radni.",
        )
    )


def deputy_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city, person = rng.choice(cities()), rng.choice(people())
    word = rng.choice(
        ("zastępczyni prezydenta", "wiceprezydentka", "Zastępczyni Prezydenta")
        if person.gender == "f"
        else ("zastępca prezydenta", "wiceprezydent", "Zastępca Prezydenta")
    )
    text = sentence(rng, person.nominative, person.a, f"{word} {portfolio(rng)}")
    ctx = pages.extract_titled(text, f"Spotkanie w {city.form('loc')}")
    ok = holds(ctx, person, office_of(city), ROLE)
    return outcome(ctx, ok, text, f"{person.nominative}: deputy mayor of {city.slug}")


def body_deputy_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city, person = rng.choice(cities()), rng.choice(people())
    word = rng.choice(("wiceprezydent", "wiceprezes", "zastępca prezesa"))
    title = f"{word} {rng.choice(PORTFOLIOS)} {rng.choice(BODIES)}"
    text = sentence(rng, person.nominative, person.a, title)
    ctx = pages.extract_titled(text, f"Spotkanie w {city.form('loc')}")
    ok = holds_no_post_in(ctx, person, office_of(city))
    return outcome(ctx, ok, text, f"{person.nominative}: no post in {city.slug}'s office")


def test_a_deputy_named_before_the_title_and_portfolio(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'X, zastępca prezydenta ds. …' on a city's page → the city's deputy mayor",
        [deputy_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_a_bodys_deputy_is_no_deputy_mayor(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "control: 'X, wiceprezydent ds. finansów Fundacji Y' → no post in the city's office",
        [body_deputy_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
