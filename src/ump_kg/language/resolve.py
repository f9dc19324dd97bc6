"""Names to IRIs for the YAML form: labels and alternative labels of the graph, in any
grammatical case ("Krakowa" -> Kraków) and with or without diacritics ("Krakow")."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

import pyoxigraph as ox

from ..errors import UserError
from ..slug import ascii_fold
from ..vocab import UMP
from .morphology import person_base_form, phrase_base_form

LABELS = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?s ?name ?type WHERE { ?s rdfs:label|skos:altLabel|skos:prefLabel ?name ; a ?type }"""
# What a YAML field may name: the classes (and their subclasses) it accepts.
KINDS = {
    "city": {"City"},
    "organisation": {
        "Organisation",
        "CityOffice",
        "OrganisationalUnit",
        "CityAssociation",
        "AssociationBody",
        "Team",
        "InternationalOrganisation",
        "NationalOrganisation",
    },
    "person": {"Person"},
    "theme": {"Theme"},
    "team": {"Team"},
    "venue": {"Venue"},
    "initiative": {"Programme", "Project", "Fund", "Document", "Declaration"},
    "programme": {"Programme"},
    "fund": {"Fund"},
    "voivodeship": {"Voivodeship"},
}
KIND_NAMES = {
    "city": "a city",
    "organisation": "an organisation",
    "person": "a person",
    "theme": "a theme",
    "team": "a team",
    "venue": "a venue",
    "initiative": "a programme, project, fund or document",
    "programme": "a programme",
    "fund": "a fund",
    "voivodeship": "a voivodeship",
}

KIND_NAMES_PL = {
    "city": "miasto",
    "organisation": "organizację",
    "person": "osobę",
    "theme": "temat",
    "team": "zespół",
    "venue": "miejsce",
    "initiative": "program, projekt, fundusz albo dokument",
    "programme": "program",
    "fund": "fundusz",
    "voivodeship": "województwo",
}


def fold(text: str) -> str:
    return " ".join(ascii_fold(text).lower().split())


@dataclass
class Names:
    """Folded name -> {IRI: set of ump class names}, and display names for suggestions."""

    index: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    display: dict[str, str] = field(default_factory=dict)
    label_of: dict[str, str] = field(default_factory=dict)  # IRI -> its Polish label

    @classmethod
    def from_store(cls, store: ox.Store) -> Names:
        names = cls()
        result = store.query(LABELS, use_default_graph_as_union=True)
        assert isinstance(result, ox.QuerySolutions)
        for row in result:
            subject, name, kind = row[0], row[1], row[2]
            if not isinstance(subject, ox.NamedNode) or not isinstance(kind, ox.NamedNode):
                continue
            key = fold(name.value)
            names.index.setdefault(key, {}).setdefault(subject.value, set()).add(
                kind.value.removeprefix(UMP)
            )
            names.display.setdefault(key, name.value)
            if isinstance(name, ox.Literal) and name.language == "pl":
                names.label_of.setdefault(subject.value, name.value)
        return names

    def candidates(self, name: str) -> dict[str, set[str]]:
        """IRIs whose names match the given one, or its base form ('Krakowa', 'Ireną Guidiková')."""
        words = name.split()
        if len(words) > 1 and words[0].lower() in ("w", "we"):  # "w Lublinie", "we Wrocławiu"
            words = words[1:]
            name = " ".join(words)
        for variant in (name, phrase_base_form(words), person_base_form(words)):
            found = self.index.get(fold(variant))
            if found:
                return found
        return self.by_case_forms(name)

    def by_case_forms(self, name: str) -> dict[str, set[str]]:
        """Labels starting like the name, inflected the way the extractor inflects names:
        'Poznaniu' is a form of 'Poznań'. Bounded: only labels sharing the first three letters."""
        from .morphology import case_forms

        target = fold(name)
        for key, found in self.index.items():
            if key[:3] == target[:3] and any(
                fold(form) == target for form in case_forms(self.display[key])
            ):
                return found
        return {}

    def resolve(self, name: str, kind: str, where: str) -> str:
        from ..rdf.iri import expand, is_short

        if name.startswith(("http://", "https://")) or is_short(name):
            return expand(name, kind, where)
        found = self.candidates(name)
        fitting = {iri for iri, types in found.items() if types & KINDS[kind]}
        if len(fitting) == 1:
            return fitting.pop()
        if len(fitting) > 1:
            raise UserError(
                f"'{name}' is ambiguous: it names {', '.join(sorted(fitting))}",
                where=where,
                fix="write the IRI of the one you mean",
                pl=(
                    f"'{name}' jest niejednoznaczne: to {', '.join(sorted(fitting))}",
                    "wpisz IRI tego, o które chodzi",
                ),
            )
        if found:
            iri, types = sorted(found.items())[0]
            raise UserError(
                f"'{name}' is {', '.join(sorted(types))} ({iri}), not {KIND_NAMES[kind]}",
                where=where,
                fix=f"give {KIND_NAMES[kind]} here",
                pl=(
                    f"'{name}' to {', '.join(sorted(types))} ({iri}), a nie {KIND_NAMES_PL[kind]}",
                    f"podaj tu {KIND_NAMES_PL[kind]}",
                ),
            )
        close = difflib.get_close_matches(fold(name), list(self.index), n=3, cutoff=0.6)
        suggestion = ", ".join(self.display[c] for c in close)
        raise UserError(
            f"unknown {kind} '{name}'",
            where=where,
            fix=f"did you mean {suggestion}?"
            if suggestion
            else f"name {KIND_NAMES[kind]} the graph knows",
            pl=(
                f"nieznane: '{name}' ({KIND_NAMES_PL[kind]})",
                f"czy chodzi o {suggestion}?"
                if suggestion
                else f"podaj {KIND_NAMES_PL[kind]}, które graf zna",
            ),
        )
