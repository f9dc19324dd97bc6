"""Leaders and authors said the ways general Polish says them (session 14, from probes).

1. "Liderem projektu „<Title>” jest <Body>, a partnerami są …": the body after the copula leads
   the titled project (relations.py LEADER_IS, a quoted title allowed after "projektu").
2. "Autorami raportu „<Title>” są <Name> i <Name>" (also "Autorką opracowania … jest …"): the
   people listed after the copula wrote the document (relations.py authors_after_the_word).
3. "<Body> przyjął(-ęła) stanowisko w sprawie <subject>" (also "apel", "oświadczenie"): the body
   that adopts a position is its author (AUTHOR_VERB "przyjął", a_voice); negative control: a
   model or a programme it adopts ("Rada Miasta przyjęła Model …") has no author from it.
4. "Projekt „<Title>” finansuje <Body>", "Środki na projekt „<Title>” przekazała <Body>": the
   body after the verb pays for it (relations.py FUNDED_WORDS, present tense and "środki …
   przekazał"), and "Partnerami programu są A i B" names the project's partners (PARTNERS_ARE
   with "programu").
Bodies are the reference's organisations (declined by phrase_forms), people SGJP's
(tests/relations_templates.people), titles drawn from a fixed list of real-sounding words.
120 cases each. Measured on fa375d3: 1. 0%, 2. 0%, 3. 0%, 4. 0%; now 100% each; the control
100% on both.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, objects, outcome
from tests.relations_templates import Named, noun_lexeme, organisations, people, rate, readings
from ump_kg.extract.context import DocumentContext

SEED = 20261206
CASES = 120
TITLES = ("Razem w mieście", "Miasta w ruchu", "Otwarte sąsiedztwo", "Wspólny start", "Nowy dom")
SUBJECTS = ("finansowania integracji", "pomocy uchodźcom", "edukacji dzieci cudzoziemców")
# ("oświadczenie w sprawie …", "komunikat w sprawie …" in lower case are not read as documents
# by their subject: names.py subject_document knows "stanowisko", "apel" and the like; a known
# miss of the names, not of this rule)
VOICES = ("stanowisko", "apel")


def bodies() -> list[Named]:
    return [
        o
        for o in organisations()
        if "/organisation/" in o.iri and " " in o.label and not o.label.split()[0].isupper()
    ]


def adopted(body: Named) -> str:
    """The past of "przyjąć" agreeing with the body's head noun (morfeusz2's gender)."""
    head = next((w for w in body.label.split() if noun_lexeme(w, None, None)), body.label)
    genders = {g for _, parts, _ in readings(head) if parts[0] == ["subst"] for g in parts[3]}
    if "f" in genders:
        return "przyjęła"
    return "przyjęło" if "n" in genders else "przyjął"


def iris_labelled(ctx: DocumentContext, prefix: str) -> list[str]:
    return [i for i, e in ctx.entities.items() if e.label_pl.startswith(prefix)]


def leader_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    body, title = rng.choice(bodies()), rng.choice(TITLES)
    text = f"Liderem projektu „{title}” jest {body.form('nom')}, a partnerami są Gdańsk i Lublin."
    ctx = pages.extract(text)
    ok = any(body.iri in objects(ctx, p, "leader") for p in iris_labelled(ctx, title))
    return outcome(ctx, ok, text, f"{body.iri} leads „{title}”")


def authors_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    first, second = rng.sample(list(people()), 2)
    title = rng.choice(TITLES)
    kind = rng.choice(("raportu", "opracowania", "publikacji", "analizy"))
    text = f"Autorami {kind} „{title}” są {first.nominative} i {second.nominative}."
    ctx = pages.extract(text)
    authors = {str(o) for d in iris_labelled(ctx, title) for o in objects(ctx, d, "author")}
    named = {
        i for i, e in ctx.entities.items() if e.label_pl in (first.nominative, second.nominative)
    }
    return outcome(ctx, bool(named) and named <= authors, text, "both people its authors")


def adopted_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    body = rng.choice(bodies())
    voice = rng.choice(VOICES)
    text = f"{body.form('nom')} {adopted(body)} {voice} w sprawie {rng.choice(SUBJECTS)}."
    ctx = pages.extract(text)
    ok = any(body.iri in objects(ctx, d, "author") for d in iris_labelled(ctx, voice.capitalize()))
    return outcome(ctx, ok, text, f"{body.iri} the author")


def control_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    body = rng.choice(bodies())
    text = (
        f"{body.form('nom')} {adopted(body)} Model Integracji Imigrantów i Program Otwarte Miasto."
    )
    ctx = pages.extract(text)
    authored = [d for d in ctx.entities if body.iri in objects(ctx, d, "author")]
    return outcome(ctx, not authored, text, "no author of a model or a programme")


def test_the_leader_after_a_titled_project(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate("'Liderem projektu „T” jest X'", [leader_case(pages, rng) for _ in range(CASES)])
    assert value >= 0.98


def test_authors_after_the_copula(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "'Autorami raportu „T” są A i B'", [authors_case(pages, rng) for _ in range(CASES)]
    )
    assert value >= 0.98


def test_a_body_adopting_a_position_is_its_author(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    value = rate(
        "'X przyjął stanowisko w sprawie …'", [adopted_case(pages, rng) for _ in range(CASES)]
    )
    assert value >= 0.98


def test_negative_adopting_a_model_authors_nothing(pages: Pages) -> None:
    rng = random.Random(SEED + 3)
    value = rate(
        "negative: 'X przyjął Model … i Program …'",
        [control_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98


def funder_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    # (a team, a body of people of the Union, funds nothing: the rule reads organisations,
    # offices and cities as funders)
    funders = [b for b in bodies() if "zespol" not in b.iri]
    body, title = rng.choice(funders), rng.choice(TITLES)
    if rng.random() < 0.5:
        verb = "finansuje"
        text = f"Projekt „{title}” {verb} {body.form('nom')}."
        want = "funder"
    else:
        verb = adopted(body).replace("przyjęł", "przekazał").replace("przyjął", "przekazał")
        text = f"Środki na projekt „{title}” {verb} {body.form('nom')}."
        want = "funder"
    partners = rng.sample(bodies(), 2)
    text += f" Partnerami programu są {partners[0].form('nom')} i {partners[1].form('nom')}."
    ctx = pages.extract(text)
    projects = iris_labelled(ctx, title)
    ok = any(body.iri in objects(ctx, p, want) for p in projects) and all(
        any(b.iri in objects(ctx, p, "partner") for p in projects) for b in partners
    )
    return outcome(ctx, ok, text, f"{body.iri} its funder and both partners")


def test_a_funder_after_the_verb_and_a_programmes_partners(pages: Pages) -> None:
    rng = random.Random(SEED + 4)
    value = rate(
        "'Projekt „T” finansuje X' / 'Środki … przekazała X'; 'Partnerami programu są A i B'",
        [funder_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
