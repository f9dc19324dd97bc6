"""An official page signs with the name on its own line and the post on the next: "z up.
PREZYDENTA MIASTA ŁODZI" / "Agnieszka Wrońska" / "Wiceprezydent Miasta Łodzi" — the signatory
holds that post. The page's own record ("Metryczka": "Wytworzył: …", "Opublikował: …") names
nobody of the graph. People are SGJP's, cities the reference's (genitive by morfeusz2)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, holds, measured, people_found
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    Named,
    Person,
    cities,
    draw,
    office_of,
    people,
    rate,
)
from ump_kg.extract.context import DocumentContext

POSTS = (
    ("Prezydent Miasta {g}", "prezydent-miasta"),
    ("Wiceprezydent Miasta {g}", "zastepca-prezydenta-miasta"),
    ("Zastępca Prezydenta Miasta {g}", "zastepca-prezydenta-miasta"),
)


@dataclass(frozen=True)
class SignatureCase:
    city: Named
    signatory: Person
    role: str
    clerks: tuple[Person, Person]
    text: str


def signature_case(rng: random.Random) -> SignatureCase:
    (city,) = draw(rng, cities())
    signatory, one, two = rng.sample(people(), 3)
    post, role = rng.choice(POSTS)
    on_behalf = rng.choice(("z up. PREZYDENTA MIASTA", "Z upoważnienia Prezydenta Miasta"))
    day = rng.randrange(1, 28)
    text = "\n".join(
        [
            "Oferty należy składać do 14 lutego 2025 r. w Punkcie Obsługi Mieszkańców.",
            "",
            f"{on_behalf} {city.form('gen').upper() if on_behalf.isupper() else city.form('gen')}",
            signatory.nominative,
            post.format(g=city.form("gen")),
            "",
            "Metryczka",
            f"Wytworzył{one.a}: {one.nominative}, {day:02d}.01.2025",
            f"Opublikował{two.a}: {two.nominative}, {day + 1:02d}.01.2025 10:14",
            "Liczba wyświetleń: 412",
        ]
    )
    return SignatureCase(city, signatory, role, (one, two), text)


def signed_with_the_post(ctx: DocumentContext, case: SignatureCase) -> tuple[bool, str]:
    ok = holds(ctx, case.signatory, office_of(case.city), case.role)
    return ok, f"{case.signatory.nominative} holds {case.role} in {case.city.slug}"


def record_names_nobody(ctx: DocumentContext, case: SignatureCase) -> tuple[bool, str]:
    found = set(people_found(ctx))
    clerks = {p.nominative for p in case.clerks}
    return not (found & clerks), f"no person of {sorted(clerks)} (found {sorted(found)})"


def test_a_signatory_holds_the_post_on_the_next_line(pages: Pages) -> None:
    results, _ = measured(pages, signature_case, signed_with_the_post)
    assert rate("name / post on the next line -> the post", results) >= POSITIVE


def test_a_bip_pages_record_names_nobody(pages: Pages) -> None:
    results, _ = measured(pages, signature_case, record_names_nobody)
    assert rate("negative: 'Wytworzył: X', 'Opublikował: Y' -> nobody", results) >= NEGATIVE
