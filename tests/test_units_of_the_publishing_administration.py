"""A unit named bare on an administration's own page is that administration's (session 25).

"publisher: Wielkopolski Urząd Wojewódzki w Poznaniu", the page naming that office and, bare,
"Wydział Spraw Cudzoziemców": the unit is the publishing office's, not the office of the city
the page is about (pipeline.py other_administration, publishing_body). Before, it was made a
unit of the city's office.
Administrations: a voivode's office ("<Adjective> Urząd Wojewódzki w <capital>"), a marshal's
office ("Urząd Marszałkowski Województwa <Adjective>"), a ministry ("Ministerstwo <SGJP noun in the genitive>"); units "Wydział <SGJP noun in
the genitive>". The towns are the reference's cities (SGJP forms).
The page opens with a heading that names no administration (the title's rule is older).
Control: on a city office's page ("publisher: Urząd Miasta <City>"), the bare unit is that
office's (as before).
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.relations_pages import labelled, objects, outcome
from tests.relations_templates import (
    cases,
    cities,
    office_of,
    phrase_forms,
    rate,
    title_noun_genitive,
    title_nouns,
    w,
)
from ump_kg.extract.context import DocumentContext
from ump_kg.extract.document import read_source
from ump_kg.extract.pipeline import extract, knowledge

# the sixteen voivodeships' adjectives (nominative masculine, genitive neuter)
VOIVODESHIPS = (
    ("Dolnośląski", "Dolnośląskiego"),
    ("Kujawsko-Pomorski", "Kujawsko-Pomorskiego"),
    ("Lubelski", "Lubelskiego"),
    ("Lubuski", "Lubuskiego"),
    ("Łódzki", "Łódzkiego"),
    ("Małopolski", "Małopolskiego"),
    ("Mazowiecki", "Mazowieckiego"),
    ("Opolski", "Opolskiego"),
    ("Podkarpacki", "Podkarpackiego"),
    ("Podlaski", "Podlaskiego"),
    ("Pomorski", "Pomorskiego"),
    ("Śląski", "Śląskiego"),
    ("Świętokrzyski", "Świętokrzyskiego"),
    ("Warmińsko-Mazurski", "Warmińsko-Mazurskiego"),
    ("Wielkopolski", "Wielkopolskiego"),
    ("Zachodniopomorski", "Zachodniopomorskiego"),
)
SAYS = (
    "Projekt realizuje {admin}. {unit} przygotował program wsparcia dla cudzoziemców.",
    "{admin} ogłasza nabór. Wnioski przyjmuje {unit}.",
    "Rok podsumował {admin}. Szczególnie wiele spraw prowadził {unit}.",
)


@dataclass(frozen=True)
class Case:
    text: str
    publisher: str
    admin: str  # the publisher's label
    unit: str  # the unit's label
    city: str  # the IRI of the page's city


def administration(rng: random.Random) -> str | None:
    city = rng.choice(cities())
    noun = title_noun_genitive(rng.choice(title_nouns()[:600]))
    adjective, genitive = rng.choice(VOIVODESHIPS)
    return rng.choice(
        (
            f"{adjective} Urząd Wojewódzki {w(city)}",
            f"Urząd Marszałkowski Województwa {genitive}",
            f"Ministerstwo {noun}" if noun else None,
        )
    )


def unit_name(rng: random.Random) -> str | None:
    noun = title_noun_genitive(rng.choice(title_nouns()[600:1400]))
    return f"Wydział {noun}" if noun else None


def page_case(rng: random.Random, city_office: bool) -> Case | None:
    city = rng.choice(cities())
    admin = f"Urząd Miasta {city.form('gen')}" if city_office else administration(rng)
    unit = unit_name(rng)
    if admin is None or unit is None or phrase_forms(admin) is None:
        return None
    text = rng.choice(SAYS).format(admin=admin, unit=unit)
    # (the page is about the city: its title names it)
    return Case(f"{city.label}: {text}", admin, admin, unit, city.iri)


class PublishedPages:
    def __init__(self, folder: Path) -> None:
        self.folder, self.count = folder, itertools.count()

    def extract(self, case: Case) -> DocumentContext:
        path = self.folder / f"strona-{next(self.count)}.md"
        title = case.text.split(":", 1)[0]
        path.write_text(
            f'---\ntitle: "Aktualności – {title}"\npublished: 2024-05-06\n'
            f'publisher: "{case.publisher} (bip)"\nlanguage: pl\n---\n'
            f"# Pomoc dla cudzoziemców – {title}\n\n{case.text.split(': ', 1)[1]}\n",
            encoding="utf-8",
        )
        return extract(read_source(path), knowledge())


def unit_of(ctx: DocumentContext, case: Case, owner: str) -> bool:
    units = labelled(ctx, case.unit)
    return bool(units) and all(owner in {str(o) for o in objects(ctx, u, "unitOf")} for u in units)


@pytest.mark.parametrize("city_office", [False, True], ids=["administration", "control-city"])
def test_a_bare_unit_is_the_publishing_administrations(tmp_path: Path, city_office: bool) -> None:
    pages = PublishedPages(tmp_path)
    results = []
    for case in cases(lambda rng: page_case(rng, city_office), 130):
        ctx = pages.extract(case)
        owners = labelled(ctx, case.admin) if not city_office else [office_of_city(case.city)]
        ok = len(owners) == 1 and unit_of(ctx, case, owners[0])
        results.append(outcome(ctx, ok, case.text, f"«{case.unit}» unit of «{case.admin}»"))
    label = "control: a city office's page" if city_office else "an administration's page"
    assert rate(f"{label}: 'Wydział X' is the publisher's unit", results) >= 0.95


def office_of_city(city_iri: str) -> str:
    return office_of(next(c for c in cities() if c.iri == city_iri))
