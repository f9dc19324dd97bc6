"""Publications as lists and citations write them (session 23, from the opened set tet: a research
observatory's list of reports and a university's report entry):

1. A label with a colon names who wrote, edited or published the document named before it:
   "raport „T”. Autorzy: A, B i C", "Autorki i autorzy: …", "Redakcja: …", "Wydawcy: X, Y",
   "Authors: …" (relations.AUTHORS_LABEL in authors_after_the_word). Before, only "Autorami
   raportu są …" did.
2. A quoted title opening a list item with its year in brackets is a publication ("- „T”
   (2024). Autorzy: …"), and so is the title of a citation after its editors and year ("A, B
   (red.), 2023: „T. Podtytuł”"), whose editors are its authors (names.cited_titles,
   relations.editors_of_a_citation). The whole quote is the title, its inner sentences too.
Cases: titles made of SGJP nouns (relations_templates.title_of), people of SGJP's given names
and surnames, the reference's organisations; labels, markers, years drawn.
Control: a label that is not about the text ("Autor zdjęć: A") makes no author.
Measured on 1cf926f: 0 %, 0 %; control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, labelled, objects, outcome, person_iri
from tests.relations_templates import cases, organisations, people, rate, title_of
from ump_kg.extract.context import DocumentContext

COUNT = 120
INTRODUCTIONS = (
    "Fundacja opublikowała raport „{title}”.",
    "Ukazał się nowy raport „{title}”.",
    "W maju ukazała się publikacja „{title}”.",
)
LABELS = (
    "Autorzy",
    "Autorki",
    "Autorzy i autorki",
    "Autorki i autorzy",
    "Redakcja",
    "Współautorzy",
)
MARKERS = ("- ", "* ", "1. ")


def joined(names: list[str]) -> str:
    return ", ".join(names[:-1]) + f" i {names[-1]}" if len(names) > 1 else names[0]


def label_case(rng: random.Random) -> tuple[str, str, list[str], bool]:
    title = title_of(rng)
    if rng.random() < 0.25:
        bodies = rng.sample(list(organisations()), 2)
        text = rng.choice(INTRODUCTIONS).format(title=title) + (
            f" Wydawcy: {bodies[0].label}, {bodies[1].label}."
        )
        return text, title, [b.iri for b in bodies], False
    chosen = rng.sample(list(people()), rng.randint(1, 3))
    label = rng.choice(LABELS)
    text = rng.choice(INTRODUCTIONS).format(title=title) + (
        f" {label}: {joined([p.nominative for p in chosen])}."
    )
    return text, title, [p.nominative for p in chosen], True


def listed_case(rng: random.Random) -> tuple[str, str, list[str], bool]:
    title, year = title_of(rng), rng.randint(2005, 2024)
    chosen = rng.sample(list(people()), rng.randint(1, 3))
    other = title_of(rng)
    text = (
        "## Publikacje\n\n"
        f"{rng.choice(MARKERS)}„{title}” ({year}). {rng.choice(LABELS)}: "
        f"{', '.join(p.nominative for p in chosen)}. Raport opisuje zmiany w mieście.\n"
        f"{rng.choice(MARKERS)}„{other}” ({year - 1}). Raport o sytuacji w mieście."
    )
    return text, title, [p.nominative for p in chosen], True


def cited_case(rng: random.Random) -> tuple[str, str, list[str], bool]:
    title, year = title_of(rng), rng.randint(2005, 2024)
    chosen = rng.sample(list(people()), rng.randint(1, 3))
    edited = rng.choice(("(red.)", "(oprac.)"))
    text = (
        f"{', '.join(p.nominative for p in chosen)} {edited}, {year}: „{title}”. "
        "Publikacja jest dostępna bezpłatnie."
    )
    return text, title, [p.nominative for p in chosen], True


def photographed(rng: random.Random) -> tuple[str, str, list[str], bool]:
    title = title_of(rng)
    chosen = rng.sample(list(people()), 1)
    text = rng.choice(INTRODUCTIONS).format(title=title) + f" Autor zdjęć: {chosen[0].nominative}."
    return text, title, [chosen[0].nominative], True


def authors_of(ctx: DocumentContext, title: str) -> set[str]:
    return {str(o) for d in labelled(ctx, title) for o in objects(ctx, d, "author")}


def check(
    pages: Pages, made: tuple[str, str, list[str], bool], control: bool = False
) -> tuple[bool, str]:
    text, title, who, are_people = made
    ctx = pages.extract(text, "2024-05-20")
    found = authors_of(ctx, title)
    if are_people:
        by_name = {p.nominative: p for p in people()}
        wanted = {person_iri(ctx, by_name[name]) for name in who}
    else:
        wanted = set(who)
    ok = not (wanted & found) if control else None not in wanted and wanted <= found
    return outcome(ctx, ok, text, f"authors of «{title}»: {who}; found {sorted(found)}")


def test_a_label_names_the_authors(pages: Pages) -> None:
    value = rate(
        "'raport „T”. Autorzy: A, B i C' -> A, B, C wrote T",
        [check(pages, m) for m in cases(label_case, COUNT)],
    )
    assert value >= 0.95


def test_listed_and_cited_titles_are_publications_with_their_authors(pages: Pages) -> None:
    made = cases(listed_case, COUNT // 2) + cases(cited_case, COUNT // 2)
    value = rate(
        "'- „T” (2024). Autorzy: A', 'A, B (red.), 2023: „T”' -> a publication T by A (and B)",
        [check(pages, m) for m in made],
    )
    assert value >= 0.95


def test_the_photographer_is_no_author(pages: Pages) -> None:
    value = rate(
        "control: 'raport „T”. Autor zdjęć: A' -> A is no author",
        [check(pages, m, control=True) for m in cases(photographed, COUNT)],
    )
    assert value >= 0.95
