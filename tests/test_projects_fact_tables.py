"""A project page whose facts stand in a table ("| Okres realizacji | 01.10.2018 – 30.09.2019 |",
"| Źródło finansowania | Fundacja X |"; "| Project period | … |", "| Source of financing | … |")
names its project by its heading, the financing row its funder, and the list under a heading
"## Partnerzy" / "## Partners" its partners (session 21, from the opened set gimel's English
project page; names.card_projects reads a table's rows as a card's labelled lines,
relations.FUNDED reads "label |" as "label:", relations.partners_heading). A section heading
("## Opis projektu", "## Project goals") names no project.
Titles are made of SGJP nouns; funders and partners are made-up bodies ("<head> <SGJP noun>")
in the nominative, as a table and a list write them; periods generated. Pages in Polish and in
English.
Control: a table of an office's address and hours ("| Adres | … |", "| Telefon | … |") over the
same list makes no project and no partners.
Measured on 16350dd: 0 %; control 100 %.
"""

from __future__ import annotations

import datetime as dt
import random

from tests.relations_pages import Pages, made_or_known, objects, outcome
from tests.relations_templates import UMP, Named, new_names, rate, title_of
from ump_kg.extract.context import DocumentContext

SEED = 20261208
CASES = 120
LABELS = {
    "pl": {
        "period": ("Okres realizacji", "Czas trwania"),
        "funder": ("Źródło finansowania", "Finansowanie"),
        "other": ("Budżet", "Obszar", "Grupa docelowa"),
        "partners": ("## Partnerzy", "## Partnerzy projektu"),
        "section": ("## Opis projektu", "## Cele projektu"),
    },
    "en": {
        "period": ("Project period", "Duration"),
        "funder": ("Source of financing", "Source of funding", "Funding"),
        "other": ("Total budget", "Focus area"),
        "partners": ("## Partners", "## Project partners"),
        "section": ("## Project description", "## Project goals"),
    },
}


def bodies() -> tuple[Named, ...]:
    return new_names(("Fundacja", "Stowarzyszenie", "Centrum", "Instytut"), 600, 760)


# An English page names its bodies in English
EN_MODIFIERS = ("Polish", "Baltic", "Open", "Civic", "Independent", "Humanitarian", "Nordic")
EN_SUBJECTS = ("Migration", "Human Rights", "Refugee", "Integration", "Legal Aid", "Diversity")
EN_HEADS = ("Foundation", "Association", "Institute", "Centre", "Network", "Society")


def english_bodies() -> tuple[Named, ...]:
    return tuple(
        Named(f"new:{m} {s} {h}", f"{m} {s} {h}", ())
        for m in EN_MODIFIERS
        for s in EN_SUBJECTS
        for h in EN_HEADS
    )


def period(rng: random.Random) -> str:
    start = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(2500))
    end = start + dt.timedelta(days=rng.randrange(180, 800))
    return f"{start:%d.%m.%Y} – {end:%d.%m.%Y}"


def page(rng: random.Random, language: str, table: bool) -> tuple[str, str, Named, list[Named]]:
    words = LABELS[language]
    title = title_of(rng)
    funder, *partners = rng.sample(
        bodies() if language == "pl" else english_bodies(), rng.randint(3, 5)
    )
    if table:
        rows = [
            (rng.choice(words["period"]), period(rng)),
            (rng.choice(words["funder"]), funder.label),
            (rng.choice(words["other"]), "150 000 zł" if language == "pl" else "150,000 USD"),
        ]
        rng.shuffle(rows)
    else:
        rows = [("Adres", "ul. Długa 5"), ("Telefon", "12 345 67 89"), ("Godziny", "9–17")]
    lines = ["| | |", "|---|---|", *(f"| {label} | {value} |" for label, value in rows)]
    described = (
        "Projekt wspiera cudzoziemców." if language == "pl" else "The project helps migrants."
    )
    body = "\n".join(
        [
            f"# {title}",
            "",
            *lines,
            "",
            rng.choice(words["section"]),
            "",
            described,
            "",
            rng.choice(words["partners"]),
            "",
            *(f"- {p.label}" for p in partners),
        ]
    )
    return title, body, funder, partners


def projects(ctx: DocumentContext) -> dict[str, str]:
    return {e.label_pl: iri for iri, e in ctx.entities.items() if e.cls == UMP + "Project"}


def case(pages: Pages, rng: random.Random, table: bool) -> tuple[bool, str]:
    language = rng.choice(("pl", "en"))
    title, body, funder, partners = page(rng, language, table)
    reader = pages if language == "pl" else pages.english
    ctx = reader.extract_titled(body, title)
    made = projects(ctx)
    if not table:
        partnered = any(objects(ctx, iri, "partner") for iri in made.values())
        return outcome(ctx, title not in made and not partnered, body, "no project, no partners")
    project = made.get(title)
    ok = (
        project is not None
        and not any(label[:1].islower() for label in made)
        and made_or_known(ctx, funder) in {str(o) for o in objects(ctx, project, "funder")}
        and all(
            made_or_known(ctx, p) in {str(o) for o in objects(ctx, project, "partner")}
            for p in partners
        )
    )
    return outcome(ctx, ok, body, f"project «{title}», funder and {len(partners)} partners")


def test_a_project_pages_fact_table(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'| Źródło finansowania | X |', '## Partnerzy' → the page's project, its funder, partners",
        [case(pages, rng, True) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_an_offices_table_makes_no_project(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "control: '| Adres | … |', '| Telefon | … |' over the same list",
        [case(pages, rng, False) for _ in range(CASES)],
    )
    assert value >= 0.98
