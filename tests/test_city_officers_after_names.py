"""A city officer's word in apposition after a person's name is a post in the city's office:
"Beata Bugajska, Pełnomocniczka Prezydenta Miasta ds. równości" on a page about Szczecin, "Anna
Kos – rzeczniczka prezydenta Lublina" (session 23, from the opened sets zayin and het;
relations.city_officers_after_names, beside city_officers_before_names for "sekretarz Krakowa
Jan Nowak"). The city is the one named right after the word, else the one the page is about.
Cases: SGJP people, the officer's words (pełnomocnik, rzecznik, sekretarz, skarbnik; the
feminine for a woman) after a comma, a dash or a bracket, with "prezydenta miasta", "prezydenta
<city>", "miasta" or "prezydenta" alone; the reference's cities and offices.
Control: the same words of a body that is no city's ("pełnomocniczka zarządu Fundacji X") give no
post in the city's office.
Measured on a617e0e: 15.8 % (only "prezydenta <city>", read as the mayor's city by an older rule); control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, holds, outcome
from tests.relations_templates import (
    Named,
    Person,
    capitalise,
    cases,
    cities,
    office_of,
    people,
    rate,
    w,
)

COUNT = 120
WORDS = {
    "pełnomocnik": "pełnomocniczka",
    "rzecznik": "rzeczniczka",
    "sekretarz": "sekretarz",
    "skarbnik": "skarbniczka",
}
OPENINGS = ((", ", ","), (" – ", " –"), (" (", ")"))


def officer(rng: random.Random, person: Person) -> str:
    word = rng.choice(sorted(WORDS))
    said = WORDS[word] if person.gender == "f" else word
    return capitalise(said) if rng.random() < 0.3 else said


def officer_case(rng: random.Random) -> tuple[str, Person, Named, bool]:
    person, city = rng.choice(people()), rng.choice(cities())
    whose = rng.choice(
        (
            "prezydenta miasta ds. cudzoziemców",
            f"prezydenta {city.form('gen')}",
            "miasta",
            "prezydenta",
        )
    )
    opening, closing = rng.choice(OPENINGS)
    about = f"Spotkanie odbyło się w marcu 2022 r. {w(city)}."
    text = (
        f"{about} Głos zabrał{person.a} {person.nominative}{opening}{officer(rng, person)} "
        f"{whose}{closing} i mówił{person.a} o pomocy."
    )
    return text, person, city, True


def body_case(rng: random.Random) -> tuple[str, Person, Named, bool]:
    person, city = rng.choice(people()), rng.choice(cities())
    about = f"Spotkanie odbyło się w marcu 2022 r. w mieście {city.label}."
    text = (
        f"{about} Głos zabrał{person.a} {person.nominative}, {officer(rng, person)} zarządu "
        "Fundacji Dobry Dom, i mówił" + person.a + " o pomocy."
    )
    return text, person, city, False


def check(pages: Pages, made: tuple[str, Person, Named, bool]) -> tuple[bool, str]:
    text, person, city, officer_of_the_city = made
    ctx = pages.extract(text, "2022-03-20")
    has = holds(ctx, person, office_of(city))
    return outcome(
        ctx,
        has == officer_of_the_city,
        text,
        f"post in {city.label}'s office: {officer_of_the_city}",
    )


def test_a_city_officers_word_after_a_name_is_a_post_in_the_office(pages: Pages) -> None:
    value = rate(
        "'Beata Bugajska, Pełnomocniczka Prezydenta Miasta ds. …' -> a post in the city's office",
        [check(pages, m) for m in cases(officer_case, COUNT)],
    )
    assert value >= 0.95


def test_an_officer_of_another_body_is_none_of_the_citys(pages: Pages) -> None:
    value = rate(
        "control: 'X, pełnomocniczka zarządu Fundacji Y' -> no post in the city's office",
        [check(pages, m) for m in cases(body_case, COUNT)],
    )
    assert value >= 0.95
