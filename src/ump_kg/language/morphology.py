"""Polish morphology for names: all case forms of a name, and the base form of an inflected one.

Case forms are the union of two generators: polish-inflection's phrase inflection, and our own
agreement-aware generation with morfeusz2 (SGJP), which also covers plural names ("Miast
Międzykulturowych") and plurale tantum ("w Katowicach").
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache
from typing import Any

from .international_given_names import INTERNATIONAL_GIVEN_NAMES

CASES = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")
ACRONYM = re.compile(r"^[A-Z0-9ĄĆĘŁŃÓŚŹŻ][A-Z0-9ĄĆĘŁŃÓŚŹŻ.&-]*$|\d")


@cache
def _morfeusz() -> Any:
    import morfeusz2

    return morfeusz2.Morfeusz(expand_tags=False)


def analyses(word: str) -> list[tuple[str, str, list[str]]]:
    """(lemma without homonym suffix, tag, qualifiers) of each reading of a word."""
    return [(a[2][1].split(":")[0], a[2][2], list(a[2][3])) for a in _morfeusz().analyse(word)]


@cache
def generated(lemma: str) -> tuple[tuple[str, str], ...]:
    try:
        return tuple((g[0], g[2]) for g in _morfeusz().generate(lemma))
    except RuntimeError:
        return ()


def tag_has(tag: str, position: int, value: str) -> bool:
    parts = tag.split(":")
    return len(parts) > position and value in parts[position].split(".")


def match_case(original: str, form: str) -> str:
    if original.isupper() and len(original) > 1:
        return form.upper()
    return form[:1].upper() + form[1:] if original[:1].isupper() else form


def readings_of(word: str, pos: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(lemma, tag) for lemma, tag, _ in analyses(word) if tag.split(":")[0] in pos]


def agreeing_segment(words: list[str]) -> list[list[tuple[str, str]]]:
    """Readings of the leading words that agree as one noun phrase: adjectives, the head noun,
    adjectives. Everything after (genitive complements, 'ds. …', 'w Gdańsku') stays as it is."""
    segment: list[list[tuple[str, str]]] = []
    seen_head = False
    for index, word in enumerate(words):
        if ACRONYM.search(word):
            break
        nouns = [] if seen_head else readings_of(word, ("subst",))
        adjectives = readings_of(word, ("adj", "ppas", "pact"))
        if nouns and adjectives and not segment:
            # 'Urzędowi Kultury' is the office's dative, not the adjective 'urzędowy': a first word
            # is an adjective only where it agrees with a noun after it.
            following = readings_of(words[index + 1], ("subst",)) if index + 1 < len(words) else []
            # ("Lubelskiego Społecznego Komitetu": an adjective before another adjective that
            # agrees with the noun after both, though "Lubelskie" is also a region's name)
            agrees = agree(adjectives, following) or adjectives_then_noun(
                adjectives, words[index + 1 :]
            )
            adjectives = adjectives if agrees else []
        elif nouns and adjectives and adjective_before_its_noun(adjectives, words[index + 1 :]):
            # 'Dolnośląskiego Wojewódzkiego Urzędu Pracy': 'Wojewódzki' is also a surname, but
            # between an adjective and the noun both agree with it is an adjective
            nouns = []
        if nouns and not (adjectives and word[:1].isupper() and not segment):
            segment.append(nouns)
            seen_head = True
        elif (
            adjectives
            and seen_head
            and not tier_of_an_administration(segment, adjectives)
            and not an_organs_own(segment, adjectives)
            and modifies_next(adjectives, words[index + 1 :])
        ):
            break  # 'Biuro Wysokiego Komisarza': the adjective is the next noun's, not the head's
        elif adjectives:
            segment.append(adjectives)
        else:
            break
    return segment if any(r[0][1].startswith("subst") for r in segment) else []


def adjective_before_its_noun(adjectives: list[tuple[str, str]], rest: list[str]) -> bool:
    """Whether a capitalised word after an adjective agrees, as an adjective, with a noun
    reading of the capitalised word right after it."""
    if not rest or not rest[0][:1].isupper() or ACRONYM.search(rest[0]):
        return False
    return agree(adjectives, readings_of(rest[0], ("subst",)))


def adjectives_then_noun(adjectives: list[tuple[str, str]], rest: list[str]) -> bool:
    """Whether capitalised adjectives that agree with this one lead to a noun that agrees with
    it too ("Lubelskiego | Społecznego Komitetu")."""
    for index, word in enumerate(rest[:2]):
        if not word[:1].isupper() or ACRONYM.search(word):
            return False
        following = readings_of(word, ("adj", "ppas", "pact"))
        if not agree(adjectives, following):
            return False
        if adjective_before_its_noun(following, rest[index + 1 :]):
            return True
    return False


# An administration's tier right after its head is the head's ("Urzędu Marszałkowskiego
# Województwa Pomorskiego", "Komendy Wojewódzkiej Policji"), though it agrees with the noun
# after it too ("Biura Wysokiego Komisarza" keeps its adjective with the commissioner).
ADMINISTRATION_HEADS = frozenset(
    {"urząd", "komenda", "inspektorat", "inspekcja", "izba", "sąd", "prokuratura", "straż"}
)
TIERS = frozenset(
    {
        "marszałkowski", "wojewódzki", "miejski", "powiatowy", "gminny", "główny", "krajowy",
        "okręgowy", "rejonowy", "centralny", "państwowy", "skarbowy", "celny", "graniczny",
    }
)  # fmt: skip


def tier_of_an_administration(
    segment: list[list[tuple[str, str]]], adjectives: list[tuple[str, str]]
) -> bool:
    heads = {lemma.split(":")[0].lower() for lemma, tag in segment[-1] if tag.startswith("subst")}
    tiers = {lemma.split(":")[0].lower() for lemma, _ in adjectives}
    return bool(heads & ADMINISTRATION_HEADS) and bool(tiers & TIERS)


# Organs of a body, whose adjective right after them is their own ("Komisja Rewizyjna Unii …",
# "Rada Programowa Fundacji …"), though it agrees with the owner's noun after it too.
ORGAN_HEADS = frozenset({"komisja", "rada", "komitet", "zarząd", "kolegium", "sekretariat"})


def an_organs_own(segment: list[list[tuple[str, str]]], adjectives: list[tuple[str, str]]) -> bool:
    heads = [(lemma, tag) for lemma, tag in segment[-1] if tag.startswith("subst")]
    own = [h for h in heads if h[0].split(":")[0].lower() in ORGAN_HEADS]
    return bool(own) and agree(adjectives, own)


def modifies_next(adjectives: list[tuple[str, str]], rest: list[str]) -> bool:
    """Whether an adjective after a phrase's head agrees with a noun right after it, which then
    governs it ('Wysokiego Komisarza', 'Europejskiej Sieci'): it is part of a complement."""
    if not rest or ACRONYM.search(rest[0]):
        return False
    nouns = [r for r in readings_of(rest[0], ("subst",)) if r[0][:1].islower()]
    return agree(adjectives, nouns)


def agree(first: list[tuple[str, str]], second: list[tuple[str, str]]) -> bool:
    """Whether some readings of two words share number, case and gender."""

    def features(readings: list[tuple[str, str]]) -> set[tuple[str, str, str]]:
        return {
            (n, c, g)
            for _, tag in readings
            if len(tag.split(":")) > 3
            for n in tag.split(":")[1].split(".")
            for c in tag.split(":")[2].split(".")
            for g in tag.split(":")[3].split(".")
        }

    return bool(features(first) & features(second))


def common_number_case(
    segment: list[list[tuple[str, str]]], case: str | None = None
) -> tuple[str, str] | None:
    """The (number, case) every word of the segment can be read in (nominative first). Common
    nouns' and adjectives' readings are tried first: 'Klubie' is klub's locative before it is
    the dative of a surname Kluba."""
    common = [[r for r in readings if r[0][:1].islower()] or readings for readings in segment]
    return shared_number_case(common, case) or shared_number_case(segment, case)


def shared_number_case(
    segment: list[list[tuple[str, str]]], case: str | None
) -> tuple[str, str] | None:
    # Words of one phrase agree in number, case and gender: "Kamienicy Poznańskiego" (a feminine
    # noun, a masculine genitive) is a head and its owner, not one phrase.
    options = None
    for readings in segment:
        possible = {
            (n, c, g)
            for _, tag in readings
            for n in tag.split(":")[1].split(".")
            for c in tag.split(":")[2].split(".")
            for g in genders_of(tag)
        }
        options = possible if options is None else options & possible
    if not options:
        return None
    pairs = {(n, c) for n, c, _ in options}
    preferred = [(n, c) for n in ("sg", "pl") for c in ((case,) if case else CASES)]
    return next((o for o in preferred if o in pairs), None)


def genders_of(tag: str) -> list[str]:
    """The genders a tag allows ("*" where it names none)."""
    parts = tag.split(":")
    return parts[3].split(".") if len(parts) > 3 and parts[3][:1] in "mfn" else ["*"]


def segment_lemmas(
    segment: list[list[tuple[str, str]]], number: str, case: str
) -> list[tuple[str, str]]:
    chosen = []
    for readings in segment:
        fitting = [(lem, t) for lem, t in readings if tag_has(t, 1, number) and tag_has(t, 2, case)]
        # A common noun's reading before a proper noun's: 'Klubie' is klub's, not Kluba's.
        # An adjective before a participle of the same form ("Otwartego": otwarty, not
        # otworzyć), whose nominative cannot be generated from the verb.
        fitting.sort(
            key=lambda reading: (reading[0][:1].isupper(), reading[1].startswith(("ppas", "pact")))
        )
        chosen.append(fitting[0] if fitting else readings[0])
    return chosen


def head_gender(readings: list[tuple[str, str]]) -> str | None:
    for _, tag in readings:
        if tag.startswith("subst"):
            return tag.split(":")[3].split(".")[0] if len(tag.split(":")) > 3 else None
    return None


# Participles decline as adjectives do ("w Strzeżonym Ośrodku" -> "Strzeżony Ośrodek"): SGJP
# tags them apart, with affirmation or negation where an adjective has its degree.
PARTICIPLES = ("ppas", "pact")
AGREEING = frozenset({"adj", *PARTICIPLES})


def form_for(
    lemma: str,
    pos: str,
    number: str,
    case: str,
    gender: str | None,
    near: str | None = None,
    degree: str = "pos",
) -> str | None:
    """The lemma's form in a number and case (and gender; an adjective's degree, so that
    "Najwyższej Izby" stays "Najwyższa", not "Wysoka"). Of SGJP's variants ("dni" and the
    rare "dzienie"), the one sharing the longest beginning with `near` — the word as written
    ("Dniach" → "dni") — else the first SGJP gives."""
    found = [
        form
        for form, tag in generated(lemma)
        if tag.startswith(pos)
        and tag_has(tag, 1, number)
        and tag_has(tag, 2, case)
        and not (pos in AGREEING and gender and not tag_has(tag, 3, gender))
        and not (pos in AGREEING and not tag.endswith(degree))
    ]
    if not found or near is None:
        return found[0] if found else None
    written = near.lower()
    return max(found, key=lambda form: shared_beginning(form.lower(), written))


def shared_beginning(first: str, second: str) -> int:
    """How many letters two words share from their start."""
    return next(
        (i for i, (a, b) in enumerate(zip(first, second, strict=False)) if a != b),
        min(len(first), len(second)),
    )


def morfeusz_forms(name: str) -> set[str]:
    words = name.split(" ")
    segment = agreeing_segment(words)
    found = common_number_case(segment, "nom") if segment else None
    if found is None:
        return {name}
    number = found[0]
    readings = segment_lemmas(segment, number, "nom")
    gender = head_gender(readings)
    forms = {name}
    for case in CASES:
        new_words = []
        for word, (lemma, tag) in zip(words, readings, strict=False):
            form = form_for(lemma, tag.split(":")[0], number, case, gender)
            if form is None:
                break
            new_words.append(match_case(word, form))
        else:
            forms.add(" ".join(new_words + words[len(readings) :]))
    return forms


def polish_inflection_forms(name: str) -> set[str]:
    import polish_inflection as pi

    forms = set()
    for case in CASES:
        try:
            forms.add(pi.odmien_fraze(name, case))
        except Exception:  # the package raises its own errors for words it cannot inflect
            continue
    return forms


@cache
def case_forms(name: str) -> frozenset[str]:
    """Every case form of a name; an acronym or code stays as it is."""
    if ACRONYM.match(name):
        return frozenset({name})
    return frozenset({name} | morfeusz_forms(name) | polish_inflection_forms(name))


# --- base forms of names found in text ---------------------------------------------------------


TITLES = {"pan", "pani", "prezydent", "wiceprezydent", "marszałek", "dr", "prof", "ks", "mgr"}


@dataclass(frozen=True)
class GivenName:
    """One reading of a given name: 'Pawła' is Paweł (m1, gen/acc) or Pawła (f, nom)."""

    lemma: str
    number: str
    cases: frozenset[str]
    gender: str
    qualifiers: int = 1  # how many kinds of proper name SGJP lists the lexeme as


def word_readings(word: str) -> list[tuple[str, str, list[str]]]:
    """(lemma with its homonym suffix, tag, qualifiers) of the word read as one segment; morfeusz
    also splits 'Gronkiewicz-Waltz' at the hyphen, and those pieces are not readings of the word."""
    return [(a[2][1], a[2][2], list(a[2][3])) for a in _morfeusz().analyse(word) if a[2][0] == word]


def given_names(word: str) -> list[GivenName]:
    """Readings of a word as a given name (SGJP's qualifier 'imię'); titles such as 'Pan' that
    SGJP also lists as a name are not names."""
    if word.lower() in TITLES:
        return []
    found = []
    for lemma, tag, quals in word_readings(word):
        parts = tag.split(":")
        if "imię" in quals and parts[0] == "subst" and lemma[:1].isupper() and len(parts) > 3:
            for number in parts[1].split("."):
                found.append(
                    GivenName(
                        lemma.split(":")[0],
                        number,
                        frozenset(parts[2].split(".")),
                        parts[3].split(".")[0],
                        len(quals),
                    )
                )
    return found


def first_name_lemma(word: str) -> tuple[str, str] | None:
    """(lemma, gender) if the word is a form of a first name ('Ireną' -> 'Irena', 'f').

    A singular reading wins over a plural one ('Krzysztof' is not the genitive plural of
    Krzysztofa); where SGJP has two names with the form ('Jackiem': Jacek, Jack), the longer
    lemma is the Polish one, which the form keeps more of."""
    names = given_names(word)
    if not names:
        return None
    best = min(names, key=lambda n: (n.number != "sg", -n.qualifiers, -len(n.lemma), n.lemma))
    return best.lemma, best.gender


def capitalised(form: str) -> str:
    return form[:1].upper() + form[1:]


def nominative_of(lemma: str, pos: str, gender: str) -> str | None:
    """The singular nominative of a lexeme in the given gender ('Kowalska', 'biały:A' f -> 'biała')."""
    for form, tag in generated(lemma):
        if (
            tag.startswith(pos)
            and tag_has(tag, 1, "sg")
            and tag_has(tag, 2, "nom")
            and (pos == "subst" or tag_has(tag, 3, gender))
            and (pos != "adj" or tag.endswith("pos"))
        ):
            return form
    return None


def reading_fits(tag: str, case: str, genders: tuple[str, ...]) -> bool:
    parts = tag.split(":")
    return (
        len(parts) > 3
        and tag_has(tag, 1, "sg")
        and tag_has(tag, 2, case)
        and any(g in parts[3].split(".") for g in genders)
    )


# A woman's surname that ends in a consonant or -o/-e/-i/-u/-y does not decline ('Anny Kos',
# 'Hanny Gronkiewicz-Waltz'); a man's does, so a man's surname written as in the nominative
# after an oblique given name is a poor reading.
INDECLINABLE_FOR_WOMEN = re.compile(r"[^aąę]$")


def surname_part_options(part: str, gender: str, case: str) -> list[tuple[int, str]]:
    """(cost, nominative) of one part of a surname read in the given gender and case.

    Cost 0: SGJP knows it as a surname in that gender and case ('Żuka' m1 gen -> 'Żuk',
    'Kowalskiej' f gen -> 'Kowalska'); 1: an adjective or common noun that agrees ('Białej' ->
    'Biała'), or a word SGJP does not know ('Guidiková'), or a woman's surname that does not
    decline; 3: a known word that cannot be read so, kept as written."""
    options: list[tuple[int, str]] = []
    genders = ("m1", "m2", "m3") if gender.startswith("m") else (gender,)
    readings = word_readings(part)
    for lemma, tag, quals in readings:
        pos = tag.split(":")[0]
        if pos == "subst" and reading_fits(tag, case, genders):
            cost = 0 if "nazwisko" in quals else 1
            base = nominative_of(lemma, "subst", gender) or lemma.split(":")[0]
            options.append((cost, capitalised(base)))
        elif pos == "adj" and reading_fits(tag, case, (gender,)):
            adjective = nominative_of(lemma, "adj", gender)
            if adjective:
                options.append((1, capitalised(adjective)))
    unknown = not readings or all(t.startswith("ign") for _, t, _ in readings)
    if unknown:
        options += [(1, base) for base in adjectival_by_analogy(part, gender, case)]
    if gender.startswith("m") and not any(cost == 0 for cost, _ in options):
        options += [(1, stem) for stem in masculine_noun_stem(part, case)]
    if gender.startswith("m") and unknown:
        options += [(1, base) for base in unknown_masculine_nominatives(part, case)]
    feminine = feminine_adjectival_nominative(part, case) if unknown and gender == "f" else None
    if feminine:
        options.append((1, feminine))
    as_written = unknown or (gender == "f" and bool(INDECLINABLE_FOR_WOMEN.search(part)))
    if unknown and (inflected_adjectival(part) or feminine or NO_NOMINATIVE.search(part)):
        as_written = False  # 'Kerskim', 'Guidikovą' are not how anyone's surname is written
    options.append((1 if as_written else 3, part))
    return options


# An adjectival surname SGJP does not know ('Kerskiego') declines like one it knows: the
# ending after -sk-/-ck-/-dzk- is read on a known surname with the same stem consonants.
# The last -sk-/-ck-/-dzk- starts the adjectival ending ("Ruskowski" → "Rusko" + "wski" would
# probe "Kowalskowski", unknown again, without end).
ADJECTIVAL_SURNAME = re.compile(r"^(?P<stem>\w+)(?P<ending>(?:sk|ck|dzk)[^\W\d_]*)$")
ANALOGUE_STEMS = {"s": "Kowal", "c": "Nowi", "d": "Gro"}


def feminine_adjectival_nominative(word: str, case: str) -> str | None:
    """A woman's surname SGJP does not know, with a feminine adjective's oblique ending
    ('Guidikovą', 'Novákovej'): foreign -ová/-á surnames decline so in Polish; the nominative
    ends in -a. A nominative never ends in -ą or -ej."""
    if word.endswith("ą") and case in ("acc", "inst"):
        return word[:-1] + "a"
    if word.endswith("ej") and len(word) > 4 and case in ("gen", "dat", "loc"):
        return word[:-2] + "a"
    return None


# A man's surname SGJP does not know as one declines as a masculine noun: "Tomasza Sieniowa",
# "Tomaszem Sieniowem", "Tomaszowi Sieniowowi" are "Tomasz Sieniow". Only endings after a hard
# consonant are taken off, which no stem alternation follows ("Jankiem" is "Janek", not
# "Jank"). Nor does any follow j, s, ż or ch, which foreign names end in ("Romanem Kabaczijem",
# "Andrija Lubinetsa" are "Roman Kabaczij", "Andrij Lubinets"); c and l do take one ("Adamcem"
# is "Adamiec", "Wróblem" "Wróbel").
MASCULINE_NOUN_ENDINGS = {"gen": "a", "acc": "a", "dat": "owi", "inst": "em"}
HARD_STEM = re.compile(r"(?:[bdfłmnprtwzsjż]|ch)$")


# A man's surname in -a declines as a woman's noun does ("z Lechem Wałęsą", "Andrijem
# Deszczycą"): an unknown surname after a man's given name, in the -a declension's accusative
# (-ę), instrumental (-ą) or genitive (-y; -i after k and g), is back in -a. No nominative ends
# in -ę or -ą; the dative and locative (-e with a softened stem) are left as written.
A_DECLENSION = {
    "acc": re.compile(r"(?<=\w\w)ę$"),
    "inst": re.compile(r"(?<=\w\w)ą$"),
    "gen": re.compile(r"(?<=\w[bcdfłmnprstwzż])y$|(?<=\w[kg])i$"),
}
# A foreign surname in -i declines as an adjective ("Marca Rossiego", "z Rossim"), and a stem in
# k or g takes -iem in the instrumental ("z Tarasem Hryhorczukiem"): unknown words, read back.
SOFT_ADJECTIVAL = {
    "gen": re.compile(r"(?<=\w\w)iego$"),
    "acc": re.compile(r"(?<=\w\w)iego$"),
    "dat": re.compile(r"(?<=\w\w)iemu$"),
    "inst": re.compile(r"(?<=\w\w)im$"),
}
VELAR_INSTRUMENTAL = re.compile(r"(?<=\w\w[kg])iem$")
# (a nominative never ends so: the word as written is no surname's base form)
NO_NOMINATIVE = re.compile(r"(?:ę|ą)$")


def masculine_a_declension(word: str, case: str) -> list[str]:
    """ "Deszczycą" (inst) → "Deszczyca", "Deszczycy" (gen) → "Deszczyca", "Kostki" → "Kostka"."""
    ending = A_DECLENSION.get(case)
    return [word[:-1] + "a"] if ending is not None and ending.search(word) else []


def unknown_masculine_nominatives(word: str, case: str) -> list[str]:
    """An unknown man's surname read back from its case: the -a declension's forms, an
    adjectival -i surname's ("Rossiego" → "Rossi"), a velar stem's instrumental
    ("Hryhorczukiem" → "Hryhorczuk")."""
    found = masculine_a_declension(word, case)
    soft = SOFT_ADJECTIVAL.get(case)
    if soft is not None and soft.search(word):
        found.append(soft.sub("i", word, count=1))
    if case == "inst" and VELAR_INSTRUMENTAL.search(word):
        found.append(word[:-3])
    return found


# A foreign man's name in a consonant takes these endings as a Polish masculine noun does.
FOREIGN_MANS_ENDINGS = {"gen": ("a",), "acc": ("a",), "inst": ("em",), "dat": ("owi",)}


def foreign_mans_nominative(word: str, case: str) -> str:
    """A word of a foreign man's name no dictionary knows, read back from the case its post
    gives it: "Rasheda" (gen) → "Rashed", "Mustafy" → "Mustafa", "Sarwarem" (inst) → "Sarwar",
    "Sarwarowi" (dat) → "Sarwar"; as written where no ending fits."""
    found = unknown_masculine_nominatives(word, case)
    if found:
        return found[0]
    for ending in FOREIGN_MANS_ENDINGS.get(case, ()):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def masculine_noun_stem(word: str, case: str) -> list[str]:
    ending = MASCULINE_NOUN_ENDINGS.get(case)
    if ending is None or not word.endswith(ending) or len(word) - len(ending) < 3:
        return []
    stem = word[: -len(ending)]
    return [stem] if HARD_STEM.search(stem) else []


def inflected_adjectival(word: str) -> bool:
    """An adjectival surname in an oblique form ('Kerskiego', 'Kerskiej'), not a nominative."""
    match = ADJECTIVAL_SURNAME.match(word)
    return match is not None and not match.group("ending").endswith(("i", "a"))


def adjectival_by_analogy(word: str, gender: str, case: str) -> list[str]:
    match = ADJECTIVAL_SURNAME.match(word)
    if match is None:
        return []
    analogue = ANALOGUE_STEMS[match.group("ending")[0]]
    probe = analogue + match.group("ending")
    if probe == word:
        return []  # the analogue itself is unknown: nothing to learn from it
    found = []
    for cost, base in surname_part_options(probe, gender, case):
        if cost == 0 and base.startswith(analogue):
            found.append(match.group("stem") + base[len(analogue) :])
    return found


def surname_nominative(surname: str, gender: str, case: str) -> tuple[int, str]:
    """(cost, nominative) of a surname; each part of a double-barrelled one changes on its own
    ('Nowaka-Jeziorańskiego' -> 'Nowak-Jeziorański', 'Gronkiewicz-Waltz' stays)."""
    cost, parts = 0, list[str]()
    for part in surname.split("-"):
        part_cost, base = min(
            surname_part_options(part, gender, case),
            key=lambda option: (
                option[0],
                option[0] == 0 and not keeps_the_written_stem(option[1], part, gender),
                option[1],
            ),
        )
        cost, parts = cost + part_cost, [*parts, base]
    return cost, "-".join(parts)


# The e that drops out of a declined surname ('Bolek' -> 'Bolkiem', 'Wróbel' -> 'Wróbla').
MOBILE_E = re.compile(r"e([^\W\daeiouyąęó]+)$")


def keeps_the_written_stem(nominative: str, written: str, gender: str) -> bool:
    """A man's surname declines by its ending: the written form starts with the nominative, or
    with it less a mobile e ('Brykiem' <- 'Bryk', 'Bolkiem' <- 'Bolek'). SGJP also lists
    '-kiem' under some surnames in -c ('Bryc', 'Rac'), so 'Józefem Brykiem' read that way
    would make a man the page does not name; where two surnames SGJP lists read the form, the
    one that keeps the written stem is the name. (Readings of surnames SGJP does not list are
    guesses from the ending, 'Katuki' -> 'Katuka', and are not weighed so.)"""
    if not gender.startswith("m"):
        return True  # a woman's surname declines as an adjective or not at all
    base, form = nominative.lower(), written.lower()
    return form.startswith((base, MOBILE_E.sub(r"\1", base)))


@dataclass(frozen=True)
class PersonName:
    """A resolved name: given name and surname(s) in the nominative, with how well they agree."""

    base: str
    gender: str
    case: str
    cost: int


def person_name(words: list[str], before: tuple[str, ...] = ()) -> PersonName | None:
    """The reading of 'given name + surname(s)' in which every word agrees with the given name in
    gender and case. The surname never changes the given name: the given name's readings are
    SGJP's, and the surname is read in their gender ('Krzysztof Żuk', not 'Krzysztofa Żuk';
    'Aleksandrze Dulkiewicz' -> 'Aleksandra Dulkiewicz').

    Readings are ranked: a singular given name; the best agreement of the surname; agreement
    with the words before the name (`before`, nearest last: a title in apposition, 'prezydencie
    Bogdanie', and a preposition's case, 'z Ireną'); the given name as written (nominative);
    then the lexeme SGJP lists as more kinds of proper name ('Robert', imię and nazwisko, over
    'Roberto'), and the longer lemma ('Jacek' over 'Jack')."""
    context = context_constraints(before)
    candidates = []
    readings = given_names(words[0])
    lacking = womans_name_sgjp_lacks(words[0], readings)
    if lacking is not None and len(words) > 1 and all(CONSONANT_END.search(w) for w in words[1:]):
        # "Mariana Kowalczuk", "Mariana Ravliuk": a man's surname in a consonant declines
        # ("Mariana Kowalczuka"), so one written as in the nominative is a woman's
        readings.append(lacking)
    for given in readings:
        for case in sorted(given.cases, key=CASES.index):
            cost, bases = 0, [given.lemma]
            for surname in words[1:]:
                part_cost, base = surname_nominative(surname, given.gender, case)
                cost, bases = cost + part_cost, [*bases, base]
            rank = (
                given.number != "sg",
                cost,
                sum(not satisfies(case, given.gender, c) for c in context),
                case != "nom",
                -given.qualifiers,
                -len(given.lemma),
                given.lemma,
            )
            candidates.append((rank, PersonName(" ".join(bases), given.gender, case, cost)))
    return min(candidates, key=lambda c: c[0])[1] if candidates else None


CONSONANT_END = re.compile(r"[^\W\daeiouyąęó]$")


def womans_name_sgjp_lacks(word: str, readings: list[GivenName]) -> GivenName | None:
    """'Mariana', 'Jana', 'Michaela': a woman's given name in -a that SGJP does not list and
    reads only as a man's genitive or accusative (Marian, Jan, Michael); the census list of
    given names has it."""
    if not word.endswith("a") or word not in INTERNATIONAL_GIVEN_NAMES or not readings:
        return None
    if any(n.gender == "f" or "nom" in n.cases for n in readings):
        return None
    return GivenName(word, "sg", frozenset({"nom"}), "f", 0)


# Titles that do not change with case or gender ('dr hab.', 'prof.') say nothing of either.
INVARIABLE_TITLE = re.compile(r"^(?:dr|mgr|inż|hab|prof|ks|doc|red|płk|gen)\.?$", re.IGNORECASE)


Constraint = frozenset[tuple[str, str]]  # the (case, gender) pairs allowed; gender '*' is any


def satisfies(case: str, gender: str, constraint: Constraint) -> bool:
    return (case, gender) in constraint or (case, "*") in constraint


def context_constraints(before: tuple[str, ...]) -> list[Constraint]:
    """What the words before a name say of its case and gender: a noun or adjective in apposition
    agrees in both ('prezydentem Pawłem', 'panią Anną', 'przewodniczącej Annie'), a preposition
    governs the case ('z', 'o', 'dla'). Only readings some name could have are kept, so an
    unrelated word before the name ('wystąpienie Pawła') constrains nothing."""
    constraints: list[Constraint] = []
    for word in reversed(before[-3:]):
        if INVARIABLE_TITLE.match(word):
            continue
        if not word[-1:].isalpha():
            break  # a sentence or clause ends before the name
        readings = [(tag.split(":"), lemma) for lemma, tag, _ in analyses(word.lower())]
        governed = {c for parts, _ in readings if parts[0] == "prep" for c in parts[1].split(".")}
        if governed:
            constraints.append(frozenset((c, "*") for c in governed))
            break
        agreeing = {
            (c, g)
            for parts, _ in readings
            if parts[0] in ("subst", "adj") and len(parts) > 3 and "sg" in parts[1].split(".")
            for c in parts[2].split(".")
            for g in parts[3].split(".")
            if g in ("m1", "f")
        }
        if not agreeing or not word[:1].islower():
            break
        constraints.append(frozenset(agreeing))
    return constraints


def surname_base(word: str, gender: str, case: str | None) -> str:
    """Nominative of a surname in the given gender; unknown (foreign) surnames stay as written."""
    if case is None:
        return min(surname_nominative(word, gender, c) for c in CASES)[1]
    return surname_nominative(word, gender, case)[1]


def case_of_first_name(word: str) -> str | None:
    names = sorted(given_names(word), key=lambda n: n.number != "sg")
    return min(names[0].cases, key=CASES.index) if names else None


def person_base_form(words: list[str], before: tuple[str, ...] = ()) -> str:
    """'Ireną Guidiková' -> 'Irena Guidiková', 'Jędrzeja Solarskiego' -> 'Jędrzej Solarski'."""
    found = person_name(words, before)
    return found.base if found else " ".join(words)


def phrase_base_form(
    words: list[str], heads: AbstractSet[str] = frozenset(), singular: bool = False
) -> str:
    """Nominative of a name phrase: the leading agreeing words change, the rest stays.

    'Europejskim Centrum Solidarności' -> 'Europejskie Centrum Solidarności'. Where the caller
    knows the head noun's lemma (a body's name is headed by a word for a body), `heads` keeps
    the head's readings of those lemmas: 'W Klubie …' is klub's locative, not kluba's dative.
    `singular` names one of a plural's things ('Centra Integracji' -> 'Centrum Integracji').
    """
    segment = with_head_lemmas(agreeing_segment(words), heads)
    found = common_number_case(segment) if segment else None
    while found is None and len(segment) > 1 and segment[-1][0][1].split(":")[0] != "subst":
        # 'Stowarzyszeniem Interkulturalni PL': an adjective after the head that does not agree
        # with it is part of the proper name, not of the phrase that declines.
        segment = segment[:-1]
        found = common_number_case(segment)
    if found is None:
        return " ".join(words)
    number, case = found
    readings = segment_lemmas(segment, number, case)
    gender = head_gender(readings)
    number = "sg" if singular else number
    result = []
    for word, (lemma, tag) in zip(words, readings, strict=False):
        pos = tag.split(":")[0] if tag.startswith(PARTICIPLES) else "adj"
        pos = "subst" if tag.startswith("subst") else pos
        degree = tag.rsplit(":", 1)[-1] if tag.endswith((":com", ":sup", ":aff", ":neg")) else "pos"
        form = form_for(lemma, pos, number, "nom", gender, near=word, degree=degree)
        if form and "-" in word and "-" not in form:
            head = word.rfind("-") + 1
            if any(tag == "adja" for _, tag, _ in analyses(word)):
                # "Kujawsko-Pomorskim": a compound adjective declines in its last part only.
                result.append(word[:head] + match_case(word[head:], form))
            else:
                result.append(word)  # a double name ("Gronkiewicz-Waltz") stays as written
        else:
            result.append(match_case(word, form or word))
    return " ".join(result + words[len(readings) :])


def with_head_lemmas(
    segment: list[list[tuple[str, str]]], heads: AbstractSet[str]
) -> list[list[tuple[str, str]]]:
    for index, readings in enumerate(segment):
        kept = [r for r in readings if r[1].startswith("subst") and r[0].lower() in heads]
        if kept:
            return [*segment[:index], kept, *segment[index + 1 :]]
    return segment


def plural_only(name: str) -> bool:
    """Whether a one-word name is a plurale tantum ('Kielce', 'Tychy', 'Suwałki': SGJP's 'pt')."""
    return " " not in name and any(
        lemma == name and "pt" in tag.split(":") for lemma, tag, _ in analyses(name)
    )


def town_in_an_office_name(town: str) -> str:
    """The town as an office's or a mayor's name writes it after 'Miasta': in the genitive
    ('Urząd Miasta Sopotu', 'Prezydent Miasta Krakowa'), but a town whose name is plural only
    stands in the nominative, in apposition ('Urząd Miasta Kielce', 'Prezydent Miasta Tychy'),
    as such towns name their own offices ('Urząd Miasta Katowice' in the reference)."""
    return town if plural_only(town) else case_form(town, "gen")


def case_form(name: str, case: str) -> str:
    """One case form of a name ('Kraków', 'gen' -> 'Krakowa'; 'Katowice', 'loc' -> 'Katowicach').

    A place name's own reading wins over homonyms ('Poznań' is also an indeclinable surname)."""
    if " " not in name:
        readings = (
            [(g[0], g[2], list(g[3])) for g in _morfeusz().generate(name)]
            if generated(name)
            else []
        )
        fitting = [
            (f, q)
            for f, t, q in readings
            if t.startswith("subst") and tag_has(t, 2, case) and f[:1] == name[:1]
        ]
        fitting.sort(
            key=lambda fq: ("nazwa_geograficzna" not in fq[1], fq[0] == name and case != "nom")
        )
        if fitting:
            return str(fitting[0][0])
    by_words = words_in_case(name, case)
    if by_words is not None:
        return by_words
    import polish_inflection as pi

    try:
        return str(pi.odmien_fraze(name, case))
    except Exception:  # the package raises its own errors for words it cannot inflect
        return name


PLACE_QUALIFIERS = frozenset({"nazwa_geograficzna", "człon_nazwy_geograficznej"})


def words_in_case(name: str, case: str) -> str | None:
    """A place's name of several words put in a case word by word, as Polish declines it: its
    head is a word SGJP reads as a place's noun (one that is no adjective first, else the last:
    "Nowa Ruda"), in the reading its adjectives agree with; an adjective agreeing with the head
    declines with it, another place's noun on its own ("Gorzów Wielkopolski" -> "Gorzowie
    Wielkopolskim", "Ruda Śląska" -> "Rudzie Śląskiej", "Bielsko-Biała" -> "Bielsku-Białej",
    "Tarnowskie Góry" -> "Tarnowskich Górach"). None for a name with another word ("Urząd
    Miasta", "Kostrzyn nad Odrą")."""
    parts = re.split(r"([ -])", name)
    words = parts[::2]
    nouns = [place_nouns(w) for w in words]
    candidates = [i for i, n in enumerate(nouns) if n]
    if len(words) < 2 or not candidates:
        return None
    pure = [i for i in candidates if not readings_of(words[i], ("adj",))]
    at = pure[0] if pure else candidates[-1]
    others = [w for i, w in enumerate(words) if i != at and not nouns[i]]
    head = next(
        (n for n in nouns[at] if all(agreeing_adjective(w, n) for w in others)), nouns[at][0]
    )
    made = []
    for index, word in enumerate(words):
        adjective = agreeing_adjective(word, head) if index != at else None
        if adjective:
            form = form_of(adjective, "adj", head[1], case, head[2])
        elif nouns[index]:
            lemma, number, _ = nouns[index][0]
            form = form_of(lemma, "subst", number, case, None)
        else:
            return None
        if form is None:
            return None
        made.append(match_case(word, form))
    parts[::2] = made
    return "".join(parts)


def agreeing_adjective(word: str, noun: tuple[str, str, str]) -> str | None:
    """The lemma of the word read as an adjective in the nominative agreeing with the noun."""
    return next(
        (
            lemma
            for lemma, tag in readings_of(word, ("adj",))
            if tag_has(tag, 2, "nom") and tag_has(tag, 1, noun[1]) and tag_has(tag, 3, noun[2])
        ),
        None,
    )


def place_nouns(word: str) -> list[tuple[str, str, str]]:
    """(lemma, number, gender) of each reading of the word as a place's noun, or a word of one,
    in the nominative that is its own lemma ("Góra", "Góry", "Biała", "Zdrój"; "Ostrów" is
    masculine and feminine)."""
    found = []
    for lemma, tag, qualifiers in analyses(word):
        parts = tag.split(":")
        if (
            parts[0] == "subst"
            and tag_has(tag, 2, "nom")
            and lemma == word
            and PLACE_QUALIFIERS & set(qualifiers)
        ):
            found.append((lemma, parts[1], parts[3].split(".")[0]))
    return found


def form_of(lemma: str, pos: str, number: str, case: str, gender: str | None) -> str | None:
    """morfeusz2's form of a lexeme in a number and case (an adjective also in a gender)."""
    for form, tag in generated(lemma) if lemma else ():
        parts = tag.split(":")
        if parts[0] != pos or parts[1] != number or not tag_has(tag, 2, case):
            continue
        if gender is not None and (gender not in parts[3].split(".") or parts[-1] != "pos"):
            continue
        return form
    return None
