"""Documents named by their kind and who signed them, in wordings of press and the Union's own
pages:

- a letter or petition by its quoted title ("list otwarty „…”", "petycję „…”"), its signers
  listed city by city ("List podpisali prezydenci: Białegostoku – A, Bydgoszczy – B …"): the
  mayors sign, their cities sign, each mayor holds the mayor's post of the city;
- signatures given on behalf of cities ("Podpisy złożono w imieniu A, B i C – pod dokumentem
  zabrakło tylko D"): A, B, C sign, D does not;
- a position its authors adopted ("Stanowisko … przyjęli prezydenci: A (X), B (Y)"): adopting
  it is signing it;
- a position named by the page's heading ("Stanowisko Zarządu … im. … w sprawie projektu ustawy
  o … oraz niektórych innych ustaw") and again, shorter, in the text: one document, under the
  heading's full name.

People are SGJP's (tests/relations_templates.people) in the cases each slot needs; cities the
reference's, declined by morfeusz2; titles begin with a drawn SGJP lemma."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.relations_pages import Pages, measured, objects, person_iri
from tests.relations_templates import (
    ID,
    NEGATIVE,
    POSITIVE,
    Named,
    Person,
    capitalise,
    cities,
    city_in_english,
    common_lemmas,
    draw,
    listed,
    office_of,
    organisations,
    people,
    rate,
)
from tests.test_declarations_joined import OPENING as DECLARATION_OPENING
from tests.test_events_speakers import THEME_WORDS, theme_word_form
from tests.test_relations_properties import DECLARATION
from ump_kg.extract.context import DocumentContext

UMP = "https://w3id.org/ump-kg/def/"

# The kind word in the accusative, with an adjective after it or none.
LETTER_HEADS = (
    "list otwarty",
    "list",
    "wspólny list",
    "petycję",
    "oświadczenie",
    "list protestacyjny",
)
TITLE_TAILS = ("nie może czekać", "dla wszystkich", "to wspólna sprawa", "bez granic", "teraz")


def document_labelled(ctx: DocumentContext, label: str) -> str | None:
    return next(
        (
            iri
            for iri, e in ctx.entities.items()
            if "/document/" in iri and e.label_pl.casefold() == label.casefold()
        ),
        None,
    )


@dataclass(frozen=True)
class LetterCase:
    title: str
    cities: tuple[Named, ...]
    mayors: tuple[Person, ...]
    text: str


def letter_signed_city_by_city(rng: random.Random) -> LetterCase:
    title = f"{capitalise(rng.choice(common_lemmas()))} {rng.choice(TITLE_TAILS)}"
    chosen_cities = tuple(draw(rng, cities(), 3))
    mayors = tuple(rng.sample(people(), 3))
    pairs = [
        f"{c.form('gen')} – {m.form('nom')}" for c, m in zip(chosen_cities, mayors, strict=True)
    ]
    text = (
        f"Zespół przygotował {rng.choice(LETTER_HEADS)} „{title}”, skierowany do premiera. "
        f"{rng.choice(('Dokument', 'Tekst', 'Apel'))} podpisali prezydenci: {listed(pairs)}."
    )
    return LetterCase(title, chosen_cities, mayors, text)


def letter_signed(ctx: DocumentContext, case: LetterCase) -> tuple[bool, str]:
    document = document_labelled(ctx, case.title)
    if document is None:
        return False, f"a document „{case.title}”"
    signed = objects(ctx, document, "signatory")
    signed_cities = objects(ctx, document, "signatoryCity")
    ok = all(person_iri(ctx, m) in signed for m in case.mayors) and all(
        c.iri in signed_cities for c in case.cities
    )
    return ok, "the three mayors and their cities signed"


def mayors_hold_posts(ctx: DocumentContext, case: LetterCase) -> tuple[bool, str]:
    def holds(person: Person, city: Named) -> bool:
        who = person_iri(ctx, person)
        return who is not None and any(
            office_of(city) in objects(ctx, str(post), "postIn")
            and f"{ID}role/prezydent-miasta" in objects(ctx, str(post), "role")
            for post in objects(ctx, who, "holds")
        )

    ok = all(holds(m, c) for m, c in zip(case.mayors, case.cities, strict=True))
    return ok, "each mayor holds the mayor's post of the city named before"


def test_a_letter_by_its_title_signed_city_by_city(pages: Pages) -> None:
    results, _ = measured(pages, letter_signed_city_by_city, letter_signed)
    assert rate("'list otwarty „T”' … 'podpisali prezydenci: X – A, Y – B'", results) >= POSITIVE


def test_mayors_listed_city_by_city_hold_their_posts(pages: Pages) -> None:
    results, _ = measured(pages, letter_signed_city_by_city, mayors_hold_posts)
    assert rate("'prezydenci: Białegostoku – A' -> A holds the post", results) >= POSITIVE


@dataclass(frozen=True)
class BehalfCase:
    signed: tuple[Named, ...]
    missing: Named
    text: str


ON_BEHALF = (
    "Podpisy złożono w imieniu {signed} – pod dokumentem zabrakło tylko {missing}.",
    "Podpisy złożono w imieniu {signed}; zabrakło jedynie {missing}.",
    "W imieniu {signed} podpisy złożyli ich prezydenci, a pod dokumentem zabrakło {missing}.",
)


def signed_on_behalf(rng: random.Random) -> BehalfCase:
    *signed, missing = draw(rng, cities(), 4)
    sentence = rng.choice(ON_BEHALF).format(
        signed=listed([c.form("gen") for c in signed]), missing=missing.form("gen")
    )
    return BehalfCase(tuple(signed), missing, f"{DECLARATION_OPENING} {sentence}")


def behalf_signed(ctx: DocumentContext, case: BehalfCase) -> tuple[bool, str]:
    signed = objects(ctx, DECLARATION, "signatoryCity")
    refused = objects(ctx, DECLARATION, "nonSignatoryCity")
    ok = all(c.iri in signed and c.iri not in refused for c in case.signed)
    return ok, "the cities signed for signed"


def lacking_did_not_sign(ctx: DocumentContext, case: BehalfCase) -> tuple[bool, str]:
    signed = objects(ctx, DECLARATION, "signatoryCity")
    return case.missing.iri not in signed, f"{case.missing.label} did not sign"


def test_cities_signed_for_signed(pages: Pages) -> None:
    results, _ = measured(pages, signed_on_behalf, behalf_signed)
    assert rate("'Podpisy złożono w imieniu A, B i C'", results) >= POSITIVE


def test_the_city_lacking_after_the_list_did_not_sign(pages: Pages) -> None:
    results, _ = measured(pages, signed_on_behalf, lacking_did_not_sign)
    assert rate("negative: '– zabrakło tylko D'", results) >= NEGATIVE


SUBJECTS = (
    "projektu ustawy o cudzoziemcach",
    "finansowania integracji cudzoziemców",
    "nauki języka polskiego dla dzieci cudzoziemców",
    "relokacji uchodźców",
    "zmian w ustawie o rynku pracy",
)
ADOPTED = (
    "Stanowisko w sprawie {S} przyjęli {how}prezydenci: {listed}.",
    "Prezydenci: {listed} przyjęli {how}stanowisko w sprawie {S}.",
    "Apel w sprawie {S} przyjęli {how}prezydenci miast: {listed}.",
)


@dataclass(frozen=True)
class AdoptedCase:
    mayors: tuple[Person, ...]
    text: str


def position_adopted(rng: random.Random) -> AdoptedCase:
    mayors = tuple(rng.sample(people(), 3))
    chosen = draw(rng, cities(), 3)
    items = [f"{m.form('nom')} ({c.form('nom')})" for m, c in zip(mayors, chosen, strict=True)]
    sentence = rng.choice(ADOPTED).format(
        S=rng.choice(SUBJECTS), how=rng.choice(("", "jednogłośnie ")), listed=listed(items)
    )
    return AdoptedCase(mayors, sentence)


def adopters_signed(ctx: DocumentContext, case: AdoptedCase) -> tuple[bool, str]:
    documents = [iri for iri in ctx.entities if "/document/" in iri]
    signed = {str(o) for d in documents for o in objects(ctx, d, "signatory")}
    return all(person_iri(ctx, m) in signed for m in case.mayors), "the adopters signed"


def test_who_adopted_a_position_signed_it(pages: Pages) -> None:
    results, _ = measured(pages, position_adopted, adopters_signed)
    assert rate("'Stanowisko … przyjęli prezydenci: A (X), …'", results) >= POSITIVE


ACTS = (
    "cudzoziemcach",
    "pomocy obywatelom Ukrainy",
    "promocji zatrudnienia",
    "systemie oświaty",
    "pomocy społecznej",
    "ochronie ludności",
)


@dataclass(frozen=True)
class HeadingCase:
    name: str
    text: str


def position_under_a_heading(rng: random.Random) -> HeadingCase | None:
    bodies = [o for o in organisations() if o.label.startswith(("Zarząd", "Zespół", "Unia"))]
    if not bodies:
        return None
    (body,) = draw(rng, bodies)
    patron = rng.choice(("", " im. Pawła Adamowicza")) if body.label.startswith("Zarząd") else ""
    act = rng.choice(ACTS)
    tail = rng.choice(("", " oraz niektórych innych ustaw"))
    name = f"Stanowisko {body.form('gen')}{patron} w sprawie projektu ustawy o zmianie ustawy o {act}{tail}"
    adjective = rng.choice(("", "rządowego ", "poselskiego "))
    text = (
        f"# {name}\n\n{body.form('nom')} na posiedzeniu 20 maja przyjął stanowisko w sprawie "
        f"{adjective}projektu ustawy o zmianie ustawy o {act}."
    )
    return HeadingCase(name, text)


def one_position(ctx: DocumentContext, case: HeadingCase) -> tuple[bool, str]:
    documents = [e.label_pl for iri, e in ctx.entities.items() if "/document/" in iri]
    return documents == [case.name], f"one document, {case.name!r} (found {documents})"


def test_a_position_named_by_the_heading_and_again_is_one(pages: Pages) -> None:
    results, _ = measured(pages, position_under_a_heading, one_position)
    assert (
        rate("heading 'Stanowisko X w sprawie …' + 'przyjął stanowisko w sprawie …'", results)
        >= POSITIVE
    )


ENGLISH_OPENING = (
    "Eleven mayors of the Union of Polish Metropolises signed the Declaration on cooperation in "
    "the field of migration in Gdańsk on 30 June 2017."
)


@dataclass(frozen=True)
class EnglishCase:
    cities: tuple[Named, ...]
    refuser: Person
    text: str
    english: bool = True


def english_signatories(rng: random.Random) -> EnglishCase:
    chosen = tuple(draw(rng, cities(), 4))
    *signed, refusing_city = chosen
    refuser = rng.choice(people())
    names = [city_in_english(rng, c) for c in signed]
    copula = rng.choice(
        ("The signatory cities are", "The signatories were", "Signing cities include")
    )
    refusal = rng.choice(("declined to sign", "refused to sign", "did not sign"))
    text = (
        f"{ENGLISH_OPENING} {copula} {', '.join(names[:-1])} and {names[-1]}. The only mayor who "
        f"{refusal} was {refuser.form('nom')} of {city_in_english(rng, refusing_city)}."
    )
    return EnglishCase(tuple(signed), refuser, text)


def listed_cities_signed(ctx: DocumentContext, case: EnglishCase) -> tuple[bool, str]:
    signed = objects(ctx, DECLARATION, "signatoryCity")
    return all(c.iri in signed for c in case.cities), "the cities after the copula signed"


def refuser_did_not_sign(ctx: DocumentContext, case: EnglishCase) -> tuple[bool, str]:
    who = person_iri(ctx, case.refuser)
    ok = who is not None and who in objects(ctx, DECLARATION, "nonSignatory")
    return ok, f"{case.refuser.nominative} did not sign"


def test_english_signatory_cities_after_a_copula(pages: Pages) -> None:
    results, _ = measured(pages, english_signatories, listed_cities_signed)
    assert rate("'The signatory cities are A, B and C'", results) >= POSITIVE


def test_english_mayor_who_declined_to_sign_did_not(pages: Pages) -> None:
    results, _ = measured(pages, english_signatories, refuser_did_not_sign)
    assert rate("'The only mayor who declined to sign was X of Y'", results) >= POSITIVE


@dataclass(frozen=True)
class FoundationsCase:
    themes: frozenset[str]
    text: str


def foundations_named_in_it(rng: random.Random) -> FoundationsCase:
    chosen = rng.sample(THEME_WORDS, 3)
    phrases = []
    for word, _ in chosen:
        declined = theme_word_form(word, "gen")
        phrases.append(f"{rng.choice(('dostęp do', 'wsparcie w zakresie', 'rozwój'))} {declined}")
    said = rng.choice(
        (
            "Jako fundamenty integracji wymieniono w niej {L}.",
            "W deklaracji jako fundamenty integracji wskazano {L}.",
            "Fundamentami integracji są według niej {L}.",
        )
    ).format(L=listed(phrases))
    return FoundationsCase(
        frozenset(f"{ID}theme/{t}" for _, t in chosen), f"{DECLARATION_OPENING} {said}"
    )


def declaration_on_them(ctx: DocumentContext, case: FoundationsCase) -> tuple[bool, str]:
    found = objects(ctx, DECLARATION, "theme")
    return case.themes <= found, f"on {sorted(t.rsplit('/', 1)[-1] for t in case.themes)}"


def test_foundations_named_in_a_declaration_are_its_themes(pages: Pages) -> None:
    results, _ = measured(pages, foundations_named_in_it, declaration_on_them)
    assert rate("'Jako fundamenty integracji wymieniono w niej …' -> themes", results) >= POSITIVE


@dataclass(frozen=True)
class ReplyCase:
    text: str


def reply_to_the_signing(rng: random.Random) -> ReplyCase:
    person = rng.choice(people())
    day = rng.choice(("W sobotę", "W niedzielę", "W poniedziałek", "1 lipca"))
    verb = "odniosła się" if person.gender == "f" else "odniósł się"
    text = (
        f"{DECLARATION_OPENING} {day} {person.form('nom')} {verb} na Facebooku do podpisania "
        "deklaracji przez prezydentów 11 miast."
    )
    return ReplyCase(text)


def no_other_signing_day(ctx: DocumentContext, case: ReplyCase) -> tuple[bool, str]:
    days = {str(d) for d in objects(ctx, DECLARATION, "signedOn")}
    return days <= {"2017-06-30"}, f"signed on 30 June only (found {sorted(days)})"


def test_a_reply_to_the_signing_dates_no_signing(pages: Pages) -> None:
    results, _ = measured(pages, reply_to_the_signing, no_other_signing_day, published="2017-07-03")
    assert rate("negative: 'W sobotę X odniósł się do podpisania deklaracji'", results) >= NEGATIVE
