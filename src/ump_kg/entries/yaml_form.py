"""The friendly YAML form of an entry, for people who don't write RDF:

    type: meeting
    city: Kraków            # any grammatical case, with or without diacritics
    start: 2020-10-08
    supporters: [IOM, UNHCR Polska]

Names resolve to the graph's IRIs through their labels; unknown or ambiguous names are errors
that list the closest known names. Every value keeps its line for messages (file:line)."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import yaml

from ..config import base_iri
from ..errors import UserError, raise_all
from ..language.grammar import in_place
from ..language.morphology import case_form
from ..language.resolve import Names
from ..rdf.iri import expand
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
    errors: list[UserError] = field(default_factory=list)  # every problem, reported together
    main: str | None = None
    kind: str | None = None

    def where(self, key: str) -> str:
        node = self.values.get(key)
        return f"{self.path}:{node.start_mark.line + 1}" if node is not None else f"{self.path}:1"

    def text(self, key: str, required: bool = False) -> str | None:
        node = self.values.get(key)
        if node is None or (isinstance(node, yaml.ScalarNode) and node.value.strip() == ""):
            if required:
                self.errors.append(
                    UserError(
                        f"'{key}' is missing",
                        where=f"{self.path}:1",
                        fix=f"add a line '{key}: …'",
                        pl=(f"brak pola '{key}'", f"dopisz wiersz '{key}: …'"),
                    )
                )
            return None
        if not isinstance(node, yaml.ScalarNode):
            pl = (f"'{key}' musi mieć jedną wartość", f"napisz '{key}: …'")
            self.fail(f"'{key}' must be a single value", key, f"write '{key}: …'", pl)
            return None
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
                pl = (f"'{key}' musi być listą nazw", f"napisz '{key}: [nazwa, nazwa]'")
                self.fail(f"'{key}' must list names", key, f"write '{key}: [name, name]'", pl)
                continue
            result.append((str(item.value).strip(), f"{self.path}:{item.start_mark.line + 1}"))
        return result

    def date(self, key: str) -> str | None:
        """A day in ISO form: 2021-06-12, 12.06.2021 or 12 czerwca 2021 (r.) are all read."""
        value = self.text(key)
        if value is None:
            return None
        day, problem = written_day(value)
        if day is not None:
            return day.isoformat()
        why = f" ({problem})" if problem else ""
        self.fail(
            f"'{key}: {value}' is not a real date{why}",
            key,
            "write the date as YYYY-MM-DD (2020-10-08), 8.10.2020 or 8 października 2020",
            (
                f"'{key}: {value}' nie jest prawdziwą datą{why}",
                "zapisz datę jako RRRR-MM-DD (2020-10-08), 8.10.2020 albo 8 października 2020",
            ),
        )
        return None

    def resolved(self, name: str, kind: str, where: str) -> str | None:
        """A name's IRI, or None with the problem kept for the report."""
        try:
            return self.names.resolve(name, kind, where)
        except UserError as err:
            self.errors.append(err)
            return None

    def fail(self, what: str, key: str, fix: str, pl: tuple[str, str]) -> None:
        """Keep a problem with field `key` (at its line) for the report of every problem."""
        self.errors.append(UserError(what, where=self.where(key), fix=fix, pl=pl))

    def add(self, s: str, p: str, o: ox.NamedNode | ox.Literal, key: str | None = None) -> None:
        """Add a triple; with the YAML field it came from, problems with it point at that line."""
        self.triples.append(ox.Triple(ox.NamedNode(s), ox.NamedNode(p), o))
        if key is not None and key in self.values:
            self.field_lines[(s, p)] = self.values[key].start_mark.line + 1

    def link(self, s: str, prop: str, key: str, kind: str) -> None:
        for name, where in self.items(key):
            iri = self.resolved(name, kind, where)
            if iri is not None:
                self.add(s, UMP + prop, ox.NamedNode(iri), key)

    def labels(self, s: str, pl: str, en: str | None) -> None:
        self.add(s, RDFS_LABEL, ox.Literal(pl, language="pl"))
        self.add(s, RDFS_LABEL, ox.Literal(en or pl, language="en"))


MAX_DEPTH = 4  # a mapping of values and lists: type, fields, [items]
MAX_NODES = 10_000


def yaml_syntax_error(err: yaml.YAMLError, path: Path) -> UserError:
    mark = getattr(err, "problem_mark", None)
    problem = getattr(err, "problem", None) or str(err)
    return UserError(
        f"YAML syntax error: {problem}",
        where=f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path),
        fix="write 'key: value' lines; lists as [a, b]",
        pl=(f"błąd składni YAML: {problem}", "pisz wiersze 'klucz: wartość'; listy jako [a, b]"),
    )


def limit_error(path: Path, line: int, what: str, what_pl: str) -> UserError:
    return UserError(
        what,
        where=f"{path}:{line}",
        fix="an entry is a flat list of 'key: value' lines (see ump-kg new meeting)",
        pl=(what_pl, "wpis to prosta lista wierszy 'klucz: wartość' (zob. ump-kg new meeting)"),
    )


def check_shape(text: str, path: Path) -> None:
    """Walk the YAML events once (no recursion, linear) before composing a tree: nesting depth,
    number of nodes, anchors and aliases are limited, so no input can exhaust the stack or the
    memory."""
    depth = nodes = 0
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            line = event.start_mark.line + 1 if event.start_mark else 0
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    raise limit_error(
                        path,
                        line,
                        f"the entry is nested more than {MAX_DEPTH} levels deep",
                        f"wpis jest zagnieżdżony głębiej niż na {MAX_DEPTH} poziomy",
                    )
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise limit_error(
                    path,
                    line,
                    "YAML anchors and aliases (&name, *name) are not used in entries",
                    "kotwice i aliasy YAML (&nazwa, *nazwa) nie są używane we wpisach",
                )
            nodes += isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent))
            if nodes > MAX_NODES:
                raise limit_error(
                    path,
                    line,
                    f"the entry has more than {MAX_NODES:,} values",
                    f"wpis ma ponad {MAX_NODES:,} wartości",
                )
    except yaml.YAMLError as err:
        raise yaml_syntax_error(err, path) from None


def mapping(text: str, path: Path) -> dict[str, yaml.Node]:
    check_shape(text, path)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as err:
        raise yaml_syntax_error(err, path) from None
    if not isinstance(root, yaml.MappingNode):
        raise UserError(
            "the entry is not a set of 'key: value' lines",
            where=str(path),
            fix="start with 'type: meeting'",
            pl=("wpis nie jest zbiorem wierszy 'klucz: wartość'", "zacznij od 'type: meeting'"),
        )
    values: dict[str, yaml.Node] = {}
    duplicates = []
    for key, value in root.value:
        name = str(key.value)
        if name in values:
            first = values[name].start_mark.line + 1
            again = key.start_mark.line + 1
            duplicates.append(
                UserError(
                    f"'{name}' is given twice (lines {first} and {again})",
                    where=f"{path}:{again}",
                    fix=f"keep one '{name}:' line",
                    pl=(
                        f"'{name}' podano dwa razy (wiersze {first} i {again})",
                        f"zostaw jeden wiersz '{name}:'",
                    ),
                )
            )
        else:
            values[name] = value
    raise_all(duplicates)
    return values


def written_day(value: str) -> tuple[dt.date | None, str | None]:
    """One day as people write it (ISO, 12.06.2021, 12 czerwca 2021 r.), read by the extractor's
    own date grammar; (None, why) for an impossible date, (None, None) for something else."""
    from ..extract.dates import find_dates

    text = value.strip()
    mentions = find_dates(text)
    whole = [m for m in mentions if m.start == 0 and m.end >= len(text.rstrip(". "))]
    if len(whole) == 1:
        mention = whole[0]
        if mention.problem:
            return None, mention.problem
        if mention.first is not None and mention.first == mention.last:
            return mention.first, None
    return None, None


def iri_for(form: Form, folder: str, slug: str) -> str:
    """The thing's IRI: from `id` (a full or short IRI, or a name to slug), else from its name."""
    given = form.text("id")
    if given:
        if ":" in given:
            try:
                return expand(given, "id", form.where("id"))
            except UserError as err:
                form.errors.append(err)
                return f"{base_iri()}id/{folder}/{slug}"
        try:
            return f"{base_iri()}id/{folder}/{slugify(given)}"
        except ValueError:
            form.fail(
                f"'id: {given}' has no letter or digit to make an IRI from",
                "id",
                "write a name (e.g. id: spotkanie-w-lodzi) or a full IRI",
                (
                    f"'id: {given}' nie ma liter ani cyfr, z których da się zrobić IRI",
                    "napisz nazwę (np. id: spotkanie-w-lodzi) albo pełne IRI",
                ),
            )
    return f"{base_iri()}id/{folder}/{slug}"


def yaml_entry(text: str, path: Path, names: Names) -> Form:
    """The entry's triples and lines; every problem of the file is raised together."""
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
            pl=(f"nieznany rodzaj wpisu '{kind}'", f"napisz type: jedno z {', '.join(FIELDS)}"),
        )
    form = Form(path, names, values, kind=kind)
    for name in sorted(set(values) - FIELDS[kind], key=lambda n: values[n].start_mark.line):
        form.fail(
            f"'{name}' is not a field of a {kind}",
            name,
            f"use {', '.join(sorted(FIELDS[kind]))}",
            (f"'{name}' nie jest polem wpisu {kind}", f"użyj {', '.join(sorted(FIELDS[kind]))}"),
        )
    form.main = BUILDERS[kind](form)
    raise_all(sorted(form.errors, key=lambda e: line_number(e.where)))
    type_line = values["type"].start_mark.line + 1
    form.lines = {
        t.subject.value: type_line for t in form.triples if isinstance(t.subject, ox.NamedNode)
    }
    return form


def line_number(where: str | None) -> int:
    match = re.search(r":(\d+)(?::\d+)?$", where or "")
    return int(match.group(1)) if match else 0


def slug_or(text: str, fallback: str) -> str:
    try:
        return slugify(text)
    except ValueError:  # no letter or digit: the missing/odd field is reported elsewhere
        return fallback


def event(form: Form, conference: bool) -> str:
    city_name_given = form.text("city", required=True)
    city = form.resolved(city_name_given, "city", form.where("city")) if city_name_given else None
    city_slug = city.rsplit("/", 1)[-1] if city else "unknown"
    start, end = form.date("start"), form.date("end")
    folder = "conference" if conference else "meeting"
    subject = iri_for(
        form,
        folder,
        f"{start}-{city_slug}" if start else f"{city_slug}-{slug_or(form.path.stem, 'entry')}",
    )
    cls = "Conference" if conference else "TeamMeeting"
    form.add(subject, RDF_TYPE, ox.NamedNode(UMP + cls))
    city_name = form.names.label_of.get(city or "", city_slug)
    where_pl = in_place(case_form(city_name, "loc"))  # "w Krakowie", "we Wrocławiu"
    when = f", {start}" + (f" – {end}" if end and end != start else "") if start else ""
    if conference:
        title = form.text("title", required=True) or ""
        form.labels(
            subject,
            f"Konferencja „{title}” {where_pl}{when}",
            f"Conference “{title}”, {city_name}{when}",
        )
    else:
        team_name = form.text("team")
        team = (
            form.resolved(team_name, "team", form.where("team"))
            if team_name
            else base_iri() + DEFAULT_TEAM
        )
        if team:
            form.add(subject, UMP + "meetingOf", ox.NamedNode(team))
        label_pl = (
            form.text("label")
            or f"Posiedzenie Zespołu UMP ds. Migracji i Integracji {where_pl}{when}"
        )
        form.labels(
            subject,
            label_pl,
            form.text("label_en")
            or f"Meeting of the UMP Team for Migration and Integration, {city_name}{when}",
        )
    if city:
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
    if city:
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
            agent = person_or_organisation(form, name, where)
            if agent:
                form.add(subject, UMP + prop, ox.NamedNode(agent))
    topic = form.text("topic")
    if topic:
        form.add(subject, UMP + "leadingTopic", ox.Literal(topic, language="pl"))
    source(form, subject)
    return subject


def person_or_organisation(form: Form, name: str, where: str) -> str | None:
    try:
        return form.names.resolve(name, "organisation", where)
    except UserError:
        return form.resolved(name, "person", where)


def venue(form: Form, subject: str, city: str) -> None:
    name = form.text("venue")
    if not name:
        return
    found = {iri for iri, types in form.names.candidates(name).items() if "Venue" in types}
    iri = found.pop() if len(found) == 1 else f"{base_iri()}id/venue/{slug_or(name, 'venue')}"
    if not found:
        form.add(iri, RDF_TYPE, ox.NamedNode(UMP + "Venue"))
        form.labels(iri, name, None)
        form.add(iri, UMP + "inCity", ox.NamedNode(city))
    form.add(subject, UMP + "venue", ox.NamedNode(iri))


def web_address(form: Form, key: str) -> str | None:
    """An http(s) address that is a valid IRI, or None with the problem kept."""
    url = form.text(key)
    if not url:
        return None
    if url.startswith(("http://", "https://")):
        try:
            return expand(url, f"'{key}'", form.where(key))
        except UserError:
            pass
    form.fail(
        f"'{key}: {url}' is not a web address",
        key,
        "write the page's http(s) address, without spaces",
        (f"'{key}: {url}' nie jest adresem strony", "wpisz adres http(s) strony, bez spacji"),
    )
    return None


def source(form: Form, subject: str) -> None:
    url = web_address(form, "source")
    if not url:
        return
    page = f"{base_iri()}id/source/{slug_or(url.split('://', 1)[1], 'page')[:80]}"
    form.add(page, RDF_TYPE, ox.NamedNode(UMP + "SourceDocument"))
    form.add(page, "http://purl.org/dc/terms/title", ox.Literal(url, language="pl"))
    form.add(page, UMP + "url", ox.Literal(url, datatype=ox.NamedNode(XSD + "anyURI")))
    form.add(subject, UMP + "reportedIn", ox.NamedNode(page))


def named_thing(form: Form, folder: str, cls: str, name: str, name_en: str | None) -> str:
    """A new thing of a class with its Polish and English names; its IRI from the name (or `id`)."""
    subject = iri_for(form, folder, slug_or(name, "unnamed"))
    form.add(subject, RDF_TYPE, ox.NamedNode(UMP + cls))
    if name:
        form.labels(subject, name, name_en)
    return subject


def organisation(form: Form) -> str:
    name = form.text("name", required=True) or ""
    kind = form.text("kind") or "national"
    if kind not in ORGANISATION_KINDS:
        form.fail(
            f"'kind: {kind}' is not a kind of organisation",
            "kind",
            f"use one of {', '.join(ORGANISATION_KINDS)}",
            (
                f"'kind: {kind}' nie jest rodzajem organizacji",
                f"użyj jednego z {', '.join(ORGANISATION_KINDS)}",
            ),
        )
        kind = "national"
    subject = named_thing(
        form, "organisation", ORGANISATION_KINDS[kind], name, form.text("name_en")
    )
    form.link(subject, "unitOf", "unit_of", "organisation")
    form.link(subject, "inCity", "city", "city")
    common(form, subject)
    return subject


def common(form: Form, subject: str) -> None:
    url, acronym = web_address(form, "url"), form.text("acronym")
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
        agent = person_or_organisation(form, name_, where)
        if agent:
            form.add(subject, UMP + "initiator", ox.NamedNode(agent))
    common(form, subject)
    return subject


def person(form: Form) -> str:
    name = form.text("name", required=True) or ""
    subject = named_thing(form, "person", "Person", name, None)
    organisation_name, role = form.text("organisation"), form.text("role")
    if not organisation_name:
        return subject
    org = form.resolved(organisation_name, "organisation", form.where("organisation"))
    role = role or "koordynator"
    if role not in ROLES:
        form.fail(
            f"'role: {role}' is not in the role list",
            "role",
            f"use one of {', '.join(ROLES)}",
            (f"'role: {role}' nie ma na liście ról", f"użyj jednej z {', '.join(ROLES)}"),
        )
        return subject
    if org is None:
        return subject
    post = f"{base_iri()}id/post/{role}-{org.rsplit('/', 1)[-1]}"
    form.add(post, RDF_TYPE, ox.NamedNode(UMP + "Post"))
    form.labels(post, f"{role.replace('-', ' ')}: {organisation_name}", None)
    form.add(post, UMP + "postIn", ox.NamedNode(org))
    form.add(post, UMP + "role", ox.NamedNode(f"{base_iri()}id/role/{role}"))
    form.add(subject, UMP + "holds", ox.NamedNode(post))
    return subject


COORDINATES = {"latitude": 90, "longitude": 180}  # the largest absolute value of each
DECIMAL = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


def coordinate(form: Form, key: str) -> str | None:
    """A latitude or longitude as an xsd:decimal: digits only (no nan, inf or exponent) and in
    range."""
    value = form.text(key)
    if not value:
        return None
    text = value.replace(",", ".")
    if DECIMAL.match(text) and math.isfinite(float(text)) and abs(float(text)) <= COORDINATES[key]:
        return text
    limit = COORDINATES[key]
    form.fail(
        f"'{key}: {value}' is not a number between -{limit} and {limit}",
        key,
        f"write degrees as a decimal number, e.g. {key}: 50.06",
        (
            f"'{key}: {value}' nie jest liczbą od -{limit} do {limit}",
            f"wpisz stopnie jako liczbę dziesiętną, np. {key}: 50.06",
        ),
    )
    return None


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
        value = coordinate(form, key)
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
