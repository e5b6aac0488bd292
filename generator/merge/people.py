"""One person, one name across a briefing.

Each article names people its own way (`Zakharova`, `Maria Zakharova`,
`spokeswoman Maria Zakharova`); `merge_people` makes one `Person` of them,
named by the fullest form, with the role most sources give and every source.
`resolve_speaker` maps a quote's speaker string to that person, so a quote by
"Zakharova" shows "Maria Zakharova" and her role.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Sequence

from generator.extract.speech import HONORIFICS, ROLE_WORDS
from generator.ids import numbered, slug
from generator.model import Person, PersonMention


@functools.lru_cache(maxsize=65536)  # asked of the same names for every quote, and across the archive
def name_words(name: str) -> tuple[str, ...]:
    """The words that identify a name, case and accents and honorifics aside."""
    words = [w for w in re.split(r"[\s\-]+", name.strip()) if w]
    words = [w for w in words if w.lower() not in HONORIFICS]
    return tuple(slug(w) for w in words if slug(w))


def _same_person(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """`Zakharova` is `Maria Zakharova`: every word of the shorter name is in the fuller one."""
    return bool(short) and set(short) <= set(full)


def _best_role(roles: list[str]) -> str | None:
    """The role most mentions give; ties go to one naming an office, then the longer."""
    if not roles:
        return None
    counts = Counter(roles)

    def rank(role: str) -> tuple[int, int, int]:
        office = any(w.lower() in ROLE_WORDS for w in role.split())
        return (counts[role], office, len(role))

    return max(counts, key=rank)


def _groups(names: list[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Map each distinct name to the fullest name of its person.

    A short name joins a fuller one only if exactly one fuller person holds it;
    `Clinton` beside both `Hillary Clinton` and `Bill Clinton` stays apart.
    """
    home: dict[tuple[str, ...], tuple[str, ...]] = {}
    fullest_first = sorted(set(names), key=lambda n: (-len(n), n))
    heads: list[tuple[str, ...]] = []
    for name in fullest_first:
        holders = [h for h in heads if _same_person(name, h)]
        if len(holders) == 1:
            home[name] = holders[0]
        else:
            heads.append(name)
            home[name] = name
    return home


def merge_people(mentions: Sequence[tuple[str, PersonMention]]) -> tuple[Person, ...]:
    """One Person per real person across the briefing's sources, fullest name first seen."""
    keyed = [(source, mention, name_words(mention.name)) for source, mention in mentions]
    keyed = [k for k in keyed if k[2]]
    home = _groups([k[2] for k in keyed])
    grouped: dict[tuple[str, ...], list[tuple[str, PersonMention]]] = {}
    for source, mention, words in keyed:
        grouped.setdefault(home[words], []).append((source, mention))
    people: list[Person] = []
    used: set[str] = set()
    for head, members in grouped.items():
        printed = Counter(m.name for _, m in members if name_words(m.name) == head)
        name = max(printed, key=lambda n: (printed[n], n))
        role = _best_role([m.role for _, m in members if m.role])
        aliases = tuple(sorted({m.name for _, m in members} - {name}))
        pid = numbered("p-" + (slug(name) or "person"), used)
        sources = tuple(sorted({s for s, _ in members}))
        people.append(Person(id=pid, name=name, role=role, sources=sources, aliases=aliases))
    return tuple(sorted(people, key=lambda p: (-len(p.sources), p.name)))


def resolve_speaker(name: str, people: Sequence[Person]) -> Person | None:
    """The briefing's person a speaker string names, or None (organisations, unknowns).

    Exact name or alias first; else the one person whose name holds all the
    speaker's words (`Zakharova`); several such people is no answer.
    """
    words = name_words(name or "")
    if not words:
        return None
    for person in people:
        if words == name_words(person.name) or any(words == name_words(a) for a in person.aliases):
            return person
    holders = [p for p in people if _same_person(words, name_words(p.name))]
    return holders[0] if len(holders) == 1 else None
