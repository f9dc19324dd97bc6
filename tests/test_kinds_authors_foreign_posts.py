"""DOCSTRING"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from tests.pages_templates import Body, organisation_of, z
from tests.relations_pages import (
    Pages,
    holds,
    holds_no_post_in,
    labelled,
    measured,
    objects,
    people_found,
    person_iri,
)
from tests.relations_templates import (
    NEGATIVE,
    Named,
    Person,
    capitalise,
    cities,
    draw,
    form,
    generated,
    name_pools,
    noun_lexeme,
    office_of,
    organisations,
    people,
    tallied,
    w,
)
from tests.test_bodies_projects_pages import (
    adjective,
    breakdown,
    gender_of_noun,
    noun,
    share,
    title_of,
)
from tests.test_events_properties import past
from tests.test_names_foreign_subjects import GIVEN
from tests.test_names_foreign_subjects import surname as transliterated
from tests.test_names_seats_units_titles import facts_of, participle, short
from tests.test_relations_properties import DECLARATION
from tests.test_signing_clauses import pronoun
from tests.test_town_offices import declined_towns
from ump_kg.extract.context import DocumentContext
from ump_kg.language.international_given_names import INTERNATIONAL_GIVEN_NAMES
from ump_kg.language.morphology import analyses

MANY = 160  # cases a rule (hypothesis may repeat a seed; at least 150 remain)
CONTROL = 120  # cases a negative control
PUBLISHED = "2021-09-01"


def place(name: str, case: str) -> str:
    """'Afganistanu', 'Polsce': a country's form (morfeusz2)."""
    found = noun_lexeme(name, "nazwa_geograficzna", None)
    made = form(found[0], "subst", found[1], case) if found else None
    assert made, (name, case)
    return made


def reference(slug: str) -> Named:
    return next(o for o in organisations() if o.slug == slug)


def present(lexeme: str) -> str:
    """'realizuje', 'prowadzi': the third person singular of the present (morfeusz2)."""
    for orth, parts in generated(lexeme):
        if parts[0] == ("fin",) and parts[1] == ("sg",) and parts[2] == ("ter",):
            return orth
    raise AssertionError(lexeme)


def documents(ctx: DocumentContext) -> dict[str, str]:
    """The page's new documents by IRI, with their labels."""
    return {i: e.label_pl for i, e in ctx.entities.items() if "/document/" in i}


COUNTRIES = ("Afganistan", "Ukraina", "Białoruś", "Syria")
MATTERS = ("przesiedlenie", "integracja", "wsparcie", "pomoc", "edukacja", "sytuacja", "ochrona")
WHOM = ("uchodźca", "migrant", "cudzoziemiec", "imigrant")


def matter(rng: random.Random, case: str = "gen") -> str:
    """'przesiedlenia uchodźców z Afganistanu', 'sytuacji migrantów', 'uchodźców z Ukrainy': what a
    document is about, its first word in the case (morfeusz2)."""
    whom = noun(rng.choice(WHOM), "pl", "gen")
    if rng.random() < 0.5:
        whom += " " + z(place(rng.choice(COUNTRIES), "gen"))
    if case == "gen" and rng.random() < 0.3:
        return whom
    return f"{noun(rng.choice(MATTERS), 'sg', case)} {whom}"


# --- 1. a signing noun of a kind refers to the last document of that kind ------------------------

SIGNED_KINDS = ("stanowisko",) * 3 + ("apel",) * 3 + ("rezolucja", "memorandum")
# (the frame, the verb's lexeme): the noun in the case the verb or preposition needs
SIGNING_FRAMES = (
    ("Pod {inst} {verb} się{mi}:", "podpisać"),
    ("{Acc} {verb}{mi}:", "podpisać"),
    ("{Acc} {verb}{mi}:", "poprzeć"),
    ("Podpisy pod {inst} {verb}{mi}:", "złożyć"),
    ("{signers} {gen} są{mi}:", ""),
)
# the known declaration recalled in between ({decl} the noun in the frame's case)
RECALLS = (
    ("loc", "Dali jej wyraz między innymi w {decl} o współdziałaniu w dziedzinie migracji z 2017 roku."),
    ("loc", "Prezydenci przypominają, że wolę współpracy wyrazili już w {decl} o współdziałaniu miast Unii Metropolii Polskich w dziedzinie migracji z 2017 roku."),
    ("acc", "Przypominają też {decl} o współdziałaniu w dziedzinie migracji, przyjętą w 2017 roku."),
    ("acc", "W 2017 roku prezydenci przyjęli {Decl} o współdziałaniu miast Unii Metropolii Polskich w dziedzinie migracji."),
)  # fmt: skip


@dataclass(frozen=True)
class SignedCase:
    title: str  # the new document's label
    mayors: tuple[Person, ...]
    text: str
    template: str


def new_title(rng: random.Random, kind: str, case: str) -> str:
    """'Stanowisko Prezydentów Miast Unii Metropolii Polskich w sprawie przesiedlenia uchodźców',
    'Apel Zarządu Unii Metropolii Polskich w sprawie …': the kind word in the case, its
    authors in the genitive (or none), the subject (morfeusz2)."""
    authors = rng.choice(("mayors", "ump-zarzad", "ump", ""))
    if authors == "mayors":
        union = reference("ump").form("gen")
        authors = f"{capitalise(noun('prezydent', 'pl', 'gen', 'm1'))} {capitalise(noun('miasto', 'pl', 'gen'))} {union}"
    elif authors:
        authors = reference(authors).form("gen")
    head = capitalise(noun(kind, "sg", case))
    return " ".join(w for w in (head, authors, "w sprawie", matter(rng)) if w)


def signed_page(rng: random.Random, signing_kind: str | None) -> SignedCase:
    """A new document named by a heading or the first sentence, the 2017 declaration recalled,
    then '<noun> podpisali:' and mayors listed 'Imię Nazwisko – Prezydent Miasta X'; the noun is
    the new document's kind, or `signing_kind`."""
    kind = rng.choice(SIGNED_KINDS)
    seed = rng.random()
    title = new_title(random.Random(seed), kind, "nom")
    if rng.random() < 0.5:
        opening, placed = f"# {title}\n\nPrezydenci deklarują gotowość udzielenia wsparcia.", "heading"
    else:
        accusative = new_title(random.Random(seed), kind, "acc")
        opening, placed = f"Prezydenci miast Unii Metropolii Polskich przyjęli {accusative}.", "sentence"
    case, recall = rng.choice(RECALLS)
    declared = noun("deklaracja", "sg", case)
    recall = recall.format(decl=declared, Decl=capitalise(declared))
    said = signing_kind or kind
    frame, verb = rng.choice(SIGNING_FRAMES)
    signing = frame.format(
        inst=noun(said, "sg", "inst"),
        gen=noun(said, "sg", "gen"),
        Acc=capitalise(noun(said, "sg", "acc")),
        verb=past(verb, "pl", "m1") if verb else "",
        signers=capitalise(noun("sygnatariusz", "pl", "inst")),
        mi=rng.choice(("", " m.in.")),
    )
    mayors = tuple(rng.sample(people(), rng.choice((2, 3, 4))))
    items = "\n".join(
        f"- {m.form('nom')} – Prezydent Miasta {c.form('gen')}"
        for m, c in zip(mayors, draw(rng, cities(), len(mayors)), strict=True)
    )
    text = f"{opening}\n\n{recall}\n\n{signing}\n\n{items}"
    shown = frame.split("{mi}")[0].format(
        inst="X", gen="X", Acc="X", verb=verb, signers="Sygnatariuszami"
    )
    return SignedCase(title, mayors, text, f"{kind} | {placed} | {shown} | {said}")


def signatories(ctx: DocumentContext, title: str) -> set[str]:
    found = [i for i, label in documents(ctx).items() if label.casefold() == title.casefold()]
    return {str(o) for i in found for o in objects(ctx, i, "signatory")}


def signed_found(ctx: DocumentContext, case: SignedCase) -> str:
    return (
        f"new {sorted(short(s) for s in signatories(ctx, case.title))}; declaration "
        f"{sorted(short(o) for o in objects(ctx, DECLARATION, 'signatory'))}; "
        f"documents {sorted(documents(ctx).values())}"
    )


def the_new_one_signed(ctx: DocumentContext, case: SignedCase) -> tuple[bool, str]:
    mayors = {person_iri(ctx, m) for m in case.mayors}
    ok = (
        None not in mayors
        and mayors <= signatories(ctx, case.title)
        and not objects(ctx, DECLARATION, "signatory")
        and not objects(ctx, DECLARATION, "signatoryCity")
    )
    return ok, f"the mayors sign {case.title!r}, none the declaration; {signed_found(ctx, case)}"


def kind_read(template: str) -> str:
    """The known misses of rule 1 (the module's docstring), or 'read'."""
    kind, _, shown, _ = template.split(" | ")
    if kind in ("rezolucja", "memorandum"):
        return "a kind GENERIC_DOCUMENT does not read"
    if kind == "apel" and not shown.startswith("X "):
        return "'apelem', 'apelu'"
    return "read"


def test_a_signing_noun_of_a_kind_refers_to_the_last_document_of_that_kind(pages: Pages) -> None:
    results, templates = measured(
        pages, lambda rng: signed_page(rng, None), the_new_one_signed, MANY, PUBLISHED
    )
    parts = [t.split(" | ") for t in templates]
    value = tallied(
        "'# Stanowisko … w sprawie …', '… w deklaracji … z 2017 roku', 'Pod stanowiskiem "
        "podpisali się:' + mayors: they sign the new document",
        results,
        [p[2] for p in parts],
    )
    breakdown("by the kind", results, [p[0] for p in parts])
    breakdown("by where it is named", results, [p[1] for p in parts])
    keys = [kind_read(t) for t in templates]
    breakdown("by the known misses", results, keys)
    read = share("  but the known misses", results, keys, {"read"})
    assert value >= 0.0
    assert read >= 0.0


def the_declaration_signed(ctx: DocumentContext, case: SignedCase) -> tuple[bool, str]:
    mayors = {person_iri(ctx, m) for m in case.mayors}
    signed = {str(o) for o in objects(ctx, DECLARATION, "signatory")}
    ok = None not in mayors and mayors <= signed and not signatories(ctx, case.title)
    return ok, f"the mayors sign the declaration, not {case.title!r}; {signed_found(ctx, case)}"


def test_deklaracja_after_the_recalled_declaration_is_that_declaration(pages: Pages) -> None:
    results, templates = measured(
        pages,
        lambda rng: signed_page(rng, "deklaracja"),
        the_declaration_signed,
        CONTROL,
        PUBLISHED,
    )
    value = tallied(
        "negative: '… w deklaracji … z 2017 roku', 'Pod deklaracją podpisali się:': the "
        "declaration",
        results,
        [t.split(" | ")[2] for t in templates],
    )
    assert value >= NEGATIVE


# --- 2. a body in the genitive inside a kind-headed title is its author --------------------------

# kind words -> weight: those find_documents makes a document of, then those it does not
AUTHORED_KINDS = {
    "stanowisko": 4, "apel": 4, "raport": 4, "sprawozdanie": 3, "memorandum": 2, "rezolucja": 2,
    "opinia": 1, "oświadczenie": 1, "komunikat": 1, "list": 1, "rekomendacja": 1,
}  # fmt: skip
READ_KINDS = {"stanowisko", "apel", "raport", "sprawozdanie", "memorandum"}
PUBLISHED_AS = ("W piątek opublikowano", "Na stronie urzędu zamieszczono", "Zarząd przyjął")


@dataclass(frozen=True)
class AuthoredCase:
    body: Named
    text: str
    template: str


def kind_word(kind: str, case: str) -> str:
    return capitalise(noun(kind, "pl" if kind == "rekomendacja" else "sg", case))


def subject_after(rng: random.Random, kind: str) -> str:
    """'w sprawie przesiedlenia uchodźców', 'o sytuacji migrantów', 'z działalności za 2020
    rok' (morfeusz2)."""
    if kind == "sprawozdanie":
        return f"z {noun('działalność', 'sg', 'gen')} za {rng.randrange(2015, 2024)} rok"
    if kind == "raport" and rng.random() < 0.5:
        return f"o {matter(rng, 'loc')}"
    return f"w sprawie {matter(rng)}"


def placed(rng: random.Random, title: str, accusative: str) -> tuple[str, str]:
    """The title as the page's heading, or after a verb in the accusative."""
    if rng.random() < 0.5:
        return f"# {title}\n\nTekst dokumentu jest dostępny na stronie.", "heading"
    return f"{rng.choice(PUBLISHED_AS)} {accusative}.", "sentence"


def authored_case(rng: random.Random) -> AuthoredCase:
    """'Stanowisko Zarządu Unii Metropolii Polskich w sprawie …', 'Raport Międzynarodowej
    Organizacji ds. Migracji o sytuacji migrantów', 'Sprawozdanie Urzędu do Spraw Cudzoziemców
    z działalności za 2020 rok': a kind word, a reference body in the genitive, the subject."""
    kind = rng.choices(list(AUTHORED_KINDS), list(AUTHORED_KINDS.values()))[0]
    (body,) = draw(rng, organisations())
    tail = subject_after(rng, kind)
    text, where = placed(
        rng,
        f"{kind_word(kind, 'nom')} {body.form('gen')} {tail}",
        f"{kind_word(kind, 'acc')} {body.form('gen')} {tail}",
    )
    return AuthoredCase(body, text, f"{kind} | {where}")


def authors(ctx: DocumentContext) -> set[str]:
    return {str(o) for d in documents(ctx) for o in objects(ctx, d, "author")}


def authored_by_the_body(ctx: DocumentContext, case: AuthoredCase) -> tuple[bool, str]:
    ok = case.body.iri in authors(ctx)
    return ok, f"author {case.body.slug}; documents {sorted(documents(ctx).values())}"


def test_a_body_in_the_genitive_in_a_kind_headed_title_is_its_author(pages: Pages) -> None:
    results, templates = measured(pages, authored_case, authored_by_the_body, MANY, PUBLISHED)
    parts = [t.split(" | ") for t in templates]
    value = tallied(
        "'Stanowisko Zarządu Unii Metropolii Polskich w sprawie …': author the Board",
        results,
        [p[0] for p in parts],
    )
    breakdown("by where it is named", results, [p[1] for p in parts])
    read = share("  the kinds find_documents names", results, [p[0] for p in parts], READ_KINDS)
    assert value >= 0.0
    assert read >= 0.0


# titles naming a body after a lower-case word, and titles not headed by a kind word
NOT_AUTHORS = {
    "w sprawie współpracy z …": "{Kind} w sprawie współpracy {z_inst}",
    "w sprawie …": "{Kind} w sprawie {gen}",
    "apel do …": "{Apel} do {gen} w sprawie {matter}",
    "raport o współpracy z …": "{Raport} o współpracy {z_inst}",
    "no kind word": "",
}
NOT_KIND_HEADS = (("działanie", "pl"), ("rola", "sg"), ("obecność", "sg"), ("wkład", "sg"))


def not_authored_case(rng: random.Random) -> AuthoredCase:
    """'Stanowisko w sprawie współpracy z Komisją Europejską', 'Apel do Rady Europy w sprawie
    …', 'raport „Rola Międzynarodowej Organizacji ds. Migracji w …”': no author."""
    (body,) = draw(rng, organisations())
    key = rng.choice(sorted(NOT_AUTHORS))
    if key == "no kind word":
        lemma, number = rng.choice(NOT_KIND_HEADS)
        title = f"{capitalise(noun(lemma, number, 'nom'))} {body.form('gen')} {w(draw(rng, cities())[0])}"
        return AuthoredCase(body, f"{rng.choice(PUBLISHED_AS)} raport „{title}”.", key)
    kind = rng.choice(("stanowisko", "apel", "rezolucja"))
    words = {
        "z_inst": z(body.form("inst")),
        "gen": body.form("gen"),
        "matter": matter(rng),
        "Apel": "{Apel}",
        "Raport": "{Raport}",
    }
    title = NOT_AUTHORS[key].format(Kind="{Kind}", **words)
    text, _ = placed(
        rng,
        title.format(Kind=kind_word(kind, "nom"), Apel="Apel", Raport="Raport"),
        title.format(Kind=kind_word(kind, "acc"), Apel="Apel", Raport="Raport"),
    )
    return AuthoredCase(body, text, key)


def not_authored(ctx: DocumentContext, case: AuthoredCase) -> tuple[bool, str]:
    return case.body.iri not in authors(ctx), f"no author {case.body.slug}"


def test_a_body_after_a_lower_case_word_or_in_a_title_of_no_kind_is_no_author(
    pages: Pages,
) -> None:
    results, templates = measured(pages, not_authored_case, not_authored, CONTROL, PUBLISHED)
    value = tallied(
        "negative: 'Stanowisko w sprawie współpracy z Komisją Europejską', 'raport „Rola X …”'",
        results,
        templates,
    )
    assert value >= NEGATIVE
