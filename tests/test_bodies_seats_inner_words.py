"""Where a body has its seat, and names with a preposition inside, said the ways general Polish
says them (session 15, from a helper's probes).

1. Seats (relations.py SEAT_AFTER, SEAT_BEFORE_VERB, a city in brackets): "X z siedzibą w
   <city>", "X, z siedzibą w …", "X, które ma siedzibę w …", "mająca siedzibę w <city> X",
   "działająca w <city> X", "X, działające w …", "X (<City>)", "X (ACR) z <city>", "X,
   organizacji z <city>", "X – organizacja pozarządowa z <city>" → X inCity the city.
2. A body's name goes on after "bez", "przeciw", "wobec", "ponad" and a capitalised word
   ("Stowarzyszenie Lekarze bez Granic", "Koalicja Miast przeciw Rasizmowi"), in every case,
   to its nominative (names.py NAME_INNER_PREPOSITIONS); negative control: "X wobec Rady Miasta
   …" keeps X and the council apart.
Bodies are new ones: "Fundacja" / "Stowarzyszenie" + an SGJP common noun (title_nouns), declined
by phrase_forms; the words after the preposition are SGJP nouns in the case it governs, generated
by morfeusz2. 120 cases each. Measured on a8e76c7: 1. 0%, 2. 0%, the control 100%; now 100%,
98.3%, 100%.
"""

from __future__ import annotations

import random

from tests.relations_pages import Pages, labelled, objects, outcome
from tests.relations_templates import (
    Named,
    capitalise,
    cities,
    form,
    new_names,
    noun_lexeme,
    phrase_forms,
    rate,
    title_nouns,
    w,
)

SEED = 20261205
CASES = 120
HEADS = ("Fundacja", "Stowarzyszenie")
# the case each preposition governs
GOVERNS = {"bez": "gen", "przeciw": "dat", "wobec": "gen", "ponad": "inst"}


def new_bodies() -> tuple[Named, ...]:
    return new_names(HEADS, 0, 120)


def agreeing(body: Named, feminine: str, neuter: str) -> str:
    return feminine if body.label.startswith("Fundacja") else neuter


def seat_text(body: Named, city: Named, rng: random.Random) -> str:
    nom, place = body.form("nom"), w(city)
    return rng.choice(
        (
            f"{nom} z siedzibą {place} prowadzi punkt informacyjny.",
            f"Projekt realizuje {nom}, z siedzibą {place}.",
            f"Projekt realizuje {nom} (z siedzibą {place}).",
            f"{nom}, {agreeing(body, 'która', 'które')} ma siedzibę {place}, prowadzi kursy.",
            f"Grant otrzymała {agreeing(body, 'mająca', 'mające')} siedzibę {place} {nom}.",
            f"Pomoc oferuje {agreeing(body, 'działająca', 'działające')} {place} {nom}.",
            f"{nom}, {agreeing(body, 'działająca', 'działające')} {place} od 2015 roku, pomaga.",
            f"Dotacje otrzymały: {nom} ({city.form('nom')}) i Fundacja Ocalenie.",
            f"Pomaga {nom} (FX) z {city.form('gen')}.",
            f"To projekt {body.form('gen')}, organizacji z {city.form('gen')}.",
            f"{nom} – organizacja pozarządowa z {city.form('gen')} – pomaga.",
        )
    )


def seat_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    body, city = rng.choice(new_bodies()), rng.choice(cities())
    text = seat_text(body, city, rng)
    ctx = pages.extract(text)
    ok = any(city.iri in objects(ctx, b, "inCity") for b in labelled(ctx, body.label))
    return outcome(ctx, ok, text, f"{body.label} in {city.iri}")


def inner_name(rng: random.Random) -> tuple[str, str, Named] | None:
    """A body named '<Head> <Noun> <preposition> <Noun in its case>', its nominative label."""
    preposition = rng.choice(sorted(GOVERNS))
    first, second = rng.sample(title_nouns()[:400], 2)
    found = noun_lexeme(second.lower(), None, None)
    if found is None:
        return None
    governed = form(found[0], "subst", found[1], GOVERNS[preposition])
    if governed is None:
        return None
    label = f"{rng.choice(HEADS)} {first} {preposition} {capitalise(governed)}"
    forms = phrase_forms(label)
    return (preposition, label, Named(f"new:{label}", label, forms)) if forms else None


def inner_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    drawn = None
    while drawn is None:
        drawn = inner_name(rng)
    _, label, body = drawn
    case, template = rng.choice(
        (
            ("nom", "Pomoc prawną oferuje {name}."),
            ("gen", "Przedstawiciele {name} spotkali się z radnymi."),
            ("inst", "Miasto podpisało umowę z {name}."),
            ("loc", "O {name} pisaliśmy wcześniej."),
        )
    )
    text = template.format(name=body.form(case))
    ctx = pages.extract(text)
    return outcome(ctx, bool(labelled(ctx, label)), text, f"the body «{label}»")


def control_case(pages: Pages, rng: random.Random) -> tuple[bool, str]:
    body, city = rng.choice(new_bodies()), rng.choice(cities())
    council = f"Rady Miasta {city.form('gen')}"
    text = f"{body.form('nom')} wobec {council} przedstawiła stanowisko."
    ctx = pages.extract(text)
    return outcome(ctx, bool(labelled(ctx, body.label)), text, f"«{body.label}» apart")


def test_a_body_is_in_the_city_of_its_seat(pages: Pages) -> None:
    rng = random.Random(SEED)
    value = rate(
        "'X z siedzibą w …', 'X (Kraków)', 'działająca w … X' …",
        [seat_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98


def test_a_preposition_inside_a_body_name(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    value = rate(
        "'Stowarzyszenie Lekarze bez Granic' in every case",
        [inner_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.95


def test_negative_another_body_after_the_preposition(pages: Pages) -> None:
    rng = random.Random(SEED + 2)
    value = rate(
        "negative: 'X wobec Rady Miasta …' keeps X alone",
        [control_case(pages, rng) for _ in range(CASES)],
    )
    assert value >= 0.98
