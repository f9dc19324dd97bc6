"""Menus, footers, date lines with a byline, a blog's links to its neighbours and lists of other
articles are page furniture: "Miasto | Mieszkańcy | Biznes
| Urząd Miasta | BIP", "Deklaracja dostępności · © 2019 Urząd Miasta Szczecin", "Zobacz
także:" over the titles of other pages. They are blanked before names are looked for, so the
bodies they name are not the page's; a line of an event's particulars ("Termin: … · Miejsce:
…"), a table row and a list under a sentence of the article stay. Menu items and titles are
drawn (seeded) from section words and the reference's organisations in random cases (morfeusz2
forms), footers from random years and offices."""

from __future__ import annotations

import random

from tests.relations_pages import Pages
from tests.relations_templates import cities, organisations, people, w
from tests.test_names_properties import report
from ump_kg.extract.furniture import without_furniture

SEED = 20261203
SECTIONS = (
    *"Miasto Mieszkańcy Biznes Turystyka Kultura Sport Edukacja Aktualności Kontakt".split(),
    *"Ogłoszenia Wydarzenia Galeria Projekty Dokumenty Partnerzy Praca BIP".split(),
    *("O nas", "Dla mediów", "Urząd Miasta", "Rada Miasta", "Członkowie", "Zespoły"),
    *("About us", "Member cities", "News", "Publications", "Contact", "PL", "EN"),
)
SEPARATORS = (" | ", " · ", " • ", "|", " |  ")
OPENERS = ("Zobacz także:", "Czytaj też:", "Powiązane artykuły", "See also:", "Related news")
TITLES = (
    "Nowe godziny pracy {org:gen}",
    "{org} zaprasza na dni otwarte",
    "Spotkanie w siedzibie {org:gen}",
    "Nabór wniosków – komunikat {org:gen}",
)


def menu(rng: random.Random) -> str:
    items = rng.sample(SECTIONS, rng.randrange(4, 9))
    return rng.choice(SEPARATORS).join(items)


def footer(rng: random.Random) -> str:
    org = rng.choice(organisations()).label
    year = rng.randrange(2010, 2026)
    return rng.choice(
        (
            f"Deklaracja dostępności · Polityka prywatności · © {year} {org}",
            f"© {org} {year}. Wszelkie prawa zastrzeżone.",
            f"Copyright {year} {org} | Privacy policy",
            f"(c) {year} {org}, all rights reserved",
        )
    )


def title(rng: random.Random) -> tuple[str, str]:
    org = rng.choice(organisations())
    template = rng.choice(TITLES)
    text = template.replace("{org:gen}", org.form("gen")).replace("{org}", org.label)
    return text, org.label


def other_articles(rng: random.Random) -> tuple[str, list[str]]:
    titles = [title(rng) for _ in range(rng.randrange(1, 5))]
    bullet = rng.choice("-*•")
    lines = [rng.choice(OPENERS), *(f"{bullet} {text}" for text, _ in titles)]
    return "\n".join(lines), [text for text, _ in titles]


MONTHS_GEN = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września".split()


def date_byline(rng: random.Random, author: str) -> str:
    """ "20 marca 2024 · Natalia Wrona · Kategorie: Szkolenia", "14.10.2019, 13:05 | Autor: …"."""
    day, month, year = rng.randrange(1, 29), rng.randrange(1, 10), rng.randrange(2015, 2026)
    date = rng.choice(
        (
            f"{day} {MONTHS_GEN[month - 1]} {year}",
            f"{day:02d}.{month:02d}.{year}, {rng.randrange(8, 20)}:{rng.randrange(0, 60):02d}",
            f"{year}-{month:02d}-{day:02d}",
        )
    )
    sep = rng.choice((" · ", " | "))
    return rng.choice(
        (
            f"{date}{sep}{author}{sep}Kategorie: Szkolenia, Projekty",
            f"{date}{sep}Autor: {author}",
            f"{date}{sep}{author}{sep}Tagi: migracje",
        )
    )


def neighbours(rng: random.Random) -> str:
    """A blog's links to the posts before and after: the titles name other bodies."""
    one, two = title(rng)[0], title(rng)[0]
    return rng.choice(
        (
            f"← Poprzedni wpis: {one} | Następny wpis: {two} →",
            f"Następny artykuł: {two}",
            f"« Previous post: {one}",
        )
    )


def kept_lines(rng: random.Random) -> list[str]:
    """Lines of the article that look a little like furniture and are not."""
    city = rng.choice(cities())
    org = rng.choice(organisations())
    return [
        f"Termin: {rng.randrange(1, 28)} marca 2019 r. · Miejsce: Sala Sesyjna · Organizator: "
        f"{org.label}",
        f"| {rng.randrange(1, 28)}.03.2019 | {city.label} | Urząd Miasta | integracja |",
        "Członkowie Zespołu:",
        f"- odwiedzili siedzibę {org.form('gen')} {w(city)};",
        "- omówili najnowsze inicjatywy.",
    ]


def test_menus_footers_and_other_articles_are_blanked() -> None:
    rng = random.Random(SEED)
    ok, total, failures = 0, 0, []
    for _ in range(150):
        listing, titles = other_articles(rng)
        author = rng.choice(people()).nominative
        lines = [menu(rng), date_byline(rng, author), footer(rng), neighbours(rng)]
        kept = kept_lines(rng)
        text = "\n\n".join([*lines[:2], *kept, *lines[2:], listing])
        blanked = without_furniture(text)
        assert len(blanked) == len(text) and blanked.count("\n") == text.count("\n")
        for line in [*lines, *titles]:
            total += 1
            if line in blanked:
                failures.append(f"kept furniture: {line!r}")
            else:
                ok += 1
        for line in kept:
            total += 1
            if line in blanked:
                ok += 1
            else:
                failures.append(f"blanked article: {line!r}")
    assert report("furniture blanked, article kept", ok, total, failures) == 1.0


def test_bodies_named_only_in_furniture_are_not_the_pages(pages: Pages) -> None:
    rng = random.Random(SEED + 1)
    failures, count = [], 0
    for _ in range(40):
        listing, _ = other_articles(rng)
        city = rng.choice(cities())
        body = "\n\n".join(
            [
                menu(rng),
                date_byline(rng, rng.choice(people()).nominative),
                "# Aktualności",
                f"12 marca 2019 r. {w(city)} obradował Zespół UMP ds. Migracji i Integracji.",
                listing,
                neighbours(rng),
                footer(rng),
            ]
        )
        ctx = pages.extract(body)
        count += 1
        bodies = [
            e.label_pl
            for e in ctx.entities.values()
            if not e.cls.endswith(("TeamMeeting", "Meeting", "Event"))
        ]
        known = [m.text for m in ctx.mentions if m.kind in ("org", "office", "unit")]
        if bodies or known or len(ctx.events) != 1:
            failures.append(f"{bodies + known}: {body!r}")
    assert report("furniture names no body", count - len(failures), count, failures) == 1.0


def test_an_author_over_the_pages_date_is_furniture() -> None:
    """ "Katarzyna Nowak" / "2 grudnia 2023, 6:45" under the headline: the press signs its
    articles so; an event's line over its date ("Posiedzenie Zespołu" / "12 marca 2024 r.")
    stays."""
    rng = random.Random(SEED + 2)
    ok, total, failures = 0, 0, []
    for _ in range(120):
        author = rng.choice(people()).nominative
        day, month, year = rng.randrange(1, 29), rng.randrange(1, 10), rng.randrange(2015, 2026)
        date = rng.choice(
            (
                f"{day} {MONTHS_GEN[month - 1]} {year}, {rng.randrange(6, 22)}:{rng.randrange(60):02d}",
                f"{day:02d}.{month:02d}.{year}",
                f"{day} {MONTHS_GEN[month - 1]} {year} r.",
            )
        )
        event = rng.choice(("Posiedzenie Zespołu", "Konferencja Końcowa", "Spotkanie Informacyjne"))
        text = f"# Aktualności\n\n{author}\n{date}\n\nTekst.\n\n{event}\n{date}\n"
        blanked = without_furniture(text)
        total += 2
        ok += author not in blanked
        ok += event in blanked
        if author in blanked or event not in blanked:
            failures.append(repr(text))
    assert report("author over date blanked, event kept", ok, total, failures) == 1.0
