"""A branch's rank is written after its head: "Lubuski Oddział Okręgowy Polskiego Czerwonego
Krzyża", "Oddział Rejonowy PCK", "Delegatura Terenowa Urzędu do Spraw Cudzoziemców". Such a
branch — head, then one adjective of rank, in any case, before or after a regional adjective,
then a known body in the genitive or its acronym — is one new body under that whole name, a unit
of the known body (session 31, from a miss of bani, opened this session: the name had stopped at
"Lubuski Oddział Okręgowy" and the unit had no body). The ranks are SGJP adjectives declined by
morfeusz2 to agree with the head; only "okręgowy" was on the page. Control: the same branch
without the rank, as before. Measured on the commit before: 0 % -> 100 % (acronym 0 % -> 100 %);
the control 100 % before and after."""

from __future__ import annotations

import random

from tests.relations_pages import Pages, measured
from tests.relations_templates import POSITIVE, rate
from tests.test_bodies_branches_of_known_bodies import (
    BranchCase,
    a_unit_of_the_known_body,
    acronym_case,
    branch_case,
    named_with_the_acronym_or_spelt_out,
)

# adjectives of a branch's rank or reach, written after its head
RANKS = (
    "okręgowy",
    "rejonowy",
    "terenowy",
    "regionalny",
    "wojewódzki",
    "powiatowy",
    "zamiejscowy",
    "lokalny",
    "miejski",
    "główny",
)


def ranked_case(rng: random.Random) -> BranchCase | None:
    return branch_case(rng, RANKS)


def ranked_acronym_case(rng: random.Random) -> BranchCase | None:
    return acronym_case(rng, RANKS)


def test_a_branch_with_its_rank_after_its_head_is_one_unit(pages: Pages) -> None:
    results, _ = measured(pages, ranked_case, a_unit_of_the_known_body)
    assert rate("'Lubuski Oddział Okręgowy Polskiego Czerwonego Krzyża'", results) >= POSITIVE


def test_a_ranked_branch_with_an_acronym_is_one_unit(pages: Pages) -> None:
    results, _ = measured(pages, ranked_acronym_case, named_with_the_acronym_or_spelt_out)
    assert rate("'Oddziałem Rejonowym PCK': 'Oddział Rejonowy PCK'", results) >= POSITIVE


def test_control_a_branch_without_a_rank_is_one_unit_as_before(pages: Pages) -> None:
    results, _ = measured(pages, branch_case, a_unit_of_the_known_body)
    assert rate("control: 'Mazowiecki Oddział Polskiego Czerwonego Krzyża'", results) >= POSITIVE
