"""Quotes: the same words from several outlets become one quote, its speaker named
as the briefing's people list names them; every quote shown is checked against
the sources that print it."""

from __future__ import annotations

from typing import Sequence

from rapidfuzz import fuzz

from generator.errors import BriefingError, Problem
from generator.ids import words
from generator.merge.grouping import Found, group_similar, item_id, source_ids, unique_ids
from generator.merge.people import resolve_speaker
from generator.model import PIECE_SEPARATOR, Anchor, ArticleExtraction, Briefing, BriefingQuote, Person, Quote

# Below this an attribution is shown as "to be confirmed" on the page.
LOW_CONFIDENCE = 0.6


def merge_quotes(found: Sequence[Found[Quote]], people: Sequence[Person]) -> tuple[BriefingQuote, ...]:
    """Quotes in reading order, speakers named as the briefing's people list names them."""
    quotes = []
    for group in group_similar(found, same_quote, repeated=same_words_same_speaker):
        # The best attribution any outlet gives; ties go to the first source.
        _, best = max(group, key=lambda f: (f[1].speaker is not None, f[1].confidence))
        _, shown = group[0]
        person = resolve_speaker(best.speaker, people) if best.speaker else None
        confidence = max(q.confidence for _, q in group)
        quotes.append(BriefingQuote(
            id=item_id("q", shown.text),
            text=shown.text,
            speaker=person.name if person else best.speaker,
            speaker_role=(person.role if person and person.role else best.speaker_role),
            sources=source_ids(group),
            anchors=_piece_anchors(group),
            confidence=round(confidence, 2),
            low_confidence=confidence < LOW_CONFIDENCE or best.speaker is None,
            context=shown.context,
        ))
    return unique_ids(quotes)


def _piece_anchors(group: Sequence[Found[Quote]]) -> tuple[Anchor, ...]:
    """Where each source prints each piece of a quote: a link per piece."""
    first: dict[str, Quote] = {}
    for source, quote in group:
        first.setdefault(source, quote)
    return tuple(Anchor(source, sentence) for source in sorted(first)
                 for sentence in dict.fromkeys([p.sentence for p in first[source].pieces] or [first[source].sentence]))


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
            problems.append(Problem(
                briefing.annotation_path,
                f"quote {quote.id} ({quote.text[:40]!r}) is not printed in its source "
                f"{', '.join(quote.sources)}; a quote must be shown exactly as a source printed it",
            ))
    if problems:
        raise BriefingError(problems)
