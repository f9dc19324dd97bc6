"""A speaker's words in a press account — a paragraph that opens with a dash or a quotation mark
("– Od lutego 2022 roku samorządy wzięły na siebie ogromny ciężar …") — belong to the account
however many other years they name: the people the next sentences bring in took part in the
event. A narrative sentence that opens with another year ("W 2019 roku miasto …") still ends
the account (the control). Cities are the reference's, people SGJP's, days random."""

from __future__ import annotations

import datetime as dt
import random

from tests.relations_pages import Pages, objects, person_iri
from tests.relations_templates import MONTHS_GEN, NEGATIVE, POSITIVE, cities, people, rate, w

SEED = 20261213
SPEECH = (
    "– Od lutego {y} roku samorządy wzięły na siebie ogromny ciężar. Robimy to z własnych "
    "budżetów – mówił{a} {P}.",
    "„W {y} roku przyjęliśmy do szkół tysiące dzieci” – przypomniał{a} {P}.",
)
NARRATIVE = "W {y} roku miasto otworzyło punkt informacyjny dla cudzoziemców."


def case(rng: random.Random, speech: bool) -> tuple[str, dt.date, str, object]:
    city = rng.choice(cities())
    day = dt.date(rng.randrange(2021, 2025), rng.randrange(1, 13), rng.randrange(1, 27))
    speaker, guest = rng.sample(people(), 2)
    other = day.year - rng.randrange(2, 5)
    middle = (
        rng.choice(SPEECH).format(y=other, a=speaker.a, P=speaker.nominative)
        if speech
        else NARRATIVE.format(y=other)
    )
    text = (
        f"Konferencja „Miasto dla wszystkich” odbyła się {day.day} {MONTHS_GEN[day.month - 1]} "
        f"{day.year} r. {w(city)}.\n\n{middle}\n\n"
        f"Wyniki badań przedstawił{guest.a} {guest.nominative}."
    )
    return text, day, city.iri, guest


def run(pages: Pages, speech: bool) -> list[tuple[bool, str]]:
    rng = random.Random(SEED + speech)
    results = []
    for _ in range(105):
        text, day, city, guest = case(rng, speech)
        ctx = pages.extract(text)
        events = [e for e in ctx.events if (e.first, e.city) == (day, city)]
        who = person_iri(ctx, guest)  # type: ignore[arg-type]
        came = bool(events) and who in objects(ctx, events[0].iri, "participant")
        results.append((came == speech, f"took part: {speech} in {text!r}"))
    return results


def test_a_speakers_words_go_on_with_the_account(pages: Pages) -> None:
    assert rate("'– Od lutego 2022 roku …' -> the account goes on", run(pages, True)) >= POSITIVE


def test_a_sentence_of_another_year_ends_the_account(pages: Pages) -> None:
    assert rate("negative: 'W 2019 roku miasto …' -> it ends", run(pages, False)) >= NEGATIVE
