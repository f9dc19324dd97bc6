"""What an event's programme items are on is what the event is on: under "## Program spotkania"
(or "**Agenda**", or with no heading at all when each line opens with its hour, "- 10:30 – …"),
an item "Asystenci międzykulturowi w szkołach" gives the meeting its themes, though no word of
discussion stands in it. Items of another section (a list of other news under "## Aktualności",
dated "12.05 – …") give none. Theme words are the reference themes' Polish labels and hidden
labels declined by morfeusz2 (nominative, genitive, locative), cities the reference's, days
random."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects
from tests.relations_templates import MONTHS_GEN, NEGATIVE, POSITIVE, Named, cities, draw, rate
from tests.test_document_themes import theme_words
from ump_kg.extract.context import DocumentContext

PUBLISHED = "2024-01-10"
HEADINGS = ("## Program spotkania", "**Program**", "## Agenda", "### Program", None)
ITEMS = (
    "{nom} w metropoliach – doświadczenia miast",
    "Wyzwania w obszarze: {nom}",
    "Rola {gen} w polityce miast",
    "Dobre praktyki w {loc} – prezentacje miast",
)


@dataclass(frozen=True)
class ProgrammeCase:
    city: Named
    day: dt.date
    theme: str
    text: str


def meeting_sentence(city: Named, day: dt.date) -> str:
    # no theme word in it: the programme alone says what the meeting is on
    return (
        f"{day.day} {MONTHS_GEN[day.month - 1]} {city.form('nom')} przyjmie przedstawicieli "
        "metropolii na spotkaniu roboczym."
    )


def programme(rng: random.Random) -> ProgrammeCase:
    (city,) = draw(rng, cities())
    day = dt.date(2024, rng.randrange(3, 12), rng.randrange(1, 28))
    word = rng.choice(theme_words())
    heading = rng.choice(HEADINGS)
    item = rng.choice(ITEMS).format(
        nom=word.form("nom"), gen=word.form("gen"), loc=word.form("loc")
    )
    item = item[:1].upper() + item[1:]
    # without a heading the items are a programme by their hours
    timed = heading is None or rng.random() < 0.5
    hour = (lambda h: f"{h} – ") if timed else (lambda h: "")
    lines = [
        meeting_sentence(city, day),
        *([heading] if heading else []),
        f"- {hour('10:00')}Otwarcie spotkania",
        f"- {hour('10:30')}{item}",
        f"- {hour('12:30')}Przerwa obiadowa",
    ]
    return ProgrammeCase(city, day, word.theme, "\n\n".join(lines))


def meeting_on_the_items_theme(ctx: DocumentContext, case: ProgrammeCase) -> tuple[bool, str]:
    found = [e for e in ctx.events if e.first == case.day]
    ok = len(found) == 1 and case.theme in objects(ctx, found[0].iri, "theme")
    return ok, f"the meeting of {case.day} on {case.theme.rsplit('/', 1)[-1]}"


def test_a_programme_item_gives_the_event_its_theme(pages: Pages) -> None:
    results, _ = measured(pages, programme, meeting_on_the_items_theme, published=PUBLISHED)
    assert rate("'## Program' / '- 10:30 – <theme>'", results) >= POSITIVE


def other_news(rng: random.Random) -> ProgrammeCase:
    (city,) = draw(rng, cities())
    day = dt.date(2024, rng.randrange(3, 12), rng.randrange(1, 28))
    word = rng.choice(theme_words())
    item = rng.choice(ITEMS).format(
        nom=word.form("nom"), gen=word.form("gen"), loc=word.form("loc")
    )
    lines = [
        meeting_sentence(city, day),
        rng.choice(("## Aktualności", "## Zobacz także", "### Inne wiadomości")),
        f"- {rng.randrange(1, 29)}.{rng.randrange(1, 13):02d} – {item[:1].upper() + item[1:]}",
        f"- {rng.randrange(1, 29)}.{rng.randrange(1, 13):02d} – Nowe godziny pracy urzędu",
    ]
    return ProgrammeCase(city, day, word.theme, "\n\n".join(lines))


def meeting_without_the_theme(ctx: DocumentContext, case: ProgrammeCase) -> tuple[bool, str]:
    found = [e for e in ctx.events if e.first == case.day]
    ok = len(found) == 1 and case.theme not in objects(ctx, found[0].iri, "theme")
    return ok, f"the meeting of {case.day} without {case.theme.rsplit('/', 1)[-1]}"


def test_other_news_items_give_no_theme(pages: Pages) -> None:
    results, _ = measured(pages, other_news, meeting_without_the_theme, published=PUBLISHED)
    assert rate("'## Aktualności' / '- 12.05 – <theme>'", results) >= NEGATIVE


ASKED = (
    "Goście dopytywali przede wszystkim o {acc}.",
    "Uczestnicy pytali o {acc}.",
    "Przedstawiciele miast zapytali także o {acc}.",
)
NOT_ASKED = ("Miasto od lat wspiera {acc}.", "W przerwie można było obejrzeć wystawę.")


def asked_about(rng: random.Random, templates: tuple[str, ...]) -> ProgrammeCase:
    """A sentence in the meeting's account saying what its guests asked about."""
    (city,) = draw(rng, cities())
    day = dt.date(2024, rng.randrange(3, 12), rng.randrange(1, 28))
    word = rng.choice(theme_words())
    text = " ".join(
        (
            f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r. {city.form('nom')} przyjął "
            "przedstawicieli metropolii na spotkaniu roboczym.",
            rng.choice(templates).format(acc=word.form("acc")),
        )
    )
    return ProgrammeCase(city, day, word.theme, text)


def test_what_guests_asked_about_is_the_meetings_theme(pages: Pages) -> None:
    results, _ = measured(
        pages, lambda rng: asked_about(rng, ASKED), meeting_on_the_items_theme, published=PUBLISHED
    )
    assert rate("'Goście dopytywali o <theme>'", results) >= POSITIVE


def test_a_sentence_without_a_cue_gives_no_theme(pages: Pages) -> None:
    results, _ = measured(
        pages,
        lambda rng: asked_about(rng, NOT_ASKED),
        meeting_without_the_theme,
        published=PUBLISHED,
    )
    assert rate("negative: 'Miasto od lat wspiera <theme>'", results) >= NEGATIVE
