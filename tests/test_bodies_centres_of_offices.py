"""An office's centre or point named with the office is a unit of it (session 30, from the
opened set gim: "Mirela Urlich, zastępca naczelnika Centrum Dialogu Obywatelskiego Urzędu
Miasta Opola" made one body of the whole phrase, while "Wydział Spraw Społecznych Urzędu Miasta
Opola" was already the department and its office).

Cases: "Centrum" and "Punkt" declined by morfeusz2 for the sentence, a complement of SGJP
nouns and adjectives in the genitive (tests/test_events_editions_and_ds_complements.complement),
then a town's office in the genitive ("Urzędu Miasta Sopotu", "Urzędu Miejskiego w Sopocie")
for GeoNames' Polish towns outside the reference. The centre is named without the office and
is a unit of the office, which is in the town.
Control: a centre with its seat and no office ("Centrum Dialogu Obywatelskiego w Sopocie")
is one body, a unit of nothing.
Measured on 60faa55 (before the rule): 0 %; control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome
from tests.relations_templates import ID, cases, form, rate
from tests.test_events_editions_and_ds_complements import complement
from tests.test_town_offices import declined_towns
from ump_kg.extract.context import DocumentContext
from ump_kg.language.prepositions import locative_phrase
from ump_kg.slug import slugify

COUNT = 120
HEADS = ("centrum", "punkt")
FRAMES = (  # (case of the head, sentence)
    ("nom", "Informacji udziela {name}."),
    ("gen", "Pracownicy {name} przygotowali poradnik dla cudzoziemców."),
    ("loc", "Spotkanie odbyło się w {name} 5 maja 2022 r."),
)


def centre(rng: random.Random) -> tuple[str, str, str] | None:
    """(case, the head in that case with its complement, the name in the nominative)."""
    case, _ = rng.choice(FRAMES)
    head, rest = rng.choice(HEADS), complement(rng)
    written, nominative = form(head, "subst", "sg", case), form(head, "subst", "sg", "nom")
    if rest is None or written is None or nominative is None:
        return None
    return case, f"{written.capitalize()} {rest}", f"{nominative.capitalize()} {rest}"


def framed(rng: random.Random, after: str) -> tuple[str, str] | None:
    """(the sentence with a centre and the words after its name, the centre's name)."""
    made = centre(rng)
    if made is None:
        return None
    case, written, name = made
    frame = next(f for c, f in FRAMES if c == case)
    return frame.format(name=f"{written} {after}"), name


def office_case(rng: random.Random) -> tuple[str, str, str | None] | None:
    town, genitive, locative = rng.choice(declined_towns())
    office = rng.choice(
        (f"Urzędu Miasta {genitive}", f"Urzędu Miejskiego {locative_phrase(locative)}")
    )
    made = framed(rng, office)
    return (*made, town) if made else None


def seat_case(rng: random.Random) -> tuple[str, str, str | None] | None:
    _, _, locative = rng.choice(declined_towns())
    made = framed(rng, locative_phrase(locative))
    return (*made, None) if made else None


def unit_of_the_towns_office(ctx: DocumentContext, name: str, town: str) -> bool:
    offices = {f.s for f in ctx.facts if f.p.endswith("inCity") and f.o == f"{ID}city/{town}"}
    units = {iri for iri, e in ctx.entities.items() if e.label_pl == name}
    return any(f.s in units and f.o in offices for f in ctx.facts if f.p.endswith("unitOf"))


def check(pages: Pages, made: tuple[str, str, str | None]) -> tuple[bool, str]:
    text, name, town = made
    ctx = pages.extract(text, "2024-12-20")
    if town is None:
        ok = not any(f.p.endswith("unitOf") for f in ctx.facts)
        return outcome(ctx, ok, text, "one body, a unit of nothing")
    ok = unit_of_the_towns_office(ctx, name, slugify(town))
    return outcome(ctx, ok, text, f"'{name}', a unit of the office in {town}")


def test_an_offices_centre_is_its_unit(pages: Pages) -> None:
    value = rate(
        "'Centrum Dialogu Obywatelskiego Urzędu Miasta Opola' -> a unit of the office",
        [check(pages, m) for m in cases(office_case, COUNT)],
    )
    assert value >= 0.95


def test_control_a_centre_with_its_seat_is_one_body(pages: Pages) -> None:
    value = rate(
        "control: 'Centrum Dialogu Obywatelskiego w Sopocie' -> one body",
        [check(pages, m) for m in cases(seat_case, COUNT)],
    )
    assert value >= 0.95
