"""Real SPARQL servers on 127.0.0.1 for the tests: started by the project's scripts, stopped after."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def script_env() -> dict[str, str]:
    import os

    bin_dir = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": f"{bin_dir}:{os.environ.get('PATH', '')}"}


class Server:
    def __init__(self, script: str, folder: Path, *ports: int) -> None:
        self.script, self.folder, self.ports = ROOT / "scripts" / script, folder, ports
        run = subprocess.run(
            ["bash", str(self.script), "start", str(folder), *map(str, ports)],
            capture_output=True,
            text=True,
            env=script_env(),
            timeout=120,
        )
        if run.returncode != 0:
            raise RuntimeError(f"{script} did not start: {run.stderr}")
        self.url = run.stdout.strip()

    def stop(self) -> None:
        subprocess.run(
            ["bash", str(self.script), "stop", str(self.folder)], capture_output=True, timeout=60
        )


def oxigraph(folder: Path) -> Server:
    return Server("oxigraph-server.sh", folder, free_port())


def virtuoso(folder: Path, max_rows: int = 10000) -> Server:
    return Server("virtuoso-server.sh", folder, free_port(), free_port(), max_rows)
