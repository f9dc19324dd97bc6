"""A numbered edition is an event: "XIV Forum Cudzoziemców przy Wojewodzie Mazowieckim", "III Forum
Współpracy i Integracji" (session 24, from the opened set mem: a protocol of the fourteenth
foreigners' forum). "Forum" heads bodies' names too ("Forum Integracji i Migracji"), but the Roman
number of an edition before it says the forum was held: no body is made of it
(names.an_editions_event), and the event keeps the whole name — the number, the words of one
complement joined by "i", and "przy" with whom the series is attached to (events.NAMED_EVENT).
Before, the name was a body's ("Forum Cudzoziemców przy Wojewodzie Mazowieckim", with no number)
and the event had none.
Cases: Roman numbers I–XXX; complements of one or two SGJP common nouns in the genitive (two
joined by "i"), optionally "przy Prezydencie Miasta" or "przy Wojewodzie <adjective>"; the name
in a sentence that dates and places the forum, in passing after "podczas", or as a sentence's
subject.
Control: a forum named without a number and said to be an association is a body, no event.
Measured on dd2a323: 0 %; control 100 %.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    Named,
    cities,
    date_of,
    draw,
    rate,
    title_noun_genitive,
    title_nouns,
    w,
)
from ump_kg.extract.context import DocumentContext

ROMAN = (
    "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX "
    "XXI XXII XXIII XXIV XXV XXVI XXVII XXVIII XXIX XXX"
).split()
ATTACHED = ("przy Prezydencie Miasta", "przy Wojewodzie Mazowieckim", "przy Wojewodzie Śląskim")


def bodies_named_forum(ctx: DocumentContext) -> list[str]:
    """The labels of the organisations the page made whose name holds "Forum"."""
    return sorted(
        e.label_pl
        for e in ctx.entities.values()
        if "Organisation" in e.cls and "Forum" in e.label_pl
    )


@dataclass(frozen=True)
class EditionCase:
    name: str
    body: str  # the name without its number, as a body would be called
    city: Named
    text: str


def complement(rng: random.Random) -> str | None:
    nouns = [title_noun_genitive(n) for n in rng.sample(title_nouns(), rng.choice((1, 2)))]
    if not all(nouns):
        return None
    return " i ".join(n for n in nouns if n)


def edition(rng: random.Random, control: bool) -> EditionCase | None:
    words = complement(rng)
    if words is None:
        return None
    (city,) = draw(rng, cities())
    attached = f" {rng.choice(ATTACHED)}" if rng.random() < 0.3 and not control else ""
    body = f"Forum {words}{attached}"
    name = f"{rng.choice(ROMAN)} {body}"
    when = date_of(rng, ranges=False)
    if control:
        text = (
            f"{body} to stowarzyszenie, które działa {w(city)} od {when.first.year - 5} roku. "
            f"{when.text} zarząd stowarzyszenia przyjął sprawozdanie."
        )
        return EditionCase(body, body, city, text)
    text = rng.choice(
        (
            f"{when.text} {w(city)} odbyło się {name}.",
            f"Raport przedstawiono {when.text} {w(city)} podczas {name}.",
            f"{name} zgromadziło {when.text} {w(city)} ponad stu uczestników.",
        )
    )
    return EditionCase(name, body, city, text)


def the_editions_event(ctx: DocumentContext, case: EditionCase) -> tuple[bool, str]:
    named = [e for e in ctx.events if e.title and e.title[0] == case.name]
    bodies = bodies_named_forum(ctx)
    ok = len(named) == 1 and named[0].city == case.city.iri and not bodies
    titles = [e.title[0] for e in ctx.events if e.title]
    return ok, f"one event named {case.name!r} (events {titles}, bodies {bodies})"


def test_a_numbered_forum_is_an_event_named_with_its_number(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: edition(rng, False), the_editions_event)
    assert rate("'XIV Forum Cudzoziemców' -> the event's name, no body", results) >= POSITIVE


def a_body_no_event(ctx: DocumentContext, case: EditionCase) -> tuple[bool, str]:
    named = [e for e in ctx.events if e.title and "Forum" in e.title[0]]
    ok = bodies_named_forum(ctx) == [case.body] and not named
    return ok, f"a body {case.body!r}, no forum event (bodies {bodies_named_forum(ctx)})"


def test_a_forum_without_a_number_said_to_be_an_association_is_a_body(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: edition(rng, True), a_body_no_event)
    assert rate("control: 'Forum X to stowarzyszenie' -> a body", results) >= NEGATIVE
