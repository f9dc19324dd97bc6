"""Wording of the entry commands' own messages in Polish and English (the shapes carry their own
messages in both languages; errors carry theirs as UserError(..., pl=...))."""

from __future__ import annotations

from ..language.grammar import plural
from ..rdf.prefixes import compact

# "this meeting", "to posiedzenie": the thing a YAML entry describes, by its kind.
THIS = {
    "meeting": ("this meeting", "to posiedzenie"),
    "conference": ("this conference", "ta konferencja"),
    "organisation": ("this organisation", "ta organizacja"),
    "project": ("this project", "ten projekt"),
    "programme": ("this programme", "ten program"),
    "person": ("this person", "ta osoba"),
    "city": ("this city", "to miasto"),
}
VIOLATIONS_PL = {
    "one": "naruszenie",
    "few": "naruszenia",
    "many": "naruszeń",
    "other": "naruszenia",
}
VIOLATIONS_EN = {"one": "violation", "other": "violations"}


def already_in_graph(kind: str, label: str, iri: str, lang: str) -> str:
    en, pl = THIS.get(kind, ("this thing", "ta rzecz"))
    shown = f"{label} ({compact(iri)})" if label != iri else compact(iri)
    if lang == "pl":
        return f"{pl} już jest w grafie: {shown}"
    return f"{en} is already in the graph: {shown}"


def verdict(violations: int, lang: str) -> str:
    if lang == "pl":
        return (
            "zgodne" if not violations else f"niezgodne: {plural(violations, VIOLATIONS_PL, 'pl')}"
        )
    return (
        "conforms"
        if not violations
        else f"does not conform: {plural(violations, VIOLATIONS_EN, 'en')}"
    )


STATEMENTS_PL = {
    "one": "stwierdzenie",
    "few": "stwierdzenia",
    "many": "stwierdzeń",
    "other": "stwierdzenia",
}


def statements_pl(number: int) -> str:
    """'1 stwierdzenie', '2 stwierdzenia', '5 stwierdzeń'."""
    return plural(number, STATEMENTS_PL, "pl")
