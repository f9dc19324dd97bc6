"""Generated cases run through the real pipeline, for the generated-property tests.

Each case is written as a small Markdown page (Polish, or English as a partner's English site
is), read and extracted (read_source -> extract); the helpers here look up what the page gave
(facts, people, posts) and measure a rule over the cases (`measured`, then rate or tallied of
tests/relations_templates.py).
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import Any

from tests.relations_templates import COUNT, ID, PUBLISHED, UMP, Named, Person, cases, slug
from ump_kg.extract.context import DocumentContext
from ump_kg.extract.document import read_source
from ump_kg.extract.pipeline import extract, knowledge

CRASH = "CRASH"
PAGE_DATE = "2018-07-03"  # a page's date where the test gives none


class Pages:
    """Writes pages into a test's folder and extracts them."""

    language = "pl"
    stem = "strona"
    title = "Aktualności"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.count = itertools.count()

    def path(self, body: str, published: str = PAGE_DATE, title: str | None = None) -> Path:
        path = self.folder / f"{self.stem}-{next(self.count)}.md"
        title = self.title if title is None else title
        # An empty `published` writes an undated page (a digest, a news list).
        dated = f"published: {published}\n" if published else ""
        path.write_text(
            f"---\ntitle: {title}\n{dated}language: {self.language}\n---\n{body}\n",
            encoding="utf-8",
        )
        return path

    def extract(self, body: str, published: str = PAGE_DATE) -> DocumentContext:
        """The page's extraction; where the pipeline crashes, an empty page's, marked as crashed
        so that the case counts as failed (also in negative controls) and the rest still run."""
        try:
            return extract(read_source(self.path(body, published)), knowledge())
        except RecursionError as error:
            ctx = extract(read_source(self.path("Strona.", published)), knowledge())
            ctx.problems.append(f"{CRASH} {type(error).__name__}: {body!r}")
            return ctx

    def extract_titled(self, body: str, title: str, published: str = PUBLISHED) -> DocumentContext:
        """A page with a title of the test's choosing ('Lublin – aktualności'): a page about a
        city says 'nasze miasto' for it."""
        return extract(read_source(self.path(body, published, title)), knowledge())

    @cached_property
    def english(self) -> Pages:
        """English pages, in a folder of their own inside this one."""
        folder = self.folder / "en"
        folder.mkdir()
        return EnglishPages(folder)


class EnglishPages(Pages):
    """Pages marked `language: en`, as a partner's English site is."""

    language = "en"
    stem = "page"
    title = "News"


# --- what a page gave ----------------------------------------------------------------------------


def p(name: str) -> str:
    """A property's full IRI: the project's own by its local name, others as given."""
    return name if name.startswith("http") else UMP + name


def objects(ctx: DocumentContext, s: str, name: str) -> set[object]:
    return {f.o for f in ctx.facts if f.s == s and f.p == p(name)}


def person_iri(ctx: DocumentContext, person: Person) -> str | None:
    """The new Person entity the page made for the person, by its nominative label."""
    return next(
        (
            iri
            for iri, e in ctx.entities.items()
            if e.cls == p("Person") and e.label_pl == person.nominative
        ),
        None,
    )


def made_or_known(ctx: DocumentContext, named: Named) -> str:
    """The IRI of a body a test names: the reference's own, or for a new one (its key "new:"
    and its label) the entity the page made with that label (else the key, found nowhere)."""
    if not named.iri.startswith("new:"):
        return named.iri
    label = named.iri.removeprefix("new:")
    return next((i for i, e in ctx.entities.items() if e.label_pl == label), named.iri)


def titled_objects(ctx: DocumentContext, title: str, *names: str) -> set[str]:
    """What the things the page made under a title (a project's, a document's: their labels
    open with it) have for any of the properties named: "partner", "theme", "author" …"""
    return {
        str(o)
        for iri, e in ctx.entities.items()
        if e.label_pl.startswith(title)
        for name in names
        for o in objects(ctx, iri, name)
    }


def labelled(ctx: DocumentContext, label: str) -> list[str]:
    """The IRIs of the things the page made with this Polish label."""
    return [iri for iri, e in ctx.entities.items() if e.label_pl == label]


def labels_of_bodies(ctx: DocumentContext) -> list[str]:
    """The labels of the things a page made that are no person, city or event: its bodies,
    documents and initiatives."""
    return sorted(
        e.label_pl
        for e in ctx.entities.values()
        if not e.cls.endswith(("Person", "City", "Event", "TeamMeeting"))
    )


def people_found(ctx: DocumentContext) -> list[str]:
    return sorted(e.label_pl for e in ctx.entities.values() if e.cls == p("Person"))


def holds_post_in(ctx: DocumentContext, person: str, body: str, role: str | None = None) -> bool:
    for post in objects(ctx, person, "holds"):
        if body in objects(ctx, str(post), "postIn") and (
            role is None or f"{ID}role/{role}" in objects(ctx, str(post), "role")
        ):
            return True
    return False


def holds(ctx: DocumentContext, person: Person, body: str, role: str | None = None) -> bool:
    """The page made the person and gave them a post in the body (with the role)."""
    who = person_iri(ctx, person)
    return who is not None and holds_post_in(ctx, who, body, role)


def holds_no_post_in(ctx: DocumentContext, person: Person, body: str | None) -> bool:
    who = person_iri(ctx, person)
    return who is None or body is None or not holds_post_in(ctx, who, body)


def facts_text(ctx: DocumentContext) -> str:
    short = [
        f"{f.s.rsplit('/', 1)[-1]} {f.p.rsplit('/', 1)[-1]} {str(f.o).rsplit('/', 1)[-1]}"
        for f in ctx.facts
    ]
    return "; ".join(short)


def outcome(ctx: DocumentContext, ok: bool, body: str, want: str) -> tuple[bool, str]:
    """(ok, what to print when not): the sentence, what was wanted, people and facts found."""
    crashed = [problem for problem in ctx.problems if problem.startswith(CRASH)]
    if crashed:
        return False, crashed[0]
    return ok, f"{body!r}\n       want {want}; people {people_found(ctx)}; facts: {facts_text(ctx)}"


# --- measuring a rule ----------------------------------------------------------------------------


def post_in_body(ctx: DocumentContext, case: Any) -> tuple[bool, str]:
    """A check: the case's person holds a post in the case's body (an IRI)."""
    return holds(ctx, case.person, case.body), f"{case.person.nominative} post in {slug(case.body)}"


def no_post(ctx: DocumentContext, case: Any) -> tuple[bool, str]:
    """A check: the case's person holds no post in the case's body (an IRI)."""
    return holds_no_post_in(ctx, case.person, case.body), "no post"


def checked(
    read: list[tuple[Any, DocumentContext]],
    check: Callable[[DocumentContext, Any], tuple[bool, str]],
) -> list[tuple[bool, str]]:
    """`check(ctx, case)` on cases whose pages are extracted already (by a fixture that several
    tests share): the results, for rate or tallied."""
    results = []
    for case, ctx in read:
        ok, want = check(ctx, case)
        results.append(outcome(ctx, ok, case.text, want))
    return results


def measured(
    pages: Pages,
    make: Callable[[random.Random], Any],
    check: Callable[[DocumentContext, Any], tuple[bool, str]],
    count: int = COUNT,
    published: str = PUBLISHED,
    titled: bool = False,
) -> tuple[list[tuple[bool, str]], list[str]]:
    """`count` cases made by `make`, each written as a page and extracted; `check(ctx, case)`
    says whether the rule held and what it wanted. A case marked `english` goes on an English
    page; with `titled`, a page has the case's title (shown with the failures). Returns the
    results (for rate) and each case's template, where it has one (for tallied)."""
    results, templates = [], []
    for case in cases(make, count):
        on = pages.english if getattr(case, "english", False) else pages
        if titled:
            ctx = on.extract_titled(case.text, case.title, published)
            shown = f"[{case.title}] {case.text}"
        else:
            ctx = on.extract(case.text, published=published)
            shown = case.text
        ok, want = check(ctx, case)
        results.append(outcome(ctx, ok, shown, want))
        templates.append(getattr(case, "template", ""))
    return results, templates
