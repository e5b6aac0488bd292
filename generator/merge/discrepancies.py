"""Discrepancies: the same quantity or the same event given differently by different sources.

A figure: two sources make one statement, in mostly the same words with the
same action (`same_statement`), but give the one count of one thing (the same
unit) in it differently
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
from generator.merge.facts import group_facts
from generator.merge.grouping import Found, unique_ids
from generator.model import Anchor, Discrepancy, Event, Fact, Version

# How alike two clauses must be (rapidfuzz token_sort_ratio), their dates left
# out, to tell one happening; and how many words each needs to tell one at all.
SAME_HAPPENING = 80
EVENT_WORDS = 5
# Share of content words (Jaccard) two statements need to be one statement.
STATEMENT_WORDS = 0.4


def find_discrepancies(facts: Sequence[Found[Fact]], events: Sequence[Found[Event]]) -> tuple[Discrepancy, ...]:
    """Figure discrepancies between facts, then date discrepancies between events.

    Facts are compared as merged (`group_facts`), so each version lists every
    source that gives it, not only the two that first disagreed.
    """
    found: list[Discrepancy] = []
    for one, other in combinations(group_facts(facts), 2):
        pairs = next((conflicts(a.quantities, b.quantities) for sa, a in one for sb, b in other
                      if sa != sb and same_statement(a, b) and conflicts(a.quantities, b.quantities)), [])
        if len(pairs) == 1:  # one figure of one thing on each side
            x, y = pairs[0]
            _add(found, "figure", [_version(x.text, one), _version(y.text, other)])
    for (sa, a), (sb, b) in combinations(events, 2):
        if sa != sb and not dates_fit(a, b) and similar_event(a, b):
            _add(found, "date", [_version(_dates(a), [(sa, a)]), _version(_dates(b), [(sb, b)])])
    return unique_ids(found)


def _version(value: str, said: Sequence[Found[Fact] | Found[Event]]) -> Version:
    """A value and every source that gives it, each with its sentence; the first's words."""
    ordered = sorted(said, key=lambda found: found[0])
    return Version(value=value, text=ordered[0][1].text,
                   sources=tuple(sorted({source for source, _ in ordered})),
                   anchors=tuple(dict.fromkeys(Anchor(source, item.sentence) for source, item in ordered)))


def same_statement(a: Fact, b: Fact) -> bool:
    """Mostly the same words and the same action: one statement whose figures may then
    disagree. Stricter than merging, since a false alarm costs the reader's trust."""
    terms_a, terms_b = set(a.terms), set(b.terms)
    union = terms_a | terms_b
    return (bool(union) and len(terms_a & terms_b) / len(union) >= STATEMENT_WORDS
            and bool(set(a.actions) & set(b.actions)))





def dates_fit(a: Event, b: Event) -> bool:
    """Both dates can be right: the same, or one a less precise form of the other ("2025-07")."""
    def fits(x: str | None, y: str | None) -> bool:
        return x is None or y is None or x.startswith(y) or y.startswith(x)
    return fits(a.date_start, b.date_start) and fits(a.date_end or a.date_start, b.date_end or b.date_start)


def similar_event(a: Event, b: Event) -> bool:
    """The same happening told in mostly the same words, the dates as written left out;
    a clause of a few words ("the riot") tells too little to say."""
    undated_a, undated_b = _undated(a), _undated(b)
    if min(len(undated_a.split()), len(undated_b.split())) < EVENT_WORDS:
        return False
    return fuzz.token_sort_ratio(undated_a, undated_b) >= SAME_HAPPENING


def _undated(event: Event) -> str:
    return words(event.text.replace(event.timex, " ")) if event.timex else words(event.text)


def _dates(event: Event) -> str:
    return f"{event.date_start}/{event.date_end}" if event.date_end else event.date_start


def _add(found: list[Discrepancy], kind: str, versions: list[Version]) -> None:
    """Into the discrepancy one of these sentences is already in, or as a new one."""
    anchors = {a for v in versions for a in v.anchors}
    for i, known in enumerate(found):
        if known.kind == kind and anchors & set(known.anchors):
            found[i] = _discrepancy(kind, [*known.versions, *versions])
            return
    found.append(_discrepancy(kind, versions))


def _discrepancy(kind: str, versions: Sequence[Version]) -> Discrepancy:
    """One version per value (the sources of versions with one value joined), in source order."""
    by_value: dict[str, list[Version]] = {}
    for version in versions:
        by_value.setdefault(version.value, []).append(version)
    shown = []
    for value, same in by_value.items():
        first = min(same, key=lambda v: v.sources)
        shown.append(Version(value=value, text=first.text,
                             sources=tuple(sorted({s for v in same for s in v.sources})),
                             anchors=tuple(sorted({a for v in same for a in v.anchors},
                                                  key=lambda a: (a.source, a.sentence)))))
    shown.sort(key=lambda v: (v.sources, v.value))
    sources = tuple(sorted({s for v in shown for s in v.sources}))
    return Discrepancy(id=content_id("d", " ".join(sorted(f"{v.value} {v.text}" for v in shown))),
                       kind=kind, versions=tuple(shown), sources=sources,
                       anchors=tuple(a for v in shown for a in v.anchors))
