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


def nominative_rate(
    label: str, frames: tuple[str, ...], ending: str, seed: int, others: bool = False
) -> float:
    """The share of 120 made-up names, written with `ending` after their stem in one of the
    frames, found as "<stem>a <surname>" — the page's only person, or (where the frames name
    `others`) the only one of that surname."""
    rng = random.Random(seed)
    ok, failures, total = 0, [], 0
    for _ in range(120):
        stem, surname = rng.choice(STEMS), rng.choice(SURNAMES)
        text = rng.choice(frames).format(N=f"{stem}{ending} {surname}", B=rng.choice(BODIES))
        found = [p.base for p in find_people(text, []) if not others or p.base.endswith(surname)]
        total += 1
        if found == [f"{stem}a {surname}"]:
            ok += 1
        else:
            failures.append(f"{text!r} -> {found}")
    return report(label, ok, total, failures)


def test_an_unknown_womans_given_name_in_the_genitive_is_nominative() -> None:
    rate = nominative_rate(
        "'z udziałem Oksany Melnyk' -> Oksana Melnyk", GENITIVE_FRAMES, "y", SEED
    )
    assert rate >= 0.95


LISTED_FRAMES = (
    "Doświadczenia przedstawiły Anna Kowalska, dyrektorka wydziału, oraz {N} ze Stowarzyszenia "
    "Nowy Dom.",
    "Na pytania odpowiadali Jan Nowak i {N} z Fundacji Dialog.",
    "W panelu zasiedli przedstawiciele miast oraz {N} z Biura UNHCR w Polsce.",
)


def test_an_unknown_given_name_before_the_body_its_bearer_comes_from_is_a_name() -> None:
    """ "… oraz Iryna Sawczuk ze Stowarzyszenia …": no verb or post word right before the name,
    but the body after "z"/"ze" says whose name it is; written in the nominative, it stays."""
    rate = nominative_rate(
        "'oraz Iryna Melnyk ze Stowarzyszenia …'", LISTED_FRAMES, "a", SEED + 1, others=True
    )
    assert rate >= 0.95


DASHED_FRAMES = (
    "W programie wystąpili:\n\n- {N} – prezeska Fundacji Dialog,\n- Jan Nowak – dyrektor.",
    "Prelegenci: {N} – koordynatorka projektu; Anna Kowalska – ekspertka.",
)


def test_an_unknown_given_name_before_a_post_after_a_dash_is_a_name() -> None:
    """ "- Ołena Kowal – prezeska Fundacji Emigra": a speakers' list sets the post off by a
    dash, not a comma; the name before it is a name as written."""
    rate = nominative_rate(
        "'- Ołena Kowal – prezeska …'", DASHED_FRAMES, "a", SEED + 2, others=True
    )
    assert rate >= 0.95
