"""Bodies named in the plural with the towns they are in: "Centra Integracji Cudzoziemców w
Poznaniu, Kaliszu, Koninie, Pile i Lesznie" are five bodies, "Centrum Integracji Cudzoziemców
w Poznaniu", "… w Kaliszu" and so on, each in its town.

Polish names several bodies of one kind at once by the plural of their name and the list of
their towns in the locative after "w". Each is a body of its own, registered by the singular of
the name and its town, as one named alone would be. What the page says of them together (who
runs them, what they do) is said of each.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..language.morphology import analyses, phrase_base_form, tag_has
from ..language.prepositions import locative_phrase
from ..slug import slugify
from ..vocab import UMP_NS as UMP
from .context import DocumentContext, Fact
from .gazetteer import Mention
from .names import BODY_HEADS, head_index

# "w Poznaniu", "– w Warszawie": the towns' list opens after the name, with a dash or not
LIST_OPENS = re.compile(r"[ \t]*(?:[–—-][ \t]*)?we?[ \t]+")
SEAT_BEFORE = re.compile(r"[ \t]we?[ \t]+$")
# ", Kaliszu", " i Lesznie", ", oraz Pile": the list goes on
LIST_GOES_ON = re.compile(r"(?:[ \t]*,[ \t]*(?:i[ \t]+|oraz[ \t]+)?|[ \t]+(?:i|oraz)[ \t]+)")


def plural_bodies_in_their_towns(ctx: DocumentContext) -> None:
    """Each body named in the plural before a list of two or more towns becomes one body per
    town; its facts are each one's, and its town is where each is."""
    towns_of: dict[str, list[Mention]] = {}
    for mention in ctx.mentions:
        if mention.kind not in ("org", "unit") or mention.iri not in ctx.entities:
            continue
        if not named_in_the_plural(ctx.entities[mention.iri].label_pl):
            continue
        towns = towns_listed_after(ctx, mention)
        if len(towns) >= 2:  # (the page may list them twice, or list others elsewhere)
            towns_of.setdefault(mention.iri, []).extend(towns)
    for plural, towns in towns_of.items():
        one_body_per_town(ctx, plural, towns)


def named_in_the_plural(label: str) -> bool:
    """Whether a body's name is headed by a body's word in the plural ("Centra Integracji
    Cudzoziemców", "Punkty Informacyjne")."""
    words = label.split()
    head = head_index(words)
    return head is not None and any(
        lemma.lower() in BODY_HEADS and tag.startswith("subst") and tag_has(tag, 1, "pl")
        for lemma, tag, _ in analyses(words[head])
    )


def towns_listed_after(ctx: DocumentContext, body: Mention) -> list[Mention]:
    """The towns the page lists right after a name: "w Poznaniu, Kaliszu i Lesznie" (the first
    may have been read as the name's seat: "Punkty Informacyjne w Gdańsku i Gdyni")."""
    text = ctx.doc.text
    cities = {m.start: m for m in ctx.mentions if m.kind == "city"}
    seat = next(
        (
            m
            for m in cities.values()
            if body.start < m.start and m.end == body.end and SEAT_BEFORE.search(text, 0, m.start)
        ),
        None,
    )
    opens = LIST_OPENS.match(text, body.end)
    if seat is not None:
        towns = [seat]
    elif opens is not None and opens.end() in cities:
        towns = [cities[opens.end()]]
    else:
        return []
    while (goes_on := LIST_GOES_ON.match(text, towns[-1].end)) and goes_on.end() in cities:
        towns.append(cities[goes_on.end()])
    return towns


def one_body_per_town(ctx: DocumentContext, plural: str, towns: list[Mention]) -> None:
    entity = ctx.entities.pop(plural)
    name = entity.label_pl
    seat = f" {locative_phrase(towns[0].text)}"
    name = name[: -len(seat)] if name.endswith(seat) else name
    singular = phrase_base_form(name.split(), heads=BODY_HEADS, singular=True)
    facts = [f for f in ctx.facts if plural in (f.s, f.o) and f.p != UMP + "inCity"]
    ctx.facts[:] = [f for f in ctx.facts if plural not in (f.s, f.o)]
    made = []
    for town in towns:
        label = f"{singular} {locative_phrase(town.text)}"
        iri = ctx.iri("organisation", slugify(label))
        if iri in made:
            continue
        made.append(iri)
        ctx.entities[iri] = replace(entity, iri=iri, label_pl=label, label_en=label)
        ctx.facts += [of_the_town(f, plural, iri) for f in facts]
        ctx.fact(iri, "inCity", town.iri, entity.sentence)
    # (the plural's mentions stand for the first: its provenance is where they are named)
    ctx.mentions[:] = [replace(m, iri=made[0]) if m.iri == plural else m for m in ctx.mentions]


def of_the_town(fact: Fact, plural: str, iri: str) -> Fact:
    return replace(
        fact, s=iri if fact.s == plural else fact.s, o=iri if fact.o == plural else fact.o
    )
