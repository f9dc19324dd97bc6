"""Generated material for the relation tests: people, cities, organisations, titles and dates,
every inflected form made by morfeusz2's generator (SGJP), none written by hand.

People are drawn, with a fixed seed, from SGJP itself: its capitalised lemmas (as listed by the
polish-inflection-data index of SGJP) are read with morfeusz2, and a given name is a lexeme SGJP
marks 'imię', a surname one it marks 'nazwisko', in the gender it is used in. Cities are the
twelve of graph/reference/cities.ttl, organisations those of graph/reference/organisations.ttl,
both by their Polish labels (and, for English pages, their English ones).

The bars, the number of cases and the measuring helpers (rate, tallied) the generated-property
tests share are here too.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import rdflib
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from ump_kg.language.prepositions import locative_phrase

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "graph" / "reference"
SEED = 20260417
CASES = ("nom", "gen", "dat", "acc", "inst", "loc")
MONTHS_GEN = (
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia"
).split()
MONTHS_LOC = (
    "styczniu lutym marcu kwietniu maju czerwcu lipcu sierpniu wrześniu październiku listopadzie "
    "grudniu"
).split()
MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()
PROPER = {"imię", "nazwisko", "nazwa_geograficzna"}
T = TypeVar("T")

POSITIVE = 0.95  # a rule holds on at least this share of generated cases
NEGATIVE = 0.98  # a negative control yields no fact on at least this share
COUNT = 105  # cases per rule (hypothesis may repeat a seed; at least 100 remain)
PUBLISHED = "2024-12-31"  # after every generated date
PUBLISHED_2017 = "2017-07-05"  # pages about the 2017 declaration


# --- morfeusz2 -------------------------------------------------------------------------------


@cache
def morfeusz() -> Any:
    import morfeusz2

    return morfeusz2.Morfeusz(expand_tags=False)


def tag_parts(tag: str) -> list[list[str]]:
    return [part.split(".") for part in tag.split(":")]


def readings(word: str) -> list[tuple[str, list[list[str]], list[str]]]:
    """(lexeme with homonym suffix, tag parts, qualifiers) of the word read as a whole."""
    return [
        (str(lemma), tag_parts(tag), list(quals))
        for _, _, (orth, lemma, tag, quals, _) in morfeusz().analyse(word)
        if orth == word
    ]


@cache
def generated(lexeme: str) -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    try:
        found = morfeusz().generate(lexeme)
    except RuntimeError:
        return ()
    return tuple((str(g[0]), tuple(tuple(p) for p in tag_parts(g[2]))) for g in found)


def form(lexeme: str, pos: str, number: str, case: str, gender: str | None = None) -> str | None:
    """The first form morfeusz2 generates for the lexeme in a number and case (and gender)."""
    for orth, parts in generated(lexeme):
        if (
            parts[0] == (pos,)
            and number in parts[1]
            and case in parts[2]
            and (gender is None or len(parts) < 4 or gender in parts[3])
            and (pos != "adj" or parts[-1] == ("pos",))
        ):
            return orth
    return None


def noun_lexeme(word: str, qualifier: str | None, gender: str | None) -> tuple[str, str] | None:
    """(lexeme, number) of the word read as a nominative noun (with the qualifier, gender)."""
    for lexeme, parts, quals in readings(word):
        if (
            parts[0] == ["subst"]
            and "nom" in parts[2]
            and (qualifier is None or qualifier in quals)
            and (gender is None or gender in parts[3])
        ):
            return lexeme, "pl" if "pt" in parts[-1] else parts[1][0]
    return None


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- SGJP lemmas -------------------------------------------------------------------------------


UPPER = "ABCDEFGHIJKLMNOPRSTUWZĆŁŚŹŻ"
VOWELS = "aeiouy"


@cache
def sgjp_index() -> Any:
    import marisa_trie  # type: ignore[import-not-found]
    import polish_inflection_data  # type: ignore[import-untyped]

    path = Path(polish_inflection_data.__file__).parent / "data" / "odmien.marisa"
    trie = marisa_trie.BytesTrie()
    trie.load(str(path))
    return trie


def lemmas_under(prefixes: Iterable[str]) -> tuple[str, ...]:
    """Singular-nominative lemmas of SGJP that start with one of the prefixes, sorted. Keys of
    the index are "lemma<TAB>case<TAB>number"; one key per lemma is enough."""
    trie = sgjp_index()
    found = {
        key.split("\t")[0]
        for prefix in prefixes
        for key in trie.iterkeys(prefix)
        if key.endswith("\tnom\tsg")
    }
    return tuple(sorted(w for w in found if w.isalpha()))


@cache
def capitalised_lemmas() -> tuple[str, ...]:
    return lemmas_under(UPPER)


@cache
def common_lemmas() -> tuple[str, ...]:
    """Lower-case lemmas under forty seeded two-letter beginnings: enough for titles."""
    rng = random.Random(SEED)
    beginnings = [c + v for c in "bcdfghjklmnprstwz" for v in VOWELS]
    return lemmas_under(rng.sample(beginnings, 40))


@cache
def name_adjectives() -> tuple[str, ...]:
    """SGJP adjectives (positive degree, declined) of the kind bodies' names use: "sąsiedzki",
    "miejski", "prawny", … (under common_lemmas' beginnings)."""
    return tuple(
        w
        for w in common_lemmas()
        if 5 <= len(w) <= 12
        and w.endswith(("ski", "cki", "owy", "ny"))
        and any(parts[0] == ["adj"] for _, parts, _ in readings(w))
    )


@dataclass(frozen=True)
class Person:
    nominative: str
    gender: str  # m1 | f
    kind: str  # male | female | -ski | -ska | double-barrelled
    forms: tuple[tuple[str, str], ...]

    def form(self, case: str) -> str:
        return dict(self.forms)[case]

    @property
    def a(self) -> str:
        """The feminine past-tense ending: 'otworzył' / 'otworzyła'."""
        return "a" if self.gender == "f" else ""


POOL_SIZES = {"given-m1": 200, "given-f": 200, "surname-m1": 2000, "surname-f": 2000}


@cache
def name_pools() -> dict[str, list[tuple[str, str]]]:
    """Given names and surnames by gender: (nominative, lexeme), from a seeded draw of SGJP."""
    order = list(capitalised_lemmas())
    random.Random(SEED).shuffle(order)
    pools: dict[str, list[tuple[str, str]]] = {key: [] for key in POOL_SIZES}
    for word in order:
        if all(len(pools[k]) >= n for k, n in POOL_SIZES.items()):
            break
        found = readings(word)
        if any("nazwa_geograficzna" in quals for _, _, quals in found):
            continue  # a surname that is also a place ('Warszawa') would be read as the place
        for lexeme, parts, quals in found:
            if parts[0] != ["subst"] or parts[1] != ["sg"] or "nom" not in parts[2]:
                continue
            for gender in [g for g in ("m1", "f") if g in parts[3]]:  # a fixed order
                for kind, qualifier in (("given", "imię"), ("surname", "nazwisko")):
                    pool = pools[f"{kind}-{gender}"]
                    wanted = qualifier in quals and len(pool) < POOL_SIZES[f"{kind}-{gender}"]
                    if wanted and (word, lexeme) not in pool:
                        pool.append((word, lexeme))
    return pools


def person_forms(parts: list[tuple[str, str]], gender: str) -> tuple[tuple[str, str], ...] | None:
    """Every case form of a given name and surname(s), each part generated by morfeusz2."""
    forms = []
    for case in CASES:
        words = [form(lexeme, "subst", "sg", case, gender) for _, lexeme in parts]
        if not all(words):
            return None
        given_name, *surnames = words
        forms.append((case, f"{given_name} {'-'.join(s for s in surnames if s)}"))
    return tuple(forms)


def person_of(kind: str, rng: random.Random) -> Person | None:
    pools = name_pools()
    gender = (
        "f"
        if kind in ("female", "-ska") or (kind == "double-barrelled" and rng.random() < 0.5)
        else "m1"
    )
    surnames = pools[f"surname-{gender}"]
    if kind in ("-ski", "-ska"):
        surnames = [s for s in surnames if re.search(r"(ski|cki|dzki|ska|cka|dzka)$", s[0])]
    elif kind in ("male", "female"):
        surnames = [s for s in surnames if not re.search(r"(ski|cki|dzki|ska|cka|dzka)$", s[0])]
    count = 2 if kind == "double-barrelled" else 1
    parts = [rng.choice(pools[f"given-{gender}"]), *rng.sample(surnames, count)]
    forms = person_forms(parts, gender)
    if forms is None:
        return None
    return Person(dict(forms)["nom"], gender, kind, forms)


@cache
def people() -> tuple[Person, ...]:
    """A fixed sample: men and women, -ski/-ska surnames, double-barrelled surnames."""
    rng = random.Random(SEED)
    wanted = {"male": 80, "female": 80, "-ski": 60, "-ska": 60, "double-barrelled": 60}
    sample: list[Person] = []
    for kind, count in wanted.items():
        made = 0
        while made < count:
            person = person_of(kind, rng)
            if person is not None and person not in sample:
                sample.append(person)
                made += 1
    return tuple(sample)


# --- cities and organisations -------------------------------------------------------------------

UMP = "https://w3id.org/ump-kg/def/"
ID = "https://w3id.org/ump-kg/id/"


@dataclass(frozen=True)
class Named:
    iri: str
    label: str
    forms: tuple[tuple[str, str], ...]

    def form(self, case: str) -> str:
        return dict(self.forms)[case]

    @property
    def slug(self) -> str:
        return self.iri.rsplit("/", 1)[-1]


def polish_labels(path: Path, cls: str | None = None) -> list[tuple[str, str]]:
    graph = rdflib.Graph().parse(path)
    found = []
    for subject, label in graph.subject_objects(rdflib.RDFS.label):
        typed = cls is None or (subject, rdflib.RDF.type, rdflib.URIRef(UMP + cls)) in graph
        if isinstance(label, rdflib.Literal) and label.language == "pl" and typed:
            found.append((str(subject), str(label)))
    return sorted(found)


def city_forms(label: str) -> tuple[tuple[str, str], ...]:
    found = noun_lexeme(label, "nazwa_geograficzna", None)
    assert found, f"morfeusz2 does not know the city {label}"
    lexeme, number = found
    forms = []
    for case in CASES:
        generated_form = form(lexeme, "subst", number, case)
        assert generated_form, f"no {case} of {label}"
        forms.append((case, generated_form))
    return tuple(forms)


@cache
def cities() -> tuple[Named, ...]:
    return tuple(
        Named(iri, label, city_forms(label))
        for iri, label in polish_labels(REFERENCE / "cities.ttl", "City")
    )


def phrase_forms(label: str) -> tuple[tuple[str, str], ...] | None:
    """Case forms of a multiword name: adjectives before the head noun, the head noun and the
    adjectives after it agree and are generated; the rest (genitive complements, 'ds. …',
    'w Gdańsku') stays. A name opening with an acronym ('UNHCR Polska') does not decline."""
    words = label.split()
    if re.fullmatch(r"[A-Z]{2,}", words[0]):
        return tuple((case, label) for case in CASES)
    # (the head is a noun that is no adjective: "Polski Czerwony Krzyż", "Polska Akcja
    # Humanitarna" open with adjectives that are also nouns)
    nouns = [i for i, w in enumerate(words) if noun_lexeme(w, None, None) and w[:1].isupper()]
    head_at = next((i for i in nouns if not adjective_before(words, i)), None)
    if head_at is None:
        return None
    head, number = noun_lexeme(words[head_at], None, None) or ("", "sg")
    gender = next(parts[3][0] for lexeme, parts, _ in readings(words[head_at]) if lexeme == head)
    after = head_at + 1
    while after < len(words) and agrees_in_nominative(words[after], number, gender):
        after += 1
    forms = []
    for case in CASES:
        head_form = form(head, "subst", number, case)
        changed = [adjective_form(w, number, case, gender) for w in words[:head_at]]
        changed += [head_form]
        changed += [adjective_form(w, number, case, gender) for w in words[head_at + 1 : after]]
        made = [w for w in changed if w]
        if len(made) != after:
            return None
        written = [
            capitalise(w) if o[:1].isupper() else w
            for w, o in zip(made, words[:after], strict=True)
        ]
        forms.append((case, " ".join([*written, *words[after:]])))
    return tuple(forms)


def adjective_before(words: list[str], index: int) -> bool:
    """Whether a word of a name in the nominative is an adjective before its head rather than
    the head: it reads as an adjective and the next word stands in the nominative too ("Polski
    Czerwony Krzyż"; not "Rada Europy", whose next word is a genitive)."""
    if adjective(words[index]) is None or index + 1 >= len(words):
        return False
    mine = {
        (n, g)
        for _, parts, _ in readings(words[index])
        if parts[0] == ["adj"] and "nom" in parts[2]
        for n in parts[1]
        for g in parts[3]
    }
    return any(
        (n, g) in mine
        for _, parts, _ in readings(words[index + 1])
        if len(parts) > 3 and "nom" in parts[2]
        for n in parts[1]
        for g in parts[3]
    )


def agrees_in_nominative(word: str, number: str, gender: str) -> bool:
    """'Urząd Miejski', 'Komisja Europejska': an adjective after the head that agrees with it in
    the name's own (nominative) form; 'Biuro Wysokiego Komisarza' has a genitive complement."""
    return any(
        parts[0] == ["adj"] and number in parts[1] and "nom" in parts[2] and gender in parts[3]
        for _, parts, _ in readings(word)
    )


def adjective(word: str) -> str | None:
    return next((lexeme for lexeme, parts, _ in readings(word) if parts[0] == ["adj"]), None)


def adjective_form(word: str, number: str, case: str, gender: str) -> str | None:
    lexeme = adjective(word)
    return form(lexeme, "adj", number, case, gender) if lexeme else None


@cache
def organisations() -> tuple[Named, ...]:
    found = []
    for iri, label in polish_labels(REFERENCE / "organisations.ttl"):
        forms = phrase_forms(label)
        if forms is not None:
            found.append(Named(iri, label, forms))
    return tuple(found)


def office_of(city: Named) -> str:
    return f"{ID}organisation/urzad-miasta-{city.slug}"


def slug(iri: object) -> str:
    return str(iri).rsplit("/", 1)[-1]


def w(city: Named) -> str:
    """'w Gdańsku', 'we Wrocławiu': the city's locative after its preposition."""
    return locative_phrase(city.form("loc"))


def draw(rng: random.Random, items: tuple[Named, ...] | list[Named], k: int = 1) -> list[Named]:
    return rng.sample(list(items), k)


def listed(words: list[str]) -> str:
    """'A, B i C'."""
    return ", ".join(words[:-1]) + " i " + words[-1] if len(words) > 1 else words[0]


# --- English labels ----------------------------------------------------------------------------


@cache
def english_graph() -> rdflib.Graph:
    """The reference data with English labels: organisations, cities, initiatives."""
    graph = rdflib.Graph()
    for name in ("organisations.ttl", "cities.ttl", "initiatives.ttl"):
        graph.parse(REFERENCE / name)
    return graph


def english_label(iri: str) -> str:
    """A reference entity's English label ('Warsaw', 'Council of Europe')."""
    found = [
        str(o)
        for o in english_graph().objects(rdflib.URIRef(iri), rdflib.RDFS.label)
        if isinstance(o, rdflib.Literal) and o.language == "en"
    ]
    assert found, f"no English label of {iri}"
    return found[0]


@cache
def english_labels(iri: str) -> tuple[str, ...]:
    """A reference entity's English label and alternative labels."""
    subject = rdflib.URIRef(iri)
    return tuple(
        sorted(
            str(label)
            for prop in (rdflib.RDFS.label, rdflib.SKOS.altLabel)
            for label in english_graph().objects(subject, prop)
            if isinstance(label, rdflib.Literal) and label.language == "en"
        )
    )


# Historic exonyms the reference keeps as alternative English labels: no page of today writes them.
HISTORIC = {"Danzig", "Breslau"}


def city_in_english(rng: random.Random, city: Named) -> str:
    """One of a city's English labels (reference data): 'Cracow' or 'Kraków'."""
    return rng.choice([n for n in english_labels(city.iri) if n not in HISTORIC])


# --- titles and dates ---------------------------------------------------------------------------


@cache
def title_nouns() -> tuple[str, ...]:
    """Common nouns of SGJP (no proper-name reading when capitalised), for titles of events."""
    order = list(common_lemmas())
    random.Random(SEED + 1).shuffle(order)
    nouns = []
    for word in order[:6000]:
        if 4 <= len(word) <= 12 and noun_lexeme(word, "nazwa_pospolita", None):
            capitalised = capitalise(word)
            if not any(PROPER & set(q) for _, _, q in readings(capitalised)):
                nouns.append(capitalised)
    return tuple(nouns)


def title_noun_genitive(noun: str, capitalised: bool = True) -> str | None:
    """The genitive of a title noun ("Pościel" -> "Pościeli"), for the complement of a name."""
    found = noun_lexeme(noun.lower(), "nazwa_pospolita", None)
    made = form(found[0], "subst", found[1], "gen") if found else None
    return capitalise(made) if made and capitalised else made


@cache
def new_names(heads: tuple[str, ...], start: int, stop: int) -> tuple[Named, ...]:
    """Made-up names "<head> <SGJP noun>" ("Fundacja Kolba", "Biuro Fotoreportaż"): the heads in
    turn over a slice of title_nouns, each declined by phrase_forms, keyed "new:<label>" (a
    page makes them; tests/relations_pages.made_or_known finds the entity)."""
    found = []
    for index, noun in enumerate(title_nouns()[start:stop]):
        label = f"{heads[index % len(heads)]} {noun}"
        forms = phrase_forms(label)
        if forms is not None:
            found.append(Named(f"new:{label}", label, forms))
    return tuple(found)


def title_of(rng: random.Random) -> str:
    nouns = title_nouns()
    a, b, c = rng.sample(nouns, 3)
    return rng.choice([f"{a} i {b}", f"{a}. {b} = {c}", f"{a} – {b}", f"{a} {b.lower()}"])


@dataclass(frozen=True)
class Written:
    first: dt.date
    last: dt.date
    text: str


def date_of(rng: random.Random, ranges: bool = True) -> Written:
    start = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    tail = rng.choice([" r.", " roku", ""])
    if ranges and rng.random() < 0.3 and start.day < 27:
        last = start + dt.timedelta(days=rng.choice((1, 2)))
        return Written(
            start, last, f"{start.day}–{last.day} {MONTHS_GEN[start.month - 1]} {start.year}{tail}"
        )
    if rng.random() < 0.2:
        return Written(start, start, f"{start.day:02d}.{start.month:02d}.{start.year}{tail}")
    return Written(start, start, f"{start.day} {MONTHS_GEN[start.month - 1]} {start.year}{tail}")


# --- drawing samples with hypothesis -------------------------------------------------------------


def draw_sample(strategy: st.SearchStrategy[T], count: int) -> list[T]:
    """A fixed sample drawn by hypothesis (derandomized): the examples it generates for a test
    of `count` examples, without duplicates, in the order it made them."""
    drawn: list[T] = []

    @settings(
        derandomize=True,
        max_examples=count,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(example: T) -> None:
        if example not in drawn:
            drawn.append(example)

    collect()
    return drawn


def seeds() -> st.SearchStrategy[int]:
    """Each case is built from a seed by a seeded generator, so hypothesis' choices spread over
    the whole sample instead of shrinking towards its first elements."""
    return st.integers(min_value=0, max_value=2**32 - 1)


def rate(label: str, results: Iterable[tuple[bool, str]], show: int = 25) -> float:
    """Print the rate and the failures (pytest -s) and return the rate."""
    results = list(results)
    assert len(results) >= 100, f"{label}: only {len(results)} cases"
    failures = [text for ok, text in results if not ok]
    value = (len(results) - len(failures)) / len(results)
    print(f"\n{label}: {len(results) - len(failures)}/{len(results)} = {value:.1%}")
    for failure in failures[:show]:
        print("  FAIL " + failure)
    return value


def tally(results: list[tuple[bool, str]], keys: list[str]) -> list[tuple[str, int, int]]:
    """(key, cases that hold, cases) for each key (a template, a role word), sorted by key."""
    counts: dict[str, list[int]] = {}
    for (ok, _), key in zip(results, keys, strict=True):
        count = counts.setdefault(key, [0, 0])
        count[0] += ok
        count[1] += 1
    return [(key, held, total) for key, (held, total) in sorted(counts.items())]


def tallied(
    label: str, results: list[tuple[bool, str]], templates: list[str], show: int = 25
) -> float:
    """The rate, with the share of each template printed (which wording fails)."""
    value = rate(label, results, show)
    for template, ok_count, total in tally(results, templates):
        print(f"    {ok_count}/{total}  {template}")
    return value


def drawn_until(make: Callable[[random.Random], T | None], count: int, seed: int) -> list[T]:
    """`count` cases made by `make` from one generator seeded `seed`; a draw that makes none
    (a word with no form for the case) is drawn again, up to four times `count` draws."""
    rng = random.Random(seed)
    made: list[T] = []
    for _ in range(count * 4):
        if len(made) == count:
            break
        if (case := make(rng)) is not None:
            made.append(case)
    return made


def cases(make: Callable[[random.Random], T | None], count: int) -> list[T]:
    """`count` cases or more, each made from a hypothesis-drawn seed."""
    made = []
    for seed in draw_sample(seeds(), count):
        case = make(random.Random(seed))
        if case is not None:
            made.append(case)
    return made
