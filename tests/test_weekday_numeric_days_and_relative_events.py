"""A day and month by numbers after a weekday; what people took part in; what a speaker said
in an event's account (session 20).

- "W niedzielę (24.04) …", "We wtorek 14.03 …": a weekday right before a year-less day and
  month by numbers makes them a date (dates.WEEKDAY_REQUIRED); its year is the one nearest the
  page's date. Controls: the same words without the weekday ("24.04 w Lublinie …" may be an
  hour or a score, as before); an hour ("o godz. 10.05") beside a written date is no date.
- "…, w którym / której / których wzięło udział 500 osób": what people took part in is an
  event, whatever the noun before the clause (events.TRIGGER). Control: a project "w którym
  wzięło udział 20 szkół" with no day is no event.
- "X podkreśliła, że …", "Y ocenił, że …" in an event's account: who said it in the past
  tense spoke there (events.PARTICIPATION).

Weekday forms (accusative, after "w"/"we"), the past forms of the speech verbs and the
relative pronoun's gender come from morfeusz2; people from the SGJP name pools, cities from
the reference. Measured on the commit before: 0 % (weekday days), 0 % (relative clause),
0.8 % (speakers); controls 100 %.
"""

from __future__ import annotations

import datetime as dt
import random

from tests.relations_pages import Pages, objects, outcome, person_iri
from tests.relations_templates import (
    MONTHS_GEN,
    NEGATIVE,
    POSITIVE,
    capitalise,
    cities,
    form,
    generated,
    people,
    rate,
    w,
)

SEED = 20261204
CASES = 120
WEEKDAY_LEMMAS = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
# Occasions people take part in, none of them a word the extractor knows for an event.
OCCASIONS = (
    "śniadanie", "koncert", "spacer", "turniej", "bieg", "kiermasz", "wieczór", "rajd",
    "pokaz", "wycieczka", "zabawa", "gra", "akcja", "zbiórka", "potańcówka", "degustacja",
)  # fmt: skip
SPEECH_VERBS = ("podkreślić", "zaznaczyć", "dodać", "stwierdzić", "ocenić", "zauważyć")


def accusative(weekday: int) -> str:
    """The weekday after "w": "w poniedziałek", "w środę" (morfeusz2's singular accusative)."""
    return str(form(WEEKDAY_LEMMAS[weekday], "subst", "sg", "acc"))


def preposition(word: str) -> str:
    return "we" if word[:1] in "wW" else "w"  # "we wtorek", "w środę"


def numeric(day: dt.date) -> str:
    return f"{day.day}.{day.month:02d}"


def weekday_page(rng: random.Random, with_weekday: bool) -> tuple[str, str, dt.date]:
    """A page a few days after the event, the event's day written as "<weekday> (dd.mm)"."""
    published = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    day = published - dt.timedelta(days=rng.randrange(1, 40))
    noun = accusative(day.weekday())
    said = rng.choice((f"({numeric(day)})", numeric(day), f", {numeric(day)}"))
    # ("w minioną niedzielę": the feminine weekdays take the adjective in this accusative form)
    past = rng.choice(("", "minioną ", "ostatnią ")) if day.weekday() in (2, 5, 6) else ""
    opener = f"{preposition(past or noun)} {past}{noun}" if with_weekday else ""
    said = said.lstrip(", ") if not with_weekday else said
    city = rng.choice(cities())
    text = capitalise(
        rng.choice(
            (
                f"{opener} {said} {w(city)} odbyło się spotkanie w sprawie integracji cudzoziemców.",
                f"{opener} {said} {w(city)} odbyła się konferencja o pomocy uchodźcom.",
                f"{opener} {said} urzędnicy rozmawiali {w(city)} o edukacji dzieci cudzoziemców.",
            )
        ).replace(" , ", ", ")
    )
    return text, published.isoformat(), day


def weekday_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    text, published, day = weekday_page(rng, with_weekday=True)
    ctx = pages.extract(text, published)
    days = {e.first for e in ctx.events}
    return outcome(ctx, day in days, f"({published}) {text}", f"an event on {day}")


def no_weekday_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    text, published, day = weekday_page(rng, with_weekday=False)
    ctx = pages.extract(text, published)
    days = {e.first for e in ctx.events}
    return outcome(ctx, day not in days, f"({published}) {text}", f"no event on {day}")


def hour_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    """ "14 marca 2022 r. … Obrady rozpoczęły się o godz. 10.05.": the hour is no 10 May."""
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    hour, minute = rng.randrange(8, 13), rng.randrange(1, 13)
    city = rng.choice(cities())
    text = (
        f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r. {w(city)} odbyło się spotkanie. "
        f"Obrady rozpoczęły się o godz. {hour}.{minute:02d}."
    )
    ctx = pages.extract(text)
    wrong = {e.first for e in ctx.events} - {day}
    return outcome(ctx, not wrong, text, f"only {day}")


def occasion_clause(rng: random.Random) -> tuple[str, str]:
    """A noun in the nominative and its relative clause's "w którym/której/których"."""
    noun = rng.choice(OCCASIONS)
    tags = [parts for orth, parts in generated(noun) if orth == noun and parts[0] == ("subst",)]
    genders = {
        g for parts in tags if "nom" in parts[2] for g in (parts[3] if len(parts) > 3 else ())
    }
    plural = all("pl" in parts[1] for parts in tags if "nom" in parts[2])
    if plural:
        pronoun = "których"
    elif "f" in genders:
        pronoun = "której"
    else:
        pronoun = "którym"
    return noun, pronoun


def relative_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    noun, pronoun = occasion_clause(rng)
    city = rng.choice(cities())
    verb = rng.choice(("wzięło", "wzięli", "uczestniczyło"))
    object_ = "udział " if verb.startswith("wzię") else ""
    count = rng.randrange(20, 900)
    text = (
        f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r. miasto przygotowało {w(city)} "
        f"{noun} dla mieszkańców i uchodźców, w {pronoun} {verb} {object_}{count} osób."
    )
    ctx = pages.extract(text)
    days = {e.first for e in ctx.events}
    return outcome(ctx, day in days, text, f"an event on {day}")


def relative_without_a_day_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    year = rng.randrange(2010, 2024)
    count = rng.randrange(5, 60)
    city = rng.choice(cities())
    text = (
        f"W {year} roku miasto prowadziło {w(city)} projekt edukacyjny, w którym wzięło udział "
        f"{count} szkół."
    )
    ctx = pages.extract(text)
    return outcome(ctx, not ctx.events, text, "no event")


def said_form(verb: str, female: bool) -> str:
    """The verb's past form for a singular speaker ("podkreśliła", "ocenił")."""
    gender = "f" if female else "m1"
    for orth, parts in generated(verb):
        if parts[0] == ("praet",) and "sg" in parts[1] and gender in parts[2]:
            return orth
    raise AssertionError(f"morfeusz2 has no past form of {verb}")


def speaker_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    person = rng.choice(people())
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    city = rng.choice(cities())
    verb = said_form(rng.choice(SPEECH_VERBS), person.gender == "f")
    text = (
        f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r. {w(city)} odbyła się konferencja "
        f"o integracji cudzoziemców. {person.nominative} {verb}, że miasta potrzebują wsparcia."
    )
    ctx = pages.extract(text)
    iri = person_iri(ctx, person)
    ok = iri is not None and any(iri in objects(ctx, e.iri, "participant") for e in ctx.events)
    return outcome(ctx, ok, text, f"{person.nominative} a participant")


def test_weekday_before_a_numeric_day(pages: Pages) -> None:
    rng = random.Random(SEED)
    cases = [weekday_case(pages, rng) for _ in range(CASES)]
    assert rate("'w niedzielę (24.04)'", cases) >= POSITIVE


def test_control_no_weekday(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    cases = [no_weekday_case(pages, rng) for _ in range(CASES)]
    assert rate("control: '24.04 w Lublinie' without a weekday", cases) >= NEGATIVE


def test_control_an_hour_is_no_day(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    cases = [hour_case(pages, rng) for _ in range(CASES)]
    assert rate("control: 'o godz. 10.05'", cases) >= NEGATIVE


def test_what_people_took_part_in(pages: Pages) -> None:
    rng = random.Random(SEED + 3)
    cases = [relative_case(pages, rng) for _ in range(CASES)]
    assert rate("'…, w którym wzięło udział 500 osób'", cases) >= POSITIVE


def test_control_a_project_without_a_day(pages: Pages) -> None:
    rng = random.Random(SEED + 4)
    cases = [relative_without_a_day_case(pages, rng) for _ in range(CASES)]
    assert rate("control: 'projekt, w którym wzięło udział 20 szkół'", cases) >= NEGATIVE


def test_who_said_so_in_the_account(pages: Pages) -> None:
    rng = random.Random(SEED + 5)
    cases = [speaker_case(pages, rng) for _ in range(CASES)]
    assert rate("'X podkreśliła, że …'", cases) >= POSITIVE
