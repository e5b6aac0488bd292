"""Merge: one briefing from the extractions of its articles.

The same quote, fact or happening reported by several outlets becomes one
item listing every source (one module per section: facts, quotes, timeline,
people), and where they give a figure or a date differently, a discrepancy
(discrepancies). Which printed version is shown, and the item's id, come from the
source with the smallest id, so neither changes when an editor reorders the
sources or when unrelated text changes. Editors' edits are applied afterwards
(generator.edits), on top of what this returns.
"""

from __future__ import annotations

from typing import Sequence

from generator.merge.discrepancies import find_discrepancies
from generator.merge.facts import merge_facts
from generator.merge.outlets import outlets_by_source
from generator.merge.people import merge_people
from generator.merge.quotes import merge_quotes, verify_quotes
from generator.merge.timeline import merge_timeline
from generator.model import Annotation, ArticleExtraction, Briefing, BriefingSource, SourceEntry
from generator.summary import summarize

__all__ = ["merge_briefing", "verify_quotes"]


def merge_briefing(annotation: Annotation, extractions: Sequence[ArticleExtraction]) -> Briefing:
    """The briefing as the sources tell it, before editors' edits."""
    sources = tuple(briefing_source(annotation, entry, ex)
                    for entry, ex in zip(annotation.sources, extractions))
    ordered = sorted(extractions, key=lambda ex: ex.article.id)
    facts = [(ex.article.id, f) for ex in ordered for f in ex.facts]
    events = [(ex.article.id, e) for ex in ordered for e in ex.events]
    people = merge_people([(ex.article.id, m) for ex in ordered for m in ex.people])
    generated = () if annotation.summary else summarize(extractions)
    return Briefing(
        slug=annotation.slug,
        title=annotation.title,
        date=annotation.date,
        summary=annotation.summary or " ".join(s.text for s in generated),
        why_it_matters=annotation.why_it_matters,
        tags=annotation.tags,
        status=annotation.status,
        sources=sources,
        facts=merge_facts(facts, outlets_by_source(sources)),
        quotes=merge_quotes([(ex.article.id, q) for ex in ordered for q in ex.quotes], people),
        timeline=merge_timeline(events),
        people=people,
        annotation_path=annotation.path,
        discrepancies=find_discrepancies(facts, events),
        summary_source="editors" if annotation.summary else "generated",
        summary_sentences=generated,
    )


def briefing_source(annotation: Annotation, entry: SourceEntry,
                    extraction: ArticleExtraction) -> BriefingSource:
    """A source as the briefing lists it: what the annotation says wins over the article."""
    article = extraction.article
    own_date = entry.date or article.date
    return BriefingSource(
        id=article.id,
        path=article.path,
        title=entry.title or article.title,
        outlet=entry.outlet or article.outlet,
        date=own_date or annotation.date,
        url=entry.url or article.url,
        date_from_briefing=own_date is None,
    )

