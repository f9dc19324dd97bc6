"""A project named first by its full title and then by the part before its subtitle —
„Bydgoszcz Razem – kompleksowe wsparcie integracji obywateli państw trzecich” … „Bydgoszcz
Razem” — is one project, under the full title, and what the page says of the short name is
said of it. Titles are the generated project titles (SGJP words), subtitles drawn here; partners
are the reference's organisations (morfeusz2 forms)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects
from tests.relations_templates import NEGATIVE, POSITIVE, Named, draw, rate
from tests.test_events_projects_generated import others, project_title, project_titled
from ump_kg.extract.context import DocumentContext

SUBTITLES = (
    "kompleksowe wsparcie integracji obywateli państw trzecich",
    "lokalny system wsparcia cudzoziemców",
    "program integracji dla mieszkańców z zagranicy",
)
SEPARATORS = (" – ", " - ", ": ")


@dataclass(frozen=True)
class ShortCase:
    full: str
    short: str
    other: str | None  # a second project, whose title is not the first's head (the control)
    partner: Named
    text: str


def short_case(rng: random.Random, control: bool) -> ShortCase:
    head = project_title(rng)
    full = f"{head}{rng.choice(SEPARATORS)}{rng.choice(SUBTITLES)}"
    (partner,) = draw(rng, others())
    other = f"{project_title(rng)} Plus" if control else None
    later = other if other else head
    text = (
        f"Projekt „{full}” jest współfinansowany ze środków Funduszu Azylu, Migracji i "
        "Integracji.\n\n"
        f"Projekt „{later}” realizujemy w partnerstwie z {partner.form('inst')}."
    )
    return ShortCase(full, head, other, partner, text)


def one_project(ctx: DocumentContext, case: ShortCase) -> tuple[bool, str]:
    full = project_titled(ctx, case.full)
    short = project_titled(ctx, case.short)
    partners = {str(o) for o in objects(ctx, full, "partner")} if full else set()
    return (
        full is not None and short is None and case.partner.iri in partners,
        f"one project „{case.full}” with partner {case.partner.slug}",
    )


def two_projects(ctx: DocumentContext, case: ShortCase) -> tuple[bool, str]:
    full = project_titled(ctx, case.full)
    other = project_titled(ctx, case.other or "")
    return full is not None and other is not None, f"two projects „{case.full}”, „{case.other}”"


def test_a_project_named_short_is_the_one_named_in_full(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: short_case(rng, False), one_project)
    assert rate("„X – subtitle” … „X” -> one project", results) >= POSITIVE


def test_another_project_stays_another(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: short_case(rng, True), two_projects)
    assert rate("negative: „X – subtitle” … „Y Plus” -> two projects", results) >= NEGATIVE
