"""An English foundation for a centre: "the Foundation for the Multicultural Center in Warsaw" is
one body (session 24, from the opened set zayin). What a foundation, an association or a society
is for may name a body ("… for the Multicultural Center"): a head inside that complement goes on
the name (names.english_complement, capitalised_run with heads); and the article that opens the
sentence ("The Foundation for …") is no word of the name (names.EN_ARTICLES). Before, two bodies
were made ("The Foundation for the Multicultural", "Multicultural Center in Warsaw").
Cases: the three legal forms, one or two capitalised words from a list of English adjectives, a
head (Center, Centre, Institute, House, Office), a reference city's English name after "in" or
none, the name opening the sentence after "The" or inside it after "by the".
Control: a foundation for a cause with no head ("the Foundation for Social Diversity") is one
body as before, and a head before a legal form ("Baltic Migrant Centre Foundation") is still
the foundation's modifier.
Measured on dd2a323: 5.7 %; control 76.2 % (the article opened "The … Centre Foundation").
Now 100 % and 100 %.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    cities,
    city_in_english,
    draw,
    rate,
)
from ump_kg.extract.context import DocumentContext

FORMS = ("Foundation", "Association", "Society")
ADJECTIVES = ("Multicultural", "Intercultural", "Social", "Migrant", "Civic", "Baltic", "Legal")
HEADS = ("Center", "Centre", "Institute", "House", "Office")
CAUSES = ("Social Diversity", "Legal Intervention", "Civic Education", "Migrant Rights")


@dataclass(frozen=True)
class FoundationCase:
    name: str
    text: str
    english: bool = True


def foundation(rng: random.Random, control: bool) -> FoundationCase:
    form = rng.choice(FORMS)
    if control and rng.random() < 0.5:
        name = f"{rng.choice(ADJECTIVES)} {rng.choice(HEADS)} {form}"
    elif control:
        name = f"{form} for {rng.choice(CAUSES)}"
    else:
        words = " ".join(rng.sample(ADJECTIVES, rng.choice((1, 2))))
        name = f"{form} for the {words} {rng.choice(HEADS)}"
    (city,) = draw(rng, cities())
    seat = f" in {city_in_english(rng, city)}" if rng.random() < 0.5 else ""
    text = rng.choice(
        (
            f"The {name}{seat} runs the project with the city.",
            f"The project was run by the {name}{seat} and two other partners.",
        )
    )
    return FoundationCase(name, text)


def one_body(ctx: DocumentContext, case: FoundationCase) -> tuple[bool, str]:
    bodies = sorted(e.label_pl for e in ctx.entities.values() if "Organisation" in e.cls)
    ok = any(b == case.name or b.startswith(f"{case.name} in ") for b in bodies)
    ok = ok and not any(b.startswith("The ") for b in bodies)
    return ok, f"one body {case.name!r} (bodies {bodies})"


def test_a_foundation_for_a_centre_is_one_body(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: foundation(rng, False), one_body)
    assert rate("'the Foundation for the Multicultural Center' -> one body", results) >= POSITIVE


def test_other_foundations_are_named_as_before(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: foundation(rng, True), one_body)
    assert rate("control: 'Foundation for Social Diversity', '… Centre Foundation'", results) >= (
        NEGATIVE
    )
