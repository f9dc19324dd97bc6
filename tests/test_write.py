"""The one atomic file writer: whole or nothing, an unpredictable temporary name in the target's
folder, never following a symbolic link, never replacing what is not a regular file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ump_kg.errors import UserError
from ump_kg.rdf.write import write_atomically


def test_writes_and_replaces_leaving_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.ttl"
    write_atomically(target, b"one")
    target.chmod(0o640)
    write_atomically(target, b"two")
    assert target.read_bytes() == b"two"
    assert target.stat().st_mode & 0o777 == 0o640  # the file keeps its permissions
    assert [p.name for p in tmp_path.iterdir()] == ["out.ttl"]


def test_a_symbolic_link_is_refused_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_bytes(b"keep")
    link = tmp_path / "link.ttl"
    link.symlink_to(victim)
    with pytest.raises(UserError, match="not a regular file"):
        write_atomically(link, b"data")
    assert victim.read_bytes() == b"keep" and link.is_symlink()


def test_a_folder_is_not_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "dir.ttl"
    folder.mkdir()
    with pytest.raises(UserError, match="not a regular file"):
        write_atomically(folder, b"data")
    assert folder.is_dir() and os.listdir(tmp_path) == ["dir.ttl"]
