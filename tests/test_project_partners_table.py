"""A project's table of partners — "| Partner | Country | Role in the project |" over "| Lublin
City Office | Poland | Peer-learning lead |" — names the project's partners, one per row, on
Polish and English pages; a table of something else ("| Miasto | Liczba cudzoziemców |") names
none. The project is told in its English or Polish way ("X – Y is a 36-month project", "Projekt
„X” …"), titles from the generated project titles, bodies the reference's."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from tests.relations_pages import Pages, objects
from tests.relations_templates import NEGATIVE, POSITIVE, Named, draw, english_label, rate
from tests.test_events_projects_generated import others, project_title, project_titled
from ump_kg.extract.context import DocumentContext

SEED = 20261206
ROLES = ("Coordinator", "Training lead", "Partner", "Evaluation", "Peer-learning lead")
ROLES_PL = ("Koordynator", "Szkolenia", "Partner", "Ewaluacja", "Wymiana doświadczeń")
EN_SUBTITLES = ("Local Integration Services for Migrants", "Cities Welcoming Newcomers")


@dataclass(frozen=True)
class PartnersCase:
    title: str
    partners: tuple[Named, ...]
    listed: bool  # a column of partners (else a table of something else, the control)
    english: bool
    text: str


def partners_case(rng: random.Random, listed: bool) -> PartnersCase:
    english = rng.random() < 0.5
    chosen = tuple(draw(rng, others(), 3))
    if english:
        word = re.sub(r"\W", "", project_title(rng).split()[0])
        title = f"{word}Link – {rng.choice(EN_SUBTITLES)}"
        lead = f"{title} is a 24-month project co-funded by the European Union."
        header = "| Partner | Country | Role in the project |" if listed else "| Office | Staff |"
        rows = [
            f"| {english_label(o.iri)} | Poland | {rng.choice(ROLES)} |"
            if listed
            else f"| {english_label(o.iri)} | {rng.randrange(3, 40)} |"
            for o in chosen
        ]
        heading = "## Partners" if listed else "## Staff trained"
    else:
        title = project_title(rng)
        lead = f"Projekt „{title}” jest współfinansowany ze środków Unii Europejskiej."
        header = "| Partner | Rola w projekcie |" if listed else "| Instytucja | Liczba osób |"
        rows = [
            f"| {o.label} | {rng.choice(ROLES_PL)} |"
            if listed
            else f"| {o.label} | {rng.randrange(3, 40)} |"
            for o in chosen
        ]
        heading = "## Partnerzy" if listed else "## Przeszkoleni pracownicy"
    text = "\n".join([lead, "", heading, "", header, "|---|---|---|", *rows])
    return PartnersCase(title, chosen, listed, english, text)


def partners_as_listed(ctx: DocumentContext, case: PartnersCase) -> tuple[bool, str]:
    project = project_titled(ctx, case.title)
    found = {str(o) for o in objects(ctx, project, "partner")} if project else set()
    wanted = {o.iri for o in case.partners}
    if case.listed:
        return project is not None and wanted <= found, f"partners {sorted(wanted)} ({found})"
    return not (wanted & found), f"no partner from a table of staff ({found})"


def run(pages: Pages, listed: bool) -> list[tuple[bool, str]]:
    rng = random.Random(SEED + listed)
    results = []
    for _ in range(105):
        case = partners_case(rng, listed)
        ctx = (pages.english if case.english else pages).extract(case.text)
        ok, want = partners_as_listed(ctx, case)
        results.append((ok, f"{want}: {case.text!r}"))
    return results


def test_a_table_of_partners_names_the_projects_partners(pages: Pages) -> None:
    assert rate("'| Partner | … |' rows -> partners", run(pages, True)) >= POSITIVE


def test_another_table_names_no_partner(pages: Pages) -> None:
    assert rate("negative: '| Office | Staff |' -> no partner", run(pages, False)) >= NEGATIVE
