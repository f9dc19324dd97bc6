"""A body that writes of itself in the first person plural (an NGO's blog), on forms the rules
were not written from: "Nasze centrum – Centrum X – …", "Wzięłyśmy udział w posiedzeniu Zespołu
…", "Jan Nowak, koordynator naszego ośrodka", "Nasz instytut reprezentowała Anna Kos": the body
took part in the event, its people are its members. Bodies are made up from real heads and
genitive complements (morfeusz2), people are SGJP's, the possessive agrees with the body's head
(generated), dates are drawn. A page under its body's header that tells in the first person
plural what "we" organised ("którą zorganizowaliśmy") is that body's, with or without "nasz …".
Negative controls: "Nasza fundacja współpracuje z Fundacją X" does not make X "ours"; a page that
names no body of its own states no body as a participant; "Zaprosił nas Urząd …, gospodarz
spotkania" makes the office the meeting's organiser; a "we" only in a speaker's words ("–
Zorganizowaliśmy … – mówiła X") makes the site's body nobody's "we"."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.pages_templates import Body, organisation_iri, organisation_of, person_of
from tests.relations_pages import Pages, measured, objects
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    Named,
    Person,
    Written,
    cities,
    date_of,
    draw,
    form,
    office_of,
    organisations,
    rate,
    w,
)
from ump_kg.extract.context import DocumentContext

# a body's head noun -> its gender for the possessive ("nasza fundacja", "nasze centrum")
GENDERS = {
    "Fundacja": "f",
    "Stowarzyszenie": "n",
    "Centrum": "n",
    "Instytut": "m3",
    "Ośrodek": "m3",
    "Towarzystwo": "n",
}
TOOK_PART = (
    "Byliśmy na posiedzeniu",
    "Byłyśmy na posiedzeniu",
    "Wzięliśmy udział w posiedzeniu",
    "Wzięłyśmy udział w posiedzeniu",
    "Uczestniczyliśmy w posiedzeniu",
)
ROLES = (("koordynator", "koordynatorka"), ("prezes", "prezeska"), ("dyrektor", "dyrektorka"))


def our(case: str, head: str) -> str:
    """'nasza', 'naszego', 'naszą' … agreeing with the head, as morfeusz2 makes them."""
    made = form("nasz", "adj", "sg", case, GENDERS[head])
    assert made, (case, head)
    return made


def kind_word(head: str, case: str) -> str:
    made = form(head.lower(), "subst", "sg", case)
    assert made, (head, case)
    return made


@dataclass(frozen=True)
class OursCase:
    body: str
    person: Person
    city: Named
    first: str
    text: str


def drawn(rng: random.Random) -> tuple[Named, Written, Body, Person, str]:
    """A city, a date, a body whose head the possessive can agree with, a person and the role
    word agreeing with the person (in this order, so each seed draws the same case)."""
    (city,) = draw(rng, cities())
    date = date_of(rng)
    body: Body = organisation_of(rng)
    while body.label.split()[0] not in GENDERS:
        body = organisation_of(rng)
    person = person_of(rng, set())
    male, female = rng.choice(ROLES)
    return city, date, body, person, female if person.gender == "f" else male


def ours_case(rng: random.Random, named: bool = True) -> OursCase:
    city, date, body, person, role = drawn(rng)
    head = body.label.split()[0]
    opening = (
        f"{rng.choice(TOOK_PART)} Zespołu UMP ds. Migracji i Integracji {w(city)}, które odbyło "
        f"się {date.text.rstrip('.')}."
    )
    own = (
        f"{our('nom', head).capitalize()} {kind_word(head, 'nom')} – {body.label} – od lat "
        "wspiera cudzoziemców."
        if named
        else "Od lat wspieramy cudzoziemców."
    )
    ours_phrase = rng.choice(
        (
            f"O naszych doświadczeniach opowiadał{person.a} {person.nominative}, {role} "
            f"{our('gen', head)} {kind_word(head, 'gen')}.",
            f"{our('acc', head).capitalize()} {kind_word(head, 'acc')} reprezentował{person.a} "
            f"{person.nominative}.",
            f"Głos zabrał{person.a} {person.nominative} z {our('gen', head)} "
            f"{kind_word(head, 'gen')}.",
        )
    )
    text = f"{opening} {own} {ours_phrase}"
    return OursCase(organisation_iri(body.label), person, city, date.first.isoformat(), text)


def the_meeting(ctx: DocumentContext, case: OursCase) -> str | None:
    return next(
        (e.iri for e in ctx.events if e.city == case.city.iri and str(e.first) == case.first),
        None,
    )


def we_took_part(ctx: DocumentContext, case: OursCase) -> tuple[bool, str]:
    meeting = the_meeting(ctx, case)
    ok = meeting is not None and case.body in {str(o) for o in objects(ctx, meeting, "participant")}
    return ok, "our body took part"


def ours_is_a_member(ctx: DocumentContext, case: OursCase) -> tuple[bool, str]:
    written = case.person.nominative
    who = next((m.iri for m in ctx.mentions if m.kind == "person" and m.text == written), None)
    ok = who is not None and case.body in {str(o) for o in objects(ctx, who, "memberOf")}
    return ok, f"{written} a member of our body"


def test_our_body_took_part(pages: Pages) -> None:
    results, _ = measured(pages, ours_case, we_took_part)
    assert rate("'Nasze centrum – Centrum X –' … 'Byliśmy na posiedzeniu'", results) >= POSITIVE


def test_our_people_are_our_members(pages: Pages) -> None:
    results, _ = measured(pages, ours_case, ours_is_a_member)
    assert rate("'X, koordynatorka naszej fundacji'", results) >= POSITIVE


def no_body_took_part(ctx: DocumentContext, case: OursCase) -> tuple[bool, str]:
    meeting = the_meeting(ctx, case)
    bodies = {
        str(o)
        for o in (objects(ctx, meeting, "participant") if meeting else set())
        if "/organisation/" in str(o)
    }
    return not bodies, "no body took part"


def test_a_page_without_its_own_body_names_none(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: ours_case(rng, named=False), no_body_took_part)
    assert rate("no 'Nasza fundacja – X –': no body took part", results) >= NEGATIVE


@dataclass(frozen=True)
class PartnerCase:
    partner: str
    person: Person
    text: str


def partner_case(rng: random.Random) -> PartnerCase:
    partner = organisation_of(rng)
    person = person_of(rng, set())
    text = (
        f"Nasza fundacja współpracuje z {partner.form('inst')}. Byliśmy na spotkaniu 5 maja "
        f"2021 r. w Krakowie. Głos zabrał{person.a} {person.nominative} "
        f"z {partner.form('gen')}."
    )
    return PartnerCase(organisation_iri(partner.label), person, text)


def partner_is_not_ours(ctx: DocumentContext, case: PartnerCase) -> tuple[bool, str]:
    events = [e.iri for e in ctx.events]
    took_part = {str(o) for e in events for o in objects(ctx, e, "participant")}
    return case.partner not in took_part, "the partner is not 'we'"


def test_a_partner_is_not_our_body(pages: Pages) -> None:
    results, _ = measured(pages, partner_case, partner_is_not_ours)
    assert rate("'Nasza fundacja współpracuje z Fundacją X'", results) >= NEGATIVE


@dataclass(frozen=True)
class HostCase:
    city: Named
    text: str


def host_case(rng: random.Random) -> HostCase:
    (city,) = draw(rng, cities())
    date = date_of(rng)
    office = next(o for o in organisations() if o.iri == office_of(city))
    word = rng.choice(("gospodarz spotkania", "gospodarz posiedzenia", "organizator spotkania"))
    text = (
        f"{date.text.capitalize()} {w(city)} obradował Zespół UMP ds. Migracji i Integracji. "
        f"Zaprosił nas {office.form('nom')}, {word}."
    )
    return HostCase(city, text)


def office_held_it(ctx: DocumentContext, case: HostCase) -> tuple[bool, str]:
    organisers = {str(o) for e in ctx.events for o in objects(ctx, e.iri, "organiser")}
    return office_of(case.city) in organisers, "the office held it"


def test_a_host_in_apposition_holds_the_meeting(pages: Pages) -> None:
    results, _ = measured(pages, host_case, office_held_it)
    assert rate("'Zaprosił nas Urząd Miasta X, gospodarz spotkania'", results) >= POSITIVE


# --- the site's own body, named by its header (session 10) ---------------------------------------


def header_case(rng: random.Random, said: str = "ours") -> OursCase:
    """A page under its body's header: "ours" names the body "nasza …" too; "narrative" only
    tells in the first person plural what the body did; "quoted" puts the first person in a
    speaker's words (the speaker's "we", not the site's)."""
    city, date, body, person, role = drawn(rng)
    head = body.label.split()[0]
    verb = rng.choice(("zorganizowaliśmy", "przygotowałyśmy", "współorganizowaliśmy"))
    who = (
        f"{role} {our('gen', head)} {kind_word(head, 'gen')} {person.nominative}"
        if said == "ours"
        else f"{person.nominative}"
    )
    held = f"{date.text.rstrip('.').capitalize()} {w(city)} odbyła się konferencja"
    if said == "quoted":
        story = (
            f"{held}. – Tę konferencję {verb} wspólnie z partnerami – mówił{person.a} "
            f"{person.nominative}."
        )
    else:
        story = f"{held}, którą {verb} wspólnie z partnerami. Panel poprowadził{person.a} {who}."
    text = f"{body.label}\n\nO nas | Co robimy | Aktualności | Kontakt\n\n{story}"
    return OursCase(organisation_iri(body.label), person, city, date.first.isoformat(), text)


def header_body_held_it(ctx: DocumentContext, case: OursCase) -> tuple[bool, str]:
    held = {str(o) for e in ctx.events for o in objects(ctx, e.iri, "organiser")}
    return case.body in held, "the site's body held the event"


def test_the_sites_body_held_what_we_organised(pages: Pages) -> None:
    results, _ = measured(pages, header_case, header_body_held_it)
    assert rate("header 'Fundacja X' … 'którą zorganizowaliśmy': X held it", results) >= POSITIVE


def test_the_sites_body_held_what_it_tells_it_organised(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: header_case(rng, "narrative"), header_body_held_it)
    assert rate("header 'Fundacja X', no 'nasz …', 'którą zorganizowaliśmy'", results) >= POSITIVE


def test_a_role_of_our_body_before_a_name(pages: Pages) -> None:
    results, _ = measured(pages, header_case, ours_is_a_member)
    assert rate("'prezeska naszej fundacji X' under the header", results) >= POSITIVE


def header_body_held_nothing(ctx: DocumentContext, case: OursCase) -> tuple[bool, str]:
    ok, _ = header_body_held_it(ctx, case)
    return not ok, "no body is 'we' where only a speaker says 'we'"


def test_a_speakers_we_is_not_the_sites(pages: Pages) -> None:
    results, _ = measured(pages, lambda rng: header_case(rng, "quoted"), header_body_held_nothing)
    assert rate("a header, 'we' only in a quotation: nobody is 'we'", results) >= NEGATIVE
