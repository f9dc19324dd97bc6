"""`ump-kg check`: the shipped files pass every check; each broken fixture is reported with
the term and the file:line where it is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from ump_kg.config import Layout
from ump_kg.rdf.locate import line_of
from ump_kg.validate.checks import CheckResult, run_checks

from .conftest import append


def results(home: Path) -> dict[str, CheckResult]:
    return {r.name: r for r in run_checks(Layout(home))}


def failing(home: Path) -> dict[str, list[str]]:
    return {name: r.problems for name, r in results(home).items() if r.problems}


def test_shipped_files_pass_every_check(home: Path) -> None:
    all_results = results(home)
    assert len(all_results) == 9
    for result in all_results.values():
        assert not result.skipped, f"{result.name} was skipped: {result.summary}"
        assert result.ok, f"{result.name}: {result.problems}"


def test_syntax_error_names_file_line_and_column(home: Path) -> None:
    line = append(home / "ontology" / "ump.ttl", "ump:Broken a owl:Class ump:Extra .\n")
    problems = failing(home)
    assert list(problems) == ["all files parse"]
    (problem,) = problems["all files parse"]
    assert problem == (
        f"{home / 'ontology' / 'ump.ttl'}:{line}:24: Turtle syntax error: A dot is expected at the end "
        "of statements (fix: correct the syntax at that position (an editor with Turtle support helps))"
    )


def test_owl_dl_violation_names_the_term(home: Path) -> None:
    # A property that is both an object and a datatype property is outside OWL 2 DL.
    append(home / "ontology" / "ump.ttl", "ump:inCity a owl:DatatypeProperty .\n")
    problems = failing(home)["OWL 2 DL profile (OWL API)"]
    assert problems, "the OWL API should report the punned property"
    # Reported where ump:inCity is defined, by the OWL API's own name for the violation.
    defined = line_of(home / "ontology" / "ump.ttl", "https://w3id.org/ump-kg/def/inCity")
    assert all(
        p.startswith(f"{home / 'ontology' / 'ump.ttl'}:{defined}: IllegalPunning") for p in problems
    )


def test_inconsistent_individual_is_named_with_its_file_line(home: Path) -> None:
    cities = home / "graph" / "reference" / "cities.ttl"
    krakow_line = next(
        n
        for n, text in enumerate(cities.read_text(encoding="utf-8").splitlines(), 1)
        if text.startswith("city:krakow ")
    )
    append(cities, "city:krakow a ump:Organisation .\n")
    problems = failing(home)["consistent, no unsatisfiable class (HermiT)"]
    assert problems == [
        f"{cities}:{krakow_line}: city:krakow is both a ump:Locality and a ump:Organisation, "
        "classes declared disjoint (HermiT: inconsistent)"
    ]


def test_unsatisfiable_class_is_named(home: Path) -> None:
    line = append(
        home / "ontology" / "ump.ttl",
        (
            "ump:CityPerson a owl:Class ; rdfs:subClassOf ump:City , ump:Person ;\n"
            '    rdfs:label "x"@pl , "x"@en ; skos:definition "x"@pl , "x"@en .\n'
        ),
    )
    problems = failing(home)["consistent, no unsatisfiable class (HermiT)"]
    assert problems == [
        f"{home / 'ontology' / 'ump.ttl'}:{line}: ump:CityPerson is unsatisfiable: "
        "no individual can belong to it (HermiT)"
    ]


def test_missing_english_definition_is_reported(home: Path) -> None:
    line = append(
        home / "ontology" / "ump.ttl",
        (
            'ump:Office a owl:Class ; rdfs:label "biuro"@pl , "office"@en ; skos:definition "Biuro."@pl .\n'
        ),
    )
    problems = failing(home)["every term labelled and defined in pl and en"]
    assert problems == [
        f"{home / 'ontology' / 'ump.ttl'}:{line}: ump:Office has no definition in @en"
    ]


def test_invalid_shacl_is_reported_by_shacl_for_shacl(home: Path) -> None:
    line = append(
        home / "ontology" / "shapes.ttl",
        (
            'umpsh:Bad a sh:PropertyShape ; sh:path ump:terytCode ; sh:minCount "one" ;\n'
            '    sh:name "x"@pl , "x"@en ; sh:description "x"@pl , "x"@en ; sh:message "x"@pl , "x"@en .\n'
        ),
    )
    problems = failing(home)["shapes are valid SHACL (SHACL-for-SHACL)"]
    assert len(problems) == 1
    assert problems[0].startswith(f"{home / 'ontology' / 'shapes.ttl'}:{line}: umpsh:Bad: ")
    assert "minCount" in problems[0]


def test_shape_without_english_message_is_reported(home: Path) -> None:
    line = append(
        home / "ontology" / "shapes.ttl",
        (
            "umpsh:Quiet a sh:PropertyShape ; sh:path ump:terytCode ; sh:maxCount 1 ;\n"
            '    sh:name "x"@pl , "x"@en ; sh:description "x"@pl , "x"@en ; sh:message "x"@pl .\n'
        ),
    )
    problems = failing(home)["every shape named, described and with messages in pl and en"]
    assert problems == [
        f"{home / 'ontology' / 'shapes.ttl'}:{line}: umpsh:Quiet has no sh:message in @en"
    ]


def test_shape_using_an_undeclared_term_is_reported(home: Path) -> None:
    line = append(
        home / "ontology" / "shapes.ttl",
        (
            "umpsh:Typo a sh:PropertyShape ; sh:path ump:startdate ; sh:maxCount 1 ;\n"
            '    sh:name "x"@pl , "x"@en ; sh:description "x"@pl , "x"@en ; sh:message "x"@pl , "x"@en .\n'
        ),
    )
    problems = failing(home)["shapes use only terms the ontology defines or declares"]
    assert problems == [
        f"{home / 'ontology' / 'shapes.ttl'}:{line}: ump:startdate is not declared in the ontology"
    ]


def test_reference_data_with_an_undeclared_property_is_reported(home: Path) -> None:
    cities = home / "graph" / "reference" / "cities.ttl"
    append(cities, "@prefix schema: <https://schema.org/> .\n")
    line = append(cities, 'city:lublin schema:startdate "2019-06-12" .\n')
    problems = failing(home)["reference data use only declared terms"]
    assert problems == [
        f"{cities}:{line}: schema:startdate is not defined or declared in the ontology"
    ]


def test_reference_data_violating_a_shape_is_reported(home: Path) -> None:
    teryt = home / "graph" / "reference" / "teryt.ttl"
    text = teryt.read_text(encoding="utf-8").replace(
        'city:lublin ump:terytCode "0663011"', 'city:lublin ump:terytCode "06630"'
    )
    teryt.write_text(text, encoding="utf-8")
    problems = failing(home)["reference data conform to the shapes"]
    assert len(problems) == 1
    assert (
        "Violation on city:lublin ump:terytCode: A city needs exactly one TERYT code of 7 digits"
        in problems[0]
    )
    assert problems[0].startswith(f"{home / 'graph' / 'reference' / 'cities.ttl'}:")


@pytest.mark.parametrize("flag", [[], ["--no-reasoner"]])
def test_check_command_exit_codes(home: Path, cli, flag: list[str]) -> None:  # type: ignore[no-untyped-def]
    ok = cli("check", *flag)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    append(
        home / "ontology" / "shapes.ttl", "umpsh:Typo a sh:NodeShape ; sh:targetClass ump:Mayor .\n"
    )
    bad = cli("check", *flag)
    assert bad.returncode == 1
    assert "FAIL shapes use only terms the ontology defines or declares" in bad.stdout
    assert "Traceback" not in bad.stderr
