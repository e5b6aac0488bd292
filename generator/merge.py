"""Merge: one briefing from the extractions of its articles.

The same quote, fact or happening reported by several outlets becomes one
item listing every source. Which printed version is shown, and the item's id,
come from the source with the smallest id, so neither changes when an editor
reorders the sources or when unrelated text changes. Editors' edits are
applied afterwards (generator.edits), on top of what this returns.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Callable, Sequence, TypeVar

from rapidfuzz import fuzz

from generator.errors import BriefingError, Problem
from generator.model import (
    Anchor,
    Annotation,
    ArticleExtraction,
    Briefing,
    BriefingFact,
    BriefingQuote,
    BriefingSource,
    Event,
    Fact,
    PIECE_SEPARATOR,
    Person,
    Quote,
    TimelineEntry,
)
from generator.ids import content_id, words
from generator.people import merge_people, resolve_speaker

T = TypeVar("T")
Found = tuple[str, T]  # (source id, item from that source)

# Below this an attribution is shown as "to be confirmed" on the page.
LOW_CONFIDENCE = 0.6


def merge_briefing(annotation: Annotation, extractions: Sequence[ArticleExtraction]) -> Briefing:
    """The briefing as the sources tell it, before editors' edits."""
    sources = tuple(_source(annotation, entry, ex) for entry, ex in zip(annotation.sources, extractions))
    ordered = sorted(extractions, key=lambda ex: ex.article.id)
    people = merge_people([(ex.article.id, m) for ex in ordered for m in ex.people])
    return Briefing(
        slug=annotation.slug,
        title=annotation.title,
        date=annotation.date,
        summary=annotation.summary or _lead(extractions),
        why_it_matters=annotation.why_it_matters,
        tags=annotation.tags,
        status=annotation.status,
        sources=sources,
        facts=merge_facts([(ex.article.id, f) for ex in ordered for f in ex.facts]),
        quotes=merge_quotes([(ex.article.id, q) for ex in ordered for q in ex.quotes], people),
        timeline=merge_timeline([(ex.article.id, e) for ex in ordered for e in ex.events]),
        people=people,
        annotation_path=annotation.path,
    )


def merge_facts(found: Sequence[Found[Fact]]) -> tuple[BriefingFact, ...]:
    """Facts in reading order; one item for the same fact from several sources."""
    facts = []
    for group in group_similar(found, same_fact):
        source, first = group[0]
        facts.append(
            BriefingFact(
                id=item_id("f", first.text),
                text=first.text,
                sources=_source_ids(group),
                anchors=_anchors(group),
            )
        )
    return _unique_ids(facts)


def merge_quotes(found: Sequence[Found[Quote]], people: Sequence[Person]) -> tuple[BriefingQuote, ...]:
    """Quotes in reading order, speakers named as the briefing's people list names them."""
    quotes = []
    for group in group_similar(found, same_quote, repeated=same_words_same_speaker):
        # The best attribution any outlet gives; ties go to the first source.
        _, first = max(group, key=lambda f: (f[1].speaker is not None, f[1].confidence))
        _, shown = group[0]
        person = resolve_speaker(first.speaker, people) if first.speaker else None
        confidence = max(q.confidence for _, q in group)
        quotes.append(
            BriefingQuote(
                id=item_id("q", shown.text),
                text=shown.text,
                speaker=person.name if person else first.speaker,
                speaker_role=(person.role if person and person.role else first.speaker_role),
                sources=_source_ids(group),
                anchors=_piece_anchors(group),
                confidence=round(confidence, 2),
                low_confidence=confidence < LOW_CONFIDENCE or first.speaker is None,
                context=shown.context,
            )
        )
    return _unique_ids(quotes)


def merge_timeline(found: Sequence[Found[Event]]) -> tuple[TimelineEntry, ...]:
    """Dated happenings in date order; ranges stay ranges."""
    entries = []
    for group in group_similar(found, same_event):
        _, first = group[0]
        entries.append(
            TimelineEntry(
                id=item_id("t", f"{first.date_start}/{first.date_end or ''} {first.text}"),
                start=first.date_start,
                end=first.date_end,
                text=first.text,
                sources=_source_ids(group),
                anchors=_anchors(group),
                upcoming=any(e.upcoming for _, e in group),
                timex=first.timex,
                date_mod=first.date_mod,
            )
        )
    entries.sort(key=TimelineEntry.order)
    return _unique_ids(entries)


# --------------------------------------------------------------------------
# what counts as "the same" across outlets
# --------------------------------------------------------------------------


def same_quote(a: Quote, b: Quote) -> bool:
    """Verbatim but for small differences, or one outlet printing part of a longer quote."""
    wa, wb = words(a.text), words(b.text)
    if not wa or not wb:
        return False
    shorter, longer = sorted((wa, wb), key=len)
    return fuzz.ratio(wa, wb) >= 88 or (len(shorter.split()) >= 5 and shorter in longer)


def same_words_same_speaker(a: Quote, b: Quote) -> bool:
    """One article quoting the same words of the same speaker twice ("his 'bullshit' comment")."""
    return words(a.text) == words(b.text) and a.speaker == b.speaker


def same_fact(a: Fact, b: Fact) -> bool:
    """Mostly the same words, and exactly the same figures."""
    if _figures(a.text) != _figures(b.text):
        return False
    return fuzz.token_set_ratio(words(a.text), words(b.text)) >= 75


def same_event(a: Event, b: Event) -> bool:
    """The same dates, and a clause that says mostly the same thing."""
    if (a.date_start, a.date_end, a.date_mod) != (b.date_start, b.date_end, b.date_mod):
        return False
    return fuzz.token_set_ratio(words(a.text), words(b.text)) >= 70


def _figures(text: str) -> set[str]:
    return set(re.findall(r"\d[\d,.]*\d|\d", text))


def group_similar(
    found: Sequence[Found[T]],
    same: Callable[[T, T], bool],
    repeated: Callable[[T, T], bool] = lambda a, b: False,
) -> list[list[Found[T]]]:
    """Groups of items that are `same` as the group's first item, in order of first sight.

    Items from one source merge only when `repeated` says so: an article that
    says a thing twice in other words said it twice.
    """
    groups: list[list[Found[T]]] = []
    for source, item in found:
        for group in groups:
            first = group[0][1]
            fits = repeated(first, item) if source in (s for s, _ in group) else same(first, item)
            if fits:
                group.append((source, item))
                break
        else:
            groups.append([(source, item)])
    return groups


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------


def item_id(prefix: str, text: str) -> str:
    """A short id from an item's words: stable across runs and unrelated edits."""
    return content_id(prefix, text)


def _unique_ids(items: list[T]) -> tuple[T, ...]:
    """Number repeated ids (an article may print the same words twice)."""
    seen: dict[str, int] = {}
    unique = []
    for item in items:
        base = item.id  # type: ignore[attr-defined]
        seen[base] = seen.get(base, 0) + 1
        unique.append(item if seen[base] == 1 else dataclasses.replace(item, id=f"{base}-{seen[base]}"))
    return tuple(unique)


def _source_ids(group: Sequence[Found]) -> tuple[str, ...]:
    return tuple(sorted({source for source, _ in group}))


def _anchors(group: Sequence[Found]) -> tuple[Anchor, ...]:
    """Where each source says it first."""
    first: dict[str, Anchor] = {}
    for source, item in group:
        first.setdefault(source, Anchor(source, item.sentence))
    return tuple(first[s] for s in sorted(first))


def _piece_anchors(group: Sequence[Found[Quote]]) -> tuple[Anchor, ...]:
    """Where each source prints each piece of a quote: a link per piece."""
    first: dict[str, Quote] = {}
    for source, quote in group:
        first.setdefault(source, quote)
    return tuple(Anchor(source, sentence) for source in sorted(first)
                 for sentence in dict.fromkeys([p.sentence for p in first[source].pieces] or [first[source].sentence]))


def _source(annotation: Annotation, entry, extraction: ArticleExtraction) -> BriefingSource:
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


def _lead(extractions: Sequence[ArticleExtraction]) -> str:
    """Without an editor's summary: the first sentence of the first source."""
    for extraction in extractions:
        if extraction.sentences:
            return extraction.sentences[0].text
    return ""


def verify_quotes(briefing: Briefing, extractions: Sequence[ArticleExtraction]) -> None:
    """Every quote shown must be printed, word for word, in one of its sources: each of
    its pieces, when it is a quotation in pieces ("A … B")."""
    texts = {ex.article.id: " ".join(ex.article.text.split()) for ex in extractions}
    problems = []
    for quote in briefing.quotes:
        if not quote.sources:
            continue  # the editors' own addition, shown as theirs
        pieces = [" ".join(piece.split()) for piece in quote.text.split(PIECE_SEPARATOR)]
        if not any(all(piece in texts.get(s, "") for piece in pieces) for s in quote.sources):
            problems.append(
                Problem(
                    briefing.annotation_path,
                    f"quote {quote.id} ({quote.text[:40]!r}) is not printed in its source "
                    f"{', '.join(quote.sources)}; a quote must be shown exactly as a source printed it",
                )
            )
    if problems:
        raise BriefingError(problems)
