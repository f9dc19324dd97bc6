"""Query parameters as typed RDF terms, bound by a VALUES block placed first in the query's WHERE
group — never pasted into a pattern, so a value like `x" } ; DROP ALL ; #` is only a string that
matches nothing. City names resolve in any grammatical case and with or without diacritics."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from functools import cache

import pyoxigraph as ox

from ..errors import UserError
from ..rdf.iri import is_short, named_node
from ..rdf.syntax import code_mask
from ..slug import ascii_fold
from .library import LibraryQuery, Param

XSD = "http://www.w3.org/2001/XMLSchema#"
Values = dict[str, ox.NamedNode | ox.Literal | None]


@cache
def city_names() -> dict[str, str]:
    """Every case form of every city's names (and their ASCII-folded lower-case forms) -> IRI."""
    from ..extract.pipeline import knowledge
    from ..language.morphology import case_forms

    names: dict[str, str] = {}
    gazetteer = knowledge().reference.gazetteer
    for form, iri in gazetteer.forms.items():
        if gazetteer.entries[iri].kind == "city":
            names.setdefault(form, iri)
            names.setdefault(ascii_fold(form).lower(), iri)
    for iri, entry in gazetteer.entries.items():
        if entry.kind == "city":
            for form in case_forms(entry.label_en):
                names.setdefault(ascii_fold(form).lower(), iri)
    return names


def resolve_city(value: str) -> ox.NamedNode:
    if value.startswith(("http://", "https://")) or is_short(value):
        return named_node(value, "parameter city")
    names = city_names()
    cleaned = re.sub(r"^(w|we)\s+", "", value.strip(), flags=re.IGNORECASE)
    iri = names.get(cleaned) or names.get(ascii_fold(cleaned).lower())
    if iri is None:
        close = difflib.get_close_matches(
            cleaned, [n for n in names if n[:1].isupper()], n=3, cutoff=0.6
        )
        raise UserError(
            f"unknown city '{value}'",
            fix=f"did you mean {', '.join(close)}?"
            if close
            else "name one of the cities the graph knows (ump-kg query city-members)",
        )
    return ox.NamedNode(iri)


def term_for(param: Param, value: str) -> ox.NamedNode | ox.Literal:
    kind = param.type
    if kind == "city":
        return resolve_city(value)
    if kind == "iri":
        return named_node(value, f"parameter {param.name}")
    if kind == "integer":
        if not re.fullmatch(r"[+-]?\d+", value.strip()):
            raise UserError(
                f"parameter {param.name} is not a whole number: {value!r}",
                fix=f"e.g. --param {param.name}=2019",
            )
        return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))
    if kind == "date":
        try:
            return ox.Literal(
                dt.date.fromisoformat(value.strip()).isoformat(),
                datatype=ox.NamedNode(XSD + "date"),
            )
        except ValueError:
            raise UserError(
                f"parameter {param.name} is not a real date: {value!r}",
                fix="write YYYY-MM-DD, e.g. 2019-06-12",
            ) from None
    return ox.Literal(value)


def parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    """NAME=VALUE pairs as given on the command line."""
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise UserError(f"parameter '{pair}' is not NAME=VALUE", fix="write --param year=2019")
        params[name.strip()] = value
    return params


def bind_values(query: LibraryQuery, given: dict[str, str]) -> Values:
    """Check the given parameters against the query's declared ones and make them typed terms."""
    unknown = sorted(set(given) - {p.name for p in query.params})
    if unknown:
        known = ", ".join(p.name for p in query.params) or "none"
        raise UserError(
            f"unknown parameter '{unknown[0]}' for query {query.name}",
            fix=f"its parameters are: {known}",
        )
    values: Values = {}
    for param in query.params:
        raw = given.get(param.name, param.default)
        if raw is None and param.required:
            raise UserError(
                f"query {query.name} needs the parameter '{param.name}' ({param.type})",
                fix=f"add --param {param.name}=… ({param.doc})",
            )
        values[param.name] = term_for(param, raw) if raw is not None else None
    return values


def with_values(text: str, values: Values) -> str:
    """The query with `VALUES (?a ?b) { (term term) }` first in its WHERE group, so that patterns,
    FILTERs and OPTIONALs all see the parameters; UNDEF leaves a parameter free.

    Terms are written by pyoxigraph in N-Triples syntax, with quotes and backslashes escaped."""
    if not values:
        return text
    where = re.search(r"\bWHERE\s*\{", code_mask(text), re.IGNORECASE)
    if where is None:
        raise UserError(
            "a query with parameters needs a WHERE { … } clause", fix="add WHERE before the pattern"
        )
    names = " ".join(f"?{name}" for name in values)
    row = " ".join(str(term) if term is not None else "UNDEF" for term in values.values())
    return f"{text[: where.end()]}\n  VALUES ({names}) {{ ({row}) }}{text[where.end() :]}"
