"""An event held on the occasion of a named day is named with the day, not as the day
(session 36, from misses of eoh, opened this session: "Festiwal Uliczny z okazji Światowego
Dnia Uchodźcy odbędzie się w czwartek 20 czerwca" was named "Światowy Dzień Uchodźcy", the
occasion, and "Piknik przyjaźni z okazji Dnia Niepodległości Ukrainy" the same way).

Cases: an event's head (festiwal, piknik, festyn, koncert, turniej, bieg) declined by morfeusz2
for its sentence, maybe with an SGJP adjective agreeing with it, then "z okazji" and a named
day in the genitive: maybe an adjective (światowy, międzynarodowy, europejski, narodowy), "Dnia"
and an SGJP noun in the genitive; only "uchodźca" and "niepodległość" were on the pages. The
event's name (schema:name) is the head phrase in the nominative with "z okazji" and the day as
written. Control: a named day that is the event itself ("W Lublinie … obchodzono Światowy
Dzień Uchodźcy") keeps its own name.
Measured on the commit before: 0.0 % -> 100 %; control 100 % both.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages
from tests.relations_templates import capitalise, cases, form, rate
from tests.test_events_editions_and_ds_complements import check, when

COUNT = 120
HEADS = ("festiwal", "piknik", "festyn", "koncert", "turniej", "bieg")
HEAD_ADJECTIVES = ("uliczny", "rodzinny", "sąsiedzki", "wielokulturowy", "charytatywny")
DAY_ADJECTIVES = ("światowy", "międzynarodowy", "europejski", "narodowy")
OCCASIONS = (
    ("uchodźca", "sg"),
    ("migrant", "sg"),
    ("tolerancja", "sg"),
    ("niepodległość", "sg"),
    ("dziecko", "sg"),
    ("kobieta", "pl"),
    ("język", "sg"),
    ("sąsiad", "sg"),
    ("solidarność", "sg"),
    ("wolontariusz", "sg"),
)
# (case the head takes, the sentence around the name)
OPENINGS = (
    ("nom", "{name} odbędzie się {day} w Lublinie."),
    ("loc", "Na {name} {day} w Lublinie wystąpiły zespoły z Ukrainy."),
    ("gen", "Podczas {name} {day} w Lublinie zebrano dary dla uchodźców."),
    ("acc", "Miasto zorganizowało {name} {day} w Lublinie."),
)


def day_named(rng: random.Random) -> tuple[str, str] | None:
    """(the day in the genitive, in the nominative): 'Światowego Dnia Uchodźcy'."""
    noun, number = rng.choice(OCCASIONS)
    whose = form(noun, "subst", number, "gen")
    if whose is None:
        return None
    if rng.random() < 0.7:
        adjective = rng.choice(DAY_ADJECTIVES)
        gen, nom = (
            form(adjective, "adj", "sg", "gen", "m3"),
            form(adjective, "adj", "sg", "nom", "m3"),
        )
        if gen is None or nom is None:
            return None
        return (
            f"{capitalise(gen)} Dnia {capitalise(whose)}",
            f"{capitalise(nom)} Dzień {capitalise(whose)}",
        )
    return f"Dnia {capitalise(whose)}", f"Dzień {capitalise(whose)}"


def head_phrase(rng: random.Random, case: str) -> tuple[str, str] | None:
    """(the head phrase in the case, in the nominative): 'Festiwalu Ulicznym', 'Festiwal Uliczny'."""
    head = rng.choice(HEADS)
    written, nominative = form(head, "subst", "sg", case), form(head, "subst", "sg", "nom")
    if written is None or nominative is None:
        return None
    if rng.random() < 0.5:
        return capitalise(written), capitalise(nominative)
    adjective = rng.choice(HEAD_ADJECTIVES)
    adj_written = form(adjective, "adj", "sg", case, "m3")
    adj_nominative = form(adjective, "adj", "sg", "nom", "m3")
    if adj_written is None or adj_nominative is None:
        return None
    return (
        f"{capitalise(written)} {capitalise(adj_written)}",
        f"{capitalise(nominative)} {capitalise(adj_nominative)}",
    )


def occasion_case(rng: random.Random) -> tuple[str, str] | None:
    case, frame = rng.choice(OPENINGS)
    phrase, day = head_phrase(rng, case), day_named(rng)
    if phrase is None or day is None:
        return None
    text = frame.format(name=f"{phrase[0]} z okazji {day[0]}", day=when(rng))
    return capitalise(text), f"{phrase[1]} z okazji {day[0]}"


def day_itself_case(rng: random.Random) -> tuple[str, str] | None:
    day = day_named(rng)
    if day is None:
        return None
    return f"W Lublinie {when(rng)} obchodzono {day[1]}.", day[1]


def test_an_event_on_the_occasion_of_a_day_is_named_with_it(pages: Pages) -> None:
    value = rate(
        "'Festiwal Uliczny z okazji Światowego Dnia Uchodźcy' keeps its head",
        [check(pages, m) for m in cases(occasion_case, COUNT)],
    )
    assert value >= 0.95


def test_control_a_named_day_that_is_the_event(pages: Pages) -> None:
    value = rate(
        "control: '… obchodzono Światowy Dzień Uchodźcy' keeps its name",
        [check(pages, m) for m in cases(day_itself_case, COUNT)],
    )
    assert value >= 0.95
