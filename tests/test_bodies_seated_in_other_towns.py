"""A body whose name ends in its seat is in that town also where the town is none of the
reference's twelve cities: "Miejski Ośrodek Pomocy Społecznej w Sopocie", "Powiatowy Urząd Pracy
w Tczewie" are in Sopot and Tczew (session 27, from misses of an opened real page: the bodies of
Sopot and Gdynia had no town). The town is a locality of the page, as a town a page says
something is in is (extract/places.py: GeoNames' Polish towns). A town in such a name that
GeoNames does not know as a town ("w Bąkowie") gives no locality. Towns are GeoNames' Polish
towns outside the reference, each in the locative SGJP gives its name; bodies' names are
declined by morfeusz2 (tests/relations_templates.phrase_forms). Measured on 63f4312: 0 % -> 100
%; the control 100 % before and after."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from tests.relations_pages import Pages, measured
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    cities,
    form,
    phrase_forms,
    rate,
    readings,
    slug,
)
from ump_kg.extract.context import DocumentContext
from ump_kg.extract.places import polish_town_names, towns
from ump_kg.slug import slugify

BODIES = (
    "Miejski Ośrodek Pomocy Społecznej",
    "Powiatowy Urząd Pracy",
    "Miejski Ośrodek Sportu i Rekreacji",
    "Miejski Ośrodek Pomocy Rodzinie",
    "Powiatowe Centrum Pomocy Rodzinie",
    "Miejska Biblioteka Publiczna",
)
SENTENCES = {
    "nom": "Spotkanie zorganizował {body} {w} {town}.",
    "gen": "Dyżury pełnili pracownicy {body} {w} {town}.",
    "inst": "Miasto podpisało porozumienie z {body} {w} {town}.",
}
# (villages SGJP knows as places but GeoNames lists as no town of 15,000 people)
NO_TOWNS = ("Bąkowie", "Lipinkach", "Krzywym Kole")


@cache
def other_towns() -> tuple[tuple[str, str], ...]:
    """(nominative, locative) of GeoNames' Polish towns (no district of a big city) that are
    none of the reference's cities, one word, whose locative SGJP generates for the town's
    geographic lexeme."""
    reference = {c.label for c in cities()}
    found = []
    # (GeoNames' districts of the big cities are no towns, extract/places.py; a locative that is
    # another town's name, "Turku" of Turek, is that town)
    for name in sorted(polish_town_names() & set(towns())):
        if name in reference or " " in name or "-" in name:
            continue
        lexemes = {
            lex
            for lex, _, quals in readings(name)
            if "nazwa_geograficzna" in quals and lex.split(":")[0] == name
        }
        locative = next((form(lex, "subst", "sg", "loc") for lex in sorted(lexemes)), None)
        if locative and locative[:1].isupper() and locative not in towns():
            found.append((name, locative))
    return tuple(found)


def w(locative: str) -> str:
    """'we' before w/f and a consonant ("we Wrześni"), else 'w'."""
    return "we" if locative[:1] in "WF" and locative[1:2] not in "aeiouyąęó" else "w"


@dataclass(frozen=True)
class SeatCase:
    body: str
    town: str
    text: str


def seated_case(rng: random.Random, seats: tuple[tuple[str, str], ...]) -> SeatCase:
    body = rng.choice(BODIES)
    town, locative = rng.choice(seats)
    case = rng.choice(sorted(SENTENCES))
    declined = dict(phrase_forms(body) or ())[case]
    text = SENTENCES[case].format(body=declined, w=w(locative), town=locative)
    return SeatCase(body, town, text)


def in_its_town(ctx: DocumentContext, case: SeatCase) -> tuple[bool, str]:
    placed = {
        (ctx.entities[f.s].label_pl.split(" w")[0], slug(f.o))
        for f in ctx.facts
        if f.p.endswith("inCity") and f.s in ctx.entities
    }
    want = (case.body, slugify(case.town))
    return want in placed, f"{case.body} inCity {want[1]} (found {sorted(placed)})"


def no_locality(ctx: DocumentContext, case: SeatCase) -> tuple[bool, str]:
    made = [e.label_pl for e in ctx.entities.values() if e.cls.endswith("Locality")]
    return not made, f"no locality (found {made})"


def test_a_body_is_in_the_town_its_name_ends_with(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: seated_case(rng, other_towns()), in_its_town)
    assert rate("'Miejski Ośrodek Pomocy Społecznej w Sopocie' inCity Sopot", results) >= POSITIVE


def test_a_village_in_a_bodys_name_makes_no_locality(pages: Pages) -> None:
    villages = tuple((v, v) for v in NO_TOWNS)
    results, _ = measured(pages, lambda rng: seated_case(rng, villages), no_locality)
    assert rate("control: '… w Bąkowie' makes no locality", results) >= NEGATIVE
