"""Deputy mayors whose portfolio is capitalised as a unit's name is (session 20;
relations.PORTFOLIO, names.MATTER_BEFORE).

"Zastępca Prezydenta Miasta Lublin ds. Oświaty i Wychowania Mariusz Banach": the portfolio
read only in lower case (session 18), so the capitalised one left him without a post, and
"ds. Polityki Społecznej" made a document "Polityka Społeczna". Now the person is the city's
deputy mayor whatever the portfolio's capitals, up to six words, and a document-headed phrase
right after "ds."/"do spraw" is the matter of the post, no document.
Portfolios: one to three domain nouns in the genitive (singular, from morfeusz2), joined by
commas and "i", capitalised; titles in the forms city pages write them; cities the
reference's (genitives from morfeusz2), people SGJP's. Control: "Pełnomocnik … ds. Programu
<X>" keeps the programme (a name of its own). Measured on the commit before: 0 % (deputies),
0 % (no document); control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, holds, outcome
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    capitalise,
    cities,
    form,
    people,
    rate,
    title_nouns,
)
from ump_kg.extract.context import DocumentContext

SEED = 20261210
CASES = 120
DOMAINS = (
    "oświata", "wychowanie", "kultura", "sport", "zdrowie", "edukacja", "gospodarka",
    "inwestycja", "promocja", "rozwój", "bezpieczeństwo", "mieszkalnictwo", "turystyka",
    "komunikacja", "infrastruktura", "ekologia", "innowacja", "senior", "rodzina",
)  # fmt: skip
DOCUMENT_HEADS = ("polityka", "strategia")
ADJECTIVES = ("społeczny", "senioralny", "miejski", "gospodarczy", "mieszkaniowy")


def genitive(lemma: str) -> str:
    return str(form(lemma, "subst", "sg", "gen"))


def portfolio(rng: random.Random) -> str:
    words = [capitalise(genitive(d)) for d in rng.sample(DOMAINS, rng.randrange(1, 4))]
    joined = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " i " + words[-1]
    return f"{rng.choice(('ds.', 'do spraw', 'ds.'))} {joined}"


def title(rng: random.Random, female: bool, city_genitive: str) -> str:
    noun = ("Zastępczyni" if female else "Zastępca") if rng.random() < 0.6 else None
    if noun is None:
        return f"{'Wiceprezydentka' if female else 'Wiceprezydent'} {city_genitive}"
    return f"{noun} Prezydenta {rng.choice(('Miasta ', ''))}{city_genitive}"


def deputy_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city, person = rng.choice(cities()), rng.choice(people())
    text = (
        f"{title(rng, person.gender == 'f', city.form('gen'))} {portfolio(rng)} "
        f"{person.nominative} przypomniał{person.a}, że miasto wspiera cudzoziemców."
    )
    ctx = pages.extract(text)
    office = f"https://w3id.org/ump-kg/id/organisation/urzad-miasta-{city.slug}"
    ok = holds(ctx, person, office, "zastepca-prezydenta-miasta")
    return outcome(ctx, ok, text, "a deputy mayor's post")


def documents(ctx: DocumentContext) -> list[str]:
    return [e.label_pl for e in ctx.entities.values() if e.cls.endswith("Document")]


def matter_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city, person = rng.choice(cities()), rng.choice(people())
    head = capitalise(genitive(rng.choice(DOCUMENT_HEADS)))
    adjective = form(rng.choice(ADJECTIVES), "adj", "sg", "gen", "f")
    text = (
        f"{title(rng, person.gender == 'f', city.form('gen'))} ds. {head} "
        f"{capitalise(str(adjective))} {person.nominative} otworzył{person.a} spotkanie."
    )
    ctx = pages.extract(text)
    return outcome(ctx, not documents(ctx), text, "no document")


def programme_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    city, person = rng.choice(cities()), rng.choice(people())
    name = rng.choice(title_nouns())
    text = (
        f"Głos zabrał{person.a} {person.nominative}, Pełnomocnik Prezydenta Miasta "
        f"{city.form('gen')} ds. Programu {name}."
    )
    ctx = pages.extract(text)
    kept = any(e.label_pl == f"Program {name}" for e in ctx.entities.values())
    return outcome(ctx, kept, text, f"Program {name}")


def test_deputies_with_capitalised_portfolios(pages: Pages) -> None:
    rng = random.Random(SEED)
    cases = [deputy_case(pages, rng) for _ in range(CASES)]
    assert rate("'Zastępca Prezydenta Miasta X ds. Oświaty i Wychowania Y'", cases) >= POSITIVE


def test_a_portfolio_is_no_document(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    cases = [matter_case(pages, rng) for _ in range(CASES)]
    assert rate("'ds. Polityki Społecznej' is no document", cases) >= NEGATIVE


def test_control_a_programme_after_ds(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    cases = [programme_case(pages, rng) for _ in range(CASES)]
    assert rate("control: 'ds. Programu X'", cases) >= POSITIVE
