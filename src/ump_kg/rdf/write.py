"""Writing: deterministic serialisation (the same graph always gives the same bytes) and the one
atomic file writer.

Blank nodes get canonical labels (RDFC), statements are sorted, prefixes come from the
project's context in a fixed order, and Polish text is written as UTF-8, never escaped.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from ..errors import UserError, os_error
from .formats import named
from .prefixes import prefixes


def canonical_quads(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """Relabel blank nodes canonically, so their labels depend only on the graph's content."""
    quads = list(quads)
    if not any(isinstance(t, ox.BlankNode) for q in quads for t in (q.subject, q.object)):
        return quads
    dataset = ox.Dataset(quads)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return list(dataset)


def _term_key(term: object) -> str:
    return str(term)


def sorted_triples(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    """The union of the quads' graphs as sorted, de-duplicated triples."""
    unique = {(str(q.subject), str(q.predicate), str(q.object)): q.triple for q in quads}
    return [unique[key] for key in sorted(unique)]


def sorted_quads(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    return sorted(
        quads,
        key=lambda q: (_term_key(q.graph_name), str(q.subject), str(q.predicate), str(q.object)),
    )


def serialize(quads: Iterable[ox.Quad], fmt: str) -> bytes:
    """Serialise quads in a format of the registry; triple formats merge the named graphs."""
    spec = named(fmt)
    rdf_format = spec.rdf
    quads = list(quads)
    if rdf_format in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS):
        fast = sorted_lines(quads, rdf_format == ox.RdfFormat.N_QUADS)
        if not has_blank_node_labels(fast):
            return fast
        return sorted_lines(canonical_quads(quads), rdf_format == ox.RdfFormat.N_QUADS)
    canonical = canonical_quads(quads)
    statements: list[ox.Triple] | list[ox.Quad] = (
        sorted_quads(canonical) if spec.keeps_graphs else sorted_triples(canonical)
    )
    if rdf_format == ox.RdfFormat.JSON_LD:
        return compacted_jsonld(statements)  # type: ignore[arg-type]
    with_prefixes = rdf_format not in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS)
    data = ox.serialize(
        statements, format=rdf_format, prefixes=used_prefixes(canonical) if with_prefixes else None
    )
    assert data is not None  # serialize returns the bytes when given no output
    return data


def sorted_lines(quads: list[ox.Quad], keep_graphs: bool) -> bytes:
    """N-Triples/N-Quads: one statement per line, written by pyoxigraph as N-Quads, then sorted and
    de-duplicated as bytes (deterministic, and no Python object per statement). For N-Triples the
    graph term is dropped: it is the line's second-last token, and an IRI holds no space."""
    if keep_graphs:
        lines = (ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"").splitlines()
    elif all(isinstance(q.graph_name, ox.NamedNode) for q in quads):  # every export from the store
        data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""
        lines = [line.rsplit(b" ", 2)[0] + b" ." for line in data.splitlines()]
    else:
        named = [q for q in quads if isinstance(q.graph_name, ox.NamedNode)]
        unnamed = [q.triple for q in quads if not isinstance(q.graph_name, ox.NamedNode)]
        lines = [
            line.rsplit(b" ", 2)[0] + b" ."
            for line in (ox.serialize(named, format=ox.RdfFormat.N_QUADS) or b"").splitlines()
        ]
        lines += (ox.serialize(unnamed, format=ox.RdfFormat.N_TRIPLES) or b"").splitlines()
    ordered = sorted(set(lines))
    return b"\n".join(ordered) + b"\n" if ordered else b""


def has_blank_node_labels(data: bytes) -> bool:
    """Whether N-Triples/N-Quads text has a blank node (a term starting with '_:'), in which case
    the labels must be made canonical before sorting. Literals may contain ' _:' too: then the
    slower canonical path runs, which is still correct."""
    return data.startswith(b"_:") or b" _:" in data or b"\n_:" in data


def used_prefixes(quads: list[ox.Quad]) -> dict[str, str]:
    """Only the prefixes whose namespace occurs, so small exports have small headers."""
    namespaces = {_namespace(iri) for iri in _iris(quads)}
    return {
        name: ns
        for name, ns in prefixes().items()
        if any(candidate.startswith(ns) for candidate in namespaces)
    }


def _iris(quads: list[ox.Quad]) -> set[str]:
    iris = set()
    for q in quads:
        for term in (q.subject, q.predicate, q.object, q.graph_name):
            if isinstance(term, ox.NamedNode):
                iris.add(term.value)
            elif isinstance(term, ox.Literal):
                iris.add(term.datatype.value)
    return iris


def _namespace(iri: str) -> str:
    """The IRI up to and including its last '/' or '#'."""
    return iri[: max(iri.rfind("/"), iri.rfind("#")) + 1]


def refuse_remote_documents(url: str, options: object = None) -> dict[str, object]:
    """PyLD's document loader: nothing is ever fetched (no remote contexts)."""
    raise UserError(
        f"a remote JSON-LD document was requested: {url}", fix="use the project's own context only"
    )


def compacted_jsonld(triples: list[ox.Triple]) -> bytes:
    """JSON-LD compacted with the project's context (ontology/context.jsonld), embedded in the
    output so that reading it never needs the network. PyLD keeps the input's (sorted) order."""
    import json

    from pyld import jsonld

    from ..config import layout

    expanded = json.loads(ox.serialize(triples, format=ox.RdfFormat.JSON_LD) or b"[]")
    context = json.loads(layout().context.read_text(encoding="utf-8"))["@context"]
    compacted = jsonld.compact(
        expanded, {"@context": context}, options={"documentLoader": refuse_remote_documents}
    )
    return (json.dumps(compacted, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def check_writable(path: Path | None) -> None:
    """Refuse, before any work is done, a target that cannot be written: its folder is missing
    or not a folder, or the target is a symbolic link, a folder or a device."""
    if path is None:
        return
    folder = path.parent
    if not folder.is_dir():
        raise UserError(
            "the folder to write into does not exist" if not folder.exists() else "not a folder",
            where=str(folder),
            fix="create the folder first, or name another file",
            pl=("nie ma folderu, do którego ma trafić plik", "najpierw utwórz folder"),
        )
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise UserError(
            "not a regular file: refusing to replace it",
            where=str(path),
            fix="name a regular file (or a new one) to write",
            pl=(
                "to nie jest zwykły plik: nie zostanie zastąpiony",
                "wskaż zwykły (albo nowy) plik",
            ),
        )


def write_atomically(path: Path, data: bytes, sync: bool = True) -> None:
    """Write a file whole or not at all: the bytes go to a new temporary file in the target's
    folder (tempfile: an unpredictable name, created with O_EXCL), which is then renamed over the
    target. A symbolic link or any other non-regular file at the target is refused: never
    followed, never replaced. `sync=False` skips the fsync, for the thousands of small pages of
    a static site, which the next release rewrites whole (the rename is still atomic)."""
    check_writable(path)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
    try:
        handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as err:
        raise os_error(err, "cannot write here", path, "check the folder's permissions") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            if sync:
                os.fsync(out.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise os_error(
            err, "cannot write the file", path, "check the free space and the permissions"
        ) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_output(data: bytes, output: Path | None) -> None:
    """Standard output, or a file written atomically."""
    if output is None:
        sys.stdout.buffer.write(data)
    else:
        write_atomically(output, data)
