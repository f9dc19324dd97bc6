"""English pages name initiatives and bodies by a head and what they are on: "the Academy on the
Integration of Migrants and Refugees in Polish Cities" is a project with that whole name (not
"The Academy …"); "the Committee of Experts on Intercultural Inclusion" is one body (not "Committee
of Experts"); "Lublin's Civic Dialogue Committee" is the committee, not "Lublin's …". "It was an
inter-agency initiative of A, B and C, in cooperation with D": the bodies are the project's
partners, though the sentence also names a programme. Names are built from a list of English
topic words and the partners drawn from the reference's organisations (their English labels)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects
from tests.relations_templates import ID, POSITIVE, english_label, rate
from ump_kg.extract.context import DocumentContext
from ump_kg.slug import slugify

HEADS = ("Academy", "Programme", "Project", "Initiative")
LINKS = ("on the", "on", "for", "for the")
TOPICS = (
    "Integration of Migrants",
    "Inclusion of Refugees in Polish Cities",
    "Integration of Migrants and Refugees in Local Communities",
    "Intercultural Competence",
    "Social Cohesion in European Cities",
    "Reception of Refugees from Ukraine",
    "Protection of Unaccompanied Children",
)
BODY_HEADS = ("Committee", "Working Group", "Network", "Council")
BODY_OWNERS = ("Experts", "Mayors", "Practitioners", "Cities")
PARTNERS = ("rada-europy", "iom", "unhcr", "komisja-europejska", "ump")


@dataclass(frozen=True)
class InitiativeCase:
    name: str
    kind: str  # project | organisation
    text: str
    partners: tuple[str, ...] = ()
    english: bool = True


def initiative(rng: random.Random) -> InitiativeCase:
    name = f"{rng.choice(HEADS)} {rng.choice(LINKS)} {rng.choice(TOPICS)}"
    text = rng.choice(
        (
            f"The {name} was launched in March 2023 in Warsaw.",
            f"Both courses belong to the {name}, which ends next year.",
            f"Staff from twelve cities took part in the {name}.",
        )
    )
    return InitiativeCase(name, "project", text)


def body_on_a_topic(rng: random.Random) -> InitiativeCase:
    owner = rng.choice(("Lublin's ", "Gdańsk's ", "Wrocław's ", ""))
    name = f"{rng.choice(BODY_HEADS)} of {rng.choice(BODY_OWNERS)} on {rng.choice(TOPICS)}"
    text = rng.choice(
        (
            f"The city welcomed {owner}{name} for its fifth meeting.",
            f"Members of {owner}{name} elected a new chair.",
        )
    )
    return InitiativeCase(name, "organisation", text)


def initiative_of_partners(rng: random.Random) -> InitiativeCase:
    name = f"{rng.choice(HEADS)} {rng.choice(LINKS)} {rng.choice(TOPICS)}"
    partners = tuple(rng.sample(PARTNERS, 3))
    first, second, third = (english_label(f"{ID}organisation/{p}") for p in partners)
    text = (
        f"The {name} was launched in 2023. It was an inter-agency initiative of the Intercultural "
        f"Cities Programme, the {first} and the {second}, in cooperation with the {third}."
    )
    return InitiativeCase(name, "project", text, partners)


def named_whole(ctx: DocumentContext, case: InitiativeCase) -> tuple[bool, str]:
    iri = f"{ID}{case.kind}/{slugify(case.name)}"
    entity = ctx.entities.get(iri)
    labels = {e.label_en or e.label_pl for e in ctx.entities.values()}
    ok = entity is not None and not any(
        label != case.name and case.name in label for label in labels
    )
    return ok, f"{case.kind} '{case.name}' named whole"


def partners_found(ctx: DocumentContext, case: InitiativeCase) -> tuple[bool, str]:
    iri = f"{ID}project/{slugify(case.name)}"
    found = objects(ctx, iri, "partner")
    want = {f"{ID}organisation/{p}" for p in case.partners}
    return want <= found, f"partners {sorted(case.partners)}"


def test_an_english_initiative_keeps_its_whole_name(pages: Pages) -> None:
    results, _ = measured(pages, initiative, named_whole)
    assert rate("'the Academy on the Integration of …' -> project", results) >= POSITIVE


def test_an_english_body_on_a_topic_keeps_its_whole_name(pages: Pages) -> None:
    results, _ = measured(pages, body_on_a_topic, named_whole)
    assert rate("'Lublin's Committee of Experts on …' -> body", results) >= POSITIVE


def test_an_initiative_of_bodies_has_them_as_partners(pages: Pages) -> None:
    results, _ = measured(pages, initiative_of_partners, partners_found)
    assert rate("'It was an initiative of A, B, in cooperation with C'", results) >= POSITIVE
