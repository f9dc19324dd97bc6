"""New names: people, units, organisations and venues the reference data does not know.

A name is recognised by Polish grammar, not by a list of names: a first name known to SGJP
followed by a capitalised surname; a capitalised phrase headed by a noun that names a kind of
organisation or place (Wydział, Referat, Fundacja, Centrum, ...). Its base form (nominative)
becomes the label of the new entity.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from babel import Locale

from ..language.international_given_names import INTERNATIONAL_GIVEN_NAMES, UKRAINIAN_GIVEN_NAMES
from ..language.morphology import (
    agree,
    analyses,
    foreign_mans_nominative,
    given_names,
    match_case,
    nominative_of,
    person_base_form,
    person_name,
    phrase_base_form,
    readings_of,
    tag_has,
)
from ..language.ukrainian_names import nominative_given, surname_nominative
from ..slug import slugify
from .context import Reference
from .gazetteer import Mention
from .sentences import Span, is_abbreviation

UNIT_HEADS = {
    "wydział", "referat", "biuro", "dział", "departament", "oddział", "sekcja", "zespół", "jednostka",
    "sekretariat",
}  # fmt: skip
ORGANISATION_HEADS = {
    "nazwa_instytucji",  # INSTITUTION_NAME: a name SGJP knows as an institution's
    # a university's research units ("Pracownia Badań Migracji …", "Zakład Socjologii …")
    "pracownia",
    "laboratorium",
    "zakład",
    "katedra",
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
    # a metropolitan union or association ("Górnośląsko-Zagłębiowska Metropolia", "Metropolia
    # Krakowska")
    "metropolia",
    # Bodies of self-government, universities and other public bodies ('Sejmik Województwa
    # Pomorskiego', 'Uniwersytet Warszawski', 'Konwent Marszałków Województw RP', 'Grupa
    # Zarządzająca', 'Forum Integracji i Migracji', 'Przedstawicielstwo Komisji Europejskiej').
    "sejmik",
    "uniwersytet",
    "politechnika",
    "akademia",
    "uczelnia",
    "konwent",
    "komitet",
    "grupa",
    "forum",
    "przedstawicielstwo",
    "ambasada",
    "konsulat",
    "federacja",
    "zrzeszenie",
    "koalicja",
    "sieć",
    "izba",
    # services and inspectorates of the state and the towns ('Straż Graniczna', 'Straż Miejska
    # Miasta Krakowa', 'Państwowa Inspekcja Pracy', 'Kuratorium Oświaty', 'Służba Celna'), and
    # research observatories ('Obserwatorium Wielokulturowości i Migracji')
    "straż",
    "inspekcja",
    "kuratorium",
    # ('Komenda Wojewódzka Policji w Krakowie'; chambers of parliament: 'Sejm Rzeczypospolitej
    # Polskiej', 'Parlament Europejski', 'Senat RP')
    "komenda",
    "parlament",
    "sejm",
    "senat",
    # courts and prosecutors ('Wojewódzki Sąd Administracyjny w Warszawie', 'Trybunał
    # Konstytucyjny', 'Europejski Trybunał Praw Człowieka'); not "zarząd", a body's own board
    # ('Zarząd Fundacji', 'Zarząd Związku …') as often as a body of its own
    "sąd",
    "trybunał",
    "prokuratura",
    # ('Parafia Greckokatolicka w Gdańsku', 'Collegium Civitas'; not "misja": "Misją Centrum
    # jest …" is what the centre is for)
    "parafia",
    "collegium",
    "służba",
    "obserwatorium",
    "spółdzielnia",
    "konsorcjum",  # ('Konsorcjum Migracyjne')
    # Public institutions that are also where events are held ('Muzeum Śląskie', 'Wojewódzka i
    # Miejska Biblioteka Publiczna', 'Szkoła Podstawowa nr 63'): bodies, and venues when an
    # event is held in them.
    "muzeum",
    "biblioteka",
    "teatr",
    "filharmonia",
    "galeria",
    "szkoła",
    "liceum",
    "przedszkole",
    "kolegium",
    # branches and services of the state and of health and welfare ('Placówka Straży Granicznej
    # w Gdańsku', 'Okręgowy Inspektorat Pracy', 'Delegatura Urzędu do Spraw Cudzoziemców',
    # 'Uniwersytecki Szpital Kliniczny', 'Poradnia Psychologiczno-Pedagogiczna nr 3', 'Bank
    # Żywności w Łodzi'), churches' bodies ('Archidiecezja Lubelska', 'Kuria Metropolitalna')
    # and communities ('Wspólnota Ukraińska w Szczecinie')
    "placówka",
    "inspektorat",
    "delegatura",
    "filia",  # "Filia Instytutu … w Lublinie"
    "ekspozytura",
    "szpital",
    "poradnia",
    "przychodnia",
    "bank",
    "archidiecezja",
    "diecezja",
    "kuria",
    "wspólnota",
    "świetlica",
    # employers' confederations ('Konfederacja Lewiatan'); not broadcasters ("Radio Emaus"
    # reports on a project, it is no party to it: tried, the corpus lost 0.2 precision)
    "konfederacja",
    # incubators and clusters ('Szczeciński Inkubator Kultury', 'Klaster Innowacji
    # Społeczno-Gospodarczych'), prize juries ('Kapituła Nagrody …') and shelters ('Schronisko
    # dla Bezdomnych Mężczyzn', 'Hospicjum Domowe'); not "zgromadzenie": a general assembly
    # ('Walne Zgromadzenie Członków') is a meeting as often as a body
    "inkubator",
    "klaster",
    "kapituła",
    "schronisko",
    "hospicjum",
}
DOCUMENT_HEADS = {
    "model",
    "strategia",
    "plan",
    "polityka",
    "raport",
    "karta",
    "program",
    "księga",
    "sprawozdanie",
    "poradnik",
    "przewodnik",
    "deklaracja",
}
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
# Heads that name only a place, never a body: a hall or room is a venue wherever it is named
# ('Sala Błękitna Urzędu Miasta Poznania', 'Aula Nova', 'Pałac Kultury i Nauki').
PLACE_HEADS = {
    "sala",
    "aula",
    "hala",
    "audytorium",
    "auditorium",
    "ratusz",
    "pałac",
    "zamek",
    "stadion",
    "hotel",
    "kampus",
    # buildings known by name: 'Synagoga Reicherów', 'Młyny Rothera', 'Kamienica pod …'
    "synagoga",
    "młyn",
    "kamienica",
    "willa",
    # and the other words for a building or a room of one: 'Pawilon Wyspiańskiego', 'Gmach
    # Główny Politechniki', 'Kino Pod Baranami', 'Opera Bałtycka'
    "pawilon",
    "gmach",
    "kino",
    "opera",
    "dworek",
    "spichlerz",
}
# (arenas and small palaces: 'Tauron Arena Kraków', 'Pałacyk Zielińskiego')
PLACE_HEADS |= {"arena", "pałacyk"}
# (stations and airports: 'Dworzec Główny PKP', 'Dworzec PKP Gdańsk Główny', 'Lotnisko …')
STATION_HEADS = frozenset({"dworzec", "lotnisko", "terminal"})
PLACE_HEADS |= STATION_HEADS
VENUE_HEADS |= PLACE_HEADS
WORD = re.compile(r"ds\.|im\.|m\.st\.|\w+(?:-\w+)*(?:\+(?!\w))?")
CAPITALISED = re.compile(r"^[A-ZŁŚŻŹĆŃÓĘĄ]")


@dataclass(frozen=True)
class NewName(Span):
    base: str
    kind: str  # person | unit | org | venue | document | project | programme | city
    acronym: str | None = None  # 'MOWIS' written after the name in parentheses
    # A document named by its kind and subject may name bodies ('stanowisko Konwentu
    # Marszałków Województw RP w sprawie …'): those are found as names of their own.
    holds_names: bool = False

    def iri(self, base_iri: str) -> str:
        folder = {
            "person": "person",
            "venue": "venue",
            "document": "document",
            "project": "project",
            "programme": "programme",
            "fund": "fund",
            "city": "city",
        }.get(self.kind, "organisation")
        return f"{base_iri}id/{folder}/{slugify(self.base)}"


# SGJP marks the names of institutions that head their bodies' names ("Caritas Polska",
# "Caritas Archidiecezji Warszawskiej"): such a word is a head like "fundacja".
INSTITUTION_NAME = "nazwa_instytucji"


def head_lemma(word: str) -> set[str]:
    return {
        INSTITUTION_NAME if INSTITUTION_NAME in qualifiers and word[:1].isupper() else lemma.lower()
        for lemma, tag, qualifiers in analyses(word)
        if tag.startswith("subst")
    }


def words_from(text: str, start: int) -> list[re.Match[str]]:
    return list(WORD.finditer(text, start))


# Capitals and small letters of other Latin alphabets in foreign names ("Ivan Škorupa",
# "Adrienne Körmendy", "Frédéric de Touchet")
FOREIGN_CAPITALS = "ÁÀÂÄÃÅÆÇČĎÉÈÊËĚÍÌÎÏÑŇÒÔÖÕØŘŠŤÚÙÛÜŮÝŽĐ"
FOREIGN_SMALL = "áàâäãåæçčďéèêëěíìîïñňòôöõøřšťúùûüůýÿžđß"
PERSON = re.compile(
    # A lookahead, so that "Poznania Jędrzej Solarski" can still match at "Jędrzej".
    # (a surname may open with d' or O': "Ivana d'Alessandro")
    r"(?<![\w])(?=([A-ZŁŚŻŹĆŃÓĘĄ" + FOREIGN_CAPITALS + r"][a-ząćęłńóśźż" + FOREIGN_SMALL + r"]+)"
    # (a middle initial may stand between: "Kevinem J. Allenem")
    r"((?:[ \u00a0][A-ZŁŚŻŹĆ]\.(?=[ \u00a0][A-ZŁŚŻŹĆŃÓĘĄ][a-ząćęłńóśźż]))?"
    r"(?:[ \u00a0](?:[dDO]['\u2019])?[A-ZŁŚŻŹĆŃÓĘĄ" + FOREIGN_CAPITALS + r"][\w-]+){1,2}))"
)


def find_people(text: str, taken: list[Mention], language: str = "pl") -> list[NewName]:
    """'Jacek Majchrowski', 'Ireną Guidiková': a given name known to SGJP, then its surname, in the
    nominative. A name that is the patron of a street, prize, school or body is no person. An
    English page is read by English rules (`english_people`)."""
    titles = short_quoted_titles(text)
    if language == "en":
        found = english_people(text, taken)
        # ("the laureates Tawakkol Karman, Leymah Gbowee and Jody Williams": names no list of
        # given names holds, listed with one it holds)
        found += coordinated_foreigners(text, found, taken, an_english_pair)
        return [
            p
            for p in sorted(found, key=lambda p: p.start)
            if not inside(p, titles) and not NAMED_FOR_HEAD.match(text, p.end)
        ]
    people: list[NewName] = []
    patron_end = 0
    for match in PERSON.finditer(text):
        start = match.start(1)
        if start < patron_end or any(p.start <= start < p.end for p in people):
            continue
        # A person has one given name: "Kraków" (a plural of the legendary Krak) is none.
        if not any(g.number == "sg" for g in given_names(match.group(1))):
            foreign = foreign_name(text, match, taken)
            if foreign is not None:
                people.append(foreign)
            continue
        if is_patron(text, start):
            # The patron's whole name ('Jana Pawła II') is the patron's, not a person's.
            patron_end = patrons_name_end(text, match)
            continue
        initial, surnames = middle_initial(match.group(2).split())
        words = person_words(match.group(1), surnames)
        if words is None:
            # ("Taras Kliczko, mer Kijowa": a listed Ukrainian name, its surname no SGJP one)
            listed = nominative_given(match.group(1))
            foreign = foreign_name(text, match, taken) if listed and listed[2] == "nom" else None
            people += [foreign] if foreign is not None else []
            continue
        end = start + len(" ".join(words)) + (len(initial) + 1 if initial else 0)
        if overlaps(start, end, taken):
            continue
        before = tuple(text[max(0, start - 60) : start].split())
        base = with_middle_initial(person_base_form(words, before), initial)
        if could_be_a_womans_nominative(words, base) and said_of_a_woman(text, start, end):
            # "Ivana d'Alessandro, szefowa działu": SGJP reads "Ivana" only as Ivan's genitive,
            # but the name is said of a woman in the nominative, so it stands as written.
            base = " ".join(words)
        people.append(NewName(start, end, text[start:end], base, "person"))
    people = sorted(people + coordinated_foreigners(text, people, taken), key=lambda p: p.start)
    people = [with_first_given_name(text, p, taken) for p in people if not a_company(text, p)]
    return [p for p in people if not inside(p, titles) and not NAMED_FOR_HEAD.match(text, p.end)]


def patrons_name_end(text: str, match: re.Match[str]) -> int:
    """Where a patron's name ends: its words are in the genitive ('Jana Pawła II'); a given
    name read in the nominative before a surname in the nominative of its gender opens the next
    name, a person's ('dyrektor Muzeum im. Jana Matejki Anna Nowak': the director is Anna
    Nowak; 'im. Marka Edelmana Bogusława Kos': Bogusława, not Bogusław's genitive)."""
    words = match.group(2).split()
    if len(words) == 2:
        at = match.start(2) + match.group(2).index(words[1])
        after = NEXT_WORD.match(text, match.end(2))
        genders = nominative_given_genders(words[1])
        if genders and (
            all("gen" not in g.cases for g in given_names(words[1]) if g.number == "sg")
            or (after is not None and nominative_surname_of(after.group(1), genders))
        ):
            return at
    return match.end(2)


NEXT_WORD = re.compile(r"[ \u00a0]([A-ZŁŚŻŹĆŃÓĘĄ][\w-]+)")


def nominative_given_genders(word: str) -> set[str]:
    return {g.gender for g in given_names(word) if g.number == "sg" and "nom" in g.cases}


def nominative_surname_of(word: str, genders: set[str]) -> bool:
    return surname_in_case(word, genders, "nom")


def a_company(text: str, person: NewName) -> bool:
    """ "Mazur sp. z o.o.", "Infobud Sp. z o.o.": a legal form right after the first word, or
    after the name, makes it a company's."""
    first_end = person.start + len(text[person.start : person.end].split()[0])
    return any(LEGAL_FORM_AFTER.match(text, at) for at in (first_end, person.end))


# "Anna-Maria Kowalska", "z Anną-Marią Kowalską", "Jean-Pierre Dubois": a given name joined by a
# hyphen to the person's given name is the first part of a double given name (Polish declines
# both parts), not a word of its own; a person's name never starts inside a hyphened word.
FIRST_GIVEN_BEFORE_HYPHEN = re.compile(
    rf"(?<![\w-])(?P<first>[A-ZŁŚŻŹĆŃÓĘĄ{FOREIGN_CAPITALS}][a-ząćęłńóśźż{FOREIGN_SMALL}]+)-$"
)


def with_first_given_name(text: str, person: NewName, taken: list[Mention]) -> NewName:
    """The person with the first part of a double given name before its given name, both parts
    in the nominative of the person's gender; a first part SGJP does not know as any word
    ('Jean', 'Anne') stays as written, one it knows only as another word is no name's."""
    start = name_opening(text, person.start)
    if start == person.start:
        return person
    first = text[start : person.start - 1]
    nominative = first_given_nominative(first, text[person.start : person.end].split()[0], person)
    if nominative is None or overlaps(start, person.start, taken):
        return person
    return NewName(
        start, person.end, text[start : person.end], f"{nominative}-{person.base}", "person"
    )


def name_opening(text: str, start: int) -> int:
    """Where a name whose given name starts at `start` opens: at the first part of a double
    given name before it ('Anne-' in 'Anne-Sophie Hansen'), or at `start`."""
    before = FIRST_GIVEN_BEFORE_HYPHEN.search(text[max(0, start - 30) : start])
    return start - len(before.group(0)) if before else start


def first_given_nominative(first: str, second: str, person: NewName) -> str | None:
    """The nominative of a double given name's first part, read in the gender and case of the
    second ('Anną-Marią': Anna, as Marią is Maria's instrumental)."""
    readings = [g for g in given_names(first) if g.number == "sg"]
    if not readings:
        unknown = all(tag == "ign" for _, tag, _ in analyses(first))
        return first if unknown or first in INTERNATIONAL_GIVEN_NAMES else None
    second_given = person.base.split()[0]
    second_readings = [
        g for g in given_names(second) if g.number == "sg" and g.lemma == second_given
    ]
    agreeing = [
        g
        for g in readings
        if not second_readings
        or any(g.gender == s.gender and g.cases & s.cases for s in second_readings)
    ]
    return agreeing[0].lemma if agreeing else None


# "W panelu wystąpili Anna Nowak, Tuomas Virtanen i Jan Kowalski", "prowadziły trenerki: Iryna
# Bondar i Julia Sęk": a foreign name listed beside a person named in the nominative is a
# person's as written (a list of people is one of one case).
AND = r"(?:\s*,\s*|\s+(?:i|oraz|and)\s+)"
FOREIGN_WORD = rf"[A-ZŁŚŻŹĆŃÓĘĄ{FOREIGN_CAPITALS}][a-ząćęłńóśźż'{FOREIGN_SMALL}]+"
FOREIGN_PAIR = rf"(?P<given>{FOREIGN_WORD}) (?P<surname>{FOREIGN_WORD}(?:-{FOREIGN_WORD})?)"
LISTED_AFTER = re.compile(rf"{AND}{FOREIGN_PAIR}(?![\w-])(?! [A-ZŁŚŻŹĆŃÓĘĄ])")
LISTED_BEFORE = re.compile(rf"(?<![\w-]){FOREIGN_PAIR}{AND}$")


def coordinated_foreigners(
    text: str,
    people: list[NewName],
    taken: list[Mention],
    a_pair: Callable[[str, str], bool] | None = None,
) -> list[NewName]:
    """Pairs of words listed with a person found in the nominative ("Tuomas Hakala, Anna Nowak
    i …") that `a_pair` takes for a given name and surname (`a_foreign_pair` on a Polish page),
    where the list names people only."""
    a_pair = a_pair or a_foreign_pair
    found: list[NewName] = []
    queue = [p for p in people if p.text == p.base]
    while queue:
        person = queue.pop()
        before = LISTED_BEFORE.search(text, max(0, person.start - 80), person.start)
        for match in (LISTED_AFTER.match(text, person.end), before):
            if match is None or not a_pair(match["given"], match["surname"]):
                continue
            start, end = match.start("given"), match.end("surname")
            if overlaps(start, end, taken) or any(
                p.start < end and start < p.end for p in people + found
            ):
                continue
            name = NewName(start, end, text[start:end], text[start:end], "person")
            found.append(name)
            queue.append(name)
    return [name for name in found if only_people_listed(text, name, people + found)]


# An item of a list right before or after ("Partnerzy: Stowarzyszenie Nomada, Sizi Hiha, Anna
# Nowak"): something that is no person (a body, a town) listed with them.
ITEM_BEFORE = re.compile(rf"[A-ZŁŚŻŹĆŃÓĘĄ{FOREIGN_CAPITALS}][\w.-]*{AND}$")
ITEM_AFTER = re.compile(rf"{AND}[A-ZŁŚŻŹĆŃÓĘĄ{FOREIGN_CAPITALS}]")


def only_people_listed(text: str, name: NewName, people: list[NewName]) -> bool:
    """Whether the list the name is in holds people only: a list that also names a body or a
    town ("Partnerzy: Komisja Europejska, Gu Lukori, Zuza Olma i Biała Podlaska") is a list of
    partners, and a pair of unknown words in it is no one's name."""
    chain = [name]
    for step in (-1, 1):
        edge = name
        while True:
            nxt = next((p for p in people if linked(text, edge, p, step)), None)
            if nxt is None:
                break
            chain.append(nxt)
            edge = nxt
    first, last = min(chain, key=lambda p: p.start), max(chain, key=lambda p: p.end)
    before = ITEM_BEFORE.search(text, max(0, first.start - 60), first.start)
    return before is None and ITEM_AFTER.match(text, last.end) is None


def linked(text: str, edge: NewName, other: NewName, step: int) -> bool:
    """Whether `other` is the next item of the list after (step 1) or before (-1) `edge`."""
    left, right = (other, edge) if step < 0 else (edge, other)
    return left.end <= right.start and re.fullmatch(AND, text[left.end : right.start]) is not None


def a_foreign_pair(given: str, surname: str) -> bool:
    """A given name SGJP does not know, or a foreign one in the nominative ("Tuomas", "Iryna"),
    and a surname SGJP does not know or knows as a surname."""
    listed = nominative_given(given)
    foreign_given = (
        analyses(given)[0][1] == "ign"
        or given in INTERNATIONAL_GIVEN_NAMES
        or (listed is not None and listed[2] == "nom")
    )
    return foreign_given and (unknown_word(surname) or nominative_surname(surname))


def an_english_pair(given: str, surname: str) -> bool:
    """Two words an English page may write as a name: neither a function word, title, role or
    body's word, nor a kind of thing named after a place ("Lublin Centre"), nor an abstract
    noun ("Social Inclusion")."""
    return (
        is_name_word(given)
        and is_name_word(surname)
        and given not in HONORIFICS
        and surname not in EN_KIND_WORDS
        and not any(word.lower().endswith(EN_NOUN_SUFFIXES) for word in (given, surname))
    )


# Endings of English abstract nouns ("Social Inclusion", "Human Development"), which a list of
# partners or topics writes capitalised; no name ends so.
EN_NOUN_SUFFIXES = (
    "tion", "sion", "ment", "ness", "ity", "ship", "ism", "ance", "ence", "ights", "ices",
)  # fmt: skip


def middle_initial(words: list[str]) -> tuple[str, list[str]]:
    """'J.', ['Allenem'] from ['J.', 'Allenem']: a middle initial apart from the surname."""
    if words and len(words[0]) == 2 and words[0].endswith("."):
        return words[0], words[1:]
    return "", words


def with_middle_initial(base: str, initial: str) -> str:
    """'Kevin Allen' with 'J.' → 'Kevin J. Allen': the initial stays after the given name."""
    if not initial:
        return base
    given, _, rest = base.partition(" ")
    return f"{given} {initial} {rest}"


# "the Jacques Delors building", "the Willy Brandt Hall", "Paweł Adamowicz Prize": a name right
# before the head of a building's, a prize's or an institution's name is its patron, no person.
NAMED_FOR_HEAD = re.compile(
    r"[ \t]+(?i:building|hall|auditorium|room|centre|center|square|street|avenue|bridge|airport|"
    r"stadium|school|university|institute|foundation|prize|award|scholarship|fellowship|"
    r"lecture|library|museum|park|gallery|campus)\b"
)


# A short title in quotes: „Dwa lata miejskiej gościnności”, "Two Years of Urban Hospitality".
QUOTED_SPAN = re.compile(r"[„“\"](?P<inner>[^„”“\"\n]{3,120})[”“\"]")


def short_quoted_titles(text: str) -> list[tuple[int, int]]:
    """Spans of quoted titles: a few words with no sentence's end inside (a quoted speech,
    which may name people, is longer or ends with its full stop)."""
    return [
        m.span("inner")
        for m in QUOTED_SPAN.finditer(text)
        if len(m.group("inner").split()) <= 12 and not re.search(r"[.!?…]\s*$", m.group("inner"))
    ]


def inside(name: NewName, spans: list[tuple[int, int]]) -> bool:
    """Whether a name lies inside one of the spans (a person named in a report's title is the
    title's word, not a person the page speaks of)."""
    return any(start <= name.start and name.end <= end for start, end in spans)


def could_be_a_womans_nominative(words: list[str], base: str) -> bool:
    """ "Ivana Novak" read as Ivan's genitive may be a woman's name as written: it ends in -a,
    as a woman's given name does, and its surname is written as its base form is. "Marię
    Kowalską" ends in -ę, an accusative, and "Jana Nowaka" declines its surname as a man's
    ("poznała Jana Nowaka": the woman is the subject, the man the object)."""
    surnames = base.split()[-(len(words) - 1) :] if len(words) > 1 else []
    return base.split()[0] != words[0] and words[0].endswith("a") and surnames == words[1:]


def said_of_a_woman(text: str, start: int, end: int) -> bool:
    """A feminine noun in the nominative in apposition after the name ("…, szefowa działu"), or
    a feminine past verb right before it ("prowadziła Ivana Novak")."""
    after = re.match(r"\s*,\s*([^\W\d_]+)", text[end:])
    before = re.search(r"([^\W\d_]+)\s+$", text[max(0, start - 30) : start])

    def only(word: str, test: Callable[[str], bool]) -> bool:
        readings = [tag for _, tag, _ in analyses(word.lower())]
        return bool(readings) and all(test(tag) for tag in readings)

    feminine_noun = after is not None and only(
        after.group(1), lambda t: t.startswith("subst:sg:nom") and t.split(":")[3:4] == ["f"]
    )
    feminine_verb = before is not None and only(
        before.group(1), lambda t: t.startswith("praet:sg:f")
    )
    return feminine_noun or feminine_verb


# A given name in the nominative ends in a vowel -a/-o or a consonant ("Olena", "Dmytro",
# "Taras"); "Oksaną", "Ołeny" are oblique.
# ("Milou": an unknown name ending in -u does not decline; one ending in -i may be an oblique
# case of a Slavic -a name, "Liudmyli"; an -e ends no oblique case of a name but after -i-, -c-,
# -rz-, -dz-, -ż-, "Olenie", "Monice", "Barbarze", "Oldze": "Philippe", "Anne", "Pierre" are
# nominatives)
NOMINATIVE_ENDING = re.compile(r"(?<!em)(?<!om)(?:[aou]|[bcdfghjklłmnprstwzż]|(?<![icżz])e)$")
# Case endings of a man's given name that no nominative has: "Teviolem", "Giosanowi".
OBLIQUE_ENDING = re.compile(r"(?:em|om|owi|ego|emu|ą|ę)$")


def ends_as_a_nominative(given: str) -> bool:
    """A given name written as a nominative is: by its ending, or a listed Ukrainian name in the
    nominative whose ending looks oblique ("Artem", "Maksym" is no "-em" of an instrumental)."""
    listed = nominative_given(given)
    return bool(NOMINATIVE_ENDING.search(given)) or (listed is not None and listed[2] == "nom")


ROLE_CUE_BEFORE = re.compile(
    r"(?i)(?<!\w)(?P<cue>jest|był[a]?|został[a]?|pełni|kieruje|prowadzi|koordynuje|"
    r"prezes\w*|koordynator\w*|dyrektor\w*|przewodnicząc\w*|kierownik\w*|kierowniczk\w*|"
    r"specjalist\w*|ekspert\w*|asystent\w*|pełnomocni\w*|radn\w*|wiceprezes\w*|"
    r"zastęp\w*|członki\w*|członek|doradc\w*|doradczyni\w*|sekretarz\w*|rzeczni\w*|"
    r"komisarz\w*|burmistrz\w*|minist(?:er|ra|rowie)\b|wiceminist\w*|ambasador\w*|konsul\w*|"
    r"premier\w*|szef\w*|przedstawiciel\w*|profesor\w*|mer\b|"
    r"pani|pan|dr|mgr)"
    r"(?:\s+[\w.„”\"-]+){0,4}?\s*[:,]?\s*$"
)


# "Mosze Grinberg, rabin Gminy …", "Olena Hnatiuk, prezeska fundacji": a word for a post in
# the nominative in apposition after the name says the name is in the nominative too.
# (a page may capitalise posts: "Mathieu Klein, Prezydent Miasta Nancy", "Artem Valah, Konsul
# Generalny Ukrainy w Lublinie")
ROLE_CUE_AFTER = re.compile(
    r"(?i:(?:prezydent\w*|wiceprezydent\w*|burmistrz\w*|prezes\w*|koordynator(?:ka)?|dyrektor(?:ka)?|przewodnicząc[ya]|kierownik|"
    r"kierowniczka|specjalist(?:a|ka)|ekspert(?:ka)?|asystent(?:ka)?|pełnomocni(?:k|czka)|"
    r"radn[ya]|wiceprezes(?:ka)?|zastęp(?:ca|czyni)|członkini|członek|doradc[ay]|doradczyni|"
    r"sekretarz|rzeczni(?:k|czka)|rabin|ksiądz|imam|pastor|konsul|ambasador(?:ka)?|"
    r"założyciel(?:ka)?|szef(?:owa)?|socjolo(?:g|żka)|badacz(?:ka)?|profesor(?:ka)?|"
    r"psycholo(?:g|żka)|prawni(?:k|czka)|tłumacz(?:ka)?|mediator(?:ka)?|wolontariusz(?:ka)?|"
    # ("Erja Tikka, pracowniczka Ministerstwa Spraw Zagranicznych Finlandii"): whom one works for
    r"pracowni(?:k|czka)|urzędni(?:k|czka)|wykładow(?:ca|czyni)|naczelni(?:k|czka)|"
    # ("Montserrat Feixas, przedstawicielka UNHCR na Europę Środkową"): whom one acts for
    r"przedstawiciel(?:ka)?|reprezentant(?:ka)?|"
    # ("Witalij Kliczko, mer Kijowa", "Dmytro Łubinec, komisarz ds. praw człowieka"): the posts
    # of a town's, a region's and a state's government and of parliaments
    r"(?:wice)?mer(?:ka)?|komisarz|(?:wice)?minist(?:er|ra)|(?:wice)?wojewoda|"
    r"(?:wice)?marszał(?:ek|kini)|starost(?:a|ka)|wójt|(?:euro)?pos(?:eł|łanka)|"
    r"senator(?:ka)?|gubernator(?:ka)?|"
    # ("Mufida Nazri, fizjoterapeutka"): a profession
    r"dziennikar(?:z|ka)|nauczyciel(?:ka)?|lekar(?:z|ka)|trener(?:ka)?|opiekun(?:ka)?|"
    r"animator(?:ka)?|aktywist(?:a|ka)|działacz(?:ka)?|artyst(?:a|ka)|fizjoterapeut(?:a|ka)|"
    # ("Artem Valah, pełniący obowiązki Konsula Generalnego Ukrainy"): who acts in a post
    r"pełniąc[ya]\s+obowiązki)\b)"
)
APPOSITION_OPENER = re.compile(r"(?:\s*,|\s+[–—-])\s*")
SMALL_WORD = re.compile(r"([a-ząćęłńóśźż]+)\s+")


def role_cue_after(text: str, end: int) -> bool:
    """A word for a post in the nominative in apposition right after `end`, the adjectives of
    its rank before it at most ("…, starszy koordynator UNICEF")."""
    opener = APPOSITION_OPENER.match(text, end)
    if opener is None:
        return False
    at = opener.end()
    at += adjectives_before_a_noun(text[at : at + 80], ROLE_CUE_AFTER)
    return ROLE_CUE_AFTER.match(text, at) is not None


# Pronouns that decline as adjectives: "Fundacja X, której prezes Jan Nowak …" names whose
# post it is, not its rank.
PRONOUN_ADJECTIVES = frozenset(
    {"który", "jaki", "czyj", "ten", "tamten", "ów", "taki", "swój", "mój", "twój", "nasz", "wasz"}
)


def adjectives_before_a_noun(phrase: str, noun: re.Pattern[str]) -> int:
    """How far the adjectives before a noun `noun` matches go at the phrase's start ("starszy
    koordynator", "główna specjalistka", "krajowy koordynator"): up to two adjectives in small
    letters, each agreeing with the noun after them; 0 where there are none."""
    end = 0
    for _ in range(2):
        word = SMALL_WORD.match(phrase, end)
        readings = readings_of(word.group(1), ("adj",)) if word else []
        if word is None or not readings or {lemma for lemma, _ in readings} & PRONOUN_ADJECTIVES:
            return 0
        head = re.match(r"\w+", phrase[word.end() :]) if noun.match(phrase, word.end()) else None
        if head is not None and agree(
            readings_of(word.group(1), ("adj",)), readings_of(head.group(0), ("subst",))
        ):
            return word.end()
        end = word.end()
    return 0


# A woman's post in an oblique case after her name: "…, przedstawicielką UNHCR", "…, radną
# Lizbony", "…, koordynatorce projektu", "…, dyrektorki fundacji" (not the genitive and dative
# -ni of "członkini", which is also the nominative).
WOMANS_POST_OBLIQUE = re.compile(
    r"(?i:\s*,\s*(?:(?:przedstawiciel|dyrektor|koordynator|prezes|ambasador|wiceprezydent|"
    r"prezydent|pełnomocnicz|specjalist|ekspert|założyciel|kierownicz|asystent|rzecznicz|badacz|"
    r"profesor|socjoloż|psycholoż|prawnicz|tłumacz|mediator|wolontariusz|pracownicz|urzędnicz|"
    r"naczelnicz|trener)k(?:ą|i|ę|ce)|(?:burmistrzy|członki|doradczy|wykładowczy|zastępczy)"
    r"ni(?:ą|ę)|szefow(?:ą|ej)|radn(?:ą|ej)|przewodnicząc(?:ą|ej))\b)"
)


VERB_CUE = re.compile(
    r"(?i)jest|był[a]?|został[a]?|pełni|kieruje|prowadzi|koordynuje", re.IGNORECASE
)


# A programme line's hour right before the name ("**12:45** ", "- 10:30 – ", "| 9.00 | ").
HOUR_OF_A_PROGRAMME = re.compile(
    r"(?:^|\n)[\s*•|-]*\d{1,2}[:.]\d{2}(?:\s*[–—-]\s*\d{1,2}[:.]\d{2})?[\s*|]*(?:[–—-]\s*)?$"
)


# "z Fundacji Zustricz – ", "ze Związku Ukraińców w Polsce (ZUwP) – ": a caption's "from" a
# body, then a dash: who follows is listed under it, in the nominative (not "Fiona Winders –
# Development Coordinator": a person's post after the dash)
DASH_AFTER_A_NAME = re.compile(
    r"(?<![\w-])ze?[ \t]+[A-ZŁŚŻŹĆŃÓĘĄ][^–—\n]{1,60}(?:[\w.]|\))[ \t]+[–—-][ \t]*$"
)


def nominative_cue(before: str) -> bool:
    """A word for a post in the nominative ("Prezeska fundacji Olena …") or a verb ("jest",
    "pełni") before the name: after "kierownika programu" the name is in the genitive, and an
    unknown given name cannot be put back in the nominative."""
    if HOUR_OF_A_PROGRAMME.search(before):
        return True  # "**12:45** Iryna Bondar, Fundacja …": a programme lists its speakers so
    cues = [m for start in range(len(before)) if (m := ROLE_CUE_BEFORE.match(before, start))]
    if not cues:
        return False
    word = cues[-1].group("cue")  # the word nearest the name
    if VERB_CUE.fullmatch(word):
        return True
    readings = analyses(word)
    # "doradcy projektu": a genitive singular, though also a nominative plural
    return not any(tag.startswith("subst") for _, tag, _ in readings) or any(
        re.match(r"subst:sg:(?:[\w]+\.)*nom\b", tag) for _, tag, _ in readings
    )


# Cues that do not say the case of the name after them ("u pani Oksany", "z dr Iryną").
CASELESS_CUES = frozenset({"pani", "dr", "mgr"})


def after_a_post(before: str) -> bool:
    """ "sekretarz generalny Rady Europy Terry Davis": a word for a post in the nominative
    before a census given name ("Terry") and a surname SGJP knows ("Davis") says the pair is a
    name in the nominative; after "koordynatorki" or "pani" it would be in another case. (Not
    used for given names no list has: "prezes stowarzyszenia Naki Nasan" is a woman's genitive
    after an undeclined post.)"""
    cues = [m for start in range(len(before)) if (m := ROLE_CUE_BEFORE.match(before, start))]
    if not cues or cues[-1].group("cue").lower() in CASELESS_CUES:
        return False
    return nominative_cue(before)


def body_in_brackets_after(text: str, end: int) -> bool:
    """ "– Chiara Montanari (Jednostka Miast Międzykulturowych Rady Europy)", "Oksana Melnyk
    (Fundacja „Dialog”)": a name followed by the body it comes from in brackets is written as
    a list of speakers writes it, in the nominative."""
    bracket = re.match(r"\s*\((?P<head>[A-ZŁŚŻŹĆŃÓĘĄ][\w-]*)", text[end : end + 60])
    return bracket is not None and bool(head_lemma(bracket.group("head")) & BODY_HEADS)


def body_after_from(text: str, end: int) -> bool:
    """ "oraz Iryna Sawczuk ze Stowarzyszenia Podkarpacki Dom Sąsiedzki": a name followed by
    the body its bearer comes from ("z", "ze", "from") is a person's."""
    after = re.match(
        r"\s*,?\s+(?:z|ze|from)\s+(?:the\s+)?(?P<head>[A-ZŁŚŻŹĆŃÓĘĄ][\w-]*)", text[end : end + 60]
    )
    if after is None:
        return False
    # "Yulian Hofman z Ukrainy, Asseff Salloom z Syrii": or the country or town they come from
    head = after.group("head")
    return bool(head_lemma(head) & BODY_HEADS) or any(
        "nazwa_geograficzna" in quals for _, _, quals in analyses(head)
    )


# Words that may stand between a verb and its subject: "uczestniczyła także Olena …".
BETWEEN_VERB_AND_SUBJECT = {"też", "także", "również", "jeszcze", "wówczas", "wtedy", "m.in."}


def subject_of_the_verb_before(before: str) -> bool:
    """ "W spotkaniu uczestniczyła Olena Hnatiuk", "warsztat poprowadziły Anastasiia Melnyk i …",
    "– mówi Olena …": a verb of the third person right before the name (a past form without a
    personal ending, or a present one) has it for its subject, in the nominative ("zaprosiliśmy
    Olenę" has a first person's ending, and "Olenę" an oblique one)."""
    words = [w for w in before.split() if w.lower() not in BETWEEN_VERB_AND_SUBJECT]
    if not words or not re.fullmatch(r"[a-ząćęłńóśźż]+", words[-1]):
        return False
    readings = [tag for _, tag, _ in analyses(words[-1])]
    if any(tag.startswith("aglt") for tag in readings):
        return False
    return any(tag.startswith("praet") or re.match(r"fin:(?:sg|pl):ter\b", tag) for tag in readings)


def subject_of_the_verb_after(given: str, after: str) -> bool:
    """ "Olena Hnatiuk przyjechała do Szczecina", "Taras Melnyk otworzył …": a past verb of the
    third person right after the name, of the gender the given name's ending gives it (-a a
    woman's, "-ła"; a consonant a man's, "-ł"), has the name for its subject, in the nominative.
    The agreement keeps out a body that acts ("Caritas Polska prowadziła" agrees with no
    man)."""
    verb = re.match(
        r"\s+(?:(?:też|także|również|wtedy|wówczas|już|dziś)\s+)?([a-ząćęłńóśźż]+)", after
    )
    if not ends_as_a_nominative(given):
        return False
    if verb is None or verb.group(1) in ("i", "oraz"):
        return subject_with_another_name(after)
    readings = [tag for _, tag, _ in analyses(verb.group(1))]
    listed = nominative_given(given)
    # (the list knows men's names in -a: "Mykoła", "Mykyta")
    gender = "f" if (listed[1] == "f" if listed else given.endswith("a")) else "m1"
    return any(
        tag.startswith("praet:sg:") and gender in tag.split(":")[2].split(".") for tag in readings
    )


# "Iryna Stopnyk i Olena Liashchenko przyszły …": another name of two capitalised words after
# "i"/"oraz", then a past verb in the plural
COORDINATED_SUBJECT = re.compile(
    rf"\s+(?:i|oraz)\s+[A-ZŁŚŻŹĆŃÓĘĄ{FOREIGN_CAPITALS}][\w'-]+\s+"
    rf"[A-ZŁŚŻŹĆŃÓĘĄ{FOREIGN_CAPITALS}][\w'-]+\s+(?:(?:też|także|również|już)\s+)?"
    r"(?P<verb>[a-ząćęłńóśźż]+)"
)


def subject_with_another_name(after: str) -> bool:
    """Whether the name is the first of two people a plural past verb after both has for its
    subject ("… i Olena Liashchenko przyszły", "… oraz Taras Melnyk otworzyli")."""
    both = COORDINATED_SUBJECT.match(after)
    return both is not None and any(
        tag.startswith("praet:pl:") for _, tag, _ in analyses(both["verb"])
    )


def nominative_surname(word: str) -> bool:
    """A surname SGJP knows, read in the nominative ("Melnyk", not "Brejta" of "Brejt")."""
    return any(
        "nazwisko" in qualifiers and re.search(r"(?:^|[:.])nom(?:[:.]|$)", tag)
        for _, tag, qualifiers in analyses(word)
    )


def surname_lemmas(word: str) -> set[str]:
    """The surnames a capitalised word may be a form of ("Krupy" → Krupa), and the word itself."""
    return {lemma for lemma, _, q in analyses(word) if "nazwisko" in q} | {word}


def surname_mentions(
    text: str, people: list[NewName], taken: list[Mention], base: str
) -> list[Mention]:
    """ "Prezydent Katowic Marcin Krupa nie podpisał … Według Krupy …": a person's surname alone,
    in any case SGJP reads it in, is that person, where only one person of the page bears it."""
    owners: dict[str, set[str]] = {}
    for person in people:
        if person.kind == "person" and " " in person.base:
            owners.setdefault(person.base.split()[-1], set()).add(person.iri(base))
    found = []
    for match in re.finditer(r"(?<![\w-])[A-ZŁŚŻŹĆŃÓĘĄ][\w-]+", text):
        if overlaps(match.start(), match.end(), taken) or in_a_patrons_name(text, match.start()):
            continue
        word = match.group(0)
        readings = surname_lemmas(word)
        named = [iri for surname, iris in owners.items() if surname in readings for iri in iris]
        if len(named) == 1:
            found.append(Mention(match.start(), match.end(), word, named[0], "person"))
    return found


# A word for a mayor right before a surname: "prezydent Krupa", "prezydenta Żuka", "mayor Żuk".
MAYOR_BEFORE = re.compile(
    r"(?i)\b(?:prezydent\w*|wiceprezydent\w*|włodarz\w*|gospodarz\w*|mayor)\s+(?:\w+\s+){0,2}$"
)


def known_surname_mentions(
    text: str, reference: Reference, people: list[NewName], taken: list[Mention]
) -> list[Mention]:
    """ "Krupa: nie podpisałem", "prezydent Żuk podkreślił": a surname alone, in any case, of
    a reference person (a member city's mayor) whom no person of the page shares it with is
    that person, where the page names the person's city or a word for a mayor precedes it."""
    page_surnames = {p.base.split()[-1] for p in people if p.kind == "person"}
    page_surnames |= {m.text.split()[-1] for m in taken if m.kind == "person"}
    cities = {m.iri for m in taken if m.kind == "city"}
    found = []
    for match in re.finditer(r"(?<![\w-])[A-ZŁŚŻŹĆŃÓĘĄ][\w-]+", text):
        if overlaps(match.start(), match.end(), taken) or in_a_patrons_name(text, match.start()):
            continue
        word = match.group(0)
        readings = surname_lemmas(word)
        candidates = [
            (iri, city)
            for surname in readings - page_surnames
            for iri, city in reference.people_by_surname.get(surname, ())
        ]
        cued = MAYOR_BEFORE.search(text[max(0, match.start() - 40) : match.start()]) is not None
        if len(candidates) == 1 and (cued or candidates[0][1] in cities):
            found.append(Mention(match.start(), match.end(), word, candidates[0][0], "person"))
    return found


def foreign_name(text: str, match: re.Match[str], taken: list[Mention]) -> NewName | None:
    """'dyrektor JCC Kraków Jonathan Ornstein': a given name of the census list that SGJP does
    not know, then a capitalised word SGJP does not know either, is a foreign name as written;
    so is a given name no list has, in the nominative, with an unknown or SGJP surname, after a
    word for a post ("koordynatorką jest Oksana Melnyk")."""
    initial, rest = middle_initial(match.group(2).split())
    given, surname = match.group(1), rest[0]
    ukrainian = ukrainian_person(text, match.start(1), given, surname, initial, taken)
    if ukrainian is not None:
        return ukrainian
    # where the name ends: after the surname, the middle initial counted
    name_end = match.start(1) + len(given) + 1 + (len(initial) + 1 if initial else 0) + len(surname)
    # A post after the name says it is one: in the nominative, or in an oblique case — a woman's
    # ("z Leylą Kayacik, przedstawicielką UNHCR": her given name declines, her surname does not)
    # or a man's ("Rasheda Mustafy Sarwara, przedstawiciela UNICEF": each word is read back)
    mans_case = mans_post_case(text, name_end)
    role_after = (
        role_cue_after(text, name_end)
        or WOMANS_POST_OBLIQUE.match(text, name_end) is not None
        or mans_case is not None
        or post_after_a_third_word(text, name_end, given, initial)
    )
    # "Artem Bondarenko przyjechał", "Taras Kliczko, mer …": a listed Ukrainian given name in
    # the nominative that SGJP reads as a surname's form ("Art") or a common noun ("taras") is
    # the given name; its verb must still agree, or a post follow
    listed = nominative_given(given)
    listed_subject = (
        listed is not None
        and listed[2] == "nom"
        and (role_after or subject_of_the_verb_after(given, text[name_end:]))
    )
    if (
        analyses(given)[0][1] != "ign"
        and not listed_subject
        and not (
            # "Mosze Grinberg, rabin …": SGJP reads "Mosze" only as a surname's form (not "TAK! Dla
            # Polski, wiceprezydent …": a preposition opens no name)
            role_after
            and not given_names(given)
            and not is_common_noun(given)
            and not no_name_word(given)
        )
    ):
        return None
    # ("Livia Styp-Rekowska": each part of a double surname is capitalised)
    capital, small = f"A-ZŁŚŻŹĆŃÓĘĄ{FOREIGN_CAPITALS}", f"a-ząćęłńóśźż'{FOREIGN_SMALL}"
    if not re.fullmatch(rf"[{capital}][{small}]+(?:-[{capital}]?[{small}]+)*", surname):
        return None
    if any(w.lower() in EN_BODY_HEADS and not polish_word(w) for w in (given, surname)):
        # "Icelandic Council", "Integration Agency", "Business Centre Club": an English body's
        # name, no person's
        return None
    unknown_surname = analyses(surname)[0][1] == "ign"
    # (the words before a double given name, "powitała Anne-Sophie Hansen", go before its first
    # part)
    opening = name_opening(text, match.start(1))
    # "uczestniczyła Olena Hnatiuk", "zabrał Serhii Parobyk": the subject of the verb before it
    # is in the nominative whatever its endings and whatever SGJP reads its surname as
    subject = (
        subject_of_the_verb_before(text[max(0, opening - 40) : opening])
        # ("z Fundacji Nasz Wybór – Oleksandra Pustova": people listed under their body)
        or DASH_AFTER_A_NAME.search(text[max(0, opening - 80) : opening]) is not None
        or body_in_brackets_after(text, name_end)
        or subject_of_the_verb_after(given, text[name_end:])
    )
    if given in INTERNATIONAL_GIVEN_NAMES:
        # "sekretarz generalny Rady Europy Terry Davis": a surname SGJP knows, after a post
        if not unknown_surname and not (
            nominative_surname(surname)
            and (
                role_after
                or subject
                or after_a_post(text[max(0, opening - 50) : opening])
                or body_after_from(text, name_end)
            )
        ):
            return None
    elif not (
        (unknown_surname or nominative_surname(surname) or subject or listed_subject)
        and (ends_as_a_nominative(given) or role_after or subject)
        # (a post in the nominative after the name says the name is in it too: "Artem Valah,
        # Konsul Generalny …" ends like an instrumental and is none)
        and (role_after or ends_as_a_nominative(given) or not OBLIQUE_ENDING.search(given))
        and (
            nominative_cue(text[max(0, opening - 50) : opening])
            or role_after
            or subject
            or body_after_from(text, name_end)
        )
    ):
        # "koordynatorką jest Oksana Melnyk", "prezeska fundacji Olena Hnatiuk": a given name
        # no list has (Ukrainian, Georgian …) is a name after a word for a post.
        return None
    start, end = match.start(1), name_end
    last = UNKNOWN_THIRD_WORD.match(text, end) if unknown_surname and not initial else None
    if last and unknown_word(last["word"]) and last["word"].lower() not in EN_BODY_HEADS:
        # "przedstawiciel UNICEF Rashed Mustafa Sarwar": a third word SGJP does not know either
        # ends the name (the second was a second given name or the first part of the surname)
        surname, end = f"{surname} {last['word']}", last.end()
    if overlaps(start, end, taken):
        return None
    if mans_case is not None:
        words = [foreign_mans_nominative(w, mans_case) for w in [given, *surname.split()]]
        base = with_middle_initial(" ".join(words), initial)
    else:
        base = with_middle_initial(
            f"{foreign_nominative(given)} {foreign_surname_nominative(surname)}", initial
        )
    return NewName(start, end, text[start:end], base, "person")


def foreign_surname_nominative(surname: str) -> str:
    """A foreign surname SGJP does not know that ends in -ę or -ą is one in -a, declined as a
    Polish noun in -a is ("powitał Yugo Azumę", "z Yugo Azumą" -> "Azuma"): no nominative ends
    so. Any other ending stays as written."""
    if len(surname) > 3 and surname.endswith(("ę", "ą")) and unknown_word(surname):
        return surname[:-1] + "a"
    return surname


def post_after_a_third_word(text: str, end: int, given: str, initial: str | None) -> bool:
    """A word for a post in the nominative after a third word no dictionary knows ("Anna Nowak
    i Rashed Mustafa Sarwar, koordynator UNICEF": the post follows the whole name), where the
    first word is no Polish word either ("w Polsce Ziyad Raoof, konsul …" names Ziyad Raoof)."""
    if initial or not unknown_word(given):
        return False
    last = UNKNOWN_THIRD_WORD.match(text, end)
    return last is not None and unknown_word(last["word"]) and role_cue_after(text, last.end())


# A man's post in an oblique case after his name: "…, przedstawiciela UNICEF", "…, dyrektorem
# biura", "…, konsulowi generalnemu", "…, radnego miasta", "…, krajowym koordynatorem": the
# post's ending gives the case.
MANS_POST_OBLIQUE = re.compile(
    # (a rank before the post agrees with it: "…, krajowym koordynatorem", "…, starszego …")
    r"(?i:\s*,\s*(?:[a-ząćęłńóśźż]+(?:ym|im|ego|iego|emu|iemu)\s+)?"
    r"(?:(?:przedstawiciel|dyrektor|koordynator|prezes|ambasador|konsul|burmistrz|"
    r"wiceprezydent|prezydent|pełnomocnik|ekspert|założyciel|kierownik|asystent|rzecznik|badacz|"
    r"profesor|sekretarz|szef|członk|pracownik|urzędnik|naczelnik|trener)(?P<end>iem|em|owi|a)|"
    # (a noun in -ca, "wykładowca", is of the -a declension: its -a is the nominative)
    r"(?:doradc|zastępc|wykładowc|specjalist)(?P<a_end>y|ą)|"
    # (an adjective's feminine nominative ends in -a: "radna", "przewodnicząca")
    r"(?:przewodnicząc|radn)(?P<adj_end>ego|emu|ym))\b)"
)
MANS_POST_CASES = {"a": "gen", "ego": "gen", "y": "gen", "em": "inst", "iem": "inst", "ym": "inst",
                   "ą": "inst", "owi": "dat", "emu": "dat"}  # fmt: skip


def mans_post_case(text: str, end: int) -> str | None:
    """The case a man's post right after the name (or after a third word no dictionary knows:
    "Rasheda Mustafy Sarwara, przedstawiciela …") gives it."""
    post = MANS_POST_OBLIQUE.match(text, end)
    third = UNKNOWN_THIRD_WORD.match(text, end) if post is None else None
    if third is not None and unknown_word(third["word"]):
        post = MANS_POST_OBLIQUE.match(text, third.end())
    if post is None:
        return None
    ending = post["end"] or post["a_end"] or post["adj_end"]
    return MANS_POST_CASES[ending.lower()]


UNKNOWN_THIRD_WORD = re.compile(
    rf" (?P<word>[A-ZŁŚŻŹĆŃÓĘĄ{FOREIGN_CAPITALS}][a-ząćęłńóśźż'{FOREIGN_SMALL}-]+)(?![\w-])"
    r"(?! [A-ZŁŚŻŹĆŃÓĘĄ])"
)


def unknown_word(word: str) -> bool:
    return all(tag == "ign" for _, tag, _ in analyses(word))


def ukrainian_person(
    text: str, start: int, given: str, surname: str, initial: str, taken: list[Mention]
) -> NewName | None:
    """'z Oksaną Melnyk', 'wybrano Irynę Bondarenko', 'dla Tarasa Melnyka': a listed Ukrainian
    given name in any case (language/ukrainian_names.py) and a surname SGJP does not know or
    knows as a surname (not "na Tarasie Widokowym")."""
    found = nominative_given(given)
    if found is None or not re.fullmatch(r"[A-ZŁŚŻŹĆŃÓĘĄ][a-ząćęłńóśźż'-]+", surname):
        return None
    if not all(tag.startswith("ign") for _, tag, _ in analyses(surname)) and not any(
        "nazwisko" in quals for _, _, quals in analyses(surname)
    ):
        return None
    nominative, gender, case = found
    if case == "nom":
        return None  # (the nominative is read as other foreign names are, its verb agreeing)
    end = start + len(given) + 1 + (len(initial) + 1 if initial else 0) + len(surname)
    if overlaps(start, end, taken):
        return None
    base = with_middle_initial(f"{nominative} {surname_nominative(surname, gender, case)}", initial)
    return NewName(start, end, text[start:end], base, "person")


# The endings of a woman's given name in -a in the oblique cases Polish gives it ("z udziałem
# Oksany", "z Oksaną", "o Oksanę"): a name no list knows, so read by its ending alone.
FEMININE_OBLIQUE = re.compile(r"(?<=[bcdfhjlłmnprstwvz])(?:y|ą|ę)$")


def foreign_nominative(given: str) -> str:
    """ "Oksany" → "Oksana", "Iryną" → "Iryna": a given name SGJP and the census list do not
    know, in an oblique case of the -a declension, back in the nominative (a woman's surname of
    such a name, "Melnyk", does not decline)."""
    if given in INTERNATIONAL_GIVEN_NAMES or not FEMININE_OBLIQUE.search(given):
        return given
    return given[:-1] + "a"


def known_surname(word: str) -> bool:
    return any("nazwisko" in quals for _, _, quals in analyses(word))


def person_words(given: str, surnames: list[str]) -> list[str] | None:
    """The words of the name: the given name, its surname, and a second surname word only where
    SGJP knows it as a surname agreeing with the given name ('Jędrzej Solarski', not 'Jędrzej
    Solarski Poznań'). A 'surname' that heads a body ('Anna Fundacja') is no name; a word SGJP
    knows both as an institution's name and as a surname ('Katarzyna Duma') is the surname."""
    heads = head_lemma(surnames[0]) - ({INSTITUTION_NAME} if known_surname(surnames[0]) else set())
    if heads & (UNIT_HEADS | ORGANISATION_HEADS) or ROMAN.match(surnames[0]):
        return None
    if head_lemma(given) & VENUE_HEADS:
        return None  # "w Sali Białej": a hall, not Ms Sala Biała
    if surnames[0].lower() in EN_BODY_HEADS and not polish_word(surnames[0]):
        return None  # "International Orthodox Christian Charities": an English body's words
    words = [given, surnames[0]]
    found = person_name(words)
    unknown_surname = all(tag.startswith("ign") for _, tag, _ in analyses(surnames[0]))
    if found is None or (found.cost > 0 and is_common_noun(given) and not unknown_surname):
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
    # buildings and church institutions named after a saint or a pope ("Hotel Jana Pawła II",
    # "Parafia Świętego Augustyna", "Hospicjum Jana Pawła II")
    "hotel",
    "hostel",
    "pensjonat",
    "schronisko",
    "bursa",
    "internat",
    "hospicjum",
    "kościół",
    "parafia",
    "kaplica",
    "bazylika",
    "katedra",
    "sanktuarium",
    "klasztor",
    "seminarium",
    "kolegium",
    "pałac",
    "dworek",
    "willa",
    "kamienica",
    "galeria",
    "kino",
    "filharmonia",
    "opera",
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
# a council's or board's term, numbered by a Roman ordinal before it ("VIII kadencji")
TERM = re.compile(r"(?i)kadencj")
TOKEN_BEFORE = re.compile(r"(\S+)\s+$")


# "Union of Polish Metropolises named after Paweł Adamowicz": English names its patron so.
# (a surname alone is the patron's too when the given name stands between it and the cue)
ENGLISH_PATRON_CUE = re.compile(
    r"\b(?i:named|renamed)\s+(?i:after|for)\s+(?:[^\W\d_][\w'-]*\.?\s+)?$"
)


def is_patron(text: str, start: int) -> bool:
    """Whether the name at `start` is in the genitive right after a patron cue, ranks and
    honorifics aside: a patron is always named in the genitive ('przy ul. Jana Nowaka'); in
    English, after "named after"."""
    if ENGLISH_PATRON_CUE.search(text[max(0, start - 40) : start]):
        return True
    name_words = text[start:].split()[:2]
    found = person_name(name_words)
    genitives = {
        g.gender for g in given_names(name_words[0]) if "gen" in g.cases and g.number == "sg"
    }
    if found is None or not genitives:
        return False
    if len(name_words) > 1 and not surname_in_the_genitive(name_words[1], genitives):
        return False  # "koordynatorka Zespołu Berta Podkowińska": Berta, not Bert's genitive
    before = text[max(0, start - 200) : start]
    if before.rstrip().endswith(","):
        return False  # "koordynatorka Zespołu, Karolina Wendt": an apposition, not a patron
    adjectives = 0
    for _ in range(6):
        match = TOKEN_BEFORE.search(before)
        if match is None:
            return False
        token = match.group(1).strip("„”\"'(,")
        before = before[: match.start()]
        lowered = token.lower()
        if lowered in PATRON_CUE_ABBREVIATIONS or cue_lemmas(token) & PATRON_CUE_LEMMAS:
            # "Katolickiego Uniwersytetu Lubelskiego Jana Pawła II": a school's adjectives may
            # stand between it and its patron; not after a post held there ("rektora
            # Uniwersytetu Łódzkiego Jana Nowaka" is the rector)
            return not adjectives or (
                bool(cue_lemmas(token) & SCHOOL_CUE_LEMMAS) and not held_post_before(before)
            )
        if token[:1].isupper() and capitalised_adjective(token) and adjectives < 2:
            adjectives += 1
            continue
        if not (lowered in PATRON_HONORIFICS or cue_lemmas(token) & PATRON_HONORIFICS):
            return False
    return False


# Schools are named after patrons without "im." ("Uniwersytet Medyczny Karola Marcinkowskiego")
SCHOOL_CUE_LEMMAS = {"uniwersytet", "akademia", "politechnika", "uczelnia", "szkoła", "liceum"}
# Who holds a post at a school, named before it ("rektora Uniwersytetu Łódzkiego Jana Nowaka")
SCHOOL_POSTS = {
    "rektor", "prorektor", "dziekan", "prodziekan", "dyrektor", "kierownik", "prezes",
    "przedstawiciel", "przedstawicielka", "pracownik", "pracownica", "profesor", "koordynator",
    "koordynatorka", "wykładowca", "badacz", "badaczka", "naukowiec", "ekspert", "ekspertka",
    "członek", "rzecznik", "pełnomocnik", "student", "studentka", "doktorant", "doktorantka",
}  # fmt: skip


def capitalised_adjective(word: str) -> bool:
    return any(tag.startswith("adj:") for _, tag, _ in analyses(word.lower()))


def held_post_before(before: str) -> bool:
    match = TOKEN_BEFORE.search(before)
    return match is not None and bool(cue_lemmas(match.group(1)) & SCHOOL_POSTS)


def in_a_patrons_name(text: str, start: int) -> bool:
    """Whether a name at `start` is a patron's, or the surname of one ("UMP im. Pawła
    Adamowicza": a known surname alone is found inside the patron's full name)."""
    if is_patron(text, start):
        return True
    match = TOKEN_BEFORE.search(text[max(0, start - 40) : start])
    if match is None or not match.group(1)[:1].isupper():
        return False
    return is_patron(text, start - len(match.group(0)))


def surname_in_the_genitive(word: str, genders: set[str]) -> bool:
    return surname_in_case(word, genders, "gen")


def surname_in_case(word: str, genders: set[str], case: str) -> bool:
    """Whether every part of a surname ("Nowaka", "Curie-Skłodowskiej") may be a singular of
    one of the given name's genders in the case, or is unknown to SGJP (and may be anything)."""
    for part in word.strip('.,;:)”"').split("-"):
        readings = [tag for _, tag, _ in analyses(part)]
        if not readings or all(tag == "ign" for tag in readings):
            continue
        if not any(
            tag.startswith(("subst", "adj"))
            and tag_has(tag, 1, "sg")
            and tag_has(tag, 2, case)
            and any(tag_has(tag, 3, g) for g in genders)
            for tag in readings
        ):
            return False
    return True


def is_common_noun(word: str) -> bool:
    return any(tag.startswith("subst") and lemma[:1].islower() for lemma, tag, _ in analyses(word))


def cue_lemmas(token: str) -> set[str]:
    return {lemma.split(":")[0].lower() for lemma, _, _ in analyses(token)}


def find_named_bodies(text: str, taken: list[Mention], language: str = "pl") -> list[NewName]:
    """Capitalised phrases headed by an organisation, unit or venue noun, in any case: the name
    starts at the head noun or at the capitalised adjectives before it ('w Europejskim Centrum
    Solidarności'), so a sentence's first word ('Przedstawiciele Fundacji …') is not part of it,
    and it ends before a name already found (a person after the body's name). Documents named
    by their kind and subject come first ('stanowisko w sprawie …', 'uchwała nr …'), then
    associations named in quotes ('stowarzyszenie „Społecznie Zaangażowani”'). An English page
    is read by English rules (`english_bodies`)."""
    if language == "en":
        documents = english_documents(text, taken)
        in_quotes = english_quoted_bodies(text, taken + mentions_of(documents))
        bodies = in_quotes + english_bodies(text, taken + mentions_of(documents + in_quotes))
        known = taken + mentions_of(bodies + documents)
        return sorted(documents + bodies + english_initiatives(text, known), key=lambda n: n.start)
    found = find_documents(text, taken) + quoted_bodies(text, taken) + ombudsmen(text, taken)
    found += numbered_bodies_listed(text, taken + mentions_of(found))
    found += abbreviated_schools(text, taken + mentions_of(found))
    found += quoted_places(text, taken + mentions_of(found))
    found += companies_named(text, taken + mentions_of(found))
    found += bodies_by_a_small_kind_word(text, taken + mentions_of(found))
    found += venues_by_a_small_kind_word(text, taken + mentions_of(found))
    found += self_titled_documents(text, taken, found)
    found += cited_titles(text, taken, found)
    found += sentence_case_titles(text, taken, found)
    found += acts_by_their_titles(text, taken, found)
    found += regional_units(text, taken, found)
    editions: list[tuple[int, int]] = []
    for match in re.finditer(r"(?<![\w])[A-ZŁŚŻŹĆŃÓĘĄ][\w-]*", text):
        if overlaps(match.start(), match.end(), taken) or any(
            n.start <= match.start() < n.end and not n.holds_names for n in found
        ):
            continue
        if any(start <= match.start() < end for start, end in editions):
            continue
        words = phrase_words(text, match.start(), taken)
        parent_at = parent_university_at([w.group(0) for w in words])
        if parent_at and known_other_than_a_university(words[parent_at], taken):
            parent_at = None  # "Centrum Analiz i Badań UMP": the Union's acronym, no university's
        administration_at = parent_administration_at([w.group(0) for w in words], text)
        if administration_at and any(
            m.start <= words[administration_at].start() < m.end for m in taken
        ):
            administration_at = None  # "Centrum Analiz i Badań UMP": a known body's own centre
        parent_at = parent_at or administration_at
        association_at = parent_association_at([w.group(0) for w in words])
        if association_at and any(m.start <= words[association_at].start() < m.end for m in taken):
            # "Komisja Rewizyjna Unii Metropolii Polskich": a known body's own organ is
            # registered with its owner's name (the unit of the known body is made apart)
            association_at = None
        parent_at = parent_at or association_at
        words = words[:parent_at] if parent_at else words
        surface = [w.group(0) for w in words]
        ordinal = opening_ordinal(surface)
        head = head_index(surface[ordinal:])
        if head is None or len(words) < 2:
            continue
        head += ordinal
        end = words[-1].end()
        legal_form = LEGAL_FORM_AFTER.match(text, end)
        end = legal_form.end() if legal_form else end
        if head_lemma(surface[0]) & TITLED_DOCUMENT_HEADS and TITLE_AFTER.match(text, end):
            continue  # "Raport Centrum Analiz i Badań UMP „Sąsiedzka pomoc”": the quote is its name
        if any(
            match.start() < n.end
            and n.start < end
            and not n.holds_names
            # ("Rada ds. realizacji Strategii „Wspólny Gdańsk”": the strategy's title is a word
            # of the body's name, and a document of its own)
            and not (match.start() < n.start and n.end <= end + 1 and n.kind == "document")
            for n in found
        ):
            continue
        if a_town_not_a_body(surface[head]):
            continue
        if head_lemma(surface[head]) & AREA_HEADS and inside_a_run(text, match.start()):
            continue  # "Lokalna Organizacja Turystyczna Metropolia Lublin": a word of a name
        if an_editions_event(text, match.start(), surface[head]):
            # "XIV Forum Cudzoziemców", "XII Forum Polityki Migracyjnej": the fourteenth forum
            # was held, no body; the words of its name name nothing else either
            editions.append((match.start(), words[-1].end()))
            continue
        heads = [head_lemma(surface[head])]
        seat = seat_after(text, end, taken)
        # 'w Europejskim Centrum Solidarności w Gdańsku': a place where something happens, and
        # the city it is in; 'Centrum Wielokulturowe w Krakowie otrzymało …': the seat.
        in_place = seat is not None and after_locative_preposition(text, match.start())
        # ("w Miejskim Ośrodku Pomocy Społecznej w Rzeszowie": a local unit is a body there)
        kind = body_kind(heads, venue_position=in_place and not a_local_unit(surface, head))
        kind = "org" if kind is None and a_board_or_self_government(surface, head) else kind
        if kind is None or (kind == "document" and last_of_a_complement(text, match.start())):
            continue
        if kind in ("org", "unit", "venue") and a_kind_of_bodies(surface, head):
            continue  # "w gdańskich Domach Sąsiedzkich": a kind of place, no one body's name
        if (
            kind == "document"
            and not heads[0] & {"program", "projekt"}
            and MATTER_BEFORE.search(text, max(0, match.start() - 12), match.start())
        ):
            continue  # "wiceprezydent Krakowa ds. Polityki Społecznej": a portfolio, no document
        if kind == "document" and EVENTS_HEAD_BEFORE.search(
            text, max(0, match.start() - 20), match.start()
        ):
            continue  # "XI Festiwalu Polityki Migracyjnej": a word of the event's name
        if names_a_known_initiative(words, taken):
            continue  # "Program ICC": the programme the reference knows, by its kind and name
        if parent_at:
            kind = "unit"  # read with its university: "Ośrodek … Uniwersytetu Warszawskiego"
        base = branch_base_form(text, words, taken) or body_base_form(text, words[ordinal:])
        base = f"{surface[0]} {base}" if ordinal else base
        if legal_form:
            # (the form stays as written: it does not decline with the name)
            base = f"{base} {legal_form.group('form')}"
        station = bool(head_lemma(surface[head]) & STATION_HEADS)
        if (
            seat is not None
            and (
                not in_place
                or generic_name(surface, head)
                or a_branch(surface, head, words, taken)
                or station
            )
            # ("Dworzec Główny PKP w Krakowie": a station's name is its town's, as a venue too)
            and (kind != "venue" or station)
            and (
                takes_seat(surface, head)
                or a_branch_in_a_town(text, end, surface, head, words, taken)
            )
        ):
            base, end = base + ACRONYM_IN_BRACKETS.sub("", text[end:seat]), seat
        elif seat is None and kind == "org" and takes_seat(surface, head):
            town = town_said_before(text, match.start(), taken)
            base = f"{base} {town}" if town else base
        if kind == "fund":
            # "Fundusze Europejskie dla Dolnego Śląska 2021-2027": whom a funding programme is
            # for and its years are part of its name (as written: the region in the genitive)
            region = FUND_FOR.match(text, end)
            if region and region.end() > end:
                base, end = base + text[end : region.end()], region.end()
        if kind == "document":
            # 'Strategia … na lata 2018–2022': the period a document covers is part of its name.
            period = DOCUMENT_PERIOD.match(text, end)
            if period:
                base, end = base + text[end : period.end()], period.end()
        country = IN_POLAND.match(text, end)
        if (
            country
            and (kind == "org" or (kind == "unit" and not parent_at))
            # ("radca w Ambasadzie Ukrainy w Polsce": a mission's country is its name's, also
            # where the mission is the place someone works)
            and (not in_place or a_foreign_mission(surface, head))
            and not known_country_office(words, taken)
        ):
            # "Związek Ukraińców w Polsce", "Fundacja Konrada Adenauera w Polsce", "Biuro
            # Przedstawicielskie Tajpej w Polsce": a body for the whole country is registered
            # with it (a known body's office in Poland is that body's Polish unit, read
            # elsewhere; a unit of a body named before it is no body for the country)
            base, end = base + text[end : country.end()], country.end()
        beside = BESIDE_AN_OFFICE.match(text, end)
        if beside and kind in ("org", "unit"):
            # "Rada ds. Cudzoziemców przy Prezydencie Miasta Bydgoszczy": a body set up beside
            # an office's holder is named with the holder (in the locative, as written)
            base, end = base + text[end : beside.end()], beside.end()
        quoted = QUOTED_NAME_AFTER.match(text, end)
        if quoted and kind == "org" and not DOCUMENT_WORD_BEFORE.search(text[: match.start()]):
            # "Stowarzyszenie Integracji Międzykulturowej „Sąsiedzi”": the quoted proper name
            # ends the body's name
            base, end = f"{base} {quoted.group('name').strip()}", quoted.end()
        acronym = ACRONYM_AFTER.match(text, end)
        found.append(
            NewName(
                match.start(),
                end,
                text[match.start() : end],
                base,
                kind,
                acronym.group("acr") if acronym else None,
            )
        )
    found += english_bodies_on_a_polish_page(text, taken + mentions_of(found))
    return same_body_same_name(sorted(found, key=lambda n: n.start))


def english_bodies_on_a_polish_page(text: str, taken: list[Mention]) -> list[NewName]:
    """ "Partnerami projektu są: … oraz Icelandic Human Rights Centre", "we współpracy z
    Migration Policy Group": a body a Polish page names by its English name, as it is written
    (an English name does not decline). Only a name that is English: at least two words, most
    of them and its head unknown to Polish morphology, no Polish letter; a sentence's first
    word that is a Polish verb or particle ("Polecamy …") is not part of it."""
    found = []
    for name in english_bodies(text, taken):
        if name.kind != "org" or POLISH_LETTER.search(name.text):
            continue
        words = name.text.split()
        start = name.start
        if len(words) > 2 and opens_a_sentence(text, start) and no_name_word(words[0]):
            start += len(words[0]) + 1
            words = words[1:]
        english = [w for w in words if not polish_word(w)]
        heads = [w for w in english if w.lower() in EN_BODY_HEADS]
        # (the small words inside count for neither: "For" is a Polish word as well)
        content = [w for w in words if w.lower() not in EN_INNER_SMALL_WORDS]
        # (its head an English word: "Forum", "Center", "Hall" are Polish words too)
        if len(words) < 2 or 2 * len(english) < len(content) or not heads:
            continue
        written = text[start : name.end]
        found.append(replace(name, start=start, text=written, base=written))
    return found


POLISH_LETTER = re.compile(r"[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]")
EN_INNER_SMALL_WORDS = frozenset({"of", "for", "and", "&"})


def english_name_from(candidates: list[re.Match[str]], index: int) -> bool:
    """Capitalised words from `index` on, up to six, are an English body's name: an English head
    unknown to Polish among them, and no Polish head or letter ("Icelandic Human Rights
    Centre")."""
    words = []
    for word in candidates[index : index + 6]:
        if not CAPITALISED.match(word.group(0)):
            break
        words.append(word.group(0))
    return any(w.lower() in EN_BODY_HEADS and not polish_word(w) for w in words) and not any(
        POLISH_LETTER.search(w) or head_lemma(w) & BODY_HEADS for w in words
    )


def foreign_word_after(candidates: list[re.Match[str]], index: int) -> bool:
    """A capitalised word of the run from `index` on, up to four, is none of Polish
    morphology's, nor an acronym, nor spelt as Polish words SGJP lacks are ("Foreign",
    "Confederation", "La Strada International"; not "IOM", not "Obcokrajowczyń" or
    "Migranckich", a Polish letter or a Polish case ending in them)."""
    run = candidates[index : index + 4]
    for position, word in enumerate(run):
        if not CAPITALISED.match(word.group(0)):
            return False
        if position and word.string[run[position - 1].end() : word.start()] != " ":
            return False  # ("Centrum Diakonii i Edukacji, Nokia Poland": the list's next item)
        if a_foreign_word(word.group(0)):
            return True
    return False


def a_foreign_word(word: str) -> bool:
    return (
        bool(CAPITALISED.match(word))
        and not word.isupper()
        and not POLISH_LETTER.search(word)
        and not POLISH_CASE_ENDING.search(word)
        and not polish_word(word)
    )


# Endings of Polish adjectives and nouns in oblique cases ("Migranckich", "Obywatelskiego")
POLISH_CASE_ENDING = re.compile(r"(?:ych|ich|ów|ami|ach|om|ego|emu|ej|ym|im|ek)$")


def polish_word(word: str) -> bool:
    """The word has a reading in Polish morphology ("Polecamy", "Open"); English words have
    none ("Icelandic", "Rights")."""
    return any(tag != "ign" for _, tag, _ in analyses(word.strip(",.;:")))


# Polish words that cannot open an English name: verbs, prepositions, adverbs, conjunctions
NO_NAME_CLASSES = frozenset(
    {"fin", "praet", "impt", "inf", "imps", "prep", "adv", "conj", "comp", "qub"}
)


def no_name_word(word: str) -> bool:
    """ "Polecamy", "Zapraszamy", "Wśród": a Polish word of a class no English name opens with
    ("Open", "Central" may: Polish reads them as nouns or adjectives)."""
    return any(tag.split(":")[0] in NO_NAME_CLASSES for _, tag, _ in analyses(word))


def opens_a_sentence(text: str, start: int) -> bool:
    return re.search(r"(?:^|[.!?:]\s|\n)\s*$", text[:start]) is not None


# The matter of a post or a body: "ds. Polityki Społecznej", "do spraw Strategii" (a programme
# there keeps its name: "Pełnomocnik … ds. Programu Otwarty Kraków")
MATTER_BEFORE = re.compile(r"(?:\bds\.|\bdo\s+spraw)\s*$")


def a_town_not_a_body(word: str) -> bool:
    """ "Radom" is a town, not the dative plural of "rada": a capitalised word that is a
    geographic name as written and a common noun only in an oblique case names no body ("Koło"
    and "Młyny Rothera", also a common noun's nominative, may head one)."""
    from .places import towns  # (places reads names: imported when first needed)

    if word not in towns():
        return False  # ("Radzie" is also a village; "w Radzie Miasta" is a council)
    readings = analyses(word)
    geographic = any(
        lemma == word and "nazwa_geograficzna" in qualifiers for lemma, _, qualifiers in readings
    )
    nominative_noun = any(
        tag.startswith("subst:") and lemma[:1].islower() and tag_has(tag, 2, "nom")
        for lemma, tag, _ in readings
    )
    return geographic and not nominative_noun


# Units of a university named with it: "Ośrodek Badań nad Migracjami Uniwersytetu
# Warszawskiego", "Instytut Socjologii Uniwersytetu Wrocławskiego" — the unit, then its
# university in the genitive, two bodies a register lists apart.
ACADEMIC_UNIT_HEADS = frozenset(
    {"ośrodek", "instytut", "centrum", "zakład", "katedra", "wydział", "pracownia", "laboratorium"}
    | {"obserwatorium"}  # "Obserwatorium Wielokulturowości i Migracji UJ"
    | {"szkoła"}  # "Szkoła Doktorska Nauk Społecznych UWr"
)
UNIVERSITY_HEADS = frozenset({"uniwersytet", "politechnika", "akademia", "uczelnia"})
# The offices of a university's administration ("Biuro Współpracy Międzynarodowej Uniwersytetu
# Gdańskiego", "Dział Nauczania Politechniki Lubelskiej"); its museum, library or archive are
# named by it ("Muzeum Historii Uniwersytetu Jagiellońskiego" is one name)
UNIVERSITY_OFFICE_HEADS = frozenset({"biuro", "dział", "sekcja"})


def names_a_known_initiative(words: list[re.Match[str]], taken: list[Mention]) -> bool:
    """ "Program ICC", "programu Miasta Międzykulturowe": the kind word, then exactly a known
    programme's or project's name."""
    if len(words) < 2 or not head_lemma(words[0].group(0)) & {"program", "projekt"}:
        return False
    start, end = words[1].start(), words[-1].end()
    return any(
        m.kind in ("programme", "project") and m.start == start and m.end == end for m in taken
    )


def parent_university_at(surface: list[str]) -> int | None:
    """Where a university's name in the genitive starts inside a unit's name, if it does."""
    own = head_lemma(surface[0]) if surface else set()
    if own & UNIVERSITY_OFFICE_HEADS and not own & ACADEMIC_UNIT_HEADS:
        # "Biuro Kształcenia Międzynarodowego Politechniki Lubelskiej": an office of the
        # university named in the genitive (an acronym after an office's name may be anyone's)
        return next(
            (
                index
                for index, word in enumerate(surface[2:], start=2)
                if head_lemma(word) & UNIVERSITY_HEADS and noun_in_case(word, "gen")
            ),
            None,
        )
    if not own & ACADEMIC_UNIT_HEADS:
        return None
    # ("Pracownia … Wydziału Ekonomiczno-Socjologicznego UŁ": a faculty's unit, too)
    # ("Laboratorium … Ośrodka Badań nad Migracjami UW": a centre's unit, too)
    parents = UNIVERSITY_HEADS | ({"wydział", "instytut", "ośrodek"} - own)
    for index, word in enumerate(surface[2:], start=2):
        if head_lemma(word) & parents and noun_in_case(word, "gen"):
            if not head_lemma(word) & UNIVERSITY_HEADS and not one_body_in_the_genitive(word):
                continue  # "Wydział Nadzoru Ośrodków …": centres as its subject, no owner
            return with_adjective_before(surface, index)
    # "Instytut Socjologii UWr", "Wydział Prawa UAM": the university's acronym ends the name
    # (a patron's regnal number is none: "Szkoła Podstawowa im. Jana Pawła II")
    last = surface[-1] if surface else ""
    if len(surface) > 2 and UNIVERSITY_ACRONYM.fullmatch(last) and not ROMAN.fullmatch(last):
        return len(surface) - 1
    return None


# Units of an administration named with the body they belong to: "Oddział do Spraw Integracji
# Cudzoziemców Wydziału Polityki Społecznej Małopolskiego Urzędu Wojewódzkiego" is three
# bodies, each a unit of the next (a register lists them apart); so is an office's centre or
# point ("Centrum Dialogu Obywatelskiego Urzędu Miasta Opola", "Punkt Obsługi … Urzędu …").
ADMINISTRATIVE_UNIT_HEADS = frozenset(
    {
        "wydział", "oddział", "biuro", "departament", "referat", "dział", "sekcja", "zespół",
        "centrum", "punkt",
    }
)  # fmt: skip
ADMINISTRATION_HEADS = frozenset({"urząd", "ministerstwo", "wydział", "departament", "biuro"})
# Public bodies of their own whose departments are named with them: a city's social-welfare
# centre ("Dział Pieczy Zastępczej Miejskiego Ośrodka Pomocy Rodzinie") and a police or fire
# service's headquarters ("Wydział Prewencji Komendy Wojewódzkiej Policji").
PUBLIC_BODY_HEADS = frozenset({"ośrodek", "komenda"})
# Adjectives of an administration's level that open such a body's name before its head
# ("Miejskiego Ośrodka …", "Regionalnego Ośrodka Polityki Społecznej").
LEVEL_ADJECTIVES = frozenset(
    {"miejski", "gminny", "powiatowy", "wojewódzki", "regionalny", "okręgowy", "rejonowy"}
)
# The sixteen voivodeships' adjectives: the only words before an owner's head that belong to its
# name ("Małopolskiego Urzędu Wojewódzkiego"); "Biura Rozwoju Gospodarczego Urzędu Miasta" keeps
# "Gospodarczego" in the unit's complement.
VOIVODESHIP_ADJECTIVES = frozenset(
    {
        "dolnośląski", "kujawsko-pomorski", "lubelski", "lubuski", "łódzki", "małopolski",
        "mazowiecki", "opolski", "podkarpacki", "podlaski", "pomorski", "śląski",
        "świętokrzyski", "warmińsko-mazurski", "wielkopolski", "zachodniopomorski",
    }
)  # fmt: skip


def parent_administration_at(surface: list[str], text: str) -> int | None:
    """Where the name of the body an administrative unit belongs to starts inside the unit's
    name (with the capitalised adjectives before its head: "Małopolskiego Urzędu …"), or its
    acronym the page spells out (`text`: the page's)."""
    own = head_lemma(surface[0]) if surface else set()
    if not own & ADMINISTRATIVE_UNIT_HEADS:
        return None
    parents = (ADMINISTRATION_HEADS | PUBLIC_BODY_HEADS) - own
    for index, word in enumerate(surface[2:], start=2):
        if head_lemma(word) & parents and noun_in_case(word, "gen"):
            if head_lemma(word) & PUBLIC_BODY_HEADS and not one_body_in_the_genitive(word):
                continue  # "Dział Nadzoru Ośrodków Wsparcia": centres as its subject, no owner
            return with_adjective_before(surface, index)
    return acronym_of_the_owner_at(surface, text)


def with_adjective_before(surface: list[str], index: int) -> int:
    """Where an owner's name opens: at its head (`index`), or at the voivodeship's adjective
    before it that agrees with it ("Małopolskiego Urzędu …"); before a centre or headquarters
    also at a level's adjective ("Miejskiego Ośrodka …") that cannot be the complement's
    before it ("Zakład Rozwoju Regionalnego Wydziału …": the development is regional)."""
    if index <= 2 or not agrees_with_head(surface[index - 1], surface[index]):
        return index
    lemmas = adjective_lemmas(surface[index - 1])
    if lemmas & VOIVODESHIP_ADJECTIVES:
        return index - 1
    if (
        lemmas & LEVEL_ADJECTIVES
        and head_lemma(surface[index]) & PUBLIC_BODY_HEADS
        and not agrees_with_head(surface[index - 1], surface[index - 2])
    ):
        return index - 1
    return index


def one_body_in_the_genitive(word: str) -> bool:
    """Whether SGJP reads the word as a singular noun in the genitive ("Ośrodka", "Komendy")."""
    return any(
        tag.startswith("subst") and tag_has(tag, 1, "sg") and tag_has(tag, 2, "gen")
        for _, tag, _ in analyses(word)
    )


def acronym_of_the_owner_at(surface: list[str], text: str) -> int | None:
    """Where an acronym ending an administrative unit's name stands: "Departament Zdrowia UMWP",
    "Departament Legalności Zatrudnienia GIP" are the department of the body the acronym names,
    as "Instytut Socjologii UWr" is the institute of its university (a register lists the unit
    by its own words, the owner apart). Only an acronym the page spells out, in brackets after
    a name or as the initials of a name it writes in full, is known to be the owner's; another
    ("Dział Komunikacji i Promocji UWr" on a page that never names the university) stays."""
    last = surface[-1] if surface else ""
    if len(surface) > 2 and OWNER_ACRONYM.fullmatch(last) and spelt_out_on_the_page(last, text):
        return len(surface) - 1
    return None


# An owner's acronym: two to six capitals ("UMWP", "GIP", "KGP")
OWNER_ACRONYM = re.compile(r"[A-ZŁŚŻŹĆŃÓĘĄ]{2,6}")


def spelt_out_on_the_page(acronym: str, text: str) -> bool:
    """Whether the page defines the acronym in brackets ("… Ukrainy (FPU)") or writes a name of
    capitalised words whose initials it is ("Głównego Inspektoratu Pracy" for "GIP")."""
    if f"({acronym})" in text:
        return True
    words = r"\s+".join(rf"{letter}[\w-]+" for letter in acronym)
    return re.search(rf"(?<![\w-]){words}(?![\w-])", text) is not None


# A commission, committee or team of an association named with it: "Komisja Praw Człowieka i
# Równego Traktowania Związku Miast Polskich" is the commission, a unit of the union.
COMMITTEE_HEADS = frozenset({"komisja", "komitet", "zespół", "sekcja", "grupa"})
ASSOCIATION_HEADS = frozenset(
    {
        "związek",
        "stowarzyszenie",
        "fundacja",
        "federacja",
        "unia",
        "konwent",
        "sieć",
        "zgromadzenie",
    }
)


def parent_association_at(surface: list[str]) -> int | None:
    """Where the name of the association a committee belongs to starts inside its name: the
    first association's head in the genitive after the committee's own words."""
    own = head_lemma(surface[0]) if surface else set()
    if not own & COMMITTEE_HEADS:
        return None
    for index, word in enumerate(surface[2:], start=2):
        if head_lemma(word) & ASSOCIATION_HEADS and noun_in_case(word, "gen"):
            return index
    return None


def known_other_than_a_university(word: re.Match[str], taken: list[Mention]) -> bool:
    """Whether the word is a known body's name (an acronym the reference has) that is not a
    university's (their slugs open with the university's kind word)."""
    known = next((m for m in taken if m.start <= word.start() < m.end), None)
    slug = known.iri.rsplit("/", 1)[-1] if known is not None else ""
    return known is not None and not slug.startswith(
        ("uniwersytet", "politechnika", "akademia", "uczelnia", "szkola")
    )


# An acronym of a university: two to six letters, two capitals at least ("UWr", "UAM", "UŁ").
UNIVERSITY_ACRONYM = re.compile(
    r"(?=(?:\w*[A-ZŁŚŻŹĆŃÓĘĄ]){2})[A-ZŁŚŻŹĆŃÓĘĄ][A-Za-ząćęłńóśźżŁŚŻŹĆŃÓĘĄ]{1,5}"
)


BESIDE_AN_OFFICE = re.compile(
    r"[ \t]+przy[ \t]+(?:Prezydencie|Prezydent|Wojewodzie|Marszałku|Burmistrzu|Wójcie|Starości|"
    r"Rektorze|Ministrze|Prezesie|Rzeczniku|Pełnomocniku)"
    r"(?:[ \t]+(?:m\.[ \t]?st\.|[A-ZŁŚŻŹĆŃÓĘĄ][\w-]*))*"
)


QUOTED_NAME_AFTER = re.compile(r"[ \t]+„(?P<name>[A-ZŁŚŻŹĆŃÓĘĄ][^”„\n]{1,60})”")
# "opracowanie Fundacji X „T”", "raport Stowarzyszenia Y „T”": after a document's kind word the
# quote is the document's title, not the body's own name
# The kind words of documents an author writes ("raport", "opracowanie", "report")
AUTHORED_DOCUMENT_WORD = (
    r"(?:raport|opracowani|publikacj|analiz|przewodnik|poradnik|badani|ekspertyz|"
    r"report|study|guide)\w*"
)
DOCUMENT_WORD_BEFORE = re.compile(r"(?i)\b" + AUTHORED_DOCUMENT_WORD + r"\s+$")
# a quoted title, maybe after an author's acronym, right after the phrase
TITLE_AFTER = re.compile(r"\s+(?:[A-ZŁŚŻŹĆŃÓĘĄ][\w.]*\s+){0,6}[„\"“]")


# Documents a "projekt" (a draft) may be of: "projekt „Polityki na rzecz integracji …”".
DRAFTED_DOCUMENTS = frozenset(
    {"polityka", "strategia", "plan", "raport", "karta", "deklaracja", "uchwała", "sprawozdanie"}
    # ("projekt „Stanowiska w sprawie …”": the draft of a position, an appeal, an agreement)
    | {"stanowisko", "apel", "rezolucja", "opinia", "porozumienie", "rekomendacja", "regulamin"}
)


# „Deklaracja współpracy na rzecz lokalnego zarządzania migracjami”, „Strategia …”: a quoted
# title that starts with the kind of document it is names that document.
SELF_TITLED_HEADS = {"deklaracja", "uchwała", "list", "porozumienie"}  # and TITLED_DOCUMENT_HEADS


def self_titled_documents(text: str, taken: list[Mention], found: list[NewName]) -> list[NewName]:
    documents = []
    for match in QUOTED_TITLE.finditer(text):
        title = match.group("title").strip()
        first = title.split()[0]
        start, end = match.start("title"), match.start("title") + len(title)
        heads = SELF_TITLED_HEADS | TITLED_DOCUMENT_HEADS | DRAFTED_DOCUMENTS
        if not CAPITALISED.match(first) or not head_lemma(first) & heads:
            continue
        # (a city inside the title is a word of it: "„Strategią roczną Rzeszowa …”")
        others = [m for m in taken if m.kind != "city"]
        if overlaps(start, end, others) or any(n.start < end and start < n.end for n in found):
            continue
        # "poznali „Księgę Dobrych Praktyk”": the head declines inside the quotes, and so do
        # the adjectives after it that agree with it ("„Strategii migracyjnej Polski …”").
        words = title.split()
        head = head_nominative(first)
        adjectives = singular_adjectives_of(first, words[1:], capitalised=True)
        base = " ".join([head, *adjectives, *words[1 + len(adjectives) :]])
        documents.append(NewName(start, end, title, base, "document"))
    return documents


# A publication cited by its year: a quoted title opening a list item, its year in brackets
# after it ("- „Imigranci w Krakowie w 2020 roku” (2021). Autorzy: …"), or a citation's
# editors and year before it ("Witold Klaus, Sarian Jarosz (red.), 2023: „Polska Szkoła
# Pomagania. Przyjęcie …”"). The whole quote is the title, its inner sentences too.
CITED_TITLE = re.compile(
    r"(?m)(?:^[ \t]*(?:[-*•]|\d{1,3}[.)])[ \t]+[„\"](?P<listed>[^”\"\n]{8,300})[”\"][ \t]*"
    r"\((?:19|20)\d{2}\)|\((?:red|oprac)\.\)[ \t]*,?[ \t]*(?:19|20)\d{2}[ \t]*[:.,][ \t]*"
    r"[„\"](?P<edited>[^”\"\n]{8,300})[”\"])"
)


def cited_titles(text: str, taken: list[Mention], found: list[NewName]) -> list[NewName]:
    documents = []
    for match in CITED_TITLE.finditer(text):
        group = "listed" if match.group("listed") else "edited"
        title = match.group(group).strip()
        start = match.start(group)
        end = start + len(title)
        if not CAPITALISED.match(title):
            continue
        others = [m for m in taken if m.kind != "city"]
        if overlaps(start, end, others) or any(n.start < end and start < n.end for n in found):
            continue
        documents.append(NewName(start, end, title, title, "document"))
    return documents


# Acts and policies written in sentence case, their kind word capitalised inside a sentence:
# "wdrożenie Paktu o migracji i azylu", "zgodnie z Konwencją genewską", "przyjął Strategię
# migracyjną Polski na lata 2025–2030".
SENTENCE_CASE_HEADS = frozenset(
    {
        "pakt",
        "konwencja",
        "strategia",
        "polityka",
        "ustawa",
        "traktat",
        "dyrektywa",
        "rozporządzenie",
    }
)
MID_SENTENCE = re.compile(r"[a-ząćęłńóśźż0-9,)]\s+$")
PERIOD = re.compile(r"\s+na\s+lata\s+\d{4}\s*[–-]\s*\d{4}")


def sentence_case_titles(text: str, taken: list[Mention], found: list[NewName]) -> list[NewName]:
    """The kind word, the adjectives that agree with it ("Konwencja genewska"), a country or
    union in the genitive ("… Polski", "… Unii Europejskiej"), a subject after "o" / "w
    sprawie" ("Pakt o migracji i azylu") and the period it covers ("na lata 2025–2030"): at
    least one of them, or the capitalised word is only a sentence's kind word."""
    titles: list[NewName] = []
    for head in re.finditer(r"(?<![\w-])[A-ZŁŚŻŹĆŃÓĘĄ][a-ząćęłńóśźż]+", text):
        if (
            not head_lemma(head.group(0)) & SENTENCE_CASE_HEADS
            or not MID_SENTENCE.search(text[max(0, head.start() - 3) : head.start()])
            or overlaps(head.start(), head.end(), taken)
            or any(n.start <= head.start() < n.end for n in found + titles)
        ):
            continue
        words = words_from(text, head.end())[:20]
        if not words or not re.fullmatch(r"[a-ząćęłńóśźż]+", words[0].group(0)):
            continue  # "Polityki Społecznej", "Strategii Rozwoju …": a title-case name's word
        adjectives = singular_adjectives_of(
            head.group(0), [w.group(0) for w in words[:2] if text[w.start() - 1] == " "]
        )
        index = len(adjectives)
        end = words[index - 1].end() if adjectives else head.end()
        # a country's or a union's name in the genitive ("Polski", "Unii Europejskiej")
        while (
            index < len(words)
            and text[end : words[index].start()] == " "
            and CAPITALISED.match(words[index].group(0))
            and genitive(words[index].group(0))
        ):
            end, index = words[index].end(), index + 1
        if index < len(words) and text[end : words[index].start()] == " ":
            marker = subject_marker(words, index)
            subject_end = subject_span(text, words, index + marker) if marker else None
            if subject_end is not None:
                end, index = subject_end, len(words)
        period = PERIOD.match(text, end)
        end = period.end() if period else end
        if end == head.end() or overlaps(head.end(), end, [m for m in taken if m.kind != "city"]):
            continue
        rest = text[words[len(adjectives) - 1].end() if adjectives else head.end() : end]
        base = " ".join([head_nominative(head.group(0)), *adjectives]) + rest
        titles.append(NewName(head.start(), end, text[head.start() : end], base, "document"))
    return titles


# A Polish act cited in running text, in small letters: "ustawy z dnia 12 marca 2022 r. o
# pomocy obywatelom Ukrainy …", "w ustawie o cudzoziemcach"; its date is part of its title
ACT_CITED = re.compile(
    r"(?<![\w-])[Uu]staw(?:a|y|ie|ę|ą)"
    r"(?:\s+z\s+dnia\s+\d{1,2}\s+[a-ząćęłńóśźż]+\s+\d{4}\s*r(?:\.|oku))?(?=\s+o\s)"
)
# "na podstawie art. 7 ust. 1 pkt 6 ustawy …": an article of an act cited as a legal basis
# (the opened golds name no act so cited)
ARTICLE_BEFORE = re.compile(r"\bart\.\s*\d[\w\s.,]*$")


def acts_by_their_titles(text: str, taken: list[Mention], found: list[NewName]) -> list[NewName]:
    """Acts by the title they are cited with: the kind word in the nominative, the date and
    the subject after "o" as written ("Ustawa z dnia 12 marca 2022 r. o pomocy obywatelom
    Ukrainy w związku z konfliktem zbrojnym na terytorium tego państwa")."""
    acts: list[NewName] = []
    for act in ACT_CITED.finditer(text):
        if any(n.start <= act.start() < n.end for n in found + acts):
            continue
        before = ARTICLE_BEFORE.search(text, max(0, act.start() - 80), act.start())
        if before and not re.search(r"\.\s+[A-ZŁŚŻŹĆŃÓĘĄ]", before.group(0)):
            continue
        words = words_from(text, act.end())[:40]
        subject_end = subject_span(text, words, 1) if words else None
        # (the sentence's subject after the title: "Zgodnie z ustawą o cudzoziemcach wojewoda
        # wydaje …": a noun only a nominative can be ends the title)
        subject_end = next(
            (
                words[i - 1].end()
                for i in range(2, len(words))
                if subject_end is not None
                and words[i].end() <= subject_end
                and nominative_only(words[i].group(0))
            ),
            subject_end,
        )
        if subject_end is None or overlaps(act.end(), subject_end, taken):
            continue
        title = text[act.start() + len(act.group(0).split()[0]) : subject_end]
        base = "Ustawa" + re.sub(r"(?<=\d{4}) ?roku(?= o )", " r.", title)
        acts.append(
            NewName(act.start(), subject_end, text[act.start() : subject_end], base, "document")
        )
    return acts


def nominative_only(word: str) -> bool:
    """Whether SGJP reads the word as a noun and in no case but the nominative (or vocative)."""
    nouns = [tag.split(":") for _, tag, _ in analyses(word) if tag.startswith("subst")]
    cases = {c for parts in nouns if len(parts) > 2 for c in parts[2].split(".")}
    return bool(nouns) and cases <= {"nom", "voc"}


# A unit of a known body named by the country or region it serves: 'Polskie biuro
# Międzynarodowej Organizacji ds. Migracji', 'Krakowski oddział PCK'. The head stays in lower
# case, as such names are written; a relational adjective (-ski, -cki, -dzki: made from a place
# or a nation) must agree with it, so 'Nowe biuro IOM' names no unit.
REGIONAL_UNIT = re.compile(r"(?<![\w-])(?P<adj>[A-ZŁŚŻŹĆŃÓĘĄ]\w+) (?P<head>[a-ząćęłńóśźż]+) ")
RELATIONAL_ADJECTIVE = re.compile(r"(?:s|c|dz)ki$")


def regional_units(text: str, taken: list[Mention], found: list[NewName]) -> list[NewName]:
    units = []
    for match in REGIONAL_UNIT.finditer(text):
        body = next(
            (m for m in taken if m.start == match.end() and m.kind in ("org", "team")),
            None,
        )
        if (
            body is None
            or not head_lemma(match.group("head")) & (UNIT_HEADS | REPRESENTATION_HEADS)
            or any(n.start < body.end and match.start() < n.end for n in found)
        ):
            continue
        adjectives = [
            (lemma, tag)
            for lemma, tag in readings_of(match.group("adj"), ("adj",))
            if RELATIONAL_ADJECTIVE.search(lemma)
        ]
        if not agree(adjectives, readings_of(match.group("head"), ("subst",))):
            continue
        base = phrase_base_form([match.group("adj"), match.group("head")]) + " " + body.text
        units.append(NewName(match.start(), body.end, text[match.start() : body.end], base, "unit"))
    return units


# Heads of public institutions whose registered names may carry their seat ('Urząd Miejski w
# Gdańsku', 'Uniwersytet im. Adama Mickiewicza w Poznaniu', 'Centrum Wielokulturowe w
# Krakowie'). Associations, foundations and clubs name their seat apart ('Klub Ukraiński w
# Krakowie' is the club, in Kraków); units inside an office have no seat.
# Heads whose names always carry the seat: offices, schools, courts, hospitals. Other seat
# heads carry it where the name is only the head and adjectives, too generic to name a body
# alone ('Centrum Wielokulturowe w Krakowie'); with a complement the name is distinctive and
# the town after it is where the body is ('Ośrodek Dialogu Mniejszości Narodowych w Łodzi').
STATE_SEAT_HEADS = {
    "urząd",
    "kuratorium",
    "komenda",
    "konsulat",  # "Konsulat Generalny Ukrainy w Gdańsku"
    "parafia",  # "Parafia Greckokatolicka pw. … w Gdańsku"
    "uniwersytet",
    "politechnika",
    "akademia",
    "uczelnia",
    "szkoła",
    "szpital",
    "sąd",
}
SEAT_HEADS = STATE_SEAT_HEADS | {
    "centrum",
    "ośrodek",
    "instytut",
    "biuro",
    "przedstawicielstwo",
    "delegatura",
    "muzeum",
    "biblioteka",
    "izba",
    "teatr",
    "punkt",  # "Punkt Informacyjny dla Cudzoziemców w Katowicach"
    "rada",  # "Rada Miejska w Łodzi", "Rada Konsultacyjna w Krakowie"
    "zarząd",  # "Miejski Zarząd Budynków w Rzeszowie" (a managing board: a_managing_board)
    "inspektorat",  # "Okręgowy Inspektorat Pracy w Krakowie" (one in every district)
}


def adjective_lemmas(word: str) -> set[str]:
    return {lemma.lower() for lemma, tag, _ in analyses(word) if tag.startswith("adj")}


def generic_name(surface: list[str], head: int) -> bool:
    """ "w Urzędzie Miejskim w Michałowie", "w Radzie Miejskiej w Łodzi", "w Centrum
    Wielokulturowym w Krakowie": a head and its adjective alone name no body without its town,
    even where something happens in it ("w Europejskim Centrum Solidarności w Gdańsku" does)."""
    if a_local_unit(surface, head):
        return True
    others = [w for i, w in enumerate(surface) if i != head]
    # ("w Lubelskiej Radzie Międzykulturowej w Płocku": a place's adjective before the head
    # makes the name distinctive, and the town after it is where the event is)
    placed = any(re.search(r"(?:sk|ck|dzk)\w+$", w) for w in surface[:head])
    if not others or placed:
        return False
    # (a head with one adjective, or with a municipality's adjectives only: "Regionalna Rada
    # Wielokulturowa" names a body without its town)
    local = all(adjective_lemmas(w) & LOCAL_GOVERNMENT_ADJECTIVES for w in others)
    return local or (len(others) == 1 and bool(adjective_lemmas(others[0])))


# A public unit of a municipality, county or region ("Miejski Ośrodek Pomocy Społecznej w
# Bydgoszczy", "Powiatowy Urząd Pracy w Tczewie", "Regionalny Ośrodek Polityki Społecznej w
# Poznaniu", "Okręgowa Izba Lekarska w Gdańsku"): there is one in every town, region or district,
# so the town is part of the registered name.
LOCAL_GOVERNMENT_ADJECTIVES = {
    "miejski",
    "gminny",
    "powiatowy",
    "wojewódzki",
    "miejsko-gminny",
    "regionalny",
    "okręgowy",
    "rejonowy",
}


def a_local_unit(surface: list[str], head: int) -> bool:
    """ "w Powiatowym Urzędzie Pracy w Płocku", "w Śląskim Urzędzie Wojewódzkim w Katowicach":
    a municipal, county or regional unit (one in every town or region) is named with its town
    even where something happens in it."""
    # (its own adjectives, before the head or right after it: "Urząd Rozwoju Regionalnego"'s
    # is its complement's; one of its own after the head makes a proper name, which tells one
    # body alone: "Regionalna Rada Wielokulturowa"; so does a patron's: "… im. Tadeusza
    # Kościuszki")
    after = surface[head + 1 : head + 2]
    # (an adjective alone: "Praw" of "Ośrodek Praw Człowieka" is the noun's genitive too)
    own_adjective_after = (
        bool(after)
        and bool(adjective_lemmas(after[0]) - LOCAL_GOVERNMENT_ADJECTIVES)
        and not readings_of(after[0], ("subst",))
    )
    if own_adjective_after or {"im.", "imienia"} & set(surface):
        return False
    return bool(head_lemma(surface[head]) & SEAT_HEADS) and any(
        adjective_lemmas(w) & LOCAL_GOVERNMENT_ADJECTIVES for w in [*surface[:head], *after]
    )


def takes_seat(surface: list[str], head: int) -> bool:
    # ("Muzeum Okręgowe im. Leona Wyczółkowskiego w Bydgoszczy": a patron makes a generic name
    # no less generic; the register names the town after the patron)
    patron = next((i for i, w in enumerate(surface) if i > head and w in ("im.", "im")), None)
    surface = surface[:patron] if patron is not None else surface
    lemmas = head_lemma(surface[head])
    if lemmas & (STATE_SEAT_HEADS | STATION_HEADS):
        return True
    if len(surface) > 2 and surface[-2] in ("nr", "Nr") and surface[-1].isdigit():
        return True  # "Zespół Szkolno-Przedszkolny nr 12 we Wrocławiu": a number names a
        # school or a kindergarten only with its town
    if (
        lemmas & SEAT_HEADS
        and head > 0
        and adjective_lemmas(surface[0]) & LOCAL_GOVERNMENT_ADJECTIVES
    ):
        return True
    # ("Centrum Integracyjne dla Cudzoziemców we Wrocławiu": whom a centre serves does not
    # make its name less generic)
    # (nor do the genitive complements before it: "Centrum Wsparcia dla Repatriantów")
    served = next((i for i, w in enumerate(surface) if i > head and w in ("dla", "ds.")), None)
    others = [w for i, w in enumerate(surface[: head if served else None]) if i != head]
    return bool(lemmas & SEAT_HEADS) and all(
        readings_of(w, ("adj", "ppas", "pact")) for w in others
    )


# A branch of a body is named by the town it is in: "Oddział Instytutu Pamięci Narodowej we
# Wrocławiu", "Delegatura Urzędu Wojewódzkiego w Słupsku", "Placówka Straży Granicznej w …";
# so is a known body's office ("Biuro Rady Europy w Warszawie"; its office for the country is
# the reference's unit, read elsewhere).
BRANCH_HEADS = {"oddział", "delegatura", "filia", "ekspozytura", "placówka", "przedstawicielstwo"}


def a_branch(
    surface: list[str], head: int, words: list[re.Match[str]], taken: list[Mention]
) -> bool:
    """Whether the name is a branch's: a branch's head, or an office of a known body."""
    lemmas = head_lemma(surface[head])
    office = bool(lemmas & {"biuro"}) and known_country_office(words, taken)
    return bool(lemmas & BRANCH_HEADS) or office


def a_branch_in_a_town(
    text: str,
    end: int,
    surface: list[str],
    head: int,
    words: list[re.Match[str]],
    taken: list[Mention],
) -> bool:
    """A branch's name followed by its town ("we Wrocławiu", "w Radomiu"), not by the country
    ("w Polsce")."""
    return IN_POLAND.match(text, end) is None and a_branch(surface, head, words, taken)


# ("Centrum Integracyjne dla Cudzoziemców (CIC) we Wrocławiu": its acronym may come between)
SEAT = re.compile(
    r"(?:\s*\([A-ZŁŚŻŹĆŃÓĘĄ][A-ZŁŚŻŹĆŃÓĘĄ0-9&-]{1,11}\))?"
    r"\s+we?\s+(?P<place>[A-ZŁŚŻŹĆŃÓĘĄ][\w-]+)(?![\w-])"
)


ACRONYM_IN_BRACKETS = re.compile(r"^\s*\([^)]*\)")
# Poland in the locative, as a body's name may end: "w Polsce", and in official names "w
# Rzeczypospolitej Polskiej" ("Ambasada Ukrainy w Rzeczypospolitej Polskiej") or "w RP"
IN_POLAND_WORDS = r"w\s+(?:Polsce|Rzeczypospolitej\s+Polskiej|RP)\b"
IN_POLAND = re.compile(r"\s+" + IN_POLAND_WORDS)


# A foreign state's mission: "Ambasada …", "Konsulat …", "Przedstawicielstwo …", "Biuro
# Przedstawicielskie / Handlowe / Konsularne …"
MISSION_HEADS = {"ambasada", "konsulat", "przedstawicielstwo"}
MISSION_OFFICE_ADJECTIVES = {"przedstawicielski", "handlowy", "konsularny"}


def a_foreign_mission(surface: list[str], head: int) -> bool:
    lemmas = head_lemma(surface[head])
    if lemmas & MISSION_HEADS:
        return True
    following = surface[head + 1] if head + 1 < len(surface) else ""
    return "biuro" in lemmas and bool(cue_lemmas(following) & MISSION_OFFICE_ADJECTIVES)


def known_country_office(words: list[re.Match[str]], taken: list[Mention]) -> bool:
    """Whether the name holds a body the reference knows ("Biuro IOM w Polsce")."""
    return any(m.start >= words[0].start() and m.end <= words[-1].end() for m in taken)


def seat_after(text: str, end: int, taken: list[Mention]) -> int | None:
    """Where 'w <place>' right after a name ends, when the place is a city known to the
    reference data or a geographic name SGJP reads in the locative ('w Płocku', 'w Polsce')."""
    match = SEAT.match(text, end)
    if match is None:
        return None
    city = next(
        (m for m in taken if m.start == match.start("place") and m.kind == "city"),
        None,
    )
    if city is not None:
        return city.end
    place = match.group("place")
    if any(
        tag.startswith("subst") and tag_has(tag, 2, "loc") and "nazwa_geograficzna" in quals
        for _, tag, quals in analyses(place)
    ):
        return match.end()
    return None


# Between a town and the body's name after it: an address in commas ("w Bydgoszczy, przy ul.
# Dworcowej 57, Centrum …") or one word, which must be a verb ("w Katowicach działa Punkt …")
BETWEEN_TOWN_AND_NAME = re.compile(
    r"(?:\s*,\s*przy\s+(?:ul\.|al\.|pl\.|ulicy|alei|placu)[^,.;]{1,40},)?\s+"
    r"(?:(?P<verb>[a-ząćęłńóśźż]+)\s+)?$"
)


def town_said_before(text: str, start: int, taken: list[Mention]) -> str | None:
    """ "otworzyła w Katowicach Centrum Integracyjne dla Cudzoziemców": the town (as "w
    Katowicach") a generic body's name follows, which is the body's seat as a town after it
    is."""
    for town in (m for m in taken if m.kind == "city" and m.end <= start):
        between = BETWEEN_TOWN_AND_NAME.match(text, town.end, start)
        if between is None or between.end() != start:
            continue
        verb = between.group("verb")
        if verb and not any(
            tag.split(":")[0] in ("fin", "praet", "imps", "bedzie", "ppas")
            for _, tag, _ in analyses(verb)
        ):
            continue
        preposition = re.search(
            r"(?<![\w-])(?:w|we|W|We)\s+$", text[max(0, town.start - 4) : town.start]
        )
        if preposition:
            return f"{preposition.group(0).strip().lower()} {text[town.start : town.end]}"
    return None


def after_locative_preposition(text: str, start: int) -> bool:
    """Whether the word at `start` follows 'w'/'we' (a place something happens in)."""
    return bool(re.search(r"(?<![\w-])[Ww]e?\s+$", text[max(0, start - 4) : start]))


def same_body_same_name(found: list[NewName]) -> list[NewName]:
    """One body, one name on a page. A page that names a body in full once may shorten it
    later ('Gdański Model Integracji Imigrantów' ... 'Model Integracji Imigrantów'; 'Centrum
    Wielokulturowe w Krakowie' ... 'Centrum Wielokulturowe') or write 'ds.' where it wrote 'do
    spraw': the shorter form or the abbreviation is the same body, named as written in full."""
    bases = sorted({n.base for n in found if n.kind != "person"}, key=lambda b: -len(b))
    written = Counter(n.base for n in found)
    fuller: dict[str, str] = {}
    for base in bases:
        # (of two full forms, "Centrum Integracyjne dla Cudzoziemców we Wrocławiu" written three
        # times and "Wrocławskie Centrum …" once, the page's own way of writing it wins)
        longer = sorted(
            (b for b in bases if b != base and names_same_body(base, b)),
            key=lambda b: (-written[b], -len(b)),
        )
        if longer:
            fuller[base] = fuller.get(longer[0], longer[0])
    first = {n.base: index for index, n in reversed(list(enumerate(found)))}
    for base in bases:
        # "Rada Imigrantów i Imigrantek" … "Rada Imigrantek i Imigrantów": the women and the men
        # named in either order; the spelling written more often (then first) is the name
        twin = next((b for b in pairs_swapped(base) if b in written), None)
        if twin is not None and (-written[twin], first[twin]) < (-written[base], first[base]):
            fuller[base] = fuller.get(twin, twin)
    as_written = {n.base for n in found if n.text == n.base}
    for base in bases:
        # "Pracownia Samorządowa Fundacji Batorego" … "koordynatorka Pracowni Samorządowej
        # Fundacji Batorego": a form read wrongly from an oblique case is the name the page
        # writes in the nominative with the same words
        twin = next((b for b in sorted(as_written) if b != base and same_lemmas(base, b)), None)
        if base not in as_written and twin is not None and twin in bases:
            fuller[base] = fuller.get(twin, twin)
    for base in bases:
        # "Wrocławskie Centrum Integracyjne …" and "Centrum Integracyjne … we Wrocławiu": the
        # town's adjective before a name is its seat after it
        twin = next((b for b in bases if town_adjective_for_seat(base, b)), None)
        if twin is not None and written[twin] > written[base]:
            fuller[base] = fuller.get(twin, twin)
    for base in bases:
        # "Oddział IPN we Wrocławiu" and "Oddział Instytutu Pamięci Narodowej we Wrocławiu": an
        # acronym of the words the page writes in full elsewhere is the same body, spelt out
        spelt = next((b for b in bases if initials_spelt_out(base, b)), None)
        if spelt is not None:
            fuller[base] = fuller.get(spelt, spelt)
    for base in bases:
        # "Komisja Dialogu Społecznego ds. Cudzoziemców" and "… do Spraw Cudzoziemców": "ds."
        # is "do spraw" shortened, the same body, spelt out
        written_out = matter_spelt_out(base).lower()
        spelt = next((b for b in bases if b != base and b.lower() == written_out), None)
        if spelt is not None:
            fuller[base] = fuller.get(spelt, spelt)
    return [replace(n, base=fuller[n.base]) if n.base in fuller else n for n in found]


def matter_spelt_out(name: str) -> str:
    """The name with its "ds." written out ("Zespół ds. Migracji" → "Zespół do spraw Migracji")."""
    return re.sub(r"(?<![\w.])ds\.(?=\s)", "do spraw", name)


def initials_spelt_out(short: str, full: str) -> bool:
    """Whether `full` is `short` with one of its acronyms written out: the capitalised words
    whose initials the acronym is, in its place ("Biuro RPO" / "Biuro Rzecznika Praw
    Obywatelskich")."""
    short_words, full_words = short.split(), full.split()
    spelt = len(full_words) - len(short_words) + 1  # how many words the acronym stands for
    for index, word in enumerate(short_words):
        if spelt < 2 or not (word.isalpha() and word.isupper() and len(word) == spelt):
            continue
        run = full_words[index : index + spelt]
        same_around = (
            short_words[:index] == full_words[:index]
            and short_words[index + 1 :] == full_words[index + spelt :]
        )
        if same_around and all(w[:1].isupper() for w in run):
            return "".join(w[0] for w in run) == word
    return False


def same_lemmas(one: str, other: str) -> bool:
    """Two names of the same words, each pair the same or forms of one SGJP lemma; a number is
    itself ("Uchwała Nr LII/964/16 …" and "uchwała nr XXXI/523/15 …" are two)."""
    first, second = one.split(), other.split()
    return len(first) == len(second) and all(
        a.casefold() == b.casefold()
        or (not a_number(a) and not a_number(b) and bool(word_lemmas(a) & word_lemmas(b)))
        for a, b in zip(first, second, strict=True)
    )


def a_number(word: str) -> bool:
    """A word with a digit, or a Roman numeral of a number's parts ("XXXI/523/15", "12", "IV")."""
    return any(tag in ("dig", "romandig") for _, tag, _ in analyses(word)) or any(
        c.isdigit() for c in word
    )


def word_lemmas(word: str) -> set[str]:
    return {lemma.split(":")[0].lower() for lemma, _, _ in analyses(word)}


GENDER_PAIR = re.compile(r"\b(?P<one>\w{4,}) i (?P<other>\w{4,})\b")


def pairs_swapped(name: str) -> list[str]:
    """The name with a pair of one word's two genders ("Imigrantów i Imigrantek", "migrantek i
    migrantów": the two words share their first four letters) written the other way round."""
    return [
        name[: m.start()] + f"{m['other']} i {m['one']}" + name[m.end() :]
        for m in GENDER_PAIR.finditer(name)
        if m["one"][:4].casefold() == m["other"][:4].casefold()
    ]


def town_adjective_for_seat(adjectived: str, seated: str) -> bool:
    """ "Wrocławskie X" and "X we Wrocławiu": the same name, the town said as an adjective
    before it or as its seat after it (the adjective's stem opens the town's name)."""
    first, _, rest = adjectived.partition(" ")
    seat = SEAT.search(" " + seated) if rest and seated.startswith(rest + " ") else None
    if seat is None or not readings_of(first, ("adj",)) or not CAPITALISED.match(first):
        return False
    town = seated[len(rest) :].split()[-1]
    return ascii_folded(first)[:3] == ascii_folded(town)[:3]


def ascii_folded(word: str) -> str:
    return (
        unicodedata.normalize("NFD", word.casefold().replace("ł", "l"))
        .encode("ascii", "ignore")
        .decode()
    )


def names_same_body(short: str, full: str) -> bool:
    """Whether `full` is `short` with capitalised adjectives before it, a seat after it, or
    'do spraw' where `short` writes 'ds.'."""
    if short == full:
        return False
    if expand_ds(short) == expand_ds(full):
        return " ds. " in f" {short} " and " do spraw " in f" {full} "
    short_words, full_words = short.split(), full.split()
    if len(short_words) < 2:
        return False  # a lone head ('Centrum') is too little to say which body it is
    if full.endswith(" " + short):
        prefix = full_words[: len(full_words) - len(short_words)]
        return all(CAPITALISED.match(w) and readings_of(w, ("adj", "ppas", "pact")) for w in prefix)
    if (
        len(short_words) == 2
        and full_words[0] == short_words[0]
        and len(full_words) > 3
        and short_words[1] == initials(full_words[1:])
    ):
        # "Komisja STiPR" for "Komisja Samorządu Terytorialnego i Polityki Regionalnej": the
        # head and the initials of the rest
        return True
    if full.startswith(short + " "):
        rest = full[len(short) + 1 :]
        # "Fundacja ADRA" … "Fundacja ADRA Polska": the name of its branch in Poland in full
        # ("sesja Rady Miasta" … "Rady Miasta Gdańska": the town named once is the one meant)
        return (
            bool(SEAT.fullmatch(" " + rest))
            or rest in ("Polska", "Polski", "Polskie", "Poland")
            or (short_words[-1] in TOWN_GENITIVES and bool(TOWN_NAME.fullmatch(rest)))
            # ("SP nr 16" … "Szkoła Podstawowa nr 16 im. Władysława Broniewskiego": a numbered
            # body named without its patron is the one the page names with it)
            or (short_words[-2] in ("nr", "Nr") and rest.startswith("im. "))
        )
    return False


TOWN_GENITIVES = frozenset({"Miasta", "Gminy", "Powiatu", "Województwa"})
TOWN_NAME = re.compile(r"(?:st\.\s+)?[A-ZŁŚŻŹĆŃÓĘĄ][\w-]+(?:\s+[A-ZŁŚŻŹĆŃÓĘĄ][\w-]+)?")


def initials(words: list[str]) -> str:
    """ "Samorządu Terytorialnego i Polityki Regionalnej" -> "STiPR" (a lower-case word keeps
    its lower-case initial, as such acronyms write it; "ds." is left out)."""
    return "".join(w[0] for w in words if w and w != "ds.")


def expand_ds(name: str) -> str:
    return re.sub(r"(?<![\w])ds\.(?=\s)", "do spraw", name)


def body_base_form(text: str, words: list[re.Match[str]]) -> str:
    """The nominative of a body's name; 'Biuro – Centrum …' keeps its dash, each side declined.
    A name headed by an institution's own name ('Caritas Polska', 'Caritas Archidiecezji
    Warszawskiej') is written as the institution writes it: its adjective agrees with no
    declined head."""
    surface = [w.group(0) for w in words]
    if INSTITUTION_NAME in head_lemma(surface[0]):
        own = institutions_own_name(surface)
        if own is not None:
            return own
    for index in range(1, len(words)):
        gap = text[words[index - 1].end() : words[index].start()]
        if gap.strip() in ("–", "-", "—"):
            first = phrase_base_form([w.group(0) for w in words[:index]])
            rest = phrase_base_form([w.group(0) for w in words[index:]])
            return f"{first}{gap}{rest}"
    head = head_index(surface)
    if head is not None and "i" in surface[:head]:
        # "Wojewódzkiej i Miejskiej Biblioteki Publicznej": each adjective agrees with the head
        joined = surface.index("i")
        rest = phrase_base_form(surface[joined + 1 :])
        firsts = [
            phrase_base_form([adjective, surface[head]]).split()[0]
            for adjective in surface[:joined]
        ]
        return " ".join([*firsts, "i", rest])
    return with_commas(text, words, phrase_base_form(surface, BODY_HEADS))


def institutions_own_name(surface: list[str]) -> str | None:
    """A name after an institution's own, undeclined name: as written where its words stand in
    the nominative or the genitive ("Caritas Polska", "Caritas Archidiecezji Warszawskiej"); a
    single noun after it in another case is put in the nominative, the case it names the place
    in ("przy „Caritas Galaktyce”", "otworzył „Caritas Galaktykę”": "Caritas Galaktyka")."""
    if all(
        any(":nom" in tag or ".nom" in tag for _, tag, _ in analyses(w)) or genitive(w)
        for w in surface[1:]
    ):
        return " ".join(surface)
    if len(surface) != 2 or not CAPITALISED.match(surface[1]):
        return None
    lemmas = sorted({lemma for lemma, tag, _ in analyses(surface[1]) if tag.startswith("subst:sg")})
    return f"{surface[0]} {match_case(surface[1], lemmas[0])}" if len(lemmas) == 1 else None


def with_commas(text: str, words: list[re.Match[str]], base: str) -> str:
    """The base form with the commas of an enumeration in the name put back ("Ministerstwo
    Rodziny, Pracy i Polityki Społecznej")."""
    declined = base.split()
    if len(declined) != len(words):
        return base
    for index in range(1, len(words)):
        if text[words[index - 1].end() : words[index].start()].strip() == ",":
            declined[index - 1] += ","
    return " ".join(declined)


DOCUMENT_PERIOD = re.compile(
    r"\s+(?:na\s+lata\s+\d{4}\s*[–-]\s*\d{4}|na\s+rok\s+\d{4}|za\s+(?:rok\s+)?\d{4}(?:\s+r\.)?"
    # (a strategy's horizon right after its name: "Strategia Rozwoju Miasta 2030"; a year
    # said as a date, "… 2020 roku", is when, not the name's)
    r"|(?:19|20)\d{2}(?![\w–-])(?!\s*r\.|\s+roku))"
)


# --- documents ----------------------------------------------------------------------------------

# Acts known by their number ('uchwała nr LII/964/16', 'zarządzenie nr 37/3/2021 Prezydenta
# Miasta Lublin'): the kind, the number, and the issuer in the genitive.
NUMBERED_ACT_HEADS = {"uchwała", "zarządzenie", "rozporządzenie", "postanowienie", "decyzja"}
ACT_NUMBER = re.compile(
    r"\s+(?:(?:nr|Nr)\.?\s+[\w/-]*\d[\w/-]*|(?:[IVXLCDM]+|\d+)(?:/[\w-]+)+)(?![\w/])"
)
# Documents known by their kind and their subject ('stanowisko w sprawie relokacji …', 'Apel
# prezydentów … w sprawie uchodźców z Ukrainy', 'apel o wsparcie …', 'sprawozdanie z
# działalności za 2017 r.'): the kind, optionally its authors in the genitive, then the subject.
SUBJECT_DOCUMENT_HEADS = {
    "stanowisko",
    "apel",
    "sprawozdanie",
    "rezolucja",
    "porozumienie",
    "memorandum",
    "raport",
    # 'umowa o współpracy w zakresie integracji', 'list intencyjny w sprawie …'
    "umowa",
    "list",
    # 'oświadczenie w sprawie sytuacji na granicy', 'opinia w sprawie projektu ustawy …',
    # 'komunikat w sprawie …', 'petycja do Sejmu w sprawie …', 'uchwała w sprawie …'
    "oświadczenie",
    "opinia",
    "komunikat",
    "petycja",
    "uchwała",
}
# Agreements are made with someone: 'porozumienie o współpracy z Fundacją Ocalenie' is the
# agreement 'Porozumienie o współpracy', and the foundation is its other party.
AGREEMENT_HEADS = {"porozumienie", "umowa", "memorandum", "list"}
# A report, study or guide whose title is quoted: the title is its name.
TITLED_DOCUMENT_HEADS = {
    "raport",
    "publikacja",
    "poradnik",
    "przewodnik",
    "broszura",
    "opracowanie",
    "badanie",
    "strategia",
    "stanowisko",
    "apel",
    "księga",
    "książka",
    "analiza",
    "sprawozdanie",
    # 'list otwarty „Integracja nie może czekać”', 'petycja „…”'
    "list",
    "petycja",
    "oświadczenie",
    "rekomendacja",
    # 'dokument „Założenia polityki migracyjnej Wrocławia”' (a quote right after the word only)
    "dokument",
    # 'nowy tekst dr. Adama Bulandry „Rola współpracy …”', 'artykuł „Miasta wobec migracji”'
    "tekst",
    "artykuł",
}
# Pages close „ with ”, “ or a plain ".
QUOTED_TITLE = re.compile(r"„(?P<title>[^”“\"\n]{3,200})[”“\"]")
# Words that end a document's subject: a clause or a list goes on after them.
SUBJECT_STOP_WORDS = {"który", "która", "które", "którym", "której", "że", "oraz", "a", "lecz"}
VERB_CLASSES = {"fin", "praet", "impt", "imps", "inf", "pcon", "pant", "pred", "bedzie", "winien"}


def find_documents(text: str, taken: list[Mention]) -> list[NewName]:
    """Documents named by their kind: numbered acts, positions and appeals by their subject,
    reports by their quoted title. The kind word is the head: it goes into the nominative, the
    rest (genitive complements, the subject) stays as written."""
    found: list[NewName] = []
    for match in re.finditer(r"(?<![\w-])\w+", text):
        if any(n.start <= match.start() < n.end for n in found) or overlaps(
            match.start(), match.end(), taken
        ):
            continue
        lemmas = head_lemma(match.group(0))
        if not lemmas:
            continue
        name = (
            (numbered_act(text, match, taken) if lemmas & NUMBERED_ACT_HEADS else None)
            or (titled_document(text, match, taken) if lemmas & TITLED_DOCUMENT_HEADS else None)
            or (subject_document(text, match, taken) if lemmas & SUBJECT_DOCUMENT_HEADS else None)
        )
        if name is not None:
            found.append(name)
            if name.kind == "document" and lemmas & TITLED_DOCUMENT_HEADS:
                found += titles_listed_after(text, name, taken)
    return found


# "poradniki „Pierwsze kroki”, „Studiuj w Łodzi” i „Zostań w Łodzi”": more quoted titles joined
# to the first one
NEXT_TITLE = re.compile(r"\s*(?:,|\bi\b|\boraz\b|\band\b)\s*„(?P<title>[^”“\"\n]{3,200})[”“\"]")


def titles_listed_after(text: str, first: NewName, taken: list[Mention]) -> list[NewName]:
    """The documents whose quoted titles follow the first one's in a list."""
    found: list[NewName] = []
    end = first.end + 1  # past the closing quote
    while (listed := NEXT_TITLE.match(text, end)) is not None:
        start, stop = listed.start("title"), listed.end("title")
        # (a city inside the title is a word of it: "„Studiuj w Łodzi”")
        if overlaps(start, stop, [m for m in taken if m.kind != "city"]):
            break
        title = listed.group("title").strip()
        found.append(NewName(start, stop, title, title, "document"))
        end = listed.end()
    return found


def head_nominative(word: str) -> str:
    """The singular nominative of a document's or body's kind word, capitalised as a register
    writes a name ('uchwałę' -> 'Uchwała', 'stowarzyszenie' -> 'Stowarzyszenie')."""
    kinds = head_lemma(word) & (BODY_HEADS | KIND_WORDS)
    # The kind word's own lexeme, not a homonym ('klubie' is klub's, not the block kluba's).
    base = next(
        (n for k in sorted(kinds) if (n := nominative_of(k, "subst", ""))),
        phrase_base_form([word]),
    )
    return base[:1].upper() + base[1:]


# "Rady m.st. Warszawy", "Prezydenta m. st. Warszawy": "miasta stołecznego" (the capital city)
# abbreviated inside an issuer's name, before the city's name
CAPITAL_CITY_AFTER = re.compile(r" m\.[ ]?st\.(?= [A-ZŁŚŻŹĆŃÓĘĄ])")


def numbered_act(text: str, head: re.Match[str], taken: list[Mention]) -> NewName | None:
    number = ACT_NUMBER.match(text, head.end())
    if number is None:
        return None
    end = number.end()
    issuer = [w for w in words_from(text, end)[:8]]
    for word in issuer:
        capital = CAPITAL_CITY_AFTER.match(text, end) if end > number.end() else None
        if capital is not None and word.start() < capital.end():
            continue  # "Rady m.st. Warszawy": the words of "m.st." are the issuer's
        gap_start = capital.end() if capital is not None else end
        if text[gap_start : word.start()] != " " or not CAPITALISED.match(word.group(0)):
            break
        in_the_genitive = genitive(word.group(0)) or word.group(0).isupper()
        if word.group(0).isupper() and end > number.end() and a_place_name(text[:end].split()[-1]):
            # "uchwały nr … Rady m.st. Warszawy WCPR może …": an acronym after the town's name
            # opens the next clause (one after a common noun is the issuer's: "Zarządu UMP")
            break
        if word is issuer[0] and (not in_the_genitive or base_form(word.group(0))):
            # "Uchwałą nr XII/123/2020 Rada Miasta Lublin przyjęła …": the act's issuer follows it
            # in the genitive; a body in the nominative is the sentence's subject
            break
        if not in_the_genitive and not overlaps(word.start(), word.end(), taken):
            break
        end = word.end()
    base = head_nominative(head.group(0)) + text[head.end() : end]
    return NewName(head.start(), end, text[head.start() : end], base, "document", holds_names=True)


def a_place_name(word: str) -> bool:
    """SGJP reads the word as a place's name ("Warszawy", "Płocka", "Lublin")."""
    return any("nazwa_geograficzna" in quals for _, _, quals in analyses(word))


def base_form(word: str) -> bool:
    """The word is a noun's own nominative ("Rada", "Prezydent"), whatever other readings its
    form has ("Rada" is also the genitive of "Rado")."""
    return any(
        tag.startswith("subst:") and tag_has(tag, 2, "nom") and lemma.casefold() == word.casefold()
        for lemma, tag, _ in analyses(word)
    )


def genitive(word: str) -> bool:
    return any(
        tag.split(":")[0] in ("subst", "adj", "ppas", "depr", "ger") and tag_has(tag, 2, "gen")
        for _, tag, _ in analyses(word)
    )


# Titles of a patron after "im." (a saint's, a cleric's, a degree, a military rank), each
# abbreviated with a full stop: "im. św. Brata Alberta", "im. gen. Władysława Andersa"
PATRON_TITLES = frozenset(
    {"św", "bł", "ks", "o", "abp", "bp", "kard", "dr", "prof", "hab", "inż", "gen", "marsz"}
    | {"płk", "ppłk", "mjr", "kpt", "por", "hm", "phm", "red", "mec"}
)
WORD_WITH_STOP = re.compile(r"\w+\.")
# A saint's and a blessed one's titles: a body's patron after them needs no "im."
SAINTS_TITLES = frozenset({"św", "bł"})
# Academic degrees and a priest's title before a name, as abbreviations: "dr. Adama Bulandry",
# "prof. Anny Nowak", "dr hab. inż. Jana Kowalskiego"
DEGREE_ABBREVIATIONS = frozenset({"dr", "prof", "hab", "mgr", "inż", "doc", "ks"})
# a full stop after one of them ends no sentence
NOT_A_DEGREE = "".join(rf"(?<!\b{d})" for d in sorted(DEGREE_ABBREVIATIONS))
NAME_LISTED = re.compile(
    r",\s+(?=(?:(?:"
    + "|".join(sorted(DEGREE_ABBREVIATIONS))
    + r")\.?\s+)*[A-ZŁŚŻŹĆŃÓĘĄ][a-ząćęłńóśźż])"
)


# The words that say a quotation is a title: "pt. „…”", "zatytułowany „…”", "titled "…""
TITLE_MARKER = r"(?:pt\.|pod\s+tytułem|zatytułowan\w+|titled|entitled)"
TITLED_AS = re.compile(r"\b" + TITLE_MARKER + r"\s*$")


def titled_document(text: str, head: re.Match[str], taken: list[Mention]) -> NewName | None:
    """'raport „Miejska gościnność …”', 'raport Centrum Analiz … „Sąsiedzka pomoc …”': the quoted
    title after the kind word (and at most eight words of author) is the name."""
    # (the quote opens near the word; a long title may close far after it)
    quote = QUOTED_TITLE.search(text, head.end())
    if quote is None or quote.start() > head.end() + 120:
        return None
    between = text[head.end() : quote.start()]
    if "tekst" in head_lemma(head.group(0)) and head_lemma(quote.group("title").split()[0]) & (
        SELF_TITLED_HEADS | TITLED_DOCUMENT_HEADS | DRAFTED_DOCUMENTS
    ):
        return None  # "tekst „Stanowiska Prezydentów …”": the text of a document titled itself
    if "dokument" in head_lemma(head.group(0)) and between.strip():
        return None  # "dokumenty: paszport, „Karta Polaka”": only a title right after it
    said_titled = TITLED_AS.search(between)
    if said_titled and len(between.split()) <= 16 and not re.search(r"[;:!?()\n]", between):
        # "raportu o uchodźcach z Ukrainy w największych polskich miastach pt. „…”": what
        # follows "pod tytułem" is the title, whatever the kind word's complements
        title = quote.group("title").strip()
        return NewName(quote.start("title"), quote.end("title"), title, title, "document")
    # (a comma before a capitalised name lists authors: "książka Anny Nowak, Jana Kowalskiego")
    listed = NAME_LISTED.sub(" ", between)
    if len(between.split()) > 12 or re.search(
        r"[,;:!?()\n]|(?<!\bim)" + NOT_A_DEGREE + r"\.\s+[A-ZŁŚŻŹĆŃÓĘĄ]", listed
    ):
        return None
    if any(t.start <= quote.start("title") and quote.end("title") <= t.end for t in taken):
        return None
    for word in words_from(text[: quote.start()], head.end()):
        # Only the author may stand between: 'raport Centrum Analiz i Badań UMP im. …'.
        token = word.group(0)
        if not (
            CAPITALISED.match(token)
            or token in ("i", "oraz", "im.")
            # ("tekst dr. Adama Bulandry i dr. Jakuba Kościółka „…”": its authors' degrees)
            or token in DEGREE_ABBREVIATIONS
            or genitive(token)
            or agrees_with_head(token, head.group(0))
        ) or is_verb(token):
            return None
    title = quote.group("title").strip()
    return NewName(quote.start("title"), quote.end("title"), title, title, "document")


def singular_adjectives_of(head: str, following: list[str], capitalised: bool = False) -> list[str]:
    """The adjectives in lower case right after a singular head that agree with it, in the
    nominative singular of its gender ("Strategii" "migracyjnej" → "migracyjna"); a capitalised
    word after the head is its complement ("Strategii Wspólnych Inicjatyw"), and a head whose
    form is also a plural one ("Strategii") agrees only in the singular here."""
    nouns = [(lemma, tag) for lemma, tag in readings_of(head, ("subst",)) if tag_has(tag, 1, "sg")]
    found: list[str] = []
    for word in following:
        upper = capitalised and re.fullmatch(r"[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+", word) is not None
        if not (re.fullmatch(r"[a-ząćęłńóśźż]+", word) or upper):
            break
        # ("„Deklarację Łódzką”": a title's capitalised adjective agrees with its head too)
        word = word.lower() if upper else word
        adjectives = [
            (lemma, tag) for lemma, tag in readings_of(word, ("adj",)) if tag_has(tag, 1, "sg")
        ]
        pairs = [
            (lemma, noun_tag)
            for lemma, tag in adjectives
            for _, noun_tag in nouns
            if agree([(lemma, tag)], [("", noun_tag)])
        ]
        if not pairs:
            break
        lemma, noun_tag = pairs[0]
        gender = noun_tag.split(":")[3].split(".")[0]
        nominative = nominative_of(lemma.split(":")[0], "adj", gender)
        if nominative is None:
            break
        found.append(nominative[:1].upper() + nominative[1:] if upper else nominative)
    return found


def agrees_with_head(word: str, head: str) -> bool:
    """An adjective of the kind word ('list otwarty', 'wspólne stanowisko' after it): same
    number, case and gender as the head."""
    return agree(readings_of(word, ("adj",)), readings_of(head, ("subst",)))


def subject_document(text: str, head: re.Match[str], taken: list[Mention]) -> NewName | None:
    """'stanowisko w sprawie relokacji i przesiedleń uchodźców', 'Apel prezydentów … w sprawie
    …': the kind word, up to six words of authors (genitive, capitalised or a known name), a
    marker of the subject, then the subject up to a clause's end. Without a marker
    ('przygotowali stanowisko, w którym …') the word names no document."""
    words = words_from(text, head.end())[:24]
    index, end = 0, head.end()
    # "list intencyjny w sprawie …", "porozumienie partnerskie o …": the head's adjectives
    kind_adjectives = singular_adjectives_of(
        head.group(0), [w.group(0) for w in words[:2] if text[w.start() - 1] == " "]
    )
    if kind_adjectives:
        index, end = len(kind_adjectives), words[len(kind_adjectives) - 1].end()
    while index < min(len(words), 9):
        gap, word = text[end : words[index].start()], words[index].group(0)
        if gap != " ":
            return None
        marker = subject_marker(words, index)
        if marker:
            break
        known = next((t for t in taken if t.start <= words[index].start() < t.end), None)
        if known is not None:
            # an author the page names in full ("Zarządu Unii Metropolii Polskich im. Pawła
            # Adamowicza"), abbreviations and all
            end = max(known.end, words[index].end())
            while index < len(words) and words[index].start() < end:
                index += 1
            continue
        if word == "im.":
            end, index = words[index].end(), index + 1  # "… Polskich im. Pawła Adamowicza"
            continue
        if index > 0 and word in ("ds", "ds.", "i", "oraz") and next_capitalised(words, index):
            # "Stanowisko Zespołu ds. Migracji i Integracji w sprawie …": the author's own
            # "ds." and "i" between its capitalised words
            end, index = words[index].end(), index + 1
            continue
        if not (genitive(word) or word.isupper()):
            return None
        end, index = words[index].end(), index + 1
    else:
        return None
    if lemma_set(head.group(0)) & {"raport", "list"} and index == 0 and marker == 1:
        return None  # 'raport o …', 'list o …' tell of a subject, rarely a title
    if "list" in lemma_set(head.group(0)) and not kind_adjectives and index == 0:
        return None  # 'list w sprawie …' is a letter only with its kind ('list intencyjny')
    if "umowa" in lemma_set(head.group(0)) and not (
        kind_adjectives
        or marker == 2
        or (index + 1 < len(words) and words[index + 1].group(0).lower().startswith("współprac"))
    ):
        return None  # 'umowa o pracę', 'umowa o dzieło': contracts of work, not agreements
    agreement = bool(lemma_set(head.group(0)) & AGREEMENT_HEADS)
    subject_end = subject_span(text, words, index + marker, agreement)
    if subject_end is None:
        return None
    # „Apel prezydentów … obywatelom Ukrainy w 2023 roku”: a quoted title runs to its closing
    # quote, dates and all
    closing = re.compile(r"[^”“\"\n]{0,200}?[”“\"]").match(text, subject_end)
    if text[max(0, head.start() - 1) : head.start()] == "„" and closing:
        subject_end = closing.end() - 1
    base = " ".join([head_nominative(head.group(0)), *kind_adjectives])
    base += text[
        words[len(kind_adjectives) - 1].end() if kind_adjectives else head.end() : subject_end
    ]
    surface = text[head.start() : subject_end]
    return NewName(head.start(), subject_end, surface, base, "document", holds_names=True)


def next_capitalised(words: list[re.Match[str]], index: int) -> bool:
    following = words[index + 1].group(0) if index + 1 < len(words) else ""
    return bool(CAPITALISED.match(following))


def lemma_set(word: str) -> set[str]:
    return {lemma.lower() for lemma, _, _ in analyses(word)}


def subject_marker(words: list[re.Match[str]], index: int) -> int:
    """How many words the subject's marker takes at `index`: 'w sprawie' 2, 'ws.' and 'o' 1."""
    first = words[index].group(0).lower()
    second = words[index + 1].group(0).lower() if index + 1 < len(words) else ""
    if first == "w" and second == "sprawie":
        return 2
    if first in ("ws", "o", "dotyczące") or (first == "z" and second == "działalności"):
        return 1
    return 0


OTHER_ACTS = re.compile(r"oraz\s+(?:o\s+zmianie\s+)?niektórych\s+innych\s+ustaw\b")


def subject_span(
    text: str, words: list[re.Match[str]], first: int, agreement: bool = False
) -> int | None:
    """Where a document's subject ends: at a punctuation mark, a verb, a relative pronoun or a
    conjunction that starts a clause; a one-word parenthesis ('(imigracyjnej)') and a period
    ('za 2017 r.') are part of it. An agreement's subject ends before the party it is made with
    ('o współpracy | z Fundacją Ocalenie')."""
    end = None
    index = first
    while index < len(words):
        word = words[index]
        gap = text[end if end is not None else word.start() : word.start()]
        if end is not None and gap not in (" ", " (") and not abbreviated(text, end, gap, word):
            break
        if gap == " (" and text[word.end() : word.end() + 1] != ")":
            break  # a parenthesis of more than one word is a remark, not part of the subject
        token = word.group(0)
        other_acts = OTHER_ACTS.match(text, word.start())
        if other_acts:
            # "… o zmianie ustawy o cudzoziemcach oraz niektórych innych ustaw": the closing
            # words of a Polish act's title, not a clause of their own
            return other_acts.end()
        if token.lower() in SUBJECT_STOP_WORDS or is_verb(token) or is_adverb(token):
            break
        if agreement and index > first and with_a_party(token, words, index):
            break
        if token.isdigit():
            break
        end = word.end()
        if gap == " (" and text[end : end + 1] == ")":
            end += 1
        index += 1
        period = DOCUMENT_PERIOD.match(text, end)
        if period:
            return period.end()
    if index - 1 > first and words[index - 1].group(0) in PREPOSITIONS_AFTER_AND | {"i"}:
        # "Pakt o migracji i azylu w 2024 roku", "zmiany w ustawie o cudzoziemcach i przesłał":
        # a preposition or "i" before what ended the subject opens the next phrase
        index, end = index - 1, words[index - 2].end()
    if end is not None and text[end - 1 : end] == "(":
        return None
    return end if index > first else None


def abbreviated(text: str, end: int, gap: str, word: re.Match[str]) -> bool:
    """ "Stanowisko … ws. deklaracji dot. migracji", "w sprawie tzw. relokacji": an
    abbreviation's period, before a word in lower case, goes on with the subject."""
    return gap == ". " and is_abbreviation(text, end) and word.group(0)[:1].islower()


def with_a_party(token: str, words: list[re.Match[str]], index: int) -> bool:
    """'z Fundacją Ocalenie', 'ze Stowarzyszeniem …', 'z przedstawicielem UNHCR': the party an
    agreement is made with, a name or a person's post in the instrumental."""
    if token.lower() not in ("z", "ze") or index + 1 >= len(words):
        return False
    following = words[index + 1].group(0)
    readings = analyses(following)
    # ("pomocy uchodźcom z Ukrainy": "z" with the genitive is where from, no party)
    return following.isupper() or any(
        tag.startswith("ign") or (tag.split(":")[0] in ("subst", "adj") and tag_has(tag, 2, "inst"))
        for _, tag, _ in readings
    )


def is_adverb(word: str) -> bool:
    readings = analyses(word.lower())
    return bool(readings) and all(tag.split(":")[0] == "adv" for _, tag, _ in readings)


def is_verb(word: str) -> bool:
    readings = analyses(word.lower())
    return bool(readings) and all(tag.split(":")[0] in VERB_CLASSES for _, tag, _ in readings)


# --- associations named in quotes -------------------------------------------------------------

QUOTED_BODY_HEADS = {"stowarzyszenie", "fundacja", "klub", "towarzystwo", "związek", "zrzeszenie"}
KIND_WORDS = NUMBERED_ACT_HEADS | SUBJECT_DOCUMENT_HEADS | TITLED_DOCUMENT_HEADS | QUOTED_BODY_HEADS


def quoted_bodies(text: str, taken: list[Mention]) -> list[NewName]:
    """'stowarzyszenie „Społecznie Zaangażowani”' -> 'Stowarzyszenie Społecznie Zaangażowani':
    a body's kind word right before a quoted name, in any case, is the first word of its name."""
    found = []
    for match in re.finditer(r"(?<![\w-])(?P<head>\w+)\s+„(?P<name>[^”\n]{2,80})”", text):
        if not head_lemma(match.group("head")) & QUOTED_BODY_HEADS or overlaps(
            match.start(), match.end(), taken
        ):
            continue
        base = f"{head_nominative(match.group('head'))} {match.group('name').strip()}"
        found.append(NewName(match.start(), match.end(), match.group(0), base, "org"))
    return found


# "w przestrzeni „Baobab”", "pracownię ekonomii społecznej „Ładne Rzeczy”", "w kawiarni „X”": a
# place by the word for its kind in lower case (and up to three words on what it is for), then
# its quoted name, which is the place's name
QUOTED_PLACE = re.compile(
    r"(?<![\w-])(?P<kind>przestrze\w+|pracowni\w*|kawiar\w+|świetlic\w+|klubokawiar\w+|"
    r"księgar\w+|galeri\w+|kin(?:o|a|u|em|ie)|teatr\w*|restaurac\w+|hostel\w*)"
    r"(?:\s+[a-ząćęłńóśźż]+){0,3}\s+„(?P<name>[A-ZĄĆĘŁŃÓŚŹŻ][^”\n]{1,60})”"
)


def quoted_places(text: str, taken: list[Mention]) -> list[NewName]:
    found = []
    for match in QUOTED_PLACE.finditer(text):
        if overlaps(match.start("name"), match.end("name"), taken):
            continue
        name = match.group("name").strip()
        found.append(NewName(match.start(), match.end(), match.group(0), name, "venue"))
    return found


# A company's legal form after its name, as registers abbreviate it: "S.A." (spółka akcyjna),
# "sp. z o.o." (spółka z ograniczoną odpowiedzialnością), "sp.k.", "sp.j."
LEGAL_FORM = re.compile(
    r"(?P<form>S\.[ \t]?A\.?(?![\w.])|[Ss]p(?:\.|ółka)[ \t]*z[ \t]*o\.[ \t]*o\.?(?![\w.])"
    r"|[Ss]p\.[ \t]?[kj]\.(?![\w.]))"
)
LEGAL_FORM_AFTER = re.compile(r"[ \t]+" + LEGAL_FORM.pattern)


# "firmy IKEA Polska", "spółki Enea", "koncern Orlen": a company by the word for its kind in lower
# case and its name in apposition, written as the company writes it (it does not decline). A
# period inside a word is the name's ("Booking.com"); one after it ends the sentence ("firma
# Polityka Insight. Wynika z niego, …"), and the next sentence's first word is not the name's.
COMPANY_WORD = r"[A-ZĄĆĘŁŃÓŚŹŻ](?:[\w&'\u2019-]|\.(?=\w))*"
COMPANY = re.compile(
    r"(?<![\w-])(?:firm(?:a|y|ie|ę|ą)|spół(?:ka|ki|ce|kę|ką)|koncern(?:u|owi|em|ie)?|"
    r"przedsiębiorstw(?:o|a|u|em|ie))\s+"
    rf"(?P<name>{COMPANY_WORD}(?:[ \t]+{COMPANY_WORD}){{0,3}})"
)


def companies_named(text: str, taken: list[Mention]) -> list[NewName]:
    found = companies_before_a_legal_form(text, taken)
    for match in COMPANY.finditer(text):
        start, end = match.start("name"), match.end("name")
        name = match.group("name").rstrip(".")
        if overlaps(start, end, taken + mentions_of(found)):
            continue
        found.append(NewName(start, start + len(name), name, name, "org"))
    return sorted(found, key=lambda n: n.start)


# "ze spółką Kruk S.A.", "Partnerem jest Mazur sp. z o.o.", "Nowak i Wspólnicy sp.k.": the
# capitalised words right before a company's legal form are its name, as written with the form;
# a name headed by a word for a body ("Agencji Rozwoju Pomorza Sp. z o.o.") is a body's, read
# by its head into the nominative.
NAME_BEFORE_LEGAL_FORM = re.compile(
    rf"(?<![\w.-])(?P<name>{COMPANY_WORD}(?:(?:[ \t]+(?:i|&))?[ \t]+{COMPANY_WORD}){{0,3}})"
    rf"(?=[ \t]+{LEGAL_FORM.pattern})"
)


def companies_before_a_legal_form(text: str, taken: list[Mention]) -> list[NewName]:
    found = []
    for match in NAME_BEFORE_LEGAL_FORM.finditer(text):
        words = list(re.finditer(r"\S+", match.group("name")))
        # the name starts after a town, person or other name found before it, and after a
        # word that is no name's (a preposition or verb opening the sentence: "W", "Jest")
        while words and (
            overlaps(match.start() + words[0].start(), match.start() + words[0].end(), taken)
            or words[0].group(0) in ("i", "&")
            or no_name_word(words[0].group(0))
        ):
            words = words[1:]
        if not words or any(head_lemma(w.group(0)) & BODY_HEADS for w in words):
            continue
        start = match.start() + words[0].start()
        form = LEGAL_FORM_AFTER.match(text, match.end())
        if form is None or overlaps(start, form.end(), taken):
            continue
        name = text[start : form.end()]
        found.append(NewName(start, form.end(), name, name, "org"))
    return found


# "punkt prowadzi stowarzyszenie Nomada", "z fundacją Ocalenie": a foundation or association by
# its kind word in small letters, as the press writes it, and its name in apposition, which does
# not decline; a register writes the kind word as the name's first word.
SMALL_KIND_HEADS = {"fundacja", "stowarzyszenie"}
# (a foreign name may hold a small particle: "ze stowarzyszeniem Renovar a Mouraria")
NAME_PARTICLE = r"(?:[ \t]+(?:a|de|da|do|di|du|la|le|van|von|der|of|e|y))?"
SMALL_KIND_NAME = re.compile(
    # (only the two kind words' stems: any other small word before a capital would cost a
    # dictionary lookup for nothing)
    rf"(?<![\w-])(?P<head>(?:fundacj|stowarzysze)[a-ząćęłńóśźż]*)[ \t]+"
    rf"(?P<name>{COMPANY_WORD}(?:{NAME_PARTICLE}[ \t]+{COMPANY_WORD}){{0,2}})(?![\w-])"
)


def bodies_by_a_small_kind_word(text: str, taken: list[Mention]) -> list[NewName]:
    """'stowarzyszenie Nomada' -> 'Stowarzyszenie Nomada'. A word for a body in the name
    ('fundacja Instytut na rzecz …') leaves it to the rules for bodies, a name found before it
    (a person: 'fundacja Jana Kowalskiego', a town) to that name."""
    found = []
    for match in SMALL_KIND_NAME.finditer(text):
        head = match.group("head")
        if not head_lemma(head) & SMALL_KIND_HEADS or not readings_of(head, ("subst",)):
            continue
        words = match.group("name").rstrip(".").split()
        if overlaps(match.start("name"), match.end("name"), taken) or any(
            head_lemma(w) & BODY_HEADS for w in words
        ):
            continue
        end = match.start("name") + len(match.group("name").rstrip("."))
        base = f"{head_nominative(head)} {' '.join(words)}"
        found.append(NewName(match.start(), end, text[match.start() : end], base, "org"))
    return found


# Bodies of one kind listed by their numbers after their name in the plural ("Szkoły Podstawowe
# nr 1, 2 i 5", "Zespołom Szkolno-Przedszkolnym nr 3 i 4"): each number names one body, of the
# name in the singular.
NUMBERED_IN_THE_PLURAL = re.compile(
    r"(?<![\w-])(?P<name>[A-ZŁŚŻŹĆŃÓĘĄ][\w-]*(?:[ \t]+[A-ZŁŚŻŹĆŃÓĘĄ][\w-]*){1,2})[ \t]+nr[ \t]+"
    r"(?P<numbers>\d{1,3}(?:,[ \t]*\d{1,3})*[ \t]+(?:i|oraz)[ \t]+\d{1,3})(?![\w-])"
)


def numbered_bodies_listed(text: str, taken: list[Mention]) -> list[NewName]:
    """'Szkoły Podstawowe nr 1, 2 i 5' -> 'Szkoła Podstawowa nr 1', '… nr 2', '… nr 5': the
    first spans the name and its number, each other its number."""
    found = []
    for match in NUMBERED_IN_THE_PLURAL.finditer(text):
        if overlaps(match.start(), match.end(), taken):
            continue
        # (the name may start after the phrase's first word: "Uczniowie Szkół Podstawowych nr …")
        words = list(re.finditer(r"\S+", match.group("name")))
        first, singular = next(
            (
                (match.start() + w.start(), name)
                for i, w in enumerate(words[:-1])
                if (name := singular_name([v.group(0) for v in words[i:]]))
            ),
            (0, None),
        )
        if singular is None:
            continue
        numbers = list(re.finditer(r"\d+", match.group("numbers")))
        for index, number in enumerate(numbers):
            start = first if index == 0 else match.start("numbers") + number.start()
            end = match.start("numbers") + number.end()
            base = f"{singular} nr {number.group(0)}"
            found.append(NewName(start, end, text[start:end], base, "org"))
    return found


def singular_name(words: list[str]) -> str | None:
    """The singular nominative of a body's name in the plural, its head a body's noun with
    adjectives agreeing with it and a genitive complement after them kept as written ("Zespoły
    Szkolno-Przedszkolne" -> "Zespół Szkolno-Przedszkolny", "Zespołom Szkół Zawodowych" ->
    "Zespół Szkół Zawodowych"); None for any other phrase."""
    heads = [
        (index, lemma, tag)
        for index, word in enumerate(words[:2])
        for lemma, tag in readings_of(word, ("subst",))
        if tag_has(tag, 1, "pl") and lemma in BODY_HEADS
    ]
    if not heads:
        return None
    at, head, tag = heads[0]
    gender = tag.split(":")[3].split(".")[0]
    noun = nominative_of(head, "subst", gender)
    if not noun:
        return None
    written: list[str] = []
    for index, word in enumerate(words):
        if index == at:
            written.append(noun)
            continue
        adjectives = [
            lemma
            for lemma, adjective in readings_of(word, ("adj",))
            if tag_has(adjective, 1, "pl") and agree([(lemma, adjective)], [(head, tag)])
        ]
        if not adjectives and index > at and genitive(word):
            return " ".join([*(w[:1].upper() + w[1:] for w in written), *words[index:]])
        single = nominative_of(adjectives[0], "adj", gender) if adjectives else None
        if single is None:
            return None
        prefix = word.rsplit("-", 1)[0] + "-" if "-" in word else ""
        last = word.rsplit("-", 1)[-1]
        written.append(prefix + (single[:1].upper() + single[1:] if last[:1].isupper() else single))
    return " ".join(w[:1].upper() + w[1:] for w in written)


# Schools by the abbreviations their registers and pages use before their number ("SP nr 57",
# "SP 16", "ZSO nr 8") or after their Roman ordinal ("VIII LO"): the school's full name.
SCHOOL_ABBREVIATIONS = {
    "SP": "Szkoła Podstawowa",
    "ZS": "Zespół Szkół",
    "ZSO": "Zespół Szkół Ogólnokształcących",
    "ZSZ": "Zespół Szkół Zawodowych",
    "ZSP": "Zespół Szkolno-Przedszkolny",
    "PPP": "Poradnia Psychologiczno-Pedagogiczna",
    "SOSW": "Specjalny Ośrodek Szkolno-Wychowawczy",
    "LO": "Liceum Ogólnokształcące",
}
SCHOOL_ABBREVIATED = re.compile(
    r"(?<![\w-])(?:(?P<ordinal>[IVXL]{1,8})[ \t]+(?P<lyceum>LO)"
    r"|(?P<abbr>SP|ZSO|ZSZ|ZSP|ZS|PPP|SOSW|LO)(?:[ \t]+nr\.?)?[ \t]+(?P<number>\d{1,3}))(?![\w-])"
)


def abbreviated_schools(text: str, taken: list[Mention]) -> list[NewName]:
    """'dyrektorka SP nr 57' -> 'Szkoła Podstawowa nr 57'; 'VIII LO' -> 'VIII Liceum
    Ogólnokształcące'."""
    found = []
    for match in SCHOOL_ABBREVIATED.finditer(text):
        if overlaps(match.start(), match.end(), taken):
            continue
        if match.group("ordinal"):
            base = f"{match.group('ordinal')} {SCHOOL_ABBREVIATIONS['LO']}"
        else:
            base = f"{SCHOOL_ABBREVIATIONS[match.group('abbr')]} nr {match.group('number')}"
        found.append(NewName(match.start(), match.end(), match.group(0), base, "org"))
    return found


# The state's ombudsmen are offices of one person, named by the post and whose rights it guards
# ("Rzecznik Praw Obywatelskich", "rzecznika praw dziecka", "Rzecznik Praw Pacjenta", "Rzecznik
# Praw Osób Niepełnosprawnych"), capitalised or not: the office is a body of the state.
OMBUDSMAN = re.compile(
    r"(?<![\w-])(?P<head>[Rr]zeczni(?:k|ka|kowi|kiem|ku))[ \t]+[Pp]raw[ \t]+"
    r"(?P<whose>[^\W\d_]+)(?:[ \t]+(?P<more>[^\W\d_]+))?"
)


def ombudsmen(text: str, taken: list[Mention]) -> list[NewName]:
    """'rzecznik praw obywatelskich Adam Bodnar', 'w Biurze Rzecznika Praw Dziecka' -> the
    office 'Rzecznik Praw Obywatelskich' / 'Rzecznik Praw Dziecka': whose rights, in the
    genitive, with an adjective agreeing with them ('Osób Niepełnosprawnych')."""
    found = []
    for match in OMBUDSMAN.finditer(text):
        whose, more = match.group("whose"), match.group("more")
        if not genitive(whose) or overlaps(match.start(), match.end("whose"), taken):
            continue
        if {lemma for lemma, _ in readings_of(whose.lower(), ("adj",))} & PRONOUN_ADJECTIVES:
            continue  # "rzecznik praw tych osób": whose rights the text said before
        before = re.search(
            r"([A-ZŁŚŻŹĆŃÓĘĄ][\w-]*)[ \t]+$", text[max(0, match.start() - 30) : match.start()]
        )
        if before and head_lemma(before.group(1)) & BODY_HEADS:
            continue  # "w Biurze Rzecznika Praw Obywatelskich": a word of its office's name
        words, end = [whose], match.end("whose")
        if more and agree(readings_of(more, ("adj",)), readings_of(whose, ("subst",))):
            words, end = [whose, more], match.end("more")
        name = " ".join(["Rzecznik", "Praw", *(w[:1].upper() + w[1:] for w in words)])
        found.append(NewName(match.start(), end, text[match.start() : end], name, "org"))
    return found


# Places of service whose kind Polish spelling writes in small letters before their proper name
# ("w hotelu Ikar", "hotel Jana Pawła II", "w kinie Muranów", "kawiarnia Nowy Świat"): the
# place, named as a register writes it, kind word first.
SMALL_VENUE_HEADS = {"hotel", "hostel", "motel", "pensjonat", "kino", "kawiarnia", "restauracja"}
SMALL_VENUE_NAME = re.compile(
    rf"(?<![\w-])(?P<head>(?:hotel|hostel|motel|pensjona|kin|kawiarni|restauracj)"
    rf"[a-ząćęłńóśźż]*)[ \t]+(?P<name>{COMPANY_WORD}(?:[ \t]+{COMPANY_WORD}){{0,2}})(?![\w-])"
)


def venues_by_a_small_kind_word(text: str, taken: list[Mention]) -> list[NewName]:
    """'w hotelu Ikar' -> 'Hotel Ikar' (a venue); a name found before (a town, a person, a
    body) is no hotel's, and a name with a body's head of its own is left to the rules for
    bodies."""
    found = []
    for match in SMALL_VENUE_NAME.finditer(text):
        head = match.group("head")
        if not head_lemma(head) & SMALL_VENUE_HEADS or not readings_of(head, ("subst",)):
            continue
        name = match.group("name")
        if overlaps(match.start("name"), match.end("name"), taken) or any(
            head_lemma(w) & BODY_HEADS for w in name.split()
        ):
            continue  # ("hostel Dom Harcerza": the place's own name has a head of its own)
        base = f"{head_nominative(head)} {name}"
        found.append(NewName(match.start(), match.end(), match.group(0), base, "venue"))
    return found


# "z Europejskiego Funduszu Społecznego Plus", "Fundusze Europejskie dla Dolnego Śląska": a fund
# (or a funding programme) a project is paid from
FUND_HEADS = {"fundusz"}
FUND_FOR = re.compile(
    r"(?:[ \t]+(?:dla|na)[ \t]+[A-ZŁŚŻŹĆŃÓĘĄ][\w-]*(?:[ \t]+[A-ZŁŚŻŹĆŃÓĘĄ][\w-]*){0,2}"
    # ("dla Warmii i Mazur", "dla Kujaw i Pomorza": two regions)
    r"(?:[ \t]+i[ \t]+[A-ZŁŚŻŹĆŃÓĘĄ][\w-]*)?)?"
    r"(?:[ \t]+\d{4}[–-]\d{4})?"
)
BODY_HEADS = UNIT_HEADS | ORGANISATION_HEADS | DOCUMENT_HEADS | VENUE_HEADS | FUND_HEADS
ACRONYM_AFTER = re.compile(r"\s*\((?P<acr>[A-ZĄĆĘŁŃÓŚŹŻ][A-ZĄĆĘŁŃÓŚŹŻ0-9&-]{1,11})\)")


def head_index(surface: list[str]) -> int | None:
    """Where the head noun of a body's name is: first, or after up to two capitalised
    adjectives ('Miejskiego Ośrodka …'), which may be joined by 'i' ('Wojewódzkiej i Miejskiej
    Biblioteki …'); a phrase that starts with any other word is no name."""
    adjectives = 0
    for index, word in enumerate(surface[:5]):
        if head_lemma(word) & BODY_HEADS or a_board_or_self_government(surface, index):
            nouns = readings_of(word, ("subst",))
            before = [readings_of(w, ("adj", "ppas", "pact")) for w in surface[:index] if w != "i"]
            # 'w Sali Błękitnej Urzędu …': an adjective that does not agree is not the body's.
            return index if all(agree(a, nouns) for a in before) else None
        # "Wojewódzka i Miejska Biblioteka Publiczna": two adjectives of one head, joined
        if word == "i" and index > 0 and surface[index - 1] != "i":
            continue
        if not readings_of(word, ("adj", "ppas", "pact")) or adjectives == 2:
            return None
        adjectives += 1
    return None


# What a board that is a body of its own does not manage: a body or a territory, whose own
# board it is ("Zarząd Fundacji X", "Zarząd Województwa", "Zarząd Dzielnicy Wola")
BOARDS_OWNERS = frozenset(
    {"dzielnica", "osiedle", "spółka", "spółdzielnia", "okręg", "region", "chorągiew"}
    | {"hufiec", "koło", "oddział", "związek", "stowarzyszenie", "fundacja", "klub"}
)


def a_managing_board(surface: list[str], index: int) -> bool:
    """ "Gdański Zarząd Nieruchomości Komunalnych", "Zarząd Dróg i Zieleni", "Zarząd Transportu
    Miejskiego": a town's body that manages the things its complement names, a body of its own;
    so is a self-government's executive board ("Zarząd Województwa Pomorskiego", "Zarząd
    Powiatu Kartuskiego"); not another body's own board ("Zarząd Fundacji")."""
    if index + 1 >= len(surface) or not head_lemma(surface[index]) & {"zarząd"}:
        return False
    following = surface[index + 1]
    if self_governments_board(surface[index + 1 : index + 3]):
        return True
    return (
        noun_in_case(following, "gen")
        and not readings_of(following, ("adj",))
        and not head_lemma(following) & (BODY_HEADS | TOWN_WORDS | BOARDS_OWNERS)
    )


def a_board_or_self_government(surface: list[str], index: int) -> bool:
    return a_managing_board(surface, index) or a_self_government(surface, index)


def a_self_government(surface: list[str], index: int) -> bool:
    """ "Samorząd Województwa Pomorskiego", "z Województwem Lubelskim": a voivodeship's
    self-government, a body; written with capitals, the voivodeship is the legal person that
    signs and runs things ("w województwie lubelskim" is the region)."""
    word = surface[index]
    if not word[:1].isupper() or index + 1 >= len(surface):
        return False
    lemmas = head_lemma(word)
    if lemmas & {"samorząd"}:
        return self_governments_board(surface[index + 1 : index + 3])
    following = surface[index + 1]
    return (
        bool(lemmas & {"województwo"})
        and following[:1].isupper()
        and agree(readings_of(following, ("adj",)), readings_of(word, ("subst",)))
    )


def self_governments_board(after: list[str]) -> bool:
    """Whether the words after "Zarząd" name a self-government whose board it is, in the
    genitive: its kind and its adjective ("Województwa Pomorskiego", "Powiatu Kartuskiego") or
    its adjective and kind ("Górnośląsko-Zagłębiowskiej Metropolii")."""
    if len(after) < 2 or not all(w[:1].isupper() for w in after):
        return False
    first, second = after
    for kind, adjective in ((first, second), (second, first)):
        if (
            head_lemma(kind) & SELF_GOVERNMENTS
            and noun_in_case(kind, "gen")
            and adjective_in_the_genitive(adjective)
        ):
            return True
    return False


def adjective_in_the_genitive(word: str) -> bool:
    """ "Pomorskiego", "Kujawsko-Pomorskiego": an adjective's genitive singular (each part of
    a compound's last word)."""
    last = word.split("-")[-1]
    return any(
        tag.startswith("adj") and tag_has(tag, 1, "sg") and tag_has(tag, 2, "gen")
        for _, tag, _ in analyses(last)
    )


# Self-governments whose executive is a board (zarząd): a voivodeship's, a county's, the
# Upper Silesian metropolis's
SELF_GOVERNMENTS = frozenset({"województwo", "powiat", "metropolia"})


# Bodies that Polish numbers with a Roman ordinal before the name ('VIII Liceum
# Ogólnokształcące im. …', 'II Społeczne Liceum Ogólnokształcące'); other heads with an ordinal
# before them are an event's edition ("XIV Forum …", `an_editions_event`).
ORDINAL_HEADS = {"liceum"}


def next_words(candidates: list[re.Match[str]], index: int) -> list[str]:
    """The few words after the one at `index`, as written."""
    return [c.group(0) for c in candidates[index + 1 : index + 6]]


def opening_ordinal(surface: list[str]) -> int:
    """1 where a Roman ordinal opens a body's name that is numbered so, else 0: the ordinal is
    the name's first word, written as it stands ("w IX Liceum Ogólnokształcącym" → "IX Liceum
    Ogólnokształcące")."""
    if len(surface) < 3 or not ROMAN.fullmatch(surface[0]):
        return 0
    head = head_index(surface[1:])
    return 1 if head is not None and head_lemma(surface[1 + head]) & ORDINAL_HEADS else 0


# Heads that name an area as well as the body that governs it: "Górnośląsko-Zagłębiowska
# Metropolia" (a union of towns) but "Organizacja Turystyczna Metropolia Lublin" (the area, in
# another body's name).
AREA_HEADS = {"metropolia"}


def inside_a_run(text: str, start: int) -> bool:
    """Whether a capitalised word (not one opening the sentence) goes right before `start`."""
    before = re.search(r"([^\W\d_][\w-]*)[ \t]+$", text[max(0, start - 40) : start])
    return (
        before is not None
        and before.group(1)[:1].isupper()
        and not re.search(
            r"(?:^|[.!?:]\s+|\n\s*)$", text[max(0, start - 40) : start - len(before.group(0))]
        )
    )


# Heads that name a body or a recurring event: "Forum Integracji i Migracji" (a body), "XIV Forum
# Cudzoziemców" (the fourteenth sitting).
EVENT_LIKE_HEADS = {"forum"}
# An event's capitalised head in any case ("Kongresie", "Zjeździe", "Szczycie", "Targach"),
# with "ds." after it: the capitalised words that follow are its name's
EVENTS_HEAD_BEFORE = re.compile(
    r"(?<![\w-])(?:Kongres|Forum|Festiwal|Zjazd|Zjeździe|Szczyt|Szczycie|Targ|Tydzie|Tygodni|Dni|Dzie[nń])"
    r"\w*\s+(?:ds\.\s+)?$"
)
EDITION_BEFORE = re.compile(r"(?<![\w.])[IVXLC]{1,6}\.?\s+$")


def an_editions_event(text: str, start: int, head: str) -> bool:
    """A name whose head may name an event, after the Roman number of its edition."""
    return bool(head_lemma(head) & EVENT_LIKE_HEADS) and bool(
        EDITION_BEFORE.search(text, max(0, start - 10), start)
    )


def a_kind_of_bodies(surface: list[str], head: int) -> bool:
    """A head noun that can only be read in the plural ("Domach", "Punkty", "Ośrodki") with
    nothing after it but adjectives: the phrase names a kind of bodies ("w gdańskich Domach
    Sąsiedzkich", "Punkty Informacyjno-Doradcze"), not one body. A proper name after the head
    makes it one place ("Młyny Rothera"); a form that is also singular ("Rady", "Biura") is
    kept."""
    numbers = {
        tag.split(":")[1]
        for lemma, tag in readings_of(surface[head], ("subst",))
        if lemma.lower() in BODY_HEADS
    }
    rest = surface[head + 1 :]
    return numbers == {"pl"} and all(readings_of(w, ("adj",)) for w in rest)


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
        if lemmas & PLACE_HEADS or (venue_position and lemmas & VENUE_HEADS):
            return "venue"
        for group, kind in (
            (UNIT_HEADS, "unit"),
            (ORGANISATION_HEADS, "org"),
            (DOCUMENT_HEADS, "document"),
            (FUND_HEADS, "fund"),
        ):
            if lemmas & group:
                return kind
    return None


# 'projekt „Białystok bez barier”', 'programu „Otwarty Kraków”', the title first ('„X” to
# projekt …', '„X” jest projektem …'), and in English ('the project “Together in the City”',
# '"Cities for All" is a project').
OPEN_QUOTE, CLOSE_QUOTE = '[„“"]', '[”"]'
TITLE = r"(?P<title>[^”\"“„]{3,160})"
# A word of an English title (capitalised, "Third-Country", "CityLink") and the small words
# between them.
EN_TITLE_WORD = r"[A-ZĄĆĘŁŃÓŚŹŻ][\w'-]+"  # (Polish names keep their letters: Łódź)
EN_SMALL_WORD = r"(?:for|of|and|in|the|to|on|with|at|by|a)"
# The articles and determiners that open a sentence before a name but are no word of it
EN_ARTICLES = {"the", "a", "an", "this", "that", "its", "our", "their"}
EN_ARTICLE_AHEAD = r"(?!(?:" + "|".join(sorted(w.capitalize() for w in EN_ARTICLES)) + r")\s)"
# (on one line: a heading above is no part of the name)
EN_ARTICLE_FREE_TITLE = rf"(?P<title>{EN_TITLE_WORD}(?:[ \t]+(?:{EN_TITLE_WORD}|{EN_SMALL_WORD}))*?[ \t]+{EN_TITLE_WORD})"
QUOTED_INITIATIVE = [
    re.compile(
        rf"\b(?P<kind>[Pp]rojek|[Pp]rogram)\w*\s+(?:pn\.\s*|pt\.\s*|pod\s+nazwą\s*)?„{TITLE}[”\"“]"
    ),
    # "realizacja zadania publicznego „Łódź dla Wszystkich – wsparcie integracji cudzoziemców”":
    # a city's public task given to NGOs is an initiative of its own (a project)
    # (only a public task: "w ramach zadania „…”" alone was tried, golds disagree — upsilon
    # +1.9/+0.9, yot -1.6 precision)
    re.compile(rf"\b(?P<kind>[Zz]ada)ni\w*\s+publiczn\w*\s+(?:pn\.\s*|pt\.\s*)?„{TITLE}[”\"“]"),
    re.compile(rf"„{TITLE}[”\"“]\s+(?:to|jest|był|była)\s+(?P<kind>projek|program)\w*"),
    # "akcja społeczna „Włącz się w Polskę”", "kampanii „…”", "„Miasta Otwarte” to działanie
    # rozpoczęte w 2014 roku": a campaign, an action or an initiative is a project of its own
    re.compile(
        # (the word may open the sentence: "Akcja „Ławka sąsiedzka” trwała …"; an undertaking
        # or an action with its title: "przedsięwzięcie „…”", "działanie „…”")
        rf"\b(?P<kind>[Aa]kcj|[Kk]ampani|[Ii]nicjatyw|[Pp]rzedsięwzię|[Dd]ziałani)\w*"
        rf"(?:\s+(?:społeczn|informacyjn|edukacyjn|obywatelsk)\w*)?\s+"
        rf"(?:pn\.\s*|pt\.\s*|pod\s+nazwą\s*)?„{TITLE}[”\"“]"
    ),
    re.compile(
        rf"„{TITLE}[”\"“]\s+(?:to|jest|był|była)\s+(?:\w+\s+)?"
        rf"(?P<kind>akcj|kampani|inicjatyw|działani|przedsięwzię)\w*"
    ),
    # "programu wymiany doświadczeń między samorządami „Miasta Solidarne”": what the programme
    # is for, in lower case, between its kind and its quoted name
    re.compile(
        rf"\b(?P<kind>[Pp]rojek|[Pp]rogram)\w*(?:\s+[a-ząćęłńóśźż]{{2,}}){{1,6}}\s+„{TITLE}[”\"“]"
    ),
    re.compile(
        rf"\b(?P<kind>[Pp]roject|[Pp]rogramme|[Pp]rogram)\s+{OPEN_QUOTE}{TITLE}{CLOSE_QUOTE}"
    ),
    re.compile(
        rf"{OPEN_QUOTE}{TITLE}{CLOSE_QUOTE}\s+(?:is|was)\s+an?\s+(?:\w+\s+){{0,2}}?"
        rf"(?P<kind>project|programme|program)\b"
    ),
    # 'the “Together in the City” project'
    re.compile(rf"\b[Tt]he\s+{OPEN_QUOTE}{TITLE}{CLOSE_QUOTE}\s+(?P<kind>project|programme)\b"),
    # an acronym or capitalised name without quotes: 'WELCOMM is a transnational project',
    # 'AKTYWATOR to projekt …'
    re.compile(
        r"(?<![\w-])(?P<title>[A-ZĄĆĘŁŃÓŚŹŻ][A-ZĄĆĘŁŃÓŚŹŻ0-9]{2,}(?:[-+&][A-Za-z0-9]+)*)"
        # 'LOCALINT ("Local Integration Policies …") is a research project'
        r"(?:\s*\([^()]{0,150}\))?\s+"
        r"(?:is|was|to|jest|był)\s+(?:an?\s+)?(?:\w+\s+){0,2}?(?P<kind>project|programme|projekt|program)\b"
    ),
    # a name opening a paragraph, with its subtitle, and its kind: 'CityLink – Local
    # Integration Services for Third-Country Nationals is a 36-month project'
    re.compile(
        r"(?m)^[ \t]*(?!(?:The|This|That|It|Its|Our|An?|Each|Every)\b)"
        rf"(?P<title>{EN_TITLE_WORD}(?:\s+{EN_TITLE_WORD})*"
        rf"(?:\s+[–—-]\s+{EN_TITLE_WORD}(?:\s+(?:{EN_TITLE_WORD}|{EN_SMALL_WORD})){{0,12}})?)"
        r"\s+(?:is|was)\s+an?\s+(?:[\w-]+\s+){0,3}?(?P<kind>project|programme)\b"
    ),
    # a name in title case and its kind in an apposition: 'to launch Cities for Inclusion, a
    # two-year project that will …'
    # (the article before the name is no word of it: "The Wrocław Integration Center, a project
    # of …")
    re.compile(
        rf"(?<![\w-]){EN_ARTICLE_AHEAD}{EN_ARTICLE_FREE_TITLE}"
        rf",\s+an?\s+(?:[\w-]+\s+){{0,3}}?(?P<kind>project|programme)\b"
    ),
    # a name in capitals (one or more words) and its kind after a dash or after the word:
    # 'CITIES GROW (2017–2019) – projekt sieci EUROCITIES', 'Projekt CITIES GROW koordynowała'
    re.compile(
        r"(?<![\w-])(?P<title>[A-ZĄĆĘŁŃÓŚŹŻ]{3,}(?:[ -][A-ZĄĆĘŁŃÓŚŹŻ0-9]{2,})+)"
        r"(?:\s*\([^()]{0,60}\))?\s*[–—-]\s*(?:\w+\s+){0,2}?(?P<kind>project|programme|projekt|program)\w*\b"
    ),
    re.compile(
        r"\b(?P<kind>[Pp]rojek|[Pp]roject)\w*\s+"
        r"(?P<title>[A-ZĄĆĘŁŃÓŚŹŻ]{3,}(?:[ -][A-ZĄĆĘŁŃÓŚŹŻ0-9]{2,})+)(?![\w-])"
    ),
    # an acronym and its kind in an apposition, its expansion between: 'LINC – Local Integration
    # Networks in Cities, a two-year project', 'AKTYWATOR, dwuletni projekt IOM'
    re.compile(
        r"(?<![\w-])(?P<title>[A-ZĄĆĘŁŃÓŚŹŻ][A-ZĄĆĘŁŃÓŚŹŻ0-9]{2,}(?:[-+&][A-Za-z0-9]+)*)"
        r"(?:\s*[–—-]\s*[A-ZĄĆĘŁŃÓŚŹŻ][^,.;:()]{3,120})?,\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?P<kind>project|programme|projekt|program)\b"
    ),
    # a list item or clause opening with the quoted title and its kind after a dash: '- "Łódź
    # Welcomes" – project promoter: …', '„Razem w Lublinie” – projekt FAMI …'
    re.compile(
        rf"{OPEN_QUOTE}{TITLE}{CLOSE_QUOTE}\s*[–—-]\s*(?:\w+\s+){{0,2}}?"
        r"(?P<kind>project|programme|projekt|program)\w*\b"
    ),
]


# "*Safe Start* is a project", "projekt _Razem w mieście_": a title set in italics (Markdown's
# single asterisks or underscores, not bold) as a title in quotes is; capitalised, as titles
# are ("the *new* project" stresses a word).
ITALIC_SPAN = re.compile(
    r"(?<![*\w])([*_])(?P<title>[A-ZĄĆĘŁŃÓŚŹŻ0-9][^*_\n]{1,158}[^\s*_])\1(?![*\w])"
)


def italics_as_quotes(text: str) -> str:
    """The text with italic markers written as „…” (one character each: offsets hold)."""
    return ITALIC_SPAN.sub(lambda m: f"„{m.group('title')}”", text)


# A project card: a heading or a label that names the project ("# Karta projektu: „X”",
# "**Tytuł projektu:** X"), over labelled lines ("**Partnerzy:** …", "**Okres realizacji:** …").
CARD_TITLE = re.compile(
    r"(?im)^(?:#+\s*(?:karta\s+projektu|projekt|project)\s*:?\s*|"
    r"[-*\s]*(?:\*\*)?(?:tytuł|nazwa|pełna\s+nazwa)(?:\s+projektu)?\s*:?\s*(?:\*\*)?\s*:?\s*)"
    r"[„\"“]?(?P<title>[^\n„”\"“(]{3,100}?)[”\"]?\s*(?:\(|$)"
)
# (a table's row too: "| Okres realizacji | 01.10.2018 – 30.09.2019 |", "| Project period | …")
CARD_LABEL = re.compile(
    r"(?im)^[-*|\s]*(?:\*\*)?(?:lider|beneficjent|partnerzy|okres\s+realizacji|finansowanie|"
    r"źródło\s+finansowania|wartość\s+projektu|budżet(?:\s+projektu)?|grupa\s+docelowa|"
    r"lead\s+partner|project\s+partners|(?:project\s+)?(?:duration|period)|funding|funded\s+by|"
    r"source\s+of\s+(?:financing|funding)|(?:total\s+)?budget|"
    r"lead\s+organi[sz]ation|czas\s+trwania)\b"
)
# The page's first heading: on a project card it names the project ("# Małopolska dla
# cudzoziemców – kompleksowe wsparcie integracji" over "- Lider projektu: …").
FIRST_HEADING = re.compile(r"(?m)^#\s+[„\"“]?(?P<title>[^\n„”\"“]{3,100}?)[”\"]?\s*$")


def card_projects(text: str) -> list[NewName]:
    if len(CARD_LABEL.findall(text)) < 2:
        return []
    found = []
    # ("## Project description", "## Projekt w liczbach": a section, no name)
    titled = [m for m in CARD_TITLE.finditer(text) if not m.group("title")[:1].islower()]
    heading = FIRST_HEADING.search(text)
    if not titled and heading and not PROJECT_FACTS.search(heading.group("title")):
        titled = [heading]
    for match in titled:
        title = match.group("title").strip().rstrip(".:")
        # "# CITIES4INCLUSION: Strengthening Local Integration Capacities …": a short name, then
        # what the project does
        named = re.match(r"(?P<name>[^:]{2,40}):\s+(?:\S+\s+){2,}\S+", title)
        if named and len(named.group("name").split()) <= 3:
            title = named.group("name").strip()
        if title:
            start = match.start("title")
            found.append(NewName(start, start + len(title), title, title, "project"))
    return found


HEADING_LINE = re.compile(r"^(?P<level>#{1,6})\s+(?P<text>.+?)\s*$", re.MULTILINE)
# "### 3.1. „Szczecińska Kawiarenka Językowa”": a heading that is only a quoted title.
QUOTED_HEADING = re.compile(r"^(?:[\d.]+\s+)?[„“\"](?P<title>[^”“\"\n]{3,200})[”“\"]\s*$")
INITIATIVES_HEADING = re.compile(
    r"(?i)\b(?:(?P<programme>program\w*|programmes?)|projekt\w*|projects?|zadani\w*|działani\w*)\b"
)


def projects_under_their_heading(text: str) -> list[NewName]:
    """ "## 3. Projekty realizowane w 2021 roku" over "### 3.1. „Port Integracji …”": a heading
    that is only a quoted title, under a heading of projects (programmes), names one."""
    found = []
    parents: dict[int, str] = {}
    for heading in HEADING_LINE.finditer(text):
        level = len(heading.group("level"))
        parents = {k: v for k, v in parents.items() if k < level}
        quoted = QUOTED_HEADING.match(heading.group("text"))
        above = parents[max(parents)] if parents else ""
        kind = INITIATIVES_HEADING.search(above)
        if quoted and kind:
            start = heading.start("text") + quoted.start("title")
            title = quoted.group("title").strip()
            folder = "programme" if kind.group("programme") else "project"
            found.append(NewName(start, start + len(title), title, title, folder))
        parents[level] = heading.group("text")
    return found


# A heading about a project rather than naming it ("ADMin4ALL: project facts").
PROJECT_FACTS = re.compile(r"(?i)\b(?:projekt\w*|project|karta|facts|informacje|o\s+projekcie)\b")


# A project's short name (an acronym or a one-word coinage with capitals inside) before a full
# stop or a colon and a subtitle of several words (after a dash the two are one title:
# "CityLink – Local Integration Services …").
SHORT_NAME_FIRST = re.compile(
    r"(?P<name>(?=\S*[A-Z]\S*[A-Z])[A-Z][\w+&-]{2,30})\s*[.:]\s+\S+(?:\s+\S+){2,}$"
)


def find_quoted_projects(text: str) -> list[NewName]:
    """Projects and programmes named in quotes next to the word projekt/program (project), and
    the project a project card is about."""
    found: dict[int, NewName] = {n.start: n for n in card_projects(text)}
    found.update({n.start: n for n in projects_under_their_heading(text)})
    text = italics_as_quotes(text)
    for pattern in QUOTED_INITIATIVE:
        for m in pattern.finditer(text):
            kind = "programme" if m.group("kind").lower().startswith("program") else "project"
            title = m.group("title").strip()
            if title.split() and head_lemma(title.split()[0]) & DRAFTED_DOCUMENTS:
                continue  # "projekt „Polityki na rzecz integracji …”": the draft of a document
            # "„MIGRACITY. Lokalne polityki integracji …”" on a page that also says "projekt
            # MIGRACITY": the short name before the subtitle is the name the page goes by (a
            # title only ever written in full stays whole)
            short = SHORT_NAME_FIRST.match(title)
            alone = short is not None and (
                len(re.findall(rf"(?<![\w-]){re.escape(short.group('name'))}(?![\w-])", text)) > 1
            )
            name = short.group("name") if short and alone else title
            found.setdefault(
                m.start("title"), NewName(m.start("title"), m.end("title"), title, name, kind)
            )
    for m in QUOTED_TITLE.finditer(text):
        # "w ramach „Programu integracji cudzoziemców w Łodzi na lata 2023–2027”": a title that
        # starts with the kind of initiative it is, its head declined inside the quotes
        title = m.group("title").strip()
        first = title.split()[0] if title.split() else ""
        kinds = head_lemma(first) & {"program", "projekt"} if CAPITALISED.match(first) else set()
        if kinds and len(title.split()) > 1:
            base = " ".join([head_nominative(first), *title.split()[1:]])
            kind = "programme" if "program" in kinds else "project"
            start = m.start("title")
            found.setdefault(start, NewName(start, start + len(title), title, base, kind))
    return [found[k] for k in sorted(found)]


def unquoted_initiative_titles(text: str, taken: list[Mention]) -> list[NewName]:
    """ "w ramach programu Otwarty Kraków": a title in the nominative after the lower-case word
    for a programme or project (not a person or a body the page names there: "koordynatorka
    projektu Oksana Melnyk"; a city may be a word of the title)."""
    found = []
    for m in UNQUOTED_TITLE_AFTER_KIND.finditer(text):
        title = m.group("title")
        start, end = m.start("title"), m.end("title")
        if len(title.split()) < 2 or not title_in_apposition(title.split()[0]):
            continue
        if any(t.start < end and start < t.end and t.kind != "city" for t in taken):
            continue
        kind = "programme" if m.group("kind") == "program" else "project"
        found.append(NewName(start, end, title, title, kind))
    for m in TITLE_CALLED.finditer(text):
        # "Mazowiecka część projektu będzie nosić nazwę Mazowieckie Mosty Międzykulturowe",
        # "program pod nazwą Otwarty Gdańsk": what an initiative is called, in the nominative
        group = "quoted" if m["quoted"] else "title"
        start, end = m.start(group), m.end(group)
        if any(t.start < end and start < t.end and t.kind != "city" for t in taken):
            continue
        kind = "programme" if m.group("kind").lower() == "program" else "project"
        found.append(NewName(start, end, m[group], m[group].strip(), kind))
    for m in ONE_WORD_TITLE_AFTER_KIND.finditer(text):
        # "w ramach rządowego programu RODAK", "projektu ADMIn4ALL": one word in capitals, or
        # a brand with capitals and digits in it, is the title (an acronym the page or the
        # reference knows is taken already: "programu FAMI")
        start, end = m.start("title"), m.end("title")
        if any(t.start < end and start < t.end for t in [*taken, *mentions_of(found)]):
            continue
        if re.search(rf"[„\"]{re.escape(m['title'])}\b", text):
            continue  # "projekt MIGRACITY" … "Projekt „MIGRACITY. Lokalne …”": the quoted title's
        kind = "programme" if m.group("kind") == "program" else "project"
        found.append(NewName(start, end, m["title"], m["title"], kind))
    return found


ONE_WORD_TITLE_AFTER_KIND = re.compile(
    r"(?<![\w-])(?P<kind>program|projek)(?:u|em|ie|owi|t|tu|tem|cie|towi)?[ \t]+"
    r"(?P<title>[A-ZŁŚŻŹĆŃÓĘĄ]{4,}|(?=\w*\d)(?=\w*[A-Z]\w*[A-Z])[A-Z]\w{3,})"
    r"(?![\w-])(?![ \t]+[A-ZŁŚŻŹĆŃÓĘĄ\d])"
)


# "w ramach programu Otwarty Kraków", "uczestnicy projektu Razem w Mieście": capitalised words
# right after the lower-case word for a programme or project, on one line
UNQUOTED_TITLE_AFTER_KIND = re.compile(
    r"(?<![\w-])(?P<kind>program|projek)(?:u|em|ie|owi|t|tu|tem|cie|towi)?[ \t]+"
    # ("w ramach programu Fundusze Europejskie dla Dolnego Śląska 2021-2027": a particle
    # before a capitalised word, and the programme's years, go on the title)
    r"(?P<title>[A-ZŁŚŻŹĆŃÓĘĄ][\w-]*(?:[ \t]+(?:(?:dla|na|w|we|i|z|ze|do)[ \t]+)?"
    r"[A-ZŁŚŻŹĆŃÓĘĄ][\w-]*){1,6}(?:[ \t]+\d{4}[–-]\d{4})?)(?![\w-])"
)


# "projektu będzie nosić nazwę X", "program pod nazwą X", "projekt o nazwie X": the initiative's
# word, a few words, then its name after the word for a name (which stays in the nominative)
TITLE_CALLED = re.compile(
    r"(?<![\w-])(?P<kind>[Pp]rogram|[Pp]rojek)\w*[ \t]+(?:[^\s.;:!?„\"]+[ \t]+){0,5}?"
    r"(?:nazwę|nazwą|nazwie)[ \t]+"
    r"(?:[„\"](?P<quoted>[^”\"“„]{3,160})[”\"“]|"
    r"(?P<title>[A-ZŁŚŻŹĆŃÓĘĄ][\w-]*(?:[ \t]+(?:(?:dla|na|w|we|i|z|ze|do)[ \t]+)?"
    r"[A-ZŁŚŻŹĆŃÓĘĄ][\w-]*){0,6})(?![\w-]))"
)


def title_in_apposition(word: str) -> bool:
    """A title after "programu" stands in the nominative whatever the case of the word before
    it ("programu Otwarty Kraków"); a word that can be a genitive is the complement of that
    word instead ("programu Unii Europejskiej", "projektu Fundacji Ocalenie")."""
    readings = analyses(word)
    nominative = any(tag_has(tag, 2, "nom") for _, tag, _ in readings)
    # (a woman's undeclined surname, "Nowy", "Dobry", is no genitive of the phrase)
    genitive_ = any(tag_has(tag, 2, "gen") for _, tag, quals in readings if "nazwisko" not in quals)
    return nominative and not genitive_ and not head_lemma(word) & (BODY_HEADS | TOWN_WORDS)


def names_whom_it_serves(preposition: str, following: str) -> bool:
    """ "dla Cudzoziemców" (genitive), "z Mieszkańcami" (instrumental: with whom, not "z
    Krakowa", from where): a capitalised common noun after the preposition goes on the name."""
    if not CAPITALISED.match(following) or head_lemma(following) & (BODY_HEADS | TOWN_WORDS):
        return False  # "Fundacja Ocalenie z Fundacją Ukraina" are two
    case = "gen" if preposition == "dla" else "inst"
    return any(
        tag.startswith("subst")
        and tag_has(tag, 2, case)
        and not set(quals) & {"nazwa_geograficzna", "imię", "nazwisko"}
        for _, tag, quals in analyses(following)
    )


# CLDR's territories that are no country: the European Union, the eurozone, the United Nations,
# outlying Oceania, the pseudo-regions
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB"})


@cache
def countries(language: str) -> frozenset[str]:
    """Countries by their CLDR names in a language ("Germany", "Niemcy")."""
    return frozenset(
        str(name)
        for code, name in Locale(language).territories.items()
        if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES
    )


# Heads of services named by whom they serve ("Punkt Pomocy … dla osób z Ukrainy")
SERVICE_HEADS = frozenset(
    {"centrum", "punkt", "ośrodek", "biuro", "szkoła", "dom", "klub", "świetlica", "poradnia"}
)
# Nouns for persons of no masculine-personal gender
PERSONS_OF_OTHER_GENDERS = frozenset({"osoba", "dziecko", "kobieta", "rodzina", "matka"})
# Words for foreigners a service is named by
FOREIGNERS = frozenset(
    {"cudzoziemiec", "obcokrajowiec", "migrant", "imigrant", "uchodźca", "przybysz", "repatriant"}
)


def served_in_small_letters(
    words: list[re.Match[str]], candidates: list[re.Match[str]], at: int
) -> int:
    """How many words from "dla" at `at` name whom a service ("Punkt Informacyjny", "Centrum
    Pomocy": a singular head and another word) serves, in small letters: foreigners by a word
    for them ("dla cudzoziemców", "dla przybyszów"), anyone with the country they come from
    ("dla osób z Ukrainy", "dla dzieci z Białorusi"); 0 for whom else ("dla mieszkańców": a
    service opened for residents) or a second "dla"."""
    heads = [w.group(0) for w in words[:3] if head_lemma(w.group(0)) & SERVICE_HEADS]
    if not heads or len(words) < 2 or any(w.group(0) == "dla" for w in words):
        return 0  # ("Punkt dla cudzoziemców": a head alone names a kind of service)
    if not any(tag_has(tag, 1, "sg") for _, tag in readings_of(heads[0], ("subst",))):
        return 0  # ("Ośrodki dla migrantów", "Punkty …": a kind of services)
    run = candidates[at : at + 4]
    # (the words one phrase: "dla cudzoziemców, z Ukrainy …" goes on in another)
    together = next(
        (i for i in range(1, len(run)) if run[i].start() != run[i - 1].end() + 1), len(run)
    )
    following = [w.group(0) for w in run[1:together]]
    if not following or not following[0].islower():
        return 0
    persons = {
        lemma
        for lemma, tag, _ in analyses(following[0])
        if tag.startswith("subst:pl")
        and tag_has(tag, 2, "gen")
        and (tag_has(tag, 3, "m1") or lemma in PERSONS_OF_OTHER_GENDERS)
    }
    from_a_country = (
        len(following) == 3 and following[1] in ("z", "ze") and a_country_genitive(following[2])
    )
    if persons and from_a_country:
        return 4
    return 2 if persons & FOREIGNERS else 0


def a_country_genitive(word: str) -> bool:
    """Whether the word is a country's Polish name (CLDR) in the genitive ("Ukrainy")."""
    return any(
        tag.startswith("subst") and tag_has(tag, 2, "gen") and lemma in countries("pl")
        for lemma, tag, _ in analyses(word)
    )


def people_from_a_country(people: str, following: str) -> bool:
    """ "Uchodźców z Ukrainy", "Dzieci z Białorusi": a capitalised plural noun for persons,
    then "z" and a country's name (CLDR's) in the genitive."""
    persons = any(
        tag.startswith("subst:pl") and (tag_has(tag, 3, "m1") or lemma.lower() == "dziecko")
        for lemma, tag, _ in analyses(people)
    )
    # (a country, not a town: "Towarzystwo Miłośników z Wrocławia" is from there)
    return CAPITALISED.match(people) is not None and persons and a_country_genitive(following)


def coordinated_complement(words: list[re.Match[str]], following: str) -> bool:
    """ "Wydział Zdrowia i Polityki Społecznej": a word for a policy or a plan in the genitive
    after a body's genitive complement is a second part of that complement, not a document."""
    if len(words) < 2 or not head_lemma(words[0].group(0)) & (UNIT_HEADS | ORGANISATION_HEADS):
        return False
    genitive = [
        tag
        for lemma, tag, _ in analyses(following)
        if tag.startswith("subst") and tag_has(tag, 2, "gen") and lemma.lower() in DOCUMENT_HEADS
    ]
    # ("Wydział Spraw Społecznych i Polityki Społecznej": the complement's adjective too)
    return bool(genitive) and any(
        tag.split(":")[0] in ("subst", "adj") and tag_has(tag, 2, "gen")
        for _, tag, _ in analyses(words[-1].group(0))
    )


def town_word_genitives(word: str) -> set[str]:
    """The numbers in which the word is a town word's genitive ("Gmin" → {"pl"})."""
    return {
        tag.split(":")[1]
        for lemma, tag in readings_of(word, ("subst",))
        if lemma.lower() in TOWN_WORDS and tag_has(tag, 2, "gen")
    }


def coordinated_town_words(words: list[re.Match[str]], following: str) -> bool:
    """ "Urząd Miasta i Gminy Wieliczka", "Związek Miast i Gmin", "Związków Gmin i Powiatów":
    a body's complement that ends in a town word in the genitive goes on after 'i' with another
    in the same number (one office of a town and its commune, one union of both); a town word
    in another case or number opens the next item ("Urzędu Miasta i Powiat Krakowski")."""
    if len(words) < 2 or not CAPITALISED.match(following):
        return False
    return bool(town_word_genitives(words[-1].group(0)) & town_word_genitives(following))


def no_second_complement(words: list[re.Match[str]], following: str) -> bool:
    """After a name's genitive complement ("Fundacja Legii", "… Rozwoju Regionalnego"), a
    capitalised word after 'i' that Polish morphology knows in no genitive ("Legia", "Orlen",
    "Razem") opens the next item of a list: a second part of the complement is a genitive too
    ("Fundacja Kultury i Sztuki"). The same holds after a name of one genitive word ("… KUL oraz
    Radio eR": an institution's name)."""
    if not CAPITALISED.match(following):
        return False
    if agree(readings_of(words[-1].group(0), ("adj",)), readings_of(following, ("adj",))):
        return False  # "Śląska i Publiczna Galeria": two adjectives of one head ("Śląska" is
        # also the genitive of "Śląsk")
    if not any(
        tag.split(":")[0] in ("subst", "adj", "ppas") and tag_has(tag, 2, "gen")
        for _, tag, _ in analyses(words[-1].group(0))
    ):
        return False
    known = [tag for _, tag, _ in analyses(following) if tag != "ign"]
    return bool(known) and not any(tag_has(tag, 2, "gen") for tag in known if tag.count(":") >= 2)


# Heads that open a second body's name after 'i' though they head no name the rules make
# ("Miejskie Biuro Rozwoju Turystyki i Lokalna Organizacja Turystyczna Metropolia Lublin" are
# two; "Organizacja" alone heads plural kinds too often: "Wrocławskich Organizacji Pozarządowych")
SECOND_BODY_HEADS = frozenset({"organizacja", "unia"})  # ("… i Unię Metropolii")


def coordinated_adjectives(
    words: list[re.Match[str]], candidates: list[re.Match[str]], at: int
) -> bool:
    """ "Wydział Nauk Historycznych i Pedagogicznych Uniwersytetu Wrocławskiego": after 'i', a
    capitalised adjective in the number, case and gender of the adjective that ends the name so
    far, which does not agree with the word after it, is a second adjective of the same noun
    (not the first of another body's name: "Urzędu Miejskiego i Wojewódzkiego Urzędu Pracy")."""
    if len(words) < 3 or at >= len(candidates):
        return False
    after = candidates[at].group(0)
    last = readings_of(words[-1].group(0), ("adj",))
    second = readings_of(after, ("adj",))
    if not CAPITALISED.match(after) or not last or not second or not agree(last, second):
        return False
    if not readings_of(words[-2].group(0), ("subst",)):
        return False  # "Wojewódzkiej i Miejskiej …": adjectives before their noun
    following = candidates[at + 1].group(0) if at + 1 < len(candidates) else ""
    nouns = readings_of(following, ("subst",))
    if head_lemma(following) & (BODY_HEADS | UNIVERSITY_HEADS):
        # ("… i Pedagogicznych Akademii X": a body is one, so its head is read in the singular)
        nouns = [(lemma, tag) for lemma, tag in nouns if tag_has(tag, 1, "sg")]
    return not agree(second, nouns)


def phrase_words(text: str, start: int, taken: list[Mention] | None = None) -> list[re.Match[str]]:
    """Words of a name: capitalised words, 'ds.'/'do spraw' and the genitive phrase after it,
    'i' between name words, a lowercase particle between capitalised words ('Fundacja Instytut
    na Rzecz Państwa Prawa', 'Fundacja Sempre a Frente'). A name does not go on past a line's
    end, nor over 'i' before another body's head ('Europejskie Centrum Solidarności i Centrum
    Wsparcia …' are two). Names already found (`taken`) end it, except where they are part of
    it (`absorbed_mention`)."""
    words: list[re.Match[str]] = []
    after_ds = False
    candidates = words_from(text, start)
    index = 0
    while index < len(candidates):
        word = candidates[index]
        token = word.group(0)
        following = candidates[index + 1].group(0) if index + 1 < len(candidates) else ""
        gap = text[words[-1].end() : word.start()] if words else ""
        if (
            words
            and gap.strip()
            and not joins_two_names(words, gap, token)
            and not enumerated_complement(text, words, gap, word.start())
            and not (gap.strip() in '„“"' and lemma_set(words[-1].group(0)) & INITIATIVE_WORDS)
        ):
            break
        if words and "\n" in gap:
            break
        if words and ROMAN.match(token) and TERM.match(following):
            break  # "Rada Miasta VIII kadencji", "Rady II kadencji": the council's term
        mention = next(
            (m for m in taken or [] if m.start < word.end() and word.start() < m.end), None
        )
        if mention is not None and words and "," in gap and mention.kind != "city":
            break  # "Komisji X, Unii Europejskiej i …": a known body after a comma is the next item
        if mention is not None and words:
            absorbed = absorbed_mention(text, words, mention)
            if absorbed is None:
                break
            index = next_after(candidates, index, absorbed)
            # (the association's patron is the association's: "… Unii Metropolii Polskich im.
            # Pawła Adamowicza" ends with the association)
            ends_it = (
                body_of_an_association(words, mention)
                or branch_of_a_known_body(words, mention)
                or (len(words) == 1 and an_organ_of_a_known_body(words[0].group(0), mention))
            )
            words += [w for w in candidates if absorbed[0] <= w.start() < absorbed[1]]
            inside_the_name = (
                mention.kind == "city"
                and (
                    (len(words) == 2 and bool(head_lemma(words[0].group(0)) & ORGANISATION_HEADS))
                    # ("Dworzec PKP Gdańsk Główny": a station is named by its town as it is)
                    or bool(head_lemma(words[0].group(0)) & STATION_HEADS)
                )
                and city_in_the_nominative(mention.text)
            )  # ("Fundacja Łódź Razem": the name goes on after its city)
            if not inside_the_name and (mention.kind == "city" or names_a_place(words) or ends_it):
                # 'Rada Miasta Krakowa', 'Sala Błękitna Urzędu Miasta Poznania': the city or
                # the body whose room it is ends the name.
                break
            continue
        if (
            token == "ds."
            or (token == "do" and following.lower() == "spraw" and words)
            or (
                token == "na"
                and following == "rzecz"
                and words
                and (capitalised_after(candidates, index + 2) or after_ds)
            )
        ):
            # ("Zespół ds. współpracy na rzecz realizacji Programu …": a lower-case complement
            # goes on after "na rzecz" as after "ds.")
            # "Fundacja Instytut na rzecz Państwa Prawa": a genitive complement as after "ds."
            after_ds = True
            if token in ("do", "na"):
                words.append(word)
                index += 1
                word = candidates[index]
        elif token in ("i", "oraz") and words and following in PREPOSITIONS_AFTER_AND:
            break  # "na stronie OBM UW i na Facebooku": "i" joins two places, not two words
        elif token in ("i", "oraz") and words and opens_a_post(following):
            break  # "przewodnicząca Rady ds. Cudzoziemców i dyrektorka Wydziału …": a 2nd post
        elif token in ("i", "oraz") and words and english_name_from(candidates, index + 1):
            break  # "Fundacja Ocalenie oraz Icelandic Human Rights Centre": two bodies
        elif token in ("i", "oraz") and words and foreign_word_after(candidates, index + 1):
            # "Izba Gospodarcza i Foreign Personnel Service": a genitive complement goes on
            # with Polish words only; a word Polish does not know opens another name
            break
        elif token in ("i", "oraz") and words and opening_ordinal(next_words(candidates, index)):
            break  # "VIII Liceum Ogólnokształcące i IX Liceum …": the next school's ordinal
        elif token in ("i", "oraz") and words and no_second_complement(words, following):
            break  # "Fundacja Legii i Legia Warszawa": no genitive after 'i', the next item
        elif token in ("i", "oraz") and words:
            # "Uniwersytet Jagielloński oraz Gmina Miejska Kraków" are two, and so are "Wydziału
            # Spraw Społecznych oraz Miejskiego Ośrodka Pomocy Rodzinie" (adjectives first).
            # ("Wojewódzka i Miejska Biblioteka Publiczna": two adjectives of one head)
            head = noun_after_adjectives(candidates, index + 1)
            if coordinated_adjectives(words, candidates, index + 1):
                pass  # "Wydziału Nauk Historycznych i Pedagogicznych Uniwersytetu …"
            elif coordinated_town_words(words, following):
                pass  # "Urząd Miasta i Gminy Wieliczka", "Związek Miast i Gmin Morskich"
            elif (
                noun_after_adjectives(words, 0)
                and CAPITALISED.match(head)
                and head_lemma(head) & (BODY_HEADS | TOWN_WORDS | SECOND_BODY_HEADS)
                and not coordinated_complement(words, head)
            ):
                break
        elif (
            token == "im."
            and words
            and (titles := patron_titles_after(text, candidates, index + 1))
        ):
            # "Towarzystwo Pomocy im. św. Brata Alberta", "Biblioteka Publiczna im. dr. Witolda
            # Bełzy": the patron's titles with their full stops are words of the name
            titled = candidates[index + 1 : index + 1 + titles]
            stops = [WORD_WITH_STOP.match(text, w.start()) for w in titled]
            words += [word, *[w for w in stops if w], candidates[index + 1 + titles]]
            index += 2 + titles
            continue
        elif (
            token in SAINTS_TITLES
            and words
            and (titles := patron_titles_after(text, candidates, index))
        ):
            # "Niepubliczna Szkoła św. Cyryla i Metodego", "Parafia bł. Karoliny": a saint is
            # a body's patron without "im." before the title
            titled = candidates[index : index + titles]
            stops = [WORD_WITH_STOP.match(text, w.start()) for w in titled]
            words += [*[w for w in stops if w], candidates[index + titles]]
            index += 1 + titles
            continue
        elif token in INNER_PARTICLES and words and CAPITALISED.match(following):
            if token == "na" and following != "Rzecz" and names_a_venue(words):
                break  # "Młyny Rothera na Wyspie Młyńskiej": where the building stands
            if token == "na" and following != "Rzecz" and whither(following):
                break  # "agresji Federacji Rosyjskiej na Ukrainę": whom the act is against
        elif token == "w" and following in TITLE_CASE_MATTER and names_a_document(words):
            pass  # "Wojewódzka Strategia w Zakresie Pomocy Społecznej": a title's own words
        elif token == "w" and words and following == "Dzielnicy":
            pass  # "Biblioteka Publiczna w Dzielnicy Ursus m.st. Warszawy": the district's
        elif token in ("nr", "Nr") and words and re.fullmatch(r"\d{1,4}|[IVXLC]{1,6}", following):
            # "Szkoła Podstawowa nr 63": the number is part of the name
            words += [word, candidates[index + 1]]
            index += 2
            continue
        elif (
            token == "nad"
            and words
            and CAPITALISED.match(following)
            and noun_in_case(following, "inst")
        ):
            pass  # "Ośrodek Badań nad Migracjami", "Instytut Studiów nad Migracjami"
        elif (
            token == "pod"
            and words
            and CAPITALISED.match(following)
            and noun_in_case(following, "inst")
            and names_a_venue(words)
        ):
            pass  # "Kamienica pod Aniołami", "Pałac pod Baranami": a building's sign
        elif (
            token in NAME_INNER_PREPOSITIONS
            and words
            and CAPITALISED.match(following)
            and any(head_lemma(w.group(0)) & BODY_HEADS for w in words[:3])
            # ("Fundacja X wobec Rady Miasta …": another body is no word of the name)
            and not head_lemma(following) & BODY_HEADS
        ):
            pass  # "Lekarze bez Granic", "Koalicja Miast przeciw Rasizmowi": a word of the name
        elif token == "o" and CAPITALISED.match(following) and names_a_document(words):
            pass  # "Deklaracja Krakowska o Dialogu Międzykulturowym": the document's subject
        elif token in ("dla", "z", "ze") and words and names_whom_it_serves(token, following):
            pass  # "Punkt Informacyjny dla Cudzoziemców", "Centrum Kontaktów z Mieszkańcami"
        elif (
            token == "dla"
            and words
            and (served := served_in_small_letters(words, candidates, index))
        ):
            # "Punkt Pomocy Humanitarnej dla osób z Ukrainy", "Centrum Informacyjne dla
            # przybyszów z Ukrainy": whom a service serves, written in small letters
            words += candidates[index : index + served]
            index += served
            continue
        elif (
            token in ("z", "ze") and words and people_from_a_country(words[-1].group(0), following)
        ):
            pass  # "Centrum Integracji dla Uchodźców z Ukrainy": where those it serves come from
        elif words and LEGAL_FORM.match(text, word.start()):
            break  # "Agencja Rozwoju Pomorza S.A.": the company's legal form ends the name
        elif CITY_OFFICE_ABBREVIATION.match(token) and len(words) > 1:
            break  # 'Biuro Partycypacji Społecznej UM Lublin': the office's abbreviation
        elif not (CAPITALISED.match(token) or after_ds) or (
            after_ds
            and not CAPITALISED.match(token)
            and not continues_complement(words[-1].group(0), token, following)
        ):
            break
        words.append(word)
        index += 1
    while words and words[-1].group(0) in (
        "i",
        "oraz",
        "ds.",
        "do",
        "spraw",
        "rzecz",
        "o",
        "nad",
        "pod",
        *INNER_PARTICLES,
        *NAME_INNER_PREPOSITIONS,
    ):
        words.pop()
    # A trailing period belongs to the sentence, not the name (except 'ds.').
    return words


def patron_titles_after(text: str, candidates: list[re.Match[str]], at: int) -> int:
    """How many abbreviated titles, each with its full stop, stand at `at` before a
    capitalised word (a patron's: "św. Brata Alberta", "ks. prof. Józefa Tischnera"); 0 when
    no capitalised word follows them."""
    count = at
    while (
        count < len(candidates)
        and candidates[count].group(0) in PATRON_TITLES
        and text.startswith(". ", candidates[count].end())
    ):
        count += 1
    if count == at or count >= len(candidates) or count - at > 3:
        return 0
    closes = candidates[count - 1].end() + 2 == candidates[count].start()
    return count - at if closes and CAPITALISED.match(candidates[count].group(0)) else 0


def opens_a_post(word: str) -> bool:
    """A word for a post after "i"/"oraz": in small letters ("i dyrektorka Wydziału …"), or
    capitalised as official Polish writes one's post, in the singular ("oraz Komendant Straży
    Miejskiej w Łodzi Zbigniew Kuleta"; "i Kierowników Placówek" may be a name's complement)."""
    if ROLE_WORD.fullmatch(word):
        return True
    return (
        word[:1].isupper()
        and bool(ROLE_WORD.fullmatch(word.lower()) or head_lemma(word) & CAPITALISED_POSTS)
        and any(
            tag.startswith("subst") and tag_has(tag, 1, "sg") and lemma.lower() == lemma
            for lemma, tag, _ in analyses(word)
        )
    )


# Posts official Polish writes with a capital, beyond ROLE_WORD's
CAPITALISED_POSTS = frozenset(
    {"komendant", "dziekan", "prodziekan", "rektor", "prorektor", "kanclerz", "burmistrz"}
    | {"wójt", "starosta", "wojewoda", "wicewojewoda", "marszałek", "wicemarszałek", "konsul"}
    | {"ambasador", "prezydent", "wiceprezydent", "kurator", "minister", "wiceminister"}
)


# A word for a post (lower case) that starts a new phrase, never a word of a name's complement.
ROLE_WORD = re.compile(
    r"(?:wice)?(?:dyrektor|naczelni|zastęp|kierowni|koordynator|prezes|przewodnicząc|sekretarz|"
    r"pełnomocni|specjalist|inspektor|doradc|rzeczni|członki|członek)\w*"
)
PREPOSITIONS_AFTER_AND = frozenset({"na", "w", "we", "z", "ze", "do", "od", "po", "przy", "u"})
# Prepositions a body's name goes on after, before a capitalised word ("Stowarzyszenie Lekarze
# bez Granic", "Fundacja Kobiety wobec Wojny", "Fundacja Razem ponad Podziałami").
NAME_INNER_PREPOSITIONS = frozenset({"bez", "przeciw", "przeciwko", "wobec", "ponad"})
# "w" and a capitalised noun of what a document is about, as a title in title case writes them
# ("Strategia w Zakresie Polityki Społecznej", "Uchwała w Sprawie …"); in small letters they
# begin the matter after the name ("stanowisko w sprawie …")
TITLE_CASE_MATTER = frozenset({"Zakresie", "Sprawie", "Dziedzinie"})
# Lowercase words inside a name between its capitalised words.
INNER_PARTICLES = ("na", "a", "de", "da", "di", "del", "la", "le", "van", "von", "im.", "m.st.")
CITY_OFFICE_ABBREVIATION = re.compile(r"^UM[A-ZĄĆĘŁŃÓŚŹŻ]?$")
TOWN_WORDS = {"miasto", "gmina", "województwo", "powiat", "m.st.", "metropolia"}
# Bodies named after the body they represent ('Przedstawicielstwo Komisji Europejskiej').
REPRESENTATION_HEADS = {"przedstawicielstwo", "ambasada", "konsulat", "delegatura", "oddział"}


def names_a_document(words: list[re.Match[str]]) -> bool:
    """Whether the name's head (its first or second word) is a document's kind."""
    return any(head_lemma(w.group(0)) & DOCUMENT_HEADS for w in words[:2])


def noun_after_adjectives(candidates: list[re.Match[str]], index: int) -> str:
    """The first word from `index` that is no capitalised adjective ("Miejskiego Ośrodka" ->
    "Ośrodka"; SGJP also knows "Miejski" as a surname): the head of the phrase there."""
    while index < len(candidates):
        token = candidates[index].group(0)
        readings = analyses(token)
        adjective = any(tag.startswith("adj") for _, tag, _ in readings)
        if not (CAPITALISED.match(token) and adjective and not head_lemma(token) & BODY_HEADS):
            return token
        index += 1
    return ""


def capitalised_after(candidates: list[re.Match[str]], index: int) -> bool:
    """ "Instytut na rzecz Państwa Prawa" names a body; "Fundacja Ocalenie na rzecz dzieci"
    says what it does."""
    return index < len(candidates) and CAPITALISED.match(candidates[index].group(0)) is not None


def continues_complement(previous: str, token: str, following: str) -> bool:
    """Whether a lowercase word goes on the phrase after 'ds.'/'do spraw': a genitive, a word
    a gerund governs ('przeciwdziałania wykluczeniu'), an adjective agreeing with the word
    before ('wykluczeniu cyfrowemu'), or 'z' before a capitalised word ('z Zagranicą')."""
    if token in ("z", "ze"):
        return bool(CAPITALISED.match(following))
    if any(tag == "pred" for _, tag, _ in analyses(token)):
        # "Gdańska Rada ds. Równego Traktowania to ciało …": "to" as the copula (SGJP's
        # predicative) opens the sentence's predicate, though it also reads as a noun a gerund
        # could govern
        return False
    if any(tag == "adv" or tag.startswith(("fin:", "praet:")) for _, tag, _ in analyses(token)):
        # 'w Komisji ds. … wczoraj', 'Na czele Biura ds. Integracji stoi …': an adverb or a
        # verb is the sentence's
        return False
    tags = [tag.split(":")[0] for _, tag, _ in analyses(token)]
    if tags and all(t in ("ppas", "pact") for t in tags):
        # "Komisji ds. polityki migracyjnej zaplanowanych na 2019 rok": a participle that does
        # not agree with the word before belongs to a noun further back, not to the name
        return agree(
            readings_of(token, ("ppas", "pact")), readings_of(previous, ("subst", "ger", "adj"))
        )
    if genitive(token):
        return True
    nominal = readings_of(token, ("subst", "ger"))
    before = readings_of(previous, ("subst", "ger"))
    if nominal and any(tag.startswith("ger") for _, tag in before):
        return True
    return agree(readings_of(token, ("adj", "ppas", "pact")), before)


# "…, Pracy i Polityki Społecznej": the next item and the last one of an enumeration
ENUMERATION_GOES_ON = re.compile(
    r"(?P<item>[A-ZŁŚŻŹĆŃÓĘĄ][\w-]+)(?:\s+[A-ZŁŚŻŹĆŃÓĘĄ][\w-]+)?\s+(?:i|oraz)\s+[A-ZŁŚŻŹĆŃÓĘĄ]"
)


def enumerated_complement(text: str, words: list[re.Match[str]], gap: str, at: int) -> bool:
    """ "Ministerstwo Rodziny, Pracy i Polityki Społecznej": a comma between the items of a
    genitive complement that goes on to "i" and its last item belongs to the name."""
    if gap.strip() != "," or len(words) < 2:
        return False
    goes_on = ENUMERATION_GOES_ON.match(text, at)
    return (
        goes_on is not None
        and noun_in_case(words[-1].group(0), "gen")
        and noun_in_case(goes_on.group("item"), "gen")
        # ("Wydziału Kultury, Wydziału Strategii i Obsługi …": a body's head after the comma
        # starts the next body of a list)
        and not head_lemma(goes_on.group("item")) & BODY_HEADS
    )


COMPLEMENT_BEFORE = re.compile(
    r"(?P<before>[A-ZŁŚŻŹĆŃÓĘĄ][\w-]+)(?:,\s+[A-ZŁŚŻŹĆŃÓĘĄ][\w-]+)*\s+(?:i|oraz)\s+$"
)


def last_of_a_complement(text: str, start: int) -> bool:
    """ "Minister Rodziny, Pracy i Polityki Społecznej": a kind word of a document in the
    genitive after other genitives and "i" is the last item of a complement (what a ministry
    or a department deals with), not a document."""
    before = COMPLEMENT_BEFORE.search(text[max(0, start - 80) : start])
    if before is None:
        return False
    word = before.group("before")
    following = text[start:].split(maxsplit=1)[0] if text[start:].strip() else ""
    return (
        noun_in_case(word, "gen")
        and noun_in_case(following, "gen")
        and not head_lemma(word) & (BODY_HEADS | KIND_WORDS)
    )


def adjective_in_case(word: str, case: str) -> bool:
    return any(tag.startswith("adj") and tag_has(tag, 2, case) for _, tag, _ in analyses(word))


def noun_in_case(word: str, case: str) -> bool:
    """Whether SGJP reads the word as a noun in the case ("Migracjami": inst, "Pracy": gen)."""
    return any(tag.startswith("subst") and tag_has(tag, 2, case) for _, tag, _ in analyses(word))


def whither(word: str) -> bool:
    """Whether SGJP reads the word after "na" as a place's name in the accusative and never in
    the locative: "na Ukrainę", "na Białoruś" say where an act goes, never where a body is ("na
    Ukrainie", "na Wyspie Młyńskiej"); a common noun may be the name's own ("Biuro … ds.
    Reagowania na Potrzeby Uchodźców"). (A woman's surname, which does not decline, is read in
    every case: "Krym" is one too.)"""
    readings = analyses(word)
    places = [t for _, t, quals in readings if "nazwa_geograficzna" in quals]
    nouns = [t for _, t, quals in readings if t.startswith("subst") and "nazwisko" not in quals]
    return any(tag_has(t, 2, "acc") for t in places) and not any(
        tag_has(t, 2, "loc") for t in nouns
    )


def joins_two_names(words: list[re.Match[str]], gap: str, token: str) -> bool:
    """'Biuro – Centrum Współpracy Międzynarodowej': a lone head, a dash, and a body's name."""
    return (
        len(words) == 1
        and gap.strip() in ("–", "-", "—")
        and bool(head_lemma(words[0].group(0)) & BODY_HEADS)
        and bool(head_lemma(token) & BODY_HEADS)
    )


ASSOCIATION_BODY_HEADS = frozenset({"centrum", "biuro", "komisja", "zespół", "rada", "zarząd"})
NOT_ASSOCIATIONS = frozenset({"uniwersytet", "politechnika", "akademia", "szkoła", "urząd"})


def body_of_an_association(words: list[re.Match[str]], mention: Mention) -> bool:
    """A body's name of several words headed by a body's noun, then a known organisation's full
    name of several words in the genitive that is no university and no office."""
    if mention.kind != "org" or len(words) < 2 or len(mention.text.split()) < 2:
        return False
    if not head_lemma(words[0].group(0)) & ASSOCIATION_BODY_HEADS:
        return False
    first = mention.text.split()[0]
    return noun_in_case(first, "gen") and not head_lemma(first) & NOT_ASSOCIATIONS


# A governing organ's head, alone before a known organisation's name: the organisation's organ
# ("Rada Unii Metropolii Polskich"): a council's, committee's, commission's (as in
# morphology.ORGAN_HEADS, which also has "Zarząd", no body's head here: a board is read by
# a_managing_board) and a convention's
ORGANS_OF_KNOWN_BODIES = frozenset({"rada", "komitet", "komisja", "konwent"})


def an_organ_of_a_known_body(word: str, mention: Mention) -> bool:
    """A lone organ's head before a known organisation's full name, of several words, in the
    genitive: no university, office or self-government, whose boards are bodies of their own
    ("Zarząd Województwa Pomorskiego")."""
    if mention.kind != "org" or len(mention.text.split()) < 2 or mention.text.isupper():
        return False
    if not head_lemma(word) & ORGANS_OF_KNOWN_BODIES:
        return False
    first = mention.text.split()[0]
    # (not a name that opens with its adjective, "Rady Polskiej Akcji Humanitarnej": the
    # adjective would be declined as the organ's own)
    return noun_in_case(first, "gen") and not head_lemma(first) & (
        NOT_ASSOCIATIONS | SELF_GOVERNMENTS | {"gmina", "miasto"}
    )


def branch_of_a_known_body(words: list[re.Match[str]], mention: Mention) -> bool:
    """A branch's head, alone or after its adjectives ("Nadwiślański Oddział"), then a known
    body's name in the genitive, or its acronym ("Łódzki Oddział PCK")."""
    # (a representation is read below, with the country it is in: "Przedstawicielstwo Komisji
    # Europejskiej w Polsce")
    heads = BRANCH_HEADS - {"przedstawicielstwo"}
    if mention.kind not in ("org", "office") or not branch_head_then_adjectives(words, heads):
        return False
    return mention.text.isupper() or genitive(mention.text.split()[0])


def branch_head_then_adjectives(words: list[re.Match[str]], heads: set[str]) -> bool:
    """The words end in a branch's head, or in its head and the adjectives that follow it
    ("Lubuski Oddział Okręgowy", "Oddział Regionalny"): Polish puts a branch's rank after it."""
    tail = [w.group(0) for w in words]
    while len(tail) > 1 and not head_lemma(tail[-1]) & heads and adjective_after_a_head(tail[-1]):
        tail.pop()
    return bool(head_lemma(tail[-1]) & heads)


def adjective_after_a_head(word: str) -> bool:
    # (SGJP also lists "Wojewódzka", "Miejska" as surnames: the adjective's reading decides)
    return word[:1].isupper() and bool(readings_of(word, ("adj",)))


def branch_base_form(text: str, words: list[re.Match[str]], taken: list[Mention]) -> str | None:
    """ "Łódzkim Oddziałem PCK" -> "Łódzki Oddział PCK": a branch's own words in the nominative,
    the body it is a branch of as written (in the genitive, or its acronym)."""
    owner = next(
        (m for m in taken if words[0].start() < m.start < words[-1].end() <= m.end),
        None,
    )
    own = [w for w in words if owner is not None and w.end() <= owner.start]
    if owner is None or not own or not branch_of_a_known_body(own, owner):
        return None
    return body_base_form(text, own) + text[own[-1].end() : words[-1].end()]


def absorbed_mention(
    text: str, words: list[re.Match[str]], mention: Mention
) -> tuple[int, int] | None:
    """The span of a known name that is part of a new one, or None where it ends it:
    - a known acronym right after a lone head ('Komisja UMP ds. …', 'Biuro UMP', 'Rada UMP'),
      or before a patron ('Centrum Analiz i Badań UMP im. Pawła Adamowicza');
    - a known organisation's full name after a lone unit's head ('Biuro Unii Metropolii
      Polskich');
    - a city after 'Miasta', 'Gminy', 'm.st.' ('Rada Miasta Krakowa', 'Urząd m.st. Warszawy');
    - a body after a hall's or room's name, whose room it is ('Sala Błękitna Urzędu Miasta
      Poznania');
    - a body after a representation's head, with the country after 'w'
      ('Przedstawicielstwo Komisji Europejskiej w Polsce')."""
    last = words[-1].group(0)
    lone_head = len(words) == 1 and bool(head_lemma(last) & BODY_HEADS)
    if names_a_place(words) and mention.kind in ("org", "office", "team"):
        return mention.start, mention.end  # 'Sala Błękitna Urzędu Miasta Poznania'
    if mention.text.isupper() and (
        lone_head
        or re.match(r"\s+im\.\s+[A-ZŁŚŻŹĆŃÓĘĄ]", text[mention.end :])
        # "Centrum Analiz i Badań UMP": an organisation's own body, named with its acronym
        or (mention.kind == "org" and bool(head_lemma(words[0].group(0)) & ASSOCIATION_BODY_HEADS))
    ):
        return mention.start, mention.end
    if len(words) == 1 and head_lemma(last) & UNIT_HEADS and mention.kind == "org":
        # "w Biurze Unii Metropolii Polskich": the organisation's office, named in full
        return mention.start, mention.end
    if len(words) == 1 and an_organ_of_a_known_body(last, mention):
        # "przewodniczący Rady Unii Metropolii Polskich": the organisation's council (whose name
        # the organisation's patron is no part of: "… Polskich im. Pawła Adamowicza")
        patron = re.search(r"\s+(?:im\.|imienia)\s", mention.text)
        return mention.start, mention.start + patron.start() if patron else mention.end
    if branch_of_a_known_body(words, mention):
        # "Mazowiecki Oddział Polskiego Czerwonego Krzyża", "Placówka Straży Granicznej w
        # Sosnowcu": a branch is named by the body it is a branch of
        return mention.start, mention.end
    if body_of_an_association(words, mention):
        # "Centrum Badań i Analiz Unii Metropolii Polskich": an association's own body keeps
        # the association's name in its own (a university's or an office's units do not), but
        # not its patron
        patron = re.search(r"\s+im(?:\.|ienia)\s", mention.text)
        return mention.start, mention.start + patron.start() if patron else mention.end
    if (
        mention.kind == "city"
        and head_lemma(words[0].group(0)) & STATION_HEADS
        and city_in_the_nominative(mention.text)
        and re.match(r"\s+[A-ZŁŚŻŹĆŃÓĘĄ]", text[mention.end :])
    ):
        # "Dworca PKP Gdańsk Główny": a station is named by its town in the nominative and a
        # word after it
        return mention.start, mention.end
    # ("Rada Miejska Wrocławia", "Urząd Miejski Wrocławia": the town's adjective before it)
    if mention.kind == "city" and (
        last == "m.st." or lemma_set(last) & (TOWN_WORDS | {"miejski", "gminny"})
    ):
        return mention.start, mention.end
    if (
        mention.kind == "city"
        and len(words) == 1
        and head_lemma(last) & ORGANISATION_HEADS
        and city_in_the_nominative(mention.text)
        and re.match(r"\s+[A-ZŁŚŻŹĆŃÓĘĄ]", text[mention.end :])
        and not readings_of(text[mention.end :].split()[0], ("adj",))
        and noun_in_case(last, "nom")
    ):
        # "Fundacja Łódź Razem poprowadziła …": a city in the nominative right after a body's
        # head (the genitive would be "Fundacja Łodzi") and before the name's next word
        return mention.start, mention.end
    if (
        mention.kind == "city"
        and len(words) > 1
        and names_a_document(words)
        and (
            (city_in_the_nominative(mention.text) and readings_of(last, ("adj",)))
            # "Strategia Rozwoju Krakowa": the city of a document's genitive complement
            or (
                (noun_in_case(last, "gen") or adjective_in_case(last, "gen"))
                and noun_in_case(mention.text, "gen")
            )
        )
    ):
        # "Programu Otwarty Kraków": a city in the nominative after the title's adjective,
        # where the grammar of the phrase would want a genitive, is a word of the title
        return mention.start, mention.end
    if mention.kind == "city" and whose_city(words, mention):
        return mention.start, mention.end  # "Towarzystwo Miłośników Wrocławia"
    if mention.kind == "city" and inside_a_quoted_initiative(text, words, mention):
        return mention.start, mention.end  # "… ds. realizacji Inicjatywy „Otwarte Katowice”"
    if (
        mention.kind in ("programme", "project", "document")
        and len(words) > 1
        and lemma_set(last) & INITIATIVE_WORDS
        and noun_in_case(last, "gen")
        and re.fullmatch(r"\s*[„“\"]?", text[words[-1].end() : mention.start])
    ):
        # "Zespół ds. współpracy na rzecz realizacji Programu „Otwarty Kraków”": a quoted
        # programme after the word for it in the genitive is a word of the body's name
        return mention.start, mention.end
    # "Przedstawicielstwo Regionalne Komisji Europejskiej we Wrocławiu": adjectives may follow
    # the representation's head
    represents = bool(head_lemma(words[0].group(0)) & REPRESENTATION_HEADS) and all(
        readings_of(w.group(0), ("adj",)) for w in words[1:]
    )
    if represents and mention.kind != "city":
        country = re.match(r"\s+we?\s+[A-ZŁŚŻŹĆŃÓĘĄ]\w+", text[mention.end :])
        return mention.start, mention.end + (country.end() if country else 0)
    return None


def whose_city(words: list[re.Match[str]], mention: Mention) -> bool:
    """ "Towarzystwo Miłośników Wrocławia", "Stowarzyszenie Przyjaciół Lublina": a city in the
    genitive after people named in the genitive plural (SGJP's masculine-personal nouns) is
    whom they love or befriend, a word of the body's name, not the body's seat."""
    if len(words) < 2 or not head_lemma(words[0].group(0)) & ORGANISATION_HEADS:
        return False
    people = any(
        tag.startswith("subst:pl:gen") and tag_has(tag, 3, "m1")
        for _, tag, _ in analyses(words[-1].group(0))
    )
    return people and noun_in_case(mention.text.split()[-1], "gen")


def inside_a_quoted_initiative(text: str, words: list[re.Match[str]], mention: Mention) -> bool:
    """Whether the name reaches the mention inside a quote opened right after the word for an
    initiative ("Inicjatywy „Otwarte Katowice”": the city is a word of the quoted title)."""
    at = next((i for i, w in enumerate(words) if lemma_set(w.group(0)) & INITIATIVE_WORDS), None)
    if at is None or at + 1 >= len(words):
        return False
    opening = text[words[at].end() : words[at + 1].start()]
    between = text[words[at + 1].start() : mention.start]
    return "„" in opening and "”" not in between


INITIATIVE_WORDS = frozenset({"program", "projekt", "strategia", "inicjatywa", "kampania"})


def city_in_the_nominative(word: str) -> bool:
    return any(
        "nazwa_geograficzna" in quals and tag_has(tag, 2, "nom") for _, tag, quals in analyses(word)
    )


def names_a_venue(words: list[re.Match[str]]) -> bool:
    """Whether a phrase's head (among its first three words) names a building or a place."""
    return any(head_lemma(w.group(0)) & VENUE_HEADS for w in words[:3])


def names_a_place(words: list[re.Match[str]]) -> bool:
    """Whether a phrase's head (among its first three words) names only a place."""
    return any(head_lemma(w.group(0)) & PLACE_HEADS for w in words[:3])


def next_after(candidates: list[re.Match[str]], index: int, span: tuple[int, int]) -> int:
    while index < len(candidates) and candidates[index].start() < span[1]:
        index += 1
    return index


def overlaps(start: int, end: int, mentions: list[Mention]) -> bool:
    return any(m.start < end and start < m.end for m in mentions)


# --- English pages ------------------------------------------------------------------------------
# English does not inflect names: a name is taken as written. Nothing is a name by being
# capitalised alone: a person needs a cue (a role after the name, a title before it, or a given
# name known to SGJP or to the census list), a body needs an English head noun.

EN_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
EN_BODY_HEADS = {
    "office",
    "centre",
    "center",
    "unit",
    "department",
    "division",
    "directorate",
    "directorate-general",
    "dg",
    "university",
    "college",
    "foundation",
    "association",
    "institute",
    "agency",
    "commission",
    "council",
    "ministry",
    "municipality",
    "committee",
    "group",
    "board",
    "bureau",
    "secretariat",
    "network",
    "organisation",
    "organization",
    "authority",
    "federation",
    "society",
    "observatory",
    "chamber",
    # ("Embassy of Switzerland in Poland", "Polish Migration Forum"; not "point": "Information
    # Point" is a unit as often as a body, and named with its office)
    "embassy",
    "consulate",
    "forum",
    # ("District Labour Inspectorate", "Regional Administrative Court", "Provincial Hospital")
    "inspectorate",
    "court",
    "hospital",
    # buildings that host meetings ("Wielopolski Palace", "Museum of the City of Gdańsk")
    "palace",
    "museum",
    "library",
    "theatre",
    "theater",
    "castle",
    "gallery",
    "hall",
    # charities, trusts and alliances ("International Orthodox Christian Charities", "Refugee
    # Aid Trust"; not "coalition", a word before a head as often: "Coalition for Peace
    # Association"), and churches' bodies ("Ukrainian Greek Catholic Church", "Eparchy of
    # Wrocław-Koszalin", "Synod of Bishops")
    "charity",
    "charities",
    "trust",
    "alliance",
    "church",
    "diocese",
    "archdiocese",
    "eparchy",
    "archeparchy",
    "synod",
}
# Heads followed directly by what the body deals with ('Unit Disability and Inclusion', 'DG
# Employment, Social Affairs and Inclusion').
EN_SUBJECT_HEADS = {"unit", "dg", "directorate", "directorate-general"}
EN_ROLES = {
    "head",
    "chief",  # "Chief of Mission of IOM Poland", "Chief of Staff"
    "director",
    "deputy",
    "representative",
    "mayor",
    "president",
    "vice-president",
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "coordinator",
    "officer",
    "manager",
    "minister",
    "secretary",
    "adviser",
    "advisor",
    "expert",
    "professor",
    "commissioner",
    "ambassador",
    "councillor",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "founder",
    "co-founder",
    "ceo",
    "researcher",
    "lecturer",
    "governor",
    "consultant",
    "specialist",
    "member",
    "leader",
}
EN_TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "madam",
    "dr",
    "prof",
    "sir",
    "dame",
    "lord",
    "lady",
    *EN_ROLES,
}
EN_FUNCTION_WORDS = {
    "the",
    "a",
    "an",
    "of",
    "for",
    "and",
    "in",
    "on",
    "at",
    "by",
    "to",
    "with",
    "from",
    "as",
    "this",
    "that",
    "its",
    "their",
    "his",
    "her",
    "our",
    "first",
    "phase",
}
EN_NOT_GIVEN = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
}
SURNAME_PARTICLES = {"van", "von", "de", "da", "di", "del", "della", "du", "le", "la", "der", "den"}
SURNAME = re.compile(
    r"^(?:[dDO]['\u2019])?[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*[a-zß-ÿā-ž][^\W\d]*(?:-[^\W\d_]+)*$"
)


# Words that end names of things, not of people ("Geneva Convention", "Vienna Centre")
EN_KIND_WORDS = frozenset(
    {
        "Convention", "Pact", "Strategy", "Policy", "Treaty", "Directive", "Charter", "Agenda",
        "Declaration", "Act", "Programme", "Program", "Centre", "Center", "Council", "Office",
        "Forum", "Foundation", "Association", "University", "Institute", "Committee", "Network",
        "Project", "Fund", "Agency", "Department", "Ministry", "Commission", "Model", "Plan",
    }
)  # fmt: skip


def english_people(text: str, taken: list[Mention]) -> list[NewName]:
    """'Emmanuelle Grange (Head of Unit …)', 'Kevin J. Allen (UNHCR Representative …)',
    'Ivana d'Alessandro', 'director Dorota Feliks': given name, an initial or second given name,
    particles, surname; a person only with a cue before, after, or in the given name."""
    tokens = list(EN_WORD.finditer(text))
    people: list[NewName] = []
    for index, token in enumerate(tokens):
        if any(p.start <= token.start() < p.end for p in people):
            continue
        words = english_name_words(text, tokens, index)
        if words is None:
            continue
        start, end = words[0].start(), words[-1].end()
        following = tokens.index(words[-1]) + 1
        if (
            not role_after(text, end)
            and following < len(tokens)
            and text[end : tokens[following].start()] == " "
            and is_name_word(tokens[following].group(0))
            and role_after(text, tokens[following].end())
        ):
            # "Montserrat Feixas Vihé, UNHCR Representative": a second surname before the role
            end = tokens[following].end()
        if inside_phrase(text, tokens, index) and not known_given_name(words[0].group(0)):
            continue  # 'Centre for Social Development (director …)' is no person
        if is_patron(text, start):
            continue  # "Union of Polish Metropolises named after Paweł Adamowicz"
        if text[start:end].split()[-1] in EN_KIND_WORDS or kind_word_after(text, end):
            # "the Geneva Convention", "Lublin Centre": a thing named after a place; "the Urban
            # Cohesion Strategy": the words of a thing's name, a given name among them
            continue
        if overlaps(start, end, taken) or not (
            known_given_name(words[0].group(0))
            or role_after(text, end)
            or title_before(text, start)
        ):
            continue
        people.append(NewName(start, end, text[start:end], text[start:end], "person"))
    return people


def kind_word_after(text: str, end: int) -> bool:
    following = re.match(r" ([A-Z][a-z]+)\b", text[end : end + 20])
    return following is not None and following.group(1) in EN_KIND_WORDS


def inside_phrase(text: str, tokens: list[re.Match[str]], index: int) -> bool:
    """Whether the word at `index` goes on a capitalised phrase ('… for Social', '… and Human')."""
    if index == 0 or text[tokens[index - 1].end() : tokens[index].start()] != " ":
        return False
    before = tokens[index - 1].group(0)
    if before == "and" and text[: tokens[index - 1].start()].rstrip().endswith(","):
        return False  # "…, and Montserrat Feixas Vihé": the last item of a list
    return before in ("of", "for", "and", "the", "on", "&") or (
        before[:1].isupper() and before.lower() not in EN_TITLES
    )


def is_name_word(word: str) -> bool:
    return (
        len(word) > 1
        and word[0].isupper()
        and word[1:].replace("-", "").replace("'", "").isalpha()
        and any(c.islower() for c in word[1:])
        and word.lower() not in EN_NOT_GIVEN | EN_BODY_HEADS | EN_FUNCTION_WORDS | EN_ROLES
    )


def english_name_words(
    text: str, tokens: list[re.Match[str]], index: int
) -> list[re.Match[str]] | None:
    """The words of a person's name starting at `index`, or None."""
    if not is_name_word(tokens[index].group(0)) or "'" in tokens[index].group(0):
        return None
    if tokens[index].group(0) in HONORIFICS:
        return None  # "Ms Anna Nowak": the name starts after the honorific
    words = [tokens[index]]
    position = index + 1

    def joined(at: int, gap: str = " ") -> bool:
        return at < len(tokens) and text[tokens[at - 1].end() : tokens[at].start()] == gap

    if joined(position) and re.fullmatch(r"[A-Z]", tokens[position].group(0)):
        if joined(position + 1, ". "):
            words.append(tokens[position])  # the initial; its period is inside the span
            position += 1
    elif (
        joined(position)
        and joined(position + 1)
        and known_given_name(tokens[position].group(0))
        and is_name_word(tokens[position + 1].group(0))
    ):
        words.append(tokens[position])  # 'Claudia Emmanuel Laredo'
        position += 1
    after_initial = len(words) > 1 and len(words[-1].group(0)) == 1
    while (joined(position) or (after_initial and joined(position, ". "))) and tokens[
        position
    ].group(0) in SURNAME_PARTICLES:
        position, after_initial = position + 1, False
    if not (joined(position) or (after_initial and joined(position, ". "))):
        return None
    surname = tokens[position].group(0)
    if not SURNAME.match(surname) or surname.lower() in EN_NOT_GIVEN | EN_BODY_HEADS | EN_ROLES:
        return None
    return [*words, tokens[position]]


# Honorifics before an English name are no part of it ("Mr Jan Kos", "Ms Anna Nowak").
HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Madam"})


LISTED_GIVEN_NAMES = INTERNATIONAL_GIVEN_NAMES | UKRAINIAN_GIVEN_NAMES


@cache
def known_given_name(word: str) -> bool:
    """A given name in the census list or the Ukrainian one (also written with the accents the
    lists leave out: "Lívia", "José", "Zoë"), or one SGJP reads as a given name in the
    nominative."""
    return (
        word in INTERNATIONAL_GIVEN_NAMES
        or word in UKRAINIAN_GIVEN_NAMES
        or without_accents(word) in LISTED_GIVEN_NAMES
        or any("nom" in g.cases and g.number == "sg" for g in given_names(word))
    )


def without_accents(word: str) -> str:
    """ "Lívia" → "Livia", "Zoë" → "Zoe": the letters without their accents."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def role_after(text: str, end: int) -> bool:
    """'Federico Soda (Director of …)', 'Tea Jaliashvili (ODIHR First Deputy Director)', 'X,
    Head of …', 'Dorota Kozak-Rybska (Wrocław Centre for Social Development)': a role word
    among the first words after a bracket or comma, or a body's name in the bracket."""
    # "Erja Tikka of the Finnish Ministry for Foreign Affairs": of a body named after her
    belongs = re.match(r"\s+of\s+the\s+((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)", text[end:])
    if belongs and any(w.lower() in EN_BODY_HEADS for w in belongs.group(1).split()):
        return True
    match = re.match(r"\s*([(,])\s*([^()\n]{0,120})", text[end:])
    if match is None:
        return False
    words = [w.strip(".,;:").lower() for w in match.group(2).split()[:5]]
    if any(an_english_role(w) for w in words[:4]):
        return True
    return match.group(1) == "(" and any(w in EN_BODY_HEADS for w in words)


def an_english_role(word: str) -> bool:
    """A role word, or one with a prefix that makes it a second's ("vice-mayor", "vice-chair",
    "deputy-director", "co-chair"), in lower case."""
    prefix, _, role = word.partition("-")
    return word in EN_ROLES or (prefix in ("vice", "deputy", "co") and role in EN_ROLES)


def title_before(text: str, start: int) -> bool:
    """'Mr Smith', 'director Dorota Feliks', 'Head of Unit … Emmanuelle Grange'."""
    before = re.search(r"([^\W\d_]+)\.?\s+$", text[max(0, start - 30) : start])
    return before is not None and before.group(1).lower() in EN_TITLES


# "the Academy on the Integration of Migrants and Refugees in Polish Cities", "the Programme for
# Integration of Third-Country Nationals": an initiative named by its head and what it is on,
# up to the last capitalised word (the small words of a title inside).
# (one line: a heading's name does not run on into the next paragraph)
def english_titled(heads: str) -> re.Pattern[str]:
    """A thing named by its head and what it is on or for, up to the last capitalised word."""
    return re.compile(
        r"(?P<name>(?:(?!The\b|This\b|That\b)[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+[ \t]+)*"
        rf"(?:{heads})[ \t]+"
        r"(?:on|for|of)[ \t]+(?:the[ \t]+)?[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*"
        r"(?:[ \t]+(?:(?:of|and|in|for|on|the|to|with|from|at|against)[ \t]+)*"
        r"[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*)*)"
    )


EN_INITIATIVE = english_titled("Academy|Programme|Program|Project|Initiative")
# "the Guide for Foreigners Living in Kraków", "the Handbook on Integration of Refugees": a
# publication named by its head and what it is for, unquoted
EN_TITLED_DOCUMENT = english_titled("Guide|Guidebook|Handbook|Toolkit|Manual|Charter")
# A city's policy named by its head and what it is for ("Wrocław Strategy for Intercultural
# Dialogue", "Model for Equal Treatment"), or by capitalised words before its head ("the
# Intercultural Dialogue Strategy", "the Immigrant Integration Model"; two words at least: "Social
# Policy" alone names a field, and a capitalised word after the head goes on with another name,
# "Social Policy Department")
POLICY_HEADS = "Strategy|Model|Policy|Plan"
EN_TITLED_POLICY = english_titled(POLICY_HEADS)
EN_NAMED_POLICY = re.compile(
    r"(?<![\w-])(?P<name>(?:(?!(?:The|This|That|These|Its|Their|Our|An?)\b)"
    r"[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż][\w-]*"
    rf"[ \t]+){{2,4}}(?:{POLICY_HEADS})(?:[ \t]+\d{{4}}(?:[–-]\d{{4}})?)?)"
    r"(?![\w-]|[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ])"
)
# Before a policy's words, the end of a longer name they belong to: "Council for Regional
# Migration Policy", "the Commission's DG Regional Policy" (an acronym, no word of a title)
INSIDE_A_LONGER_NAME = re.compile(
    r"(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*[ \t]+(?:for|of|on|and|in)|\b[A-ZĄĆĘŁŃÓŚŹŻ]{2,})[ \t]+$"
)


def english_initiatives(text: str, taken: list[Mention]) -> list[NewName]:
    found = []
    for match in EN_INITIATIVE.finditer(text):
        start, end = match.span("name")
        if not overlaps(start, end, taken):
            found.append(NewName(start, end, match.group("name"), match.group("name"), "project"))
    return found


# "the Team's new report "Two Years of Urban Hospitality"", "the study *"Cities in Motion"*",
# "the "Welcoming Cities" guide": an English document by its kind word and quoted title.
EN_DOCUMENT_KINDS = r"(?:report|study|publication|guide|guidebook|handbook|brochure|toolkit|position|statement|declaration|appeal|strategy|policy\s+brief)"
EN_QUOTED_DOCUMENT = [
    re.compile(
        rf"\b{EN_DOCUMENT_KINDS}\s*,?\s+(?:(?:entitled|titled|called)\s+)?[*_]*[\"“]"
        r"(?P<name>[A-Z][^\"”“\n]{2,150}?)[\"”]",
        re.IGNORECASE,
    ),
    re.compile(
        rf"[\"“](?P<name>[A-Z][^\"”“\n]{{2,150}}?)[\"”][*_]*\s+{EN_DOCUMENT_KINDS}\b", re.IGNORECASE
    ),
]


def english_documents(text: str, taken: list[Mention]) -> list[NewName]:
    found: dict[int, NewName] = {}
    for pattern in EN_QUOTED_DOCUMENT:
        for match in pattern.finditer(text):
            start, end = match.span("name")
            name = match.group("name").strip()
            if not overlaps(start, end, taken) and start not in found and title_cased(name):
                found[start] = NewName(start, start + len(name), name, name, "document")
    for match in EN_TITLED_DOCUMENT.finditer(text):
        start, end = match.span("name")
        inside = any(n.start <= start < n.end or start <= n.start < end for n in found.values())
        # (a town inside is a word of the title: "… Living in Kraków")
        crossed = [m for m in taken if m.start < end and start < m.end and m.kind != "city"]
        if not crossed and not inside:
            found[start] = NewName(start, end, match.group("name"), match.group("name"), "document")
    policies: list[NewName] = []
    for match in [*EN_TITLED_POLICY.finditer(text), *EN_NAMED_POLICY.finditer(text)]:
        start, end = match.span("name")
        inside = any(n.start <= start < n.end or start <= n.start < end for n in found.values())
        crossed = [m for m in taken if m.start < end and start < m.end and m.kind != "city"]
        if crossed or inside or in_a_heading(text, start):
            continue  # (a headline's words are all capitalised: "City Reveal … Strategy")
        if INSIDE_A_LONGER_NAME.search(text, max(0, start - 40), start):
            continue
        if polish_name_in_brackets_after(text, end):
            continue  # ("the Open Kraków Strategy (Strategia …)": named by its Polish name, later)
        found[start] = NewName(start, end, match.group("name"), match.group("name"), "document")
        policies.append(found[start])
    for later in sorted(policies, key=lambda n: n.start):
        first = next(n for n in sorted(policies, key=lambda n: n.start) if same_policy(n, later))
        found[later.start] = replace(later, base=first.base)
    return [found[k] for k in sorted(found)]


POLISH_HEAD_IN_BRACKETS = re.compile(
    r"[ \t]*\((?P<head>[A-ZŁŚŻŹĆŃÓĘĄ][\w-]+)[ \t]+[^()\n]{2,100}\)"
)
POLISH_POLICY_HEADS = {"strategia", "program", "model", "polityka", "plan", "projekt"}


def polish_name_in_brackets_after(text: str, end: int) -> bool:
    bracket = POLISH_HEAD_IN_BRACKETS.match(text, end)
    return bracket is not None and bool(head_lemma(bracket.group("head")) & POLISH_POLICY_HEADS)


def same_policy(one: NewName, other: NewName) -> bool:
    """ "the Wrocław Strategy for Intercultural Dialogue", then "the Intercultural Dialogue
    Strategy"; "the Immigrant Integration Model", then "the Immigrants Integration Model": one
    policy named again, when one name's words (a plural's "s" aside) hold the other's."""
    words = [policy_words(n.base) for n in (one, other)]
    return words[0] <= words[1] or words[1] <= words[0]


def policy_words(name: str) -> set[str]:
    return {
        w.casefold().removesuffix("s")
        for w in re.findall(r"[\w-]+", name)
        if w[:1].isupper() and w not in POLICY_HEADS.split("|")
    } | {w for w in POLICY_HEADS.split("|") if w in name.split()}


def in_a_heading(text: str, start: int) -> bool:
    return text[text.rfind("\n", 0, start) + 1 :].startswith("#")


def title_cased(text: str) -> bool:
    """An English title as titles are written ("Two Years of Urban Hospitality"): a few words,
    most of the longer ones capitalised, no sentence's end — not a quoted sentence ("We will
    not sign.")."""
    words = text.split()
    longer = [w for w in words if len(w) > 3]
    capitalised = [w for w in longer if w[:1].isupper()]
    return (
        len(words) <= 14
        and not re.search(r"[.!?…]\s*$", text)
        and len(capitalised) * 2 > len(longer)
    )


def mentions_of(names: list[NewName]) -> list[Mention]:
    """New names as the mentions later rules must not read again."""
    return [Mention(n.start, n.end, n.text, "", n.kind) for n in names]


# 'the “Other Space” Foundation', 'Foundation “Africa Another Way”': a Polish body's own name
# quoted beside an English head, named as a register writes it, without the quotes
EN_QUOTED_HEADS = r"(?:Foundation|Association|Society|Institute|Centre|Center|Coalition)"
EN_QUOTED_BODY = re.compile(
    r"[“\"„](?P<before>[A-ZŁŚŻŹĆŃÓĘĄ][^”“\"\n]{1,60}?)[”\"]\s+(?P<head>" + EN_QUOTED_HEADS + r")\b|"
    r"\b(?P<opening>"
    + EN_QUOTED_HEADS
    + r")\s+[“\"„](?P<after>[A-ZŁŚŻŹĆŃÓĘĄ][^”“\"\n]{1,60}?)[”\"]"
)


def english_quoted_bodies(text: str, taken: list[Mention]) -> list[NewName]:
    found = []
    for match in EN_QUOTED_BODY.finditer(text):
        if overlaps(match.start(), match.end(), taken):
            continue
        if match.group("before"):
            base = f"{match.group('before').strip()} {match.group('head')}"
        else:
            base = f"{match.group('opening')} {match.group('after').strip()}"
        found.append(NewName(match.start(), match.end(), match.group(0), base, "org"))
    return found


POSSESSIVE = re.compile(r"(?<=\w)['\u2019]s$")


def english_bodies(text: str, taken: list[Mention]) -> list[NewName]:
    """Bodies by an English head noun: capitalised words before it ('Wrocław Centre', 'IOM
    Coordination Office', 'Charles University'), what a unit or DG deals with after it ('Unit
    Disability and Inclusion', 'DG Employment, Social Affairs and Inclusion'), and an 'of'/'for'
    complement ('College of Europe', 'Office for Democratic Institutions and Human Rights')."""
    tokens = list(EN_WORD.finditer(text))
    found: list[NewName] = []
    for index, token in enumerate(tokens):
        head = POSSESSIVE.sub("", token.group(0))  # ("the Zapta Institute's report")
        if (
            head.lower() not in EN_BODY_HEADS
            or not head[:1].isupper()
            or any(n.start <= token.start() < n.end for n in found)
            or overlaps(token.start(), token.end(), taken)
            or head_before_a_head(text, tokens, index)
        ):
            continue
        first = english_modifiers(text, tokens, index, taken)
        last = english_complement(text, tokens, index, named_before=first < index)
        if first == last == index:
            continue
        start, end = tokens[first].start(), tokens[last].end()
        start = min([start, *(m.start for m in taken if m.start < start < m.end)])
        end = before_a_known_body(text, start, end, taken)
        if any(m.start <= start and end <= m.end for m in taken):
            continue
        acronym = ACRONYM_AFTER.match(text, end)
        country = EN_IN_POLAND.match(text, end)
        if country and head.lower() in ("embassy", "consulate"):
            end = country.end()  # "Embassy of Switzerland in Poland": its registered name
        end = english_seat(text, [t.group(0) for t in tokens[first:index]], head, end, taken)
        # ("the University of Gdańsk's Centre …": the possessive ending is no part of the name)
        end -= 2 if POSSESSIVE.search(text[start:end]) else 0
        name = text[start:end]
        found.append(
            NewName(start, end, name, name, "org", acronym.group("acr") if acronym else None)
        )
        prefix = EN_ACRONYM.fullmatch(tokens[first].group(0))
        if prefix and not overlaps(tokens[first].start(), tokens[first].end(), taken):
            # 'OSCE Office for Democratic Institutions …': the acronym names the body the
            # office belongs to.
            word = tokens[first]
            found.append(NewName(word.start(), word.end(), word.group(0), word.group(0), "org"))
    found = with_the_seat_said_once(found)
    return sorted(found + english_acronym_bodies(text, taken, found), key=lambda n: n.start)


def with_the_seat_said_once(found: list[NewName]) -> list[NewName]:
    """ "the Multicultural Centre in Kraków" … "The Multicultural Centre hosted …": a page that
    names a generic unit with its town once means the same unit without it later."""
    seated = {n.base.split(" in ")[0]: n.base for n in found if " in " in n.base}
    return [replace(n, base=seated.get(n.base, n.base)) for n in found]


EN_IN_POLAND = re.compile(r"\s+in\s+Poland\b")
EN_SEAT = re.compile(r"\s+in\s+(?=[A-ZŁŚŻŹĆŃÓĘĄ])")
# A public unit there is one of in every town ("Municipal Social Welfare Centre", "Multicultural
# Centre"): as in Polish ("Miejski Ośrodek Pomocy Społecznej w Bydgoszczy"), its town is part
# of its name. Heads of such units, and the words that make a name generic.
# (libraries, museums, theatres and institutes as the Polish SEAT_HEADS: "Regional Public
# Library in Kraków" is "Wojewódzka Biblioteka Publiczna w Krakowie")
# (and a district's inspectorates, courts and hospitals: "District Labour Inspectorate in
# Katowice" is "Okręgowy Inspektorat Pracy w Katowicach")
EN_SEAT_HEADS = frozenset(
    {"Centre", "Center", "Office", "Library", "Museum", "Theatre", "Theater", "Institute"}
    | {"Inspectorate", "Court", "Hospital"}
)
# ("Poviat Labour Office in Opole": the county of Polish administration by its Polish name)
EN_LOCAL_GOVERNMENT = frozenset(
    {"Municipal", "City", "District", "County", "Regional", "Provincial", "Voivodeship", "Local"}
    | {"Poviat", "Powiat"}
)
EN_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:al|ic|ive|ary|ous)")


def english_seat(text: str, modifiers: list[str], head: str, end: int, taken: list[Mention]) -> int:
    """ "Multicultural Centre in Warsaw", "Municipal Social Welfare Centre in Katowice": a
    generic unit's name goes on with its town (a town the page's mentions know), not "Migrant
    Info Point in Poznań" or "Wrocław Centre in …", which name the body without it."""
    seat = EN_SEAT.match(text, end)
    if seat is None or head not in EN_SEAT_HEADS or not modifiers:
        return end
    town = next((m for m in taken if m.start == seat.end() and m.kind == "city"), None)
    # ("Małopolska Provincial Office in Kraków": a region's name before a local government's
    # word, as "Śląski Urząd Wojewódzki w Katowicach")
    generic = any(word in EN_LOCAL_GOVERNMENT for word in modifiers) or all(
        EN_ADJECTIVE.fullmatch(word) for word in modifiers
    )
    return town.end if town is not None and generic else end


def head_before_a_head(text: str, tokens: list[re.Match[str]], index: int) -> bool:
    """ "Baltic Migrant Centre Foundation": a head noun right before a body's legal form
    modifies it; the body is the foundation."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        following is not None
        and english_joined(text, tokens, index)
        and following.group(0) in EN_LEGAL_FORMS
    )


# The legal form that ends a body's name after another head: "… Centre Foundation".
EN_LEGAL_FORMS = {"Foundation", "Association", "Society"}


OF_THE_CITY = re.compile(r"\s+of\s+the\s+City\s+of\s+$")
# The heads of a city office's units in English.
EN_OFFICE_UNIT_HEADS = frozenset(
    {"Office", "Department", "Bureau", "Unit", "Section", "Division", "Centre", "Center", "Team"}
)


def before_a_known_body(text: str, start: int, end: int, taken: list[Mention]) -> int:
    """ "Social Policy Department of the Katowice City Office": a known body named in the "of"
    complement is the one the new body belongs to, not part of its name."""
    inside = [m for m in taken if start < m.start < end and m.kind in ("org", "office", "unit")]
    # ("Social Assistance and Projects Office of the City of Warsaw": the city's, by its office)
    for city in (m for m in taken if start < m.start < end and m.kind == "city"):
        of_the_city = OF_THE_CITY.search(text, start, city.start)
        # (not "the Museum of the City of Gdańsk", "the Council of the City of …": names whole)
        if of_the_city is not None and EN_OFFICE_UNIT_HEADS & set(
            text[start : of_the_city.start()].split()
        ):
            return of_the_city.start()
    if not inside:
        return end
    cut = re.search(r"\s+of(?:\s+the)?\s+$", text[start : inside[0].start])
    return start + cut.start() if cut else end


EN_ACRONYM = re.compile(r"[A-Z]{3,6}")
# 'the OECD', 'and the UNHCR': English writes an acronym of a body with the article, which
# neither a person's nor a place's name takes; an acronym before a capitalised word modifies it.
EN_THE_ACRONYM = re.compile(r"(?<![\w-])the (?P<acr>[A-Z]{3,6})(?![\w-])(?! [A-Z(])")


def english_acronym_bodies(text: str, taken: list[Mention], found: list[NewName]) -> list[NewName]:
    bodies: dict[str, NewName] = {}
    for match in EN_THE_ACRONYM.finditer(text):
        start, end = match.span("acr")
        if overlaps(start, end, taken) or any(n.start < end and start < n.end for n in found):
            continue
        bodies.setdefault(str(start), NewName(start, end, match["acr"], match["acr"], "org"))
    return list(bodies.values())


def english_joined(text: str, tokens: list[re.Match[str]], left: int, gap: str = " ") -> bool:
    return (
        left >= 0
        and left + 1 < len(tokens)
        and (text[tokens[left].end() : tokens[left + 1].start()] == gap)
    )


def english_modifiers(
    text: str, tokens: list[re.Match[str]], head: int, taken: list[Mention]
) -> int:
    """The first word of the capitalised words before a head; a known name among them is taken
    whole ('IOM', 'Wrocław'), and another head ends them ('Commission DG …')."""
    first = head
    while head - first < 5 and english_joined(text, tokens, first - 1):
        word = tokens[first - 1].group(0)
        lowered = word.lower()
        if (word in ("and", "&") or lowered in ("of", "for")) and first - 2 >= 0 and first < head:
            # "Social Policy and Health Department": subjects joined inside the name;
            # "Kaleidoscope of Cultures Foundation", "European Football For Development
            # Network": what the name's first words are of or for, before its head (in title
            # case too)
            before = tokens[first - 2].group(0)
            if (
                english_joined(text, tokens, first - 2)
                and before[:1].isupper()
                and (before.lower() not in EN_FUNCTION_WORDS | EN_BODY_HEADS | EN_ROLES)
            ):
                first -= 1
                continue
        a_legal_forms_modifier = (
            first == head
            and tokens[head].group(0) in EN_LEGAL_FORMS
            and word[:1].isupper()
            and lowered not in EN_ARTICLES  # ("The Foundation for …": the article is none)
        )
        if not a_legal_forms_modifier and (
            not word[:1].isupper()
            or lowered in EN_FUNCTION_WORDS | EN_BODY_HEADS | EN_ROLES | EN_NOT_GIVEN
            # "Lublin's Civic Dialogue Committee": the owner is not part of the name
            or re.search("['\u2019]s$", word)
        ):
            break
        first -= 1
        if overlaps(tokens[first].start(), tokens[first].end(), taken):
            break
    return first


# Heads of a body's units: named by what they do before the head, their "of" complement is the
# body they belong to ("International Projects Department of RARR", "Translation Department of
# Maria Curie-Skłodowska University"), as a register lists a unit apart from its body
EN_OWNED_UNIT_HEADS = frozenset({"department", "unit", "division", "directorate"})


def english_complement(
    text: str, tokens: list[re.Match[str]], head: int, named_before: bool = False
) -> int:
    """The last word of what follows a head: a unit's or DG's subject, an 'of'/'for' phrase
    (not the body that a unit named by the words before its head belongs to)."""
    last = head
    lowered = tokens[head].group(0).lower()
    if named_before and lowered in EN_OWNED_UNIT_HEADS and a_word_after(tokens, head, "of"):
        return last
    if lowered in EN_SUBJECT_HEADS:
        last = capitalised_run(text, tokens, head, commas=lowered == "dg")
    position = last + 1
    # ("Foundation for the Multicultural Center": what a foundation is for may be a body)
    heads_inside = tokens[head].group(0) in EN_LEGAL_FORMS
    if (
        english_joined(text, tokens, last)
        and position < len(tokens)
        and tokens[position].group(0) in ("of", "for", "on")
    ):
        if english_joined(text, tokens, position) and tokens[position + 1].group(0) == "the":
            position += 1
        run = capitalised_run(text, tokens, position, commas=False, heads=heads_inside)
        listed = capitalised_run(text, tokens, position, commas=True, heads=heads_inside)
        phrase = text[tokens[position].end() : tokens[listed].end()]
        if "," in phrase and " and " in phrase.rsplit(",", 1)[-1]:
            # "Commission for Citizenship, Governance, Institutional and External Affairs": an
            # enumeration closed by "and" is the complement's whole
            run = listed
        if run > position:
            last = run
    return last


def a_word_after(tokens: list[re.Match[str]], index: int, word: str) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].group(0) == word


def starts_another_name(text: str, tokens: list[re.Match[str]], position: int) -> bool:
    """A person's given name and surname (two capitalised words, no third joined by a space:
    not "Art History Department", but "Maria Garcia, Head of …") or the head of a Polish
    body's name opens another name there."""
    word = tokens[position].group(0)
    if head_lemma(word) & ORGANISATION_HEADS:
        return True
    following = tokens[position + 1 : position + 3]
    return (
        known_given_name(word)
        and bool(following)
        and following[0].group(0)[:1].isupper()
        and (
            len(following) < 2
            or not following[1].group(0)[:1].isupper()
            or text[following[0].end() : following[1].start()] != " "
        )
    )


def two_capitalised_after(text: str, tokens: list[re.Match[str]], position: int) -> bool:
    following = tokens[position + 1 : position + 3]
    return (
        len(following) == 2
        and all(t.group(0)[:1].isupper() for t in following)
        and text[following[0].end() : following[1].start()] == " "
    )


def capitalised_run(
    text: str, tokens: list[re.Match[str]], after: int, commas: bool, heads: bool = False
) -> int:
    """The last of the capitalised words after `after`, joined by spaces, 'and', '&' (and
    commas in a list of policy areas); a trailing 'and' is not part of it. A body's head ends
    the run unless `heads` (what a foundation is for: "… for the Multicultural Center")."""
    last = after
    position = after + 1
    while position < len(tokens):
        gap = text[tokens[position - 1].end() : tokens[position].start()]
        word = tokens[position].group(0)
        if gap not in (" ", ", ") or (gap == ", " and not commas):
            break
        if (
            word == "and"
            and position + 1 < len(tokens)
            and starts_another_name(text, tokens, position + 1)
        ):
            break  # "… of the University of Silesia and Anna Nowak", "… and Fundacja X": two
        if word in ("and", "of", "for", "on", "from") and position + 1 < len(tokens):
            position += 1
            continue
        # "… on Integration in Local Communities": "in" before two capitalised words goes on
        # the subject ("in Warsaw", one word, is where the body is).
        if word == "in" and two_capitalised_after(text, tokens, position):
            position += 1
            continue
        if not word[:1].isupper() or word.lower() in EN_ROLES:
            break
        if word.lower() in EN_BODY_HEADS and not (heads and word not in EN_LEGAL_FORMS):
            break
        last = position
        position += 1
    return last
