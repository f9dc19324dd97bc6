"""One meeting told in parts, and what a programme or project is named and on:

- a headline "Zespół UMP obradował w Rzeszowie" above "14 i 15 września w Rzeszowie obradował
  Zespół …" is one meeting, the dated one;
- a report of one meeting under subheadings ("## Szkoła na pierwszym planie") goes on with that
  meeting: who speaks under the subheading took part; on a page of two meetings a subheading
  ends the account;
- "Program obejmuje pięć obszarów:" over numbered items: each item is an area (theme) of the
  programme named before, not of an order ("zarządzenie nr …") named in between;
- an acronym and its kind in an apposition ("LINC – Local Integration Networks in Cities, a
  two-year project", "AKTYWATOR, dwuletni projekt IOM") names a project.

Cities are the reference's declined by morfeusz2, people SGJP's, verbs generated to agree,
theme words the scheme's hidden labels, acronyms drawn letters."""

from __future__ import annotations

import datetime as dt
import random
import string
from dataclasses import dataclass

from tests.relations_pages import Pages, labelled, measured, objects, person_iri
from tests.relations_templates import (
    ID,
    MONTHS_GEN,
    NEGATIVE,
    POSITIVE,
    Named,
    Person,
    capitalise,
    cities,
    city_in_english,
    common_lemmas,
    draw,
    english_label,
    form,
    organisations,
    people,
    rate,
    w,
)
from tests.test_events_speakers import (
    THEME_WORDS,
    ProjectCase,
    SpeakerCase,
    a_day,
    project_on_the_theme,
    said,
    speaker_took_part,
    team_met,
    theme_form,
)
from ump_kg.extract.context import DocumentContext

HEADLINES = (
    "Zespół UMP obradował {w}",
    "Posiedzenie Zespołu UMP ds. Migracji i Integracji {w}",
    "Zespół UMP ds. migracji obradował {w}. Miasta uczą się od siebie",
)


@dataclass(frozen=True)
class MeetingCase:
    day: dt.date
    city: Named
    text: str
    speaker: Person | None = None


def headline_then_date(rng: random.Random) -> MeetingCase:
    day = a_day(rng)
    (city,) = draw(rng, cities())
    headline = rng.choice(HEADLINES).format(w=w(city))
    lead = rng.choice(
        ("", "Przez dwa dni miasto gościło urzędników z największych polskich miast. ")
    )
    return MeetingCase(day, city, f"# {headline}\n\n{lead}{team_met(day, city)}")


def one_dated_meeting(ctx: DocumentContext, case: MeetingCase) -> tuple[bool, str]:
    found = [(e.city, e.first) for e in ctx.events]
    return found == [(case.city.iri, case.day)], f"one meeting, dated (found {found})"


def test_a_headline_and_the_dated_meeting_are_one(pages: Pages) -> None:
    results, _ = measured(pages, headline_then_date, one_dated_meeting)
    assert rate("'# Zespół UMP obradował w X' + the dated meeting", results) >= POSITIVE


# (the Team named in full on the Union's site: "Zespół UMP" alone may be another of the Union's
# teams, a "Zespół ds. Migracji" on a page without the Union a city's own)
TEAM_HEADLINES = (
    "Zespół ds. Migracji i Integracji obradował {w}",
    "Posiedzenie Zespołu UMP ds. Migracji i Integracji {w}",
    "Zespół UMP ds. Migracji i Integracji spotkał się {w}",
)


def headline_then_representatives(rng: random.Random) -> MeetingCase:
    """A news list's item: "## Zespół UMP obradował w Lublinie" and its date line over "W dniach
    … w Lublinie spotkali się przedstawiciele A, B i C" (a plain meeting word; the headline
    says it was the Team's)."""
    day = a_day(rng)
    city, *guests = draw(rng, cities(), 4)
    headline = rng.choice(TEAM_HEADLINES).format(w=w(city))
    posted = day + dt.timedelta(days=rng.randrange(3, 12))
    cities_gen = f"{guests[0].form('gen')}, {guests[1].form('gen')} i {guests[2].form('gen')}"
    text = (
        f"Unia Metropolii Polskich im. Pawła Adamowicza\n\n# Aktualności\n\n## {headline}\n\n{posted.day:02d}.{posted.month:02d}.{posted.year}\n\n"
        f"W dniach {day.day}–{day.day + 1} {MONTHS_GEN[day.month - 1]} {day.year} r. {w(city)} "
        f"spotkali się przedstawiciele {cities_gen}."
    )
    return MeetingCase(day, city, text)


def one_dated_team_meeting(ctx: DocumentContext, case: MeetingCase) -> tuple[bool, str]:
    found = [(e.city, e.first, e.kind) for e in ctx.events]
    want = [(case.city.iri, case.day, "TeamMeeting")]
    return found == want, f"one meeting of the Team, dated (found {found})"


def test_a_headline_makes_the_dated_meeting_the_teams(pages: Pages) -> None:
    results, _ = measured(pages, headline_then_representatives, one_dated_team_meeting)
    assert rate("'## Zespół UMP obradował w X' + 'spotkali się' dated", results) >= POSITIVE


def subheading(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{capitalise(rng.choice(common_lemmas()))} na pierwszym planie",
            "Partnerzy przy stole",
            f"Rozmowa o {rng.choice(common_lemmas())}",
            "Co dalej?",
        )
    )


def spoke_under_a_subheading(rng: random.Random) -> SpeakerCase:
    day = a_day(rng)
    (city,) = draw(rng, cities())
    speaker = rng.choice(people())
    text = (
        f"{team_met(day, city)}\n\n## {subheading(rng)}\n\n"
        f"O sytuacji w szkołach {said(speaker, 'mówić')} {speaker.form('nom')}."
    )
    return SpeakerCase(day, speaker, "", text)


def test_a_subheading_goes_on_with_the_one_meetings_account(pages: Pages) -> None:
    results, _ = measured(pages, spoke_under_a_subheading, speaker_took_part)
    assert rate("'## Partnerzy przy stole' + 'mówiła X'", results) >= POSITIVE


def two_meetings_then_a_subheading(rng: random.Random) -> MeetingCase:
    day = a_day(rng)
    city, other = draw(rng, cities(), 2)
    later = day + dt.timedelta(days=rng.randrange(20, 200))
    speaker = rng.choice(people())
    text = (
        f"{team_met(day, city)} {later.day} {MONTHS_GEN[later.month - 1]} {later.year} r. "
        f"{w(other)} odbyła się konferencja o integracji.\n\n## {subheading(rng)}\n\n"
        f"O sytuacji w szkołach {said(speaker, 'mówić')} {speaker.form('nom')}."
    )
    return MeetingCase(day, city, text, speaker)


def took_part_in_none(ctx: DocumentContext, case: MeetingCase) -> tuple[bool, str]:
    assert case.speaker is not None
    who = person_iri(ctx, case.speaker)
    joined = [e.iri for e in ctx.events if who and who in objects(ctx, e.iri, "participant")]
    return not joined, f"{case.speaker.nominative} in no meeting (found {joined})"


def test_on_a_page_of_two_meetings_a_subheading_ends_the_account(pages: Pages) -> None:
    results, _ = measured(pages, two_meetings_then_a_subheading, took_part_in_none)
    assert rate("negative: two meetings, '## …', 'mówiła X'", results) >= NEGATIVE


@dataclass(frozen=True)
class AreasCase:
    title: str
    themes: frozenset[str]
    text: str


def programme_areas(rng: random.Random) -> AreasCase:
    title = f"{capitalise(rng.choice(common_lemmas()))} dla wszystkich"
    chosen = rng.sample(THEME_WORDS, 3)
    items = "\n".join(
        f"{i}. {word} i {rng.choice(common_lemmas())}," for i, (word, _) in enumerate(chosen, 1)
    )
    (city,) = draw(rng, cities())
    text = (
        f"Rada Miasta {city.form('gen')} przyjęła program „{title}”. Radę ds. Cudzoziemców "
        f"powołano zarządzeniem nr {rng.randrange(10, 99)}/2025 Prezydenta Miasta "
        f"{city.form('gen')}.\n\nProgram obejmuje trzy obszary:\n\n{items}\n\nKoniec."
    )
    return AreasCase(title, frozenset(f"{ID}theme/{t}" for _, t in chosen), text)


def programme_on_its_areas(ctx: DocumentContext, case: AreasCase) -> tuple[bool, str]:
    named = labelled(ctx, case.title)
    ok = len(named) == 1 and case.themes <= objects(ctx, named[0], "theme")
    return ok, f"„{case.title}” on {sorted(t.rsplit('/', 1)[-1] for t in case.themes)}"


def test_a_programmes_areas_listed_under_it_are_its_themes(pages: Pages) -> None:
    results, _ = measured(pages, programme_areas, programme_on_its_areas)
    assert rate("'Program obejmuje trzy obszary:' + items -> themes", results) >= POSITIVE


@dataclass(frozen=True)
class AcronymCase:
    acronym: str
    text: str
    english: bool


def acronym(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(rng.randrange(3, 7)))


def acronym_project(rng: random.Random) -> AcronymCase:
    name = acronym(rng)
    words = [capitalise(rng.choice(common_lemmas())) for _ in range(3)]
    if rng.random() < 0.5:
        text = (
            f"The partners have started work on {name} – {words[0]} {words[1]} in Cities, a "
            f"{rng.choice(('two-year', 'new', 'transnational'))} project funded by the EU."
        )
        return AcronymCase(name, text, True)
    noun = form(rng.choice(common_lemmas()), "subst", "sg", "gen") or "miast"
    text = (
        f"Miasto realizuje {name}, {rng.choice(('dwuletni', 'nowy', 'wspólny'))} projekt "
        f"wsparcia {noun}."
    )
    return AcronymCase(name, text, False)


def project_named(ctx: DocumentContext, case: AcronymCase) -> tuple[bool, str]:
    found = [
        iri for iri, e in ctx.entities.items() if "/project/" in iri and e.label_pl == case.acronym
    ]
    return len(found) == 1, f"a project {case.acronym}"


def test_an_acronym_with_its_kind_in_apposition_is_a_project(pages: Pages) -> None:
    results, _ = measured(pages, acronym_project, project_named)
    assert rate("'LINC – …, a two-year project', 'X, dwuletni projekt'", results) >= POSITIVE


@dataclass(frozen=True)
class CityPageCase:
    city: Named
    day: dt.date
    title: str
    text: str


def event_on_a_city_page(rng: random.Random) -> CityPageCase:
    (city,) = draw(rng, cities())
    day = a_day(rng)
    title = f"{city.form('nom')} – {rng.choice(('aktualności', 'nowy projekt dla cudzoziemców'))}"
    name = f"{capitalise(rng.choice(common_lemmas()))} dla wszystkich"
    text = (
        f"Projekt zainaugurowała {day.day} {MONTHS_GEN[day.month - 1]} {day.year} r. "
        f"{rng.choice(('konferencja', 'debata', 'gala'))} „{name}”, przygotowana przez "
        "Wydział Spraw Społecznych."
    )
    return CityPageCase(city, day, title, text)


def in_the_pages_city(ctx: DocumentContext, case: CityPageCase) -> tuple[bool, str]:
    found = [(e.city, e.first) for e in ctx.events]
    return (case.city.iri, case.day) in found, f"in {case.city.label} (found {found})"


def test_a_dated_event_on_a_city_page_is_in_that_city(pages: Pages) -> None:
    results, _ = measured(pages, event_on_a_city_page, in_the_pages_city, titled=True)
    assert rate("title 'X – …' + a dated event naming no city -> in X", results) >= POSITIVE


def project_titled_with_a_theme(rng: random.Random) -> ProjectCase:
    declined, theme = theme_form(rng, "gen")
    (city,) = draw(rng, cities())
    title = f"{city.form('nom')} – Wspólne Miasto. Lokalny system wsparcia {declined}"
    text = f"Miasto rozpoczęło realizację projektu „{title}”."
    return ProjectCase(title, theme, text)


def test_a_projects_descriptive_title_names_its_theme(pages: Pages) -> None:
    results, _ = measured(pages, project_titled_with_a_theme, project_on_the_theme)
    assert rate("'projekt „X. Lokalny system wsparcia edukacji”' -> theme", results) >= POSITIVE


@dataclass(frozen=True)
class PrecededCase:
    day: dt.date
    text: str


def conference_preceded_by_a_meeting(rng: random.Random) -> PrecededCase:
    first = a_day(rng)
    before = first - dt.timedelta(days=1)
    (city,) = draw(rng, cities())
    title = f"{capitalise(rng.choice(common_lemmas()))} dla wszystkich"
    when = f"{before.day} {MONTHS_GEN[before.month - 1]} {before.year} r."
    text = (
        f"{first.day} {MONTHS_GEN[first.month - 1]} {first.year} r. {w(city)} odbędzie się "
        f"konferencja „{title}”. "
        + rng.choice(
            (
                f"Konferencję poprzedzi zaplanowane na {when} posiedzenie Zespołu UMP ds. "
                "Migracji i Integracji.",
                f"Dzień przed konferencją, {when}, zbierze się na posiedzeniu Zespół UMP ds. "
                "Migracji i Integracji.",
            )
        )
    )
    return PrecededCase(before, text)


def the_day_before_is_the_teams(ctx: DocumentContext, case: PrecededCase) -> tuple[bool, str]:
    found = [(e.kind, e.first) for e in ctx.events if e.first == case.day]
    return found == [("TeamMeeting", case.day)], f"a Team meeting on {case.day} (found {found})"


def test_a_meeting_before_the_conference_is_the_teams(pages: Pages) -> None:
    results, _ = measured(pages, conference_preceded_by_a_meeting, the_day_before_is_the_teams)
    assert (
        rate("'Konferencję poprzedzi … posiedzenie Zespołu' -> a Team meeting", results) >= POSITIVE
    )


@dataclass(frozen=True)
class DigestCase:
    meeting: dt.date
    written: dt.date
    text: str


def digest_with_an_anniversary(rng: random.Random) -> DigestCase:
    monday = dt.date(rng.randrange(2019, 2025), rng.randrange(1, 12), rng.randrange(1, 20))
    monday -= dt.timedelta(days=monday.weekday())
    friday = monday + dt.timedelta(days=4)
    meeting = monday + dt.timedelta(days=1)
    (city,) = draw(rng, cities())
    past = dt.date(monday.year - 5, rng.randrange(1, 13), rng.randrange(2, 28))
    title = f"{capitalise(rng.choice(common_lemmas()))} dla wszystkich"
    text = (
        f"# {rng.choice(('Tydzień w skrócie', 'Tydzień w mieście', 'Tygodnik miejski'))} "
        f"({monday.day} {MONTHS_GEN[monday.month - 1]} – {friday.day} "
        f"{MONTHS_GEN[friday.month - 1]} {friday.year})\n\n{team_met(meeting, city)}\n\n"
        f"{past.day} {MONTHS_GEN[past.month - 1]} {past.year} r., drugiego dnia dwudniowej "
        f"konferencji „{title}” {w(city)}, prezydenci miast podpisali wspólny apel."
    )
    return DigestCase(meeting, past, text)


def no_week_event_and_the_written_day(ctx: DocumentContext, case: DigestCase) -> tuple[bool, str]:
    days = sorted(str(e.first) for e in ctx.events)
    ok = (
        str(case.meeting) in days
        and any(
            e.first is not None and e.first <= case.written <= (e.last or e.first)  # type: ignore[operator]
            for e in ctx.events
        )
        and len(days) == 2
    )
    return ok, f"the meeting and an event on {case.written} (found {days})"


def test_a_digests_week_is_no_event_and_a_day_of_another_year_is_its_own(pages: Pages) -> None:
    results, _ = measured(pages, digest_with_an_anniversary, no_week_event_and_the_written_day)
    assert (
        rate("'# Tydzień w skrócie (…)' + '30 czerwca 2017 r., drugiego dnia …'", results)
        >= POSITIVE
    )


@dataclass(frozen=True)
class StartedCase:
    title: str
    partners: frozenset[str]
    text: str
    english: bool


def partners_start_a_project(rng: random.Random) -> StartedCase | None:
    bodies = [o for o in organisations() if o.iri.rsplit("/", 1)[-1] in ("iom", "ump", "unhcr")]
    first, second = rng.sample(bodies, 2)
    chosen = draw(rng, cities(), 3)
    if rng.random() < 0.5:
        name = acronym(rng)
        names = [city_in_english(rng, c) for c in chosen]
        text = (
            f"{english_label(first.iri)}, the {english_label(second.iri)} and the cities of "
            f"{names[0]}, {names[1]} and {names[2]} have started work on {name}, a two-year "
            "project funded by the European Union."
        )
        return StartedCase(
            name, frozenset({first.iri, second.iri, *(c.iri for c in chosen)}), text, True
        )
    name = f"{capitalise(rng.choice(common_lemmas()))} dla wszystkich"
    text = (
        f"{first.form('nom')}, {second.form('nom')} oraz miasta {chosen[0].form('nom')}, "
        f"{chosen[1].form('nom')} i {chosen[2].form('nom')} rozpoczęły realizację projektu "
        f"„{name}”."
    )
    return StartedCase(
        name, frozenset({first.iri, second.iri, *(c.iri for c in chosen)}), text, False
    )


def all_partners(ctx: DocumentContext, case: StartedCase) -> tuple[bool, str]:
    projects = labelled(ctx, case.title)
    found = {str(o) for p in projects for o in objects(ctx, p, "partner")}
    return case.partners <= found, f"partners of {case.title}: all five (found {sorted(found)})"


def test_bodies_and_cities_that_start_a_project_are_its_partners(pages: Pages) -> None:
    results, _ = measured(pages, partners_start_a_project, all_partners)
    assert rate("'A, B and the cities of C, D, E have started work on X'", results) >= POSITIVE
