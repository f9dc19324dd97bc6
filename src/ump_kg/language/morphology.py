"""Polish morphology for names: all case forms of a name, and the base form of an inflected one.

Case forms are the union of two generators: polish-inflection's phrase inflection, and our own
agreement-aware generation with morfeusz2 (SGJP), which also covers plural names ("Miast
Międzykulturowych") and plurale tantum ("w Katowicach").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

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
    for word in words:
        if ACRONYM.search(word):
            break
        nouns = [] if seen_head else readings_of(word, ("subst",))
        adjectives = readings_of(word, ("adj", "ppas", "pact"))
        if nouns and not (adjectives and word[:1].isupper() and not segment):
            segment.append(nouns)
            seen_head = True
        elif adjectives:
            segment.append(adjectives)
        else:
            break
    return segment if any(r[0][1].startswith("subst") for r in segment) else []


def common_number_case(
    segment: list[list[tuple[str, str]]], case: str | None = None
) -> tuple[str, str] | None:
    """The (number, case) every word of the segment can be read in (nominative first)."""
    options = None
    for readings in segment:
        possible = {
            (n, c)
            for _, tag in readings
            for n in tag.split(":")[1].split(".")
            for c in tag.split(":")[2].split(".")
        }
        options = possible if options is None else options & possible
    if not options:
        return None
    preferred = [(n, c) for n in ("sg", "pl") for c in ((case,) if case else CASES)]
    return next((o for o in preferred if o in options), None)


def segment_lemmas(
    segment: list[list[tuple[str, str]]], number: str, case: str
) -> list[tuple[str, str]]:
    chosen = []
    for readings in segment:
        fitting = [(lem, t) for lem, t in readings if tag_has(t, 1, number) and tag_has(t, 2, case)]
        chosen.append(fitting[0] if fitting else readings[0])
    return chosen


def head_gender(readings: list[tuple[str, str]]) -> str | None:
    for _, tag in readings:
        if tag.startswith("subst"):
            return tag.split(":")[3].split(".")[0] if len(tag.split(":")) > 3 else None
    return None


def form_for(lemma: str, pos: str, number: str, case: str, gender: str | None) -> str | None:
    for form, tag in generated(lemma):
        if not tag.startswith(pos) or not tag_has(tag, 1, number) or not tag_has(tag, 2, case):
            continue
        if pos == "adj" and gender and not tag_has(tag, 3, gender):
            continue
        if pos == "adj" and not tag.endswith("pos"):
            continue
        return form
    return None


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


def first_name_lemma(word: str) -> tuple[str, str] | None:
    """(lemma, gender) if the word is a form of a first name ('Ireną' -> 'Irena', 'f').

    Where SGJP has two names with the form ('Jackiem': Jacek, Jack), the longer lemma is the
    Polish one, which the form keeps more of."""
    names = [
        (lemma, tag.split(":")[3].split(".")[0])
        for lemma, tag, quals in analyses(word)
        if "imię" in quals and tag.startswith("subst") and lemma[:1].isupper()
    ]
    return max(names, key=lambda n: (len(n[0]), n[0])) if names else None


def surname_base(word: str, gender: str, case: str | None) -> str:
    """Nominative of a surname in the given gender; unknown (foreign) surnames stay as written."""
    for lemma, tag, quals in analyses(word):
        if "nazwisko" not in quals or not tag.startswith("subst"):
            continue
        if case and not tag_has(tag, 2, case):
            continue
        for form, gtag in generated(lemma):
            if (
                gtag.startswith("subst")
                and tag_has(gtag, 1, "sg")
                and tag_has(gtag, 2, "nom")
                and tag_has(gtag, 3, gender)
            ):
                return form
        return lemma
    return word


def case_of_first_name(word: str) -> str | None:
    for _, tag, quals in analyses(word):
        if "imię" in quals and tag.startswith("subst"):
            return tag.split(":")[2].split(".")[0]
    return None


def person_base_form(words: list[str]) -> str:
    """'Ireną Guidiková' -> 'Irena Guidiková', 'Jędrzeja Solarskiego' -> 'Jędrzej Solarski'."""
    first = first_name_lemma(words[0])
    if first is None:
        return " ".join(words)
    lemma, gender = first
    case = case_of_first_name(words[0])
    return " ".join([lemma, *(surname_base(w, gender, case) for w in words[1:])])


def phrase_base_form(words: list[str]) -> str:
    """Nominative of a name phrase: the leading agreeing words change, the rest stays.

    'Europejskim Centrum Solidarności' -> 'Europejskie Centrum Solidarności'.
    """
    segment = agreeing_segment(words)
    found = common_number_case(segment) if segment else None
    if found is None:
        return " ".join(words)
    number, case = found
    readings = segment_lemmas(segment, number, case)
    gender = head_gender(readings)
    result = []
    for word, (lemma, tag) in zip(words, readings, strict=False):
        pos = "subst" if tag.startswith("subst") else "adj"
        result.append(match_case(word, form_for(lemma, pos, number, "nom", gender) or word))
    return " ".join(result + words[len(readings) :])


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
    import polish_inflection as pi

    try:
        return str(pi.odmien_fraze(name, case))
    except Exception:  # the package raises its own errors for words it cannot inflect
        return name
