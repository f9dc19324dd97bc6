"""Signers listed after a colon, their items parted by semicolons ("podpisy złożyli: A, prezydent
X; prezydent Y B, członek Zarządu ZMP; a także burmistrz Z C") all signed; whom the document is
addressed to ("apel skierowany do premiera D") did not. A mayor named again by surname alone
("podkreślał burmistrz C") keeps the post the page gave them, not one in another city the page
speaks of. People are SGJP's (tests/relations_templates.people) in the cases each slot needs;
cities the reference's and GeoNames towns declined by morfeusz2."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects, person_iri
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    Named,
    Person,
    cities,
    draw,
    listed,
    people,
    rate,
)
from tests.test_declarations_joined import OPENING as DECLARATION_OPENING
from tests.test_relations_properties import DECLARATION
from tests.test_town_offices import declined_towns
from ump_kg.extract.context import DocumentContext

APPEAL = "https://w3id.org/ump-kg/id/document/apel-samorzadowcow-w-sprawie-uchodzcow"
OPENING = (
    "29 października przedstawiciele miast złożyli podpisy pod „Apelem samorządowców w sprawie "
    "uchodźców”, skierowanym do premiera {addressee}."
)


@dataclass(frozen=True)
class SignersCase:
    signers: tuple[Person, ...]
    addressee: Person
    text: str


def listed_signers(rng: random.Random) -> SignersCase | None:
    chosen = rng.sample(people(), 4)
    signers, addressee = tuple(chosen[:3]), chosen[3]
    (city,) = draw(rng, cities())
    _, town_genitive, _ = rng.choice(declined_towns())
    first, second, third = signers
    items = (
        f"{first.form('nom')}, prezydent{'ka' if first.gender == 'f' else ''} {city.form('gen')}",
        f"burmistrz {town_genitive} {second.form('nom')}, członek Zarządu ZMP",
        f"a także {third.form('nom')}, radn{'a' if third.gender == 'f' else 'y'} miasta",
    )
    text = (
        OPENING.format(addressee=addressee.form("gen"))
        + " Podpisy złożyli: "
        + "; ".join(items)
        + "."
    )
    return SignersCase(signers, addressee, text)


def all_signed(ctx: DocumentContext, case: SignersCase) -> tuple[bool, str]:
    signed = objects(ctx, APPEAL, "signatory")
    who = [person_iri(ctx, p) for p in case.signers]
    return all(w in signed for w in who), "all three listed signed"


def addressee_did_not_sign(ctx: DocumentContext, case: SignersCase) -> tuple[bool, str]:
    signed = objects(ctx, APPEAL, "signatory")
    who = person_iri(ctx, case.addressee)
    return who is None or who not in signed, f"{case.addressee.nominative} did not sign"


@dataclass(frozen=True)
class MayorAgainCase:
    mayor: Person
    text: str


def mayor_named_again(rng: random.Random) -> MayorAgainCase:
    mayor, other = rng.sample(people(), 2)
    _, town_genitive, _ = rng.choice(declined_towns())
    (city,) = draw(rng, cities())
    surname = mayor.nominative.split(" ", 1)[1]
    said = "podkreślała" if mayor.gender == "f" else "podkreślał"
    text = (
        f"Gospodarzem był burmistrz {town_genitive} {mayor.form('nom')}. "
        f"W 2017 r. zabrakło podpisu prezydenta {city.form('gen')} {other.form('gen')}. "
        f"– Robimy, co możemy – {said} burmistrz {surname}."
    )
    return MayorAgainCase(mayor, text)


def one_post(ctx: DocumentContext, case: MayorAgainCase) -> tuple[bool, str]:
    who = person_iri(ctx, case.mayor)
    posts = objects(ctx, who, "holds") if who else set()
    return len(posts) == 1, f"{case.mayor.nominative} holds one post"


def test_signers_listed_after_a_colon_all_signed(pages: Pages) -> None:
    results, _ = measured(pages, listed_signers, all_signed)
    assert rate("'podpisy złożyli: A, …; B, …; a także C'", results) >= POSITIVE


def test_whom_a_document_is_addressed_to_did_not_sign(pages: Pages) -> None:
    results, _ = measured(pages, listed_signers, addressee_did_not_sign)
    assert rate("negative: 'skierowany do premiera D'", results) >= NEGATIVE


def test_a_mayor_named_again_keeps_one_post(pages: Pages) -> None:
    results, _ = measured(pages, mayor_named_again, one_post)
    assert rate("'podkreślał burmistrz C' -> the post given before", results) >= POSITIVE


@dataclass(frozen=True)
class EndorsedCase:
    cities: tuple[Named, ...]
    person: Person
    text: str


def endorsed(rng: random.Random, template: str) -> EndorsedCase:
    chosen = tuple(draw(rng, cities(), 3))
    person = rng.choice(people())
    text = template.format(
        nom=listed([c.form("nom") for c in chosen]),
        C=chosen[0].form("gen"),
        P=person.form("gen"),
        N=person.nominative,
        a=person.a,
        title="prezydent" if person.gender == "f" else "prezydenta",
    )
    return EndorsedCase(chosen, person, f"{DECLARATION_OPENING} {text}")


def cities_endorsed(ctx: DocumentContext, case: EndorsedCase) -> tuple[bool, str]:
    signed = objects(ctx, DECLARATION, "signatoryCity")
    return {c.iri for c in case.cities} <= signed, "signatoryCity"


def names_under_the_text(ctx: DocumentContext, case: EndorsedCase) -> tuple[bool, str]:
    """The one person the sentence names signed (the relation is measured here; the name's
    nominative, where a genitive is ambiguous — "Jóźka": Jóźko or Józiek — by the name tests)."""
    people_on_page = [i for i, e in ctx.entities.items() if e.cls.endswith("/Person")]
    signed = objects(ctx, DECLARATION, "signatory")
    ok = len(people_on_page) == 1 and people_on_page[0] in signed
    return ok, f"{case.person.nominative} signed"


def not_the_signer(ctx: DocumentContext, case: EndorsedCase) -> tuple[bool, str]:
    who = person_iri(ctx, case.person)
    signed = objects(ctx, DECLARATION, "signatory")
    return who is None or who not in signed, f"{case.person.nominative} did not sign"


def test_cities_that_endorsed_it_signed(pages: Pages) -> None:
    results, _ = measured(
        pages, lambda rng: endorsed(rng, "Deklarację poparły także {nom}."), cities_endorsed
    )
    assert rate("'Deklarację poparły także A, B i C'", results) >= POSITIVE


def test_names_under_the_text_signed(pages: Pages) -> None:
    template = "Pod tekstem widnieją też nazwiska {title} {C} {P} i innych."
    results, _ = measured(pages, lambda rng: endorsed(rng, template), names_under_the_text)
    assert rate("'Pod tekstem widnieją nazwiska prezydenta X'", results) >= POSITIVE


def test_signing_told_in_a_relative_clause_of_others(pages: Pages) -> None:
    template = "{N} zapowiedział{a} pikiety w miastach, których prezydenci go podpisali."
    results, _ = measured(pages, lambda rng: endorsed(rng, template), not_the_signer)
    assert rate("negative: 'X zapowiedział pikiety w miastach, których prezydenci…'", results) >= (
        NEGATIVE
    )
