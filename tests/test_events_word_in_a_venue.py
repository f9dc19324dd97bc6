"""An event word inside a venue's name is no event word: "we Wrocławskim Centrum Kongresowym
odbyło się szkolenie „…”" is a training (named by its title), not a congress; "w Międzynarodowym
Centrum Kongresowym obradował Zespół" a meeting of the Team. Venues are drawn from congress and
conference centres named with the reference cities' adjectives (locative by morfeusz2)."""

from __future__ import annotations

import datetime as dt
import random

from tests.relations_pages import Pages, objects
from tests.relations_templates import MONTHS_GEN, POSITIVE, cities, phrase_forms, rate, w

SEED = 20261211
SCHEMA_NAME = "https://schema.org/name"
VENUES = (
    "Centrum Kongresowe",
    "Międzynarodowe Centrum Kongresowe",
    "Centrum Konferencyjno-Kongresowe",
)
ADJECTIVES = {
    "gdansk": "Gdańskie", "krakow": "Krakowskie", "wroclaw": "Wrocławskie", "poznan": "Poznańskie",
    "lublin": "Lubelskie", "lodz": "Łódzkie", "szczecin": "Szczecińskie", "rzeszow": "Rzeszowskie",
}  # fmt: skip
TITLES = ("Urząd bez barier", "Prosty język w urzędzie", "Dobre praktyki integracji")


def test_a_word_inside_a_venues_name_is_no_event_word(pages: Pages) -> None:
    rng = random.Random(SEED)
    places = [c for c in cities() if c.slug in ADJECTIVES]
    results = []
    for index in range(105):
        city = rng.choice(places)
        venue = rng.choice(VENUES)
        if venue.startswith("Centrum"):
            venue = f"{ADJECTIVES[city.slug]} {venue}"
        forms = phrase_forms(venue)
        if forms is None:
            continue
        located = dict(forms)["loc"]
        day = dt.date(rng.randrange(2018, 2025), rng.randrange(1, 13), rng.randrange(1, 28))
        when = f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r."
        title = rng.choice(TITLES)
        if index % 2:
            text = f"{when} {w(city)}, w {located}, odbyło się szkolenie „{title}”."
            want_kind, want_title = "Meeting", title
        else:
            text = f"{when} w {located} {w(city)} obradował Zespół UMP ds. Migracji i Integracji."
            want_kind, want_title = "TeamMeeting", None
        ctx = pages.extract(text)
        found = [e for e in ctx.events if e.first == day]
        names = {str(o) for e in found for o in objects(ctx, e.iri, SCHEMA_NAME)}
        ok = (
            len(found) == 1
            and found[0].kind == want_kind
            and (want_title is None or want_title in names)
        )
        results.append(
            (ok, f"{want_kind} {want_title or ''} in {text!r}: {[e.kind for e in found]}")
        )
    assert rate("'w Centrum Kongresowym odbyło się szkolenie' -> a training", results) >= POSITIVE
