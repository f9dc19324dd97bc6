"""Common given names of many origins, for person names on English pages.

Source: the US Census Bureau's 1990 list of frequently occurring first names (public domain),
as shipped in the PyPI package `names` 0.3.0 (files dist.male.first and dist.female.first; the
package is MIT-licensed and states the data are public domain). Only the names of three or more
letters are kept, capitalised. They are in international_given_names.txt beside this module
(package data, shipped in the wheel), read at import, never downloaded at run time.

ukrainian_given_names.txt adds the given names most common in Ukraine (and some Georgian ones)
in the transliteration Ukrainian and Georgian passports and English pages use (Ukraine's
national romanisation, Cabinet of Ministers resolution 55 of 2010: "Yuliia", "Serhii"), which the
1990 US list does not hold; it was written by hand for this project and is used for English pages.

A list of this kind is one cue among several: on an English page a capitalised pair is a
person's name only with a cue (a role after it, a title before it, or a given name known here
or to SGJP).
"""

from __future__ import annotations

from importlib.resources import files

INTERNATIONAL_GIVEN_NAMES = frozenset(
    files(__package__ or "ump_kg.language")
    .joinpath("international_given_names.txt")
    .read_text(encoding="utf-8")
    .split()
)

UKRAINIAN_GIVEN_NAMES = frozenset(
    files(__package__ or "ump_kg.language")
    .joinpath("ukrainian_given_names.txt")
    .read_text(encoding="utf-8")
    .split()
)
