"""The archive as a whole: what no single briefing knows.

Briefings by month and by tag, one person across briefings
(`generator.archive.people`), each briefing's last-updated date for the feed,
and the cutting of long lists into pages of a fixed size, so that no page grows
with the archive.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Sequence, TypeVar

from generator.archive.people import PeopleIndex, index_people
from generator.ids import slug
from generator.merge.people import resolve_speaker
from generator.model import Briefing
from generator.paths import RESERVED_SLUGS

T = TypeVar("T")
PAGE_SIZE = 20  # briefings on one archive, tag or person page


@dataclass(frozen=True)
class Shelf:
    """Briefings under one heading (a month, a tag), newest first, and the page name they go on."""

    name: str  # `2025-07`, `russia`: the page's file name
    title: str  # `July 2025`, `russia`
    briefings: tuple[Briefing, ...]


@dataclass(frozen=True)
class Archive:
    months: tuple[Shelf, ...]  # newest first
    tags: tuple[Shelf, ...]  # by name
    people: PeopleIndex


def newest_first(briefings: Sequence[Briefing]) -> list[Briefing]:
    return sorted(briefings, key=lambda b: (b.date, b.slug), reverse=True)


def updated(briefing: Briefing) -> dt.date:
    """When the briefing last changed, read from its content: its date or its newest source's.

    An unchanged briefing keeps it across rebuilds; a newer source moves it."""
    return max([briefing.date, *(s.date for s in briefing.sources if s.date)])


def index_entry(briefing: Briefing) -> Briefing:
    """What the archive keeps of a briefing: what its listings, tag and people pages,
    the feed and the source pages show. Title, date, summary, tags and sources
    stay; people keep their names and roles, quotes only when they name one of
    those people, with the sentence of their first source; facts, timeline,
    discrepancies and the summary's sentences go. A build keeps this of every
    briefing, and each whole briefing only while its own pages render, so that
    memory grows with this index, not with whole briefings."""
    people = tuple(dataclasses.replace(p, sources=(), anchors=()) for p in briefing.people)
    quotes = tuple(dataclasses.replace(q, sources=(), anchors=q.anchors[:1], context=None) for q in briefing.quotes
                   if q.speaker and resolve_speaker(q.speaker, briefing.people))
    return dataclasses.replace(briefing, facts=(), more_facts=(), timeline=(), discrepancies=(),
                               summary_sentences=(), people=people, quotes=quotes)


def pages(items: Sequence[T], size: int = PAGE_SIZE) -> list[Sequence[T]]:
    """`items` cut into pages of `size`; an empty list is one empty page."""
    return [items[i:i + size] for i in range(0, len(items), size)] or [items[:0]]


def by_month(briefings: Sequence[Briefing]) -> tuple[Shelf, ...]:
    shelves: dict[str, list[Briefing]] = {}
    for b in newest_first(briefings):
        shelves.setdefault(f"{b.date.year:04d}-{b.date.month:02d}", []).append(b)  # %Y leaves year 1 unpadded
    return tuple(Shelf(month, f"{bs[0].date:%B} {bs[0].date.year}", tuple(bs)) for month, bs in shelves.items())


def by_tag(briefings: Sequence[Briefing]) -> tuple[Shelf, ...]:
    """One shelf per tag; tags that make the same page name (`North Korea`, `north-korea`) share it."""
    shelves: dict[str, tuple[str, list[Briefing]]] = {}
    for b in newest_first(briefings):
        for tag in dict.fromkeys(b.tags):
            shelves.setdefault(tag_slug(tag), (tag, []))[1].append(b)
    return tuple(Shelf(name, title, tuple(bs)) for name, (title, bs) in sorted(shelves.items()))


def tag_slug(tag: str) -> str:
    """The tag page's name; never `index`, the tags index's own."""
    name = slug(tag) or "tag"
    return f"{name}-tag" if name in RESERVED_SLUGS else name


def build_archive(briefings: Sequence[Briefing]) -> Archive:
    return Archive(by_month(briefings), by_tag(briefings), index_people(briefings))
