"""Polish prepositions whose form depends on the next word."""

from __future__ import annotations

import re

# "we" before a word that starts with w or f followed by a consonant (we Wrocławiu,
# we Włocławku, we Francji), else "w" (w Warszawie, w Lublinie): the vowel breaks up a cluster
# that "w" + w/f + consonant would make; usage adds "we Lwowie" and "we mnie".
_NEEDS_VOWEL = re.compile(r"^(?:[wWfF][^aeiouyąęóAEIOUYĄĘÓ\s]|[Ll]w|[Mm]n)")


def locative_phrase(word: str) -> str:
    """'w' or 'we' with a noun in the locative: 'we Wrocławiu', 'w Gdańsku'."""
    return f"{'we' if _NEEDS_VOWEL.match(word) else 'w'} {word}"
