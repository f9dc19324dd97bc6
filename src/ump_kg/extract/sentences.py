"""Sentence splitting aware of Polish abbreviations and of page structure (lines, links)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import MONTHS

# Abbreviations after which a period does not end a sentence (lower-cased, without the final dot).
ABBREVIATIONS = frozenset(
    "ds m.in r ul prof dr hab nr godz tj np ok tzw św im wg al os mgr inż zob por dot ww jw itd itp "
    "tys mln mld zł gr ust art pkt poz str s t ks o.o sp pl woj pow gm m.st płk gen red oprac przyp "
    "tel wew lic dyr kier zast ws "
    # weekdays in announcements and programmes: "wt. 14 III 2023", "czw. 2 III"
    "pn pon wt śr czw pt sob nd niedz".split()
)
SENTENCE_END = re.compile(
    r"[.!?…]+[\"”»)\]*]*(?=\s)|\n\s*\n|\n(?=\s*[\[#*-])|(?<=\))\n|"
    # a numbered item on a line of its own: "w obszarach:" over "1) edukacji;", "2) rynku pracy;"
    r"\n(?=[ \t]*\d{1,2}[.)]\s)"
)
WORD_BEFORE = re.compile(r"([\w.]+)\.$")


@dataclass(frozen=True)
class Span:
    """A stretch of the page's text, by code-point offsets (`text` is the page's [start:end])."""

    start: int
    end: int  # one past the last code point
    text: str


@dataclass(frozen=True)
class Sentence(Span):
    """A sentence, a clause of one, or a table row: the unit a rule reads at once."""


# A Markdown table row ("| Rzeszów | 9–10.03.2022 | … |") is one unit of meaning, whatever
# periods it holds ("1.", "9.03.2022"); its separator row ("|---|---|") is no text at all.
TABLE_ROW = re.compile(r"(?m)^[ \t]*\|.*\|[ \t]*$")
TABLE_RULE = re.compile(r"^[\s|:-]+$")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their code-point offsets; blank lines and link/heading lines also split;
    each table row is a sentence of its own."""
    sentences: list[Sentence] = []
    start = 0
    for row in TABLE_ROW.finditer(text):
        sentences += split_prose(text, start, row.start())
        if not TABLE_RULE.match(row.group(0)):
            add(sentences, text, row.start(), row.end())
        start = row.end()
    return sentences + split_prose(text, start, len(text))


def split_prose(text: str, begin: int, stop: int) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = begin
    for match in SENTENCE_END.finditer(text, begin, stop):
        end = match.end()
        if match.group(0).startswith((".",)) and is_abbreviation(text, match.start(), start):
            continue
        if "\n" not in match.group(0) and inside_quotation(text, start, match.start()):
            continue  # (a blank line or a new list item ends an unclosed quotation too)
        if "\n" not in match.group(0) and inside_a_heading(text, start, match.start()):
            continue
        if is_ordinal_or_initial(text, match.start()) or continues_lowercase(text, end):
            continue
        add(sentences, text, start, end)
        start = end
    add(sentences, text, start, stop)
    return sentences


def inside_a_heading(text: str, start: int, position: int) -> bool:
    """A heading is one title, whatever periods it holds: "# Miasta Integrujące. Integracja =
    Bezpieczeństwo | konferencja" (a title's period is no sentence's end)."""
    line_start = text.rfind("\n", 0, start) + 1
    heading = text[start:position].lstrip()
    return text[line_start:start].strip() == "" and heading.startswith("#") and "\n" not in heading


def straight_quote_open(text: str, start: int, position: int) -> bool:
    """An odd number of plain quotes before the period, and one closing it later on the line:
    '- "Radiosondaż. Nieżarliwość" – project promoter: …'."""
    line_end = text.find("\n", position)
    rest = text[position : line_end if line_end >= 0 else len(text)]
    return text[start:position].count('"') % 2 == 1 and '"' in rest


def inside_quotation(text: str, start: int, position: int) -> bool:
    """A period inside „…” (a conference title) does not end the sentence. Pages close „ with
    ”, “ or a plain " as often as not."""
    chunk = text[start:position]
    if "„" not in chunk:  # English quotes: “Cities. Together = Safer”, "Cities. Together"
        return chunk.count("“") > chunk.count("”") or straight_quote_open(text, start, position)
    return chunk.count("„") > chunk.count("”") + chunk.count("“") + chunk.count('"')


def continues_lowercase(text: str, end: int) -> bool:
    """Polish sentences start with a capital: 'w 2017r. w Warszawie' goes on."""
    return bool(re.match(r"[ \t]+[a-ząćęłńóśźż]", text[end : end + 3]))


def is_abbreviation(text: str, dot: int, sentence_start: int = 0) -> bool:
    """A period after an abbreviation does not end the sentence, except 'r.' after a year
    followed by a capital ('… 14.06.2018 r. W spotkaniu …') when something was said before the
    date: a date that opens its sentence ("11–12 czerwca 2018 r. Zespół spotkał się …") is
    that sentence's adverbial."""
    word = WORD_BEFORE.search(text[max(0, dot - 12) : dot + 1])
    if word is None or word.group(1).lower() not in ABBREVIATIONS:
        return False
    year_end = word.group(1) == "r" and re.search(r"\d{4}\s*r$", text[max(0, dot - 8) : dot])
    if not (year_end and re.match(r"\s+[A-ZŁŚŻŹĆŃÓĘĄ]", text[dot + 1 : dot + 4])):
        return True
    return date_opens_sentence(text[sentence_start:dot]) or object_follows_date(
        text[sentence_start:dot]
    )


# Verbs whose object is still to come after the date: "Gdańsk gościł 6 października 2023 r.
# Zespół UMP …" (hosting takes its guests in the accusative).
HOSTING_VERB = re.compile(
    r"(?i)\b(?:gości(?:ł|ła|ło|li|ły)|przyj(?:ął|ęła|ęło|ęli|ęły)|powita(?:ł|ła|ło|li|ły))\s+"
    r"(?:w\s+dni(?:u|ach)\s+|dnia\s+)?\d(?:[^.!?]|(?<=\d)\.(?=\d))*$"
)


def object_follows_date(before: str) -> bool:
    return HOSTING_VERB.search(before) is not None


# Words that may stand before the date it opens a sentence with: "W dniach 11–12 czerwca 2018 r.",
# "Od 1 października 2018 r." (a quoted title or a list marker before it is a heading).
DATE_WORDS = frozenset({"w", "we", "dniach", "dniu", "dnia", "od", "do", "z", "r", "roku"})


def date_opens_sentence(before: str) -> bool:
    """Only date words before the date in its sentence, or in its clause after a conjunction
    ("Przypomina też, że 17–18 listopada 2022 r. Rzeszów gościł Zespół")."""
    before = re.sub(r"„[^”]*”|\"[^\"]*\"|\*\*[^*]*\*\*", " ", before)
    # (a comma alone does not open one: "…w środę, 14 czerwca 2018 r. W spotkaniu …" ends)
    clause = re.split(r"(?i)\b(?:że|iż|gdy|kiedy|gdzie)\s", before)[-1]
    if clause is not before and date_words_only(clause):
        return True
    return date_words_only(before)


def date_words_only(before: str) -> bool:
    words = re.findall(r"[^\W\d_]+", before.lower())
    return bool(words) and all(w in DATE_WORDS or w in MONTHS for w in words)


def is_ordinal_or_initial(text: str, dot: int) -> bool:
    """'12. czerwca' and 'J. Kowalski': a period after digits or one capital letter; '**1.
    Termin**', '2. Miejsce': the number of a numbered heading or item opening its line."""
    before = text[max(0, dot - 3) : dot]
    after = text[dot + 1 : dot + 3]
    if re.search(r"(^|\s)[A-ZŁŚŻŹĆŃÓĘĄ]$", before) and after[:1] == " ":
        return True
    line = text[text.rfind("\n", 0, dot) + 1 : dot]
    if re.fullmatch(r"[ \t]*(?:\*\*|#+[ \t]*)?\d{1,2}", line):
        return True
    return bool(re.search(r"\d$", before)) and bool(re.match(r"\s[a-ząćęłńóśźż]", after))


def add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        offset = start + chunk.index(stripped)
        sentences.append(Sentence(offset, offset + len(stripped), stripped))
