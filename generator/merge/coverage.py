"""The coverage panel's figures: how many sources and outlets a briefing rests on,
when they were published, and how much of it only one outlet reports."""

from __future__ import annotations

from generator.merge.outlets import independent_outlets, outlets_by_source
from generator.model import Briefing, Coverage


def coverage(briefing: Briefing) -> Coverage:
    """What the panel at the top of a briefing says, from the briefing as published."""
    outlet_of = outlets_by_source(briefing.sources)
    dates = sorted(s.date for s in briefing.sources if s.date and not s.date_from_briefing)
    items = [*briefing.facts, *briefing.more_facts, *briefing.quotes, *briefing.timeline]
    reported = [item for item in items if item.sources]  # editors' items without sources aside
    return Coverage(
        sources=len(briefing.sources),
        outlets=len(set(outlet_of.values())),
        first_published=dates[0] if dates else None,
        last_published=dates[-1] if dates else None,
        undated=len(briefing.sources) - len(dates),
        items=len(items),
        single_source_items=sum(independent_outlets(i.sources, outlet_of) == 1 for i in reported),
    )
