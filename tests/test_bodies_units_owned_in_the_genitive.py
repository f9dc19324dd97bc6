"""A body named right before a known body in the genitive is a unit of it: "Centrum Współpracy
Międzynarodowej Urzędu Miasta Lublin" is a centre of Lublin's city office, "Biuro … Polskiej
Akcji Humanitarnej" an office of PAH (session 28, from misses of an opened real page: the centre
had no office, and a department of the same office, "Wydział …", had one). A name that goes on
past the known body holds it as a subject, and its owner comes last ("Katedra Prawa Unii
Europejskiej KUL": no unit of the Union). The new bodies are made up from a unit's head and an
SGJP noun in the genitive ("Centrum Weturyna"), declined by morfeusz2; the owners are the
reference's offices and organisations in the genitive. Measured on 6b3762b: 20.0 % -> 100 % (a
name that swallowed its owner, or a "Biuro" of a city office, was read before); the
control 100 % before and after."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from tests.relations_pages import Pages, measured
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    Named,
    organisations,
    phrase_forms,
    rate,
    title_noun_genitive,
    title_nouns,
)
from ump_kg.extract.context import DocumentContext

HEADS = ("Centrum", "Ośrodek", "Punkt", "Biuro", "Pracownia", "Zakład")
SENTENCES = {
    "nom": "Wnioski przyjmuje {unit} {owner}.",
    "gen": "Jan Nowak, dyrektor {unit} {owner}, otworzył spotkanie.",
    "inst": "Miasto podpisało porozumienie z {unit} {owner}.",
}
# Owners with units: offices, ministries, organisations (not the Union as a subject, nor names
# that do not decline)
OWNER_HEADS = ("Urząd", "Ministerstwo", "Organizacja", "Biuro", "Rada", "Komisja", "Polsk")


@cache
def owners() -> tuple[Named, ...]:
    return tuple(o for o in organisations() if o.label.startswith(OWNER_HEADS))


@cache
def units() -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """(label, case forms) of made-up units: a head and a capitalised SGJP noun's genitive."""
    found = []
    for index, noun in enumerate(title_nouns()[:400]):
        complement = title_noun_genitive(noun)
        if not complement or not complement.isalpha():
            continue
        label = f"{HEADS[index % len(HEADS)]} {complement}"
        forms = phrase_forms(label)
        if forms is not None:
            found.append((label, forms))
    return tuple(found)


@dataclass(frozen=True)
class OwnedCase:
    unit: str
    owner: str
    text: str


def owned_case(rng: random.Random) -> OwnedCase:
    label, forms = rng.choice(units())
    owner = rng.choice(owners())
    case = rng.choice(sorted(SENTENCES))
    text = SENTENCES[case].format(unit=dict(forms)[case], owner=owner.form("gen"))
    return OwnedCase(label, owner.iri, text)


# A university's chair or department on a subject named after a known body, its university's
# acronym last ("Katedra Prawa Unii Europejskiej KUL")
ACADEMIC_HEADS = ("Katedra", "Zakład", "Pracownia")
SUBJECTS = ("Rada Europy", "Unia Europejska", "Komisja Europejska")
UNIVERSITIES = ("KUL", "UAM", "UJ", "UW", "UMCS")


def subject_case(rng: random.Random) -> OwnedCase:
    label = f"{rng.choice(ACADEMIC_HEADS)} {rng.choice(units())[0].split(' ', 1)[1]}"
    wanted = rng.choice(SUBJECTS)
    subject = next(o for o in organisations() if o.label == wanted)
    forms = dict(phrase_forms(label) or ())
    case = rng.choice(sorted(SENTENCES))
    owner = f"{subject.form('gen')} {rng.choice(UNIVERSITIES)}"
    text = SENTENCES[case].format(unit=forms.get(case, label), owner=owner)
    return OwnedCase(label, subject.iri, text)


def units_of(ctx: DocumentContext, case: OwnedCase) -> set[str]:
    """What the unit is a unit of, whether its name stops before its owner's or holds it (a
    name holding a known body's was read so before: "Centrum Badań i Analiz Unii Metropolii
    Polskich")."""
    return {
        str(f.o)
        for f in ctx.facts
        if f.p.endswith("unitOf")
        and f.s in ctx.entities
        and (ctx.entities[f.s].label_pl + " ").startswith(case.unit + " ")
    }


def a_unit_of_its_owner(ctx: DocumentContext, case: OwnedCase) -> tuple[bool, str]:
    found = units_of(ctx, case)
    return case.owner in found, f"{case.unit} unitOf {case.owner} (found {sorted(found)})"


def no_unit_of_the_subject(ctx: DocumentContext, case: OwnedCase) -> tuple[bool, str]:
    found = units_of(ctx, case)
    return case.owner not in found, f"{case.unit} no unit of {case.owner} (found {sorted(found)})"


def test_a_body_before_a_known_body_in_the_genitive_is_its_unit(pages: Pages) -> None:
    results, _ = measured(pages, owned_case, a_unit_of_its_owner)
    assert rate("'Centrum X Urzędu Miasta Lublin' unitOf the office", results) >= POSITIVE


def test_a_known_body_inside_a_longer_name_owns_nothing(pages: Pages) -> None:
    results, _ = measured(pages, subject_case, no_unit_of_the_subject)
    assert (
        rate("control: 'Katedra X Unii Europejskiej KUL' no unit of the Union", results) >= NEGATIVE
    )
