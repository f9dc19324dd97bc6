"""A diplomatic mission named by its kind written small, in any case and number, and its
country in the genitive is that mission, under the name a register gives it: "przy wsparciu
konsulatów honorowych Białorusi, Kazachstanu i Ukrainy" names three, "Konsulat Honorowy
Białorusi", "Konsulat Honorowy Kazachstanu", "Konsulat Honorowy Ukrainy"; "z konsulatem
generalnym Niemiec w Krakowie" one, in Kraków (session 29, from a miss of ayin and waw, opened
this session: the page's three consulates made no body). Control: a country in the genitive
after another word written small ("obywatele Ukrainy i Białorusi", "z ambasadorem Ukrainy")
makes no body. Kinds are
declined by morfeusz2, countries are CLDR's Polish names in the genitive SGJP generates,
towns the reference's cities in the locative. Measured on the commit before: 0 % -> 100 %; the
control 100 % before and after."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import NEGATIVE, POSITIVE, cities, draw, form, rate, w
from tests.test_relations_diplomats_and_their_missions import country_genitives
from ump_kg.extract.context import DocumentContext

# (lemma, gender, the register's head, rank adjective lemma, the register's rank)
KINDS = (
    ("konsulat", "m3", "Konsulat", "honorowy", " Honorowy"),
    ("konsulat", "m3", "Konsulat", "generalny", " Generalny"),
    ("konsulat", "m3", "Konsulat", None, ""),
    ("ambasada", "f", "Ambasada", None, ""),
)
# the kind's case and a sentence that governs it
SENTENCES = (
    ("gen", "Punkt działa przy wsparciu {X}."),
    ("inst", "Miasto współpracuje z {X}."),
    ("nom", "W spotkaniu wzięły udział {X}."),
    ("loc", "O {X} mówiono podczas spotkania."),
)


@dataclass(frozen=True)
class MissionCase:
    text: str
    names: tuple[str, ...]  # the missions' names
    city: str | None  # the one mission's town (an IRI)


def kind_written(kind: tuple[str, str, str, str | None, str], case: str, number: str) -> str | None:
    lemma, gender, _, rank, _ = kind
    words = [form(lemma, "subst", number, case)]
    if rank:
        words.append(form(rank, "adj", number, case, gender))
    return " ".join(str(w) for w in words) if all(words) else None


def listed(countries: list[str]) -> str:
    return ", ".join(countries[:-1]) + " i " + countries[-1] if len(countries) > 1 else countries[0]


def a_mission_case(rng: random.Random) -> MissionCase | None:
    kind = rng.choice(KINDS)
    case, sentence = rng.choice(SENTENCES)
    count = rng.choice((1, 1, 2, 3))
    written = kind_written(kind, case, "pl" if count > 1 else "sg")
    if written is None:
        return None
    countries = rng.sample(country_genitives(), count)
    town, seat = None, ""
    if count == 1 and rng.random() < 0.5:
        (city,) = draw(rng, cities())
        town, seat = city.iri, " " + w(city)
    names = tuple(f"{kind[2]}{kind[4]} {c}{seat}" for c in countries)
    text = sentence.format(X=f"{written} {listed(countries)}{seat}")
    return MissionCase(text, names, town)


def the_missions(ctx: DocumentContext, case: MissionCase) -> tuple[bool, str]:
    made = {e.label_pl: i for i, e in ctx.entities.items() if "Organisation" in e.cls}
    ok = set(case.names) <= set(made)
    if ok and case.city is not None:
        iri = made[case.names[0]]
        ok = any(f.s == iri and f.p.endswith("inCity") and f.o == case.city for f in ctx.facts)
    return ok, f"{list(case.names)} in {case.city}"


def citizens_case(rng: random.Random) -> MissionCase:
    countries = rng.sample(country_genitives(), rng.choice((1, 2, 3)))
    text = rng.choice(
        (
            "Do punktu przychodzą obywatele {X}.",
            "Wśród uchodźców są mieszkańcy {X}.",
            "Miasto wspiera rodziny z {X}.",
            # (a diplomat's post, no mission: "z ambasadorem Ukrainy", "do konsula Francji")
            "Rozmawiano z ambasadorem {X}.",
            "List wysłano do konsula {X}.",
        )
    ).format(X=listed(countries))
    return MissionCase(text, (), None)


def no_body(ctx: DocumentContext, case: MissionCase) -> tuple[bool, str]:
    made = [e.label_pl for e in ctx.entities.values() if "Organisation" in e.cls]
    return not made, "no body"


def test_missions_named_by_their_kind_and_country(pages: Pages) -> None:
    results, _ = measured(pages, a_mission_case, the_missions)
    assert rate("'konsulatów honorowych Białorusi, Kazachstanu i Ukrainy': three", results) >= (
        POSITIVE
    )


def test_control_citizens_of_countries_make_no_body(pages: Pages) -> None:
    results, _ = measured(pages, citizens_case, no_body)
    assert rate("control: 'obywatele Ukrainy i Białorusi': no body", results) >= NEGATIVE
