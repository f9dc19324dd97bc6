"""Two rules about who takes part in a project and which cities an association gathers, on
forms they were not written from.

1. Who takes part in or joins the project a sentence speaks of is its ump:partner
   (extract/relations.py PARTNERS_ARE, project_partners_and_funds): after a sentence naming
   the project ("Projekt „T” realizuje Fundacja X.", "Projekt „T” prowadzi …", "Projekt „T”
   jest realizowany w Gdańsku."; titles of SGJP nouns and agreeing adjectives, tests/
   test_bodies_projects_pages title_of), in the same paragraph, after a sentence about no body
   or in the next paragraph: "W projekcie uczestniczą A i B.", "W projekcie biorą udział
   miasta: A, B i C.", "W projekcie wzięły udział A oraz B.", "Do projektu przystąpiły A, B i
   C.", "Do projektu dołączył A." One to three partners after the cue, joined by ",", "i",
   "oraz": made-up bodies in the nominative (tests/pages_templates organisation_of: Fundacja,
   Stowarzyszenie, Centrum, Instytut, Ośrodek, Towarzystwo, Biuro + SGJP genitives), a city's
   office "Urząd Miasta <city's genitive>" (the reference office), a reference city in the
   nominative (the city itself the partner); "miasta:" before a list of cities or not. The
   verb agreeing with the partners (morfeusz2): the present and the past of uczestniczyć
   ("uczestniczy", "uczestniczą", "uczestniczyła", "uczestniczyły"), the present of brać udział
   ("bierze", "biorą"), the past of wziąć udział ("wziął", "wzięła", "wzięło", "wzięły"), the
   past of przystąpić and dołączyć ("przystąpiło", "dołączył", …). Four wordings beyond those
   the rule was written from are among the cases too: the past of brać udział ("brały udział"),
   the future of wziąć udział ("weźmie", "wezmą"), "udział" before the verb ("W projekcie
   udział wzięły …") and "Do projektu przyłączył(a/o/y) się …".
   Negative control: where people came from is no partner: "W projekcie wzięło udział 120 osób
   z Krakowa.", "W projekcie uczestniczyło 45 mieszkańców ze Szczecina.", "Do projektu
   dołączyło 30 rodzin z Gdańska i Łodzi." (numbers that take the neuter singular, the people
   in the genitive plural and the verbs by morfeusz2; one city, two after one "z", or "z A i
   z B") gives neither the city nor its office the project's ump:partner (the `whence` check).
   Control that the check spares the cue's own "z": "Projekt jest realizowany w partnerstwie
   z A i z B.", "… we współpracy z A, z B i z C." (bodies, offices and cities in the
   instrumental, "z"/"ze" by tests/pages_templates z) makes each of them a partner.
2. Cities listed as an association's members (relations.py member_cities,
   MEMBER_CITIES_OF_NAMED, new: "zrzesza", "skupia", "stowarzyszenie/związek … miast:"):
   "UMP to stowarzyszenie 12 największych polskich miast: Białegostoku, Bydgoszczy, Gdańska i
   Katowic." — each listed reference city is ump:memberOf the Union (organisation/ump). Two to
   twelve of the Union's member cities in the case the frame needs (morfeusz2), the Union as
   "Unia Metropolii Polskich" or "UMP". The frames base13 already read are left out of the
   cases: "Unia Metropolii Polskich zrzesza Białystok, Bydgoszcz, Gdańsk i Katowice.", "UMP
   skupia Warszawę, Łódź i Poznań.", "UMP zrzesza 12 miast: Białystok, …", "Od 1990 r. UMP
   skupia miasta: …" (the Union before the verb: members(), GATHERS, read before the rule;
   120 such cases drawn as these are held 100% on base13 as on main, measured aside). The
   cases: "<U> to stowarzyszenie/związek/zrzeszenie [N] [największych polskich] miast: <the
   cities' genitives>", "<U> jest stowarzyszeniem/związkiem … miast: …", the same with the
   list in the nominative, "Miasta, które zrzesza/skupia <U>, to[:] <the cities'
   nominatives>" (the Union after the verb), and "<U> to związek … największych miast w
   Polsce: …" (words between "miast" and the colon). Negative control: the same frames for a
   body that is no association of cities ("Fundacja X skupia wolontariuszy z Gdańska i
   Krakowa.", "… zrzesza organizacje z A, B i C.", "… skupia mieszkańców A i B.", "… to
   stowarzyszenie ekspertów z miast: A i B."; the nouns in the case the verb needs, morfeusz2)
   makes no city a member of anything.

Each rule is measured over 160 cases drawn by hypothesis (derandomized seeds), each control
over 120; the rate is printed with -s, with each wording's share and the failing pages, and
each bar is the rate measured less about two points. Measured when the file was written (main
/ base13, the code before the rules):
1. 62.5% / 0% (the four wordings beyond the rule's 0% / 0%; the rule's wordings but the
   singular "wziął udział" and "bierze udział" 100% / 0%);
2. 73.1% / 0% (all but "miast w Polsce:" 100% / 0%);
controls: no partner where people came from 73.3% / 100% (one city after "z" 100% / 100%);
"w partnerstwie z A i z B" each a partner 92.5% / 92.5% (the first partner after "z", not
"ze", 100% / 100%); a body that is no association: no city a member of the Union 100% / 100%,
no city a member of anything 27.5% / 27.5%.

After the known misses below were mended (the singular and other tenses of "brać/wziąć udział"
and "udział" before the verb; "ze" after the partnership cue; a participation cue takes no
city after "z"; words between "miast" and the colon; a body that gathers people gathers no
cities): rule 1 100%, rule 2 100%, every control 100%.

Known misses when the file was written (kept among the cases; all mended since, bars raised):
- rule 1: two singular forms of the rule's own wordings are not read (the cue is "bior\\w+
  udział", "wzię\\w+ udział"): "Projekt „Wspólny Ogród” realizuje Fundacja Rozwoju Migrantów.
  W projekcie wziął udział Instytut Badań Kultury Ukraińskiej." and "… W projekcie bierze
  udział Urząd Miasta Gdańska." give no partner (0/11 "wziął", 0/7 "bierze");
- rule 1: the past of brać udział ("W projekcie brały udział Gdańsk i Lublin.", 0/20), the
  future of wziąć udział ("W projekcie wezmą udział …", 0/12) and "udział" before the verb
  ("W projekcie udział wzięły miasta: …", 0/14) give no partner; "Do projektu przyłączyły się
  …" is read (24/24);
- control 1: a second city after one "z" or after "i z" is made a partner: "W projekcie
  wzięło udział 120 osób z Krakowa i Wrocławia." and "… z Krakowa i ze Szczecina." make
  Wrocław (Szczecin) the project's partner (every such case whose cue is read; the `whence`
  check looks at the words right before the city only, and spares "i z" for "w partnerstwie z
  A i z B");
- control 1: "ze" before the first partner is not read as the cue's "z": "Projekt jest
  realizowany w partnerstwie ze Stowarzyszeniem Dialogu Cudzoziemców, z Gdańskiem oraz z
  Urzędem Miasta Krakowa." gives no partner at all (0/9; "w partnerstwie z\\b", "współpracy
  z\\b"; on base13 as on main);
- rule 2: "UMP to związek 3 największych miast w Polsce: Białegostoku, Bydgoszczy i Gdańska."
  gives no member (0/43; the cue wants "miast" right before the colon);
- control 2: a body that gathers people "z" cities, or the cities' residents, makes the cities
  its members: "Fundacja Rozwoju Migrantów skupia wolontariuszy z Gdańska i Krakowa." gives
  Gdańsk and Kraków ump:memberOf the Fundacja (members(), GATHERS: every city after the verb
  is the subject's member; on base13 as on main; 0/87 of the wordings with "skupia",
  "zrzesza"); "… to stowarzyszenie ekspertów z miast: …" gives none (33/33).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.pages_templates import UMP_ORG, gender_of, organisation_of, z
from tests.relations_pages import Pages, checked, labelled, measured, objects
from tests.relations_templates import (
    NEGATIVE,
    PUBLISHED,
    UMP,
    Named,
    capitalise,
    cases,
    cities,
    draw,
    office_of,
    tallied,
    w,
)
from tests.test_bodies_projects_pages import breakdown, noun, share, title_of
from tests.test_events_properties import past
from tests.test_member_cities import union
from tests.test_relations_properties_2 import city_gender
from tests.test_told_events_heads_themes import finite, joined
from ump_kg.extract.context import DocumentContext

MANY = 160  # cases a rule (hypothesis may repeat a seed; at least 150 remain)
CONTROL = 120  # cases a control


def short(iri: object) -> str:
    return str(iri).rsplit("/", 1)[-1]


def facts_of(ctx: DocumentContext, prop: str) -> list[str]:
    return [f"{short(f.s)} {short(f.o)}" for f in ctx.facts if f.p == UMP + prop]


# --- partners in every case ----------------------------------------------------------------------


@dataclass(frozen=True)
class Partner:
    """A made-up body, a city's office or a reference city, as the sentences name it."""

    nominative: str
    instrumental: str
    key: str  # the label of a made-up body, or a reference IRI
    number: str
    gender: str
    kind: str  # made-up | a city's office | a city
    city: str = ""  # the slug of the city an office or a city is


def made_up(rng: random.Random) -> Partner:
    body = organisation_of(rng)
    head = body.label.split()[0]
    return Partner(body.label, body.form("inst"), body.label, "sg", gender_of(head), "made-up")


def an_office(city: Named) -> Partner:
    def named(case: str) -> str:
        return f"{capitalise(noun('urząd', 'sg', case))} Miasta {city.form('gen')}"

    return Partner(
        named("nom"), named("inst"), office_of(city), "sg", "m3", "a city's office", city.slug
    )


def a_city(city: Named) -> Partner:
    number, gender = city_gender(city)
    return Partner(
        city.form("nom"), city.form("inst"), city.iri, number, gender, "a city", city.slug
    )


def partners_of(rng: random.Random, count: int, kinds: tuple[str, ...]) -> list[Partner]:
    """`count` partners, each of one of `kinds`, no two the same body or of the same city."""
    found: list[Partner] = []
    while len(found) < count:
        kind = rng.choice(kinds)
        if kind == "made-up":
            partner = made_up(rng)
        else:
            (city,) = draw(rng, cities())
            partner = an_office(city) if kind == "a city's office" else a_city(city)
        if all(partner.key != p.key and (not p.city or partner.city != p.city) for p in found):
            found.append(partner)
    return found


def partner_iris(ctx: DocumentContext, key: str) -> set[str]:
    return {key} if key.startswith("http") else set(labelled(ctx, key))


# --- 1. who takes part in or joins the project is its partner --------------------------------


@dataclass(frozen=True)
class ProjectCase:
    title: str
    partners: tuple[str, ...]  # their keys
    text: str
    template: str


# a project named, and the body that leads it or the city it is in
PROJECT_SENTENCES = (
    "Projekt „{T}” realizuje {L}.",
    "Projekt „{T}” prowadzi {L}.",
    "Projekt „{T}” jest realizowany {where}.",
)
# a sentence about no body between the project's and the partners'
BETWEEN = (
    "Zajęcia odbywają się co tydzień.",
    "Uczestnicy uczą się języka polskiego.",
    "Udział w zajęciach jest bezpłatny.",
)
# the wording -> (the frame, the verb's lexeme, its tense: the present (the future of a
# perfective verb) or the past)
TAKE_PART = {
    "W projekcie uczestniczy/-czą": ("W projekcie {verb} {list}.", "uczestniczyć", "fin"),
    "W projekcie uczestniczył(a/o/y)": ("W projekcie {verb} {list}.", "uczestniczyć", "praet"),
    "W projekcie bierze/biorą udział": ("W projekcie {verb} udział {list}.", "brać", "fin"),
    "W projekcie wziął/wzięła/wzięło/wzięły udział": (
        "W projekcie {verb} udział {list}.",
        "wziąć",
        "praet",
    ),
    "Do projektu przystąpił(a/o/y)": ("Do projektu {verb} {list}.", "przystąpić", "praet"),
    "Do projektu dołączył(a/o/y)": ("Do projektu {verb} {list}.", "dołączyć", "praet"),
}
# wordings beyond those the rule was written from
MORE_WORDINGS = {
    "W projekcie brał(a/o/y) udział": ("W projekcie {verb} udział {list}.", "brać", "praet"),
    "W projekcie weźmie/wezmą udział": ("W projekcie {verb} udział {list}.", "wziąć", "fin"),
    "W projekcie udział wzięły": ("W projekcie udział {verb} {list}.", "wziąć", "praet"),
    "Do projektu przyłączył(a/o/y) się": ("Do projektu {verb} się {list}.", "przyłączyć", "praet"),
}
WORDINGS = {**TAKE_PART, **MORE_WORDINGS}
# the singular forms of the rule's wordings it does not read (the cue is "bior\w+ udział",
# "wzię\w+ udział")
UNREAD = {"wziął", "bierze"}
KINDS = ("made-up", "made-up", "a city's office", "a city")


def verb_of(lexeme: str, tense: str, number: str, gender: str) -> str:
    """The verb agreeing with the partners (morfeusz2): plural partners take the plural of
    the non-masculine-personal ('wzięły', 'przystąpiły')."""
    if tense == "fin":
        return finite(lexeme, number)
    return past(lexeme, number, gender if number == "sg" else "f")


def opening(rng: random.Random, title: str, partners: list[Partner]) -> str:
    """The sentence that names the project: its leader a made-up body other than the
    partners, or a city none of them is of."""
    leader = made_up(rng)
    while any(leader.key == p.key for p in partners):
        leader = made_up(rng)
    taken = {p.city for p in partners}
    where = rng.choice([c for c in cities() if c.slug not in taken])
    return rng.choice(PROJECT_SENTENCES).format(T=title, L=leader.nominative, where=w(where))


def then(rng: random.Random, first: str, second: str) -> str:
    """The second sentence right after the first, after a sentence between, or in the next
    paragraph."""
    how = rng.randrange(4)
    if how == 0:
        return f"{first} {rng.choice(BETWEEN)} {second}"
    if how == 1:
        return f"{first}\n\n{second}"
    return f"{first} {second}"


def partner_case(rng: random.Random) -> ProjectCase:
    """'Projekt „Wspólny Ogród” realizuje Fundacja X. W projekcie uczestniczą Stowarzyszenie Y i
    Urząd Miasta Krakowa.', '… Do projektu przystąpiły miasta: Gdańsk, Lublin i Katowice.':
    one to three partners in the nominative after the cue, the verb agreeing with them."""
    title = title_of(rng)
    count = rng.choice((1, 1, 2, 2, 3))
    only_cities = count > 1 and rng.random() < 0.25
    partners = partners_of(rng, count, ("a city",) if only_cities else KINDS)
    cities_word = only_cities and rng.random() < 0.6
    number = "pl" if count > 1 else partners[0].number
    key = rng.choice(sorted(WORDINGS))
    frame, lexeme, tense = WORDINGS[key]
    verb = verb_of(lexeme, tense, number, partners[0].gender)
    listed = joined(rng, [p.nominative for p in partners])
    sentence = frame.format(verb=verb, list=f"miasta: {listed}" if cities_word else listed)
    text = then(rng, opening(rng, title, partners), sentence)
    kinds = " + ".join(sorted({p.kind for p in partners}))
    return ProjectCase(
        title, tuple(p.key for p in partners), text, f"{key} | {verb} | {count} | {kinds}"
    )


def the_projects(ctx: DocumentContext, title: str) -> list[str]:
    return [i for i in labelled(ctx, title) if "/project/" in i]


def partners_found(ctx: DocumentContext, title: str) -> set[str]:
    return {str(o) for i in the_projects(ctx, title) for o in objects(ctx, i, "partner")}


def each_a_partner(ctx: DocumentContext, case: ProjectCase) -> tuple[bool, str]:
    found = partners_found(ctx, case.title)
    missing = [short(k) for k in case.partners if not partner_iris(ctx, k) & found]
    return bool(the_projects(ctx, case.title)) and not missing, (
        f"„{case.title}” partners {[short(k) for k in case.partners]}; missing {missing}; "
        f"partner facts {facts_of(ctx, 'partner')}"
    )


def test_who_takes_part_in_the_project_is_its_partner(pages: Pages) -> None:
    results, templates = measured(pages, partner_case, each_a_partner, count=MANY)
    parts = [t.split(" | ") for t in templates]
    value = tallied(
        "'W projekcie uczestniczą A i B', 'Do projektu przystąpiły …': partners",
        results,
        [p[0] for p in parts],
    )
    breakdown("by the verb", results, [p[1] for p in parts])
    breakdown("by the partners' number", results, [p[2] for p in parts])
    breakdown("by the partners' kind", results, [p[3] for p in parts])
    read = share(
        "  the rule's wordings but 'wziął udział', 'bierze udział'",
        results,
        [f"{p[0]} | {p[1]}" for p in parts],
        {f"{p[0]} | {p[1]}" for p in parts if p[0] in TAKE_PART and p[1] not in UNREAD},
    )
    # measured 62.5% (base13 0%) when written ("wziął udział", "bierze udział", "brał(a/o/y)
    # udział", "weźmie/wezmą udział" and "udział wzięły" were not read); 100% since
    assert value >= 0.98
    assert read >= 0.98  # measured 100% (base13 0%)


# --- control: where people came from is no partner --------------------------------------------

# the people who took part, in the genitive plural after a number
PEOPLE = ("osoba", "mieszkaniec", "uczestnik", "rodzina", "dziecko", "cudzoziemiec")
# the wording -> (the frame, the verb's lexeme, its tense), the verb in the 3rd person singular
# (the neuter in the past) after a number of five and more
CAME_FROM = {
    "W projekcie wzięło udział N osób z X": ("W projekcie {verb} udział {n} {people} {whence}.",
                                            "wziąć", "praet"),
    "W projekcie bierze udział N osób z X": ("W projekcie {verb} udział {n} {people} {whence}.",
                                            "brać", "fin"),
    "W projekcie uczestniczyło N osób z X": ("W projekcie {verb} {n} {people} {whence}.",
                                            "uczestniczyć", "praet"),
    "Do projektu dołączyło N osób z X": ("Do projektu {verb} {n} {people} {whence}.",
                                         "dołączyć", "praet"),
    "Do projektu przystąpiło N osób z X": ("Do projektu {verb} {n} {people} {whence}.",
                                           "przystąpić", "praet"),
}  # fmt: skip


@dataclass(frozen=True)
class WhenceCase:
    title: str
    cities: tuple[Named, ...]
    text: str
    template: str


def many(rng: random.Random) -> int:
    """A number the genitive plural follows and the verb takes the neuter singular with: 5 and
    more, not ending in 2, 3, 4 (but 12, 13, 14 do)."""
    while True:
        n = rng.randrange(5, 400)
        if n % 10 not in (2, 3, 4) or n % 100 in (12, 13, 14):
            return n


def whence_case(rng: random.Random) -> WhenceCase:
    """'Projekt „T” realizuje Fundacja X. W projekcie wzięło udział 120 osób z Krakowa.', '…
    45 mieszkańców ze Szczecina', '… 30 rodzin z Gdańska i Łodzi', '… z Gdańska i z Łodzi'."""
    title = title_of(rng)
    how = rng.choice(("one city", "one city", "one city", "z A i B", "z A i z B"))
    chosen = draw(rng, cities(), 1 if how == "one city" else 2)
    if how == "one city":
        whence = z(chosen[0].form("gen"))
    elif how == "z A i B":
        whence = f"{z(chosen[0].form('gen'))} i {chosen[1].form('gen')}"
    else:
        whence = f"{z(chosen[0].form('gen'))} i {z(chosen[1].form('gen'))}"
    key = rng.choice(sorted(CAME_FROM))
    frame, lexeme, tense = CAME_FROM[key]
    sentence = frame.format(
        verb=verb_of(lexeme, tense, "sg", "n"),
        n=many(rng),
        people=noun(rng.choice(PEOPLE), "pl", "gen"),
        whence=whence,
    )
    leader = made_up(rng)
    first = rng.choice(PROJECT_SENTENCES[:2]).format(T=title, L=leader.nominative)
    return WhenceCase(title, tuple(chosen), then(rng, first, sentence), f"{key} | {how}")


def no_partner_whence(ctx: DocumentContext, case: WhenceCase) -> tuple[bool, str]:
    partners = {str(f.o) for f in ctx.facts if f.p == UMP + "partner"}
    wrong = [c.slug for c in case.cities if {c.iri, office_of(c)} & partners]
    return bool(the_projects(ctx, case.title)) and not wrong, (
        f"„{case.title}” no partner {[c.slug for c in case.cities]}; wrong {wrong}"
    )


def test_a_city_people_came_from_is_no_partner(pages: Pages) -> None:
    results, templates = measured(pages, whence_case, no_partner_whence, count=CONTROL)
    parts = [t.split(" | ") for t in templates]
    value = tallied(
        "'W projekcie wzięło udział 120 osób z Krakowa': no partner",
        results,
        [p[0] for p in parts],
    )
    breakdown("by the cities after 'z'", results, [p[1] for p in parts])
    one = share("  one city after 'z'", results, [p[1] for p in parts], {"one city"})
    # measured 73.3% (base13 100%) when written (a second city, "z Krakowa i Wrocławia", was
    # made a partner); 100% since
    assert value >= NEGATIVE
    assert one >= NEGATIVE  # measured 100% (base13 100%)


# --- control: "w partnerstwie z A i z B" makes each a partner ---------------------------------

IN_PARTNERSHIP = {
    "w partnerstwie z A i z B": "Projekt jest realizowany w partnerstwie {list}.",
    "we współpracy z A i z B": "Projekt jest prowadzony we współpracy {list}.",
}


def with_each(rng: random.Random, partners: list[Partner]) -> str:
    """'z A i z B', 'z A, z B i z C', 'z A oraz ze B' (each 'z' or 'ze' as the word needs)."""
    each = [z(p.instrumental) for p in partners]
    if len(each) == 2:
        return f"{each[0]} {rng.choice(('i', 'oraz'))} {each[1]}"
    return f"{', '.join(each[:-1])} {rng.choice(('i', 'oraz'))} {each[-1]}"


def partnership_case(rng: random.Random) -> ProjectCase:
    """'Projekt „T” realizuje Fundacja X. Projekt jest realizowany w partnerstwie z Urzędem
    Miasta Gdańska i ze Stowarzyszeniem Y.': two or three partners in the instrumental, each
    after its own 'z'."""
    title = title_of(rng)
    partners = partners_of(rng, rng.choice((2, 2, 3)), KINDS)
    key = rng.choice(sorted(IN_PARTNERSHIP))
    sentence = IN_PARTNERSHIP[key].format(list=with_each(rng, partners))
    text = then(rng, opening(rng, title, partners), sentence)
    kinds = " + ".join(sorted({p.kind for p in partners}))
    first = z(partners[0].instrumental).split()[0]
    return ProjectCase(
        title, tuple(p.key for p in partners), text, f"{key} | {kinds} | the first after '{first}'"
    )


def test_each_after_its_own_z_in_partnership_is_a_partner(pages: Pages) -> None:
    results, templates = measured(pages, partnership_case, each_a_partner, count=CONTROL)
    parts = [t.split(" | ") for t in templates]
    value = tallied("'w partnerstwie z A i z B': each a partner", results, [p[0] for p in parts])
    breakdown("by the partners' kind", results, [p[1] for p in parts])
    firsts = [p[2] for p in parts]
    breakdown("by the preposition before the first", results, firsts)
    after_z = share("  the first after 'z'", results, firsts, {"the first after 'z'"})
    # measured 92.5% (base13 92.5%) when written ("w partnerstwie ze Stowarzyszeniem …": the
    # cue wanted "z"); 100% since
    assert value >= NEGATIVE
    assert after_z >= NEGATIVE  # measured 100% (base13 100%)


# --- 2. cities listed as the members of an association of cities --------------------------------


@dataclass(frozen=True)
class MembersCase:
    body: str  # the key of the body the cities would be members of
    cities: tuple[Named, ...]
    text: str
    template: str


# the wording -> (its frame, the case of the cities)
ASSOCIATION_OF = {
    "to stowarzyszenie … miast: <gen>": ("{U} to {assoc_nom}{count}{big} miast: {list}.", "gen"),
    "jest stowarzyszeniem … miast: <gen>": (
        "{U} jest {assoc_inst}{count}{big} miast: {list}.",
        "gen",
    ),
    "to stowarzyszenie … miast: <nom>": ("{U} to {assoc_nom}{count}{big} miast: {list}.", "nom"),
    "Miasta, które zrzesza/skupia U, to <nom>": (
        "Miasta, które {gathers} {U}, to{colon} {list}.",
        "nom",
    ),
    "to związek … miast w Polsce: <gen>": (
        "{U} to {assoc_nom}{count} największych miast w Polsce: {list}.",
        "gen",
    ),
}
ASSOCIATIONS = ("stowarzyszenie", "związek", "zrzeszenie")
BIG = ("", " największych", " największych polskich", " dużych polskich")


def the_union(rng: random.Random) -> str:
    return rng.choice((union().form("nom"), "UMP"))


def members_case(rng: random.Random) -> MembersCase:
    """'UMP to stowarzyszenie 12 największych polskich miast: Białegostoku, Bydgoszczy, Gdańska
    i Katowic.', 'Unia Metropolii Polskich jest związkiem miast: …', 'Miasta, które skupia UMP,
    to: Białystok, …': two to twelve member cities in the case the frame needs (morfeusz2)."""
    chosen = draw(rng, cities(), rng.randrange(2, 13))
    key = rng.choice(sorted(ASSOCIATION_OF))
    frame, case = ASSOCIATION_OF[key]
    word = rng.choice(ASSOCIATIONS)
    text = frame.format(
        U=the_union(rng),
        assoc_nom=word,
        assoc_inst=noun(word, "sg", "inst"),
        count=rng.choice(("", f" {len(chosen)}")),
        big=rng.choice(BIG),
        gathers=rng.choice(("zrzesza", "skupia")),
        colon=rng.choice(("", ":")),
        list=joined(rng, [c.form(case) for c in chosen]),
    )
    return MembersCase(UMP_ORG, tuple(chosen), capitalise(text), f"{key} | {word}")


def members_of_the_union(ctx: DocumentContext, case: MembersCase) -> tuple[bool, str]:
    missing = [c.slug for c in case.cities if case.body not in objects(ctx, c.iri, "memberOf")]
    return not missing, f"memberOf ump: missing {missing}; {facts_of(ctx, 'memberOf')}"


def test_cities_listed_as_the_unions_members(pages: Pages) -> None:
    results, templates = measured(pages, members_case, members_of_the_union, count=MANY)
    parts = [t.split(" | ") for t in templates]
    keys = [p[0] for p in parts]
    value = tallied("'UMP to stowarzyszenie 12 … miast: A, B …': members", results, keys)
    breakdown("by the word for the association", results, [p[1] for p in parts])
    read = share(
        "  all but 'miast w Polsce:'",
        results,
        keys,
        set(keys) - {"to związek … miast w Polsce: <gen>"},
    )
    # measured 73.1% (base13 0%) when written ("… największych miast w Polsce: …" not read);
    # 100% since
    assert value >= 0.98
    assert read >= 0.98  # measured 100% (base13 0%)


# --- control: a body that is no association of cities gathers no member city --------------------

# the wording -> (its frame, the people's lexeme or lexemes, their case)
GATHERS_PEOPLE = {
    "skupia wolontariuszy z A i B": ("{B} skupia {people} {whence}.", ("wolontariusz",), "acc"),
    "zrzesza organizacje z A, B i C": (
        "{B} zrzesza {people} {whence}.",
        ("organizacja", "nauczyciel", "ekspert"),
        "acc",
    ),
    "skupia mieszkańców A i B": ("{B} skupia {people} {owners}.", ("mieszkaniec",), "acc"),
    "to stowarzyszenie ekspertów z miast: A i B": (
        "{B} to stowarzyszenie {people} z miast: {owners}.",
        ("ekspert", "wolontariusz", "nauczyciel"),
        "gen",
    ),
}


def not_an_association_case(rng: random.Random) -> MembersCase:
    """'Fundacja X skupia wolontariuszy z Gdańska i Krakowa.', 'Stowarzyszenie Y zrzesza
    organizacje z Gdańska, Łodzi i Lublina.', 'Fundacja X skupia mieszkańców Gdańska i
    Krakowa.', 'Instytut Z to stowarzyszenie ekspertów z miast: Gdańska i Krakowa.'"""
    body = made_up(rng)
    chosen = draw(rng, cities(), rng.choice((2, 2, 3)))
    genitives = [c.form("gen") for c in chosen]
    key = rng.choice(sorted(GATHERS_PEOPLE))
    frame, lexemes, case = GATHERS_PEOPLE[key]
    text = frame.format(
        B=body.nominative,
        people=noun(rng.choice(lexemes), "pl", case),
        whence=z(joined(rng, genitives)),
        owners=joined(rng, genitives),
    )
    return MembersCase(body.key, tuple(chosen), text, key)


def no_member_city(ctx: DocumentContext, case: MembersCase) -> tuple[bool, str]:
    wrong = [c.slug for c in case.cities if objects(ctx, c.iri, "memberOf")]
    return (
        not wrong,
        f"no memberOf for {[c.slug for c in case.cities]}; {facts_of(ctx, 'memberOf')}",
    )


def no_member_of_the_union(ctx: DocumentContext, case: MembersCase) -> tuple[bool, str]:
    wrong = [c.slug for c in case.cities if UMP_ORG in objects(ctx, c.iri, "memberOf")]
    return not wrong, f"no memberOf ump; {facts_of(ctx, 'memberOf')}"


def test_a_body_that_is_no_association_gathers_no_city(pages: Pages) -> None:
    read = [
        (case, pages.extract(case.text, published=PUBLISHED))
        for case in cases(not_an_association_case, CONTROL)
    ]
    templates = [case.template for case, _ in read]
    results = checked(read, no_member_city)
    value = tallied(
        "'Fundacja X skupia wolontariuszy z Gdańska i Krakowa': no city a member",
        results,
        templates,
    )
    union_results = checked(read, no_member_of_the_union)
    none_of_the_union = tallied("  … no city a member of the Union", union_results, templates)
    # measured 27.5% (base13 27.5%) when written (a body that gathers people "z" cities, or the
    # cities' residents, made the cities its members); 100% since (relations.gathers_people)
    assert value >= NEGATIVE
    assert none_of_the_union >= NEGATIVE  # measured 100% (base13 100%)
