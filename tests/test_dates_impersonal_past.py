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
