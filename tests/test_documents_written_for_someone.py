"""Authors in the plural, after whom a document was written for (session 16, from the misses of
an opened real page: "Raport przygotowali dla Unii Metropolii Polskich Marcin Wojdat, dyrektor
Centrum Analiz UMP, i dr Paweł Cywiński").

1. "Raport „T” przygotowali / opracowali dla <body, gen.> A, <post> <body>, i dr B." — A and B
   wrote it: the plural past ("-ali", "-ały") is an author's verb (relations.py AUTHOR_VERB), the
   body after "dla" is whom it was written for (FOR_WHOM), and a post in apposition and a title
   may stand between the people (people_chain_after).
2. Negative control: the body after "dla" is no author.
People are drawn from SGJP (people()), bodies are the reference's (declined by phrase_forms).
120 cases each. Measured on 799ebd8: 1. 0 %, 2. 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome, person_iri, titled_objects
from tests.relations_templates import organisations, people, rate

SEED = 20261220
CASES = 120
TITLES = ("Miasta w ruchu", "Nowi sąsiedzi", "Otwarte drzwi", "Krok po kroku", "Dobry start")


def written_for(rng: random.Random) -> tuple[str, str, object, list[object]]:
    title = rng.choice(TITLES)
    body, other = rng.sample(organisations(), 2)
    pair = rng.sample(people(), 2)
    verb = rng.choice(("przygotowali", "opracowali"))
    text = (
        f"Raport „{title}” {verb} dla {body.form('gen')} {pair[0].nominative}, "
        f"dyrektor {other.form('gen')}, i dr {pair[1].nominative}."
    )
    return title, text, body, pair


def people_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    title, text, _, pair = written_for(rng)
    ctx = pages.extract(text)
    found = titled_objects(ctx, title, "author")
    ok = all((iri := person_iri(ctx, p)) is not None and iri in found for p in pair)  # type: ignore[arg-type]
    return outcome(ctx, ok, text, "both people wrote it")


def beneficiary_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    title, text, body, _ = written_for(rng)
    ctx = pages.extract(text)
    return outcome(
        ctx,
        body.iri not in titled_objects(ctx, title, "author"),
        text,
        "the body after 'dla' is no author",
    )  # type: ignore[attr-defined]


def test_people_who_wrote_it_for_a_body(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'Raport „T” przygotowali dla X A, dyrektor Y, i dr B'",
        [people_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_negative_whom_it_was_written_for(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "negative: the body after 'dla'", [beneficiary_case(pages, rng) for _ in range(CASES)]
    )
    assert value >= 0.98
