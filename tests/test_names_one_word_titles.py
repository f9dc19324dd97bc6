"""One word in capitals ("w ramach rządowego programu RODAK") or a brand with capitals and
digits ("projektu ADMIn4ALL") right after the lower-case word for a programme or a project is
that programme's or project's title (session 22, from the opened set bet: a Katowice portal,
"repatrianci …, których sprowadziliśmy w ramach rządowego programu RODAK";
names.ONE_WORD_TITLE_AFTER_KIND). Before, a title needed two capitalised words.
Cases: a word of SGJP (a common noun, four to ten letters) written in capitals, or a made-up
brand (an SGJP noun's stem in capitals with a digit and a word in capitals), after "programu",
"projektu", "projekt", "program" in four sentence shapes.
Control: a word in capitals the page quotes as the start of a longer title ("projekt
MIGRACITY" … "„MIGRACITY. Lokalne …”") is no second project of its own.
Measured on the commit before: 0 %; control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, outcome
from tests.relations_templates import cases, rate, title_nouns
from ump_kg.extract.context import DocumentContext

COUNT = 110
SHAPES = (
    ("programme", "Miasto sprowadziło rodziny repatriantów w ramach rządowego programu {t}."),
    ("programme", "Lublin przystąpił do programu {t} w 2019 roku."),
    ("project", "Pracownicy projektu {t} prowadzą szkolenia dla migrantów."),
    ("project", "Fundacja realizuje projekt {t} razem z miastem."),
)


def capitals(rng: random.Random) -> str:
    while True:
        word = rng.choice(title_nouns())
        if 4 <= len(word) <= 10:
            return word.upper()


def brand(rng: random.Random) -> str:
    stem = rng.choice(title_nouns())[:5]
    return f"{stem.upper()[:3]}{stem[3:]}{rng.randint(2, 9)}{rng.choice(('ALL', 'EU', 'PL'))}"


def titled(rng: random.Random) -> tuple[str, str, str]:
    title = capitals(rng) if rng.random() < 0.7 else brand(rng)
    kind, shape = rng.choice(SHAPES)
    return shape.format(t=title), title, kind


def initiatives(ctx: DocumentContext) -> list[tuple[str, str]]:
    return sorted(
        (e.label_pl, e.cls.rsplit("/", 1)[-1])
        for e in ctx.entities.values()
        if e.cls.endswith(("Programme", "Project"))
    )


def check(pages: Pages, made: tuple[str, str, str]) -> tuple[bool, str]:
    text, title, kind = made
    ctx = pages.extract(text, "2021-09-01")
    found = initiatives(ctx)
    want = (title, "Programme" if kind == "programme" else "Project")
    return outcome(ctx, want in found, text, f"{want}; found {found}")


def quoted_later(rng: random.Random) -> tuple[str, str, str]:
    title = capitals(rng)
    rest = rng.choice(title_nouns()).lower()
    text = (
        f"Socjolodzy rozpoczynają projekt {title}. "
        f"Projekt „{title}. Lokalne polityki i {rest}” potrwa trzy lata."
    )
    return text, title, f"{title}. Lokalne polityki i {rest}"


def check_quoted(pages: Pages, made: tuple[str, str, str]) -> tuple[bool, str]:
    text, title, full = made
    ctx = pages.extract(text, "2021-09-01")
    found = [label for label, _ in initiatives(ctx)]
    return outcome(ctx, title not in found or full not in found, text, f"one project; {found}")


def test_one_word_in_capitals_after_programu_is_a_title(pages: Pages) -> None:
    value = rate(
        "'w ramach rządowego programu RODAK' -> the programme RODAK",
        [check(pages, m) for m in cases(titled, COUNT)],
    )
    assert value >= 0.95


def test_a_word_that_opens_a_quoted_title_is_not_a_second_project(pages: Pages) -> None:
    value = rate(
        "control: 'projekt MIGRACITY' … 'Projekt „MIGRACITY. Lokalne …”' -> not two projects",
        [check_quoted(pages, m) for m in cases(quoted_later, COUNT)],
    )
    assert value >= 0.98
