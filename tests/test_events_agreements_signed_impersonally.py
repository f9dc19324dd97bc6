"""An agreement signed on a day is an event of that day also where the text does not say who
signed it: impersonal ("zawarto umowę partnerską", "Porozumienie podpisano w Warszawie w środę
20 grudnia") or passive ("umowa została podpisana …"). Session 35, from misses of opened ing
and stan ("W Śląskim Urzędzie Wojewódzkim w Katowicach 26 września 2018 roku zawarto umowę
partnerską …" and the sentence above had made no event); events.SIGNING.

Cases: the agreements of test_events_agreements_signed_on_a_day (umowa, porozumienie,
memorandum, list intencyjny) in the accusative after the impersonal verb or in the nominative
before it, or with the passive in the agreement's gender; the reference cities declined by
morfeusz2; days drawn at random (seeded), with their year.
Negative: the same sentences on no day -> no event.
Control: the signers named ("A i B podpisali porozumienie", the older test's cases) -> the
event, as before.
Measured before the rule (src of 0f384cf; no rule since touches events): 0.0 % -> 100 %; the
negative and the control 100 % before and after."""

from __future__ import annotations

import random

from tests.relations_pages import Pages, measured
from tests.relations_templates import MONTHS_GEN, NEGATIVE, POSITIVE, capitalise, people, rate
from tests.test_events_agreements_signed_on_a_day import (
    SigningCase,
    a_signing_with_its_signers,
    day_and_city,
    no_event,
    signed_on_a_day,
)
from ump_kg.extract.context import DocumentContext
from ump_kg.language.prepositions import locative_phrase

# (accusative, nominative, the passive's "zostać" and participle in its gender)
AGREEMENTS = (
    ("umowę partnerską", "umowa partnerska", "została", "podpisana"),
    ("porozumienie o współpracy", "porozumienie o współpracy", "zostało", "podpisane"),
    ("memorandum o współpracy", "memorandum o współpracy", "zostało", "podpisane"),
    ("list intencyjny w sprawie pomocy uchodźcom", "list intencyjny w sprawie pomocy uchodźcom",
     "został", "podpisany"),
)  # fmt: skip
VERBS = ("podpisano", "zawarto")


def told(rng: random.Random, dated: bool) -> SigningCase:
    city, day = day_and_city(rng)
    where = locative_phrase(city.form("loc"))
    when = f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r." if dated else ""
    accusative, nominative, become, signed = rng.choice(AGREEMENTS)
    shape = rng.randrange(3)
    if shape == 0:
        text = f"{when} {where} {rng.choice(VERBS)} {accusative}."
    elif shape == 1:
        text = f"{nominative} {rng.choice(VERBS)} {where} {when}."
    else:
        text = f"{nominative} {become} {signed} {where} {when}."
    text = capitalise(" ".join(text.split()).replace(" .", "."))
    one, two = rng.sample(people(), 2)  # (no one is named: the case's signers stay unread)
    return SigningCase(city, day if dated else None, (one, two), text)


def an_event_there(ctx: DocumentContext, case: SigningCase) -> tuple[bool, str]:
    events = [e for e in ctx.events if e.first == case.day]
    ok = len(events) == 1 and events[0].city == case.city.iri
    return ok, f"one event in {case.city.slug} on {case.day}, not {[e.iri for e in ctx.events]}"


def test_an_agreement_signed_impersonally_on_a_day_is_an_event(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: told(rng, True), an_event_there)
    assert rate("'zawarto umowę …', 'Porozumienie podpisano …' -> event", results) >= POSITIVE


def test_negative_signed_impersonally_on_no_day(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: told(rng, False), no_event)
    assert rate("negative: on no day -> no event", results) >= NEGATIVE


def test_control_the_signers_named(pages: Pages) -> None:
    results, _ = measured(pages, signed_on_a_day, a_signing_with_its_signers)
    assert rate("control: 'A i B podpisali porozumienie' -> event", results) >= POSITIVE
