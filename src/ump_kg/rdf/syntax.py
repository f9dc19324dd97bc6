"""Lexical guards shared by Turtle/TriG and SPARQL (the same comments, strings and IRIs): the text
with those blanked out, to find keywords and brackets; and the deepest bracket nesting, checked
in linear time before a parser whose recursion could exhaust the stack sees the text."""

from __future__ import annotations

import re

from ..errors import UserError, line_col_of_offset

MAX_NESTING = 128  # brackets inside brackets; the project's own queries and files need < 10
# Comments, long and short strings, IRIs: the spans whose brackets and keywords do not count.
OPAQUE = re.compile(
    r"""\#[^\n]*
    | \"\"\"(?:[^"\\]|\\.|"(?!""))*(?:\"\"\"|$)
    | '''(?:[^'\\]|\\.|'(?!''))*(?:'''|$)
    | "(?:[^"\\\n]|\\.)*"?
    | '(?:[^'\\\n]|\\.)*'?
    | <[^\s<>"{}|^`\\]*>""",
    re.VERBOSE | re.DOTALL,
)
TOKENS = re.compile(OPAQUE.pattern + r"|[\[\](){}]", re.VERBOSE | re.DOTALL)
OPENING = {"(": ")", "[": "]", "{": "}"}


def code_mask(text: str) -> str:
    """The text with comments, strings and IRIs blanked out (same length, newlines kept)."""
    return OPAQUE.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


def deepest_nesting(text: str) -> tuple[int, int]:
    """(depth, offset where it is first reached) of the brackets outside comments, strings and
    IRIs; one pass over the tokens."""
    depth = deepest = at = 0
    for match in TOKENS.finditer(text):
        token = match.group()
        if token in OPENING:
            depth += 1
            if depth > deepest:
                deepest, at = depth, match.start()
        elif token in ")]}":
            depth = max(0, depth - 1)
    return deepest, at


def refuse_deep_nesting(text: str, where: str, limit: int = MAX_NESTING) -> None:
    depth, at = deepest_nesting(text)
    if depth > limit:
        line, col = line_col_of_offset(text, at)
        raise UserError(
            f"brackets nested {depth} deep (the limit is {limit})",
            where=f"{where}:{line}:{col}",
            fix="flatten the structure",
            pl=(f"nawiasy zagnieżdżone {depth} razy (najwięcej {limit})", "spłaszcz strukturę"),
        )
