"""Settings: where the project's data files are, where the store and the sources are, the IRI base.

The data files (ontology, shapes, context, templates, reference data, publication data, the
bundled sources, the query library) are edited in the repository's top-level folders. A wheel
carries them as package data under `ump_kg/data/` (pyproject.toml maps those folders there); an
editable install reads them where they are, in the checkout. $UMP_KG_HOME names another home."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

DEFAULT_BASE = "https://w3id.org/ump-kg/"
STORE_ENV = "UMP_KG_STORE"
BASE_ENV = "UMP_KG_BASE"
HOME_ENV = "UMP_KG_HOME"
SOURCES_ENV = "UMP_KG_SOURCES"


def bundled_data() -> Path:
    """The data installed with the package (a wheel's ump_kg/data/; absent in a checkout)."""
    return Path(str(resources.files(__package__ or "ump_kg"))) / "data"


def project_home() -> Path:
    """$UMP_KG_HOME, else the installed package data, else the checkout (an editable install):
    the folder holding ontology/, graph/ and queries/."""
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env)
    data = bundled_data()
    return data if data.is_dir() else Path(__file__).resolve().parents[2]


def default_sources_dir(paths: Layout | None = None) -> Path:
    """$UMP_KG_SOURCES, else the home's graph/sources (the bundled pages in an installed tool)."""
    env = os.environ.get(SOURCES_ENV)
    return Path(env) if env else (paths or layout()).sources_dir


def default_store_path() -> Path:
    """$UMP_KG_STORE, else $XDG_DATA_HOME/ump-kg/store (~/.local/share/ump-kg/store)."""
    env = os.environ.get(STORE_ENV)
    if env:
        return Path(env)
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "ump-kg" / "store"


# Where each data file or folder is, below the home.
PLACES = {
    "ontology": "ontology/ump.ttl",
    "shapes": "ontology/shapes.ttl",
    "context": "ontology/context.jsonld",
    "templates_dir": "ontology/templates",
    "reference_dir": "graph/reference",
    "sources_dir": "graph/sources",
    "catalog": "graph/publication/catalog.ttl",
    "snapshot": "graph/ump-kg.ttl",
    "queries_dir": "queries",
}


@dataclass(frozen=True)
class Layout:
    """Paths of the project's data files, all below one home folder (PLACES)."""

    home: Path
    ontology: Path = field(init=False)
    shapes: Path = field(init=False)
    context: Path = field(init=False)
    templates_dir: Path = field(init=False)
    reference_dir: Path = field(init=False)
    sources_dir: Path = field(init=False)
    catalog: Path = field(init=False)
    snapshot: Path = field(init=False)
    queries_dir: Path = field(init=False)

    def __post_init__(self) -> None:
        for name, place in PLACES.items():
            object.__setattr__(self, name, self.home / place)

    @property
    def bundled(self) -> bool:
        """Whether the home is the package's own installed data (never written to)."""
        return self.home.resolve() == bundled_data().resolve()


def layout() -> Layout:
    return Layout(project_home())


def base_iri() -> str:
    """The configured IRI base (ISA persistent-URI rules: one base, def/ and id/ below it)."""
    base = os.environ.get(BASE_ENV, DEFAULT_BASE)
    return base if base.endswith("/") else base + "/"
