"""A sentence told with the impersonal "-no/-to" form is told in the past (session 30, from the
opened set ani: "Informację przekazano we wtorek na konferencji prasowej w Białymstoku", on a
Thursday's page, is that week's Tuesday; before, the weekday had no tense and no day).

SGJP's impersonal form (imps: "przekazano", "otwarto", "podjęto") says only what was done:
a weekday without a date in its sentence is the one on or before the page's day, as with a
past form ("spotkał się"). A word of planning stays the future ("Spotkanie zaplanowano we
wtorek" is the next Tuesday).

Cases: the impersonal forms morfeusz2 generates for the verbs whose gerunds stand among SGJP's
lemmas under forty seeded beginnings (tests/relations_templates.common_lemmas: "podano",
"dopowiedziano", "określono" …), in a sentence with a meeting and a weekday, on pages of every
weekday.
Control: "zaplanowano" and "odbędzie się" keep the next weekday.
Measured on f97dfc4 (before the rule): 0 %; control 100 %.

A single year in an impersonal clause does not date a page without a publication date: "W 2017
r. miasta podpisały deklarację. Określono to w 2025 r." leaves the page in 2017 (a personal past
form dates it; an impersonal clause may give a target's year). With the impersonal past read
there too, a later year in such a clause took the page, and a lockbox page's year-less
conference fell in 2030 and broke the build's SHACL check (a declaration signed at two events):
0 % at f206307-d9dab50-60faa55-13c445b, 100 % after.
"""

from __future__ import annotations

import datetime as dt
import random
from functools import cache

from tests.relations_pages import Pages, outcome
from tests.relations_templates import capitalise, cases, common_lemmas, rate
from tests.test_names_properties import morfeusz, tag_parts

COUNT = 120
WEEKDAYS = ("poniedziałek", "wtorek", "środę", "czwartek", "piątek", "sobotę", "niedzielę")


@cache
def impersonal_forms() -> tuple[str, ...]:
    """One impersonal form of each perfective verb whose gerund SGJP lists among the lemmas."""
    verbs = {
        str(lemma).split(":")[0]
        for word in common_lemmas()
        if word.endswith(("anie", "enie", "cie"))
        for _, _, (_, lemma, tag, _, _) in morfeusz().analyse(word)
        if tag_parts(tag)[0] == ["ger"] and ["perf"] in tag_parts(tag)
    }
    forms = []
    for verb in sorted(verbs):
        found = [g[0] for g in morfeusz().generate(verb) if tag_parts(g[2])[0] == ["imps"]]
        if found:
            forms.append(str(found[0]))
    return tuple(forms)


def preposition(weekday: str) -> str:
    return "we" if weekday == "wtorek" else "w"


def published(rng: random.Random) -> dt.date:
    return dt.date(2023, 1, 2) + dt.timedelta(days=rng.randrange(0, 700))


def on_or_before(day: dt.date, weekday: int) -> dt.date:
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def after(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)


def impersonal_case(rng: random.Random) -> tuple[str, dt.date, dt.date]:
    page, index = published(rng), rng.randrange(7)
    weekday = WEEKDAYS[index]
    verb = rng.choice(impersonal_forms())
    text = f"{capitalise(verb)} to {preposition(weekday)} {weekday} podczas spotkania w ratuszu."
    return text, page, on_or_before(page, index)


def planned_case(rng: random.Random) -> tuple[str, dt.date, dt.date]:
    page, index = published(rng), rng.randrange(7)
    weekday = WEEKDAYS[index]
    told = rng.choice(
        (
            "Spotkanie zaplanowano {w} {day} w ratuszu.",
            "Spotkanie odbędzie się {w} {day} w ratuszu.",
        )
    )
    return told.format(w=preposition(weekday), day=weekday), page, after(page, index)


def undated_case(rng: random.Random) -> tuple[str, int]:
    year = rng.randrange(2014, 2021)
    later = year + rng.randrange(1, 12)
    verb = capitalise(rng.choice(impersonal_forms()))
    text = (
        f"Konferencja odbyła się 29–30 czerwca w Gdańsku. W {year} r. miasta podpisały "
        f"deklarację. {verb} to w {later} r."
    )
    return text, year


def dated_by_its_past(pages: Pages, made: tuple[str, int]) -> tuple[bool, str]:
    text, year = made
    ctx = pages.extract(text, "")
    years = {e.first.year for e in ctx.events if isinstance(e.first, dt.date)}
    return outcome(ctx, years == {year}, text, f"the conference in {year}; found {years}")


def check(pages: Pages, made: tuple[str, dt.date, dt.date]) -> tuple[bool, str]:
    text, page, day = made
    ctx = pages.extract(text, page.isoformat())
    days = {e.first for e in ctx.events}
    return outcome(ctx, days == {day}, f"[{page:%A %Y-%m-%d}] {text}", f"{day}; found {days}")


def test_the_sample_is_large() -> None:
    assert len(impersonal_forms()) >= 200


def test_a_weekday_told_impersonally_is_the_last_one(pages: Pages) -> None:
    value = rate(
        "'Informację przekazano we wtorek' -> the page's week's Tuesday",
        [check(pages, m) for m in cases(impersonal_case, COUNT)],
    )
    assert value >= 0.95


def test_control_a_weekday_planned_is_the_next_one(pages: Pages) -> None:
    value = rate(
        "control: 'Spotkanie zaplanowano we wtorek' -> the next Tuesday",
        [check(pages, m) for m in cases(planned_case, COUNT)],
    )
    assert value >= 0.95


def test_an_impersonal_clause_does_not_date_an_undated_page(pages: Pages) -> None:
    value = rate(
        "'W 2017 r. miasta podpisały … Określono to w 2025 r.' -> the page in 2017",
        [dated_by_its_past(pages, m) for m in cases(undated_case, COUNT)],
    )
    assert value >= 0.95
