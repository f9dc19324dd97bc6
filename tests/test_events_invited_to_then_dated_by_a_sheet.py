"""An invitation names an event by its title without its day ("Instytut … zaprasza na konferencję
„Integracja cudzoziemców w Polsce”"), and the fact sheet under it dates it ("**Termin:** środa,
20 listopada 2013 r.", "**Miejsce:** Aula …, Lublin"): one event, dated, placed and named by its
title (session 32, from a miss of ing, opened this session: the page had made a titled event
with no day and an untitled one on 20 November). Titles are SGJP's common nouns, cities the
reference's, days random, the kind word declined as the invitation needs it.
Controls: an invitation to an event of another kind ("na warsztaty „…”" over a conference's
sheet) stays an event of its own, as before; so does a titled event beside one the page tells as
another ("Druga debata odbędzie się 8 lipca 2016 r. w Krakowie", as on a page of waw, where the
rule's first version had joined them).
Measured on the commit before: 0 % -> 100 %; the controls 100 % before and after."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import (
    MONTHS_GEN,
    POSITIVE,
    Named,
    cities,
    draw,
    rate,
    title_nouns,
    w,
)
from tests.test_events_agenda import WEEKDAYS
from ump_kg.extract.context import DocumentContext

PUBLISHED = "2024-12-20"
# (the invitation's kind word in the accusative, the headline's, the event's kind)
KINDS = (
    ("konferencję", "Konferencja naukowa", "Conference"),
    ("konferencję naukową", "Zaproszenie na konferencję", "Conference"),
    ("seminarium", "Seminarium", "Conference"),
    ("debatę", "Debata", "Meeting"),
)
INVITERS = (
    "Instytut Socjologii zaprasza",
    "Fundacja Dialog i Stowarzyszenie Most zapraszają",
    "Organizatorzy serdecznie zapraszają",
)


@dataclass(frozen=True)
class InvitedCase:
    text: str
    title: str
    first: dt.date
    city: Named
    kind: str


def title(rng: random.Random) -> str:
    one, other = rng.sample(title_nouns(), 2)
    return rng.choice((f"{one} czy {other.lower()}?", f"{one} i {other.lower()}", one))


def invited_case(rng: random.Random, other_kind: bool = False) -> InvitedCase:
    (city,) = draw(rng, cities())
    first = dt.date(rng.randrange(2012, 2025), rng.randrange(1, 13), rng.randrange(1, 29))
    invited, headline, kind = rng.choice(KINDS)
    if other_kind:
        invited, headline, kind = "warsztaty", "Konferencja naukowa", "Conference"
    name = title(rng)
    weekday = WEEKDAYS[first.weekday()]
    lines = [
        f"# {name} – {headline}",
        f"{rng.choice(INVITERS)} na {invited} „{name}”.",
        f"**Termin:** {weekday}, {first.day} {MONTHS_GEN[first.month - 1]} {first.year} r.",
        f"**Miejsce:** Aula Główna, ul. Długa 1, {city.form('nom')}",
        "Razem z naukowcami i praktykami organizatorzy chcą się zastanowić nad integracją.",
    ]
    return InvitedCase("\n\n".join(lines), name, first, city, kind)


# (the invitation's kind word, another event of that kind)
OTHERS = (
    ("debatę", "Druga debata"),
    ("konferencję", "Kolejna konferencja"),
    ("seminarium", "Następne seminarium"),
)


def another_one_case(rng: random.Random) -> InvitedCase:
    (city,) = draw(rng, cities())
    first = dt.date(rng.randrange(2012, 2025), rng.randrange(1, 13), rng.randrange(1, 29))
    invited, another = rng.choice(OTHERS)
    name = title(rng)
    lines = [
        f"{rng.choice(INVITERS)} na {invited} „{name}”.",
        f"{another} odbędzie się {first.day} {MONTHS_GEN[first.month - 1]} {first.year} r. "
        + f"{w(city)}.",
    ]
    return InvitedCase(" ".join(lines), name, first, city, "")


def titles_of(ctx: DocumentContext) -> list[tuple[str | None, object, str | None]]:
    return [(e.title[0] if e.title else None, e.first, e.city) for e in ctx.events]


def one_dated_titled_event(ctx: DocumentContext, case: InvitedCase) -> tuple[bool, str]:
    want = (case.title, case.first, case.city.iri)
    found = titles_of(ctx)
    kinds = [e.kind for e in ctx.events]
    return found == [want] and kinds == [case.kind], f"one {case.kind} {want} (found {found})"


def an_undated_event_of_its_own(ctx: DocumentContext, case: InvitedCase) -> tuple[bool, str]:
    found = titles_of(ctx)
    return (case.title, None, None) in found and len(found) == 2, f"two events (found {found})"


def test_an_invitation_s_titled_event_is_the_one_the_sheet_dates(pages: Pages) -> None:
    results, _ = measured(pages, invited_case, one_dated_titled_event, published=PUBLISHED)
    assert rate("'zaprasza na konferencję „X”' / '**Termin:** …'", results) >= POSITIVE


def test_control_an_invitation_to_another_kind_of_event_stays_apart(pages: Pages) -> None:
    results, _ = measured(
        pages,
        lambda rng: invited_case(rng, other_kind=True),
        an_undated_event_of_its_own,
        published=PUBLISHED,
    )
    assert rate("control: 'na warsztaty „X”' over a conference's sheet", results) >= POSITIVE


def test_control_a_titled_event_beside_another_of_its_kind_stays_apart(pages: Pages) -> None:
    results, _ = measured(pages, another_one_case, an_undated_event_of_its_own, published=PUBLISHED)
    assert rate("control: 'na debatę „X”' / 'Druga debata odbędzie się …'", results) >= POSITIVE
