"""An English project named in an apposition keeps its name without the article that opens the
sentence, and without the heading above it: "# News" over "The Wrocław Integration Center, a
project of Foundation Ukraine …" is the project "Wrocław Integration Center" (session 24, from
the opened set nun; names.QUOTED_INITIATIVE). Before, the project was "The Wrocław Integration
Center", or "News The Wrocław Integration Center".
Cases: names of a reference city's English label, one or two topic words and a head; the
sentence opens with "The", "This" or "Its"; the partner is a reference organisation's English
label; a heading over the paragraph or none.
Control: a name whose first word is a title word, no article ("Open Kraków Welcome Centre, a
project of …"), keeps that word.
Measured on dd2a323: 0 %; control 100 %.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import (
    POSITIVE,
    cities,
    draw,
    english_label,
    organisations,
    rate,
)
from ump_kg.extract.context import DocumentContext

TOPICS = ("Integration", "Migrant", "Welcome", "Refugee Support", "Intercultural", "Diversity")
HEADS = ("Center", "Centre", "Hub", "Info Point", "Network", "House")
OPENERS = ("Open", "Together", "Safe", "United", "New")
ARTICLES = ("The", "This", "Its")
HEADINGS = ("# News\n\n", "## Our projects\n\n", "")


@dataclass(frozen=True)
class ProjectCase:
    name: str
    text: str
    english: bool = True


def project(rng: random.Random, control: bool) -> ProjectCase | None:
    (city,) = draw(rng, cities())
    (partner,) = draw(rng, organisations())
    town = english_label(city.iri)
    partner_name = english_label(partner.iri)
    if not town or not partner_name or partner_name.isupper():
        return None
    name = f"{town} {rng.choice(TOPICS)} {rng.choice(HEADS)}"
    if control:
        name = f"{rng.choice(OPENERS)} {name}"
    opening = "" if control else f"{rng.choice(ARTICLES)} "
    text = (
        f"{rng.choice(HEADINGS)}{opening}{name}, a project of the {partner_name}, "
        "serves migrants and refugees who need help with work and residence."
    )
    return ProjectCase(name, text)


def named_as_written(ctx: DocumentContext, case: ProjectCase) -> tuple[bool, str]:
    projects = sorted(e.label_pl for e in ctx.entities.values() if e.cls.endswith("Project"))
    return case.name in projects, f"a project {case.name!r} (projects {projects})"


def test_the_article_before_a_projects_name_is_no_word_of_it(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: project(rng, False), named_as_written)
    assert rate("'The X Centre, a project of …' -> 'X Centre'", results) >= POSITIVE


def test_a_title_word_opening_the_name_stays(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: project(rng, True), named_as_written)
    assert rate("control: 'Open X Centre, a project of …' -> 'Open X Centre'", results) >= (
        POSITIVE
    )
