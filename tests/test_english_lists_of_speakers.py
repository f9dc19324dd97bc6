"""English lists of speakers: a body's name ends before "and <Given Surname>," and a unit "at
the City of X" is the city office's (session 18).

1. "Speakers included Dr Jan Kos from the University of Gdańsk and Anna Nowak, Head of the
   Migration Unit at the Council of Europe." — before, "University of Gdańsk and Anna Nowak"
   was one body: a given name followed by a surname and a comma was not seen as a person
   (names.starts_another_name looked for a third capitalised word, not the comma before it).
2. "Anna Nowak, Director of the Social Policy Department at the City of Poznań" — the
   department is a unit of Poznań's city office, as "of the City of" already gave.
People SGJP's, cities the reference's (English labels), departments from the list below.
Measured on the commit before: 1. 0 %, 2. 0 %. No set's totals moved.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects
from tests.relations_templates import (
    POSITIVE,
    cities,
    city_in_english,
    office_of,
    people,
    rate,
)

SEED = 20261209
DEPARTMENTS = (
    "Social Policy Department", "Department of Social Affairs", "Education Department",
    "Migration Unit", "Department of Health and Social Policy",
)  # fmt: skip


def bodies(ctx: object) -> set[str]:
    return {e.label_pl for e in ctx.entities.values() if "Organisation" in e.cls}  # type: ignore[attr-defined]


def list_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    first, second = rng.sample(list(people()), 2)
    city = rng.choice(cities())
    university = f"University of {city_in_english(rng, city)}"
    text = (
        f"Speakers included Dr {first.nominative} from the {university} and "
        f"{second.nominative}, Head of the Migration Unit at the Council of Europe."
    )
    ctx = pages.english.extract(text)
    found = bodies(ctx)
    ok = university in found and not any(second.nominative in b for b in found)
    return ok, f"{text!r}: {sorted(found)}"


def unit_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    person, city = rng.choice(people()), rng.choice(cities())
    department = rng.choice(DEPARTMENTS)
    text = (
        f"{person.nominative}, Director of the {department} at the City of "
        f"{city_in_english(rng, city)}, presented the local integration model."
    )
    ctx = pages.english.extract(text)
    units = [i for i, e in ctx.entities.items() if e.label_pl == department]
    ok = any(office_of(city) in {str(o) for o in objects(ctx, u, "unitOf")} for u in units)
    return ok, text


def test_a_body_ends_before_a_listed_person(pages: Pages) -> None:
    rng = random.Random(SEED)
    assert (
        rate(
            "'the University of X and Anna Nowak, Head …'",
            [list_case(pages, rng) for _ in range(120)],
        )
        >= POSITIVE
    )


def test_units_at_the_city(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    assert (
        rate("'… Department at the City of X'", [unit_case(pages, rng) for _ in range(120)])
        >= POSITIVE
    )
