"""Four rules about centres, members, lists of names and photo credits, on forms they were not
written from.

1. A centre's or information point's operator, partners and funders (extract/relations.py
   centres_and_their_runners, the_centre_of, service_bodies, SERVICE_HEADS, OPERATOR_IS,
   CENTRE_PARTNERS, CENTRE_RUN, CENTRE_FUNDED): the subject is a body whose name's first or
   second word is centrum, punkt, klub, dom, świetlica or przestrzeń, named in the sentence,
   else the last one named before. "Głównym operatorem Centrum jest Fundacja X." -> the centre
   ump:leader X; "Na lata 2024–2025 partnerami Centrum są:" over list items "- Fundacja Y," ->
   ump:partner each item's body; "Punkt … prowadzi Stowarzyszenie W", "… prowadzony jest przez
   Fundację W" -> leader; "… jest współfinansowane przez Miasto Kraków" -> ump:funder the city's
   reference office. Centres are made up: a head of the six, an SGJP adjective agreeing with it
   ("Wielokulturowe", "Sąsiedzka", "Konsultacyjny"), then "dla Cudzoziemców" ("Migrantów" …)
   and/or a reference city's locative, or a place adjective before it ("Łódzkie Centrum
   Międzykulturowe"); each word declined by morfeusz2 into the case the sentence governs.
   Thirteen wordings (operator "jest", "została" agreeing with the body, "Wiodącym … będzie";
   "prowadzi" after the centre in the nominative or accusative; "prowadzone jest przez",
   ", prowadzona przez …,"; partners inline, under "partnerami Centrum są:", under "Partnerzy
   Punktu:"; "współfinansowana/dofinansowane … przez" a body or "Miasto X"); the centre named
   in the sentence or the sentence before (the head alone in the genitive, "Świetlicy",
   "Domu"). Bodies are tests/pages_templates.organisation_of, in the case the sentence governs.
   Negative controls: a project's partners on a page with a centre ("W 2019 r. ruszył projekt
   „T”. Partnerami projektu są A i B.", "Projekt „T” realizuje Centrum X. Partnerami projektu
   są A i B.") and a body in another role ("W marcu Centrum odwiedziła Fundacja X", "Centrum
   gościło przedstawicieli X", "Z Centrum X od lat współpracuje Y") give the centre no fact
   to them.
2. A list after a colon of three to five two-word capitalised names (commas, "i", "oraz"), one
   or two of them a known person (an SGJP given name and surname, tests/pages_templates
   person_of), the rest made up (random syllables morfeusz2 does not know and no given name of
   ump_kg's international list) -> every name a Person (extract/lists.py
   people_listed_after_a_colon, COLON_LIST): "Na zdjęciu od lewej: …", "Od lewej: …", "W panelu
   wystąpili: …", "Certyfikaty ukończenia kursu odebrali: …" and two more. Negative controls:
   a list of two-word bodies and places ("Partnerzy: Caritas Polska, Fundacja Ocalenie, Zielona
   Góra"), a known person among made-up names, a body and a place, and made-up names alone make
   no Person of a body, a place or a made-up name.
3. Members listed after a colon (relations.py members_listed, MEMBERS_OF): "Na zdjęciu część
   składu <Body gen>[ podczas pierwszego posiedzenia], od lewej: A, B, C", "W skład <Body gen>
   weszli (weszły): …", "W składzie … znaleźli się: …", "Członkami (Członkiniami) <Body gen>
   zostali (zostały): …", "Członkowie <Body gen>: …" -> each person ump:memberOf the body. Bodies
   are councils and teams ("Rada Imigrantów i Imigrantek przy Prezydencie Miasta Gdańska",
   "Rada ds. Uchodźców[ przy Prezydencie Miasta X]", "Rada Migrantów Miasta X", "Zespół Doradczy
   ds. Integracji Cudzoziemców", "Komisja ds. Dialogu Mniejszości"), SGJP words in the genitive
   by morfeusz2; two to four SGJP people, verbs agreeing with them. Negative control: a colon
   list of people after a body not introduced by skład/członkowie ("Rada X zaprosiła na
   posiedzenie: A, B", "Z Radą X spotkali się: …", "Przed Zespołem X wystąpili: …", "Opinie dla
   Komisji X przedstawili: …") gives no membership.
4. A photographer's credit is no person of the graph (furniture.py PHOTO_CREDIT): "(fot. Anna
   Kos/KFP)", "(fot. Anna Kos)", "(zdj. Anna Kos)" after a sentence, "Fot. Anna Kos[, UMP]",
   "*Fot. Anna Kos*", "zdj. Anna Kos", "Photo: Anna Kos" on a line of their own, "Fot. …" under
   an image; a story around it names another SGJP person, who must stay a person. Negative
   control: "Fotografie wykonała Anna Kos, fotografka Fundacji X.", "Zdjęcia zrobił Jan Nowak z
   Fundacji X.", "Autorką zdjęć jest Anna Kos." (prose, verbs agreeing by morfeusz2) still name
   a person.

Each rule is measured over 160 cases drawn by hypothesis (derandomized seeds), each negative
control over 110; the rate is printed with -s, with each wording's share and the failures, and
each bar is the rate measured less about two points. Measured when the file was written
(main / base12, the code before the rules):
1. 70.0% / 0%; over the heads the names layer reads as a body's (Centrum, Punkt, Klub, Dom)
   97.4% / 0%.
2. 100% / 0%.
3. 100% / 35.6% ("W skład X weszli", "W składzie X znaleźli się" were read before); the
   wordings new to the rule (część składu, Członkami, Członkowie) 100% / 0%.
4. 100% / 68.1% (a credit on a line of its own was furniture before); a credit in brackets
   after a sentence 100% / 0%.
Every negative control 100% on both.

Known misses:
- kept among the cases of rule 1: "Świetlica …" and "Przestrzeń …" are read as no body at all
  (extract/names.py makes no organisation of them), so no operator, partner or funder: 0/45;
  an operator whose own name opens with "Centrum" after a centre named in the sentence before
  ("Wiodącym operatorem Domu … będzie Centrum Badań X") is taken for the centre and gives no
  leader (2 cases); "Partnerami Domu Sąsiedzkiego dla Imigrantów w Bydgoszczy są A, B i C"
  gave no partner (1 case);
- mended after the file was written, now asserted: a project's partners listed under
  "Partnerami projektu są:" on a page whose project "realizuje" a centre became the centre's
  partners too: 35/40 kept clear then (40/40 on base12), 40/40 now (the list-item branch of
  centres_and_their_runners checks for "projektu" as the inline branch does).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from tests.pages_templates import Body, organisation_of, person_of
from tests.relations_pages import Pages, labelled, measured, objects, people_found, person_iri
from tests.relations_templates import (
    CASES,
    NEGATIVE,
    Named,
    Person,
    capitalise,
    cities,
    generated,
    office_of,
    phrase_forms,
    readings,
    tallied,
    w,
)
from tests.test_bodies_projects_pages import (
    PLACE_ADJECTIVES,
    STORIES,
    adjective,
    breakdown,
    noun,
    share,
    title_of,
)
from tests.test_events_properties import past
from ump_kg.extract.context import DocumentContext
from ump_kg.language.international_given_names import INTERNATIONAL_GIVEN_NAMES

COUNT = 160  # cases of each rule (hypothesis may repeat a seed)
CONTROL = 110  # cases of each negative control
ID = "https://w3id.org/ump-kg/id/"


def short(iri: object) -> str:
    return str(iri).rsplit("/", 1)[-1]


def organisations_found(ctx: DocumentContext) -> list[str]:
    return sorted(short(i) for i in ctx.entities if "/organisation/" in i)


def facts_of(ctx: DocumentContext, prop: str) -> list[str]:
    return [f"{short(f.s)} {short(f.o)}" for f in ctx.facts if f.p.endswith("/" + prop)]


def with_person(people: list[Person], male: str, female: str) -> str:
    """A plural past verb agreeing with the people: 'weszli' (any man), 'weszły' (women only)."""
    return female if all(p.gender == "f" for p in people) else male


def joined(words: list[str], rng: random.Random) -> str:
    """'A, B i C', 'A, B oraz C', 'A, B, C'."""
    how = rng.randrange(3)
    if how == 2:
        return ", ".join(words)
    return ", ".join(words[:-1]) + (" i " if how == 0 else " oraz ") + words[-1]


# --- 1. a centre's operator, partners and funders -------------------------------------------------

# a service place's head -> (its gender, adjectives after it)
CENTRE_HEADS = {
    "centrum": ("n", ("wielokulturowy", "międzykulturowy", "integracyjny", "informacyjny")),
    "punkt": ("m3", ("informacyjny", "konsultacyjny", "integracyjny")),
    "klub": ("m3", ("międzykulturowy", "sąsiedzki", "integracyjny", "ukraiński")),
    "dom": ("m3", ("sąsiedzki", "międzykulturowy", "wielokulturowy")),
    "świetlica": ("f", ("międzykulturowy", "integracyjny", "sąsiedzki")),
    "przestrzeń": ("f", ("wielokulturowy", "międzykulturowy", "sąsiedzki")),
}
# heads extract/names.py makes a body of ('Świetlica …', 'Przestrzeń …' it does not)
BODY_HEADS = {"centrum", "punkt", "klub", "dom"}
FOR_WHOM = ("Cudzoziemców", "Migrantów", "Imigrantów", "Uchodźców")


@dataclass(frozen=True)
class Centre:
    label: str
    gender: str
    head: str  # the head lexeme ('centrum')
    forms: tuple[tuple[str, str], ...]
    city: Named | None  # the city of a name '… w Krakowie'

    def form(self, case: str) -> str:
        return dict(self.forms)[case]

    @property
    def short_gen(self) -> str:
        """The head alone in the genitive, capitalised: 'Centrum', 'Punktu', 'Świetlicy'."""
        return capitalise(noun(self.head, "sg", "gen"))

    def did(self, lexeme: str) -> str:
        return past(lexeme, "sg", self.gender)

    @property
    def run(self) -> str:
        """'prowadzony', 'prowadzona', 'prowadzone' (morfeusz2's participle)."""
        return participle("prowadzić", self.gender)


@cache
def participle(lexeme: str, gender: str) -> str:
    for orth, parts in generated(lexeme):
        if (
            parts[0] == ("ppas",)
            and "sg" in parts[1]
            and "nom" in parts[2]
            and gender in parts[3]
            and parts[-1] == ("aff",)
        ):
            return orth
    raise AssertionError((lexeme, gender))


def centre_of(rng: random.Random) -> Centre:
    """'Centrum Wielokulturowe w Krakowie', 'Punkt Informacyjny dla Cudzoziemców', 'Łódzkie
    Centrum Międzykulturowe', 'Świetlica Sąsiedzka dla Migrantów we Wrocławiu': the adjectives
    agree with the head, and each word is declined by morfeusz2, the rest kept."""
    head = rng.choice(sorted(CENTRE_HEADS))
    gender, adjectives = CENTRE_HEADS[head]
    after = rng.choice(adjectives)
    before = rng.choice(PLACE_ADJECTIVES) if rng.random() < 0.25 else None
    rest: list[str] = []
    city = None
    if before is None:
        if rng.random() < 0.4:
            rest += ["dla", rng.choice(FOR_WHOM)]
        if rng.random() < 0.5:
            city = rng.choice(cities())
            rest.append(w(city))
    forms = []
    for case in CASES:
        words = [
            capitalise(noun(head, "sg", case)),
            capitalise(adjective(after, "sg", case, gender)),
        ]
        if before is not None:
            words.insert(0, capitalise(adjective(before, "sg", case, gender)))
        forms.append((case, " ".join([*words, *rest])))
    return Centre(dict(forms)["nom"], gender, head, tuple(forms), city)


INTRODUCED = (
    "{C_nom} działa od {year} roku.",
    "W {year} r. otwarto {C_acc}.",
    "{C_nom} {opened} działalność w {year} roku.",
)


def introduced(rng: random.Random, centre: Centre, year: int) -> str:
    return rng.choice(INTRODUCED).format(
        C_nom=centre.form("nom"),
        C_acc=centre.form("acc"),
        opened=centre.did("rozpocząć"),
        year=year,
    )


# (role, wording) -> the sentence(s) after the centre's introduction; B, D, E are bodies
CENTRE_FRAMES = {
    ("leader", "Głównym operatorem Centrum jest X"): "Głównym operatorem {short} jest {B_nom}.",
    ("leader", "Operatorem Centrum X została Y"): "Operatorem {C_gen} {B_became} {B_nom}.",
    ("leader", "Wiodącym operatorem … będzie X"): (
        "Wiodącym operatorem {short} w latach {year}–{next} będzie {B_nom}."
    ),
    ("leader", "Centrum X prowadzi Y"): "{C_nom} prowadzi {B_nom}.",
    ("leader", "Od roku Centrum X prowadzi Y"): "Od {year} roku {C_acc} prowadzi {B_nom}.",
    ("leader", "Centrum X prowadzone jest przez Y"): "{C_nom} {C_run} jest przez {B_acc}.",
    ("leader", "Centrum X, prowadzone przez Y, …"): (
        "{C_nom}, {C_run} przez {B_acc}, zaprasza na dyżury konsultantów."
    ),
    ("partner", "partnerami Centrum są: (list)"): (
        "Na lata {year}–{next} partnerami {short} są:\n\n- {B_nom},\n- {D_nom},\n- {E_nom}."
    ),
    ("partner", "Partnerzy Centrum: (list)"): "Partnerzy {short}:\n\n- {B_nom}\n- {D_nom}",
    ("partner", "Partnerami Centrum X są A, B i C"): (
        "Partnerami {C_gen} są {B_nom}, {D_nom} i {E_nom}."
    ),
    ("funder", "Centrum X jest współfinansowane przez Miasto Y"): (
        "{C_nom} jest {C_cofunded} przez Miasto {city}."
    ),
    ("funder", "Centrum X współfinansowane jest przez Y"): (
        "{C_nom} {C_cofunded} jest przez {B_acc}."
    ),
    ("funder", "Centrum X jest dofinansowane przez Y"): "{C_nom} jest {C_funded} przez {B_acc}.",
}


@dataclass(frozen=True)
class CentreCase:
    centre: Centre
    role: str  # leader | partner | funder
    bodies: tuple[str, ...]  # labels of the bodies the centre has in that role
    city: Named | None  # a funding city (its office is the funder)
    text: str
    template: str


def centre_case(rng: random.Random) -> CentreCase:
    centre = centre_of(rng)
    (role, key), frame = rng.choice(sorted(CENTRE_FRAMES.items()))
    bodies: list[Body] = []
    while len(bodies) < 3:
        body = organisation_of(rng)
        if body.label not in [b.label for b in bodies]:
            bodies.append(body)
    b, d, e = bodies
    city = rng.choice(cities())
    year = rng.randrange(2015, 2025)
    values = {
        "short": centre.short_gen,
        "C_nom": centre.form("nom"),
        "C_gen": centre.form("gen"),
        "C_acc": centre.form("acc"),
        "C_run": centre.run,
        "C_cofunded": participle("współfinansować", centre.gender),
        "C_funded": participle("dofinansować", centre.gender),
        "B_nom": b.form("nom"),
        "B_acc": b.form("acc"),
        "B_became": past("zostać", "sg", _gender(b)),
        "D_nom": d.form("nom"),
        "E_nom": e.form("nom"),
        "city": city.label,
        "year": year,
        "next": year + 1,
    }
    sentence = frame.format(**values)
    named_before = "{short}" in frame
    text = f"{introduced(rng, centre, year - 1)}\n\n{sentence}" if named_before else sentence
    if not named_before and rng.random() < 0.5:
        text = f"{introduced(rng, centre, year - 1)} {sentence}"
    wanted: tuple[str, ...]
    if "Miasto" in frame:
        wanted, funding_city = (), city
    elif role == "partner":
        wanted = tuple(x.label for x in bodies[: 2 if "Partnerzy" in key else 3])
        funding_city = None
    else:
        wanted, funding_city = (b.label,), None
    head = centre.head
    return CentreCase(centre, role, wanted, funding_city, text, f"{role}: {key} | {head}")


def _gender(body: Body) -> str:
    found = [p[3][0] for _, p, _ in readings(body.label.split()[0]) if p[0] == ["subst"]]
    return found[0] if found else "f"


def centre_iris(ctx: DocumentContext, centre: Centre) -> list[str]:
    """The centre's IRIs: labelled with its name, or without its city ('… w Krakowie')."""
    labels = {centre.label}
    if centre.city is not None:
        labels.add(centre.label.removesuffix(" " + w(centre.city)))
    return [i for label in labels for i in labelled(ctx, label) if "/organisation/" in i]


def body_iris(ctx: DocumentContext, label: str) -> list[str]:
    return [i for i in labelled(ctx, label) if "/organisation/" in i]


def the_centre_has_them(ctx: DocumentContext, case: CentreCase) -> tuple[bool, str]:
    centres = centre_iris(ctx, case.centre)
    targets = [body_iris(ctx, label) for label in case.bodies]
    if case.city is not None:
        targets = [[office_of(case.city)]]
    got = {str(o) for c in centres for o in objects(ctx, c, case.role)}
    ok = bool(centres) and all(any(t in got for t in ts) for ts in targets)
    wanted = [*case.bodies] if case.city is None else [short(office_of(case.city))]
    want = f"{case.centre.label} {case.role} {wanted}"
    return ok, f"{want}; orgs {organisations_found(ctx)}; {case.role}: {facts_of(ctx, case.role)}"


def test_a_centres_operator_partners_and_funders(pages: Pages) -> None:
    results, templates = measured(pages, centre_case, the_centre_has_them, count=COUNT)
    value = tallied(
        "'Głównym operatorem Centrum jest Fundacja X', 'partnerami Centrum są:' …",
        results,
        [t.split(" | ")[0] for t in templates],
    )
    heads = [t.split(" | ")[1] for t in templates]
    breakdown("by the centre's head", results, heads)
    read = share("  heads the names layer reads as a body's", results, heads, BODY_HEADS)
    for (ok, text), head in zip(results, heads, strict=True):
        if not ok and head in BODY_HEADS:
            print(f"  FAIL ({head}) {text}")
    # measured 70.0% (base12 0%): 'Świetlica …' and 'Przestrzeń …' are read as no body
    assert value >= 0.68
    assert read >= 0.95  # measured 97.4% (base12 0%)


# negative controls: a project's partners on a page with a centre; a body in another role
OTHER_ROLES = {
    "Partnerami projektu są A i B": (
        "{intro} W {year} r. ruszył projekt „{title}”. Partnerami projektu są {B_nom} i {D_nom}."
    ),
    "Projekt realizuje Centrum. Partnerami projektu są A i B": (
        "Projekt „{title}” realizuje {C_nom}. Partnerami projektu są {B_nom} i {D_nom}."
    ),
}
# the same over a list (a known false partner of the centre, printed and not asserted)
PROJECT_LIST = {
    "Projekt realizuje Centrum; partnerami projektu są: (list)": (
        "Projekt „{title}” realizuje {C_nom}.\n\nPartnerami projektu są:\n\n- {B_nom},\n- {D_nom}."
    ),
    "Centrum odwiedziła Fundacja X": "{intro} W marcu {short_nom} {B_visited} {B_nom}.",
    "Centrum gościło przedstawicieli X": (
        "{intro} W marcu {short_nom} {C_hosted} przedstawicieli {B_gen}."
    ),
    "Z Centrum współpracuje X": "{intro} Z {C_inst} od lat współpracuje {B_nom}.",
}


def other_role_case(rng: random.Random, frames: dict[str, str] = OTHER_ROLES) -> CentreCase:
    centre = centre_of(rng)
    key = rng.choice(sorted(frames))
    b, d = organisation_of(rng), organisation_of(rng)
    while d.label == b.label:
        d = organisation_of(rng)
    year = rng.randrange(2015, 2025)
    text = frames[key].format(
        intro=introduced(rng, centre, year - 1),
        title=title_of(rng),
        year=year,
        short_nom=capitalise(centre.head),
        C_nom=centre.form("nom"),
        C_inst=centre.form("inst"),
        C_hosted=centre.did("gościć"),
        B_nom=b.form("nom"),
        B_gen=b.form("gen"),
        B_visited=past("odwiedzić", "sg", _gender(b)),
        D_nom=d.form("nom"),
    )
    return CentreCase(centre, "", (b.label, d.label), None, text, key)


def the_centre_has_none(ctx: DocumentContext, case: CentreCase) -> tuple[bool, str]:
    centres = centre_iris(ctx, case.centre)
    others = {i for label in case.bodies for i in body_iris(ctx, label)}
    wrong = [
        f"{short(f.s)} {short(f.p)} {short(f.o)}"
        for f in ctx.facts
        if f.s in centres and str(f.o) in others
    ]
    return not wrong, f"no fact from {case.centre.label} to {case.bodies}; found {wrong}"


def test_a_projects_partners_or_a_visitor_are_not_the_centres(pages: Pages) -> None:
    results, templates = measured(pages, other_role_case, the_centre_has_none, count=CONTROL)
    value = tallied(
        "negative: 'Partnerami projektu są …', 'Centrum odwiedziła X'", results, templates
    )
    # a project's partners listed under the sentence (a known miss when the file was written,
    # 35/40; mended: the list-item branch checks for "projektu" too)
    listed_, _ = measured(
        pages, lambda rng: other_role_case(rng, PROJECT_LIST), the_centre_has_none, count=40
    )
    held = sum(ok for ok, _ in listed_)
    print(
        f"  'Projekt realizuje Centrum X. Partnerami projektu są: (list)': "
        f"{held}/{len(listed_)} kept clear"
    )
    assert value >= NEGATIVE
    assert held >= 39


# --- 2. a list of names after a colon, one a known person's ----------------------------------------

CONSONANTS = "bdfghjklmnprstwz"
SYLLABLE_VOWELS = "aeiou"
LIST_FRAMES = (
    "Na zdjęciu od lewej: {names}.",
    "Od lewej: {names}.",
    "W dyskusji udział wzięli: {names}.",
    "Certyfikaty ukończenia kursu odebrali: {names}.",
    "W panelu wystąpili: {names}.",
    "Spotkanie poprowadzili: {names}.",
)


def unknown(word: str) -> bool:
    """A word morfeusz2 does not know, and no given name of the project's international list
    ('Sid', 'Nan' are: a name that opens with one is a known person's)."""
    known = word in INTERNATIONAL_GIVEN_NAMES
    return not known and all(parts[0] == ["ign"] for _, parts, _ in readings(word))


def foreign_word(rng: random.Random, syllables: int) -> str:
    while True:
        word = "".join(
            rng.choice(CONSONANTS) + rng.choice(SYLLABLE_VOWELS) for _ in range(syllables)
        )
        if rng.random() < 0.5:
            word += rng.choice("dhlmnrsz")
        word = capitalise(word)
        if unknown(word):
            return word


def foreign_name(rng: random.Random) -> str:
    """'Majed Tinawi', made up: random syllables morfeusz2 does not know."""
    return f"{foreign_word(rng, rng.choice((1, 2)))} {foreign_word(rng, rng.choice((2, 3)))}"


@dataclass(frozen=True)
class ListCase:
    names: tuple[str, ...]  # names that must be people
    others: tuple[str, ...]  # names that must not
    text: str
    template: str


def list_case(rng: random.Random) -> ListCase:
    size = rng.randrange(3, 6)
    known = rng.choice((1, 1, 2))
    taken: set[str] = set()
    names = [person_of(rng, taken).nominative for _ in range(known)]
    names += [foreign_name(rng) for _ in range(size - known)]
    rng.shuffle(names)
    frame = rng.choice(LIST_FRAMES)
    text = frame.format(names=joined(names, rng))
    return ListCase(tuple(names), (), text, f"{size} names | {frame.split(':')[0]}")


def all_people(ctx: DocumentContext, case: ListCase) -> tuple[bool, str]:
    found = people_found(ctx)
    missing = [n for n in case.names if n not in found]
    return not missing, f"people {list(case.names)}; missing {missing}"


def test_a_list_after_a_colon_with_a_known_person_is_of_people(pages: Pages) -> None:
    results, templates = measured(pages, list_case, all_people, count=COUNT)
    value = tallied(
        "'Na zdjęciu od lewej: Oksana Szatogo, Majed Tinawi, …': all people",
        results,
        [t.split(" | ")[0] for t in templates],
    )
    breakdown("by the wording", results, [t.split(" | ")[1] for t in templates])
    assert value >= 0.98  # measured 100% (base12 0%)


TWO_WORD_BODIES = (
    "Caritas Polska", "IOM Polska", "UNHCR Polska", "Komisja Europejska", "Rada Europy",
    "Fundacja Ocalenie", "Stowarzyszenie Nomada", "Fundacja Kompas", "Stowarzyszenie Horyzont",
    "Fundacja Dialog", "Instytut Spraw", "Klub Most",
)  # fmt: skip
TWO_WORD_PLACES = ("Zielona Góra", "Nowy Sącz", "Biała Podlaska", "Jelenia Góra", "Stalowa Wola")
OTHER_LISTS = (
    "Partnerzy: {names}.",
    "Wsparcia udzielili: {names}.",
    "Na zdjęciu od lewej: {names}.",
)


def other_list_case(rng: random.Random) -> ListCase:
    """A list of bodies or cities, a known person among bodies and foreign names, or foreign
    names alone: none of them is a person the list makes."""
    how = rng.randrange(3)
    if how == 0:
        others = rng.sample(TWO_WORD_BODIES, rng.randrange(2, 4))
        others += rng.sample(TWO_WORD_PLACES, rng.randrange(1, 3))
        names: list[str] = []
        key = "bodies and places"
    elif how == 1:
        others = [rng.choice(TWO_WORD_BODIES), rng.choice(TWO_WORD_PLACES)]
        others += [foreign_name(rng) for _ in range(rng.randrange(1, 3))]
        names = [person_of(rng, set()).nominative]
        key = "a person, foreign names, a body and a place"
    else:
        others = [foreign_name(rng) for _ in range(rng.randrange(3, 6))]
        names = []
        key = "no known person"
    items = others + names
    rng.shuffle(items)
    text = rng.choice(OTHER_LISTS).format(names=joined(items, rng))
    return ListCase(tuple(names), tuple(others), text, key)


def none_people(ctx: DocumentContext, case: ListCase) -> tuple[bool, str]:
    found = people_found(ctx)
    wrong = [n for n in case.others if n in found]
    return not wrong, f"no person among {list(case.others)}; found {wrong}"


def test_a_list_of_bodies_or_of_no_known_person_names_no_people(pages: Pages) -> None:
    results, templates = measured(pages, other_list_case, none_people, count=CONTROL)
    value = tallied("negative: bodies, places, no known person: no people", results, templates)
    assert value >= NEGATIVE


# --- 3. members listed after a colon ----------------------------------------------------------------

ACTION_LEMMAS = ("integracja", "dialog", "wsparcie", "współpraca", "polityka")
TARGET_LEMMAS = ("cudzoziemiec", "migrant", "imigrant", "uchodźca", "mniejszość")
TEAM_ADJECTIVES = ("doradczy", "konsultacyjny", "międzywydziałowy", "społeczny")


def council_of(rng: random.Random) -> Body:
    """'Rada Imigrantów i Imigrantek przy Prezydencie Miasta Gdańska', 'Rada ds. Cudzoziemców',
    'Zespół Doradczy ds. Integracji Migrantów', 'Komisja Dialogu Społecznego ds. Uchodźców'."""
    while True:
        how = rng.randrange(5)
        target = capitalise(noun(rng.choice(TARGET_LEMMAS), "pl", "gen"))
        action = capitalise(noun(rng.choice(ACTION_LEMMAS), "sg", "gen"))
        city = rng.choice(cities())
        if how == 0:
            label = f"Rada Imigrantów i Imigrantek przy Prezydencie Miasta {city.form('gen')}"
        elif how == 1:
            label = f"Rada ds. {target}"
            if rng.random() < 0.5:
                label += f" przy Prezydencie Miasta {city.form('gen')}"
        elif how == 2:
            label = f"Rada {target} Miasta {city.form('gen')}"
        elif how == 3:
            head = rng.choice(("Zespół", "Komisja"))
            gender = "m3" if head == "Zespół" else "f"
            kind = capitalise(adjective(rng.choice(TEAM_ADJECTIVES), "sg", "nom", gender))
            label = f"{head} {kind} ds. {action} {target}"
        else:
            head = rng.choice(("Zespół", "Komisja"))
            label = f"{head} ds. {action} {target}"
        forms = phrase_forms(label)
        if forms is not None:
            return Body(label, forms)


NEW_MEMBER_WORDINGS = {
    "część składu X, od lewej:",
    "część składu X podczas …, od lewej:",
    "Członkami X zostali:",
    "Członkowie X:",
}
MEMBER_FRAMES = {
    "część składu X, od lewej:": "Na zdjęciu część składu {B_gen}, od lewej: {names}.",
    "część składu X podczas …, od lewej:": (
        "Na zdjęciu część składu {B_gen} podczas pierwszego posiedzenia, od lewej: {names}."
    ),
    "W skład X weszli:": "W skład {B_gen} {entered}: {names}.",
    "W składzie X znaleźli się:": "W składzie {B_gen} {found}: {names}.",
    "Członkami X zostali:": "{Members} {B_gen} {became}: {names}.",
    "Członkowie X:": "Członkowie {B_gen}: {names}.",
}


@dataclass(frozen=True)
class MembersCase:
    body: str
    people: tuple[Person, ...]
    text: str
    template: str


def members_case(rng: random.Random) -> MembersCase:
    body = council_of(rng)
    taken: set[str] = set()
    people = [person_of(rng, taken) for _ in range(rng.randrange(2, 5))]
    key = rng.choice(sorted(MEMBER_FRAMES))
    text = MEMBER_FRAMES[key].format(
        B_gen=body.form("gen"),
        names=joined([p.nominative for p in people], rng),
        entered=with_person(people, "weszli", "weszły"),
        found=with_person(people, "znaleźli się", "znalazły się"),
        became=with_person(people, "zostali", "zostały"),
        Members=with_person(people, "Członkami", "Członkiniami"),
    )
    return MembersCase(body.label, tuple(people), text, f"{key} | {body.label.split()[0]}")


def members_of(ctx: DocumentContext, case: MembersCase) -> list[bool]:
    bodies = set(body_iris(ctx, case.body))
    found = []
    for person in case.people:
        who = person_iri(ctx, person)
        found.append(
            who is not None and any(str(o) in bodies for o in objects(ctx, who, "memberOf"))
        )
    return found


def all_members(ctx: DocumentContext, case: MembersCase) -> tuple[bool, str]:
    found = members_of(ctx, case)
    names = [p.nominative for p in case.people]
    return all(found), (
        f"{names} memberOf {case.body!r}; orgs {organisations_found(ctx)}; "
        f"memberOf: {facts_of(ctx, 'memberOf')}"
    )


def test_members_listed_after_a_colon(pages: Pages) -> None:
    results, templates = measured(pages, members_case, all_members, count=COUNT)
    value = tallied(
        "'W skład Rady X weszli: A, B i C': each ump:memberOf the body",
        results,
        [t.split(" | ")[0] for t in templates],
    )
    breakdown("by the body's head", results, [t.split(" | ")[1] for t in templates])
    keys = [t.split(" | ")[0] for t in templates]
    new = share(
        "  wordings new to the rule (część składu, Członkami, Członkowie)",
        results,
        keys,
        NEW_MEMBER_WORDINGS,
    )
    assert value >= 0.98  # measured 100% (base12 35.6%: 'W skład X weszli' was read before)
    assert new >= 0.98  # measured 100% (base12 0%)


NOT_MEMBERS = {
    "X zaprosiła:": "{B_nom} {invited} na posiedzenie: {names}.",
    "Z X spotkali się:": "Z {B_inst} {met}: {names}.",
    "Przed X wystąpili:": "Przed {B_inst} {spoke}: {names}.",
    "Opinie X przedstawili:": "Opinie dla {B_gen} {presented}: {names}.",
}


def not_members_case(rng: random.Random) -> MembersCase:
    body = council_of(rng)
    taken: set[str] = set()
    people = [person_of(rng, taken) for _ in range(rng.randrange(2, 5))]
    key = rng.choice(sorted(NOT_MEMBERS))
    gender = "m3" if body.label.startswith("Zespół") else "f"
    text = NOT_MEMBERS[key].format(
        B_nom=body.form("nom"),
        B_gen=body.form("gen"),
        B_inst=body.form("inst"),
        names=joined([p.nominative for p in people], rng),
        invited=past("zaprosić", "sg", gender),
        met=with_person(people, "spotkali się", "spotkały się"),
        spoke=with_person(people, "wystąpili", "wystąpiły"),
        presented=with_person(people, "przedstawili", "przedstawiły"),
    )
    return MembersCase(body.label, tuple(people), text, key)


def no_members(ctx: DocumentContext, case: MembersCase) -> tuple[bool, str]:
    found = members_of(ctx, case)
    return not any(found), f"no memberOf {case.body!r}; memberOf: {facts_of(ctx, 'memberOf')}"


def test_people_listed_after_a_body_not_introduced_as_members(pages: Pages) -> None:
    results, templates = measured(pages, not_members_case, no_members, count=CONTROL)
    value = tallied("negative: 'Rada X zaprosiła: A, B' -> no membership", results, templates)
    assert value >= NEGATIVE


# --- 4. a photographer's credit -------------------------------------------------------------------

AGENCIES = ("KFP", "UMG", "PAP", "UM Lublin", "UMP")
IN_BRACKETS = {"(fot. X/KFP)", "(fot. X)", "(zdj. X)"}
CREDITS = {
    "(fot. X/KFP)": "{story} (fot. {name}/{agency})",
    "(fot. X)": "{story} (fot. {name})",
    "Fot. X on its own line": "{story}\n\nFot. {name}",
    "Fot. X, agency": "{story}\n\nFot. {name}, {agency}",
    "*Fot. X*": "{story}\n\n*Fot. {name}*",
    "zdj. X": "{story}\n\nzdj. {name}",
    "(zdj. X)": "{story} (zdj. {name})",
    "Photo: X": "{story}\n\nPhoto: {name}",
    "![…] then Fot. X": "![Uczestnicy spotkania](zdjecie.jpg)\nFot. {name}\n\n{story}",
}


@dataclass(frozen=True)
class CreditCase:
    credited: Person
    person: Person  # a person the story names
    text: str
    template: str


def story_of(rng: random.Random, person: Person) -> str:
    month = rng.choice(("marca", "kwietnia", "maja", "czerwca"))
    return rng.choice(STORIES).format(
        date=f"{rng.randrange(1, 28)} {month} {rng.randrange(2016, 2025)} r.",
        where=w(rng.choice(cities())),
        a=person.a,
        person=person.nominative,
    )


def credit_case(rng: random.Random) -> CreditCase:
    taken: set[str] = set()
    credited, person = person_of(rng, taken), person_of(rng, taken)
    key = rng.choice(sorted(CREDITS))
    text = CREDITS[key].format(
        story=story_of(rng, person), name=credited.nominative, agency=rng.choice(AGENCIES)
    )
    return CreditCase(credited, person, text, key)


def no_photographer(ctx: DocumentContext, case: CreditCase) -> tuple[bool, str]:
    found = people_found(ctx)
    return case.credited.nominative not in found, f"no {case.credited.nominative!r}"


def the_story_read(ctx: DocumentContext, case: CreditCase) -> tuple[bool, str]:
    return case.person.nominative in people_found(ctx), f"{case.person.nominative!r} found"


def test_a_photo_credit_names_no_person(pages: Pages) -> None:
    # The rule is about the credit; that the story's person is found only shows the page was
    # read, and is held apart: the drawn names differ between processes (the name pools come
    # from SGJP in an order Python's string hashing sets), and a story person the extractor
    # misses is no fault of this rule (measured apart, in the name tests).
    # (220 cases: three of the nine wordings are in brackets, and their share of a smaller draw
    # fell below the fifty cases a share needs in one full run: 49 of 160)
    results, templates = measured(pages, credit_case, no_photographer, count=220)
    value = tallied("'(fot. Krzysztof Mystkowski/KFP)': no person", results, templates)
    inside = share("  a credit in brackets after a sentence", results, templates, IN_BRACKETS)
    read, _ = measured(pages, credit_case, the_story_read, count=220)
    story = sum(ok for ok, _ in read) / len(read)
    print(f"  the story's person found: {story:.1%}")
    assert value >= 0.98  # measured 100% (base12 68.1%: a credit on a line of its own was read)
    assert inside >= 0.98  # measured 100% (base12 0%)
    assert story >= 0.95  # measured 100% in three processes


PROSE = {
    "Fotografie wykonała X, fotografka Y.": "Fotografie {made} {name}, {photographer} {B_gen}.",
    "Zdjęcia zrobiła X z Y.": "Zdjęcia {took} {name} z {B_gen}.",
    "Autorką zdjęć jest X.": "{Author} zdjęć jest {name}.",
}


def prose_case(rng: random.Random) -> CreditCase:
    taken: set[str] = set()
    credited, person = person_of(rng, taken), person_of(rng, taken)
    key = rng.choice(sorted(PROSE))
    female = credited.gender == "f"
    sentence = PROSE[key].format(
        made=past("wykonać", "sg", credited.gender),
        took=past("zrobić", "sg", credited.gender),
        name=credited.nominative,
        photographer="fotografka" if female else "fotograf",
        Author="Autorką" if female else "Autorem",
        B_gen=organisation_of(rng).form("gen"),
    )
    text = f"{story_of(rng, person)} {sentence}"
    return CreditCase(credited, person, text, key)


def the_photographer_stays(ctx: DocumentContext, case: CreditCase) -> tuple[bool, str]:
    return case.credited.nominative in people_found(ctx), f"{case.credited.nominative!r} found"


def test_a_photographer_named_in_prose_is_a_person(pages: Pages) -> None:
    results, templates = measured(pages, prose_case, the_photographer_stays, count=CONTROL)
    value = tallied("negative: 'Fotografie wykonała Anna Kos, …': the person", results, templates)
    assert value >= NEGATIVE
