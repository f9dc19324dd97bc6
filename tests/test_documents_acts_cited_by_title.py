"""A Polish act cited in running text by its title is a document of the page (session 37, from
misses of bani, gar, kappa, nun, sigel and sin, opened: "na podstawie ustawy z dnia 12 marca
2022 r. o pomocy obywatelom Ukrainy w związku z konfliktem zbrojnym na terytorium tego
państwa" gave nothing: acts are written in small letters, and only a capitalised kind word
opened a title in sentence case).

names.acts_by_their_titles: "ustawa" in any case, maybe its date ("z dnia 12 marca 2022 r."),
then "o" and the subject as a document's subject is read (names.subject_span), ended also by a
noun only a nominative can be (the sentence's subject after the title). Cases: the kind word
in the genitive, instrumental, accusative and locative (frames), dates or none, subjects of
SGJP nouns in the locative with a genitive noun or none (morfeusz2); "roku" after the date
is written "r.", as a register writes it. Controls: "ustawa" with no title ("Nowa ustawa
weszła w życie") and an article of an act cited as a legal basis ("na podstawie art. 7 ust. 1
pkt 6 ustawy z dnia …": the opened golds of kappa, omicron and alpha name no act so cited;
bani's does) name no document.
Measured on the commit before: 0.0 % -> 100 %; control 100 % both.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages
from tests.relations_templates import form, rate, title_noun_genitive, title_nouns
from ump_kg.extract.context import DocumentContext

SEED = 20261211
COUNT = 120
MONTHS = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia")
FRAMES = {
    "gen": "Pomoc udzielana jest na podstawie {act}.",
    "inst": "Zgodnie z {act} wojewoda wydaje zezwolenia.",
    "acc": "Sejm uchwalił {act}, a Senat ją przyjął.",
    "loc": "Rząd przygotował zmiany w {act} i przesłał je do Sejmu.",
}
CONTROLS = ("Nowa ustawa weszła w życie w marcu.", "Posłowie przyjęli ustawę w piątek.")


def documents(ctx: DocumentContext) -> set[str]:
    return {
        e.label_pl for e in ctx.entities.values() if e.cls.endswith(("Document", "Declaration"))
    }


def subject(rng: random.Random) -> str | None:
    noun, *more = rng.sample(title_nouns(), 2)
    found = form(noun.lower(), "subst", "sg", "loc")
    if found is None:
        return None
    after = title_noun_genitive(more[0], capitalised=False) if rng.random() < 0.6 else ""
    return " ".join(x for x in (found, after) if x) if after is not None else None


def act_case(pages: Pages, rng: random.Random) -> tuple[bool, str] | None:
    case = rng.choice(sorted(FRAMES))
    head = form("ustawa", "subst", "sg", case)
    about = subject(rng)
    if head is None or about is None:
        return None
    dated = written = ""
    if rng.random() < 0.6:
        dated = f" z dnia {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(1990, 2024)} r."
        written = dated.replace(" r.", rng.choice((" r.", " roku")))
    text = FRAMES[case].format(act=f"{head}{written} o {about}")
    wanted = f"Ustawa{dated} o {about}"
    found = documents(pages.extract(text))
    return wanted in found, f"{text} -> {wanted}; found {sorted(found)}"


def control_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    text = rng.choice(CONTROLS)
    about = subject(rng)
    if rng.random() < 0.5 and about is not None:
        # an article of an act cited as the legal basis
        article = f"art. {rng.randint(1, 200)} ust. {rng.randint(1, 9)} pkt {rng.randint(1, 20)}"
        text = f"Uchwałę podjęto na podstawie {article} ustawy z dnia 8 marca 1990 r. o {about}."
    found = documents(pages.extract(text))
    return not any(d.startswith("Ustaw") for d in found), f"{text}; found {sorted(found)}"


def test_an_act_cited_by_its_title_is_a_document(pages: Pages) -> None:
    rng = random.Random(SEED)
    results = [r for r in (act_case(pages, rng) for _ in range(COUNT + 20)) if r]
    assert rate("'na podstawie ustawy z dnia … o pomocy …'", results) >= 0.95


def test_control_an_act_without_a_title_names_no_document(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    results = [control_case(pages, rng) for _ in range(COUNT)]
    assert rate("control: 'Nowa ustawa weszła w życie', 'na podstawie art. 7 …'", results) >= 0.95
