"""Spans: which non-overlapping spans lie near a place, as a plain scan would say."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract.spans import Spans


def _disjoint(cuts: list[int]) -> list[tuple[int, int]]:
    points = sorted(set(cuts))
    return [(a, b) for a, b in zip(points[::2], points[1::2])]


@settings(max_examples=200)
@given(st.lists(st.integers(0, 200), max_size=30), st.integers(0, 200), st.integers(0, 50), st.integers(0, 2))
def test_answers_as_a_plain_scan_would(cuts, start, length, slack) -> None:
    spans = _disjoint(cuts)
    index = Spans(reversed(spans))
    end = start + length
    assert index.overlapping(start, end) == [(a, b) for a, b in spans if a < end and start < b]
    assert index.holding(start, slack) == any(a - slack <= start < b + slack for a, b in spans)


def test_added_spans_are_found() -> None:
    index = Spans()
    for start, end in [(10, 20), (0, 5), (30, 31)]:
        index.add(start, end)
    assert index.overlapping(4, 11) == [(0, 5), (10, 20)]
    assert not index.overlapping(5, 10) and len(index) == 3


def test_overlapping_spans_are_held_as_their_union() -> None:
    index = Spans([(0, 10), (5, 20), (8, 9), (30, 40)])
    assert index.spans == [(0, 20), (30, 40)]
    assert index.holding(15) and not index.holding(25)
