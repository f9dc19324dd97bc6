"""A town's name of two words is declined word by word, as Polish declines it: "Spotkanie w
Gorzowie Wielkopolskim" (was "w Gorzowie Wielkopolski"), "w Tarnowskich Górach" (was "w
Tarnowskiej Górze"), "Rudy Śląskiej" (was "Rudy Śląska") (session 31, seen in a probe of bani's
towns: `case_form` left a name's adjective after its noun in the nominative). The towns are
GeoNames' Polish towns of two words; each word of a made form must be one morfeusz2 generates
of that word in the case. Control: the reference's one-word towns keep their forms. Measured on
the commit before: 31 -> 45 of 47 towns right in every case (the two left: "Osiedle
Kosmonautów", whose genitive word does not decline, and the district "Praga Północ"); events'
labels wrong 13 -> 2 of 41; control 12 of 12 both."""

from __future__ import annotations

from functools import cache

from tests.relations_pages import Pages
from tests.relations_templates import CASES, cities, phrase_forms
from ump_kg.extract.places import polish_town_names, word_forms
from ump_kg.language.morphology import case_form

# the cases labels and names put a town in ("Urząd Miasta Zielonej Góry", "w Zielonej Górze",
# "z Zieloną Górą"); the accusative is the nominative's for these towns and is not asked for
USED = tuple(c for c in CASES if c in ("gen", "dat", "inst", "loc"))


@cache
def towns_of_two_words() -> tuple[tuple[str, dict[str, str]], ...]:
    """GeoNames' Polish towns of two words (no districts' hyphens) with the forms phrase_forms
    makes of them, where it makes every case."""
    found = []
    for town in sorted(polish_town_names()):
        forms = phrase_forms(town) if len(town.split()) == 2 and "-" not in town else None
        # (where it declines no word, as "Aleksandrów Łódzki", it has not read the name)
        if (
            forms is not None
            and forms[-1][1] != town
            and all(len(f.split()) == 2 for _, f in forms)
        ):
            found.append((town, dict(forms)))
    return tuple(found)


def each_word_in_the_case(town: str, case: str, made: str) -> bool:
    """Whether every word of the made form is a form morfeusz2 generates of that word of the
    town in the case (in any of its nominative readings: "Ostrów" is masculine and feminine)."""
    pairs = zip(town.split(), made.split(), strict=False)
    return len(made.split()) == len(town.split()) and all(
        form in word_forms(word).get(case, set()) for word, form in pairs
    )


def share_declined(towns: tuple[tuple[str, dict[str, str]], ...]) -> float:
    failures = [
        (town, case, case_form(town, case))
        for town, _ in towns
        for case in USED
        if not each_word_in_the_case(town, case, case_form(town, case))
    ]
    print(f"\n{len(failures)} of {len(towns) * len(USED)} forms wrong:", failures[:20])
    held = {town for town, _ in towns} - {town for town, *_ in failures}
    print(f"towns declined right in every case: {len(held)}/{len(towns)}")
    return len(held) / len(towns)


def test_towns_of_two_words_are_declined_word_by_word() -> None:
    towns = towns_of_two_words()
    assert len(towns) >= 30
    assert share_declined(towns) >= 0.95


def test_an_event_in_a_town_of_two_words_is_labelled_in_the_locative(pages: Pages) -> None:
    """Of the events the extractor places in the town (districts, "Psie Pole", it may not),
    the label says "w" and the town in the locative, each word in the case."""
    placed, wrong = 0, []
    for town, forms in towns_of_two_words():
        ctx = pages.extract(f"Spotkanie odbyło się 7 maja 2018 r. w {forms['loc']}.")
        labels = [e.label_pl for e in ctx.entities.values() if e.label_pl.startswith("Spotkanie w")]
        if not labels:
            continue
        placed += 1
        where = labels[0].removeprefix("Spotkanie w ").removesuffix(", 7 maja 2018")
        if not each_word_in_the_case(town, "loc", where):
            wrong.append((town, labels))
    print(f"\nlabels wrong: {len(wrong)}/{placed}", wrong[:10])
    assert placed >= 30 and len(wrong) <= 0.05 * placed


def test_control_towns_of_one_word_keep_their_forms() -> None:
    towns = tuple((c.label, dict(c.forms)) for c in cities() if " " not in c.label)
    assert share_declined(towns) == 1.0
