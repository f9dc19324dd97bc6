"""Ukrainian given names in the cases Polish gives them ("z Oksaną Melnyk", "wybrano Irynę
Bondarenko", "dla Tarasa Melnyka").

SGJP does not list most Ukrainian given names, so a page that names a Ukrainian coordinator in
an oblique case was read as no person. ukrainian_given_names_pl.txt (package data) holds the
common ones as Polish pages transliterate them, with their gender; here a written form is
taken back to its nominative by the endings Polish declension gives such names: a woman's
name in -a like "kobieta" (-y/-i, -ie, -ę, -ą), a man's name in a consonant like "Taras"
(-a, -owi, -em, -ie/-u), in -o like "Dmytro" (-a, -owi, -em, -ze) and in -a like "Mykoła". A
woman's Ukrainian surname (Melnyk, Bondarenko) does not decline; a man's declines as his
given name does.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from ump_kg.language.morphology import masculine_a_declension

# (ending of the written form, ending of the nominative, case) by the nominative's ending
FEMININE_A = (("ie", "a", "dat"), ("y", "a", "gen"), ("i", "a", "gen"), ("ę", "a", "acc"),
              ("ą", "a", "inst"))  # fmt: skip
MASCULINE_O = (("owi", "o", "dat"), ("em", "o", "inst"), ("ze", "o", "loc"), ("a", "o", "gen"))
MASCULINE_CONSONANT = (("owi", "", "dat"), ("iem", "", "inst"), ("em", "", "inst"),
                       ("ie", "", "loc"), ("u", "", "loc"), ("a", "", "gen"))  # fmt: skip


@cache
def given_names() -> dict[str, str]:
    """Nominative → gender ("f" or "m")."""
    text = files(__package__ or "ump_kg.language").joinpath("ukrainian_given_names_pl.txt")
    found = {}
    for line in text.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, gender = line.split()
            found[name] = gender
    return found


def nominative_given(written: str) -> tuple[str, str, str] | None:
    """(nominative, gender, case) of a listed Ukrainian given name as written, or None."""
    names = given_names()
    if written in names:
        return written, names[written], "nom"
    for nominative, gender in names.items():
        for form_end, nom_end, case in endings_of(nominative, gender):
            stem = nominative[: len(nominative) - len(nom_end)] if nom_end else nominative
            if written == stem + form_end:
                return nominative, gender, case
        if nominative.endswith("a") and written == softened_dative(nominative[:-1]):
            return nominative, gender, "dat"
    return None


# Before -e of the dative and locative Polish softens the stem's last consonant: "Mykoła" →
# "Mykole", "Ołeksandra" → "Ołeksandrze", "Łarysa" → "Łarysie".
SOFTENED = (("ł", "le"), ("r", "rze"), ("k", "ce"), ("g", "dze"), ("ch", "sze"), ("t", "cie"),
            ("d", "dzie"), ("s", "sie"), ("n", "nie"), ("w", "wie"), ("m", "mie"))  # fmt: skip


def softened_dative(stem: str) -> str | None:
    for hard, ending in SOFTENED:
        if stem.endswith(hard):
            return stem[: len(stem) - len(hard)] + ending
    return None


def endings_of(nominative: str, gender: str) -> tuple[tuple[str, str, str], ...]:
    if nominative.endswith("a"):
        return FEMININE_A  # (also "Mykoła": a man's name declined as a woman's in -a)
    if nominative.endswith("o"):
        return MASCULINE_O
    return MASCULINE_CONSONANT if gender == "m" else ()


# A surname that declines as an adjective ("Sadowy", "Zełenski", a woman's "Sadowa"), by the case
# of the given name beside it: (ending of the written form, ending of the nominative, cases)
MASCULINE_ADJECTIVE = (("kiego", "ki", "gen acc"), ("giego", "gi", "gen acc"), ("ego", "y", "gen acc"),
                       ("kiemu", "ki", "dat"), ("giemu", "gi", "dat"), ("emu", "y", "dat"),
                       ("kim", "ki", "inst loc"), ("gim", "gi", "inst loc"), ("ym", "y", "inst loc"))  # fmt: skip
FEMININE_ADJECTIVE = (("kiej", "ka", "gen dat loc"), ("giej", "ga", "gen dat loc"),
                      ("ej", "a", "gen dat loc"), ("ą", "a", "acc inst"))  # fmt: skip


def adjectival_surname(written: str, gender: str, case: str) -> str | None:
    """ "z merem Andrijem Sadowym" → "Sadowy", "z Oksaną Sadową" → "Sadowa": the nominative of
    a surname with an adjective's ending for the given name's case, or None."""
    for form_end, nom_end, cases in MASCULINE_ADJECTIVE if gender == "m" else FEMININE_ADJECTIVE:
        if (
            case in cases.split()
            and written.endswith(form_end)
            and len(written) > len(form_end) + 2
        ):
            return written[: len(written) - len(form_end)] + nom_end
    return None


def surname_nominative(written: str, gender: str, case: str) -> str:
    """A woman's Ukrainian surname as written, unless it declines as an adjective; a man's back
    from the case of his given name ("Melnyka" → "Melnyk", "Bondarenki" → "Bondarenko",
    "Sadowym" → "Sadowy")."""
    if case == "nom":
        return written
    adjectival = adjectival_surname(written, gender, case)
    if adjectival is not None:
        return adjectival
    if gender == "f":
        return written
    for form_end, nom_end in (("enki", "enko"), ("ence", "enko"), ("enkę", "enko"),
                              ("enką", "enko"), ("enkowi", "enko")):  # fmt: skip
        if written.endswith(form_end):
            return written[: len(written) - len(form_end)] + nom_end
    for form_end, _, form_case in MASCULINE_CONSONANT:
        if form_case == case and written.endswith(form_end) and len(written) > len(form_end) + 2:
            return written[: len(written) - len(form_end)]
    # ("z ambasadorem Andrijem Deszczycą": a man's surname in -a declines as a woman's noun;
    # his given name has one form for the genitive and the accusative, "Andrija", the surname
    # two, "Deszczycy" and "Deszczycię")
    cases = (case, "acc") if case == "gen" else (case,)
    return next((found for c in cases for found in masculine_a_declension(written, c)), written)
