"""`scripts/eval_extraction.py --pages DIR` scores a directory of pages beside their gold."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "eval_extraction.py"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False
    )


def test_a_directory_of_pages_is_scored_as_its_own_group(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    stem = "szczecin-spotkanie-bez-daty"
    shutil.copy(ROOT / "tests" / "pages" / f"{stem}.md", mine / f"{stem}.md")
    shutil.copy(ROOT / "tests" / "gold" / f"{stem}.ttl", mine / f"{stem}.ttl")
    # A page without a gold is not scored.
    (mine / "no-gold.md").write_text("# Bez wzorca\n", encoding="utf-8")
    result = run("--pages", str(mine))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"mine     {stem}")
    assert lines[-1].startswith("mine     pages   1  recall 100.0%")
    assert "no-gold" not in result.stdout


def test_a_directory_without_gold_is_refused(tmp_path: Path) -> None:
    (tmp_path / "page.md").write_text("# Strona\n", encoding="utf-8")
    result = run("--pages", str(tmp_path))
    assert result.returncode == 2
    assert "no page NAME.md with a gold NAME.ttl" in result.stdout
