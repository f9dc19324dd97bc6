"""The tool as users get it: a wheel installed in a fresh virtual environment works from any
folder, and a private store never writes into the project checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from .conftest import ROOT, run_cli

# What the wheel is built from: the project as pip sees it (a copy, so building writes nothing
# into the checkout).
PROJECT = ("pyproject.toml", "README.md", "src", "ontology", "graph", "queries")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A virtual environment outside the checkout with only the wheel installed into it; the
    dependencies come from the development environment (a .pth line), so nothing is downloaded."""
    work = tmp_path_factory.mktemp("wheel")
    project = work / "project"
    project.mkdir()
    for name in PROJECT:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source, project / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
            )
        else:
            shutil.copy2(source, project / name)
    pip = [sys.executable, "-m", "pip"]
    subprocess.run(
        [*pip, "wheel", "-q", "--no-deps", "-w", str(work / "dist"), str(project)],
        check=True,
        capture_output=True,
    )
    (wheel,) = (work / "dist").glob("ump_kg-*.whl")
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    (Path(site) / "dev-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [*pip, "--python", str(python), "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
    )
    return venv


def test_the_installed_wheel_works_outside_the_checkout(installed: Path, tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("UMP_KG_HOME", "UMP_KG_STORE", "UMP_KG_SOURCES", "PYTHONPATH")
    }
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    store, release = tmp_path / "x", tmp_path / "r"

    def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [str(installed / "bin" / "ump-kg"), *map(str, args)],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env=env,
            timeout=600,
        )
        assert result.returncode == 0, f"{args}: {result.stdout}{result.stderr}"
        return result

    where = subprocess.run(
        [str(installed / "bin" / "python"), "-c", "import ump_kg; print(ump_kg.__file__)"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=True,
    ).stdout
    assert where.startswith(str(installed)), where  # the wheel, not the checkout
    # The bundled sources are the checkout's graph/sources, shipped in the wheel.
    pages = len(list((ROOT / "graph" / "sources").glob("*.md")))
    assert f"{pages} documents, " in (built := run("build", "--store", store).stdout)
    assert " 0 violations" in built
    assert "host-cities" in run("queries").stdout
    assert "Gdańsk" in run("query", "host-cities", "--store", store).stdout
    assert "type: meeting" in run("new", "meeting").stdout
    run("release", release, "--store", store)
    assert {"ump-kg.ttl", "catalog.ttl", "SHA256SUMS"} <= {p.name for p in release.iterdir()}
    # The site's templates, stylesheet, map outline and YASGUI come with the wheel.
    assert "Lublin" in (release / "id" / "city" / "lublin.html").read_text(encoding="utf-8")
    assert '<path class="country"' in (release / "map.html").read_text(encoding="utf-8")
    static = Path(where).parent / "serve" / "static"
    assert (static / "yasgui" / "yasgui.min.js").stat().st_size > 500_000
    assert (static / "poland-outline.json").is_file()
    data = Path(where).parent / "data"
    assert (data / "ontology" / "ump.ttl").is_file()
    assert not (data / "graph" / "ump-kg.ttl").exists()  # the installed data is never written


def git_status() -> str:
    return subprocess.run(
        ["git", "-C", str(ROOT), "status", "--porcelain"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="not a git checkout")
def test_changes_to_a_private_store_never_touch_the_checkout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("UMP_KG_HOME", "UMP_KG_STORE", "UMP_KG_SOURCES"):
        monkeypatch.delenv(name, raising=False)
    store = tmp_path / "store"
    assert run_cli("build", "--no-reasoner", "--store", store).returncode == 0
    before, snapshot = git_status(), (ROOT / "graph" / "ump-kg.ttl").read_bytes()
    entry = tmp_path / "m.yaml"
    entry.write_text("type: meeting\ncity: w Lublinie\nstart: 2020-10-08\n", encoding="utf-8")
    meeting = "https://w3id.org/ump-kg/id/meeting/2020-10-08-lublin"
    for args in (("add", entry), ("remove", meeting), ("undo",), ("entry", "undo")):
        result = run_cli(*args, "--store", store)
        assert result.returncode == 0, f"{args}: {result.stderr}"
    assert git_status() == before
    assert (ROOT / "graph" / "ump-kg.ttl").read_bytes() == snapshot
