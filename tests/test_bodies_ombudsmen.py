"""The state's ombudsmen are offices of one person, named by the post and whose rights it guards,
and the person named with the office holds its post (session 38, from misses of calc, gani,
kaf, shin and waw, opened: "rzecznik praw obywatelskich Marcin Wiącek spotkał się …", "dr Adam
Bodnar, prawnik, rzecznik praw obywatelskich" gave neither the office "Rzecznik Praw
Obywatelskich" nor the post).

"rzecznik praw <whose, in the genitive>", in any case and capitalised or not, is the office
"Rzecznik Praw <Whose>" (names.ombudsmen); with an adjective agreeing with whose rights ("Osób
Niepełnosprawnych"); inside an office's own name ("w Biurze Rzecznika Praw …") it is left to
that name. A person right after the office, or in apposition before it, holds its post
(relations.ombudsmen_with_their_holders). Cases: whose rights drawn from SGJP (a noun in the
genitive singular, an adjective in the genitive plural, "osób" and an adjective), the head's
forms in every case by morfeusz2, capitalised or not; people of SGJP's names. Controls: "rzecznik
praw tych osób" (a pronoun: whose rights the text said before) and "rzecznik prasowy" name no
office.
Measured on the commit before: office 0.0 % -> 100 %, holder 0.0 % -> 100 %; controls 100 %
both.
"""

from __future__ import annotations

import random

from tests.pages_templates import organisation_iri
from tests.relations_pages import Pages, holds
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    capitalise,
    common_lemmas,
    form,
    name_adjectives,
    people,
    rate,
)
from ump_kg.extract.context import DocumentContext

SEED = 20261209
COUNT = 120
FRAMES = (
    ("nom", "{office} przyjął delegację z Ukrainy."),
    ("gen", "Z inicjatywy {office} odbyła się debata o prawach cudzoziemców."),
    ("dat", "Raport przekazano {office} w marcu."),
    ("inst", "Prezydent miasta spotkał się z {office}."),
    ("loc", "W raporcie o {office} opisano skargi cudzoziemców."),
)


def whose_rights(rng: random.Random) -> str | None:
    """'dziecka', 'obywatelskich', 'osób niepełnosprawnych' as SGJP declines them."""
    how = rng.randrange(3)
    if how == 0:
        return form(rng.choice(common_lemmas()), "subst", "sg", "gen")
    adjective = form(rng.choice(name_adjectives()), "adj", "pl", "gen", "m1")
    return adjective if how == 1 or adjective is None else f"osób {adjective}"


def office_case(rng: random.Random) -> tuple[str, str, str] | None:
    """(the office in a frame's case, the frame, the office's name)."""
    whose = whose_rights(rng)
    case, frame = rng.choice(FRAMES)
    head = form("rzecznik", "subst", "sg", case)
    if whose is None or head is None:
        return None
    written = f"{head} praw {whose}"
    written = " ".join(capitalise(w) for w in written.split()) if rng.random() < 0.5 else written
    name = "Rzecznik Praw " + " ".join(capitalise(w) for w in whose.split())
    return frame.format(office=written), frame, name


def labels(ctx: DocumentContext) -> set[str]:
    return {e.label_pl for e in ctx.entities.values()}


def named(pages: Pages, rng: random.Random) -> tuple[bool, str] | None:
    made = office_case(rng)
    if made is None:
        return None
    text, _, name = made
    found = labels(pages.extract(text))
    return name in found, f"{text} -> {name}; found {sorted(found)}"


def holder(pages: Pages, rng: random.Random) -> tuple[bool, str] | None:
    whose = whose_rights(rng)
    if whose is None:
        return None
    person = rng.choice(people())
    office = f"rzecznik praw {whose}"
    name = "Rzecznik Praw " + " ".join(capitalise(w) for w in whose.split())
    a = "a" if person.gender == "f" else ""
    if rng.random() < 0.5:
        text = f"W debacie uczestniczył{a} {office} {person.nominative}."
    else:
        text = f"Gośćmi byli: {person.nominative}, {office}, oraz przedstawiciele miasta."
    ctx = pages.extract(text)
    ok = holds(ctx, person, organisation_iri(name))
    return ok, f"{text} -> {person.nominative} holds a post in {name}"


def not_an_office(pages: Pages, rng: random.Random) -> tuple[bool, str] | None:
    person = rng.choice(people())
    if rng.random() < 0.5:
        text = f"Skargi cudzoziemców trafiają do {person.form('gen')}, rzecznika praw tych osób."
    else:
        text = f"Komunikat wydał rzecznik prasowy {person.form('gen')}."
    found = sorted(label for label in labels(pages.extract(text)) if "Praw" in label)
    return not found, f"{text} -> no office; found {found}"


def test_an_ombudsmans_office_in_any_case(pages: Pages) -> None:
    rng = random.Random(SEED)
    results = [r for r in (named(pages, rng) for _ in range(COUNT + 20)) if r]
    assert rate("'rzecznika praw obywatelskich' -> 'Rzecznik Praw Obywatelskich'", results) >= (
        POSITIVE
    )


def test_the_person_named_with_the_office_holds_its_post(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    results = [r for r in (holder(pages, rng) for _ in range(COUNT + 20)) if r]
    assert rate("'rzecznik praw dziecka Jan Nowak'", results) >= POSITIVE


def test_control_no_office(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    results = [r for r in (not_an_office(pages, rng) for _ in range(COUNT + 20)) if r]
    assert rate("control: 'rzecznik praw tych osób', 'rzecznik prasowy'", results) >= NEGATIVE
