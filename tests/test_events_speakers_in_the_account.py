"""Who spoke in an event's account took part in it (session 30, from the opened set shin: "23
lutego 2017 r. w Krakowie odbyła się konferencja … Następnie przemawiał Mamadou Diouf,
koordynator …" — the speaker was no participant of the conference).

Verbs of speaking in the past tense (przemawiać, przemówić, podsumować, podziękować, wyjaśniać,
zachęcać, zapewniać; dyskutować of two people) join the event's participants, as "głos zabrał",
"podkreślił" and "mówiła" already did. Cases: every past form morfeusz2 generates for those
verbs, in the gender of the person (SGJP's names, tests/relations_templates.people), in a
sentence after the one that tells the event (a date, a town, a kind word).
Control: a person named after the event with a verb that is no speaking ("mieszka",
"urodził się", "pracuje") is no participant.
Measured on f206307 (before the rule): 0 %; control 100 %.
"""

from __future__ import annotations

import random
from functools import cache

from tests.relations_pages import Pages, objects, outcome, person_iri
from tests.relations_templates import MONTHS_GEN, Person, cases, people, rate
from tests.test_names_properties import morfeusz, tag_parts
from tests.test_places_named_where import polish_locatives
from ump_kg.language.prepositions import locative_phrase

COUNT = 120
SPEAKING = "przemawiać przemówić podsumować podziękować wyjaśniać zachęcać zapewniać".split()
FRAMES = (
    "Następnie {verb} {name}.",
    "Na zakończenie {verb} {name}.",
    "{Name} {verb}, że miasto potrzebuje wsparcia.",
)
OTHER = ("{Name} mieszka w tym mieście od lat.", "{Name} pracuje w tej dzielnicy od roku.")


@cache
def past_forms() -> dict[str, tuple[str, ...]]:
    """The singular past forms of the verbs by gender ('m1': 'przemawiał', 'f': 'przemawiała')."""
    found: dict[str, list[str]] = {"m1": [], "f": []}
    for verb in SPEAKING:
        for form, _, tag, _, _ in morfeusz().generate(verb):
            parts = tag_parts(tag)
            if parts[0] == ["praet"] and parts[1] == ["sg"]:
                for gender in ("m1", "f"):
                    if gender in parts[2] and form not in found[gender]:
                        found[gender].append(str(form))
    return {gender: tuple(forms) for gender, forms in found.items()}


def event_sentence(rng: random.Random) -> str:
    _, locative = rng.choice(polish_locatives())
    day = f"{rng.randint(1, 28)} {rng.choice(MONTHS_GEN)} {rng.randint(2016, 2024)} r."
    kind = rng.choice(("odbyła się konferencja", "odbyło się spotkanie", "odbyło się forum"))
    return f"{day} {locative_phrase(locative)} {kind} o integracji cudzoziemców."


def spoke_case(rng: random.Random) -> tuple[str, Person, bool]:
    person, other = rng.sample(people(), 2)
    name = person.form("nom")
    if rng.random() < 0.2:
        # two people who discussed: "dyskutowali X i Y"
        said = f"Następnie dyskutowali {name} i {other.form('nom')}."
    else:
        verb = rng.choice(past_forms()["f" if person.gender == "f" else "m1"])
        said = rng.choice(FRAMES).format(verb=verb, name=name, Name=name)
    return f"{event_sentence(rng)} {said}", person, True


def other_case(rng: random.Random) -> tuple[str, Person, bool]:
    person = rng.choice(people())
    return (
        f"{event_sentence(rng)} {rng.choice(OTHER).format(Name=person.form('nom'))}",
        person,
        False,
    )


def check(pages: Pages, made: tuple[str, Person, bool]) -> tuple[bool, str]:
    text, person, spoke = made
    ctx = pages.extract(text, "2024-12-20")
    who = person_iri(ctx, person)
    took_part = who is not None and any(
        who in objects(ctx, e.iri, "participant") for e in ctx.events
    )
    want = f"{person.nominative} {'took' if spoke else 'took no'} part"
    return outcome(ctx, took_part == spoke and who is not None, text, want)


def test_the_sample_has_every_verb() -> None:
    assert len(past_forms()["m1"]) >= len(SPEAKING) and len(past_forms()["f"]) >= len(SPEAKING)


def test_who_spoke_in_the_account_took_part(pages: Pages) -> None:
    value = rate(
        "'Następnie przemawiał Mamadou Diouf' -> a participant of the event",
        [check(pages, m) for m in cases(spoke_case, COUNT)],
    )
    assert value >= 0.95


def test_control_who_only_lives_there_is_no_participant(pages: Pages) -> None:
    value = rate(
        "control: 'X mieszka w tym mieście od lat' -> no participant",
        [check(pages, m) for m in cases(other_case, COUNT)],
    )
    assert value >= 0.95
