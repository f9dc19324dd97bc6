"""The cities listed after a colon that closes a sentence about cities in an association of
cities are its members: "Twelve cities now act together within the Union of Polish
Metropolises: Białystok, Bydgoszcz, …", "Dwanaście miast działa w ramach Unii Metropolii
Polskich: …", "representatives of six cities of the Union of Polish Metropolises (UPM): Kraków,
Warsaw, …" (session 22, from the opened set he: the Union's English "About us";
relations.cities_after_the_associations_colon). Before, only "UMP zrzesza …", "należą do …"
and lists under "UMP skupia 12 miast:" made members.
Cases: three to six reference cities (Polish names, and English ones on English pages) drawn
in any order, the Union named in Polish (its genitive, morfeusz2) or in English, four shapes.
Control: the word for cities after the Union's name and the colon after it ("Delegacja Unii
Metropolii Polskich odwiedziła trzy miasta: …") makes no member.
Measured on b259c25: 0 %; control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome
from tests.relations_templates import cases, cities, english_label, listed, rate
from ump_kg.extract.context import DocumentContext

COUNT = 110
UMP = "https://w3id.org/ump-kg/id/organisation/ump"
NUMBERS_PL = {3: "Trzy", 4: "Cztery", 5: "Pięć", 6: "Sześć"}
NUMBERS_EN = {3: "Three", 4: "Four", 5: "Five", 6: "Six"}
POLISH = (
    "{N} miast działa dziś wspólnie w ramach Unii Metropolii Polskich: {cities}.",
    "Przedstawiciele {n} miast Unii Metropolii Polskich (UMP): {cities} spotkali się w maju.",
)
ENGLISH = (
    "{N} cities now act together within the Union of Polish Metropolises: {cities}.",
    "Representatives of {n} cities of the Union of Polish Metropolises (UPM): {cities} met in May.",
)
GENITIVE_PL = {3: "trzech", 4: "czterech", 5: "pięciu", 6: "sześciu"}


def members_of_ump(ctx: DocumentContext) -> set[str]:
    return {f.s for f in ctx.facts if f.p.endswith("memberOf") and str(f.o) == UMP}


def listing(rng: random.Random, control: bool = False) -> tuple[str, str, set[str]]:
    count = rng.randint(3, 6)
    drawn = rng.sample(cities(), count)
    english = not control and rng.random() < 0.5
    names = [english_label(c.iri) if english else c.label for c in drawn]
    if control:
        text = f"Delegacja Unii Metropolii Polskich odwiedziła {count} miasta: {listed(names)}."
    elif english:
        text = rng.choice(ENGLISH).format(
            N=NUMBERS_EN[count],
            n=NUMBERS_EN[count].lower(),
            cities=listed(names).replace(" i ", " and "),
        )
    else:
        text = rng.choice(POLISH).format(
            N=NUMBERS_PL[count], n=GENITIVE_PL[count], cities=listed(names)
        )
    return text, "en" if english else "pl", {c.iri for c in drawn}


def check(pages: Pages, made: tuple[str, str, set[str]], control: bool) -> tuple[bool, str]:
    text, language, wanted = made
    on = pages.english if language == "en" else pages
    ctx = on.extract(text, "2024-05-20")
    found = members_of_ump(ctx)
    if control:
        return outcome(ctx, not found, text, f"no member; found {sorted(found)}")
    return outcome(ctx, wanted <= found, text, f"members {sorted(wanted)}; found {sorted(found)}")


def test_cities_after_the_unions_colon_are_its_members(pages: Pages) -> None:
    value = rate(
        "'Twelve cities … within the Union of Polish Metropolises: A, B, …' -> members",
        [check(pages, m, False) for m in cases(listing, COUNT)],
    )
    assert value >= 0.95


def test_cities_named_after_the_union_and_a_word_for_cities_are_not(pages: Pages) -> None:
    value = rate(
        "control: 'Delegacja Unii … odwiedziła trzy miasta: A, B, C' -> no member",
        [check(pages, m, True) for m in cases(lambda rng: listing(rng, True), COUNT)],
    )
    assert value >= 0.98
