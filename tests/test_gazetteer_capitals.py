"""A letterhead writes a body's name in capitals ("UNIA METROPOLII POLSKICH", "URZĘDU MIASTA
KRAKOWA"): every reference body of more than one word is found in capitals, in each of its case
forms (morfeusz2), as the body it is. A person's name in capitals is not (a heading "JAN NOWAK"
is no register's spelling to trust), and capitals that name nothing ("NOTATKA ZE SPOTKANIA")
find nothing."""

from __future__ import annotations

import random

from ump_kg.extract.pipeline import knowledge
from ump_kg.language.morphology import case_forms


def reference_bodies() -> list[tuple[str, str]]:
    """(label, IRI) of the reference's multi-word bodies."""
    entries = knowledge().reference.gazetteer.entries
    return sorted(
        (e.label_pl, iri)
        for iri, e in entries.items()
        if e.kind not in ("person", "city") and " " in e.label_pl
    )


def test_bodies_in_capitals_are_found_in_every_case() -> None:
    gazetteer = knowledge().reference.gazetteer
    rng = random.Random(7)
    missed = []
    bodies = reference_bodies()
    assert len(bodies) > 20
    for label, iri in bodies:
        for form in sorted(case_forms(label)):
            text = f"Pismo\n\n{form.upper()}\n\nWarszawa, 12 maja 2024 r."
            found = [m.iri for m in gazetteer.find(text) if m.text == form.upper()]
            if found != [iri] and gazetteer.form_iri(form) == iri:
                missed.append(form.upper())
    rng.shuffle(missed)
    assert not missed, f"{len(missed)} forms not found, e.g. {missed[:5]}"


def test_a_persons_name_in_capitals_is_not_a_mention() -> None:
    know = knowledge()
    people = [e.label_pl for e in know.reference.gazetteer.entries.values() if e.kind == "person"]
    assert people
    found = [
        name
        for name in people
        if any(m.kind == "person" for m in know.reference.gazetteer.find(name.upper()))
    ]
    assert not found, found[:5]


def test_capitals_that_name_nothing_find_nothing() -> None:
    gazetteer = knowledge().reference.gazetteer
    for heading in ("NOTATKA ZE SPOTKANIA", "PROGRAM KONFERENCJI", "UCHWAŁA NR XII/123/2024"):
        assert gazetteer.find(heading) == [], heading
