"""Who came to a training, and where it was:

- "pracownicy Wydziału Spraw Społecznych oraz Miejskiego Ośrodka Pomocy Rodzinie" names two
  bodies (a body whose name opens with an adjective after "oraz"/"i" is another body), and both
  sent their staff: each took part;
- "szkolenie w Sali Sesyjnej Urzędu Miasta Szczecin" without a city of its own: the event is in
  the city whose office names the hall.

Bodies after the coordinator are drawn: an SGJP adjective, a body's head noun, a complement,
declined by morfeusz2; cities and city offices the reference's."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, holds_post_in, labelled, measured, objects, person_iri
from tests.relations_templates import (
    MONTHS_GEN,
    POSITIVE,
    Named,
    Person,
    adjective,
    adjective_form,
    capitalise,
    cities,
    common_lemmas,
    draw,
    form,
    office_of,
    organisations,
    people,
    rate,
    w,
)
from tests.test_events_speakers import a_day
from tests.test_town_offices import declined_towns
from ump_kg.extract.context import DocumentContext

UNITS = (
    ("Wydział Spraw Społecznych", "Wydziału Spraw Społecznych"),
    ("Wydział Edukacji", "Wydziału Edukacji"),
    ("Biuro Obsługi Interesantów", "Biura Obsługi Interesantów"),
    ("Biuro Partycypacji Społecznej", "Biura Partycypacji Społecznej"),
)
HEADS = (("ośrodek", "m3"), ("centrum", "n"), ("dom", "m3"), ("stowarzyszenie", "n"))
COMPLEMENTS = ("Pomocy Rodzinie", "Wsparcia Cudzoziemców", "Polityki Społecznej", "Kultury")


@dataclass(frozen=True)
class StaffCase:
    unit: str
    body: str
    text: str


def adjective_body(rng: random.Random) -> tuple[str, str] | None:
    """A body named '<Adjective> <Head> <Complement>', nominative and genitive."""
    # an adjective lemma (its dictionary form ends in -y or -i: 'personalny', 'miejski')
    word = next(
        (w for w in rng.sample(common_lemmas(), 400) if w.endswith(("y", "i")) and adjective(w)),
        None,
    )
    head, gender = rng.choice(HEADS)
    complement = rng.choice(COMPLEMENTS)
    if word is None:
        return None
    forms = (
        adjective_form(word, "sg", "nom", gender),
        form(head, "subst", "sg", "nom"),
        adjective_form(word, "sg", "gen", gender),
        form(head, "subst", "sg", "gen"),
    )
    if not all(forms):
        return None
    adj_nom, head_nom, adj_gen, head_gen = (f or "" for f in forms)
    return (
        f"{capitalise(adj_nom)} {capitalise(head_nom)} {complement}",
        f"{capitalise(adj_gen)} {capitalise(head_gen)} {complement}",
    )


def staff_of_two_bodies(rng: random.Random) -> StaffCase | None:
    body = adjective_body(rng)
    if body is None:
        return None
    unit, unit_genitive = rng.choice(UNITS)
    day = a_day(rng)
    (city,) = draw(rng, cities())
    text = (
        f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r. {w(city)} odbyło się szkolenie "
        f"dla urzędników. Wzięli w nim udział pracownicy {unit_genitive} "
        f"{rng.choice(('oraz', 'i'))} {body[1]}."
    )
    return StaffCase(unit, body[0], text)


def two_bodies(ctx: DocumentContext, case: StaffCase) -> tuple[bool, str]:
    labels = {e.label_pl for e in ctx.entities.values()}
    ok = case.body in labels and case.unit in labels
    return ok, f"{case.unit!r} and {case.body!r} apart (found {sorted(labels)})"


def both_took_part(ctx: DocumentContext, case: StaffCase) -> tuple[bool, str]:
    events = [e.iri for e in ctx.events]
    came = {
        ctx.entities[str(o)].label_pl
        for e in events
        for o in objects(ctx, e, "participant")
        if str(o) in ctx.entities
    }
    return {case.unit, case.body} <= came, "both bodies took part"


def test_a_body_opening_with_an_adjective_after_oraz_is_another(pages: Pages) -> None:
    results, _ = measured(pages, staff_of_two_bodies, two_bodies, count=180)
    assert rate("'Wydziału X oraz Miejskiego Ośrodka Y' are two", results) >= POSITIVE


def test_bodies_whose_staff_came_took_part(pages: Pages) -> None:
    results, _ = measured(pages, staff_of_two_bodies, both_took_part, count=180)
    assert rate("'pracownicy A oraz B' -> A, B took part", results) >= POSITIVE


HALLS = ("Sali Sesyjnej", "Sali Obrad", "Sali Białej", "Sali Konferencyjnej")


@dataclass(frozen=True)
class HallCase:
    city: Named
    text: str


def training_in_a_hall(rng: random.Random) -> HallCase | None:
    (city,) = draw(rng, cities())
    office = next((o for o in organisations() if o.iri == office_of(city)), None)
    if office is None:
        return None
    day = a_day(rng)
    text = rng.choice(
        (
            "Na pytania urzędników odpowiadały {D} trenerki podczas całodniowego szkolenia w "
            "{H} {O}.",
            "{D} w {H} {O} odbyły się warsztaty dla pracowników socjalnych.",
            "Seminarium zorganizowano {D} w {H} {O}.",
        )
    ).format(
        D=f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r.",
        H=rng.choice(HALLS),
        O=office.form("gen"),
    )
    return HallCase(city, text)


def in_the_halls_city(ctx: DocumentContext, case: HallCase) -> tuple[bool, str]:
    found = [e.city for e in ctx.events]
    return found == [case.city.iri], f"in {case.city.label} (found {found})"


def test_an_event_in_a_hall_of_a_city_office_is_in_that_city(pages: Pages) -> None:
    results, _ = measured(pages, training_in_a_hall, in_the_halls_city)
    assert rate("'w Sali Sesyjnej Urzędu Miasta X' -> in X", results) >= POSITIVE


@dataclass(frozen=True)
class VisitCase:
    town: str
    first: dt.date
    text: str


def visit_hosted_by_a_town(rng: random.Random) -> VisitCase:
    town, genitive, _ = rng.choice(declined_towns())
    first = dt.date(2023, rng.randrange(1, 13), rng.randrange(1, 25))
    verb = rng.choice(("mieliśmy okazję zobaczyć", "mogliśmy zobaczyć", "poznawaliśmy"))
    visit = rng.choice(("wizytę studyjną", "wyjazd studyjny"))
    text = (
        f"Od {first.day} do {first.day + 2} {MONTHS_GEN[first.month - 1]} {verb}, jak "
        f"pracują urzędnicy.\n\nNa {visit} zaprosiła nas Rada Europy. Gospodarzem był Urząd "
        f"Miasta {genitive}."
    )
    return VisitCase(town, first, text)


def dated_and_in_the_hosts_town(ctx: DocumentContext, case: VisitCase) -> tuple[bool, str]:
    found = [(e.first, ctx.label_pl(e.city) if e.city else None) for e in ctx.events]
    return found == [(case.first, case.town)], f"{case.first} in {case.town} (found {found})"


def test_a_visit_takes_the_days_said_before_and_its_hosts_town(pages: Pages) -> None:
    results, _ = measured(
        pages, visit_hosted_by_a_town, dated_and_in_the_hosts_town, published="2023-12-31"
    )
    assert (
        rate("'Od 2 do 4 X …' + 'Na wizytę … Gospodarzem był Urząd Miasta Y'", results) >= POSITIVE
    )


@dataclass(frozen=True)
class UnitHeadCase:
    person: Person
    unit: str
    text: str


UNIT_HEAD_SENTENCES = (
    "Pracami zespołu kieruje {role} wydziału {P}.",
    "Jak mówi {role} wydziału {P}, program to dopiero początek.",
    "Wnioski przyjmuje {role} wydziału {P}.",
)


def head_of_the_unit_named_before(rng: random.Random) -> UnitHeadCase:
    unit, _ = rng.choice([u for u in UNITS if u[0].startswith("Wydział")])
    (city,) = draw(rng, cities())
    office = next((o for o in organisations() if o.iri == office_of(city)), None)
    person = rng.choice(people())
    role = "dyrektorka" if person.gender == "f" else "dyrektor"
    text = f"Program koordynuje {unit} {office.form('gen') if office else ''}. " + rng.choice(
        UNIT_HEAD_SENTENCES
    ).format(role=role, P=person.form("nom"))
    return UnitHeadCase(person, unit, text)


def heads_it(ctx: DocumentContext, case: UnitHeadCase) -> tuple[bool, str]:
    units = labelled(ctx, case.unit)
    who = person_iri(ctx, case.person)
    ok = bool(units) and who is not None and holds_post_in(ctx, who, units[0], "dyrektor-wydzialu")
    return ok, f"{case.person.nominative} directs {case.unit}"


def test_the_director_of_the_department_named_before(pages: Pages) -> None:
    results, _ = measured(pages, head_of_the_unit_named_before, heads_it)
    assert rate("'Wydział X … dyrektor wydziału Y' -> Y directs X", results) >= POSITIVE
