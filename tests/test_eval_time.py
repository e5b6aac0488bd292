"""The TempEval-style scoring of `make eval-time`: matches, values and kinds of mismatch."""

from __future__ import annotations

import datetime as dt

import pytest

from eval.time import Span, mismatch_kind, score


def test_strict_relaxed_and_value_matches():
    gold = [Span(0, 9, "1989-W43", "last week"), Span(20, 27, "1989-10-27", "Friday"), Span(40, 44, "1988", "1988")]
    system = [Span(5, 9, "1989-W43", "week"), Span(20, 27, "1989-10-20", "Friday"), Span(60, 63, "P1D", "day")]
    counts, errors = score(gold, system)
    assert (counts.gold, counts.system, counts.strict, counts.relaxed, counts.value) == (3, 3, 1, 2, 1)
    # A miss, a false alarm, a wrong value and a span that is only partly right.
    assert (gold[2], None) in errors and (None, system[2]) in errors
    assert (gold[1], system[1]) in errors and (gold[0], system[0]) in errors


@pytest.mark.parametrize(
    "gold, ours, kind",
    [
        ("1989-WXX", "1989-W43", "week left as WXX in gold, resolved by us"),
        ("2000-W7", "2000-W07", "week number unpadded in gold (2000-W7)"),
        ("2000-01-07", "2000-01-07TNI", "part of day kept by one side only (TNI, TMO, TEV, TAF)"),
        ("1949-XX", "1949", "trailing X in gold (1949-XX, 199X)"),
        ("199X", "199", "trailing X in gold (1949-XX, 199X)"),
        ("1988-Q3", "1988", "quarter against year or day of the same year"),
        ("P1Y", "1997", "date in one, duration or _REF in the other"),
        ("PAST_REF", "PXY", "date in one, duration or _REF in the other"),
        ("1990-08-07", "1990-08-14", "same shape, another date"),
        ("1997-02", "1998-02", "the same month or day in another year"),
        ("1989-11-27", "1989-09", "other readings"),
    ],
)
def test_mismatch_kinds(gold, ours, kind):
    assert mismatch_kind(gold, ours) == kind


@pytest.mark.parametrize(
    "gold, ours, kind",
    [
        # Either side of the document date (a Wednesday): the verb's direction was misread.
        ("1990-08-14", "1990-08-21", "direction: the other side of the document date"),
        ("1990-08-07", "1990-08-14", "same shape, another date"),  # both before it
        ("1990-W31", "1990-W34", "direction: the other side of the document date"),
    ],
)
def test_direction_kind_needs_the_document_date(gold, ours, kind):
    assert mismatch_kind(gold, ours, dt.date(1990, 8, 15)) == kind
