"""A foreign state's mission for Poland keeps the country in its name where it is the place
something happens or someone works: "radca minister w Ambasadzie Ukrainy w Polsce" ->
"Ambasada Ukrainy w Polsce" (session 34, from a miss of os, opened this session: after "w" the
country had been read as where the sentence happens, and the name was cut to "Ambasada
Ukrainy"). Session 33's rule (test_bodies_for_the_country_foreign_missions) read the country
only where the mission was not itself after "w".

Names: that test's generated missions (ambasada, przedstawicielstwo, biuro przedstawicielskie
/ handlowe / konsularne; a CLDR country's name in the genitive from morfeusz2; "w Polsce", "w
Rzeczypospolitej Polskiej", "w RP"), in the locative after "w", in sentence templates of work
and of events.
Control: the same missions in the locative after "o" (test_org_names_generated's template), as
before.
Measured on the commit before: 35.0 % (only "w Rzeczypospolitej Polskiej", which SGJP reads
as no place) -> 97.5 % (one adjective left in the locative, "Biuro Handlowym"); the control
97.9 % before and after."""

from __future__ import annotations

from tests.test_bodies_for_the_country_foreign_missions import missions
from tests.test_org_names_generated import found_in, report, whole_nominative_rate

SEED = 20261209
PLACE_TEMPLATES = (
    "Konsul pracuje w {name} od dwóch lat.",
    "Uroczystość odbyła się w {name} w maju.",
    "Dyskutowano o tym w {name} na spotkaniu.",
)


def test_a_mission_after_w_keeps_the_country() -> None:
    ok, total, failures = 0, 0, []
    for index, (nominative, forms) in enumerate(missions(SEED)):
        text = PLACE_TEMPLATES[index % len(PLACE_TEMPLATES)].format(name=forms["loc"])
        _, found = found_in(text)
        total += 1
        if [b.base for b in found] == [nominative]:
            ok += 1
        else:
            failures.append(f"{text!r} -> {[b.base for b in found]} (want {nominative})")
    assert report("missions after 'w' -> whole", ok, total, failures) >= 0.95


def test_control_the_same_missions_elsewhere() -> None:
    rate = whole_nominative_rate("control: the missions in every case", missions(SEED))
    assert rate >= 0.95
