"""A body named again by its kind word: "Wydział Spraw Cudzoziemców … Dyrektorem wydziału jest
Paweł Lenart", "Fundacja Wspólna Przestrzeń … Prezeska fundacji, Daria Kwiatkowska, …",
"Punkt Informacyjny … Punktem kieruje Olga Marchewka".

Polish refers back to a body it has named in full by the head noun of its name, in lower case
(or capitalised where it opens the sentence). Such a word is read as the body only where it
follows a word for a post ("dyrektor oddziału", "Przewodniczącą rady") or is the object of a
verb of leading that opens the sentence ("Punktem kieruje …"): elsewhere "fundacja" may be any
foundation. The body it stands for is the last one the page named before with that head.
"""

from __future__ import annotations

import re

from ..language.morphology import analyses, tag_has
from .context import DocumentContext
from .gazetteer import Mention
from .names import head_lemma
from .relations import ROLE_NOUN

# The kind words a page refers back by (not "zespół": the Team's own short name is read apart)
KIND_HEADS = frozenset(
    {
        "wydział",
        "departament",
        "biuro",
        "oddział",
        "dział",
        "referat",
        "fundacja",
        "stowarzyszenie",
        "centrum",
        "punkt",
        "rada",
        "sieć",
        "ośrodek",
        "instytut",
        "koalicja",
        "komisja",
        "urząd",
    }
)
BODY_KINDS = ("org", "unit", "office")
BLANKS = re.compile(r"[ \t]*")
WORD = re.compile(r"(?<![\w-])[A-Za-ząćęłńóśźżĄĆĘŁŃÓŚŹŻ]+")
# "dyrektor(em) wydziału", "Prezeska fundacji", "kierowniczką punktu": a post's word before it,
# or a seat on the body's board ("członek zarządu stowarzyszenia", "przewodniczący rady fundacji")
ROLE_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:" + ROLE_NOUN.pattern + r")\w*\s+"
    r"(?:(?:zarządu|rady|prezydium)\s+)?$"
)
# "Punktem kieruje Olga Marchewka", "Biurem pokieruje teraz …": the kind word leads the sentence
# A capitalised word, an acronym, a quote or "ds." right after: the kind word opens a name
NAME_GOES_ON = re.compile(r"^[ \t]+(?:[A-ZĄĆĘŁŃÓŚŹŻ„\"]|ds\.|do\s+spraw|im\.)")
LED_AFTER = re.compile(r"^\s+(?:po)?(?:kieruje|kierował[a]?|zarządza|zarządzał[a]?|koordynuje)\b")


def bodies_named_again_by_their_kind(ctx: DocumentContext) -> None:
    added = []
    for match in WORD.finditer(ctx.doc.text):
        word = match.group(0)
        if any(m.start <= match.start() < m.end for m in ctx.mentions):
            continue
        opens = sentence_opens_at(ctx, match.start())
        if word[0].isupper() and not opens:
            continue  # a capitalised word inside a sentence is a name's, read by the names
        kind = head_lemma(word.lower()) & KIND_HEADS
        if not kind or not singular(word.lower()):
            continue  # ("pracowników wydziałów": bodies of a kind in general)
        before = ctx.doc.text[max(0, match.start() - 40) : match.start()]
        after = ctx.doc.text[match.end() : match.end() + 30]
        if NAME_GOES_ON.match(after) and not a_person_right_after(ctx, match.end()):
            # "dyrektor biura UNHCR", "prezes fundacji „Ocalenie”": a name, not a reference (but
            # "prezes fundacji Anna Nowak": the post's holder after it)
            continue
        if not (ROLE_BEFORE.search(before) or (opens and LED_AFTER.match(after))):
            continue
        line_end = ctx.doc.text.find("\n", match.end())
        line_end = len(ctx.doc.text) if line_end < 0 else line_end
        if any(
            m.start >= match.end()
            and m.end <= line_end
            and m.kind in BODY_KINDS
            and headed(ctx, m, kind)
            for m in ctx.mentions
        ):
            continue  # "Rafał Olszewski, dyrektor biura | Biuro Dialogu …": the one named next
        body = last_body_headed(ctx, kind, match.start())
        if body is not None:
            added.append(Mention(match.start(), match.end(), word, body.iri, body.kind))
    if added:
        ctx.mentions[:] = sorted(ctx.mentions + added, key=lambda m: m.start)


def a_person_right_after(ctx: DocumentContext, end: int) -> bool:
    after_the_gap = BLANKS.match(ctx.doc.text, end)
    assert after_the_gap is not None  # (it matches the empty string too)
    return any(m.kind == "person" and m.start == after_the_gap.end() for m in ctx.mentions)


def sentence_opens_at(ctx: DocumentContext, position: int) -> bool:
    return any(s.start == position for s in ctx.sentences) or not ctx.doc.text[:position].rstrip(
        " \t"
    ).endswith(tuple("abcdefghijklmnopqrstuvwxyząćęłńóśźż,;"))


def last_body_headed(ctx: DocumentContext, kind: set[str], before: int) -> Mention | None:
    """The last body named before the position whose name's head is the kind word."""
    for mention in reversed([m for m in ctx.mentions if m.end <= before]):
        if mention.kind in BODY_KINDS and headed(ctx, mention, kind):
            return mention
    return None


def headed(ctx: DocumentContext, mention: Mention, kind: set[str]) -> bool:
    """Whether the body's name opens with the kind word (after at most one adjective)."""
    return any(head_lemma(w) & kind for w in ctx.label_pl(mention.iri).split()[:2])


def singular(word: str) -> bool:
    return any(tag.startswith("subst") and tag_has(tag, 1, "sg") for _, tag, _ in analyses(word))
