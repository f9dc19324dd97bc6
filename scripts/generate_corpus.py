"""Generate N realistic, varied source pages for scale benchmarks: meetings of the UMP team on
migration and integration in the 12 member cities on different dates, with hosts (people with
roles), participating cities, themes and organisations; as Markdown with front matter or as
saved HTML pages with page furniture (menus, breadcrumbs, a "Zobacz także" sidebar naming
other meetings, cookie banners, comments, footers; some old table layouts in cp1250).

    python scripts/generate_corpus.py 1000 --out /tmp/corpus [--seed 1] [--html-share 0.5]
        [--manifest /tmp/corpus.tsv]

Deterministic: page i depends only on the seed and i (not on N), so a corpus of 100 pages is
the first 100 pages of a corpus of 1,000. The manifest lists, per file, the meeting it reports
(IRI slug, city, first and last day) so a benchmark can check what was extracted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from ump_kg.extract.dates import MONTHS_GENITIVE
from ump_kg.language.morphology import case_form

# The 12 member cities of the Union of Polish Metropolises (graph/reference/cities.ttl).
CITIES = (
    "Białystok",
    "Bydgoszcz",
    "Gdańsk",
    "Katowice",
    "Kraków",
    "Lublin",
    "Łódź",
    "Poznań",
    "Rzeszów",
    "Szczecin",
    "Warszawa",
    "Wrocław",
)
FIRST_NAMES = {
    "f": ("Anna", "Katarzyna", "Magdalena", "Joanna", "Agnieszka", "Monika", "Ewa", "Marta"),
    "m": ("Piotr", "Tomasz", "Marcin", "Krzysztof", "Andrzej", "Paweł", "Michał", "Jakub"),
}
SURNAMES = {
    "f": ("Nowak", "Kowalska", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowska", "Zielińska"),
    "m": ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński"),
}
# Not "dyrektor Centrum Wielokulturowego w {loc}": the extractor makes one venue
# (venue/centrum-wielokulturowe) of the centres of all cities, which then has several cities
# and fails the shapes, so no generated corpus would build.
HOST_ROLES = (
    "zastępca prezydenta {gen}",
    "dyrektor Wydziału Polityki Społecznej Urzędu Miasta {gen}",
    "pełnomocnik prezydenta {gen} ds. integracji cudzoziemców",
)
# (theme, the past tense of "to be" agreeing with it)
THEMES = (
    ("integracja cudzoziemców na rynku pracy", "była"),
    ("edukacja dzieci cudzoziemskich w polskich szkołach", "była"),
    ("dostęp migrantów do opieki zdrowotnej", "był"),
    ("mieszkalnictwo dla cudzoziemców", "było"),
    ("punkty informacyjne dla migrantów", "były"),
    ("dialog międzykulturowy i przeciwdziałanie dyskryminacji", "był"),
    ("nauka języka polskiego dla dorosłych cudzoziemców", "była"),
)
UKRAINE_THEME = ("pomoc uchodźcom z Ukrainy", "była")
SUPPORTERS = (
    "Międzynarodowej Organizacji ds. Migracji (IOM)",
    "UNHCR Polska",
    "Rady Europy",
)
NGOS = (
    "Fundacja Dialog",
    "Stowarzyszenie Interkulturalni",
    "Fundacja Ocalenie",
    "Centrum Pomocy Prawnej im. Haliny Nieć",
    "Stowarzyszenie Nomada",
)
OTHER_NEWS = (
    "Budżet obywatelski – głosowanie potrwa do końca miesiąca",
    "Remont ulicy Głównej: zmiany w komunikacji miejskiej",
    "Noc Muzeów – program wydarzeń",
    "Nabór do przedszkoli rozpoczęty",
    "Bezpłatne badania dla seniorów",
)


@dataclass(frozen=True)
class Meeting:
    city: str
    first: dt.date
    last: dt.date
    host_name: str
    host_female: bool
    host_role: str
    participants: tuple[str, ...]
    theme: tuple[str, str]
    supporters: tuple[str, ...]
    ngo: str
    published: dt.date

    @property
    def iri_slug(self) -> str:
        return f"{self.first.isoformat()}-{ascii_slug(self.city)}"


# --- Polish forms ---------------------------------------------------------------------------


def loc(city: str) -> str:
    return case_form(city, "loc")


def gen(city: str) -> str:
    return case_form(city, "gen")


def in_city(city: str) -> str:
    """'w Lublinie', 'we Wrocławiu' (before w/f + consonant)."""
    form = loc(city)
    vowel = form[1:2].lower() in "aeiouyąęó"
    return f"we {form}" if form[:1].lower() in "wf" and not vowel else f"w {form}"


def ascii_slug(text: str) -> str:
    table = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")
    out = "".join(ch if ch.isalnum() else "-" for ch in text.translate(table).lower())
    return "-".join(part for part in out.split("-") if part)


def polish_list(items: tuple[str, ...]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " i " + items[-1]


def day_span(first: dt.date, last: dt.date) -> str:
    """'12 czerwca 2019 r.' or '12-13 czerwca 2019 r.' or '30 listopada - 1 grudnia 2018 r.'"""
    if first == last:
        return f"{first.day} {MONTHS_GENITIVE[first.month - 1]} {first.year} r."
    if first.month == last.month:
        return f"{first.day}-{last.day} {MONTHS_GENITIVE[first.month - 1]} {first.year} r."
    return (
        f"{first.day} {MONTHS_GENITIVE[first.month - 1]} - "
        f"{last.day} {MONTHS_GENITIVE[last.month - 1]} {last.year} r."
    )


# --- one meeting ----------------------------------------------------------------------------


SPAN_DAYS = 9 * 365
STRIDE = 7919  # a prime not dividing 12 * SPAN_DAYS: the slots of pages 0, 1, 2, … never repeat


def make_meeting(rng: random.Random, slot: int | None = None) -> Meeting:
    """A meeting; with a slot (a page's own), its city and first day are that slot's, so no
    two pages of a corpus report different meetings as the same one (same city and day)."""
    if slot is None:
        city = rng.choice(CITIES)
        first = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(0, SPAN_DAYS))
    else:
        place = (slot * STRIDE) % (len(CITIES) * SPAN_DAYS)
        city = CITIES[place % len(CITIES)]
        first = dt.date(2016, 1, 1) + dt.timedelta(days=place // len(CITIES))
    last = first + dt.timedelta(days=rng.choice((0, 0, 1, 1, 1)))
    female = rng.random() < 0.5
    sex = "f" if female else "m"
    name = f"{rng.choice(FIRST_NAMES[sex])} {rng.choice(SURNAMES[sex])}"
    role = rng.choice(HOST_ROLES).format(gen=gen(city), loc=loc(city))
    others = [c for c in CITIES if c != city]
    participants = tuple(sorted(rng.sample(others, rng.randint(2, 5)), key=CITIES.index))
    theme = UKRAINE_THEME if first.year >= 2022 and rng.random() < 0.5 else rng.choice(THEMES)
    supporters = tuple(rng.sample(SUPPORTERS, rng.randint(1, 2)))
    return Meeting(
        city=city,
        first=first,
        last=last,
        host_name=name,
        host_female=female,
        host_role=role,
        participants=participants,
        theme=theme,
        supporters=supporters,
        ngo=rng.choice(NGOS),
        published=last + dt.timedelta(days=rng.randint(0, 6)),
    )


def title_of(m: Meeting, rng: random.Random) -> str:
    return rng.choice(
        (
            f"Posiedzenie Zespołu UMP ds. Migracji i Integracji {in_city(m.city)}",
            f"Miasta rozmawiały o migracji. Spotkanie zespołu {in_city(m.city)}",
            f"{m.theme[0][:1].upper()}{m.theme[0][1:]} – tematem spotkania miast UMP",
            f"Metropolie o integracji cudzoziemców: {m.city} gospodarzem spotkania",
        )
    )


def paragraphs_of(m: Meeting, rng: random.Random) -> list[str]:
    welcomed = "powitała" if m.host_female else "powitał"
    opening = rng.choice(
        (
            f"{'W dniu' if m.first == m.last else 'W dniach'} {day_span(m.first, m.last)} "
            f"{in_city(m.city)} odbyło się posiedzenie "
            "Zespołu ds. Migracji i Integracji Unii Metropolii Polskich.",
            f"{in_city(m.city)[:1].upper()}{in_city(m.city)[1:]} {day_span(m.first, m.last)} "
            "spotkali się członkowie Zespołu ds. Migracji i Integracji Unii Metropolii Polskich.",
        )
    )
    participants = polish_list(tuple(gen(c) for c in m.participants))
    supporters = polish_list(m.supporters)
    return [
        f"{opening} Gości {welcomed} {m.host_role} {m.host_name}.",
        f"Tematem przewodnim {m.theme[1]} {m.theme[0]}. Przedstawiciele {participants} opowiedzieli "
        "o rozwiązaniach stosowanych w swoich miastach.",
        f"Uczestnicy rozmawiali także o współpracy z organizacjami pozarządowymi; swoje "
        f"działania przedstawiła {m.ngo}.",
        f"Posiedzenie wspierali eksperci {supporters}.",
    ]


# --- documents --------------------------------------------------------------------------------


def markdown_page(m: Meeting, rng: random.Random, url: str) -> str:
    title = title_of(m, rng)
    publisher = rng.choice((f"Urząd Miasta {gen(m.city)}", "Unia Metropolii Polskich"))
    body = "\n\n".join(paragraphs_of(m, rng))
    return (
        f"---\ntitle: {yaml_scalar(title)}\nsource: {url}\npublished: {m.published.isoformat()}\n"
        f"publisher: {yaml_scalar(publisher)}\nlanguage: pl\n---\n\n{body}\n"
    )


def yaml_scalar(value: str) -> str:
    """Plain when YAML reads it back as the same string, else quoted ('Metropolie o …: …')."""
    dumped = yaml.safe_dump(value, allow_unicode=True, width=1_000_000)
    return dumped.removesuffix("\n...\n").removesuffix("\n")


def sidebar_items(m: Meeting, rng: random.Random) -> list[str]:
    """Other meetings (other cities, other days) and other news: text that must not be read."""
    items = []
    for _ in range(rng.randint(2, 3)):
        other = make_meeting(rng)
        if other.city == m.city:
            continue
        items.append(
            f"Posiedzenie Zespołu {in_city(other.city)} {day_span(other.first, other.first)}"
        )
    items += rng.sample(OTHER_NEWS, 2)
    return items


def portal_html(m: Meeting, rng: random.Random, url: str) -> tuple[str, str]:
    e = html.escape
    title = title_of(m, rng)
    author = f"{rng.choice(FIRST_NAMES['f'])} {rng.choice(SURNAMES['f'])}"
    paragraphs = "\n".join(f"  <p>{e(p)}</p>" for p in paragraphs_of(m, rng))
    aside = "\n".join(
        f'    <li><a href="/n/{i}">{e(t)}</a></li>' for i, t in enumerate(sidebar_items(m, rng))
    )
    page = f"""<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<title>{e(title)} - {e(m.city)} - Serwis Urzędu Miasta</title>
<meta property="og:site_name" content="{e(m.city)}.eu">
<link rel="canonical" href="{e(url)}">
</head>
<body>
<header>
  <a class="logo" href="/">Serwis Urzędu Miasta {e(gen(m.city))}</a>
  <nav class="main-menu"><ul>
    <li><a href="/mieszkancy/">Mieszkańcy</a></li><li><a href="/urzad/">Urząd Miasta</a></li>
    <li><a href="/biznes/">Biznes i inwestycje</a></li><li><a href="/turystyka/">Turystyka i kultura</a></li>
    <li><a href="/kontakt/">Kontakt</a></li>
  </ul></nav>
</header>
<div class="breadcrumbs"><a href="/">Strona główna</a> &raquo; <a href="/aktualnosci/">Aktualności</a> &raquo; <span>{e(title)}</span></div>
<main>
<article>
  <h1>{e(title)}</h1>
  <p class="byline">Opublikowano: {m.published:%d.%m.%Y} | Autor: {e(author)}</p>
{paragraphs}
  <div class="share">Udostępnij: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Drukuj</a></div>
  <div class="tags">Tagi: <a href="/tag/migracje">migracje</a>, <a href="/tag/ump">UMP</a></div>
</article>
</main>
<aside class="sidebar">
  <h2>Zobacz także</h2>
  <ul>
{aside}
  </ul>
</aside>
<footer>
  <p>Urząd Miasta {e(gen(m.city))}, tel. 00 000 00 00</p>
  <p><a href="/dostepnosc/">Deklaracja dostępności</a> | <a href="/prywatnosc/">Polityka prywatności</a></p>
  <p>© {m.published.year} Urząd Miasta {e(gen(m.city))}. Wszelkie prawa zastrzeżone.</p>
</footer>
</body>
</html>
"""
    return page, "utf-8"


def news_html(m: Meeting, rng: random.Random, url: str) -> tuple[str, str]:
    e = html.escape
    title = title_of(m, rng)
    site = rng.choice(("Gazeta Miejska", "Wiadomości Regionalne", "Kurier Metropolii"))
    paragraphs = "\n".join(f"  <p>{e(p)}</p>" for p in paragraphs_of(m, rng))
    popular = "\n".join(
        f"    <li><a href='/a/{i}'>{e(t)}</a></li>" for i, t in enumerate(sidebar_items(m, rng))
    )
    stamp = f"{m.published.isoformat()}T{rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}:00+01:00"
    other = rng.choice([c for c in CITIES if c != m.city])
    page = f"""<!doctype html>
<html lang="pl-PL">
<head>
<meta charset="UTF-8">
<title>{e(title)} | {e(site)}</title>
<meta property="og:title" content="{e(title)}">
<meta property="og:site_name" content="{e(site)}">
<meta property="og:url" content="{e(url)}">
<meta property="article:published_time" content="{stamp}">
</head>
<body>
<div id="cookie-banner"><p>Ta strona używa plików cookies. Dalsze korzystanie ze strony oznacza zgodę na ich użycie.</p><button>Akceptuję</button></div>
<header><a href="/">{e(site)}</a> <nav><a href="/miasto">Miasto</a> <a href="/region">Region</a> <a href="/sport">Sport</a> <a href="/kultura">Kultura</a></nav></header>
<main>
<article>
  <h1>{e(title)}</h1>
  <div class="meta"><time datetime="{stamp}">{m.published.day} {MONTHS_GENITIVE[m.published.month - 1]} {m.published.year}</time></div>
{paragraphs}
  <p class="tags">Tagi: <a href="/tag/migranci">migranci</a> <a href="/tag/ump">UMP</a></p>
</article>
<section id="comments"><h2>Komentarze (1)</h2><div class="comment"><b>czytelnik</b>: A {e(in_city(other))} takie spotkanie było w zeszłym roku.</div></section>
</main>
<aside><h2>Najczęściej czytane</h2><ol>
{popular}
</ol></aside>
<footer><p>© {m.published.year} {e(site)}. Wszelkie prawa zastrzeżone.</p><p><a href="/regulamin">Regulamin</a> · <a href="/rodo">RODO</a></p></footer>
</body>
</html>
"""
    return page, "utf-8"


def table_html(m: Meeting, rng: random.Random, url: str) -> tuple[str, str]:
    """An old portal: table layout, cp1250 with a meta charset, CRLF line ends."""
    e = html.escape
    title = title_of(m, rng)
    paragraphs = "\n".join(f"<p>{e(p)}</p>" for p in paragraphs_of(m, rng))
    links = "\n".join(
        f'<p><a href="/n/{i}">{e(t)}</a></p>' for i, t in enumerate(sidebar_items(m, rng))
    )
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">
<meta http-equiv="Content-Language" content="pl">
<title>{e(title)} - Oficjalny serwis miasta</title>
<link rel="canonical" href="{e(url)}">
</head>
<body>
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td colspan="2">Oficjalny serwis miasta {e(gen(m.city))} | <a href="/">Strona główna</a> | <a href="/bip/">BIP</a></td></tr>
<tr>
<td width="200" valign="top">
<ul><li><a href="/info/">Aktualności</a></li><li><a href="/sprawy/">Sprawy urzędowe</a></li><li><a href="/cudzoziemcy/">Cudzoziemcy</a></li></ul>
<div class="box"><h3>Zobacz także</h3>
{links}
</div>
</td>
<td valign="top">
<div class="path">Jesteś tutaj: <a href="/">{e(m.city)}</a> &gt; <a href="/info/">Informacje</a></div>
<h1>{e(title)}</h1>
<div class="date">Data publikacji: {m.published:%d.%m.%Y}</div>
{paragraphs}
</td>
</tr>
<tr><td colspan="2">Urząd Miasta {e(gen(m.city))} | <a href="/mapa/">Mapa serwisu</a> | Copyright © 1998-{m.published.year}</td></tr>
</table>
</body>
</html>
"""
    return page.replace("\n", "\r\n"), "cp1250"


HTML_STYLES = (portal_html, portal_html, news_html, table_html)


@dataclass(frozen=True)
class Generated:
    name: str
    data: bytes
    meeting: Meeting


def generate_page(seed: int, index: int, html_share: float) -> Generated:
    rng = random.Random(f"{seed}:{index}")
    m = make_meeting(rng, slot=index + seed * 1009)
    slug = f"{index:05d}-{ascii_slug(m.city)}-{m.first.isoformat()}"
    host = rng.choice(("metropolie.pl", f"{ascii_slug(m.city)}.eu", "wiadomosci.example"))
    url = f"https://{host}/aktualnosci/{slug}"
    if rng.random() < html_share:
        page, encoding = rng.choice(HTML_STYLES)(m, rng, url)
        return Generated(f"{slug}.html", page.encode(encoding), m)
    return Generated(f"{slug}.md", markdown_page(m, rng, url).encode("utf-8"), m)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("n", type=int, help="number of pages")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the pages into")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--html-share", type=float, default=0.5, help="share of HTML pages (default 0.5)"
    )
    parser.add_argument("--manifest", type=Path, help="TSV: file, meeting, city, first, last")
    args = parser.parse_args(argv)
    if args.n < 0 or not 0 <= args.html_share <= 1:
        parser.error("N must be >= 0 and --html-share between 0 and 1")
    args.out.mkdir(parents=True, exist_ok=True)
    rows = ["file\tmeeting\tcity\tfirst\tlast"]
    for index in range(args.n):
        page = generate_page(args.seed, index, args.html_share)
        (args.out / page.name).write_bytes(page.data)
        m = page.meeting
        rows.append(f"{page.name}\t{m.iri_slug}\t{m.city}\t{m.first}\t{m.last}")
    if args.manifest:
        args.manifest.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{args.n} pages written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
