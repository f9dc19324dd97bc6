"""An opening is an event: "w piątek, 10 marca, Gdańskie Centrum Integracji zostało uroczyście
otwarte", "otwarcie Punktu Informacyjnego odbyło się 3 maja", "otwarto Centrum …" give a dated
event; "otwarte" as an adjective ("Otwarty Kraków", "drzwi otwarte") gives none. Who, in the
event's section, is said not to have come ("przeprosiła za nieobecność", "zabrakło", "nie
dotarł") is no participant, though the sentence names them beside a word for guests. People
are SGJP's (tests/relations_templates.people) in the case each sentence needs."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects, person_iri
from tests.relations_templates import MONTHS_GEN, NEGATIVE, POSITIVE, Person, people, rate
from ump_kg.extract.context import DocumentContext

BODIES = (
    # (nominative, genitive, gender of the past participle's ending)
    ("Centrum Integracji Cudzoziemców", "Centrum Integracji Cudzoziemców", "o"),
    ("Punkt Informacyjny dla Cudzoziemców", "Punktu Informacyjnego dla Cudzoziemców", ""),
    ("Centrum Wielokulturowe", "Centrum Wielokulturowego", "o"),
    ("Biuro Wsparcia Migrantów", "Biura Wsparcia Migrantów", "o"),
    ("Świetlica Międzykulturowa", "Świetlicy Międzykulturowej", "a"),
    ("Ośrodek Wsparcia Cudzoziemców", "Ośrodka Wsparcia Cudzoziemców", ""),
)
PARTICIPLE = {"o": "otwarte", "a": "otwarta", "": "otwarty"}


@dataclass(frozen=True)
class OpeningCase:
    day: dt.date | None
    text: str
    absent: Person | None = None


def a_day(rng: random.Random) -> dt.date:
    return dt.date(rng.randrange(2016, 2024), rng.randrange(1, 13), rng.randrange(1, 28))


def written(day: dt.date) -> str:
    return f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r."


def opening(rng: random.Random) -> OpeningCase:
    day = a_day(rng)
    name, genitive, ending = rng.choice(BODIES)
    done = "zostało" if ending == "o" else f"został{ending}"
    text = rng.choice(
        (
            f"{written(day)} {name} {done} uroczyście {PARTICIPLE[ending]}.",
            f"Otwarcie {genitive} odbyło się {written(day)}.",
            f"{written(day)} otwarto {name} dla mieszkańców.",
            f"W dniu {written(day)} {name} {done} oficjalnie {PARTICIPLE[ending]}.",
        )
    )
    return OpeningCase(day, text)


def no_opening(rng: random.Random) -> OpeningCase:
    day = a_day(rng)
    name, _, ending = rng.choice(BODIES)
    text = rng.choice(
        (
            f"{written(day)} {name} ogłosiło program „Otwarty Kraków”.",
            f"Od {written(day)} {name} prowadzi dni otwarte dla szkół.",
            f"{name} jest {PARTICIPLE[ending]} od poniedziałku do piątku.",
        )
    )
    return OpeningCase(None, text)


def absent_guest(rng: random.Random) -> OpeningCase:
    day = a_day(rng)
    name, _, ending = rng.choice(BODIES)
    done = "zostało" if ending == "o" else f"został{ending}"
    guest = rng.choice(people())
    which = "która" if guest.gender == "f" else "który"
    excuse = rng.choice(
        (
            f"Według {guest.form('gen')}, {which} w liście do gości przeprosił{guest.a} za "
            "nieobecność, miasto będzie wspierać centrum.",
            f"Na uroczystości zabrakło {guest.form('gen')}, {which} miał{guest.a} powitać gości.",
            f"{guest.form('nom')} nie dotarł{guest.a} na otwarcie, choć był{guest.a} wśród gości.",
        )
    )
    text = f"{written(day)} {name} {done} uroczyście {PARTICIPLE[ending]}. {excuse}"
    return OpeningCase(day, text, guest)


def dated_event(ctx: DocumentContext, case: OpeningCase) -> tuple[bool, str]:
    days = {e.first for e in ctx.events}
    if case.day is None:
        return not ctx.events, "no event"
    return case.day in days, f"an event on {case.day}"


def not_a_participant(ctx: DocumentContext, case: OpeningCase) -> tuple[bool, str]:
    assert case.absent is not None
    who = person_iri(ctx, case.absent)
    took_part = any(who in objects(ctx, e.iri, "participant") for e in ctx.events if who)
    return bool(ctx.events) and not took_part, f"{case.absent.nominative} is no participant"


def test_an_opening_is_a_dated_event(pages: Pages) -> None:
    results, _ = measured(pages, opening, dated_event)
    assert rate("'Centrum zostało uroczyście otwarte' -> event", results) >= POSITIVE


def test_open_as_an_adjective_is_no_event(pages: Pages) -> None:
    results, _ = measured(pages, no_opening, dated_event)
    assert rate("negative: 'Otwarty Kraków', 'dni otwarte'", results) >= NEGATIVE


def test_who_did_not_come_is_no_participant(pages: Pages) -> None:
    results, _ = measured(pages, absent_guest, not_a_participant)
    assert rate("'przeprosiła za nieobecność', 'zabrakło' -> not there", results) >= POSITIVE
