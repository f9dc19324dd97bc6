"""Page furniture: lines a web page carries around its article (bylines, sources of photos and
texts, share and tag lines, breadcrumbs, "see also" lists). They name people and offices that
the article does not speak of, so they are blanked before names are looked for — with spaces,
so that every offset (and every provenance span) stays as it was."""

from __future__ import annotations

import re

from ..language.international_given_names import INTERNATIONAL_GIVEN_NAMES
from ..language.morphology import given_names

# A label of furniture opens the line or a segment of it ("Opublikowano: 23.07.2020 | Autor: …",
# "30.07.2021, autor: …", "Fot. …", "Źródło: Biuro Prasowe"); it is followed by ":" or ".".
LABEL = (
    r"(?:opublikowano|data\s+publikacji|data\s+dodania|dodano|aktualizacja|zaktualizowano|"
    r"autor(?:ka)?|autorzy|tekst|redakcja|oprac(?:owanie)?|źródło|źródła|fot(?:o|ografia)?|"
    r"zdjęci[ea]|zdj|tagi|kategori[ae]|published|posted|updated|author|photo|source|tags|"
    # a BIP page's record of who made and published it ("Metryczka")
    r"(?:informację\s+)?(?:wytworzył|opublikował|zatwierdził|wprowadził|zmodyfikował)a?|"
    r"(?:osoba\s+)?odpowiedzialn\w*(?:\s+za\s+(?:treść|informację))?|liczba\s+wyświetleń|"
    r"ostatnia\s+(?:modyfikacja|zmiana)|data\s+wytworzenia)"
    r"[ \t]*[:.]"
)
# Lines that are furniture by their first words alone.
OPENER = (
    r"(?:udostępnij|podziel\s+się|czytaj\s+(?:też|także|więcej)|zobacz\s+(?:też|także|również)|"
    r"powiązane\s+artykuły|share\s+(?:on|this)|read\s+more|see\s+also|metryczka|"
    r"rejestr\s+zmian|drukuj|"
    # a blog's links to its neighbours: "← Poprzedni wpis: … | Następny wpis: … →"
    r"(?:poprzedni|następny|previous|next)\s+(?:wpis|artykuł|post|article|news))\b"
)
# A page's date as its date line writes it: "30.07.2021", "2024-03-20", "20 marca 2024",
# "March 20, 2024" (a time may follow).
PAGE_DATE = (
    r"(?:[\d.\s-]+|\d{1,2}\s+[^\W\d_]+\s+\d{4}|[^\W\d_]+\s+\d{1,2},?\s+\d{4})"
    r"(?:\s*r\.)?(?:,?\s*(?:godz\.\s*)?\d{1,2}:\d{2})?"
)
FURNITURE_LINE = re.compile(
    rf"^[ \t]*(?:[-*•←«\u2039][ \t]*)?(?:{LABEL}|{OPENER}).*$"
    # a date line that goes on to a byline or categories: "30.07.2021, autor: …", "12.06.2019 |
    # Tekst: …", "20 marca 2024 · Natalia Wrona · Kategorie: Szkolenia"
    rf"|^[ \t]*{PAGE_DATE}[ \t]*[,|·](?:[^\n:]*[|·])?[ \t]*{LABEL}.*$"
    # breadcrumbs: "Strona główna > Aktualności > …", "Home › News › …"
    r"|^[ \t]*[^\n>›»]{1,40}(?:[ \t]+[>›»][ \t]+[^\n>›»]+){2,}$",
    re.IGNORECASE | re.MULTILINE,
)


# A menu: four or more short items (one to three words, no digits, no colon) between bars,
# middle dots or bullets ("Miasto | Mieszkańcy | Biznes | Urząd Miasta | BIP"); not a table row
# (which opens with a bar), nor a line of an event's particulars ("Termin: … · Miejsce: …").
MENU_ITEM = r"[^\W\d_][^|·•:\d\n]{0,30}?"
MENU_LINE = re.compile(
    rf"^[ \t]*{MENU_ITEM}(?:[ \t]*[|·•][ \t]*{MENU_ITEM}){{3,}}[ \t]*$", re.MULTILINE
)
# A footer: the copyright line and what shares it.
FOOTER_LINE = re.compile(
    r"^.*(?:©|\(c\)\s*\d{4}|\bcopyright\b|wszelkie\s+prawa\s+zastrzeżone|"
    r"all\s+rights\s+reserved).*$",
    re.IGNORECASE | re.MULTILINE,
)
# A list of other articles under "Zobacz także:", "Czytaj też", "See also", "Related": each item
# is another page's title.
OTHER_ARTICLES = re.compile(
    rf"^[ \t]*(?:{OPENER}|powiązane|related(?:\s+(?:articles|news|posts))?|"
    r"więcej\s+aktualności|inne\s+aktualności|more\s+news)[^\n]*\n"
    r"(?P<items>(?:[ \t]*[-*•][^\n]*(?:\n|$))+)",
    re.IGNORECASE | re.MULTILINE,
)


# An author's name on its own line over the page's date ("Katarzyna Nowak" / "2 grudnia 2023,
# 6:45"), as press pages sign their articles (a person's: the first word a given name).
AUTHOR_OVER_DATE = re.compile(
    r"^[ \t]*[A-ZŁŚŻŹĆŃÓĘĄ][\w'-]+(?:[ \t]+[A-ZŁŚŻŹĆŃÓĘĄ][\w'-]+){1,2}[ \t]*\n"
    rf"[ \t]*{PAGE_DATE}[ \t]*$",
    re.MULTILINE,
)


# … or on one line with it: "Katarzyna Pilch · 18 września 2023, 10:27 · Aktualizacja: …",
# "Jan Nowak | 12.03.2024".
AUTHOR_BESIDE_DATE = re.compile(
    r"^[ \t]*[A-ZŁŚŻŹĆŃÓĘĄ][\w'-]+(?:[ \t]+[A-ZŁŚŻŹĆŃÓĘĄ][\w'-]+){1,2}[ \t]*[|·•,][ \t]*"
    rf"{PAGE_DATE}(?:[ \t]*[|·•][^\n]*)?[ \t]*$",
    re.MULTILINE,
)


# "(fot. Krzysztof Mystkowski/KFP)", "Fot. Anna Kos", "zdj. Jan Nowak", "Photo: Jan Nowak": a
# photographer's credit
PHOTO_CREDIT = re.compile(
    r"(?<![\w])(?:[Ff]ot\.|[Ff]otografia:|[Zz]dj\.|[Zz]djęcie:|[Pp]hoto(?:\s+by)?:?|©)\s*"
    r"[A-ZŁŚŻŹĆŃÓĘĄ][^\n()]{1,60}?(?=\)|\n|$|\.\s|\*)"
)


def furniture_spans(text: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in FURNITURE_LINE.finditer(text)]
    spans += [
        (m.start(), m.end())
        for pattern in (AUTHOR_OVER_DATE, AUTHOR_BESIDE_DATE)
        for m in pattern.finditer(text)
        if given_names(m.group(0).split()[0]) or m.group(0).split()[0] in INTERNATIONAL_GIVEN_NAMES
    ]
    spans += [(m.start(), m.end()) for m in MENU_LINE.finditer(text)]
    spans += [(m.start(), m.end()) for m in FOOTER_LINE.finditer(text)]
    spans += [(m.start("items"), m.end("items")) for m in OTHER_ARTICLES.finditer(text)]
    spans += [(m.start(), m.end()) for m in PHOTO_CREDIT.finditer(text)]
    return sorted(spans)


def without_furniture(text: str, spans: list[tuple[int, int]] | None = None) -> str:
    """The text with furniture lines blanked (same length, same offsets); `spans` when the
    caller has found them already."""
    chars = list(text)
    for start, end in furniture_spans(text) if spans is None else spans:
        # (a list of other articles spans several lines: its line breaks stay)
        chars[start:end] = [c if c == "\n" else " " for c in chars[start:end]]
    return "".join(chars)
