"""Pairing quote marks: which characters of an article stand inside quotes.

The marks are paired by reading each paragraph as a reader does: curly marks
say which way they face, a straight mark faces the way its neighbours say, a
mark left open at a paragraph's end continues if the next paragraph opens with
one (the press convention for long quotes), else the quote runs to the
paragraph's end. `needs_speaker` tells a quoted passage that is only speech
with a speaker (short, title-like) from one that is speech on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from generator.extract import speech

# A paragraph ends at a line break: cleaned article text keeps none inside a paragraph.
PARAGRAPH_BREAK = re.compile(r"\s*\n\s*")
_OPEN_BEFORE = "([{\u2014\u2013-/:"
_CLOSE_AFTER = ".,;:!?)]}\u2014\u2013-'\u2019"


@dataclass(frozen=True)
class QuotedSpan:
    """Characters between a pair of marks (without them), as offsets into the text."""

    start: int
    end: int
    closed: bool  # False: the quote ran to the end of its paragraph unclosed



def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, at = [], 0
    for brk in PARAGRAPH_BREAK.finditer(text):
        spans.append((at, brk.start()))
        at = brk.end()
    spans.append((at, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _mark_role(text: str, i: int) -> str:
    """Whether the mark at `i` opens, closes, or could do either."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in speech.OPENING_MARKS:
        return "close" if after.isspace() and before.isalnum() else "open"
    if ch in speech.CLOSING_MARKS:
        return "open" if before.isspace() and after.isalnum() else "close"
    opens = before.isspace() or before in _OPEN_BEFORE
    closes = after.isspace() or after in _CLOSE_AFTER
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _trimmed(text: str, start: int, end: int, closed: bool) -> QuotedSpan | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuotedSpan(start, end, closed) if end > start else None


def find_quoted_spans(text: str) -> tuple[QuotedSpan, ...]:
    """Every quoted passage in `text`, paired paragraph by paragraph."""
    found: list[QuotedSpan] = []
    paragraphs = _paragraphs(text)
    open_at: int | None = None
    for n, (start, end) in enumerate(paragraphs):
        marks = [i for i in range(start, end) if text[i] in speech.QUOTE_MARKS]
        if open_at is not None and marks and marks[0] == start:
            marks = marks[1:]  # the reopening mark of a quote that goes on
        elif open_at is not None:
            open_at = None
        for i in marks:
            role = _mark_role(text, i)
            if open_at is None:
                if role != "close":
                    open_at = i
            elif role != "open":
                span = _trimmed(text, open_at + 1, i, True)
                if span:
                    found.append(span)
                open_at = None
            else:
                open_at = i  # a second opening: the first one was never closed
        if open_at is None:
            continue
        following = paragraphs[n + 1][0] if n + 1 < len(paragraphs) else None
        if following is not None and text[following] in speech.QUOTE_MARKS and \
                _mark_role(text, following) != "close":
            continue
        span = _trimmed(text, open_at + 1, end, False)
        if span:
            found.append(span)
        open_at = None
    # A pair of marks around punctuation alone (`"..."`) quotes nothing.
    return tuple(s for s in found if any(c.isalnum() for c in text[s.start:s.end]))


def paragraph_pieces(text: str, quote: QuotedSpan) -> tuple[tuple[int, int], ...]:
    """The stretches of a quote that runs over paragraphs, each without the mark that reopens it."""
    pieces, at = [], quote.start
    for brk in PARAGRAPH_BREAK.finditer(text, quote.start, quote.end):
        pieces.append((at, brk.start()))
        at = brk.end() + (1 if text[brk.end():brk.end() + 1] in speech.QUOTE_MARKS else 0)
    pieces.append((at, quote.end))
    trimmed = (_trimmed(text, a, b, True) for a, b in pieces)
    return tuple((s.start, s.end) for s in trimmed if s)


# --------------------------------------------------------------------------
# what is not a quote
# --------------------------------------------------------------------------


def _word_count(span: Span) -> int:
    return sum(1 for t in span if not t.is_punct and not t.is_space)


def _titled(doc: Doc, span: Span) -> bool:
    """`the book "The Art of the Deal"`: a title cue before, or capitalised like a title."""
    before = [t for t in doc[max(span.start - 3, 0):span.start] if not t.is_punct and not t.is_space]
    if before and before[-1].lower_ in speech.TITLE_CUES:
        return True
    words = [t for t in span if t.is_alpha]
    if len(words) < 2 or span.text.rstrip()[-1:] in {".", "!", "?", ","}:
        return False
    return all(t.text[0].isupper() or t.lower_ in speech.TITLE_SMALL_WORDS for t in words)


def _opens_sentence(text: str, quote: QuotedSpan) -> bool:
    """Nothing of the sentence stands before the quote's opening mark."""
    before = text[max(quote.start - 200, 0):max(quote.start - 1, 0)].rstrip()
    return not before or before[-1] in ".!?\n\u201d\""


def _whole_sentence(text: str, quote: QuotedSpan) -> bool:
    """`"Neither do I."` standing as a sentence of its own is speech, however short."""
    words = text[quote.start:quote.end]
    return (words[:1].isupper() and words.rstrip()[-1:] in {".", "!", "?"} and len(words.split()) >= 2
            and _opens_sentence(text, quote))


def needs_speaker(doc: Doc, text: str, quote: QuotedSpan, span: Span) -> bool:
    """Short and title-like quotes count only with a speaker: else scare quotes or titles of works."""
    if _whole_sentence(text, quote):
        return False
    return _word_count(span) <= speech.SHORT_QUOTE_WORDS or _titled(doc, span)


def is_partial(text: str, start: int, end: int) -> bool:
    """A few words quoted inside someone else's sentence (`it was "unfazed"`), not speech that
    opens its sentence (`"We are calm," he said`)."""
    words = text[start:end].split()
    return len(words) <= speech.SHORT_QUOTE_WORDS and not _opens_sentence(text, QuotedSpan(start, end, True))
