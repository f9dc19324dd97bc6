"""The friendly YAML form of an entry, for people who don't write RDF:

    type: meeting
    city: Kraków            # any grammatical case, with or without diacritics
    start: 2020-10-08
    supporters: [IOM, UNHCR Polska]

Names resolve to the graph's IRIs through their labels; unknown or ambiguous names are errors
that list the closest known names. Every value keeps its line for messages (file:line)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import yaml

from ..config import base_iri
from ..errors import UserError
from ..language.morphology import case_form
from ..language.resolve import Names
from ..slug import slugify
from ..vocab import UMP, XSD

RDF_TYPE, RDFS_LABEL = (
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
    "http://www.w3.org/2000/01/rdf-schema#label",
)
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
DEFAULT_TEAM = "id/organisation/ump-zespol-migracji-i-integracji"
# type -> the fields it accepts (a field not listed is an error, so typos are caught)
FIELDS = {
    "meeting": {
        "type",
        "id",
        "city",
        "start",
        "end",
        "venue",
        "organiser",
        "team",
        "themes",
        "supporters",
        "participants",
        "cities",
        "topic",
        "discussed",
        "source",
        "label",
        "label_en",
    },
    "conference": {
        "type",
        "id",
        "title",
        "city",
        "start",
        "end",
        "venue",
        "organiser",
        "themes",
        "supporters",
        "participants",
        "topic",
        "discussed",
        "source",
    },
    "organisation": {"type", "id", "name", "name_en", "kind", "unit_of", "city", "url", "acronym"},
    "project": {
        "type",
        "id",
        "name",
        "name_en",
        "leader",
        "partners",
        "fund",
        "programme",
        "start",
        "end",
        "url",
    },
    "programme": {"type", "id", "name", "name_en", "initiators", "url", "acronym"},
    "person": {"type", "id", "name", "organisation", "role"},
    "city": {
        "type",
        "id",
        "name",
        "name_en",
        "teryt",
        "geonames",
        "voivodeship",
        "latitude",
        "longitude",
    },
}
ORGANISATION_KINDS = {
    "unit": "OrganisationalUnit",
    "city-office": "CityOffice",
    "international": "InternationalOrganisation",
    "national": "NationalOrganisation",
    "association": "CityAssociation",
    "team": "Team",
}
ROLES = (
    "prezydent-miasta",
    "zastepca-prezydenta-miasta",
    "kierownik-dzialu",
    "dyrektor-wydzialu",
    "kierownik-referatu",
    "koordynator",
)


@dataclass
class Form:
    path: Path
    names: Names
    values: dict[str, yaml.Node]
    triples: list[ox.Triple] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)
    field_lines: dict[tuple[str, str], int] = field(default_factory=dict)

    def where(self, key: str) -> str:
        node = self.values.get(key)
        return f"{self.path}:{node.start_mark.line + 1}" if node is not None else f"{self.path}:1"

    def text(self, key: str, required: bool = False) -> str | None:
        node = self.values.get(key)
        if node is None or (isinstance(node, yaml.ScalarNode) and node.value.strip() == ""):
            if required:
                raise UserError(
                    f"'{key}' is missing", where=f"{self.path}:1", fix=f"add a line '{key}: …'"
                )
            return None
        if not isinstance(node, yaml.ScalarNode):
            raise UserError(
                f"'{key}' must be a single value", where=self.where(key), fix=f"write '{key}: …'"
            )
        return str(node.value).strip()

    def items(self, key: str) -> list[tuple[str, str]]:
        """The values of a list field with the line of each: `key: [a, b]` or one per line."""
        node = self.values.get(key)
        if node is None:
            return []
        nodes = node.value if isinstance(node, yaml.SequenceNode) else [node]
        result = []
        for item in nodes:
            if not isinstance(item, yaml.ScalarNode):
                raise UserError(
                    f"'{key}' must list names",
                    where=self.where(key),
                    fix=f"write '{key}: [name, name]'",
                )
            result.append((str(item.value).strip(), f"{self.path}:{item.start_mark.line + 1}"))
        return result

    def date(self, key: str) -> str | None:
        value = self.text(key)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            raise UserError(
                f"'{key}: {value}' is not a real date",
                where=self.where(key),
                fix="write the date as YYYY-MM-DD, e.g. 2020-10-08",
            ) from None

    def add(self, s: str, p: str, o: ox.NamedNode | ox.Literal, key: str | None = None) -> None:
        """Add a triple; with the YAML field it came from, problems with it point at that line."""
        self.triples.append(ox.Triple(ox.NamedNode(s), ox.NamedNode(p), o))
        if key is not None and key in self.values:
            self.field_lines[(s, p)] = self.values[key].start_mark.line + 1

    def link(self, s: str, prop: str, key: str, kind: str) -> None:
        for name, where in self.items(key):
            self.add(s, UMP + prop, ox.NamedNode(self.names.resolve(name, kind, where)), key)

    def labels(self, s: str, pl: str, en: str | None) -> None:
        self.add(s, RDFS_LABEL, ox.Literal(pl, language="pl"))
        self.add(s, RDFS_LABEL, ox.Literal(en or pl, language="en"))


def mapping(text: str, path: Path) -> dict[str, yaml.Node]:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise UserError(
            f"YAML syntax error: {getattr(err, 'problem', err)}",
            where=f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path),
            fix="write 'key: value' lines; lists as [a, b]",
        ) from None
    if not isinstance(root, yaml.MappingNode):
        raise UserError(
            "the entry is not a set of 'key: value' lines",
            where=str(path),
            fix="start with 'type: meeting'",
        )
    return {str(k.value): v for k, v in root.value}


def iri_for(form: Form, folder: str, slug: str) -> str:
    given = form.text("id")
    if given:
        return (
            given
            if given.startswith(("http://", "https://"))
            else f"{base_iri()}id/{folder}/{slugify(given)}"
        )
    return f"{base_iri()}id/{folder}/{slug}"


def yaml_entry(
    text: str, path: Path, names: Names
) -> tuple[list[ox.Triple], dict[str, int], dict[tuple[str, str], int]]:
    values = mapping(text, path)
    kind = (
        str(values["type"].value).strip()
        if "type" in values and isinstance(values["type"], yaml.ScalarNode)
        else None
    )
    if kind not in FIELDS:
        raise UserError(
            f"unknown entry type '{kind}'",
            where=f"{path}:1",
            fix=f"write type: one of {', '.join(FIELDS)}",
        )
    form = Form(path, names, values)
    unknown = sorted(set(values) - FIELDS[kind])
    if unknown:
        raise UserError(
            f"'{unknown[0]}' is not a field of a {kind}",
            where=form.where(unknown[0]),
            fix=f"use {', '.join(sorted(FIELDS[kind]))}",
        )
    BUILDERS[kind](form)
    type_line = values["type"].start_mark.line + 1
    form.lines = {
        t.subject.value: type_line for t in form.triples if isinstance(t.subject, ox.NamedNode)
    }
    return form.triples, form.lines, form.field_lines


def event(form: Form, conference: bool) -> str:
    city = form.names.resolve(form.text("city", required=True) or "", "city", form.where("city"))
    city_slug = city.rsplit("/", 1)[-1]
    start, end = form.date("start"), form.date("end")
    folder = "conference" if conference else "meeting"
    subject = iri_for(
        form, folder, f"{start}-{city_slug}" if start else f"{city_slug}-{slugify(form.path.stem)}"
    )
    cls = "Conference" if conference else "TeamMeeting"
    form.add(subject, RDF_TYPE, ox.NamedNode(UMP + cls))
    city_name = form.names.label_of.get(city, city_slug)
    when = f", {start}" + (f" – {end}" if end and end != start else "") if start else ""
    if conference:
        title = form.text("title", required=True) or ""
        form.labels(
            subject,
            f"Konferencja „{title}” w {case_form(city_name, 'loc')}{when}",
            f"Conference “{title}”, {city_name}{when}",
        )
    else:
        team = (
            form.names.resolve(form.text("team") or "", "team", form.where("team"))
            if form.text("team")
            else base_iri() + DEFAULT_TEAM
        )
        form.add(subject, UMP + "meetingOf", ox.NamedNode(team))
        label_pl = (
            form.text("label")
            or f"Posiedzenie Zespołu UMP ds. Migracji i Integracji w {case_form(city_name, 'loc')}{when}"
        )
        form.labels(
            subject,
            label_pl,
            form.text("label_en")
            or f"Meeting of the UMP Team for Migration and Integration, {city_name}{when}",
        )
    form.add(subject, UMP + "inCity", ox.NamedNode(city), "city")
    if start:
        form.add(
            subject,
            UMP + "startDate",
            ox.Literal(start, datatype=ox.NamedNode(XSD + "date")),
            "start",
        )
    if end:
        form.add(
            subject, UMP + "endDate", ox.Literal(end, datatype=ox.NamedNode(XSD + "date")), "end"
        )
    venue(form, subject, city)
    for key, prop, kind in (
        ("themes", "theme", "theme"),
        ("supporters", "supporter", "organisation"),
        ("discussed", "discussed", "initiative"),
        ("cities", "participatingCity", "city"),
    ):
        form.link(subject, prop, key, kind)
    for key, prop in (("organiser", "organiser"), ("participants", "participant")):
        for name, where in form.items(key):
            form.add(
                subject, UMP + prop, ox.NamedNode(person_or_organisation(form.names, name, where))
            )
    topic = form.text("topic")
    if topic:
        form.add(subject, UMP + "leadingTopic", ox.Literal(topic, language="pl"))
    source(form, subject)
    return subject


def person_or_organisation(names: Names, name: str, where: str) -> str:
    try:
        return names.resolve(name, "organisation", where)
    except UserError:
        return names.resolve(name, "person", where)


def venue(form: Form, subject: str, city: str) -> None:
    name = form.text("venue")
    if not name:
        return
    found = {iri for iri, types in form.names.candidates(name).items() if "Venue" in types}
    iri = found.pop() if len(found) == 1 else f"{base_iri()}id/venue/{slugify(name)}"
    if not found:
        form.add(iri, RDF_TYPE, ox.NamedNode(UMP + "Venue"))
        form.labels(iri, name, None)
        form.add(iri, UMP + "inCity", ox.NamedNode(city))
    form.add(subject, UMP + "venue", ox.NamedNode(iri))


def source(form: Form, subject: str) -> None:
    url = form.text("source")
    if not url:
        return
    if not url.startswith(("http://", "https://")):
        raise UserError(
            f"'source: {url}' is not a web address",
            where=form.where("source"),
            fix="write the page's http(s) address",
        )
    page = f"{base_iri()}id/source/{slugify(url.split('://', 1)[1])[:80]}"
    form.add(page, RDF_TYPE, ox.NamedNode(UMP + "SourceDocument"))
    form.add(page, "http://purl.org/dc/terms/title", ox.Literal(url, language="pl"))
    form.add(page, UMP + "url", ox.Literal(url, datatype=ox.NamedNode(XSD + "anyURI")))
    form.add(subject, UMP + "reportedIn", ox.NamedNode(page))


def named_thing(form: Form, folder: str, cls: str, name: str, name_en: str | None) -> str:
    """A new thing of a class with its Polish and English names; its IRI from the name (or `id`)."""
    subject = iri_for(form, folder, slugify(name))
    form.add(subject, RDF_TYPE, ox.NamedNode(UMP + cls))
    form.labels(subject, name, name_en)
    return subject


def organisation(form: Form) -> str:
    name = form.text("name", required=True) or ""
    kind = form.text("kind") or "national"
    if kind not in ORGANISATION_KINDS:
        raise UserError(
            f"'kind: {kind}' is not a kind of organisation",
            where=form.where("kind"),
            fix=f"use one of {', '.join(ORGANISATION_KINDS)}",
        )
    subject = named_thing(
        form, "organisation", ORGANISATION_KINDS[kind], name, form.text("name_en")
    )
    form.link(subject, "unitOf", "unit_of", "organisation")
    form.link(subject, "inCity", "city", "city")
    common(form, subject)
    return subject


def common(form: Form, subject: str) -> None:
    url, acronym = form.text("url"), form.text("acronym")
    if url:
        form.add(subject, UMP + "url", ox.Literal(url, datatype=ox.NamedNode(XSD + "anyURI")))
    if acronym:
        form.add(subject, SKOS_ALT, ox.Literal(acronym, language="pl"))


def project(form: Form) -> str:
    name = form.text("name", required=True) or ""
    subject = named_thing(form, "project", "Project", name, form.text("name_en"))
    form.link(subject, "leader", "leader", "organisation")
    form.link(subject, "partner", "partners", "organisation")
    form.link(subject, "fund", "fund", "fund")
    form.link(subject, "partOfProgramme", "programme", "programme")
    for key, prop in (("start", "startDate"), ("end", "endDate")):
        value = form.date(key)
        if value:
            form.add(subject, UMP + prop, ox.Literal(value, datatype=ox.NamedNode(XSD + "date")))
    common(form, subject)
    return subject


def programme(form: Form) -> str:
    name = form.text("name", required=True) or ""
    subject = named_thing(form, "programme", "Programme", name, form.text("name_en"))
    for name_, where in form.items("initiators"):
        form.add(
            subject,
            UMP + "initiator",
            ox.NamedNode(person_or_organisation(form.names, name_, where)),
        )
    common(form, subject)
    return subject


def person(form: Form) -> str:
    name = form.text("name", required=True) or ""
    subject = named_thing(form, "person", "Person", name, None)
    organisation_name, role = form.text("organisation"), form.text("role")
    if organisation_name:
        org = form.names.resolve(organisation_name, "organisation", form.where("organisation"))
        role = role or "koordynator"
        if role not in ROLES:
            raise UserError(
                f"'role: {role}' is not in the role list",
                where=form.where("role"),
                fix=f"use one of {', '.join(ROLES)}",
            )
        post = f"{base_iri()}id/post/{role}-{org.rsplit('/', 1)[-1]}"
        form.add(post, RDF_TYPE, ox.NamedNode(UMP + "Post"))
        form.labels(post, f"{role.replace('-', ' ')}: {organisation_name}", None)
        form.add(post, UMP + "postIn", ox.NamedNode(org))
        form.add(post, UMP + "role", ox.NamedNode(f"{base_iri()}id/role/{role}"))
        form.add(subject, UMP + "holds", ox.NamedNode(post))
    return subject


def city(form: Form) -> str:
    name = form.text("name", required=True) or ""
    subject = named_thing(form, "city", "City", name, form.text("name_en"))
    for key, prop in (("teryt", "terytCode"), ("geonames", "geonamesId")):
        value = form.text(key)
        if value:
            form.add(subject, UMP + prop, ox.Literal(value))
    for key, prop in (
        ("latitude", "https://schema.org/latitude"),
        ("longitude", "https://schema.org/longitude"),
    ):
        value = form.text(key)
        if value:
            form.add(subject, prop, ox.Literal(value, datatype=ox.NamedNode(XSD + "decimal")))
    form.link(subject, "inVoivodeship", "voivodeship", "voivodeship")
    return subject


BUILDERS = {
    "meeting": lambda form: event(form, conference=False),
    "conference": lambda form: event(form, conference=True),
    "organisation": organisation,
    "project": project,
    "programme": programme,
    "person": person,
    "city": city,
}
