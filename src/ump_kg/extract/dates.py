"""Polish dates and ranges: "6 czerwca 2017r.", "12-13 czerwca 2019 r.", "12 i 13 czerwca",
"30 listopada - 1 grudnia 2018 r.", "w 2019 roku", "w latach 2018–2022", ISO and dd.mm.yyyy.

A date without a year takes the latest year that does not put it after the document's
publication date. An impossible date (31 czerwca) is reported, never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "stycznia": 1,
    "lutego": 2,
    "marca": 3,
    "kwietnia": 4,
    "maja": 5,
    "czerwca": 6,
    "lipca": 7,
    "sierpnia": 8,
    "września": 9,
    "października": 10,
    "listopada": 11,
    "grudnia": 12,
}
MONTH = "(?P<{name}>" + "|".join(MONTHS) + ")"
DASH = r"\s*[-–—]\s*"
YEAR_TAIL = r"(?:\s*(?P<{name}>\d{{4}})(?:\s*(?:r\.|roku|r\b))?)?"
DAY = r"(?P<{name}>\d{{1,2}})"

PATTERNS = [
    # 30 listopada - 1 grudnia 2018 r.
    re.compile(
        r"\b"
        + DAY.format(name="d1")
        + r"\s+"
        + MONTH.format(name="m1")
        + DASH
        + DAY.format(name="d2")
        + r"\s+"
        + MONTH.format(name="m2")
        + YEAR_TAIL.format(name="y")
    ),
    # 12-13 czerwca 2019 r.  /  12 i 13 czerwca
    re.compile(
        r"\b"
        + DAY.format(name="d1")
        + r"(?:"
        + DASH
        + r"|\s+(?:i|oraz)\s+)"
        + DAY.format(name="d2")
        + r"\s+"
        + MONTH.format(name="m2")
        + YEAR_TAIL.format(name="y")
    ),
    # 6 czerwca 2017r.
    re.compile(
        r"\b"
        + DAY.format(name="d1")
        + r"\s+"
        + MONTH.format(name="m2")
        + YEAR_TAIL.format(name="y")
    ),
]
ISO_RANGE = re.compile(r"\b(?P<a>\d{4}-\d{2}-\d{2})(?:" + DASH + r"(?P<b>\d{4}-\d{2}-\d{2}))?\b")
NUMERIC = re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?:\s*r\.)?")
YEAR_RANGE = re.compile(r"\b[Ww]\s+latach\s+(?P<a>\d{4})" + DASH + r"(?P<b>\d{4})\b")
YEAR_ONLY = re.compile(r"\b[Ww]\s+(?P<y>\d{4})\s*(?:r\.|roku|r\b)")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    first: dt.date | None = None
    last: dt.date | None = None
    year: int | None = None
    year_end: int | None = None
    problem: str | None = None

    @property
    def is_day(self) -> bool:
        return self.first is not None


def make_date(year: int, month: int, day: int) -> dt.date | str:
    try:
        return dt.date(year, month, day)
    except ValueError:
        month_name = next(name for name, number in MONTHS.items() if number == month)
        return f"{day} {month_name} {year} is not a real date"


def infer_year(month: int, day: int, published: dt.date | None) -> int | None:
    """The latest year that does not put the day after publication."""
    if published is None:
        return None
    year = published.year
    if (month, day) > (published.month, published.day):
        year -= 1
    return year


def day_range(match: re.Match[str], published: dt.date | None) -> DateMention:
    groups = match.groupdict()
    m2 = MONTHS[groups["m2"]]
    m1 = MONTHS[groups["m1"]] if groups.get("m1") else m2
    d1 = int(groups["d1"])
    d2 = int(groups["d2"]) if groups.get("d2") else d1
    year2 = int(groups["y"]) if groups.get("y") else infer_year(m2, d2, published)
    span = (match.start(), match.end())
    if year2 is None:
        return DateMention(
            *span, problem="a date without a year, and the document has no publication date"
        )
    year1 = year2 - 1 if m1 > m2 else year2  # 30 grudnia - 2 stycznia 2019
    first = make_date(year1, m1, d1)
    last = make_date(year2, m2, d2)
    for value in (first, last):
        if isinstance(value, str):
            return DateMention(*span, problem=value)
    assert isinstance(first, dt.date) and isinstance(last, dt.date)
    if last < first:
        return DateMention(*span, problem=f"the range ends ({last}) before it starts ({first})")
    return DateMention(*span, first=first, last=last, year=first.year)


def iso_range(match: re.Match[str]) -> DateMention:
    span = (match.start(), match.end())
    try:
        first = dt.date.fromisoformat(match.group("a"))
        last = dt.date.fromisoformat(match.group("b")) if match.group("b") else first
    except ValueError:
        return DateMention(*span, problem=f"{match.group(0)} is not a real date")
    return DateMention(*span, first=first, last=last, year=first.year)


def numeric_date(match: re.Match[str]) -> DateMention:
    value = make_date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    span = (match.start(), match.end())
    if isinstance(value, str) or not 1 <= int(match.group("m")) <= 12:
        return DateMention(*span, problem=f"{match.group(0)} is not a real date")
    return DateMention(*span, first=value, last=value, year=value.year)


def find_dates(text: str, published: dt.date | None = None) -> list[DateMention]:
    """Every date mention in the text, longest first where they overlap, in text order."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def claim(mention: DateMention) -> None:
        if all(mention.end <= a or mention.start >= b for a, b in taken):
            taken.append((mention.start, mention.end))
            found.append(mention)

    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            claim(day_range(match, published))
    for match in ISO_RANGE.finditer(text):
        claim(iso_range(match))
    for match in NUMERIC.finditer(text):
        claim(numeric_date(match))
    for match in YEAR_RANGE.finditer(text):
        claim(
            DateMention(
                match.start(),
                match.end(),
                year=int(match.group("a")),
                year_end=int(match.group("b")),
            )
        )
    for match in YEAR_ONLY.finditer(text):
        claim(DateMention(match.start(), match.end(), year=int(match.group("y"))))
    return sorted(found, key=lambda m: m.start)
