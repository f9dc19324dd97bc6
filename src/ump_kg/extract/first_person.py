"""Pages a body writes of itself in the first person plural (an NGO's blog, a foundation's news):
"Nasza fundacja – Fundacja X – od lat wspiera …", "Byliśmy na posiedzeniu Zespołu …", "Naszą
fundację reprezentowała Anna Kos", "Jan Nowak, koordynator naszych programów". Who "we" are is
the body the page names as its own; what "we" did, and who is "ours", is that body's."""

from __future__ import annotations

import re

from ..slug import slugify
from .context import DocumentContext
from .gazetteer import Mention
from .names import head_lemma
from .sentences import Sentence

# The kind nouns of a body, as "nasz …" names it ("nasza fundacja", "naszego stowarzyszenia").
OUR_KIND = (
    r"(?:fundacj|stowarzyszeni|organizacj|towarzystw|instytut|centr|ośrod|zesp[oó]ł|biur|"
    r"kolektyw|grup|spółdzielni|związ)\w*"
)
# "Nasza fundacja – Fundacja X –", "nasze stowarzyszenie (Stowarzyszenie X)", "Jesteśmy
# Fundacją X": the body right after these words is "we".
OUR_BODY_BEFORE = re.compile(
    rf"(?i)(?:\bnasz\w*\s+{OUR_KIND}\s*(?:[–—-]|,|\(|:)|\bjesteśmy|\bmy,)\s*$"
)
# First persons plural of taking part ("Byliśmy na posiedzeniu …", "wzięłyśmy udział w …").
WE_TOOK_PART = re.compile(
    r"(?i)\b(?:by(?:liśmy|łyśmy)\s+(?:na|w|we)\b|uczestniczy(?:liśmy|łyśmy)|"
    r"wzię(?:liśmy|łyśmy)\s+udział|reprezentowa(?:liśmy|łyśmy)|wystąpi(?:liśmy|łyśmy)|"
    r"przedstawi(?:liśmy|łyśmy)|zaprezentowa(?:liśmy|łyśmy)|pojecha(?:liśmy|łyśmy)|"
    r"spotka(?:liśmy|łyśmy)\s+się|gości(?:liśmy|łyśmy)|zaprosi\w*\s+nas\b)"
)
# "konferencja, którą zorganizowaliśmy wspólnie z …": "we" held the event.
WE_ORGANISED = re.compile(
    r"(?i)\b(?:zorganizowa|współorganizowa|przygotowa|organizowa|poprowadzi|przeprowadzi)"
    r"(?:liśmy|łyśmy)\b|"
    r"\bwe\s+(?:organi[sz]ed|co-organi[sz]ed|hosted)\b"
)
# "Jan Nowak, koordynator naszych programów", "Anna Kos z naszej fundacji", "Naszą fundację
# reprezentowała Anna Kos": a person who is "ours".
OURS_AFTER = re.compile(
    rf"(?i)^\s*(?:,\s*\w+\s+nasz\w*\b|\(\s*\w+\s+nasz\w*\b|\s+(?:z|ze)\s+nasz\w*\s+{OUR_KIND})"
)
OURS_BEFORE = re.compile(
    rf"(?i)\bnasz\w*\s+{OUR_KIND}\s+reprezentowa\w*\s+$|\bnas\s+reprezentowa\w*\s+$|"
    # "nasza prezeska Aleksandra Mrozek", "nasze trenerki – Iryna Bondar i Julia Sęk"
    r"\bnasz\w*\s+[a-ząćęłńóśźż]{4,}\s*[–—:-]?\s+(?:(?-i:[A-ZŁŚŻŹĆŃÓĘĄ])[\w-]+\s+"
    r"(?-i:[A-ZŁŚŻŹĆŃÓĘĄ])[\w-]+\s*(?:,|i|oraz)\s+)*$|"
    # "prezeska naszej fundacji Marta Gajewska"
    rf"\b[a-ząćęłńóśźż]+\s+nasz\w*\s+{OUR_KIND}\s*,?\s+$"
)


# "prezeska naszej fundacji", "nasze stowarzyszenie": the page speaks of its body as "ours".
SPEAKS_OF_OURS = re.compile(rf"(?i)\bnasz\w*\s+{OUR_KIND}")


def our_body(ctx: DocumentContext) -> Mention | None:
    """The body the page calls its own, if it names one (the first it so names); else, on a
    page that speaks of "our" body, the body whose name is the page's first line (a site's
    header, "Fundacja Wspólny Brzeg" over its menu) or its publisher."""
    for sentence in ctx.sentences:
        for body in ctx.mentions_in(sentence, "org", "office", "unit"):
            if OUR_BODY_BEFORE.search(ctx.text(max(sentence.start, body.start - 60), body.start)):
                return body
    if not (SPEAKS_OF_OURS.search(ctx.doc.text) or WE_DID.search(narrative(ctx.doc.text))):
        return None
    # the site's header ("FUNDACJA NOWY SĄSIAD | Newsletter nr 3/2023"), its first lines' first
    # segments, or the publisher
    header = {
        line.split("|")[0].strip()
        for line in [line for line in ctx.doc.text.splitlines() if line.strip()][:3]
    }
    publisher = (ctx.doc.publisher or "").strip()
    for body in ctx.mentions:
        if body.kind in ("org", "office", "unit") and body.text in header | {publisher}:
            return body
    return body_of_the_title(ctx)


def body_of_the_title(ctx: DocumentContext) -> Mention | None:
    """ "Newsletter Fundacji Nowy Sąsiad – marzec 2023": the one body the title names, in any
    case (its head declined, the rest as the page writes it)."""
    title_words = ctx.doc.title.split()
    title_slug = slugify(ctx.doc.title)
    found = {}
    for body in ctx.mentions:
        if body.kind not in ("org", "office", "unit"):
            continue
        words = ctx.label_pl(body.iri).split()
        if len(words) < 2 or slugify(" ".join(words[1:])) not in title_slug:
            continue
        heads = head_lemma(words[0])
        if any(head_lemma(w) & heads for w in title_words):
            found[body.iri] = body
    return next(iter(found.values())) if len(found) == 1 else None


def our_body_named_bare(ctx: DocumentContext) -> None:
    """ "Fundacja jest liderem projektu", "prezeska Zarządu Fundacji": on the page of a body
    that writes of itself, its kind word alone, capitalised and not opening another name, is
    that body (as a bare "Zespół" is the Team on a page that names it)."""
    ours = our_body(ctx)
    if ours is None or not ours.text.split():
        return
    kinds = head_lemma(ours.text.split()[0].capitalize())
    if not kinds:
        return
    found = []
    for word in BARE_KIND.finditer(ctx.doc.text):
        start, end = word.span("kind")
        if any(m.start < end and start < m.end for m in ctx.mentions) or not (
            head_lemma(word.group("kind")) & kinds
        ):
            continue
        if any(a <= start < b for a, b in ctx.furniture):
            continue
        found.append(Mention(start, end, word.group("kind"), ours.iri, ours.kind))
    ctx.mentions[:] = sorted(ctx.mentions + found, key=lambda m: m.start)


def the_only_body_of_its_kind(ctx: DocumentContext) -> None:
    """ "… otwarto Centrum Integracyjne dla Cudzoziemców (CIC) we Wrocławiu. … dyrektorka
    Centrum Katarzyna Jania": after a body is named, its kind word alone, capitalised and not
    opening another name, is that body where the page names no other body of the kind."""
    people = {m.start for m in ctx.mentions if m.kind == "person"}
    for word in KIND_WORD.finditer(ctx.doc.text):
        start, end = word.span("kind")
        if any(m.start < end and start < m.end for m in ctx.mentions) or any(
            a <= start < b for a, b in ctx.furniture
        ):
            continue
        # ("dyrektorka Centrum Katarzyna Jania": a capitalised word after it may begin a person)
        after = re.match(r"\s+(?=[A-ZŁŚŻŹĆŃÓĘĄ\d„\"]|im\.)", ctx.doc.text[end:])
        if after is not None and end + after.end() not in people:
            continue
        kinds = head_lemma(word.group("kind"))
        bodies = {
            m.iri
            for m in ctx.mentions
            if m.kind in ("org", "unit", "venue")
            and m.text.split()
            and head_lemma(m.text.split()[0].capitalize()) & kinds
        }
        first = min((m.start for m in ctx.mentions if m.iri in bodies), default=end)
        if len(bodies) == 1 and first < start:
            iri = bodies.pop()
            kind = next(m.kind for m in ctx.mentions if m.iri == iri)
            ctx.mentions.append(Mention(start, end, word.group("kind"), iri, kind))
    ctx.mentions.sort(key=lambda m: m.start)


KIND_WORD = re.compile(
    r"(?<![\w.])(?P<kind>Fundacj\w*|Stowarzyszeni\w*|Towarzystw\w*|Instytut\w*|Ośrod\w*|"
    r"Centrum|Centrach|Centrów)\b"
)
# A capitalised kind word not followed by a capitalised word of its own name.
BARE_KIND = re.compile(
    r"(?<![\w.])(?P<kind>Fundacj\w*|Stowarzyszeni\w*|Towarzystw\w*|Instytut\w*|Ośrod\w*|"
    r"Centrum|Centrach|Centrów)(?!\s+(?:im\.|[A-ZŁŚŻŹĆŃÓĘĄ\d„\"]))"
)
# A verb in the first person plural of the past ("przeprowadziliśmy", "udzieliłyśmy"): the page
# is written by "us".
WE_DID = re.compile(r"\b[a-ząćęłńóśźż]+(?:liśmy|łyśmy)\b")


def narrative(text: str) -> str:
    """The page's own words: without quotations („…”, "…") and speakers' lines ("– Zorganizowa-
    liśmy … – mówiła X"), whose "we" is the speaker's."""
    lines = [line for line in text.splitlines() if not line.lstrip().startswith((">", "„"))]
    unquoted = re.sub(r"„[^”\n]*”|\"[^\"\n]*\"", "", "\n".join(lines))
    # a speaker's words after a dash, up to the dash before who said them or the line's end
    return SPEECH.sub("", unquoted)


SPEECH = re.compile(r"(?:^|(?<=[.!?:]\s))[ \t]*[–—][ \t][^\n]*?(?:[ \t][–—][ \t]|$)", re.MULTILINE)


def we_took_part(ctx: DocumentContext, sentence: Sentence) -> bool:
    return WE_TOOK_PART.search(sentence.text) is not None


def our_people(ctx: DocumentContext, sentence: Sentence) -> list[Mention]:
    """The people of the sentence the page says are its own."""
    found = []
    for person in ctx.mentions_in(sentence, "person"):
        after = ctx.text(person.end, min(sentence.end, person.end + 80))
        before = ctx.text(max(sentence.start, person.start - 60), person.start)
        if OURS_AFTER.match(after) or OURS_BEFORE.search(before):
            found.append(person)
    return found


def state_our_body(ctx: DocumentContext) -> None:
    """The page's own body: its people are its members, and where "we" took part in an event
    of the page, the body took part."""
    ours = our_body(ctx)
    if ours is None:
        return
    for sentence in ctx.sentences:
        for person in our_people(ctx, sentence):
            ctx.fact(person.iri, "memberOf", ours.iri, sentence)
    for event in ctx.events:
        for sentence in event.context:
            if WE_ORGANISED.search(sentence.text):
                ctx.fact(event.iri, "organiser", ours.iri, sentence)
                break
            if we_took_part(ctx, sentence):
                ctx.fact(event.iri, "participant", ours.iri, sentence)
                break
