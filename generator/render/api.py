"""JSON for programs: `api/index.json` and `api/briefings/<slug>.json` in the built site.

Field names are a contract other programs rely on: extend, never rename.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any, Sequence

from generator.model import Briefing


def briefing_url(slug: str) -> str:
    """The page's address relative to the site root (the site uses .html URLs)."""
    return f"briefings/{slug}.html"


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
                    "url": briefing_url(b.slug),
                    "json": f"api/briefings/{b.slug}.json",
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
            "url": briefing_url(b.slug),
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
        }
    )


def _item(item: Any) -> dict:
    """A dataclass as a dict; anchors as {source, sentence} objects, tuples as lists."""
    return json.loads(json.dumps(dataclasses.asdict(item)))


def dumps(value: Any) -> str:
    """Stable, readable JSON: same input, same bytes."""
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"
