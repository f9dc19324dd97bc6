"""A Polish body's name ends before "i"/"oraz" and an English body's name (session 36, from
misses of opened sets: "Polsko-Ukraińska Izba Gospodarcza i Foreign Personnel Service" and
"Centrum Analiz Społeczno-Ekonomicznych oraz Confederation of Norwegian Enterprise" were each
read as one body; an English name had stopped the Polish one only when its head was one of
the English heads of bodies, "Centre", "Foundation", …).

A Polish genitive complement goes on after "i" only with Polish words; a capitalised word
after "i" that Polish morphology does not know opens another name. Cases: Polish bodies' names
(a head and one or two SGJP nouns in the genitive) in the nominative, "i" or "oraz", then an English name of English words (the
English names of languages in CLDR, through Babel: "Norwegian", "Icelandic", …) and a head
that is no head of the extractor's English bodies ("Service", "Enterprise", "Confederation",
"Alliance", "Partnership", "Trust"). The Polish body is named without the English words.
Control: a complement of two SGJP nouns in the genitive joined by "i" ("Centrum Kultury i
Sztuki") stays one name.
Measured on the commit before: 4.2 % -> 98.3 % (the two left: "Czech", which SGJP knows as a Czech man); control 100 % both.
"""

from __future__ import annotations

import random
from functools import cache

from babel import Locale

from tests.relations_pages import Pages
from tests.relations_templates import capitalise, form, rate
from ump_kg.extract.context import DocumentContext
from ump_kg.language.morphology import analyses

SEED = 20261218
COUNT = 120
HEADS = ("Service", "Enterprise", "Confederation", "Alliance", "Partnership", "Trust")
BODY_HEADS = ("Centrum", "Fundacja", "Stowarzyszenie", "Instytut", "Izba")
NOUNS = ("kultura", "sztuka", "integracja", "rozwój", "edukacja", "współpraca", "dialog", "praca")


@cache
def english_words() -> tuple[str, ...]:
    names = Locale("en").languages.values()
    return tuple(
        sorted(
            {w for n in names for w in n.split() if w.isalpha() and w[:1].isupper() and len(w) > 4}
        )
    )


def labels(ctx: DocumentContext) -> set[str]:
    return {e.label_pl for e in ctx.entities.values()}


def polish_body(rng: random.Random) -> str | None:
    """ "Fundacja Rozwoju Edukacji", "Instytut Współpracy": a head and one or two SGJP nouns in
    the genitive."""
    nouns = [form(n, "subst", "sg", "gen") for n in rng.sample(NOUNS, rng.randint(1, 2))]
    if not all(nouns):
        return None
    return " ".join([rng.choice(BODY_HEADS), *(capitalise(n) for n in nouns if n)])


def english_case(pages: Pages, rng: random.Random) -> tuple[bool, str] | None:
    body = polish_body(rng)
    if body is None:
        return None
    english = " ".join([*rng.sample(english_words(), rng.randint(1, 2)), rng.choice(HEADS)])
    joiner = rng.choice(("i", "oraz"))
    text = f"Badanie zamówiły {body} {joiner} {english}, a wykonał je zespół ekspertów."
    found = labels(pages.extract(text))
    run_on = any(label.startswith(f"{body} {joiner} ") for label in found)
    return body in found and not run_on, f"{text} {sorted(found)}"


def complement_case(pages: Pages, rng: random.Random) -> tuple[bool, str] | None:
    a, b = rng.sample(NOUNS, 2)
    first, second = form(a, "subst", "sg", "gen"), form(b, "subst", "sg", "gen")
    if first is None or second is None:
        return None
    name = f"Centrum {capitalise(first)} i {capitalise(second)}"
    text = f"Badanie zamówiło {name}, a wykonał je zespół ekspertów."
    return name in labels(pages.extract(text)), text


def test_a_polish_body_ends_before_an_english_name(pages: Pages) -> None:
    rng = random.Random(SEED)
    results = [r for r in (english_case(pages, rng) for _ in range(COUNT)) if r]
    assert rate("'Izba Gospodarcza i Foreign Personnel Service'", results) >= 0.95


def test_control_a_complement_of_two_polish_nouns(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    results = [r for r in (complement_case(pages, rng) for _ in range(COUNT)) if r]
    assert rate("control: 'Centrum Kultury i Sztuki'", results) >= 0.95


# Foreign words Polish morphology happens to read ("La" as a note, "Strada" as a verb's form):
# a foreign name may open with one ("La Strada International"); the words after it tell.
OPENERS = ("La", "Le", "El", "De", "Da", "Casa", "Strada", "Porta", "Terra")


@cache
def read_openers() -> tuple[str, ...]:
    return tuple(w for w in OPENERS if any(t != "ign" for _, t, _ in analyses(w)))


def opener_case(pages: Pages, rng: random.Random) -> tuple[bool, str] | None:
    body = polish_body(rng)
    if body is None:
        return None
    english = " ".join([rng.choice(read_openers()), rng.choice(english_words()), "International"])
    joiner = rng.choice(("i", "oraz"))
    text = f"Organizatorami były {body} {joiner} {english}, a patronat objęło miasto."
    found = labels(pages.extract(text))
    run_on = any(label.startswith(f"{body} {joiner} ") for label in found)
    return body in found and not run_on, f"{text} {sorted(found)}"


def test_a_polish_body_ends_before_a_foreign_name_opening_with_a_word_polish_reads(
    pages: Pages,
) -> None:
    """Session 43, from a miss of ansuz, opened ("Fundacja La Strada przeciwko Handlowi Ludźmi
    i Niewolnictwu oraz La Strada International" was one body): a capitalised word of the run
    after "i"/"oraz" that Polish does not know opens another name, not only its first word.
    Measured on 2a523d2: 32.5 % -> 100 % (the first test above rose from 99.2 % to 100 %)."""
    assert len(read_openers()) >= 5
    rng = random.Random(SEED + 2)
    results = [r for r in (opener_case(pages, rng) for _ in range(COUNT)) if r]
    assert rate("'Fundacja X oraz La Strada International'", results) >= 0.95
