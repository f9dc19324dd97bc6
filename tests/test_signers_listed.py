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
from tests.relations_templates import NEGATIVE, POSITIVE, Person, cities, draw, people, rate
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
