"""New names: people, units, organisations and venues the reference data does not know.

A name is recognised by Polish grammar, not by a list of names: a first name known to SGJP
followed by a capitalised surname; a capitalised phrase headed by a noun that names a kind of
organisation or place (Wydział, Referat, Fundacja, Centrum, ...). Its base form (nominative)
becomes the label of the new entity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..language.morphology import (
    agree,
    analyses,
    given_names,
    person_base_form,
    person_name,
    phrase_base_form,
    readings_of,
)
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
    "klub",
    "punkt",
    "dom",
    "towarzystwo",
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
    acronym: str | None = None  # 'MOWIS' written after the name in parentheses

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
    """'Jacek Majchrowski', 'Ireną Guidiková': a given name known to SGJP, then its surname, in the
    nominative. A name that is the patron of a street, prize, school or body is no person."""
    people: list[NewName] = []
    patron_end = 0
    for match in PERSON.finditer(text):
        start = match.start(1)
        if (
            start < patron_end
            or any(p.start <= start < p.end for p in people)
            or not given_names(match.group(1))
        ):
            continue
        if is_patron(text, start):
            # The patron's whole name ('Jana Pawła II') is the patron's, not a person's.
            patron_end = match.end(2)
            continue
        words = person_words(match.group(1), match.group(2).split())
        if words is None:
            continue
        end = start + len(" ".join(words))
        if overlaps(start, end, taken):
            continue
        before = tuple(text[max(0, start - 60) : start].split())
        people.append(
            NewName(start, end, text[start:end], person_base_form(words, before), "person")
        )
    return people


def person_words(given: str, surnames: list[str]) -> list[str] | None:
    """The words of the name: the given name, its surname, and a second surname word only where
    SGJP knows it as a surname agreeing with the given name ('Jędrzej Solarski', not 'Jędrzej
    Solarski Poznań'). A 'surname' that heads a body ('Anna Fundacja') is no name."""
    if head_lemma(surnames[0]) & (UNIT_HEADS | ORGANISATION_HEADS) or ROMAN.match(surnames[0]):
        return None
    words = [given, surnames[0]]
    found = person_name(words)
    if found is None or (found.cost > 0 and is_common_noun(given)):
        # 'w Sali Błękitnej': a given name that is also a common noun ('Sala', 'Róża') makes a
        # name only with a word SGJP knows as a surname agreeing with it.
        return None
    if len(surnames) > 1 and not given_names(surnames[1]):
        two = person_name(words)
        three = person_name([*words, surnames[1]])
        if two and three and three.cost == two.cost:
            words.append(surnames[1])
    return words


# What a patron's name follows: a street, square, bridge, prize, room, school or body named
# after someone ('ul. Józefa Piłsudskiego', 'nagroda im. Ireny Sendlerowej', 'Uniwersytet Marii
# Curie-Skłodowskiej'), as a lemma or an abbreviation.
PATRON_CUE_LEMMAS = {
    "ulica",
    "aleja",
    "plac",
    "rondo",
    "most",
    "skwer",
    "park",
    "bulwar",
    "osiedle",
    "nabrzeże",
    "nagroda",
    "medal",
    "order",
    "stypendium",
    "konkurs",
    "sala",
    "aula",
    "hala",
    "stadion",
    "szkoła",
    "liceum",
    "gimnazjum",
    "przedszkole",
    "technikum",
    "uniwersytet",
    "akademia",
    "politechnika",
    "uczelnia",
    "szpital",
    "statek",
    "prom",
    "żaglowiec",
    "pomnik",
    "lotnisko",
    "port",
    "dworzec",
    "biblioteka",
    "teatr",
    "muzeum",
    "fundacja",
    "stowarzyszenie",
    "instytut",
    "centrum",
    "dom",
    "zespół",
}
# 'imienia' and not the lemma imię: 'w imieniu Jana Kowalskiego' is on his behalf.
PATRON_CUE_ABBREVIATIONS = {"ul.", "al.", "pl.", "im.", "os.", "bulw.", "imienia"}
# Ranks and honorifics inside a patron's name ('ul. Marszałka Józefa Piłsudskiego',
# 'im. ks. Jerzego Popiełuszki', 'Szkoła Podstawowa nr 5 im. …').
PATRON_HONORIFICS = {
    "marszałek",
    "generał",
    "gen.",
    "św.",
    "święty",
    "ks.",
    "ksiądz",
    "kardynał",
    "król",
    "królowa",
    "papież",
    "bł.",
    "błogosławiony",
    "prof.",
    "profesor",
    "dr",
    "doktor",
    "hetman",
    "pułkownik",
    "płk.",
    "kapitan",
    "kpt.",
    "major",
    "mjr",
    "biskup",
    "bp.",
    "abp.",
    "arcybiskup",
    "prymas",
    "poeta",
}
ROMAN = re.compile(r"^[IVXLC]+$")
TOKEN_BEFORE = re.compile(r"(\S+)\s+$")


def is_patron(text: str, start: int) -> bool:
    """Whether the name at `start` is in the genitive right after a patron cue, ranks and
    honorifics aside: a patron is always named in the genitive ('przy ul. Jana Nowaka')."""
    name_words = text[start:].split()[:2]
    found = person_name(name_words)
    if found is None or not any("gen" in g.cases for g in given_names(name_words[0])):
        return False
    before = text[max(0, start - 200) : start]
    for _ in range(4):
        match = TOKEN_BEFORE.search(before)
        if match is None:
            return False
        token = match.group(1).strip("„”\"'(,")
        before = before[: match.start()]
        lowered = token.lower()
        if lowered in PATRON_CUE_ABBREVIATIONS or cue_lemmas(token) & PATRON_CUE_LEMMAS:
            return True
        if not (lowered in PATRON_HONORIFICS or cue_lemmas(token) & PATRON_HONORIFICS):
            return False
    return False


def is_common_noun(word: str) -> bool:
    return any(tag.startswith("subst") and lemma[:1].islower() for lemma, tag, _ in analyses(word))


def cue_lemmas(token: str) -> set[str]:
    return {lemma.split(":")[0].lower() for lemma, _, _ in analyses(token)}


def find_named_bodies(text: str, taken: list[Mention]) -> list[NewName]:
    """Capitalised phrases headed by an organisation, unit or venue noun, in any case: the name
    starts at the head noun or at the capitalised adjectives before it ('w Europejskim Centrum
    Solidarności'), so a sentence's first word ('Przedstawiciele Fundacji …') is not part of it,
    and it ends before a name already found (a person after the body's name)."""
    found: list[NewName] = []
    for match in re.finditer(r"(?<![\w])[A-ZŁŚŻŹĆŃÓĘĄ][\w-]*", text):
        if overlaps(match.start(), match.end(), taken) or any(
            n.start <= match.start() < n.end for n in found
        ):
            continue
        words = until_taken(phrase_words(text, match.start()), taken)
        surface = [w.group(0) for w in words]
        head = head_index(surface)
        if head is None or len(words) < 2:
            continue
        end = words[-1].end()
        kind = body_kind(
            [head_lemma(surface[head])],
            venue_position=bool(re.match(r"\s+we?\s+[A-ZŁŚŻŹĆŃÓĘĄ]", text[end:])),
        )
        if kind is None:
            continue
        acronym = ACRONYM_AFTER.match(text, end)
        found.append(
            NewName(
                match.start(),
                end,
                text[match.start() : end],
                phrase_base_form(surface),
                kind,
                acronym.group("acr") if acronym else None,
            )
        )
    return found


BODY_HEADS = UNIT_HEADS | ORGANISATION_HEADS | DOCUMENT_HEADS | VENUE_HEADS
ACRONYM_AFTER = re.compile(r"\s*\((?P<acr>[A-ZĄĆĘŁŃÓŚŹŻ][A-ZĄĆĘŁŃÓŚŹŻ0-9&-]{1,11})\)")


def head_index(surface: list[str]) -> int | None:
    """Where the head noun of a body's name is: first, or after up to two capitalised
    adjectives ('Miejskiego Ośrodka …'); a phrase that starts with any other word is no name."""
    for index, word in enumerate(surface[:3]):
        if head_lemma(word) & BODY_HEADS:
            nouns = readings_of(word, ("subst",))
            before = [readings_of(w, ("adj", "ppas", "pact")) for w in surface[:index]]
            # 'w Sali Błękitnej Urzędu …': an adjective that does not agree is not the body's.
            return index if all(agree(a, nouns) for a in before) else None
        if not readings_of(word, ("adj", "ppas", "pact")):
            return None
    return None


def until_taken(words: list[re.Match[str]], taken: list[Mention]) -> list[re.Match[str]]:
    """The words before the first one that belongs to a name already found."""
    for index, word in enumerate(words):
        if overlaps(word.start(), word.end(), taken):
            return words[:index]
    return words


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
