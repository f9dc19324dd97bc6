"""An English body's name may hold "of" or "for" before its head: "the Kaleidoscope of Cultures
Foundation", "the European Football for Development Network" are the names, not "Cultures
Foundation" and "Development Network" (session 33, from misses of ear and stan, opened this
session). names.english_modifiers had taken only "and" between the capitalised words before a
head ("Social Policy and Health Department"); now "of" and "for" too, also in title case ("For",
on a Polish page), where a capitalised word that is no function word, head or role goes before
them.
Cases: words from lists not on the pages (what a name is of or for: "Bridges", "Tolerance",
"Neighbourhood" …), one or two before "of"/"for" and one or two after, a head (Foundation,
Network, Association, Society, Institute, Centre), in three sentences.
The same names in title case on a Polish page, where "For" is a Polish word too: the small
words count neither as English nor as Polish when the page's English names are told apart.
Control: a role before "of" ("the Director of Tolerance Foundation") is no word of the body's
name, as before.
Measured on the commit before: English pages 0 % -> 96.2 % (left: four names with "Young
People", read as "Young People Society"), Polish pages 0 % -> 98.1 %; the control 100 % before
and after."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, labels_of_bodies, measured
from tests.relations_templates import POSITIVE, rate
from ump_kg.extract.context import DocumentContext

SEED = 20261236
FIRST = ("Bridges", "Mosaic", "Garden", "Voices", "Friends", "Coalition", "Open", "Global")
AFTER = ("Tolerance", "Neighbourhood", "Diversity", "Hope", "Dialogue", "Young People", "Peace")
HEADS = ("Foundation", "Network", "Association", "Society", "Institute", "Centre")
ROLES = ("Director", "President", "Chair", "Head")
TEMPLATES = (
    "The project was run together with the {name} in Wrocław.",
    "Partners included the {name} and the city's social welfare centre.",
    "Trainers from the {name} led the workshops for teachers.",
)


# A Polish page names an English body as it is written (names.english_bodies_on_a_polish_page)
POLISH_TEMPLATES = (
    "Przedstawiciele klubów spotkali się na konferencji {name} – międzynarodowej sieci.",
    "Projekt wspiera {name} z siedzibą w Londynie.",
)


@dataclass(frozen=True)
class NameCase:
    text: str
    name: str
    english: bool = True


def name_case(rng: random.Random) -> NameCase:
    before = " ".join(rng.sample(FIRST, rng.choice((1, 1, 2))))
    # (title case capitalises them: "European Football For Development Network")
    small = rng.choice(("of", "for", "Of", "For"))
    name = f"{before} {small} {rng.choice(AFTER)} {rng.choice(HEADS)}"
    return NameCase(rng.choice(TEMPLATES).format(name=name), name)


def polish_page_case(rng: random.Random) -> NameCase:
    """ "konferencji European Football For Development Network": title case, on a Polish page"""
    before = " ".join(rng.sample(FIRST, rng.choice((1, 1, 2))))
    name = f"{before} {rng.choice(('For', 'Of'))} {rng.choice(AFTER)} {rng.choice(HEADS)}"
    return NameCase(rng.choice(POLISH_TEMPLATES).format(name=name), name, english=False)


def control_case(rng: random.Random) -> NameCase:
    name = f"{rng.choice(AFTER)} {rng.choice(HEADS)}"
    text = rng.choice(TEMPLATES).format(name=f"{rng.choice(ROLES)} of {name}")
    return NameCase(text, name)


def named_whole(ctx: DocumentContext, case: NameCase) -> tuple[bool, str]:
    return case.name in labels_of_bodies(ctx), case.name


def test_of_and_for_inside_an_english_name(pages: Pages) -> None:
    results, _ = measured(pages, name_case, named_whole)
    assert rate("'the Kaleidoscope of Cultures Foundation' -> whole", results) >= POSITIVE


def test_of_and_for_inside_an_english_name_on_a_polish_page(pages: Pages) -> None:
    results, _ = measured(pages, polish_page_case, named_whole)
    assert rate("'konferencji European Football For Development Network'", results) >= POSITIVE


def test_control_a_role_before_of_is_no_word_of_the_name(pages: Pages) -> None:
    results, _ = measured(pages, control_case, named_whole)
    assert rate("control: 'the Director of Tolerance Foundation'", results) >= POSITIVE
