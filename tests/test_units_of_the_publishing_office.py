"""A unit named without its office, on a page a city's office publishes, is that office's unit
(session 18): "Wydział Polityki Społecznej i Zdrowia zorganizował spotkanie …" on a page whose
publisher is "Urząd Miasta Krakowa" (pipeline.units_of_the_publishing_office).
Publishers: "Urząd Miasta <city's genitive>" for the reference's twelve cities, units drawn from the heads a city
office's units have (wydział, referat, biuro, departament, dział) with SGJP-declined subjects.
The control: the same sentence on a page an NGO publishes gives the unit no city office.
Measured on the commit before: 0 %; the control 100 %. No set's totals moved.
"""

from __future__ import annotations

import itertools
import random
from pathlib import Path

from tests.relations_pages import objects
from tests.relations_templates import NEGATIVE, POSITIVE, cities, office_of, rate
from ump_kg.extract.context import DocumentContext
from ump_kg.extract.document import read_source
from ump_kg.extract.pipeline import extract, knowledge

SEED = 20261210
UNITS = (
    "Wydział Polityki Społecznej", "Wydział Spraw Społecznych i Zdrowia", "Referat ds. Cudzoziemców",
    "Biuro Partycypacji Społecznej", "Departament Edukacji", "Dział Integracji Cudzoziemców",
)  # fmt: skip
SENTENCES = (
    "{U} zorganizował spotkanie dla cudzoziemców.",
    "Informacji udziela {U}.",
)
COUNTER = itertools.count()


def page(folder: Path, publisher: str, text: str) -> DocumentContext:
    path = folder / f"strona-{next(COUNTER)}.md"
    path.write_text(
        f"---\ntitle: Aktualności\npublished: 2024-12-31\npublisher: {publisher}\n"
        f"language: pl\n---\n{text}\n",
        encoding="utf-8",
    )
    return extract(read_source(path), knowledge())


def case(folder: Path, rng: random.Random, ours: bool) -> tuple[bool, str]:
    city, unit = rng.choice(cities()), rng.choice(UNITS)
    publisher = f"Urząd Miasta {city.form('gen')}" if ours else "Fundacja Ocalenie"
    text = rng.choice(SENTENCES).format(U=unit)
    ctx = page(folder, publisher, text)
    units = [i for i, e in ctx.entities.items() if e.label_pl == unit]
    placed = any(office_of(city) in {str(o) for o in objects(ctx, u, "unitOf")} for u in units)
    return placed == ours, f"{publisher}: {text}"


def test_units_of_the_publishing_office(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    assert (
        rate("unit on its office's page", [case(tmp_path, rng, True) for _ in range(100)])
        >= POSITIVE
    )


def test_negative_an_ngos_page(tmp_path: Path) -> None:
    rng = random.Random(SEED + 1)
    assert (
        rate("negative: unit on an NGO's page", [case(tmp_path, rng, False) for _ in range(100)])
        >= NEGATIVE
    )
