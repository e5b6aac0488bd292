"""Grouping what several sources say into one item, and where each source says it.

Every section is merged the same way: walk the items of all sources in order,
put an item into the first group whose first item it is `same` as, and make
one briefing item per group listing every source and its sentence.
"""

from __future__ import annotations

from typing import Callable, Sequence, TypeVar

from generator.ids import content_id, numbered
from generator.model import Anchor, Item

T = TypeVar("T")
I = TypeVar("I", bound=Item)
Found = tuple[str, T]  # (source id, item from that source)


def group_similar(
    found: Sequence[Found[T]],
    same: Callable[[T, T], bool],
    repeated: Callable[[T, T], bool] = lambda a, b: False,
    any_member: bool = False,
) -> list[list[Found[T]]]:
    """Groups of items that are `same` as the group's first item, in order of first sight.

    Items from one source merge only when `repeated` says so: an article that
    says a thing twice in other words said it twice. With `any_member`, an item
    joins a group that it is `same` as any item of another source in (a third
    outlet's wording may be nearer the second's than the first's).
    """
    groups: list[list[Found[T]]] = []
    for source, item in found:
        for group in groups:
            first = group[0][1]
            if source in (s for s, _ in group):
                fits = repeated(first, item)
            elif any_member:
                fits = any(same(member, item) for _, member in group)
            else:
                fits = same(first, item)
            if fits:
                group.append((source, item))
                break
        else:
            groups.append([(source, item)])
    return groups


def item_id(prefix: str, text: str) -> str:
    """A short id from an item's words: stable across runs and unrelated edits."""
    return content_id(prefix, text)


def unique_ids(items: Sequence[I]) -> tuple[I, ...]:
    """Number repeated ids (an article may print the same words twice)."""
    taken: set[str] = set()
    return tuple(item.with_id(numbered(item.id, taken)) for item in items)


def source_ids(group: Sequence[Found]) -> tuple[str, ...]:
    return tuple(sorted({source for source, _ in group}))


def anchors(group: Sequence[Found]) -> tuple[Anchor, ...]:
    """Where each source says it first."""
    first: dict[str, Anchor] = {}
    for source, item in group:
        first.setdefault(source, Anchor(source, item.sentence))
    return tuple(first[s] for s in sorted(first))
