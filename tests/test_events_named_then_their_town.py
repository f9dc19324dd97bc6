"""The town after an event's name is where the event is (session 23, from the opened set tet: a
university magazine's "6 czerwca, w trakcie Europejskiego Kongresu Finansowego w Sopocie,
zaprezentowano koncepcję raportu"; places.an_events_name_before). A town after capitalised
words had been read as part of a name ("Uniwersytet Warmiński w Olsztynie") and placed nothing;
after a name headed by an event's word (kongres, forum, festiwal, szczyt, zjazd, targi;
congress, conference, summit, festival) it places the event.
Cases: Polish towns outside the UMP (GeoNames) in the locative (morfeusz2), after an event's
head with an SGJP adjective before and after it, declined for the sentence, with a date.
Control: the same towns after a body's name ("Przedstawiciele Fundacji <Adjective> w
<Town>") make no new place (tests/test_places_named_where holds the English control).
Measured on ebd83a2: 0 %; control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome
from tests.relations_templates import (
    ID,
    MONTHS_GEN,
    capitalise,
    cases,
    form,
    name_adjectives,
    rate,
)
from tests.test_places_named_where import polish_locatives
from ump_kg.extract.context import DocumentContext
from ump_kg.language.prepositions import locative_phrase
from ump_kg.slug import slugify

COUNT = 120
HEADS = (("kongres", "m3"), ("festiwal", "m3"), ("zjazd", "m3"), ("szczyt", "m3"))
FRAMES = (
    "{day}, w trakcie {name} {where}, zaprezentowano koncepcję raportu.",
    "Raport przedstawiono {day} podczas {name} {where}.",
    "{day} uczestnicy {name} {where} rozmawiali o migracjach.",
)


def in_the_genitive(rng: random.Random, head: str, gender: str) -> str | None:
    noun = form(head, "subst", "sg", "gen")
    before, after = (form(rng.choice(name_adjectives()), "adj", "sg", "gen", gender) for _ in "ab")
    if not (noun and before and after):
        return None
    return f"{capitalise(before)} {capitalise(noun)} {capitalise(after)}"


def event_case(rng: random.Random) -> tuple[str, str | None] | None:
    town, locative = rng.choice(polish_locatives())
    name = in_the_genitive(rng, *rng.choice(HEADS))
    if name is None:
        return None
    day = f"{rng.randint(1, 28)} {rng.choice(MONTHS_GEN)} {rng.randint(2016, 2024)} r."
    text = rng.choice(FRAMES).format(day=day, name=name, where=locative_phrase(locative))
    return capitalise(text), town


def body_case(rng: random.Random) -> tuple[str, str | None] | None:
    _, locative = rng.choice(polish_locatives())
    adjective = form(rng.choice(name_adjectives()), "adj", "sg", "gen", "f")
    if adjective is None:
        return None
    where = locative_phrase(locative)
    return f"Przedstawiciele Fundacji {capitalise(adjective)} {where} przygotowali raport.", None


def new_places(ctx: DocumentContext) -> set[str]:
    return {iri for iri in ctx.entities if iri.startswith(f"{ID}city/")}


def check(pages: Pages, made: tuple[str, str | None]) -> tuple[bool, str]:
    text, town = made
    ctx = pages.extract(text, "2024-05-20")
    if town is None:
        return outcome(ctx, not new_places(ctx), text, f"no new place; found {new_places(ctx)}")
    wanted = f"{ID}city/{slugify(town)}"
    return outcome(ctx, wanted in {e.city for e in ctx.events}, text, f"an event in {town}")


def test_the_town_after_an_events_name_places_it(pages: Pages) -> None:
    value = rate(
        "'w trakcie Europejskiego Kongresu Finansowego w Sopocie' -> an event in Sopot",
        [check(pages, m) for m in cases(event_case, COUNT)],
    )
    assert value >= 0.95


def test_the_town_after_a_bodys_name_is_no_new_place(pages: Pages) -> None:
    value = rate(
        "control: 'Przedstawiciele Fundacji Rozwojowej w Olsztynie' -> no new place",
        [check(pages, m) for m in cases(body_case, COUNT)],
    )
    assert value >= 0.95
