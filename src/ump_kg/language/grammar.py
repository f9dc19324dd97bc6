"""Small pieces of Polish grammar for generated text: the plural form a number takes (CLDR rules
through Babel: 1 naruszenie, 2 naruszenia, 5 naruszeń, 22 naruszenia) and the preposition "w"
that becomes "we" before a consonant cluster starting with w/f ("we Wrocławiu", "we Włocławku",
"we Francji", but "w Warszawie")."""

from __future__ import annotations

from functools import cache

from babel import Locale

VOWELS = set("aąeęioóuyAĄEĘIOÓUY")


@cache
def _locale(lang: str) -> Locale:
    return Locale.parse(lang)


def plural(number: int, forms: dict[str, str], lang: str = "pl") -> str:
    """'{n} {form}' with the form CLDR chooses for the number ('one', 'few', 'many', 'other');
    a missing category falls back to 'other', then 'many'."""
    category = _locale(lang).plural_form(number)
    word = forms.get(category) or forms.get("other") or forms["many"]
    return f"{number} {word}"


def in_place(locative: str) -> str:
    """'w' + a place in the locative, 'we' where Polish needs the vowel: before w or f followed
    by a consonant."""
    word = locative.strip()
    needs_vowel = (
        len(word) > 1 and word[0] in "wWfF" and word[1].isalpha() and word[1] not in VOWELS
    )
    return f"{'we' if needs_vowel else 'w'} {word}"
