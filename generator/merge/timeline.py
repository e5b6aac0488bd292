"""The timeline: dated happenings from every source, one entry per happening, by date."""

from __future__ import annotations

from typing import Sequence

from rapidfuzz import fuzz

from generator.ids import words
from generator.merge.grouping import Found, anchors, group_similar, item_id, source_ids, unique_ids
from generator.model import Event, TimelineEntry


def merge_timeline(found: Sequence[Found[Event]]) -> tuple[TimelineEntry, ...]:
    """Dated happenings in date order; ranges stay ranges."""
    entries = []
    for group in group_similar(found, same_event):
        _, first = group[0]
        entries.append(TimelineEntry(
            id=item_id("t", f"{first.date_start}/{first.date_end or ''} {first.text}"),
            start=first.date_start,
            end=first.date_end,
            text=first.text,
            sources=source_ids(group),
            anchors=anchors(group),
            upcoming=any(e.upcoming for _, e in group),
            timex=first.timex,
            date_mod=first.date_mod,
        ))
    entries.sort(key=TimelineEntry.order)
    return unique_ids(entries)


def same_event(a: Event, b: Event) -> bool:
    """The same dates, and a clause that says mostly the same thing."""
    if (a.date_start, a.date_end, a.date_mod) != (b.date_start, b.date_end, b.date_mod):
        return False
    return fuzz.token_set_ratio(words(a.text), words(b.text)) >= 70
