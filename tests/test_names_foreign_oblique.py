"""A woman's given name that neither SGJP nor the census list knows (Ukrainian, Belarusian,
Georgian names written in Polish), found in an oblique case of the -a declension — "panel z
udziałem Oksany Melnyk (Biuro UNHCR w Polsce)" — is written in the nominative ("Oksana Melnyk");
her surname, which does not decline, stays. Given names and surnames are made up here in the
shapes such names have (none is in the corpus); a man's given name is left as written."""

from __future__ import annotations

import random

from tests.test_names_properties import report
from ump_kg.extract.names import find_people

SEED = 20261212
STEMS = ("Oksan", "Iryn", "Halyn", "Tetian", "Kateryn", "Svitlan", "Larys", "Zoryn", "Uliash")
SURNAMES = ("Melnyk", "Kovalenko", "Hnatiuk", "Shevchuk", "Bondar", "Tkachuk", "Danyliuk")
BODIES = ("Biuro UNHCR w Polsce", "Fundacja Dialog", "Stowarzyszenie Nowy Dom")
GENITIVE_FRAMES = (
    "Odbył się panel z udziałem {N} ({B}) i urzędników.",
    "Wystąpienia {N} ({B}) wysłuchało stu uczestników.",
)


def test_an_unknown_womans_given_name_in_the_genitive_is_nominative() -> None:
    rng = random.Random(SEED)
    ok, failures, total = 0, [], 0
    for _ in range(120):
        stem, surname = rng.choice(STEMS), rng.choice(SURNAMES)
        text = rng.choice(GENITIVE_FRAMES).format(N=f"{stem}y {surname}", B=rng.choice(BODIES))
        found = [p.base for p in find_people(text, [])]
        total += 1
        if found == [f"{stem}a {surname}"]:
            ok += 1
        else:
            failures.append(f"{text!r} -> {found}")
    assert report("'z udziałem Oksany Melnyk' -> Oksana Melnyk", ok, total, failures) >= 0.95


LISTED_FRAMES = (
    "Doświadczenia przedstawiły Anna Kowalska, dyrektorka wydziału, oraz {N} ze Stowarzyszenia "
    "Nowy Dom.",
    "Na pytania odpowiadali Jan Nowak i {N} z Fundacji Dialog.",
    "W panelu zasiedli przedstawiciele miast oraz {N} z Biura UNHCR w Polsce.",
)


def test_an_unknown_given_name_before_the_body_its_bearer_comes_from_is_a_name() -> None:
    """ "… oraz Iryna Sawczuk ze Stowarzyszenia …": no verb or post word right before the name,
    but the body after "z"/"ze" says whose name it is; written in the nominative, it stays."""
    rng = random.Random(SEED + 1)
    ok, failures, total = 0, [], 0
    for _ in range(120):
        stem, surname = rng.choice(STEMS), rng.choice(SURNAMES)
        text = rng.choice(LISTED_FRAMES).format(N=f"{stem}a {surname}")
        found = [p.base for p in find_people(text, []) if p.base.endswith(surname)]
        total += 1
        if found == [f"{stem}a {surname}"]:
            ok += 1
        else:
            failures.append(f"{text!r} -> {found}")
    assert report("'oraz Iryna Melnyk ze Stowarzyszenia …'", ok, total, failures) >= 0.95


DASHED_FRAMES = (
    "W programie wystąpili:\n\n- {N} – prezeska Fundacji Dialog,\n- Jan Nowak – dyrektor.",
    "Prelegenci: {N} – koordynatorka projektu; Anna Kowalska – ekspertka.",
)


def test_an_unknown_given_name_before_a_post_after_a_dash_is_a_name() -> None:
    """ "- Ołena Kowal – prezeska Fundacji Emigra": a speakers' list sets the post off by a
    dash, not a comma; the name before it is a name as written."""
    rng = random.Random(SEED + 2)
    ok, failures, total = 0, [], 0
    for _ in range(120):
        stem, surname = rng.choice(STEMS), rng.choice(SURNAMES)
        text = rng.choice(DASHED_FRAMES).format(N=f"{stem}a {surname}")
        found = [p.base for p in find_people(text, []) if p.base.endswith(surname)]
        total += 1
        if found == [f"{stem}a {surname}"]:
            ok += 1
        else:
            failures.append(f"{text!r} -> {found}")
    assert report("'- Ołena Kowal – prezeska …'", ok, total, failures) >= 0.95
