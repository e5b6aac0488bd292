"""Whole quotations: the pieces of one quotation made one quote.

News prints one quotation in pieces: interrupted by its attribution (`"A,"
Trump told CNN. "B."`), run on into the next paragraph (left open, reopened:
`quotemarks.paragraph_pieces` splits those), or as partial quotes hanging from
one reporting word (`called her "A" and "B"`). A reader sees one quotation, so
it becomes one quote: its pieces joined by an ellipsis, one speaker, the
offsets of every piece.

Pieces join only on solid evidence:
- in one paragraph, both hang from the same attribution (`called her "A" and
  "B"`, `"A" and "B," she said`);
- in one paragraph, the later piece has no attribution of its own (none, or
  only narration naming the same speaker) and the earlier one's stands between
  them (`"A," she said, clapping. "B."`);
- in one paragraph, nothing but marks stands between them (`"A." "B," she
  said`) and at most one of them is attributed;
- a paragraph that is only a quote, with no attribution of its own, right after
  a paragraph that closed the quotation only to attribute it (`"A," she
  said.` then `"B."`).
A piece with an attribution of its own (`"B," she added.`) is a quote of its
own, and so is a quote after `She said: "A."`, or after narration: news writing
closes and reopens the marks there because a new quotation starts (annotated
news counts them apart).

A partial quote (a few words inside someone else's sentence, `it was
"unfazed"`) keeps the sentence it stands in, to be shown inside it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence

from spacy.tokens import Doc

from generator.extract import speech
from generator.extract.quotemarks import PARAGRAPH_BREAK, is_partial
from generator.model import PIECE_SEPARATOR, Quote

# How far a speaker carried over from the quote before is trusted (multiplies its confidence).
CONTINUED = 0.7
_MARKS_AND_SPACE = "".join(sorted(speech.QUOTE_MARKS)) + " \t\u00a0\n"


@dataclass(frozen=True)
class Attributed:
    """One quoted passage (one pair of marks) and where its attribution stands."""

    quote: Quote
    anchor: int | None  # character offset of the word that attributes it; None: nothing does
    narrated: bool = False  # attributed only by the narration around it, not by a cue of its own


def join_pieces(text: str, found: Sequence[Attributed]) -> list[Quote]:
    """Consecutive passages that are pieces of one quotation, as one quote each."""
    groups: list[list[Attributed]] = []
    for item in found:
        if groups and _continues(text, groups[-1], item):
            groups[-1].append(item)
        else:
            groups.append([item])
    return [_joined([item.quote for item in group]) for group in groups]


def _continues(text: str, group: list[Attributed], item: Attributed) -> bool:
    """Whether `item` goes on the quotation of `group` (see the module's rules)."""
    anchor = next((g.anchor for g in group if g.anchor is not None), None)
    gap = text[group[-1].quote.end:item.quote.start]
    if "\n" in gap:
        return anchor is not None and _next_paragraph(text, group, item, anchor)
    if not any(c.isalnum() for c in gap):  # `"A." "B," she said`: nothing but marks between
        return anchor is None or item.anchor is None or item.anchor == anchor
    if anchor is None:
        return False
    if item.anchor == anchor:
        return True
    if item.anchor is not None and not (item.narrated and item.quote.speaker == group[0].quote.speaker):
        return False  # its own attribution, or narration naming someone else (`Kasich resisted: "…"`)
    return group[-1].quote.end <= anchor < item.quote.start


def _next_paragraph(text: str, group: list[Attributed], item: Attributed, anchor: int) -> bool:
    """`"A," she said.¶"B."`: a paragraph that is only a quote, with no attribution of its own,
    goes on the quotation the paragraph before closed only to attribute it."""
    brk = PARAGRAPH_BREAK.search(text, group[-1].quote.end)
    if item.anchor is not None or brk is None or not group[0].quote.start < anchor < brk.start():
        return False
    opening = text[brk.end():item.quote.start]
    return not opening.strip(_MARKS_AND_SPACE) and _alone_in_paragraph(text, item.quote)


def _alone_in_paragraph(text: str, quote: Quote) -> bool:
    start = text.rfind("\n", 0, quote.start) + 1
    end = text.find("\n", quote.end)
    after = text[quote.end:len(text) if end < 0 else end]
    return not text[start:quote.start].strip(_MARKS_AND_SPACE) and not after.strip(_MARKS_AND_SPACE + ".,!?")


def _joined(quotes: list[Quote]) -> Quote:
    if len(quotes) == 1:
        return quotes[0]
    lead = next((q for q in quotes if q.speaker), quotes[0])
    pieces = tuple(piece for q in quotes for piece in q.pieces)
    return replace(lead, text=PIECE_SEPARATOR.join(p.text for p in pieces), start=quotes[0].start,
                   end=quotes[-1].end, sentence=quotes[0].sentence, pieces=pieces)


def _paragraph_of(text: str, char: int) -> int:
    return len(PARAGRAPH_BREAK.findall(text, 0, char))


def continued(text: str, quotes: list[Quote]) -> list[Quote]:
    """Give a quote with no speaker the speaker of the quote it continues."""
    result = list(quotes)
    for n, quote in enumerate(result):
        if quote.speaker or quote.speaker_role or n == 0:
            continue
        previous = result[n - 1]
        if not previous.speaker:
            continue
        here, there = _paragraph_of(text, quote.start), _paragraph_of(text, previous.start)
        line_start = text.rfind("\n", 0, quote.start) + 1
        starts_paragraph = not text[line_start:max(quote.start - 1, line_start)].strip()
        if here == there or (here == there + 1 and starts_paragraph):
            result[n] = replace(quote, speaker=previous.speaker, speaker_role=previous.speaker_role,
                                confidence=round(previous.confidence * CONTINUED, 2))
    return result


def in_context(doc: Doc, text: str, quote: Quote) -> Quote:
    """A partial quote with the sentence it stands in; any other quote as it is (`text` is doc.text)."""
    if not quote.pieces or not all(is_partial(text, p.start, p.end) for p in quote.pieces):
        return quote
    first = doc.char_span(quote.pieces[0].start, quote.pieces[0].end, alignment_mode="expand")
    last = doc.char_span(quote.pieces[-1].start, quote.pieces[-1].end, alignment_mode="expand")
    if first is None or last is None:
        return quote
    context = text[first[0].sent.start_char:last[-1].sent.end_char].strip()
    return replace(quote, context=context)
