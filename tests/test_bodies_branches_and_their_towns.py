"""A branch is named by its town, as a register writes it:
- "dyrektor Oddziału Instytutu Pamięci Narodowej we Wrocławiu": a branch's head (oddział,
  delegatura, filia, placówka, przedstawicielstwo) or a known body's office ("Biuro Rady Europy
  w Warszawie") keeps the town after it in its name, in any case;
- "koordynator warszawskiego Centrum Wielokulturowego", "dyrektor wrocławskiego Oddziału IPN":
  a town's adjective written small before a name too generic to tell one body (a head and one
  adjective) or before a branch says the name's seat ("Centrum Wielokulturowe w Warszawie");
- "Oddział IPN we Wrocławiu" where the page writes "Oddział Instytutu Pamięci Narodowej we
  Wrocławiu": an acronym of the words written in full elsewhere is the same body.
Controls: a capitalised town adjective is a word of the name ("Warszawskie Centrum
Wielokulturowe"), a name with a complement takes no seat from an adjective ("warszawskiego
Centrum Pomocy Cudzoziemcom"), and an acronym of other initials is another body.
Cities and their adjectives are the reference's, known bodies the reference's, heads, nouns
and adjectives SGJP lexemes declined by morfeusz2 (`phrase_forms`, `form`, `adjective_form`)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured
from tests.relations_templates import (
    NEGATIVE,
    POSITIVE,
    Named,
    adjective_form,
    capitalise,
    cities,
    draw,
    form,
    organisations,
    phrase_forms,
    rate,
)
from tests.test_events_city_adjective import city_adjectives
from ump_kg.extract.context import DocumentContext
from ump_kg.language.prepositions import locative_phrase

BRANCH_HEADS = ("Oddział", "Delegatura", "Filia", "Placówka", "Przedstawicielstwo")
# Generic names: a head and one adjective, too general to tell one body without its town.
GENERIC_HEADS = (("Centrum", "n"), ("Ośrodek", "m3"), ("Punkt", "m3"), ("Biuro", "n"))
ADJECTIVES = (
    "wielokulturowy",
    "międzykulturowy",
    "informacyjny",
    "integracyjny",
    "konsultacyjny",
    "obywatelski",
    "społeczny",
    "migracyjny",
    "wolontariacki",
    "młodzieżowy",
)
# (noun, gender) and adjectives for made-up institutes: "Instytut Pamięci Narodowej"
NOUNS = (
    ("pamięć", "f"),
    ("rozwój", "m3"),
    ("polityka", "f"),
    ("współpraca", "f"),
    ("dialog", "m3"),
    ("edukacja", "f"),
    ("kultura", "f"),
    ("praca", "f"),
    ("zdrowie", "n"),
    ("gospodarka", "f"),
)
INSTITUTE_ADJECTIVES = ("narodowy", "regionalny", "społeczny", "europejski", "publiczny", "lokalny")
PERSON = "Jan Kowalczyk"


@dataclass(frozen=True)
class BodyCase:
    wanted: str | None  # the label one new body must have
    unwanted: str | None  # a label no body may have
    text: str


def in_a_sentence(rng: random.Random, forms: dict[str, str]) -> str:
    shape = rng.randrange(4)
    if shape == 0:
        return f"{forms['nom']} zaprasza na spotkanie."
    if shape == 1:
        return f"Otworzył je {PERSON}, dyrektor {forms['gen']}."
    if shape == 2:
        return f"Rozmowy odbyły się w {forms['loc']}."
    return f"Miasto od lat współpracuje z {forms['inst']}."


def branch_forms(head: str, rest: str, city: Named) -> dict[str, str] | None:
    """The branch's name in each case: its head declined, its owner and its town as written."""
    label = f"{head} {rest}"
    forms = phrase_forms(label)
    if forms is None:
        return None
    seat = locative_phrase(city.form("loc"))
    return {case: f"{written} {seat}" for case, written in forms}


def branch_with_its_town(rng: random.Random) -> BodyCase | None:
    """A branch of a made-up institute ("Oddział Instytutu Rozwoju Regionalnego w Łodzi")."""
    (city,) = draw(rng, cities())
    made = institute(rng)
    if made is None:
        return None
    head = rng.choice(BRANCH_HEADS)
    forms = branch_forms(head, made[0], city)
    if forms is None:
        return None
    wanted = f"{head} {made[0]} {locative_phrase(city.form('loc'))}"
    return BodyCase(wanted, None, in_a_sentence(rng, forms))


def partners() -> tuple[Named, ...]:
    """The reference's bodies other than cities' offices and the Team (whose office in a town
    is no branch) and offices themselves ("Biuro Wysokiego Komisarza …")."""
    return tuple(o for o in organisations() if not o.label.startswith(("Urząd", "Zespół", "Biuro")))


def office_of_a_known_body(rng: random.Random) -> BodyCase | None:
    """ "dyrektor Biura Rady Europy w Warszawie": a known body's office in a town."""
    (city,) = draw(rng, cities())
    (owner,) = draw(rng, partners())
    forms = branch_forms("Biuro", owner.form("gen"), city)
    if forms is None:
        return None
    wanted = f"Biuro {owner.form('gen')} {locative_phrase(city.form('loc'))}"
    return BodyCase(wanted, None, in_a_sentence(rng, forms))


def generic_name(rng: random.Random) -> tuple[str, dict[str, str], str] | None:
    head, gender = rng.choice(GENERIC_HEADS)
    adjective = adjective_form(rng.choice(ADJECTIVES), "sg", "nom", gender)
    if adjective is None:
        return None
    label = f"{head} {capitalise(adjective)}"
    forms = phrase_forms(label)
    return (label, dict(forms), gender) if forms is not None else None


def town_adjective(rng: random.Random, gender: str, case: str) -> tuple[str, str] | None:
    """A reference city and its adjective in the case and gender ("warszawskiego")."""
    city_iri, adjective = rng.choice(city_adjectives())
    declined = adjective_form(adjective, "sg", case, gender)
    return (city_iri, declined) if declined is not None else None


def town_adjective_before_a_generic_name(rng: random.Random) -> BodyCase | None:
    named = generic_name(rng)
    if named is None:
        return None
    label, forms, gender = named
    case = rng.choice(("gen", "inst", "loc"))
    town = town_adjective(rng, gender, case)
    if town is None:
        return None
    city = next(c for c in cities() if c.iri == town[0])
    with_adjective = {case: f"{town[1]} {forms[case]}"}
    text = in_a_sentence_of_case(rng, case, with_adjective[case])
    return BodyCase(f"{label} {locative_phrase(city.form('loc'))}", None, text)


def in_a_sentence_of_case(rng: random.Random, case: str, written: str) -> str:
    if case == "gen":
        return f"{PERSON}, {rng.choice(('koordynator', 'dyrektor', 'kierownik'))} {written}, mówił o pomocy."
    if case == "inst":
        return f"Miasto od lat współpracuje z {written}."
    return f"Rozmowy odbyły się w {written}."


def institute(rng: random.Random) -> tuple[str, str] | None:
    """A made-up institute's name in the genitive and its acronym ("Instytutu Pamięci
    Narodowej", "IPN")."""
    noun, gender = rng.choice(NOUNS)
    noun_gen = form(noun, "subst", "sg", "gen")
    adjective = adjective_form(rng.choice(INSTITUTE_ADJECTIVES), "sg", "gen", gender)
    if noun_gen is None or adjective is None:
        return None
    words = ["Instytutu", capitalise(noun_gen), capitalise(adjective)]
    return " ".join(words), "".join(w[0] for w in words)


def acronym_of_a_name_written_in_full(rng: random.Random) -> BodyCase | None:
    (city,) = draw(rng, cities())
    made = institute(rng)
    if made is None:
        return None
    full, acronym = made
    head = rng.choice(BRANCH_HEADS)
    seat = locative_phrase(city.form("loc"))
    long_forms = phrase_forms(f"{head} {full}")
    short_forms = phrase_forms(f"{head} {acronym}")
    if long_forms is None or short_forms is None:
        return None
    long_case, short_case = dict(long_forms), dict(short_forms)
    text = (
        f"Spotkanie zorganizował {long_case['nom']} {seat}. "
        f"Otworzył je {PERSON}, dyrektor {short_case['gen']} {seat}."
    )
    return BodyCase(f"{head} {full} {seat}", f"{head} {acronym} {seat}", text)


def capitalised_town_adjective(rng: random.Random) -> BodyCase | None:
    """ "koordynator Warszawskiego Centrum Wielokulturowego": the adjective is the name's."""
    named = generic_name(rng)
    if named is None:
        return None
    label, forms, gender = named
    _, adjective = rng.choice(city_adjectives())
    genitive = adjective_form(adjective, "sg", "gen", gender)
    nominative = adjective_form(adjective, "sg", "nom", gender)
    if genitive is None or nominative is None:
        return None
    text = in_a_sentence_of_case(rng, "gen", f"{capitalise(genitive)} {forms['gen']}")
    return BodyCase(f"{capitalise(nominative)} {label}", None, text)


def complement_takes_no_seat(rng: random.Random) -> BodyCase | None:
    """ "warszawskiego Centrum Pomocy Cudzoziemcom": a name that tells its body alone."""
    gender = "n"
    town = town_adjective(rng, gender, "gen")
    if town is None:
        return None
    city = next(c for c in cities() if c.iri == town[0])
    label = f"Centrum {rng.choice(('Pomocy Cudzoziemcom', 'Wsparcia Imigrantów', 'Praw Kobiet'))}"
    text = in_a_sentence_of_case(rng, "gen", f"{town[1]} {label}")
    return BodyCase(label, f"{label} {locative_phrase(city.form('loc'))}", text)


def other_initials(rng: random.Random) -> BodyCase | None:
    case = acronym_of_a_name_written_in_full(rng)
    if case is None or case.unwanted is None:
        return None
    acronym = case.unwanted.split()[1]
    other = acronym[::-1] if acronym[::-1] != acronym else acronym + "X"
    return BodyCase(case.unwanted.replace(acronym, other), None, case.text.replace(acronym, other))


def labels(ctx: DocumentContext) -> set[str]:
    return {e.label_pl for e in ctx.entities.values()}


def named_as_wanted(ctx: DocumentContext, case: BodyCase | None) -> tuple[bool, str]:
    if case is None:
        return True, "no form to generate"
    found = labels(ctx)
    ok = (case.wanted is None or case.wanted in found) and case.unwanted not in found
    return ok, f"a body {case.wanted!r}, none {case.unwanted!r}; made {sorted(found)}"


def test_a_branch_keeps_its_town_in_its_name(pages: Pages) -> None:
    results, _ = measured(pages, branch_with_its_town, named_as_wanted)
    assert rate("'dyrektor Oddziału X we Wrocławiu' -> 'Oddział X we Wrocławiu'", results) >= (
        POSITIVE
    )


def test_a_known_bodys_office_keeps_its_town_in_its_name(pages: Pages) -> None:
    results, _ = measured(pages, office_of_a_known_body, named_as_wanted)
    assert rate("'dyrektor Biura Rady Europy w Warszawie' -> '… w Warszawie'", results) >= (
        POSITIVE
    )


def test_a_town_adjective_before_a_generic_name_is_its_seat(pages: Pages) -> None:
    results, _ = measured(pages, town_adjective_before_a_generic_name, named_as_wanted)
    assert rate("'warszawskiego Centrum Wielokulturowego' -> '… w Warszawie'", results) >= (
        POSITIVE
    )


def test_an_acronym_of_a_name_written_in_full_is_that_body(pages: Pages) -> None:
    results, _ = measured(pages, acronym_of_a_name_written_in_full, named_as_wanted)
    assert rate("'Oddział IPN w X' after 'Oddział Instytutu … w X' -> one body", results) >= (
        POSITIVE
    )


def test_a_capitalised_town_adjective_stays_in_the_name(pages: Pages) -> None:
    results, _ = measured(pages, capitalised_town_adjective, named_as_wanted)
    assert rate("control: 'Warszawskiego Centrum …' stays as written", results) >= NEGATIVE


def test_a_name_with_a_complement_takes_no_seat_from_an_adjective(pages: Pages) -> None:
    results, _ = measured(pages, complement_takes_no_seat, named_as_wanted)
    assert rate("control: 'warszawskiego Centrum Pomocy Cudzoziemcom' takes no seat", results) >= (
        NEGATIVE
    )


def test_an_acronym_of_other_initials_is_another_body(pages: Pages) -> None:
    results, _ = measured(pages, other_initials, named_as_wanted)
    assert rate("control: 'Oddział XYZ' of other initials stays apart", results) >= NEGATIVE
