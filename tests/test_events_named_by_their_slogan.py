"""An event held under a slogan is named by it when nothing else names it (session 36, from a
miss of ur, opened this session: "Spotkanie organizacji pozarządowych, które pomagają
uchodźcom, odbyło się w Lublinie 28 listopada pod hasłem „MY – WY – ONI. Razem czy osobno?”"
had no name; a slogan had named an event only right after the event's word, "spotkanie pod
hasłem „…”").

Cases: an event's word (spotkanie, konferencja, debata, piknik, festyn, seminarium) opening
the sentence, maybe with whom it gathered ("organizacji pozarządowych", "mieszkańców"), a verb
of taking place in the gender of the word and the tense drawn ("odbyło się", "odbędzie się",
"przebiegała"), a day, a city of the reference in the locative, then "pod hasłem" and a
quoted title made of SGJP nouns (relations_templates.title_of). The event's name
(schema:name) is the slogan. Control: the slogan right after the event's word, named as
before.
Measured on the commit before: 0.0 % -> 100 %; control 100 % both.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages
from tests.relations_templates import cases, cities, date_of, rate, title_of, w
from tests.test_events_editions_and_ds_complements import check

COUNT = 120
# (the event's word, its gender's past-tense ending)
WORDS = (
    ("Spotkanie", "o"),
    ("Konferencja", "a"),
    ("Debata", "a"),
    ("Piknik", ""),
    ("Festyn", ""),
    ("Seminarium", "o"),
)
WHOM = ("", " organizacji pozarządowych", " mieszkańców", " przedstawicieli miast")


def verb(ending: str, rng: random.Random) -> str:
    return rng.choice((f"odbył{ending} się", "odbędzie się", f"przebiegał{ending}"))


def slogan_case(rng: random.Random) -> tuple[str, str]:
    word, ending = rng.choice(WORDS)
    title, city = title_of(rng), rng.choice(cities())
    when = date_of(rng, ranges=False).text
    text = f"{word}{rng.choice(WHOM)} {verb(ending, rng)} {when} {w(city)} pod hasłem „{title}”."
    return text, title


def control_case(rng: random.Random) -> tuple[str, str]:
    word, ending = rng.choice(WORDS)
    title, city = title_of(rng), rng.choice(cities())
    when = date_of(rng, ranges=False).text
    return f"{word} pod hasłem „{title}” {verb(ending, rng)} {when} {w(city)}.", title


def test_an_event_held_under_a_slogan_is_named_by_it(pages: Pages) -> None:
    value = rate(
        "'Spotkanie … odbyło się … pod hasłem „…”' -> its name",
        [check(pages, m) for m in cases(slogan_case, COUNT)],
    )
    assert value >= 0.95


def test_control_a_slogan_right_after_the_events_word(pages: Pages) -> None:
    value = rate(
        "control: 'Spotkanie pod hasłem „…” odbyło się …'",
        [check(pages, m) for m in cases(control_case, COUNT)],
    )
    assert value >= 0.95
