"""English bodies headed "Embassy", "Consulate" or "Forum" (session 17).

"Representatives of the Embassy of Switzerland in Poland took part", "the Polish Migration
Forum": no body was read (the heads were not in names.EN_BODY_HEADS); an embassy's or a
consulate's registered name holds "in Poland" (names.EN_IN_POLAND).
Names are composed from country names, nationality adjectives and subject words (English has no
inflection to generate), each in three sentence frames. "Point" was tried as a head and
dropped ("Information Point" is a unit as often as a body: two opened sets lost precision).
Control: the words in lower case ("at this point", "a forum for ideas") make no body.
Measured on the commit before: 0 %; the control 100 %.
"""

from __future__ import annotations

import itertools

from tests.relations_pages import Pages, outcome
from tests.relations_templates import rate

COUNTRIES = (
    "Switzerland", "Ukraine", "Norway", "Georgia", "Germany", "Lithuania", "Moldova", "Sweden",
    "Denmark", "Canada",
)  # fmt: skip
ADJECTIVES = ("Polish", "European", "Baltic", "Ukrainian")
SUBJECTS = ("Migration", "Integration", "Refugee", "Diaspora")
FRAMES = (
    "Representatives of the {} took part in the meeting.",
    "The conference was supported by the {}.",
    "The {} joined the project in 2023.",
    "A letter from the {} was read out.",
    "The city signed an agreement with the {}.",
)


def names() -> list[str]:
    found = [f"{kind} of {c} in Poland" for kind in ("Embassy", "Consulate") for c in COUNTRIES]
    found += [f"{a} {s} Forum" for a, s in itertools.product(ADJECTIVES, SUBJECTS)]
    return found


def labels(ctx: object) -> set[str]:
    return {e.label_pl for e in ctx.entities.values()}  # type: ignore[attr-defined]


def test_english_embassies_and_forums(pages: Pages) -> None:
    results = []
    for name, frame in itertools.product(names(), FRAMES):
        text = frame.format(name)
        ctx = pages.english.extract(text)
        results.append(outcome(ctx, name in labels(ctx), text, f"body {name!r}"))
    assert rate("'the Embassy of X in Poland', 'the Y Forum'", results) >= 0.95


def test_control_lower_case_words(pages: Pages) -> None:
    results = []
    for subject, frame in itertools.product(SUBJECTS, FRAMES * 5):
        text = frame.format(f"forum for {subject.lower()} ideas").replace("the forum", "a forum")
        text = text.replace("ideas", "ideas set up by the embassy", frame.startswith("A letter"))
        ctx = pages.english.extract(text)
        results.append(outcome(ctx, not labels(ctx), text, "no body"))
    assert rate("control: lower case", results) >= 0.98
