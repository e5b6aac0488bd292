"""Discrepancies: the same quantity or the same event given differently by different sources.

A figure: two sources say the same thing in similar words (`similar_wording`)
but give a count of the same thing differently, none of their figures agreeing
("Around 600 soldiers were killed" against "about 500 were killed"). A date:
two sources tell the same happening (`similar_event`) with days that cannot
both be right ("2025-07-11" against "2025-07-12"; "2025-07" fits either). Each
discrepancy lists every version with its sources, for the page to show and
the editors to resolve.
"""

from __future__ import annotations

from itertools import combinations
from typing import Sequence

from rapidfuzz import fuzz

from generator.extract.quantities import conflicts
from generator.ids import content_id, words
from generator.merge.facts import similar_wording
from generator.merge.grouping import Found, unique_ids
from generator.model import Anchor, Discrepancy, Event, Fact, Version

# How alike two clauses must be, their dates left out, to tell one happening.
SAME_HAPPENING = 80


def find_discrepancies(facts: Sequence[Found[Fact]], events: Sequence[Found[Event]]) -> tuple[Discrepancy, ...]:
    """Figure discrepancies among the facts, then date discrepancies among the events."""
    found: list[Discrepancy] = []
    for (sa, a), (sb, b) in combinations(facts, 2):
        pairs = conflicts(a.quantities, b.quantities) if sa != sb and similar_wording(a, b) else []
        if pairs:
            x, y = pairs[0]
            _add(found, "figure", [(x.text, a.text, sa, a.sentence), (y.text, b.text, sb, b.sentence)])
    for (sa, a), (sb, b) in combinations(events, 2):
        if sa != sb and not dates_fit(a, b) and similar_event(a, b):
            _add(found, "date", [(_dates(a), a.text, sa, a.sentence), (_dates(b), b.text, sb, b.sentence)])
    return unique_ids(found)


def dates_fit(a: Event, b: Event) -> bool:
    """Both dates can be right: the same, or one a less precise form of the other ("2025-07")."""
    def fits(x: str | None, y: str | None) -> bool:
        return x is None or y is None or x.startswith(y) or y.startswith(x)
    return fits(a.date_start, b.date_start) and fits(a.date_end or a.date_start, b.date_end or b.date_start)


def similar_event(a: Event, b: Event) -> bool:
    """The same happening told in mostly the same words, the dates as written left out."""
    return fuzz.token_set_ratio(_undated(a), _undated(b)) >= SAME_HAPPENING


def _undated(event: Event) -> str:
    return words(event.text.replace(event.timex, " ")) if event.timex else words(event.text)


def _dates(event: Event) -> str:
    return f"{event.date_start}/{event.date_end}" if event.date_end else event.date_start


def _add(found: list[Discrepancy], kind: str, versions: list[tuple[str, str, str, str]]) -> None:
    """Into the discrepancy one of these sentences is already in, or as a new one."""
    anchors = {Anchor(source, sentence) for _, _, source, sentence in versions}
    for i, known in enumerate(found):
        if known.kind == kind and anchors & set(known.anchors):
            found[i] = _discrepancy(kind, [*_as_tuples(known), *versions])
            return
    found.append(_discrepancy(kind, versions))


def _as_tuples(discrepancy: Discrepancy) -> list[tuple[str, str, str, str]]:
    return [(v.value, v.text, a.source, a.sentence) for v in discrepancy.versions for a in v.anchors]


def _discrepancy(kind: str, versions: list[tuple[str, str, str, str]]) -> Discrepancy:
    """One version per value, its sources and sentences in source order."""
    by_value: dict[str, list[tuple[str, str, str]]] = {}
    for value, text, source, sentence in versions:
        found = by_value.setdefault(value, [])
        if (source, sentence) not in [(s, t) for _, s, t in found]:
            found.append((text, source, sentence))
    shown = []
    for value, found in sorted(by_value.items(), key=lambda item: min(s for _, s, _ in item[1])):
        found.sort(key=lambda f: f[1])
        shown.append(Version(value=value, text=found[0][0],
                             sources=tuple(sorted({s for _, s, _ in found})),
                             anchors=tuple(Anchor(s, t) for _, s, t in found)))
    sources = tuple(sorted({s for v in shown for s in v.sources}))
    return Discrepancy(id=content_id("d", " ".join(sorted(v.value + " " + v.text for v in shown))),
                       kind=kind, versions=tuple(shown), sources=sources,
                       anchors=tuple(a for v in shown for a in v.anchors))
