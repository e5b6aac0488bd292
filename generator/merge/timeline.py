"""The timeline: dated happenings from every source, one entry per happening, by date.

One happening is one entry, however many times and ways the briefing's sources
tell it: the same date and the same doers, or the same date and the same
predicate with no names that tell them apart, in any source or twice in one
("Rules introduced in 2002" and "Laws ... were introduced in 2002").
"""

from __future__ import annotations

from typing import Sequence

from rapidfuzz import fuzz

from generator.ids import words
from generator.merge.grouping import Found, anchors, group_similar, item_id, source_ids, unique_ids
from generator.model import Event, TimelineEntry

# Verbs of saying date the saying: two sayings on one day are one only when they say the same.
SAYING = frozenset({"say", "tell", "add", "state", "announce", "report", "confirm", "claim", "warn", "write"})
# The telling of a happening that reads best: the fullest one up to this many words.
FULL_TELLING_WORDS = 40


def merge_timeline(found: Sequence[Found[Event]]) -> tuple[TimelineEntry, ...]:
    """Dated happenings in date order; ranges stay ranges."""
    entries = []
    for group in group_similar(found, same_event, repeated=same_event):
        best = _telling([e for _, e in group])
        entries.append(TimelineEntry(
            id=item_id("t", f"{best.date_start}/{best.date_end or ''} {best.text}"),
            start=best.date_start,
            end=best.date_end,
            text=best.text[:1].upper() + best.text[1:],  # an entry reads as a sentence
            sources=source_ids(group),
            anchors=anchors(group),
            upcoming=any(e.upcoming for _, e in group),
            timex=best.timex,
            date_mod=best.date_mod,
        ))
    entries.sort(key=TimelineEntry.order)
    return unique_ids(entries)


def same_event(a: Event, b: Event) -> bool:
    """The same dates, and the same happening: mostly the same words, the same doers
    on one day, or the same predicate with no names that tell the doers apart."""
    if (a.date_start, a.date_end, a.date_mod) != (b.date_start, b.date_end, b.date_mod) or not a.same_doers(b):
        return False
    if fuzz.token_set_ratio(words(a.text), words(b.text)) >= 70:
        return True
    if not a.predicate:
        return False
    if a.predicate == b.predicate and a.predicate not in SAYING:
        return True
    one_day = len(a.date_start) == 10 and a.date_end is None
    return one_day and bool(a.actors) and bool(b.actors) and a.predicate not in SAYING and b.predicate not in SAYING


def _telling(events: Sequence[Event]) -> Event:
    """The fullest telling that is not overlong (whatever the order of the sources)."""
    fitting = [e for e in events if len(e.text.split()) <= FULL_TELLING_WORDS] or list(events)
    return max(fitting, key=lambda e: (len(e.text.split()), e.text))
