"""An initiative's name after the word for a name, without quotes: "Mazowiecka część projektu
będzie nosić nazwę Mazowieckie Mosty Międzykulturowe", "program pod nazwą Otwarty Gdańsk",
"projekt o nazwie …" (session 40, from a miss of ingwaz, opened: only the quoted form,
"pod nazwą „…”", was read).

After "nazwę", "nazwą" or "nazwie" a name stands in the nominative, whatever governs the word
for a name; with "projekt"/"program" a few words before, the capitalised words after it are the
initiative's name (names.TITLE_CALLED, read by unquoted_initiative_titles). Cases: titles of an
SGJP noun in the nominative and one in the genitive, both capitalised (relations_templates.
title_nouns), after "projekt"/"program" in several cases and four ways of calling it.
Control: the same titles in quotes after "pod nazwą", as before (in quotes after "o nazwie" or
"nazwę" they are read now too).
Measured on 52a73db: 0.0 % -> 100 %; control 99.1 % both ("„Polityka …”" is read as a document,
as before).
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages
from tests.relations_templates import (
    capitalise,
    drawn_until,
    rate,
    title_noun_genitive,
    title_nouns,
)

SEED = 20261216
COUNT = 110
KINDS = (
    ("projekt", "Project", "Mazowiecka część projektu będzie nosić nazwę {title}."),
    ("projekt", "Project", "Projekt realizowany pod nazwą {title} potrwa dwa lata."),
    ("program", "Programme", "Miasto prowadzi program o nazwie {title} od 2016 roku."),
    ("program", "Programme", "Nowy program otrzymał nazwę {title} w marcu."),
    ("projekt", "Project", "Fundacja realizuje projekt pod nazwą {title} razem z miastem."),
)


def called_case(pages: Pages, rng: random.Random, quoted: bool) -> tuple[bool, str] | None:
    noun = rng.choice(title_nouns())
    genitive = title_noun_genitive(rng.choice(title_nouns()))
    if genitive is None:
        return None
    title = f"{capitalise(noun)} {genitive}"
    # (the control: the quoted forms read before, after "pod nazwą")
    _, cls, frame = rng.choice([k for k in KINDS if "pod nazwą" in k[2]] if quoted else KINDS)
    text = frame.format(title=f"„{title}”" if quoted else title)
    ctx = pages.extract(text)
    found = {(e.label_pl, e.cls.rsplit("/", 1)[-1]) for e in ctx.entities.values()}
    return (title, cls) in found, f"{text} -> {cls} {title}; found {sorted(found)}"


def test_an_initiative_called_by_its_name(pages: Pages) -> None:
    results = drawn_until(lambda rng: called_case(pages, rng, False), COUNT, SEED)
    assert rate("'projektu będzie nosić nazwę Mazowieckie Mosty …'", results) >= 0.95


def test_control_the_name_in_quotes(pages: Pages) -> None:
    results = drawn_until(lambda rng: called_case(pages, rng, True), COUNT, SEED + 1)
    assert rate("control: 'pod nazwą „Mazowieckie Mosty …”'", results) >= 0.95
