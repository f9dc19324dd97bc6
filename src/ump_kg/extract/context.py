"""What the rules work on (one document's sentences, dates and mentions) and what they produce
(facts, each with the sentence it came from, and new entities)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property

import rdflib

from ..language.morphology import analyses
from ..vocab import UMP as UMP
from .dates import DateMention
from .document import SourceDocument
from .gazetteer import Gazetteer, Mention
from .sentences import Sentence

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

Object = str | rdflib.Literal  # an IRI, or a literal value


# The kinds of mentions (as the gazetteer names them) of the classes new things are given.
KIND_OF_CLASS = {
    "Person": "person",
    "OrganisationalUnit": "unit",
    "NationalOrganisation": "org",
    "InternationalOrganisation": "org",
    "Organisation": "org",
    "Venue": "venue",
    "Document": "document",
    "Declaration": "document",
    "Project": "project",
    "Programme": "programme",
    "City": "city",
    "Locality": "city",
}


# Markdown emphasis: "**Jan Nowak**", "*raport*", "__Uwaga__" (not an underscore inside a word).
EMPHASIS = re.compile(r"\*+|(?<!\w)_+(?=\w)|(?<=\w)_+(?!\w)")


@dataclass(frozen=True)
class Fact:
    s: str
    p: str
    o: Object
    sentence: Sentence


@dataclass
class NewEntity:
    iri: str
    cls: str
    label_pl: str
    label_en: str
    sentence: Sentence
    alt_labels: set[str] = field(default_factory=set)


@dataclass
class Event:
    iri: str
    kind: str  # TeamMeeting | Meeting | Conference
    city: str | None  # None: a dated meeting or conference whose city the page does not name
    sentence: Sentence
    first: object | None = None
    last: object | None = None
    year: int | None = None
    context: list[Sentence] = field(default_factory=list)
    title: tuple[str, Sentence] | None = None  # its own name, and the sentence that gives it
    online: bool = False  # held online: a video conference, no city


CAPITAL_ADJECTIVE = "stołeczny"
CAPITAL = "warszawa"


@dataclass
class Reference:
    """What the rules need to know of the reference data beyond names."""

    gazetteer: Gazetteer
    office_of_city: dict[str, str]
    city_locative: dict[str, str]
    team: str | None
    city_of_adjective: dict[str, str] = field(default_factory=dict)  # "gdański" -> city IRI
    city_associations: frozenset[str] = frozenset()  # associations cities are members of (UMP)
    members: dict[str, frozenset[str]] = field(default_factory=dict)  # association -> its cities
    city_slugs: frozenset[str] = frozenset()  # slugs of every name of a reference city
    # the reference people by surname: "Krupa" -> ((person IRI, the city of their posts), …)
    people_by_surname: dict[str, tuple[tuple[str, str | None], ...]] = field(default_factory=dict)
    # an organisation -> its unit for Poland ("UNHCR" -> "UNHCR Polska")
    polish_unit: dict[str, str] = field(default_factory=dict)

    def city_of_adjective_form(self, word: str) -> str | None:
        """The city whose adjective the word is, in any case and gender ("łódzkiego",
        "gdańskiej"); "stołeczny" is the capital's ("stołeczny ratusz" is Warsaw's)."""
        for lemma, tag, _ in analyses(word):
            lemma = lemma.split(":")[0].lower()
            if not tag.startswith("adj"):
                continue
            if lemma == CAPITAL_ADJECTIVE:
                return next((c for c in self.office_of_city if c.endswith("/" + CAPITAL)), None)
            if lemma in self.city_of_adjective:
                return self.city_of_adjective[lemma]
        return None

    @cached_property
    def city_of_office(self) -> dict[str, str]:
        """A city office -> its city (office_of_city read backwards)."""
        return {office: city for city, office in self.office_of_city.items()}


@dataclass
class DocumentContext:
    doc: SourceDocument
    base: str
    reference: Reference
    sentences: list[Sentence]
    dates: list[DateMention]
    mentions: list[Mention]
    facts: list[Fact] = field(default_factory=list)
    entities: dict[str, NewEntity] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    furniture: list[tuple[int, int]] = field(default_factory=list)  # spans of page furniture

    def fact(self, s: str, p: str, o: Object, sentence: Sentence) -> None:
        self.facts.append(Fact(s, p if p.startswith("http") else UMP + p, o, sentence))

    def entity(self, iri: str, cls: str, label_pl: str, label_en: str, sentence: Sentence) -> str:
        if iri not in self.entities and iri not in self.reference.gazetteer.entries:
            self.entities[iri] = NewEntity(iri, UMP + cls, label_pl, label_en, sentence)
        return iri

    def rename(self, renamed: dict[str, str]) -> None:
        """New things found to be other things: their facts, mentions and entities take the new
        IRIs; a new IRI of the reference data keeps no entity of the page (the reference
        describes it)."""
        if not renamed:
            return
        self.facts[:] = [
            replace(
                f,
                s=renamed.get(f.s, f.s),
                o=renamed.get(f.o, f.o) if isinstance(f.o, str) else f.o,
            )
            for f in self.facts
        ]
        for old, new in renamed.items():
            entity = self.entities.pop(old, None)
            if entity is not None and new not in self.reference.gazetteer.entries:
                entity.iri = new
                self.entities[new] = entity
        self.mentions[:] = [replace(m, iri=renamed.get(m.iri, m.iri)) for m in self.mentions]

    def iri(self, kind: str, slug: str) -> str:
        return f"{self.base}id/{kind}/{slug}"

    def inside_a_name(self, at: int) -> bool:
        """Whether a point of the page lies inside a name found there (not a person's)."""
        return any(m.start <= at < m.end and m.kind != "person" for m in self.mentions)

    def mentions_in(self, sentence: Sentence, *kinds: str) -> list[Mention]:
        return [
            m
            for m in self.mentions
            if sentence.start <= m.start
            and m.end <= sentence.end
            and (not kinds or m.kind in kinds)
        ]

    def dates_in(self, sentence: Sentence) -> list[DateMention]:
        return [d for d in self.dates if sentence.start <= d.start and d.end <= sentence.end]

    def city_of_page(self) -> str | None:
        """The city a page is about: the one it names most often (first named on a tie)."""
        cities = [m.iri for m in self.mentions if m.kind == "city"]
        return max(dict.fromkeys(cities), key=cities.count) if cities else None

    def events_in(self, sentence: Sentence) -> list[Event]:
        """Events whose own sentence (or clause) lies in this sentence."""
        return [e for e in self.events if within(e.sentence, sentence)]

    def sentence_at(self, position: int) -> Sentence | None:
        return next((s for s in self.sentences if s.start <= position < s.end), None)

    def text(self, start: int, end: int) -> str:
        """The page's text between two offsets, emphasis marks blanked: "**Jan Nowak**, zastępca
        prezydenta" is read as "Jan Nowak, zastępca prezydenta" (same length, so offsets hold)."""
        return self.plain_text[start:end]

    @cached_property
    def plain_text(self) -> str:
        return EMPHASIS.sub(lambda m: " " * len(m.group()), self.doc.text)

    def kind_of(self, iri: str) -> str | None:
        entry = self.reference.gazetteer.entries.get(iri)
        if entry:
            return entry.kind
        new = self.entities.get(iri)
        return KIND_OF_CLASS.get(new.cls.removeprefix(UMP), "other") if new else None

    def label_pl(self, iri: str) -> str:
        entry = self.reference.gazetteer.entries.get(iri)
        if entry:
            return entry.label_pl
        return self.entities[iri].label_pl if iri in self.entities else iri

    def label_en(self, iri: str) -> str:
        entry = self.reference.gazetteer.entries.get(iri)
        if entry:
            return entry.label_en
        return self.entities[iri].label_en if iri in self.entities else iri


def without_names(ctx: DocumentContext, sentence: Sentence) -> str:
    text = sentence.text
    for mention in reversed(ctx.mentions_in(sentence)):
        start, end = mention.start - sentence.start, mention.end - sentence.start
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def within(part: Sentence, sentence: Sentence) -> bool:
    """A clause of a sentence (events are read per clause) lies inside it."""
    return sentence.start <= part.start and part.end <= sentence.end


def is_section_break(sentence: Sentence) -> bool:
    """A heading or a line that is only a link starts a new section of the page."""
    return bool(re.match(r"^(#+\s|\[[^\]]+\]\([^)]*\)\s*$|\*\*[^*]+\*\*\s*$)", sentence.text))


def preceded_by(text: str, start: int, pattern: str) -> bool:
    return re.search(pattern + r"\s*$", text[max(0, start - 40) : start]) is not None


def chain_from(
    ctx: DocumentContext, first: Mention, rest: list[Mention], joiner: str
) -> list[Mention]:
    """The first mention and those after it joined to the previous one by `joiner` ("A, B i
    C"), up to the first that is not."""
    chain = [first]
    for mention in rest:
        if not re.fullmatch(joiner, ctx.text(chain[-1].end, mention.start)):
            break
        chain.append(mention)
    return chain


BULLET = re.compile(r"[ \t]*(?:[-*•]|\d+[.)])\s")


def opens_item(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence starts an item of a bulleted or numbered list."""
    line_start = ctx.doc.text.rfind("\n", 0, sentence.start) + 1
    return BULLET.match(ctx.doc.text, line_start) is not None and not ctx.text(
        line_start, sentence.start
    ).strip(" \t-*•0123456789.)")


def in_item(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence stands in a bulleted or numbered item (first or later sentence)."""
    line_start = ctx.doc.text.rfind("\n", 0, sentence.start) + 1
    return BULLET.match(ctx.doc.text, line_start) is not None


def colon_intro(ctx: DocumentContext, item: Sentence) -> Sentence | None:
    """The sentence ending with a colon whose list this item belongs to ("UMP skupia 12 miast;
    w nawiasach prezydenci:" above "- Białystok (Tadeusz Truskolaski), …")."""
    if not opens_item(ctx, item):
        return None
    # (an item may itself open a list: "2. Program realizowany jest we współpracy z:" over
    # "1) Miejskim Ośrodkiem …")
    before = [
        s
        for s in ctx.sentences
        if s.end <= item.start and (not opens_item(ctx, s) or s.text.rstrip().endswith(":"))
    ]
    for intro in reversed(before[-3:]):
        if item in items_after(ctx, intro):
            return intro
    return None


def items_after(ctx: DocumentContext, sentence: Sentence) -> list[Sentence]:
    """The list items right after a sentence that ends with a colon ("Stanowisko podpisali
    prezydenci:"), each item's first sentence."""
    if not sentence.text.rstrip().rstrip("*_").rstrip().endswith(":"):
        return []  # ("**Partnerzy:**", a label in bold, ends with its colon too)
    found: list[Sentence] = []
    for following in ctx.sentences:
        if following.start < sentence.end:
            continue
        if not opens_item(ctx, following):
            if found and ctx.text(found[-1].end, following.start).count("\n") == 0:
                continue  # a second sentence of the same item
            break
        found.append(following)
    return found


def body_of_seat(ctx: DocumentContext, sentence: Sentence, city: Mention) -> Mention | None:
    """The body a city is the seat of: "(Fundacja …, Lublin)" in one bracket."""
    opened = ctx.text(sentence.start, city.start).rfind("(")
    if opened < 0 or ")" in ctx.text(sentence.start + opened, city.start):
        return None
    bodies = [
        b
        for b in ctx.mentions_in(sentence, "org", "unit")
        if sentence.start + opened < b.start and b.end <= city.start
    ]
    if not bodies or not re.fullmatch(r"\s*,\s*", ctx.text(bodies[-1].end, city.start)):
        return None
    return bodies[-1]
