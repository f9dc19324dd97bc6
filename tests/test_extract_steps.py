"""Each extraction step on its own: dates, sentences, morphology of names, new names."""

from __future__ import annotations

import datetime as dt

import pytest

from ump_kg.extract.dates import find_dates
from ump_kg.extract.names import find_named_bodies, find_people
from ump_kg.extract.sentences import split_sentences
from ump_kg.language.morphology import case_forms, person_base_form, phrase_base_form

PUBLISHED = dt.date(2020, 4, 23)
D = dt.date


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("6 czerwca 2017r. w Warszawie", D(2017, 6, 6), D(2017, 6, 6)),
        ("12-13 czerwca 2019 r.", D(2019, 6, 12), D(2019, 6, 13)),
        ("29–30 października 2019 r.", D(2019, 10, 29), D(2019, 10, 30)),
        ("30 listopada - 1 grudnia 2018 r.", D(2018, 11, 30), D(2018, 12, 1)),
        ("30 grudnia – 2 stycznia 2019", D(2018, 12, 30), D(2019, 1, 2)),
        ("2019-06-12", D(2019, 6, 12), D(2019, 6, 12)),
        ("14.06.2018 r.", D(2018, 6, 14), D(2018, 6, 14)),
        # no year: the occurrence nearest the publication (2020-04-23), coming or past
        ("12 i 13 czerwca", D(2020, 6, 12), D(2020, 6, 13)),
        ("5 kwietnia", D(2020, 4, 5), D(2020, 4, 5)),
        ("23 kwietnia", D(2020, 4, 23), D(2020, 4, 23)),
        ("24 kwietnia", D(2020, 4, 24), D(2020, 4, 24)),
        ("15 grudnia", D(2019, 12, 15), D(2019, 12, 15)),
    ],
)
def test_day_dates_and_ranges(text: str, first: dt.date, last: dt.date) -> None:
    (mention,) = find_dates(text, PUBLISHED)
    assert (mention.first, mention.last, mention.problem) == (first, last, None)
    assert text[mention.start : mention.end].startswith(text.split()[0])


@pytest.mark.parametrize(
    ("text", "year", "year_end"),
    [
        ("W 2019 roku Zespół obradował", 2019, None),
        ("w 2021 r. miasto", 2021, None),
        ("w latach 2018–2022", 2018, 2022),
    ],
)
def test_years_and_year_ranges(text: str, year: int, year_end: int | None) -> None:
    (mention,) = find_dates(text, PUBLISHED)
    assert (mention.first, mention.year, mention.year_end) == (None, year, year_end)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("31 czerwca 2019 r.", "31 czerwca 2019 is not a real date"),
        ("2019-02-30", "2019-02-30 is not a real date"),
        ("30.02.2019", "30.02.2019 is not a real date"),
        ("15 - 12 maja 2019", "the range ends (2019-05-12) before it starts (2019-05-15)"),
    ],
)
def test_impossible_dates_are_reported_not_guessed(text: str, problem: str) -> None:
    (mention,) = find_dates(text, PUBLISHED)
    assert (mention.first, mention.problem) == (None, problem)


def test_date_without_year_and_without_publication_date_is_a_problem() -> None:
    (mention,) = find_dates("12 czerwca", None)
    assert mention.problem and mention.first is None


def test_sentences_respect_abbreviations_quotes_and_page_structure() -> None:
    text = (
        "Zespół UMP ds. Migracji m.in. obradował 6 czerwca 2017r. w Warszawie. Spotkanie prowadził "
        "prof. dr hab. Jan Nowak. Konferencja „Miasta Integrujące. Integracja = Bezpieczeństwo” była w Gdańsku."
        "\n\n[Posiedzenie Zespołu w Lublinie](#)\n\nObrady trwały do 14.06.2018 r. W spotkaniu był IOM."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Zespół UMP ds. Migracji m.in. obradował 6 czerwca 2017r. w Warszawie.",
        "Spotkanie prowadził prof. dr hab. Jan Nowak.",
        "Konferencja „Miasta Integrujące. Integracja = Bezpieczeństwo” była w Gdańsku.",
        "[Posiedzenie Zespołu w Lublinie](#)",
        "Obrady trwały do 14.06.2018 r.",
        "W spotkaniu był IOM.",
    ]
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text


# 24 names in the forms the pages use: generated phrase-level, matched exactly.
INFLECTED = [
    ("Lublin", "Lublinie"),
    ("Wrocław", "Wrocławiu"),
    ("Katowice", "Katowicach"),
    ("Kraków", "Krakowa"),
    ("Poznań", "Poznaniu"),
    ("Łódź", "Łodzi"),
    ("Białystok", "Białymstoku"),
    ("Gdańsk", "Gdańska"),
    ("Warszawa", "Warszawie"),
    ("Rzeszów", "Rzeszowa"),
    ("Szczecin", "Szczecinie"),
    ("Bydgoszcz", "Bydgoszczy"),
    ("Rada Europy", "Radzie Europy"),
    ("Komisja Europejska", "Komisji Europejskiej"),
    ("Międzynarodowa Organizacja ds. Migracji", "Międzynarodowej Organizacji ds. Migracji"),
    ("Urząd Miasta Krakowa", "Urzędu Miasta Krakowa"),
    ("Irena Guidiková", "Ireną Guidiková"),
    ("Unia Metropolii Polskich", "Unii Metropolii Polskich"),
    ("Miasta Międzykulturowe", "Miast Międzykulturowych"),
    ("Fundusz Azylu, Migracji i Integracji", "Funduszu Azylu, Migracji i Integracji"),
    ("Urząd Miejski w Gdańsku", "Urzędzie Miejskim w Gdańsku"),
    ("UNHCR Polska", "UNHCR Polsce"),
    ("Zespół UMP ds. Migracji i Integracji", "Zespołu UMP ds. Migracji i Integracji"),
    ("Europejskie Centrum Solidarności", "Europejskim Centrum Solidarności"),
]


@pytest.mark.parametrize(("name", "form"), INFLECTED)
def test_case_forms_of_names(name: str, form: str) -> None:
    assert form in case_forms(name)


def test_acronyms_are_not_inflected() -> None:
    assert case_forms("IOM") == frozenset({"IOM"})
    assert case_forms("ADMIn4ALL") == frozenset({"ADMIn4ALL"})


@pytest.mark.parametrize(
    ("words", "base"),
    [
        (["Ireną", "Guidiková"], "Irena Guidiková"),
        (["Jędrzeja", "Solarskiego"], "Jędrzej Solarski"),
        (["Jackiem", "Majchrowskim"], "Jacek Majchrowski"),
        (["Anną", "Kowalską"], "Anna Kowalska"),
    ],
)
def test_base_forms_of_people(words: list[str], base: str) -> None:
    assert person_base_form(words) == base


@pytest.mark.parametrize(
    ("words", "base"),
    [
        (["Europejskim", "Centrum", "Solidarności"], "Europejskie Centrum Solidarności"),
        (
            ["Wydziale", "Polityki", "Społecznej", "i", "Zdrowia"],
            "Wydział Polityki Społecznej i Zdrowia",
        ),
        (["Miejskim", "Ośrodku", "Pomocy", "Rodzinie"], "Miejski Ośrodek Pomocy Rodzinie"),
        (["Fundacji", "Ocalenie"], "Fundacja Ocalenie"),
        (["Gdańskim", "Modelu", "Integracji", "Imigrantów"], "Gdański Model Integracji Imigrantów"),
    ],
)
def test_base_forms_of_phrases(words: list[str], base: str) -> None:
    assert phrase_base_form(words) == base


def test_new_people_and_bodies_are_found_with_their_base_forms() -> None:
    text = "Spotkanie otworzył zastępca prezydenta Poznania Jędrzej Solarski w Miejskim Ośrodku Pomocy Rodzinie."
    people = find_people(text, [])
    assert [(p.text, p.base) for p in people] == [("Jędrzej Solarski", "Jędrzej Solarski")]
    bodies = find_named_bodies(text, [])
    assert [(b.base, b.kind) for b in bodies] == [("Miejski Ośrodek Pomocy Rodzinie", "org")]
