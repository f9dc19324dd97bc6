"""Dates, proven on generated expressions rather than on the examples the rules were written from.

A grammar of every written form (Polish month names, numeric, ISO, Roman, English; single days,
ranges within a month, across months and years; "od … do …", "w dniach", "12 i 13"; "r." /
"roku"; every dash; a weekday in the right case, taken from morfeusz2's generator) renders random
real dates (2000–2030) inside random sentences. The reader must give back the exact span and
dates of every one (100 %), the occurrence nearest the publication for a year-less one, a problem
(never a date) for an impossible one, and no day at all for numbers that are not dates.

Run with -s to see the rate over a fixed seeded sample and any failure.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import morfeusz2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ump_kg.extract.dates import by_sentence_years, find_dates

GENITIVE = (
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia"
).split()
ENGLISH = (
    "January February March April May June July August September October November December"
).split()
SHORT_MONTHS = (*(name[:3] for name in ENGLISH if name != "May"), "Sept")
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()
MONTH_LEMMAS = (
    "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad "
    "grudzień"
).split()
WEEKDAY_LEMMAS = "poniedziałek wtorek środa czwartek piątek sobota niedziela".split()
ENGLISH_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
DASHES = ["-", "–", "—", " - ", " – ", " — ", "- ", " –", "\u2212", "\u2011"]
YEAR_TAILS = ["", " r.", "r.", " r", " roku"]
POLISH_SENTENCES = [
    "Spotkanie odbyło się {d} w Lublinie.",
    "{D} Zespół obradował w Gdańsku.",
    "Zapraszamy na konferencję, która odbędzie się {d} w Poznaniu.",
    "Posiedzenie Zespołu ({d}) prowadził prezydent miasta.",
    "- {d}: posiedzenie Komisji w Krakowie",
    "Rada Miasta przyjęła uchwałę {d}, a 12 miast ją poparło.",
    "Obrady zakończyły się {d}.",
    "W Europejskim Centrum Solidarności {d} spotkali się przedstawiciele metropolii.",
]
ENGLISH_SENTENCES = [
    "The meeting took place on {d} in Wrocław.",
    "{D} the Academy met in Gdańsk.",
    "Cities signed the declaration ({d}) in Gdańsk.",
    "A study visit is planned for {d}.",
]
LOW, HIGH = dt.date(2000, 1, 1), dt.date(2030, 12, 31)


@cache
def generated_forms(lemma: str, case: str | None = None) -> tuple[str, ...]:
    """The singular noun forms morfeusz2's generator gives for a lemma (in one case, or all)."""
    forms = set()
    for generated in morfeusz2.Morfeusz().generate(lemma):
        kind, number, cases = [*generated[2].split(":"), "", ""][:3]
        if kind == "subst" and number == "sg" and (case is None or case in cases.split(".")):
            forms.add(generated[0])
    return tuple(sorted(forms))


def polish_weekday_prefix(rnd: random.Random, day: dt.date) -> str:
    """'w poniedziałek, ', 'we wtorek ', 'w środę: ', '(środa) ' — the accusative after w/we
    (we before a word that starts with w), the nominative in brackets."""
    lemma = WEEKDAY_LEMMAS[day.weekday()]
    if rnd.random() < 0.3:
        (nominative,) = generated_forms(lemma, "nom")
        return f"({nominative}) "
    (accusative,) = generated_forms(lemma, "acc")
    preposition = "we" if accusative.startswith("w") else "w"
    return f"{preposition} {accusative}{rnd.choice([', ', ' ', ': '])}"


def english_weekday_prefix(rnd: random.Random, day: dt.date) -> str:
    return f"{ENGLISH_WEEKDAYS[day.weekday()]}{rnd.choice([', ', ' '])}"


@dataclass(frozen=True)
class Expression:
    """A rendered date: the words before it (outside its span), the date itself, the days."""

    prefix: str
    core: str
    first: dt.date
    last: dt.date
    english: bool = False


def random_day(rnd: random.Random) -> dt.date:
    return LOW + dt.timedelta(days=rnd.randrange((HIGH - LOW).days + 1))


def random_range(rnd: random.Random, kind: str) -> tuple[dt.date, dt.date]:
    """Two real days: one ('single'), in one month, across a month's end or across New Year."""
    while True:
        first = random_day(rnd)
        if kind == "single":
            return first, first
        if kind == "cross_year":
            first = dt.date(rnd.randrange(2000, 2030), 12, rnd.randrange(20, 32))
        last = first + dt.timedelta(days=rnd.randrange(1, 12))
        same_month = (first.year, first.month) == (last.year, last.month)
        if {
            "month": same_month,
            "cross_month": not same_month and first.year == last.year,
            "cross_year": first.year != last.year,
        }[kind]:
            return first, last


def month_case(rnd: random.Random, name: str) -> str:
    return rnd.choice([name, name, name, name.capitalize(), name.upper()])


def year_tail(rnd: random.Random, year: int) -> str:
    return f" {year}{rnd.choice(YEAR_TAILS)}"


def polish_words(rnd: random.Random, first: dt.date, last: dt.date, with_year: bool) -> Expression:
    """'6 czerwca 2017 r.', '11–12 czerwca', '12 i 13 czerwca', '30 listopada – 1 grudnia 2018',
    '30 grudnia 2018 – 2 stycznia 2019 r.', 'od 8 do 9 października', 'w dniach 8–9 …'."""
    dash = rnd.choice(DASHES)
    m1, m2 = month_case(rnd, GENITIVE[first.month - 1]), month_case(rnd, GENITIVE[last.month - 1])
    tail = year_tail(rnd, last.year) if with_year else ""
    prefix = ""
    if first == last:
        core = f"{first.day} {m2}{tail}"
    elif first.month == last.month:
        joiner = rnd.choice([dash, " do ", " i ", " oraz "])
        if joiner.strip() in {"i", "oraz"} and last.day != first.day + 1:
            joiner = dash  # "5 i 19 czerwca" are two days, not a range
        prefix = "od " if joiner == " do " else rnd.choice(["", "w dniach "])
        core = f"{first.day}{joiner}{last.day} {m2}{tail}"
    else:
        joiner = rnd.choice([dash, " do "])
        prefix = "od " if joiner == " do " else ""
        first_year = year_tail(rnd, first.year) if with_year and rnd.random() < 0.5 else ""
        core = f"{first.day} {m1}{first_year}{joiner}{last.day} {m2}{tail}"
    if prefix == "od " and with_year and rnd.random() < 0.3:
        # "od środy 17 listopada do niedzieli 21 listopada 2021" (session 43): each end's weekday
        # in the genitive after its preposition, morfeusz2's form (with the year written: a
        # year-less date's weekday would choose its year)
        (start_day,) = generated_forms(WEEKDAY_LEMMAS[first.weekday()], "gen")
        (end_day,) = generated_forms(WEEKDAY_LEMMAS[last.weekday()], "gen")
        prefix = f"od {start_day} "
        core = core.replace(" do ", f" do {end_day} ", 1)
    return Expression(prefix, core, first, last)


def numeric(rnd: random.Random, first: dt.date, last: dt.date) -> Expression:
    """'11.06.2018', '11–12.06.2018', '11.06–12.06.2018', '11.06.2018–12.06.2018', '6.6.2018 r.'."""

    def num(value: int) -> str:
        return f"{value:02d}" if rnd.random() < 0.7 else str(value)

    dash, tail = rnd.choice(DASHES), rnd.choice(YEAR_TAILS)
    end = f"{num(last.day)}.{num(last.month)}.{last.year}{tail}"
    if first == last:
        return Expression("", end, first, last)
    # (session 43: "od 7.03.2016 do 8.03.2016", "od 7.03 do 8.03.2016", "od 7 do 8.03.2016" as
    # with a dash; a year may end the first day with "r.")
    joiner, prefix = (" do ", "od ") if rnd.random() < 0.3 else (dash, "")
    first_tail = rnd.choice(YEAR_TAILS) if prefix else ""
    options = [f"{num(first.day)}.{num(first.month)}.{first.year}{first_tail}{joiner}{end}"]
    if first.year == last.year:
        options.append(f"{num(first.day)}.{num(first.month)}{joiner}{end}")
    if first.month == last.month:
        options.append(f"{num(first.day)}{joiner}{end}")
    return Expression(prefix, rnd.choice(options), first, last)


def iso(rnd: random.Random, first: dt.date, last: dt.date) -> Expression:
    if first == last:
        return Expression("", first.isoformat(), first, last)
    if rnd.random() < 0.3:
        # "od 2016-03-07 do 2016-03-08" (session 43), "od 2016-03-07 r. do …"
        return Expression("od ", f"{first}{rnd.choice(['', ' r.'])} do {last}", first, last)
    return Expression("", f"{first}{rnd.choice(DASHES)}{last}", first, last)


def roman(rnd: random.Random, first: dt.date, last: dt.date, with_year: bool = True) -> Expression:
    """'11 VI 2018', '11–12 VI 2018 r.', '11.VI.2018' (one month: Roman ranges stay within it);
    without a year '3–4 XII' (a space before the month: '11.06' is an hour)."""
    month, tail = ROMAN[last.month - 1], rnd.choice(YEAR_TAILS)
    days = str(first.day) if first == last else f"{first.day}{rnd.choice(DASHES)}{last.day}"
    if not with_year:
        return Expression("", f"{days} {month}", first, last)
    sep = rnd.choice([" ", ".", ". "])
    if first != last and rnd.random() < 0.3:
        # "od 11 do 12 VI 2018", "od 11 VI do 12 VI 2018" (session 43)
        start = rnd.choice([str(first.day), f"{first.day}{sep}{month}"])
        core = f"{start} do {last.day}{sep}{month}{sep}{last.year}{tail}"
        return Expression("od ", core, first, last)
    return Expression("", f"{days}{sep}{month}{sep}{last.year}{tail}", first, last)


def english_month(rnd: random.Random, month: int, style: float) -> str:
    """ "June", "JUNE", or as tables and news lists shorten it: "Jun", "Jun.", "Sept", "Sept."."""
    name = ENGLISH[month - 1]
    if style < 0.1:
        return name.upper()
    if style < 0.3 and name != "May":
        short = "Sept" if name == "September" and rnd.random() < 0.5 else name[:3]
        return short + rnd.choice(["", "."])
    return name


def english(rnd: random.Random, first: dt.date, last: dt.date, with_year: bool) -> Expression:
    """'11 June 2018', '11-12 June 2018', 'June 11, 2018', 'June 11–12, 2018',
    '30 November – 1 December 2018', 'June 30 – July 2, 2018', two days in a row 'May 17 and
    18, 2023' (session 16); months in capitals or shortened
    ('23–24 Nov 2017', 'Sept. 5, 2019')."""
    dash = rnd.choice(DASHES)
    style = rnd.random()  # one page writes its months one way
    m1, m2 = english_month(rnd, first.month, style), english_month(rnd, last.month, style)
    year = f" {last.year}" if with_year else ""
    comma_year = f"{rnd.choice([',', ''])} {last.year}" if with_year else ""
    if first == last:
        core = rnd.choice([f"{first.day} {m2}{year}", f"{m2} {first.day}{comma_year}"])
    elif first.month == last.month:
        # (two days in a row joined by "and": "May 17 and 18, 2023", "17 and 18 May 2023")
        joined = (
            [
                f"{m2} {first.day} and {last.day}{comma_year}",
                f"{first.day} and {last.day} {m2}{year}",
            ]
            if (last - first).days == 1
            else []
        )
        core = rnd.choice(
            [
                f"{first.day}{dash}{last.day} {m2}{year}",
                f"{m2} {first.day}{dash}{last.day}{comma_year}",
                *joined,
            ]
        )
    elif first.year == last.year or with_year:
        first_year = f" {first.year}" if first.year != last.year else ""
        core = rnd.choice(
            [
                f"{first.day} {m1}{first_year}{dash}{last.day} {m2}{year}",
                f"{m1} {first.day}{first_year and ','}{first_year}{dash}{m2} {last.day}{comma_year}",
            ]
        )
    else:
        core = f"{first.day} {m1}{dash}{last.day} {m2}"
    return Expression("", core, first, last, english=True)


Renderer = Callable[[random.Random, dt.date, dt.date], Expression]
WRITTEN: list[tuple[str, Renderer]] = [
    ("polish", lambda r, a, b: polish_words(r, a, b, with_year=True)),
    ("numeric", numeric),
    ("iso", iso),
    ("roman", roman),
    ("english", lambda r, a, b: english(r, a, b, with_year=True)),
]
KINDS = {
    "polish": ["single", "month", "cross_month", "cross_year"],
    "numeric": ["single", "month", "cross_month", "cross_year"],
    "iso": ["single", "month", "cross_month", "cross_year"],
    "roman": ["single", "month"],
    "english": ["single", "month", "cross_month", "cross_year"],
}


def embed(rnd: random.Random, expression: Expression, weekday: bool) -> tuple[str, int, int]:
    """The expression in a random sentence; the span its core must get back."""
    prefix = expression.prefix
    if weekday:
        make = english_weekday_prefix if expression.english else polish_weekday_prefix
        prefix = make(rnd, expression.first) + prefix
    sentence = rnd.choice(ENGLISH_SENTENCES if expression.english else POLISH_SENTENCES)
    before, after = sentence.split("{d}" if "{d}" in sentence else "{D}")
    if not before and prefix:
        prefix = prefix[0].upper() + prefix[1:]  # the sentence starts with the weekday
    core = expression.core
    if after.startswith(".") and (
        core.endswith(".") or core.endswith(" r") or core.endswith(SHORT_MONTHS)
    ):
        # "… 2018 r." and "… 4 Apr." end the sentence with one full stop, the abbreviation's
        core, after = (core if core.endswith(".") else core + "."), after[1:]
    start = len(before) + len(prefix)
    return before + prefix + core + after, start, start + len(core)


def random_published(rnd: random.Random) -> dt.date | None:
    return None if rnd.random() < 0.2 else random_day(rnd)


def written_case(
    rnd: random.Random,
) -> tuple[str, dt.date | None, tuple[int, int, dt.date, dt.date]]:
    style, render = rnd.choice(WRITTEN)
    first, last = random_range(rnd, rnd.choice(KINDS[style]))
    expression = render(rnd, first, last)
    text, start, end = embed(rnd, expression, weekday=rnd.random() < 0.3)
    return text, random_published(rnd), (start, end, first, last)


def nearest(first: dt.date, last: dt.date, published: dt.date) -> tuple[dt.date, dt.date]:
    """By brute force: the same days in every year around the publication, nearest first,
    the earlier on a tie."""
    found = []
    for year in range(published.year - 8, published.year + 9):
        try:
            a = first.replace(year=year)
            b = last.replace(year=year + last.year - first.year)
        except ValueError:
            continue
        gap = (
            0 if a <= published <= b else min(abs((a - published).days), abs((b - published).days))
        )
        found.append((gap, a, b))
    _, a, b = min(found)
    return a, b


def yearless_case(rnd: random.Random) -> tuple[str, dt.date, tuple[int, int, dt.date, dt.date]]:
    published = random_day(rnd)
    style = rnd.choice(["polish", "english", "roman"])
    first, last = random_range(rnd, rnd.choice(KINDS[style]))
    render = {"polish": polish_words, "english": english, "roman": roman}[style]
    expression = render(rnd, first, last, with_year=False)
    expected_first, expected_last = nearest(first, last, published)
    # a weekday, when written, is the expected day's: it must not move the answer
    dated = Expression(
        expression.prefix, expression.core, expected_first, expected_last, expression.english
    )
    text, start, end = embed(rnd, dated, weekday=rnd.random() < 0.3)
    return text, published, (start, end, expected_first, expected_last)


def check(
    text: str, published: dt.date | None, expected: tuple[int, int, dt.date, dt.date]
) -> str | None:
    """None when the reader gives exactly the expected date; otherwise what it gave."""
    found = [(m.start, m.end, m.first, m.last) for m in find_dates(text, published)]
    if found == [expected]:
        return None
    return f"{text!r} (published {published}): expected {expected}, got {found}"


@given(st.randoms(use_true_random=False))
@settings(derandomize=True, max_examples=1500, deadline=None)
def test_written_dates_give_their_exact_span_and_days(rnd: random.Random) -> None:
    text, published, expected = written_case(rnd)
    assert check(text, published, expected) is None, check(text, published, expected)


@given(st.randoms(use_true_random=False))
@settings(derandomize=True, max_examples=1000, deadline=None)
def test_a_yearless_date_is_the_occurrence_nearest_the_publication(rnd: random.Random) -> None:
    text, published, expected = yearless_case(rnd)
    assert check(text, published, expected) is None, check(text, published, expected)
    (mention,) = find_dates(text, published)
    assert mention.year_inferred


@pytest.mark.parametrize(
    ("make", "name"), [(written_case, "written"), (yearless_case, "year-less")]
)
def test_rate_over_a_fixed_sample(
    make: Callable[[random.Random], tuple[str, dt.date | None, tuple[int, int, dt.date, dt.date]]],
    name: str,
) -> None:
    """The rate over 3000 seeded cases, printed with -s; every failure listed."""
    rnd = random.Random(20261201)
    failures = [f for f in (check(*make(rnd)) for _ in range(3000)) if f]
    print(
        f"\n{name} dates: {1 - len(failures) / 3000:.2%} exact over 3000", *failures[:20], sep="\n"
    )
    assert not failures


@pytest.mark.parametrize(
    ("text", "published", "first", "last"),
    [
        # the cases: an announcement, a report, a January page
        (
            "Konferencja w Gdańsku, 29–30 czerwca.",
            dt.date(2017, 6, 20),
            dt.date(2017, 6, 29),
            dt.date(2017, 6, 30),
        ),
        (
            "Zespół obradował 30 listopada w Warszawie.",
            dt.date(2018, 12, 3),
            dt.date(2018, 11, 30),
            dt.date(2018, 11, 30),
        ),
        (
            "Spotkanie 15 grudnia w Krakowie.",
            dt.date(2019, 1, 10),
            dt.date(2018, 12, 15),
            dt.date(2018, 12, 15),
        ),
        (
            "Obrady 30 grudnia – 2 stycznia.",
            dt.date(2019, 1, 20),
            dt.date(2018, 12, 30),
            dt.date(2019, 1, 2),
        ),
    ],
)
def test_examples_of_the_nearest_occurrence(
    text: str, published: dt.date, first: dt.date, last: dt.date
) -> None:
    (mention,) = find_dates(text, published)
    assert (mention.first, mention.last) == (first, last)


def test_a_yearless_date_without_a_publication_date_is_reported() -> None:
    (mention,) = find_dates("Spotkanie 11–12 czerwca w Lublinie.", None)
    assert mention.first is None and mention.year is None and mention.problem


def impossible_day(rnd: random.Random) -> tuple[int, int, int]:
    """A day that no calendar has: 31 of a 30-day month, 30 or 31 February, 29 February of a
    common year."""
    year = rnd.randrange(2000, 2031)
    month = rnd.randrange(1, 13)
    length = calendar.monthrange(year, month)[1]
    if month == 2 and length == 28 and rnd.random() < 0.5:
        return year, 2, 29
    if length == 31:
        month = rnd.choice([4, 6, 9, 11, 2])
        length = calendar.monthrange(year, month)[1]
    return year, month, rnd.randrange(length + 1, 32)


@given(st.randoms(use_true_random=False))
@settings(derandomize=True, max_examples=600, deadline=None)
def test_an_impossible_date_is_reported_never_guessed(rnd: random.Random) -> None:
    year, month, day = impossible_day(rnd)
    dash = rnd.choice(DASHES)
    core = rnd.choice(
        [
            f"{day} {GENITIVE[month - 1]} {year}{rnd.choice(YEAR_TAILS)}",
            f"{day - 1}{dash}{day} {GENITIVE[month - 1]} {year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{day - 1}{dash}{day}.{month:02d}.{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day} {ROMAN[month - 1]} {year}",
            f"{day} {ENGLISH[month - 1]} {year}",
        ]
    )
    text = rnd.choice(POLISH_SENTENCES).replace("{d}", core).replace("{D}", core)
    published = random_published(rnd)
    mentions = find_dates(text, published)
    assert [(m.first, bool(m.problem)) for m in mentions] == [(None, True)], (text, mentions)
    assert "is not a real date" in (mentions[0].problem or "")


def test_an_impossible_yearless_date_is_reported() -> None:
    (mention,) = find_dates("Spotkanie 31 czerwca w Lublinie.", dt.date(2018, 1, 1))
    assert (mention.first, mention.problem) == (None, "31 czerwca is not a real date")


def not_a_date(rnd: random.Random) -> str:
    n, year = rnd.randrange(1, 100), rnd.randrange(2000, 2031)
    digits = "".join(str(rnd.randrange(10)) for _ in range(9))
    return rnd.choice(
        [
            f"W spotkaniu wzięło udział {n} miast.",
            f"Na konferencję przyszło {n}.000 osób.",
            f"Biuro mieści się przy ul. Piotrkowskiej {n}.",
            f"Siedziba: ul. Piotrkowska {n}, {rnd.randrange(10, 99)}-{rnd.randrange(100, 999)} Łódź.",
            f"Punkt działa przy ul. 3 Maja {n} i na placu 11 Listopada.",
            f"Tel. {digits[:2]} {digits[2:5]} {digits[5:7]} {digits[7:]}, +48 {digits[:3]} {digits[3:6]} {digits[6:]}.",
            f"{year} r. był rokiem zmian.",
            f"Rok {year} przyniósł {n} nowych projektów.",
            f"Obrady zaczęły się o godz. {rnd.randrange(7, 20)}.{rnd.choice(['00', '15', '30'])}.",
            f"Budżet wyniósł {n},{rnd.randrange(10)} mln zł, a {n} osób otrzymało pomoc.",
            f"Zgodnie z art. {n} ust. {rnd.randrange(1, 9)} ustawy z {year} r.",
            f"W {year} roku było to {n} {rnd.choice(['proc.', '%', 'osób', 'gmin'])}.",
        ]
    )


@given(st.randoms(use_true_random=False))
@settings(derandomize=True, max_examples=400, deadline=None)
def test_numbers_that_are_not_dates_give_no_day(rnd: random.Random) -> None:
    text = not_a_date(rnd)
    assert not [m for m in find_dates(text, random_published(rnd)) if m.is_day or m.problem], text


@pytest.mark.parametrize("number", range(1, 13))
def test_a_month_of_a_year_in_every_case_is_a_month_mention(number: int) -> None:
    """Every singular form morfeusz2 generates for the month ('czerwiec 2018', 'w czerwcu
    2018 r.', 'od czerwca 2018', sentence-initial 'Czerwiec 2018') gives month precision."""
    for form in generated_forms(MONTH_LEMMAS[number - 1]):
        for text, core in [
            (f"Raport przygotowano {form} 2018 r. w Gdańsku.", f"{form} 2018 r."),
            (f"{form.capitalize()} 2019 był dla Zespołu pracowity.", f"{form.capitalize()} 2019"),
        ]:
            (mention,) = find_dates(text, dt.date(2020, 1, 1))
            assert (text[mention.start : mention.end], mention.month, mention.first) == (
                core,
                number,
                None,
            ), text
            assert mention.year == int(core.split()[1])


def test_a_month_without_a_year_is_ignored() -> None:
    assert find_dates("W czerwcu Zespół obradował w Lublinie.", dt.date(2018, 7, 1)) == []


@pytest.mark.parametrize("weekday", range(7))
def test_a_weekday_in_any_case_is_checked_against_the_date(weekday: int) -> None:
    """Every singular form of the weekday from morfeusz2, before the date: the right one keeps
    the date, a wrong one makes it a problem."""
    day = dt.date(2018, 6, 11) + dt.timedelta(days=weekday)
    other = WEEKDAY_LEMMAS[(weekday + 1) % 7]
    core = f"{day.day} czerwca 2018 r."
    for form in generated_forms(WEEKDAY_LEMMAS[weekday]):
        (right,) = find_dates(f"Spotkanie ({form}) {core} w Lublinie.")
        assert right.first == day, form
    for form in generated_forms(other):
        (wrong,) = find_dates(f"Spotkanie ({form}) {core} w Lublinie.")
        assert wrong.first is None and wrong.problem, form


def test_a_date_after_a_publication_label_is_the_pages_date() -> None:
    text = (
        "Opublikowano: 11.06.2018 | Jan Nowak\n\nZespół obradował 12–13 czerwca 2018 r. w Lublinie."
    )
    dateline, meeting = find_dates(text, dt.date(2018, 6, 11))
    assert (dateline.dateline, dateline.first) == (True, dt.date(2018, 6, 11))
    assert (meeting.dateline, meeting.first) == (False, dt.date(2018, 6, 12))


def test_days_joined_by_i_are_a_range_only_when_consecutive() -> None:
    text = "Zespół obradował 5, 12 i 19 czerwca 2018 r."
    mentions = find_dates(text)
    assert [(text[m.start : m.end], m.first) for m in mentions] == [
        ("5", dt.date(2018, 6, 5)),
        ("12", dt.date(2018, 6, 12)),
        ("19 czerwca 2018 r.", dt.date(2018, 6, 19)),
    ]


def joined_days_case(rnd: random.Random, apart: int) -> tuple[str, dt.date, dt.date]:
    """'7 marca i w środę 8 marca 2023 r.', '31 maja 2019 r. oraz 1 czerwca 2019 r.': two days
    `apart` days apart, each written in full, joined by 'i'/'oraz' (the second maybe with its
    weekday)."""
    first = random_day(rnd)
    last = first + dt.timedelta(days=apart)
    with_years = rnd.random() < 0.5
    one = f"{first.day} {GENITIVE[first.month - 1]}" + (f" {first.year} r." if with_years else "")
    two = f"{last.day} {GENITIVE[last.month - 1]} {last.year} r."
    weekday = polish_weekday_prefix(rnd, last) if rnd.random() < 0.5 else ""
    if weekday.startswith("("):
        weekday = ""
    joiner = rnd.choice([" i ", " oraz "])
    return (
        f"Zespół obradował {one}{joiner}{weekday.rstrip(', :')} {two}".replace("  ", " "),
        first,
        last,
    )


@given(st.randoms(use_true_random=False))
@settings(derandomize=True, max_examples=300, deadline=None)
def test_two_consecutive_days_joined_are_one_range(rnd: random.Random) -> None:
    text, first, last = joined_days_case(rnd, 1)
    found = [(m.first, m.last) for m in find_dates(text, None)]
    assert found == [(first, last)], f"{text!r}: {found}"


@given(st.randoms(use_true_random=False), st.integers(2, 20))
@settings(derandomize=True, max_examples=300, deadline=None)
def test_two_days_further_apart_stay_two_dates(rnd: random.Random, apart: int) -> None:
    text, first, last = joined_days_case(rnd, apart)
    found = [(m.first, m.last) for m in find_dates(text, None)]
    assert found == [(first, first), (last, last)], f"{text!r}: {found}"


@given(st.randoms(use_true_random=False))
@settings(derandomize=True, max_examples=300, deadline=None)
def test_a_yearless_day_takes_the_year_of_a_day_written_in_its_sentence(
    rnd: random.Random,
) -> None:
    """'podpisano 10 stycznia 2019 r., podczas konferencji (9–11 stycznia)' on a page of 2024:
    the conference is of 2019, the year the sentence writes, not the page's."""
    day = random_day(rnd)
    other = day + dt.timedelta(days=rnd.randrange(-2, 3))
    published = day + dt.timedelta(days=rnd.randrange(400, 3000))
    text = (
        f"Dokument podpisano {day.day} {GENITIVE[day.month - 1]} {day.year} r., podczas "
        f"konferencji „Miasta” ({other.day} {GENITIVE[other.month - 1]})."
    )
    found = [(m.first, m.last) for m in by_sentence_years(text, find_dates(text, published))]
    assert (other, other) in found, f"{text!r} (published {published}): {found}"


def test_a_month_of_another_clause_gives_no_year() -> None:
    text = (
        "Wrocław, który przystąpił do sieci w grudniu 2021 r., będzie gościł szkolenie 28–29 maja."
    )
    published = dt.date(2024, 5, 17)
    found = [(m.first, m.last) for m in by_sentence_years(text, find_dates(text, published))]
    assert (dt.date(2024, 5, 28), dt.date(2024, 5, 29)) in found, found


@given(st.randoms(use_true_random=False))
@settings(derandomize=True, max_examples=300, deadline=None)
def test_two_days_each_with_its_weekday_are_one_range(rnd: random.Random) -> None:
    """'w czwartek 13 i piątek 14 października 2022 r.', '… i w piątek 14 …': one range."""
    while True:
        first = random_day(rnd)
        last = first + dt.timedelta(days=1)
        if first.month == last.month:
            break
    (second_weekday,) = generated_forms(WEEKDAY_LEMMAS[last.weekday()], "acc")
    joiner = rnd.choice([" i ", " i w ", " oraz "])
    if joiner == " i w " and second_weekday.startswith("w"):
        joiner = " i we "
    text = (
        f"Zespół obradował {polish_weekday_prefix(rnd, first)}{first.day}{joiner}"
        f"{second_weekday} {last.day} {GENITIVE[last.month - 1]} {last.year} r."
    )
    found = [(m.first, m.last) for m in find_dates(text, None)]
    assert found == [(first, last)], f"{text!r}: {found}"


@given(st.randoms(use_true_random=False))
@settings(derandomize=True, max_examples=300, deadline=None)
def test_english_from_to_and_polish_weekday_ranges(rnd: random.Random) -> None:
    """'From 27 to 29 June 2023', 'from 30 November to 2 December 2018', 'Od wtorku do
    czwartku, 17–19 maja 2022 r.' (the second weekday names the range's end)."""
    first = random_day(rnd)
    last = first + dt.timedelta(days=rnd.randrange(1, 4))
    if rnd.random() < 0.5:
        same = first.month == last.month
        start = f"{first.day}" if same else f"{first.day} {ENGLISH[first.month - 1]}"
        text = f"From {start} to {last.day} {ENGLISH[last.month - 1]} {last.year}, staff met."
    else:
        if first.month != last.month:
            return
        (one,) = generated_forms(WEEKDAY_LEMMAS[first.weekday()], "gen")
        (two,) = generated_forms(WEEKDAY_LEMMAS[last.weekday()], "gen")
        text = (
            f"Od {one} do {two}, {first.day}–{last.day} {GENITIVE[last.month - 1]} "
            f"{last.year} r., partnerzy spotkali się."
        )
    found = [(m.first, m.last) for m in find_dates(text, None)]
    assert found == [(first, last)], f"{text!r}: {found}"
