"""Seven rules of session 14 (commit c5df5c6, from red-team set chi) on forms they were not
written from: kinds of documents in signing sentences, authors inside titles, foreign names after
posts, adjectives of posts, initiatives run "with" another body, "To wspólne przedsięwzięcie",
and a quoted title repeated in a heading. Every inflected form is morfeusz2's (SGJP); people are
SGJP's (tests/relations_templates.people), bodies the reference ones (graph/reference/
organisations.ttl, declined by phrase_forms) or made up (tests/pages_templates.organisation_of).

1. A signing sentence whose noun is of a kind refers to the last document of that kind named
   before, not to a declaration recalled in between (relations.py declaration_named_before,
   kind_of_document): "# Stanowisko Prezydentów Miast Unii Metropolii Polskich w sprawie …", "…
   w deklaracji o współdziałaniu w dziedzinie migracji z 2017 roku …", "Pod stanowiskiem
   podpisali się:" and two to four "- Imię Nazwisko – Prezydent Miasta X" give ump:signatory on
   the new document and nothing on document/deklaracja-migracyjna-ump-2017. Kinds stanowisko,
   apel (3 in 8 each), rezolucja, memorandum; authors "Prezydentów Miast UMP", the Board, the
   Union or none; named by the heading or "Prezydenci miast UMP przyjęli <title, acc>."; four
   recalls (the noun in the locative or accusative); the noun in the case of "Pod …
   podpisali się", "… podpisali", "… poparli", "Podpisy pod … złożyli", "Sygnatariuszami … są"
   ("m.in." or not). (A new "Deklaracja …" is not drawn: the recalled one is then the last of
   its kind.) Negative control: the noun "deklaracja" -> the declaration, not the new document.
2. A body in the genitive between a title's kind word and its subject is its ump:author
   (relations.py authors_named_in_titles): "Stanowisko Zarządu Unii Metropolii Polskich w
   sprawie …", "Raport Międzynarodowej Organizacji ds. Migracji o sytuacji migrantów",
   "Sprawozdanie Urzędu do Spraw Cudzoziemców z działalności za 2020 rok". Any reference body;
   kinds stanowisko, apel, raport, sprawozdanie, memorandum, rezolucja, opinia, oświadczenie,
   komunikat, list, rekomendacje; as the heading or after "W piątek opublikowano" (acc).
   Negative control: the body after a lower-case word ("Stanowisko w sprawie współpracy z
   Komisją Europejską", "Apel do Rady Europy w sprawie …", "Rezolucja w sprawie Rady Europy",
   "Raport o współpracy z …") or inside a title with no kind word ("raport „Rola Komisji
   Europejskiej w Krakowie”") is no author.
3. A census given name SGJP does not know, with a surname SGJP tags "nazwisko" for both sexes,
   after a post in the nominative is a Person as written (names.py foreign_name, after_a_post):
   "Gośćmi spotkania byli sekretarz generalny Rady Europy Terry Pardyka i …". Posts "sekretarz
   generalny <body>", "komisarz UE ds. migracji", "burmistrz <town>", "ambasador <country> w
   Polsce", "konsul generalny <country> w <city>", "szef(owa) <body>", "przedstawiciel(ka)
   <body>"; five frames with no verb agreeing with the name. Also drawn (2 in 5): a given name
   no list has in -y/-i ("Giorgi", "Serhii", "Oleksii") with an SGJP or transliterated surname.
   Negative control: a woman's name no list has in the genitive or instrumental (declined as
   the SGJP name with her name's last two letters is: "Oleny", "Liudmyli", "Oleną") after a post
   noun in that case ("koordynatorki projektu", "przedstawicielką …", "sekretarz generalnej …",
   "komisarz UE") or "pani" is no person so written.
4. An adjective of the post between the role and the body (relations.py ROLE_TO_BODY): "Głos
   zabrała dyrektorka wykonawcza Komisji Europejskiej Anna Nowak" -> ump:holds a post ump:postIn
   the body. Roles dyrektor(ka), sekretarz, koordynator(ka), prezes(ka), przedstawiciel(ka),
   rzecznik/rzeczniczka; the twelve adjectives of ROLE_TO_BODY agreeing ("zarządzający" a
   participle). Negative control: "Sekretarz generalny Rady Europy spotkał się z Janem Kosem."
   (or "podziękowała Annie Nowak") gives the object no post there.
5. "X realizuje go wspólnie z Y" after a quoted programme or project: X ump:leader, Y ump:partner
   (relations.py RUNS_IT, PARTNERS_ARE): "„T” to program wspierania migrantów …. Fundacja X
   realizuje go wspólnie z Gminą Wrocław." Verbs realizować, prowadzić, koordynować in the present
   or the past agreeing; Y "Gminą <city>" (the city or its office will do) or a body. Negative
   control: "X realizuje wiele projektów wspólnie z Y", "X od lat współpracuje z Y": no leader.
6. "To / Jest to / Było to wspólne przedsięwzięcie (wspólna inicjatywa, wspólny program,
   projekt, wspólne działanie) A i B" after "Program „T” …" makes A and B its ump:initiator
   (relations.py DEMONSTRATIVE_SUBJECT). Negative control: "Konferencja (Wystawa, Festiwal,
   Debata, Spotkanie) to wspólne przedsięwzięcie A i B": the programme has no initiator.
7. A quoted title of three words or more written again, every word capitalised, as the heading
   is one initiative, and nothing (Document, Organisation) is named by its first words
   (pipeline.py unquoted_repeats_of_titles): "# Klub Aktywnych Migrantek 2024" over "Miasto
   realizuje projekt „Klub aktywnych migrantek 2024” …"; heads akademia, szkoła, klub, centrum,
   program, forum, dom with a plural genitive or an agreeing adjective and a subtitle, a year or a
   city or neither. Negative control: a two-word title's words again in lower case ("Każdy dobry
   sąsiad jest ważny.") are not the initiative.

Each rule is measured over 160 cases drawn by hypothesis (derandomized seeds), each control over
120; rates are printed with -s, with each wording's share and the failing pages; each bar is the
rate measured less about two points. Measured on main (64d6449 and ae6c82e, the same) /
on fa375d3 (the code before the rules; its worktree run with PYTHONPATH and UMP_KG_HOME=main, so
that only the code differs):
1. 58.1% / 0%; but the known misses 100% (93/93) / 0%.      control 100% / 100%.
2. 76.2% / 0%; the five kinds both steps read 100% / 0%.    control 100% / 100%.
3. 53.1% / 0%; census names, the post within reach 100% / 0%.  control 100% / 100%.
4. 100% / 0%.                                               control 100% / 100%.
5. 84.4% / 0%; but "prowadzi" 100% / 0%.                    control 100% / 100%.
6. 79.4% / 0%; but a made-up "Biuro …" 99.2% / 0%.         control 100% / 100%.
7. 100% / 0%.                                               control 100% / 100%.
On c5df5c6 itself (the rules' commit) the same but rule 3 86.9% (the -y/-i names 54/58) and its
control 98.3%: "z udziałem komisarz UE Liudmyli Meczykiuk" made a person "Liudmyli Meczykiuk";
5d14a6f kept the relaxation to census names, which mended the control and undid the -y/-i part.

Known misses (kept among the cases; the bars allow them):
- rule 1: "apelem", "apelu" (0/33): kind_of_document compares five letters, and "apel" has four
  ("apele" is not "apel"); "Apel podpisali" is read. Rezolucja and memorandum (0/34): not in
  GENERIC_DOCUMENT, so the noun has no kind and the recalled declaration, named last, signs;
- rule 2: opinia, oświadczenie, komunikat, list, rekomendacje (0/28): find_documents makes no
  document of them by a subject ("Opinia Komisji Europejskiej w sprawie …"); rezolucja (0/10):
  a document, but DOCUMENT_KIND_WORD lacks "rezolucj";
- rule 3: the -y/-i names (0/58), withdrawn in 5d14a6f; a post word more than four words or 50
  characters before the name (ROLE_CUE_BEFORE, the window foreign_name looks back over): "sekretarz
  generalny Ministerstwa Spraw Wewnętrznych i Administracji Carlyn Gilga" (0/21, 17 of them
  census names);
- rule 5: "prowadzi" (0/25): RUNS_IT reads "prowadz" before "e" or "ą" only;
- rule 6: a made-up "Biuro …" (0/32) is an office or unit, and only organisations become
  initiators; "Centrum Integracji Społeczności Lokalnych i Unii Europejskiej" is read as one unit
  of the EU (1).

Mended after the file was written (session 14, from its known misses below): the kind of a
document is told by four letters, not five ("apelem" and "Apel"; rule 1 58.1% -> 100%);
"rezolucja" and "memorandum" are words of documents (GENERIC_DOCUMENT, DOCUMENT_KIND_WORD; rule
2 76.2% -> 82.5%); RUNS_IT reads "prowadzi" (rule 5 84.4% -> 100%); a joint initiative's
initiators may be offices and units too, not only organisations (rule 6 79.4% -> 96.9%). The
misses below stand as the helper measured them, except those four.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial
from typing import Any

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
    morfeusz,
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
from tests.test_scene_and_subjects import unknown  # morfeusz2 knows no reading of the word
from tests.test_signing_clauses import pronoun
from tests.test_town_offices import declined_towns
from ump_kg.extract.context import DocumentContext
from ump_kg.language.international_given_names import INTERNATIONAL_GIVEN_NAMES
from ump_kg.language.morphology import analyses

MANY = 160  # cases a rule (hypothesis may repeat a seed; at least 150 remain)
CONTROL = 120  # cases a negative control
PUBLISHED = "2021-09-01"
Check = Callable[[DocumentContext, Any], tuple[bool, str]]


@dataclass(frozen=True)
class Case:
    text: str
    template: str  # the wording's parts, " | " between them
    name: str = ""  # a title or a person's name, as the page should label it
    keys: tuple[str, ...] = ()  # bodies: a reference IRI or a made-up body's label
    people: tuple[Person, ...] = ()


def rated(
    pages: Pages, label: str, make: Callable[[random.Random], Case], check: Check, key: int = 0
) -> tuple[float, list[tuple[bool, str]], list[list[str]]]:
    """The rule measured over MANY cases (CONTROL for a negative label), printed by the
    template's `key`-th part; the rate, the results and every case's parts."""
    count = CONTROL if label.startswith("negative") else MANY
    results, templates = measured(pages, make, check, count, PUBLISHED)
    parts = [t.split(" | ") for t in templates]
    return tallied(label, results, [p[key] for p in parts]), results, parts


def column(parts: list[list[str]], key: int) -> list[str]:
    return [p[key] for p in parts]


def place(name: str, case: str) -> str:
    """'Afganistanu', 'Polsce' (morfeusz2)."""
    found = noun_lexeme(name, "nazwa_geograficzna", None)
    made = form(found[0], "subst", found[1], case) if found else None
    assert made, (name, case)
    return made


def reference(slug: str) -> Named:
    return next(o for o in organisations() if o.slug == slug)


def present(lexeme: str) -> str:
    """'realizuje', 'prowadzi': the third person singular (morfeusz2)."""
    return next(o for o, p in generated(lexeme) if p[:3] == (("fin",), ("sg",), ("ter",)))


def documents(ctx: DocumentContext) -> dict[str, str]:
    return {i: e.label_pl for i, e in ctx.entities.items() if "/document/" in i}


def iris(ctx: DocumentContext, key: str) -> set[str]:
    """A reference IRI as it is; a made-up body's label as the IRIs of what is so labelled."""
    return {key} if key.startswith("http") else set(labelled(ctx, key))


def initiative(ctx: DocumentContext, title: str) -> list[str]:
    return [
        i
        for i, e in ctx.entities.items()
        if ("/programme/" in i or "/project/" in i) and e.label_pl.casefold() == title.casefold()
    ]


COUNTRIES = ("Afganistan", "Ukraina", "Białoruś", "Syria")
MATTERS = ("przesiedlenie", "integracja", "wsparcie", "pomoc", "edukacja", "sytuacja", "ochrona")
WHOM = ("uchodźca", "migrant", "cudzoziemiec", "imigrant")


def matter(rng: random.Random, case: str = "gen") -> str:
    """'przesiedlenia uchodźców z Afganistanu', 'sytuacji migrantów', 'uchodźców z Ukrainy': what
    a document is about, its first word in the case (morfeusz2)."""
    whom = noun(rng.choice(WHOM), "pl", "gen")
    if rng.random() < 0.5:
        whom += " " + z(place(rng.choice(COUNTRIES), "gen"))
    if case == "gen" and rng.random() < 0.3:
        return whom
    return f"{noun(rng.choice(MATTERS), 'sg', case)} {whom}"


# --- 1. a signing noun of a kind refers to the last document of that kind ------------------------

SIGNED_KINDS = ("stanowisko",) * 3 + ("apel",) * 3 + ("rezolucja", "memorandum")
SIGNING_FRAMES = (  # the noun in the case its verb or preposition needs
    ("Pod {inst} {verb} się{mi}:", "podpisać"),
    ("{Acc} {verb}{mi}:", "podpisać"),
    ("{Acc} {verb}{mi}:", "poprzeć"),
    ("Podpisy pod {inst} {verb}{mi}:", "złożyć"),
    ("{signers} {gen} są{mi}:", ""),
)
RECALLS = (  # the 2017 declaration recalled ({d} the noun in the case)
    ("loc", "Dali jej wyraz między innymi w {d} o współdziałaniu w dziedzinie migracji z 2017 roku."),
    ("loc", "Prezydenci przypominają, że wolę współpracy wyrazili już w {d} o współdziałaniu miast Unii Metropolii Polskich w dziedzinie migracji z 2017 roku."),
    ("acc", "Przypominają też {d} o współdziałaniu w dziedzinie migracji, przyjętą w 2017 roku."),
    ("acc", "W 2017 roku prezydenci przyjęli {D} o współdziałaniu miast Unii Metropolii Polskich w dziedzinie migracji."),
)  # fmt: skip


def new_title(rng: random.Random, kind: str, case: str) -> str:
    """'Stanowisko Prezydentów Miast Unii Metropolii Polskich w sprawie …', 'Apel Zarządu Unii
    Metropolii Polskich w sprawie …', 'Memorandum w sprawie …' (morfeusz2)."""
    authors = rng.choice(("mayors", "ump-zarzad", "ump", ""))
    if authors == "mayors":
        words = (noun("prezydent", "pl", "gen", "m1"), noun("miasto", "pl", "gen"))
        authors = f"{' '.join(map(capitalise, words))} {reference('ump').form('gen')}"
    elif authors:
        authors = reference(authors).form("gen")
    head = capitalise(noun(kind, "sg", case))
    return " ".join(part for part in (head, authors, "w sprawie", matter(rng)) if part)


def signed_page(rng: random.Random, said: str = "") -> Case:
    """A new document named by the heading or the first sentence, the 2017 declaration
    recalled, then '<noun> podpisali:' (the noun the new document's kind, or `said`) and two to
    four mayors 'Imię Nazwisko – Prezydent Miasta X'."""
    kind = rng.choice(SIGNED_KINDS)
    seed = rng.random()
    title = new_title(random.Random(seed), kind, "nom")
    if rng.random() < 0.5:
        opening, where = (
            f"# {title}\n\nPrezydenci deklarują gotowość udzielenia wsparcia.",
            "heading",
        )
    else:
        accusative = new_title(random.Random(seed), kind, "acc")
        opening, where = f"Prezydenci miast UMP przyjęli {accusative}.", "sentence"
    case, recall = rng.choice(RECALLS)
    declared = noun("deklaracja", "sg", case)
    said = said or kind
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
    text = (
        f"{opening}\n\n{recall.format(d=declared, D=capitalise(declared))}\n\n{signing}\n\n{items}"
    )
    shown = frame.split("{mi}")[0].format(inst="X", gen="X", Acc="X", verb=verb, signers="Sygn.")
    return Case(text, f"{kind} | {where} | {shown}", title, people=mayors)


def signers(ctx: DocumentContext, case: Case) -> tuple[set[str], set[str], set[str | None], str]:
    """Who signed the new document, who or what the declaration; the mayors; what to print."""
    mine = [i for i, label in documents(ctx).items() if label.casefold() == case.name.casefold()]
    new = {str(o) for i in mine for o in objects(ctx, i, "signatory")}
    old = {str(o) for p in ("signatory", "signatoryCity") for o in objects(ctx, DECLARATION, p)}
    shown = f"new {sorted(map(short, new))}; declaration {sorted(map(short, old))}"
    return new, old, {person_iri(ctx, m) for m in case.people}, shown


def the_new_one_signed(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    new, old, mayors, shown = signers(ctx, case)
    return None not in mayors and mayors <= new and not old, f"the new one signed; {shown}"


def kind_read(parts: list[str]) -> str:
    """The known misses of rule 1 (the module's docstring), or 'read'."""
    if parts[0] in ("rezolucja", "memorandum"):
        return "a kind GENERIC_DOCUMENT does not read"
    return "'apelem', 'apelu'" if parts[0] == "apel" and not parts[2].startswith("X ") else "read"


def test_a_signing_noun_of_a_kind_refers_to_the_last_document_of_that_kind(pages: Pages) -> None:
    label = "'# Stanowisko …', '… w deklaracji … z 2017', 'Pod stanowiskiem podpisali się:'"
    value, results, parts = rated(pages, label, signed_page, the_new_one_signed, key=2)
    breakdown("by the kind", results, column(parts, 0))
    breakdown("by where it is named", results, column(parts, 1))
    read = share("  but the known misses", results, [kind_read(p) for p in parts], {"read"})
    assert value >= 0.98  # measured 100% after the mend below (58.1% before; fa375d3 0%)
    assert read >= 0.98  # measured 100% (fa375d3 0%)


def the_declaration_signed(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    new, old, mayors, shown = signers(ctx, case)
    return None not in mayors and mayors <= old and not new, f"the declaration signed; {shown}"


def test_deklaracja_after_the_recalled_declaration_is_that_declaration(pages: Pages) -> None:
    label = "negative: '… w deklaracji … z 2017 roku', 'Pod deklaracją podpisali się:'"
    value, _, _ = rated(
        pages, label, partial(signed_page, said="deklaracja"), the_declaration_signed, 2
    )
    assert value >= NEGATIVE  # measured 100% (fa375d3 100%)


# --- 2. a body in the genitive inside a kind-headed title is its author --------------------------

AUTHORED_KINDS = {  # kind word -> weight
    "stanowisko": 4, "apel": 4, "raport": 4, "sprawozdanie": 3, "memorandum": 2, "rezolucja": 2,
    "opinia": 1, "oświadczenie": 1, "komunikat": 1, "list": 1, "rekomendacja": 1,
}  # fmt: skip
READ_KINDS = {"stanowisko", "apel", "raport", "sprawozdanie", "memorandum"}
PUBLISHED_AS = ("W piątek opublikowano", "Na stronie urzędu zamieszczono", "Zarząd przyjął")
NOT_AUTHORS = {  # a body after a lower-case word ({K} the kind word)
    "w sprawie współpracy z …": "{K} w sprawie współpracy {z_inst}",
    "w sprawie …": "{K} w sprawie {gen}",
    "apel do …": "Apel do {gen} w sprawie {matter}",
    "raport o współpracy z …": "Raport o współpracy {z_inst}",
}
NOT_KIND_HEADS = (("działanie", "pl"), ("rola", "sg"), ("obecność", "sg"), ("wkład", "sg"))


def kind_word(kind: str, case: str) -> str:
    return capitalise(noun(kind, "pl" if kind == "rekomendacja" else "sg", case))


def titled(rng: random.Random, kind: str, rest: str) -> tuple[str, str]:
    """The title as the page's heading, or in the accusative after a verb."""
    if rng.random() < 0.5:
        return f"# {kind_word(kind, 'nom')}{rest}\n\nTekst jest dostępny na stronie.", "heading"
    return f"{rng.choice(PUBLISHED_AS)} {kind_word(kind, 'acc')}{rest}.", "sentence"


def authored_case(rng: random.Random) -> Case:
    """'Stanowisko Zarządu Unii Metropolii Polskich w sprawie …', 'Raport Międzynarodowej
    Organizacji ds. Migracji o sytuacji migrantów', 'Sprawozdanie Urzędu do Spraw Cudzoziemców z
    działalności za 2020 rok': a kind word, a reference body in the genitive, the subject."""
    kind = rng.choices(list(AUTHORED_KINDS), list(AUTHORED_KINDS.values()))[0]
    (body,) = draw(rng, organisations())
    if kind == "sprawozdanie":
        tail = f"z {noun('działalność', 'sg', 'gen')} za {rng.randrange(2015, 2024)} rok"
    elif kind == "raport" and rng.random() < 0.5:
        tail = f"o {matter(rng, 'loc')}"
    else:
        tail = f"w sprawie {matter(rng)}"
    text, where = titled(rng, kind, f" {body.form('gen')} {tail}")
    return Case(text, f"{kind} | {where}", keys=(body.iri,))


def not_authored_case(rng: random.Random) -> Case:
    """'Stanowisko w sprawie współpracy z Komisją Europejską', 'Apel do Rady Europy w sprawie
    …', 'raport „Rola Międzynarodowej Organizacji ds. Migracji w Krakowie”': no author."""
    (body,) = draw(rng, organisations())
    key = rng.choice([*sorted(NOT_AUTHORS), "no kind word"])
    if key == "no kind word":
        lemma, number = rng.choice(NOT_KIND_HEADS)
        title = f"{capitalise(noun(lemma, number, 'nom'))} {body.form('gen')} {w(draw(rng, cities())[0])}"
        return Case(f"{rng.choice(PUBLISHED_AS)} raport „{title}”.", key, keys=(body.iri,))
    rest = NOT_AUTHORS[key].format(
        K="", z_inst=z(body.form("inst")), gen=body.form("gen"), matter=matter(rng)
    )
    kind = rng.choice(("stanowisko", "apel", "rezolucja")) if rest.startswith(" ") else ""
    text, _ = titled(rng, kind, rest) if kind else (f"{rng.choice(PUBLISHED_AS)} {rest}.", "")
    return Case(text, key, keys=(body.iri,))


def authors(ctx: DocumentContext) -> set[str]:
    return {str(o) for d in documents(ctx) for o in objects(ctx, d, "author")}


def its_author(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    return case.keys[0] in authors(ctx), f"author {short(case.keys[0])}"


def no_author(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    return case.keys[0] not in authors(ctx), f"no author {short(case.keys[0])}"


def test_a_body_in_the_genitive_in_a_kind_headed_title_is_its_author(pages: Pages) -> None:
    label = "'Stanowisko Zarządu Unii Metropolii Polskich w sprawie …': the Board its author"
    value, results, parts = rated(pages, label, authored_case, its_author)
    breakdown("by where it is named", results, column(parts, 1))
    read = share("  the kinds both read", results, column(parts, 0), READ_KINDS)
    assert value >= 0.80  # measured 82.5% after the mend below (76.2% before; fa375d3 0%)
    assert read >= 0.98  # measured 100% (fa375d3 0%)


def test_a_body_after_a_lower_case_word_or_in_a_title_of_no_kind_is_no_author(pages: Pages) -> None:
    label = "negative: 'Stanowisko w sprawie współpracy z Komisją Europejską', 'raport „Rola X …”'"
    value, _, _ = rated(pages, label, not_authored_case, no_author)
    assert value >= NEGATIVE  # measured 100% (fa375d3 100%)


# --- 3. a foreign name after a word for a post in the nominative ---------------------------------

MORE_GIVEN = ("Dmytrii", "Vitalii", "Anatolii", "Oleksii", "Hennadii", "Valerii", "Levani",
              "Zurabi", "Temuri", "Vasili", "Dimitri", "Nikolai", "Tymofii", "Arsenii")  # fmt: skip
NAME_FRAMES = (
    "W konferencji udział wzięli {post} {name} oraz prezydenci miast.",
    "{Post} {name} podkreśla, że miasta są gotowe do współpracy.",
    "– Miasta potrzebują wsparcia – mówi {post} {name}.",
    "Gośćmi spotkania byli {post} {name} i radni miasta.",
    "Konferencję otworzyli {post} {name} oraz prezydent miasta.",
)
OBLIQUE_FRAMES = {
    "gen": ("Wysłuchano wystąpienia {post} {name}.", "Spotkanie odbyło się z udziałem {post} {name}."),
    "inst": ("Rozmawialiśmy z {post} {name}.", "Radni spotkali się z {post} {name}."),
}  # fmt: skip
NEAR = "within 4 words, 50 characters"


@cache
def given_names() -> dict[str, tuple[str, ...]]:
    """Census names SGJP does not know ('Terry', a fixed sample); names no list has in -y/-i
    ('Giorgi', 'Serhii'); women's names no list has in a consonant and -a ('Olena')."""
    census = sorted(n for n in INTERNATIONAL_GIVEN_NAMES if unknown(n))
    unlisted = [n for n in (*GIVEN["m1"], *GIVEN["f"], *MORE_GIVEN) if unknown(n)]
    return {
        "census": tuple(random.Random(14).sample(census, 400)),
        "-y/-i": tuple(n for n in unlisted if n[-1] in "yi" and n not in INTERNATIONAL_GIVEN_NAMES),
        "women": tuple(
            n for n in GIVEN["f"] if unknown(n) and n[-1] == "a" and n[-2] not in "aeiouy"
        ),
    }


@cache
def either_surnames() -> tuple[str, ...]:
    """Surnames SGJP tags 'nazwisko' for men and women alike ('Pardyka', 'Habryka')."""
    women = {word for word, _ in name_pools()["surname-f"]}
    return tuple(word for word, _ in name_pools()["surname-m1"] if word in women)


def unknown_surname(rng: random.Random) -> str:
    """A transliterated surname SGJP does not know ('Hemantiuk')."""
    while not unknown(made := transliterated(rng)):
        pass
    return made


@cache
def towns() -> tuple[str, ...]:
    """Towns' genitives no given name shares ('Wieliczki', not 'Jarosława')."""
    return tuple(g for _, g, _ in declined_towns() if all("imię" not in q for *_, q in analyses(g)))


def post_before(rng: random.Random, woman: bool) -> tuple[str, str]:
    """A post in the nominative (its text, its key): 'sekretarz generalny Rady Europy', 'komisarz
    UE ds. migracji', 'burmistrz Wieliczki', 'ambasador Kanady w Polsce', 'konsul generalny
    Szwecji w Krakowie', 'szef(owa) …', 'przedstawiciel(ka) …' (morfeusz2)."""
    body = draw(rng, organisations())[0].form("gen")
    general = adjective("generalny", "sg", "nom", "m1")
    country = place(rng.choice(("Kanada", "Szwecja", "Irlandia", "Gruzja", "Norwegia")), "gen")
    posts = {
        "sekretarz generalny": f"sekretarz {general} {body}",
        "komisarz UE": f"komisarz UE ds. {noun(rng.choice(('migracja', 'integracja')), 'sg', 'gen')}",
        "burmistrz": f"burmistrz {rng.choice(towns())}",
        "ambasador": f"ambasador {country} w {place('Polska', 'loc')}",
        "konsul generalny": f"konsul {general} {country} {w(draw(rng, cities())[0])}",
        "szef": f"{'szefowa' if woman else 'szef'} {body}",
        "przedstawiciel": f"{noun('przedstawicielka' if woman else 'przedstawiciel', 'sg', 'nom')} {body}",
    }
    key = rng.choice(sorted(posts))
    return posts[key], key


def foreign_case(rng: random.Random) -> Case:
    """'sekretarz generalny Rady Europy Terry Habryka', 'burmistrz Wieliczki Giorgi Hemantiuk':
    a census name with an SGJP surname, or a name no list has in -y/-i with an SGJP surname or a
    transliterated one, after a post in the nominative."""
    who = "census" if rng.random() < 0.6 else "-y/-i"
    given = rng.choice(given_names()[who])
    either = who == "census" or rng.random() < 0.5
    surname = rng.choice(either_surnames()) if either else unknown_surname(rng)
    post, key = post_before(rng, woman=given.endswith("a"))
    name = f"{given} {surname}"
    text = rng.choice(NAME_FRAMES).format(post=post, Post=capitalise(post), name=name)
    near = NEAR if len(post.split()) <= 5 and len(post) < 50 else "further"
    return Case(text, f"{key} | {who} | {near}", name)


def oblique(given: str, case: str) -> str:
    """'Oleny', 'Oleną': a name no dictionary has, declined as the SGJP woman's name with the
    same last two letters is (morfeusz2: 'Ilona' -> 'Ilony', 'Iloną')."""
    like = next(
        lexeme
        for word, lexeme in name_pools()["given-f"]
        if word.endswith(given[-2:]) and form(lexeme, "subst", "sg", case, "f")
    )
    made = form(like, "subst", "sg", case, "f") or ""
    return given[:-1] + made[len(like.split(":")[0]) - 1 :]


def oblique_case(rng: random.Random) -> Case:
    """'wystąpienia koordynatorki projektu Oleny Hemantiuk', 'z panią Iryną …', 'z udziałem
    sekretarz generalnej Rady Europy Liudmyli …': a woman's name no list has, in the genitive or
    instrumental, after a post noun in that case (morfeusz2) or 'pani'."""
    given = rng.choice(given_names()["women"])
    case = rng.choice(sorted(OBLIQUE_FRAMES))
    body = draw(rng, organisations())[0].form("gen")
    posts = {
        "koordynatorka projektu": f"{noun('koordynatorka', 'sg', case)} projektu",
        "przedstawicielka": f"{noun('przedstawicielka', 'sg', case)} {body}",
        "dyrektorka": f"{noun('dyrektorka', 'sg', case)} {body}",
        "sekretarz generalna": f"sekretarz {adjective('generalny', 'sg', case, 'f')} {body}",
        "komisarz UE": "komisarz UE",
        "pani": noun("pani", "sg", case),
    }
    key = rng.choice(sorted(posts))
    name = f"{oblique(given, case)} {unknown_surname(rng)}"
    text = rng.choice(OBLIQUE_FRAMES[case]).format(post=posts[key], name=name)
    return Case(text, f"{key} | {case} | {name.split()[0][-1]}", name)


def a_person(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    return case.name in people_found(ctx), f"a person {case.name!r}"


def no_person(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    return case.name not in people_found(ctx), f"no person {case.name!r}"


def test_a_foreign_name_after_a_post_in_the_nominative_is_a_person(pages: Pages) -> None:
    label = "'sekretarz generalny Rady Europy Terry Davis': a person as written"
    value, results, parts = rated(pages, label, foreign_case, a_person)
    breakdown("by the given name", results, column(parts, 1))
    breakdown("by the post word's distance from the name", results, column(parts, 2))
    census = [f"{p[1]}, {p[2]}" for p in parts]
    read = share("  census names, the post within reach", results, census, {f"census, {NEAR}"})
    assert value >= 0.51  # measured 53.1% (fa375d3 0%)
    assert read >= 0.98  # measured 100% (fa375d3 0%)


def test_a_name_after_an_oblique_post_or_pani_keeps_no_oblique_form(pages: Pages) -> None:
    label = "negative: 'koordynatorki projektu Oleny Melnyk', 'z panią Oleną …': no 'Oleny …'"
    value, results, parts = rated(pages, label, oblique_case, no_person)
    breakdown("by the case and the ending", results, [f"{p[1]} -{p[2]}" for p in parts])
    assert value >= NEGATIVE  # measured 100% (fa375d3 100%; c5df5c6 98.3%, see above)


# --- 4. an adjective of the post between the role and the body -----------------------------------

POST_ADJECTIVES = ("generalny", "wykonawczy", "naczelny", "honorowy", "regionalny", "krajowy",
                   "programowy", "zarządzający", "merytoryczny", "główny", "stały", "specjalny")  # fmt: skip
ROLES = {
    "m1": ("dyrektor", "sekretarz", "koordynator", "prezes", "przedstawiciel", "rzecznik"),
    "f": ("dyrektorka", "koordynatorka", "prezeska", "przedstawicielka", "rzeczniczka"),
}
ROLE_FRAMES = (
    "Spotkanie {opened} {role} {name}.",
    "Głos {took} {role} {name}.",
    "W konferencji udział wzięli {role} {name} oraz prezydenci miast.",
    "– Miasta potrzebują wsparcia – mówi {role} {name}.",
    "{Role} {name} podkreśla, że współpraca z miastami jest ważna.",
)


def role_with_adjective(rng: random.Random, person: Person) -> tuple[str, str]:
    """'sekretarz generalny', 'dyrektorka wykonawcza', 'koordynator zarządzający' (agreeing)."""
    lemma, gender = rng.choice(POST_ADJECTIVES), person.gender
    said = (
        participle("zarządzać", "pact", "nom", gender)
        if lemma == "zarządzający"
        else adjective(lemma, "sg", "nom", gender)
    )
    return f"{noun(rng.choice(ROLES[gender]), 'sg', 'nom')} {said}", lemma


def post_case(rng: random.Random) -> Case:
    """'sekretarz generalny Rady Europy Jan Kos', 'Głos zabrała dyrektorka wykonawcza Komisji
    Europejskiej Anna Nowak': an SGJP person, a reference body in the genitive."""
    person = rng.choice(people())
    (body,) = draw(rng, organisations())
    role, lemma = role_with_adjective(rng, person)
    phrase = f"{role} {body.form('gen')}"
    text = rng.choice(ROLE_FRAMES).format(
        opened=past("otworzyć", "sg", person.gender),
        took=past("zabrać", "sg", person.gender),
        role=phrase,
        Role=capitalise(phrase),
        name=person.form("nom"),
    )
    return Case(text, lemma, keys=(body.iri,), people=(person,))


def met_case(rng: random.Random) -> Case:
    """'Sekretarz generalny Rady Europy spotkał się z Janem Kosem.', '… podziękowała Annie
    Nowak.': the person the object of the post holder's verb."""
    holder, person = rng.sample(people(), 2)
    (body,) = draw(rng, organisations())
    role, _ = role_with_adjective(rng, holder)
    verb, case = rng.choice((("spotkać", "inst"), ("podziękować", "dat")))
    said = past(verb, "sg", holder.gender) + (" się" if case == "inst" else "")
    named = z(person.form(case)) if case == "inst" else person.form(case)
    text = f"{capitalise(role)} {body.form('gen')} {said} {named}."
    return Case(text, verb, keys=(body.iri,), people=(person,))


def a_post(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    return holds(ctx, case.people[0], case.keys[0]), f"a post in {short(case.keys[0])}"


def no_post(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    return holds_no_post_in(ctx, case.people[0], case.keys[0]), "no post"


def test_an_adjective_of_the_post_between_the_role_and_the_body(pages: Pages) -> None:
    label = "'sekretarz generalny Rady Europy Jan Kos': a post in the body"
    value, _, _ = rated(pages, label, post_case, a_post)
    assert value >= 0.98  # measured 100% (fa375d3 0%)


def test_a_person_the_post_holder_met_holds_no_post(pages: Pages) -> None:
    label = "negative: 'Sekretarz generalny Rady Europy spotkał się z Janem Kosem.'"
    value, _, _ = rated(pages, label, met_case, no_post)
    assert value >= NEGATIVE  # measured 100% (fa375d3 100%)


# --- 5. "X realizuje go wspólnie z Y": the leader and a partner ----------------------------------

OPENINGS = (
    "Program „{T}” wspiera migrantów mieszkających {in_city}.",
    "„{T}” to program wspierania migrantów i ich integracji.",
    "Projekt „{T}” ma ułatwić migrantom start {in_city}.",
    "„{T}” to projekt dla migrantów i ich rodzin.",
)
RUNNING = ("realizować", "prowadzić", "koordynować")
REFERENCE_BODIES = ("iom", "unhcr", "komisja-europejska", "rada-europy", "ump", "unia-europejska")


def a_body(rng: random.Random) -> Body | Named:
    if rng.random() < 0.5:
        return organisation_of(rng)
    return reference(rng.choice(REFERENCE_BODIES))


def key_of(body: Body | Named) -> str:
    return body.iri if isinstance(body, Named) else body.label


def run_case(rng: random.Random, it: bool = True) -> Case:
    """'„T” to program …. Fundacja X realizuje go wspólnie z Gminą Wrocław.': the verb in the
    present or in the past agreeing with the body (morfeusz2); the partner 'Gminą <City>', a
    reference or a made-up body (their heads by morfeusz2). Without `it`: 'X realizuje wiele
    projektów wspólnie z Y', 'X od lat współpracuje z Y'."""
    title = title_of(rng)
    leader = a_body(rng)
    gender = next(g for word in leader.form("nom").split() if (g := gender_of_noun(word)))
    how = rng.choice(("gmina", "a body"))
    if how == "gmina":
        (city,) = draw(rng, cities())
        partner = f"{capitalise(noun('gmina', 'sg', 'inst'))} {city.form('nom')}"
        keys: tuple[str, ...] = (city.iri, office_of(city))  # either will do
    else:
        other = a_body(rng)
        partner, keys = other.form("inst"), (key_of(other),)
        if keys[0] == key_of(leader):
            return run_case(rng, it)
    lexeme, tense = rng.choice(RUNNING), rng.choice(("present", "past"))
    verb = present(lexeme) if tense == "present" else past(lexeme, "sg", gender)
    runs = [f"{verb} {pronoun('acc', 'm3')} wspólnie"]
    if not it:
        runs = [f"{verb} wiele projektów wspólnie", f"od lat {present('współpracować')}"]
    opening = rng.choice(OPENINGS).format(T=title, in_city=w(draw(rng, cities())[0]))
    text = f"{opening} {leader.form('nom')} {rng.choice(runs)} {z(partner)}."
    return Case(text, f"{lexeme} {tense} | {how}", title, (key_of(leader), *keys))


def led_and_partnered(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    found = initiative(ctx, case.name)
    leaders = {str(o) for i in found for o in objects(ctx, i, "leader")}
    partners = {str(o) for i in found for o in objects(ctx, i, "partner")}
    wanted = set().union(*(iris(ctx, k) for k in case.keys[1:]))
    ok = bool(iris(ctx, case.keys[0]) & leaders and wanted & partners)
    return ok, f"leader {case.keys[0]}, partner {case.keys[1:]}; {facts_of(ctx, 'leader')}"


def test_a_body_that_runs_it_with_another_leads_it_with_a_partner(pages: Pages) -> None:
    label = "'„T” to program …. Fundacja X realizuje go wspólnie z Gminą Wrocław.'"
    value, results, parts = rated(pages, label, run_case, led_and_partnered)
    breakdown("by the partner", results, column(parts, 1))
    verbs = column(parts, 0)
    read = share("  but 'prowadzi'", results, verbs, set(verbs) - {"prowadzić present"})
    assert value >= 0.98  # measured 100% after the mend below (84.4% before; fa375d3 0%)
    assert read >= 0.98  # measured 100% (fa375d3 0%)


def no_leader(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    found = initiative(ctx, case.name)
    ok = bool(found) and not any(objects(ctx, i, "leader") for i in found)
    return ok, f"the initiative, no leader; {facts_of(ctx, 'leader')}"


def test_a_body_that_runs_other_things_with_another_leads_nothing(pages: Pages) -> None:
    label = "negative: 'Fundacja X realizuje wiele projektów wspólnie z Y.': no leader"
    value, _, _ = rated(pages, label, partial(run_case, it=False), no_leader)
    assert value >= NEGATIVE  # measured 100% (fa375d3 100%)


# --- 6. "To wspólne przedsięwzięcie A i B" after a programme -------------------------------------

JOINT_NOUNS = ("przedsięwzięcie", "inicjatywa", "program", "projekt", "działanie")
DEMONSTRATIVES = ("To", "Jest to", "Było to")
EVENTS = ("konferencja", "wystawa", "festiwal", "debata", "spotkanie")


def relative(gender: str) -> str:
    """'który', 'która', 'które' (morfeusz2; not the dialectal 'któren' it gives first)."""
    return next(
        orth
        for orth, _, tag, _, qualifiers in morfeusz().generate("który")
        if tag.startswith("adj:sg:nom")
        and gender in tag.split(":")[3].split(".")
        and not qualifiers
    )


def joint_case(rng: random.Random, event: bool = False) -> Case:
    """'Program „T” upowszechnia …. To wspólne przedsięwzięcie Rady Europy i Fundacji X.' ('wspólny'
    agreeing with the noun, morfeusz2); with `event`, 'Konferencja to wspólne …'."""
    first = a_body(rng)
    while key_of(second := a_body(rng)) == key_of(first):
        pass
    head = rng.choice(JOINT_NOUNS)
    gender = gender_of_noun(head) or "n"
    joint = f"{adjective('wspólny', 'sg', 'nom', gender)} {head}"
    opener = f"{capitalise(rng.choice(EVENTS))} to" if event else rng.choice(DEMONSTRATIVES)
    which, run = relative(gender), participle("realizować", "ppas", "nom", gender)
    tail = rng.choice(("", f", {which} ma wspierać miasta", f" {run} od 2020 roku"))
    title = title_of(rng)
    text = (
        f"Program „{title}” upowszechnia w Europie politykę integracji. "
        f"{opener} {joint} {first.form('gen')} i {second.form('gen')}{tail}."
    )
    bureau = any(isinstance(b, Body) and b.label.startswith("Biuro") for b in (first, second))
    template = f"{opener} | {head} | {'a made-up Biuro' if bureau else 'read'}"
    return Case(text, template, title, (key_of(first), key_of(second)))


def initiators(ctx: DocumentContext, case: Case) -> set[str]:
    return {str(o) for i in initiative(ctx, case.name) for o in objects(ctx, i, "initiator")}


def both_initiators(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    ok = all(iris(ctx, k) & initiators(ctx, case) for k in case.keys)
    return ok, f"initiators {list(case.keys)}; {facts_of(ctx, 'initiator')}"


def no_initiators(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    ok = bool(initiative(ctx, case.name)) and not initiators(ctx, case)
    return ok, f"the programme, no initiator; {facts_of(ctx, 'initiator')}"


def test_to_wspolne_przedsiewziecie_names_the_programmes_initiators(pages: Pages) -> None:
    label = "'Program „T” …. To wspólne przedsięwzięcie A i B.': A and B its initiators"
    value, results, parts = rated(pages, label, joint_case, both_initiators)
    breakdown("by the noun", results, column(parts, 1))
    read = share("  but a made-up 'Biuro …'", results, column(parts, 2), {"read"})
    assert value >= 0.94  # measured 96.9% after the mend below (79.4% before; fa375d3 0%)
    assert read >= 0.97  # measured 99.2% (fa375d3 0%)


def test_an_event_as_a_joint_undertaking_gives_no_initiators(pages: Pages) -> None:
    label = "negative: 'Program „T” …. Konferencja to wspólne przedsięwzięcie A i B.'"
    value, _, _ = rated(pages, label, partial(joint_case, event=True), no_initiators)
    assert value >= NEGATIVE  # measured 100% (fa375d3 100%)


# --- 7. a quoted title repeated unquoted in a heading --------------------------------------------

TITLE_HEADS = {"akademia": "f", "szkoła": "f", "klub": "m3", "centrum": "n", "program": "m3",
               "forum": "n", "dom": "m3"}  # fmt: skip
HEAD_ADJECTIVES = ("integracyjny", "aktywny", "otwarty", "młody", "sąsiedzki", "wielokulturowy")
MEMBERS = ("migrantka", "sąsiad", "mieszkaniec", "lider", "obywatel", "cudzoziemiec")
QUOTING = (
    "Miasto realizuje projekt „{T}” od 2020 roku.",
    "Fundacja prowadzi program „{T}” od stycznia.",
    "„{T}” to program wspierania migrantów.",
    "Od marca trwa projekt „{T}”.",
)


def repeat_case(rng: random.Random) -> Case:
    """'# Klub Aktywnych Migrantek 2024' over '… projekt „Klub aktywnych migrantek 2024” …',
    '# Program Integracyjny – Dobry Sąsiad W Lublinie': a head, an adjective and a plural
    genitive, or an agreeing adjective and a subtitle; a year or a city after it or not
    (morfeusz2); every word capitalised in the heading."""
    head = rng.choice(sorted(TITLE_HEADS))
    chosen = rng.choice(HEAD_ADJECTIVES)
    if rng.random() < 0.5:
        members = f"{adjective(chosen, 'pl', 'gen', 'm1')} {noun(rng.choice(MEMBERS), 'pl', 'gen')}"
        title, shape = f"{capitalise(head)} {members}", "X of whom"
    else:
        agreeing = capitalise(adjective(chosen, "sg", "nom", TITLE_HEADS[head]))
        title, shape = f"{capitalise(head)} {agreeing} – {title_of(rng)}", "X – title"
    title += rng.choice(("", f" {rng.randrange(2018, 2026)}", f" {w(draw(rng, cities())[0])}"))
    heading = " ".join(capitalise(word) for word in title.split())
    text = f"# {heading}\n\n{rng.choice(QUOTING).format(T=title)} Zajęcia są bezpłatne."
    return Case(text, f"{capitalise(head)} | {shape}", title)


def one_initiative(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    others = [
        e.label_pl
        for i, e in ctx.entities.items()
        if ("/document/" in i or "/organisation/" in i)
        and case.name.casefold().startswith(e.label_pl.casefold())
    ]
    shown = sorted(f"{short(i)}={e.label_pl!r}" for i, e in ctx.entities.items())
    return len(initiative(ctx, case.name)) == 1 and not others, f"one initiative; {shown}"


def short_title_case(rng: random.Random) -> Case:
    """'Program „Dobry Sąsiad” …. Każdy dobry sąsiad jest ważny.': a two-word title, its words
    again later in lower case ('każdy', 'ważny' agreeing, morfeusz2)."""
    while len((title := title_of(rng)).split()) != 2:
        pass
    gender = gender_of_noun(title.split()[1]) or "m3"
    every, important = (adjective(a, "sg", "nom", gender) for a in ("każdy", "ważny"))
    quoted = rng.choice(QUOTING).format(T=title)
    return Case(f"{quoted} {capitalise(every)} {title.lower()} jest {important}.", "", title)


def only_where_quoted(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    found, quote = initiative(ctx, case.name), ctx.doc.text.index("”")
    later = [m.text for m in ctx.mentions if m.iri in found and m.start > quote]
    return bool(found) and not later, f"the initiative only where quoted: {later}"


def test_a_quoted_title_repeated_in_a_heading_is_one_initiative(pages: Pages) -> None:
    label = "'# Klub Aktywnych Migrantek 2024', '„Klub aktywnych migrantek 2024”': one initiative"
    value, results, parts = rated(pages, label, repeat_case, one_initiative)
    breakdown("by the shape", results, column(parts, 1))
    assert value >= 0.98  # measured 100% (fa375d3 0%)


def test_a_short_title_in_lower_case_is_not_the_initiative(pages: Pages) -> None:
    label = "negative: '„Dobry Sąsiad” …. Każdy dobry sąsiad jest ważny.'"
    value, _, _ = rated(pages, label, short_title_case, only_where_quoted)
    assert value >= NEGATIVE  # measured 100% (fa375d3 100%)
