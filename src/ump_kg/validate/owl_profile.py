"""OWL 2 DL profile check with the OWL API (Debian's libowlapi-java), an independent implementation.

A small Java program (java/OwlDlProfile.java) is compiled once into the user's cache folder.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
from importlib.resources import files
from pathlib import Path

from ..rdf.write import write_atomically

JAVA_DIR = Path("/usr/share/java")
OWLAPI_JARS = [
    "owlapi-api",
    "owlapi-apibinding",
    "owlapi-impl",
    "owlapi-parsers",
    "owlapi-tools",
    "owlapi-oboformat",
    "owlapi-rio",
]
DEPENDENCY_JARS = [
    "guava",
    "caffeine",
    "commons-io",
    "commons-codec",
    "commons-lang3",
    "commons-rdf-api",
    "slf4j-api",
    "slf4j-nop",
    "jsr305",
    "atinject-jsr330-api",
    "hppcrt",
    "xz",
    "jackson-core",
    "jackson-databind",
    "jackson-annotations",
]
INSTALL_HINT = "install it with: apt-get install -y libowlapi-java default-jdk-headless"
IRI_IN_MESSAGE = re.compile(r"<(https://w3id\.org/ump-kg/[^>]*)>")


class ProfileUnavailable(Exception):
    """Java or the OWL API is not installed; the check is skipped with this explanation."""


def class_path(extra: Path) -> str:
    jars = [JAVA_DIR / f"{name}.jar" for name in OWLAPI_JARS + DEPENDENCY_JARS]
    jars += sorted(p for p in JAVA_DIR.glob("rdf4j-*.jar") if not re.search(r"-\d", p.name))
    missing = [str(j) for j in jars if not j.exists()]
    if missing:
        raise ProfileUnavailable(f"the OWL API is missing ({missing[0]}); {INSTALL_HINT}")
    return os.pathsep.join([str(extra), *map(str, jars)])


def compiled_checker() -> tuple[Path, str]:
    """Compile OwlDlProfile.java into a cache folder named by its content, once."""
    if not (shutil.which("java") and shutil.which("javac")):
        raise ProfileUnavailable(f"java/javac not found; {INSTALL_HINT}")
    source = files("ump_kg.validate").joinpath("java/OwlDlProfile.java").read_bytes()
    cache_home = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    out = cache_home / "ump-kg" / "java" / hashlib.sha256(source).hexdigest()[:16]
    cp = class_path(out)
    if not (out / "OwlDlProfile.class").exists():
        out.mkdir(parents=True, exist_ok=True)
        src = out / "OwlDlProfile.java"
        write_atomically(src, source)
        subprocess.run(
            ["javac", "-nowarn", "-d", str(out), "-cp", cp, str(src)],
            check=True,
            capture_output=True,
        )
    return out, cp


def dl_profile_violations(ontology: Path) -> list[tuple[str | None, str]]:
    """(IRI of the term involved or None, violation message) for each OWL 2 DL violation."""
    _, cp = compiled_checker()
    run = subprocess.run(
        ["java", "-cp", cp, "OwlDlProfile", str(ontology)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    problems: list[tuple[str | None, str]] = []
    for line in run.stdout.splitlines():
        kind, _, rest = line.partition("\t")
        if kind in ("VIOLATION", "PARSE"):
            name, _, message = rest.partition("\t")
            iri = IRI_IN_MESSAGE.search(message)
            problems.append((iri.group(1) if iri else None, f"{name}: {shorten(message)}"))
    if run.returncode not in (0, 1, 2) or (run.returncode and not problems):
        raise ProfileUnavailable(f"the OWL API checker failed: {run.stderr.strip()[-500:]}")
    return problems


def shorten(message: str) -> str:
    """Drop the ontology-ID suffix the OWL API appends to every violation."""
    return re.sub(r" in OntologyID\(.*\)\]$", "]", message)
