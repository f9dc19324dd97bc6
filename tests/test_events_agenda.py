"""An announcement whose programme is laid out by day: "## Program", a heading per day ("###
Dzień 1 – środa, 16 października 2024 r."), under it a line naming the event and its venue
("**Konferencja (część otwarta)** · Aula …") and items with speakers ("moderacja: X (…)",
"wykład „…” – X") and panels ("panel: „Zdrowie w mieście”"); the second day's line names the
Team's meeting ("**Posiedzenie Zespołu …** · Sala Sesyjna …"). The programme goes on with the
event the page tells of: the speakers of the first day take part in the conference and what its
panels are on is its theme; the meeting is on the second day in the host city; a line after "·"
is the event's venue. Cities are the reference's, people SGJP's, themes declined by morfeusz2,
days random."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects, person_iri
from tests.relations_templates import (
    MONTHS_GEN,
    POSITIVE,
    Named,
    Person,
    cities,
    draw,
    people,
    rate,
)
from tests.test_events_speakers import theme_form
from ump_kg.extract.context import DocumentContext

PUBLISHED = "2024-01-10"
WEEKDAYS = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
SPEAKER_LINES = (
    "- moderacja: {P} ({B})",
    "- **11:00–11:40** – wykład „Miasto i migracje” – {P} ({B})",
    "- **12:00** – prelekcja: {P}, {B}",
    "- udział: {P} ({B})",
)
BODIES = ("Fundacja „Dialog”", "Uniwersytet Warszawski", "Stowarzyszenie Interkulturalni PL")
HALLS = ("Aula Główna", "Sala Kolumnowa", "Sala Sesyjna")


@dataclass(frozen=True)
class AgendaCase:
    city: Named
    first: dt.date
    speakers: tuple[Person, Person]
    theme: str
    text: str


def day_heading(number: int, day: dt.date) -> str:
    return (
        f"### Dzień {number} – {WEEKDAYS[day.weekday()]}, {day.day} "
        f"{MONTHS_GEN[day.month - 1]} {day.year} r."
    )


def agenda(rng: random.Random) -> AgendaCase:
    (city,) = draw(rng, cities())
    first = dt.date(2024, rng.randrange(3, 12), rng.randrange(1, 27))
    second = first + dt.timedelta(days=1)
    one, two = rng.sample(people(), 2)
    lines = rng.sample(SPEAKER_LINES, 2)
    # a panel's title in the nominative ("panel: „Zdrowie w mieście”")
    word, theme = theme_form(rng, "nom")
    item = rng.choice(["panel I", "panel dyskusyjny", "sesja plenarna", "wykład"])
    month = MONTHS_GEN[first.month - 1]
    text = "\n\n".join(
        [
            f"W dniach {first.day}–{second.day} {month} {city.form('nom')} będzie gospodarzem "
            f"spotkania miast poświęconego migracjom. Pierwszego dnia odbędzie się otwarta "
            f"konferencja „Miasto otwarte”, drugiego – posiedzenie Zespołu UMP ds. Migracji i "
            f"Integracji.",
            rng.choice(["## Program", "**Program**", "## Program konferencji", "## Agenda"]),
            day_heading(1, first),
            f"**Konferencja (część otwarta)** · {rng.choice(HALLS)} Ratusza, ul. Długa 1",
            "- **9:00** – rejestracja, kawa powitalna",
            lines[0].format(P=one.nominative, B=rng.choice(BODIES)),
            lines[1].format(P=two.nominative, B=rng.choice(BODIES)),
            f"- **13:00–14:30** – {item}: „{word.capitalize()} w mieście”",
            day_heading(2, second),
            f"**Posiedzenie Zespołu UMP ds. Migracji i Integracji** · {rng.choice(HALLS)} "
            f"Urzędu Miasta {city.form('gen')}",
            "- informacje z miast, plan pracy Zespołu",
        ]
    )
    return AgendaCase(city, first, (one, two), theme, text)


def programme_by_day(ctx: DocumentContext, case: AgendaCase) -> tuple[bool, str]:
    second = case.first + dt.timedelta(days=1)
    conferences = [e for e in ctx.events if e.kind == "Conference"]
    meetings = [e for e in ctx.events if e.kind == "TeamMeeting"]
    speakers = {person_iri(ctx, p) for p in case.speakers}
    ok = (
        len(conferences) == 1
        and conferences[0].first == case.first
        and conferences[0].city == case.city.iri
        and speakers <= objects(ctx, conferences[0].iri, "participant")
        and case.theme in objects(ctx, conferences[0].iri, "theme")
        and len(meetings) == 1
        and (meetings[0].first, meetings[0].city) == (second, case.city.iri)
        and bool(objects(ctx, meetings[0].iri, "venue"))
    )
    want = f"conference {case.first} with both speakers and {case.theme}; Team meeting {second} with its venue"
    return ok, f"{want} in {case.city.slug}"


def test_a_programme_by_day_goes_on_with_its_events(pages: Pages) -> None:
    results, _ = measured(pages, agenda, programme_by_day, published=PUBLISHED)
    assert rate("'## Program' / '### Dzień 2 – …' / '**Posiedzenie …** · Sala'", results) >= (
        POSITIVE
    )


def team_agenda(rng: random.Random) -> AgendaCase:
    """The Team's two-day meeting announced ("Lublin przyjmie członków Zespołu …", or the Team
    named in the next sentence) with its programme by day, whose items name the meeting with a
    plain word ("- 10:00 – Otwarcie spotkania – X", "- 12:00 – Zamknięcie
    spotkania"): those items are the Team's meeting, not meetings of their own."""
    (city,) = draw(rng, cities())
    first = dt.date(2024, rng.randrange(3, 12), rng.randrange(1, 27))
    second = first + dt.timedelta(days=1)
    one, two = rng.sample(people(), 2)
    month = MONTHS_GEN[first.month - 1]
    heading = rng.choice(["**Dzień {n} – {w}, {d} {m}**", "### Dzień {n} – {w}, {d} {m}"])

    def day(n: int, when: dt.date) -> str:
        return heading.format(n=n, w=WEEKDAYS[when.weekday()], d=when.day, m=month)

    text = "\n\n".join(
        [
            rng.choice(
                (
                    f"W dniach {first.day}–{second.day} {month} {city.form('nom')} przyjmie "
                    "członków Zespołu Unii Metropolii Polskich ds. Migracji i Integracji.",
                    # the meeting named as the Team's only in the next sentence
                    f"W dniach {first.day}–{second.day} {month} {city.form('nom')} przyjmie "
                    "przedstawicieli metropolii zajmujących się polityką migracyjną. Udział w "
                    "spotkaniu Zespołu Unii Metropolii Polskich ds. Migracji i Integracji "
                    f"potwierdziło {rng.choice(('jedenaście', 'dziewięć', 'osiem'))} miast.",
                )
            ),
            rng.choice(["## Program spotkania", "## Program", "**Program**"]),
            day(1, first),
            f"- 10:00 – Otwarcie spotkania – {one.nominative}, {rng.choice(BODIES)}",
            "- 12:30 – Przerwa obiadowa",
            day(2, second),
            f"- 9:00 – Wystąpienie – {two.nominative} ({rng.choice(BODIES)})",
            "- 12:00 – Plan pracy Zespołu i zamknięcie spotkania",
        ]
    )
    return AgendaCase(city, first, (one, two), "", text)


def one_team_meeting_with_its_speakers(ctx: DocumentContext, case: AgendaCase) -> tuple[bool, str]:
    found = [(e.kind, e.first, e.city) for e in ctx.events]
    speakers = {person_iri(ctx, p) for p in case.speakers}
    ok = found == [("TeamMeeting", case.first, case.city.iri)] and speakers <= objects(
        ctx, ctx.events[0].iri, "participant"
    )
    return ok, f"one Team meeting {case.first} in {case.city.slug} with both speakers ({found})"


def test_a_plain_meeting_word_in_the_programme_is_the_teams_meeting(pages: Pages) -> None:
    results, _ = measured(
        pages, team_agenda, one_team_meeting_with_its_speakers, published=PUBLISHED
    )
    assert rate("'- 10:00 – Otwarcie spotkania – X' under a day", results) >= POSITIVE
