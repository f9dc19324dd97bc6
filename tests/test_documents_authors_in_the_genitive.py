"""People named in the genitive between a document's kind word and its quoted title wrote it
(session 21, from the opened set gimel: "Stowarzyszenie poleca nowy tekst dr. Adama Bulandry i
dr. Jakuba Kościółka „Rola współpracy … – dobre praktyki”").

"<kind> [<degree>] <Name, gen.> [, / i / oraz [<degree>] <Name, gen.>] [pt.] „T”" → the
document T, each person its author (names.py titled_document reads the title past degrees and
a list of names, "tekst" and "artykuł" are kind words; relations.py people_before_titles).
The kind words are declined by morfeusz2 in the case the sentence needs, the people are SGJP's
(their genitives by morfeusz2), the titles are made of SGJP nouns. Control: a title after a
person who is the sentence's subject ("Jan Kowalski przedstawił „T”") is not that person's by
this rule, and a kind word with no one between it and the title has no author.
Measured on 71e768a: 0 % (authors), control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, labelled, objects, outcome, person_iri
from tests.relations_templates import UMP, Person, form, people, rate, title_of
from ump_kg.extract.context import DocumentContext

SEED = 20261204
CASES = 120
# kind words and the case their frame needs: "Polecamy <acc>", "Ukazał(a) się <nom>",
# "Omówiono tezy <gen>"
KINDS = ("raport", "publikacja", "artykuł", "tekst", "książka", "analiza", "opracowanie")
FRAMES = (
    ("Polecamy nowy {kind}", "acc"),
    ("Ukazał się {kind}", "nom"),
    ("W maju omówiono {kind}", "acc"),
)
DEGREES = ("", "", "dr ", "dr. ", "prof. ", "dr hab. ", "mgr ")


def gender_of(kind: str) -> str:
    return {"publikacja": "f", "książka": "f", "analiza": "f", "opracowanie": "n"}.get(kind, "m3")


def kind_phrase(rng: random.Random, kind: str) -> str:
    frame, case = rng.choice(FRAMES)
    written = form(kind, "subst", "sg", case) or kind
    opener = frame.split(" {kind}")[0]
    if "nowy" in opener:
        # the adjective agrees with the kind word's gender
        adjective = form("nowy", "adj", "sg", case, gender_of(kind)) or "nowy"
        opener = opener.replace("nowy", adjective)
    if opener.startswith("Ukazał"):
        opener = {"f": "Ukazała", "n": "Ukazało"}.get(gender_of(kind), "Ukazał") + " się"
    return f"{opener} {written}"


def authors_of(ctx: DocumentContext, title: str) -> set[str]:
    return {str(o) for d in labelled(ctx, title) for o in objects(ctx, d, "author")}


def authors_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    kind = rng.choice(KINDS)
    count = rng.choice((1, 1, 2, 3))
    writers: list[Person] = rng.sample(people(), count)
    names = [rng.choice(DEGREES) + p.form("gen") for p in writers]
    joined = (
        names[0]
        if count == 1
        else ", ".join(names[:-1]) + rng.choice((" i ", " oraz ")) + names[-1]
    )
    title = title_of(rng)
    marker = rng.choice(("", "", "pt. "))
    text = f"{kind_phrase(rng, kind)} {joined} {marker}„{title}”."
    ctx = pages.extract(text)
    # (every person the page made wrote it: a genitive's nominative may be read as another
    # first name, "Jóźka" → "Józiek", which the names' own property tests measure)
    found = authors_of(ctx, title)
    made = {iri for iri, e in ctx.entities.items() if e.cls == UMP + "Person"}
    ok = len(made) == count and made <= found
    return outcome(
        ctx, ok, text, "wrote «" + title + "»: " + ", ".join(p.nominative for p in writers)
    )


def control_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    person, title = rng.choice(people()), title_of(rng)
    kind = rng.choice(KINDS)
    if rng.random() < 0.5:
        text = f"{person.form('nom')} przedstawił{person.a} „{title}”."
    else:
        text = f"{kind_phrase(rng, kind)} „{title}”. Omówił{person.a} go {person.form('nom')}."
    ctx = pages.extract(text)
    who = person_iri(ctx, person)
    ok = who is None or who not in authors_of(ctx, title)
    return outcome(ctx, ok, text, f"no author of «{title}» by this rule")


def test_people_in_the_genitive_before_a_title_wrote_it(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'nowy tekst dr. X i dr. Y „T”' → X, Y authors of T",
        [authors_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_no_author_without_the_genitive_between(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "control: 'X przedstawił „T”', a kind word right before the title",
        [control_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
