"""An agreement signed on a day is an event of that day, and its signers take part in it: "20
czerwca 2022 r. w Lublinie Krzysztof Żuk i Rashed Mustafa Sarwar podpisali porozumienie o
współpracy" (an agreement: umowa, porozumienie, memorandum, list intencyjny). Controls: an
agreement signed on no day said makes no event; a declaration signed on a named day makes its
signer no participant of the day ("w Światowym Dniu Uchodźcy … podpisała „Deklarację …”").
People are SGJP's (declined by the templates), cities the reference's, days drawn at random."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects, person_iri
from tests.relations_templates import (
    MONTHS_GEN,
    NEGATIVE,
    POSITIVE,
    Named,
    Person,
    capitalise,
    cities,
    draw,
    people,
    rate,
)
from ump_kg.extract.context import DocumentContext
from ump_kg.language.prepositions import locative_phrase

AGREEMENTS = (
    "porozumienie o współpracy",
    "umowę o współpracy",
    "memorandum o współpracy",
    "list intencyjny w sprawie pomocy uchodźcom",
    "porozumienie w sprawie wsparcia dzieci z Ukrainy",
)
VERBS = {"podpisali", "zawarli"}


@dataclass(frozen=True)
class SigningCase:
    city: Named
    day: dt.date | None
    signers: tuple[Person, Person]
    text: str


def day_and_city(rng: random.Random) -> tuple[Named, dt.date]:
    (city,) = draw(rng, cities())
    return city, dt.date(rng.randrange(2016, 2025), rng.randrange(1, 13), rng.randrange(1, 28))


def signed_on_a_day(rng: random.Random) -> SigningCase:
    city, day = day_and_city(rng)
    one, two = rng.sample(people(), 2)
    when = f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r."
    verb = rng.choice(sorted(VERBS))
    agreement = rng.choice(AGREEMENTS)
    if rng.random() < 0.5:
        text = f"{when} {locative_phrase(city.form('loc'))} {one.nominative} i {two.nominative} {verb} {agreement}."
    else:
        text = (
            f"{capitalise(locative_phrase(city.form('loc')))} {one.nominative} oraz {two.nominative} {verb} {when} "
            f"{agreement}. Dokument obowiązuje od razu."
        )
    return SigningCase(city, day, (one, two), text)


def signed_on_no_day(rng: random.Random) -> SigningCase:
    city, _ = day_and_city(rng)
    one, two = rng.sample(people(), 2)
    text = (
        f"{one.nominative} i {two.nominative} {rng.choice(sorted(VERBS))} "
        f"{rng.choice(AGREEMENTS)}. Miasto {city.form('nom')} otrzyma wsparcie."
    )
    return SigningCase(city, None, (one, two), text)


def declaration_on_a_named_day(rng: random.Random) -> SigningCase:
    city, day = day_and_city(rng)
    one, two = rng.sample(people(), 2)
    verb = "podpisała" if one.gender == "f" else "podpisał"
    text = (
        f"W Światowym Dniu Uchodźcy, 20 czerwca {day.year} r., {locative_phrase(city.form('loc'))} "
        f"{one.nominative} {verb} „Deklarację solidarności z uchodźcami”."
    )
    return SigningCase(city, None, (one, two), text)


def a_signing_with_its_signers(ctx: DocumentContext, case: SigningCase) -> tuple[bool, str]:
    events = [e for e in ctx.events if e.first == case.day]
    if len(events) != 1:
        return False, f"one event on {case.day}, not {len(events)}"
    took_part = objects(ctx, events[0].iri, "participant")
    signers = [person_iri(ctx, p) for p in case.signers]
    ok = events[0].city == case.city.iri and all(s in took_part for s in signers)
    return ok, f"a signing in {case.city.slug} on {case.day} with both signers"


def no_event(ctx: DocumentContext, case: SigningCase) -> tuple[bool, str]:
    return not ctx.events, f"no event, not {[e.iri for e in ctx.events]}"


def signer_takes_part_in_nothing(ctx: DocumentContext, case: SigningCase) -> tuple[bool, str]:
    signer = person_iri(ctx, case.signers[0])
    took_part = {o for e in ctx.events for o in objects(ctx, e.iri, "participant")}
    return signer not in took_part, "the signer of a declaration takes part in no event"


def test_an_agreement_signed_on_a_day_is_an_event_of_its_signers(pages: Pages) -> None:
    results, _ = measured(pages, signed_on_a_day, a_signing_with_its_signers)
    assert rate("'20 czerwca … A i B podpisali porozumienie' -> event", results) >= POSITIVE


def test_an_agreement_signed_on_no_day_is_no_event(pages: Pages) -> None:
    results, _ = measured(pages, signed_on_no_day, no_event)
    assert rate("control: 'A i B podpisali porozumienie' (no day) -> no event", results) >= (
        NEGATIVE
    )


def test_a_declaration_signed_on_a_named_day_makes_no_participant(pages: Pages) -> None:
    results, _ = measured(pages, declaration_on_a_named_day, signer_takes_part_in_nothing)
    assert rate("control: a declaration signed on a named day -> no participant", results) >= (
        NEGATIVE
    )
