"""Who holds a meeting: a body named right after the meeting word ("posiedzenie Rady …",
"obrady Komisji …") or that invites to it ("zaproszeni przez Instytut …", "na zaproszenie
Komisji …") is the event's organiser; a body after a preposition ("spotkanie z przedstawicielami
IOM", "w Urzędzie Miasta odbyło się spotkanie") is a guest or a place, not the organiser. Bodies
are the reference organisations in every case (phrase forms from morfeusz2) and generated
commissions ("Komisja ds. <SGJP noun>"); cities from the reference data; dates at random."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects
from tests.relations_templates import (
    ID,
    NEGATIVE,
    POSITIVE,
    Named,
    capitalise,
    cities,
    common_lemmas,
    date_of,
    draw,
    form,
    organisations,
    rate,
    w,
)
from ump_kg.extract.context import DocumentContext
from ump_kg.slug import slugify


@dataclass(frozen=True)
class HolderCase:
    city: Named
    body: str  # the IRI
    text: str


def commission(rng: random.Random) -> Named | None:
    """'Komisja ds. Kultury' in every case: a new body the reference data does not hold."""
    noun = rng.choice(common_lemmas())
    complement = form(noun, "subst", "sg", "gen")
    if complement is None:
        return None
    head = rng.choice(("Komisja", "Komisja UMP"))
    label = f"{head} ds. {capitalise(complement)}"
    forms = []
    for case in ("nom", "gen", "dat", "acc", "inst", "loc"):
        made = form("komisja", "subst", "sg", case)
        assert made
        forms.append(
            (case, f"{capitalise(made)}{head[len('Komisja') :]} ds. {capitalise(complement)}")
        )
    return Named(f"{ID}organisation/{slugify(label)}", label, tuple(forms))


def bodies() -> tuple[Named, ...]:
    """Reference organisations but the Team, whose meetings are `meetingOf` it."""
    return tuple(o for o in organisations() if not o.slug.endswith("zespol-migracji-i-integracji"))


def body_of(rng: random.Random) -> Named | None:
    return rng.choice(bodies()) if rng.random() < 0.6 else commission(rng)


HOLDING = (
    "{D} {W} odbyło się posiedzenie {gen}.",
    "{D} {W} odbyły się obrady {gen}.",
    "Przedstawiciele UMP, zaproszeni przez {acc}, uczestniczyli {D} w konferencji {W}.",
    "Na zaproszenie {gen} {D} {W} odbyło się spotkanie przedstawicieli miast.",
)
NOT_HOLDING = (
    "{D} {W} odbyło się spotkanie z przedstawicielami {gen}.",
    "{D} {W} odbyła się konferencja; wśród gości byli przedstawiciele {gen}.",
    "{D} {W} odbyło się spotkanie z {inst}.",
)


def holder_case(rng: random.Random, templates: tuple[str, ...]) -> HolderCase | None:
    body = body_of(rng)
    if body is None:
        return None
    (city,) = draw(rng, cities())
    date = date_of(rng)
    text = rng.choice(templates).format(
        D=date.text, W=w(city), gen=body.form("gen"), acc=body.form("acc"), inst=body.form("inst")
    )
    return HolderCase(city, body.iri, capitalise(text))


def organisers(ctx: DocumentContext, case: HolderCase) -> set[str]:
    return {
        str(o)
        for e in ctx.events
        if e.city is not None and str(e.city).endswith("/" + case.city.slug)
        for o in objects(ctx, e.iri, "organiser")
    }


def is_organiser(ctx: DocumentContext, case: HolderCase) -> bool:
    # A new commission of UMP is qualified by its parent ('organisation/ump-komisja-ump-ds-…').
    wanted = case.body.rsplit("/", 1)[-1]
    return any(o.rsplit("/", 1)[-1].endswith(wanted) for o in organisers(ctx, case))


def holds(ctx: DocumentContext, case: HolderCase) -> tuple[bool, str]:
    return is_organiser(ctx, case), f"organiser {case.body}"


def does_not_hold(ctx: DocumentContext, case: HolderCase) -> tuple[bool, str]:
    return not is_organiser(ctx, case), f"no organiser {case.body}"


def test_the_body_that_meets_or_invites_organises(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: holder_case(rng, HOLDING), holds)
    assert rate("body after the meeting word or inviting -> organiser", results) >= POSITIVE


def test_a_body_after_a_preposition_is_no_organiser(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: holder_case(rng, NOT_HOLDING), does_not_hold)
    assert rate("negative: a guest body is no organiser", results) >= NEGATIVE


# Members and representatives of a body take part in the event as the body; a body named
# after the one it represents ("w Przedstawicielstwie Komisji …") or the adjective "członkowskie"
# ("miasta członkowskie …") is no participant.
TAKING_PART = (
    "{D} {W} odbyła się konferencja; wzięli w niej udział członkowie {gen}.",
    "{D} {W} obradował Zespół UMP ds. Migracji i Integracji, a członkowie {gen} przedstawili"
    " swoje doświadczenia.",
)
NOT_TAKING_PART = (
    "{D} {W} odbyła się konferencja w Przedstawicielstwie {gen}.",
    "{D} {W} odbyła się konferencja; przypomniano, że miasta członkowskie {gen} współpracują.",
)


def participants(ctx: DocumentContext, case: HolderCase) -> set[str]:
    return {
        str(o).rsplit("/", 1)[-1]
        for e in ctx.events
        if e.city is not None and str(e.city).endswith("/" + case.city.slug)
        for o in objects(ctx, e.iri, "participant")
    }


def takes_part(ctx: DocumentContext, case: HolderCase) -> tuple[bool, str]:
    wanted = case.body.rsplit("/", 1)[-1]
    return any(p.endswith(wanted) for p in participants(ctx, case)), f"participant {wanted}"


def takes_no_part(ctx: DocumentContext, case: HolderCase) -> tuple[bool, str]:
    wanted = case.body.rsplit("/", 1)[-1]
    return not any(p.endswith(wanted) for p in participants(ctx, case)), f"no {wanted}"


def test_members_of_a_body_take_part_as_the_body(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: holder_case(rng, TAKING_PART), takes_part)
    assert rate("'członkowie <Body>' -> participant", results) >= POSITIVE


def test_a_representation_or_member_cities_take_no_part(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: holder_case(rng, NOT_TAKING_PART), takes_no_part)
    assert rate("negative: 'w Przedstawicielstwie …', 'miasta członkowskie …'", results) >= NEGATIVE
