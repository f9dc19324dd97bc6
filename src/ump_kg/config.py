"""Settings: where the project's data files are, where the store lives, the IRI base."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_BASE = "https://w3id.org/ump-kg/"
STORE_ENV = "UMP_KG_STORE"
BASE_ENV = "UMP_KG_BASE"
HOME_ENV = "UMP_KG_HOME"


def project_home() -> Path:
    """The folder holding ontology/, graph/ and queries/ (the repository root by default)."""
    env = os.environ.get(HOME_ENV)
    return Path(env) if env else Path(__file__).resolve().parents[2]


def default_store_path() -> Path:
    """$UMP_KG_STORE, else $XDG_DATA_HOME/ump-kg/store (~/.local/share/ump-kg/store)."""
    env = os.environ.get(STORE_ENV)
    if env:
        return Path(env)
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "ump-kg" / "store"


@dataclass(frozen=True)
class Layout:
    """Paths of the project's data files, all below one home folder."""

    home: Path

    @property
    def ontology(self) -> Path:
        return self.home / "ontology" / "ump.ttl"

    @property
    def shapes(self) -> Path:
        return self.home / "ontology" / "shapes.ttl"

    @property
    def context(self) -> Path:
        return self.home / "ontology" / "context.jsonld"

    @property
    def reference_dir(self) -> Path:
        return self.home / "graph" / "reference"

    @property
    def sources_dir(self) -> Path:
        return self.home / "graph" / "sources"

    @property
    def queries_dir(self) -> Path:
        return self.home / "queries"


def layout() -> Layout:
    return Layout(project_home())


def base_iri() -> str:
    """The configured IRI base (ISA persistent-URI rules: one base, def/ and id/ below it)."""
    base = os.environ.get(BASE_ENV, DEFAULT_BASE)
    return base if base.endswith("/") else base + "/"
