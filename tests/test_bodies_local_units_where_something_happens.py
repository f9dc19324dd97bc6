"""A municipal, county or regional unit is named with its town even where something happens in
it: "Punkt działa w Powiatowym Urzędzie Pracy we Wrocławiu" names "Powiatowy Urząd Pracy we
Wrocławiu", "W Śląskim Urzędzie Wojewódzkim w Katowicach zawarto umowę" "Śląski Urząd Wojewódzki
w Katowicach" (session 32, from misses of yr and ing, opened this session: the seat had been
read as the place of what happens, as in "w Europejskim Centrum Solidarności w Gdańsku", and cut
off). There is one such unit in every town or region, so its town is part of its registered name.
The units are made of SGJP's adjectives of local government (the pages had "powiatowy" and
"wojewódzki") and institutions' head nouns, declined by morfeusz2 into the locative after "w",
in towns of one word. Control: a body whose own adjectives name no local government ("w
Europejskim Centrum Dialogu Międzykulturowego w Płocku", "w Akademickim Urzędzie Rozwoju
Regionalnego w Przemyślu") is still named without the town. Measured on the commit before: local
units 10.5 % -> 100 % (those of a head and one such adjective had kept it), regional
offices 0 % -> 100 %; the control 100 % before and after."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import POSITIVE, rate
from tests.test_bodies_seated_in_towns_of_two_words import one_word_towns, seat
from tests.test_org_names_generated import COMPLEMENTS, form, noun
from ump_kg.extract.context import DocumentContext

# Sentences in which something happens in the body: "w" right before its name.
TEMPLATES = (
    "Punkt informacyjny dla cudzoziemców działa w {name} {seat}.",
    "Spotkanie z pracodawcami odbyło się w {name} {seat}.",
    "Dyżury prawników prowadzone są w {name} {seat} od poniedziałku.",
    "W {name} {seat} przygotowano specjalne stanowiska obsługi.",
)
LOCAL = ("miejski", "gminny", "powiatowy", "wojewódzki", "regionalny", "okręgowy", "rejonowy")
HEADS = ("urząd", "ośrodek", "centrum", "biuro", "punkt", "izba", "instytut")
# Regions' adjectives before a voivode's office ("Śląski Urząd Wojewódzki")
REGIONS = (
    "śląski pomorski lubelski mazowiecki podkarpacki wielkopolski małopolski łódzki opolski "
    "lubuski podlaski świętokrzyski zachodniopomorski dolnośląski"
).split()
DISTINCTIVE = ("europejski", "polski", "międzynarodowy", "narodowy", "akademicki", "ukraiński")


@dataclass(frozen=True)
class PlaceCase:
    text: str
    name: str  # the body's name in the nominative, without its seat
    seat: str  # "w Płocku"


def declined(words: list[tuple[str, str]], case: str, gender: str) -> str | None:
    """The (lemma, part of speech) words in the case, each capitalised as in a name."""
    forms = [form(lemma, case, gender, pos) for lemma, pos in words]
    if not all(forms):
        return None
    return " ".join(str(f)[:1].upper() + str(f)[1:] for f in forms)


def place_case(
    rng: random.Random, words: list[tuple[str, str]], gender: str, complement: str = ""
) -> PlaceCase | None:
    located, nominative = declined(words, "loc", gender), declined(words, "nom", gender)
    if located is None or nominative is None:
        return None
    where = seat(rng.choice(one_word_towns()))
    text = rng.choice(TEMPLATES).format(name=f"{located} {complement}".strip(), seat=where)
    return PlaceCase(text, f"{nominative} {complement}".strip(), where)


def local_unit(rng: random.Random) -> PlaceCase | None:
    """ "w Powiatowym Ośrodku Pomocy Społecznej w Płocku" """
    head = noun(rng.choice(HEADS))
    if head is None:
        return None
    complement = rng.choice(COMPLEMENTS) if rng.random() < 0.7 else ""
    return place_case(rng, [(rng.choice(LOCAL), "adj"), (head[0], "subst")], head[1], complement)


def regional_office(rng: random.Random) -> PlaceCase | None:
    """ "w Opolskim Urzędzie Wojewódzkim w Opolu" """
    words = [(rng.choice(REGIONS), "adj"), ("urząd", "subst"), ("wojewódzki", "adj")]
    return place_case(rng, words, "m3")


def distinctive_body(rng: random.Random) -> PlaceCase | None:
    """ "w Europejskim Centrum Dialogu Międzykulturowego w Płocku": no local government's
    adjective"""
    head = noun(rng.choice(HEADS))
    if head is None:
        return None
    # (with a complement: a head and one adjective alone name no body without its town)
    words = [(rng.choice(DISTINCTIVE), "adj"), (head[0], "subst")]
    return place_case(rng, words, head[1], rng.choice(COMPLEMENTS))


def labels(ctx: DocumentContext) -> list[str]:
    return [e.label_pl for e in ctx.entities.values()]


def named_with_its_seat(ctx: DocumentContext, case: PlaceCase) -> tuple[bool, str]:
    wanted = f"{case.name} {case.seat}"
    return wanted in labels(ctx), wanted


def named_without_its_seat(ctx: DocumentContext, case: PlaceCase) -> tuple[bool, str]:
    found = labels(ctx)
    return case.name in found and f"{case.name} {case.seat}" not in found, case.name


def test_a_local_unit_where_something_happens_keeps_its_town(pages: Pages) -> None:
    results, _ = measured(pages, local_unit, named_with_its_seat)
    assert rate("'w Powiatowym Urzędzie Pracy w Płocku'", results) >= POSITIVE


def test_a_regional_office_where_something_happens_keeps_its_town(pages: Pages) -> None:
    results, _ = measured(pages, regional_office, named_with_its_seat)
    assert rate("'w Śląskim Urzędzie Wojewódzkim w Katowicach'", results) >= POSITIVE


def test_control_a_distinctive_body_where_something_happens_as_before(pages: Pages) -> None:
    results, _ = measured(pages, distinctive_body, named_without_its_seat)
    assert rate("control: 'w Europejskim Centrum Dialogu … w Płocku'", results) >= POSITIVE
