"""Heads of units named by the press's "szef"/"szefowa" and by the title "naczelnik wydziału"
(session 45, from misses of ear, opened in session 42, and laguz, opened this session: "Szefowa
miejskiego Wydziału Edukacji … Magdalena Buszman", "Naczelnik wydziału prasowego ratusza
Wojciech Śmiech"; "Szefowa Wydziału Edukacji Urzędu Miasta Bydgoszczy X" gave a post "szef" in
the department, with no role).

The register's roles of heads of a city office's units (roles.ttl: "dyrektor wydziału", the
person heading a department of a city office; "kierownik referatu"; "kierownik działu") are
held whatever word the page uses for the head: the press's "szef"/"szefowa" of a department,
section or unit, and the title many city offices give a department's head, "naczelnik"/
"naczelniczka wydziału" (relations.CITY_UNIT_HEAD_ROLES, read with the city offices' units; not
of a unit whose name goes on with another body's, relations.another_bodys_unit).
Controls: "dyrektor"/"kierownik" of the same units, read before; the "szef" of another body's
unit ("szef Wydziału Konsularnego Ambasady Ukrainy", "szefowa Wydziału Filologicznego
Uniwersytetu Łódzkiego"), on a page that names a city: no "dyrektor wydziału".
Units are drawn from the lists below, in the office of one of the reference's cities
(its label's genitive from morfeusz2); people SGJP's; the role word before the name or after
it and a comma. 120 cases each. Measured on 09450cd (before the rule): 0.0 %; now 100 %. The
controls 100 % before and after (the second falls to 55.0 % with the rule but without its guard
on another body's unit: the page's city office is given the consular section or the faculty,
an older miss, and its "szef" would be a city's director of department).
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, holds_post_in, outcome, person_iri
from tests.relations_templates import capitalise, organisations, people, rate

SEED = 20261207
CASES = 120
UNITS = {  # the unit's head noun in the genitive, complements, the role its head holds
    "Wydziału": (
        ("Edukacji", "Spraw Społecznych", "Polityki Społecznej", "Zdrowia i Spraw Społecznych"),
        "dyrektor-wydzialu",
    ),
    "Referatu": (
        ("ds. Cudzoziemców", "Obsługi Mieszkańców", "Projektów Społecznych"),
        "kierownik-referatu",
    ),
    "Działu": (("Projektów", "Współpracy Międzynarodowej", "Integracji"), "kierownik-dzialu"),
}
OTHER_WORDS = {  # (masculine, feminine) by the unit's head
    "Wydziału": (("szef", "szefowa"), ("naczelnik", "naczelniczka")),
    "Referatu": (("szef", "szefowa"),),
    "Działu": (("szef", "szefowa"),),
}
USUAL_WORDS = {
    "Wydziału": (("dyrektor", "dyrektorka"),),
    "Referatu": (("kierownik", "kierowniczka"),),
    "Działu": (("kierownik", "kierowniczka"),),
}


def offices() -> list[str]:
    return [o.form("gen") for o in organisations() if o.label.startswith("Urząd Miasta")]


def head_case(pages: Pages, rng: random.Random, words: dict) -> tuple[bool, str]:
    head = rng.choice(sorted(UNITS))
    complements, role = UNITS[head]
    person = rng.choice(people())
    word = rng.choice(words[head])[1 if person.gender == "f" else 0]
    unit = f"{head} {rng.choice(complements)} {rng.choice(offices())}"
    if rng.random() < 0.5:
        text = capitalise(f"{word} {unit} {person.nominative} mówi, że miasto pomaga.")
    else:
        text = f"Jak mówi {person.nominative}, {word} {unit}, miasto pomaga."
    ctx = pages.extract(text)
    who = person_iri(ctx, person)
    units = [e.iri for e in ctx.entities.values() if e.label_pl.startswith(head[:5])]
    ok = who is not None and any(holds_post_in(ctx, who, u, role) for u in units)
    return outcome(ctx, ok, text, f"{person.nominative}: {role} of the unit")


def test_a_units_head_by_the_press_word_or_naczelnik(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'szefowa Wydziału X', 'naczelnik Wydziału X' → dyrektor wydziału (kierownik …)",
        [head_case(pages, rng, OTHER_WORDS) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_a_units_director_or_manager(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "control: 'dyrektorka Wydziału X', 'kierownik Referatu X' → the same roles",
        [head_case(pages, rng, USUAL_WORDS) for _ in range(CASES)],
    )
    assert value >= 0.95


OTHER_BODIES = (
    "Wydziału Konsularnego Ambasady Ukrainy w Polsce",
    "Wydziału Konsularnego Konsulatu Generalnego Ukrainy w Lublinie",
    "Wydziału Filologicznego Uniwersytetu Łódzkiego",
    "Wydziału Prawa Uniwersytetu Gdańskiego",
)
TOWNS = ("Łodzi", "Krakowa", "Gdańska", "Poznania")


def other_body_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    person = rng.choice(people())
    word = "szefowa" if person.gender == "f" else "szef"
    text = (
        f"Wczoraj do {rng.choice(TOWNS)} przyjechał{person.a} {person.nominative}, {word} "
        f"{rng.choice(OTHER_BODIES)}."
    )
    ctx = pages.extract(text)
    who = person_iri(ctx, person)
    units = [e.iri for e in ctx.entities.values()]
    ok = who is None or not any(holds_post_in(ctx, who, u, "dyrektor-wydzialu") for u in units)
    return outcome(ctx, ok, text, f"{person.nominative}: no dyrektor wydziału")


def test_another_bodys_unit_has_no_city_role(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    value = rate(
        "control: 'szef Wydziału Konsularnego Ambasady Ukrainy' → no dyrektor wydziału",
        [other_body_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
