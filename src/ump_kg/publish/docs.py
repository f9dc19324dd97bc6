"""`ump-kg docs DIR`: the documentation pages (serve/docs_pages.py) as files — index.html, the
ontology in Polish and in English, the shapes in both — with the stylesheet beside them."""

from __future__ import annotations

from pathlib import Path

from ..rdf.write import write_atomically
from ..serve.docs_pages import docs_pages
from ..serve.pages import STATIC


def write_docs(folder: Path, root: str = "") -> list[Path]:
    """Write the pages into `folder`; `root` leads from there to the folder holding static/
    (empty: the stylesheet is written beside the pages)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, page in docs_pages(root).items():
        write_atomically(folder / name, page.encode("utf-8"))
        written.append(folder / name)
    if not root:
        (folder / "static").mkdir(exist_ok=True)
        write_atomically(folder / "static" / "style.css", (STATIC / "style.css").read_bytes())
        written.append(folder / "static" / "style.css")
    return written
