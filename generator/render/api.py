"""JSON for programs: `api/index.json` and `api/briefings/<slug>.json` in the built site.

Field names are a contract other programs rely on: extend, never rename. Each
item type's fields are listed here, in the order they are written, so a change
to the model never changes the API by accident.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any, Sequence

from generator.merge.coverage import coverage
from generator.model import (
    Briefing, BriefingFact, BriefingQuote, Discrepancy, Item, Person, SummarySentence, TimelineEntry,
)
from generator.paths import briefing_html, briefing_json as briefing_json_path

ITEM_FIELDS: dict[type, tuple[str, ...]] = {
    BriefingFact: ("id", "text", "sources", "anchors", "added_by_editors", "note", "corrected",
                   "corroboration"),
    BriefingQuote: ("id", "text", "speaker", "speaker_role", "sources", "anchors", "confidence",
                    "low_confidence", "corrected", "added_by_editors", "note"),
    TimelineEntry: ("id", "start", "end", "text", "sources", "anchors", "upcoming", "corrected",
                    "added_by_editors", "note", "timex", "date_mod"),
    Person: ("id", "name", "role", "sources", "aliases", "corrected", "added_by_editors", "note"),
    Discrepancy: ("id", "kind", "versions", "sources", "anchors", "resolution", "note"),
    SummarySentence: ("text", "sources", "anchors"),
}


def index_json(briefings: Sequence[Briefing]) -> str:
    """Every briefing, newest first: slug, title, date, url."""
    ordered = sorted(briefings, key=lambda b: (b.date, b.slug), reverse=True)
    return dumps(
        {
            "briefings": [
                {
                    "slug": b.slug,
                    "title": b.title,
                    "date": b.date.isoformat(),
                    "url": briefing_html(b.slug),
                    "json": briefing_json_path(b.slug),
                }
                for b in ordered
            ]
        }
    )


def briefing_json(b: Briefing) -> str:
    """One briefing with every item, its sources and the sentence it came from."""
    return dumps(
        {
            "slug": b.slug,
            "title": b.title,
            "date": b.date.isoformat(),
            "url": briefing_html(b.slug),
            "status": b.status,
            "summary": b.summary,
            "summary_source": b.summary_source,
            "summary_sentences": [_item(s) for s in b.summary_sentences],
            "why_it_matters": b.why_it_matters,
            "tags": list(b.tags),
            "sources": [
                {
                    "id": s.id,
                    "path": s.path,
                    "outlet": s.outlet,
                    "title": s.title,
                    "date": s.date.isoformat() if s.date else None,
                    "url": s.url,
                    "date_from_briefing": s.date_from_briefing,
                }
                for s in b.sources
            ],
            "facts": [_item(f) for f in b.facts],
            "quotes": [_item(q) for q in b.quotes],
            "timeline": [_item(t) for t in b.timeline],
            "people": [_item(p) for p in b.people],
            "more_facts": [_item(f) for f in b.more_facts],
            "discrepancies": [_item(d) for d in b.discrepancies],
            "coverage": _coverage(b),
        }
    )


def _coverage(b: Briefing) -> dict:
    """The coverage panel's figures; `single_source` is true when one outlet is all there is."""
    c = coverage(b)
    return {
        "sources": c.sources,
        "outlets": c.outlets,
        "first_published": c.first_published.isoformat() if c.first_published else None,
        "last_published": c.last_published.isoformat() if c.last_published else None,
        "undated_sources": c.undated,
        "items": c.items,
        "single_source_items": c.single_source_items,
        "single_source": c.one_source,
    }


def _item(item: Item | SummarySentence) -> dict:
    """An item's API fields; anchors as {source, sentence} objects, tuples as lists."""
    fields = dataclasses.asdict(item)
    return json.loads(json.dumps({name: fields[name] for name in ITEM_FIELDS[type(item)]}))


def dumps(value: Any) -> str:
    """Stable, readable JSON: same input, same bytes."""
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"
