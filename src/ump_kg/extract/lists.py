"""Names the reference data and the name rules do not know, read from lists of one kind.

A list is a list of one kind of thing. Localities: where the items of a coordinated list of
capitalised names are cities known to the reference data ("Białystok, Częstochowa, Gdańsk, Hrubieszów"),
or where the list follows a word for places ("12 municipalities in Italy (Bari, Florence,
Milan)", "z miast: …"), its unknown items are places too. They become localities
(`ump:Locality`): places without the register's codes, never reference cities.

Documents: on a page about reports or publications (its first heading or the line above the
list names their kind), a list item that opens with a quoted title names a document.

People: in a list of "Given Surname (Body)" items most of whose names are people
("Anna Dąbrowska (Stowarzyszenie Homo Faber), …, Viktoriya Herun (Wydział …)"), an item of the
same shape whose given name no dictionary knows is a person too, named as the list writes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..language.morphology import analyses, phrase_base_form
from ..slug import slugify
from .gazetteer import Mention
from .names import NewName, mentions_of, overlaps
from .places import (
    a_country_in_the_genitive,
    a_territory,
    polish_town_names,
    town_written,
    towns,
)
from .sentences import Sentence

# Words for places that introduce a list of them, in Polish (any case) and English.
PLACE_NOUN = re.compile(
    r"(?i)\b(?:miast[aoy]?|miastach|miastami|miejscowości|miejscowościach|gmin[ay]?|gminach|"
    r"municipalit(?:y|ies)|cities|towns|localities)\b"
)
# Words for countries and regions: a list after one of these is not of places in our sense.
REGION_NOUN = re.compile(
    r"(?i)\b(?:kraj(?:e|ów|ach|ami)?|państw(?:a|ach|ami)?|region(?:y|ów|ach)?|województw(?:a|ach)?|"
    r"countr(?:y|ies)|states|regions|provinces)\b"
)
# One item: capitalised words, joined by spaces or hyphens, with the lower-case particles of
# place names ("Bruck an der Leitha", "Frankfurt am Main", "Nowa Wieś nad Wisłą").
CAP = "[A-ZŁŚŻŹĆŃÓĘĄ][a-ząćęłńóśźżäöüéèàíáúñç'\u2019]+"
PARTICLE = r"(?:an|am|der|de|del|di|la|le|sur|upon|nad|pod)"
ITEM = rf"{CAP}(?:-{CAP})*(?:\s+(?:{PARTICLE}\s+)*{CAP}(?:-{CAP})*){{0,3}}"
SEPARATOR = r"\s*,\s*(?:(?:and|i|oraz)\s+)?|\s+(?:and|i|oraz|a\s+także)\s+"
RUN = re.compile(rf"(?<![\w-])(?:{ITEM})(?:(?:{SEPARATOR})(?:{ITEM}))+(?![\w-])")
ITEM_RE = re.compile(ITEM)


def listed_localities(
    text: str, sentences: list[Sentence], taken: list[Mention], known_cities: frozenset[str]
) -> list[NewName]:
    """New localities in the page's lists of places; `known_cities` holds the slugs of the
    reference cities' names, so an unrecognised spelling is never a new place."""
    found: list[NewName] = []
    for sentence in sentences:
        for start, end in place_lists(text, sentence, taken):
            found += unknown_items(text, start, end, taken + mentions_of(found), known_cities)
    return found


def place_lists(text: str, sentence: Sentence, taken: list[Mention]) -> Iterator[tuple[int, int]]:
    """Spans of the sentence's lists whose items are places: most known items are cities, or
    a word for places comes before the list in the sentence and no item is another kind of
    known thing."""
    for run in RUN.finditer(sentence.text):
        if quoted(sentence.text[: run.start()]):
            continue
        start, end = sentence.start + run.start(), sentence.start + run.end()
        inside = [m for m in taken if start <= m.start and m.end <= end]
        cities = [m for m in inside if m.kind == "city"]
        others = [m for m in inside if m.kind != "city"]
        unknown = [
            item.group(0)
            for item in ITEM_RE.finditer(text, start, end)
            if not overlaps(item.start(), item.end(), inside)
        ]
        if (
            (len(cities) >= 2 and len(cities) > len(others))
            or (after_a_place_word(sentence.text[: run.start()]) and not others)
            # "przedstawiciele Przemyśla, Jarosławia i Lublina" (not "w Poznaniu i Wielkopolsce":
            # two items may pair a city with its region)
            or (
                cities
                and not others
                and len(unknown) + len(cities) >= 3
                and all(map(geographic, unknown))
            )
        ):
            yield start, end


def geographic(item: str) -> bool:
    """One word SGJP knows as a geographic name ("Opole", "Przemyśla"): beside a known city in
    a list, a town."""
    return " " not in item and any(
        "nazwa_geograficzna" in qualifiers and lemma[:1].isupper()
        for lemma, tag, qualifiers in analyses(item)
        if tag.startswith("subst")
    )


def quoted(before: str) -> bool:
    """Inside a quotation: a title ("Declaration on Cities and Migrants Integration")."""
    opened = before.count("„") + before.count("«") - before.count("”") - before.count("»")
    return opened > 0 or before.count('"') % 2 == 1


def after_a_place_word(before: str) -> bool:
    """The last word for places or for countries before a list says what its items are."""
    places = [m.end() for m in PLACE_NOUN.finditer(before)]
    regions = [m.end() for m in REGION_NOUN.finditer(before)]
    if not places or max(places) < max(regions, default=-1):
        return False
    # The list follows the word: "12 municipalities in Italy (Bari, …), Austria (…)": between
    # them only a preposition, the groups' names and earlier groups of the same list.
    written = before[max(places) :]
    if not re.search(r"[:(]|\b(?:in|w|we|z|ze|from|m\.in\.|np\.|including|jak)\s", written):
        return False  # "miast Polski i Pomorza": a genitive after the word is its owner
    ungrouped = ITEM_RE.sub(" ", re.sub(r"\([^()]*\)", " ", written))
    gap = re.sub(r"[\s,:;(–-]+", " ", ungrouped).split()
    if re.fullmatch(r"\s*(?:[a-ząćęłńóśźż]+\s+){0,2}?[a-ząćęłńóśźż]*\s*:\s*", written):
        return True  # a label: "Miasta partnerskie: Antwerpia, …", "miast członkowskich: …"
    return len(gap) <= 3 and all(len(word) <= 3 or word in CONNECTORS for word in gap)


# Words that may stand between a word for places and its list ("miejscowości, m.in. z: …").
CONNECTORS = frozenset({"m.in.", "np.", "takich", "jak", "such", "including", "namely"})


def unknown_items(
    text: str, start: int, end: int, taken: list[Mention], known_cities: frozenset[str]
) -> list[NewName]:
    found = []
    for item in ITEM_RE.finditer(text, start, end):
        if overlaps(item.start(), item.end(), taken):
            continue
        name = locality_nominative(item.group(0))
        if slugify(name) in known_cities or not is_place_name(name):
            continue
        if a_country_in_any_case(item.group(0)):
            continue  # "miast, m.in. z Włoch, Grecji i Polski": the countries the towns are in
        found.append(NewName(item.start(), item.end(), item.group(0), name, "city"))
    return found


def a_country_in_any_case(item: str) -> bool:
    """ "Włoch", "Grecji", "Niemiec", "Włoszech": a country or a region of the world (CLDR's
    Polish names) in any case, no town."""
    return a_territory(item.split()) or a_country_in_the_genitive(item)


# Capitalised words of a list that are not places: months, days, the words for places.
NOT_PLACES = re.compile(
    r"(?i)(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$"
)


def is_place_name(name: str) -> bool:
    return not (
        name.isupper() or NOT_PLACES.match(name) or PLACE_NOUN.fullmatch(name) or month_word(name)
    )


def month_word(name: str) -> bool:
    """A Polish month or weekday in any case ("Maja" in "3 Maja" aside)."""
    return any(
        tag.startswith("subst") and lemma.lower() in POLISH_CALENDAR_WORDS
        for lemma, tag, _ in analyses(name)
    )


POLISH_CALENDAR_WORDS = frozenset(
    "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad "
    "grudzień poniedziałek wtorek środa czwartek piątek sobota niedziela".split()
)


def locality_nominative(written: str) -> str:
    """'w Lesznie' → 'Leszno': a one-word place name known to SGJP as a geographic name is
    given in its lemma (of two, the shorter); other one-word names stay as written (lists of
    places are mostly nominative); a name of several words is put in the nominative as a noun
    phrase ('Zielonej Górze' → 'Zielona Góra')."""
    if " " in written:
        # "w … i Zielonej Górze", "Gorzowie Wielkopolskim": a name of several words declines as
        # a noun phrase
        return phrase_base_form(written.split())
    if "-" in written:
        # "Bielsku-Białej": SGJP lemmatises a part ("Bielsk"), not the whole; a GeoNames town
        # is read with both parts declined (places.town_written), another stays as written
        town = town_written(written)
        return written if town is None else town.polish
    lemmas = sorted(
        {
            lemma
            for lemma, _, qualifiers in analyses(written)
            if "nazwa_geograficzna" in qualifiers and lemma[:1].isupper()
        }
    )
    if not lemmas or written in towns():
        return written  # "Turku" is a town as written, whatever Polish town it may decline
    # "Siedlcach", "Żarach", "Tarnowa": of the places it may be a form of, a town of GeoNames
    # (Siedlce, Żary, Tarnów) is the one a page names, not the village SGJP also lists
    known = [lemma for lemma in lemmas if lemma in polish_town_names()]
    if len(known) == 1:
        return known[0]
    if written in lemmas:
        return written  # "Jurgów" is a place's nominative as written, whatever else it may be
    # "Słupska": the town Słupsk or the village Słupsko; a list of towns names the town, the
    # shorter name, so a clear shortest one is taken.
    shortest = min(len(lemma) for lemma in lemmas)
    clear = [lemma for lemma in lemmas if len(lemma) == shortest]
    return clear[0] if len(clear) == 1 else written


# "Viktoriya Herun (": two capitalised words (a hyphenated surname allowed) before a bracket.
PERSON_ITEM = re.compile(rf"(?<![\w-])(?P<name>{CAP}\s+{CAP}(?:-{CAP})?)\s*\(")
ITEM_START = re.compile(r"(?:^|[:;,]\s*|\s(?:i|oraz|and)\s+|-\s+)$")


# "1. Maria Czarnecka – Poznań," … "3. Olesya Malyugina – Lublin,": a list whose items open
# with two capitalised words and a dash, comma, bracket or colon.
ITEM_OPENING_NAME = re.compile(
    rf"(?m)^[ \t]*(?:[-*•]|\d{{1,2}}[.)])[ \t]+(?:\*\*)?(?P<name>{CAP}\s+{CAP}(?:-{CAP})?)"
    r"(?:\*\*)?[ \t]*(?:[–—-]|,|\(|:)"
)


def people_opening_list_items(text: str, taken: list[Mention]) -> list[NewName]:
    """A run of list items (one per line, no blank line between) that open with a name: where
    most of them open with a person's name the page knows (given names SGJP or the census has),
    the others open with a person's name too ("Olesya Malyugina", "Anastasiia Obarchuk"), as
    the list writes it."""
    found: list[NewName] = []
    for run in runs_of_lines(list(ITEM_OPENING_NAME.finditer(text)), text):
        people = [m for m in run if is_taken_as(m, taken, "person")]
        if len(people) < 2 or len(people) * 2 <= len(run):
            continue
        for item in run:
            if not overlaps(item.start("name"), item.end("name"), taken):
                name = item.group("name")
                found.append(NewName(item.start("name"), item.end("name"), name, name, "person"))
    return found


def runs_of_lines(items: list[re.Match[str]], text: str) -> list[list[re.Match[str]]]:
    """Items on consecutive lines, grouped."""
    runs: list[list[re.Match[str]]] = []
    for item in items:
        if runs and text.count("\n", runs[-1][-1].end(), item.start()) == 1:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def listed_people(text: str, sentences: list[Sentence], taken: list[Mention]) -> list[NewName]:
    found: list[NewName] = people_opening_list_items(text, taken)
    for sentence in sentences:
        items = [
            m
            for m in PERSON_ITEM.finditer(text, sentence.start, sentence.end)
            if ITEM_START.search(text[max(sentence.start, m.start() - 8) : m.start()])
        ]
        people = [m for m in items if is_taken_as(m, taken, "person")]
        if len(people) < 2 or len(people) * 2 <= len(items):
            continue
        for item in items:
            if not overlaps(item.start(), item.end("name"), taken):
                name = item.group("name")
                found.append(NewName(item.start(), item.end("name"), name, name, "person"))
    return found


# "od lewej: Oksana Szatogo, Majed Tinawi, Aws Kinani i Natalia Malyk": a list after a colon of
# two-word names, one of them a known person's, names people only
COLON_LIST = re.compile(
    rf"(?<=:)\s*(?P<items>{CAP}\s+{CAP}(?:-{CAP})?(?:\s*(?:,|\bi\b|\boraz\b)\s*"
    rf"{CAP}\s+{CAP}(?:-{CAP})?){{2,}})(?=\s*(?:[(.;]|$))"
)
LISTED_NAME = re.compile(rf"(?P<name>{CAP}\s+{CAP}(?:-{CAP})?)")


def people_listed_after_a_colon(
    text: str, sentences: list[Sentence], taken: list[Mention]
) -> list[NewName]:
    found: list[NewName] = []
    for sentence in sentences:
        for run in COLON_LIST.finditer(text, sentence.start, sentence.end):
            items = list(LISTED_NAME.finditer(text, run.start("items"), run.end("items")))
            known = [
                i
                for i in items
                if any(t.kind == "person" and t.start <= i.start() < t.end for t in taken)
            ]
            others = [i for i in items if overlaps(i.start(), i.end(), taken) and i not in known]
            if not known or others:
                continue
            for item in items:
                if item not in known:
                    found.append(
                        NewName(item.start(), item.end(), item.group(0), item.group(0), "person")
                    )
    return found


def is_taken_as(item: re.Match[str], taken: list[Mention], kind: str) -> bool:
    return any(
        t.kind == kind and t.start <= item.start("name") and item.end("name") <= t.end
        for t in taken
    )


# A list item opening with a quoted title (bold or not): '- **„Miejska gościnność: …”** (2022)'.
LISTED_TITLE = re.compile(
    r"(?m)^[ \t]*(?:[-*•]|\d+[.)])[ \t]+(?:\*\*)?[„\"“](?P<title>[^”\"“\n]{3,150})[”\"]"
)
DOCUMENT_KINDS = re.compile(
    r"(?i)\b(?:raport\w*|publikacj\w*|dokument\w*|opracowa\w*|stanowisk\w*|apel\w*|"
    r"deklaracj\w*|poradnik\w*|reports?|publications?|studies|study|papers?)\b"
)


def listed_document_titles(text: str, taken: list[Mention]) -> list[NewName]:
    heading = re.search(r"(?m)^#+\s+(.+)$", text)
    found = []
    for item in LISTED_TITLE.finditer(text):
        line_start = text.rfind("\n", 0, text.rfind("\n", 0, item.start())) + 1
        above = text[line_start : item.start()]
        if not (
            DOCUMENT_KINDS.search(above) or (heading and DOCUMENT_KINDS.search(heading.group(1)))
        ):
            continue
        start, end = item.start("title"), item.end("title")
        if overlaps(start, end, taken):
            continue
        title = item.group("title").strip()
        found.append(NewName(start, start + len(title), title, title, "document"))
    return found
