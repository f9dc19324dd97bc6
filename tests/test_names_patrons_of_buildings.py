"""A hotel, a church, a parish, a hospice or a palace named after someone names a patron, no
person: "Hotel Jana Pawła II", "Parafia Świętego Augustyna", "w Hospicjum Marii Nowak" (session
31, from a miss of oe, opened this session: "Hotel Jana Pawła II" had made a person "Jan
Paweł"). The building's or institution's noun is an SGJP lexeme declined by morfeusz2 into the
case its sentence wants, the patron a given name and surname of the names property test's
sample in the genitive, with "II" after it now and then; only "hotel" was on the page. Control:
the same people after a noun that names no building ("Wystąpienie …") are people, as before.
Measured on the commit before: 0 % -> 100 % of 320; control 97.8 % both."""

from __future__ import annotations

from tests.relations_templates import capitalise, form
from tests.test_names_properties import people, report
from ump_kg.extract.names import find_people

# (noun, the sentence it stands in, the case the sentence wants)
BUILDINGS = (
    ("hotel", "Uchodźców przyjął {X} we Wrocławiu.", "nom"),
    ("hostel", "Rodziny zamieszkały w {X} na dwa tygodnie.", "loc"),
    ("schronisko", "Wolontariusze pracowali w {X} od rana.", "loc"),
    ("bursa", "Dzieci przeniesiono do {X} w marcu.", "gen"),
    ("hospicjum", "Zbiórkę zorganizowało {X} razem z miastem.", "nom"),
    ("kościół", "Punkt zbiórki otwarto przy {X} w centrum.", "loc"),
    ("parafia", "Pomocy udzieliła {X} z dzielnicy.", "nom"),
    ("kaplica", "Modlitwa odbyła się w {X} po południu.", "loc"),
    ("bazylika", "Koncert w {X} zebrał datki.", "loc"),
    ("sanktuarium", "Pielgrzymi odwiedzili {X} w maju.", "acc"),
    ("klasztor", "Siostry z {X} przygotowały posiłki.", "gen"),
    ("seminarium", "Klerycy {X} pomogli przy rozładunku.", "gen"),
    ("pałac", "Spotkanie w {X} prowadził biskup.", "loc"),
    ("kamienica", "Mieszkania w {X} wyremontowano.", "loc"),
    ("galeria", "Wystawę w {X} otwarto w piątek.", "loc"),
    ("filharmonia", "Koncert dla uchodźców dała {X} w niedzielę.", "nom"),
)


def written(noun: str, case: str) -> str | None:
    made = form(noun, "subst", "sg", case)
    return capitalise(made) if made else None


def building_cases() -> list[tuple[str, str]]:
    """(sentence, the patron's nominative) for each sampled person and a building in turn."""
    cases = []
    for index, person in enumerate(people()):
        noun, template, case = BUILDINGS[index % len(BUILDINGS)]
        head = written(noun, case)
        if head is None:
            continue
        regnal = " II" if person.gender == "m1" and index % 5 == 0 else ""
        text = template.format(X=f"{head} {person.form('gen')}{regnal}")
        cases.append((text, person.form("nom")))
    return cases


def test_a_buildings_patron_is_no_person() -> None:
    cases = building_cases()
    failures = [
        f"{text!r} -> {found}"
        for text, _ in cases
        if (found := [p.base for p in find_people(text, [])])
    ]
    rate = report(
        "'Hotel Jana Pawła II': no person", len(cases) - len(failures), len(cases), failures
    )
    assert len(cases) >= 300 and rate >= 0.98


def test_control_the_same_people_after_no_buildings_noun_are_people() -> None:
    cases = [
        (f"Wystąpienie {person.form('gen')} otworzyło spotkanie.", person.form("nom"))
        for person in people()
    ]
    failures = [
        f"{text!r} -> {found}"
        for text, nominative in cases
        if (found := [p.base for p in find_people(text, [])]) != [nominative]
    ]
    rate = report(
        "control: 'Wystąpienie Jana Nowaka': a person",
        len(cases) - len(failures),
        len(cases),
        failures,
    )
    assert rate >= 0.95
