"""New names: people, units, organisations and venues the reference data does not know.

A name is recognised by Polish grammar, not by a list of names: a first name known to SGJP
followed by a capitalised surname; a capitalised phrase headed by a noun that names a kind of
organisation or place (Wydział, Referat, Fundacja, Centrum, ...). Its base form (nominative)
becomes the label of the new entity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..language.morphology import analyses, first_name_lemma, person_base_form, phrase_base_form
from ..slug import slugify
from .gazetteer import Mention

UNIT_HEADS = {"wydział", "referat", "biuro", "dział", "departament", "oddział", "sekcja", "zespół"}
ORGANISATION_HEADS = {
    "fundacja",
    "stowarzyszenie",
    "ośrodek",
    "instytut",
    "centrum",
    "urząd",
    "agencja",
    "związek",
    "rada",
    "komisja",
    "kancelaria",
    "ministerstwo",
}
DOCUMENT_HEADS = {"model", "strategia", "plan", "polityka", "raport", "karta", "program"}
VENUE_HEADS = {
    "centrum",
    "muzeum",
    "pałac",
    "hotel",
    "sala",
    "dom",
    "teatr",
    "biblioteka",
    "galeria",
    "ratusz",
    "zamek",
    "filharmonia",
    "instytut",
    "kampus",
    "auditorium",
    "ośrodek",
}
WORD = re.compile(r"ds\.|\w+(?:-\w+)*")
CAPITALISED = re.compile(r"^[A-ZŁŚŻŹĆŃÓĘĄ]")


@dataclass(frozen=True)
class NewName:
    start: int
    end: int
    text: str
    base: str
    kind: str  # person | unit | org | venue

    def iri(self, base_iri: str) -> str:
        folder = {
            "person": "person",
            "venue": "venue",
            "document": "document",
            "project": "project",
        }.get(self.kind, "organisation")
        return f"{base_iri}id/{folder}/{slugify(self.base)}"


def head_lemma(word: str) -> set[str]:
    return {lemma.lower() for lemma, tag, _ in analyses(word) if tag.startswith("subst")}


def words_from(text: str, start: int) -> list[re.Match[str]]:
    return list(WORD.finditer(text, start))


PERSON = re.compile(
    # A lookahead, so that "Poznania Jędrzej Solarski" can still match at "Jędrzej".
    r"(?<![\w])(?=([A-ZŁŚŻŹĆŃÓĘĄ][a-ząćęłńóśźżáéíóúýčďěňřšťůž]+)((?:[ \u00a0][A-ZŁŚŻŹĆŃÓĘĄ][\w-]+){1,2}))"
)


def find_people(text: str, taken: list[Mention]) -> list[NewName]:
    """'Jacek Majchrowski', 'Ireną Guidiková': a first name, then one or two capitalised words."""
    people: list[NewName] = []
    for match in PERSON.finditer(text):
        start = match.start(1)
        if (
            any(p.start <= start < p.end for p in people)
            or first_name_lemma(match.group(1)) is None
        ):
            continue
        surnames = match.group(2).split()
        if any(
            first_name_lemma(s) is not None and not head_lemma(s) - {s.lower()}
            for s in surnames[1:]
        ):
            surnames = surnames[:1]
        if head_lemma(surnames[0]) & (UNIT_HEADS | ORGANISATION_HEADS):
            continue
        words = [match.group(1), *surnames]
        end = start + len(" ".join(words))
        if overlaps(start, end, taken):
            continue
        people.append(NewName(start, end, text[start:end], person_base_form(words), "person"))
    return people


def find_named_bodies(text: str, taken: list[Mention]) -> list[NewName]:
    """Capitalised phrases headed by an organisation, unit or venue noun, in any case."""
    found: list[NewName] = []
    for match in re.finditer(r"(?<![\w])[A-ZŁŚŻŹĆŃÓĘĄ][\w-]*", text):
        if overlaps(match.start(), match.end(), taken) or any(
            n.start <= match.start() < n.end for n in found
        ):
            continue
        words = phrase_words(text, match.start())
        heads = [head_lemma(w.group(0)) for w in words[:2]]
        kind = body_kind(
            heads,
            venue_position=bool(re.match(r"\s+we?\s+[A-ZŁŚŻŹĆŃÓĘĄ]", text[words[-1].end() :])),
        )
        if kind is None or len(words) < 2:
            continue
        end = words[-1].end()
        if overlaps(match.start(), end, taken):
            continue
        surface = [w.group(0) for w in words]
        found.append(
            NewName(match.start(), end, text[match.start() : end], phrase_base_form(surface), kind)
        )
    return found


def body_kind(heads: list[set[str]], venue_position: bool) -> str | None:
    """The kind of a capitalised phrase by its head noun (first or second word, after an
    adjective). A place-like head right before 'w <City>' names a venue."""
    for lemmas in heads[:2]:
        if venue_position and lemmas & VENUE_HEADS:
            return "venue"
        for group, kind in (
            (UNIT_HEADS, "unit"),
            (ORGANISATION_HEADS, "org"),
            (DOCUMENT_HEADS, "document"),
        ):
            if lemmas & group:
                return kind
    return None


QUOTED_PROJECT = re.compile(r"\b[Pp]rojek\w*\s+„(?P<title>[^”]{3,80})”")


def find_quoted_projects(text: str) -> list[NewName]:
    """'projekt „Białystok bez barier”': a project named in quotes after the word projekt."""
    return [
        NewName(m.start("title"), m.end("title"), m.group("title"), m.group("title"), "project")
        for m in QUOTED_PROJECT.finditer(text)
    ]


def phrase_words(text: str, start: int) -> list[re.Match[str]]:
    """Words of a name: capitalised words, 'ds.' and what follows it, 'i' between name words."""
    words: list[re.Match[str]] = []
    after_ds = False
    for word in words_from(text, start):
        gap = text[words[-1].end() : word.start()] if words else ""
        if words and gap.strip() not in ("",):
            break
        token = word.group(0)
        if token == "ds.":
            after_ds = True
        elif token in ("i", "oraz") and words:
            pass
        elif not (CAPITALISED.match(token) or after_ds) or (
            after_ds
            and token
            in (
                "w",
                "we",
                "z",
                "na",
                "do",
                "przez",
                "dla",
                "od",
                "który",
                "która",
            )
        ):
            break
        words.append(word)
    while words and words[-1].group(0) in ("i", "oraz", "ds."):
        words.pop()
    # A trailing period belongs to the sentence, not the name (except 'ds.').
    return words


def overlaps(start: int, end: int, mentions: list[Mention]) -> bool:
    return any(m.start < end and start < m.end for m in mentions)
