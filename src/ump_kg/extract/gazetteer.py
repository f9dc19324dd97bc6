"""Known names in every grammatical case, matched exactly, case-sensitively, longest first.

Entries come from the reference data: Polish labels and alternative labels (acronyms among
them) of cities, organisations, programmes, projects, funds, documents and people; each
non-acronym name is expanded to all its case forms by `morphology.case_forms`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import rdflib
from rdflib.namespace import RDF, RDFS, SKOS

from ..language.morphology import analyses, case_form, case_forms
from ..vocab import UMP_NS as UMP

# The kind of thing a mention names, by the most specific class that decides it.
KINDS = [
    (UMP.City, "city"), (UMP.Team, "team"), (UMP.CityOffice, "office"), (UMP.Organisation, "org"),
    (UMP.Programme, "programme"), (UMP.Project, "project"), (UMP.Fund, "fund"),
    (UMP.Declaration, "document"), (UMP.Document, "document"), (UMP.Person, "person"),
    (UMP.Venue, "venue"), (UMP.Theme, "theme"),
]  # fmt: skip


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    iri: str
    kind: str


@dataclass
class Entry:
    iri: str
    kind: str
    label_pl: str
    label_en: str
    unit_of: set[str] = field(default_factory=set)


def kind_of(graph: rdflib.Graph, node: rdflib.term.Node) -> str | None:
    types = set(graph.objects(node, RDF.type))
    closure = (
        set().union(*(set(graph.transitive_objects(t, RDFS.subClassOf)) for t in types))
        if types
        else set()
    )
    return next((kind for cls, kind in KINDS if cls in closure), None)


def literal(
    graph: rdflib.Graph, node: rdflib.term.Node, prop: rdflib.URIRef, lang: str
) -> str | None:
    return next(
        (
            str(o)
            for o in graph.objects(node, prop)
            if isinstance(o, rdflib.Literal) and o.language == lang
        ),
        None,
    )


def office_names(city: str) -> list[str]:
    """The names a Polish city office goes by, whatever its statute calls it: "Urząd Miasta
    Krakowa" (the city in the genitive), "Urząd Miasta Lublin" (in the nominative, as many
    offices write it), "Urząd Miejski w Gdańsku" / "we Wrocławiu", and "UM Lublin". Letter
    abbreviations ("UMG") are left out: they are ambiguous."""
    return [
        f"Urząd Miasta {case_form(city, 'gen')}",
        f"Urząd Miasta {city}",
        f"Urząd Miejski {case_form(city, 'gen')}",
        f"Urząd Miejski w {case_form(city, 'loc')}",
        f"Urząd Miejski we {case_form(city, 'loc')}",
        f"UM {city}",
        f"UM {case_form(city, 'gen')}",  # "dyrektor Wydziału … UM Łodzi"
    ]


def english_office_names(cities: list[str]) -> list[str]:
    """What English pages call a Polish city office: 'Lublin Municipal Office', 'the
    Municipality of Wrocław', 'Kraków City Hall'. English does not inflect, and a partner's page
    writes the city either in English ('Warsaw') or as the city writes itself ('Kraków'), so
    both spellings are taken. 'City of X' is left out: it names the city, not its office."""
    return [
        name
        for city in cities
        for name in (
            f"{city} Municipal Office",
            f"{city} City Office",
            f"{city} City Hall",
            f"{city} Municipality",
            f"{city} City Administration",
            f"{city} Municipal Administration",
            f"Municipal Office of {city}",
            f"Municipality of {city}",
            f"municipality of {city}",  # ("prepared with the municipality of Wrocław")
            f"City Office of {city}",
        )
    ]


def spellings(name: str) -> list[str]:
    """A name as written and with "ds." spelt out or abbreviated: "Międzynarodowa Organizacja
    ds. Migracji" is also written "… do spraw Migracji", and the other way round."""
    found = [name]
    if " ds. " in name:
        found.append(name.replace(" ds. ", " do spraw "))
    if " do spraw " in name:
        found.append(name.replace(" do spraw ", " ds. "))
    return found


BRAND = re.compile(r"(?=\w*\d)(?=\w*[A-Z]\w*[A-Z])\w{4,}")
# An acronym declined as a noun takes its ending after a hyphen: "UNICEF-u", "UNICEF-em",
# "IOM-owi" (as Polish spelling rules write it); the body is the acronym's.
ACRONYM = r"[A-ZĄĆĘŁŃÓŚŹŻ]{3,}"
CASE_ENDING = r"-(?:u|em|owi|ie|ach|ami|ów|y)"
ACRONYM_FORM = re.compile(ACRONYM)
ACRONYM_WITH_ENDING = re.compile(f"(?P<acronym>{ACRONYM}){CASE_ENDING}")


def alternative(form: str) -> str:
    """How a known form is looked for: a brand in any letter case, an acronym with or without
    a case ending, anything else as written."""
    if BRAND.fullmatch(form):
        return f"(?i:{re.escape(form)})"
    if ACRONYM_FORM.fullmatch(form):
        return f"{re.escape(form)}(?:{CASE_ENDING})?"
    return re.escape(form)


# Kinds of things whose names a headline may write in sentence case (not people, not towns)
SENTENCE_CASED_KINDS = {"org", "office", "unit", "team"}
PROPER_QUALIFIERS = {"nazwa_geograficzna", "imię", "nazwisko", "nazwa_organizacji", "marka"}


def sentence_case(name: str) -> str:
    """ "Agencja ONZ ds. Uchodźców" -> "Agencja ONZ ds. uchodźców": the words after the first
    in lower case where SGJP reads them as common words; acronyms and proper names stay."""
    words = name.split(" ")
    return " ".join([words[0], *(lowered_if_common(w) for w in words[1:])])


def lowered_if_common(word: str) -> str:
    lower = word.lower()
    if word == lower or word.isupper() or not word[1:].islower():
        return word
    common = [
        tag
        for _, tag, qualifiers in analyses(lower)
        if tag != "ign" and not PROPER_QUALIFIERS & set(qualifiers)
    ]
    proper = [tag for _, tag, qualifiers in analyses(word) if PROPER_QUALIFIERS & set(qualifiers)]
    return lower if common and not proper else word


class Gazetteer:
    """Surface forms -> entries; `find` returns non-overlapping mentions, longest first."""

    def __init__(self, entries: dict[str, Entry], forms: dict[str, str]) -> None:
        self.entries = entries
        self.forms = forms
        self._pattern = self._compile(forms)

    @staticmethod
    def _compile(forms: Iterable[str]) -> re.Pattern[str] | None:
        ordered = sorted(set(forms), key=lambda f: (-len(f), f))
        if not ordered:
            return None
        # A brand written in mixed case with digits ("ADMIn4ALL") is spelt every which way
        # ("ADMin4ALL", "Admin4All"): such a one-word name matches in any letter case.
        alternatives = [alternative(f) for f in ordered]
        return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")

    @classmethod
    def from_graph(cls, graph: rdflib.Graph) -> Gazetteer:
        entries: dict[str, Entry] = {}
        forms: dict[str, str] = {}
        for node in sorted(set(graph.subjects(RDF.type, None)), key=str):
            kind = kind_of(graph, node)
            label_pl = literal(graph, node, RDFS.label, "pl")
            if kind is None or kind == "theme" or label_pl is None:
                continue
            iri = str(node)
            entries[iri] = Entry(
                iri,
                kind,
                label_pl,
                literal(graph, node, RDFS.label, "en") or label_pl,
                {str(o) for o in graph.objects(node, UMP.unitOf)},
            )
            names = [
                label_pl,
                *sorted(
                    str(o)
                    for o in graph.objects(node, SKOS.altLabel)
                    if isinstance(o, rdflib.Literal) and o.language in ("pl", "en")
                ),
            ]
            for name in [n for written in names for n in spellings(written)]:
                for form in case_forms(name):
                    forms.setdefault(form, iri)  # the first (label, then sorted altLabels) wins
                    if kind != "person" and " " in form:
                        # a letterhead in capitals: "UNIA METROPOLII POLSKICH"
                        forms.setdefault(form.upper(), iri)
                    if kind in SENTENCE_CASED_KINDS and form.count(" ") >= 2:
                        # a headline in sentence case: "Agencja ONZ ds. uchodźców"
                        forms.setdefault(sentence_case(form), iri)
            # English pages name things in English ("Council of Europe", "Warsaw"); English
            # does not inflect names, so the label itself is the only form.
            label_en = literal(graph, node, RDFS.label, "en")
            if label_en and label_en != label_pl:
                forms.setdefault(label_en, iri)
        for office, city in sorted(graph.subject_objects(UMP.officeOf)):
            city_pl = literal(graph, city, RDFS.label, "pl")
            if city_pl and str(office) in entries:
                for name in office_names(city_pl):
                    for form in case_forms(name):
                        forms.setdefault(form, str(office))
                city_en = literal(graph, city, RDFS.label, "en") or city_pl
                # ("the municipality of Cracow": the English spellings the reference lists)
                spellings_en = {city_en, city_pl} | {
                    str(o)
                    for o in graph.objects(city, SKOS.altLabel)
                    if isinstance(o, rdflib.Literal) and o.language == "en"
                }
                for name in english_office_names(sorted(spellings_en)):
                    forms.setdefault(name, str(office))
        return cls(entries, forms)

    def with_aliases(self, aliases: dict[str, str]) -> Gazetteer:
        """A copy that also knows document-local names (e.g. 'Zespół' for the team)."""
        forms = dict(self.forms)
        for name, iri in aliases.items():
            for form in case_forms(name):
                forms.setdefault(form, iri)
        return Gazetteer(self.entries, forms)

    def find(self, text: str) -> list[Mention]:
        if self._pattern is None:
            return []
        return [
            Mention(m.start(), m.end(), m.group(0), iri, self.entries[iri].kind)
            for m in self._pattern.finditer(text)
            if (iri := self.form_iri(m.group(0))) is not None
        ]

    def form_iri(self, written: str) -> str | None:
        if written in self.forms:
            return self.forms[written]
        acronym = ACRONYM_WITH_ENDING.fullmatch(written)
        if acronym and acronym["acronym"] in self.forms:
            return self.forms[acronym["acronym"]]
        folded = written.casefold()
        return next(
            (
                iri
                for form, iri in self.forms.items()
                if BRAND.fullmatch(form) and form.casefold() == folded
            ),
            None,
        )


class ThemeMatcher:
    """Themes named in a text: lemmas of the theme's labels and hidden labels, in any case."""

    def __init__(self, graph: rdflib.Graph) -> None:
        self.keywords: list[tuple[tuple[frozenset[str], ...], str]] = []
        for node in sorted(graph.subjects(RDF.type, UMP.Theme), key=str):
            names = [
                o
                for p in (RDFS.label, SKOS.hiddenLabel)
                for o in graph.objects(node, p)
                # English labels too: partners' pages in English name the same themes.
                if isinstance(o, rdflib.Literal) and o.language in ("pl", "en")
            ]
            for name in names:
                self.keywords.append((keyword_lemmas(str(name)), str(node)))
        self.keywords.sort(key=lambda k: -len(k[0]))

    def find(self, text: str) -> list[str]:
        words = lemmas(text)
        found = []
        for keyword, iri in self.keywords:
            n = len(keyword)
            if iri not in found and any(
                all(words[i + j] & keyword[j] for j in range(n)) for i in range(len(words) - n + 1)
            ):
                found.append(iri)
        return found


VERBAL = ("ger", "fin", "praet", "pact", "ppas", "pcon", "pant", "inf", "impt", "imps", "bedzie")


def keyword_lemmas(text: str) -> tuple[frozenset[str], ...]:
    """A theme word's lemmas as a noun or adjective where it has such readings: "mieszkanie"
    (a flat) is housing, but "mieszka" (lives, the verb its gerund comes from) is not."""
    from ..language.morphology import analyses

    found = []
    for word in re.findall(r"\w+", text):
        readings = analyses(word)
        nominal = {lemma.lower() for lemma, tag, _ in readings if not tag.startswith(VERBAL)}
        every = {lemma.lower() for lemma, _, _ in readings}
        found.append(frozenset((nominal or every) | {word.lower()}))
    return tuple(found)


def lemmas(text: str) -> tuple[frozenset[str], ...]:
    """For each word, the set of its possible lower-case lemmas (all readings)."""
    from ..language.morphology import analyses

    return tuple(
        frozenset(lemma.lower() for lemma, _, _ in analyses(word)) | {word.lower()}
        for word in re.findall(r"\w+", text)
    )
