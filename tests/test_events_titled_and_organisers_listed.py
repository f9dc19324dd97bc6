"""An event's title after its word's complement, and its organisers in a list (session 21, from
the opened set gimel: "Miejska debata o migracjach zatytułowana „Od niewidzialnych migrantów …”
odbędzie się 29 czerwca 2015 roku", "Debatę przygotowują wspólnie:" over "- Europejskie Centrum
Solidarności,", "- Centrum Wsparcia Imigrantów i Imigrantek,").

1. "<event word> <complement> zatytułowan… / pod tytułem / pt. „T”" → the event's name is T
   (events.TITLED_AFTER_ITS_COMPLEMENT); the participle agrees with the event word (morfeusz2).
2. A list under an introduction that says who organises or prepares the event ("Debatę
   przygotowują wspólnie:", "Organizatorami są:", "Spotkanie organizują:") or under the heading
   "## Organizatorzy": the body each item opens with organises it (events.organisers_listed).
3. A bold part of the programme ("**Prezentacja i dyskusja** na temat …") is no name of the
   event (events.PART_OF_A_PROGRAMME).
Event words in the nominative and their participles by morfeusz2; complements of SGJP nouns in
the locative (morfeusz2); titles of SGJP nouns; bodies made-up ("<head> <SGJP noun>").
Control: a list under "## Partnerzy medialni" or "Relację przygotowali dziennikarze:" names no
organiser.
Measured on 0679ae7: 1. 0 %; 2. and 3. (one test) 0 %; control 100 %.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, made_or_known, objects, outcome
from tests.relations_templates import (
    Named,
    capitalise,
    form,
    generated,
    new_names,
    rate,
    title_nouns,
    title_of,
)
from ump_kg.extract.context import DocumentContext

SEED = 20261209
CASES = 120
SCHEMA_NAME = "https://schema.org/name"
EVENT_WORDS = {
    "debata": "f",
    "konferencja": "f",
    "seminarium": "n",
    "spotkanie": "n",
    "panel": "m3",
}
TITLED = ("zatytułowany", "pod tytułem", "pt.")
INTROS = (
    "{Event} przygotowują wspólnie:",
    "Organizatorami są:",
    "{Event} organizują:",
    "## Organizatorzy",
)
NOT_ORGANISERS = ("## Partnerzy medialni", "Relację przygotowali dziennikarze:")


def bodies() -> tuple[Named, ...]:
    return new_names(("Fundacja", "Stowarzyszenie", "Centrum", "Instytut"), 800, 960)


def participle(verb: str, gender: str) -> str:
    """The passive participle, singular nominative, affirmative, of the gender (morfeusz2)."""
    return next(
        orth
        for orth, parts in generated(verb)
        if parts[0] == ("ppas",)
        and "sg" in parts[1]
        and "nom" in parts[2]
        and gender in parts[3]
        and "aff" in parts[-1]
    )


def titled_phrase(rng: random.Random, word: str) -> str:
    marker = rng.choice(TITLED)
    if marker == "zatytułowany":
        marker = participle("zatytułować", EVENT_WORDS[word])
    noun = rng.choice(title_nouns()).lower()
    complement = form(noun, "subst", "pl", "loc") or form(noun, "subst", "sg", "loc") or noun
    return f"{capitalise(word)} o {complement} {marker}"


def event_sentence(rng: random.Random, word: str, title: str) -> str:
    return f"{titled_phrase(rng, word)} „{title}” odbędzie się 12 maja 2024 roku w Lublinie."


def events_named(ctx: DocumentContext) -> set[str]:
    return {str(f.o) for f in ctx.facts if f.p == SCHEMA_NAME}


def title_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    word, title = rng.choice(sorted(EVENT_WORDS)), title_of(rng)
    text = event_sentence(rng, word, title)
    ctx = pages.extract(text, "2024-05-01")
    return outcome(ctx, title in events_named(ctx), text, f"the event named «{title}»")


def organisers_of(ctx: DocumentContext) -> set[str]:
    return {str(o) for e in ctx.events for o in objects(ctx, e.iri, "organiser")}


def list_case(pages: Pages, rng: random.Random, control: bool) -> tuple[bool, str]:
    word, title = rng.choice(sorted(EVENT_WORDS)), title_of(rng)
    listed = rng.sample(bodies(), rng.randint(2, 4))
    accusative = form(word, "subst", "sg", "acc") or word
    intro = rng.choice(NOT_ORGANISERS if control else INTROS).format(Event=capitalise(accusative))
    part = "**Prezentacja i dyskusja** na temat „Miasta i migracje”."
    text = "\n".join(
        [
            event_sentence(rng, word, title),
            "",
            part,
            "",
            intro,
            "",
            *(f"- {b.label}," for b in listed[:-1]),
            f"- {listed[-1].label}.",
        ]
    )
    ctx = pages.extract(text, "2024-05-01")
    found = organisers_of(ctx)
    wanted = {made_or_known(ctx, b) for b in listed}
    if control:
        return outcome(ctx, not (found & wanted), text, "no organiser from the list")
    named = events_named(ctx)
    ok = wanted <= found and "Prezentacja i dyskusja" not in named
    return outcome(ctx, ok, text, "the items' bodies organise it; the bold part names nothing")


def test_an_events_title_after_its_complement(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'debata o migracjach zatytułowana „T”' → the event's name T",
        [title_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_organisers_listed_under_their_introduction(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "'Debatę przygotowują wspólnie:' over '- Fundacja X,' → X organises it",
        [list_case(pages, rng, False) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_no_organisers_under_another_list(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    value = rate(
        "control: '## Partnerzy medialni' over the same list",
        [list_case(pages, rng, True) for _ in range(CASES)],
    )
    assert value >= 0.98
