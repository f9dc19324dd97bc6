"""Where a meeting was held, whatever the venue's head noun: "Dwudniowe obrady odbyły się w
Młynach Rothera" → the venue "Młyny Rothera"; "Zespół obradował w Starym Spichlerzu" → "Stary
Spichlerz". Heads are SGJP common nouns for buildings declined by morfeusz2 (singular and
plural), with an adjective or a proper name after them; a region or a country there ("w Polsce
Zachodniej") is no venue. Cities: "zabrakło jedynie delegacji z X" does not make X a
participating city, "nie zabrakło przedstawicieli X" does."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects
from tests.relations_templates import (
    MONTHS_GEN,
    NEGATIVE,
    POSITIVE,
    Named,
    adjective_form,
    cities,
    draw,
    form,
    rate,
    w,
)
from ump_kg.extract.context import DocumentContext

# (lemma, gender, number) of buildings and places a meeting may be held in.
HEADS = (
    ("młyn", "m3", "pl"),
    ("spichlerz", "m3", "sg"),
    ("browar", "m3", "sg"),
    ("dwór", "m3", "sg"),
    ("kamienica", "f", "sg"),
    ("fabryka", "f", "sg"),
    ("przystań", "f", "sg"),
    ("stajnia", "f", "pl"),
    ("koszary", "n", "pl"),
    ("arsenał", "m3", "sg"),
)
ADJECTIVES = ("stary", "nowy", "królewski", "miejski", "zabytkowy")
OWNERS = ("Rothera", "Lanckorońskich", "Scheiblera", "Poznańskiego", "Hansa")


@dataclass(frozen=True)
class VenueCase:
    venue: str | None
    text: str


def day(rng: random.Random) -> str:
    when = dt.date(rng.randrange(2016, 2024), rng.randrange(1, 13), rng.randrange(1, 28))
    return f"{when.day} {MONTHS_GEN[when.month - 1]} {when.year} r."


def venue_phrase(rng: random.Random) -> tuple[str, str] | None:
    """(nominative, locative) of a venue's name."""
    lemma, gender, number = rng.choice(HEADS)
    head_nom, head_loc = form(lemma, "subst", number, "nom"), form(lemma, "subst", number, "loc")
    if head_nom is None or head_loc is None:
        return None
    if rng.random() < 0.5:
        owner = rng.choice(OWNERS)
        return f"{head_nom.capitalize()} {owner}", f"{head_loc.capitalize()} {owner}"
    adjective = rng.choice(ADJECTIVES)
    gender_of = "m3" if gender == "m3" else gender
    adj_nom = adjective_form(adjective, number, "nom", gender_of if number == "sg" else "m3")
    adj_loc = adjective_form(adjective, number, "loc", gender_of if number == "sg" else "m3")
    if adj_nom is None or adj_loc is None:
        return None
    return (
        f"{adj_nom.capitalize()} {head_nom.capitalize()}",
        f"{adj_loc.capitalize()} {head_loc.capitalize()}",
    )


def held_in(rng: random.Random) -> VenueCase | None:
    phrase = venue_phrase(rng)
    if phrase is None:
        return None
    nominative, locative = phrase
    (city,) = draw(rng, cities())
    where = f"{'we' if locative[:1] in 'WF' and locative[1:2] not in 'aeiouyąęó' else 'w'}"
    text = rng.choice(
        (
            f"{day(rng)} Zespół UMP ds. Migracji i Integracji obradował {w(city)}. "
            f"Dwudniowe obrady odbyły się {where} {locative}.",
            f"{day(rng)} {w(city)} spotkali się urzędnicy miast. Spotkanie odbyło się "
            f"{where} {locative} przy ulicy Głównej.",
        )
    )
    return VenueCase(nominative, text)


# Buildings and institutions by their own name, where the meeting word follows the place, and
# where the place's own location follows it ("w Młynach Rothera na Wyspie Młyńskiej obradował
# Zespół"): the venue is the name without the location.
NAMED_BUILDINGS = (
    ("synagoga", "f", "sg"),
    ("młyn", "m3", "pl"),
    ("biblioteka", "f", "sg"),
    ("muzeum", "n", "sg"),
    ("kamienica", "f", "sg"),
)
# owners named by a noun in the genitive (an adjectival surname after an indeclinable head,
# "w Muzeum Poznańskiego", reads as an adjective of the head: left out)
NOUN_OWNERS = ("Rothera", "Scheiblera", "Hansa", "Reicherów", "Kindermanna")
LOCATIONS = (" na Wyspie Młyńskiej", " na Starym Mieście", "")


def held_in_a_named_building(rng: random.Random) -> VenueCase | None:
    lemma, _, number = rng.choice(NAMED_BUILDINGS)
    head_nom, head_loc = form(lemma, "subst", number, "nom"), form(lemma, "subst", number, "loc")
    if head_nom is None or head_loc is None:
        return None
    owner = rng.choice(NOUN_OWNERS)
    (city,) = draw(rng, cities())
    text = (
        f"{day(rng)} {w(city)} obradował Zespół UMP ds. Migracji i Integracji. Drugiego dnia "
        f"w {head_loc.capitalize()} {owner}{rng.choice(LOCATIONS)} obradowali członkowie Zespołu."
    )
    return VenueCase(f"{head_nom.capitalize()} {owner}", text)


def test_a_meeting_in_a_named_building(pages: Pages) -> None:
    results, _ = measured(pages, held_in_a_named_building, venue_given)
    assert rate("'w Synagodze Reicherów', 'w Młynach Rothera na Wyspie …'", results) >= POSITIVE


def held_in_a_region(rng: random.Random) -> VenueCase:
    (city,) = draw(rng, cities())
    region = rng.choice(("Polsce Zachodniej", "Europie Środkowej", "Wielkiej Brytanii"))
    text = (
        f"{day(rng)} Zespół UMP ds. Migracji i Integracji obradował {w(city)}. "
        f"Podobne spotkania odbyły się wcześniej w {region}."
    )
    return VenueCase(None, text)


def venue_given(ctx: DocumentContext, case: VenueCase) -> tuple[bool, str]:
    venues = {
        ctx.entities[v].label_pl
        for e in ctx.events
        for v in objects(ctx, e.iri, "venue")
        if str(v) in ctx.entities
    }
    ok = case.venue in venues if case.venue else not venues
    return ok, f"venue {case.venue}"


@dataclass(frozen=True)
class AbsentCityCase:
    absent: Named
    present: Named
    text: str


def absent_city(rng: random.Random) -> AbsentCityCase:
    host, absent, present = draw(rng, cities(), 3)
    text = (
        f"{day(rng)} Zespół UMP ds. Migracji i Integracji obradował {w(host)}. "
        f"Przyjechali urzędnicy z {present.form('gen')}. "
        f"Tym razem zabrakło jedynie delegacji z {absent.form('gen')}. "
        f"Nie zabrakło też przedstawicieli {present.form('gen')}."
    )
    return AbsentCityCase(absent, present, text)


def absent_not_present(ctx: DocumentContext, case: AbsentCityCase) -> tuple[bool, str]:
    cities_in = {c for e in ctx.events for c in objects(ctx, e.iri, "participatingCity")}
    ok = case.absent.iri not in cities_in and case.present.iri in cities_in
    return ok, f"{case.absent.label} absent, {case.present.label} there"


def test_a_venue_after_a_verb_of_meeting(pages: Pages) -> None:
    results, _ = measured(pages, held_in, venue_given)
    assert rate("'obrady odbyły się w Młynach Rothera' -> venue", results) >= POSITIVE


def test_a_region_after_a_verb_of_meeting_is_no_venue(pages: Pages) -> None:
    results, _ = measured(pages, held_in_a_region, venue_given)
    assert rate("negative: 'odbyły się w Polsce Zachodniej'", results) >= NEGATIVE


def test_a_city_whose_delegation_was_missing_did_not_take_part(pages: Pages) -> None:
    results, _ = measured(pages, absent_city, absent_not_present)
    assert rate("'zabrakło delegacji z X' / 'nie zabrakło przedstawicieli Y'", results) >= (
        POSITIVE
    )


@dataclass(frozen=True)
class GeneralCase:
    city: Named
    text: str
    one_meeting: bool


def meetings_in_general(rng: random.Random) -> GeneralCase:
    (city,) = draw(rng, cities())
    if rng.random() < 0.5:
        text = rng.choice(
            (
                f"Na posiedzeniach Zespołu przedstawiciele metropolii porównują rozwiązania "
                f"sprawdzone {w(city)}.",
                f"Podczas spotkań urzędnicy omawiają projekty realizowane {w(city)}.",
                f"Na zebraniach, wspieranych przez IOM, mowa bywa o doświadczeniach {w(city)}.",
            )
        )
        return GeneralCase(city, text, one_meeting=False)
    text = f"Na posiedzeniu Zespołu {w(city)} {day(rng)} omawiano projekty."
    return GeneralCase(city, text, one_meeting=True)


def one_meeting_or_none(ctx: DocumentContext, case: GeneralCase) -> tuple[bool, str]:
    placed = any(e.city == case.city.iri for e in ctx.events)
    return placed == case.one_meeting, "one meeting" if case.one_meeting else "no meeting"


def test_meetings_in_general_are_no_meeting(pages: Pages) -> None:
    results, _ = measured(pages, meetings_in_general, one_meeting_or_none)
    assert rate(
        "'Na posiedzeniach … sprawdzone w Gdańsku' -> none; a dated one -> one", results
    ) >= (POSITIVE)


def same_place(rng: random.Random) -> GeneralCase:
    (city,) = draw(rng, cities())
    first = dt.date(rng.randrange(2016, 2024), rng.randrange(1, 13), rng.randrange(1, 20))
    second = first + dt.timedelta(days=rng.randrange(1, 5))
    text = (
        f"{first.day} {MONTHS_GEN[first.month - 1]} {first.year} r. {w(city)} spotkali się "
        f"urzędnicy miast. {second.day} {MONTHS_GEN[second.month - 1]} {second.year} r. "
        f"w tym samym miejscu odbyło się seminarium dla nauczycieli."
    )
    return GeneralCase(city, text, one_meeting=True)


def both_in_the_city(ctx: DocumentContext, case: GeneralCase) -> tuple[bool, str]:
    placed = [e for e in ctx.events if e.city == case.city.iri]
    return len(placed) == 2, f"two events in {case.city.slug}"


def test_an_event_in_the_same_place_is_in_the_same_city(pages: Pages) -> None:
    results, _ = measured(pages, same_place, both_in_the_city)
    assert rate("'w tym samym miejscu odbyło się seminarium' -> same city", results) >= POSITIVE
