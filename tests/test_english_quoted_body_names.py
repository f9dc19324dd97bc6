"""On an English page a Polish body's own name in quotes beside an English head is one body's name,
written without the quotes: 'the “Other Space” Foundation' -> "Other Space Foundation",
'Foundation “Africa Another Way”' -> "Foundation Africa Another Way" (session 23, from the opened
sets zayin and gimel: a coalition's members listed by an NGO; names.english_quoted_bodies).
Before, such names were lost, or cut to the words outside the quotes.
Cases: one to three capitalised SGJP nouns in curly or straight quotes, before or after
Foundation, Association, Society, Institute, Centre or Coalition, in sentences and list items.
Control: a quoted title beside no body's head ("the report “X” was published") names no body.
Measured on 7affbaa: 0 %; control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome
from tests.relations_templates import cases, rate, title_nouns
from ump_kg.extract.context import DocumentContext

COUNT = 120
HEADS = ("Foundation", "Association", "Society", "Institute", "Centre", "Coalition")
QUOTES = (("“", "”"), ('"', '"'))
FRAMES = (
    "The members of the Council include {name}, which works with migrants.",
    "The project was run by {name} together with the city.",
    "The coalition is made up of:\n\n- {name};\n- the city office.",
)


def quoted_name(rng: random.Random) -> tuple[str, str]:
    words = " ".join(rng.sample(title_nouns(), rng.randint(1, 3)))
    head = rng.choice(HEADS)
    opening, closing = rng.choice(QUOTES)
    if rng.random() < 0.5:
        return f"the {opening}{words}{closing} {head}", f"{words} {head}"
    return f"the {head} {opening}{words}{closing}", f"{head} {words}"


def body_case(rng: random.Random) -> tuple[str, str]:
    written, wanted = quoted_name(rng)
    return rng.choice(FRAMES).format(name=written), wanted


def title_case(rng: random.Random) -> tuple[str, str]:
    words = " ".join(rng.sample(title_nouns(), rng.randint(1, 3)))
    opening, closing = rng.choice(QUOTES)
    text = f"The report {opening}{words}{closing} was published by the city in May."
    return text, words


def bodies(ctx: DocumentContext) -> list[str]:
    return sorted(e.label_pl for e in ctx.entities.values() if e.cls.endswith("Organisation"))


def check(pages: Pages, made: tuple[str, str], wanted: bool) -> tuple[bool, str]:
    text, name = made
    ctx = pages.english.extract(text)
    found = bodies(ctx)
    ok = (name in found) if wanted else not any(name in b for b in found)
    return outcome(ctx, ok, text, f"«{name}» a body: {wanted}; found {found}")


def test_a_quoted_name_beside_an_english_head_is_one_body(pages: Pages) -> None:
    value = rate(
        "'the “Other Space” Foundation' -> 'Other Space Foundation'",
        [check(pages, m, True) for m in cases(body_case, COUNT)],
    )
    assert value >= 0.95


def test_a_quoted_title_without_a_head_names_no_body(pages: Pages) -> None:
    value = rate(
        "control: 'the report “X” was published' -> no body",
        [check(pages, m, False) for m in cases(title_case, COUNT)],
    )
    assert value >= 0.95
