"""Dates in Polish (and English) text: days, ranges, months and years, each with its span.

Read (every form may carry "r." / "r" / "roku", any dash: hyphen, en or em dash, minus; with or without spaces):
- days and ranges with month names: "6 czerwca 2017r.", "11–12 czerwca 2018 r.", "12 i 13 czerwca",
  "5, 12 i 19 czerwca" (three days, not a range: only consecutive days make one),
  "30 listopada – 1 grudnia 2018 r.", "30 grudnia 2018 – 2 stycznia 2019 r.",
  "od 8 do 9 października 2018", "od 30 listopada do 1 grudnia"; month names in any letter case;
- numeric and Roman months: "11.06.2018", "11–12.06.2018", "11.06–12.06.2018",
  "11.06.2018–12.06.2018", ISO "2018-06-11", "11 VI 2018", "11–12 VI 2018 r.", "11.VI.2018"
  (numeric and Roman forms need a year: "11.06" is as often a decimal or an hour);
- English: "11 June 2018", "11-12 June 2018", "June 11, 2018", "June 11–12, 2018",
  "30 November – 1 December 2018", "June 30 – July 2, 2018" (English month names are capitalised);
- a weekday before or after the day ("w poniedziałek, 11 czerwca", "(poniedziałek) 11 czerwca",
  "11 czerwca (poniedziałek)", "Monday, 11 June") is checked against the date, and chooses the
  year of a year-less day;
- a month of a year, in any case ("czerwiec 2018", "w czerwcu 2018 r.", "June 2018"): a mention
  of month precision (`month` and `year` set, `first` None); a month without a year is ignored;
- years: "w 2019 roku", "w latach 2018–2022"; "br." / "bieżącego roku" is the publication's
  year, "ub.r." / "ubiegłego roku" the year before, "przyszłego roku" the year after.

A mention's span runs from its first day number (or the English month name before it) to the end
of its year and "r."/"roku"; words around it ("od", "w dniach", a weekday) are context, not span.

A day without a year takes the occurrence NEAREST the publication date (the coming one in an
announcement, the past one in a report; a tie goes to the past); a range takes one year for both
ends, the end's year + 1 when it crosses New Year. A page without a publication date is read in
the year of its own dates (`pipeline.time_of_undated_page`), else in the month its address gives
(`pipeline.month_in_the_address`, "…/2023/02/…"); with none, such a day is reported as
a problem, never guessed; so is an impossible date (31 czerwca, 30.02.2019), a range
that ends before it starts, and a weekday that does not fit the date.

Numbers that only look like dates are left alone: "ul. 3 Maja" (a street named after a date),
"12 miast", "10.000 osób", "o godz. 11.30", phone numbers, "2017 r." without "w".
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from ..language.morphology import analyses

# The genitive is the form a month takes after a day ("6 czerwca"); other cases stand alone.
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
MONTHS_GENITIVE = tuple(MONTHS)  # "stycznia" … "grudnia", in order: for writing dates
# Singular case forms of each month (nominative, genitive, dative, instrumental, locative):
# "czerwiec 2018", "z czerwca 2018", "w czerwcu 2018". "luty" declines as an adjective.
MONTH_FORMS = {
    1: ("styczeń", "stycznia", "styczniowi", "styczniem", "styczniu"),
    2: ("luty", "lutego", "lutemu", "lutym"),
    3: ("marzec", "marca", "marcowi", "marcem", "marcu"),
    4: ("kwiecień", "kwietnia", "kwietniowi", "kwietniem", "kwietniu"),
    5: ("maj", "maja", "majowi", "majem", "maju"),
    6: ("czerwiec", "czerwca", "czerwcowi", "czerwcem", "czerwcu"),
    7: ("lipiec", "lipca", "lipcowi", "lipcem", "lipcu"),
    8: ("sierpień", "sierpnia", "sierpniowi", "sierpniem", "sierpniu"),
    9: ("wrzesień", "września", "wrześniowi", "wrześniem", "wrześniu"),
    10: ("październik", "października", "październikowi", "październikiem", "październiku"),
    11: ("listopad", "listopada", "listopadowi", "listopadem", "listopadzie"),
    12: ("grudzień", "grudnia", "grudniowi", "grudniem", "grudniu"),
}
ENGLISH_MONTHS = {
    name: number
    for number, name in enumerate(
        "January February March April May June July August September October November December".split(),
        start=1,
    )
}
MONTHS_ENGLISH = tuple(ENGLISH_MONTHS)
# Tables, news lists and datelines shorten English months ("23–24 Nov 2017", "Sept. 5, 2019").
ENGLISH_ABBREVIATIONS = {
    **{name[:3]: number for name, number in ENGLISH_MONTHS.items() if name != "May"},
    "Sept": 9,
}
ROMAN_MONTHS = {
    roman: number
    for number, roman in enumerate("I II III IV V VI VII VIII IX X XI XII".split(), start=1)
}
# Weekdays by the stem of their singular forms ("w poniedziałek", "we wtorek", "w środę",
# "(środa)", "w niedzielę"), Monday = 0 as in datetime.
WEEKDAYS_PL = (
    r"poniedział(?:ek|ku|kiem|kowi)",
    r"wtor(?:ek|ku|kiem|kowi)",
    r"środ(?:a|y|ę|zie|ą|o)",
    r"czwart(?:ek|ku|kiem|kowi)",
    r"piąt(?:ek|ku|kiem|kowi)",
    r"sob(?:ot(?:a|y|ę|ą|o)|ocie)",
    r"niedziel(?:a|i|ę|ą|o)",
)
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def alternation(words: Iterable[str]) -> str:
    """Longest first, so that 'XII' is not read as 'X' nor 'październikiem' as 'październik'."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, bar, minus sign.
DASH = r"\s*[-\u2010-\u2015\u2212]\s*"
YEAR_DIGITS = r"(?:19|20)\d\d(?!\d)"
# A day: one or two digits that are not part of a longer number ("10.000", "12,5", "11:30"),
# nor a programme's count of its days ("Dzień 1 – 15 czerwca", "Day 2 – 16 June": the second
# day is on 16 June, not from the 2nd).
NOT_A_COUNT = r"(?!(?<=\b[Dd]zień\s)\d\d?" + DASH + r"\d)(?!(?<=\b[Dd]ay\s)\d\d?" + DASH + r"\d)"
DAY = NOT_A_COUNT + r"(?<![\w])(?<!\d[.,:])(?P<{n}>\d{{1,2}})(?![\d])"
EN_DAY = NOT_A_COUNT + r"(?<![\w])(?<!\d[.,:])(?P<{n}>\d{{1,2}})(?:st|nd|rd|th)?(?![\w])"
PL_MONTH = "(?P<{n}>(?i:" + alternation(MONTHS) + r"))(?![^\W\d_])"
MONTH_ANY_CASE = (
    "(?P<month>(?i:"
    + alternation(form for forms in MONTH_FORMS.values() for form in forms)
    + r"))(?![^\W\d_])"
)
RELATIVE_YEAR = (
    # ("ub. roku", "ubr.": the abbreviation of "ubiegłego" before the word or its own)
    r"(?P<rel>(?i:b\.\s?r\.|br\.|br\b|bieżącego\s+roku|tego\s+roku|ub\.\s?r\.|ub\.\s?roku|"
    r"ubr\.|ubiegłego\s+roku|zeszłego\s+roku|przyszłego\s+roku))"
)
WEEKDAY = (
    "(?:"
    + "|".join(f"(?P<{{n}}{i}>(?i:{stem})|{WEEKDAYS_EN[i]})" for i, stem in enumerate(WEEKDAYS_PL))
    + ")"
)
# A weekday just before the date ("w środę, 13 czerwca", "(środa) 13 czerwca") or just after
# it in brackets ("13 czerwca (środa)"): outside the span, but checked against the date.
WEEKDAY_BEFORE = (
    # "w czwartek i piątek, 29–30 czerwca": the second of two weekdays names the range's end,
    # not its first day, so a weekday after "i"/"and" is not checked.
    # ("od wtorku do czwartku, 17–19 maja": the weekday after "do" names the range's end too)
    r"(?:(?<![\w])(?<!\si\s)(?<!\sand\s)(?<!\sdo\s)(?<!\sto\s)(?:"
    + WEEKDAY.replace("{n}", "wb")
    + r")\s*[,:]?\s*|\(\s*(?:"
    + WEEKDAY.replace("{n}", "wp")
    + r")\s*\)\s*)?"
)
# The same weekday, required: a date that is one only with its weekday ("w niedzielę (24.04)").
WEEKDAY_REQUIRED = r"(?<![\w])(?:" + WEEKDAY.replace("{n}", "wb") + r")\s*[,:]?\s*"
WEEKDAY_AFTER = r"(?:\s*\(\s*(?:" + WEEKDAY.replace("{n}", "wa") + r")\s*\))?"
# A day number right after a street or square word names the street ("ul. 3 Maja", "placu
# 11 Listopada"), not a date.
STREET = re.compile(
    r"(?i:\b(?:ul|al|pl|os)\.|\b(?:ulic[aęyią]|ulicą|alej[aęią]?|alei|plac(?:u|em)?|"
    r"osiedl(?:e|a|u)|rond(?:o|a|zie)|most(?:u|em)?|skwer(?:u|ze)?|bulwar(?:u|ze)?))\s*$"
)
# A date after a publication label is the page's date, not a fact's: a caller must not take it
# as an event's date.
DATELINE = re.compile(
    r"(?:^|[|•·])[^\w\n]*(?i:opublikowan[oay]|data\s+(?:publikacji|dodania|utworzenia|"
    r"wytworzenia|modyfikacji|aktualizacji)|dodan[oay]|aktualizacja|zaktualizowan[oay]|"
    r"ostatnia\s+(?:aktualizacja|modyfikacja)|zmodyfikowan[oay]|published|posted|updated|"
    r"last\s+updated)[\s:|,–—-]*(?:(?i:dnia|dn\.|w\s+dniu|on)\s+)?(?:[^\W\d_]+,?\s*)?$",
    re.MULTILINE,
)


def core(body: str, before: str = "") -> re.Pattern[str]:
    """A date pattern: the weekday and the words before it are outside the 'core' span."""
    return re.compile(before + WEEKDAY_BEFORE + "(?P<core>" + body + ")" + WEEKDAY_AFTER)


@dataclass(frozen=True)
class DateMention:
    """A date in the text at [start, end). A day (or range of days) has `first` and `last`; a
    month of a year has `month` and `year`; a year or a range of years has `year` (and
    `year_end`). `problem` says why an expression that looks like a date gives none.
    `year_inferred`: the year is not written but taken from the publication date.
    `dateline`: the date follows a publication label ("Opublikowano: …"), the page's own date."""

    start: int
    end: int
    first: dt.date | None = None
    last: dt.date | None = None
    year: int | None = None
    year_end: int | None = None
    problem: str | None = None
    month: int | None = None
    year_inferred: bool = False
    dateline: bool = False

    @property
    def is_day(self) -> bool:
        return self.first is not None


@dataclass(frozen=True)
class Parts:
    """What a date expression says, before a year is chosen. Month and day numbers as written
    (they may be impossible); `style` says how to quote them in a problem."""

    d1: int
    m1: int
    d2: int
    m2: int
    y1: int | None
    y2: int | None
    year_offset: int | None  # "br." = 0, "ub.r." = -1, "przyszłego roku" = +1
    weekday: int | None
    style: str


def month_number(text: str) -> int:
    lowered = text.lower()
    if lowered in MONTHS:
        return MONTHS[lowered]
    if text in ROMAN_MONTHS:
        return ROMAN_MONTHS[text]
    if text.isdigit():
        return int(text)
    return english_month(text)


def english_month(text: str) -> int:
    """ "November", "NOVEMBER", "Nov", "Nov." → 11."""
    name = text.rstrip(".").capitalize()
    return ENGLISH_MONTHS.get(name) or ENGLISH_ABBREVIATIONS[name]


def quote(style: str, day: int, month: int, year: int | None) -> str:
    """The date as a problem message shows it, in the style it was written in."""
    tail = "" if year is None else f" {year}"
    if style == "iso":
        return f"{year}-{month:02d}-{day:02d}"
    if style == "numeric":
        return f"{day:02d}.{month:02d}{'' if year is None else f'.{year}'}"
    if not 1 <= month <= 12:
        return f"{day}.{month}{tail}"
    if style == "roman":
        return f"{day} {list(ROMAN_MONTHS)[month - 1]}{tail}"
    if style == "english":
        return f"{day} {list(ENGLISH_MONTHS)[month - 1]}{tail}"
    return f"{day} {list(MONTHS)[month - 1]}{tail}"


def real_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


RELATIVE_OFFSETS = (("ub", -1), ("zeszł", -1), ("przysz", 1))


def relative_offset(text: str | None) -> int | None:
    if text is None:
        return None
    lowered = text.lower()
    return next((offset for prefix, offset in RELATIVE_OFFSETS if lowered.startswith(prefix)), 0)


def group_int(groups: dict[str, str | None], *names: str) -> int | None:
    value = next((groups[n] for n in names if groups.get(n)), None)
    return int(value) if value else None


def weekday_of(groups: dict[str, str | None]) -> int | None:
    for prefix in ("wb", "wp", "wa"):
        for i in range(7):
            if groups.get(f"{prefix}{i}"):
                return i
    return None


def parts_of(match: re.Match[str], style: str) -> Parts:
    groups = match.groupdict()
    m1_text = groups.get("m1") or groups["m2"] or ""  # one day names one month
    m1 = month_number(m1_text)
    d1 = int(groups["d1"] or 0)
    return Parts(
        d1=d1,
        m1=m1,
        m2=month_number(groups["m2"]) if groups.get("m2") else m1,
        d2=group_int(groups, "d2") or d1,
        y1=group_int(groups, "y1", "y1p"),
        y2=group_int(groups, "y2", "y2p"),
        year_offset=relative_offset(groups.get("rel")),
        weekday=weekday_of(groups),
        style=style,
    )


def dates_in_years(parts: Parts, start_year: int) -> tuple[dt.date, dt.date] | str:
    """The range when it starts in `start_year`, or why it cannot."""
    if parts.y1 is not None and parts.y2 is not None:
        end_year = parts.y2  # "od 1 stycznia 2017 do 31 grudnia 2018": both years written
    else:
        end_year = start_year + 1 if parts.m2 < parts.m1 else start_year  # 30 grudnia – 2 stycznia
    first = real_date(start_year, parts.m1, parts.d1)
    if first is None:
        return f"{quote(parts.style, parts.d1, parts.m1, start_year)} is not a real date"
    last = real_date(end_year, parts.m2, parts.d2)
    if last is None:
        return f"{quote(parts.style, parts.d2, parts.m2, end_year)} is not a real date"
    if last < first:
        return f"the range ends ({last}) before it starts ({first})"
    return first, last


WEEKDAY_CONFLICT = "the text names a "


def weekday_problem(parts: Parts, first: dt.date) -> str | None:
    if parts.weekday is None or first.weekday() == parts.weekday:
        return None
    return f"{WEEKDAY_CONFLICT}{WEEKDAYS_EN[parts.weekday]}, but {first} is a {first:%A}"


def written_start_year(parts: Parts, published: dt.date | None) -> int | None:
    """The year the range starts in, when the text says it (or says 'br.' with a publication)."""
    crosses = parts.m2 < parts.m1
    if parts.y1 is not None:
        return parts.y1
    if parts.y2 is not None:
        return parts.y2 - 1 if crosses else parts.y2
    if parts.year_offset is not None and published is not None:
        end_year = published.year + parts.year_offset
        return end_year - 1 if crosses else end_year
    return None


def distance(first: dt.date, last: dt.date, published: dt.date) -> int:
    if first <= published <= last:
        return 0
    return min(abs((first - published).days), abs((last - published).days))


def impossible_in_every_year(parts: Parts) -> str | None:
    """'31 czerwca' is not real in any year; '29 lutego' is, in a leap year (2000)."""
    for day, month in ((parts.d1, parts.m1), (parts.d2, parts.m2)):
        if real_date(2000, month, day) is None:
            return f"{quote(parts.style, day, month, None)} is not a real date"
    return None


def nearest_occurrence(parts: Parts, published: dt.date) -> tuple[dt.date, dt.date] | str:
    """The occurrence nearest the publication: the last one starting on or before it and the
    first one after it are the only candidates (a 29 February may be four years away). The
    weekday, when written, must fit one of them; a tie goes to the past one."""
    impossible = impossible_in_every_year(parts)
    if impossible:
        return impossible
    valid: list[tuple[dt.date, dt.date]] = []
    reason = ""
    for year in range(published.year - 5, published.year + 6):
        found = dates_in_years(parts, year)
        if isinstance(found, str):
            reason = found
        else:
            valid.append(found)
    if not valid:
        return reason  # the range ends before it starts
    before = [v for v in valid if v[0] <= published][-1:]
    after = [v for v in valid if v[0] > published][:1]
    fitting = [v for v in before + after if weekday_problem(parts, v[0]) is None]
    if not fitting:
        return weekday_problem(parts, (before + after)[0][0]) or ""
    return min(fitting, key=lambda v: distance(v[0], v[1], published))


NO_YEAR_NO_PUBLICATION = "a date without a year, and the document has no publication date"


def resolve(parts: Parts, span: tuple[int, int], published: dt.date | None) -> DateMention:
    start_year = written_start_year(parts, published)
    if start_year is not None:
        found = dates_in_years(parts, start_year)
        # ("12 maja br." names its year: the tense of its clause does not move it)
        inferred = parts.y1 is None and parts.y2 is None and parts.year_offset is None
    elif published is None:
        return DateMention(*span, problem=NO_YEAR_NO_PUBLICATION)
    else:
        found = nearest_occurrence(parts, published)
        inferred = True
    if isinstance(found, str):
        return DateMention(*span, problem=found)
    first, last = found
    problem = weekday_problem(parts, first)
    if problem:
        return DateMention(*span, problem=problem)
    return DateMention(*span, first=first, last=last, year=first.year, year_inferred=inferred)


def core_span(match: re.Match[str]) -> tuple[int, int]:
    return match.start("core"), match.end("core")


def on_a_street(text: str, match: re.Match[str]) -> bool:
    return STREET.search(text, max(0, match.start("core") - 20), match.start("core")) is not None


def day_reader(style: str) -> Callable[[re.Match[str], dt.date | None], list[DateMention]]:
    def read(match: re.Match[str], published: dt.date | None) -> list[DateMention]:
        return [resolve(parts_of(match, style), core_span(match), published)]

    return read


def read_day_list(match: re.Match[str], published: dt.date | None) -> list[DateMention]:
    """'12 i 13 czerwca' is a range; '5, 12 i 19 czerwca' are three days, each with its own
    span (the last one with the month and year)."""
    numbers = [(m.start(), m.end(), int(m.group())) for m in re.finditer(r"\d+", match["days"])]
    offset = match.start("days")
    base = parts_of(match, "polish" if match.re is DAY_LIST else "english")
    days = [n for _, _, n in numbers] + [base.d2]
    if all(b == a + 1 for a, b in itertools.pairwise(days)):
        return [resolve(replace(base, d1=days[0]), core_span(match), published)]
    # a weekday written before the list is the first day's
    days_after = replace(base, weekday=None)
    mentions = [
        resolve(
            replace(base if i == 0 else days_after, d1=n, d2=n), (offset + s, offset + e), published
        )
        for i, (s, e, n) in enumerate(numbers)
    ]
    end_span = (match.start("d2"), match.end("core"))
    return [*mentions, resolve(replace(days_after, d1=base.d2), end_span, published)]


def read_month(match: re.Match[str], published: dt.date | None) -> list[DateMention]:
    if match["month"]:
        number = next(n for n, forms in MONTH_FORMS.items() if match["month"].lower() in forms)
    else:
        number = english_month(match["month_en"])
    year = int(match["y2"])
    return [DateMention(*core_span(match), year=year, month=number)]


def read_iso(match: re.Match[str], published: dt.date | None) -> list[DateMention]:
    span = core_span(match)
    first_parts = [int(x) for x in match["a"].split("-")]
    last_parts = [int(x) for x in (match["b"] or match["a"]).split("-")]
    first = real_date(*first_parts)
    last = real_date(*last_parts)
    if first is None or last is None:
        bad = first_parts if first is None else last_parts
        return [
            DateMention(*span, problem=f"{quote('iso', bad[2], bad[1], bad[0])} is not a real date")
        ]
    if last < first:
        return [DateMention(*span, problem=f"the range ends ({last}) before it starts ({first})")]
    return [DateMention(*span, first=first, last=last, year=first.year)]


def read_year_range(match: re.Match[str], published: dt.date | None) -> list[DateMention]:
    return [DateMention(match.start(), match.end(), year=int(match["a"]), year_end=int(match["b"]))]


def read_year(match: re.Match[str], published: dt.date | None) -> list[DateMention]:
    return [DateMention(match.start(), match.end(), year=int(match["y"]))]


R_TAIL = r"(?:\s*(?:r\.|roku\b|r\b))?"
YEAR_TAIL = rf"(?:\s*(?P<{{n}}>{YEAR_DIGITS}){R_TAIL}|\s+\(\s*(?P<{{n}}p>{YEAR_DIGITS})\s*\))?"
# The pieces of the date grammar. In a template "{X1}" is piece X with its groups numbered 1
# (the start of a range) or 2 (its end, or a single date); "{X}" is a fixed piece; a space is
# any whitespace.
PIECES: dict[str, str] = {
    "D": DAY,  # a day: 6, 06
    "ED": EN_DAY,  # an English day: 6, 6th
    "PM": PL_MONTH,  # czerwca
    "EM": "(?P<{n}>"
    + alternation([*ENGLISH_MONTHS, *(m.upper() for m in ENGLISH_MONTHS)])
    + "|(?:"
    + alternation(ENGLISH_ABBREVIATIONS)
    + r")\.?(?![^\W\d_])"
    + ")",
    "NM": r"(?P<{n}>\d{{1,2}})",  # 06
    "RM": "(?P<{n}>" + alternation(ROMAN_MONTHS) + r")(?![A-Za-z])",  # VI
    "Y": YEAR_TAIL,  # optional: 2018, 2018 r., 2018r., 2018 roku, (2018)
    "RY": YEAR_TAIL[:-2] + r"|\s+" + RELATIVE_YEAR + ")?",  # … or br., ub.r.
    "EY": rf"(?:,?\s*(?P<{{n}}>{YEAR_DIGITS}))?",  # optional: 2018, ", 2018"
    "NY": rf"(?P<{{n}}>{YEAR_DIGITS}){R_TAIL}",  # required: 2018, 2018 r.
}
# "od 7.03.2016 do 8.03.2016": "do" joins the two ends of a range that "od" opens; a weekday
# may name the end after it ("od środy 17 listopada do niedzieli 21 listopada"), unchecked as
# after a dash
TO = r"\s*,?\s+(?i:do)\s+(?:(?i:" + "|".join(WEEKDAYS_PL) + r")\s*,?\s+)?"
FROM = r"(?<!\w)(?i:od)\s+"
FIXED = {"DASH": DASH, "TO": TO, "NS": r"\.", "RS": r"(?:\.\s?|\s+)", "SS": "/"}


def grammar(template: str) -> str:
    """'{D1} {PM1}{Y1}{DASH}{D2} {PM2}{RY2}' → a regular expression with groups d1, m1, y1, …"""

    def piece(match: re.Match[str]) -> str:
        name, number = match[1], match[2]
        if not number:
            return FIXED[name]
        group = ("m" if name.endswith("M") else name[-1].lower()) + number
        return PIECES[name].format(n=group)

    return re.sub(r"\{([A-Z]+?)([12]?)\}", piece, template.replace(" ", r"\s+"))


def dated(template: str, before: str = "") -> re.Pattern[str]:
    return core(grammar(template), before)


def numeric_patterns(month: str, sep: str, year_less: bool = True) -> list[re.Pattern[str]]:
    """Day, month and year by numbers or a Roman month: one day, or a range of any two (and,
    with `year_less`, the forms without a year that no other number looks like)."""
    m1, m2 = "{" + month + "1}", "{" + month + "2}"
    patterns = [
        dated(f"{{D1}}{sep}{m1}{sep}{{NY1}}{{DASH}}{{D2}}{sep}{m2}{sep}{{NY2}}"),
        dated(f"{{D1}}{sep}{m1}{{DASH}}{{D2}}{sep}{m2}{sep}{{NY2}}"),
        dated(f"{{D1}}(?:{{DASH}}{{D2}})?{sep}{m2}{sep}{{NY2}}"),
        # "od 7.03.2016 do 8.03.2016", "od 7.03 do 8.03.2016", "od 7 do 8 III 2016": a range
        # said with "od … do" as with a dash (the first end may repeat the separator: "7.03.")
        dated(f"{{D1}}{sep}{m1}{sep}{{NY1}}{{TO}}{{D2}}{sep}{m2}{sep}{{NY2}}", before=FROM),
        dated(f"{{D1}}{sep}{m1}(?:{sep})?{{TO}}{{D2}}{sep}{m2}{sep}{{NY2}}", before=FROM),
        dated(f"{{D1}}{{TO}}{{D2}}{sep}{m2}{sep}{{NY2}}", before=FROM),
    ]
    if not year_less:
        return patterns
    if month == "NM":
        # A range of days of a month without its year ("12–13.06, Lublin"), the month in two
        # digits: unlike "12.06" alone (an hour) or "2-3.5" (a score), it is a date; its year
        # as for "12 czerwca".
        patterns.append(dated(f"{{D1}}{{DASH}}{{D2}}{sep}(?P<m2>0[1-9]|1[0-2])(?![.\\d])"))
    if month == "NM":
        # "w niedzielę (24.04)", "we wtorek, 14.03": a weekday right before a day and month
        # by numbers makes them a date (an hour or a decimal has none); the weekday is checked
        # against the date as any other's, its year as for "24 kwietnia".
        patterns.append(
            re.compile(
                WEEKDAY_REQUIRED
                + r"\(?\s*(?P<core>"
                + grammar(f"{{D1}}{sep}(?P<m2>0[1-9]|1[0-2]|[1-9])")
                + r")(?![.,:]?\d)(?:\s*\))?"
            )
        )
    if month == "NM":
        # "12.05 br.", "12–13.05. br.": a day and month by numbers with the year said in words
        patterns.append(
            dated(
                f"{{D1}}(?:{{DASH}}{{D2}})?{sep}{m2}\\.?\\s*"
                + RELATIVE_YEAR.replace("\\b", "(?!\\w)")
            )
        )
    if month == "RM":
        # A day or range with a Roman month and no year ("3–4 XII w Bydgoszczy"): no decimal
        # or hour looks so; its year as for "3–4 grudnia".
        patterns.append(dated(f"{{D1}}(?:{{DASH}}{{D2}})? {m2}(?!\\.?\\d)"))
    return patterns


Reader = Callable[[re.Match[str], dt.date | None], list[DateMention]]
# "12 i 13 czerwca", "5, 12 i 19 czerwca", "w czwartek 13 i piątek 14 października" (a weekday
# may open the last day)
DAY_LIST = dated(
    r"(?P<days>{D1}(?:\s*,\s*\d{1,2}(?!\d))*) (?:i|oraz)"
    + r"(?: (?:w |we )?(?i:"
    + "|".join(WEEKDAYS_PL)
    + r"),?)? {D2} {PM2}{RY2}"
)
EN_DAY_LIST = dated(r"(?P<days>{ED1}(?:\s*,\s*\d{1,2}(?!\d))*) and {ED2} {EM2}{EY2}")
MONTH_OF_YEAR = core(
    r"(?<!\w)(?:"
    + MONTH_ANY_CASE
    + "|"
    + PIECES["EM"].format(n="month_en")
    + ")"
    + grammar(" {NY2}")
)
# "7 marca i w środę 8 marca 2023 r.", "7 March and 8 March 2023": two days written in full,
# joined; a weekday may open the second.
JOIN_PL = r"(?P<join> (?:i|oraz)(?: (?:w|we) (?i:" + "|".join(WEEKDAYS_PL) + r")\s*,?)?) "
JOIN_EN = r"(?P<join> and(?: (?:on )?(?:" + "|".join(WEEKDAYS_EN) + r")\s*,?)?) "
JOINED_DAYS_PL = dated("{D1} {PM1}{Y1}" + JOIN_PL + "{D2} {PM2}{RY2}")
JOINED_DAYS_EN = dated("{ED1} {EM1}{EY1}" + JOIN_EN + "{ED2} {EM2}{EY2}")


OPENS_AND_CLOSES_PL = dated(
    "{D1} {PM1}{Y1},? (?:i|a) (?:(?:(?:po)?trwa(?:ć będzie|ł[aoy]?)?|będzie trwać) do|(?:za)?kończy się|"
    "zakończył[ao]? się|zamknie się) {D2} {PM2}{RY2}",
    before=r"(?<!\w)(?i:(?:rozpocz(?:nie|yna|ął|ęła|ęło|ęły|ęli)|(?:za)?czyna|zacznie)\s+się|"
    r"(?:wy)?startuje|wystartował[ao]?|rusz[ay]|ruszył[ao]?)\s+",
)
OPENS_AND_CLOSES_EN = dated(
    "{ED1} {EM1}{EY1},? and (?:it )?(?:will )?(?:closes?|closed|ends?|ended|finish(?:es|ed)?|"
    "(?:runs?|ran|lasts?|lasted|continues?|continued) until)(?: on)? {ED2} {EM2}{EY2}",
    before=r"(?<!\w)(?i:(?:will\s+)?(?:opens?|opened|starts?|started|begins?|began|"
    r"kicks?\s+off|kicked\s+off))\s+(?:on\s+)?",
)


def read_joined_days(match: re.Match[str], published: dt.date | None) -> list[DateMention]:
    """Two days of one event, the second the day after the first, are a range; days further
    apart ("spektakle 7 marca i 19 marca") are two dates, the first with the second's year when
    it has none of its own."""
    parts = parts_of(match, "polish" if match.re is JOINED_DAYS_PL else "english")
    whole = resolve(parts, core_span(match), published)
    if isinstance(whole.first, dt.date) and whole.last == whole.first + dt.timedelta(days=1):
        return [whole]
    first_year = parts.y1
    if first_year is None and parts.y2 is not None:
        first_year = parts.y2 - 1 if parts.m1 > parts.m2 else parts.y2
    one = replace(parts, d2=parts.d1, m2=parts.m1, y1=first_year, y2=None, year_offset=None)
    two = replace(parts, d1=parts.d2, m1=parts.m2, y1=None, weekday=None)
    return [
        resolve(one, (match.start("core"), match.start("join")), published),
        resolve(two, (match.start("d2"), match.end("core")), published),
    ]


READERS: list[tuple[re.Pattern[str], Reader]] = [
    # (a range said with "between … and": before two joined days, which it would be read as)
    # między 12 a 14 maja 2023 r.: a range
    (
        dated("{D1}(?: {PM1}{Y1})? a {D2} {PM2}{RY2}", before=r"(?<!\w)(?i:(?:po)?między)\s+"),
        day_reader("polish"),
    ),
    # between 12 and 14 May 2023: a range, not two days
    (
        dated("{ED1}(?: {EM1}{EY1})? and {ED2} {EM2}{EY2}", before=r"(?<!\w)(?i:between)\s+"),
        day_reader("english"),
    ),
    (JOINED_DAYS_PL, read_joined_days),
    (JOINED_DAYS_EN, read_joined_days),
    # "rozpocznie się 23 września i potrwa do 3 października", "opens on 23 September 2021
    # and closes on 3 October": a first and a last day said with verbs of opening and closing
    (OPENS_AND_CLOSES_PL, day_reader("polish")),
    (OPENS_AND_CLOSES_EN, day_reader("english")),
    # 30 listopada – 1 grudnia 2018 r.  /  30 grudnia 2018 – 2 stycznia 2019 r.
    (dated("{D1} {PM1}{Y1}{DASH}{D2} {PM2}{RY2}"), day_reader("polish")),
    # od 8 do 9 października 2018  /  od 30 listopada (2018) do 1 grudnia
    (
        dated("{D1}(?: {PM1}{Y1})?{TO}{D2} {PM2}{RY2}", before=FROM),
        day_reader("polish"),
    ),
    # 11–12 czerwca 2018 r.  /  6 czerwca 2017r.
    (dated("{D1}(?:{DASH}{D2})? {PM2}{RY2}"), day_reader("polish")),
    # 12 i 13 czerwca  /  5, 12 i 19 czerwca
    (DAY_LIST, read_day_list),
    # from 27 to 29 June 2023  /  from 30 November to 2 December 2018
    (
        dated(
            "{ED1}(?: {EM1}{EY1})? (?i:to|until) {ED2} {EM2}{EY2}", before=r"(?<!\w)(?i:from)\s+"
        ),
        day_reader("english"),
    ),
    # 30 November – 1 December 2018  /  11–12 June 2018  /  11 June 2018
    (dated("{ED1} {EM1}{EY1}{DASH}{ED2} {EM2}{EY2}"), day_reader("english")),
    (dated("{ED1}(?:{DASH}{ED2})? (?:of )?{EM2}{EY2}"), day_reader("english")),
    (EN_DAY_LIST, read_day_list),
    # June 30 – July 2, 2018  /  June 11–12, 2018  /  June 11, 2018
    (dated("{EM1} {ED1}{EY1}{DASH}{EM2} {ED2}{EY2}"), day_reader("english")),
    # "May 17 and 18, 2023": two days of one month, the month first (as "12 i 13 czerwca")
    (dated("{EM2} {ED1} and {ED2}{EY2}"), day_reader("english")),
    (dated("{EM2} {ED1}(?:{DASH}{ED2})?{EY2}"), day_reader("english")),
    # 11.06.2018–12.06.2018  /  11.06–12.06.2018  /  11–12.06.2018  /  11.06.2018
    *((p, day_reader("numeric")) for p in numeric_patterns("NM", "{NS}")),
    # 11/06/2018 (European pages: the day first), with its year only: "1/2" is a fraction
    *((p, day_reader("numeric")) for p in numeric_patterns("NM", "{SS}", year_less=False)),
    # 11 VI 2018  /  11–12 VI 2018 r.  /  11.VI.2018
    *((p, day_reader("roman")) for p in numeric_patterns("RM", "{RS}")),
    # 2018-06-11  /  2018-06-11 – 2018-06-12  /  od 2018-06-11 do 2018-06-12
    (
        dated(r"(?P<a>\d{4}-\d{2}-\d{2})(?:{DASH}(?P<b>\d{4}-\d{2}-\d{2}))?(?!\d)", r"(?<![\w-])"),
        read_iso,
    ),
    (
        dated(r"(?P<a>\d{4}-\d{2}-\d{2})(?:\s*r\.)?{TO}(?P<b>\d{4}-\d{2}-\d{2})(?!\d)", FROM),
        read_iso,
    ),
    # czerwiec 2018  /  w czerwcu 2018 r.  /  June 2018
    (MONTH_OF_YEAR, read_month),
    # w latach 2018–2022  /  na lata 2018–2022  /  between 2012 and 2014  /  w 2019 roku  /  in 2023
    (
        re.compile(
            r"\b(?:[Ww]\s+latach|[Nn]a\s+lata|[Ii]n|[Ff]rom)\s+(?P<a>\d{4})"
            + r"(?:"
            + DASH
            + r"|\s+(?:to|and)\s+)(?P<b>\d{4})\b"
        ),
        read_year_range,
    ),
    (re.compile(r"\b[Ww]\s+(?P<y>\d{4})\s*(?:r\.|roku|r\b)"), read_year),
    (re.compile(r"\b(?:[Ii]n|[Ss]ince)\s+(?P<y>(?:19|20)\d{2})\b(?![.,]\d)"), read_year),
]


def candidates(
    text: str, published: dt.date | None
) -> Iterator[tuple[int, int, int, list[DateMention]]]:
    """Every reading of every pattern, with the span it covers and its pattern's rank."""
    for rank, (pattern, read) in enumerate(READERS):
        for match in pattern.finditer(text):
            if "core" in pattern.groupindex and on_a_street(text, match):
                continue
            mentions = read(match, published)
            start = min(m.start for m in mentions)
            end = max(m.end for m in mentions)
            yield start, end, rank, mentions


def is_dateline(text: str, mention: DateMention) -> bool:
    line_start = text.rfind("\n", 0, mention.start) + 1
    return DATELINE.search(text, line_start, mention.start) is not None or cited_pages_date(
        text, mention
    )


# A source cited in brackets, its web address first: "(pip.gov.pl, 20 czerwca 2022, „Spotkanie
# z delegacją”)", "(radiopik.pl, PAP, 16 lutego 2023)" — a digest's note of where an item comes
# from and when that page was published, as a dateline says it of the page itself
CITED_SOURCE = re.compile(
    r"\(\s*(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*"
    r"\.(?:pl|eu|org|com|net|info|int|gov|edu|ua|de|uk|fr|it)(?:/[^\s,;()]*)?\s*[,;][^()\n]*$"
)


def cited_pages_date(text: str, mention: DateMention) -> bool:
    """Whether the date stands in brackets that cite a source by its web address."""
    opening = text.rfind("(", 0, mention.start)
    return opening >= 0 and CITED_SOURCE.match(text, opening, mention.start) is not None


def find_dates(
    text: str, published: dt.date | None = None, day_known: bool = True
) -> list[DateMention]:
    """Every date mention in the text, in text order; where readings overlap, the longest wins
    (then the earlier pattern: a day beats the month it names). `day_known` is false where
    `published` only stands in for an undated page's year: a weekday or "jutro" is then told
    from the day the text itself gave last (`from_the_storys_day`)."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for start, end, _, mentions in sorted(
        candidates(text, published), key=lambda c: (c[0] - c[1], c[2], c[0])
    ):
        if all(end <= a or start >= b for a, b in taken):
            taken.append((start, end))
            found.extend(mentions)
    if published is not None:
        # ("w sobotę, od 1 do 2 stycznia", "we wtorek: 15–16 XI": the weekday of a date after it)
        relative = (
            bare_weekdays(text, published) + relative_days(text, published)
            if day_known
            else from_the_storys_day(text, found)
        )
        found += [
            m
            for m in relative
            if all(m.end <= a or m.start >= b for a, b in taken)
            and not any(0 <= f.start - m.end <= 20 for f in found)
        ]
    return sorted(
        (replace(m, dateline=True) if is_dateline(text, m) else m for m in found),
        key=lambda m: m.start,
    )


# "we wtorek", "w ubiegły czwartek", "w przyszłą środę" without a day of the month: the weekday
# of the page's week, on or before its date when told in the past, after it when told in the
# future.
BARE_WEEKDAY = re.compile(
    r"(?i)\b(?:w|we)\s+(?:(?P<which>ubiegł[yą]|zeszł[yą]|ostatni[ą]?|przysz[łl][yą]|"
    r"najbliższ[yą])\s+)?(?P<day>poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę)\b"
    r"(?!\s*[,(]?\s*\d)"
    # English: "on Tuesday", "last Friday", "next Monday" (not "on Tuesday, 12 March")
    r"|\b(?:(?-i:[Oo]n)\s+|(?P<which_en>(?-i:[Ll]ast|[Nn]ext))\s+)(?P<day_en>(?-i:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday))\b(?!\s*[,(]?\s*\d)(?!,?\s+(?:the\s+)?\d)"
)
BARE_WEEKDAY_INDEX = {
    "poniedziałek": 0, "wtorek": 1, "środę": 2, "czwartek": 3, "piątek": 4, "sobotę": 5,
    "niedzielę": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip


# "na poniedziałkowej sesji", "podczas środowego spotkania": a weekday's adjective before the
# noun of one event, in the singular ("wtorkowe dyżury", "w sobotnie poranki" are every week's)
WEEKDAY_ADJECTIVE = re.compile(
    r"(?i)(?<![\w-])(?P<stem>poniedziałkow|wtorkow|środow|czwartkow|piątkow|sobotn|niedzieln)"
    r"(?P<ending>[a-ząęy]{1,4})\s+(?P<noun>[^\W\d_]+)"
)
WEEKDAY_ADJECTIVE_INDEX = {
    "poniedziałkow": 0, "wtorkow": 1, "środow": 2, "czwartkow": 3, "piątkow": 4, "sobotn": 5,
    "niedzieln": 6,
}  # fmt: skip


def singular_phrase(adjective: str, noun: str) -> bool:
    """Whether the adjective and the noun after it agree in the singular, in one case and
    gender, and not in the plural ("poniedziałkowej sesji"; not "wtorkowe spotkania", nor
    "czwartkowe wiece", which SGJP also reads as a singular collective)."""

    def pairs(word: str, pos: str, number: str) -> set[tuple[str, str]]:
        found = set()
        for _, tag, _ in analyses(word):
            parts = tag.split(":")
            if parts[0] == pos and len(parts) > 3 and number in parts[1].split("."):
                found |= {(c, g[:1]) for c in parts[2].split(".") for g in parts[3].split(".")}
        return found

    adjective, noun = adjective.lower(), noun.lower()
    agree = {n: pairs(adjective, "adj", n) & pairs(noun, "subst", n) for n in ("sg", "pl")}
    return bool(agree["sg"]) and not agree["pl"]


def weekday_mentions(text: str) -> Iterator[tuple[int, int, int, str, bool]]:
    """(start, end, weekday, which, English) of each weekday said without its date."""
    for match in BARE_WEEKDAY.finditer(text):
        which = (match.group("which") or "").lower()
        which = {"last": "ubiegły", "next": "przyszły"}.get(
            (match.group("which_en") or "").lower(), which
        )
        wanted = BARE_WEEKDAY_INDEX[(match.group("day") or match.group("day_en")).lower()]
        yield match.start(), match.end(), wanted, which, bool(match.group("day_en"))
    for match in WEEKDAY_ADJECTIVE.finditer(text):
        adjective = match.group("stem") + match.group("ending")
        if singular_phrase(adjective, match.group("noun")):
            wanted = WEEKDAY_ADJECTIVE_INDEX[match.group("stem").lower()]
            yield match.start(), match.end("ending"), wanted, "", False


def bare_weekdays(text: str, published: dt.date) -> list[DateMention]:
    found = []
    for start, end, wanted, which, english in weekday_mentions(text):
        said = DateMention(start, end)
        clause = sentence_around(text, said)
        told_past, told_future = tense_of_the_date(text, said)
        past = which.startswith(("ubieg", "zesz", "ostatni")) or (
            not which and told_past and not told_future
        )
        future = which.startswith(("przysz", "najbli")) or (
            not which and told_future and not told_past
        )
        if english and not which:
            # "… will be held": the future's auxiliary, whatever participle follows it
            future = ENGLISH_FUTURE.search(clause) is not None
            past = not future and ENGLISH_PAST.search(clause) is not None
        if past == future:
            continue  # the tense does not say which week
        # told in the past, the page's own weekday is the page's day ("W sobotę prezydent
        # odniósł się …" on a Saturday's page); told in the future, the next one
        step = -1 if past else 1
        day = published if past else published + dt.timedelta(days=1)
        while day.weekday() != wanted:
            day += dt.timedelta(days=step)
        found.append(DateMention(start, end, first=day, last=day, year=day.year))
    return sorted(found, key=lambda m: m.start)


def from_the_storys_day(text: str, found: list[DateMention]) -> list[DateMention]:
    """On a page whose own day is unknown, "w sobotę", "jutro" are told from the last day the
    text gave in full before them ("W piątek 20 sierpnia 2021 r. … świętowano …; w sobotę
    rozpoczynają się Dni Kultury" -> 21 August); without such a day they say no day."""
    days = [
        d
        for d in found
        if d.first is not None and d.first == d.last and not d.problem and not d.year_inferred
    ]
    told: list[DateMention] = []
    for day, following in zip(days, [*days[1:], None], strict=False):
        assert day.first is not None
        until = following.start if following is not None else len(text)
        told += [
            m
            for m in bare_weekdays(text, day.first) + relative_days(text, day.first)
            if day.end <= m.start < until
        ]
    return told


# "wczoraj", "dziś", "jutro": a day said by its distance from the page's day (a news item's
# "Wczoraj do Łodzi przyjechał …", "Porozumienie prezydent parafował dziś"); not "dzisiaj"
# as "nowadays" before a comparison ("dziś, po latach"), nor inside a quotation's present
# ("Dziś mieszka u nas …"), which say no day: the day is read only with a verb of the past
# (yesterday, today) or of the future (today, tomorrow).
RELATIVE_DAY = re.compile(
    r"(?i)(?<![\w-])(?P<word>przedwczoraj|wczoraj|dzisiaj|dziś|jutro|pojutrze|yesterday|today|"
    r"tomorrow)(?![\w-])"
)
DAY_OFFSETS = {
    "przedwczoraj": -2, "wczoraj": -1, "yesterday": -1, "dzisiaj": 0, "dziś": 0, "today": 0,
    "jutro": 1, "tomorrow": 1, "pojutrze": 2,
}  # fmt: skip


def relative_days(text: str, published: dt.date) -> list[DateMention]:
    found = []
    for match in RELATIVE_DAY.finditer(text):
        offset = DAY_OFFSETS[match.group("word").lower()]
        clause = sentence_around(text, DateMention(match.start(), match.end()))
        if match.group("word")[:1].lower() in "yt":  # an English page's words
            past = ENGLISH_PAST.search(clause) is not None
            future = ENGLISH_FUTURE.search(clause) is not None
        else:
            past, future = told_in_the_past(clause), told_in_the_future(clause)
        if (offset < 0 and not past) or (offset > 0 and not future) or not (past or future):
            continue
        day = published + dt.timedelta(days=offset)
        found.append(DateMention(match.start(), match.end(), first=day, last=day, year=day.year))
    return found


# Words of the future ("odbędzie się", "będzie", "zaplanowano na"); the past is a verb SGJP
# reads only as a past form ("spotkał się", "odbyło się", "obradowali").
FUTURE_VERB = re.compile(
    r"(?i)\b(?:odbęd\w+|będzie|będą|zaplanowan\w+|planowan\w+|will|is\s+planned)\b"
)


# "aby każdy znał swoje prawa", "gdyby przyjechali": the past form after these is a mood (a
# wish, a condition), not the past.
MOOD = re.compile(r"(?i)\b(?:aby|żeby|ażeby|gdyby|jakby|by)(?:śmy|ście|m|ś)?\b")


ENGLISH_FUTURE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:to|planned|scheduled))\b")
# English verbs of a past event ("met in Katowice on 5–6 June", "took place", "was held").
ENGLISH_PAST = re.compile(
    r"\b(?:met|was|were|took|held|gathered|came|went|visited|hosted|attended|opened|discussed|"
    r"presented|signed|agreed|adopted|launched|welcomed|convened|organi[sz]ed|joined)\b"
)


def told_in_the_past(clause: str, impersonal: bool = True) -> bool:
    """Some word is only a past form ("spotkał"); "mieliśmy" also reads as the past form with
    its person ending ("-śmy", aglt) split off, and is past too; so is the impersonal "-no/-to"
    form ("przekazano", "otwarto", imps), which tells only what was done, unless it is a word
    of planning ("zaplanowano na …" is told of the future) or `impersonal` is off; in English,
    a past verb of meeting ("met", "took place", "was held")."""
    clause = MOOD.split(clause)[0]
    if ENGLISH_PAST.search(clause):
        return True
    past_classes = {"praet", "imps"} if impersonal else {"praet"}
    return any(
        classes & past_classes and classes <= {"praet", "aglt", *past_classes}
        for classes in (
            {tag.split(":")[0] for _, tag, _ in analyses(word)}
            for word in re.findall(r"[^\W\d_]+", clause)
            if not FUTURE_VERB.fullmatch(word)
        )
    )


def told_in_the_future(clause: str) -> bool:
    """ "Zbierze się", "spotkają się" (a perfective verb in the present form is future),
    "będzie obradować", "zaplanowano"."""
    return (
        bool(FUTURE_VERB.search(clause))
        or any_word_only(
            clause,
            # perfective only: "robią" (fin:…:imperf) is the present, not the future
            lambda tag: (
                tag.startswith("bedzie") or (tag.startswith("fin") and tag.endswith(":perf"))
            ),
        )
        or any(map(perfective_or_its_gerund, re.findall(r"[^\W\d_]+", clause)))
    )


def perfective_or_its_gerund(word: str) -> bool:
    """ "Zostanie", "pozostanie", "dostanie": a perfective verb's present form that SGJP also
    reads as its verbal noun ("zostanie" as "the staying") is the future ("umowa zostanie
    podpisana"); a word with another reading ("powstanie", also a noun) is not."""
    tags = [tag for _, tag, _ in analyses(word)]
    fin = [t for t in tags if t.startswith("fin") and t.endswith(":perf")]
    return bool(fin) and all(t in fin or t.startswith("ger") for t in tags)


def any_word_only(clause: str, test: Callable[[str], bool]) -> bool:
    """Whether some word of the clause has only readings that pass the test."""
    return any(
        all(test(tag) for _, tag, _ in readings)
        for readings in (analyses(word) for word in re.findall(r"[^\W\d_]+", clause))
        if readings
    )


def by_tense(
    text: str,
    mentions: list[DateMention],
    published: dt.date | None,
    latest: dt.date | None = None,
) -> list[DateMention]:
    """A day without a year in a sentence told in the past ("14 kwietnia prezydent spotkał się
    z …", on a page of 29 December) happened before the page, even when the next 14 April is
    nearer; one told in the future is yet to come. A page known to the month only was written
    between `published` and `latest` (the month's first and last day): the past is on or
    before the last, the future on or after the first."""
    if published is None:
        return mentions
    return [in_tense_of(text, m, published, latest) if m.year_inferred else m for m in mentions]


def sentence_around(text: str, mention: DateMention) -> str:
    """The text from the last sentence end or line break before a date to the next one; the
    period of an abbreviation ends no sentence ("koordynator UNICEF ds. reagowania …")."""
    start, stop = sentence_span(text, mention)
    return text[start:stop]


# A subordinate clause's opening: what follows "…, że", "…, bo", "…, który" is told in a tense
# of its own ("podsumowali rok pomocy i zapowiedzieli, że wsparcie będzie kontynuowane")
SUBORDINATE = re.compile(
    r",\s+(?:że|iż|bo|ponieważ|gdyż|aby|żeby|gdzie|kiedy|gdy|któr\w+|jak)\b|\s[–—]\s"
)


def tense_of_the_date(text: str, mention: DateMention) -> tuple[bool, bool]:
    """(past, future): whether the date's sentence is told in the past or in the future; a
    sentence told in both is read by the clause the date stands in ("W czwartek … podsumowali
    rok pomocy i zapowiedzieli, że wsparcie będzie kontynuowane": the past; "Prezydent
    zapowiedział, że w czwartek spotka się …": the future)."""
    start, stop = sentence_span(text, mention)
    clause = text[start:stop]
    past, future = told_in_the_past(clause), told_in_the_future(clause)
    if past and future:
        cuts = [start, *(start + m.start() for m in SUBORDINATE.finditer(clause)), stop]
        own = text[
            max(c for c in cuts if c <= mention.start) : min(c for c in cuts if c > mention.start)
        ]
        past, future = told_in_the_past(own), told_in_the_future(own)
    return past, future


def sentence_span(text: str, mention: DateMention) -> tuple[int, int]:
    """Where the date's sentence starts and stops (see `sentence_around`)."""
    # (imported here: the sentence splitter reads the month names from this module)
    from .sentences import is_abbreviation

    line_start = text.rfind("\n", 0, mention.start) + 1
    # (up to the date's first letter: a sentence's end is a period before a capital, and the
    # capital may be the date's own, "… Zespół. W sobotę …")
    ends = [
        m.start()
        for m in SENTENCE_END.finditer(text, line_start, mention.start + 1)
        if m.start() < mention.start and not is_abbreviation(text, m.start())
    ]
    start = ends[-1] + 1 if ends else line_start
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end < 0 else line_end
    stop = next(
        (
            m.start()
            for m in SENTENCE_END.finditer(text, mention.end, line_end)
            if not is_abbreviation(text, m.start())
        ),
        line_end,
    )
    return start, stop


def in_tense_of(
    text: str, mention: DateMention, published: dt.date, latest: dt.date | None = None
) -> DateMention:
    if not isinstance(mention.first, dt.date) or not isinstance(mention.last, dt.date):
        return mention
    past, future = tense_of_the_date(text, mention)
    past, future = past and not future, future and not past
    shift = (
        -1
        if past and mention.first > (latest or published)
        else (1 if future and mention.last < published else 0)
    )
    if not shift:
        return mention
    first, last = real_year(mention.first, shift), real_year(mention.last, shift)
    return replace(mention, first=first, last=last) if first and last else mention


def announced_after(text: str, mention: DateMention, written: dt.date) -> DateMention:
    """A day told in the future, read before the day its item was written, is the next year's."""
    past, future = tense_of_the_date(text, mention)
    if not future or past or not isinstance(mention.last, dt.date) or mention.last >= written:
        return mention
    return in_tense_of(text, mention, written)


def real_year(day: dt.date, shift: int) -> dt.date | None:
    return real_date(day.year + shift, day.month, day.day)


# A line that is only a year ("**2019**", "## 2020") heads the items below it.
YEAR_HEADING = re.compile(
    r"(?m)^[ \t]*(?:#+[ \t]*)?(?:\*\*)?(?P<year>(?:19|20)\d\d)(?:\*\*)?[ \t]*:?[ \t]*$"
)


def in_year(mention: DateMention, year: int) -> DateMention:
    """A year-less day read in the given year (a range keeps its length across New Year)."""
    first, last = mention.first, mention.last
    if not isinstance(first, dt.date) or not isinstance(last, dt.date):
        return mention
    new_last = real_date(year + (last.year - first.year), last.month, last.day)
    new_first = real_date(year, first.month, first.day)
    if new_first is None or new_last is None:
        return mention
    return replace(mention, first=new_first, last=new_last, year=year, year_inferred=False)


# The end of a sentence between two dates: a full stop before a capital (not "2022 r. W"'s
# abbreviation, nor a number's), or a line break.
SENTENCE_END = re.compile(r"\n|(?<!\br)(?<!\d)[.!?]\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ„\"(])")


def by_sentence_years(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """A day without a year in a sentence that writes a date with its year is of that year:
    "podpisano 10 stycznia 2022 r., podczas konferencji (9–11 stycznia)" → 9–11 January 2022,
    whatever the page's date. The nearest day written with its year gives it."""
    # (days only: "which became a member in December 2021, will host … on 28–29 May" speaks of
    # another time in another clause)
    written = [m for m in mentions if not m.year_inferred and m.is_day and not m.problem]
    result = []
    for mention in mentions:
        if mention.year_inferred and isinstance(mention.first, dt.date):
            same = [
                o
                for o in written
                if not SENTENCE_END.search(
                    text, min(o.end, mention.end), max(o.start, mention.start)
                )
            ]
            if same:
                nearest = min(same, key=lambda o: abs(o.start - mention.start))
                if isinstance(nearest.first, dt.date):
                    mention = in_year(mention, nearest.first.year)
        result.append(mention)
    return result


def by_paragraph_years(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """A day without a year in a paragraph (or a list's item) that has written a day with its
    year before it is read in the year that puts it nearest that day: an item of a news list
    dated "23 marca 2021" that goes on "spotkali się tego dnia (23 marca)" speaks of 2021,
    whatever the page's date; "12 grudnia 2021 … 15 stycznia" of January 2022. A day announced
    after the item's dateline comes after it."""
    written = [
        m
        for m in mentions
        if not m.year_inferred and isinstance(m.first, dt.date) and not m.problem
    ]
    result = []
    for mention in mentions:
        paragraph = text.rfind("\n", 0, mention.start) + 1
        before = [o for o in written if paragraph <= o.start and o.end <= mention.start]
        if before and mention.problem == NO_YEAR_NO_PUBLICATION:
            # (on a page with no date of its own, the item's date is the only one to read it by)
            mention = read_by_the_days_year(text, mention, before[-1])
        elif before and (mention.problem or "").startswith(WEEKDAY_CONFLICT):
            # ("(radiopik.pl, 24 sierpnia 2025). W niedzielę 24 sierpnia …" on a page of 2023:
            # the weekday fits the item's year, not the page's)
            mention = read_near_the_items_day(text, mention, before[-1], paragraph)
        if mention.year_inferred and isinstance(mention.first, dt.date) and before:
            mention = in_the_items_year(text, mention, before[-1], paragraph)
        result.append(mention)
    return result


def in_the_items_year(
    text: str, mention: DateMention, anchor: DateMention, paragraph: int
) -> DateMention:
    """A year-less day read nearest the day its item wrote before it (`by_paragraph_years`)."""
    moved = nearest_to(mention, anchor)
    if a_weekday_before(text, mention) and moved.first != mention.first:
        # ("(…, 17 lutego 2021). W poniedziałek 27 marca" on a page of 2023: 27 March 2021 was
        # a Saturday; a day whose weekday fits no year near its item's stays unread)
        moved = read_near_the_items_day(text, mention, anchor, paragraph)
        if moved is mention:
            problem = f"the weekday fits no year near the item's day {anchor.first}"
            return DateMention(mention.start, mention.end, problem=problem)
    if anchor.dateline and isinstance(anchor.first, dt.date):
        # (the item was written that day: what it announces comes after it, "(pik.pl, 6 kwietnia
        # 2019) … spotkają się 19 października"; a report keeps the nearest day, as session 29
        # read it: test_dates_year_of_the_paragraph)
        return announced_after(text, moved, anchor.first)
    return moved


def read_by_the_days_year(text: str, mention: DateMention, anchor: DateMention) -> DateMention:
    """A year-less day on an undated page, read again as if the page were of the anchor's day
    (as one of that day's year, then moved nearest it)."""
    assert isinstance(anchor.first, dt.date)
    again = [
        replace(m, start=m.start + mention.start, end=m.end + mention.start)
        for m in find_dates(text[mention.start : mention.end], anchor.first)
        if m.start == 0 and m.end == mention.end - mention.start and not m.problem
    ]
    return again[0] if len(again) == 1 else mention


# A weekday written right before a date ("w poniedziałek 27 marca", "środa, 13 czerwca")
WEEKDAY_RIGHT_BEFORE = re.compile(r"(?:" + WEEKDAY.replace("{n}", "w") + r")\s*[,:]?\s*$")


def a_weekday_before(text: str, mention: DateMention) -> bool:
    return WEEKDAY_RIGHT_BEFORE.search(text[max(0, mention.start - 20) : mention.start]) is not None


def read_near_the_items_day(
    text: str, mention: DateMention, anchor: DateMention, paragraph: int
) -> DateMention:
    """A year-less day whose weekday does not fit the page's reading, read again (with the
    weekday before it) nearest the day its item wrote; as it was if it fits no year there."""
    assert isinstance(anchor.first, dt.date)
    again = [
        replace(m, start=m.start + paragraph, end=m.end + paragraph)
        for m in find_dates(text[paragraph : mention.end], anchor.first)
        if m.end == mention.end - paragraph and not m.problem
    ]
    return again[0] if len(again) == 1 else mention


def nearest_to(mention: DateMention, anchor: DateMention) -> DateMention:
    """The year-less day read in the year (the anchor's, or one either side) nearest the
    anchor's day."""
    assert isinstance(anchor.first, dt.date) and isinstance(anchor.last, dt.date)
    day = anchor.first
    readings = [in_year(mention, day.year + shift) for shift in (0, -1, 1)]
    dated = [
        (distance(r.first, r.last, day), r)
        for r in readings
        if isinstance(r.first, dt.date) and isinstance(r.last, dt.date) and not r.year_inferred
    ]
    return min(dated, key=lambda pair: pair[0])[1] if dated else mention


# A table's cell that is only a year: "| 2017 | Kraków | 30 listopada – 1 grudnia |".
YEAR_CELL = re.compile(r"\|[ \t*]*(?P<year>(?:19|20)\d\d)(?:\s*r\.)?[ \t*]*(?=\|)")


def by_row_years(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """A day without a year in a table row with a year in a cell of its own ("| Rok | Miasto |
    Termin |" over "| 2017 | Kraków | 30 listopada – 1 grudnia |") is of that year."""
    result = []
    for mention in mentions:
        if mention.year_inferred:
            start = text.rfind("\n", 0, mention.start) + 1
            end = text.find("\n", mention.end)
            row = text[start : end if end >= 0 else len(text)]
            years = {int(m.group("year")) for m in YEAR_CELL.finditer(row)}
            if row.lstrip().startswith("|") and len(years) == 1:
                mention = in_year(mention, years.pop())
        result.append(mention)
    return result


def by_year_headings(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """A day without a year under a heading that is a year ("**2019**" over "- 12–13.06,
    Lublin – …") is of that year."""
    headings: list[tuple[int, int, int | None]] = [
        (m.start(), m.end(), int(m.group("year"))) for m in YEAR_HEADING.finditer(text)
    ]
    headings += years_of_sections(text)
    if not headings:
        return mentions
    result = []
    for mention in mentions:
        above = sorted((start, year) for start, end, year in headings if end <= mention.start)
        if mention.year_inferred and above and above[-1][1] is not None:
            mention = in_year(mention, above[-1][1])
        result.append(mention)
    return result


# A heading ("## Posiedzenia w 2023 r.", "**Spotkania Zespołu w 2019 roku**") or a list's
# introduction ("Posiedzenia w 2023 r.:") that names one year.
SECTION_LINE = re.compile(
    r"(?m)^[ \t]*(?:#+[ \t]+|\*\*)(?P<heading>[^\n]*)$|^(?P<intro>[^\n]*:)[ \t]*$"
)
WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def years_of_sections(text: str) -> list[tuple[int, int, int | None]]:
    """(start, end, year) of every heading, and of every list introduction that names a year:
    a heading without a year (None) ends the section of the one before; a list introduction's
    year holds for its list, up to the next line that is not an item."""
    found: list[tuple[int, int, int | None]] = []
    for line in SECTION_LINE.finditer(text):
        written = line.group("heading") or line.group("intro") or ""
        if YEAR_HEADING.fullmatch(line.group(0)) or DAY_WRITTEN.search(written):
            continue  # a year heading is read above; a heading with a day is no section's year
        # (a year inside a quoted title, "Seminarium „… po 2022 roku”", is the title's word)
        years = set(WRITTEN_YEAR.findall(re.sub(r"„[^”\n]*”|\"[^\"\n]*\"", "", written)))
        year = int(years.pop()) if len(years) == 1 else None
        if line.group("intro") is not None:
            if year is not None:
                found.append((line.start(), line.end(), year))
                found.append((*end_of_list(text, line.end()), None))
            continue
        found.append((line.start(), line.end(), year))
    return found


DAY_WRITTEN = re.compile(r"\b\d{1,2}(?:\.\d{1,2}|\s+[a-ząćęłńóśźż]{3,})")
LIST_ITEM = re.compile(r"[ \t]*(?:[-*•]|\d+[.)])\s|[ \t]*\|")  # an item, or a table's row


def end_of_list(text: str, start: int) -> tuple[int, int]:
    """The span of the first line after `start` that is neither an item (nor a table's row)
    nor blank."""
    at = start
    for line in re.finditer(r"(?m)^.*$", text[start:]):
        line_start = start + line.start()
        if line.group(0).strip() and not LIST_ITEM.match(line.group(0)):
            return line_start, line_start
        at = start + line.end()
    return at, at
