"""IRIs as people type them: a full IRI (checked: no spaces, no characters IRIs cannot hold) or a
short one with a project prefix, as every output prints them (`meeting:2021-11-18-wroclaw`,
`city:krakow`). Every command that takes an IRI reads it here, so a bad one is one message."""

from __future__ import annotations

import re

import pyoxigraph as ox

from ..errors import UserError
from .prefixes import prefixes

# RFC 3987 excludes these from IRIs (and N-Triples cannot write them unescaped).
ABSOLUTE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*$")
PREFIXED = re.compile(r"^([A-Za-z][\w.-]*)?:([^\s<>\"{}|\\^`]*)$")


def is_short(text: str) -> bool:
    """Whether the text is a prefixed name with one of the project's prefixes."""
    match = PREFIXED.match(text.strip())
    if match is None or text.strip().startswith(("http:", "https:")):
        return False
    return (match.group(1) or "") in prefixes()


def expand(text: str, what: str = "IRI", where: str | None = None) -> str:
    """The full IRI of a full or short IRI; a UserError naming the problem otherwise."""
    value = text.strip()
    match = PREFIXED.match(value)
    if match and (match.group(1) or "") in prefixes() and not value.startswith(("http:", "https:")):
        value = prefixes()[match.group(1) or ""] + match.group(2)
    if not ABSOLUTE.match(value):
        raise bad_iri(text, what, where)
    try:
        ox.NamedNode(value)
    except ValueError:
        raise bad_iri(text, what, where) from None
    return value


def bad_iri(text: str, what: str, where: str | None) -> UserError:
    problem = "has a space" if any(ch.isspace() for ch in text.strip()) else "is not an IRI"
    return UserError(
        f"{what} {text!r} {problem}",
        where=where,
        fix="give a full IRI (https://w3id.org/ump-kg/id/city/krakow) or a short one "
        "(city:krakow), without spaces",
        pl=(
            f"{what} {text!r} nie jest poprawnym IRI"
            + (" (zawiera spację)" if problem == "has a space" else ""),
            "podaj pełne IRI (https://w3id.org/ump-kg/id/city/krakow) albo skrócone "
            "(city:krakow), bez spacji",
        ),
    )


def named_node(text: str, what: str = "IRI", where: str | None = None) -> ox.NamedNode:
    return ox.NamedNode(expand(text, what, where))


def graph_iri(text: str) -> str:
    """A named graph: its IRI, a short one (refgraph:cities), or its name below the graph base
    (`entries`, `changes`, `reference/cities`, `source/…`)."""
    from ..config import base_iri

    value = text.strip()
    if re.fullmatch(r"[a-z][a-z0-9-]*(/[A-Za-z0-9._-]+)?", value):
        return expand(f"{base_iri()}graph/{value}", "graph")
    return expand(value, "graph")
