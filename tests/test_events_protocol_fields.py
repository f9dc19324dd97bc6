"""A protocol's numbered fields: "1. **Termin spotkania:** 19 marca 2013 r.", "2. **Miejsce:**
siedziba Mazowieckiego Urzędu Wojewódzkiego …", "3. **Uczestnicy:**" over a list of bodies (or
over sublists: "1. z instytucji publicznych:", "2. z organizacji:"), "4. **Porządek obrad:** …"
(session 24, from the opened set mem: a protocol of a foreigners' forum). The numbered fields are
one sheet of one meeting: the place field's city office places it, and each item of the roster
that is a body's name is a body that took part (events.fields_of_one_sheet, a_roster_label,
bodies_listed_as_present). Before, the numbered fields were no fields: the meeting had no city
and no participant.
Cases: the date field in words or digits; the place an office of a reference city in the
genitive; three to five reference organisations as a flat list or in two sublists, bulleted or
numbered, ending with ',' ';' '.' or nothing.
Control: the same list under "3. **Do wiadomości:**" (whom a copy goes to) makes no participant,
nor does a body the agenda names.
Measured on dd2a323: 0 %; control 100 %.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import (
    MONTHS_GEN,
    NEGATIVE,
    POSITIVE,
    REFERENCE,
    Named,
    cities,
    draw,
    office_of,
    organisations,
    phrase_forms,
    polish_labels,
    rate,
)
from ump_kg.extract.context import DocumentContext

PUBLISHED = "2024-12-20"
HEADINGS = (
    "# Protokół ze spotkania",
    "# Protokół z posiedzenia Forum",
    "# Notatka ze spotkania roboczego",
    "## Sprawozdanie ze spotkania konsultacyjnego",
)
DATE_LABELS = ("**Termin spotkania:**", "**Termin:**", "Data spotkania:", "**Data:**")
ROSTERS = ("**Uczestnicy:**", "Uczestnicy spotkania:", "**Obecni:**", "Lista obecności:")
COPIES = ("**Do wiadomości:**", "Otrzymują do wiadomości:")
SUBLISTS = ("z instytucji publicznych:", "z organizacji pozarządowych:", "z urzędów:")
ENDS = (",", ";", ".", "")


@dataclass(frozen=True)
class ProtocolCase:
    city: Named
    day: dt.date
    bodies: tuple[Named, ...]
    agenda_body: Named
    text: str


def office_label(city: Named) -> str | None:
    """The reference's name of the city's office in the genitive ("Urzędu Miasta Lublin")."""
    labels = dict(polish_labels(REFERENCE / "organisations.ttl"))
    forms = phrase_forms(labels.get(office_of(city), ""))
    return dict(forms)["gen"] if forms else None


def roster(rng: random.Random, bodies: list[Named]) -> list[str]:
    """The roster's items, a flat list or two sublists under numbered labels."""

    def item(body: Named, indent: str, n: int) -> str:
        marker = rng.choice(("- ", "* ", f"{n}) "))
        return f"{indent}{marker}{body.label}{rng.choice(ENDS)}"

    if rng.random() < 0.5:
        return [item(b, "   ", n) for n, b in enumerate(bodies, start=1)]
    half = len(bodies) // 2
    first, second = rng.sample(SUBLISTS, 2)
    return [
        f"   1. {first}",
        *(item(b, "      ", n) for n, b in enumerate(bodies[:half], start=1)),
        f"   2. {second}",
        *(item(b, "      ", n) for n, b in enumerate(bodies[half:], start=1)),
    ]


def protocol(rng: random.Random, control: bool) -> ProtocolCase | None:
    (city,) = draw(rng, cities())
    office = office_label(city)
    if office is None:
        return None
    day = dt.date(rng.randrange(2012, 2025), rng.randrange(1, 13), rng.randrange(1, 28))
    said = rng.choice(
        (f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r.", f"{day:%d.%m.%Y} r.")
    )
    chosen = draw(rng, organisations(), rng.randint(4, 6))
    bodies, agenda_body = chosen[:-1], chosen[-1]
    lines = [
        rng.choice(HEADINGS),
        "",
        f"1. {rng.choice(DATE_LABELS)} {said}",
        f"2. **Miejsce:** siedziba {office}, sala nr {rng.randrange(1, 300)}.",
        f"3. {rng.choice(COPIES if control else ROSTERS)}",
        *roster(rng, bodies),
        f"4. **Porządek obrad:** informacja {agenda_body.form('gen')} o pracach w minionym roku.",
    ]
    return ProtocolCase(city, day, tuple(bodies), agenda_body, "\n".join(lines))


def meeting_of(ctx: DocumentContext, case: ProtocolCase) -> tuple[str, set[str]] | None:
    found = [e for e in ctx.events if e.first == case.day]
    if len(found) != 1:
        return None
    event = found[0]
    participants = {str(f.o) for f in ctx.facts if f.s == event.iri and f.p.endswith("participant")}
    return event.city or "", participants


def placed_and_attended(ctx: DocumentContext, case: ProtocolCase) -> tuple[bool, str]:
    found = meeting_of(ctx, case)
    want = {b.iri for b in case.bodies}
    ok = found is not None and found[0] == case.city.iri and want <= found[1]
    ok = ok and found is not None and case.agenda_body.iri not in found[1]
    return ok, f"one meeting in {case.city.slug} attended by {sorted(want)} (found {found})"


def test_a_protocols_numbered_fields_place_the_meeting_and_list_who_came(pages: Pages) -> None:
    results, _ = measured(
        pages, lambda rng: protocol(rng, False), placed_and_attended, published=PUBLISHED
    )
    assert (
        rate(
            "'1. **Termin:** …' / '2. **Miejsce:** siedziba Urzędu …' / '3. **Uczestnicy:**'",
            results,
        )
        >= POSITIVE
    )


def none_attended(ctx: DocumentContext, case: ProtocolCase) -> tuple[bool, str]:
    found = meeting_of(ctx, case)
    listed = {b.iri for b in (*case.bodies, case.agenda_body)}
    ok = found is None or not (listed & found[1])
    return ok, f"no body of the copy list took part (found {found})"


def test_a_copy_list_is_no_roster(pages: Pages) -> None:
    results, _ = measured(
        pages, lambda rng: protocol(rng, True), none_attended, published=PUBLISHED
    )
    assert rate("control: '3. **Do wiadomości:**' over bodies -> no participant", results) >= (
        NEGATIVE
    )
