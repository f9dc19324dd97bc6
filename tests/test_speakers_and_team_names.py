"""Three rules of session 10, proven on forms they were not written from.

People are drawn from SGJP (tests/relations_templates.people()), organisations are made up from
real heads and genitive complements declined by morfeusz2 (tests/pages_templates), the case
forms of "Zespół" are morfeusz2's. Each rule is measured over >= 100 cases (rate printed with -s)
beside negative controls.

1. "Gośćmi spotkania byli <post> <Body> <A>, <B> (<Body>) i <C> z <Body>": everyone listed after
   "Gośćmi" took part (the plural instrumental of "gość" is a cue as "Gościem" is).
2. "<cue> <A>, <post> <Body in the genitive>, <B> z <Body 2>": the post between two commas is A's
   (an apposition), not B's; "<post> <Body>, <B>" opening the list is B's.
3. A page that names the Team in full and then "Zespół ds. Migracji" (any case, in the title or
   the text) names the Team once: no new body. "Zespół ds. <another subject>" stays a body of its
   own, and so does "Zespół ds. Migracji" on a page that does not name the Team. English: "the
   Migration and Integration Team of the Union of Polish Metropolises" is the Team.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.pages_templates import (
    POSTS,
    TEAM,
    Body,
    english_city_labels,
    organisation_iri,
    organisation_of,
    person_of,
)
from tests.relations_pages import Pages, holds, measured, objects, person_iri
from tests.relations_templates import (
    CASES,
    NEGATIVE,
    POSITIVE,
    Named,
    Person,
    cities,
    draw,
    form,
    listed,
    rate,
    w,
)
from ump_kg.extract.context import DocumentContext

EVENT_GENITIVES = ("spotkania", "posiedzenia", "konferencji", "seminarium")


def post_word(person: Person, rng: random.Random) -> tuple[str, str]:
    """(the post's word in the nominative agreeing with the person, its masculine lemma)."""
    male, female = rng.choice(POSTS)
    return (female if person.gender == "f" else male), male


def z(word: str) -> str:
    """'z Fundacji …', 'ze Stowarzyszenia …' (before a cluster of consonants)."""
    return f"{'ze' if word[:2].lower() in ('st', 'sz', 'sp', 'sk', 'zw', 'wsp') else 'z'} {word}"


# --- 1. "Gośćmi spotkania byli …" ---------------------------------------------------------------


@dataclass(frozen=True)
class GuestsCase:
    people: tuple[Person, ...]
    text: str


def guests_case(rng: random.Random) -> GuestsCase:
    (city,) = draw(rng, cities())
    taken: set[str] = set()
    people = tuple(person_of(rng, taken) for _ in range(3))
    phrases = []
    for person in people:
        body = organisation_of(rng)
        how = rng.randrange(3)
        if how == 0:
            word, _ = post_word(person, rng)
            phrases.append(f"{word} {body.form('gen')} {person.nominative}")
        elif how == 1:
            phrases.append(f"{person.nominative} ({body.label})")
        else:
            phrases.append(f"{person.nominative} {z(body.form('gen'))}")
    text = (
        f"12 marca 2021 r. {w(city)} spotkał się Zespół UMP ds. Migracji i Integracji. "
        f"Gośćmi {rng.choice(EVENT_GENITIVES)} byli {listed(phrases)}."
    )
    return GuestsCase(people, text)


def all_took_part(ctx: DocumentContext, case: GuestsCase) -> tuple[bool, str]:
    events = [iri for iri, e in ctx.entities.items() if e.cls.endswith("Meeting")]
    present = {str(o) for event in events for o in objects(ctx, event, "participant")}
    wanted = [person_iri(ctx, person) for person in case.people]
    return all(w_ in present for w_ in wanted), "all three participants"


def test_guests_listed_after_goscmi_took_part(pages: Pages) -> None:
    results, _ = measured(pages, guests_case, all_took_part)
    assert rate("'Gośćmi spotkania byli A, B i C': participants", results) >= POSITIVE


# --- 2. a post between two commas ---------------------------------------------------------------


@dataclass(frozen=True)
class AppositionCase:
    first: Person
    second: Person
    body: str  # the IRI the post is in
    label: str
    text: str


def apposition_case(rng: random.Random) -> AppositionCase:
    taken: set[str] = set()
    first, second, third = (person_of(rng, taken) for _ in range(3))
    body: Body = organisation_of(rng)
    other: Body = organisation_of(rng)
    word, _ = post_word(first, rng)
    cue = rng.choice(("Z prezentacjami wystąpili", "Głos zabrali", "W spotkaniu udział wzięli"))
    text = (
        f"{cue} {first.nominative}, {word} {body.form('gen')}, {second.nominative} "
        f"{z(other.form('gen'))} i {third.nominative}."
    )
    return AppositionCase(first, second, organisation_iri(body.label), body.label, text)


def second_has_no_post_there(ctx: DocumentContext, case: AppositionCase) -> tuple[bool, str]:
    return not holds(ctx, case.second, case.body), f"{case.second.nominative}: no post in body"


def first_holds_the_post(ctx: DocumentContext, case: AppositionCase) -> tuple[bool, str]:
    return holds(ctx, case.first, case.body), f"{case.first.nominative}: post in {case.label}"


def opening_case(rng: random.Random) -> AppositionCase:
    taken: set[str] = set()
    first, second = (person_of(rng, taken) for _ in range(2))
    body = organisation_of(rng)
    word, _ = post_word(second, rng)
    text = (
        f"Z prezentacją wystąpił{second.a} {word} {body.form('gen')}, {second.nominative}, "
        f"a po niej {first.nominative}."
    )
    return AppositionCase(first, second, organisation_iri(body.label), body.label, text)


def second_holds_the_post(ctx: DocumentContext, case: AppositionCase) -> tuple[bool, str]:
    return holds(ctx, case.second, case.body), f"{case.second.nominative}: post in {case.label}"


def test_a_post_between_commas_is_not_the_next_persons(pages: Pages) -> None:
    results, _ = measured(pages, apposition_case, second_has_no_post_there)
    assert rate("'A, prezes Fundacji X, B z Y': B holds no post in X", results) >= NEGATIVE


def test_a_post_between_commas_is_the_persons_before(pages: Pages) -> None:
    results, _ = measured(pages, apposition_case, first_holds_the_post)
    assert rate("'A, prezes Fundacji X, B z Y': A holds the post", results) >= POSITIVE


def test_a_post_opening_the_list_is_the_persons_after(pages: Pages) -> None:
    results, _ = measured(pages, opening_case, second_holds_the_post)
    assert rate("'prezes Fundacji X, B': B holds the post", results) >= POSITIVE


# --- 3. the Team named short ----------------------------------------------------------------------

OTHER_SUBJECTS = ("Edukacji", "Kultury", "Sportu", "Zdrowia", "Mieszkalnictwa", "Transportu")


@dataclass(frozen=True)
class ShortCase:
    city: Named
    short: str  # the short name in the nominative
    text: str
    english: bool = False


def zespol(case: str) -> str:
    """'zespół' in the case, singular, as morfeusz2 generates it."""
    made = form("zespół", "subst", "sg", case)
    assert made, case
    return made


def short_name_case(rng: random.Random, subject: str, full: bool) -> ShortCase:
    """The short name in a heading ('# Posiedzenie Zespołu ds. Migracji') or in a sentence, in
    a case form morfeusz2 generates."""
    (city,) = draw(rng, cities())
    kind = rng.choice(("ds.", "do spraw"))
    opening = (
        f"12 marca 2021 r. {w(city)} spotkał się Zespół Unii Metropolii Polskich ds. Migracji "
        "i Integracji."
        if full
        else f"12 marca 2021 r. {w(city)} odbyło się spotkanie urzędników."
    )
    genitive = f"{zespol('gen').capitalize()} {kind} {subject}"
    if rng.random() < 0.4:
        text = f"# Posiedzenie {genitive}\n\n{opening}"
    else:
        case = rng.choice([c for c in CASES if c != "voc"])
        form = f"{zespol(case).capitalize()} {kind} {subject}"
        sentence = rng.choice(
            (
                f"Kolejne posiedzenie {genitive} zaplanowano na jesień.",
                f"Informacje o pracach {genitive} publikujemy na stronie.",
                f"Spotkanie prowadził przewodniczący {genitive}.",
                f"W pracach uczestniczy {form}."
                if case == "nom"
                else f"Zaproszenie wysłano {form}.",
            )
        )
        text = f"{opening} {sentence}"
    return ShortCase(city, f"Zespół {kind} {subject}", text)


def bodies_named(ctx: DocumentContext, label: str) -> list[str]:
    return [iri for iri, e in ctx.entities.items() if e.label_pl.casefold() == label.casefold()]


def no_new_team(ctx: DocumentContext, case: ShortCase) -> tuple[bool, str]:
    return not bodies_named(ctx, case.short), f"no new body {case.short!r}"


def a_body_of_its_own(ctx: DocumentContext, case: ShortCase) -> tuple[bool, str]:
    return bool(bodies_named(ctx, case.short)), f"{case.short!r} a body of its own"


def test_the_team_named_short_is_the_team(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: short_name_case(rng, "Migracji", True), no_new_team)
    assert rate("'Zespół ds. Migracji' after the Team in full", results) >= POSITIVE


def test_another_subject_is_another_team(pages: Pages) -> None:
    results, _ = measured(
        pages,
        lambda rng: short_name_case(rng, rng.choice(OTHER_SUBJECTS), True),
        a_body_of_its_own,
    )
    assert rate("'Zespół ds. Edukacji' after the Team in full", results) >= NEGATIVE


def test_the_short_name_without_the_team_is_not_the_team(pages: Pages) -> None:
    results, _ = measured(
        pages, lambda rng: short_name_case(rng, "Migracji", False), a_body_of_its_own
    )
    assert rate("'Zespół ds. Migracji' on a page without the Team", results) >= NEGATIVE


def english_team_case(rng: random.Random) -> ShortCase:
    (city,) = draw(rng, cities())
    team = rng.choice(("Team", "team", "Working Group"))
    name = f"{rng.choice(('Migration and Integration', 'migration and integration'))} {team}"
    city_en = english_city_labels()[city.iri]
    text = rng.choice(
        (
            f"On 12 March 2021, the {name} of the Union of Polish Metropolises met in {city_en}.",
            f"The Union of Polish Metropolises' {name} met in {city_en} on 12 March 2021.",
        )
    )
    return ShortCase(city, name, text, english=True)


def a_meeting_of_the_team(ctx: DocumentContext, case: ShortCase) -> tuple[bool, str]:
    events = [iri for iri, e in ctx.entities.items() if e.cls.endswith("Meeting")]
    ok = any(TEAM in {str(o) for o in objects(ctx, event, "meetingOf")} for event in events)
    return ok, "a meeting of the Team"


def city_team_case(rng: random.Random) -> ShortCase:
    (city,) = draw(rng, cities())
    city_en = english_city_labels()[city.iri]
    text = f"On 12 March 2021, the city's migration and integration team met in {city_en}."
    return ShortCase(city, "", text, english=True)


def not_the_team(ctx: DocumentContext, case: ShortCase) -> tuple[bool, str]:
    ok, _ = a_meeting_of_the_team(ctx, case)
    return not ok, "not a meeting of the Union's Team"


def test_english_topic_first_names_the_team(pages: Pages) -> None:
    results, _ = measured(pages, english_team_case, a_meeting_of_the_team)
    assert rate("'the Migration and Integration Team of the UMP' met", results) >= POSITIVE


def test_english_city_team_is_not_the_unions(pages: Pages) -> None:
    results, _ = measured(pages, city_team_case, not_the_team)
    assert rate("'the city's migration and integration team' met", results) >= NEGATIVE


# --- 4. who was quoted ------------------------------------------------------------------------------

QUOTES = (
    "Musimy mówić jednym głosem wobec rządu",
    "Miasta potrzebują stabilnego finansowania działań integracyjnych",
    "Nie chcemy, żeby ktokolwiek czuł się w naszym mieście obco",
)
SPEECH_VERBS = ("mówił", "powiedział", "podkreślił", "zaznaczył", "dodał", "przekonywał")
ARGUED = ("zwracał{a} uwagę", "argumentował{a}", "apelował{a}", "wskazywał{a}", "tłumaczył{a}")


@dataclass(frozen=True)
class QuotedCase:
    person: Person
    text: str


def quoted_case(rng: random.Random, how: str = "past") -> QuotedCase:
    (city,) = draw(rng, cities())
    person = person_of(rng, set())
    body = organisation_of(rng)
    quote = rng.choice(QUOTES)
    if how == "past":
        verb = f"{rng.choice(SPEECH_VERBS)}{person.a}"
        said = rng.choice(
            (
                f"„{quote}” – {verb} {person.nominative} {z(body.form('gen'))}.",
                f"– {quote} – {verb} {person.nominative} {z(body.form('gen'))}.",
                f"{person.nominative} {z(body.form('gen'))} {verb}: „{quote}”.",
                # a verb of arguing, without a quotation
                f"{person.nominative} {z(body.form('gen'))} {rng.choice(ARGUED).format(a=person.a)}, "
                f"że {quote[0].lower()}{quote[1:]}.",
            )
        )
    elif how == "source":
        said = f"Według {person.form('gen')} {z(body.form('gen'))} {quote[0].lower()}{quote[1:]}."
    elif how == "introduced":
        # ("wprowadził" holds "prowadził", "Stowarzyszenia" holds "towarzysz": no cue inside)
        said = f"{person.nominative} {z(body.form('gen'))} wprowadził{person.a} nowe zasady."
    else:
        said = f"„{quote}” – mówi {person.nominative} {z(body.form('gen'))}."
    text = f"12 marca 2021 r. {w(city)} odbyła się konferencja „Miasta razem”.\n\n{said}"
    return QuotedCase(person, text)


def took_part(ctx: DocumentContext, case: QuotedCase) -> tuple[bool, str]:
    who = person_iri(ctx, case.person)
    present = {str(o) for e in ctx.events for o in objects(ctx, e.iri, "participant")}
    return who is not None and who in present, f"{case.person.nominative} took part"


def did_not_take_part(ctx: DocumentContext, case: QuotedCase) -> tuple[bool, str]:
    ok, _ = took_part(ctx, case)
    return not ok, f"{case.person.nominative} not stated as present"


def test_who_was_quoted_in_the_past_took_part(pages: Pages) -> None:
    results, _ = measured(pages, quoted_case, took_part)
    assert rate("'„…” – podkreśliła X z Fundacji Y': took part", results) >= POSITIVE


def test_a_source_or_an_interview_is_not_presence(pages: Pages) -> None:
    results, _ = measured(
        pages,
        lambda rng: quoted_case(rng, rng.choice(("source", "present", "introduced"))),
        did_not_take_part,
    )
    assert rate("'Według X …', '– mówi X', 'X wprowadził': not present", results) >= NEGATIVE


# --- 5. an aside in brackets between a name and its apposition --------------------------------

ASIDES = ("na zdjęciu", "PL/EPP", "SE/PES", "od lewej")


@dataclass(frozen=True)
class AsideCase:
    person: Person
    body: str
    text: str


def aside_case(rng: random.Random) -> AsideCase:
    (city,) = draw(rng, cities())
    person = person_of(rng, set())
    body = organisation_of(rng)
    word, _ = post_word(person, rng)
    aside = rng.choice((*ASIDES, city.form("nom")))
    text = (
        f"Na spotkaniu przemawiał{person.a} {person.nominative} ({aside}), {word} "
        f"{body.form('gen')}."
    )
    return AsideCase(person, organisation_iri(body.label), text)


def aside_post(ctx: DocumentContext, case: AsideCase) -> tuple[bool, str]:
    return holds(ctx, case.person, case.body), f"{case.person.nominative}: the post"


def test_an_aside_before_the_apposition_keeps_the_post(pages: Pages) -> None:
    results, _ = measured(pages, aside_case, aside_post)
    assert rate("'X (Kraków), dyrektorka Fundacji Y': the post", results) >= POSITIVE


def asides_only_case(rng: random.Random) -> AsideCase:
    first, second = (person_of(rng, set()) for _ in range(2))
    one, two = draw(rng, cities(), 2)
    body = organisation_of(rng)
    text = (
        f"Spotkali się {first.nominative} ({one.form('nom')}), {second.nominative} "
        f"({two.form('nom')}) i przedstawiciele {body.form('gen')}."
    )
    return AsideCase(second, organisation_iri(body.label), text)


def no_post_from_asides(ctx: DocumentContext, case: AsideCase) -> tuple[bool, str]:
    return not holds(ctx, case.person, case.body), "no post"


def test_names_with_asides_in_a_list_hold_no_posts(pages: Pages) -> None:
    results, _ = measured(pages, asides_only_case, no_post_from_asides)
    assert rate("'A (Kraków), B (Lublin) i przedstawiciele Y': no post", results) >= NEGATIVE


# --- 6. a post named before the person, the body the person comes from after ----------------------


@dataclass(frozen=True)
class FromCase:
    person: Person
    post_body: str
    home: str
    text: str


def from_case(rng: random.Random) -> FromCase:
    person = person_of(rng, set())
    body, home = organisation_of(rng), organisation_of(rng)
    word, _ = post_word(person, rng)
    text = (
        f"{word.capitalize()} {body.form('gen')}, {person.nominative} {z(home.form('gen'))}, "
        f"omówił{person.a} postępy prac."
    )
    return FromCase(person, organisation_iri(body.label), organisation_iri(home.label), text)


def post_and_home(ctx: DocumentContext, case: FromCase) -> tuple[bool, str]:
    who = person_iri(ctx, case.person)
    member = {str(o) for o in objects(ctx, who, "memberOf")} if who else set()
    ok = holds(ctx, case.person, case.post_body) and case.home in member
    return ok, f"{case.person.nominative}: the post, and a member of the body after 'z'"


def test_a_post_before_the_name_and_the_body_after_z(pages: Pages) -> None:
    results, _ = measured(pages, from_case, post_and_home)
    assert rate("'Koordynatorka X, Marta Kos z Urzędu Y': post and workplace", results) >= POSITIVE
