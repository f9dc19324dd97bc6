"""English events told without a meeting noun: "40 staff of the city office were trained on …
in Rzeszów" is a dated event in the city; "the topic was housing for refugees" gives a meeting
its theme. "Staff will be trained next year" (no date) and "trained staff work in …" (no
event) are none. Cities by their English names (tests/relations_templates.city_in_english)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects
from tests.relations_templates import (
    MONTHS_EN,
    NEGATIVE,
    POSITIVE,
    Named,
    cities,
    city_in_english,
    draw,
    rate,
)
from ump_kg.extract.context import DocumentContext

HOUSING = "https://w3id.org/ump-kg/id/theme/mieszkalnictwo"


@dataclass(frozen=True)
class TrainingCase:
    city: Named
    theme: bool
    text: str
    english: bool = True


def training_case(rng: random.Random, negative: bool = False) -> TrainingCase:
    (city,) = draw(rng, cities())
    when = f"{rng.randrange(1, 28)} {MONTHS_EN[rng.randrange(12)]} {rng.randrange(2016, 2024)}"
    name = city_in_english(rng, city)
    if negative:
        text = rng.choice(
            (
                f"Staff of the city office in {name} will be trained next year.",
                f"Trained staff now work in {name}'s information points.",
            )
        )
        return TrainingCase(city, False, text)
    if rng.random() < 0.5:
        text = (
            f"On {when}, 40 staff of the city office were trained on the legal status of "
            f"refugees in {name}."
        )
        return TrainingCase(city, False, text)
    text = (
        f"On {when} the UMP Team for Migration and Integration met in {name}; the topic was "
        "housing for refugees."
    )
    return TrainingCase(city, True, text)


def dated_event(ctx: DocumentContext, case: TrainingCase) -> tuple[bool, str]:
    events = [e for e in ctx.events if e.city == case.city.iri and e.first is not None]
    ok = bool(events) and (
        not case.theme or any(HOUSING in objects(ctx, e.iri, "theme") for e in events)
    )
    return ok, f"dated event in {case.city.slug}" + (" on housing" if case.theme else "")


def no_event(ctx: DocumentContext, case: TrainingCase) -> tuple[bool, str]:
    return not [e for e in ctx.events if e.first is not None], "no dated event"


def test_an_english_training_and_a_meetings_topic(pages: Pages) -> None:
    results, _ = measured(pages, training_case, dated_event)
    assert rate("English 'were trained' -> event; 'the topic was' -> theme", results) >= POSITIVE


def test_english_training_words_without_an_event(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: training_case(rng, True), no_event)
    assert rate("negative: 'will be trained', 'trained staff'", results) >= NEGATIVE
