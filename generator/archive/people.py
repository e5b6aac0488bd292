"""One person, one page across the whole archive.

Within a briefing `generator.merge.people` has already made one `Person` of
`Lavrov` and `Sergei Lavrov`. Across briefings the same person is named in
different ways (`Sergei Lavrov`, `Lavrov`, `Russian Foreign Minister Sergei
Lavrov`), so each briefing's person is keyed by the words of their name with
any title cut off, and a shorter name joins the one fuller name that holds all
its words; a name two fuller names hold (`Clinton` beside `Bill Clinton` and
`Hillary Clinton`) stays apart, as within a briefing. Fuller names are looked
up by their words, never compared with every other name, so the index grows
linearly with the archive.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from generator.extract.speech import TITLE_WORDS
from generator.ids import numbered, slug
from generator.merge.people import name_words, resolve_speaker
from generator.model import Briefing, BriefingQuote, Person
from generator.paths import RESERVED_SLUGS


Key = tuple[str, ...]


@dataclass(frozen=True)
class Appearance:
    """A person in one briefing: as that briefing names them, and what they said there."""

    briefing: Briefing
    person: Person
    quotes: tuple[BriefingQuote, ...]


@dataclass(frozen=True)
class RoleSpan:
    """A role the briefings give a person, from the first to the last briefing giving it."""

    role: str
    first: dt.date
    last: dt.date
    briefings: int


@dataclass(frozen=True)
class ArchivePerson:
    slug: str
    name: str
    appearances: tuple[Appearance, ...]  # newest briefing first

    def roles(self) -> tuple[RoleSpan, ...]:
        """Each run of one role in date order: a role that changes and comes back counts twice."""
        spans: list[RoleSpan] = []
        for a in sorted(self.appearances, key=lambda a: (a.briefing.date, a.briefing.slug)):
            role, date = a.person.role, a.briefing.date
            if not role:
                continue
            if spans and spans[-1].role == role:
                last = spans[-1]
                spans[-1] = RoleSpan(role, last.first, date, last.briefings + 1)
            else:
                spans.append(RoleSpan(role, date, date, 1))
        return tuple(spans)

    @property
    def quote_count(self) -> int:
        return sum(len(a.quotes) for a in self.appearances)


@dataclass(frozen=True)
class PeopleIndex:
    people: tuple[ArchivePerson, ...]  # most briefings first, then by name
    # briefing slug -> name as printed on that briefing (person or speaker) -> person slug
    links: Mapping[str, Mapping[str, str]]


def plain_name(name: str) -> str:
    """The name without a title before it: `Russian Foreign Minister Sergei Lavrov` -> `Sergei Lavrov`."""
    words = name.split()
    titles = [i for i, w in enumerate(words) if w.lower() in TITLE_WORDS or w.lower().rstrip(".") in TITLE_WORDS]
    if titles and titles[-1] < len(words) - 1:
        words = words[titles[-1] + 1:]
    return " ".join(words)


def person_key(name: str) -> Key:
    return name_words(plain_name(name))


def group_names(keys: Iterable[Key]) -> dict[Key, Key]:
    """Map each distinct key to the key of its person: the one fuller name holding all its words."""
    home: dict[Key, Key] = {}
    heads_by_word: dict[str, list[Key]] = {}
    for key in sorted(set(keys), key=lambda k: (-len(k), k)):
        candidates = min((heads_by_word.get(w, []) for w in key), key=len)
        holders = [h for h in candidates if h != key and set(key) <= set(h)]
        if len(holders) == 1:
            home[key] = holders[0]
            continue
        home[key] = key
        for word in set(key):
            heads_by_word.setdefault(word, []).append(key)
    return home


def index_people(briefings: Sequence[Briefing]) -> PeopleIndex:
    """Every person of the archive with the briefings they appear in, and each briefing's links."""
    found: list[tuple[Key, Appearance]] = []
    for b in briefings:
        said: dict[str, list[BriefingQuote]] = {}
        for q in b.quotes:
            speaker = resolve_speaker(q.speaker, b.people) if q.speaker else None
            if speaker is not None:
                said.setdefault(speaker.id, []).append(q)
        for person in b.people:
            key = person_key(person.name)
            if key:
                found.append((key, Appearance(b, person, tuple(said.get(person.id, ())))))
    home = group_names(k for k, _ in found)
    members: dict[Key, list[Appearance]] = {}
    for key, appearance in found:
        members.setdefault(home[key], []).append(appearance)
    people, used = [], set(RESERVED_SLUGS)  # no person page may take the people index's name
    for head in sorted(members):
        appearances = sorted(members[head], key=lambda a: (a.briefing.date, a.briefing.slug), reverse=True)
        printed = Counter(plain_name(a.person.name) for a in appearances if person_key(a.person.name) == head)
        name = max(sorted(printed), key=lambda n: printed[n])
        people.append(ArchivePerson(numbered(slug(name) or "person", used), name, tuple(appearances)))
    people.sort(key=lambda p: (-len(p.appearances), p.name, p.slug))
    return PeopleIndex(tuple(people), _links(people))


def _links(people: Sequence[ArchivePerson]) -> dict[str, dict[str, str]]:
    links: dict[str, dict[str, str]] = {}
    for p in people:
        for a in p.appearances:
            names = links.setdefault(a.briefing.slug, {})
            for name in (a.person.name, *a.person.aliases, *(q.speaker for q in a.quotes if q.speaker)):
                names.setdefault(name, p.slug)
    return links
