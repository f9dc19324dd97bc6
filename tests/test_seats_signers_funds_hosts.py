"""Eight rules of session 14 on forms they were not written from: a town's adjective opening a
body's name, a funding programme's name with its region and years, a body's initials, an
adjective before a meeting's body, signatories by the reference's mayors and by lists and tables,
an English host's city in brackets, English organisers "prepared together with", and English
units after a dash. Every Polish inflected form is morfeusz2's (SGJP); cities, mayors and city
adjectives the reference's (graph/reference/cities.ttl, mayors.ttl), bodies made up
(tests/pages_templates.complement), people SGJP's (tests/relations_templates.people).

1. (ade3ade) A new body whose name opens with a reference city's adjective (the skos:hiddenLabel
   of cities.ttl) is ump:inCity that city (relations.py bodies_in_cities,
   town_of_the_first_word): "Łódzkie Centrum Wspierania Migrantów prowadzi punkt …", "Zarząd
   przekazał Wrocławskiemu Stowarzyszeniu Rozwoju … dotację"; heads fundacja, stowarzyszenie,
   centrum, instytut, ośrodek, towarzystwo (not biuro, a unit's head), the adjective agreeing,
   both in any of six cases.
   Negative control: a voivodeship's adjective ("Małopolskie Centrum …", "Pomorskiemu
   Stowarzyszeniu …"; lubelski and łódzki, a city's too, left out) gives no inCity.
2. (bc7670e) A funding programme's name keeps "dla <region>" and its years (names.py FUND_FOR,
   UNQUOTED_TITLE_AFTER_KIND): "w ramach programu Fundusze Europejskie dla Dolnego Śląska
   2021-2027", "współfinansowany ze środków Funduszy Europejskich dla Polski Wschodniej
   2021–2027" -> one fund so named. Regions a noun (Pomorza, Małopolski, Mazowsza, …), an
   adjective and a noun (Dolnego Śląska, Polski Wschodniej, Pomorza Zachodniego), a voivodeship's
   adjective as a noun (Lubelskiego, Podlaskiego, …) or two joined (Warmii i Mazur, Kujaw i
   Pomorza). Negative control: "Fundusz X przeznaczył środki dla Krakowa": no fund takes the city.
3. (d823db7) A head with the initials of its complement is the body named in full before
   (names.py names_same_body, initials): "Komisja Samorządu Terytorialnego i Polityki
   Regionalnej …. Członkowie Komisji STiPR …"; "<Head> <Gen> <Gen> i <Gen> <Gen>" made up, the
   head in any case. Negative control: initials with one letter changed are not that body.
4. (d823db7) An adjective between the meeting word and its body (events.py body_that_meets):
   "12 marca 2019 r. w Lublinie odbyło się posiedzenie sejmowej Komisji X" -> the body is the
   event's ump:organiser; posiedzenie, posiedzeniu, obrady, obrad, zebranie; komisja, rada
   (-ej), komitet, konwent (-ego); eight adjectives (sejmowy, senacki, miejski, …). Negative
   control: "… odbyło się spotkanie z przedstawicielami sejmowej Komisji X" (członkami, radnymi).
5. (c65393b, 00ba1a9) After the 2017 declaration named (tests/test_signing_clauses.OPENING):
   (a) "Dokument podpisali: <reference mayors>" (relations.py mayors_of_signatory_cities) ->
   each mayor's city signatoryCity; (b) "Sygnatariusze: Gdańsk (Paweł Adamowicz), …"
   (inline_signatory_list, people_in_brackets_after) -> signatoryCity and signatory; (c)
   "Sygnatariuszami deklaracji są: A, B i C." (ONE_OF_THE_SIGNATORIES; są, były, zostały) ->
   signatoryCity; (d) "Sygnatariusze deklaracji:" over "| Miasto | Prezydent |"
   (SIGNATORIES_LABEL) -> both. Two to four cities, one reference mayor each; verbs and nouns
   agreeing (morfeusz2). Negative control: "Deklaracji nie podpisali: <mayors>." (with or
   without the colon; or "Dokumentu nie podpisały: <cities>.") -> no signatoryCity.
6. (f72360e) English: "<Body>, <Campus> (<City>) hosted a workshop on 3 May 2019." -> the event
   ump:inCity that city (events.py city_in_brackets_of_the_host); the city as the reference
   spells it in English (relations_templates.city_in_english: Warsaw, Cracow or Kraków, …);
   a made-up "Institute of X", "Centre for Y" with a campus or none; hosted, organised,
   organized. Negative
   control: "Anna Kos (Warsaw) spoke at a workshop on …": no inCity from the bracket.
7. (812ef4b) English: "The study visit was prepared together with the municipality of <City> and
   the <Body>." (events.py ORGANISER, gazetteer "municipality of X") -> the city's office and
   the body organisers. Negative control: "… was prepared for the municipality of X …".
8. (1b02908) English: "Its members represent: the Lublin City Administration – the Mayor's
   Office, the Department of Culture, the Office of Resident Affairs and …;" -> each unit
   ump:unitOf the city's office (relations.py units_listed_after_a_dash, english_unit). Negative
   control: "the Lublin City Administration – together with the Department of X of the
   Provincial Police": no unitOf the office.

Each rule is measured over 160 cases drawn by hypothesis (derandomized seeds), each control over
120 (tests/test_kinds_authors_foreign_posts.rated), printed with -s (each wording's share, the
failing pages); each bar is the rate less about two points. Measured on main (07fe33d and
720dc6a, the same) / on fa375d3 (a worktree, PYTHONPATH and UMP_KG_HOME=main, so that only the
code differs):
1. 100% / 0%.      2. 58.1% / 0%; the known misses aside 100% (93/93) / 0%.
3. 100% / 0%.      4. 100% / 0%.
5. 90.0% / 0%; "zostały:" aside 100% (144/144) / 0%.
6. 100% / 0%.      7. 90.6% / 0%, 8. 90.6% / 0%; "Cracow", "Lodz" aside 100% (145/145) / 0%.
Controls 1-4, 6-8: 100% / 100%. Control 5: 60.0% / 100%; its known misses aside 100% (72/72) /
100%: a mended rule (c65393b) made an older miss worse, see below.

Known misses (kept among the cases; the bars allow them):
- rule 2: two regions joined by "i" (0/52: "Warmii i Mazur", "Kujaw i Pomorza"): FUND_FOR takes
  capitalised words only, so the name stops at "dla Warmii" or loses its years; a region of
  Pomorze (0/15: "dla Pomorza 2021-2027", "dla Pomorza Zachodniego 2014-2020"): phrase_words
  already takes "dla Pomorza" into the fund's name, so FUND_FOR, which wants "dla" after the
  name, finds none, and the years are lost ("Fundusze Europejskie dla Pomorza");
- rule 5: "Sygnatariuszami deklaracji zostały:" (0/16): SIGNED reads "zostali", "został" after
  "sygnatariusz…", not "zostały" (with it added the cities sign); "są:", "były:" are read, and
  without the colon all three were read on fa375d3 already (so not drawn);
- control 5: the reference's mayors after "Deklaracji nie podpisali:" (0/25), and without the
  colon those after the first of three or four (0/23; of two 10/10), are made signatories
  (ump:signatory, on fa375d3 too), and since c65393b the reference gives each one's city, so
  their cities become signatoryCity; cities after "nie podpisały" give none (62/62);
- rules 7 and 8: a city spelt by its English altLabel (0/15 each: "Cracow", "Lodz"):
  gazetteer.english_office_names makes office names of the labels only ("Warsaw", "Kraków",
  "Łódź"), so "the municipality of Cracow" is no office (and the event then has no organiser at
  all), "the Cracow City Hall" (City Office, Municipal Office) a new body the units are given
  to, and "the Cracow City Administration" none.
Not drawn: "posiedzenie sejmowego Zespołu X" (rule 4): a Zespół is no meeting's organiser even
without the adjective, on fa375d3 too; English "Academy", "School" (rules 6, 7) are no heads of
bodies (names.py EN_BODY_HEADS), on either commit.

Mended after the file was written (session 14, from its known misses above): items of a list
after a negated verb share its negation ("Deklaracji nie podpisali: A, B i C", relations.py
negated_before with LIST_ITEM; since c65393b each such mayor's city had also been made a
signatory city), "Sygnatariuszami … zostały:" signs, a fund's name takes two regions joined by
"i" and its years after a region phrase_words already took, and the reference's English
spellings of cities ("Cracow", "Lodz") name their offices too: rules 2, 5, 7, 8 and control 5
now 100% (58.1, 90.0, 90.6, 90.6 and 60.0% before).
"""

from __future__ import annotations

import random
from functools import cache, partial

from tests.pages_templates import HEADS, complement, z
from tests.relations_pages import Pages, labelled, objects
from tests.relations_templates import (
    MONTHS_EN,
    MONTHS_GEN,
    NEGATIVE,
    Named,
    capitalise,
    cities,
    city_in_english,
    draw,
    english_label,
    listed,
    office_of,
    people,
    w,
)
from tests.test_bodies_projects_pages import adjective, breakdown, gender_of_noun, noun, share
from tests.test_events_city_adjective import city_adjectives
from tests.test_events_properties import past
from tests.test_kinds_authors_foreign_posts import Case, column, place, rated
from tests.test_known_people import Mayor, mayors
from tests.test_names_seats_units_titles import facts_of, participle, short
from tests.test_posts_bodies_real_pages import VOIVODESHIPS, voivodeship_adjective
from tests.test_relations_properties import DECLARATION
from tests.test_signing_clauses import OPENING
from tests.test_units_lists_teams_topics import EventCase
from ump_kg.extract.context import DocumentContext

CASES = ("nom", "gen", "dat", "acc", "inst", "loc")


def day(rng: random.Random, english: bool = False) -> tuple[str, str]:
    """('12 marca 2019 r.' or '12 March 2019', its ISO date): before the page's date."""
    year, month, date = rng.randrange(2016, 2021), rng.randrange(12), rng.randrange(1, 29)
    said = (
        f"{date} {MONTHS_EN[month]} {year}" if english else f"{date} {MONTHS_GEN[month]} {year} r."
    )
    return said, f"{year}-{month + 1:02d}-{date:02d}"


def spelling(city: Named, spelt: str) -> str:
    """'a label' (rdfs:label, English or Polish: 'Warsaw', 'Kraków') or 'an altLabel' ('Cracow',
    'Lodz'): English office names are made of the labels only (gazetteer.english_office_names)."""
    return "a label" if spelt in (english_label(city.iri), city.label) else "an altLabel"


def events_on(ctx: DocumentContext, iso: str) -> list[str]:
    return [e.iri for e in ctx.events if str(e.first) == iso]


def values(ctx: DocumentContext, subjects: list[str], prop: str) -> set[str]:
    return {str(o) for s in subjects for o in objects(ctx, s, prop)}


# --- 1. a town's adjective opening a body's name ----------------------------------------------

BODY_HEADS = tuple(h.lower() for h in HEADS if h != "Biuro")
SEAT_FRAMES = {  # the body in the case its sentence governs
    "nom": "{X} prowadzi punkt informacyjny dla cudzoziemców.",
    "gen": "Migranci mogą zwrócić się o pomoc do {X}.",
    "dat": "Zarząd przekazał {X} dotację na kursy języka polskiego.",
    "acc": "Zarząd wyróżnił {X} za pomoc uchodźcom.",
    "inst": "Organizacje pozarządowe od lat współpracują {z_X}.",
    "loc": "Informacje o {X} są dostępne na stronie internetowej.",
}


@cache
def region_adjectives() -> tuple[str, ...]:
    """The voivodeships' adjectives no reference city has (not 'lubelski', 'łódzki')."""
    of_cities = {a for _, a in city_adjectives()}
    return tuple(v for v in VOIVODESHIPS if v not in of_cities)


def seat_case(rng: random.Random, town: bool = True) -> Case:
    """'Łódzkie Centrum Wspierania Migrantów prowadzi …', 'do Wrocławskiej Fundacji …': the
    adjective and the head agreeing in the case (morfeusz2), a made-up genitive complement.
    Without `town`, a voivodeship's adjective ('Małopolskie', 'Kujawsko-Pomorskiemu')."""
    head, case, rest = rng.choice(BODY_HEADS), rng.choice(CASES), complement(rng)
    gender = gender_of_noun(head) or "n"
    if town:
        city, lemma = rng.choice(city_adjectives())
    else:
        city, lemma = "", rng.choice(region_adjectives())

    def named(c: str) -> str:
        said = voivodeship_adjective(lemma, c, gender)
        return f"{said} {capitalise(noun(head, 'sg', c))} {rest}"

    text = SEAT_FRAMES[case].format(X=named(case), z_X=z(named(case)))
    return Case(text, f"{case} | {head}", named("nom"), (city,))


def in_its_town(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    found = values(ctx, labelled(ctx, case.name), "inCity")
    return case.keys[
        0
    ] in found, f"{case.name!r} in {short(case.keys[0])}; {facts_of(ctx, 'inCity')}"


def in_no_town(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    return not facts_of(ctx, "inCity"), f"no inCity: {facts_of(ctx, 'inCity')}"


def test_a_towns_adjective_opening_a_bodys_name_is_its_seat(pages: Pages) -> None:
    label = "'Łódzkie Centrum Wspierania Migrantów prowadzi …': the body in Łódź"
    value, results, parts = rated(pages, label, seat_case, in_its_town)
    breakdown("by the head", results, column(parts, 1))
    assert value >= 0.98  # measured 100% (fa375d3 0%)


def test_a_voivodeships_adjective_opening_a_name_is_no_seat(pages: Pages) -> None:
    label = "negative: 'Małopolskie Centrum Wspierania Migrantów prowadzi …': no inCity"
    value, _, _ = rated(pages, label, partial(seat_case, town=False), in_no_town)
    assert value >= NEGATIVE  # measured 100% (fa375d3 100%)


# --- 2. a funding programme named with its region and years -----------------------------------

REGIONS = {  # how the region is said: its parts (a place, or an adjective and a place)
    "a noun": (("Pomorze",), ("Małopolska",), ("Mazowsze",), ("Wielkopolska",), ("Podkarpacie",),
               ("Śląsk",)),
    "an adjective and a noun": (("dolny", "Śląsk"), ("Polska", "wschodni"),
                                ("Pomorze", "zachodni")),
    "a voivodeship's adjective": (("lubelski",), ("podlaski",), ("świętokrzyski",),
                                  ("opolski",), ("lubuski",), ("łódzki",)),
    "two joined": (("Warmia", "Mazury"), ("Kujawy", "Pomorze")),
}  # fmt: skip
YEARS = ("2021-2027", "2021–2027", "2014-2020")
FUNDED = (  # {F} the funds' name in the case, {R} the region, {Y} the years
    ("nom", "{What} jest {done} w ramach programu {F} dla {R} {Y}."),
    ("nom", "{What} jest {funded} z programu {F} dla {R} {Y}."),
    ("gen", "{What} jest {funded} z {F} dla {R} {Y}."),
    ("gen", "{What} jest {funded} ze środków {F} dla {R} {Y}."),
)
FUNDED_WHAT = {"projekt": "m3", "zadanie": "n", "inicjatywa": "f", "szkolenie": "n"}


def region(rng: random.Random) -> tuple[str, str]:
    """'Dolnego Śląska', 'Polski Wschodniej', 'Lubelskiego', 'Warmii i Mazur' (morfeusz2)."""
    how = rng.choice(sorted(REGIONS))
    parts = rng.choice(REGIONS[how])
    if how == "a voivodeship's adjective":
        return voivodeship_adjective(parts[0], "gen", "n"), how
    if how == "two joined":
        return f"{place(parts[0], 'gen')} i {place(parts[1], 'gen')}", how
    if how == "a noun":
        return place(parts[0], "gen"), how
    noun_at = 0 if parts[0][0].isupper() else 1
    gender = gender_of_noun(parts[noun_at]) or "n"
    said = capitalise(adjective(parts[1 - noun_at], "sg", "gen", gender))
    words = [place(parts[noun_at], "gen"), said]
    return " ".join(words if noun_at == 0 else words[::-1]), how


def funds(case: str) -> str:
    """'Fundusze Europejskie', 'Funduszy Europejskich' (morfeusz2)."""
    european = adjective("europejski", "pl", case, "m3")
    return f"{capitalise(noun('fundusz', 'pl', case))} {capitalise(european)}"


def fund_case(rng: random.Random) -> Case:
    """'Projekt jest realizowany w ramach programu Fundusze Europejskie dla Dolnego Śląska
    2021-2027.', 'Zadanie jest współfinansowane ze środków Funduszy Europejskich dla Pomorza
    2021–2027.' (participles agreeing, morfeusz2)."""
    (case, frame), (said, how) = rng.choice(FUNDED), region(rng)
    what, years = rng.choice(sorted(FUNDED_WHAT)), rng.choice(YEARS)
    gender = FUNDED_WHAT[what]
    text = frame.format(
        What=capitalise(noun(what, "sg", "nom")),
        done=participle("realizować", "ppas", "nom", gender),
        funded=participle(rng.choice(("współfinansować", "dofinansować")), "ppas", "nom", gender),
        F=funds(case),
        R=said,
        Y=years,
    )
    shown = frame.split("{F}")[0].format(What="X", done="realizowany", funded="finansowany")
    miss = "two joined" if how == "two joined" else "read"
    miss = "'dla Pomorza' in the name" if said.startswith(place("Pomorze", "gen")) else miss
    return Case(text, f"{how} | {shown} | {miss}", f"{funds('nom')} dla {said} {years}")


def funds_found(ctx: DocumentContext) -> list[str]:
    return [e.label_pl for i, e in ctx.entities.items() if "/fund/" in i or "/programme/" in i]


def one_fund_so_named(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    found = funds_found(ctx)
    return found == [case.name], f"one fund {case.name!r}: {found}"


def test_a_funding_programme_keeps_its_region_and_years(pages: Pages) -> None:
    label = "'w ramach programu Fundusze Europejskie dla Dolnego Śląska 2021-2027': so named"
    value, results, parts = rated(pages, label, fund_case, one_fund_so_named, key=1)
    breakdown("by the region", results, column(parts, 0))
    breakdown("by the known misses", results, column(parts, 2))
    read = share("  but the known misses", results, column(parts, 2), {"read"})
    assert value >= 0.98  # measured 100% after the mend below (58.1% before; fa375d3 0%)
    assert read >= 0.98  # measured 100% (fa375d3 0%)


def fund_for_a_city_case(rng: random.Random) -> Case:
    """'Fundusz Wspierania Migrantów przeznaczył środki dla Krakowa.' (morfeusz2)."""
    (city,) = draw(rng, cities())
    verb = past(rng.choice(("przeznaczyć", "przekazać", "przyznać")), "sg", "m3")
    what = noun(rng.choice(("środek", "pieniądz", "grant", "dotacja")), "pl", "acc")
    when = rng.choice(("", f" w {rng.randrange(2016, 2021)} roku"))
    text = f"Fundusz {complement(rng)} {verb}{when} {what} dla {city.form('gen')}."
    return Case(text, "", city.form("gen"))


def no_fund_takes_the_city(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    found = funds_found(ctx)
    return not any(case.name in f for f in found), f"no fund with {case.name!r}: {found}"


def test_a_city_after_a_verb_is_not_in_a_funds_name(pages: Pages) -> None:
    label = "negative: 'Fundusz X przeznaczył środki dla Krakowa': the fund without the city"
    value, _, _ = rated(pages, label, fund_for_a_city_case, no_fund_takes_the_city)
    assert value >= NEGATIVE  # measured 100% (fa375d3 100%)


# --- 3. a head with the initials of its complement ---------------------------------------------

INITIALLED_HEADS = ("komisja", "rada", "zespół", "fundacja", "stowarzyszenie", "centrum")
MATTERS = ("samorząd", "polityka", "rozwój", "sprawa", "współpraca", "gospodarka", "edukacja",
           "kultura", "ochrona", "pomoc")  # fmt: skip
QUALITIES = ("terytorialny", "regionalny", "społeczny", "lokalny", "międzynarodowy",
             "zagraniczny", "obywatelski", "miejski", "gospodarczy", "kulturalny")  # fmt: skip
FULL_FRAMES = ("{N} przygotowuje raport o sytuacji cudzoziemców.", "Projekt realizuje {N}.",
               "Od 2015 roku działa {N}.")  # fmt: skip
SHORT_FRAMES = {
    "nom": "{S} przyjmuje wnioski do końca marca.",
    "gen": "Członkowie {S} przyjęli stanowisko w sprawie projektu.",
    "dat": "Radni przekazali {S} swoje uwagi.",
    "inst": "Urząd Marszałkowski współpracuje {z_S}.",
    "loc": "Informacje o {S} są dostępne na stronie internetowej.",
}


def matter(rng: random.Random) -> str:
    """'Samorządu Terytorialnego', 'Polityki Regionalnej' (agreeing, morfeusz2), or a made-up
    'Wspierania Migrantów' (tests/pages_templates.complement)."""
    if rng.random() < 0.3:
        return complement(rng)
    lemma = rng.choice(MATTERS)
    quality = adjective(rng.choice(QUALITIES), "sg", "gen", gender_of_noun(lemma) or "f")
    return f"{capitalise(noun(lemma, 'sg', 'gen'))} {capitalise(quality)}"


def initials_case(rng: random.Random, same: bool = True) -> Case:
    """'Komisja Samorządu Terytorialnego i Polityki Regionalnej przygotowuje raport ….
    Członkowie Komisji STiPR przyjęli …' (the head in the case, morfeusz2). Without `same`, one
    capital of the initials changed ('Komisji STiPW')."""
    head = rng.choice(INITIALLED_HEADS)
    first = matter(rng)
    while (second := matter(rng)) == first:
        pass
    rest = f"{first} i {second}"
    letters = "".join(word[0] for word in rest.split())
    if not same:
        at = rng.choice([i for i, c in enumerate(letters) if c.isupper()])
        other = rng.choice([c for c in "ABCDEFGHKLMNOPRSTWZ" if c not in letters])
        letters = letters[:at] + other + letters[at + 1 :]
    case = rng.choice(sorted(SHORT_FRAMES))
    named = f"{capitalise(noun(head, 'sg', case))} {letters}"
    full = f"{capitalise(head)} {rest}"
    said = rng.choice(FULL_FRAMES).format(N=full)
    text = f"{said} {SHORT_FRAMES[case].format(S=named, z_S=z(named))}"
    return Case(text, f"{case} | {head}", full, (letters,))


def initialled(ctx: DocumentContext, case: Case) -> tuple[list[str], set[str], list[str]]:
    """The full name's IRIs, those the initials are read as, and every body found."""
    full = labelled(ctx, case.name)
    short_ones = {m.iri for m in ctx.mentions if case.keys[0] in m.text.split()}
    bodies = sorted(e.label_pl for i, e in ctx.entities.items() if "/organisation/" in i)
    return full, short_ones, bodies


def one_body(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    full, short_ones, bodies = initialled(ctx, case)
    ok = len(full) == 1 and short_ones == set(full) and len(bodies) == 1
    return ok, f"one body {case.name!r}, {case.keys[0]!r} it: {bodies}"


def not_that_body(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    full, short_ones, bodies = initialled(ctx, case)
    ok = len(full) == 1 and not short_ones & set(full)
    return ok, f"{case.keys[0]!r} not {case.name!r}: {bodies}"


def test_a_head_with_the_initials_of_its_complement_is_the_body_named_in_full(
    pages: Pages,
) -> None:
    label = "'Komisja Samorządu Terytorialnego i Polityki Regionalnej …. Komisji STiPR': one body"
    value, results, parts = rated(pages, label, initials_case, one_body)
    breakdown("by the head", results, column(parts, 1))
    assert value >= 0.98  # measured 100% (fa375d3 0%)


def test_initials_that_do_not_match_are_not_the_body(pages: Pages) -> None:
    label = "negative: '… Komisja Samorządu Terytorialnego i Polityki Regionalnej …. Komisji STiPW'"
    value, _, _ = rated(pages, label, partial(initials_case, same=False), not_that_body)
    assert value >= NEGATIVE  # measured 100% (fa375d3 100%)


# --- 4. an adjective before the body that meets -----------------------------------------------

MEETING_ADJECTIVES = ("sejmowy", "senacki", "miejski", "wojewódzki", "powiatowy", "gminny",
                      "rządowy", "parlamentarny")  # fmt: skip
MEETING_HEADS = ("komisja", "rada", "komitet", "konwent")
MEETING_FRAMES = {  # the meeting word ({M}) in its case, the body ({B}) after it in the genitive
    "posiedzenie": "{when} {where} {held} {M} {B}.",
    "posiedzeniu": "Na {M} {B}, które {held} {when} {where}, rozmawiano o sytuacji migrantów.",
    "obrady": "{when} {where} {began} {M} {B}.",
    "obrad": "Podczas {M} {B} {when} {where} omówiono sytuację migrantów.",
    "zebranie": "{when} {where} {held} {M} {B}.",
}
MEETING_WORDS = {  # the meeting word's lexeme, number and case
    "posiedzenie": ("posiedzenie", "sg", "nom"), "posiedzeniu": ("posiedzenie", "sg", "loc"),
    "obrady": ("obrady", "pl", "nom"), "obrad": ("obrady", "pl", "gen"),
    "zebranie": ("zebranie", "sg", "nom"),
}  # fmt: skip
GUESTS = ("przedstawiciel", "członek", "radny")


def meeting_body(rng: random.Random) -> tuple[str, str, str]:
    """A body (its nominative, its genitive, its gender): 'Komisja Samorządu Terytorialnego',
    'Komitetu ds. Integracji' (morfeusz2)."""
    head = rng.choice(MEETING_HEADS)
    rest = f"{matter(rng)} i {matter(rng)}" if rng.random() < 0.4 else matter(rng)
    if rng.random() < 0.2:
        rest = f"ds. {capitalise(noun(rng.choice(('integracja', 'migracja')), 'sg', 'gen'))}"
    names = [f"{capitalise(noun(head, 'sg', c))} {rest}" for c in ("nom", "gen")]
    return names[0], names[1], gender_of_noun(head) or "f"


def meeting_case(rng: random.Random, held: bool = True) -> Case:
    """'12 marca 2019 r. w Lublinie odbyło się posiedzenie sejmowej Komisji X.', 'Na posiedzeniu
    senackiej Komisji X, które odbyło się …', '… rozpoczęły się obrady miejskiej Rady X.' (all
    agreeing, morfeusz2). Without `held`: '… odbyło się spotkanie z przedstawicielami sejmowej
    Komisji X.'"""
    (city,) = draw(rng, cities())
    when, iso = day(rng)
    nominative, genitive, gender = meeting_body(rng)
    said = adjective(rng.choice(MEETING_ADJECTIVES), "sg", "gen", gender)
    word = rng.choice(sorted(MEETING_FRAMES))
    frame, meeting, body = MEETING_FRAMES[word], noun(*MEETING_WORDS[word]), f"{said} {genitive}"
    if not held:
        frame, meeting = MEETING_FRAMES["posiedzenie"], noun("spotkanie", "sg", "nom")
        body = f"z {noun(rng.choice(GUESTS), 'pl', 'inst')} {body}"
    text = frame.format(
        when=when, where=w(city), held=f"{past('odbyć', 'sg', 'n')} się",
        began=f"{past('rozpocząć', 'pl', 'f')} się", M=meeting, B=body,
    )  # fmt: skip
    return Case(text, f"{word} | {gender}", nominative, (iso,))


def organised_by_it(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    found = events_on(ctx, case.keys[0])
    ok = bool(set(labelled(ctx, case.name)) & values(ctx, found, "organiser"))
    return ok, f"the event of {case.keys[0]} by {case.name!r}; {facts_of(ctx, 'organiser')}"


def no_organiser(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    return not facts_of(ctx, "organiser"), f"no organiser: {facts_of(ctx, 'organiser')}"


def test_an_adjective_before_the_meeting_body_keeps_it_the_organiser(pages: Pages) -> None:
    label = "'… odbyło się posiedzenie sejmowej Komisji X': the Komisja the organiser"
    value, results, parts = rated(pages, label, meeting_case, organised_by_it)
    breakdown("by the head's gender", results, column(parts, 1))
    assert value >= 0.98  # measured 100% (fa375d3 0%)


def test_a_body_after_a_preposition_is_no_organiser(pages: Pages) -> None:
    label = "negative: '… odbyło się spotkanie z przedstawicielami sejmowej Komisji X'"
    value, _, _ = rated(pages, label, partial(meeting_case, held=False), no_organiser)
    assert value >= NEGATIVE  # measured 100% (fa375d3 100%)


# --- 5. the reference's mayors, lists and tables of signatories -------------------------------


@cache
def mayors_by_city() -> dict[str, tuple[Mayor, ...]]:
    found: dict[str, list[Mayor]] = {}
    for mayor in mayors():
        found.setdefault(mayor.city.iri, []).append(mayor)
    return {city: tuple(chosen) for city, chosen in sorted(found.items())}


def signers_drawn(rng: random.Random) -> list[Mayor]:
    """Two to four mayors of different cities (graph/reference/mayors.ttl)."""
    chosen = rng.sample(sorted(mayors_by_city()), rng.choice((2, 3, 4)))
    return [rng.choice(mayors_by_city()[city]) for city in chosen]


def name(mayor: Mayor) -> str:
    return f"{mayor.given} {mayor.surname}"


def they_signed(
    rng: random.Random, signers: list[Mayor], negated: bool = False, gender: str = ""
) -> str:
    """'Dokument podpisali:', 'Pod deklaracją podpisały się:', 'Podpisy pod dokumentem
    złożyli:'; 'Deklaracji nie podpisali:' (the verb agreeing, nouns in their cases, morfeusz2)."""
    gender = gender or ("m1" if any(m.gender == "m1" for m in signers) else "f")
    verb, document = past("podpisać", "pl", gender), rng.choice(("deklaracja", "dokument"))
    if negated:
        return f"{capitalise(noun(document, 'sg', 'gen'))} nie {verb}"
    return rng.choice(
        (
            f"{capitalise(noun(document, 'sg', 'acc'))} {verb}",
            f"Pod {noun(document, 'sg', 'inst')} {verb} się",
            f"{capitalise(noun('podpis', 'pl', 'acc'))} pod {noun(document, 'sg', 'inst')} "
            f"{past('złożyć', 'pl', gender)}",
        )
    )


def signers_case(rng: random.Random) -> Case:
    """The declaration named (test_signing_clauses.OPENING), then (a) 'Dokument podpisali: Paweł
    Adamowicz, Jacek Majchrowski i Krzysztof Żuk.', (b) 'Sygnatariusze: Gdańsk (Paweł
    Adamowicz), Kraków (Jacek Majchrowski).', (c) 'Sygnatariuszami deklaracji są: Gdańsk, Kraków
    i Lublin.' or (d) 'Sygnatariusze deklaracji:' over a table of cities and mayors."""
    signers = signers_drawn(rng)
    way = rng.choice(("a", "b", "c", "d"))
    signatories = capitalise(noun("sygnatariusz", "pl", "nom"))
    declaration = noun(rng.choice(("deklaracja", "dokument")), "sg", "gen")
    if way == "a":
        said = f"{they_signed(rng, signers)}: {listed([name(m) for m in signers])}."
        shown = "(a) 'Dokument podpisali:' and mayors"
    elif way == "b":
        pairs = [f"{m.city.form('nom')} ({name(m)})" for m in signers]
        said = f"{signatories}: {listed(pairs)}."
        shown = "(b) 'Sygnatariusze: Gdańsk (Paweł Adamowicz), …'"
    elif way == "c":
        copula = rng.choice(("są", "były", "zostały"))
        said = f"{capitalise(noun('sygnatariusz', 'pl', 'inst'))} {declaration} {copula}"
        said += f": {listed([m.city.form('nom') for m in signers])}."
        shown = f"(c) 'Sygnatariuszami deklaracji {copula}:'"
    else:
        header = [capitalise(noun(n, "sg", "nom")) for n in ("miasto", "prezydent")]
        rows = "\n".join(f"| {m.city.form('nom')} | {name(m)} |" for m in signers)
        said = f"{signatories} {declaration}:\n\n| {' | '.join(header)} |\n| --- | --- |\n{rows}"
        shown = "(d) 'Sygnatariusze deklaracji:' over a table"
    people_too = tuple(m.iri for m in signers) if way in ("b", "d") else ()
    keys = tuple(m.city.iri for m in signers) + people_too
    return Case(f"{OPENING}\n\n{said}", shown, keys=keys)


REFUSERS_READ = {"cities after a colon", "cities, no colon", "mayors, no colon, two"}


def signed(ctx: DocumentContext) -> set[str]:
    return {str(o) for p in ("signatoryCity", "signatory") for o in objects(ctx, DECLARATION, p)}


def each_signed(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    found = signed(ctx)
    return set(case.keys) <= found, f"{sorted(map(short, case.keys))}; {sorted(map(short, found))}"


def test_signatories_by_the_reference_mayors_lists_and_tables(pages: Pages) -> None:
    label = "'Dokument podpisali: Paweł Adamowicz, …', 'Sygnatariusze: Gdańsk (Paweł Adamowicz)'"
    value, results, parts = rated(pages, label, signers_case, each_signed)
    read_ = {w for w in column(parts, 0) if "zostały" not in w}
    read = share("  but 'zostały:'", results, column(parts, 0), read_)
    assert value >= 0.98  # measured 100% after the mend below (90.0% before; fa375d3 0%)
    assert read >= 0.98  # measured 100% (fa375d3 0%)


def refusers_case(rng: random.Random) -> Case:
    """'Deklaracji nie podpisali: Paweł Adamowicz i Jacek Majchrowski.', the same without the
    colon, or the cities: 'Dokumentu nie podpisały: Gdańsk i Kraków.' (morfeusz2)."""
    signers = signers_drawn(rng)
    who, colon = rng.choice(("mayors", "cities")), rng.choice((":", ""))
    how = f"{who}{' after a colon' if colon else ', no colon'}"
    if who == "cities":
        gender = "f"  # (the plural of cities, 'podpisały', whatever their genders)
        named = [m.city.form("nom") for m in signers]
    else:
        how += ", two" if len(signers) == 2 and not colon else ", three or four" * (not colon)
        gender, named = "", [name(m) for m in signers]
    said = f"{they_signed(rng, signers, negated=True, gender=gender)}{colon} {listed(named)}."
    return Case(f"{OPENING}\n\n{said}", how)


def no_signatory_city(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    found = {short(o) for o in objects(ctx, DECLARATION, "signatoryCity")}
    return not found, f"no signatoryCity: {sorted(found)}"


def test_mayors_who_did_not_sign_give_no_signatory_city(pages: Pages) -> None:
    label = "negative: 'Deklaracji nie podpisali: Paweł Adamowicz i Jacek Majchrowski.'"
    value, results, parts = rated(pages, label, refusers_case, no_signatory_city)
    read = share("  but the known misses", results, column(parts, 0), REFUSERS_READ)
    assert value >= 0.98  # measured 100% after the mend below (60.0% before; fa375d3 100%)
    assert read >= NEGATIVE  # measured 100% (fa375d3 100%)


# --- 6. English: the city in brackets after the host -----------------------------------------

HOST_HEADS = ("Institute", "Centre", "Foundation", "College", "Association", "Society")
HOST_SUBJECTS = ("Migration Studies", "European Studies", "Public Affairs", "Social Policy",
                 "Intercultural Dialogue", "Migrant Support", "Urban Development",
                 "Civic Education")  # fmt: skip
CAMPUSES = ("Main Campus", "City Campus", "North Campus", "Old Town Campus", "Riverside Campus")
HOSTING = ("hosted", "organised", "organized")
EN_EVENTS = ("a workshop", "a seminar", "a conference", "a training", "a meeting")
EN_FOR = ("", " for city officials", " on migrant integration", " for local NGOs")
SPEAKING = ("spoke at", "took part in", "presented the project at", "attended")


def english_body(rng: random.Random) -> str:
    """'the Institute of Migration Studies', 'the Centre for Intercultural Dialogue'."""
    head = rng.choice(HOST_HEADS)
    return f"{head} {rng.choice(('of', 'for'))} {rng.choice(HOST_SUBJECTS)}"


def host_case(rng: random.Random, host: bool = True) -> EventCase:
    """'The Institute of Migration Studies, Main Campus (Cracow) hosted a workshop for city
    officials on 3 May 2019.' (the city as the reference spells it in English). Without `host`,
    'Anna Kos (Warsaw) spoke at a workshop on 3 May 2019.'"""
    (city,) = draw(rng, cities())
    spelt = city_in_english(rng, city)
    when, iso = day(rng, english=True)
    event = f"{rng.choice(EN_EVENTS)}{rng.choice(EN_FOR)} on {when}"
    campus = rng.choice(("", *CAMPUSES))
    if not host:
        who = rng.choice(people()).form("nom")
        text = f"{who} ({spelt}) {rng.choice(SPEAKING)} {event}."
        return EventCase(text, spelt, keys=(city.iri, iso), english=True)
    body = f"{rng.choice(('The ', ''))}{english_body(rng)}" + (f", {campus}" if campus else "")
    text = f"{body} ({spelt}) {rng.choice(HOSTING)} {event}."
    shown = f"{spelt} | {'a campus' if campus else 'no campus'}"
    return EventCase(text, shown, keys=(city.iri, iso), english=True)


def held_there(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    city, iso = case.keys
    found = values(ctx, events_on(ctx, iso), "inCity")
    return city in found, f"the event of {iso} in {short(city)}: {sorted(map(short, found))}"


def not_held_there(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    found = values(ctx, [e.iri for e in ctx.events], "inCity")
    return case.keys[0] not in found, f"no event in {short(case.keys[0])}: {sorted(found)}"


def test_the_city_in_brackets_after_the_host_is_where_the_event_was(pages: Pages) -> None:
    label = "'The Institute of X, Main Campus (Cracow) hosted a workshop on 3 May 2019.'"
    value, results, parts = rated(pages, label, host_case, held_there)
    breakdown("by the campus", results, column(parts, 1))
    assert value >= 0.98  # measured 100% (fa375d3 0%)


def test_the_city_in_brackets_after_a_speaker_is_not_where_the_event_was(pages: Pages) -> None:
    label = "negative: 'Anna Kos (Warsaw) spoke at a workshop on 3 May 2019.': no inCity"
    value, _, _ = rated(pages, label, partial(host_case, host=False), not_held_there)
    assert value >= NEGATIVE  # measured 100% (fa375d3 100%)


# --- 7. English: an event prepared together with the municipality and a body --------------------

VISITS = ("study visit", "workshop", "seminar", "conference")
TOGETHER = ("prepared together with", "prepared jointly with", "prepared with")
PREPARED_FRAMES = (
    "On {when} a {visit} took place in {city}. The {visit} was {prepared} {by}.",
    "A {visit} in {city} took place on {when}. It was {prepared} {by}.",
    "The {visit} in {city} on {when} was {prepared} {by}.",
)


def prepared_case(rng: random.Random, together: bool = True) -> EventCase:
    """'On 3 May 2019 a study visit took place in Wrocław. The study visit was prepared
    together with the municipality of Wrocław and the Foundation for Migrant Support.' Without
    `together`: '… was prepared for the municipality of Wrocław (and the …).'"""
    (city,) = draw(rng, cities())
    spelt, (when, iso) = city_in_english(rng, city), day(rng, english=True)
    body = english_body(rng)
    by = f"the municipality of {spelt} and the {body}"
    if not together:
        by = f"the municipality of {spelt}" + rng.choice(("", f" and the {body}"))
    prepared = rng.choice(TOGETHER) if together else "prepared for"
    frame = rng.choice(PREPARED_FRAMES)
    text = frame.format(when=when, visit=rng.choice(VISITS), city=spelt, prepared=prepared, by=by)
    shown = f"{spelt} | {prepared} | {spelling(city, spelt)}"
    return EventCase(text, shown, body, (office_of(city), iso), english=True)


def both_organisers(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    office, iso = case.keys
    found = values(ctx, events_on(ctx, iso), "organiser")
    ok = office in found and bool(set(labelled(ctx, case.name)) & found)
    return ok, f"organisers {short(office)}, {case.name!r}: {sorted(map(short, found))}"


def test_prepared_together_with_the_municipality_and_a_body_names_its_organisers(
    pages: Pages,
) -> None:
    label = "'The study visit was prepared together with the municipality of Wrocław and the X.'"
    value, results, parts = rated(pages, label, prepared_case, both_organisers)
    breakdown("by the wording", results, column(parts, 1))
    read = share("  but 'Cracow', 'Lodz'", results, column(parts, 2), {"a label"})
    assert value >= 0.98  # measured 100% after the mend below (90.6% before; fa375d3 0%)
    assert read >= 0.98  # measured 100% (fa375d3 0%)


def test_prepared_for_the_municipality_names_no_organiser(pages: Pages) -> None:
    label = "negative: 'The study visit was prepared for the municipality of Wrocław.'"
    value, _, _ = rated(pages, label, partial(prepared_case, together=False), no_organiser)
    assert value >= NEGATIVE  # measured 100% (fa375d3 100%)


# --- 8. English: units listed after the office and a dash --------------------------------------

EN_OFFICES = ("{city} City Administration", "{city} Municipal Office", "{city} City Hall",
              "{city} City Office")  # fmt: skip
DEPARTMENTS = ("Culture", "Education", "Social Policy", "Housing", "Health", "Sport", "Strategy",
               "Public Safety", "Urban Planning", "Environmental Protection")  # fmt: skip
OFFICES_OF = ("Resident Affairs", "Migrant Affairs", "Social Services", "Foreign Affairs",
              "Civic Dialogue", "Public Communication")  # fmt: skip
MEMBERS_INTROS = ("Its members represent:", "The team brings together", "Its members come from")
TAILS = ("; the Provincial Police; and NGOs.", "; universities and NGOs.", ".")


def english_units(rng: random.Random, count: int) -> list[str]:
    """Distinct 'Department of Culture', 'Office of Resident Affairs'."""
    made: list[str] = []
    while len(made) < count:
        unit = rng.choice((f"Department of {rng.choice(DEPARTMENTS)}",
                           f"Office of {rng.choice(OFFICES_OF)}"))  # fmt: skip
        if unit not in made:
            made.append(unit)
    return made


def english_units_case(rng: random.Random, listed_: bool = True) -> EventCase:
    """'Its members represent: the Lublin City Administration – the Mayor's Office, the
    Department of Culture, the Office of Resident Affairs and the Department of Housing; the
    Provincial Police; and NGOs.' Without `listed_`: '… – together with the Department of X of
    the Provincial Police; …'."""
    (city,) = draw(rng, cities())
    spelt = city_in_english(rng, city)
    frame = rng.choice(EN_OFFICES)
    office = frame.format(city=spelt)
    units = english_units(rng, rng.choice((2, 3, 4)))
    items = ["the Mayor's Office"] * (rng.random() < 0.5) + [f"the {u}" for u in units]
    joined = ", ".join(items[:-1]) + rng.choice((" and ", ", and ")) + items[-1]
    if not listed_:
        joined = f"together with the {units[0]} of the Provincial Police"
    text = f"{rng.choice(MEMBERS_INTROS)} the {office} – {joined}{rng.choice(TAILS)}"
    shown = f"{spelt} | {frame.format(city='X')} | {spelling(city, spelt)}"
    return EventCase(text, shown, keys=(office_of(city), *units), english=True)


def units_of_the_office(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    office, *units = case.keys
    ok = all(office in values(ctx, labelled(ctx, u), "unitOf") for u in units)
    return ok, f"{units} units of {short(office)}; {facts_of(ctx, 'unitOf')}"


def no_unit_of_the_office(ctx: DocumentContext, case: Case) -> tuple[bool, str]:
    found = [f for f in facts_of(ctx, "unitOf") if f.endswith(short(case.keys[0]))]
    return not found, f"no unit of {short(case.keys[0])}: {found}"


def test_english_units_listed_after_the_office_and_a_dash_are_its_units(pages: Pages) -> None:
    label = "'the Lublin City Administration – the Mayor's Office, the Department of X, …;'"
    value, results, parts = rated(pages, label, english_units_case, units_of_the_office)
    breakdown("by the office", results, column(parts, 1))
    read = share("  but 'Cracow', 'Lodz'", results, column(parts, 2), {"a label"})
    assert value >= 0.98  # measured 100% after the mend below (90.6% before; fa375d3 0%)
    assert read >= 0.98  # measured 100% (fa375d3 0%)


def test_one_unit_of_another_body_after_the_dash_is_no_unit_of_the_office(pages: Pages) -> None:
    label = "negative: 'the Lublin City Administration – together with the Department of X of …'"
    make = partial(english_units_case, listed_=False)
    value, _, _ = rated(pages, label, make, no_unit_of_the_office)
    assert value >= NEGATIVE  # measured 100% (fa375d3 100%)
