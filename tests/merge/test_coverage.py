"""The coverage panel's figures, from a briefing as published."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from generator.merge.coverage import coverage
from generator.model import Briefing, BriefingFact, BriefingQuote, BriefingSource, Coverage, TimelineEntry


def source(sid: str, outlet: str | None, day: int | None) -> BriefingSource:
    date = dt.date(2021, 7, day) if day else dt.date(2021, 7, 20)
    return BriefingSource(sid, f"seeds/{sid}.txt", sid, outlet, date, None, day is None)


SOURCES = (source("a", "Reuters", 12), source("b", "The Hill", 14), source("c", "reuters", 13))
BRIEFING = Briefing(
    slug="s", title="T", date=dt.date(2021, 7, 20), summary="", why_it_matters=None, tags=(),
    status="published", sources=SOURCES,
    facts=(BriefingFact(id="f-1", text="x", sources=("a", "b"), corroboration=2),
           BriefingFact(id="f-2", text="y", sources=("a", "c"), corroboration=1),
           BriefingFact(id="fe-3", text="ours", added_by_editors=True, corroboration=0)),
    quotes=(BriefingQuote(id="q-1", text="q", speaker=None, speaker_role=None, sources=("b",)),),
    timeline=(TimelineEntry(id="t-1", start="2021", end=None, text="t", sources=("a", "b", "c")),),
    people=(),
)


@pytest.mark.parametrize(
    "sources, expected",
    [
        # Reuters twice is one outlet (f-2 rests on it alone, as does the quote); an
        # editor's fact without sources is no outlet's.
        (SOURCES, Coverage(3, 2, dt.date(2021, 7, 12), dt.date(2021, 7, 14), 0, 5, 2)),
        ((source("a", None, None), source("b", None, 14)),
         Coverage(2, 2, dt.date(2021, 7, 14), dt.date(2021, 7, 14), 1, 5, 1)),
    ],
)
def test_sources_outlets_dates_and_single_outlet_items(sources, expected):
    assert coverage(replace(BRIEFING, sources=sources)) == expected


@pytest.mark.parametrize(
    "sources, one",
    [((source("a", "Reuters", 12), source("c", "REUTERS ", 13)), True),
     ((source("a", "Reuters", 12),), True),
     ((source("a", None, 12), source("c", None, 13)), False)],  # without outlets each source counts
)
def test_a_briefing_resting_on_one_outlet(sources, one):
    assert coverage(replace(BRIEFING, sources=sources)).one_source is one
