"""Posts a news item states of a new holder, and a council's sitting, on forms they were not
written from.

1. "<Body> ma nowego dyrektora: <Person in the accusative>, dotychczas koordynatora <Body 2>":
   the person holds the new post in the first body and the earlier one in the second. Role
   nouns are put into the accusative (and, for the earlier post, the accusative, instrumental
   or nominative) by morfeusz2, agreeing with the person's gender; people are SGJP's; bodies
   made up from real heads and genitive complements. Negative control: "<Body> ma nowego
   partnera: <Body 3>" and "<Body> ma nową siedzibę" give no person a post.
2. "Rada Miasta <City in the genitive> na sesji <date> przyjęła …": a sitting of the council in
   its city on that date, held by the council. Negative control: "na sesji zdjęciowej".
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.pages_templates import POSTS, organisation_iri, organisation_of, person_of
from tests.relations_pages import Pages, holds, holds_post_in, measured, objects
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    Named,
    Person,
    cities,
    date_of,
    draw,
    form,
    people,
    rate,
)
from ump_kg.extract.context import DocumentContext


def role_form(lemma: str, person: Person, case: str) -> str:
    """'dyrektora' / 'dyrektorkę', 'koordynatorem' / 'koordynatorką' as morfeusz2 makes them."""
    word = dict(POSTS)[lemma] if person.gender == "f" else lemma
    made = form(word, "subst", "sg", case, person.gender)
    assert made, (word, case)
    return made


@dataclass(frozen=True)
class NewHolderCase:
    person: Person
    new_body: str
    old_body: str
    text: str


def new_holder_case(rng: random.Random) -> NewHolderCase:
    (person,) = (person_of(rng, set()),)
    new, old = organisation_of(rng), organisation_of(rng)
    role, earlier = rng.choice([lemma for lemma, _ in POSTS]), rng.choice([m for m, _ in POSTS])
    adjective = "nową" if person.gender == "f" else "nowego"
    since = rng.choice(("Od 1 maja 2019 r. ", "Od poniedziałku ", ""))
    opener = rng.choice((":", ",", " –"))
    text = (
        f"{since}{new.form('nom')} ma {adjective} {role_form(role, person, 'acc')}{opener} "
        f"{person.form('acc')}, {rng.choice(('dotychczas', 'wcześniej', 'poprzednio'))} "
        f"{role_form(earlier, person, rng.choice(('acc', 'inst', 'nom')))} {old.form('gen')}."
    )
    return NewHolderCase(person, organisation_iri(new.label), organisation_iri(old.label), text)


def holder(ctx: DocumentContext, case: NewHolderCase) -> str | None:
    """The person the page made of the accusative as written: the relation is measured here,
    not the nominative of an ambiguous oblique form ('Jóźka': Jóźko or Józiek; the names'
    own tests measure that)."""
    written = case.person.form("acc")
    return next((m.iri for m in ctx.mentions if m.kind == "person" and m.text == written), None)


def holds_the_new_post(ctx: DocumentContext, case: NewHolderCase) -> tuple[bool, str]:
    who = holder(ctx, case)
    ok = who is not None and holds_post_in(ctx, who, case.new_body)
    return ok, f"{case.person.nominative}: the new post"


def holds_the_earlier_post(ctx: DocumentContext, case: NewHolderCase) -> tuple[bool, str]:
    who = holder(ctx, case)
    ok = who is not None and holds_post_in(ctx, who, case.old_body)
    return ok, f"{case.person.nominative}: the earlier post"


def test_a_body_has_a_new_holder(pages: Pages) -> None:
    results, _ = measured(pages, new_holder_case, holds_the_new_post)
    assert rate("'Fundacja X ma nowego dyrektora: Jana Nowaka'", results) >= POSITIVE


def test_the_new_holders_earlier_post(pages: Pages) -> None:
    results, _ = measured(pages, new_holder_case, holds_the_earlier_post)
    assert rate("'…, dotychczas koordynatora Towarzystwa Y'", results) >= POSITIVE


def new_partner_case(rng: random.Random) -> NewHolderCase:
    person = rng.choice(people())
    new, old = organisation_of(rng), organisation_of(rng)
    text = rng.choice(
        (
            f"{new.form('nom')} ma nowego partnera: {old.form('acc')}. "
            f"Umowę podpisał{person.a} {person.nominative}.",
            f"{new.form('nom')} ma nową siedzibę. {person.nominative} zaprasza do "
            f"{old.form('gen')}.",
        )
    )
    return NewHolderCase(person, organisation_iri(new.label), organisation_iri(old.label), text)


def no_post_at_all(ctx: DocumentContext, case: NewHolderCase) -> tuple[bool, str]:
    ok = not holds(ctx, case.person, case.new_body) and not holds(ctx, case.person, case.old_body)
    return ok, "no post"


def test_a_new_partner_or_seat_is_no_post(pages: Pages) -> None:
    results, _ = measured(pages, new_partner_case, no_post_at_all)
    assert rate("'Fundacja X ma nowego partnera: Y'", results) >= NEGATIVE


# --- 2. a council at its sitting ------------------------------------------------------------------


@dataclass(frozen=True)
class SittingCase:
    city: Named
    first: str
    text: str


def sitting_case(rng: random.Random, photo: bool = False) -> SittingCase:
    (city,) = draw(rng, cities())
    date = date_of(rng)
    where = rng.choice(("na sesji", "na swojej sesji", "na ostatniej sesji", "na kolejnej sesji"))
    session = f"{where} zdjęciowej" if photo else where
    verb = rng.choice(("przyjęła program integracji cudzoziemców", "uchwaliła budżet miasta"))
    text = f"Rada Miasta {city.form('gen')} {session} {date.text} {verb}."
    return SittingCase(city, date.first.isoformat(), text)


def the_councils_sitting(ctx: DocumentContext, case: SittingCase) -> tuple[bool, str]:
    events = [e for e in ctx.events if e.city == case.city.iri and str(e.first) == case.first]
    ok = any(any("rada-miasta" in str(o) for o in objects(ctx, e.iri, "organiser")) for e in events)
    return ok, f"a sitting in {case.city.slug} on {case.first}, held by the council"


def test_a_council_at_its_sitting(pages: Pages) -> None:
    results, _ = measured(pages, sitting_case, the_councils_sitting)
    assert rate("'Rada Miasta X na sesji 5 kwietnia przyjęła …'", results) >= POSITIVE


def no_sitting(ctx: DocumentContext, case: SittingCase) -> tuple[bool, str]:
    return not ctx.events, "no event"


def test_a_photo_session_is_no_sitting(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: sitting_case(rng, photo=True), no_sitting)
    assert rate("'na sesji zdjęciowej'", results) >= NEGATIVE
